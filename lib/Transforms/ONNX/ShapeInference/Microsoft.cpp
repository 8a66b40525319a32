//===- Microsoft.cpp - shape functions of the com.microsoft ops -----------===//
//
// onnxruntime's contrib ops (dialects/ONNX/ONNXMicrosoftOps.td) sit in the
// middle of transformer graphs whose batch and sequence dims are dynamic;
// without these functions every op after the first fused one would lose
// its rank. Hidden sizes come from the weights (static in every exported
// model), batch and sequence dims from the activations.
//
//===----------------------------------------------------------------------===//
#include "ShapeFunctions.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"

using namespace mlir;

namespace x2p::ONNX::shape {

static bool present(Operation *op, unsigned result) {
  return !isa<NoneType>(op->getResult(result).getType());
}

/// output [batch, sequence, v_hidden]; present [2, batch, heads, past +
/// sequence, head_size].
static void attention(MSAttentionOp op, Results &results) {
  Type elt = elementOf(op.getInput());
  std::optional<Dims> x = dimsOf(op.getInput());
  std::optional<Dims> w = dimsOf(op.getWeights());
  int64_t heads = op.getNumHeads();
  int64_t qk = kDynamic, v = kDynamic;
  if (std::optional<ArrayRef<int64_t>> sizes = op.getQkvHiddenSizes()) {
    if (sizes->size() == 3) {
      qk = (*sizes)[0];
      v = (*sizes)[2];
    }
  } else if (w && w->size() == 2 && (*w)[1] != kDynamic) {
    qk = v = (*w)[1] / 3;
  }
  if (!x || x->size() != 3) {
    results[0] = unranked(elt);
  } else {
    results[0] = ranked({(*x)[0], (*x)[1], v}, elt);
  }
  if (present(op, 1)) {
    int64_t batch = x && x->size() == 3 ? (*x)[0] : kDynamic;
    int64_t seq = x && x->size() == 3 ? (*x)[1] : kDynamic;
    int64_t total = kDynamic;
    if (isNone(op.getPast())) {
      total = seq;
    } else if (std::optional<Dims> p = dimsOf(op.getPast());
               p && p->size() == 5 && (*p)[3] != kDynamic && seq != kDynamic) {
      total = (*p)[3] + seq;
    }
    int64_t headSize = qk == kDynamic || heads < 1 ? kDynamic : qk / heads;
    results[1] = ranked({2, batch, heads, total, headSize}, elt);
  }
}

/// output and input_skip_bias_sum like input; the statistics keep the
/// leading dims, 1 for the normalized one, in float.
template <typename OpTy> static void skipNorm(OpTy op, Results &results) {
  results[0] = op.getInput().getType();
  Type f32 = Float32Type::get(op.getContext());
  Type stats = unranked(f32);
  if (std::optional<Dims> x = dimsOf(op.getInput()); x && !x->empty()) {
    Dims d = *x;
    d.back() = 1;
    stats = ranked(d, f32);
  }
  for (unsigned i = 1; i < 3; ++i)
    if (present(op, i))
      results[i] = stats;
  if (present(op, 3))
    results[3] = op.getInput().getType();
}

/// output and embedding_sum [batch, sequence, hidden]; mask_index [batch].
static void embedNorm(MSEmbedLayerNormalizationOp op, Results &results) {
  Type elt = elementOf(op.getWordEmbedding());
  std::optional<Dims> ids = dimsOf(op.getInputIds());
  std::optional<Dims> w = dimsOf(op.getWordEmbedding());
  int64_t hidden = w && w->size() == 2 ? (*w)[1] : kDynamic;
  Type out = unranked(elt);
  if (ids && ids->size() == 2)
    out = ranked({(*ids)[0], (*ids)[1], hidden}, elt);
  results[0] = out;
  if (present(op, 1))
    results[1] = ranked({ids && ids->size() == 2 ? (*ids)[0] : kDynamic},
                        IntegerType::get(op.getContext(), 32));
  if (present(op, 2))
    results[2] = out;
}

void registerMicrosoft(ShapeFnTable &table) {
  table.add<MSAttentionOp>(attention);
  table.add<MSSkipLayerNormalizationOp>(skipNorm<MSSkipLayerNormalizationOp>);
  table.add<MSSkipSimplifiedLayerNormalizationOp>(
      skipNorm<MSSkipSimplifiedLayerNormalizationOp>);
  table.add<MSEmbedLayerNormalizationOp>(embedNorm);
  // A bias over the last dim does not change the activation's shape.
  table.add<MSFastGeluOp, MSBiasGeluOp, MSGeluOp, MSQuickGeluOp, MSBiasAddOp>(
      [](Operation *op, Results &r) { sameAsOperand(op, r); });
}

} // namespace x2p::ONNX::shape
