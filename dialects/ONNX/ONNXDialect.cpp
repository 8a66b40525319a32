//===- ONNXDialect.cpp - onnx dialect registration ------------------------===//
//
// Registers the onnx ops and materializes folded constants as onnx.Constant,
// so folding inside the dialect never leaves a foreign constant op behind.
//
//===----------------------------------------------------------------------===//
#include "dialects/ONNX/ONNXDialect.h"
#include "dialects/ONNX/ONNXOps.h"

using namespace mlir;
using namespace x2p::ONNX;

#include "dialects/ONNX/ONNXDialect.cpp.inc"

void ONNXDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "dialects/ONNX/ONNXOps.cpp.inc"
      >();
}

Operation *ONNXDialect::materializeConstant(OpBuilder &builder, Attribute value,
                                            Type type, Location loc) {
  auto elements = dyn_cast<ElementsAttr>(value);
  if (!elements || elements.getType() != type)
    return nullptr;
  return ConstantOp::create(builder, loc, type, elements);
}
