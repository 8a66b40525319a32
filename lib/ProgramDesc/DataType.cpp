//===- DataType.cpp - MLIR element types as Paddle VarType.Type -----------===//
//
// Numbers are Paddle's framework.proto VarType.Type values (checked against
// the installed Paddle by test/ProgramDesc/framework-proto.test).
//
//===----------------------------------------------------------------------===//
#include "x2p/ProgramDesc/DataType.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/MLIRContext.h"

using namespace mlir;

namespace {
enum VarType : int {
  BOOL = 0,
  INT16 = 1,
  INT32 = 2,
  INT64 = 3,
  FP16 = 4,
  FP32 = 5,
  FP64 = 6,
  UINT8 = 20,
  INT8 = 21,
  BF16 = 22,
  COMPLEX64 = 23,
  COMPLEX128 = 24,
  UINT16 = 36,
  UINT32 = 37,
  UINT64 = 38,
};
} // namespace

std::optional<int> x2p::programdesc::toVarType(Type type) {
  if (type.isF32())
    return FP32;
  if (type.isF64())
    return FP64;
  if (type.isF16())
    return FP16;
  if (type.isBF16())
    return BF16;
  if (auto complex = dyn_cast<ComplexType>(type)) {
    if (complex.getElementType().isF32())
      return COMPLEX64;
    if (complex.getElementType().isF64())
      return COMPLEX128;
    return std::nullopt;
  }
  auto integer = dyn_cast<IntegerType>(type);
  if (!integer)
    return std::nullopt;
  unsigned width = integer.getWidth();
  if (width == 1)
    return BOOL;
  if (integer.isUnsigned()) {
    switch (width) {
    case 8:
      return UINT8;
    case 16:
      return UINT16;
    case 32:
      return UINT32;
    case 64:
      return UINT64;
    }
    return std::nullopt;
  }
  // Signless and signed integers are Paddle's signed types.
  switch (width) {
  case 8:
    return INT8;
  case 16:
    return INT16;
  case 32:
    return INT32;
  case 64:
    return INT64;
  }
  return std::nullopt;
}

Type x2p::programdesc::fromVarType(int varType, MLIRContext *context) {
  Builder b(context);
  switch (varType) {
  case BOOL:
    return b.getI1Type();
  case INT8:
    return b.getIntegerType(8);
  case INT16:
    return b.getIntegerType(16);
  case INT32:
    return b.getI32Type();
  case INT64:
    return b.getI64Type();
  case UINT8:
    return b.getIntegerType(8, /*isSigned=*/false);
  case UINT16:
    return b.getIntegerType(16, /*isSigned=*/false);
  case UINT32:
    return b.getIntegerType(32, /*isSigned=*/false);
  case UINT64:
    return b.getIntegerType(64, /*isSigned=*/false);
  case FP16:
    return b.getF16Type();
  case BF16:
    return b.getBF16Type();
  case FP32:
    return b.getF32Type();
  case FP64:
    return b.getF64Type();
  case COMPLEX64:
    return ComplexType::get(b.getF32Type());
  case COMPLEX128:
    return ComplexType::get(b.getF64Type());
  }
  return Type();
}

unsigned x2p::programdesc::varTypeByteWidth(int varType) {
  switch (varType) {
  case BOOL:
  case INT8:
  case UINT8:
    return 1;
  case INT16:
  case UINT16:
  case FP16:
  case BF16:
    return 2;
  case INT32:
  case UINT32:
  case FP32:
    return 4;
  case INT64:
  case UINT64:
  case FP64:
  case COMPLEX64:
    return 8;
  case COMPLEX128:
    return 16;
  }
  return 0;
}

const char *x2p::programdesc::varTypeName(int varType) {
  switch (varType) {
  case BOOL:
    return "BOOL";
  case INT8:
    return "INT8";
  case INT16:
    return "INT16";
  case INT32:
    return "INT32";
  case INT64:
    return "INT64";
  case UINT8:
    return "UINT8";
  case UINT16:
    return "UINT16";
  case UINT32:
    return "UINT32";
  case UINT64:
    return "UINT64";
  case FP16:
    return "FP16";
  case BF16:
    return "BF16";
  case FP32:
    return "FP32";
  case FP64:
    return "FP64";
  case COMPLEX64:
    return "COMPLEX64";
  case COMPLEX128:
    return "COMPLEX128";
  case 19:
    return "SIZE_T";
  case 25:
    return "STRING";
  case 32:
    return "FP8_E4M3FN";
  case 33:
    return "FP8_E5M2";
  }
  return "an unknown type";
}
