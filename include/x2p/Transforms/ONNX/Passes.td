//===- Passes.td - onnx -> onnx passes ---------------------*- tablegen -*-===//
//
// The passes that prepare onnx IR for --onnx-to-paddle: types refined from
// the ops' semantics, and shape subgraphs folded to constants. The folding
// pass owns the fold/infer fixed-point loop; shape inference is one sweep.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_TRANSFORMS_ONNX_PASSES_TD
#define X2P_TRANSFORMS_ONNX_PASSES_TD

include "mlir/Pass/PassBase.td"

def ONNXShapeInference : Pass<"onnx-shape-inference", "mlir::func::FuncOp"> {
  let summary = "Refine the result types of onnx ops from their operands";
  let description = [{
    Walks each function in order and refines every onnx op's result types
    (rank, element type, static dims) from its operands' types and from
    constant operands (Reshape's shape, Slice's starts/ends, Unsqueeze's
    axes, ...). A dim that cannot be known stays `?`; a type never becomes
    less precise than the model stated it, and a type the model stated is
    kept where it disagrees with the inference. The function's result types
    follow its `func.return` operands.

    Ops without a shape function keep their types; `--onnx-to-paddle`
    reports unranked values it cannot convert.

    The pass makes one sweep and folds nothing. `--onnx-fold-shapes` runs
    these same rules between its folding rounds until neither changes
    anything, so that a `Shape -> Gather -> Unsqueeze -> Concat -> Reshape`
    chain on static dims both folds and lets the `Reshape` be inferred.
  }];
  let dependentDialects = ["::x2p::ONNX::ONNXDialect"];
}

def ONNXFoldShapes : Pass<"onnx-fold-shapes", "mlir::func::FuncOp"> {
  let summary = "Fold static shape subgraphs, drop Identity and Dropout";
  let description = [{
    Folds shape arithmetic whose values are known into `onnx.Constant`:
    `Shape` of a value with static dims (and the static part selected by
    a following `Gather`/`Slice`), and `Gather`, `Slice`, `Unsqueeze`,
    `Squeeze`, `Concat`, `Cast`, `Range`, `Reshape`, `Add`, `Sub`, `Mul`,
    `Div`, `Equal`, `Where`, `ConstantOfShape` and `Expand` over small
    integer constants. Removes `Identity` (by the op's folder) and
    inference-time `Dropout` (its output becomes its input; a used mask
    becomes a constant true tensor when its shape is static). A `Gemm`
    between a `[-1, K]` flattening `Reshape` and the `Reshape` that
    restores the input's leading dims (GPT2's Conv1D as torch's
    TorchScript exporter writes it) becomes `MatMul` + `Add` on the
    unflattened input, which drops both reshapes and the shape arithmetic
    of the restoring target. Runs the patterns greedily.

    With `infer-shapes` (the default) it alternates with the
    `--onnx-shape-inference` rules until nothing changes: a folded shape
    makes a `Reshape` static, whose static dims fold the next `Shape`.
    This is x2p's one fold/infer fixed-point loop.
  }];
  let options = [
    Option<"inferShapes", "infer-shapes", "bool", /*default=*/"true",
           "Re-run shape inference between folding rounds">,
    Option<"maxIterations", "max-iterations", "unsigned", /*default=*/"8",
           "Folding/inference rounds at most, with infer-shapes">,
    Option<"maxFoldElements", "max-fold-elements", "int64_t",
           /*default=*/"4096",
           "Largest constant (in elements) the folders create">,
  ];
  let dependentDialects = ["::x2p::ONNX::ONNXDialect"];
}

def ONNXWidenFloat16 : Pass<"onnx-widen-float16", "mlir::func::FuncOp"> {
  let summary = "Compute a float16 model in float32 (Paddle's CPU kernels)";
  let description = [{
    Paddle's CPU kernels have almost no float16 variant (softmax, matmul,
    layer_norm, gather, where, shape and most elementwise ops refuse it at
    run time), so an fp16 model (onnxconverter-common's float16
    conversion, optimum's `--fp16`) cannot run on CPU as it is. This pass
    makes every float16 value float32: float16 constants are widened
    (exactly), `Cast` to float16 casts to float32 (as do `dtype` attributes
    of EyeLike and the Random ops), and float16 graph inputs and outputs
    keep their type behind a `Cast`, so the program feeds and fetches what
    the model does. The result is at least as accurate as float16
    arithmetic; it differs from onnxruntime's float16 outputs by float16
    rounding. bfloat16 is left alone (oneDNN runs it). The x2p pipeline
    runs it first.
  }];
  let dependentDialects = ["::x2p::ONNX::ONNXDialect"];
}

def ONNXSetInputShapes : Pass<"onnx-set-input-shapes", "mlir::func::FuncOp"> {
  let summary = "Fix the dims of named graph inputs (X2Paddle's input_shape_dict)";
  let description = [{
    Gives the function arguments named (by their `onnx.name`) in `shapes`
    the dims listed there, so that `--onnx-shape-inference` can propagate
    them: `shapes=input_ids:1x128,pixel_values:1x3x224x224`. A `?` (or -1)
    keeps a dim dynamic. The rank must be the input's; a dim the model
    already fixes must not change; an unknown input name is an error that
    lists the model's inputs. The x2p driver's `--input_shape_dict` runs
    this pass first.
  }];
  let options = [
    Option<"shapes", "shapes", "std::string", /*default=*/"\"\"",
           "Comma-separated NAME:DIMS, DIMS as 1x128 with ? for dynamic">,
  ];
  let dependentDialects = ["::x2p::ONNX::ONNXDialect"];
}

#endif // X2P_TRANSFORMS_ONNX_PASSES_TD
