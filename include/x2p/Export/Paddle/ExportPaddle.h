//===- ExportPaddle.h - paddle dialect → ProgramDesc + params ---*- C++ -*-===//
//
// Writes a module in the paddle dialect as a Paddle inference model: the
// ProgramDesc (model.pdmodel) and the save_combine params (model.pdiparams),
// the legacy format every Paddle since 2.x loads through
// paddle.inference.Config. Driven by the generated OpDesc slot table, so
// every op of the dialect exports through the same code.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_EXPORT_PADDLE_EXPORTPADDLE_H
#define X2P_EXPORT_PADDLE_EXPORTPADDLE_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Support/LogicalResult.h"
#include "mlir/Tools/mlir-translate/Translation.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace x2p::paddle_export {

/// Serializes the program of `module` to `programOS` and writes its params
/// to `paramsPath` (through a temporary file renamed at the end, so a failed
/// export leaves no params file). Errors are emitted at the op's location.
mlir::LogicalResult exportPaddleModel(mlir::ModuleOp module,
                                      llvm::raw_ostream &programOS,
                                      llvm::StringRef paramsPath);

/// Writes `modelPath` and the params beside it (programdesc::paramsPathFor),
/// both through temporary files, so that on failure neither exists.
mlir::LogicalResult exportPaddleModelFiles(mlir::ModuleOp module,
                                           llvm::StringRef modelPath);

/// Registers `--export-paddle` with x2p-translate.
/// `dialects` registers what the input may contain beyond the paddle
/// dialect (x2p-translate passes every x2p dialect, so that a leftover op of
/// another dialect gets a clear error rather than a parse failure).
void registerExportPaddleTranslation(
    const mlir::DialectRegistrationFunction &dialects);

} // namespace x2p::paddle_export

#endif // X2P_EXPORT_PADDLE_EXPORTPADDLE_H
