//===- ONNXDialect.td - the onnx dialect definition --------*- tablegen -*-===//
//
// The onnx dialect mirrors ONNX's default operator domain: one op per
// operator, at its newest opset. Kept apart from ONNXOps.td because the op
// list is generated from ONNX's schemas while the dialect is hand-written.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_DIALECT_TD
#define X2P_DIALECT_ONNX_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"

def ONNX_Dialect : Dialect {
  let name = "onnx";
  let summary = "ONNX operators of the default domain, newest opset";
  let description = [{
    One op per operator of ONNX's default domain. Tensors are builtin
    `tensor<...>` types with `?` for dims the model leaves unknown; optional
    inputs that are absent are `none`-typed values; attribute names and
    defaults are the schema's. Older-opset nodes are upgraded by the
    importer, so every op has exactly one form here.
  }];
  // `onnx` is the namespace of ONNX's own protobuf classes, which the
  // importer uses beside these ops; the capitalised name keeps them apart.
  let cppNamespace = "::x2p::ONNX";
  let hasConstantMaterializer = 1;
}

class ONNX_Op<string mnemonic, list<Trait> traits = []>
    : Op<ONNX_Dialect, mnemonic, traits> {
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

// An ONNX tensor or, for an absent optional input, `none`.
def ONNX_TensorOrNone : AnyTypeOf<[AnyTensor, NoneType], "tensor or none">;

#endif // X2P_DIALECT_ONNX_DIALECT_TD
