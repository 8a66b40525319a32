//===- ParamsPath.cpp - where a model's params file is --------------------===//
//
// See ParamsPath.h.
//
//===----------------------------------------------------------------------===//
#include "x2p/ProgramDesc/ParamsPath.h"

#include "llvm/Support/CommandLine.h"

static llvm::cl::opt<std::string> paramsPath(
    "paddle-params",
    llvm::cl::desc("with --export-paddle/--import-paddle: the params file "
                   "(default: beside the model, .pdmodel → .pdiparams)"),
    llvm::cl::value_desc("path"), llvm::cl::init(""));

std::string x2p::programdesc::paramsPathFor(llvm::StringRef modelPath) {
  llvm::StringRef stem = modelPath;
  if (stem.consume_back(".pdmodel"))
    return (stem + ".pdiparams").str();
  return (modelPath + ".pdiparams").str();
}

std::string x2p::programdesc::paramsPathOption() { return paramsPath; }
