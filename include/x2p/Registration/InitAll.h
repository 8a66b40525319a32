//===- InitAll.h - register every dialect, pass, translation -*- C++ -*-===//
//
// The one place that knows every dialect, pass and translation of x2p, so
// the tools stay thin mains and a new pass or importer is registered once.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_REGISTRATION_INITALL_H
#define X2P_REGISTRATION_INITALL_H

namespace mlir {
class DialectRegistry;
} // namespace mlir

namespace x2p {

/// Adds the dialects x2p reads and writes: onnx, paddle, and the upstream
/// dialects they are used with (func, arith).
void registerAllDialects(mlir::DialectRegistry &registry);

/// Registers every x2p pass and pipeline with the global pass registry,
/// and the upstream dialect-independent passes (canonicalize, cse, ...).
void registerAllPasses();

/// Registers every x2p translation (importers and exporters) for
/// x2p-translate.
void registerAllTranslations();

} // namespace x2p

#endif // X2P_REGISTRATION_INITALL_H
