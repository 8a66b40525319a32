//===- MatMul.cpp - ONNX MatMul and Gemm → paddle -------------------------===//
//
// MatMul has numpy semantics in both frameworks. Gemm is
// alpha * A' * B' + beta * C: matmul_v2 with trans_x/trans_y, scale for an
// alpha or beta other than 1, then the bias through elementwise_add (C
// broadcasts unidirectionally to [M, N], which numpy broadcasting covers).
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

/// x * factor, or x itself when factor is 1.
Value scaled(ConversionPatternRewriter &rewriter, Location loc, Value x,
             APFloat factor) {
  if (factor.convertToDouble() == 1.0)
    return x;
  return Paddle::ScaleOp::create(
      rewriter, loc, x.getType(), x, /*ScaleTensor=*/Value(),
      /*BiasTensor=*/Value(),
      rewriter.getF32FloatAttr(static_cast<float>(factor.convertToDouble())),
      rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
}

struct GemmToMatmulV2 : OpConversionPattern<ONNX::GemmOp> {
  using OpConversionPattern::OpConversionPattern;

  LogicalResult
  matchAndRewrite(ONNX::GemmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value product = Paddle::MatmulV2Op::create(
        rewriter, op.getLoc(), op.getType(), adaptor.getA(), adaptor.getB(),
        op.getTransA() != 0, op.getTransB() != 0);
    product = scaled(rewriter, op.getLoc(), product, op.getAlpha());
    if (!isNone(op.getC()))
      product = Paddle::ElementwiseAddOp::create(
          rewriter, op.getLoc(), op.getType(), product,
          scaled(rewriter, op.getLoc(), adaptor.getC(), op.getBeta()),
          rewriter.getSI32IntegerAttr(-1));
    rewriter.replaceOp(op, product);
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateMatMulPatterns(TypeConverter &converter,
                                                 RewritePatternSet &patterns,
                                                 Failures &) {
  patterns.add<MatMulToMatmulV2, GemmToMatmulV2>(converter,
                                                 patterns.getContext());
}
