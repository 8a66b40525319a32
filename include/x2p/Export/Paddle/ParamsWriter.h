//===- ParamsWriter.h - Paddle's save_combine params format -----*- C++ -*-===//
//
// model.pdiparams is Paddle's save_combine output: one record per persistable
// tensor, back to back, in byte-wise sorted var-name order, no names, no
// header. Kept apart from the program writer so its byte layout has unit
// tests of its own.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_EXPORT_PADDLE_PARAMSWRITER_H
#define X2P_EXPORT_PADDLE_PARAMSWRITER_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/Support/LogicalResult.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace x2p::paddle_export {

class MappedFileCopier;

/// Writes the header of one save_combine record: uint32 version 0, uint64
/// lod_level 0, uint32 tensor version 0, int32 size of the serialized
/// TensorDesc {data_type, dims} and those bytes. The raw data follows.
void writeRecordHeader(llvm::raw_ostream &os, int varType,
                       llvm::ArrayRef<int64_t> dims);

/// Streams the row-major little-endian bytes of `data` (dense, splat or
/// dense_resource) to `os` without materializing a second full copy. With a
/// `copier` (over `os`), blob bytes that alias a read-only file mapping are
/// copied by the kernel from that file. Fails with `error` set
/// for element types Paddle cannot store.
mlir::LogicalResult writeTensorData(llvm::raw_ostream &os,
                                    mlir::ElementsAttr data, std::string &error,
                                    MappedFileCopier *copier = nullptr);

} // namespace x2p::paddle_export

#endif // X2P_EXPORT_PADDLE_PARAMSWRITER_H
