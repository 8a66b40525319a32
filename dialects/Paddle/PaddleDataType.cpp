//===- PaddleDataType.cpp - Paddle VarType codes and MLIR types -----------===//
//
// The one table between Paddle's VarType.Type element codes and builtin
// MLIR element types. Paddle's ints are signless in MLIR except uint8.
//
//===----------------------------------------------------------------------===//
#include "dialects/Paddle/PaddleDataType.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

using namespace mlir;

Type x2p::Paddle::elementTypeOf(int32_t code, MLIRContext *context) {
  switch (static_cast<VarTypeCode>(code)) {
  case VarTypeCode::BOOL:
    return IntegerType::get(context, 1);
  case VarTypeCode::INT16:
    return IntegerType::get(context, 16);
  case VarTypeCode::INT32:
    return IntegerType::get(context, 32);
  case VarTypeCode::INT64:
    return IntegerType::get(context, 64);
  case VarTypeCode::FP16:
    return Float16Type::get(context);
  case VarTypeCode::FP32:
    return Float32Type::get(context);
  case VarTypeCode::FP64:
    return Float64Type::get(context);
  case VarTypeCode::UINT8:
    return IntegerType::get(context, 8, IntegerType::Unsigned);
  case VarTypeCode::INT8:
    return IntegerType::get(context, 8);
  case VarTypeCode::BF16:
    return BFloat16Type::get(context);
  }
  return {};
}

std::optional<int32_t> x2p::Paddle::varTypeCodeOf(Type type) {
  auto code = [](VarTypeCode c) { return static_cast<int32_t>(c); };
  if (type.isF16())
    return code(VarTypeCode::FP16);
  if (type.isBF16())
    return code(VarTypeCode::BF16);
  if (type.isF32())
    return code(VarTypeCode::FP32);
  if (type.isF64())
    return code(VarTypeCode::FP64);
  auto integer = dyn_cast<IntegerType>(type);
  // The dialect's tensors are signless (and ui8); an explicitly signed
  // integer never reaches Paddle.
  if (!integer || integer.isSigned())
    return std::nullopt;
  if (integer.isUnsigned())
    return integer.getWidth() == 8 ? std::optional(code(VarTypeCode::UINT8))
                                   : std::nullopt;
  switch (integer.getWidth()) {
  case 1:
    return code(VarTypeCode::BOOL);
  case 8:
    return code(VarTypeCode::INT8);
  case 16:
    return code(VarTypeCode::INT16);
  case 32:
    return code(VarTypeCode::INT32);
  case 64:
    return code(VarTypeCode::INT64);
  }
  return std::nullopt;
}
