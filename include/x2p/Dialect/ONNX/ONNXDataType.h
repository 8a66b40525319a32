//===- ONNXDataType.h - ONNX's TensorProto data types as MLIR types ------===//
//
// ONNX names element types by TensorProto.DataType numbers (Cast's `to`,
// RandomNormal's `dtype`, ...). The dialect contract maps each to one MLIR
// type; this is that map, for the verifiers and for any code that reads
// such attributes.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_ONNXDATATYPE_H
#define X2P_DIALECT_ONNX_ONNXDATATYPE_H

#include "mlir/IR/Types.h"

namespace x2p::ONNX {

namespace DataType {
/// TensorProto.DataType, by the names onnx.proto gives them.
enum : int64_t {
  UNDEFINED = 0,
  FLOAT = 1,
  UINT8 = 2,
  INT8 = 3,
  UINT16 = 4,
  INT16 = 5,
  INT32 = 6,
  INT64 = 7,
  STRING = 8,
  BOOL = 9,
  FLOAT16 = 10,
  DOUBLE = 11,
  UINT32 = 12,
  UINT64 = 13,
  COMPLEX64 = 14,
  COMPLEX128 = 15,
  BFLOAT16 = 16,
  FLOAT8E4M3FN = 17,
  FLOAT8E4M3FNUZ = 18,
  FLOAT8E5M2 = 19,
  FLOAT8E5M2FNUZ = 20,
  UINT4 = 21,
  INT4 = 22,
  FLOAT4E2M1 = 23,
  FLOAT8E8M0 = 24,
  UINT2 = 25,
  INT2 = 26,
};
} // namespace DataType

/// The element type of TensorProto data type `dataType` (FLOAT is f32, INT64
/// i64, STRING !onnx.String, ...), or a null type for UNDEFINED and unknown
/// numbers.
mlir::Type getElementTypeOfDataType(mlir::MLIRContext *context,
                                    int64_t dataType);

} // namespace x2p::ONNX

#endif // X2P_DIALECT_ONNX_ONNXDATATYPE_H
