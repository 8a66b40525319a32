//===- ShapeDepthSpace.cpp - ONNX DepthToSpace/SpaceToDepth → paddle ------===//
//
// Paddle's pixel_shuffle is DepthToSpace in CRD mode (channel c*b*b + k of
// the input feeds block offset k of output channel c). ONNX's default DCR
// mode reads channel k*C' + c instead, and SpaceToDepth writes output
// channel k*C + c where pixel_unshuffle writes c*b*b + k. Both differ from
// the Paddle op by a fixed channel permutation: the channels viewed as
// [b*b, C'] (or [C, b*b]) and transposed, done by reshape2 → transpose2 →
// reshape2 with the spatial dims read at run time when they are dynamic.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// `x` ([N, rows*cols, H, W], channels static) with its channels viewed as
/// [rows, cols] and transposed to [cols, rows].
FailureOr<Value> transposeChannels(OpBuilder &b, Location loc, Value x,
                                   int64_t rows, int64_t cols) {
  auto type = cast<RankedTensorType>(x.getType());
  int64_t n = type.getDimSize(0);
  int64_t hw = ShapedType::isDynamic(type.getDimSize(2)) ||
                       ShapedType::isDynamic(type.getDimSize(3))
                   ? ShapedType::kDynamic
                   : type.getDimSize(2) * type.getDimSize(3);
  if (hw == 0 || n == 0)
    return failure();
  auto grouped = type.clone({n, rows, cols, hw});
  Value g = Paddle::Reshape2Op::create(
                b, loc, grouped, xshapeTypeOf(type), x, Value(), ValueRange{},
                b.getDenseI32ArrayAttr({0, static_cast<int32_t>(rows),
                                        static_cast<int32_t>(cols), -1}))
                .getOut();
  auto swappedType = type.clone({n, cols, rows, hw});
  Value t =
      Paddle::Transpose2Op::create(b, loc, swappedType, xshapeTypeOf(grouped),
                                   g, b.getDenseI32ArrayAttr({0, 2, 1, 3}))
          .getOut();
  SmallVector<DimSource> dims{{n, t, 0},
                              {rows * cols, Value(), 1},
                              {type.getDimSize(2), x, 2},
                              {type.getDimSize(3), x, 3}};
  return reshapeTo(b, loc, t, dims, type);
}

/// The checks both ops need: rank 4, static channels, a Paddle type.
LogicalResult checkInput(Operation *op, Value input, Failures &failures) {
  if (!hasPaddleTypes(op))
    return failures.fail(op, "an element type Paddle has no tensor type for");
  if (failed(
          checkKernelTypes(op,
                           isa<ONNX::DepthToSpaceOp>(op)
                               ? Paddle::PixelShuffleOp::getOperationName()
                               : Paddle::PixelUnshuffleOp::getOperationName(),
                           input, failures)))
    return failure();
  auto type = dyn_cast<RankedTensorType>(input.getType());
  if (!type || type.getRank() != 4 || type.isDynamicDim(1))
    return failures.fail(op, "the input is not rank 4 with a static channel "
                             "count");
  return success();
}

struct DepthToSpaceToPixelShuffle : ReportingPattern<ONNX::DepthToSpaceOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::DepthToSpaceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    if (failed(checkInput(op, x, failures)))
      return failure();
    int64_t block = op.getBlocksize();
    int64_t channels = cast<RankedTensorType>(x.getType()).getDimSize(1);
    if (block <= 0 || channels % (block * block) != 0)
      return failures.fail(op, "the channels do not split into blocks");
    if (op.getMode() == "DCR") {
      FailureOr<Value> permuted = transposeChannels(
          rewriter, op.getLoc(), x, block * block, channels / (block * block));
      if (failed(permuted))
        return failures.fail(op, "an empty input");
      x = *permuted;
    }
    rewriter.replaceOpWithNewOp<Paddle::PixelShuffleOp>(
        op, op.getType(), x, rewriter.getSI32IntegerAttr(block),
        rewriter.getStringAttr("NCHW"));
    return success();
  }
};

struct SpaceToDepthToPixelUnshuffle : ReportingPattern<ONNX::SpaceToDepthOp> {
  using ReportingPattern::ReportingPattern;
  LogicalResult
  matchAndRewrite(ONNX::SpaceToDepthOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value x = adaptor.getInput();
    if (failed(checkInput(op, x, failures)))
      return failure();
    int64_t block = op.getBlocksize();
    int64_t channels = cast<RankedTensorType>(x.getType()).getDimSize(1);
    auto result = dyn_cast<RankedTensorType>(op.getType());
    if (block <= 0 || !result)
      return failures.fail(op, "a block size <= 0 or an unranked result");
    Value unshuffled = Paddle::PixelUnshuffleOp::create(
        rewriter, op.getLoc(), result, x, rewriter.getSI32IntegerAttr(block),
        rewriter.getStringAttr("NCHW"));
    return replaceOrFail(rewriter, op,
                         transposeChannels(rewriter, op.getLoc(), unshuffled,
                                           channels, block * block),
                         "an empty input");
  }
};

} // namespace

void x2p::onnx_to_paddle::populateShapeDepthSpacePatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<DepthToSpaceToPixelShuffle, SpaceToDepthToPixelUnshuffle>(
      converter, patterns.getContext(), failures);
}
