//===- ONNXDataType.cpp - ONNX's TensorProto data types as MLIR types -----===//
//
// The element-type part of the onnx dialect contract (docs/design.md), by
// TensorProto.DataType number.
//
//===----------------------------------------------------------------------===//
#include "dialects/ONNX/ONNXDataType.h"
#include "dialects/ONNX/ONNXDialect.h"

#include "mlir/IR/Builders.h"

using namespace mlir;

Type x2p::ONNX::getElementTypeOfDataType(MLIRContext *context,
                                         int64_t dataType) {
  Builder b(context);
  auto sint = [&](unsigned width) { return b.getIntegerType(width); };
  auto uint = [&](unsigned width) {
    return b.getIntegerType(width, /*isSigned=*/false);
  };
  switch (dataType) {
  case 1:
    return b.getF32Type(); // FLOAT
  case 2:
    return uint(8); // UINT8
  case 3:
    return sint(8); // INT8
  case 4:
    return uint(16); // UINT16
  case 5:
    return sint(16); // INT16
  case 6:
    return sint(32); // INT32
  case 7:
    return sint(64); // INT64
  case 8:
    return StringType::get(context); // STRING
  case 9:
    return b.getI1Type(); // BOOL
  case 10:
    return b.getF16Type(); // FLOAT16
  case 11:
    return b.getF64Type(); // DOUBLE
  case 12:
    return uint(32); // UINT32
  case 13:
    return uint(64); // UINT64
  case 14:
    return ComplexType::get(b.getF32Type()); // COMPLEX64
  case 15:
    return ComplexType::get(b.getF64Type()); // COMPLEX128
  case 16:
    return b.getBF16Type(); // BFLOAT16
  case 17:
    return Float8E4M3FNType::get(context); // FLOAT8E4M3FN
  case 18:
    return Float8E4M3FNUZType::get(context); // FLOAT8E4M3FNUZ
  case 19:
    return Float8E5M2Type::get(context); // FLOAT8E5M2
  case 20:
    return Float8E5M2FNUZType::get(context); // FLOAT8E5M2FNUZ
  case 21:
    return uint(4); // UINT4
  case 22:
    return sint(4); // INT4
  case 23:
    return Float4E2M1FNType::get(context); // FLOAT4E2M1
  case 24:
    return Float8E8M0FNUType::get(context); // FLOAT8E8M0
  case 25:
    return uint(2); // UINT2
  case 26:
    return sint(2); // INT2
  default:
    return Type();
  }
}
