//===- ShapeTensors.cpp - values every family builds: casts, shapes -------===//
//
// Dynamic shapes stay dynamic in the converted model, so patterns compute
// shape vectors at run time (paddle.shape, which yields int32 where ONNX's
// Shape yields int64), cast between element types and create small filled
// tensors. These helpers build those values the one way the exporter and
// Paddle's kernels accept.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleKernels.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <cmath>
#include <cstdio>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;

Value x2p::onnx_to_paddle::castElements(OpBuilder &builder, Location loc,
                                        Value value, Type elementType) {
  auto type = cast<TensorType>(value.getType());
  if (type.getElementType() == elementType)
    return value;
  int32_t from = *Paddle::varTypeCodeOf(type.getElementType());
  int32_t to = *Paddle::varTypeCodeOf(elementType);
  return Paddle::CastOp::create(builder, loc, type.clone(elementType), value,
                                builder.getSI32IntegerAttr(from),
                                builder.getSI32IntegerAttr(to));
}

Value x2p::onnx_to_paddle::shapeTensorOf(OpBuilder &builder, Location loc,
                                         Value value, Type elementType) {
  auto type = cast<TensorType>(value.getType());
  int64_t rank = type.hasRank() ? type.getRank() : ShapedType::kDynamic;
  // Paddle's CPU shape kernel has no f16/bf16 variant (fp16 models): the
  // dims of an f32 copy are the same, and a copy of a parameter is folded
  // by Paddle's constant_folding_pass.
  if (isa<FloatType>(type.getElementType()) &&
      !Paddle::hasCpuKernel(Paddle::ShapeOp::getOperationName(),
                            type.getElementType())) {
    value = castElements(builder, loc, value, builder.getF32Type());
  }
  Value shape = Paddle::ShapeOp::create(
      builder, loc, RankedTensorType::get({rank}, builder.getI32Type()), value);
  return castElements(builder, loc, shape, elementType);
}

Value x2p::onnx_to_paddle::filledTensor(OpBuilder &builder, Location loc,
                                        ArrayRef<int64_t> shape,
                                        Type elementType, double value) {
  // `value` is a float attribute; values a float cannot hold exactly
  // travel as str_value, which Paddle parses as a double.
  std::string text;
  if (!std::isnan(value) &&
      static_cast<double>(static_cast<float>(value)) != value) {
    char buffer[32];
    if (isa<IntegerType>(elementType))
      std::snprintf(buffer, sizeof(buffer), "%lld",
                    static_cast<long long>(value));
    else
      std::snprintf(buffer, sizeof(buffer), "%.17g", value);
    text = buffer;
  }
  return Paddle::FillConstantOp::create(
      builder, loc, RankedTensorType::get(shape, elementType),
      /*ValueTensor=*/Value(), /*ShapeTensor=*/Value(),
      /*ShapeTensorList=*/ValueRange{},
      builder.getSI32IntegerAttr(*Paddle::varTypeCodeOf(elementType)),
      builder.getDenseI64ArrayAttr(shape),
      builder.getF32FloatAttr(static_cast<float>(value)),
      builder.getStringAttr(text));
}

Type x2p::onnx_to_paddle::withElementType(Type type, Type element) {
  return cast<ShapedType>(type).clone(element);
}
