//===- VarNames.cpp - deterministic Paddle variable names -----------------===//
//
// See VarNames.h for why names are shaped this way.
//
//===----------------------------------------------------------------------===//
#include "x2p/Support/VarNames.h"

#include "llvm/ADT/StringExtras.h"

using namespace x2p;

VarNamer::VarNamer() {
  // The feed and fetch holders of every inference program.
  taken.insert("feed");
  taken.insert("fetch");
}

std::string VarNamer::unique(llvm::StringRef base, llvm::StringRef fallback) {
  std::string name;
  for (char c : base)
    name.push_back(
        llvm::isAlnum(c) || c == '_' || c == '.' || c == '-' || c == '/' ? c
                                                                         : '_');
  if (name.empty())
    name = fallback.str();
  if (taken.insert(name).second)
    return name;
  for (unsigned i = 1;; ++i) {
    std::string candidate = name + "_" + std::to_string(i);
    if (taken.insert(candidate).second)
      return candidate;
  }
}
