//===- PaddleFusedOps.td - Paddle's fused inference ops ----*- tablegen -*-===//
//
// The fused ops x2p's fusion passes produce: fc runs everywhere,
// self_dp_attention on CPUs with AVX512 (its kernel is written in AVX512
// intrinsics); multihead_matmul, skip_layernorm and fused_embedding_eltwise_layernorm
// have CUDA kernels only, so a model using them needs a GPU predictor.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_FUSED_OPS_TD
#define X2P_DIALECT_PADDLE_FUSED_OPS_TD

def Paddle_FcOp : Paddle_Op<"fc", [Pure, SameOperandsAndResultElementType]> {
  let summary = "Input @ W + Bias, optionally followed by relu";
  let description = [{
    Input is flattened to 2-D at `in_num_col_dims` (the leading dims stay
    as Out's leading dims); W is [K, N] and Bias has N elements.
    `activation_type` is "" or "relu".
  }];
  let arguments = (ins Paddle_FloatTensor:$Input, Paddle_FloatTensor:$W,
                       Optional<Paddle_FloatTensor>:$Bias,
                       DefaultValuedAttr<SI32Attr, "1">:$in_num_col_dims,
                       DefaultValuedAttr<StrAttr, "\"\"">:$activation_type,
                       DefaultValuedAttr<BoolAttr, "false">:$padding_weights);
  let results = (outs Paddle_FloatTensor:$Out);
  let assemblyFormat = [{
    $Input `,` $W (`Bias` `(` $Bias^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_MultiheadMatmulOp : Paddle_Op<"multihead_matmul", [Pure]> {
  let summary = "self-attention with the Q/K/V projections fused (CUDA only)";
  let description = [{
    Input is [batch, seq, hidden]; W is [hidden, 3, hidden] (Q, K and V
    weights interleaved per row), Bias [3, hidden], BiasQK the additive
    attention mask broadcastable to [batch, head_number, seq, seq].
    `alpha` scales Q·Kᵀ (normally 1/sqrt(hidden / head_number)).
  }];
  let arguments = (ins Paddle_FloatTensor:$Input, Paddle_FloatTensor:$W,
                       Paddle_FloatTensor:$Bias,
                       Optional<Paddle_FloatTensor>:$BiasQK,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_Q,
                       DefaultValuedAttr<BoolAttr, "true">:$transpose_K,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_V,
                       DefaultValuedAttr<F32Attr, "1.0">:$alpha,
                       DefaultValuedAttr<SI32Attr, "1">:$head_number);
  let results = (outs Paddle_FloatTensor:$Out);
  let assemblyFormat = [{
    $Input `,` $W `,` $Bias (`BiasQK` `(` $BiasQK^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_SelfDpAttentionOp : Paddle_Op<"self_dp_attention", [Pure]> {
  let summary = "mask-less self-attention of packed Q/K/V (CPU, AVX512)";
  let description = [{
    X is the packed projection [batch, seq, 3, head_number, head_dim]
    (Q, K, V in that order); Out is softmax(alpha * Q Kᵀ) V per head,
    laid out [batch, seq, head_number, head_dim]. There is no mask input.
    Paddle's CPU kernel uses AVX512 intrinsics (its own
    self_attention_fuse_pass checks for AVX512 before making the op).
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<F32Attr, "1.0">:$alpha,
                       DefaultValuedAttr<SI32Attr, "1">:$head_number);
  let results = (outs Paddle_FloatTensor:$Out);
  let assemblyFormat = "$X attr-dict `:` functional-type(operands, results)";
  let hasVerifier = 1;
}

def Paddle_SkipLayernormOp : Paddle_Op<"skip_layernorm", [Pure]> {
  let summary = "layer_norm(X + Y) over the last dim (CUDA only)";
  let arguments = (ins Paddle_FloatTensor:$X, Paddle_FloatTensor:$Y,
                       Paddle_FloatTensor:$Scale, Paddle_FloatTensor:$Bias,
                       F32Attr:$epsilon, SI32Attr:$begin_norm_axis);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

def Paddle_FusedEmbeddingEltwiseLayernormOp
    : Paddle_Op<"fused_embedding_eltwise_layernorm", [Pure,
          AttrSizedOperandSegments]> {
  let summary = "layer_norm of the sum of several embeddings (CUDA only)";
  let description = [{
    Out = layer_norm(sum_i Embs[i][Ids[i]]) with Scale and Bias over the
    hidden dim. Ids[i] are int64 [batch, seq]; Embs[i] are [vocab_i, hidden].
  }];
  let arguments = (ins Variadic<Paddle_IndexTensor>:$Ids,
                       Variadic<Paddle_FloatTensor>:$Embs,
                       Paddle_FloatTensor:$Bias, Paddle_FloatTensor:$Scale,
                       DefaultValuedAttr<F32Attr, "1.0e-5">:$epsilon);
  let results = (outs Paddle_FloatTensor:$Out);
  let assemblyFormat = [{
    `Ids` `(` $Ids `)` `Embs` `(` $Embs `)` `Bias` `(` $Bias `)`
    `Scale` `(` $Scale `)` attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_FUSED_OPS_TD
