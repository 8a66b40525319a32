//===- ONNXExtraOps.td - onnx ops that are not ONNX operators -*- tablegen -*-===//
//
// Hand-written ops the generated ONNXOps.td includes: the `none` of absent
// optional inputs and the terminator of graph-attribute regions. ONNX has
// neither as an operator; the IR needs both.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_EXTRA_OPS_TD
#define X2P_DIALECT_ONNX_EXTRA_OPS_TD

include "dialects/ONNX/ONNXDialect.td"

def ONNX_NoValueOp : ONNX_Op<"NoValue", [Pure]> {
  let summary = "the absent value of an optional input (not an ONNX operator)";
  let description = [{
    ONNX marks an absent optional input with an empty name; here that input
    is the `none` result of this op, so every op keeps its operand count.
  }];
  let results = (outs NoneType:$none);
  let assemblyFormat = "attr-dict";
}

def ONNX_YieldOp : ONNX_Op<"Yield", [Pure, ReturnLike, Terminator,
    ParentOneOf<["IfOp", "LoopOp", "ScanOp", "SequenceMapOp"]>]> {
  let summary = "the outputs of a graph attribute (not an ONNX operator)";
  let description = [{
    Terminates the region of a graph attribute (`then_branch`/`else_branch`
    of If, `body` of Loop, Scan and SequenceMap) and returns the subgraph's
    outputs, in order.
  }];
  let arguments = (ins Variadic<AnyType>:$outputs);
  let assemblyFormat = "attr-dict ($outputs^ `:` type($outputs))?";
}

#endif // X2P_DIALECT_ONNX_EXTRA_OPS_TD
