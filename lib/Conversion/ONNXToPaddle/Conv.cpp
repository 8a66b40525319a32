//===- Conv.cpp - ONNX convolutions → paddle ------------------------------===//
//
// Conv and ConvTranspose map to conv2d/depthwise_conv2d/conv3d and
// conv2d_transpose, with the window resolved as in NNCommon.h (pads
// re-ordered per dim, auto_pad made explicit where the dims allow). 1-D
// convolutions run as 2-D ones over an inserted H dim of 1. A bias is an
// elementwise_add on axis 1 (Paddle's conv ops have no usable Bias slot).
// The pools are in Pool.cpp.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

/// out + bias on the channel axis, when ONNX gave a bias.
Value addBias(ConversionPatternRewriter &rewriter, Location loc, Value out,
              Value bias) {
  if (!bias || isNone(bias))
    return out;
  return Paddle::ElementwiseAddOp::create(rewriter, loc, out.getType(), out,
                                          bias, rewriter.getSI32IntegerAttr(1));
}

struct ConvToConv : ReportingPattern<ONNX::ConvOp> {
  using ReportingPattern<ONNX::ConvOp>::ReportingPattern;

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
};

/// ConvTranspose: explicit pads and output_padding computed the way ONNX
/// defines them (output_shape and auto_pad included), which needs the
/// spatial input dims when output_shape or SAME_* is used.
struct ConvTransposeToConv2DTranspose : ReportingPattern<ONNX::ConvTransposeOp> {
  using ReportingPattern<ONNX::ConvTransposeOp>::ReportingPattern;

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
};

} // namespace

void x2p::onnx_to_paddle::populateConvPatterns(const TypeConverter &converter,
                                               RewritePatternSet &patterns,
                                               Failures &failures) {
  patterns.add<ConvToConv, ConvTransposeToConv2DTranspose>(
      converter, patterns.getContext(), failures);
}
