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

/// Paddle's VarType.Type codes of tensor element types (framework.proto;
/// test/ProgramDesc/framework-proto.test holds them against the installed
/// Paddle's).
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
  COMPLEX64 = 23,
  COMPLEX128 = 24,
  UINT16 = 36,
  UINT32 = 37,
  UINT64 = 38,
  // Codes x2p names in messages but maps to no element type.
  SIZE_T = 19,
  STRING = 25,
  FP8_E4M3FN = 32,
  FP8_E5M2 = 33,
};

/// The element type of VarType code `code` in the dialect's tensors, or null
/// for a code that is not one of them (the dialect's ops take no complex
/// and no uint16/32/64 tensors).
mlir::Type elementTypeOf(int32_t code, mlir::MLIRContext *context);

/// The VarType code of element type `type` when the dialect's tensors may
/// hold it: signless integers and ui8, f16, bf16, f32, f64.
std::optional<int32_t> varTypeCodeOf(mlir::Type type);

/// The VarType code of any element type a ProgramDesc var may have (also
/// complex, uint16..64, and signed integers as Paddle's signed ones), for
/// the ProgramDesc exporter and importer; nullopt when Paddle has none.
std::optional<int32_t> toVarType(mlir::Type elementType);

/// The element type of any tensor VarType code, or a null type.
mlir::Type fromVarType(int32_t code, mlir::MLIRContext *context);

/// Bytes per element of a VarType code (0 for non-tensor types).
unsigned varTypeByteWidth(int32_t code);

/// Paddle's name of a VarType.Type value ("FP32", ...), for messages.
const char *varTypeName(int32_t code);

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLEDATATYPE_H
