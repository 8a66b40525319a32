//===- PaddleOps.td - paddle dialect operations ------------*- tablegen -*-===//
//
// All paddle ops: paddle.parameter here, the OpDesc types in one file per
// op family. Everything is reachable from this file, so one tblgen run
// (and op-protos.test's one dump) sees every op. Slot, attribute and type
// choices are checked against the installed Paddle's op protos by
// test/Dialect/Paddle/op-protos.test.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_OPS_TD
#define X2P_DIALECT_PADDLE_OPS_TD

include "dialects/Paddle/PaddleDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/IR/CommonAttrConstraints.td"

def Paddle_ParameterOp : Paddle_Op<"parameter", [Pure,
    AllTypesMatch<["value", "Out"]>]> {
  let summary = "a named weight: a persistable var with its data";
  let description = [{
    Becomes a persistable LoD-tensor var named `name` whose data is written
    to the params file. `value` is normally a `dense_resource` blob.
  }];
  let arguments = (ins StrAttr:$name, ElementsAttr:$value);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = "$name $value attr-dict";
  let isOpDesc = 0;
  let hasVerifier = 1;
}

include "dialects/Paddle/PaddleElementwiseOps.td"
include "dialects/Paddle/PaddleMathOps.td"
include "dialects/Paddle/PaddleShapeOps.td"
include "dialects/Paddle/PaddleIndexOps.td"
include "dialects/Paddle/PaddleNNOps.td"
include "dialects/Paddle/PaddleFusedOps.td"
include "dialects/Paddle/PaddleQuantOps.td"

#endif // X2P_DIALECT_PADDLE_OPS_TD
