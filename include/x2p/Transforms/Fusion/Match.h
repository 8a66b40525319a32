//===- Match.h - small matchers the fusion passes share ---------*- C++ -*-===//
//
// Every fusion walks a chain of elementwise ops from one anchor and checks
// at each link that the intermediate has no other user, which operand is
// the chain and which the constant: the same few questions in every pass,
// answered once here.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_MATCH_H
#define X2P_TRANSFORMS_FUSION_MATCH_H

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/Value.h"

#include <cmath>

namespace x2p::fusion {

/// `value` is a splat float constant equal to `want` up to 1e-4 relative.
inline bool isConstant(mlir::Value value, double want) {
  std::optional<double> got = Paddle::splatFloat(value);
  return got && std::fabs(*got - want) <= 1e-4 * std::fabs(want);
}

/// The operand of the binary op `op` that is not `known`; null when
/// neither or both are.
template <typename OpTy> mlir::Value otherOperand(OpTy op, mlir::Value known) {
  if (op.getX() == known && op.getY() != known)
    return op.getY();
  if (op.getY() == known && op.getX() != known)
    return op.getX();
  return nullptr;
}

/// The one user of `value` when it is an `OpTy`, else null.
template <typename OpTy> OpTy soleUser(mlir::Value value) {
  if (!value.hasOneUse())
    return nullptr;
  return llvm::dyn_cast<OpTy>(*value.getUsers().begin());
}

/// `norm` normalizes the last axis of a float32 [batch, seq, hidden]
/// tensor with both Scale and Bias, and its Mean and Variance are unused:
/// the layer_norm Paddle's CUDA-only fused ops (skip_layernorm,
/// fused_embedding_eltwise_layernorm) compute.
inline bool isHiddenLayerNorm(Paddle::LayerNormOp norm) {
  auto type = llvm::dyn_cast<mlir::RankedTensorType>(norm.getX().getType());
  return type && type.getRank() == 3 && type.getElementType().isF32() &&
         norm.getBeginNormAxis() == 2 && norm.getScale() && norm.getBias() &&
         norm.getMean().use_empty() && norm.getVariance().use_empty();
}

/// The type of layer_norm's Mean and Variance for `x` normalized from axis
/// `begin` on: one value per row, [product of the dims before `begin`].
inline mlir::RankedTensorType layerNormStatsType(mlir::RankedTensorType x,
                                                 int64_t begin) {
  int64_t rows = 1;
  for (int64_t dim : x.getShape().take_front(begin))
    rows = mlir::ShapedType::isDynamic(dim) || mlir::ShapedType::isDynamic(rows)
               ? mlir::ShapedType::kDynamic
               : rows * dim;
  return mlir::RankedTensorType::get({rows}, x.getElementType());
}

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_MATCH_H
