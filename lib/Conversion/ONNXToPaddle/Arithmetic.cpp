//===- Arithmetic.cpp - ONNX Mod, Pow, BitShift and bitwise ops → paddle --===//
//
// The binary ops whose semantics need more than a renamed Paddle op:
// - Mod with fmod = 0 is Python's %, which elementwise_mod computes; C's
//   fmod (fmod = 1) takes the sign of the dividend instead. For integers
//   that is x - trunc(x / y) * y, exact because Paddle's integer division
//   truncates; for floats the Python remainder moves back by y where its
//   sign differs from x's.
// - Pow's exponent may have another type than its base: it computes in the
//   base's type, or for an integer base and a float exponent in f64 (then
//   truncated to the base's type, as numpy's astype does).
// - BitShift is a logical shift of unsigned integers; Paddle has uint8 of
//   those only.
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

IntegerAttr minusOne(OpBuilder &builder) {
  return builder.getSI32IntegerAttr(-1);
}

struct ModToElementwiseMod : ReportingPattern<ONNX::ModOp> {
  using ReportingPattern<ONNX::ModOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::ModOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type element = elementTypeOf(op.getType());
    bool isFloat = isa<FloatType>(element);
    bool cMod = op.getFmod() != 0;
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::ElementwiseModOp::getOperationName(),
        element, {adaptor.getA(), adaptor.getB()}, op.getType(),
        [&](ValueRange operands, Type type) -> Value {
          Value x = operands[0], y = operands[1];
          if (!cMod)
            return Paddle::ElementwiseModOp::create(rewriter, loc, type, x, y,
                                                    minusOne(rewriter));
          if (!isFloat) {
            Value quotient = Paddle::ElementwiseDivOp::create(
                rewriter, loc, type, x, y, minusOne(rewriter));
            Value product = Paddle::ElementwiseMulOp::create(
                rewriter, loc, type, quotient, y, minusOne(rewriter));
            return Paddle::ElementwiseSubOp::create(rewriter, loc, type, x,
                                                    product, minusOne(rewriter));
          }
          Value r = Paddle::ElementwiseModOp::create(rewriter, loc, type, x, y,
                                                     minusOne(rewriter));
          Type boolType = withElementType(type, rewriter.getI1Type());
          Value zero = Paddle::FillAnyLikeOp::create(
              rewriter, loc, type, r, rewriter.getF32FloatAttr(0.0f),
              rewriter.getSI32IntegerAttr(-1));
          Value nonzero = Paddle::NotEqualOp::create(rewriter, loc, boolType,
                                                     r, zero, minusOne(rewriter));
          Value rNegative = Paddle::LessThanOp::create(
              rewriter, loc, boolType, r, zero, minusOne(rewriter));
          Value xNegative = Paddle::LessThanOp::create(
              rewriter, loc, boolType, x, zero, minusOne(rewriter));
          Value signsDiffer = Paddle::LogicalXorOp::create(
              rewriter, loc, boolType, rNegative, xNegative);
          Value moveBack = Paddle::LogicalAndOp::create(rewriter, loc, boolType,
                                                        nonzero, signsDiffer);
          Value moved = Paddle::ElementwiseSubOp::create(rewriter, loc, type, r,
                                                         y, minusOne(rewriter));
          return Paddle::WhereOp::create(rewriter, loc, type, moveBack, moved,
                                         r);
        });
    return replaceOrFail(rewriter, op, result);
  }
};

struct PowToElementwisePow : ReportingPattern<ONNX::PowOp> {
  using ReportingPattern<ONNX::PowOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::PowOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    Type base = elementTypeOf(adaptor.getX());
    Type exponent = elementTypeOf(adaptor.getY());
    if (!kernelTypeOf(base) || !kernelTypeOf(exponent))
      return failures.fail(op, "Paddle has no tensors of the base's or the "
                               "exponent's type");
    // An integer base with a float exponent computes in f64; else in the
    // base's type (or the wider one Paddle's kernel has).
    Type compute = isa<IntegerType>(base) && isa<FloatType>(exponent)
                       ? Type(rewriter.getF64Type())
                       : base;
    Value x = castElements(rewriter, loc, adaptor.getX(), compute);
    Value y = castElements(rewriter, loc, adaptor.getY(), compute);
    Type resultType = withElementType(op.getType(), compute);
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::ElementwisePowOp::getOperationName(),
        compute, {x, y}, resultType,
        [&](ValueRange operands, Type type) -> Value {
          return Paddle::ElementwisePowOp::create(rewriter, loc, type,
                                                  operands[0], operands[1],
                                                  minusOne(rewriter));
        });
    if (!result)
      return failure();
    rewriter.replaceOp(op, castElements(rewriter, loc, result, base));
    return success();
  }
};

struct BitShiftToShift : ReportingPattern<ONNX::BitShiftOp> {
  using ReportingPattern<ONNX::BitShiftOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::BitShiftOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type element = elementTypeOf(op.getType());
    if (!element.isUnsignedInteger(8))
      return failures.fail(op, "Paddle's only unsigned integer type is uint8");
    StringRef direction = op.getDirection();
    if (direction == "LEFT")
      rewriter.replaceOpWithNewOp<Paddle::BitwiseLeftShiftOp>(
          op, op.getType(), adaptor.getX(), adaptor.getY(), false);
    else if (direction == "RIGHT")
      rewriter.replaceOpWithNewOp<Paddle::BitwiseRightShiftOp>(
          op, op.getType(), adaptor.getX(), adaptor.getY(), false);
    else
      return failures.fail(op, "direction must be LEFT or RIGHT, not '" +
                                   direction + "'");
    return success();
  }
};

template <typename SourceOp, typename TargetOp>
struct BitwiseToBitwise : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    Value result = buildWithKernel(
        rewriter, op, failures, TargetOp::getOperationName(),
        elementTypeOf(op->getResult(0).getType()), operands,
        op->getResult(0).getType(), [&](ValueRange cast, Type type) -> Value {
          return TargetOp::create(rewriter, op.getLoc(), type, cast[0],
                                  cast[1]);
        });
    return this->replaceOrFail(rewriter, op, result);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateArithmeticPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<ModToElementwiseMod, PowToElementwisePow, BitShiftToShift,
               BitwiseToBitwise<ONNX::BitwiseAndOp, Paddle::BitwiseAndOp>,
               BitwiseToBitwise<ONNX::BitwiseOrOp, Paddle::BitwiseOrOp>,
               BitwiseToBitwise<ONNX::BitwiseXorOp, Paddle::BitwiseXorOp>>(
      converter, patterns.getContext(), failures);
}
