//===- PaddleDialect.cpp - paddle dialect registration --------------------===//
//
// Registers the paddle ops with the context.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/Paddle/PaddleDialect.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p::Paddle;

#include "x2p/Dialect/Paddle/PaddleDialect.cpp.inc"

void PaddleDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "x2p/Dialect/Paddle/PaddleOps.cpp.inc"
      >();
}
