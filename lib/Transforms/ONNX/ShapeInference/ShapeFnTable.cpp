//===- ShapeFnTable.cpp - the table of onnx shape functions ---------------===//
//
// Built once, from each family's register...() function; an op missing
// from it keeps its types.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

using namespace mlir;

namespace x2p::ONNX::shape {

const ShapeFn *ShapeFnTable::lookup(Operation *op) const {
  std::optional<RegisteredOperationName> name = op->getRegisteredInfo();
  if (!name)
    return nullptr;
  auto it = table.find(name->getTypeID());
  return it == table.end() ? nullptr : &it->second;
}

const ShapeFnTable &ShapeFnTable::get() {
  static const ShapeFnTable table = [] {
    ShapeFnTable t;
    registerElementwise(t);
    registerMatrix(t);
    registerReduction(t);
    registerTensorShape(t);
    registerIndexing(t);
    registerNormalization(t);
    registerConvPool(t);
    registerMicrosoft(t);
    return t;
  }();
  return table;
}

} // namespace x2p::ONNX::shape
