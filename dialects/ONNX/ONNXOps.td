//===- ONNXOps.td - onnx dialect operations ----------------*- tablegen -*-===//
//
// The first hand-written operators of the onnx dialect: enough to write and
// verify real graphs (a Gemm/MatMul MLP with a Reshape and a Softmax). The
// complete operator set is generated from ONNX's schemas by the importer
// issue and replaces this file, keeping these ops' forms: attribute names,
// schema defaults, `none` for absent optional inputs.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_OPS_TD
#define X2P_DIALECT_ONNX_OPS_TD

include "dialects/ONNX/ONNXDialect.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/IR/BuiltinAttributes.td"

// ONNX's numeric tensor types ("T" in most schemas).
def ONNX_NumericTensor : TensorOf<[AnyInteger, AnyFloat]>;

def ONNX_ConstantOp : ONNX_Op<"Constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "output"]>]> {
  let summary = "ONNX Constant: a tensor given by its `value` attribute";
  let description = [{
    Produces the tensor held in `value`. Weights become `dense_resource`
    blobs that alias the model file; small constants are dense.
  }];
  let arguments = (ins ElementsAttr:$value);
  let results = (outs AnyTensor:$output);
  let assemblyFormat = "$value attr-dict";
  let hasFolder = 1;
}

def ONNX_NoValueOp : ONNX_Op<"NoValue", [Pure]> {
  let summary = "the absent value of an optional input (not an ONNX operator)";
  let description = [{
    ONNX marks an absent optional input with an empty name; here that input
    is the `none` result of this op, so every op keeps its operand count.
  }];
  let results = (outs NoneType:$none);
  let assemblyFormat = "attr-dict";
}

def ONNX_IdentityOp : ONNX_Op<"Identity", [Pure, SameOperandsAndResultType]> {
  let summary = "ONNX Identity: the input, unchanged";
  let arguments = (ins AnyTensor:$input);
  let results = (outs AnyTensor:$output);
  let hasFolder = 1;
}

class ONNX_BroadcastBinaryOp<string mnemonic>
    : ONNX_Op<mnemonic, [Pure, ResultsBroadcastableShape,
                         SameOperandsAndResultElementType]> {
  let summary = "ONNX " # mnemonic # " with multidirectional broadcasting";
  let arguments = (ins ONNX_NumericTensor:$A, ONNX_NumericTensor:$B);
  let results = (outs ONNX_NumericTensor:$C);
}

def ONNX_AddOp : ONNX_BroadcastBinaryOp<"Add">;
def ONNX_MulOp : ONNX_BroadcastBinaryOp<"Mul">;

def ONNX_ReluOp : ONNX_Op<"Relu", [Pure, SameOperandsAndResultElementType]> {
  let summary = "ONNX Relu: max(X, 0)";
  let arguments = (ins TensorOf<[AnySignedInteger, AnyFloat]>:$X);
  let results = (outs TensorOf<[AnySignedInteger, AnyFloat]>:$Y);
}

def ONNX_MatMulOp : ONNX_Op<"MatMul", [Pure, SameOperandsAndResultElementType]> {
  let summary = "ONNX MatMul: numpy.matmul semantics";
  let arguments = (ins ONNX_NumericTensor:$A, ONNX_NumericTensor:$B);
  let results = (outs ONNX_NumericTensor:$Y);
  let hasVerifier = 1;
}

def ONNX_GemmOp : ONNX_Op<"Gemm", [Pure]> {
  let summary = "ONNX Gemm: alpha * A' * B' + beta * C";
  let description = [{
    A' is A transposed when `transA` is 1, B' likewise; `C` is optional
    (`none` when absent) and broadcasts unidirectionally to [M, N].
  }];
  let arguments = (ins ONNX_NumericTensor:$A, ONNX_NumericTensor:$B,
                       ONNX_TensorOrNone:$C,
                       DefaultValuedAttr<F32Attr, "1.0">:$alpha,
                       DefaultValuedAttr<F32Attr, "1.0">:$beta,
                       DefaultValuedAttr<SI64Attr, "0">:$transA,
                       DefaultValuedAttr<SI64Attr, "0">:$transB);
  let results = (outs ONNX_NumericTensor:$Y);
  let hasVerifier = 1;
}

def ONNX_ReshapeOp : ONNX_Op<"Reshape", [Pure]> {
  let summary = "ONNX Reshape: data with the dims given by `shape`";
  let description = [{
    A 0 in `shape` copies the input dim unless `allowzero` is 1; one -1 is
    inferred from the remaining size.
  }];
  let arguments = (ins AnyTensor:$data, TensorOf<[I64]>:$shape,
                       DefaultValuedAttr<SI64Attr, "0">:$allowzero);
  let results = (outs AnyTensor:$reshaped);
  let hasVerifier = 1;
}

def ONNX_SoftmaxOp : ONNX_Op<"Softmax", [Pure, SameOperandsAndResultType]> {
  let summary = "ONNX Softmax along `axis`";
  let arguments = (ins TensorOf<[AnyFloat]>:$input,
                       DefaultValuedAttr<SI64Attr, "-1">:$axis);
  let results = (outs TensorOf<[AnyFloat]>:$output);
  let hasVerifier = 1;
}

#endif // X2P_DIALECT_ONNX_OPS_TD
