//===- Target.h - the devices fusion passes pick forms for ------*- C++ -*-===//
//
// Every fusion pass and the x2p driver take a target (cpu or gpu): the one
// list of them, and the one refusal of another name.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_TARGET_H
#define X2P_TRANSFORMS_FUSION_TARGET_H

#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringRef.h"

namespace x2p::fusion {

/// `target` is a device the fusion passes know: "cpu" or "gpu".
inline bool isKnownTarget(llvm::StringRef target) {
  return target == "cpu" || target == "gpu";
}

/// Fails with an error at `op` naming `pass` unless `target` is known.
inline mlir::LogicalResult
checkTarget(mlir::Operation *op, llvm::StringRef pass, llvm::StringRef target) {
  if (isKnownTarget(target))
    return mlir::success();
  return op->emitError() << "--" << pass << ": target must be cpu or gpu, not '"
                         << target << "'";
}

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_TARGET_H
