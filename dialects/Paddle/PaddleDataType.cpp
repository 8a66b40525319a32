//===- PaddleDataType.cpp - Paddle VarType codes and MLIR types -----------===//
//
// The one table between Paddle's VarType.Type element codes and builtin
// MLIR element types. Paddle's ints are signless in MLIR except the
// unsigned ones; the dialect's tensors are the subset its ops take.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDataType.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

using namespace mlir;
using x2p::Paddle::VarTypeCode;

static int32_t code(VarTypeCode c) { return static_cast<int32_t>(c); }

/// True for the element types of the dialect's tensors: no complex, no
/// explicitly signed integers, no unsigned ones but ui8.
static bool isDialectElementType(Type type) {
  if (isa<ComplexType>(type))
    return false;
  auto integer = dyn_cast<IntegerType>(type);
  return !integer || integer.isSignless() ||
         (integer.isUnsigned() && integer.getWidth() == 8);
}

std::optional<int32_t> x2p::Paddle::toVarType(Type type) {
  if (type.isF16())
    return code(VarTypeCode::FP16);
  if (type.isBF16())
    return code(VarTypeCode::BF16);
  if (type.isF32())
    return code(VarTypeCode::FP32);
  if (type.isF64())
    return code(VarTypeCode::FP64);
  if (auto complex = dyn_cast<ComplexType>(type)) {
    if (complex.getElementType().isF32())
      return code(VarTypeCode::COMPLEX64);
    if (complex.getElementType().isF64())
      return code(VarTypeCode::COMPLEX128);
    return std::nullopt;
  }
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer)
    return std::nullopt;
  unsigned width = integer.getWidth();
  if (width == 1)
    return code(VarTypeCode::BOOL);
  if (integer.isUnsigned()) {
    switch (width) {
    case 8:
      return code(VarTypeCode::UINT8);
    case 16:
      return code(VarTypeCode::UINT16);
    case 32:
      return code(VarTypeCode::UINT32);
    case 64:
      return code(VarTypeCode::UINT64);
    }
    return std::nullopt;
  }
  // Signless and signed integers are Paddle's signed types.
  switch (width) {
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

Type x2p::Paddle::fromVarType(int32_t varType, MLIRContext *context) {
  auto uint = [&](unsigned width) {
    return IntegerType::get(context, width, IntegerType::Unsigned);
  };
  switch (static_cast<VarTypeCode>(varType)) {
  case VarTypeCode::BOOL:
    return IntegerType::get(context, 1);
  case VarTypeCode::INT8:
    return IntegerType::get(context, 8);
  case VarTypeCode::INT16:
    return IntegerType::get(context, 16);
  case VarTypeCode::INT32:
    return IntegerType::get(context, 32);
  case VarTypeCode::INT64:
    return IntegerType::get(context, 64);
  case VarTypeCode::UINT8:
    return uint(8);
  case VarTypeCode::UINT16:
    return uint(16);
  case VarTypeCode::UINT32:
    return uint(32);
  case VarTypeCode::UINT64:
    return uint(64);
  case VarTypeCode::FP16:
    return Float16Type::get(context);
  case VarTypeCode::BF16:
    return BFloat16Type::get(context);
  case VarTypeCode::FP32:
    return Float32Type::get(context);
  case VarTypeCode::FP64:
    return Float64Type::get(context);
  case VarTypeCode::COMPLEX64:
    return ComplexType::get(Float32Type::get(context));
  case VarTypeCode::COMPLEX128:
    return ComplexType::get(Float64Type::get(context));
  case VarTypeCode::SIZE_T:
  case VarTypeCode::STRING:
  case VarTypeCode::FP8_E4M3FN:
  case VarTypeCode::FP8_E5M2:
    break;
  }
  return Type();
}

Type x2p::Paddle::elementTypeOf(int32_t varType, MLIRContext *context) {
  Type type = fromVarType(varType, context);
  return type && isDialectElementType(type) ? type : Type();
}

std::optional<int32_t> x2p::Paddle::varTypeCodeOf(Type type) {
  if (!isDialectElementType(type))
    return std::nullopt;
  return toVarType(type);
}

unsigned x2p::Paddle::varTypeByteWidth(int32_t varType) {
  switch (static_cast<VarTypeCode>(varType)) {
  case VarTypeCode::BOOL:
  case VarTypeCode::INT8:
  case VarTypeCode::UINT8:
    return 1;
  case VarTypeCode::INT16:
  case VarTypeCode::UINT16:
  case VarTypeCode::FP16:
  case VarTypeCode::BF16:
    return 2;
  case VarTypeCode::INT32:
  case VarTypeCode::UINT32:
  case VarTypeCode::FP32:
    return 4;
  case VarTypeCode::INT64:
  case VarTypeCode::UINT64:
  case VarTypeCode::FP64:
  case VarTypeCode::COMPLEX64:
    return 8;
  case VarTypeCode::COMPLEX128:
    return 16;
  case VarTypeCode::SIZE_T:
  case VarTypeCode::STRING:
  case VarTypeCode::FP8_E4M3FN:
  case VarTypeCode::FP8_E5M2:
    break;
  }
  return 0;
}

const char *x2p::Paddle::varTypeName(int32_t varType) {
  switch (static_cast<VarTypeCode>(varType)) {
  case VarTypeCode::BOOL:
    return "BOOL";
  case VarTypeCode::INT8:
    return "INT8";
  case VarTypeCode::INT16:
    return "INT16";
  case VarTypeCode::INT32:
    return "INT32";
  case VarTypeCode::INT64:
    return "INT64";
  case VarTypeCode::UINT8:
    return "UINT8";
  case VarTypeCode::UINT16:
    return "UINT16";
  case VarTypeCode::UINT32:
    return "UINT32";
  case VarTypeCode::UINT64:
    return "UINT64";
  case VarTypeCode::FP16:
    return "FP16";
  case VarTypeCode::BF16:
    return "BF16";
  case VarTypeCode::FP32:
    return "FP32";
  case VarTypeCode::FP64:
    return "FP64";
  case VarTypeCode::COMPLEX64:
    return "COMPLEX64";
  case VarTypeCode::COMPLEX128:
    return "COMPLEX128";
  case VarTypeCode::SIZE_T:
    return "SIZE_T";
  case VarTypeCode::STRING:
    return "STRING";
  case VarTypeCode::FP8_E4M3FN:
    return "FP8_E4M3FN";
  case VarTypeCode::FP8_E5M2:
    return "FP8_E5M2";
  }
  return "an unknown type";
}
