//===- Passes.td - fusion passes over paddle programs ------*- tablegen -*-===//
//
// Exporters decompose ops that Paddle has as one kernel (torch's
// TorchScript exporter writes GELU as Div/Erf/Add/Mul/Mul), and Paddle's
// own inference passes recompose only some of them. These paddle -> paddle
// passes recompose the forms exporters really write.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_FUSION_PASSES_TD
#define X2P_TRANSFORMS_FUSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def FuseGelu : Pass<"fuse-gelu", "mlir::func::FuncOp"> {
  let summary = "Recompose decomposed GELU into paddle.gelu";
  let description = [{
    Replaces the decomposed GELU forms exporters write with one
    `paddle.gelu`, which Paddle's CPU kernels run in one pass over the
    data and which its oneDNN `fc_act_onednn_fuse_pass` folds into the `fc`
    before it (no Paddle pass recomposes the decomposed form):

    - erf form (`approximate = false`): `0.5 * x * (1 + erf(x / sqrt(2)))`,
      with `x / sqrt(2)` or `x * (1 / sqrt(2))`, the 0.5 applied last, to
      `x` first, or to `1 + erf(...)`, operands of `+` and `*` in either
      order (torch's TorchScript exporter, transformers' GELUActivation);
    - tanh form (`approximate = true`):
      `0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3)))` with `x^3`
      as `pow(x, 3)` or `x * x * x` (GPT2's gelu_new, FastGELU).

    Constants must be splat and equal to the form's up to 1e-4 relative;
    every intermediate value must have no other user, and the result must
    have `x`'s type (no broadcasting): anything else stays as it is.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu or gpu (gelu runs on both)">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def FuseMatmulScale : Pass<"fuse-matmul-scale", "mlir::func::FuncOp"> {
  let summary = "Scale a matmul by a scale op Paddle folds into the matmul";
  let description = [{
    Attention scores are `QKᵀ / sqrt(d)`: exporters write the scaling as
    an `elementwise_div` (or `elementwise_mul`) by a constant after the
    matmul. Paddle folds a `scale` op after a matmul into the matmul
    (`matmul_scale_fuse_pass`; with oneDNN one `fused_matmul`), but leaves
    an elementwise op alone. A float32 `matmul_v2`/`matmul` result used only
    by such a division or multiplication by a splat constant (or scalar
    arithmetic on such constants, as GPT2's `0 + 64 ** 0.5`) gets
    `scale(1/c)` (or `scale(c)`) instead: the same up to one rounding. A
    result with other users is left alone (Paddle's fusion would drop a
    fetched matmul result).
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu or gpu (both fold scale)">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def FuseAttention : Pass<"fuse-attention", "mlir::func::FuncOp"> {
  let summary = "Fuse multi-head self-attention blocks";
  let description = [{
    Finds self-attention blocks — Q, K and V projections (input @ constant
    weight + optional constant bias, or thirds of one packed projection
    split three ways: GPT2's c_attn) of one input, split into heads,
    `softmax(alpha * Q Kᵀ + mask) V`, the heads merged back — in the forms
    exporters write: the scale after QKᵀ, on Q and K separately (SDPA
    decompositions), on the Q projection, or none (T5); Kᵀ by a transpose
    of the split heads, by the matmul's `trans_y`, or through [batch *
    heads, seq, head_dim] (the dynamo exporter); an additive mask (BERT's
    `(1 - mask) * min`, the dynamo exporter's `where(mask, 0, min)`, T5's
    position bias), a masked_fill `where(cond, min, scores)` (DistilBERT,
    GPT2's causal mask, also followed by an additive mask), or none; the
    dynamo exporter's NaN guard after the softmax where the mask is finite;
    the assigns dropout and in-place adds leave.

    - `target=gpu`: one `multihead_matmul` (CUDA only) with the weights
      packed [hidden, 3, hidden] and the mask as BiasQK (expanded to
      [batch, heads, seq, seq] unless it is [batch, 1, 1, seq]).
    - `target=cpu`: blocks stay as they are. Paddle has no CPU attention
      op that takes a mask, its oneDNN passes fuse a block's matmuls
      themselves, and the one mask-less CPU op, `self_dp_attention`, was
      measured 1.14–1.19× slower than the primitive block on ViT-base
      (docs/performance.md). `cpu-self-dp=1` still makes mask-less blocks
      one packed QKV matmul and `self_dp_attention` (its kernel needs
      AVX512), for experiments.

    Refused, and left as they are: cross-attention (K/V from another
    input), grouped-query heads, rotary embeddings or anything else between
    the projections and QKᵀ, an op between the softmax and ·V, a mask that
    is not [batch, 1 or heads, seq, seq], a fill that is not a finite
    constant, weights that are not constant.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu or gpu">,
    Option<"cpuSelfDp", "cpu-self-dp", "bool", /*default=*/"false",
           "On cpu, fuse mask-less blocks into self_dp_attention (measured "
           "slower than the primitive block; AVX512 only)">,
  Option<"explain", "explain", "bool", /*default=*/"false",
           "Emit a remark at each softmax left unfused, saying why">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def FuseLayerNorm : Pass<"fuse-layernorm", "mlir::func::FuncOp"> {
  let summary = "Recompose decomposed layer norms into paddle.layer_norm";
  let description = [{
    Replaces the layer norm torch's TorchScript exporter writes below
    opset 17 (ReduceMean, Sub, Pow, ReduceMean, Add, Sqrt, Div, Mul, Add)
    with one `paddle.layer_norm`:

    - `d = x - mean(x)`, `d^2` as `pow(d, 2)` or `d * d`, its mean plus a
      one-element constant epsilon (either order), then `d / sqrt(v)`,
      `d * rsqrt(v)` or `d * reciprocal(sqrt(v))` (products either way
      round);
    - both means over the same trailing group of axes (not the first),
      `keep_dim`; the group becomes `begin_norm_axis`;
    - then optionally `* scale` and `+ bias` (either order) whose dims are
      the normalized dims after leading 1s; a scale or bias of several
      dims is reshaped to the 1-D vector layer_norm takes. Either may be
      missing (layer_norm's Scale and Bias are optional).

    Every intermediate must have no other user and every op must keep `x`'s
    type (no broadcasting into other dims): anything else stays as it is.
    Paddle's CPU `layer_norm_fuse_pass` recomposes some of these forms
    itself; x2p recomposes them so that `--fuse-skip-layernorm` and
    `--fuse-embedding-layernorm` find a `layer_norm`.

    RMSNorm (T5, Llama, Qwen: `x * (1 / sqrt(mean(x^2) + eps)) * w`) has no
    Paddle op with a CPU kernel (`rms_norm` is CUDA only), so it keeps its
    primitive form on both targets, in the fastest form measured in
    Paddle 3.3.1 on CPU: `pow(x, 2)` becomes `x * x` (elementwise_pow is
    about 5x slower than a multiply, with or without oneDNN; the values
    are the same), and the inverse square root written as
    `reciprocal(sqrt(v))` (torch's dynamo exporter) or as ones divided by
    `sqrt(v)` (its TorchScript exporter, with a `fill_any_like`) becomes
    one `rsqrt(v)`.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu or gpu (layer_norm and "
           "rsqrt run on both)">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def FuseSkipLayerNorm : Pass<"fuse-skip-layernorm", "mlir::func::FuncOp"> {
  let summary = "Fuse layer_norm(a + b) into paddle.skip_layernorm (gpu)";
  let description = [{
    With `target=gpu`, a `layer_norm` over the last axis, with Scale and
    Bias, of an `elementwise_add` of two tensors of the same shape
    `[batch, seq, hidden]` (the residual connection of a transformer
    layer) whose sum has no other user becomes one `skip_layernorm`, which
    Paddle runs on CUDA only. A layer_norm whose Mean or Variance is used,
    a broadcasting add or a sum used elsewhere stays as it is.

    With `target=cpu` the pass changes nothing: skip_layernorm has no CPU
    kernel, and Paddle's oneDNN passes handle the add and layer_norm.
    `--paddle-expand-fused` turns skip_layernorm back into the add and
    layer_norm.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu (no change) or gpu">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def FuseEmbeddingLayerNorm
    : Pass<"fuse-embedding-layernorm", "mlir::func::FuncOp"> {
  let summary = "Fuse layer_norm of summed embedding lookups (gpu)";
  let description = [{
    With `target=gpu`, a `layer_norm` over the last axis, with Scale and
    Bias, of a sum of two or more embedding lookups becomes one
    `fused_embedding_eltwise_layernorm`, which Paddle runs on CUDA only
    (BERT's word, position and token type embeddings). A lookup is a
    `lookup_table_v2` (without `padding_idx`) or the form x2p's ONNX
    Gather conversion writes: `reshape2(ids, [-1])`, `gather` of a 2-D
    constant table, `reshape2` back to `[batch, seq, hidden]`. Ids must be
    int64 `[batch, seq]`; ids `[1, seq]` (a position embedding indexed by
    a slice of a constant arange) are broadcast to the other ids' shape
    (added to a `fill_any_like` zero of them), since the kernel reads
    every Ids as `batch * seq` values. Tables that are not constants (`paddle.parameter`),
    other id shapes, sums used elsewhere and a layer_norm whose Mean or
    Variance is used stay as they are.

    With `target=cpu` the pass changes nothing: the fused op has no CPU
    kernel. `--paddle-expand-fused` turns it back into lookups, adds and a
    layer_norm.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu (no change) or gpu">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def PaddleExpandFused : Pass<"paddle-expand-fused", "mlir::func::FuncOp"> {
  let summary = "Expand CUDA-only fused ops back into primitive paddle ops";
  let description = [{
    Rewrites the fused ops x2p's GPU fusions produce and Paddle's CPU
    cannot run back into primitive ops with CPU kernels, so that a program
    fused for `target=gpu` can be checked numerically in Paddle on a CPU:

    - `skip_layernorm(X, Y)` → `elementwise_add` + `layer_norm`;
    - `fused_embedding_eltwise_layernorm` → one `lookup_table_v2` per
      table, `elementwise_add`s and a `layer_norm` over the last axis;
    - `multihead_matmul` → the packed projection, the heads split by
      reshape/transpose/slice, `softmax(alpha * Q Kᵀ + BiasQK) V` and the
      heads merged back.

    `x2p --expand-fused` runs it after the fusions.

    It is a check of the fusions, not an optimization: the expansion is the
    fused op's definition, not necessarily the form the model had.
  }];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def LinearForm : Pass<"linear-form", "mlir::func::FuncOp"> {
  let summary = "Store linear-layer weights in the layout Paddle runs fastest";
  let description = [{
    Paddle's own passes turn a `matmul_v2` by a 2-D constant weight and
    its bias add into `fc`: the fastest form with oneDNN (Paddle's CPU
    default), but Paddle's non-oneDNN `fc` kernel does not use a second
    thread. `form=matmul` stores each 2-D float32 weight of a `matmul_v2`
    transposed and sets `trans_y`: Paddle's matmul_v2-to-mul mapping, and
    so its fc fusion, then leaves the layer alone; with oneDNN the matmul
    and the add still become one `fused_matmul`. Measured with 2 threads
    (docs/performance.md): oneDNN off 0.56× (BERT-base), 0.66× (ViT-base),
    0.94× (GPT2-small) the latency of the fc form; oneDNN on 1.01–1.07×.
    `form=fc` (the default, `x2p --linear-form=fc`) leaves the program as
    it is. Weights shared by several matmuls are transposed once.
  }];
  let options = [
    Option<"target", "target", "std::string", /*default=*/"\"cpu\"",
           "The device the program runs on: cpu or gpu">,
    Option<"form", "form", "std::string", /*default=*/"\"fc\"",
           "fc (Paddle fuses matmul + bias into fc) or matmul (trans_y)">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

#endif // X2P_TRANSFORMS_FUSION_PASSES_TD
