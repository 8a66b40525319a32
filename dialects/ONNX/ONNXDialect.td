//===- ONNXDialect.td - the onnx dialect definition --------*- tablegen -*-===//
//
// The onnx dialect mirrors ONNX's default operator domain: one op per
// operator, at its newest opset. This file holds what the generated
// ONNXOps.td builds on: the dialect, its types (strings, sequences,
// optionals), type constraints, op base classes and the traits that carry
// the generic verifier checks. It is hand-written; ONNXOps.td is generated.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_DIALECT_ONNX_DIALECT_TD
#define X2P_DIALECT_ONNX_DIALECT_TD

include "mlir/IR/OpBase.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributes.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def ONNX_Dialect : Dialect {
  let name = "onnx";
  let summary = "ONNX operators of the default domain, newest opset";
  let description = [{
    One op per operator of ONNX's default domain. Tensors are builtin
    `tensor<...>` types with `?` for dims the model leaves unknown; optional
    inputs that are absent are `none`-typed values; attribute names and
    defaults are the schema's. Older-opset nodes are upgraded by the
    importer, so every op has exactly one form here. ONNX's string tensors,
    sequences and optionals are `tensor<...x!onnx.String>`,
    `!onnx.Seq<T>` and `!onnx.Opt<T>`.
  }];
  // `onnx` is the namespace of ONNX's own protobuf classes, which the
  // importer uses beside these ops; the capitalised name keeps them apart.
  let cppNamespace = "::x2p::ONNX";
  let hasConstantMaterializer = 1;
  let useDefaultTypePrinterParser = 1;
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

class ONNX_Type<string name, string typeMnemonic, list<Trait> traits = []>
    : TypeDef<ONNX_Dialect, name, traits> {
  let mnemonic = typeMnemonic;
}

def ONNX_StringType : ONNX_Type<"String", "String"> {
  let summary = "ONNX string (element type of string tensors)";
  let description = [{
    The element type of ONNX's `tensor(string)`: `tensor<2x!onnx.String>`.
  }];
}

def ONNX_SeqType : ONNX_Type<"Seq", "Seq"> {
  let summary = "ONNX sequence of tensors";
  let description = [{
    ONNX's `seq(tensor(T))`: a sequence of tensors of one element type,
    each of which may have its own shape; the parameter is the tensor type
    that covers them all (`!onnx.Seq<tensor<*xf32>>`).
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

def ONNX_OptType : ONNX_Type<"Opt", "Opt"> {
  let summary = "ONNX optional value";
  let description = [{
    ONNX's `optional(T)`: a tensor or a sequence that may be absent at run
    time (`!onnx.Opt<tensor<?xi64>>`, `!onnx.Opt<!onnx.Seq<tensor<*xf32>>>`).
  }];
  let parameters = (ins "::mlir::Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}

// seq(tensor(...)) of the given element types.
class ONNX_SeqOf<list<Type> allowed>
    : ContainerType<TensorOf<allowed>,
                    CPred<"::llvm::isa<::x2p::ONNX::SeqType>($_self)">,
                    "::llvm::cast<::x2p::ONNX::SeqType>($_self).getElementType()",
                    "sequence", "::x2p::ONNX::SeqType"> {
  let summary = "sequence of " # TensorOf<allowed>.summary;
}

// optional(T) of the given tensor or sequence type.
class ONNX_OptOf<Type allowed>
    : ContainerType<allowed,
                    CPred<"::llvm::isa<::x2p::ONNX::OptType>($_self)">,
                    "::llvm::cast<::x2p::ONNX::OptType>($_self).getElementType()",
                    "optional", "::x2p::ONNX::OptType"> {
  let summary = "optional " # allowed.summary;
}

//===----------------------------------------------------------------------===//
// Traits: generic checks the generator attaches from the schemas
//===----------------------------------------------------------------------===//

// The `axis` attribute, when set, lies in [-r, r-1] (inclusiveRank = 0) or
// [-r, r] (inclusiveRank = 1), r the rank of operand `operand` when ranked.
class ONNX_AxisInRange<int operand, int inclusiveRank>
    : ParamNativeOpTrait<"AxisInRange", operand # ", " # inclusiveRank> {
  let cppNamespace = "::x2p::ONNX";
}

// Every entry of the `axes` attribute lies in [-r, r-1], r the rank of
// operand `operand` when ranked, and no axis is named twice.
class ONNX_AxesInRange<int operand>
    : ParamNativeOpTrait<"AxesInRange", !cast<string>(operand)> {
  let cppNamespace = "::x2p::ONNX";
}

// The minimum arity of a variadic input or output (ODS's Variadic has none):
// at least `operands` operands and `results` results.
class ONNX_MinArity<int operands, int results>
    : ParamNativeOpTrait<"MinArity", operands # ", " # results> {
  let cppNamespace = "::x2p::ONNX";
}

//===----------------------------------------------------------------------===//
// Op base classes
//===----------------------------------------------------------------------===//

// Ops without regions print as `onnx.Op %a, %b {attrs} : (types) -> types`.
class ONNX_Op<string mnemonic, list<Trait> traits = []>
    : Op<ONNX_Dialect, mnemonic, traits> {
  let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
}

// Ops with graph attributes (If, Loop, Scan, SequenceMap) use the generic
// syntax: `"onnx.If"(%c) ({ ... }, { ... }) : (tensor<i1>) -> ...`.
class ONNX_RegionOp<string mnemonic, list<Trait> traits = []>
    : Op<ONNX_Dialect, mnemonic, traits>;

#endif // X2P_DIALECT_ONNX_DIALECT_TD
