//===- Dims.h - arithmetic on static-or-dynamic dims ------------*- C++ -*-===//
//
// Verifiers, shape functions and conversion patterns all multiply dims that
// may be unknown (ShapedType::kDynamic). MLIR's ShapedType::getNumElements
// asserts a static shape; this is the one product that passes `?` on.
// Header-only so that the dialects can use it without linking a library.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_SUPPORT_DIMS_H
#define X2P_SUPPORT_DIMS_H

#include "mlir/IR/BuiltinTypeInterfaces.h"

namespace x2p {

/// The product of `dims` (1 for none), or kDynamic when one of them is.
inline int64_t staticProduct(llvm::ArrayRef<int64_t> dims) {
  int64_t product = 1;
  for (int64_t dim : dims) {
    if (mlir::ShapedType::isDynamic(dim))
      return mlir::ShapedType::kDynamic;
    product *= dim;
  }
  return product;
}

} // namespace x2p

#endif // X2P_SUPPORT_DIMS_H
