//===- PaddleDataType.h - Paddle VarType codes and MLIR types ---*- C++ -*-===//
//
// Ops such as cast, fill_constant and arg_max name element types by
// Paddle's VarType.Type code in an INT attribute. Verifiers hold those codes
// against the operand and result types; the exporter and importer need the
// same table, so it lives here once.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEDATATYPE_H
#define X2P_DIALECT_PADDLE_PADDLEDATATYPE_H

#include "mlir/IR/Types.h"
#include <optional>

namespace x2p::Paddle {

/// Paddle's VarType.Type codes of tensor element types (framework.proto).
enum class VarTypeCode : int32_t {
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
};

/// The element type of VarType code `code`, or null for a code that is not
/// a tensor element type.
mlir::Type elementTypeOf(int32_t code, mlir::MLIRContext *context);

/// The VarType code of element type `type`, if Paddle has one.
std::optional<int32_t> varTypeCodeOf(mlir::Type type);

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLEDATATYPE_H
