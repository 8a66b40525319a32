//===- PaddleElementwiseOps.td - elementwise paddle ops ----*- tablegen -*-===//
//
// Ops that map elements to elements: the elementwise_* binaries with
// Paddle's `axis` broadcast, comparisons and logical ops (bool results),
// activations, scale, clip and cast. They come in families that share
// slots, attributes and verifiers, so each family is one TableGen class.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_ELEMENTWISE_OPS_TD
#define X2P_DIALECT_PADDLE_ELEMENTWISE_OPS_TD

// Verified by Paddle's broadcast rule (verifyBroadcast in
// PaddleElementwiseOps.cpp): Y aligns with X at `axis`, or from the right
// when `axis` is -1, and static dims must match or be 1.
defvar Paddle_BroadcastVerifier = [{
  ::llvm::LogicalResult $cppClass::verify() {
    return ::x2p::Paddle::detail::verifyBroadcast(getOperation(), getAxis());
  }
}];

class Paddle_ElementwiseBinaryOp<string mnemonic, string what,
                                 Type tensor = Paddle_NumericTensor>
    : Paddle_Op<"elementwise_" # mnemonic, [Pure,
          SameOperandsAndResultElementType]> {
  let summary = what # ", Y broadcast into X starting at `axis`";
  let description = [{
    With `axis` = -1 the shapes broadcast numpy-style from the right;
    otherwise the dims of the lower-rank operand align with the dims of the
    other starting at `axis`.
  }];
  let arguments = (ins tensor:$X, tensor:$Y,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis);
  let results = (outs tensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = Paddle_BroadcastVerifier;
}

let opVersion = 1 in
let cpuKernelTypes =
    !listconcat(["bool", "uint8", "int8", "int16"], Paddle_KernelStandard) in
def Paddle_ElementwiseAddOp : Paddle_ElementwiseBinaryOp<"add", "X + Y">;
let opVersion = 1 in
let cpuKernelTypes = !listconcat(["int16"], Paddle_KernelStandard) in
def Paddle_ElementwiseSubOp : Paddle_ElementwiseBinaryOp<"sub", "X - Y">;
let opVersion = 1 in
let cpuKernelTypes = !listconcat(["bool"], Paddle_KernelStandard) in
def Paddle_ElementwiseMulOp : Paddle_ElementwiseBinaryOp<"mul", "X * Y">;
let opVersion = 1 in
let cpuKernelTypes =
    !listconcat(["bool", "uint8", "int8", "int16"], Paddle_KernelStandard) in
def Paddle_ElementwiseDivOp : Paddle_ElementwiseBinaryOp<"div", "X / Y">;
let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ElementwisePowOp
    : Paddle_ElementwiseBinaryOp<"pow", "X ** Y", Paddle_FloatOrIntTensor>;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ElementwiseMaxOp
    : Paddle_ElementwiseBinaryOp<"max", "max(X, Y)", Paddle_FloatOrIntTensor>;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ElementwiseMinOp
    : Paddle_ElementwiseBinaryOp<"min", "min(X, Y)", Paddle_FloatOrIntTensor>;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_ElementwiseModOp : Paddle_ElementwiseBinaryOp<"mod",
    "X mod Y with the sign of Y (Python's %)", Paddle_FloatOrIntTensor>;
def Paddle_ElementwiseFloorDivOp : Paddle_ElementwiseBinaryOp<"floordiv",
    "floor(X / Y)", Paddle_FloatOrIntTensor>;

class Paddle_CompareOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, AllElementTypesMatch<["X", "Y"]>]> {
  let summary = what # " elementwise, as bool";
  let arguments = (ins Paddle_Tensor:$X, Paddle_Tensor:$Y,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis);
  let results = (outs Paddle_BoolTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = Paddle_BroadcastVerifier;
}

let opVersion = 1 in
def Paddle_EqualOp : Paddle_CompareOp<"equal", "X == Y">;
let opVersion = 1 in
def Paddle_NotEqualOp : Paddle_CompareOp<"not_equal", "X != Y">;
let opVersion = 1 in
def Paddle_LessThanOp : Paddle_CompareOp<"less_than", "X < Y">;
let opVersion = 1 in
def Paddle_LessEqualOp : Paddle_CompareOp<"less_equal", "X <= Y">;
let opVersion = 1 in
def Paddle_GreaterThanOp : Paddle_CompareOp<"greater_than", "X > Y">;
let opVersion = 1 in
def Paddle_GreaterEqualOp : Paddle_CompareOp<"greater_equal", "X >= Y">;

// Logical ops have no axis: they broadcast from the right. Non-bool inputs
// are read as `!= 0`.
class Paddle_LogicalBinaryOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure]> {
  let summary = what # " elementwise";
  let arguments = (ins Paddle_Tensor:$X, Paddle_Tensor:$Y);
  let results = (outs Paddle_BoolTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyBroadcast(getOperation(), -1);
    }
  }];
}

def Paddle_LogicalAndOp : Paddle_LogicalBinaryOp<"logical_and", "X and Y">;
def Paddle_LogicalOrOp : Paddle_LogicalBinaryOp<"logical_or", "X or Y">;
def Paddle_LogicalXorOp : Paddle_LogicalBinaryOp<"logical_xor", "X xor Y">;

let cpuKernelTypes = ["bool"] in
def Paddle_LogicalNotOp : Paddle_Op<"logical_not", [Pure,
    SameOperandsAndResultShape]> {
  let summary = "not X elementwise";
  let arguments = (ins Paddle_Tensor:$X);
  let results = (outs Paddle_BoolTensor:$Out);
}

// Unary activations: Out has X's type. `attrs` are the op's own attributes.
class Paddle_ActivationOp<string mnemonic, string what, dag attrs = (ins),
                          Type tensor = Paddle_FloatTensor>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultType]> {
  let summary = what;
  let arguments = !con((ins tensor:$X), attrs);
  let results = (outs tensor:$Out);
}

let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_ReluOp : Paddle_ActivationOp<"relu", "max(X, 0)">;
def Paddle_GeluOp : Paddle_ActivationOp<"gelu",
    "X * Phi(X); the tanh approximation when `approximate`",
    (ins DefaultValuedAttr<BoolAttr, "false">:$approximate)>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SigmoidOp : Paddle_ActivationOp<"sigmoid", "1 / (1 + exp(-X))">;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_TanhOp : Paddle_ActivationOp<"tanh", "tanh(X)">;
let cpuKernelTypes = ["float16", "float32", "float64"] in
def Paddle_ExpOp : Paddle_ActivationOp<"exp", "exp(X)">;
let cpuKernelTypes = ["float16", "float32", "float64"] in
def Paddle_LogOp : Paddle_ActivationOp<"log", "natural log of X">;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SqrtOp : Paddle_ActivationOp<"sqrt", "sqrt(X)">;
def Paddle_RsqrtOp : Paddle_ActivationOp<"rsqrt", "1 / sqrt(X)">;
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_AbsOp : Paddle_ActivationOp<"abs", "|X|", (ins),
                                       Paddle_NumericTensor>;
let cpuKernelTypes = ["float16", "float32", "float64"] in
def Paddle_ErfOp : Paddle_ActivationOp<"erf", "the error function of X">;
def Paddle_SwishOp : Paddle_ActivationOp<"swish", "X * sigmoid(X)">;
def Paddle_Relu6Op : Paddle_ActivationOp<"relu6", "min(max(X, 0), 6)">;
let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_LeakyReluOp : Paddle_ActivationOp<"leaky_relu",
    "X if X >= 0 else alpha * X",
    (ins DefaultValuedAttr<F32Attr, "0.02">:$alpha)>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_EluOp : Paddle_ActivationOp<"elu",
    "X if X > 0 else alpha * (exp(X) - 1)",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$alpha)>;
// Paddle 3.3.1's kernel ignores the attributes and always computes
// X * min(max(X + 3, 0), 6) / 6; the verifier rejects other values.
def Paddle_HardSwishOp : Paddle_ActivationOp<"hard_swish",
    "X * min(max(X + offset, 0), threshold) / scale",
    (ins DefaultValuedAttr<F32Attr, "6.0">:$threshold,
         DefaultValuedAttr<F32Attr, "6.0">:$scale,
         DefaultValuedAttr<F32Attr, "3.0">:$offset)> {
  let hasVerifier = 1;
}
def Paddle_HardSigmoidOp : Paddle_ActivationOp<"hard_sigmoid",
    "min(max(slope * X + offset, 0), 1)",
    (ins DefaultValuedAttr<F32Attr, "0.2">:$slope,
         DefaultValuedAttr<F32Attr, "0.5">:$offset)>;
let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SoftplusOp : Paddle_ActivationOp<"softplus",
    "log(1 + exp(beta * X)) / beta, X where beta * X > threshold",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$beta,
         DefaultValuedAttr<F32Attr, "20.0">:$threshold)>;

let cpuKernelTypes = Paddle_KernelIntsF16Floats in
def Paddle_ScaleOp : Paddle_Op<"scale", [Pure, AttrSizedOperandSegments]> {
  let summary = "scale * X + bias, or scale * (X + bias)";
  let description = [{
    `ScaleTensor` (one element), when present, replaces the `scale`
    attribute. With `bias_after_scale` false the bias is added first.
  }];
  let arguments = (ins Paddle_NumericTensor:$X,
                       Optional<Paddle_FloatTensor>:$ScaleTensor,
                       Optional<Paddle_FloatTensor>:$BiasTensor,
                       DefaultValuedAttr<F32Attr, "1.0">:$scale,
                       DefaultValuedAttr<F32Attr, "0.0">:$bias,
                       DefaultValuedAttr<BoolAttr, "true">:$bias_after_scale);
  let results = (outs Paddle_NumericTensor:$Out);
  let assemblyFormat = [{
    $X (`ScaleTensor` `(` $ScaleTensor^ `)`)? (`BiasTensor` `(` $BiasTensor^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let opVersion = 1 in
def Paddle_ClipOp : Paddle_Op<"clip", [Pure, AttrSizedOperandSegments]> {
  let summary = "min(max(X, min), max)";
  let description = [{
    `Min` and `Max` (one element each; the operands `Min_` and `Max_`),
    when present, replace the attributes of the same name.
  }];
  let arguments = (ins Paddle_FloatOrIntTensor:$X,
                       Optional<Paddle_FloatOrIntTensor>:$Min_,
                       Optional<Paddle_FloatOrIntTensor>:$Max_,
                       F32Attr:$min, F32Attr:$max);
  let results = (outs Paddle_FloatOrIntTensor:$Out);
  let assemblyFormat = [{
    $X (`Min` `(` $Min_^ `)`)? (`Max` `(` $Max_^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_CastOp : Paddle_Op<"cast", [Pure, SameOperandsAndResultShape]> {
  let summary = "X converted to the element type `out_dtype`";
  let description = [{
    `in_dtype` and `out_dtype` are Paddle VarType codes (BOOL 0, INT16 1,
    INT32 2, INT64 3, FP16 4, FP32 5, FP64 6, UINT8 20, INT8 21, BF16 22)
    and must name X's and Out's element types.
  }];
  let arguments = (ins Paddle_Tensor:$X, SI32Attr:$in_dtype,
                       SI32Attr:$out_dtype);
  let results = (outs Paddle_Tensor:$Out);
  let hasVerifier = 1;
}

// Unary math. Paddle 3.3.1's CPU kernels of the trigonometric and
// hyperbolic ops and of reciprocal take f32/f64 only, and so do their
// operands; floor, ceil and sign take integers too. round rounds half to
// even (std::nearbyint).
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SinOp : Paddle_ActivationOp<"sin", "sin(X)", (ins),
                                       Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_CosOp : Paddle_ActivationOp<"cos", "cos(X)", (ins),
                                       Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_TanOp : Paddle_ActivationOp<"tan", "tan(X)", (ins),
                                       Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AsinOp : Paddle_ActivationOp<"asin", "arcsin(X)", (ins),
                                        Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AcosOp : Paddle_ActivationOp<"acos", "arccos(X)", (ins),
                                        Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AtanOp : Paddle_ActivationOp<"atan", "arctan(X)", (ins),
                                        Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SinhOp : Paddle_ActivationOp<"sinh", "sinh(X)", (ins),
                                        Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_CoshOp : Paddle_ActivationOp<"cosh", "cosh(X)", (ins),
                                        Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AsinhOp : Paddle_ActivationOp<"asinh", "arsinh(X)", (ins),
                                         Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AcoshOp : Paddle_ActivationOp<"acosh", "arcosh(X)", (ins),
                                         Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_AtanhOp : Paddle_ActivationOp<"atanh", "artanh(X)", (ins),
                                         Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_ReciprocalOp : Paddle_ActivationOp<"reciprocal", "1 / X", (ins),
                                              Paddle_F32OrF64Tensor>;
let cpuKernelTypes = Paddle_KernelIntsF16Floats in
def Paddle_FloorOp : Paddle_ActivationOp<"floor", "floor(X)", (ins),
                                         Paddle_NumericTensor>;
let cpuKernelTypes = Paddle_KernelIntsF16Floats in
def Paddle_CeilOp : Paddle_ActivationOp<"ceil", "ceil(X)", (ins),
                                        Paddle_NumericTensor>;
let cpuKernelTypes =
    !listconcat(["uint8", "int8", "int16"], Paddle_KernelStandard) in
def Paddle_SignOp : Paddle_ActivationOp<"sign", "-1, 0 or 1 by the sign of X",
                                        (ins), Paddle_NumericTensor>;
let opVersion = 1 in
let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_RoundOp : Paddle_ActivationOp<"round",
    "X rounded half to even at `decimals` decimal places",
    (ins DefaultValuedAttr<SI32Attr, "0">:$decimals), Paddle_NumericTensor>;

// Classifications of floats, as bool.
class Paddle_ClassifyOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultShape]> {
  let summary = "whether X is " # what # ", elementwise";
  let arguments = (ins Paddle_NumericTensor:$X);
  let results = (outs Paddle_BoolTensor:$Out);
}

let cpuKernelTypes = ["int32", "int64", "float16", "float32", "float64"] in
def Paddle_IsnanV2Op : Paddle_ClassifyOp<"isnan_v2", "NaN">;
let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_IsinfV2Op : Paddle_ClassifyOp<"isinf_v2", "+inf or -inf">;

// Bitwise ops take bool and the signed integers and uint8, and broadcast
// from the right (no axis).
def Paddle_BitsTensor : TensorOf<[I1, I8, UI8, I16, I32, I64]>;

class Paddle_BitwiseBinaryOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = what # " elementwise";
  let arguments = (ins Paddle_BitsTensor:$X, Paddle_BitsTensor:$Y);
  let results = (outs Paddle_BitsTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyBroadcast(getOperation(), -1);
    }
  }];
}

let cpuKernelTypes = Paddle_KernelBits in
def Paddle_BitwiseAndOp : Paddle_BitwiseBinaryOp<"bitwise_and", "X & Y">;
let cpuKernelTypes = Paddle_KernelBits in
def Paddle_BitwiseOrOp : Paddle_BitwiseBinaryOp<"bitwise_or", "X | Y">;
let cpuKernelTypes = Paddle_KernelBits in
def Paddle_BitwiseXorOp : Paddle_BitwiseBinaryOp<"bitwise_xor", "X ^ Y">;

let cpuKernelTypes = Paddle_KernelBits in
def Paddle_BitwiseNotOp : Paddle_Op<"bitwise_not", [Pure,
    SameOperandsAndResultType]> {
  let summary = "~X elementwise";
  let arguments = (ins Paddle_BitsTensor:$X);
  let results = (outs Paddle_BitsTensor:$Out);
}

// The shifts' slots are lower-case in Paddle. `is_arithmetic` false shifts
// logically (zeros in from the left), as ONNX's BitShift does.
class Paddle_BitShiftOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = what # " elementwise, y broadcast like numpy";
  let arguments = (ins TensorOf<[I8, UI8, I16, I32, I64]>:$x,
                       TensorOf<[I8, UI8, I16, I32, I64]>:$y,
                       DefaultValuedAttr<BoolAttr, "true">:$is_arithmetic);
  let results = (outs TensorOf<[I8, UI8, I16, I32, I64]>:$out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyBroadcast(getOperation(), -1);
    }
  }];
}

def Paddle_BitwiseLeftShiftOp
    : Paddle_BitShiftOp<"bitwise_left_shift", "x << y">;
def Paddle_BitwiseRightShiftOp
    : Paddle_BitShiftOp<"bitwise_right_shift", "x >> y">;

#endif // X2P_DIALECT_PADDLE_ELEMENTWISE_OPS_TD
