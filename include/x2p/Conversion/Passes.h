//===- Passes.h - x2p conversion passes -------------------------*- C++ -*-===//
//
// Declarations generated from Passes.td.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_CONVERSION_PASSES_H
#define X2P_CONVERSION_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace x2p {

#define GEN_PASS_DECL
#include "x2p/Conversion/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "x2p/Conversion/Passes.h.inc"

} // namespace x2p

#endif // X2P_CONVERSION_PASSES_H
