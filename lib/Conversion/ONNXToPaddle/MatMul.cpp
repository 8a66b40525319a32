//===- MatMul.cpp - ONNX MatMul and Gemm → paddle -------------------------===//
//
// MatMul has numpy semantics in both frameworks. Gemm is
// alpha * A' * B' + beta * C: matmul_v2 with trans_x/trans_y, then the
// bias through elementwise_add (C broadcasts unidirectionally to [M, N],
// which numpy broadcasting covers).
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

struct MatMulToMatmulV2 : OpConversionPattern<ONNX::MatMulOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::MatmulV2Op>(
        op, op.getType(), adaptor.getA(), adaptor.getB(), false, false);
    return success();
  }
};

struct GemmToMatmulV2 : OpConversionPattern<ONNX::GemmOp> {
  GemmToMatmulV2(TypeConverter &converter, MLIRContext *context,
                 Failures &failures)
      : OpConversionPattern(converter, context), failures(failures) {}

  LogicalResult
  matchAndRewrite(ONNX::GemmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getAlpha().convertToDouble() != 1.0 ||
        (!isNone(op.getC()) && op.getBeta().convertToDouble() != 1.0))
      return failures.fail(op, "alpha or beta other than 1 needs paddle.scale, "
                               "which the paddle dialect does not have yet");
    Value product = Paddle::MatmulV2Op::create(
        rewriter, op.getLoc(), op.getType(), adaptor.getA(), adaptor.getB(),
        op.getTransA() != 0, op.getTransB() != 0);
    if (!isNone(op.getC()))
      product = Paddle::ElementwiseAddOp::create(
          rewriter, op.getLoc(), op.getType(), product, adaptor.getC(),
          rewriter.getSI32IntegerAttr(-1));
    rewriter.replaceOp(op, product);
    return success();
  }

  Failures &failures;
};

} // namespace

void x2p::onnx_to_paddle::populateMatMulPatterns(TypeConverter &converter,
                                                 RewritePatternSet &patterns,
                                                 Failures &failures) {
  patterns.add<MatMulToMatmulV2>(converter, patterns.getContext());
  patterns.add<GemmToMatmulV2>(converter, patterns.getContext(), failures);
}
