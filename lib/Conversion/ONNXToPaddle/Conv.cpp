//===- Conv.cpp - ONNX convolutions and pooling → paddle ------------------===//
//
// Conv, ConvTranspose and the pools map to conv2d/depthwise_conv2d/conv3d,
// conv2d_transpose and pool2d/pool3d. ONNX's pads are [begins..., ends...];
// Paddle's are per dim [begin, end, begin, end, ...], so they are
// re-ordered here, and auto_pad is resolved to explicit pads wherever the
// input's spatial dims (or a stride of 1) fix them: Paddle's "SAME" is
// SAME_UPPER without dilation only. 1-D windows run as 2-D ones over an
// inserted H dim of 1. A bias is an elementwise_add on axis 1 (Paddle's
// conv ops have no usable Bias slot).
//
//===----------------------------------------------------------------------===//
#include "NNCommon.h"
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

/// A sliding window over the spatial dims, in ONNX's terms.
struct Window {
  SmallVector<int64_t> kernel, strides, dilations, padsBegin, padsEnd;
  /// "EXPLICIT", or "SAME" where only Paddle can pad (dynamic dims).
  std::string algorithm = "EXPLICIT";
};

/// Reads kernel/strides/dilations/pads and resolves auto_pad. `in` are the
/// spatial input dims (possibly dynamic). Returns a reason on failure.
std::optional<std::string>
resolveWindow(Window &w, ArrayRef<int64_t> in, StringRef autoPad,
              std::optional<ArrayRef<int64_t>> strides,
              std::optional<ArrayRef<int64_t>> dilations,
              std::optional<ArrayRef<int64_t>> pads) {
  size_t n = in.size();
  if (w.kernel.size() != n)
    return "kernel_shape must have one entry per spatial dim";
  for (int64_t k : w.kernel)
    if (ShapedType::isDynamic(k) || k < 1)
      return "the kernel size is not static";
  w.strides.assign(n, 1);
  w.dilations.assign(n, 1);
  w.padsBegin.assign(n, 0);
  w.padsEnd.assign(n, 0);
  if (strides) {
    if (strides->size() != n)
      return "strides must have one entry per spatial dim";
    w.strides.assign(strides->begin(), strides->end());
  }
  if (dilations) {
    if (dilations->size() != n)
      return "dilations must have one entry per spatial dim";
    w.dilations.assign(dilations->begin(), dilations->end());
  }
  if (autoPad == "NOTSET") {
    if (pads) {
      if (pads->size() != 2 * n)
        return "pads must have two entries per spatial dim";
      for (size_t i = 0; i < n; ++i) {
        w.padsBegin[i] = (*pads)[i];
        w.padsEnd[i] = (*pads)[n + i];
      }
    }
    return std::nullopt;
  }
  if (autoPad == "VALID")
    return std::nullopt;
  if (autoPad != "SAME_UPPER" && autoPad != "SAME_LOWER")
    return ("unknown auto_pad '" + autoPad + "'").str();
  bool upper = autoPad == "SAME_UPPER";
  bool undilated = llvm::all_of(w.dilations, [](int64_t d) { return d == 1; });
  for (size_t i = 0; i < n; ++i) {
    int64_t extent = (w.kernel[i] - 1) * w.dilations[i] + 1;
    int64_t total;
    if (!ShapedType::isDynamic(in[i])) {
      int64_t out = (in[i] + w.strides[i] - 1) / w.strides[i];
      total = std::max<int64_t>(0, (out - 1) * w.strides[i] + extent - in[i]);
    } else if (w.strides[i] == 1) {
      total = extent - 1;
    } else if (upper && undilated) {
      w.algorithm = "SAME";
      continue;
    } else {
      return "auto_pad " + autoPad.str() +
             " with a stride > 1 over a dynamic dim needs padding that depends "
             "on the input size, which Paddle's SAME (SAME_UPPER without "
             "dilation) cannot express here";
    }
    w.padsBegin[i] = upper ? total / 2 : total - total / 2;
    w.padsEnd[i] = total - w.padsBegin[i];
  }
  return std::nullopt;
}

/// Paddle's per-dim [begin, end, ...] paddings.
SmallVector<int64_t> paddlePads(const Window &w) {
  SmallVector<int64_t> pads;
  for (size_t i = 0; i < w.padsBegin.size(); ++i) {
    pads.push_back(w.padsBegin[i]);
    pads.push_back(w.padsEnd[i]);
  }
  return pads;
}

/// A 1-D window as a 2-D one over an H dim of 1.
void liftTo2D(Window &w) {
  w.kernel.insert(w.kernel.begin(), 1);
  w.strides.insert(w.strides.begin(), 1);
  w.dilations.insert(w.dilations.begin(), 1);
  w.padsBegin.insert(w.padsBegin.begin(), 0);
  w.padsEnd.insert(w.padsEnd.begin(), 0);
}

/// `type` with a 1 inserted at dim 2, for the 2-D form of a 1-D op.
Type with2DHeight(Type type) {
  auto ranked = dyn_cast<RankedTensorType>(type);
  if (!ranked)
    return type;
  SmallVector<int64_t> dims(ranked.getShape());
  dims.insert(dims.begin() + 2, 1);
  return RankedTensorType::get(dims, ranked.getElementType());
}

/// The Paddle attribute lists of a window; nullopt if one overflows int32.
struct PaddleWindow {
  DenseI32ArrayAttr ksize, strides, paddings, dilations;
};
std::optional<PaddleWindow> paddleWindow(Builder &b, const Window &w) {
  auto k = toI32(w.kernel), s = toI32(w.strides), p = toI32(paddlePads(w)),
       d = toI32(w.dilations);
  if (!k || !s || !p || !d)
    return std::nullopt;
  return PaddleWindow{b.getDenseI32ArrayAttr(*k), b.getDenseI32ArrayAttr(*s),
                      b.getDenseI32ArrayAttr(*p), b.getDenseI32ArrayAttr(*d)};
}

/// out + bias on the channel axis, when ONNX gave a bias.
Value addBias(ConversionPatternRewriter &rewriter, Location loc, Value out,
              Value bias) {
  if (!bias || isNone(bias))
    return out;
  return Paddle::ElementwiseAddOp::create(rewriter, loc, out.getType(), out,
                                          bias, rewriter.getSI32IntegerAttr(1));
}

struct ConvToConv : OpConversionPattern<ONNX::ConvOp> {
  ConvToConv(TypeConverter &converter, MLIRContext *context,
             Failures &failures)
      : OpConversionPattern(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(ONNX::ConvOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto wType = rankedType(adaptor.getW());
    if (!xType || !wType)
      return failures.fail(op, "X and W must have known ranks");
    int64_t rank = xType.getRank();
    if (rank < 3 || rank > 5)
      return failures.fail(op, "only 1-D, 2-D and 3-D convolutions have a "
                               "Paddle counterpart (X rank " +
                                   Twine(rank) + ")");
    Window w;
    if (auto kernel = op.getKernelShape())
      w.kernel.assign(kernel->begin(), kernel->end());
    else
      w.kernel.assign(wType.getShape().begin() + 2, wType.getShape().end());
    if (auto why = resolveWindow(w, xType.getShape().drop_front(2),
                                 op.getAutoPad(), op.getStrides(),
                                 op.getDilations(), op.getPads()))
      return failures.fail(op, *why);
    int64_t group = op.getGroup();
    if (group < 1 || group > INT32_MAX)
      return failures.fail(op, "group must be in [1, 2^31)");

    Location loc = op.getLoc();
    Value x = adaptor.getX(), filter = adaptor.getW();
    Type resultType = op.getType();
    if (rank == 3) {
      liftTo2D(w);
      x = unsqueeze(rewriter, loc, x, {2});
      filter = unsqueeze(rewriter, loc, filter, {2});
      resultType = with2DHeight(resultType);
    }
    std::optional<PaddleWindow> pw = paddleWindow(rewriter, w);
    if (!pw)
      return failures.fail(op, "a window attribute does not fit in int32");
    auto groups = rewriter.getSI32IntegerAttr(static_cast<int32_t>(group));
    auto algorithm = rewriter.getStringAttr(w.algorithm);
    Value out;
    if (rank == 5) {
      out = Paddle::Conv3DOp::create(rewriter, loc, resultType, x, filter,
                                     pw->strides, pw->paddings, algorithm,
                                     pw->dilations, groups,
                                     rewriter.getStringAttr("NCDHW"));
    } else {
      // depthwise_conv2d is Paddle's kernel for one group per input channel.
      int64_t channels = xType.getDimSize(1);
      bool depthwise = group > 1 && channels == group;
      auto format = rewriter.getStringAttr("NCHW");
      if (depthwise)
        out = Paddle::DepthwiseConv2DOp::create(
            rewriter, loc, resultType, x, filter, pw->strides, pw->paddings,
            algorithm, pw->dilations, groups, format);
      else
        out = Paddle::Conv2DOp::create(rewriter, loc, resultType, x, filter,
                                       pw->strides, pw->paddings, algorithm,
                                       pw->dilations, groups, format);
    }
    out = addBias(rewriter, loc, out, adaptor.getB());
    if (rank == 3)
      out = squeeze(rewriter, loc, out, {2}, op.getType());
    rewriter.replaceOp(op, out);
    return success();
  }

  Failures &failures;
};

/// ConvTranspose: explicit pads and output_padding computed the way ONNX
/// defines them (output_shape and auto_pad included), which needs the
/// spatial input dims when output_shape or SAME_* is used.
struct ConvTransposeToConv2DTranspose
    : OpConversionPattern<ONNX::ConvTransposeOp> {
  ConvTransposeToConv2DTranspose(TypeConverter &converter,
                                 MLIRContext *context, Failures &failures)
      : OpConversionPattern(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(ONNX::ConvTransposeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto wType = rankedType(adaptor.getW());
    if (!xType || !wType)
      return failures.fail(op, "X and W must have known ranks");
    int64_t rank = xType.getRank();
    if (rank != 3 && rank != 4)
      return failures.fail(op, "only 1-D and 2-D transposed convolutions are "
                               "converted (X rank " +
                                   Twine(rank) + ")");
    size_t n = rank - 2;
    Window w;
    if (auto kernel = op.getKernelShape())
      w.kernel.assign(kernel->begin(), kernel->end());
    else
      w.kernel.assign(wType.getShape().begin() + 2, wType.getShape().end());
    // Pads are resolved below; resolveWindow only reads the lists.
    if (auto why = resolveWindow(w, xType.getShape().drop_front(2), "NOTSET",
                                 op.getStrides(), op.getDilations(),
                                 op.getPads()))
      return failures.fail(op, *why);
    SmallVector<int64_t> outputPadding(n, 0);
    if (auto op_ = op.getOutputPadding()) {
      if (op_->size() != n)
        return failures.fail(op, "output_padding must have one entry per "
                                 "spatial dim");
      outputPadding.assign(op_->begin(), op_->end());
    }
    StringRef autoPad = op.getAutoPad();
    std::optional<ArrayRef<int64_t>> outputShape = op.getOutputShape();
    if (outputShape && outputShape->size() != n) {
      // output_shape may hold N and C too.
      if (outputShape->size() == n + 2)
        outputShape = outputShape->drop_front(2);
      else
        return failures.fail(op, "output_shape must have one entry per "
                                 "spatial dim");
    }
    if (autoPad == "VALID") {
      std::fill(w.padsBegin.begin(), w.padsBegin.end(), 0);
      std::fill(w.padsEnd.begin(), w.padsEnd.end(), 0);
    }
    if (outputShape || autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
      for (size_t i = 0; i < n; ++i) {
        int64_t in = xType.getDimSize(2 + i);
        if (ShapedType::isDynamic(in))
          return failures.fail(op, "output_shape or SAME auto_pad over a "
                                   "dynamic spatial dim is not converted");
        int64_t target = outputShape ? (*outputShape)[i] : in * w.strides[i];
        int64_t total = w.strides[i] * (in - 1) + outputPadding[i] +
                        (w.kernel[i] - 1) * w.dilations[i] + 1 - target;
        if (total < 0) {
          // The extra output rows are output_padding in Paddle's terms.
          outputPadding[i] -= total;
          total = 0;
        }
        bool upper = autoPad == "SAME_UPPER";
        w.padsBegin[i] = upper ? total / 2 : total - total / 2;
        w.padsEnd[i] = total - w.padsBegin[i];
      }
    } else if (autoPad != "NOTSET" && autoPad != "VALID") {
      return failures.fail(op, "unknown auto_pad '" + autoPad + "'");
    }
    for (size_t i = 0; i < n; ++i)
      if (outputPadding[i] >= std::max(w.strides[i], w.dilations[i]))
        return failures.fail(op, "output_padding must be smaller than the "
                                 "stride or the dilation for Paddle");
    int64_t group = op.getGroup();
    if (group < 1 || group > INT32_MAX)
      return failures.fail(op, "group must be in [1, 2^31)");

    Location loc = op.getLoc();
    Value x = adaptor.getX(), filter = adaptor.getW();
    Type resultType = op.getType();
    if (rank == 3) {
      liftTo2D(w);
      outputPadding.insert(outputPadding.begin(), 0);
      x = unsqueeze(rewriter, loc, x, {2});
      filter = unsqueeze(rewriter, loc, filter, {2});
      resultType = with2DHeight(resultType);
    }
    std::optional<PaddleWindow> pw = paddleWindow(rewriter, w);
    auto outPad = toI32(outputPadding);
    if (!pw || !outPad)
      return failures.fail(op, "a window attribute does not fit in int32");
    SmallVector<int32_t> noOutPad;
    if (llvm::any_of(*outPad, [](int32_t p) { return p != 0; }))
      noOutPad = *outPad;
    Value out = Paddle::Conv2DTransposeOp::create(
        rewriter, loc, resultType, x, filter, pw->strides, pw->paddings,
        rewriter.getStringAttr("EXPLICIT"), pw->dilations,
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(group)),
        rewriter.getStringAttr("NCHW"), rewriter.getDenseI32ArrayAttr(noOutPad),
        rewriter.getDenseI32ArrayAttr({}));
    out = addBias(rewriter, loc, out, adaptor.getB());
    if (rank == 3)
      out = squeeze(rewriter, loc, out, {2}, op.getType());
    rewriter.replaceOp(op, out);
    return success();
  }

  Failures &failures;
};

/// Paddle's pooled size of one dim: floor or ceil of the window count,
/// without ONNX's rule that drops a last window starting in the end pad.
int64_t paddlePooledSize(int64_t in, int64_t k, int64_t s, int64_t pads,
                         bool ceil) {
  int64_t span = in + pads - k;
  return (ceil ? (span + s - 1) / s : span / s) + 1;
}

/// MaxPool / AveragePool → pool2d (1-D and 2-D) or pool3d.
template <typename PoolOp, bool IsMax>
struct PoolToPool : OpConversionPattern<PoolOp> {
  PoolToPool(TypeConverter &converter, MLIRContext *context,
             Failures &failures)
      : OpConversionPattern<PoolOp>(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(PoolOp op, typename PoolOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if constexpr (IsMax) {
      Value indices = op.getIndices();
      if (!isNone(indices) && !indices.use_empty())
        return failures.fail(op, "the Indices output has no Paddle pool2d "
                                 "counterpart");
    }
    auto xType = rankedType(adaptor.getX());
    if (!xType)
      return failures.fail(op, "X must have a known rank");
    int64_t rank = xType.getRank();
    if (rank < 3 || rank > 5)
      return failures.fail(op, "only 1-D, 2-D and 3-D pooling is converted");
    if (!isa<FloatType>(xType.getElementType()))
      return failures.fail(op, "Paddle pools floating-point tensors only");
    Window w;
    w.kernel.assign(op.getKernelShape().begin(), op.getKernelShape().end());
    if (auto why = resolveWindow(w, xType.getShape().drop_front(2),
                                 op.getAutoPad(), op.getStrides(),
                                 op.getDilations(), op.getPads()))
      return failures.fail(op, *why);
    if (llvm::any_of(w.dilations, [](int64_t d) { return d != 1; }))
      return failures.fail(op, "Paddle's pools have no dilations");
    bool ceil = op.getCeilMode() != 0;
    // Paddle keeps a last ceil-mode window that starts in the end padding;
    // ONNX drops it. Refuse where the sizes would differ (the inferred
    // result dim, when static, is ONNX's size).
    if (ceil)
      for (size_t i = 0; i < w.kernel.size(); ++i) {
        int64_t in = xType.getDimSize(2 + i);
        if (ShapedType::isDynamic(in))
          return failures.fail(op, "ceil_mode over a dynamic spatial dim "
                                   "(Paddle and ONNX disagree on some sizes)");
        int64_t out = paddlePooledSize(in, w.kernel[i], w.strides[i],
                                       w.padsBegin[i] + w.padsEnd[i], true);
        int64_t onnxOut = out;
        if ((out - 1) * w.strides[i] >= in + w.padsBegin[i])
          --onnxOut;
        if (auto y = rankedType(op.getY());
            y && !ShapedType::isDynamic(y.getDimSize(2 + i)))
          onnxOut = y.getDimSize(2 + i);
        if (out != onnxOut)
          return failures.fail(op, "with ceil_mode the last window would "
                                   "start in the padding, which ONNX drops "
                                   "and Paddle keeps");
      }
    bool exclusive = true;
    if constexpr (!IsMax)
      exclusive = op.getCountIncludePad() == 0;

    Location loc = op.getLoc();
    Value x = adaptor.getX();
    Type resultType = op.getY().getType();
    if (rank == 3) {
      liftTo2D(w);
      x = unsqueeze(rewriter, loc, x, {2});
      resultType = with2DHeight(resultType);
    }
    std::optional<PaddleWindow> pw = paddleWindow(rewriter, w);
    if (!pw)
      return failures.fail(op, "a window attribute does not fit in int32");
    auto type = rewriter.getStringAttr(IsMax ? "max" : "avg");
    auto algorithm = rewriter.getStringAttr(w.algorithm);
    Value out;
    if (rank == 5)
      out = Paddle::Pool3DOp::create(
          rewriter, loc, resultType, x, pw->ksize, type, pw->strides,
          pw->paddings, rewriter.getBoolAttr(ceil),
          rewriter.getBoolAttr(exclusive), rewriter.getStringAttr("NCDHW"),
          rewriter.getBoolAttr(false), rewriter.getBoolAttr(false), algorithm);
    else
      out = Paddle::Pool2DOp::create(
          rewriter, loc, resultType, x, pw->ksize, type, pw->strides,
          pw->paddings, rewriter.getBoolAttr(ceil),
          rewriter.getBoolAttr(exclusive), rewriter.getStringAttr("NCHW"),
          rewriter.getBoolAttr(false), rewriter.getBoolAttr(false), algorithm);
    if (rank == 3)
      out = squeeze(rewriter, loc, out, {2}, op.getY().getType());
    // The Indices result, when declared, is dead (checked above).
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = out;
    rewriter.replaceOp(op, results);
    return success();
  }

  Failures &failures;
};

/// GlobalAveragePool / GlobalMaxPool: pool2d's global_pooling on 4-D
/// input, a keep-dim reduction over the spatial dims otherwise.
template <typename PoolOp, typename ReduceOp, bool IsMax>
struct GlobalPoolToPool : OpConversionPattern<PoolOp> {
  GlobalPoolToPool(TypeConverter &converter, MLIRContext *context,
                   Failures &failures)
      : OpConversionPattern<PoolOp>(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(PoolOp op, typename PoolOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    if (!xType || xType.getRank() < 3)
      return failures.fail(op, "X must have a known rank >= 3");
    Value x = adaptor.getX();
    Type resultType = op.getType();
    if (xType.getRank() == 4) {
      rewriter.replaceOpWithNewOp<Paddle::Pool2DOp>(
          op, resultType, x, rewriter.getDenseI32ArrayAttr({1, 1}),
          rewriter.getStringAttr(IsMax ? "max" : "avg"),
          rewriter.getDenseI32ArrayAttr({1, 1}),
          rewriter.getDenseI32ArrayAttr({0, 0}), rewriter.getBoolAttr(false),
          rewriter.getBoolAttr(true), rewriter.getStringAttr("NCHW"),
          rewriter.getBoolAttr(true), rewriter.getBoolAttr(false),
          rewriter.getStringAttr("EXPLICIT"));
      return success();
    }
    SmallVector<int32_t> dims;
    for (int32_t d = 2; d < xType.getRank(); ++d)
      dims.push_back(d);
    rewriter.replaceOpWithNewOp<ReduceOp>(op, resultType, x,
                                          rewriter.getDenseI32ArrayAttr(dims),
                                          rewriter.getBoolAttr(true),
                                          rewriter.getBoolAttr(false));
    return success();
  }

  Failures &failures;
};

} // namespace

void x2p::onnx_to_paddle::populateConvPatterns(TypeConverter &converter,
                                               RewritePatternSet &patterns,
                                               Failures &failures) {
  patterns.add<ConvToConv, ConvTransposeToConv2DTranspose,
               PoolToPool<ONNX::MaxPoolOp, true>,
               PoolToPool<ONNX::AveragePoolOp, false>,
               GlobalPoolToPool<ONNX::GlobalAveragePoolOp,
                                Paddle::ReduceMeanOp, false>,
               GlobalPoolToPool<ONNX::GlobalMaxPoolOp, Paddle::ReduceMaxOp,
                                true>>(converter, patterns.getContext(),
                                       failures);
}
