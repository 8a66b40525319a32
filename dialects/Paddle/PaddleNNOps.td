//===- PaddleNNOps.td - convolution, pooling, normalization -*- tablegen -*-===//
//
// The layers of convolutional and transformer networks: conv2d and its
// depthwise and transposed forms, pool2d, the normalizations, pad3d,
// resizing, grid sampling and dropout. Their attribute lists (strides,
// paddings, dilations, layouts) have lengths and values Paddle checks only
// when the kernel runs; the verifiers check them here.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_NN_OPS_TD
#define X2P_DIALECT_PADDLE_NN_OPS_TD

defvar Paddle_ConvAttrs = (ins
    DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1}">:$strides,
    DefaultValuedAttr<DenseI32ArrayAttr, "{0, 0}">:$paddings,
    DefaultValuedAttr<StrAttr, "\"EXPLICIT\"">:$padding_algorithm,
    DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1}">:$dilations,
    DefaultValuedAttr<SI32Attr, "1">:$groups,
    DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_format);

class Paddle_Conv2DOp<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, SameOperandsAndResultElementType]> {
  let summary = what;
  let description = [{
    Input is NCHW (or NHWC with `data_format`), Filter is
    [C_out, C_in / groups, kH, kW]. `paddings` holds 2 (symmetric) or 4
    (top, bottom, left, right) entries; `padding_algorithm` SAME or VALID
    overrides them.
  }];
  let arguments = !con((ins Paddle_FloatTensor:$Input,
                            Paddle_FloatTensor:$Filter), Paddle_ConvAttrs);
  let results = (outs Paddle_FloatTensor:$Output);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyConv2D(
          getOperation(), getInput(), getFilter(),
          {getStrides(), getPaddings(), getDilations(), getGroups(),
           getPaddingAlgorithm(), getDataFormat()},
          /*transposed=*/false);
    }
  }];
}

let opVersion = 1 in
def Paddle_Conv2DOp : Paddle_Conv2DOp<"conv2d", "2-D convolution">;
let opVersion = 1 in
def Paddle_DepthwiseConv2DOp : Paddle_Conv2DOp<"depthwise_conv2d",
    "2-D convolution with one filter group per input channel">;

let opVersion = 2 in
def Paddle_Conv2DTransposeOp : Paddle_Op<"conv2d_transpose", [Pure]> {
  let summary = "2-D transposed convolution";
  let description = [{
    Filter is [C_in, C_out / groups, kH, kW]. `output_size` or
    `output_padding` pick among the output sizes a stride allows.
    Paddle's dispensable `Bias` slot is left out on purpose: Paddle 3.3.1's
    kernel ignores it, so a bias goes in a following elementwise_add.
  }];
  let arguments = !con((ins Paddle_FloatTensor:$Input,
                            Paddle_FloatTensor:$Filter),
                       Paddle_ConvAttrs,
                       (ins DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$output_padding,
                            DefaultValuedAttr<DenseI32ArrayAttr, "{}">:$output_size));
  let results = (outs Paddle_FloatTensor:$Output);
  let assemblyFormat = [{
    $Input `,` $Filter attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyConv2D(
          getOperation(), getInput(), getFilter(),
          {getStrides(), getPaddings(), getDilations(), getGroups(),
           getPaddingAlgorithm(), getDataFormat()},
          /*transposed=*/true);
    }
  }];
}

def Paddle_Pool2DOp : Paddle_Op<"pool2d", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "2-D max or average pooling";
  let description = [{
    `pooling_type` is "max" or "avg"; `global_pooling` pools each whole
    plane; `adaptive` reads `ksize` as the output size; `exclusive` leaves
    padding out of averages.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DenseI32ArrayAttr:$ksize,
                       StrAttr:$pooling_type,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1}">:$strides,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{0, 0}">:$paddings,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       DefaultValuedAttr<BoolAttr, "true">:$exclusive,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_format,
                       DefaultValuedAttr<BoolAttr, "false">:$global_pooling,
                       DefaultValuedAttr<BoolAttr, "false">:$adaptive,
                       DefaultValuedAttr<StrAttr, "\"EXPLICIT\"">:$padding_algorithm);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

let opVersion = 1 in
def Paddle_Conv3DOp : Paddle_Op<"conv3d", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "3-D convolution";
  let description = [{
    Input is NCDHW, Filter is [C_out, C_in / groups, kD, kH, kW].
    `paddings` holds 3 (symmetric) or 6 (front, back, top, bottom, left,
    right) entries.
  }];
  let arguments = (ins Paddle_FloatTensor:$Input, Paddle_FloatTensor:$Filter,
      DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1, 1}">:$strides,
      DefaultValuedAttr<DenseI32ArrayAttr, "{0, 0, 0}">:$paddings,
      DefaultValuedAttr<StrAttr, "\"EXPLICIT\"">:$padding_algorithm,
      DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1, 1}">:$dilations,
      DefaultValuedAttr<SI32Attr, "1">:$groups,
      DefaultValuedAttr<StrAttr, "\"NCDHW\"">:$data_format);
  let results = (outs Paddle_FloatTensor:$Output);
  let hasVerifier = 1;
}

def Paddle_Pool3DOp : Paddle_Op<"pool3d", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "3-D max or average pooling";
  let description = [{
    pool2d over D, H and W: `paddings` holds 3 or 6 entries (front, back,
    top, bottom, left, right).
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DenseI32ArrayAttr:$ksize,
                       StrAttr:$pooling_type,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{1, 1, 1}">:$strides,
                       DefaultValuedAttr<DenseI32ArrayAttr, "{0, 0, 0}">:$paddings,
                       DefaultValuedAttr<BoolAttr, "false">:$ceil_mode,
                       DefaultValuedAttr<BoolAttr, "true">:$exclusive,
                       DefaultValuedAttr<StrAttr, "\"NCDHW\"">:$data_format,
                       DefaultValuedAttr<BoolAttr, "false">:$global_pooling,
                       DefaultValuedAttr<BoolAttr, "false">:$adaptive,
                       DefaultValuedAttr<StrAttr, "\"EXPLICIT\"">:$padding_algorithm);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

def Paddle_PreluOp : Paddle_Op<"prelu", [Pure,
    AllElementTypesMatch<["X", "Alpha", "Out"]>]> {
  let summary = "X if X > 0 else Alpha * X";
  let description = [{
    `mode` "all": Alpha has one element; "channel": Alpha has one element
    per channel (dim 1 for NCHW); "element": Alpha has the shape of one
    sample of X.
  }];
  let arguments = (ins Paddle_FloatTensor:$X, Paddle_FloatTensor:$Alpha,
                       DefaultValuedAttr<StrAttr, "\"all\"">:$mode,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_format);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelFloats in
def Paddle_SeluOp : Paddle_ActivationOp<"selu",
    "scale * (X if X > 0 else alpha * (exp(X) - 1))",
    (ins DefaultValuedAttr<F32Attr, "1.0507009873554804934193349852946">:$scale,
         DefaultValuedAttr<F32Attr, "1.6732632423543772848170429916717">:$alpha)>;
def Paddle_CeluOp : Paddle_ActivationOp<"celu",
    "max(0, X) + min(0, alpha * (exp(X / alpha) - 1))",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$alpha)>;
let opVersion = 1 in
def Paddle_ThresholdedReluOp : Paddle_ActivationOp<"thresholded_relu",
    "X if X > threshold else value",
    (ins DefaultValuedAttr<F32Attr, "1.0">:$threshold,
         DefaultValuedAttr<F32Attr, "0.0">:$value)>;
def Paddle_SoftsignOp : Paddle_ActivationOp<"softsign", "X / (1 + |X|)">;
def Paddle_MishOp : Paddle_ActivationOp<"mish",
    "X * tanh(softplus(X)); softplus(X) = X where X > threshold",
    (ins DefaultValuedAttr<F32Attr, "20.0">:$threshold)>;
let opVersion = 1 in
def Paddle_HardShrinkOp : Paddle_ActivationOp<"hard_shrink",
    "X if |X| > threshold else 0",
    (ins DefaultValuedAttr<F32Attr, "0.5">:$threshold)>;
def Paddle_SoftshrinkOp : Paddle_ActivationOp<"softshrink",
    "X - lambda if X > lambda, X + lambda if X < -lambda, else 0",
    (ins DefaultValuedAttr<F32Attr, "0.5">:$lambda)>;

def Paddle_LrnOp : Paddle_Op<"lrn", [Pure]> {
  let summary = "local response normalization across channels";
  let description = [{
    Out = X / (k + alpha * sum of X^2 over the `n` channels around)^beta
    (Paddle's alpha is not divided by n). MidOut is the denominator base.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<SI32Attr, "5">:$n,
                       DefaultValuedAttr<F32Attr, "2.0">:$k,
                       DefaultValuedAttr<F32Attr, "0.0001">:$alpha,
                       DefaultValuedAttr<F32Attr, "0.75">:$beta,
                       DefaultValuedAttr<StrAttr, "\"AnyLayout\"">:$data_format);
  let results = (outs Paddle_FloatTensor:$Out, Paddle_FloatTensor:$MidOut);
  let hasVerifier = 1;
}

let opVersion = 1 in
def Paddle_PNormOp : Paddle_Op<"p_norm", [Pure,
    SameOperandsAndResultElementType]> {
  let summary = "the `porder`-norm of X along `axis`";
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<F32Attr, "2.0">:$porder,
                       DefaultValuedAttr<SI32Attr, "-1">:$axis,
                       DefaultValuedAttr<F32Attr, "1.0e-12">:$epsilon,
                       DefaultValuedAttr<BoolAttr, "false">:$keepdim,
                       DefaultValuedAttr<BoolAttr, "false">:$asvector);
  let results = (outs Paddle_FloatTensor:$Out);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyAxis(getOperation(), getX().getType(),
                                               getAxis(), "axis");
    }
  }];
}

def Paddle_OneHotV2Op : Paddle_Op<"one_hot_v2", [Pure]> {
  let summary = "one-hot vectors of `depth` elements for the indices X";
  let description = [{
    Out has X's dims plus a last dim of `depth`; `dtype` is the VarType code
    of Out's element type.
  }];
  let arguments = (ins Paddle_IndexTensor:$X,
                       SI32Attr:$depth,
                       DefaultValuedAttr<SI32Attr, "5">:$dtype,
                       DefaultValuedAttr<BoolAttr, "false">:$allow_out_of_range);
  let results = (outs Paddle_Tensor:$Out);
}

let cpuKernelTypes = Paddle_KernelFloats in
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

// Paddle requires the running statistics to be updated in place.
let inplaceOutputs = ["MeanOut=Mean", "VarianceOut=Variance"] in
def Paddle_BatchNormOp : Paddle_Op<"batch_norm", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "batch normalization with running Mean and Variance";
  let description = [{
    At inference (`is_test` or `use_global_stats`) Y is
    `(X - Mean) / sqrt(Variance + epsilon) * Scale + Bias` per channel.
    MeanOut/VarianceOut are the updated running statistics (the same
    values at inference); SavedMean/SavedVariance are the batch statistics.
    In a ProgramDesc, MeanOut and VarianceOut must name the same vars as
    Mean and Variance: Paddle's InferShape rejects anything else.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       Optional<Paddle_FloatTensor>:$Scale,
                       Optional<Paddle_FloatTensor>:$Bias,
                       Paddle_FloatTensor:$Mean,
                       Paddle_FloatTensor:$Variance,
                       DefaultValuedAttr<BoolAttr, "false">:$is_test,
                       DefaultValuedAttr<F32Attr, "0.9">:$momentum,
                       DefaultValuedAttr<F32Attr, "1.0e-5">:$epsilon,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_layout,
                       DefaultValuedAttr<BoolAttr, "false">:$use_global_stats,
                       DefaultValuedAttr<BoolAttr, "false">:$trainable_statistics);
  let results = (outs Paddle_FloatTensor:$Y, Paddle_FloatTensor:$MeanOut,
                      Paddle_FloatTensor:$VarianceOut,
                      Paddle_FloatTensor:$SavedMean,
                      Paddle_FloatTensor:$SavedVariance);
  let assemblyFormat = [{
    $X (`Scale` `(` $Scale^ `)`)? (`Bias` `(` $Bias^ `)`)?
    `Mean` `(` $Mean `)` `Variance` `(` $Variance `)`
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let opVersion = 1 in
def Paddle_InstanceNormOp : Paddle_Op<"instance_norm", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "normalization of each (sample, channel) plane";
  let arguments = (ins Paddle_FloatTensor:$X,
                       Optional<Paddle_FloatTensor>:$Scale,
                       Optional<Paddle_FloatTensor>:$Bias,
                       DefaultValuedAttr<F32Attr, "1.0e-5">:$epsilon);
  let results = (outs Paddle_FloatTensor:$Y, Paddle_FloatTensor:$SavedMean,
                      Paddle_FloatTensor:$SavedVariance);
  let assemblyFormat = [{
    $X (`Scale` `(` $Scale^ `)`)? (`Bias` `(` $Bias^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_GroupNormOp : Paddle_Op<"group_norm", [Pure,
    AttrSizedOperandSegments]> {
  let summary = "normalization over groups of channels";
  let description = [{
    `groups` has no usable default (Paddle's -1 is rejected by the kernel),
    so it is required here. Mean and Variance are [N, groups].
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       Optional<Paddle_FloatTensor>:$Scale,
                       Optional<Paddle_FloatTensor>:$Bias,
                       SI32Attr:$groups,
                       DefaultValuedAttr<F32Attr, "1.0e-5">:$epsilon,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_layout);
  let results = (outs Paddle_FloatTensor:$Y, Paddle_FloatTensor:$Mean,
                      Paddle_FloatTensor:$Variance);
  let assemblyFormat = [{
    $X (`Scale` `(` $Scale^ `)`)? (`Bias` `(` $Bias^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

let cpuKernelTypes = Paddle_KernelStandard in
def Paddle_Pad3DOp : Paddle_Op<"pad3d", [Pure,
    AllElementTypesMatch<["X", "Out"]>]> {
  let summary = "5-D X padded on its three spatial dims";
  let description = [{
    `paddings` is [left, right, top, bottom, front, back]; `mode` is
    constant, reflect, replicate or circular. `Paddings` (a 6-element
    tensor; the operand `Paddings_`), when present, replaces the
    attribute.
  }];
  let arguments = (ins Paddle_FloatOrIntTensor:$X,
                       Optional<Paddle_IntTensor>:$Paddings_,
                       DenseI32ArrayAttr:$paddings,
                       DefaultValuedAttr<StrAttr, "\"constant\"">:$mode,
                       DefaultValuedAttr<F32Attr, "0.0">:$value,
                       DefaultValuedAttr<StrAttr, "\"NCDHW\"">:$data_format);
  let results = (outs Paddle_FloatOrIntTensor:$Out);
  let assemblyFormat = [{
    $X (`Paddings` `(` $Paddings_^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

// `interp_method` is required: Paddle's default ("bilinear") would make a
// nearest_interp_v2 that omits it interpolate bilinearly.
class Paddle_InterpV2Op<string mnemonic, string what>
    : Paddle_Op<mnemonic, [Pure, AttrSizedOperandSegments]> {
  let summary = what # " resize of the spatial dims of X";
  let description = [{
    The output size comes from `SizeTensor` (one 1-element tensor per
    dim), else `OutSize`, else `Scale`, else `out_h`/`out_w` (`out_d`
    for 5-D), else the `scale` attribute. The operand `Scale_` is the slot
    `Scale`.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       Optional<Paddle_IntTensor>:$OutSize,
                       Variadic<Paddle_IntTensor>:$SizeTensor,
                       Optional<Paddle_FloatTensor>:$Scale_,
                       StrAttr:$interp_method,
                       DefaultValuedAttr<StrAttr, "\"NCHW\"">:$data_layout,
                       DefaultValuedAttr<SI32Attr, "0">:$out_d,
                       DefaultValuedAttr<SI32Attr, "0">:$out_h,
                       DefaultValuedAttr<SI32Attr, "0">:$out_w,
                       DefaultValuedAttr<DenseF32ArrayAttr, "{}">:$scale,
                       DefaultValuedAttr<BoolAttr, "true">:$align_corners,
                       DefaultValuedAttr<SI32Attr, "1">:$align_mode);
  let results = (outs Paddle_FloatTensor:$Out);
  let assemblyFormat = [{
    $X (`OutSize` `(` $OutSize^ `)`)? (`SizeTensor` `(` $SizeTensor^ `)`)?
    (`Scale` `(` $Scale_^ `)`)?
    attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_BilinearInterpV2Op : Paddle_InterpV2Op<"bilinear_interp_v2",
    "bilinear">;
def Paddle_NearestInterpV2Op : Paddle_InterpV2Op<"nearest_interp_v2",
    "nearest-neighbour">;
def Paddle_BicubicInterpV2Op : Paddle_InterpV2Op<"bicubic_interp_v2",
    "bicubic">;
def Paddle_LinearInterpV2Op : Paddle_InterpV2Op<"linear_interp_v2",
    "linear">;
def Paddle_TrilinearInterpV2Op : Paddle_InterpV2Op<"trilinear_interp_v2",
    "trilinear">;

// Paddle's kernel has no bicubic: it samples bilinearly for any mode but
// "nearest", so the verifier admits only the two modes it implements.
let opVersion = 1 in
def Paddle_GridSamplerOp : Paddle_Op<"grid_sampler", [Pure,
    AllElementTypesMatch<["X", "Grid", "Output"]>]> {
  let summary = "X sampled at the normalized positions of Grid";
  let description = [{
    X is NCHW (NCDHW), Grid [N, H_out, W_out, 2] ([N, D_out, H_out, W_out,
    3]) with (x, y[, z]) in [-1, 1]; Output is [N, C, H_out, W_out]
    ([N, C, D_out, H_out, W_out]). `mode` is bilinear or nearest (ties to
    even), `padding_mode` zeros, border or reflection; `align_corners`
    maps -1 and 1 to the corner pixels' centers rather than their outer
    edges. Out-of-range positions are reflected or clamped before rounding.
  }];
  let arguments = (ins Paddle_FloatTensor:$X, Paddle_FloatTensor:$Grid,
                       DefaultValuedAttr<StrAttr, "\"bilinear\"">:$mode,
                       DefaultValuedAttr<StrAttr, "\"zeros\"">:$padding_mode,
                       DefaultValuedAttr<BoolAttr, "true">:$align_corners);
  let results = (outs Paddle_FloatTensor:$Output);
  let assemblyFormat = [{
    $X `,` $Grid attr-dict `:` functional-type(operands, results)
  }];
  let hasVerifier = 1;
}

def Paddle_DropoutOp : Paddle_Op<"dropout", [Pure]> {
  let summary = "X with elements dropped with probability `dropout_prob`";
  let description = [{
    At inference (`is_test`), "downgrade_in_infer" scales X by
    `1 - dropout_prob` and "upscale_in_train" passes X through. Mask is the
    uint8 keep mask.
  }];
  let arguments = (ins Paddle_FloatTensor:$X,
                       DefaultValuedAttr<F32Attr, "0.5">:$dropout_prob,
                       DefaultValuedAttr<BoolAttr, "false">:$is_test,
                       DefaultValuedAttr<StrAttr, "\"downgrade_in_infer\"">:$dropout_implementation);
  let results = (outs Paddle_FloatTensor:$Out, TensorOf<[UI8]>:$Mask);
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_PADDLE_NN_OPS_TD
