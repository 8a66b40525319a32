//===- ONNXDataType.cpp - ONNX's TensorProto data types as MLIR types -----===//
//
// The element-type part of the onnx dialect contract (docs/design.md), by
// TensorProto.DataType number.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "x2p/Dialect/ONNX/ONNXDialect.h"

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
  case DataType::FLOAT:
    return b.getF32Type();
  case DataType::UINT8:
    return uint(8);
  case DataType::INT8:
    return sint(8);
  case DataType::UINT16:
    return uint(16);
  case DataType::INT16:
    return sint(16);
  case DataType::INT32:
    return sint(32);
  case DataType::INT64:
    return sint(64);
  case DataType::STRING:
    return StringType::get(context);
  case DataType::BOOL:
    return b.getI1Type();
  case DataType::FLOAT16:
    return b.getF16Type();
  case DataType::DOUBLE:
    return b.getF64Type();
  case DataType::UINT32:
    return uint(32);
  case DataType::UINT64:
    return uint(64);
  case DataType::COMPLEX64:
    return ComplexType::get(b.getF32Type());
  case DataType::COMPLEX128:
    return ComplexType::get(b.getF64Type());
  case DataType::BFLOAT16:
    return b.getBF16Type();
  case DataType::FLOAT8E4M3FN:
    return Float8E4M3FNType::get(context);
  case DataType::FLOAT8E4M3FNUZ:
    return Float8E4M3FNUZType::get(context);
  case DataType::FLOAT8E5M2:
    return Float8E5M2Type::get(context);
  case DataType::FLOAT8E5M2FNUZ:
    return Float8E5M2FNUZType::get(context);
  case DataType::UINT4:
    return uint(4);
  case DataType::INT4:
    return sint(4);
  case DataType::FLOAT4E2M1:
    return Float4E2M1FNType::get(context);
  case DataType::FLOAT8E8M0:
    return Float8E8M0FNUType::get(context);
  case DataType::UINT2:
    return uint(2);
  case DataType::INT2:
    return sint(2);
  default:
    return Type();
  }
}
