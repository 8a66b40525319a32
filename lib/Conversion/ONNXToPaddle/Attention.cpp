//===- Attention.cpp - ONNX transformer building blocks → paddle ----------===//
//
// RMSNormalization, Attention and RotaryEmbedding (opset 23/24). Paddle
// 3.3.1 has no CPU kernel for a fused RMS norm, rotary embedding or a
// scaled-dot-product attention that takes ONNX's masks, caches and head
// layouts (multihead_matmul is a fused op with its own weight layout), so
// all three are decomposed into matmul_v2, softmax, slice, concat, scale
// and numpy-broadcast elementwise ops, step by step as the ONNX reference
// implementation computes them. Paddle has no float16
// arithmetic on CPU, so f16/bf16 inputs are computed in float32 (the
// precision RMSNormalization's default stash_type asks for anyway) and the
// results cast back.
//
//===----------------------------------------------------------------------===//
#include "NNCommon.h"
#include "Patterns.h"
#include "ShapeCommon.h"

#include "dialects/ONNX/ONNXOps.h"
#include "dialects/Paddle/PaddleDataType.h"
#include "dialects/Paddle/PaddleOps.h"

#include "mlir/Dialect/Traits.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;

namespace {

bool isUsed(Value v) { return v && !isNone(v) && !v.use_empty(); }
bool isPresent(Value v) { return v && !isNone(v); }

/// True when `from` broadcasts (numpy rules) to `to` without widening it;
/// a dynamic dim of `to` takes anything.
bool broadcastsTo(ArrayRef<int64_t> from, ArrayRef<int64_t> to) {
  SmallVector<int64_t> out;
  if (!OpTrait::util::getBroadcastedShape(from, to, out) ||
      out.size() != to.size())
    return false;
  for (auto [o, t] : llvm::zip(out, to))
    if (o != t && !ShapedType::isDynamic(t))
      return false;
  return true;
}

/// The float type Paddle computes `type` in: f64 stays, the rest (f32,
/// f16, bf16) run in f32, which represents f16/bf16 exactly.
Type computeFloat(Type type) {
  if (type.isF64())
    return type;
  return Float32Type::get(type.getContext());
}

/// ONNX's TensorProto data type code of a float type.
std::optional<Type> floatOfCode(MLIRContext *context, int64_t code) {
  switch (code) {
  case 1:
    return Float32Type::get(context);
  case 10:
    return Float16Type::get(context);
  case 11:
    return Float64Type::get(context);
  case 16:
    return BFloat16Type::get(context);
  default:
    return std::nullopt;
  }
}

/// Builds the decompositions' ops; result shapes follow the operands'
/// (static where known).
struct OpBuild {
  ConversionPatternRewriter &b;
  Location loc;

  SmallVector<int64_t> dims(Value v) {
    return SmallVector<int64_t>(cast<RankedTensorType>(v.getType()).getShape());
  }
  Type elem(Value v) { return cast<ShapedType>(v.getType()).getElementType(); }
  RankedTensorType type(ArrayRef<int64_t> shape, Type element) {
    return RankedTensorType::get(shape, element);
  }

  Value castTo(Value v, Type element) {
    return castElements(b, loc, v, element);
  }
  /// x * s + bias.
  Value scale(Value x, double s, double bias = 0.0) {
    return Paddle::ScaleOp::create(b, loc, x.getType(), x, Value(), Value(),
                                   b.getF32FloatAttr(static_cast<float>(s)),
                                   b.getF32FloatAttr(static_cast<float>(bias)),
                                   b.getBoolAttr(true));
  }
  /// The numpy broadcast of two operands' shapes; empty when they do not
  /// broadcast.
  SmallVector<int64_t> broadcast(Value x, Value y) {
    SmallVector<int64_t> out;
    if (!OpTrait::util::getBroadcastedShape(dims(x), dims(y), out))
      return {};
    return out;
  }
  template <typename OpTy> Value binary(Value x, Value y) {
    return OpTy::create(b, loc, type(broadcast(x, y), elem(x)), x, y,
                        b.getSI32IntegerAttr(-1));
  }
  Value add(Value x, Value y) { return binary<Paddle::ElementwiseAddOp>(x, y); }
  Value mul(Value x, Value y) { return binary<Paddle::ElementwiseMulOp>(x, y); }
  Value transpose(Value x, ArrayRef<int32_t> perm) {
    SmallVector<int64_t> in = dims(x), out;
    for (int32_t p : perm)
      out.push_back(in[p]);
    SmallVector<int64_t> xshape{0};
    llvm::append_range(xshape, in);
    return Paddle::Transpose2Op::create(
               b, loc, TypeRange{type(out, elem(x)), type(xshape, elem(x))}, x,
               b.getDenseI32ArrayAttr(perm))
        .getOut();
  }
  Value reshapeTo(Value x, ArrayRef<int32_t> shape, ArrayRef<int64_t> out) {
    return reshape(b, loc, x, shape, type(out, elem(x)));
  }
  Value concat(ValueRange xs, int32_t axis) {
    SmallVector<int64_t> out = dims(xs.front());
    for (Value x : xs.drop_front()) {
      int64_t d = dims(x)[axis];
      out[axis] = ShapedType::isDynamic(out[axis]) || ShapedType::isDynamic(d)
                      ? ShapedType::kDynamic
                      : out[axis] + d;
    }
    return Paddle::ConcatOp::create(b, loc, type(out, elem(xs.front())), xs,
                                    Value(), b.getSI32IntegerAttr(axis));
  }
  Value matmul(Value x, Value y, bool transY) {
    SmallVector<int64_t> dx = dims(x), dy = dims(y);
    SmallVector<int64_t> out(dx.begin(), dx.end() - 1);
    out.push_back(transY ? dy[dy.size() - 2] : dy.back());
    return Paddle::MatmulV2Op::create(b, loc, type(out, elem(x)), x, y,
                                      b.getBoolAttr(false),
                                      b.getBoolAttr(transY));
  }
  Value filled(ArrayRef<int64_t> shape, Type element, double value) {
    return filledTensor(b, loc, shape, element, value);
  }
  /// `value` cast to `result`'s element type, for the op's result `result`
  /// (an assign where the declared type is less static than the built one).
  Value finish(Value value, Value result) {
    value = castTo(value, llvm::cast<ShapedType>(result.getType()).getElementType());
    if (value.getType() != result.getType())
      value = Paddle::AssignOp::create(b, loc, result.getType(), value);
    return value;
  }
};

/// RMSNormalization: X * rsqrt(mean(X^2 over dims axis..) + epsilon) in the
/// stash type, cast back to X's type, times scale (numpy broadcast).
struct RMSNormalizationToPaddle
    : ReportingPattern<ONNX::RMSNormalizationOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::RMSNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto sType = rankedType(adaptor.getScale());
    if (!xType || !sType)
      return failures.fail(op, "X and scale must have known ranks");
    int64_t rank = xType.getRank();
    int64_t axis = op.getAxis() < 0 ? op.getAxis() + rank : op.getAxis();
    if (axis < 0 || axis >= rank)
      return failures.fail(op, "axis out of range");
    if (!broadcastsTo(sType.getShape(), xType.getShape()))
      return failures.fail(op, "scale does not broadcast to X's shape");
    Type xElem = xType.getElementType();
    // stash_type 1 (float32) is what the spec's function body and the
    // reference compute in; a stash type equal to X's own type is the same
    // arithmetic without the casts.
    Type stash;
    int64_t stashType = op.getStashType();
    if (stashType == 1)
      stash = rewriter.getF32Type();
    else if (stashType == 11 && xElem.isF64())
      stash = xElem;
    else
      return failures.fail(op, "stash_type " + Twine(stashType) +
                                   " is not converted (only 1, float32, or "
                                   "11 with double X)");
    OpBuild b{rewriter, op.getLoc()};
    Value x = b.castTo(adaptor.getX(), stash);
    SmallVector<int32_t> axes;
    SmallVector<int64_t> statShape;
    for (int64_t i = 0; i < rank; ++i) {
      if (i >= axis)
        axes.push_back(static_cast<int32_t>(i));
      statShape.push_back(i < axis ? xType.getDimSize(i) : 1);
    }
    Value square = b.mul(x, x);
    Value mean = Paddle::ReduceMeanOp::create(
        rewriter, b.loc, b.type(statShape, stash), square,
        rewriter.getDenseI32ArrayAttr(axes), rewriter.getBoolAttr(true),
        rewriter.getBoolAttr(false));
    Value shifted = b.scale(mean, 1.0, op.getEpsilon().convertToDouble());
    Value inv = Paddle::RsqrtOp::create(rewriter, b.loc, shifted.getType(),
                                        shifted);
    Value normalized = b.castTo(b.mul(x, inv), xElem);
    // The scale multiplies in X's type: an f16 product computed in f32 and
    // rounded once by the cast back is the correctly rounded f16 product.
    Type mulType = computeFloat(xElem);
    Value lhs = b.castTo(normalized, mulType);
    Value y = b.mul(lhs, b.castTo(adaptor.getScale(), mulType));
    rewriter.replaceOp(op, b.finish(y, op.getY()));
    return success();
  }
};

/// Attention, as op_attention.py computes it: heads split from 3-D inputs,
/// past and incoming keys/values concatenated, kv heads repeated for GQA,
/// softmax(softcap(Q*sqrt(s) @ (K*sqrt(s))^T) + mask + causal) @ V.
struct AttentionToPaddle : ReportingPattern<ONNX::AttentionOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::AttentionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto qType = rankedType(adaptor.getQ());
    auto kType = rankedType(adaptor.getK());
    auto vType = rankedType(adaptor.getV());
    if (!qType || !kType || !vType)
      return failures.fail(op, "Q, K and V must have known ranks");
    int64_t rank = qType.getRank();
    if (rank != kType.getRank() || rank != vType.getRank() ||
        (rank != 3 && rank != 4))
      return failures.fail(op, "Q, K and V must all be 3-D or all 4-D");
    Value pastKey = adaptor.getPastKey(), pastValue = adaptor.getPastValue();
    bool hasPast = isPresent(pastKey);
    if (hasPast != isPresent(pastValue))
      return failures.fail(op, "past_key and past_value must come together");
    if (hasPast && (!rankedType(pastKey) || rankedType(pastKey).getRank() != 4 ||
                    !rankedType(pastValue) ||
                    rankedType(pastValue).getRank() != 4))
      return failures.fail(op, "past_key and past_value must be 4-D");
    Type xElem = qType.getElementType();
    Type c = computeFloat(xElem);
    OpBuild b{rewriter, op.getLoc()};

    // softmax_precision: the softmax runs in that type; f16/bf16 inputs
    // compute in f32 anyway, at least the precision asked.
    Type softmaxType = c;
    if (auto code = op.getSoftmaxPrecision()) {
      auto p = floatOfCode(op.getContext(), *code);
      if (!p)
        return failures.fail(op, "softmax_precision " + Twine(*code) +
                                     " is not a float type");
      if (p->isF64())
        softmaxType = *p;
      else if (!p->isF32() && !xElem.isF16() && !xElem.isBF16())
        return failures.fail(op, "a softmax in f16/bf16 for f32/f64 inputs "
                                 "is not converted");
    }

    // Validate everything static before building anything.
    int64_t qHeads, kvHeads;
    auto headSplit = [&](RankedTensorType t, int64_t heads) -> int64_t {
      int64_t hidden = t.getDimSize(2);
      if (ShapedType::isDynamic(hidden) || hidden % heads != 0 ||
          hidden > INT32_MAX)
        return ShapedType::kDynamic;
      return hidden / heads;
    };
    if (rank == 3) {
      if (!op.getQNumHeads() || !op.getKvNumHeads())
        return failures.fail(op, "3-D inputs need q_num_heads and "
                                 "kv_num_heads");
      qHeads = *op.getQNumHeads();
      kvHeads = *op.getKvNumHeads();
      if (qHeads < 1 || kvHeads < 1 || qHeads > INT32_MAX)
        return failures.fail(op, "q_num_heads and kv_num_heads must be >= 1");
      if (ShapedType::isDynamic(headSplit(qType, qHeads)) ||
          ShapedType::isDynamic(headSplit(kType, kvHeads)) ||
          ShapedType::isDynamic(headSplit(vType, kvHeads)))
        return failures.fail(op, "the hidden sizes of 3-D Q, K and V must be "
                                 "static multiples of their head counts");
    } else {
      qHeads = qType.getDimSize(1);
      kvHeads = kType.getDimSize(1);
      if (ShapedType::isDynamic(qHeads) || ShapedType::isDynamic(kvHeads) ||
          vType.getDimSize(1) != kvHeads)
        return failures.fail(op, "the head counts of Q, K and V must be "
                                 "static, K's and V's equal");
      if ((op.getQNumHeads() && *op.getQNumHeads() != qHeads) ||
          (op.getKvNumHeads() && *op.getKvNumHeads() != kvHeads))
        return failures.fail(op, "q_num_heads/kv_num_heads disagree with the "
                                 "4-D inputs' head dims");
    }
    if (qHeads % kvHeads != 0)
      return failures.fail(op, "q heads are not a multiple of kv heads");
    int64_t headSize = rank == 3 ? headSplit(qType, qHeads) : qType.getDimSize(3);
    int64_t kHeadSize =
        rank == 3 ? headSplit(kType, kvHeads) : kType.getDimSize(3);
    int64_t vHeadSize =
        rank == 3 ? headSplit(vType, kvHeads) : vType.getDimSize(3);
    if (ShapedType::isDynamic(headSize) || kHeadSize != headSize)
      return failures.fail(op, "Q's and K's head sizes must be static and "
                               "equal");
    if (ShapedType::isDynamic(vHeadSize) || vHeadSize > INT32_MAX ||
        qHeads * vHeadSize > INT32_MAX)
      return failures.fail(op, "V's head size must be static");
    if (hasPast) {
      // The cache continues K and V: same heads and head sizes.
      auto same = [](int64_t a, int64_t b) {
        return a == b || ShapedType::isDynamic(a) || ShapedType::isDynamic(b);
      };
      auto pk = rankedType(pastKey).getShape();
      auto pv = rankedType(pastValue).getShape();
      if (!same(pk[1], kvHeads) || !same(pk[3], headSize) ||
          !same(pv[1], kvHeads) || !same(pv[3], vHeadSize))
        return failures.fail(op, "past_key/past_value's heads or head sizes "
                                 "differ from K's and V's");
    }
    double softcap = op.getSoftcap().convertToDouble();
    if (isUsed(op.getQkMatmulOutput())) {
      int64_t mode = op.getQkMatmulOutputMode();
      if (mode < 0 || mode > 3)
        return failures.fail(op, "qk_matmul_output_mode must be 0 to 3");
      // The spec says mode 0 is the raw product; the reference returns it
      // after softcap. Converted only where they agree.
      if (mode == 0 && softcap > 0.0)
        return failures.fail(op, "qk_matmul_output_mode 0 with softcap: the "
                                 "spec (before softcap) and the reference "
                                 "(after) disagree");
    }
    double scale = op.getScale()
                       ? op.getScale()->convertToDouble()
                       : 1.0 / std::sqrt(static_cast<double>(headSize));
    if (!(scale >= 0.0))
      return failures.fail(op, "a negative scale has no square root");
    double rootScale = std::sqrt(scale);

    int64_t pastLength = hasPast ? rankedType(pastKey).getDimSize(2) : 0;
    int64_t qLength = qType.getDimSize(1 + (rank == 4));
    int64_t kvLength = kType.getDimSize(1 + (rank == 4));
    int64_t total = ShapedType::isDynamic(pastLength) ||
                            ShapedType::isDynamic(kvLength)
                        ? ShapedType::kDynamic
                        : pastLength + kvLength;
    Value mask = adaptor.getAttnMask();
    RankedTensorType mType;
    if (isPresent(mask)) {
      mType = rankedType(mask);
      if (!mType || mType.getRank() < 1 || mType.getRank() > 4)
        return failures.fail(op, "attn_mask must have a known rank of 1 to 4");
      Type mElem = mType.getElementType();
      if (!mElem.isInteger(1) && !isa<FloatType>(mElem))
        return failures.fail(op, "attn_mask must be bool or float");
      int64_t last = mType.getShape().back();
      if (!ShapedType::isDynamic(last) && !ShapedType::isDynamic(total) &&
          last > total)
        return failures.fail(op, "attn_mask is longer than the total "
                                 "sequence length");
    }
    if (op.getIsCausal() != 0 && !ShapedType::isDynamic(total) &&
        total > INT32_MAX)
      return failures.fail(op, "the total sequence length exceeds int32");
    Value lengths = adaptor.getNonpadKvSeqlen();
    if (isPresent(lengths)) {
      auto lType = rankedType(lengths);
      if (!lType || lType.getRank() != 1)
        return failures.fail(op, "nonpad_kv_seqlen must be 1-D");
      if (!broadcastsTo({lType.getDimSize(0)}, {qType.getDimSize(0)}) ||
          !broadcastsTo({qType.getDimSize(0)}, {lType.getDimSize(0)}))
        return failures.fail(op, "nonpad_kv_seqlen must have one entry per "
                                 "batch");
    }
    if (isPresent(mask)) {
      // The scores' shape, to check the mask broadcasts without widening
      // it (the reference's in-place add).
      SmallVector<int64_t> scores{qType.getDimSize(0), qHeads, qLength, total};
      SmallVector<int64_t> maskDims(mType.getShape());
      maskDims.back() = total;
      if (!broadcastsTo(maskDims, scores))
        return failures.fail(op, "attn_mask does not broadcast to the "
                                 "attention scores' shape");
    }

    // The 4-D [batch, heads, seq, head_size] forms of Q, K and V.
    Value q = b.castTo(adaptor.getQ(), c);
    Value k = b.castTo(adaptor.getK(), c);
    Value v = b.castTo(adaptor.getV(), c);
    if (rank == 3) {
      auto split = [&](Value x, int64_t heads, int64_t size) -> Value {
        SmallVector<int64_t> d = b.dims(x);
        Value r = b.reshapeTo(
            x, {0, 0, static_cast<int32_t>(heads), static_cast<int32_t>(size)},
            {d[0], d[1], heads, size});
        return b.transpose(r, {0, 2, 1, 3});
      };
      q = split(q, qHeads, headSize);
      k = split(k, kvHeads, headSize);
      v = split(v, kvHeads, vHeadSize);
    }

    // KV cache: present = concat(past, incoming) on the sequence dim.
    Value pastK;
    if (hasPast) {
      pastK = b.castTo(pastKey, c);
      k = b.concat({pastK, k}, 2);
      Value pastV = b.castTo(pastValue, c);
      v = b.concat({pastV, v}, 2);
    }
    Value presentKey = k, presentValue = v;

    // GQA/MQA: each kv head repeated q_heads / kv_heads times in place
    // ([h0, h0, h1, h1, ...], numpy.repeat on the head dim).
    if (qHeads != kvHeads) {
      int32_t reps = static_cast<int32_t>(qHeads / kvHeads);
      auto repeat = [&](Value x) {
        Value u = unsqueeze(rewriter, b.loc, x, {2});
        SmallVector<int64_t> d = b.dims(u);
        d[2] = reps;
        Value t = Paddle::TileOp::create(
            rewriter, b.loc, b.type(d, c), u, Value(), ValueRange{},
            rewriter.getDenseI32ArrayAttr({1, 1, reps, 1, 1}));
        return b.reshapeTo(t,
                           {0, static_cast<int32_t>(qHeads), -1,
                            static_cast<int32_t>(d[4])},
                           {d[0], qHeads, d[3], d[4]});
      };
      k = repeat(k);
      v = repeat(v);
    }

    // Q and K each scaled by sqrt(scale), as the spec asks, before the
    // matmul.
    Value scaledQ = b.scale(q, rootScale);
    Value qk = b.matmul(scaledQ, b.scale(k, rootScale), /*transY=*/true);
    Value capped = qk;
    if (softcap > 0.0) {
      Value t = b.scale(qk, 1.0 / softcap);
      t = Paddle::TanhOp::create(rewriter, b.loc, t.getType(), t);
      capped = b.scale(t, softcap);
    }

    // The bias, added after the softcap so that -inf stays -inf: the mask
    // (bool: log of 1/0 is 0/-inf; float: added as is) padded with -inf up
    // to the total sequence length, the causal triangle, the padding of
    // nonpad_kv_seqlen.
    Value biased = capped;
    double negInf = -std::numeric_limits<double>::infinity();
    if (isPresent(mask)) {
      bool isBool = mType.getElementType().isInteger(1);
      mask = b.castTo(mask, c);
      if (isBool)
        mask = Paddle::LogOp::create(rewriter, b.loc, mask.getType(), mask);
      int64_t last = mType.getShape().back();
      int32_t lastAxis = static_cast<int32_t>(mType.getRank() - 1);
      if (mType.hasStaticShape() && !ShapedType::isDynamic(total)) {
        if (last < total) {
          SmallVector<int64_t> padShape(mType.getShape());
          padShape.back() = total - last;
          Value pad = b.filled(padShape, c, negInf);
          mask = b.concat({mask, pad}, lastAxis);
        }
      } else {
        // Lengths known at run time only: always padded, by total - last
        // columns of -inf (none where the mask is full length).
        Type i32 = rewriter.getI32Type();
        Value maskShape = shapeTensorOf(rewriter, b.loc, mask, i32);
        Value lastDim = sliceVector(rewriter, b.loc, maskShape, lastAxis,
                                    lastAxis + 1, 1);
        Value totalDim =
            sliceVector(rewriter, b.loc,
                        shapeTensorOf(rewriter, b.loc, presentKey, i32), 2, 3,
                        1);
        Value padLength = b.binary<Paddle::ElementwiseSubOp>(totalDim, lastDim);
        Value padDims = padLength;
        if (lastAxis > 0) {
          Value lead = sliceVector(rewriter, b.loc, maskShape, 0, lastAxis,
                                   lastAxis);
          padDims = b.concat({lead, padLength}, 0);
        }
        SmallVector<int64_t> padShape(mType.getShape());
        padShape.back() = ShapedType::isDynamic(last) ||
                                  ShapedType::isDynamic(total)
                              ? ShapedType::kDynamic
                              : total - last;
        Value pad = Paddle::FillConstantOp::create(
            rewriter, b.loc, b.type(padShape, c), /*ValueTensor=*/Value(),
            padDims, /*ShapeTensorList=*/ValueRange{},
            rewriter.getSI32IntegerAttr(*Paddle::varTypeCodeOf(c)),
            rewriter.getDenseI64ArrayAttr({}),
            rewriter.getF32FloatAttr(-std::numeric_limits<float>::infinity()),
            rewriter.getStringAttr(""));
        mask = b.concat({mask, pad}, lastAxis);
      }
      biased = b.add(biased, mask);
    }
    if (op.getIsCausal() != 0) {
      // -inf where column - row > the past length (the reference's
      // upper-left aligned triangle after the past), 0 elsewhere.
      Value causal;
      if (!ShapedType::isDynamic(qLength) && !ShapedType::isDynamic(total)) {
        Value full = b.filled({qLength, total}, c, negInf);
        causal = Paddle::TrilTriuOp::create(
            rewriter, b.loc, full.getType(), full,
            rewriter.getSI32IntegerAttr(static_cast<int32_t>(pastLength + 1)),
            rewriter.getBoolAttr(false));
      } else {
        // Sequence lengths known at run time only: the same triangle as
        // log(column - row <= past) from ranges over the dims.
        Type i32 = rewriter.getI32Type();
        auto dimOf = [&](Value x, int64_t dim) {
          return sliceVector(rewriter, b.loc,
                             shapeTensorOf(rewriter, b.loc, x, i32), dim,
                             dim + 1, 1);
        };
        Value zero = b.filled({1}, i32, 0);
        Value one = b.filled({1}, i32, 1);
        Value qEnd = dimOf(q, 2);
        Value rows = Paddle::RangeOp::create(
            rewriter, b.loc, b.type({qLength}, i32), zero, qEnd, one);
        rows = b.reshapeTo(rows, {-1, 1}, {qLength, 1});
        Value totalEnd = dimOf(presentKey, 2);
        Value cols = Paddle::RangeOp::create(
            rewriter, b.loc, b.type({total}, i32), zero, totalEnd, one);
        Value offset = b.binary<Paddle::ElementwiseSubOp>(cols, rows);
        Value past = ShapedType::isDynamic(pastLength)
                         ? dimOf(pastK, 2) // f32: shape has no f16 kernel
                         : b.filled({1}, i32, static_cast<double>(pastLength));
        Value allowed = Paddle::LessEqualOp::create(
            rewriter, b.loc, b.type({qLength, total}, rewriter.getI1Type()),
            offset, past, rewriter.getSI32IntegerAttr(-1));
        causal = b.castTo(allowed, c);
        causal =
            Paddle::LogOp::create(rewriter, b.loc, causal.getType(), causal);
      }
      biased = b.add(biased, causal);
    }
    if (isPresent(lengths)) {
      Type i64 = rewriter.getI64Type();
      Value start = b.filled({1}, i64, 0);
      Value end =
          ShapedType::isDynamic(total)
              ? castElements(
                    rewriter, b.loc,
                    sliceVector(rewriter, b.loc,
                                shapeTensorOf(rewriter, b.loc, presentKey,
                                              rewriter.getI32Type()),
                                2, 3, 1),
                    i64)
              : b.filled({1}, i64, static_cast<double>(total));
      Value step = b.filled({1}, i64, 1);
      Value positions = Paddle::RangeOp::create(
          rewriter, b.loc, b.type({total}, i64), start, end, step);
      int64_t batch = rankedType(lengths).getDimSize(0);
      Value column =
          b.reshapeTo(b.castTo(lengths, i64), {-1, 1}, {batch, 1});
      Value valid = Paddle::LessThanOp::create(
          rewriter, b.loc, b.type({batch, total}, rewriter.getI1Type()),
          positions, column, rewriter.getSI32IntegerAttr(-1));
      Value padding = b.castTo(valid, c);
      padding =
          Paddle::LogOp::create(rewriter, b.loc, padding.getType(), padding);
      padding = unsqueeze(rewriter, b.loc, padding, {1, 2});
      biased = b.add(biased, padding);
    }

    Value probs = Paddle::SoftmaxOp::create(
        rewriter, b.loc, b.type(b.dims(biased), softmaxType),
        b.castTo(biased, softmaxType), rewriter.getSI32IntegerAttr(-1));
    Type productType = softmaxType.isF64() ? softmaxType : c;
    Value weights = b.castTo(probs, productType);
    Value y = b.matmul(weights, b.castTo(v, productType), /*transY=*/false);
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(y);
      y = b.transpose(y, {0, 2, 1, 3});
      y = b.reshapeTo(y, {0, 0, static_cast<int32_t>(qHeads * vHeadSize)},
                      {d[0], d[2], qHeads * vHeadSize});
    }

    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = b.finish(y, op.getY());
    if (isUsed(op.getPresentKey()))
      results[1] = b.finish(presentKey, op.getPresentKey());
    if (isUsed(op.getPresentValue()))
      results[2] = b.finish(presentValue, op.getPresentValue());
    if (isUsed(op.getQkMatmulOutput())) {
      Value outs[] = {qk, capped, biased, probs};
      results[3] =
          b.finish(outs[op.getQkMatmulOutputMode()], op.getQkMatmulOutput());
    }
    rewriter.replaceOp(op, results);
    return success();
  }
};


/// RotaryEmbedding, as op_rotary_embedding.py computes it: the first
/// rotary_embedding_dim features of each head rotated by the cos/sin rows
/// of each position (looked up by position_ids, an embedding lookup), in
/// halves or interleaved pairs, the rest passed through.
struct RotaryEmbeddingToPaddle : ReportingPattern<ONNX::RotaryEmbeddingOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::RotaryEmbeddingOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto xType = rankedType(adaptor.getX());
    auto cosType = rankedType(adaptor.getCosCache());
    auto sinType = rankedType(adaptor.getSinCache());
    if (!xType || !cosType || !sinType)
      return failures.fail(op, "X and the caches must have known ranks");
    int64_t rank = xType.getRank();
    if (rank != 3 && rank != 4)
      return failures.fail(op, "X must be 3-D or 4-D");
    Value ids = adaptor.getPositionIds();
    bool hasIds = isPresent(ids);
    int64_t cacheRank = hasIds ? 2 : 3;
    if (cosType.getRank() != cacheRank || sinType.getRank() != cacheRank)
      return failures.fail(op, hasIds ? "with position_ids the caches must "
                                        "be 2-D"
                                      : "without position_ids the caches "
                                        "must be 3-D");
    if (hasIds && (!rankedType(ids) || rankedType(ids).getRank() != 2))
      return failures.fail(op, "position_ids must be 2-D");
    int64_t heads = 0, headSize = xType.getShape().back();
    if (rank == 3) {
      heads = op.getNumHeads().value_or(0);
      if (heads < 1 || heads > INT32_MAX ||
          ShapedType::isDynamic(headSize) || headSize % heads != 0)
        return failures.fail(op, "3-D X needs num_heads dividing a static "
                                 "hidden size");
      headSize /= heads;
    }
    if (ShapedType::isDynamic(headSize) || headSize > INT32_MAX)
      return failures.fail(op, "the head size must be static");
    int64_t rotary = op.getRotaryEmbeddingDim();
    if (rotary == 0)
      rotary = headSize;
    if (rotary < 0 || rotary > headSize || rotary % 2 != 0)
      return failures.fail(op, "rotary_embedding_dim must be even and at "
                               "most the head size");
    int64_t half = rotary / 2;
    if (cosType.getShape().back() != half || sinType.getShape().back() != half)
      return failures.fail(op, "the caches' last dim must be "
                               "rotary_embedding_dim / 2, statically");
    // The cos/sin rows, [B, S, half] with a 1 for the heads, must
    // broadcast to the rotated halves.
    SmallVector<int64_t> halves(xType.getShape());
    if (rank == 3)
      halves = {halves[0], halves[1], heads, half};
    halves.back() = half;
    for (RankedTensorType cache : {cosType, sinType}) {
      SmallVector<int64_t> rowShape =
          hasIds ? SmallVector<int64_t>(rankedType(ids).getShape())
                 : SmallVector<int64_t>(cache.getShape().drop_back());
      rowShape.insert(rowShape.begin() + (rank == 4 ? 1 : 2), 1);
      rowShape.push_back(half);
      if (!broadcastsTo(rowShape, halves))
        return failures.fail(op, "the cos/sin rows do not match X's batch "
                                 "and sequence dims");
    }
    Type xElem = xType.getElementType();
    Type c = computeFloat(xElem);
    OpBuild b{rewriter, op.getLoc()};

    // X as [B, H, S, D] (4-D) or [B, S, H, D] (3-D, heads split); the
    // caches as [B, S, half] with a 1 for the heads.
    Value x = b.castTo(adaptor.getX(), c);
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(x);
      x = b.reshapeTo(x,
                      {0, 0, static_cast<int32_t>(heads),
                       static_cast<int32_t>(headSize)},
                      {d[0], d[1], heads, headSize});
    }
    int32_t headAxis = rank == 4 ? 1 : 2;
    auto rows = [&](Value cache) {
      cache = b.castTo(cache, c);
      if (hasIds) {
        SmallVector<int64_t> shape = b.dims(ids);
        shape.push_back(half);
        cache = Paddle::LookupTableV2Op::create(
            rewriter, b.loc, b.type(shape, c), ids, cache,
            rewriter.getIntegerAttr(
                rewriter.getIntegerType(64, /*isSigned=*/true), -1));
      }
      return unsqueeze(rewriter, b.loc, cache, {headAxis});
    };
    Value cosRows = rows(adaptor.getCosCache());
    Value sinRows = rows(adaptor.getSinCache());

    auto slice = [&](Value v, int32_t axis, int64_t from, int64_t to,
                     bool drop) {
      SmallVector<int64_t> d = b.dims(v);
      d[axis] = to - from;
      if (drop)
        d.erase(d.begin() + axis);
      return Paddle::SliceOp::create(
          rewriter, b.loc, b.type(d, c), v, Value(), Value(), ValueRange{},
          ValueRange{}, rewriter.getDenseI32ArrayAttr({axis}),
          rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(from)}),
          rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(to)}),
          rewriter.getDenseI32ArrayAttr({1}),
          rewriter.getDenseI32ArrayAttr(drop ? ArrayRef<int32_t>{axis}
                                             : ArrayRef<int32_t>{}));
    };
    Value rotated = rotary == headSize ? x : slice(x, 3, 0, rotary, false);
    Value x1, x2;
    SmallVector<int64_t> rd = b.dims(rotated);
    if (op.getInterleaved() != 0) {
      // Pairs (x[2i], x[2i+1]) as a trailing dim of 2.
      Value pairs = b.reshapeTo(rotated,
                                {0, 0, 0, static_cast<int32_t>(half), 2},
                                {rd[0], rd[1], rd[2], half, 2});
      x1 = slice(pairs, 4, 0, 1, true);
      x2 = slice(pairs, 4, 1, 2, true);
    } else {
      x1 = slice(rotated, 3, 0, half, false);
      x2 = slice(rotated, 3, half, rotary, false);
    }
    auto sub = [&](Value l, Value r) {
      return Paddle::ElementwiseSubOp::create(
          rewriter, b.loc, l.getType(), l, r, rewriter.getSI32IntegerAttr(-1));
    };
    // The products broadcast the caches over the heads.
    Value x1Cos = b.mul(x1, cosRows);
    Value real = sub(x1Cos, b.mul(x2, sinRows));
    Value x1Sin = b.mul(x1, sinRows);
    Value imag = b.add(x1Sin, b.mul(x2, cosRows));
    Value out;
    if (op.getInterleaved() != 0) {
      Value realPairs = unsqueeze(rewriter, b.loc, real, {4});
      Value pairs =
          b.concat({realPairs, unsqueeze(rewriter, b.loc, imag, {4})}, 4);
      out = b.reshapeTo(pairs, {0, 0, 0, static_cast<int32_t>(rotary)}, rd);
    } else {
      out = b.concat({real, imag}, 3);
    }
    if (rotary != headSize) {
      Value passed = slice(x, 3, rotary, headSize, false);
      out = b.concat({out, passed}, 3);
    }
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(out);
      out = b.reshapeTo(out, {0, 0, static_cast<int32_t>(heads * headSize)},
                        {d[0], d[1], heads * headSize});
    }
    rewriter.replaceOp(op, b.finish(out, op.getY()));
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateAttentionPatterns(
    TypeConverter &converter, RewritePatternSet &patterns, Failures &failures) {
  patterns.add<RMSNormalizationToPaddle, AttentionToPaddle,
               RotaryEmbeddingToPaddle>(
      converter, patterns.getContext(), failures);
}
