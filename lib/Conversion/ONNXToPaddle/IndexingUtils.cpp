//===- IndexingUtils.cpp - helpers of the indexing patterns ---------------===//
//
// Builders shared by the indexing pattern files; see IndexingUtils.h.
//
//===----------------------------------------------------------------------===//
#include "IndexingUtils.h"

#include "mlir/Dialect/Traits.h"

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

Value x2p::onnx_to_paddle::fillLike(OpBuilder &builder, Location loc,
                                    Value like, double value, Type element) {
  Type likeElement = getElementTypeOrSelf(like.getType());
  int32_t dtype = -1;
  if (element && element != likeElement)
    dtype = *Paddle::varTypeCodeOf(element);
  else
    element = likeElement;
  return Paddle::FillAnyLikeOp::create(
      builder, loc, withElementType(like.getType(), element), like,
      builder.getF32FloatAttr(static_cast<float>(value)),
      builder.getSI32IntegerAttr(dtype));
}

Value x2p::onnx_to_paddle::fillConstant(OpBuilder &builder, Location loc,
                                        ArrayRef<int64_t> shape, Type element,
                                        double value) {
  return Paddle::FillConstantOp::create(
      builder, loc, RankedTensorType::get(shape, element), Value(), Value(),
      ValueRange{}, builder.getSI32IntegerAttr(*Paddle::varTypeCodeOf(element)),
      builder.getDenseI64ArrayAttr(shape),
      builder.getF32FloatAttr(static_cast<float>(value)),
      builder.getStringAttr(""));
}

Value x2p::onnx_to_paddle::castTo(OpBuilder &builder, Location loc,
                                  Value value, Type element) {
  Type from = getElementTypeOrSelf(value.getType());
  if (from == element)
    return value;
  return Paddle::CastOp::create(
      builder, loc, withElementType(value.getType(), element), value,
      builder.getSI32IntegerAttr(*Paddle::varTypeCodeOf(from)),
      builder.getSI32IntegerAttr(*Paddle::varTypeCodeOf(element)));
}

SmallVector<Value> x2p::onnx_to_paddle::broadcastAll(OpBuilder &builder,
                                                     Location loc,
                                                     ValueRange values,
                                                     ArrayRef<int64_t> shape,
                                                     ValueRange others) {
  bool dynamic = ShapedType::isDynamicShape(shape);
  Type i32 = builder.getI32Type();
  Value target;
  SmallVector<Value> out;
  for (Value v : values) {
    auto type = cast<RankedTensorType>(v.getType());
    if (!dynamic && type.getShape() == shape) {
      out.push_back(v);
      continue;
    }
    auto resultType = RankedTensorType::get(shape, type.getElementType());
    if (!dynamic) {
      SmallVector<int32_t> dims(shape.begin(), shape.end());
      out.push_back(Paddle::ExpandV2Op::create(
          builder, loc, resultType, v, Value(), ValueRange{},
          builder.getDenseI32ArrayAttr(dims)));
      continue;
    }
    if (!target) {
      // Zeros of the broadcast shape: its run-time dims are the target.
      Value acc;
      SmallVector<Value> sources(values);
      llvm::append_range(sources, others);
      for (Value w : sources) {
        Value zeros = fillLike(builder, loc, w, 0.0, i32);
        if (!acc) {
          acc = zeros;
          continue;
        }
        SmallVector<int64_t> dims;
        if (!OpTrait::util::getBroadcastedShape(
                cast<RankedTensorType>(acc.getType()).getShape(),
                cast<RankedTensorType>(zeros.getType()).getShape(), dims))
          dims.assign(shape.begin(), shape.end());
        acc = Paddle::ElementwiseAddOp::create(
            builder, loc, RankedTensorType::get(dims, i32), acc, zeros,
            builder.getSI32IntegerAttr(-1));
      }
      int64_t rank = cast<RankedTensorType>(acc.getType()).getRank();
      target = Paddle::ShapeOp::create(
          builder, loc, RankedTensorType::get({rank}, i32), acc);
    }
    out.push_back(Paddle::ExpandV2Op::create(builder, loc, resultType, v,
                                             target, ValueRange{},
                                             builder.getDenseI32ArrayAttr({})));
  }
  return out;
}

Value x2p::onnx_to_paddle::dimSize(OpBuilder &builder, Location loc,
                                   Value value, int64_t i) {
  auto type = cast<RankedTensorType>(value.getType());
  Type i64 = builder.getI64Type(), i32 = builder.getI32Type();
  int64_t dim = type.getDimSize(i);
  if (!ShapedType::isDynamic(dim))
    return fillConstant(builder, loc, {1}, i64, static_cast<double>(dim));
  Value shape = Paddle::ShapeOp::create(
      builder, loc, RankedTensorType::get({type.getRank()}, i32), value);
  Value size = Paddle::SliceOp::create(
      builder, loc, RankedTensorType::get({1}, i32), shape, Value(), Value(),
      ValueRange{}, ValueRange{}, builder.getDenseI32ArrayAttr({0}),
      builder.getDenseI32ArrayAttr({static_cast<int32_t>(i)}),
      builder.getDenseI32ArrayAttr({static_cast<int32_t>(i + 1)}),
      builder.getDenseI32ArrayAttr({1}), builder.getDenseI32ArrayAttr({}));
  return castTo(builder, loc, size, i64);
}

Value x2p::onnx_to_paddle::dimRange(OpBuilder &builder, Location loc,
                                    Value value, int64_t i) {
  auto type = cast<RankedTensorType>(value.getType());
  Type i64 = builder.getI64Type();
  int64_t dim = type.getDimSize(i);
  Value end = dimSize(builder, loc, value, i);
  // One statement per op: argument evaluation order is unspecified, and
  // the output must not depend on the compiler.
  Value start = fillConstant(builder, loc, {1}, i64, 0);
  Value step = fillConstant(builder, loc, {1}, i64, 1);
  return Paddle::RangeOp::create(builder, loc, RankedTensorType::get({dim}, i64),
                                 start, end, step);
}
