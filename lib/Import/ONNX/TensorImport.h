//===- TensorImport.h - ONNX types and tensors to MLIR ----------*- C++ -*-===//
//
// Element types, TypeProtos and TensorProtos become builtin types and
// ElementsAttrs as the onnx dialect contract (docs/design.md) says.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_TENSORIMPORT_H
#define X2P_LIB_IMPORT_ONNX_TENSORIMPORT_H

#include "ImportContext.h"

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/Types.h"
#include "mlir/Support/LLVM.h"

namespace onnx {
class TensorProto;
class SparseTensorProto;
class TypeProto;
} // namespace onnx

namespace x2p::onnx_import {

/// The MLIR element type of TensorProto.DataType `dtype`; null for an
/// unknown one. STRING needs !onnx.String, null without it.
mlir::Type getElementType(int64_t dtype, mlir::MLIRContext *ctx);

/// A type the onnx dialect defines by name (`!onnx.String`,
/// `!onnx.Seq<...>`), or null when the dialect does not have it yet.
mlir::Type getONNXDialectType(llvm::StringRef spelling, mlir::MLIRContext *ctx);
mlir::Type getSeqType(mlir::Type element);
mlir::Type getOptType(mlir::Type element);

/// The type of a value described by `type`; `what` names the value in
/// errors. Unknown dims are `?`; a tensor without a shape is unranked.
mlir::FailureOr<mlir::Type> importType(const onnx::TypeProto &type,
                                       ImportContext &ic, mlir::Location loc,
                                       llvm::StringRef what);

/// The symbolic dim names of `type` ("" for fixed dims), empty when none.
llvm::SmallVector<std::string> getDimParams(const onnx::TypeProto &type);

/// The value of `tensor` (`what` names it in errors): a dense_resource blob
/// aliasing the mapped model or external-data file where possible, a copy
/// otherwise; DenseElementsAttr for small tensors or when `forceDense`.
mlir::FailureOr<mlir::ElementsAttr>
importTensor(const onnx::TensorProto &tensor, ImportContext &ic,
             mlir::Location loc, llvm::StringRef what, bool forceDense = false);

/// A SPARSE_TENSOR as a SparseElementsAttr.
mlir::FailureOr<mlir::ElementsAttr>
importSparseTensor(const onnx::SparseTensorProto &tensor, ImportContext &ic,
                   mlir::Location loc, llvm::StringRef what);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_TENSORIMPORT_H
