//===- MicrosoftSchemas.cpp - layout of the com.microsoft ops x2p reads ---===//
//
// The importer pads a node's inputs and outputs to its operator's and types
// the outputs the model states no type for; SchemaTable.inc holds that for
// ONNX's default domain, generated from onnx's schemas. onnxruntime's
// contrib operators are not in onnx's package, and x2p reads only the few
// that onnxruntime's transformer optimizer writes (the ops of
// dialects/ONNX/ONNXMicrosoftOps.td), so their rows are written here by
// hand, from the schemas onnxruntime 1.32 registers (all at version 1).
//
//===----------------------------------------------------------------------===//
#include "OpSchemas.h"

#include "llvm/ADT/STLExtras.h"

using namespace x2p::onnx_import;

// Sorted by name. Result rules as in SchemaTable.inc: `i<k>` the type of
// input k, `t<dtype>` a fixed element type (1 float, 6 int32).
static const OpSchema kMicrosoftSchemas[] = {
    {"Attention", 1, 7, false, 2, false, "i0,i0", "1"},
    {"BiasAdd", 1, 3, false, 1, false, "i0", "1"},
    {"BiasGelu", 1, 2, false, 1, false, "i0", "1"},
    {"EmbedLayerNormalization", 1, 9, false, 3, false, "i2,t6,i2", "1"},
    {"FastGelu", 1, 2, false, 1, false, "i0", "1"},
    {"Gelu", 1, 1, false, 1, false, "i0", "1"},
    {"QuickGelu", 1, 1, false, 1, false, "i0", "1"},
    {"SkipLayerNormalization", 1, 5, false, 4, false, "i0,t1,t1,i0", "1"},
    {"SkipSimplifiedLayerNormalization", 1, 4, false, 4, false, "i0,t1,t1,i0",
     "1"},
};

const OpSchema *
x2p::onnx_import::lookupMicrosoftOpSchema(llvm::StringRef opType) {
  const OpSchema *it = llvm::partition_point(
      kMicrosoftSchemas, [&](const OpSchema &s) { return s.name < opType; });
  if (it == std::end(kMicrosoftSchemas) || it->name != opType)
    return nullptr;
  return it;
}

std::string x2p::onnx_import::microsoftOpNames() {
  std::string names;
  for (const OpSchema &s : kMicrosoftSchemas)
    names += (names.empty() ? "" : ", ") + s.name.str();
  return names;
}
