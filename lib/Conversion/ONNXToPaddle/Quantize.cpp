//===- Quantize.cpp - ONNX QuantizeLinear/DequantizeLinear → paddle -------===//
//
// ONNX's QuantizeLinear is saturate(round_half_even(x / scale) + zero_point)
// and DequantizeLinear (x - zero_point) * scale, per tensor (a scalar
// scale) or per slice along `axis` (a 1-D scale). Paddle's
// quantize_linear/dequantize_linear express a symmetric abs-max scheme
// (Scale = threshold, X * qmax / Scale, no zero point on CPU), which is
// not these semantics, so both are built from elementwise ops that are:
// elementwise_div/sub/mul with per-axis scales reshaped to broadcast
// along `axis`, round (half to even), clip to the integer range and cast.
// Blocked quantization (block_size > 0) and the types Paddle lacks
// (uint16, float8, int4) are refused. MatMulInteger and QLinearMatMul
// follow ONNX's reference: an int32 matmul_v2 of the zero-point-shifted
// operands, then for QLinearMatMul the requantization.
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

/// The input dim a scale (or zero point) of `param`'s shape applies along,
/// for an input of rank `rank`: -1 (all) for a scalar, `axis` for a 1-D
/// one; nullopt when neither is known.
std::optional<int32_t> alignment(Value param, int64_t rank, int64_t axis) {
  auto type = dyn_cast<RankedTensorType>(param.getType());
  if (!type)
    return std::nullopt;
  if (type.getRank() == 0 || (type.getRank() == 1 && type.getDimSize(0) == 1))
    return -1;
  if (type.getRank() != 1 || rank == 0 || axis < -rank || axis >= rank)
    return std::nullopt;
  return static_cast<int32_t>(axis < 0 ? axis + rank : axis);
}

/// The integer range of a quantized type Paddle has.
std::optional<std::pair<int64_t, int64_t>> rangeOf(Type type) {
  if (type.isUnsignedInteger(8))
    return std::make_pair(0, 255);
  if (type.isSignlessInteger(8))
    return std::make_pair(-128, 127);
  if (type.isSignlessInteger(16))
    return std::make_pair(-32768, 32767);
  return std::nullopt;
}

std::string typeName(Type type) {
  std::string name;
  llvm::raw_string_ostream os(name);
  os << type;
  return name;
}

struct QuantizeLinearToElementwise : ReportingPattern<ONNX::QuantizeLinearOp> {
  using ReportingPattern<ONNX::QuantizeLinearOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::QuantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getBlockSize() != 0)
      return failures.fail(op, "blocked quantization (block_size > 0) is not "
                               "converted");
    Type element = elementTypeOf(op.getType());
    std::optional<std::pair<int64_t, int64_t>> range = rangeOf(element);
    if (!range)
      return failures.fail(op, "Paddle has no " + typeName(element) +
                                   " tensors to quantize to");
    auto inputType = dyn_cast<RankedTensorType>(adaptor.getX().getType());
    if (!inputType)
      return failures.fail(op, "the input's rank is unknown");
    std::optional<int32_t> axis =
        alignment(adaptor.getYScale(), inputType.getRank(), op.getAxis());
    if (!axis)
      return failures.fail(op, "the scale is neither a scalar nor 1-D along "
                               "`axis`");
    Location loc = op.getLoc();
    Type f32 = rewriter.getF32Type();
    Type floatType = withElementType(inputType, f32);
    Value x = castElements(rewriter, loc, adaptor.getX(), f32);
    Value scale = castElements(rewriter, loc, adaptor.getYScale(), f32);
    int64_t rank = inputType.getRank();
    scale = alignAt(rewriter, loc, scale, *axis, rank);
    Value q = Paddle::ElementwiseDivOp::create(
        rewriter, loc, floatType, x, scale, rewriter.getSI32IntegerAttr(-1));
    q = Paddle::RoundOp::create(rewriter, loc, floatType, q,
                                rewriter.getSI32IntegerAttr(0));
    if (!isNone(op.getYZeroPoint())) {
      Value zeroPoint = alignAt(
          rewriter, loc, castElements(rewriter, loc, adaptor.getYZeroPoint(), f32),
          *axis, rank);
      q = Paddle::ElementwiseAddOp::create(rewriter, loc, floatType, q,
                                           zeroPoint,
                                           rewriter.getSI32IntegerAttr(-1));
    }
    q = Paddle::ClipOp::create(
        rewriter, loc, floatType, q, /*Min_=*/Value(), /*Max_=*/Value(),
        rewriter.getF32FloatAttr(static_cast<float>(range->first)),
        rewriter.getF32FloatAttr(static_cast<float>(range->second)));
    rewriter.replaceOp(op, castElements(rewriter, loc, q, element));
    return success();
  }
};

struct DequantizeLinearToElementwise : ReportingPattern<ONNX::DequantizeLinearOp> {
  using ReportingPattern<ONNX::DequantizeLinearOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::DequantizeLinearOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    if (op.getBlockSize() != 0)
      return failures.fail(op, "blocked quantization (block_size > 0) is not "
                               "converted");
    Type input = elementTypeOf(adaptor.getX());
    if (!rangeOf(input) && !input.isSignlessInteger(32))
      return failures.fail(op, "Paddle has no " + typeName(input) +
                                   " tensors to dequantize from");
    auto inputType = dyn_cast<RankedTensorType>(adaptor.getX().getType());
    if (!inputType)
      return failures.fail(op, "the input's rank is unknown");
    std::optional<int32_t> axis =
        alignment(adaptor.getXScale(), inputType.getRank(), op.getAxis());
    if (!axis)
      return failures.fail(op, "the scale is neither a scalar nor 1-D along "
                               "`axis`");
    Location loc = op.getLoc();
    int64_t rank = inputType.getRank();
    Type f32 = rewriter.getF32Type();
    Type floatType = withElementType(op.getType(), f32);
    Value x = castElements(rewriter, loc, adaptor.getX(), f32);
    if (!isNone(op.getXZeroPoint())) {
      Value zeroPoint = alignAt(
          rewriter, loc, castElements(rewriter, loc, adaptor.getXZeroPoint(), f32),
          *axis, rank);
      x = Paddle::ElementwiseSubOp::create(rewriter, loc, floatType, x,
                                           zeroPoint,
                                           rewriter.getSI32IntegerAttr(-1));
    }
    Value scale = alignAt(
        rewriter, loc, castElements(rewriter, loc, adaptor.getXScale(), f32),
        *axis, rank);
    Value y = Paddle::ElementwiseMulOp::create(
        rewriter, loc, floatType, x, scale, rewriter.getSI32IntegerAttr(-1));
    rewriter.replaceOp(op,
                       castElements(rewriter, loc, y, elementTypeOf(op.getType())));
    return success();
  }
};

/// `value` - `zeroPoint` in int32 (`zeroPoint` may be absent), the zero
/// point aligned at `axis` of `value`.
Value minusZeroPoint(ConversionPatternRewriter &rewriter, Location loc,
                     Value value, Value zeroPoint, int32_t axis) {
  Type i32 = rewriter.getI32Type();
  Value wide = castElements(rewriter, loc, value, i32);
  if (isNone(zeroPoint))
    return wide;
  return Paddle::ElementwiseSubOp::create(
      rewriter, loc, wide.getType(), wide,
      alignAt(rewriter, loc, castElements(rewriter, loc, zeroPoint, i32), axis,
              cast<RankedTensorType>(value.getType()).getRank()),
      rewriter.getSI32IntegerAttr(-1));
}

/// True for a scalar or one-element parameter.
bool isScalar(Value value) {
  auto type = dyn_cast<RankedTensorType>(value.getType());
  return type && type.hasStaticShape() && type.getNumElements() == 1;
}

/// A's zero point is per row ([M], aligned at A's dim -2) or a scalar; B's
/// per column ([N], numpy's alignment) or a scalar.
std::optional<int32_t> rowAxis(Value zeroPoint, Value a) {
  if (isNone(zeroPoint) || isScalar(zeroPoint))
    return -1;
  auto zpType = dyn_cast<RankedTensorType>(zeroPoint.getType());
  auto aType = dyn_cast<RankedTensorType>(a.getType());
  if (!zpType || !aType || zpType.getRank() != 1 || aType.getRank() < 2)
    return std::nullopt;
  return static_cast<int32_t>(aType.getRank() - 2);
}

bool isColumnParam(Value param) {
  if (isNone(param) || isScalar(param))
    return true;
  auto type = dyn_cast<RankedTensorType>(param.getType());
  return type && type.getRank() == 1;
}

/// MatMulInteger: (A - a_zero_point) @ (B - b_zero_point) in int32, which
/// matmul_v2 has.
struct MatMulIntegerToMatmulV2 : ReportingPattern<ONNX::MatMulIntegerOp> {
  using ReportingPattern<ONNX::MatMulIntegerOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::MatMulIntegerOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    std::optional<int32_t> aAxis = rowAxis(adaptor.getAZeroPoint(), adaptor.getA());
    if (!aAxis || !isColumnParam(adaptor.getBZeroPoint()))
      return failures.fail(op, "zero points must be scalars, A's per row or "
                               "B's per column");
    Location loc = op.getLoc();
    Value a = minusZeroPoint(rewriter, loc, adaptor.getA(),
                             adaptor.getAZeroPoint(), *aAxis);
    Value b = minusZeroPoint(rewriter, loc, adaptor.getB(),
                             adaptor.getBZeroPoint(), -1);
    rewriter.replaceOp(op, buildMatmul(rewriter, loc, op.getType(), a, b,
                                       false, false));
    return success();
  }
};

/// QLinearMatMul as ONNX's reference computes it: the int32 product of the
/// zero-point-shifted operands, times a_scale * b_scale / y_scale (in the
/// scales' type), plus y_zero_point, rounded half to even and saturated.
/// The product is scaled in f64, as numpy's int32 * float promotion does.
struct QLinearMatMulToElementwise : ReportingPattern<ONNX::QLinearMatMulOp> {
  using ReportingPattern<ONNX::QLinearMatMulOp>::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::QLinearMatMulOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    Type element = elementTypeOf(op.getType());
    std::optional<std::pair<int64_t, int64_t>> range = rangeOf(element);
    if (!range || !rangeOf(elementTypeOf(adaptor.getA())) ||
        !rangeOf(elementTypeOf(adaptor.getB())))
      return failures.fail(op, "only int8/uint8 operands and results are "
                               "converted (Paddle has no float8)");
    if (!isScalar(adaptor.getAScale()) || !isScalar(adaptor.getAZeroPoint()) ||
        !isScalar(adaptor.getYScale()) || !isScalar(adaptor.getYZeroPoint()) ||
        !isColumnParam(adaptor.getBScale()) ||
        !isColumnParam(adaptor.getBZeroPoint()))
      return failures.fail(op, "scales and zero points must be scalars, or "
                               "B's per column");
    Location loc = op.getLoc();
    Value a = minusZeroPoint(rewriter, loc, adaptor.getA(),
                             adaptor.getAZeroPoint(), -1);
    Value b = minusZeroPoint(rewriter, loc, adaptor.getB(),
                             adaptor.getBZeroPoint(), -1);
    Type i32Type = withElementType(op.getType(), rewriter.getI32Type());
    Value product = buildMatmul(rewriter, loc, i32Type, a, b, false, false);

    // The factor a_scale * b_scale / y_scale, rounded to the scales' type
    // after each step as numpy computes it there (f32 holds f16 products
    // exactly).
    Type scaleElement = elementTypeOf(adaptor.getAScale());
    Type f32 = rewriter.getF32Type(), f64 = rewriter.getF64Type();
    auto inScaleType = [&](Value v) {
      return castElements(rewriter, loc,
                          castElements(rewriter, loc, v, scaleElement), f32);
    };
    Value aScale = castElements(rewriter, loc, adaptor.getAScale(), f32);
    Value bScale = castElements(rewriter, loc, adaptor.getBScale(), f32);
    Value yScale = castElements(rewriter, loc, adaptor.getYScale(), f32);
    auto higherRank = [](Value x, Value y) {
      return cast<RankedTensorType>(x.getType()).getRank() >=
                     cast<RankedTensorType>(y.getType()).getRank()
                 ? x.getType()
                 : y.getType();
    };
    Value factor = inScaleType(Paddle::ElementwiseMulOp::create(
        rewriter, loc, higherRank(bScale, aScale), bScale, aScale,
        rewriter.getSI32IntegerAttr(-1)));
    factor = inScaleType(Paddle::ElementwiseDivOp::create(
        rewriter, loc, higherRank(factor, yScale), factor, yScale,
        rewriter.getSI32IntegerAttr(-1)));
    factor = castElements(rewriter, loc, factor, f64);

    Type f64Type = withElementType(op.getType(), f64);
    Value y = Paddle::ElementwiseMulOp::create(
        rewriter, loc, f64Type, castElements(rewriter, loc, product, f64),
        factor, rewriter.getSI32IntegerAttr(-1));
    y = Paddle::ElementwiseAddOp::create(
        rewriter, loc, f64Type, y,
        castElements(rewriter, loc, adaptor.getYZeroPoint(), f64),
        rewriter.getSI32IntegerAttr(-1));
    y = Paddle::RoundOp::create(rewriter, loc, f64Type, y,
                                rewriter.getSI32IntegerAttr(0));
    y = Paddle::ClipOp::create(
        rewriter, loc, f64Type, y, /*Min_=*/Value(), /*Max_=*/Value(),
        rewriter.getF32FloatAttr(static_cast<float>(range->first)),
        rewriter.getF32FloatAttr(static_cast<float>(range->second)));
    rewriter.replaceOp(op, castElements(rewriter, loc, y, element));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateQuantizePatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<QuantizeLinearToElementwise, DequantizeLinearToElementwise,
               MatMulIntegerToMatmulV2, QLinearMatMulToElementwise>(
      converter, patterns.getContext(), failures);
}
