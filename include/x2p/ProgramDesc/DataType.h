//===- DataType.h - MLIR element types as Paddle VarType.Type ---*- C++ -*-===//
//
// The one mapping between MLIR element types and Paddle's VarType.Type
// numbers, shared by the exporter (which writes VarDescs and params) and the
// importer (which reads them back).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_PROGRAMDESC_DATATYPE_H
#define X2P_PROGRAMDESC_DATATYPE_H

#include "mlir/IR/Types.h"
#include <optional>

namespace x2p::programdesc {

/// Paddle's VarType.Type for an element type, or nullopt if Paddle has none.
std::optional<int> toVarType(mlir::Type elementType);

/// The element type of a Paddle VarType.Type, or a null type.
mlir::Type fromVarType(int varType, mlir::MLIRContext *context);

/// Bytes per element of a Paddle data type (0 for non-tensor types).
unsigned varTypeByteWidth(int varType);

/// Paddle's name of a VarType.Type value ("FP32", ...), for messages.
const char *varTypeName(int varType);

} // namespace x2p::programdesc

#endif // X2P_PROGRAMDESC_DATATYPE_H
