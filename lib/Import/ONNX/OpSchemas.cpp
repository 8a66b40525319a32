//===- OpSchemas.cpp - the generated operator layout table ----------------===//
//
// Wraps SchemaTable.inc (sorted by name) in a binary search.
//
//===----------------------------------------------------------------------===//
#include "OpSchemas.h"

#include "llvm/ADT/STLExtras.h"

using namespace x2p::onnx_import;

static const OpSchema kSchemas[] = {
#define X2P_SCHEMA(name, since, nin, varin, nout, varout, rules)               \
  {name, since, nin, varin, nout, varout, rules},
#include "SchemaTable.inc"
#undef X2P_SCHEMA
};

const OpSchema *x2p::onnx_import::lookupOpSchema(llvm::StringRef opType) {
  const OpSchema *it = llvm::partition_point(
      kSchemas, [&](const OpSchema &s) { return s.name < opType; });
  if (it == std::end(kSchemas) || it->name != opType)
    return nullptr;
  return it;
}
