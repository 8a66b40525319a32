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
    there is no silent fallback and no partial output.
  }];
  let dependentDialects = ["x2p::Paddle::PaddleDialect",
                           "mlir::func::FuncDialect"];
}

#endif // X2P_CONVERSION_PASSES_TD
