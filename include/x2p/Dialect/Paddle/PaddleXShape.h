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

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/Builders.h"
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

/// reshape2(x) to the constant target `shape` (0 copies a dim, one -1 is
/// inferred), with result type `resultType`.
inline mlir::Value createReshape2(mlir::OpBuilder &builder, mlir::Location loc,
                                  mlir::Value x, llvm::ArrayRef<int32_t> shape,
                                  mlir::Type resultType) {
  return Reshape2Op::create(
             builder, loc,
             mlir::TypeRange{resultType, xshapeTypeOf(x.getType())}, x,
             /*Shape_=*/mlir::Value(),
             /*ShapeTensor=*/mlir::ValueRange{},
             builder.getDenseI32ArrayAttr(shape))
      .getOut();
}

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLEXSHAPE_H
