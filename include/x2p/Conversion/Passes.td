//===- Passes.td - x2p conversion passes -------------------*- tablegen -*-===//
//
// Passes that move a model from one dialect to another.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_CONVERSION_PASSES_TD
#define X2P_CONVERSION_PASSES_TD

include "mlir/Pass/PassBase.td"

def ONNXToPaddle : Pass<"onnx-to-paddle", "mlir::ModuleOp"> {
  let summary = "Lower the onnx dialect to the paddle dialect";
  let description = [{
    Rewrites every onnx op into the paddle ops that compute the same thing,
    with ONNX's attribute semantics mapped exactly (broadcasting, Gemm's
    transA/transB/alpha/beta, ...). Constants become `paddle.parameter` ops
    named after their source (initializer or node name), unless they are
    folded into an attribute (a Reshape's static shape, ...). The function's
    `onnx.name` argument and result attributes become `paddle.name`.

    An op that cannot be converted is reported with its location (the ONNX
    node name) and the reason, all such ops at once, and the pass fails:
    there is no silent fallback and no partial output. An op with regions
    (If, Loop, Scan) that did not convert is reported once, by its name;
    the ops inside it are not.

    The result is the natural paddle program; `--paddle-avoid-quirks`
    rewrites what Paddle Inference would compute wrongly, and
    `--paddle-drop-dead-parameters` erases the constants the conversion
    folded into attributes (the x2p pipeline runs both next).

    Also registered as `--convert-onnx-to-paddle`, the spelling upstream
    MLIR conversions use.
  }];
  let dependentDialects = ["x2p::Paddle::PaddleDialect",
                           "mlir::func::FuncDialect"];
}

#endif // X2P_CONVERSION_PASSES_TD
