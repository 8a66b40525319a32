//===- Shape.cpp - ONNX shape manipulation → paddle -----------------------===//
//
// Reshape with a constant shape becomes reshape2's `shape` attribute: both
// frameworks copy the input dim for 0 (ONNX unless allowzero) and infer one
// -1. With allowzero = 1 a 0 means an empty dim, which reshape2's
// attribute cannot say.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

struct ReshapeToReshape2 : OpConversionPattern<ONNX::ReshapeOp> {
  ReshapeToReshape2(TypeConverter &converter, MLIRContext *context,
                    Failures &failures)
      : OpConversionPattern(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(ONNX::ReshapeOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::optional<SmallVector<int64_t>> shape =
        getConstantInts(adaptor.getShape());
    if (!shape)
      return failures.fail(op, "the target shape is not a constant (dynamic "
                               "shapes are not converted yet)");
    if (op.getAllowzero() && llvm::is_contained(*shape, 0))
      return failures.fail(op, "allowzero = 1 with a 0 in the shape (an empty "
                               "dim) has no reshape2 equivalent");
    SmallVector<int32_t> dims;
    for (int64_t dim : *shape) {
      if (dim < INT32_MIN || dim > INT32_MAX)
        return failures.fail(op, "a target dim does not fit in int32");
      dims.push_back(static_cast<int32_t>(dim));
    }
    auto input = cast<ShapedType>(adaptor.getData().getType());
    SmallVector<int64_t> xshape{0};
    if (input.hasRank())
      llvm::append_range(xshape, input.getShape());
    Type xshapeType =
        input.hasRank()
            ? Type(RankedTensorType::get(xshape, input.getElementType()))
            : Type(UnrankedTensorType::get(input.getElementType()));
    auto reshape = Paddle::Reshape2Op::create(
        rewriter, op.getLoc(), TypeRange{op.getType(), xshapeType},
        adaptor.getData(), /*Shape_=*/Value(), /*ShapeTensor=*/ValueRange{},
        rewriter.getDenseI32ArrayAttr(dims));
    rewriter.replaceOp(op, reshape.getOut());
    return success();
  }

  Failures &failures;
};

} // namespace

void x2p::onnx_to_paddle::populateShapePatterns(TypeConverter &converter,
                                                RewritePatternSet &patterns,
                                                Failures &failures) {
  patterns.add<ReshapeToReshape2>(converter, patterns.getContext(), failures);
}
