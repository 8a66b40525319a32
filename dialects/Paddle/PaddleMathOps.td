//===- PaddleMathOps.td - matmuls, reductions, scans -------*- tablegen -*-===//
//
// Ops that combine elements along axes: the two matmuls, softmaxes,
// reductions, arg_max/arg_min, top_k_v2, cumsum and cumprod. Their
// verifiers check contraction dims and axis ranges, which Paddle only
// checks at run time.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_MATH_OPS_TD
#define X2P_DIALECT_PADDLE_MATH_OPS_TD

let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_MatmulV2Op : Paddle_Op<"matmul_v2", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "batched matrix product, optionally transposing X or Y";
  let description = [{
    numpy's matmul: a 1-D X is a row vector, a 1-D Y a column vector, and
    the batch dims broadcast. The CPU kernel takes int32/int64 as well.
  }];
  let arguments = (ins Paddle_FloatOrIntTensor:$X, Paddle_FloatOrIntTensor:$Y,
                       DefaultValuedAttr<BoolAttr, "false">:$trans_x,
                       DefaultValuedAttr<BoolAttr, "false">:$trans_y);
  let results = (outs Paddle_FloatOrIntTensor:$Out);
  let hasVerifier = 1;
}

let opVersion = 1 in
def Paddle_MatmulOp : Paddle_Op<"matmul", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "alpha * (X @ Y), the pre-v2 matmul";
  let description = [{
    Like `matmul_v2` with the transposes named `transpose_X`/`transpose_Y`,
    plus a scale `alpha` on the product. Older Paddle models and Paddle's
    own fusion passes use it.
  }];
  let arguments = (ins Paddle_FloatTensor:$X, Paddle_FloatTensor:$Y,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_X,
                       DefaultValuedAttr<BoolAttr, "false">:$transpose_Y,
                       DefaultValuedAttr<F32Attr, "1.0">:$alpha,
                       DefaultValuedAttr<SI32Attr, "1">:$head_number);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_EinsumOp : Paddle_Op<"einsum", [Pure,
    AttrSizedResultSegments]> {
  let summary = "Einstein summation of Operands by `equation`";
  let description = [{
    The operand `Operands_` is the slot `Operands`. `equation` is numpy's
    (`ij,jk->ik`, implicit output and `...` allowed, no spaces).
    InnerCache and XShape are intermediates Paddle's kernel writes, one of
    each per operand. The CPU kernel takes f32/f64.
  }];
  let arguments = (ins Variadic<Paddle_FloatTensor>:$Operands_,
                       StrAttr:$equation);
  let results = (outs Paddle_FloatTensor:$Out,
                      Variadic<Paddle_FloatTensor>:$InnerCache,
                      Variadic<Paddle_FloatTensor>:$XShape);
  let hasVerifier = 1;
}

class Paddle_SoftmaxLikeOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let summary = what # " of X along `axis`";
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyAxis(getOperation(), getX().getType(),
                                               getAxis(), "axis");
    }
  }];
}

def Paddle_SoftmaxOp : Paddle_SoftmaxLikeOp<"softmax", "softmax">;
def Paddle_LogSoftmaxOp : Paddle_SoftmaxLikeOp<"log_softmax", "log(softmax)">;

class Paddle_ReduceOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = what # " of X over the axes `dim`";
  let description = [{
    Reduces over every axis when `reduce_all` is set (or `dim` is empty);
    `keep_dim` keeps the reduced axes as 1s.
  }];
  let arguments = (ins Paddle_NumericTensor:$X,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{0}">:$dim,
                       DefaultValuedAttr<BoolAttr, "false">:$keep_dim,
                       DefaultValuedAttr<BoolAttr, "false">:$reduce_all);
  let results = (outs Paddle_NumericTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyReduce(getOperation(), getDim(),
                                                 getKeepDim(), getReduceAll());
    }
  }];
}

// Paddle's sum kernel widens int32 (and bool) to int64 when no out_dtype
// is given, which the result type would not say: int32 is left out.
let cpuKernelTypes =
    ["uint8", "int8", "int16", "int64", "float32", "float64"] in
def Paddle_ReduceSumOp : Paddle_ReduceOp<"reduce_sum", "sum">;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ReduceMeanOp : Paddle_ReduceOp<"reduce_mean", "mean">;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ReduceMaxOp : Paddle_ReduceOp<"reduce_max", "max">;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ReduceMinOp : Paddle_ReduceOp<"reduce_min", "min">;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ReduceProdOp : Paddle_ReduceOp<"reduce_prod", "product">;

let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_LogsumexpOp : Paddle_Op<"logsumexp", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "log(sum(exp(X))) over the axes `axis`, computed stably";
  let description = [{
    Like the reduce_* ops, with their `dim`/`keep_dim` named
    `axis`/`keepdim`.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{0}">:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$keepdim,
                       DefaultValuedAttr<BoolAttr, "false">:$reduce_all);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyReduce(getOperation(), getAxis(),
                                                 getKeepdim(), getReduceAll());
    }
  }];
}

// The one reduction whose axes Paddle 3.3.1 reads from a tensor at run
// time (reduce_amax/amin/any declare AxisTensor, but their kernels ignore
// it); NaNs count as 0. `dtype` -1 keeps x's type.
def Paddle_NansumOp : Paddle_Op<"nansum", [Pure, AttrSizedOperandSegments,
    AllElementTypesMatch<["x", "out"]>]> {
  let summary = "sum of the non-NaN elements of x over `axis` or AxisTensor";
  let arguments = (ins Paddle_NumericTensor:$x,
                       Optional<Paddle_IntTensor>:$AxisTensor,
                       Variadic<Paddle_IntTensor>:$AxisTensorList,
                       DefaultValuedAttr<DenseI64ArrayAttr, "{}">:$axis,
                       DefaultValuedAttr<SI32Attr, "-1">:$dtype,
                       DefaultValuedAttr<BoolAttr, "false">:$keepdim);
  let results = (outs Paddle_NumericTensor:$out);
  let assemblyFormat = [{
    $x (`AxisTensor` `(` $AxisTensor^ `)`)?
    (`AxisTensorList` `(` $AxisTensorList^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
}

class Paddle_ArgOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure]> {
  let summary = "index of the " # what # " of X along `axis`";
  let description = [{
    `dtype` is the VarType code of Out (INT32 2 or INT64 3); `flatten`
    searches the flattened X.
  }];
  let arguments = (ins Paddle_NumericTensor:$X, SI64Attr:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$keepdims,
                       DefaultValuedAttr<BoolAttr, "false">:$flatten,
                       DefaultValuedAttr<SI32Attr, "3">:$dtype);
  let results = (outs Paddle_IndexTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyArg(getOperation(), getAxis(),
                                              getKeepdims(), getFlatten(),
                                              getDtype());
    }
  }];
}

let cpuKernelTypes = !listconcat(["uint8", "int16"], Paddle_KernelStandard) in
def Paddle_ArgMaxOp : Paddle_ArgOp<"arg_max", "largest element">;
let cpuKernelTypes = !listconcat(["uint8", "int16"], Paddle_KernelStandard) in
def Paddle_ArgMinOp : Paddle_ArgOp<"arg_min", "smallest element">;

def Paddle_TopKV2Op : Paddle_Op<"top_k_v2", [Pure]> {
  let summary = "the k largest (or smallest) elements along `axis`";
  let description = [{
    `K` (one element; the operand `K_`), when present, replaces the `k`
    attribute. Indices are int64.
  }];
  let arguments = (ins Paddle_NumericTensor:$X,
                       Optional<Paddle_IntTensor>:$K_,
                       DefaultValuedAttr<SI32Attr, "1">:$k,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis,
                       DefaultValuedAttr<BoolAttr, "true">:$largest,
                       DefaultValuedAttr<BoolAttr, "true">:$sorted);
  let results = (outs Paddle_NumericTensor:$Out, TensorOf<[I64]>:$Indices);
  let assemblyFormat = [{
    $X (`K` `(` $K_^ `)`)? attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let opVersion = 1 in
let cpuKernelTypes =
    !listconcat(["uint8", "int8", "int16"], Paddle_KernelStandard) in
def Paddle_CumsumOp : Paddle_Op<"cumsum", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "running sum of X along `axis`";
  let arguments = (ins Paddle_NumericTensor:$X,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis,
                       DefaultValuedAttr<BoolAttr, "false">:$flatten,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs Paddle_NumericTensor:$Out);
  let hasVerifier = 1;
}

let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_CumprodOp : Paddle_Op<"cumprod", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "running product of X along `dim`";
  let description = [{
    `exclusive` leaves each element out of its own product (the first is
    1), `reverse` runs from the end of the dim.
  }];
  let arguments = (ins Paddle_NumericTensor:$X,
                       DefaultValuedAttr<SI32Attr, "-1">:$dim,
                       DefaultValuedAttr<BoolAttr, "false">:$exclusive,
                       DefaultValuedAttr<BoolAttr, "false">:$reverse);
  let results = (outs Paddle_NumericTensor:$Out);
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_MATH_OPS_TD
