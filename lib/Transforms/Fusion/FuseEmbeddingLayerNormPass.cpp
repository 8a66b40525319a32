//===- FuseEmbeddingLayerNormPass.cpp - --fuse-embedding-layernorm --------===//
//
// BERT-like models start with layer_norm(word + position + token type
// embeddings): three lookups, two adds and a layer_norm over [batch, seq,
// hidden] activations. Paddle's CUDA kernel fused_embedding_eltwise_layernorm
// does it in one pass; it has no CPU kernel (FACTS), so the pass rewrites
// for target=gpu only. The kernel reads every Ids[i] as batch * seq int64
// values, so a position embedding indexed by [1, seq] ids (a slice of a
// constant arange) gets its ids broadcast to the others' shape first.
//
// ONNX Gather of a table by [batch, seq] ids is converted by x2p into
// reshape2(ids, [-1]) -> gather -> reshape2 back: a lookup is recognized in
// that form (with the reshape back proven to restore the ids' dims) or as
// a lookup_table_v2.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/Match.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleOps.h"

#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSEEMBEDDINGLAYERNORM
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;
using namespace x2p::fusion;

namespace {

/// One embedding lookup: the table (a 2-D paddle.parameter) and the int64
/// [batch, seq] (or [1, seq]) ids it is indexed by.
struct Lookup {
  Value ids, table;
};

/// `value` is a one-element integer constant equal to `want`.
bool isIntConstant(Value value, int64_t want) {
  if (auto fill = value.getDefiningOp<Paddle::FillConstantOp>())
    return fill->getNumOperands() == 0 && fill.getShape().size() == 1 &&
           fill.getShape()[0] == 1 &&
           fill.getValue().convertToDouble() == static_cast<double>(want);
  if (auto param = value.getDefiningOp<Paddle::ParameterOp>()) {
    auto dense = dyn_cast<DenseIntElementsAttr>(param.getValue());
    return dense && dense.getNumElements() == 1 &&
           dense.getSplatValue<APInt>().getSExtValue() == want;
  }
  return false;
}

/// `reshape` (of gather rows [ids.numel, hidden]) gives [*ids.dims,
/// hidden]: its shape is concat(shape(ids), hidden), or an attribute
/// equal to the ids' static dims with at most one -1.
bool restoresIdsDims(Paddle::Reshape2Op reshape, Value ids, int64_t hidden) {
  if (!reshape.getShapeTensor().empty())
    return false;
  auto idsType = cast<RankedTensorType>(ids.getType());
  if (Value shape = reshape.getShape_()) {
    auto concat = shape.getDefiningOp<Paddle::ConcatOp>();
    if (!concat || concat.getAxisTensor() || concat.getAxis() != 0 ||
        concat.getX().size() != 2 || !isIntConstant(concat.getX()[1], hidden))
      return false;
    Value dims = concat.getX()[0];
    if (auto cast = dims.getDefiningOp<Paddle::CastOp>())
      dims = cast.getX();
    auto shapeOf = dims.getDefiningOp<Paddle::ShapeOp>();
    return shapeOf && shapeOf.getInput() == ids;
  }
  ArrayRef<int32_t> attr = reshape.getShape();
  if (attr.size() != 3 || attr[2] != hidden)
    return false;
  int inferred = 0;
  for (int i = 0; i < 2; ++i) {
    if (attr[i] == -1 && ++inferred == 1)
      continue;
    if (attr[i] != idsType.getDimSize(i))
      return false;
  }
  return inferred <= 1;
}

/// The lookup `value` is, with the op that computes it: lookup_table_v2
/// or reshape2(gather(table, reshape2(ids, [-1])), back to ids' dims).
std::optional<Lookup> matchLookup(Value value) {
  auto isTable = [](Value table) {
    auto type = dyn_cast<RankedTensorType>(table.getType());
    return table.getDefiningOp<Paddle::ParameterOp>() && type &&
           type.getRank() == 2 && type.getElementType().isF32();
  };
  auto isIds = [](Value ids) {
    auto type = dyn_cast<RankedTensorType>(ids.getType());
    return type && type.getRank() == 2 && type.getElementType().isInteger(64);
  };
  if (auto lookup = value.getDefiningOp<Paddle::LookupTableV2Op>()) {
    if (lookup.getPaddingIdx() != -1 || !isTable(lookup.getW()) ||
        !isIds(lookup.getIds()))
      return std::nullopt;
    return Lookup{lookup.getIds(), lookup.getW()};
  }
  auto back = value.getDefiningOp<Paddle::Reshape2Op>();
  if (!back)
    return std::nullopt;
  auto gather = back.getX().getDefiningOp<Paddle::GatherOp>();
  if (!gather || gather.getAxis_() || gather.getAxis() != 0 ||
      !isTable(gather.getX()))
    return std::nullopt;
  auto flat = gather.getIndex().getDefiningOp<Paddle::Reshape2Op>();
  if (!flat || flat.getShape_() || !flat.getShapeTensor().empty() ||
      flat.getShape() != ArrayRef<int32_t>{-1} || !isIds(flat.getX()))
    return std::nullopt;
  int64_t hidden =
      cast<RankedTensorType>(gather.getX().getType()).getDimSize(1);
  if (!restoresIdsDims(back, flat.getX(), hidden))
    return std::nullopt;
  return Lookup{flat.getX(), gather.getX()};
}

/// The lookups `value` sums with elementwise_adds of `type` whose results
/// have one user, left to right; false when a leaf is something else. A
/// lookup may have other users (DistilBERT takes the sequence length from
/// the shape of its word embeddings): it stays for them.
bool collectLookups(Value value, Type type, SmallVectorImpl<Lookup> &out) {
  if (std::optional<Lookup> lookup = matchLookup(value)) {
    out.push_back(*lookup);
    return true;
  }
  auto add = value.getDefiningOp<Paddle::ElementwiseAddOp>();
  return add && add->hasOneUse() && add.getAxis() == -1 &&
         add.getOut().getType() == type &&
         collectLookups(add.getX(), type, out) &&
         collectLookups(add.getY(), type, out);
}

struct EmbeddingLayerNorm : OpRewritePattern<Paddle::LayerNormOp> {
  using OpRewritePattern::OpRewritePattern;

  LogicalResult matchAndRewrite(Paddle::LayerNormOp norm,
                                PatternRewriter &rewriter) const override {
    if (!isHiddenLayerNorm(norm))
      return failure();
    auto type = cast<RankedTensorType>(norm.getX().getType());
    SmallVector<Lookup> lookups;
    if (!norm.getX().getDefiningOp<Paddle::ElementwiseAddOp>() ||
        !collectLookups(norm.getX(), type, lookups) || lookups.size() < 2)
      return failure();
    int64_t hidden = type.getDimSize(2);
    for (const Lookup &lookup : lookups)
      if (cast<RankedTensorType>(lookup.table.getType()).getDimSize(1) !=
          hidden)
        return failure();
    // The batch: ids whose first dim is not a static 1.
    auto isRow = [](Value ids) {
      return cast<RankedTensorType>(ids.getType()).getDimSize(0) == 1;
    };
    const Lookup *batch = llvm::find_if(
        lookups, [&](const Lookup &lookup) { return !isRow(lookup.ids); });
    SmallVector<Value> ids, tables;
    for (const Lookup &lookup : lookups) {
      Value id = lookup.ids;
      if (batch != lookups.end() && isRow(id)) {
        // [1, seq] + zeros of the batch ids' shape: the ids of every row.
        auto batchType = cast<RankedTensorType>(batch->ids.getType());
        auto zeros = Paddle::FillAnyLikeOp::create(
            rewriter, norm.getLoc(), batchType, batch->ids,
            rewriter.getF32FloatAttr(0.0f), rewriter.getSI32IntegerAttr(-1));
        id = Paddle::ElementwiseAddOp::create(rewriter, norm.getLoc(),
                                              batchType, zeros, id,
                                              rewriter.getSI32IntegerAttr(-1));
      }
      ids.push_back(id);
      tables.push_back(lookup.table);
    }
    rewriter.replaceOpWithNewOp<Paddle::FusedEmbeddingEltwiseLayernormOp>(
        norm, norm.getY().getType(), ids, tables, norm.getBias(),
        norm.getScale(), norm.getEpsilonAttr());
    return success();
  }
};

struct FuseEmbeddingLayerNormPass
    : x2p::fusion::impl::FuseEmbeddingLayerNormBase<
          FuseEmbeddingLayerNormPass> {
  using Base::Base;

  void runOnOperation() override {
    if (failed(checkTarget(getOperation(), "fuse-embedding-layernorm", target)))
      return signalPassFailure();
    // No CPU kernel: the lookups, adds and layer_norm stay.
    if (target == "cpu")
      return;
    RewritePatternSet patterns(&getContext());
    patterns.add<EmbeddingLayerNorm>(&getContext());
    if (failed(applyPatternsGreedily(getOperation(), std::move(patterns))))
      return signalPassFailure();
  }
};

} // namespace
