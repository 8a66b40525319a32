//===- Passes.td - paddle -> paddle passes -----------------*- tablegen -*-===//
//
// Passes over paddle dialect programs, whichever way they got there (from
// --onnx-to-paddle or from x2p-translate --import-paddle), that make the
// program Paddle Inference will run correct and lean.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_PADDLE_PASSES_TD
#define X2P_TRANSFORMS_PADDLE_PASSES_TD

include "mlir/Pass/PassBase.td"

def PaddleAvoidQuirks : Pass<"paddle-avoid-quirks", "mlir::func::FuncOp"> {
  let summary = "Rewrite op forms that Paddle Inference computes wrongly";
  let description = [{
    Some Paddle Inference kernels and IR passes that are on by default on
    CPU compute wrong results for programs that are valid by Paddle's own
    op definitions. This pass rewrites just the ops of a shape known to hit
    such a bug into an equivalent form that does not, whichever pattern or
    model produced them:

    - `paddle.reshape2` with a run-time `Shape` and an empty `shape`
      attribute: Paddle's `operator_reshape2_onednn_fuse_pass` reads only
      the attribute and skips just reshapes with a `ShapeTensor` list or a
      0 in it, so with an empty attribute it fuses the reshape away and the
      next op sees the wrong rank. The attribute gets the result's static
      dims and 0 for the dynamic ones (the first dim when all are static),
      so that the fusion skips the op; Paddle's kernel still reads `Shape`.
    - float `paddle.elementwise_div` whose `X` broadcasts to the result:
      Paddle's oneDNN elementwise_div computes `Y / X` instead of `X / Y`
      then (T5's layer norm `1 / sqrt(variance + eps)`;
      test/e2e/onnx-div-broadcast.test). `X` is brought to the result's
      shape first: a splat constant by `fill_any_like` over `Y`, anything
      else times `fill_any_like(Y, 1)`; both are exact.
    - an activation (abs, relu, gelu, ...) right after an elementwise op on
      a type other than f32/bf16: Paddle's
      `elementwise_act_onednn_fuse_pass` fuses them without looking at the
      type and then refuses the program ("oneDNN activation fuses require
      use_onednn=True"), e.g. ModernBERT's and DeBERTa-v2's
      `abs(q_ids - k_ids)` on int64. An `assign` goes between them.
    - `matmul_v2`/`matmul` of two parameters (a constant-folded
      input times a weight, DeBERTa-v2's relative position projections):
      Paddle's fc fusion makes it an `fc` whose Input has no producer, and
      `repeated_fc_relu_fuse_pass` dereferences that missing producer
      (SIGSEGV, oneDNN on or off). The input goes through an `assign`;
      Paddle's `constant_folding_pass` folds both later.

    The x2p pipeline runs it right after `--onnx-to-paddle`. Each rewrite
    has an option to turn it off, to check whether a Paddle release still
    has the bug.
  }];
  let options = [
    Option<"reshapeShapeTemplate", "reshape-shape-template", "bool",
           /*default=*/"true",
           "Give reshape2 ops with a run-time Shape a 0-dim shape attribute "
           "(operator_reshape2_onednn_fuse_pass)">,
    Option<"divFullShapeX", "div-full-shape-x", "bool", /*default=*/"true",
           "Bring a broadcast X of a float elementwise_div to the result's "
           "shape (oneDNN elementwise_div swaps X and Y)">,
    Option<"intElementwiseActivation", "int-elementwise-activation", "bool",
           /*default=*/"true",
           "Put an assign between a non-f32/bf16 elementwise op and the "
           "activation after it (elementwise_act_onednn_fuse_pass)">,
    Option<"constantMatmulInput", "constant-matmul-input", "bool",
           /*default=*/"true",
           "Give a matmul of two parameters an assign'ed input "
           "(repeated_fc_relu_fuse_pass crash)">,
  ];
  let dependentDialects = ["::x2p::Paddle::PaddleDialect"];
}

def PaddleDropDeadParameters
    : Pass<"paddle-drop-dead-parameters", "mlir::func::FuncOp"> {
  let summary = "Erase paddle.parameter ops whose value nothing uses";
  let description = [{
    Every `paddle.parameter` becomes a persistable var whose data the
    exporter writes into the `.pdiparams` file. Constants that the
    conversion folded into an attribute (a Reshape's static shape, Slice's
    starts, ...) or that `--paddle-avoid-quirks` replaced are left without
    users; this pass erases them, and nothing else, so that the params file
    holds only weights the program reads.
  }];
}

#endif // X2P_TRANSFORMS_PADDLE_PASSES_TD
