//===- ModelFile.h - memory-mapped model files and the wire walk -*- C++
//-*-===//
//
// Protobuf's C++ parser copies every bytes field, so parsing a 2 GB model
// would hold the weights twice. The importer instead walks the protobuf
// wire format of the mapped file itself, records where the large
// TensorProto.raw_data fields lie, and hands protobuf a slimmed copy of the
// model in which each of them is replaced by a small reference. Tensor
// import then points dense_resource blobs at the recorded file ranges.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_ONNX_MODELFILE_H
#define X2P_LIB_IMPORT_ONNX_MODELFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <string>
#include <vector>

namespace x2p::onnx_import {

/// The unknown TensorProto field that replaces a raw_data field moved out of
/// the slimmed model; its varint value indexes SlimModel::rawData. The
/// walker drops any such field the input carries itself.
constexpr uint32_t kRawDataRefField = 536870000;

/// A byte range of the model file.
struct FileRange {
  uint64_t offset = 0;
  uint64_t size = 0;
};

/// The model without its large raw_data fields, and where they were.
struct SlimModel {
  /// The slimmed ModelProto bytes; empty when nothing was moved out (parse
  /// the original then).
  std::string bytes;
  std::vector<FileRange> rawData;
};

/// Walks the ModelProto in `model` (ModelProto.graph, GraphProto.initializer,
/// NodeProto attributes' tensors and subgraphs, recursively) and moves every
/// TensorProto.raw_data of at least `minBytes` bytes out. Fails on malformed
/// wire data with a message saying where.
llvm::Expected<SlimModel> slimModel(llvm::StringRef model, uint64_t minBytes);

} // namespace x2p::onnx_import

#endif // X2P_LIB_IMPORT_ONNX_MODELFILE_H
