//===- PaddleOps.cpp - paddle op definitions ------------------------------===//
//
// Instantiates the op classes generated from PaddleOps.td. The verifiers
// live in one file per op family (Paddle*Ops.cpp); the op-family TableGen
// classes call the shared checks of PaddleVerifiers.h from their generated
// verify() methods, which is why that header is included here.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "PaddleVerifiers.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinAttributes.h"

using namespace mlir;
using namespace x2p::Paddle;

LogicalResult ParameterOp::verify() {
  if (getName().empty())
    return emitOpError("parameter name must not be empty");
  return success();
}

#define GET_OP_CLASSES
#include "x2p/Dialect/Paddle/PaddleOps.cpp.inc"
