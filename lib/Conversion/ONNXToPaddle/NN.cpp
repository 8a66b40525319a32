//===- NN.cpp - ONNX normalization and activation-like ops → paddle -------===//
//
// Softmax at opset >= 13 normalizes along one axis, exactly Paddle's
// softmax(axis).
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

struct SoftmaxToSoftmax : OpConversionPattern<ONNX::SoftmaxOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::SoftmaxOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::SoftmaxOp>(
        op, op.getType(), adaptor.getInput(),
        rewriter.getSI32IntegerAttr(static_cast<int32_t>(op.getAxis())));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateNNPatterns(TypeConverter &converter,
                                             RewritePatternSet &patterns,
                                             Failures &) {
  patterns.add<SoftmaxToSoftmax>(converter, patterns.getContext());
}
