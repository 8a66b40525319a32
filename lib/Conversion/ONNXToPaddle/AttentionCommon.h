//===- AttentionCommon.h - helpers of the attention family ------*- C++ -*-===//
//
// Attention.cpp and AttentionBlocks.cpp decompose ONNX's transformer ops
// into many small paddle ops whose result shapes follow their operands';
// OpBuild builds those with the types derived once, here.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_CONVERSION_ONNXTOPADDLE_ATTENTIONCOMMON_H
#define X2P_LIB_CONVERSION_ONNXTOPADDLE_ATTENTIONCOMMON_H

#include "NNCommon.h"
#include "Patterns.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/Dialect/Traits.h"
#include "mlir/Transforms/DialectConversion.h"

namespace x2p::onnx_to_paddle::attention {

using mlir::ArrayRef;
using mlir::Location;
using mlir::RankedTensorType;
using mlir::ShapedType;
using mlir::SmallVector;
using mlir::Type;
using mlir::TypeRange;
using mlir::Value;
using mlir::ValueRange;

inline bool isUsed(Value v) { return v && !isNone(v) && !v.use_empty(); }
inline bool isPresent(Value v) { return v && !isNone(v); }

/// True when `from` broadcasts (numpy rules) to `to` without widening it;
/// a dynamic dim of `to` takes anything.
inline bool broadcastsTo(ArrayRef<int64_t> from, ArrayRef<int64_t> to) {
  SmallVector<int64_t> out;
  if (!mlir::OpTrait::util::getBroadcastedShape(from, to, out) ||
      out.size() != to.size())
    return false;
  for (auto [o, t] : llvm::zip(out, to))
    if (o != t && !ShapedType::isDynamic(t))
      return false;
  return true;
}

/// The float type Paddle computes `type` in: f64 stays, the rest (f32,
/// f16, bf16) run in f32, which represents f16/bf16 exactly.
inline Type computeFloat(Type type) {
  if (type.isF64())
    return type;
  return mlir::Float32Type::get(type.getContext());
}

/// Builds the decompositions' ops; result shapes follow the operands'
/// (static where known).
struct OpBuild {
  mlir::ConversionPatternRewriter &b;
  Location loc;

  SmallVector<int64_t> dims(Value v) {
    return SmallVector<int64_t>(
        llvm::cast<RankedTensorType>(v.getType()).getShape());
  }
  Type elem(Value v) {
    return llvm::cast<ShapedType>(v.getType()).getElementType();
  }
  RankedTensorType type(ArrayRef<int64_t> shape, Type element) {
    return RankedTensorType::get(shape, element);
  }

  Value castTo(Value v, Type element) {
    return castElements(b, loc, v, element);
  }
  /// x * s + bias.
  Value scale(Value x, double s, double bias = 0.0) {
    return x2p::Paddle::ScaleOp::create(
        b, loc, x.getType(), x, Value(), Value(),
        b.getF32FloatAttr(static_cast<float>(s)),
        b.getF32FloatAttr(static_cast<float>(bias)), b.getBoolAttr(true));
  }
  /// The numpy broadcast of two operands' shapes; empty when they do not
  /// broadcast.
  SmallVector<int64_t> broadcast(Value x, Value y) {
    SmallVector<int64_t> out;
    if (!mlir::OpTrait::util::getBroadcastedShape(dims(x), dims(y), out))
      return {};
    return out;
  }
  template <typename OpTy> Value binary(Value x, Value y) {
    return OpTy::create(b, loc, type(broadcast(x, y), elem(x)), x, y,
                        b.getSI32IntegerAttr(-1));
  }
  Value add(Value x, Value y) {
    return binary<x2p::Paddle::ElementwiseAddOp>(x, y);
  }
  Value mul(Value x, Value y) {
    return binary<x2p::Paddle::ElementwiseMulOp>(x, y);
  }
  Value transpose(Value x, ArrayRef<int32_t> perm) {
    SmallVector<int64_t> in = dims(x), out;
    for (int32_t p : perm)
      out.push_back(in[p]);
    SmallVector<int64_t> xshape{0};
    llvm::append_range(xshape, in);
    return x2p::Paddle::Transpose2Op::create(
               b, loc, TypeRange{type(out, elem(x)), type(xshape, elem(x))}, x,
               b.getDenseI32ArrayAttr(perm))
        .getOut();
  }
  Value reshapeTo(Value x, ArrayRef<int32_t> shape, ArrayRef<int64_t> out) {
    return nn::reshape(b, loc, x, shape, type(out, elem(x)));
  }
  Value concat(ValueRange xs, int32_t axis) {
    SmallVector<int64_t> out = dims(xs.front());
    for (Value x : xs.drop_front()) {
      int64_t d = dims(x)[axis];
      out[axis] = ShapedType::isDynamic(out[axis]) || ShapedType::isDynamic(d)
                      ? ShapedType::kDynamic
                      : out[axis] + d;
    }
    return x2p::Paddle::ConcatOp::create(b, loc, type(out, elem(xs.front())),
                                         xs, Value(),
                                         b.getSI32IntegerAttr(axis));
  }
  Value matmul(Value x, Value y, bool transY) {
    SmallVector<int64_t> dx = dims(x), dy = dims(y);
    SmallVector<int64_t> out(dx.begin(), dx.end() - 1);
    out.push_back(transY ? dy[dy.size() - 2] : dy.back());
    return x2p::Paddle::MatmulV2Op::create(b, loc, type(out, elem(x)), x, y,
                                           b.getBoolAttr(false),
                                           b.getBoolAttr(transY));
  }
  Value filled(ArrayRef<int64_t> shape, Type element, double value) {
    return filledTensor(b, loc, shape, element, value);
  }
  /// `value` cast to `result`'s element type, for the op's result `result`
  /// (an assign where the declared type is less static than the built one).
  Value finish(Value value, Value result) {
    value = castTo(value,
                   llvm::cast<ShapedType>(result.getType()).getElementType());
    if (value.getType() != result.getType())
      value = x2p::Paddle::AssignOp::create(b, loc, result.getType(), value);
    return value;
  }
};

} // namespace x2p::onnx_to_paddle::attention

#endif // X2P_LIB_CONVERSION_ONNXTOPADDLE_ATTENTIONCOMMON_H
