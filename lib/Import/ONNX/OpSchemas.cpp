//===- OpSchemas.cpp - the generated operator layout table ----------------===//
//
// Wraps SchemaTable.inc (sorted by name) in a binary search.
//
//===----------------------------------------------------------------------===//
#include "OpSchemas.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

using namespace x2p::onnx_import;

static const OpSchema kSchemas[] = {
#define X2P_SCHEMA(name, since, nin, varin, nout, varout, rules, versions)     \
  {name, since, nin, varin, nout, varout, rules, versions},
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

bool OpSchema::unchangedBetween(int64_t from, int64_t to) const {
  llvm::SmallVector<llvm::StringRef> list;
  versions.split(list, ',');
  bool existed = false;
  for (llvm::StringRef v : list) {
    int64_t version = 0;
    if (v.getAsInteger(10, version))
      continue;
    if (version <= from)
      existed = true;
    else if (version <= to)
      return false;
  }
  return existed;
}
