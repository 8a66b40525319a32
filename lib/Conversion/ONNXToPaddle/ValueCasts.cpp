//===- ValueCasts.cpp - converting a value's element type -----------------===//
//
// Patterns that must compute in another element type than ONNX's (a kernel
// Paddle lacks, an int64 shape where Paddle gives int32) insert a
// paddle.cast; this builds it with the VarType codes its verifier checks.
//
//===----------------------------------------------------------------------===//
#include "Patterns.h"

#include "dialects/Paddle/PaddleDataType.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p;

Value x2p::onnx_to_paddle::castElements(OpBuilder &builder, Location loc,
                                        Value value, Type elementType) {
  Type from = getElementTypeOrSelf(value.getType());
  if (from == elementType)
    return value;
  std::optional<int32_t> in = Paddle::varTypeCodeOf(from);
  std::optional<int32_t> out = Paddle::varTypeCodeOf(elementType);
  assert(in && out && "cast between types Paddle has no code for");
  return Paddle::CastOp::create(
      builder, loc, cast<ShapedType>(value.getType()).clone(elementType),
      value, builder.getSI32IntegerAttr(*in), builder.getSI32IntegerAttr(*out));
}
