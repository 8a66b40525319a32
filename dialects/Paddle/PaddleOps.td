//===- PaddleOps.td - paddle dialect operations ------------*- tablegen -*-===//
//
// The first paddle ops: a linear layer with layer_norm, reshape2 and
// softmax, which is enough to write a transformer block's skeleton. Slot,
// attribute and type choices are checked against the installed Paddle's op
// protos by test/Dialect/Paddle/op-protos.test.
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

def Paddle_MatmulV2Op : Paddle_Op<"matmul_v2", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "batched matrix product, optionally transposing X or Y";
  let arguments = (ins Paddle_Tensor:$X, Paddle_Tensor:$Y,
                       DefaultValuedAttr<BoolAttr, "false">:$trans_x,
                       DefaultValuedAttr<BoolAttr, "false">:$trans_y);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

def Paddle_ElementwiseAddOp : Paddle_Op<"elementwise_add", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "X + Y, Y broadcast into X starting at `axis`";
  let description = [{
    With `axis` = -1 the shapes broadcast numpy-style from the right;
    otherwise Y's dims align with X's dims starting at `axis`.
  }];
  let arguments = (ins Paddle_Tensor:$X, Paddle_Tensor:$Y,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis);
  let results = (outs Paddle_Tensor:$Out);
  let opVersion = 1;
  let hasVerifier = 1;
}

def Paddle_ReluOp : Paddle_Op<"relu", [Pure, SameOperandsAndResultType]> {
  let summary = "max(X, 0)";
  let arguments = (ins Paddle_Tensor:$X);
  let results = (outs Paddle_Tensor:$Out);
}

def Paddle_SoftmaxOp : Paddle_Op<"softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "softmax of X along `axis`";
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

def Paddle_Reshape2Op : Paddle_Op<"reshape2", [Pure, AttrSizedOperandSegments]> {
  let summary = "X with new dims; XShape records the input dims";
  let description = [{
    The target dims come from `ShapeTensor` (one 1-element tensor per dim),
    else `Shape` (a 1-D tensor), else the `shape` attribute; 0 copies the
    input dim and one -1 is inferred. `XShape` has dims `[0, *X.dims]`.
    The operand `Shape_` is the slot `Shape`: a trailing `_` keeps a slot
    apart from an attribute whose name differs only in case.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       Optional<Paddle_IntTensor>:$Shape_,
                       Variadic<Paddle_IntTensor>:$ShapeTensor,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$shape);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
  let assemblyFormat = [{
    $X (`Shape` `(` $Shape_^ `)`)? (`ShapeTensor` `(` $ShapeTensor^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_LayerNormOp : Paddle_Op<"layer_norm", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "layer normalization over the dims from `begin_norm_axis` on";
  let description = [{
    X is flattened to [left, right] at `begin_norm_axis`; `Scale` and `Bias`
    (optional) have `right` elements. `Mean` and `Variance` are [left].
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       Optional<Paddle_FloatTensor>:$Scale,
                       Optional<Paddle_FloatTensor>:$Bias,
                       DefaultValuedAttr<F32Attr, "1.0e-5">:$epsilon,
                       DefaultValuedAttr<SI32Attr, "1">:$begin_norm_axis);
  let results = (outs Paddle_FloatTensor:$Y, Paddle_FloatTensor:$Mean,
                      Paddle_FloatTensor:$Variance);
  let assemblyFormat = [{
    $X (`Scale` `(` $Scale^ `)`)? (`Bias` `(` $Bias^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_OPS_TD
