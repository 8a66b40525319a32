//===- ONNXDialect.cpp - onnx dialect registration ------------------------===//
//
// Registers the onnx ops (defined in the generated shards) and types, and
// materializes folded constants as onnx.Constant, so folding inside the
// dialect never leaves a foreign constant op behind.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXDialect.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace x2p::ONNX;

#include "x2p/Dialect/ONNX/ONNXDialect.cpp.inc"

#define GET_TYPEDEF_CLASSES
#include "x2p/Dialect/ONNX/ONNXTypes.cpp.inc"

void ONNXDialect::initialize() {
  registerONNXDialectOperations(this);
  addTypes<
#define GET_TYPEDEF_LIST
#include "x2p/Dialect/ONNX/ONNXTypes.cpp.inc"
      >();
}

Operation *ONNXDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                            Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements);
}
