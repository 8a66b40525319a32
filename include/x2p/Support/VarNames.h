//===- VarNames.h - deterministic Paddle variable names ---------*- C++ -*-===//
//
// Exported variable names are derived from the source model's names, so a
// user finds a tensor of the original model in the Paddle program. They must
// also be unique, stable run to run, and safe for Paddle (which reserves
// suffixes such as "@GRAD" and the names "feed" and "fetch"). The
// conversion names parameters with it and the exporter every other var, so
// it lives apart from the ProgramDesc (protobuf) library.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_SUPPORT_VARNAMES_H
#define X2P_SUPPORT_VARNAMES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <string>

namespace x2p {

class VarNamer {
public:
  VarNamer();
  /// A unique name derived from `base`: characters outside [A-Za-z0-9_.-/]
  /// become '_', an empty base becomes `fallback`, and a name already taken
  /// gets the first free suffix "_1", "_2", ...
  std::string unique(llvm::StringRef base, llvm::StringRef fallback = "tmp");

private:
  llvm::StringSet<> taken;
};

} // namespace x2p

#endif // X2P_SUPPORT_VARNAMES_H
