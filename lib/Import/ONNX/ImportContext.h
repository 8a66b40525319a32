//===- ImportContext.h - state shared by the importer's parts ---*- C++ -*-===//
//
// The importer is split by what it converts (tensors, types, attributes,
// nodes, graphs); this is what they share: the MLIR context, the mapped
// model and the raw_data ranges the wire walk moved out of it, the model's
// folder for external data, and the mapped external-data files.
//
// Only translation units built with exceptions include the protobuf
// headers; this header does not, so plain MLIR code may include it.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_IMPORTCONTEXT_H
#define X2P_LIB_IMPORT_ONNX_IMPORTCONTEXT_H

#include "ModelFile.h"

#include "mlir/IR/Location.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>

namespace x2p::onnx_import {

/// Tensors with fewer bytes than this are DenseElementsAttr (copied); larger
/// ones are dense_resource blobs.
constexpr uint64_t kMinBlobBytes = 64;

struct ImportContext {
  mlir::MLIRContext *ctx = nullptr;
  /// The model file as given (mapped), and what keeps it alive.
  llvm::StringRef modelData;
  std::shared_ptr<const void> modelOwner;
  /// raw_data fields moved out of the slimmed model, as ranges of modelData.
  std::vector<FileRange> rawData;
  /// The path the model was read from ("" when it has none, e.g. stdin),
  /// and its folder, against which external data is resolved.
  std::string modelPath;
  std::string modelDir;
  /// External-data files mapped so far, by resolved path.
  llvm::StringMap<std::shared_ptr<llvm::MemoryBuffer>> externalFiles;
  /// Default-domain opset of the model.
  int64_t opset = 0;
  /// com.microsoft opset of the model; 0 when it imports none.
  int64_t microsoftOpset = 0;
  /// Counter for unique blob names.
  unsigned blobCounter = 0;

  mlir::Location fileLoc() const;
};

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_IMPORTCONTEXT_H
