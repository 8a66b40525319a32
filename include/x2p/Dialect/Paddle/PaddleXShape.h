//===- PaddleXShape.h - the XShape result type of shape ops -----*- C++ -*-===//
//
// reshape2, transpose2, squeeze2, unsqueeze2 and flatten_contiguous_range
// have a second result, XShape, that only records the input's dims. Both
// the conversion and the fusion passes create these ops; this is the one
// rule for its type.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLEXSHAPE_H
#define X2P_DIALECT_PADDLE_PADDLEXSHAPE_H

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/SmallVector.h"

namespace x2p::Paddle {

/// The XShape type of an op whose X has type `input`: dims [0, *X.dims].
inline mlir::Type xshapeTypeOf(mlir::Type input) {
  auto type = llvm::cast<mlir::TensorType>(input);
  if (!type.hasRank())
    return mlir::UnrankedTensorType::get(type.getElementType());
  llvm::SmallVector<int64_t> dims{0};
  llvm::append_range(dims, type.getShape());
  return mlir::RankedTensorType::get(dims, type.getElementType());
}

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLEXSHAPE_H
