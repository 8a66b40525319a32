//===- PaddleDialect.h - the paddle dialect ---------------------*- C++ -*-===//
//
// Declares the paddle dialect class; include PaddleOps.h for the operations.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEDIALECT_H
#define X2P_DIALECT_PADDLE_PADDLEDIALECT_H

#include "mlir/IR/Dialect.h"

#include "x2p/Dialect/Paddle/PaddleDialect.h.inc"

#endif // X2P_DIALECT_PADDLE_PADDLEDIALECT_H
