//===- UnaryMath.cpp - ONNX unary math ops → paddle -----------------------===//
//
// Each unary ONNX math op has a Paddle op of the same meaning (round
// included: Paddle rounds half to even, like ONNX). What differs is the
// element types Paddle's CPU kernels take, so each mapping names its
// kernel's types and the op is computed in a wider type where ONNX allows
// one Paddle lacks (MathKernels.h). IsInf with only one sign is isinf_v2
// and'ed with the sign test x == |x|, which needs no constant.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

/// A unary op whose Paddle counterpart takes X alone.
template <typename SourceOp, typename TargetOp>
struct UnaryToUnary : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value input = adaptor.getOperands()[0];
    Value result = buildWithKernel(
        rewriter, op, failures, TargetOp::getOperationName(),
        elementTypeOf(input), input, op->getResult(0).getType(),
        [&](ValueRange operands, Type type) -> Value {
          Type inputType = operands[0].getType();
          if (inputType == type || elementTypeOf(inputType) != elementTypeOf(type))
            return TargetOp::create(rewriter, op.getLoc(), type, operands[0]);
          // ONNX knows the result's shape better than the input's (an
          // unranked input): Paddle's op keeps the input's type, and an
          // assign carries the value over to the refined type.
          Value result =
              TargetOp::create(rewriter, op.getLoc(), inputType, operands[0]);
          return Paddle::AssignOp::create(rewriter, op.getLoc(), type, result);
        });
    return this->replaceOrFail(rewriter, op, result);
  }
};

/// Neg is scale(-1), which every Paddle type has but bf16.
struct NegToScale : ReportingPattern<ONNX::NegOp> {
  using ReportingPattern<ONNX::NegOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::NegOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::ScaleOp::getOperationName(),
        elementTypeOf(adaptor.getX()), adaptor.getX(), op.getType(),
        [&](ValueRange operands, Type type) -> Value {
          return Paddle::ScaleOp::create(
              rewriter, op.getLoc(), type, operands[0], /*ScaleTensor=*/Value(),
              /*BiasTensor=*/Value(), rewriter.getF32FloatAttr(-1.0f),
              rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
        });
    return replaceOrFail(rewriter, op, result);
  }
};

/// IsInf(detect_negative, detect_positive): isinf_v2 for both signs; one
/// sign keeps the infinities with x == |x| (positive) or x != |x|.
struct IsInfToIsinfV2 : ReportingPattern<ONNX::IsInfOp> {
  using ReportingPattern<ONNX::IsInfOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::IsInfOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    bool negative = op.getDetectNegative() != 0;
    bool positive = op.getDetectPositive() != 0;
    Location loc = op.getLoc();
    Type boolType = op.getType();
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::IsinfV2Op::getOperationName(),
        elementTypeOf(adaptor.getX()), adaptor.getX(), boolType,
        [&](ValueRange operands, Type) -> Value {
          Value x = operands[0];
          Value inf = Paddle::IsinfV2Op::create(rewriter, loc, boolType, x);
          if (negative && positive)
            return inf;
          if (!negative && !positive) // nothing is detected: inf & nan
            return Paddle::LogicalAndOp::create(
                rewriter, loc, boolType, inf,
                Paddle::IsnanV2Op::create(rewriter, loc, boolType, x));
          Value abs = Paddle::AbsOp::create(rewriter, loc, x.getType(), x);
          Value sign =
              positive ? Value(Paddle::EqualOp::create(
                             rewriter, loc, boolType, x, abs,
                             rewriter.getSI32IntegerAttr(-1)))
                       : Value(Paddle::NotEqualOp::create(
                             rewriter, loc, boolType, x, abs,
                             rewriter.getSI32IntegerAttr(-1)));
          return Paddle::LogicalAndOp::create(rewriter, loc, boolType, inf,
                                              sign);
        });
    return replaceOrFail(rewriter, op, result);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateUnaryMathPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<
      UnaryToUnary<ONNX::SinOp, Paddle::SinOp>,
      UnaryToUnary<ONNX::CosOp, Paddle::CosOp>,
      UnaryToUnary<ONNX::TanOp, Paddle::TanOp>,
      UnaryToUnary<ONNX::AsinOp, Paddle::AsinOp>,
      UnaryToUnary<ONNX::AcosOp, Paddle::AcosOp>,
      UnaryToUnary<ONNX::AtanOp, Paddle::AtanOp>,
      UnaryToUnary<ONNX::SinhOp, Paddle::SinhOp>,
      UnaryToUnary<ONNX::CoshOp, Paddle::CoshOp>,
      UnaryToUnary<ONNX::AsinhOp, Paddle::AsinhOp>,
      UnaryToUnary<ONNX::AcoshOp, Paddle::AcoshOp>,
      UnaryToUnary<ONNX::AtanhOp, Paddle::AtanhOp>,
      UnaryToUnary<ONNX::ReciprocalOp, Paddle::ReciprocalOp>,
      UnaryToUnary<ONNX::FloorOp, Paddle::FloorOp>,
      UnaryToUnary<ONNX::CeilOp, Paddle::CeilOp>,
      UnaryToUnary<ONNX::RoundOp, Paddle::RoundOp>,
      UnaryToUnary<ONNX::SignOp, Paddle::SignOp>,
      UnaryToUnary<ONNX::IsNaNOp, Paddle::IsnanV2Op>,
      UnaryToUnary<ONNX::NotOp, Paddle::LogicalNotOp>,
      UnaryToUnary<ONNX::BitwiseNotOp, Paddle::BitwiseNotOp>,
      UnaryToUnary<ONNX::ReluOp, Paddle::ReluOp>,
      UnaryToUnary<ONNX::SigmoidOp, Paddle::SigmoidOp>,
      UnaryToUnary<ONNX::TanhOp, Paddle::TanhOp>,
      UnaryToUnary<ONNX::ExpOp, Paddle::ExpOp>,
      UnaryToUnary<ONNX::LogOp, Paddle::LogOp>,
      UnaryToUnary<ONNX::SqrtOp, Paddle::SqrtOp>,
      UnaryToUnary<ONNX::AbsOp, Paddle::AbsOp>,
      UnaryToUnary<ONNX::ErfOp, Paddle::ErfOp>,
      UnaryToUnary<ONNX::SoftplusOp, Paddle::SoftplusOp>, NegToScale,
      IsInfToIsinfV2>(converter, patterns.getContext(), failures);
}
