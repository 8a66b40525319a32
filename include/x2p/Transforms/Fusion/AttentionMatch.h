//===- AttentionMatch.h - self-attention blocks in paddle programs -*- C++
//-*-===//
//
// Exporters write multi-head self-attention as some twenty primitive ops,
// spelled differently by each (torch's TorchScript exporter, the dynamo
// exporter's SDPA decomposition, ...). --fuse-attention and the expansion
// of fused attention share one reading of a block: this matcher walks from
// the softmax out to the projections and back to the merged heads, and
// records what a fused op needs. It only reads; the pass decides the form.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_ATTENTIONMATCH_H
#define X2P_TRANSFORMS_FUSION_ATTENTIONMATCH_H

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <optional>
#include <string>

namespace x2p::fusion {

/// One of Q, K, V: Input @ weight (+ bias), weight a 2-D float32
/// parameter [hidden, heads * head_dim], bias a 1-D parameter or null.
/// Of a packed projection (GPT2's c_attn, [hidden, 3 * heads * head_dim]
/// split three ways) the columns from `columnOffset` on.
struct AttentionProjection {
  Paddle::ParameterOp weight;
  Paddle::ParameterOp bias;
  int64_t columnOffset = 0;
};

/// A self-attention block: softmax(alpha * Q Kᵀ + mask) V over `heads`
/// heads of `headDim`, Q, K and V projections of the same `input`
/// [batch, seq, hidden], the heads merged back into `output`
/// [batch, seq, heads * headDim].
struct SelfAttentionMatch {
  mlir::Value input;
  AttentionProjection q, k, v;
  int64_t heads = 0, headDim = 0;
  double alpha = 1.0;
  /// The additive mask, rank 4 and broadcastable to [batch, heads, seq,
  /// seq]; null when there is none or it is zero by construction.
  mlir::Value mask;
  /// A masked_fill instead (where(cond, fill, scores)): the bool
  /// condition, broadcastable like `mask`, and the finite fill value; with
  /// `maskWhereFalse` the fill applies where the condition is false.
  /// With `mask` as well, the two add up (GPT2: causal fill, then the
  /// padding mask added).
  mlir::Value maskCondition;
  double maskFill = 0.0;
  bool maskWhereFalse = false;
  mlir::Value output;
};

/// The self-attention block around `softmax`, or nullopt with the reason in
/// `whyNot` (for diagnostics and tests) when it is not one this matcher
/// reads exactly.
std::optional<SelfAttentionMatch> matchSelfAttention(Paddle::SoftmaxOp softmax,
                                                     std::string &whyNot);

} // namespace x2p::fusion

#endif // X2P_TRANSFORMS_FUSION_ATTENTIONMATCH_H
