//===- Elementwise.cpp - ONNX elementwise ops → paddle --------------------===//
//
// ONNX's multidirectional (numpy) broadcasting is Paddle's elementwise
// broadcasting with axis = -1, so binary ops map one to one.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

template <typename SourceOp, typename TargetOp>
struct BinaryToElementwise : OpConversionPattern<SourceOp> {
  using OpConversionPattern<SourceOp>::OpConversionPattern;
  using OpAdaptor = typename SourceOp::Adaptor;

  LogicalResult
  matchAndRewrite(SourceOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<TargetOp>(
        op, op.getType(), adaptor.getA(), adaptor.getB(),
        rewriter.getSI32IntegerAttr(-1));
    return success();
  }
};

struct ReluToRelu : OpConversionPattern<ONNX::ReluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::ReluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::ReluOp>(op, op.getType(),
                                                adaptor.getX());
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateElementwisePatterns(
    TypeConverter &converter, RewritePatternSet &patterns, Failures &) {
  patterns.add<BinaryToElementwise<ONNX::AddOp, Paddle::ElementwiseAddOp>,
               ReluToRelu>(converter, patterns.getContext());
}
