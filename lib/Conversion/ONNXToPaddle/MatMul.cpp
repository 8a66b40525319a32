//===- MatMul.cpp - ONNX MatMul and Gemm → paddle -------------------------===//
//
// MatMul has numpy semantics in both frameworks, 1-D operands included.
// Gemm is alpha * A' * B' + beta * C: matmul_v2 with trans_x/trans_y,
// scale for an alpha or beta other than 1, then the bias through
// elementwise_add (C broadcasts unidirectionally to [M, N], which numpy
// broadcasting covers: [N], [M, 1], [1, N], a scalar). matmul_v2's CPU
// kernel has int32/int64/f32/f64; f16 and bf16 compute in f32. Einsum is
// Paddle's einsum op.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "MathKernels.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

namespace {

struct MatMulToMatmulV2 : ReportingPattern<ONNX::MatMulOp> {
  using ReportingPattern<ONNX::MatMulOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::MatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::MatmulV2Op::getOperationName(),
        elementTypeOf(op.getType()), {adaptor.getA(), adaptor.getB()},
        op.getType(), [&](ValueRange operands, Type type) -> Value {
          return buildMatmul(rewriter, op.getLoc(), type, operands[0],
                             operands[1], false, false);
        });
    return replaceOrFail(rewriter, op, result);
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

struct GemmToMatmulV2 : ReportingPattern<ONNX::GemmOp> {
  using ReportingPattern<ONNX::GemmOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::GemmOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Location loc = op.getLoc();
    SmallVector<Value> operands{adaptor.getA(), adaptor.getB()};
    bool hasBias = !isNone(op.getC());
    if (hasBias)
      operands.push_back(adaptor.getC());
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::MatmulV2Op::getOperationName(),
        elementTypeOf(op.getType()), operands, op.getType(),
        [&](ValueRange cast, Type type) -> Value {
          Value product =
              buildMatmul(rewriter, loc, type, cast[0], cast[1],
                          op.getTransA() != 0, op.getTransB() != 0);
          product = scaled(rewriter, loc, product, op.getAlpha());
          if (hasBias)
            product = Paddle::ElementwiseAddOp::create(
                rewriter, loc, type, product,
                scaled(rewriter, loc, cast[2], op.getBeta()),
                rewriter.getSI32IntegerAttr(-1));
          return product;
        });
    return replaceOrFail(rewriter, op, result);
  }
};

/// Einsum is Paddle's einsum with the spaces ONNX allows taken out; its
/// kernel takes f32/f64 and writes one InnerCache and XShape per operand.
struct EinsumToEinsum : ReportingPattern<ONNX::EinsumOp> {
  using ReportingPattern<ONNX::EinsumOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::EinsumOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::string equation;
    for (char c : op.getEquation())
      if (c != ' ')
        equation.push_back(c);
    // Paddle's einsum has no diagonals (a label twice in one term), and
    // its InferMeta crashes on a 0-D result.
    StringRef lhs = StringRef(equation).split("->").first;
    SmallVector<StringRef> terms;
    lhs.split(terms, ',');
    for (StringRef term : terms) {
      std::string seen;
      for (char c : term) {
        if (!llvm::isAlpha(c))
          continue;
        if (seen.find(c) != std::string::npos)
          return failures.fail(op, "Paddle's einsum has no diagonals (label '" +
                                       Twine(c) + "' repeats in one operand)");
        seen.push_back(c);
      }
    }
    if (auto result = dyn_cast<RankedTensorType>(op.getType());
        result && result.getRank() == 0)
      return failures.fail(op, "Paddle's einsum crashes on a 0-D result");
    ValueRange inputs = adaptor.getInputs();
    for (Value input : inputs)
      if (!isa<RankedTensorType>(input.getType()))
        return failures.fail(op, "an operand's rank is unknown");
    Value result = buildWithKernel(
        rewriter, op, failures, Paddle::EinsumOp::getOperationName(),
        elementTypeOf(op.getType()), inputs, op.getType(),
        [&](ValueRange operands, Type type) -> Value {
          // XShape holds each operand's dims; InnerCache a permutation.
          SmallVector<Type> cacheTypes, shapeTypes;
          for (Value operand : operands) {
            auto operandType = cast<RankedTensorType>(operand.getType());
            shapeTypes.push_back(operandType);
            cacheTypes.push_back(RankedTensorType::get(
                SmallVector<int64_t>(operandType.getRank(),
                                     ShapedType::kDynamic),
                operandType.getElementType()));
          }
          auto einsum = Paddle::EinsumOp::create(
              rewriter, op.getLoc(), type, cacheTypes, shapeTypes, operands,
              rewriter.getStringAttr(equation));
          return einsum.getOut();
        });
    return replaceOrFail(rewriter, op, result);
  }
};

} // namespace

void x2p::onnx_to_paddle::populateMatMulPatterns(const TypeConverter &converter,
                                                 RewritePatternSet &patterns,
                                                 Failures &failures) {
  patterns.add<MatMulToMatmulV2, GemmToMatmulV2, EinsumToEinsum>(
      converter, patterns.getContext(), failures);
}
