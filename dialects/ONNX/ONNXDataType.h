//===- ONNXDataType.h - ONNX's TensorProto data types as MLIR types -*- C++
//-*-===//
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

/// The element type of TensorProto data type `dataType` (1 is f32, 7 is i64,
/// 8 is !onnx.String, ...), or a null type for UNDEFINED and unknown numbers.
mlir::Type getElementTypeOfDataType(mlir::MLIRContext *context,
                                    int64_t dataType);

} // namespace x2p::ONNX

#endif // X2P_DIALECT_ONNX_ONNXDATATYPE_H
