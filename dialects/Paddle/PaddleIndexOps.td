//===- PaddleIndexOps.td - index-driven paddle ops ---------*- tablegen -*-===//
//
// Ops that select or place elements by index tensors (scatters, where_index,
// tril_triu, take/put_along_axis, argsort) beyond the gathers and
// slices of PaddleShapeOps.td: kept apart because the ONNX conversion of
// indexing ops grows them independently of the reshaping ops.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_INDEX_OPS_TD
#define X2P_DIALECT_PADDLE_INDEX_OPS_TD

let cpuKernelTypes =
    ["bool", "int32", "int64", "float16", "float32", "float64"] in
def Paddle_TrilTriuOp : Paddle_Op<"tril_triu", [Pure,
    SameOperandsAndResultType]> {
  let summary = "the lower (or upper) triangle of the last two dims of X";
  let description = [{
    With `lower`, elements with col - row <= `diagonal` are kept; otherwise
    those with col - row >= `diagonal`. The rest are zero.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       DefaultValuedAttr<SI32Attr, "0">:$diagonal,
                       DefaultValuedAttr<BoolAttr, "true">:$lower);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = !listconcat(["bool", "int16"], Paddle_KernelStandard) in
def Paddle_WhereIndexOp : Paddle_Op<"where_index", [Pure]> {
  let summary = "the coordinates of the nonzero elements of Condition";
  let description = [{
    Out is int64 with dims `[count, rank(Condition)]`, in row-major order.
  }];
  let arguments = (ins Paddle_Tensor:$Condition);
  let results = (outs TensorOf<[I64]>:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = !listconcat(["uint8"], Paddle_KernelStandard) in
def Paddle_ScatterNdAddOp : Paddle_Op<"scatter_nd_add", [Pure,
    AllElementTypesMatch<["X", "Updates", "Out"]>]> {
  let summary = "X with Updates added at the index tuples in Index";
  let description = [{
    Updates has dims `[*Index.dims[:-1], *X.dims[Index.dims[-1]:]]`;
    repeated index tuples accumulate.
  }];
  let arguments = (ins Paddle_NumericTensor:$X, Paddle_IndexTensor:$Index,
                       Paddle_NumericTensor:$Updates);
  let results = (outs Paddle_NumericTensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = !listconcat(["uint8", "int16"], Paddle_KernelStandard) in
def Paddle_TakeAlongAxisOp : Paddle_Op<"take_along_axis", [Pure,
    AllElementTypesMatch<["Input", "Result"]>]> {
  let summary = "Input's elements at Index along `Axis`";
  let description = [{
    Result has Index's dims; `Result[..., i, ...] = Input[..., Index[..., i,
    ...], ...]` with i at `Axis`. Negative indices count from the end.
  }];
  let arguments = (ins Paddle_Tensor:$Input, Paddle_IndexTensor:$Index,
                       SI32Attr:$Axis);
  let results = (outs Paddle_Tensor:$Result);
  let hasVerifier = 1;
}

let cpuKernelTypes = !listconcat(["uint8", "int16"], Paddle_KernelStandard) in
def Paddle_PutAlongAxisOp : Paddle_Op<"put_along_axis", [Pure,
    AllElementTypesMatch<["Input", "Value", "Result"]>]> {
  let summary = "Input with Value placed at Index along `Axis`";
  let description = [{
    `Reduce` is assign, add, mul, amin, amax or mean; with `Include_self`
    the element of Input takes part in the reduction.
  }];
  let arguments = (ins Paddle_Tensor:$Input, Paddle_IndexTensor:$Index,
                       Paddle_Tensor:$Value, SI32Attr:$Axis,
                       DefaultValuedAttr<StrAttr, "\"assign\"">:$Reduce,
                       DefaultValuedAttr<BoolAttr, "true">:$Include_self);
  let results = (outs Paddle_Tensor:$Result);
  let hasVerifier = 1;
}

let opVersion = 1 in
let cpuKernelTypes =
    ["uint8", "int16", "int32", "int64", "float16", "float32", "float64"] in
def Paddle_ArgsortOp : Paddle_Op<"argsort", [Pure]> {
  let summary = "X sorted along `axis`, and the indices that sort it";
  let description = [{
    With `stable`, equal elements keep their order (in both directions).
  }];
  let arguments = (ins Paddle_NumericTensor:$X,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$descending,
                       DefaultValuedAttr<BoolAttr, "false">:$stable);
  let results = (outs Paddle_NumericTensor:$Out, TensorOf<[I64]>:$Indices);
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_INDEX_OPS_TD
