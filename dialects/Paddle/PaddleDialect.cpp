//===- PaddleDialect.cpp - paddle dialect registration --------------------===//
//
// Registers the paddle ops with the context.
//
//===----------------------------------------------------------------------===//
#include "dialects/Paddle/PaddleDialect.h"
#include "dialects/Paddle/PaddleOps.h"

using namespace mlir;
using namespace x2p::Paddle;

#include "dialects/Paddle/PaddleDialect.cpp.inc"

void PaddleDialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "dialects/Paddle/PaddleOps.cpp.inc"
      >();
}
