//===- ExternalData.h - tensors stored beside the model ---------*- C++ -*-===//
//
// ONNX models over 2 GB keep their weights in files next to the model
// (TensorProto.external_data: location, offset, length). Those files are
// mapped once each and their bytes handed to tensor import without a copy.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_EXTERNALDATA_H
#define X2P_LIB_IMPORT_ONNX_EXTERNALDATA_H

#include "ImportContext.h"

#include "mlir/Support/LLVM.h"

namespace onnx {
class TensorProto;
} // namespace onnx

namespace x2p::onnx_import {

/// The bytes of `tensor`'s external data, inside a mapping that `owner` is
/// set to keep alive. Fails (with an error at `loc` naming `what` and the
/// file) on an absolute path, a `..` component, a link leaving the model's
/// folder, a missing file, or an offset/length outside the file.
mlir::FailureOr<llvm::ArrayRef<char>>
getExternalData(const onnx::TensorProto &tensor, ImportContext &ic,
                mlir::Location loc, llvm::StringRef what,
                std::shared_ptr<const void> &owner);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_EXTERNALDATA_H
