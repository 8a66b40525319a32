//===- Attention.cpp - ONNX Attention → paddle ----------------------------===//
//
// Attention (opset 23/24). Paddle 3.3.1 has no CPU op for a scaled
// dot-product attention that takes ONNX's masks, KV cache and head layouts
// (multihead_matmul is a fused op with its own weight layout), so it is
// decomposed into matmul_v2, softmax, scale, concat and numpy-broadcast
// elementwise ops, step by step as the ONNX reference computes it: 3-D
// inputs split into heads, the past concatenated in front of K and V, kv
// heads repeated for grouped-query attention, the mask, causal triangle and
// nonpad_kv_seqlen turned into one additive bias. Paddle has no float16
// arithmetic on CPU, so f16/bf16 inputs compute in float32 and the results
// are cast back.
//
//===----------------------------------------------------------------------===//
#include "Families.h"
#include "AttentionCommon.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::nn;
using namespace x2p::onnx_to_paddle::attention;

namespace {

/// The float type of ONNX data type `code`, when Paddle has it.
std::optional<Type> floatOfCode(MLIRContext *context, int64_t code) {
  Type type = ONNX::getElementTypeOfDataType(context, code);
  if (!isa_and_nonnull<FloatType>(type) || !Paddle::varTypeCodeOf(type))
    return std::nullopt;
  return type;
}

/// One Attention op's conversion, as op_attention.py computes it: heads
/// split from 3-D inputs, past and incoming keys/values concatenated, kv
/// heads repeated for GQA, softmax(softcap(Q*sqrt(s) @ (K*sqrt(s))^T) +
/// mask + causal) @ V, one method per step. check() validates everything
/// static before anything is built, so that a refused op leaves no ops
/// behind, and records the facts (head counts and sizes, sequence
/// lengths) the build steps read; build() runs the steps in the
/// reference's order, which is the converted program's op order.
class AttentionLowering {
public:
  AttentionLowering(ONNX::AttentionOp op, ONNX::AttentionOp::Adaptor adaptor,
                    ConversionPatternRewriter &rewriter, Failures &failures)
      : op(op), adaptor(adaptor), rewriter(rewriter),
        failures(failures), b{rewriter, op.getLoc()} {}

  /// The checks, in the order whose first failure is the one reported.
  LogicalResult check() {
    // Validate everything static before building anything.
    if (failed(checkInputs()) || failed(checkSoftmaxPrecision()) ||
        failed(checkHeads()) || failed(checkScaling()) ||
        failed(checkBiasInputs()))
      return failure();
    return success();
  }

  /// The op's results (null for the unused optional ones).
  SmallVector<Value> build() {
    splitHeads();
    concatPast();
    repeatKvHeads();
    Value qk = scores();
    Value capped = softcapped(qk);

    // The bias, added after the softcap so that -inf stays -inf: the mask
    // (bool: log of 1/0 is 0/-inf; float: added as is) padded with -inf up
    // to the total sequence length, the causal triangle, the padding of
    // nonpad_kv_seqlen. (With is_causal, op_attention.py turns a bool mask
    // into (1 - mask) * -inf, NaN where True; the spec and onnxruntime mean
    // 0 there, as here.)
    Value biased = capped;
    if (isPresent(mask))
      biased = b.add(biased, maskBias());
    if (op.getIsCausal() != 0)
      biased = b.add(biased, causalBias());
    if (isPresent(lengths))
      biased = b.add(biased, nonpadBias());
    Value probs = softmax(biased);
    Value y = attend(probs);
    return collectResults(y, qk, capped, biased, probs);
  }

private:
  /// Q, K, V and the KV cache: ranks, and the float type computed in.
  LogicalResult checkInputs() {
    qType = rankedType(adaptor.getQ());
    kType = rankedType(adaptor.getK());
    vType = rankedType(adaptor.getV());
    if (!qType || !kType || !vType)
      return failures.fail(op, "Q, K and V must have known ranks");
    rank = qType.getRank();
    if (rank != kType.getRank() || rank != vType.getRank() ||
        (rank != 3 && rank != 4))
      return failures.fail(op, "Q, K and V must all be 3-D or all 4-D");
    pastKey = adaptor.getPastKey();
    pastValue = adaptor.getPastValue();
    hasPast = isPresent(pastKey);
    if (hasPast != isPresent(pastValue))
      return failures.fail(op, "past_key and past_value must come together");
    if (hasPast &&
        (!rankedType(pastKey) || rankedType(pastKey).getRank() != 4 ||
         !rankedType(pastValue) || rankedType(pastValue).getRank() != 4))
      return failures.fail(op, "past_key and past_value must be 4-D");
    xElem = qType.getElementType();
    c = computeFloat(xElem);
    return success();
  }

  LogicalResult checkSoftmaxPrecision() {
    // softmax_precision: the softmax runs in that type; f16/bf16 inputs
    // compute in f32 anyway, at least the precision asked.
    softmaxType = c;
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
    return success();
  }

  /// The head counts and head sizes: static, and agreeing between the
  /// attributes, the 4-D inputs' dims and the cache.
  LogicalResult checkHeads() {
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
    headSize = rank == 3 ? headSplit(qType, qHeads) : qType.getDimSize(3);
    int64_t kHeadSize =
        rank == 3 ? headSplit(kType, kvHeads) : kType.getDimSize(3);
    vHeadSize = rank == 3 ? headSplit(vType, kvHeads) : vType.getDimSize(3);
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
    return success();
  }

  /// softcap, qk_matmul_output_mode and scale.
  LogicalResult checkScaling() {
    softcap = op.getSoftcap().convertToDouble();
    if (isUsed(op.getQkMatmulOutput())) {
      int64_t mode = op.getQkMatmulOutputMode();
      if (mode < 0 || mode > 3)
        return failures.fail(op, "qk_matmul_output_mode must be 0 to 3");
    }
    double scale = op.getScale()
                       ? op.getScale()->convertToDouble()
                       : 1.0 / std::sqrt(static_cast<double>(headSize));
    if (!(scale >= 0.0))
      return failures.fail(op, "a negative scale has no square root");
    rootScale = std::sqrt(scale);
    return success();
  }

  /// The sequence lengths, attn_mask and nonpad_kv_seqlen.
  LogicalResult checkBiasInputs() {
    pastLength = hasPast ? rankedType(pastKey).getDimSize(2) : 0;
    qLength = qType.getDimSize(1 + (rank == 4));
    int64_t kvLength = kType.getDimSize(1 + (rank == 4));
    total = ShapedType::isDynamic(pastLength) || ShapedType::isDynamic(kvLength)
                ? ShapedType::kDynamic
                : pastLength + kvLength;
    mask = adaptor.getAttnMask();
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
    lengths = adaptor.getNonpadKvSeqlen();
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
    return success();
  }

  /// Q, K and V as [batch, heads, seq, head_size].
  void splitHeads() {
    q = b.castTo(adaptor.getQ(), c);
    k = b.castTo(adaptor.getK(), c);
    v = b.castTo(adaptor.getV(), c);
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
  }

  void concatPast() {
    // KV cache: present = concat(past, incoming) on the sequence dim.
    if (hasPast) {
      pastK = b.castTo(pastKey, c);
      k = b.concat({pastK, k}, 2);
      Value pastV = b.castTo(pastValue, c);
      v = b.concat({pastV, v}, 2);
    }
    presentKey = k;
    presentValue = v;
  }

  void repeatKvHeads() {
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
        return b.reshapeTo(
            t,
            {0, static_cast<int32_t>(qHeads), -1, static_cast<int32_t>(d[4])},
            {d[0], qHeads, d[3], d[4]});
      };
      k = repeat(k);
      v = repeat(v);
    }
  }

  Value scores() {
    // Q and K each scaled by sqrt(scale), as the spec asks, before the
    // matmul.
    Value scaledQ = b.scale(q, rootScale);
    Value qk = b.matmul(scaledQ, b.scale(k, rootScale), /*transY=*/true);
    return qk;
  }

  Value softcapped(Value qk) {
    Value capped = qk;
    if (softcap > 0.0) {
      // Paddle Inference's matmul_scale_fuse_pass folds a scale after the
      // matmul into it and drops the product even when it is fetched (and
      // crashes when it is copied first), so where the raw product is an
      // output the division is an elementwise_div.
      Value t;
      if (isUsed(op.getQkMatmulOutput()) && op.getQkMatmulOutputMode() == 0)
        t = b.binary<Paddle::ElementwiseDivOp>(qk, b.filled({1}, c, softcap));
      else
        t = b.scale(qk, 1.0 / softcap);
      t = Paddle::TanhOp::create(rewriter, b.loc, t.getType(), t);
      capped = b.scale(t, softcap);
    }
    return capped;
  }

  /// attn_mask as an additive bias of the total sequence length.
  Value maskBias() {
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
      Value lastDim =
          sliceVector(rewriter, b.loc, maskShape, lastAxis, lastAxis + 1, 1);
      Value totalDim =
          sliceVector(rewriter, b.loc,
                      shapeTensorOf(rewriter, b.loc, presentKey, i32), 2, 3, 1);
      Value padLength = b.binary<Paddle::ElementwiseSubOp>(totalDim, lastDim);
      Value padDims = padLength;
      if (lastAxis > 0) {
        Value lead =
            sliceVector(rewriter, b.loc, maskShape, 0, lastAxis, lastAxis);
        padDims = b.concat({lead, padLength}, 0);
      }
      SmallVector<int64_t> padShape(mType.getShape());
      padShape.back() =
          ShapedType::isDynamic(last) || ShapedType::isDynamic(total)
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
    return mask;
  }

  /// The causal triangle as an additive bias.
  Value causalBias() {
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
                           shapeTensorOf(rewriter, b.loc, x, i32), dim, dim + 1,
                           1);
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
      causal = Paddle::LogOp::create(rewriter, b.loc, causal.getType(), causal);
    }
    return causal;
  }

  /// nonpad_kv_seqlen as an additive bias: -inf past each batch's length.
  Value nonpadBias() {
    Type i64 = rewriter.getI64Type();
    Value start = b.filled({1}, i64, 0);
    Value end = ShapedType::isDynamic(total)
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
    Value column = b.reshapeTo(b.castTo(lengths, i64), {-1, 1}, {batch, 1});
    Value valid = Paddle::LessThanOp::create(
        rewriter, b.loc, b.type({batch, total}, rewriter.getI1Type()),
        positions, column, rewriter.getSI32IntegerAttr(-1));
    Value padding = b.castTo(valid, c);
    padding =
        Paddle::LogOp::create(rewriter, b.loc, padding.getType(), padding);
    padding = unsqueeze(rewriter, b.loc, padding, {1, 2});
    return padding;
  }

  Value softmax(Value biased) {
    Value probs = Paddle::SoftmaxOp::create(
        rewriter, b.loc, b.type(b.dims(biased), softmaxType),
        b.castTo(biased, softmaxType), rewriter.getSI32IntegerAttr(-1));
    return probs;
  }

  /// softmax @ V, the heads merged back for 3-D inputs.
  Value attend(Value probs) {
    Type productType = softmaxType.isF64() ? softmaxType : c;
    Value weights = b.castTo(probs, productType);
    Value y = b.matmul(weights, b.castTo(v, productType), /*transY=*/false);
    if (rank == 3) {
      SmallVector<int64_t> d = b.dims(y);
      y = b.transpose(y, {0, 2, 1, 3});
      y = b.reshapeTo(y, {0, 0, static_cast<int32_t>(qHeads * vHeadSize)},
                      {d[0], d[2], qHeads * vHeadSize});
    }
    return y;
  }

  SmallVector<Value> collectResults(Value y, Value qk, Value capped,
                                    Value biased, Value probs) {
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = b.finish(y, op.getY());
    if (isUsed(op.getPresentKey()))
      results[1] = b.finish(presentKey, op.getPresentKey());
    if (isUsed(op.getPresentValue()))
      results[2] = b.finish(presentValue, op.getPresentValue());
    if (isUsed(op.getQkMatmulOutput())) {
      // Mode 0 is the raw product even with softcap, as the spec and
      // onnxruntime have it (op_attention.py returns it softcapped).
      Value outs[] = {qk, capped, biased, probs};
      results[3] =
          b.finish(outs[op.getQkMatmulOutputMode()], op.getQkMatmulOutput());
    }
    return results;
  }

  ONNX::AttentionOp op;
  ONNX::AttentionOp::Adaptor adaptor;
  ConversionPatternRewriter &rewriter;
  Failures &failures;
  OpBuild b;
  const double negInf = -std::numeric_limits<double>::infinity();

  // Set by check().
  RankedTensorType qType, kType, vType, mType;
  int64_t rank;
  Value pastKey, pastValue, mask, lengths;
  bool hasPast;
  Type xElem, c, softmaxType;
  int64_t qHeads, kvHeads, headSize, vHeadSize;
  double softcap, rootScale;
  int64_t pastLength, qLength, total;

  // Set by build(): Q, K and V as the steps leave them, the cast past key
  // and the present key and value.
  Value q, k, v, pastK, presentKey, presentValue;
};

struct AttentionToPaddle : ReportingPattern<ONNX::AttentionOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::AttentionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    AttentionLowering lowering(op, adaptor, rewriter, failures);
    if (failed(lowering.check()))
      return failure();
    rewriter.replaceOp(op, lowering.build());
    return success();
  }
};

} // namespace

void x2p::onnx_to_paddle::populateAttentionPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<AttentionToPaddle>(converter, patterns.getContext(), failures);
}
