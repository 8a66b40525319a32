//===- PaddleShapeOps.td - data movement paddle ops --------*- tablegen -*-===//
//
// Ops that move, select or create elements without arithmetic: reshapes,
// transposes, slicing, concatenation, broadcasting, gathers and the ops
// that create tensors (fill_constant, shape, range). Many take their
// shape-like attribute from optional tensor slots instead, so the
// attribute may be empty; verifiers check the attribute only when no
// tensor replaces it.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_SHAPE_OPS_TD
#define X2P_DIALECT_PADDLE_SHAPE_OPS_TD

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

def Paddle_Transpose2Op : Paddle_Op<"transpose2", [Pure]> {
  let summary = "X with its dims permuted by `axis`";
  let description = [{
    Out dim i is X dim `axis[i]`. `XShape` has dims `[0, *X.dims]`.
  }];
  let arguments = (ins Paddle_Tensor:$X, DenseI32ArrayAttr:$axis);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
  let hasVerifier = 1;
}

def Paddle_Squeeze2Op : Paddle_Op<"squeeze2", [Pure]> {
  let summary = "X without the size-1 dims in `axes` (all of them if empty)";
  let arguments = (ins Paddle_Tensor:$X,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$axes);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelAllBut16 in
def Paddle_Unsqueeze2Op : Paddle_Op<"unsqueeze2", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "X with size-1 dims inserted at `axes`";
  let description = [{
    The axes come from `AxesTensor`, else `AxesTensorList`, else `axes`;
    each is an index into the growing output.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       Optional<Paddle_IntTensor>:$AxesTensor,
                       Variadic<Paddle_IntTensor>:$AxesTensorList,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$axes);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
  let assemblyFormat = [{
    $X (`AxesTensor` `(` $AxesTensor^ `)`)?
    (`AxesTensorList` `(` $AxesTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelAllBut16 in
def Paddle_FlattenContiguousRangeOp : Paddle_Op<"flatten_contiguous_range",
    [Pure]> {
  let summary = "X with dims `start_axis`..`stop_axis` merged into one";
  let arguments = (ins Paddle_Tensor:$X, SI32Attr:$start_axis,
                       SI32Attr:$stop_axis);
  let results = (outs Paddle_Tensor:$Out, Paddle_Tensor:$XShape);
  let hasVerifier = 1;
}

def Paddle_ConcatOp : Paddle_Op<"concat", [Pure, AttrSizedOperandSegments]> {
  let summary = "the tensors X joined along `axis`";
  let description = [{
    `AxisTensor` (one element), when present, replaces `axis`.
  }];
  let arguments = (ins Variadic<Paddle_Tensor>:$X,
                       Optional<Paddle_IntTensor>:$AxisTensor,
                       DefaultValuedAttr<SI32Attr, "0">:$axis);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $X (`AxisTensor` `(` $AxisTensor^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let cpuKernelTypes =
    ["bool", "uint8", "int8", "int32", "int64", "float16", "float32",
    "float64"] in
def Paddle_SplitOp : Paddle_Op<"split", [Pure, AttrSizedOperandSegments]> {
  let summary = "X cut along `axis` into `num` equal parts or `sections`";
  let description = [{
    `sections` may hold one -1, inferred from the rest. `AxisTensor` and
    `SectionsTensorList` replace `axis` and `sections` when present.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       Optional<Paddle_IntTensor>:$AxisTensor,
                       Variadic<Paddle_IntTensor>:$SectionsTensorList,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$sections,
                       DefaultValuedAttr<SI32Attr, "0">:$num,
                       DefaultValuedAttr<SI32Attr, "0">:$axis);
  let results = (outs Variadic<Paddle_Tensor>:$Out);
  let assemblyFormat = [{
    $X (`AxisTensor` `(` $AxisTensor^ `)`)?
    (`SectionsTensorList` `(` $SectionsTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_SliceOp : Paddle_Op<"slice", [Pure, AttrSizedOperandSegments]> {
  let summary = "Input[starts:ends] along `axes`";
  let description = [{
    Starts and ends are clamped to the dims like Python slices; the tensor
    slots replace `starts`/`ends` when present. Axes in `decrease_axis`
    (each sliced to one element) are dropped from Out.
  }];
  let arguments = (ins Paddle_Tensor:$Input,
                       Optional<Paddle_IntTensor>:$StartsTensor,
                       Optional<Paddle_IntTensor>:$EndsTensor,
                       Variadic<Paddle_IntTensor>:$StartsTensorList,
                       Variadic<Paddle_IntTensor>:$EndsTensorList,
                       DenseI32ArrayAttr:$axes,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$starts,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$ends,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$infer_flags,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$decrease_axis);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $Input (`StartsTensor` `(` $StartsTensor^ `)`)?
    (`EndsTensor` `(` $EndsTensor^ `)`)?
    (`StartsTensorList` `(` $StartsTensorList^ `)`)?
    (`EndsTensorList` `(` $EndsTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_StridedSliceOp : Paddle_Op<"strided_slice", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "Input[starts:ends:strides] along `axes`";
  let arguments = (ins Paddle_Tensor:$Input,
                       Optional<Paddle_IntTensor>:$StartsTensor,
                       Variadic<Paddle_IntTensor>:$StartsTensorList,
                       Optional<Paddle_IntTensor>:$EndsTensor,
                       Variadic<Paddle_IntTensor>:$EndsTensorList,
                       Optional<Paddle_IntTensor>:$StridesTensor,
                       Variadic<Paddle_IntTensor>:$StridesTensorList,
                       DenseI32ArrayAttr:$axes,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$starts,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$ends,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$strides,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$infer_flags,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$decrease_axis);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $Input (`StartsTensor` `(` $StartsTensor^ `)`)?
    (`StartsTensorList` `(` $StartsTensorList^ `)`)?
    (`EndsTensor` `(` $EndsTensor^ `)`)?
    (`EndsTensorList` `(` $EndsTensorList^ `)`)?
    (`StridesTensor` `(` $StridesTensor^ `)`)?
    (`StridesTensorList` `(` $StridesTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_ExpandV2Op : Paddle_Op<"expand_v2", [Pure,
    AttrSizedOperandSegments, AllElementTypesMatch<["X", "Out"]>]> {
  let summary = "X broadcast to `shape` (-1 keeps X's dim)";
  let description = [{
    `Shape` (1-D) or `expand_shapes_tensor` (one 1-element tensor per dim)
    replace `shape` when present. The operand `Shape_` is the slot `Shape`.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       Optional<Paddle_IntTensor>:$Shape_,
                       Variadic<Paddle_IntTensor>:$expand_shapes_tensor,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$shape);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $X (`Shape` `(` $Shape_^ `)`)?
    (`expand_shapes_tensor` `(` $expand_shapes_tensor^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_ExpandAsV2Op : Paddle_Op<"expand_as_v2", [Pure]> {
  let summary = "X broadcast to the shape of Y (or `target_shape`)";
  let arguments = (ins Paddle_Tensor:$X, Optional<Paddle_Tensor>:$Y,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$target_shape);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $X (`Y` `(` $Y^ `)`)? attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelAllButBF16 in
def Paddle_TileOp : Paddle_Op<"tile", [Pure, AttrSizedOperandSegments,
    AllElementTypesMatch<["X", "Out"]>]> {
  let summary = "X repeated `repeat_times` times along each dim";
  let description = [{
    `RepeatTimes` (1-D; the operand `RepeatTimes_`, whose getter would clash
    with the attribute's) or `repeat_times_tensor` replace `repeat_times`.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       Optional<Paddle_IntTensor>:$RepeatTimes_,
                       Variadic<Paddle_IntTensor>:$repeat_times_tensor,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$repeat_times);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $X (`RepeatTimes` `(` $RepeatTimes_^ `)`)?
    (`repeat_times_tensor` `(` $repeat_times_tensor^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_PixelShuffleOp : Paddle_Op<"pixel_shuffle", [Pure,
    AllElementTypesMatch<["X", "Out"]>]> {
  let summary = "channels moved into blocks of space (depth to space)";
  let description = [{
    For NCHW, `Out[n, c, h*r + i, w*r + j] = X[n, c*r*r + i*r + j, h, w]`
    with r = `upscale_factor` (ONNX DepthToSpace in CRD mode).
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       DefaultValuedAttr<SI32Attr, "1">:$upscale_factor,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_format);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_PixelUnshuffleOp : Paddle_Op<"pixel_unshuffle", [Pure,
    AllElementTypesMatch<["X", "Out"]>]> {
  let summary = "blocks of space moved into channels (space to depth)";
  let description = [{
    For NCHW, `Out[n, c*r*r + i*r + j, h, w] = X[n, c, h*r + i, w*r + j]`
    with r = `downscale_factor`.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       DefaultValuedAttr<SI32Attr, "1">:$downscale_factor,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_format);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelAllBut16 in
def Paddle_GatherOp : Paddle_Op<"gather", [Pure]> {
  let summary = "the slices of X at `Index` along `axis`";
  let description = [{
    `Index` is 1-D (or 0-D); `Axis` (one element; the operand `Axis_`),
    when present, replaces `axis`.
  }];
  let arguments = (ins Paddle_Tensor:$X, Paddle_IndexTensor:$Index,
                       Optional<Paddle_IntTensor>:$Axis_,
                       DefaultValuedAttr<SI32Attr, "0">:$axis);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    $X `,` $Index (`Axis` `(` $Axis_^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let cpuKernelTypes =
    !listconcat(["bool", "uint8", "int8", "int16"], Paddle_KernelStandard) in
def Paddle_GatherNdOp : Paddle_Op<"gather_nd", [Pure]> {
  let summary = "the slices of X at the index tuples in the last dim of Index";
  let arguments = (ins Paddle_Tensor:$X, Paddle_IndexTensor:$Index);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes =
    !listconcat(["bool"], Paddle_KernelStandard), cpuKernelSlot = "X" in
def Paddle_WhereOp : Paddle_Op<"where", [Pure,
    AllElementTypesMatch<["X", "Y", "Out"]>]> {
  let summary = "X where Condition else Y";
  let arguments = (ins Paddle_BoolTensor:$Condition, Paddle_Tensor:$X,
                       Paddle_Tensor:$Y);
  let results = (outs Paddle_Tensor:$Out);
}

let opVersion = 1 in
def Paddle_LookupTableV2Op : Paddle_Op<"lookup_table_v2", [Pure]> {
  let summary = "rows of the embedding table W at Ids";
  let description = [{
    Out has dims `[*Ids.dims, W.dims[1]]`; rows at `padding_idx` (unless
    -1) are zeros.
  }];
  let arguments = (ins Paddle_IndexTensor:$Ids, Paddle_FloatTensor:$W,
                       DefaultValuedAttr<SI64Attr, "-1">:$padding_idx);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

def Paddle_AssignOp : Paddle_Op<"assign", [Pure]> {
  let summary = "a copy of X";
  let arguments = (ins Optional<Paddle_Tensor>:$X);
  let results = (outs Paddle_Tensor:$Out);
}

let cpuKernelTypes = Paddle_KernelAllBut16 in
def Paddle_ShapeOp : Paddle_Op<"shape", [Pure]> {
  let summary = "the dims of Input as a 1-D int32 tensor";
  let arguments = (ins Paddle_Tensor:$Input);
  let results = (outs TensorOf<[I32]>:$Out);
  let hasVerifier = 1;
}

def Paddle_SizeOp : Paddle_Op<"size", [Pure]> {
  let summary = "the number of elements of Input, as a 0-D int64 tensor";
  let arguments = (ins Paddle_Tensor:$Input);
  let results = (outs TensorOf<[I64]>:$Out);
  let hasVerifier = 1;
}

let opVersion = 2 in
def Paddle_FillConstantOp : Paddle_Op<"fill_constant", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "a tensor of `shape` filled with `value`, of type `dtype`";
  let description = [{
    `ValueTensor`, `ShapeTensor` (1-D) and `ShapeTensorList` (one
    1-element tensor per dim) replace `value` and `shape` when present.
    `dtype` is a VarType code naming Out's element type.
  }];
  let arguments = (ins Optional<Paddle_Tensor>:$ValueTensor,
                       Optional<Paddle_IntTensor>:$ShapeTensor,
                       Variadic<Paddle_IntTensor>:$ShapeTensorList,
                       DefaultValuedAttr<SI32Attr, "5">:$dtype,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$shape,
                       DefaultValuedAttr<F32Attr, "0.0">:$value,
                       DefaultValuedAttr<StrAttr, "\"\"">:$str_value);
  let results = (outs Paddle_Tensor:$Out);
  let assemblyFormat = [{
    (`ValueTensor` `(` $ValueTensor^ `)`)?
    (`ShapeTensor` `(` $ShapeTensor^ `)`)?
    (`ShapeTensorList` `(` $ShapeTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_FillAnyLikeOp : Paddle_Op<"fill_any_like", [Pure,
    SameOperandsAndResultShape]> {
  let summary = "a tensor of X's shape filled with `value`";
  let description = [{
    `dtype` is a VarType code naming Out's element type, or -1 for X's.
  }];
  let arguments = (ins Paddle_Tensor:$X,
                       DefaultValuedAttr<F32Attr, "0.0">:$value,
                       DefaultValuedAttr<SI32Attr, "-1">:$dtype);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

// The kernel of the legacy op; bfloat16 too, no int16 or float16.
let cpuKernelTypes = !listconcat(["bfloat16"], Paddle_KernelStandard) in
def Paddle_RangeOp : Paddle_Op<"range", [Pure,
    AllElementTypesMatch<["Start", "End", "Step", "Out"]>]> {
  let summary = "Start, Start + Step, ... up to End (exclusive)";
  let description = [{
    Start, End and Step are 1-element tensors. Paddle's legacy registry
    names this op `range`; `arange` is only a Python API.
  }];
  let arguments = (ins Paddle_FloatOrIntTensor:$Start,
                       Paddle_FloatOrIntTensor:$End,
                       Paddle_FloatOrIntTensor:$Step);
  let results = (outs Paddle_FloatOrIntTensor:$Out);
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_SHAPE_OPS_TD
