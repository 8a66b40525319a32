//===- PaddleConstants.h - reading constant values of paddle programs -*- C++
//-*-===//
//
// Rewrites over paddle programs (the quirk fixes, the fusions) recognise
// ops by their constant operands: the 0.5 of a GELU, the 1 of a division.
// Constants are paddle.parameter ops (and fill_constant); this is the one
// reader of their single value.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_PADDLECONSTANTS_H
#define X2P_DIALECT_PADDLE_PADDLECONSTANTS_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/Value.h"

#include <optional>

namespace x2p::Paddle {

/// The one value of a float constant all of whose elements are equal: a
/// paddle.parameter with a splat dense float attribute, or a fill_constant
/// without run-time shape or value inputs; nullopt otherwise.
std::optional<double> splatFloat(mlir::Value value);

/// splatFloat through scalar arithmetic on such constants that exporters
/// leave unfolded (GPT2's `0 + 64 ** 0.5` attention divisor): a
/// single-element elementwise add/sub/mul/div/pow, sqrt or rsqrt of
/// foldable values, computed in double.
std::optional<double> foldedSplatFloat(mlir::Value value);

/// A new float32 paddle.parameter of `dims` holding `values`, as a
/// dense_resource blob like the imported weights (the fusion passes'
/// packed and transposed weights), at the builder's insertion point.
/// Named `name`, or `name_N` with the first free N when a parameter of the
/// enclosing op (the function) already has that name: the exporter
/// refuses two parameters of one name.
mlir::Value createF32Parameter(mlir::OpBuilder &builder, mlir::Location loc,
                               llvm::StringRef name,
                               llvm::ArrayRef<int64_t> dims,
                               llvm::ArrayRef<float> values);

} // namespace x2p::Paddle

#endif // X2P_DIALECT_PADDLE_PADDLECONSTANTS_H
