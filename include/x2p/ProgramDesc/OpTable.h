//===- OpTable.h - the paddle dialect's OpDesc slot table -------*- C++ -*-===//
//
// The ProgramDesc exporter and importer are one generic loop over any paddle
// op: this table, generated at build time from the dialect's ODS by
// lib/ProgramDesc/gen_op_table.py, says for each op which OpDesc slots its
// operands and results fill and which attributes it has, with their Paddle
// AttrType. Adding an op to the dialect adds it here; no C++ changes.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_PROGRAMDESC_OPTABLE_H
#define X2P_PROGRAMDESC_OPTABLE_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

namespace x2p::programdesc {

enum class SlotKind { Single, Optional, Variadic };

/// Paddle's framework.proto AttrType numbers.
enum class AttrType : int {
  Int = 0,
  Float = 1,
  String = 2,
  Ints = 3,
  Floats = 4,
  Strings = 5,
  Boolean = 6,
  Booleans = 7,
  Block = 8,
  Long = 9,
  Blocks = 10,
  Longs = 11,
  Float64s = 12,
  Var = 13,
  Vars = 14,
  Float64 = 15,
  Scalar = 16,
  Scalars = 17,
};

struct SlotInfo {
  const char *name;
  SlotKind kind;
};

struct AttrInfo {
  const char *name;
  AttrType type;
};

/// An output Paddle requires to be the same var as an input.
struct InplaceInfo {
  const char *output;
  const char *input;
};

struct OpInfo {
  const char *type;     ///< Paddle's OpDesc type, e.g. "matmul_v2"
  const char *mlirName; ///< the op's MLIR name, e.g. "paddle.matmul_v2"
  llvm::ArrayRef<SlotInfo> inputs;
  llvm::ArrayRef<SlotInfo> outputs;
  llvm::ArrayRef<AttrInfo> attrs;
  llvm::ArrayRef<InplaceInfo> inplace;
  int version; ///< the op version written to the program's op_version_map
};

/// Every OpDesc op of the dialect, sorted by Paddle type.
llvm::ArrayRef<OpInfo> allOps();
const OpInfo *lookupByPaddleType(llvm::StringRef type);
const OpInfo *lookupByMLIRName(llvm::StringRef name);

/// Splits `values` (an op's operands or results) into one group per slot of
/// `slots`; `segmentSizes` is the op's operandSegmentSizes/resultSegmentSizes
/// when it has them. Fails when the counts cannot match the slots.
mlir::LogicalResult
groupBySlot(mlir::ValueRange values, llvm::ArrayRef<SlotInfo> slots,
            std::optional<llvm::ArrayRef<int32_t>> segmentSizes,
            llvm::SmallVectorImpl<mlir::ValueRange> &groups);

} // namespace x2p::programdesc

#endif // X2P_PROGRAMDESC_OPTABLE_H
