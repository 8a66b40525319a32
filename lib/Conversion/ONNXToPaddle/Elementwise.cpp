//===- Elementwise.cpp - ONNX elementwise ops → paddle --------------------===//
//
// ONNX's multidirectional (numpy) broadcasting is Paddle's elementwise
// broadcasting with axis = -1, so binary arithmetic, comparison and logical
// ops map one to one; ONNX's variadic Max/Min/Sum/Mean fold pairwise.
// Integer Div maps directly too: Paddle's integer elementwise_div is C++
// division, which truncates toward zero as ONNX requires. Element types a
// Paddle kernel lacks are computed in a wider one (MathKernels.h). The
// activations are in Activations.cpp.
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

template <typename TargetOp>
Value buildBinary(ConversionPatternRewriter &rewriter, Operation *op,
                  Failures &failures, Value lhs, Value rhs, Type resultType) {
  return buildWithKernel(
      rewriter, op, failures, TargetOp::getOperationName(),
      elementTypeOf(resultType), {lhs, rhs}, resultType,
      [&](ValueRange operands, Type type) -> Value {
        return TargetOp::create(rewriter, op->getLoc(), type, operands[0],
                                operands[1], rewriter.getSI32IntegerAttr(-1));
      });
}

/// A binary ONNX op with numpy broadcasting → elementwise_* (axis -1).
template <typename SourceOp, typename TargetOp>
struct BinaryToElementwise : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    Value result = buildBinary<TargetOp>(rewriter, op, failures, operands[0],
                                         operands[1], op->getResult(0).getType());
    return this->replaceOrFail(rewriter, op, result);
  }
};

/// Comparisons produce booleans; Paddle's compare ops broadcast like numpy.
template <typename SourceOp, typename TargetOp>
struct BinaryToCompare : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    Type element = elementTypeOf(operands[0]);
    if (!kernelTypeOf(element))
      return failures.fail(op, "Paddle has no tensors of the operands' type");
    rewriter.replaceOpWithNewOp<TargetOp>(op, op->getResult(0).getType(),
                                          operands[0], operands[1]);
    return success();
  }
};

/// Variadic Max/Min/Sum: a left fold of the binary Paddle op; Mean divides
/// the Sum by the number of inputs.
template <typename SourceOp, typename TargetOp, bool IsMean = false>
struct VariadicToElementwise : ReportingPattern<SourceOp> {
  using ReportingPattern<SourceOp>::ReportingPattern;
  using ReportingPattern<SourceOp>::failures;

  LogicalResult
  matchAndRewrite(SourceOp op, typename SourceOp::Adaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    ValueRange operands = adaptor.getOperands();
    Type resultType = op->getResult(0).getType();
    Location loc = op.getLoc();
    // An integer mean would truncate: Mean computes in floats.
    unsigned types = Paddle::cpuKernelTypes<TargetOp>() &
                     (IsMean ? Paddle::kF32 | Paddle::kF64 : ~0u);
    Value result = buildWithKernel(
        rewriter, op, failures, {TargetOp::getOperationName(), types},
        elementTypeOf(resultType), operands, resultType,
        [&](ValueRange cast, Type type) -> Value {
          Value acc = cast.front();
          if (cast.size() == 1)
            return Paddle::AssignOp::create(rewriter, loc, type, acc);
          for (Value next : cast.drop_front())
            acc = TargetOp::create(rewriter, loc, type, acc, next,
                                   rewriter.getSI32IntegerAttr(-1));
          if (IsMean)
            acc = Paddle::ScaleOp::create(
                rewriter, loc, type, acc, /*ScaleTensor=*/Value(),
                /*BiasTensor=*/Value(),
                rewriter.getF32FloatAttr(1.0f / cast.size()),
                rewriter.getF32FloatAttr(0.0f), rewriter.getBoolAttr(true));
          return acc;
        });
    return this->replaceOrFail(rewriter, op, result);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateElementwisePatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  MLIRContext *context = patterns.getContext();
  patterns.add<BinaryToElementwise<ONNX::AddOp, Paddle::ElementwiseAddOp>,
               BinaryToElementwise<ONNX::SubOp, Paddle::ElementwiseSubOp>,
               BinaryToElementwise<ONNX::MulOp, Paddle::ElementwiseMulOp>,
               BinaryToElementwise<ONNX::DivOp, Paddle::ElementwiseDivOp>,
               BinaryToCompare<ONNX::EqualOp, Paddle::EqualOp>,
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
               VariadicToElementwise<ONNX::MeanOp, Paddle::ElementwiseAddOp,
                                     true>>(converter, context, failures);
}
