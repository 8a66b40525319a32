//===- FuseAttentionPass.cpp - --fuse-attention ---------------------------===//
//
// A self-attention block is some twenty primitive ops in what exporters
// write; Paddle runs it as one op where it has one:
//
// - gpu: multihead_matmul (CUDA only), the Q/K/V weights packed
//   [hidden, 3, hidden] and the additive mask as BiasQK;
// - cpu: nothing by default. Paddle's CPU kernels have no fused attention
//   that takes a mask, its oneDNN passes already turn QKᵀ, the scale, the
//   mask add and ·V into two fused_matmul ops, and the mask-less
//   self_dp_attention (one packed QKV projection, cpu-self-dp=1) measured
//   slower than the primitive block (docs/performance.md).
//
// The block is read by matchSelfAttention (AttentionMatch.cpp); this file
// only builds the fused form. Packed weights are new parameters named
// after the Q weight.
//
//===----------------------------------------------------------------------===//
#include "x2p/Transforms/Fusion/AttentionMatch.h"
#include "x2p/Transforms/Fusion/Passes.h"
#include "x2p/Transforms/Fusion/Target.h"

#include "x2p/Dialect/Paddle/PaddleConstants.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"
#include "x2p/Dialect/Paddle/PaddleXShape.h"
#include "x2p/Support/ElementsAttrValues.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/Transforms/RegionUtils.h"

#include <map>
#include <tuple>

namespace x2p::fusion {
#define GEN_PASS_DEF_FUSEATTENTION
#include "x2p/Transforms/Fusion/Passes.h.inc"
} // namespace x2p::fusion

using namespace mlir;
using namespace x2p;
using namespace x2p::fusion;

namespace {

/// The float values of a projection's weight (rows x columns) and bias
/// (columns; zeros when there is none): its own columns of a packed one.
struct ProjectionValues {
  SmallVector<double> weight, bias;
};

std::optional<ProjectionValues> valuesOf(AttentionProjection proj,
                                         int64_t columns) {
  ProjectionValues out;
  std::optional<SmallVector<double>> w = getFloatValues(proj.weight.getValue());
  int64_t stride =
      cast<RankedTensorType>(proj.weight.getOut().getType()).getDimSize(1);
  if (!w || stride < proj.columnOffset + columns)
    return std::nullopt;
  int64_t rows = static_cast<int64_t>(w->size()) / stride;
  for (int64_t row = 0; row < rows; ++row)
    for (int64_t col = 0; col < columns; ++col)
      out.weight.push_back((*w)[row * stride + proj.columnOffset + col]);
  if (proj.bias) {
    std::optional<SmallVector<double>> b = getFloatValues(proj.bias.getValue());
    if (!b || static_cast<int64_t>(b->size()) < proj.columnOffset + columns)
      return std::nullopt;
    out.bias.assign(b->begin() + proj.columnOffset,
                    b->begin() + proj.columnOffset + columns);
  } else {
    out.bias.assign(columns, 0.0);
  }
  return out;
}

/// The Q, K and V weights and biases packed. `interleaved` gives
/// multihead_matmul's [hidden, 3, columns] and [3, columns]; otherwise
/// [hidden, 3 * columns] and [3 * columns] (one matmul's weight).
/// Both orders put Q, K, V side by side in each input row.
struct Packed {
  SmallVector<float> weight, bias;
};

std::optional<Packed> pack(const SelfAttentionMatch &match, int64_t hidden) {
  int64_t columns = match.heads * match.headDim;
  Packed out;
  std::optional<ProjectionValues> parts[3] = {valuesOf(match.q, columns),
                                              valuesOf(match.k, columns),
                                              valuesOf(match.v, columns)};
  for (const auto &part : parts)
    if (!part)
      return std::nullopt;
  out.weight.reserve(hidden * 3 * columns);
  for (int64_t row = 0; row < hidden; ++row)
    for (const auto &part : parts)
      for (int64_t col = 0; col < columns; ++col)
        out.weight.push_back(
            static_cast<float>(part->weight[row * columns + col]));
  for (const auto &part : parts)
    for (double b : part->bias)
      out.bias.push_back(static_cast<float>(b));
  return out;
}

/// `value`'s type with its dims after the first two replaced by `tail`.
RankedTensorType withTail(Value value, ArrayRef<int64_t> tail) {
  auto type = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> dims{type.getDimSize(0), type.getDimSize(1)};
  llvm::append_range(dims, tail);
  return RankedTensorType::get(dims, type.getElementType());
}

/// The mask as multihead_matmul's CUDA kernel reads BiasQK: [batch,
/// heads, seq, seq], or [batch, 1, 1, seq] which it broadcasts itself.
/// Null (no fusion) for a mask whose batch dim is a static 1.
Value biasQK(OpBuilder &builder, Location loc, Value mask, int64_t heads) {
  auto type = cast<RankedTensorType>(mask.getType());
  if (type.getDimSize(0) == 1)
    return nullptr;
  if (type.getDimSize(1) == heads ||
      (type.getDimSize(1) == 1 && type.getDimSize(2) == 1 &&
       type.getRank() == 4))
    return mask;
  SmallVector<int64_t> dims(type.getShape());
  dims[1] = heads;
  return Paddle::ExpandV2Op::create(
             builder, loc, RankedTensorType::get(dims, type.getElementType()),
             mask, /*Shape_=*/Value(), /*expand_shapes_tensor=*/ValueRange{},
             builder.getDenseI32ArrayAttr(
                 {-1, static_cast<int32_t>(heads), -1, -1}))
      .getOut();
}

/// The additive form of a masked_fill: cast(cond) * fill, or
/// (1 - cast(cond)) * fill when the fill applies where cond is false.
Value additiveMask(OpBuilder &builder, Location loc,
                   const SelfAttentionMatch &match) {
  auto condType = cast<RankedTensorType>(match.maskCondition.getType());
  auto type = condType.clone(builder.getF32Type());
  auto code = [&](Paddle::VarTypeCode c) {
    return builder.getSI32IntegerAttr(static_cast<int32_t>(c));
  };
  Value mask = Paddle::CastOp::create(builder, loc, type, match.maskCondition,
                                      code(Paddle::VarTypeCode::BOOL),
                                      code(Paddle::VarTypeCode::FP32));
  auto scale = [&](Value x, float factor, float bias) {
    return Paddle::ScaleOp::create(builder, loc, type, x, Value(), Value(),
                                   builder.getF32FloatAttr(factor),
                                   builder.getF32FloatAttr(bias),
                                   builder.getBoolAttr(true))
        .getOut();
  };
  if (match.maskWhereFalse)
    mask = scale(mask, -1.0f, 1.0f);
  return scale(mask, static_cast<float>(match.maskFill), 0.0f);
}

/// The broadcast of two rank-4 shapes (a static dim > 1 wins, two 1s stay
/// 1, else dynamic).
RankedTensorType broadcastType(RankedTensorType a, RankedTensorType b) {
  SmallVector<int64_t> dims;
  for (int64_t i = 0; i < a.getRank(); ++i) {
    int64_t x = a.getDimSize(i), y = b.getDimSize(i);
    if (x == 1 || x == y)
      dims.push_back(y);
    else if (y == 1)
      dims.push_back(x);
    else
      dims.push_back(ShapedType::isDynamic(x) ? y : x);
  }
  return RankedTensorType::get(dims, a.getElementType());
}

/// The masked_fill's additive form, plus the additive mask when there is
/// one as well; null when the result has a static batch of 1, which
/// multihead_matmul's BiasQK cannot take.
Value combinedMask(OpBuilder &builder, Location loc,
                   const SelfAttentionMatch &match) {
  Value mask = additiveMask(builder, loc, match);
  if (match.mask) {
    auto type = broadcastType(cast<RankedTensorType>(mask.getType()),
                              cast<RankedTensorType>(match.mask.getType()));
    mask = Paddle::ElementwiseAddOp::create(
        builder, loc, type, mask, match.mask, builder.getSI32IntegerAttr(-1));
  }
  if (cast<RankedTensorType>(mask.getType()).getDimSize(0) == 1)
    return nullptr;
  return mask;
}

struct FuseAttentionPass
    : x2p::fusion::impl::FuseAttentionBase<FuseAttentionPass> {
  using Base::Base;

  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (failed(checkTarget(func, "fuse-attention", target)))
      return signalPassFailure();
    packedCache.clear();
    SmallVector<Paddle::SoftmaxOp> softmaxes;
    func.walk([&](Paddle::SoftmaxOp op) { softmaxes.push_back(op); });
    for (Paddle::SoftmaxOp softmax : softmaxes) {
      std::string whyNot;
      std::optional<SelfAttentionMatch> match =
          matchSelfAttention(softmax, whyNot);
      if (match && failed(target == "gpu" ? fuseForGpu(*match, whyNot)
                                          : fuseForCpu(*match, whyNot)))
        match.reset();
      if (!match && explain)
        softmax.emitRemark() << "attention not fused: " << whyNot;
    }
    // The replaced blocks are dead now (and so are mask ops made for a
    // block that then was refused); drop them.
    IRRewriter rewriter(&getContext());
    (void)runRegionDCE(rewriter, func->getRegions());
  }

  /// The packed Q/K/V weight and bias of `match` with the given dims,
  /// made once per set of projection parameters: blocks that share their
  /// weights (ALBERT's one layer applied N times) share the packed ones.
  /// Null when the weights cannot be read.
  std::pair<Value, Value> packedParameters(const SelfAttentionMatch &match,
                                           ArrayRef<int64_t> weightDims,
                                           ArrayRef<int64_t> biasDims) {
    PackKey key{match.q.weight,       match.k.weight,
                match.v.weight,       match.q.bias,
                match.k.bias,         match.v.bias,
                match.q.columnOffset, match.k.columnOffset,
                match.v.columnOffset, weightDims.size()};
    auto it = packedCache.find(key);
    if (it != packedCache.end())
      return it->second;
    Paddle::ParameterOp q = match.q.weight;
    int64_t hidden = weightDims.front();
    std::optional<Packed> packed = pack(match, hidden);
    if (!packed)
      return {};
    OpBuilder params(q);
    std::string base = q.getName().str() + ".qkv";
    Value w = Paddle::createF32Parameter(params, q.getLoc(), base + "_weight",
                                         weightDims, packed->weight);
    Value b = Paddle::createF32Parameter(params, q.getLoc(), base + "_bias",
                                         biasDims, packed->bias);
    return packedCache[key] = {w, b};
  }

  using PackKey =
      std::tuple<Operation *, Operation *, Operation *, Operation *,
                 Operation *, Operation *, int64_t, int64_t, int64_t, size_t>;
  std::map<PackKey, std::pair<Value, Value>> packedCache;

  LogicalResult fuseForGpu(SelfAttentionMatch match, std::string &whyNot) {
    OpBuilder builder(match.output.getDefiningOp());
    Location loc = match.output.getLoc();
    int64_t hidden =
        cast<RankedTensorType>(match.input.getType()).getDimSize(2);
    int64_t columns = match.heads * match.headDim;
    if (columns != hidden) {
      whyNot = "multihead_matmul needs heads * head_dim = hidden";
      return failure();
    }
    Value mask = match.mask;
    if (match.maskCondition)
      mask = combinedMask(builder, loc, match);
    if ((match.maskCondition && !mask) ||
        (mask && !(mask = biasQK(builder, loc, mask, match.heads)))) {
      whyNot = "multihead_matmul's BiasQK needs the batch dim (the mask's "
               "is a static 1)";
      return failure();
    }
    auto [w, b] = packedParameters(match, {hidden, 3, columns}, {3, columns});
    if (!w) {
      whyNot = "the Q/K/V weights cannot be read";
      return failure();
    }
    Value fused = Paddle::MultiheadMatmulOp::create(
        builder, loc, match.output.getType(), match.input, w, b, mask,
        builder.getBoolAttr(false), builder.getBoolAttr(true),
        builder.getBoolAttr(false),
        builder.getF32FloatAttr(static_cast<float>(match.alpha)),
        builder.getSI32IntegerAttr(static_cast<int32_t>(match.heads)));
    match.output.replaceAllUsesWith(fused);
    return success();
  }

  LogicalResult fuseForCpu(SelfAttentionMatch match, std::string &whyNot) {
    if (!cpuSelfDp) {
      whyNot = "target=cpu keeps attention primitive (Paddle's oneDNN "
               "passes fuse its matmuls; cpu-self-dp=1 for self_dp_attention)";
      return failure();
    }
    if (match.mask || match.maskCondition) {
      whyNot = "a masked block: Paddle has no CPU attention op with a mask";
      return failure();
    }
    OpBuilder builder(match.output.getDefiningOp());
    Location loc = match.output.getLoc();
    int64_t hidden =
        cast<RankedTensorType>(match.input.getType()).getDimSize(2);
    int64_t heads = match.heads, headDim = match.headDim;
    int64_t columns = heads * headDim;
    auto [w, b] = packedParameters(match, {hidden, 3 * columns}, {3 * columns});
    if (!w) {
      whyNot = "the Q/K/V weights cannot be read";
      return failure();
    }
    auto qkvType = withTail(match.input, {3 * columns});
    Value qkv = Paddle::MatmulV2Op::create(builder, loc, qkvType, match.input,
                                           w, false, false);
    qkv = Paddle::ElementwiseAddOp::create(builder, loc, qkvType, qkv, b,
                                           builder.getSI32IntegerAttr(-1));
    auto h = static_cast<int32_t>(heads), d = static_cast<int32_t>(headDim);
    Value split =
        Paddle::createReshape2(builder, loc, qkv, {0, 0, 3, h, d},
                               withTail(match.input, {3, heads, headDim}));
    Value attention = Paddle::SelfDpAttentionOp::create(
        builder, loc, withTail(match.input, {heads, headDim}), split,
        builder.getF32FloatAttr(static_cast<float>(match.alpha)),
        builder.getSI32IntegerAttr(h));
    Value merged = Paddle::createReshape2(
        builder, loc, attention, {0, 0, h * d}, match.output.getType());
    match.output.replaceAllUsesWith(merged);
    return success();
  }
};

} // namespace
