//===- ONNXMicrosoftOps.td - onnxruntime's com.microsoft ops -*- tablegen -*-===//
//
// onnxruntime's transformer optimizer (onnxruntime.transformers.optimizer)
// rewrites BERT/GPT-2-style graphs into fused contrib ops of the
// `com.microsoft` domain, and users hand x2p such models. ONNX's schemas do
// not have these operators, so gen_onnx_ops.py cannot write them: they are
// written here by hand, from the schemas onnxruntime registers
// (docs/ContribOperators.md of microsoft/onnxruntime; checked against
// onnxruntime 1.32's `get_all_operator_schema()`), under the same contract
// as the generated ops (operands and results in schema order, `none` for
// absent optional ones, attributes sorted by name, schema defaults as
// DefaultValuedAttr, attributes without a schema default as OptionalAttr).
//
// Naming: the node `com.microsoft::<OpType>` is the op `onnx.ms.<OpType>`,
// ODS def `ONNX_MS<OpType>Op`, C++ class `x2p::ONNX::MS<OpType>Op`. The
// `ms.` prefix keeps them apart from default-domain operators of the same
// name (Attention, Gelu).
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_MICROSOFT_OPS_TD
#define X2P_DIALECT_ONNX_MICROSOFT_OPS_TD

include "dialects/ONNX/ONNXDialect.td"

class ONNX_MSOp<string opType, list<Trait> traits = []>
    : ONNX_Op<"ms." # opType, traits>;

// Type constraints of the contrib schemas.
defvar MS_FloatT = [F32, F16, BF16];
defvar MS_AnyFloatT = [F32, F64, F16, BF16];
defvar MS_Optional = [NoneType];

def ONNX_MSAttentionOp : ONNX_MSOp<"Attention", [Pure]> {
  let summary = "com.microsoft Attention: multi-head self-attention with "
                "packed Q/K/V weights";
  let description = [{
    com.microsoft, since version 1.

    `qkv = input @ weights + bias`, split on the last dim into Q, K and V
    of `qkv_hidden_sizes` (equal thirds when absent), each split into
    `num_heads` heads; `softmax(Q K^T * scale + mask) V` with the heads
    merged back: output `[batch, sequence, v_hidden_size]`. `scale`
    defaults to `1/sqrt(head_size)`.

    `mask_index` (int32) is either a raw mask of 1 (attend) and 0 (masked)
    of shape `[batch, total_sequence]`, `[batch, sequence, total_sequence]`
    or `[batch, 1, max_sequence, max_sequence]`, or indices: `[batch]`, the
    exclusive end of each batch's keys (right padding), or `[2 * batch]`,
    the ends followed by the inclusive starts (left padding), or
    `[3 * batch + 2]`. Masked scores get `mask_filter_value` (default
    -10000) added; `unidirectional` adds it above the diagonal as well.
    `attention_bias` `[batch or 1, heads or 1, sequence, total_sequence]`
    is added to the scores. `past`/`present` `[2, batch, heads, past or
    total sequence, head_size]` carry a KV cache.
  }];
  let arguments = (ins
    TensorOf<MS_FloatT>:$input,
    TensorOf<MS_FloatT>:$weights,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$bias,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$mask_index,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$past,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$attention_bias,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$past_sequence_length,
    OptionalAttr<SI64Attr>:$do_rotary,
    OptionalAttr<F32Attr>:$mask_filter_value,
    SI64Attr:$num_heads,
    OptionalAttr<SI64Attr>:$past_present_share_buffer,
    OptionalAttr<DenseI64ArrayAttr>:$qkv_hidden_sizes,
    OptionalAttr<SI64Attr>:$rotary_embedding_dim,
    OptionalAttr<F32Attr>:$scale,
    DefaultValuedAttr<SI64Attr, "0">:$unidirectional
  );
  let results = (outs
    TensorOf<MS_FloatT>:$output,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$present
  );
  let hasVerifier = 1;
}

def ONNX_MSSkipLayerNormalizationOp
    : ONNX_MSOp<"SkipLayerNormalization", [Pure]> {
  let summary = "com.microsoft SkipLayerNormalization: layer normalization "
                "of input + skip (+ bias)";
  let description = [{
    com.microsoft, since version 1.

    `s = input + skip + bias` (skip `[batch, sequence, hidden]`,
    `[1, sequence, hidden]` or `[sequence, hidden]`), then layer
    normalization over the last dim: `(s - mean) / sqrt(var + epsilon) *
    gamma + beta`. `input_skip_bias_sum` is `s`; `mean` and `inv_std_var`
    are the statistics (float).
  }];
  let arguments = (ins
    TensorOf<MS_FloatT>:$input,
    TensorOf<MS_FloatT>:$skip,
    TensorOf<MS_FloatT>:$gamma,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$beta,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$bias,
    DefaultValuedAttr<F32Attr, "1e-12">:$epsilon
  );
  let results = (outs
    TensorOf<MS_FloatT>:$output,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$mean,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$inv_std_var,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$input_skip_bias_sum
  );
}

def ONNX_MSSkipSimplifiedLayerNormalizationOp
    : ONNX_MSOp<"SkipSimplifiedLayerNormalization", [Pure]> {
  let summary = "com.microsoft SkipSimplifiedLayerNormalization: RMS "
                "normalization of input + skip (+ bias)";
  let description = [{
    com.microsoft, since version 1.

    `s = input + skip + bias`, then `s / sqrt(mean(s^2) + epsilon) * gamma`
    over the last dim. Inputs are `[batch, sequence, hidden]` or
    `[tokens, hidden]`. `input_skip_bias_sum` is `s`.
  }];
  let arguments = (ins
    TensorOf<MS_FloatT>:$input,
    TensorOf<MS_FloatT>:$skip,
    TensorOf<MS_FloatT>:$gamma,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$bias,
    DefaultValuedAttr<F32Attr, "1e-12">:$epsilon
  );
  let results = (outs
    TensorOf<MS_FloatT>:$output,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$mean,
    AnyTypeOf<[TensorOf<[F32]>, NoneType]>:$inv_std_var,
    AnyTypeOf<[TensorOf<MS_FloatT>, NoneType]>:$input_skip_bias_sum
  );
}

def ONNX_MSEmbedLayerNormalizationOp
    : ONNX_MSOp<"EmbedLayerNormalization", [Pure]> {
  let summary = "com.microsoft EmbedLayerNormalization: BERT's embeddings "
                "and their layer normalization";
  let description = [{
    com.microsoft, since version 1.

    `e = word_embedding[input_ids] + position_embedding[position_ids] +
    segment_embedding[segment_ids]` (positions `0 .. sequence-1` when
    `position_ids` is absent; no segment term without `segment_ids`), then
    layer normalization over the hidden dim with `gamma`, `beta`,
    `epsilon`: output `[batch, sequence, hidden]`. `mask_index` `[batch]`
    is the number of 1s in each row of `mask` (0 without a mask), the 1-D
    `mask_index` form Attention takes; `embedding_sum` is `e`.
  }];
  let arguments = (ins
    TensorOf<[I32]>:$input_ids,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$segment_ids,
    TensorOf<[F32, F16]>:$word_embedding,
    TensorOf<[F32, F16]>:$position_embedding,
    AnyTypeOf<[TensorOf<[F32, F16]>, NoneType]>:$segment_embedding,
    TensorOf<[F32, F16]>:$gamma,
    TensorOf<[F32, F16]>:$beta,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$mask,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$position_ids,
    DefaultValuedAttr<F32Attr, "1e-12">:$epsilon,
    OptionalAttr<SI64Attr>:$mask_index_type
  );
  let results = (outs
    TensorOf<[F32, F16]>:$output,
    AnyTypeOf<[TensorOf<[I32]>, NoneType]>:$mask_index,
    AnyTypeOf<[TensorOf<[F32, F16]>, NoneType]>:$embedding_sum
  );
}

def ONNX_MSFastGeluOp : ONNX_MSOp<"FastGelu", [Pure]> {
  let summary = "com.microsoft FastGelu: tanh-approximated GELU of X (+ bias)";
  let description = [{
    com.microsoft, since version 1.

    `Y = 0.5 x (1 + tanh(0.797885 x + 0.035677 x^3))`, `x = X + bias`
    (bias optional, broadcast over the last dim).
  }];
  let arguments = (ins
    TensorOf<MS_AnyFloatT>:$X,
    AnyTypeOf<[TensorOf<MS_AnyFloatT>, NoneType]>:$bias
  );
  let results = (outs TensorOf<MS_AnyFloatT>:$Y);
}

def ONNX_MSBiasGeluOp : ONNX_MSOp<"BiasGelu", [Pure]> {
  let summary = "com.microsoft BiasGelu: exact (erf) GELU of A + B";
  let description = [{
    com.microsoft, since version 1.

    `C = gelu(A + B)`, B a 1-D bias over A's last dim, GELU in its erf
    form.
  }];
  let arguments = (ins
    TensorOf<MS_AnyFloatT>:$A,
    TensorOf<MS_AnyFloatT>:$B
  );
  let results = (outs TensorOf<MS_AnyFloatT>:$C);
}

def ONNX_MSGeluOp : ONNX_MSOp<"Gelu", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "com.microsoft Gelu: exact (erf) GELU";
  let description = [{
    com.microsoft, since version 1.

    `Y = 0.5 X (1 + erf(X / sqrt(2)))`.
  }];
  let arguments = (ins TensorOf<MS_AnyFloatT>:$X);
  let results = (outs TensorOf<MS_AnyFloatT>:$Y);
}

def ONNX_MSQuickGeluOp : ONNX_MSOp<"QuickGelu", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "com.microsoft QuickGelu: X * sigmoid(alpha * X)";
  let description = [{
    com.microsoft, since version 1.

    `Y = X * sigmoid(alpha * X)`.
  }];
  let arguments = (ins
    TensorOf<MS_AnyFloatT>:$X,
    DefaultValuedAttr<F32Attr, "1.702">:$alpha
  );
  let results = (outs TensorOf<MS_AnyFloatT>:$Y);
}

def ONNX_MSBiasAddOp : ONNX_MSOp<"BiasAdd", [Pure]> {
  let summary = "com.microsoft BiasAdd: X + bias + skip";
  let description = [{
    com.microsoft, since version 1.

    `Y = X + bias + skip`: X and skip `[N, S, C]`, bias `[C]`.
  }];
  let arguments = (ins
    TensorOf<[F16, F32]>:$X,
    TensorOf<[F16, F32]>:$bias,
    TensorOf<[F16, F32]>:$skip
  );
  let results = (outs TensorOf<[F16, F32]>:$Y);
}

#endif // X2P_DIALECT_ONNX_MICROSOFT_OPS_TD
