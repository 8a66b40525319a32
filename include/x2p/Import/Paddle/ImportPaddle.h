//===- ImportPaddle.h - ProgramDesc + params → paddle dialect ---*- C++ -*-===//
//
// Reads a Paddle inference model (legacy ProgramDesc + save_combine params)
// into the paddle dialect, so models Paddle itself exported can go through
// x2p's passes and back out, and so the exporter can be tested by round
// trips. Driven by the same generated slot table as the exporter.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_IMPORT_PADDLE_IMPORTPADDLE_H
#define X2P_IMPORT_PADDLE_IMPORTPADDLE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/OwningOpRef.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/ADT/StringRef.h"

namespace x2p::paddle_import {

/// Imports the ProgramDesc in `program` (named `programName` in messages)
/// with the params file at `paramsPath`. Errors are emitted on `context`;
/// returns null on failure.
mlir::OwningOpRef<mlir::ModuleOp> importPaddleModel(mlir::MLIRContext *context,
                                                    llvm::StringRef program,
                                                    llvm::StringRef programName,
                                                    llvm::StringRef paramsPath);

/// Registers `--import-paddle` with x2p-translate.
/// `dialects` registers what the input may contain beyond the paddle
/// dialect (x2p-translate passes every x2p dialect, so that a leftover op of
/// another dialect gets a clear error rather than a parse failure).
void registerImportPaddleTranslation(
    const mlir::DialectRegistrationFunction &dialects);

} // namespace x2p::paddle_import

#endif // X2P_IMPORT_PADDLE_IMPORTPADDLE_H
