//===- OpSchemas.h - operand/result layout of the ONNX operators -*- C++
//-*-===//
//
// How many operands and results each onnx dialect op has, and how a result's
// element type follows from the operands when the model gives no type. The
// table is generated from the same onnx release the dialect is generated
// from (gen_schema_table.py → SchemaTable.inc).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_OPSCHEMAS_H
#define X2P_LIB_IMPORT_ONNX_OPSCHEMAS_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>

namespace x2p::onnx_import {

struct OpSchema {
  llvm::StringRef name;
  int sinceVersion;
  int numInputs;
  bool variadicInput; // the last input is variadic
  int numOutputs;
  bool variadicOutput; // the last output is variadic
  /// One rule per output, comma-separated: `t<dtype>` a fixed element type,
  /// `i<k>` the type of input k, `S<k>` a sequence of input k's tensors,
  /// `E<k>` the tensors of sequence input k, `?` op-specific.
  llvm::StringRef resultRules;
  /// Every opset in which the operator changed, comma-separated, ascending.
  llvm::StringRef versions;

  /// Whether the operator is the same at opsets `from` and `to` (from < to).
  bool unchangedBetween(int64_t from, int64_t to) const;
};

/// The newest schema of default-domain operator `opType`; null if ONNX has
/// no such operator.
const OpSchema *lookupOpSchema(llvm::StringRef opType);

/// The com.microsoft domain (onnxruntime's contrib operators): the domain
/// name, the one opset of it x2p reads, the schema of an operator x2p
/// reads (null for the others), and those operators' names for messages.
constexpr llvm::StringLiteral kMicrosoftDomain = "com.microsoft";
constexpr int64_t kMicrosoftOpset = 1;
const OpSchema *lookupMicrosoftOpSchema(llvm::StringRef opType);
std::string microsoftOpNames();

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_OPSCHEMAS_H
