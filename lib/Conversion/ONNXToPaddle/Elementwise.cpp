//===- Elementwise.cpp - ONNX elementwise ops → paddle --------------------===//
//
// ONNX's multidirectional (numpy) broadcasting is Paddle's elementwise
// broadcasting with axis = -1, so binary arithmetic, comparison and logical
// ops map one to one; ONNX's variadic Max/Min/Sum fold pairwise. Unary math
// and activations map to the Paddle op of the same meaning, with attributes
// renamed where Paddle names them differently (HardSigmoid's alpha/beta are
// Paddle's slope/offset).
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

bool isFloatTensor(Type type) {
  return isa<FloatType>(cast<ShapedType>(type).getElementType());
}

/// A binary ONNX op with numpy broadcasting → elementwise_* (axis -1).
/// `FloatOnly` ops have integer semantics Paddle does not share (Div rounds
/// toward zero in ONNX; Pow of integers) and are refused for integers.
template <typename SourceOp, typename TargetOp, bool FloatOnly = false>
struct BinaryToElementwise : OpConversionPattern<SourceOp> {
  BinaryToElementwise(TypeConverter &converter, MLIRContext *context,
                      Failures &failures)
      : OpConversionPattern<SourceOp>(converter, context),
        failures(failures) {}

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (FloatOnly && !isFloatTensor(op->getResult(0).getType()))
      return failures.fail(op, "only floating-point operands are converted "
                               "(integer semantics differ)");
    ValueRange operands = adaptor.getOperands();
    rewriter.replaceOpWithNewOp<TargetOp>(op, op->getResult(0).getType(),
                                          operands[0], operands[1],
                                          rewriter.getSI32IntegerAttr(-1));
    return success();
  }

  Failures &failures;
};

/// Comparisons produce booleans; Paddle's compare ops broadcast like numpy.
template <typename SourceOp, typename TargetOp>
struct BinaryToCompare : OpConversionPattern<SourceOp> {
  using OpConversionPattern<SourceOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    rewriter.replaceOpWithNewOp<TargetOp>(op, op->getResult(0).getType(),
                                          operands[0], operands[1]);
    return success();
  }
};

/// Variadic Max/Min/Sum: a left fold of the binary Paddle op.
template <typename SourceOp, typename TargetOp>
struct VariadicToElementwise : OpConversionPattern<SourceOp> {
  using OpConversionPattern<SourceOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    Type resultType = op->getResult(0).getType();
    Value acc = operands.front();
    for (Value next : operands.drop_front())
      acc = TargetOp::create(rewriter, op.getLoc(), resultType, acc, next,
                             rewriter.getSI32IntegerAttr(-1));
    if (operands.size() == 1)
      acc = Paddle::AssignOp::create(rewriter, op.getLoc(), resultType, acc);
    rewriter.replaceOp(op, acc);
    return success();
  }
};

/// A unary op whose Paddle counterpart takes X alone.
template <typename SourceOp, typename TargetOp>
struct UnaryToUnary : OpConversionPattern<SourceOp> {
  using OpConversionPattern<SourceOp>::OpConversionPattern;
  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<TargetOp>(op, op->getResult(0).getType(),
                                          adaptor.getOperands()[0]);
    return success();
  }
};

struct LeakyReluToLeakyRelu : OpConversionPattern<ONNX::LeakyReluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::LeakyReluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::LeakyReluOp>(
        op, op.getType(), adaptor.getX(), op.getAlphaAttr());
    return success();
  }
};

struct EluToElu : OpConversionPattern<ONNX::EluOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::EluOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::EluOp>(op, op.getType(),
                                               adaptor.getX(),
                                               op.getAlphaAttr());
    return success();
  }
};

/// HardSigmoid: max(0, min(1, alpha * x + beta)) = Paddle's slope/offset.
struct HardSigmoidToHardSigmoid : OpConversionPattern<ONNX::HardSigmoidOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::HardSigmoidOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::HardSigmoidOp>(
        op, op.getType(), adaptor.getX(), op.getAlphaAttr(), op.getBetaAttr());
    return success();
  }
};

/// Neg is scale(-1).
struct NegToScale : OpConversionPattern<ONNX::NegOp> {
  using OpConversionPattern::OpConversionPattern;
  LogicalResult
  matchAndRewrite(ONNX::NegOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    rewriter.replaceOpWithNewOp<Paddle::ScaleOp>(
        op, op.getType(), adaptor.getX(), /*ScaleTensor=*/Value(),
        /*BiasTensor=*/Value(), rewriter.getF32FloatAttr(-1.0f),
        rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateElementwisePatterns(
    TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  MLIRContext *context = patterns.getContext();
  patterns.add<BinaryToElementwise<ONNX::AddOp, Paddle::ElementwiseAddOp>,
               BinaryToElementwise<ONNX::SubOp, Paddle::ElementwiseSubOp>,
               BinaryToElementwise<ONNX::MulOp, Paddle::ElementwiseMulOp>,
               BinaryToElementwise<ONNX::DivOp, Paddle::ElementwiseDivOp, true>,
               BinaryToElementwise<ONNX::PowOp, Paddle::ElementwisePowOp,
                                   true>>(converter, context, failures);
  patterns.add<BinaryToCompare<ONNX::EqualOp, Paddle::EqualOp>,
               BinaryToCompare<ONNX::LessOp, Paddle::LessThanOp>,
               BinaryToCompare<ONNX::LessOrEqualOp, Paddle::LessEqualOp>,
               BinaryToCompare<ONNX::GreaterOp, Paddle::GreaterThanOp>,
               BinaryToCompare<ONNX::GreaterOrEqualOp, Paddle::GreaterEqualOp>,
               BinaryToCompare<ONNX::AndOp, Paddle::LogicalAndOp>,
               BinaryToCompare<ONNX::OrOp, Paddle::LogicalOrOp>,
               BinaryToCompare<ONNX::XorOp, Paddle::LogicalXorOp>,
               VariadicToElementwise<ONNX::MaxOp, Paddle::ElementwiseMaxOp>,
               VariadicToElementwise<ONNX::MinOp, Paddle::ElementwiseMinOp>,
               VariadicToElementwise<ONNX::SumOp, Paddle::ElementwiseAddOp>,
               UnaryToUnary<ONNX::NotOp, Paddle::LogicalNotOp>,
               UnaryToUnary<ONNX::ReluOp, Paddle::ReluOp>,
               UnaryToUnary<ONNX::SigmoidOp, Paddle::SigmoidOp>,
               UnaryToUnary<ONNX::TanhOp, Paddle::TanhOp>,
               UnaryToUnary<ONNX::ExpOp, Paddle::ExpOp>,
               UnaryToUnary<ONNX::LogOp, Paddle::LogOp>,
               UnaryToUnary<ONNX::SqrtOp, Paddle::SqrtOp>,
               UnaryToUnary<ONNX::AbsOp, Paddle::AbsOp>,
               UnaryToUnary<ONNX::ErfOp, Paddle::ErfOp>,
               UnaryToUnary<ONNX::SoftplusOp, Paddle::SoftplusOp>,
               LeakyReluToLeakyRelu, EluToElu, HardSigmoidToHardSigmoid,
               NegToScale>(converter, context);
}
