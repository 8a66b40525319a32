//===- ONNXImport.h - ONNX models to the onnx dialect -----------*- C++ -*-===//
//
// The ONNX importer: a ModelProto (binary, or ONNX's text syntax) becomes a
// module with `func.func @main_graph` in the onnx dialect. Weights alias the
// memory-mapped model and external-data files where alignment allows.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_IMPORT_ONNX_ONNXIMPORT_H
#define X2P_IMPORT_ONNX_ONNXIMPORT_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "llvm/ADT/StringRef.h"

#include <memory>

namespace mlir {
class DialectRegistry;
class MLIRContext;
} // namespace mlir

namespace x2p {

enum class ONNXFormat {
  /// A serialized ModelProto (`.onnx`).
  Binary,
  /// ONNX's text syntax (`.onnxtext`), as onnx's OnnxParser reads it.
  Text,
};

/// Imports the model in `data`, read from `path` ("" when it has no file;
/// external data is resolved against its folder). `owner` keeps `data`
/// alive; weight blobs alias `data` and hold `owner` until they are freed.
/// Errors are reported through the context's diagnostics; returns null on
/// failure. The module is verified.
mlir::OwningOpRef<mlir::ModuleOp>
importONNXModel(llvm::StringRef data, llvm::StringRef path,
                std::shared_ptr<const void> owner, ONNXFormat format,
                mlir::MLIRContext *context);

/// Maps the file at `path` and imports it; the format follows the
/// extension (`.onnxtext` is text, anything else binary).
mlir::OwningOpRef<mlir::ModuleOp> importONNXFile(llvm::StringRef path,
                                                 mlir::MLIRContext *context);

/// The dialects an imported module uses.
void registerONNXImportDialects(mlir::DialectRegistry &registry);

/// Registers `x2p-translate --import-onnx` (with `--onnx-text` to read
/// ONNX's text syntax whatever the file's extension).
void registerONNXImportTranslation();

} // namespace x2p

#endif // X2P_IMPORT_ONNX_ONNXIMPORT_H
