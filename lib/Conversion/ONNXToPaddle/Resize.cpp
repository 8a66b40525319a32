//===- Resize.cpp - ONNX Resize, Upsample, GridSample → paddle ------------===//
//
// Paddle's interp_v2 ops know two coordinate mappings per method
// (align_corners, and for linear align_mode 0 = half-pixel or 1 =
// asymmetric) and one rounding per method (nearest truncates, or rounds
// half up with align_corners). ONNX's coordinate_transformation_mode and
// nearest_mode pairs are mapped onto those where they give the same source
// pixels, including the pairs that agree only for integer upscaling (ONNX's
// default half_pixel + round_prefer_floor is such a pair); the rest are
// refused with the reason. Constant scales/sizes become attributes, dynamic
// ones the Scale/OutSize tensor slots, so models keep dynamic shapes.
//
// GridSample is grid_sampler, whose kernel follows PyTorch's as ONNX's
// does, except in two places: it has no bicubic (it samples bilinearly
// instead), and for nearest it reflects a position before rounding it,
// where ONNX rounds first; with align_corners = 0 the reflection is about
// a half-pixel, and the two orders pick different pixels for positions
// that land on a half. Those cases are refused.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

struct ResizeMode {
  StringRef mode, coordinates, nearestMode;
  double cubicA = -0.75;
  bool excludeOutside = false;
};

/// The Paddle attributes that pick an interpolation.
struct InterpChoice {
  std::string method;
  bool alignCorners = false;
  int32_t alignMode = 1;
};

/// How ONNX's modes map to Paddle's; `integerUpscale` is whether every
/// spatial scale is known to be a positive integer.
FailureOr<InterpChoice> chooseInterp(const ResizeMode &m, int64_t rank,
                                     bool integerUpscale, std::string &why) {
  InterpChoice c;
  StringRef ctm = m.coordinates;
  if (m.mode == "nearest") {
    if (rank != 4 && rank != 5) {
      why = "nearest resizing of a rank-" + std::to_string(rank) +
            " tensor (Paddle's nearest_interp_v2 takes 4-D and 5-D)";
      return failure();
    }
    c.method = "nearest";
    StringRef nm = m.nearestMode;
    bool roundMode = nm == "round_prefer_floor" || nm == "round_prefer_ceil";
    if (ctm == "asymmetric" && nm == "floor")
      return c;
    if (ctm == "align_corners" && nm == "round_prefer_ceil") {
      c.alignCorners = true;
      return c;
    }
    // Source pixel floor(dst / s) for integer s: these pairs agree then.
    if (integerUpscale &&
        (((ctm == "half_pixel" || ctm == "pytorch_half_pixel") && roundMode) ||
         (ctm == "tf_half_pixel_for_nn" && nm == "floor")))
      return c;
    why = ("nearest with coordinate_transformation_mode '" + ctm +
           "' and nearest_mode '" + nm + "'" +
           (integerUpscale ? "" : " without known integer upscaling") +
           " has no Paddle nearest_interp_v2 equivalent (it takes asymmetric "
           "+ floor, align_corners + round_prefer_ceil, or half-pixel modes "
           "for integer upscaling)")
              .str();
    return failure();
  }
  if (m.mode == "linear") {
    if (rank == 3)
      c.method = "linear";
    else if (rank == 4)
      c.method = "bilinear";
    else
      c.method = "trilinear";
    if (ctm == "half_pixel" || ctm == "pytorch_half_pixel") {
      c.alignMode = 0;
      return c;
    }
    if (ctm == "asymmetric")
      return c;
    if (ctm == "align_corners") {
      c.alignCorners = true;
      return c;
    }
    why = ("linear resizing with coordinate_transformation_mode '" + ctm +
           "' has no Paddle equivalent")
              .str();
    return failure();
  }
  if (m.mode == "cubic") {
    if (rank != 4) {
      why = "cubic resizing is converted for 4-D tensors only";
      return failure();
    }
    if (m.cubicA != -0.75 || m.excludeOutside) {
      why = "Paddle's bicubic_interp_v2 uses cubic_coeff_a -0.75 without "
            "exclude_outside";
      return failure();
    }
    c.method = "bicubic";
    if (ctm == "half_pixel") {
      c.alignMode = 0;
      return c;
    }
    if (ctm == "align_corners") {
      c.alignCorners = true;
      return c;
    }
    why = ("cubic resizing with coordinate_transformation_mode '" + ctm +
           "' has no Paddle equivalent")
              .str();
    return failure();
  }
  why = ("unknown mode '" + m.mode + "'").str();
  return failure();
}

/// The common conversion of Resize and Upsample.
/// `lead` is the number of leading (N, C) entries scales/sizes hold: 2, or
/// 0 when Resize's axes name exactly the spatial dims.
LogicalResult convertResize(Operation *op, Value x, Value scales, Value sizes,
                            int64_t lead, const ResizeMode &mode,
                            Type resultType,
                            ConversionPatternRewriter &rewriter,
                            Failures &failures) {
  auto xType = rankedType(x);
  if (!xType || xType.getRank() < 3 || xType.getRank() > 5)
    return failures.fail(op, "X must have a known rank from 3 to 5 (Paddle "
                             "resizes the spatial dims of NC... tensors)");
  if (!isa<FloatType>(xType.getElementType()))
    return failures.fail(op, "only floating-point tensors are resized");
  int64_t rank = xType.getRank(), n = rank - 2;
  Location loc = op->getLoc();

  std::optional<SmallVector<double>> constScales;
  std::optional<SmallVector<int64_t>> constSizes;
  bool hasScales = scales && !isNone(scales);
  bool hasSizes = sizes && !isNone(sizes);
  if (hasScales) {
    constScales = getConstantFloats(scales);
    if (constScales && constScales->empty())
      hasScales = false;
    auto t = rankedType(scales);
    if (t && t.hasStaticShape() && t.getNumElements() == 0)
      hasScales = false;
  }
  if (hasSizes) {
    constSizes = getConstantInts(sizes);
    if (constSizes && constSizes->empty())
      hasSizes = false;
    auto t = rankedType(sizes);
    if (t && t.hasStaticShape() && t.getNumElements() == 0)
      hasSizes = false;
  }
  if (hasScales == hasSizes)
    return failures.fail(op, "exactly one of scales and sizes must be given");

  // Known output/input ratios of the spatial dims, for the integer test.
  SmallVector<double> ratios;
  if (hasScales && constScales) {
    if (constScales->size() != static_cast<size_t>(n + lead))
      return failures.fail(op, "scales must have one entry per dim");
    for (int64_t i = 0; i < lead; ++i)
      if ((*constScales)[i] != 1.0)
        return failures.fail(op, "only the spatial dims (2 and up) can be "
                                 "resized in Paddle");
    ratios.assign(constScales->begin() + lead, constScales->end());
  }
  if (hasSizes && constSizes) {
    if (constSizes->size() != static_cast<size_t>(n + lead))
      return failures.fail(op, "sizes must have one entry per dim");
    for (int64_t i = 0; i < lead; ++i)
      if (!ShapedType::isDynamic(xType.getDimSize(i)) &&
          (*constSizes)[i] != xType.getDimSize(i))
        return failures.fail(op, "only the spatial dims (2 and up) can be "
                                 "resized in Paddle");
    for (int64_t i = 2; i < rank; ++i) {
      int64_t in = xType.getDimSize(i);
      if (ShapedType::isDynamic(in)) {
        ratios.clear();
        break;
      }
      ratios.push_back(static_cast<double>((*constSizes)[i - 2 + lead]) / in);
    }
  }
  bool integerUpscale =
      !ratios.empty() && llvm::all_of(ratios, [](double r) {
        return r >= 1.0 && std::floor(r) == r;
      });
  std::string why;
  FailureOr<InterpChoice> choice =
      chooseInterp(mode, rank, integerUpscale, why);
  if (failed(choice))
    return failures.fail(op, why);

  // Paddle's align_corners ratio is (in - 1) / (out - 1) of the integer
  // sizes; ONNX's uses in * scale when scales are given. They agree when
  // in * scale is whole.
  if (choice->alignCorners && hasScales && choice->method != "nearest") {
    if (ratios.empty())
      return failures.fail(op, "align_corners with dynamic scales (ONNX "
                               "divides by in * scale - 1, Paddle by the "
                               "rounded output size - 1)");
    for (int64_t i = 0; i < n; ++i) {
      int64_t in = xType.getDimSize(2 + i);
      double out = in * ratios[i];
      if (ShapedType::isDynamic(in) || std::floor(out) != out)
        return failures.fail(op, "align_corners with a scale whose output "
                                 "size in * scale is not whole (ONNX "
                                 "divides by in * scale - 1, Paddle by the "
                                 "rounded output size - 1)");
    }
  }
  // Paddle maps every output pixel of a size-1 output dim to source 0
  // (pytorch_half_pixel); ONNX's half_pixel maps it to the centre.
  if (mode.coordinates == "half_pixel" && choice->method != "nearest")
    if (auto out = dyn_cast<RankedTensorType>(resultType))
      for (int64_t i = 2; i < rank; ++i)
        if (out.getDimSize(i) == 1 && xType.getDimSize(i) != 1)
          return failures.fail(op, "half_pixel resizing to an output dim of 1 "
                                   "(Paddle samples source 0 there, as "
                                   "pytorch_half_pixel does)");

  Value outSize, scaleTensor;
  SmallVector<float> scaleAttr;
  int32_t outDims[3] = {0, 0, 0}; // d, h, w
  if (hasScales && constScales) {
    for (double s : ratios)
      scaleAttr.push_back(static_cast<float>(s));
  } else if (hasSizes && constSizes) {
    for (int64_t i = 0; i < n; ++i) {
      int64_t s = (*constSizes)[lead + i];
      if (s < 1 || s > INT32_MAX)
        return failures.fail(op, "sizes must be in [1, 2^31)");
      outDims[3 - n + i] = static_cast<int32_t>(s);
    }
  } else {
    // Dynamic: the spatial entries of scales (float32) or sizes (as int32).
    Value full = hasScales ? scales : sizes;
    auto fullType = rankedType(full);
    if (!fullType || fullType.getRank() != 1)
      return failures.fail(op, "scales/sizes must be 1-D");
    Value spatial = Paddle::SliceOp::create(
        rewriter, loc, tensorLike({n}, full), full, Value(), Value(),
        ValueRange{}, ValueRange{}, rewriter.getDenseI32ArrayAttr({0}),
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(lead)}),
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(n + lead)}),
        rewriter.getDenseI32ArrayAttr({1}), rewriter.getDenseI32ArrayAttr({}));
    if (hasScales) {
      if (!fullType.getElementType().isF32())
        return failures.fail(op, "dynamic scales must be float32");
      scaleTensor = spatial;
    } else {
      // Paddle's OutSize is int32; INT64 = 3, INT32 = 2 in VarType codes.
      outSize = Paddle::CastOp::create(
          rewriter, loc, RankedTensorType::get({n}, rewriter.getI32Type()),
          spatial, rewriter.getSI32IntegerAttr(3),
          rewriter.getSI32IntegerAttr(2));
    }
  }

  StringRef layout = rank == 3 ? "NCW" : rank == 4 ? "NCHW" : "NCDHW";
  auto build = [&](auto tag) -> Value {
    using InterpOp = decltype(tag);
    return InterpOp::create(
        rewriter, loc, resultType, x, outSize, ValueRange{}, scaleTensor,
        rewriter.getStringAttr(choice->method),
        rewriter.getStringAttr(layout),
        rewriter.getSI32IntegerAttr(outDims[0]),
        rewriter.getSI32IntegerAttr(outDims[1]),
        rewriter.getSI32IntegerAttr(outDims[2]),
        rewriter.getDenseF32ArrayAttr(scaleAttr),
        rewriter.getBoolAttr(choice->alignCorners),
        rewriter.getSI32IntegerAttr(choice->alignMode));
  };
  Value out;
  if (choice->method == "nearest")
    out = build(Paddle::NearestInterpV2Op());
  else if (choice->method == "linear")
    out = build(Paddle::LinearInterpV2Op());
  else if (choice->method == "bilinear")
    out = build(Paddle::BilinearInterpV2Op());
  else if (choice->method == "trilinear")
    out = build(Paddle::TrilinearInterpV2Op());
  else
    out = build(Paddle::BicubicInterpV2Op());
  rewriter.replaceOp(op, out);
  return success();
}

struct ResizeToInterp : ReportingPattern<ONNX::ResizeOp> {
  using ReportingPattern<ONNX::ResizeOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ResizeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getAntialias() != 0)
      return failures.fail(op, "antialias has no Paddle equivalent");
    if (op.getCoordinateTransformationMode() == "tf_crop_and_resize")
      return failures.fail(op, "tf_crop_and_resize (roi) has no Paddle "
                               "equivalent");
    int64_t lead = 2;
    if (auto axes = op.getAxes()) {
      // All dims in order (full scales/sizes), or the spatial dims in order
      // (scales/sizes of those only).
      auto xType = rankedType(adaptor.getX());
      if (!xType)
        return failures.fail(op, "X must have a known rank");
      int64_t rank = xType.getRank();
      int64_t count = static_cast<int64_t>(axes->size());
      lead = count == rank ? 2 : 0;
      bool ok = count == rank || count == rank - 2;
      for (auto [i, a] : llvm::enumerate(*axes))
        ok &= (a < 0 ? a + rank : a) == static_cast<int64_t>(i) + 2 - lead;
      if (!ok)
        return failures.fail(op, "axes must be all dims or the spatial dims, "
                                 "in order");
    }
    if (!isNone(op.getSizes()) && op.getKeepAspectRatioPolicy() != "stretch")
      return failures.fail(op, "keep_aspect_ratio_policy other than stretch "
                               "is not converted");
    ResizeMode mode{op.getMode(), op.getCoordinateTransformationMode(),
                    op.getNearestMode(),
                    op.getCubicCoeffA().convertToDouble(),
                    op.getExcludeOutside() != 0};
    return convertResize(op, adaptor.getX(), adaptor.getScales(),
                         adaptor.getSizes(), lead, mode, op.getType(), rewriter,
                         failures);
  }
};

/// Upsample (deprecated): asymmetric coordinates, nearest by floor.
struct UpsampleToInterp : ReportingPattern<ONNX::UpsampleOp> {
  using ReportingPattern<ONNX::UpsampleOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::UpsampleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ResizeMode mode{op.getMode(), "asymmetric", "floor"};
    if (mode.mode == "bilinear" || mode.mode == "trilinear")
      mode.mode = "linear";
    return convertResize(op, adaptor.getX(), adaptor.getScales(), Value(), 2,
                         mode, op.getType(), rewriter, failures);
  }
};

struct GridSampleToGridSampler : ReportingPattern<ONNX::GridSampleOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::GridSampleOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // Opset 16 names the modes bilinear and bicubic, 20 linear and cubic.
    StringRef mode = op.getMode();
    StringRef paddleMode = llvm::StringSwitch<StringRef>(mode)
                               .Cases({"linear", "bilinear"}, "bilinear")
                               .Case("nearest", "nearest")
                               .Default("");
    if (paddleMode.empty())
      return failures.fail(op, "mode '" + mode +
                                   "' has no Paddle grid_sampler kernel (it "
                                   "has bilinear and nearest only)");
    StringRef padding = op.getPaddingMode();
    if (padding != "zeros" && padding != "border" && padding != "reflection")
      return failures.fail(op, "padding_mode '" + padding + "' is unknown");
    bool alignCorners = op.getAlignCorners() != 0;
    if (paddleMode == "nearest" && padding == "reflection" && !alignCorners)
      return failures.fail(
          op, "nearest with reflection padding and align_corners = 0: Paddle "
              "reflects before rounding, ONNX after, which differ at "
              "half-pixel positions");
    auto xType = rankedType(adaptor.getX());
    if (!xType)
      return failures.fail(op, "X must have a known rank");
    if (xType.getRank() != 4 && xType.getRank() != 5)
      return failures.fail(op, "only 4-D and 5-D X are sampled (Paddle's "
                               "grid_sampler)");
    Type element = xType.getElementType();
    if (!element.isF32() && !element.isF64())
      return failures.fail(op, "Paddle's CPU grid_sampler kernel takes "
                               "float32 and float64 only");
    if (getElementTypeOrSelf(adaptor.getGrid().getType()) != element)
      return failures.fail(op, "grid and X have different element types "
                               "(grid_sampler takes one)");
    rewriter.replaceOpWithNewOp<Paddle::GridSamplerOp>(
        op, op.getType(), adaptor.getX(), adaptor.getGrid(),
        rewriter.getStringAttr(paddleMode), rewriter.getStringAttr(padding),
        rewriter.getBoolAttr(alignCorners));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateResizePatterns(const TypeConverter &converter,
                                                 RewritePatternSet &patterns,
                                                 Failures &failures) {
  patterns.add<ResizeToInterp, UpsampleToInterp, GridSampleToGridSampler>(
      converter, patterns.getContext(), failures);
}
