//===- ParamsPath.h - where a model's params file is ------------*- C++ -*-===//
//
// model.pdmodel's params are model.pdiparams beside it unless the user says
// otherwise with --paddle-params; one option shared by --export-paddle and
// --import-paddle.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_PROGRAMDESC_PARAMSPATH_H
#define X2P_PROGRAMDESC_PARAMSPATH_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace x2p::programdesc {

/// "dir/model.pdmodel" → "dir/model.pdiparams"; other names get
/// ".pdiparams" appended.
std::string paramsPathFor(llvm::StringRef modelPath);

/// The --paddle-params option of the translate tool ("" when not given).
std::string paramsPathOption();

} // namespace x2p::programdesc

#endif // X2P_PROGRAMDESC_PARAMSPATH_H
