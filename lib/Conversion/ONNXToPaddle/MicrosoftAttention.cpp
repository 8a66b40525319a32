//===- MicrosoftAttention.cpp - com.microsoft Attention, embeddings -------===//
//
// onnxruntime's transformer optimizer fuses a BERT self-attention block into
// one com.microsoft Attention (packed Q/K/V weights, a mask in one of four
// encodings) and the embeddings into EmbedLayerNormalization. Paddle's CPU
// build has no fused attention that takes a mask (multihead_matmul and
// fused_embedding_eltwise_layernorm are CUDA only), so both are unfused into
// primitive ops, computing what onnxruntime's CPU kernels compute:
//
//   Attention: matmul_v2 + bias, split into Q/K/V, reshape2/transpose2 into
//   heads, Q K^T scaled, plus an additive mask built as onnxruntime's
//   PrepareMask builds it (mask_filter_value where masked, 0 elsewhere, the
//   causal triangle added on top), softmax, @ V, heads merged back.
//   EmbedLayerNormalization: lookup_table_v2 per table, summed in
//   onnxruntime's order, layer_norm; mask_index = the count of 1s per row.
//
// Batch and sequence dims stay dynamic: sequence ranges and mask slices are
// read from paddle.shape at run time, and so is whether a 1-D mask_index of
// unknown length holds the ends only ([batch]) or the ends and starts
// ([2 * batch]); the optimizer writes such masks (a ReduceSum of the
// attention mask). The KV cache (past/present), rotary embedding and the
// [3 * batch + 2] mask (no CPU kernel in onnxruntime) are refused.
//
//===----------------------------------------------------------------------===//
#include "AttentionCommon.h"
#include "Families.h"
#include "ShapeCommon.h"

#include "x2p/Dialect/ONNX/ONNXOps.h"
#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "x2p/Dialect/Paddle/PaddleOps.h"

#include <cmath>

using namespace mlir;
using namespace x2p;
using namespace x2p::onnx_to_paddle;
using namespace x2p::onnx_to_paddle::attention;
using x2p::onnx_to_paddle::nn::unsqueeze;

namespace {

constexpr int64_t kDyn = ShapedType::kDynamic;

/// Helpers over OpBuild for the run-time dims both lowerings read.
struct MSBuild : OpBuild {
  Type i32() { return b.getI32Type(); }
  /// Dim `d` of `x` as a 1-element int32 tensor.
  Value dimOf(Value x, int64_t d) {
    return sliceVector(b, loc, shapeTensorOf(b, loc, x, i32()), d, d + 1, 1);
  }
  /// 0, 1, ..., n - 1 (int32), n read from dim `d` of `x`.
  Value positions(Value x, int64_t d) {
    return Paddle::RangeOp::create(b, loc, type({dims(x)[d]}, i32()),
                                   filled({1}, i32(), 0), dimOf(x, d),
                                   filled({1}, i32(), 1));
  }
  Value compare(Value x, Value y, bool less, bool orEqual) {
    Type t = type(broadcast(x, y), b.getI1Type());
    auto axis = b.getSI32IntegerAttr(-1);
    if (less)
      return orEqual ? Value(Paddle::LessEqualOp::create(b, loc, t, x, y, axis))
                     : Value(Paddle::LessThanOp::create(b, loc, t, x, y, axis));
    return orEqual
               ? Value(Paddle::GreaterEqualOp::create(b, loc, t, x, y, axis))
               : Value(Paddle::GreaterThanOp::create(b, loc, t, x, y, axis));
  }
  /// A bool "attend" tensor as onnxruntime's additive mask: 0 where true,
  /// `filter` where false.
  Value additive(Value attend, Type c, double filter) {
    return scale(castTo(attend, c), -filter, filter);
  }
  Value lookup(Value ids, Value table) {
    SmallVector<int64_t> shape = dims(ids);
    shape.push_back(dims(table)[1]);
    return Paddle::LookupTableV2Op::create(
        b, loc, type(shape, elem(table)), ids, table,
        b.getIntegerAttr(b.getIntegerType(64, /*isSigned=*/true), -1));
  }
};

/// How Attention's mask_index encodes the mask.
/// EndMaybeStart: a 1-D mask_index of a length unknown at compile time,
/// [batch] or [2 * batch] (the forms onnxruntime's CPU kernel takes), told
/// apart at run time.
enum class MaskForm { None, End, EndStart, EndMaybeStart, Raw2D, Raw3D, Raw4D };

struct MSAttentionToPaddle : ReportingPattern<ONNX::MSAttentionOp> {
  using ReportingPattern::ReportingPattern;

  /// The encoding of mask_index: its rank, and for 1-D its length against
  /// the batch ([batch] when EmbedLayerNormalization made it).
  FailureOr<MaskForm> maskForm(ONNX::MSAttentionOp op, Value mask,
                               int64_t batch) const {
    if (!isPresent(mask))
      return MaskForm::None;
    auto t = rankedType(mask);
    if (!t)
      return failures.fail(op, "mask_index must have a known rank");
    switch (t.getRank()) {
    case 1: {
      if (auto res = dyn_cast<OpResult>(mask))
        if (isa<ONNX::MSEmbedLayerNormalizationOp>(res.getOwner()) &&
            res.getResultNumber() == 1)
          return MaskForm::End;
      int64_t n = t.getDimSize(0);
      if (!ShapedType::isDynamic(n) && !ShapedType::isDynamic(batch)) {
        if (n == batch)
          return MaskForm::End;
        if (n == 2 * batch)
          return MaskForm::EndStart;
        if (n == 3 * batch + 2)
          return failures.fail(op, "the [3 * batch + 2] mask_index form is "
                                   "not converted");
      }
      return MaskForm::EndMaybeStart;
    }
    case 2:
      return MaskForm::Raw2D;
    case 3:
      return MaskForm::Raw3D;
    case 4:
      if (t.getDimSize(1) != 1 && !ShapedType::isDynamic(t.getDimSize(1)))
        return failures.fail(op, "a 4-D mask_index must be [batch, 1, max, "
                                 "max]");
      return MaskForm::Raw4D;
    default:
      return failures.fail(op, "mask_index must be 1-D to 4-D");
    }
  }

  LogicalResult
  matchAndRewrite(ONNX::MSAttentionOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    // Everything static is checked before anything is built.
    auto xType = rankedType(adaptor.getInput());
    auto wType = rankedType(adaptor.getWeights());
    if (!xType || xType.getRank() != 3)
      return failures.fail(op, "input must be 3-D [batch, sequence, hidden]");
    if (!wType || wType.getRank() != 2 || !wType.hasStaticShape())
      return failures.fail(op, "weights must be 2-D and static");
    if (isPresent(adaptor.getPast()) || isUsed(op.getPresent()) ||
        isPresent(adaptor.getPastSequenceLength()) ||
        op.getPastPresentShareBuffer().value_or(0) != 0)
      return failures.fail(op, "the KV cache (past, present, "
                               "past_sequence_length) is not converted");
    if (op.getDoRotary().value_or(0) != 0)
      return failures.fail(op, "rotary embedding (do_rotary) is not "
                               "converted");
    int64_t heads = op.getNumHeads();
    int64_t qk = wType.getDimSize(1) / 3, v = qk;
    if (auto sizes = op.getQkvHiddenSizes()) {
      qk = (*sizes)[0];
      v = (*sizes)[2];
    }
    if (heads < 1 || qk % heads || v % heads || qk > INT32_MAX || v > INT32_MAX)
      return failures.fail(op, "hidden sizes must be multiples of num_heads");
    int64_t headSize = qk / heads, vHeadSize = v / heads;
    if (isPresent(adaptor.getBias())) {
      auto bType = rankedType(adaptor.getBias());
      if (!bType || bType.getRank() != 1 ||
          bType.getDimSize(0) != wType.getDimSize(1))
        return failures.fail(op, "bias must be 1-D with one entry per "
                                 "weights column");
    }
    Value attnBias = adaptor.getAttentionBias();
    if (isPresent(attnBias) && !rankedType(attnBias))
      return failures.fail(op, "attention_bias must have a known rank");
    int64_t batch = xType.getDimSize(0), seq = xType.getDimSize(1);
    // The original operand: its producer says whether it is
    // EmbedLayerNormalization's [batch] mask_index.
    FailureOr<MaskForm> form = maskForm(op, op.getMaskIndex(), batch);
    if (failed(form))
      return failure();
    // onnxruntime: a scale of 0 (the default) means 1/sqrt(head_size).
    double alpha = op.getScale() ? op.getScale()->convertToDouble() : 0.0;
    if (alpha == 0.0)
      alpha = 1.0 / std::sqrt(static_cast<double>(headSize));
    double filter = op.getMaskFilterValue()
                        ? op.getMaskFilterValue()->convertToDouble()
                        : -10000.0;

    MSBuild b{{rewriter, op.getLoc()}};
    Type c = computeFloat(xType.getElementType());
    Value x = b.castTo(adaptor.getInput(), c);
    Value qkv = b.matmul(x, b.castTo(adaptor.getWeights(), c), false);
    if (isPresent(adaptor.getBias()))
      qkv = b.add(qkv, b.castTo(adaptor.getBias(), c));
    auto part = [&](int64_t n) { return b.type({batch, seq, n}, c); };
    auto split = Paddle::SplitOp::create(
        rewriter, b.loc, TypeRange{part(qk), part(qk), part(v)}, qkv, Value(),
        ValueRange{},
        rewriter.getDenseI32ArrayAttr({static_cast<int32_t>(qk),
                                       static_cast<int32_t>(qk),
                                       static_cast<int32_t>(v)}),
        rewriter.getSI32IntegerAttr(0), rewriter.getSI32IntegerAttr(2));
    auto toHeads = [&](Value t, int64_t size) {
      Value r = b.reshapeTo(
          t, {0, 0, static_cast<int32_t>(heads), static_cast<int32_t>(size)},
          {batch, seq, heads, size});
      return b.transpose(r, {0, 2, 1, 3});
    };
    Value q = toHeads(split.getResult(0), headSize);
    Value k = toHeads(split.getResult(1), headSize);
    Value vh = toHeads(split.getResult(2), vHeadSize);

    Value scores = b.scale(b.matmul(q, k, /*transY=*/true), alpha);
    Value mask = maskBias(b, *form, adaptor.getMaskIndex(), x, c, filter);
    if (op.getUnidirectional() != 0) {
      Value causal = causalBias(b, x, c, filter);
      mask = mask ? b.add(mask, causal) : causal;
    }
    if (mask)
      scores = b.add(scores, mask);
    if (isPresent(attnBias))
      scores = b.add(scores, b.castTo(attnBias, c));
    Value probs =
        Paddle::SoftmaxOp::create(rewriter, b.loc, scores.getType(), scores,
                                  rewriter.getSI32IntegerAttr(-1));
    Value y = b.matmul(probs, vh, /*transY=*/false);
    y = b.transpose(y, {0, 2, 1, 3});
    y = b.reshapeTo(y, {0, 0, static_cast<int32_t>(v)}, {batch, seq, v});
    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = b.finish(y, op.getOutput());
    rewriter.replaceOp(op, results);
    return success();
  }

  /// The padding mask as an additive bias broadcasting to the scores
  /// [batch, heads, sequence, sequence]; null without a mask.
  static Value maskBias(MSBuild &b, MaskForm form, Value mask, Value x, Type c,
                        double filter) {
    switch (form) {
    case MaskForm::None:
      return Value();
    case MaskForm::End:
    case MaskForm::EndStart:
    case MaskForm::EndMaybeStart: {
      // Keys at or after each batch's end (and before its start) masked.
      Value keys = b.positions(x, 1);
      int64_t batch = b.dims(x)[0];
      auto column = [&](Value v) {
        return b.reshapeTo(v, {-1, 1}, {batch, 1});
      };
      if (form == MaskForm::End) {
        Value attend = b.compare(keys, column(mask), /*less=*/true, false);
        return unsqueeze(b.b, b.loc, b.additive(attend, c, filter), {1, 2});
      }
      // mask_index followed by `batch` zeros: its [0, batch) are the ends
      // and its [batch, 2 * batch) the starts, or zeros (no start) when
      // mask_index has only the ends.
      Value n = b.dimOf(x, 0);
      Value zeros = Paddle::FillConstantOp::create(
          b.b, b.loc, b.type({batch}, b.i32()), Value(), n, ValueRange{},
          b.b.getSI32IntegerAttr(*Paddle::varTypeCodeOf(b.i32())),
          b.b.getDenseI64ArrayAttr({}), b.b.getF32FloatAttr(0.0f),
          b.b.getStringAttr(""));
      Value padded = b.concat({mask, zeros}, 0);
      auto slice = [&](Value start, Value end) -> Value {
        return Paddle::SliceOp::create(
            b.b, b.loc, b.type({batch}, b.i32()), padded, start, end,
            ValueRange{}, ValueRange{}, b.b.getDenseI32ArrayAttr({0}),
            b.b.getDenseI32ArrayAttr({}), b.b.getDenseI32ArrayAttr({}),
            b.b.getDenseI32ArrayAttr({-1}), b.b.getDenseI32ArrayAttr({}));
      };
      Value ends = slice(b.filled({1}, b.i32(), 0), n);
      Value starts = slice(n, b.add(n, n));
      Value attend = b.compare(keys, column(ends), /*less=*/true, false);
      Value after = b.compare(keys, column(starts), /*less=*/false, true);
      attend = Paddle::LogicalAndOp::create(b.b, b.loc, attend.getType(),
                                            attend, after);
      return unsqueeze(b.b, b.loc, b.additive(attend, c, filter), {1, 2});
    }
    case MaskForm::Raw2D:
    case MaskForm::Raw3D:
    case MaskForm::Raw4D: {
      // onnxruntime: a value > 0 attends.
      if (form == MaskForm::Raw4D) {
        // [batch, 1, max, max]: the [sequence, sequence] corner (no past).
        Value s = b.dimOf(x, 1);
        Value ends = b.concat({s, s}, 0);
        SmallVector<int64_t> d = b.dims(mask);
        int64_t seq = b.dims(x)[1];
        mask = Paddle::SliceOp::create(
            b.b, b.loc, b.type({d[0], d[1], seq, seq}, b.i32()), mask, Value(),
            ends, ValueRange{}, ValueRange{}, b.b.getDenseI32ArrayAttr({2, 3}),
            b.b.getDenseI32ArrayAttr({0, 0}), b.b.getDenseI32ArrayAttr({}),
            b.b.getDenseI32ArrayAttr({-1, -1}), b.b.getDenseI32ArrayAttr({}));
      }
      Value attend = b.compare(mask, b.filled({1}, b.i32(), 0), false, false);
      Value bias = b.additive(attend, c, filter);
      if (form == MaskForm::Raw2D)
        return unsqueeze(b.b, b.loc, bias, {1, 2});
      if (form == MaskForm::Raw3D)
        return unsqueeze(b.b, b.loc, bias, {1});
      return bias;
    }
    }
    return Value();
  }

  /// `filter` above the diagonal of [sequence, sequence], 0 elsewhere.
  static Value causalBias(MSBuild &b, Value x, Type c, double filter) {
    int64_t seq = b.dims(x)[1];
    if (!ShapedType::isDynamic(seq)) {
      Value full = b.filled({seq, seq}, c, filter);
      return Paddle::TrilTriuOp::create(b.b, b.loc, full.getType(), full,
                                        b.b.getSI32IntegerAttr(1),
                                        b.b.getBoolAttr(false));
    }
    Value cols = b.positions(x, 1);
    Value rows = b.reshapeTo(cols, {-1, 1}, {seq, 1});
    Value attend = b.compare(cols, rows, /*less=*/true, /*orEqual=*/true);
    return b.additive(attend, c, filter);
  }
};

/// EmbedLayerNormalization: the three lookups summed, layer_norm, and the
/// mask's count of 1s as mask_index.
struct MSEmbedLayerNormToPaddle
    : ReportingPattern<ONNX::MSEmbedLayerNormalizationOp> {
  using ReportingPattern::ReportingPattern;

  LogicalResult
  matchAndRewrite(ONNX::MSEmbedLayerNormalizationOp op, OpAdaptor adaptor,
                  ConversionPatternRewriter &rewriter) const override {
    auto idsType = rankedType(adaptor.getInputIds());
    if (!idsType || idsType.getRank() != 2)
      return failures.fail(op, "input_ids must be 2-D [batch, sequence]");
    auto table = [](Value v) {
      auto t = rankedType(v);
      return t && t.getRank() == 2 && t.hasStaticShape();
    };
    if (!table(adaptor.getWordEmbedding()) ||
        !table(adaptor.getPositionEmbedding()) ||
        (isPresent(adaptor.getSegmentEmbedding()) &&
         !table(adaptor.getSegmentEmbedding())))
      return failures.fail(op, "the embedding tables must be 2-D and static");
    int64_t hidden = rankedType(adaptor.getWordEmbedding()).getDimSize(1);
    for (Value t :
         {adaptor.getPositionEmbedding(), adaptor.getSegmentEmbedding(),
          adaptor.getGamma(), adaptor.getBeta()}) {
      auto type = rankedType(t);
      if (isPresent(t) && (!type || type.getShape().back() != hidden))
        return failures.fail(op, "the tables, gamma and beta must all have "
                                 "the hidden size");
    }
    if (isPresent(adaptor.getSegmentIds()) !=
        isPresent(adaptor.getSegmentEmbedding()))
      return failures.fail(op, "segment_ids and segment_embedding must come "
                               "together");
    float eps = op.getEpsilon().convertToFloat();
    if (!(eps >= 0.0f && eps <= 0.001f))
      return failures.fail(op, "Paddle's layer_norm takes an epsilon in "
                               "[0, 0.001] only");

    MSBuild b{{rewriter, op.getLoc()}};
    Value ids = adaptor.getInputIds();
    Type c = computeFloat(b.elem(adaptor.getWordEmbedding()));
    Value sum = b.lookup(ids, b.castTo(adaptor.getWordEmbedding(), c));
    // Positions 0 .. sequence - 1 unless position_ids says otherwise.
    Value positionIds = isPresent(adaptor.getPositionIds())
                            ? adaptor.getPositionIds()
                            : b.positions(ids, 1);
    sum = b.add(sum, b.lookup(positionIds,
                              b.castTo(adaptor.getPositionEmbedding(), c)));
    if (isPresent(adaptor.getSegmentIds()))
      sum = b.add(sum, b.lookup(adaptor.getSegmentIds(),
                                b.castTo(adaptor.getSegmentEmbedding(), c)));
    SmallVector<int64_t> d = b.dims(sum);
    int64_t rows = ShapedType::isDynamic(d[0]) || ShapedType::isDynamic(d[1])
                       ? kDyn
                       : d[0] * d[1];
    Type stat = b.type({rows}, c);
    Value y =
        Paddle::LayerNormOp::create(
            rewriter, b.loc, TypeRange{sum.getType(), stat, stat}, sum,
            b.castTo(adaptor.getGamma(), c), b.castTo(adaptor.getBeta(), c),
            op.getEpsilonAttr(), rewriter.getSI32IntegerAttr(2))
            .getY();

    SmallVector<Value> results(op->getNumResults(), Value());
    results[0] = b.finish(y, op.getOutput());
    if (isUsed(op.getMaskIndex()))
      results[1] =
          b.finish(maskIndex(b, adaptor.getMask(), ids), op.getMaskIndex());
    if (isUsed(op.getEmbeddingSum()))
      results[2] = b.finish(sum, op.getEmbeddingSum());
    rewriter.replaceOp(op, results);
    return success();
  }

  /// The number of 1s in each row of `mask` (int32 [batch]); zeros without
  /// a mask. Counted in f32 (exact below 2^24): reduce_sum of int32 yields
  /// int64 in Paddle.
  static Value maskIndex(MSBuild &b, Value mask, Value ids) {
    int64_t batch = b.dims(ids)[0];
    Type f32 = b.b.getF32Type();
    if (!isPresent(mask)) {
      return Paddle::FillConstantOp::create(
          b.b, b.loc, b.type({batch}, b.i32()), Value(), b.dimOf(ids, 0),
          ValueRange{}, b.b.getSI32IntegerAttr(*Paddle::varTypeCodeOf(b.i32())),
          b.b.getDenseI64ArrayAttr({}), b.b.getF32FloatAttr(0.0f),
          b.b.getStringAttr(""));
    }
    Value ones = Paddle::EqualOp::create(
        b.b, b.loc, b.type(b.dims(mask), b.b.getI1Type()), mask,
        b.filled({1}, b.i32(), 1), b.b.getSI32IntegerAttr(-1));
    Value count = Paddle::ReduceSumOp::create(
        b.b, b.loc, b.type({b.dims(mask)[0]}, f32), b.castTo(ones, f32),
        b.b.getDenseI32ArrayAttr({1}), b.b.getBoolAttr(false),
        b.b.getBoolAttr(false));
    return b.castTo(count, b.i32());
  }
};

} // namespace

void x2p::onnx_to_paddle::populateMicrosoftAttentionPatterns(
    const TypeConverter &converter, RewritePatternSet &patterns,
    Failures &failures) {
  patterns.add<MSAttentionToPaddle, MSEmbedLayerNormToPaddle>(
      converter, patterns.getContext(), failures);
}
