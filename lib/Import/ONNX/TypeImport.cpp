//===- TypeImport.cpp - ONNX element types and TypeProtos to MLIR ---------===//
//
// The element-type table of the onnx dialect contract, and TypeProto →
// builtin tensor types with `?` for unknown dims. Types that only the onnx
// dialect defines (!onnx.String, !onnx.Seq, !onnx.Opt) are looked up by
// their spelling, so the importer needs no C++ from the dialect and works
// with whatever the dialect provides.
//
//===----------------------------------------------------------------------===//
#include "x2p/Dialect/ONNX/ONNXDataType.h"
#include "TensorImport.h"

#include "onnx/onnx_pb.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"

using namespace mlir;
using namespace x2p::onnx_import;

mlir::Location ImportContext::fileLoc() const {
  return FileLineColLoc::get(ctx, modelPath.empty() ? "<stdin>" : modelPath, 0,
                             0);
}

Type x2p::onnx_import::getElementType(int64_t dtype, MLIRContext *ctx) {
  // The dialect owns the one map from ONNX data types to MLIR types.
  return ONNX::getElementTypeOfDataType(ctx, dtype);
}

Type x2p::onnx_import::getONNXDialectType(StringRef spelling,
                                          MLIRContext *ctx) {
  // The parser reports an unknown type as an error; here it only means the
  // dialect lacks it, which callers report in their own words.
  ScopedDiagnosticHandler silence(ctx, [](Diagnostic &) { return success(); });
  size_t numRead = 0;
  Type type = parseType(spelling, ctx, &numRead);
  if (type && numRead != spelling.size())
    return {};
  return type;
}

static std::string spell(Type type) {
  std::string s;
  llvm::raw_string_ostream os(s);
  type.print(os);
  return s;
}

Type x2p::onnx_import::getSeqType(Type element) {
  return getONNXDialectType("!onnx.Seq<" + spell(element) + ">",
                            element.getContext());
}

Type x2p::onnx_import::getOptType(Type element) {
  return getONNXDialectType("!onnx.Opt<" + spell(element) + ">",
                            element.getContext());
}

static FailureOr<Type> importTensorType(int64_t elemType, bool hasShape,
                                        const onnx::TensorShapeProto &shape,
                                        ImportContext &ic, Location loc,
                                        StringRef what) {
  Type element = getElementType(elemType, ic.ctx);
  if (!element) {
    if (elemType == 8)
      return emitError(loc) << what
                            << " is a string tensor, which needs !onnx.String "
                               "(not in the onnx dialect yet)",
             failure();
    return emitError(loc) << what << " has unknown element type " << elemType,
           failure();
  }
  if (!hasShape)
    return Type(UnrankedTensorType::get(element));
  SmallVector<int64_t> dims;
  for (const auto &dim : shape.dim()) {
    if (dim.has_dim_value() && dim.dim_value() >= 0)
      dims.push_back(dim.dim_value());
    else
      dims.push_back(ShapedType::kDynamic);
  }
  return Type(RankedTensorType::get(dims, element));
}

FailureOr<Type> x2p::onnx_import::importType(const onnx::TypeProto &type,
                                             ImportContext &ic, Location loc,
                                             StringRef what) {
  switch (type.value_case()) {
  case onnx::TypeProto::kTensorType:
    return importTensorType(type.tensor_type().elem_type(),
                            type.tensor_type().has_shape(),
                            type.tensor_type().shape(), ic, loc, what);
  case onnx::TypeProto::kSparseTensorType:
    return importTensorType(type.sparse_tensor_type().elem_type(),
                            type.sparse_tensor_type().has_shape(),
                            type.sparse_tensor_type().shape(), ic, loc, what);
  case onnx::TypeProto::kSequenceType:
  case onnx::TypeProto::kOptionalType: {
    bool isSeq = type.value_case() == onnx::TypeProto::kSequenceType;
    const onnx::TypeProto &inner = isSeq ? type.sequence_type().elem_type()
                                         : type.optional_type().elem_type();
    FailureOr<Type> element = importType(inner, ic, loc, what);
    if (failed(element))
      return failure();
    Type result = isSeq ? getSeqType(*element) : getOptType(*element);
    if (!result)
      return emitError(loc)
                 << what << " is " << (isSeq ? "a sequence" : "an optional")
                 << ", which needs " << (isSeq ? "!onnx.Seq" : "!onnx.Opt")
                 << " (not in the onnx dialect yet)",
             failure();
    return result;
  }
  case onnx::TypeProto::kMapType:
    return emitError(loc) << what
                          << " is a map (ai.onnx.ml), which x2p does not "
                             "support",
           failure();
  default:
    return emitError(loc) << what << " has no type", failure();
  }
}

SmallVector<std::string>
x2p::onnx_import::getDimParams(const onnx::TypeProto &type) {
  SmallVector<std::string> params;
  if (!type.has_tensor_type() || !type.tensor_type().has_shape())
    return params;
  bool any = false;
  for (const auto &dim : type.tensor_type().shape().dim()) {
    params.push_back(dim.has_dim_param() ? dim.dim_param() : "");
    any |= dim.has_dim_param() && !dim.dim_param().empty();
  }
  if (!any)
    params.clear();
  return params;
}
