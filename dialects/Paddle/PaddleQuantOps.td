//===- PaddleQuantOps.td - Paddle's quantize/dequantize pair -*- tablegen -*-===//
//
// Quantized Paddle models carry quantize_linear -> dequantize_linear pairs
// on activations and int8 weights behind a dequantize_linear. `Scale` is
// the abs-max threshold (ONNX scale * 127 for 8 bits), per tensor when
// `quant_axis` is -1, else per slice along `quant_axis`.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_PADDLE_QUANT_OPS_TD
#define X2P_DIALECT_PADDLE_QUANT_OPS_TD

class Paddle_QuantLinearOp<string mnemonic, string what, Type input,
                           Type output>
    : Paddle_Op<mnemonic, [Pure, AllShapesMatch<["X", "Y"]>]> {
  let summary = what;
  let description = [{
    `round_type` 0 rounds half to even, 1 half away from zero; `qmin` and
    `qmax` bound the integer range of `bit_length` bits.
  }];
  let arguments = (ins input:$X, Paddle_FloatTensor:$Scale,
                       Paddle_Tensor:$ZeroPoint,
                       DefaultValuedAttr<SI32Attr, "0">:$quant_axis,
                       DefaultValuedAttr<SI32Attr, "8">:$bit_length,
                       DefaultValuedAttr<SI32Attr, "-128">:$qmin,
                       DefaultValuedAttr<SI32Attr, "127">:$qmax,
                       DefaultValuedAttr<SI32Attr, "0">:$round_type,
                       DefaultValuedAttr<BoolAttr, "true">:$is_test,
                       DefaultValuedAttr<BoolAttr, "false">:$only_observer);
  let results = (outs output:$Y);
  let hasVerifier = 1;
  let extraClassDefinition = [{
    ::llvm::LogicalResult $cppClass::verify() {
      return ::x2p::Paddle::detail::verifyQuantLinear(
          getOperation(), getX(), getScale(),
          {getQuantAxis(), getBitLength(), getQmin(), getQmax(),
           getRoundType()});
    }
  }];
}

def Paddle_QuantizeLinearOp : Paddle_QuantLinearOp<"quantize_linear",
    "clip(round(X * qmax / Scale), qmin, qmax), kept in X's float type",
    Paddle_FloatTensor, Paddle_FloatTensor>;
def Paddle_DequantizeLinearOp : Paddle_QuantLinearOp<"dequantize_linear",
    "X * Scale / qmax, from int8 weights or quantized float activations",
    TensorOf<[I8, F16, BF16, F32, F64]>, Paddle_FloatTensor>;

#endif // X2P_DIALECT_PADDLE_QUANT_OPS_TD
