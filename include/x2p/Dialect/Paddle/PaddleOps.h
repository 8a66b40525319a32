//===- PaddleOps.h - paddle dialect operations ------------------*- C++ -*-===//
//
// The op classes generated from PaddleOps.td (and the kernel-type trait
// they all carry, PaddleKernels.h).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEOPS_H
#define X2P_DIALECT_PADDLE_PADDLEOPS_H

#include "x2p/Dialect/Paddle/PaddleDialect.h"
#include "x2p/Dialect/Paddle/PaddleKernels.h"
#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TypeUtilities.h"
#include "mlir/Interfaces/InferTypeOpInterface.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#define GET_OP_CLASSES
#include "x2p/Dialect/Paddle/PaddleOps.h.inc"

#endif // X2P_DIALECT_PADDLE_PADDLEOPS_H
