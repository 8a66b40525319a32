//===- AttributeImport.h - ONNX attributes to MLIR attributes --*- C++ -*-===//
//
// Converts an AttributeProto by its own type as the onnx dialect contract
// says (INT → si64, FLOATS → DenseF32ArrayAttr, TENSOR → ElementsAttr ...).
// Graph attributes become regions; GraphImport handles those.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_ATTRIBUTEIMPORT_H
#define X2P_LIB_IMPORT_ONNX_ATTRIBUTEIMPORT_H

#include "ImportContext.h"

#include "mlir/IR/Attributes.h"
#include "mlir/Support/LLVM.h"

namespace onnx {
class AttributeProto;
} // namespace onnx

namespace x2p::onnx_import {

/// The AttributeProto.AttributeType of `attr`, inferred from the field that
/// is set when the (old) model leaves `type` out; 0 when none is.
int getAttributeType(const onnx::AttributeProto &attr);

/// The value of a non-graph attribute; `what` names it in errors.
mlir::FailureOr<mlir::Attribute>
importAttribute(const onnx::AttributeProto &attr, ImportContext &ic,
                mlir::Location loc, llvm::StringRef what);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_ATTRIBUTEIMPORT_H
