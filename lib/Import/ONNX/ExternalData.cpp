//===- ExternalData.cpp - resolve and map TensorProto.external_data -------===//
//
// A model file decides which files x2p opens, so the location is confined
// to the model's folder: absolute paths, `..` components and symlinks that
// resolve outside the folder are refused before anything is read.
//
//===----------------------------------------------------------------------===//
#include "ExternalData.h"

#include "onnx/onnx_pb.h"

#include "mlir/IR/Diagnostics.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace x2p::onnx_import;

FailureOr<ArrayRef<char>> x2p::onnx_import::getExternalData(
    const onnx::TensorProto &tensor, ImportContext &ic, Location loc,
    StringRef what, std::shared_ptr<const void> &owner) {
  std::string location;
  uint64_t offset = 0;
  std::optional<uint64_t> length;
  for (const auto &entry : tensor.external_data()) {
    StringRef key = entry.key();
    StringRef value = entry.value();
    if (key == "location") {
      location = value.str();
    } else if (key == "offset" || key == "length") {
      uint64_t number;
      if (value.trim().getAsInteger(10, number))
        return emitError(loc) << what << ": external data " << key << " '"
                              << value << "' is not a non-negative integer",
               failure();
      if (key == "offset")
        offset = number;
      else
        length = number;
    }
  }
  if (location.empty())
    return emitError(loc) << what << ": external data has no location",
           failure();
  if (ic.modelDir.empty())
    return emitError(loc) << what << ": external data '" << location
                          << "' needs the model to be read from a file",
           failure();
  if (llvm::sys::path::is_absolute(location) ||
      llvm::sys::path::is_absolute(location, llvm::sys::path::Style::windows))
    return emitError(loc) << what << ": external data location '" << location
                          << "' is an absolute path; it must be relative to "
                             "the model's folder",
           failure();
  for (StringRef part : llvm::make_range(llvm::sys::path::begin(location),
                                         llvm::sys::path::end(location)))
    if (part == "..")
      return emitError(loc) << what << ": external data location '" << location
                            << "' has a '..' component; it must stay inside "
                               "the model's folder",
             failure();

  SmallString<256> path(ic.modelDir);
  llvm::sys::path::append(path, location);
  SmallString<256> realDir, realFile;
  if (llvm::sys::fs::real_path(ic.modelDir, realDir))
    return emitError(loc) << what << ": cannot resolve the model's folder '"
                          << ic.modelDir << "'",
           failure();
  if (llvm::sys::fs::real_path(path, realFile))
    return emitError(loc) << what << ": missing external data file '"
                          << location << "' (looked for " << path << ")",
           failure();
  if (!StringRef(realFile).starts_with((realDir + "/").str()))
    return emitError(loc) << what << ": external data file '" << location
                          << "' resolves to " << realFile
                          << ", outside the model's folder",
           failure();
  if (!llvm::sys::fs::is_regular_file(realFile))
    return emitError(loc) << what << ": external data '" << location
                          << "' is not a regular file",
           failure();

  auto &file = ic.externalFiles[realFile];
  if (!file) {
    auto buffer = llvm::MemoryBuffer::getFile(realFile, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
    if (!buffer)
      return emitError(loc) << what << ": cannot read external data file '"
                            << location << "': " << buffer.getError().message(),
             failure();
    file = std::shared_ptr<llvm::MemoryBuffer>(std::move(*buffer));
  }
  uint64_t size = file->getBufferSize();
  if (offset > size)
    return emitError(loc) << what << ": external data offset " << offset
                          << " is past the end of '" << location << "' ("
                          << size << " bytes)",
           failure();
  uint64_t available = size - offset;
  uint64_t n = length.value_or(available);
  if (n > available)
    return emitError(loc) << what << ": external data range [" << offset << ", "
                          << offset << " + " << n << ") is outside '"
                          << location << "' (" << size << " bytes)",
           failure();
  owner = file;
  return ArrayRef<char>(file->getBufferStart() + offset, n);
}
