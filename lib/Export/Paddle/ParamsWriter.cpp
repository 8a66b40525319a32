//===- ParamsWriter.cpp - Paddle's save_combine params format -------------===//
//
// Paddle's loader (load_combine) reads each record as: uint32 version,
// uint64 lod_level (then per level a uint64 size and offsets), uint32 tensor
// version, int32 TensorDesc size, TensorDesc bytes, raw data. x2p writes
// lod_level 0 (inference tensors carry no LoD) and version 0 everywhere.
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/ParamsWriter.h"
#include "x2p/Export/Paddle/MappedFileCopy.h"

#include "x2p/ProgramDesc/Framework.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/Support/Endian.h"

#include <sys/mman.h>
#include <unistd.h>

using namespace mlir;
using namespace x2p;

template <typename T> static void writeLE(llvm::raw_ostream &os, T value) {
  char bytes[sizeof(T)];
  llvm::support::endian::write<T, llvm::endianness::little>(bytes, value);
  os.write(bytes, sizeof(T));
}

void paddle_export::writeRecordHeader(llvm::raw_ostream &os, int varType,
                                      ArrayRef<int64_t> dims) {
  programdesc::proto::VarType::TensorDesc desc;
  desc.set_data_type(static_cast<programdesc::proto::VarType::Type>(varType));
  for (int64_t dim : dims)
    desc.add_dims(dim);
  std::string bytes = desc.SerializeAsString();
  writeLE<uint32_t>(os, 0); // record version
  writeLE<uint64_t>(os, 0); // lod_level
  writeLE<uint32_t>(os, 0); // tensor version
  writeLE<int32_t>(os, static_cast<int32_t>(bytes.size()));
  os << bytes;
}

/// Blobs usually alias a memory-mapped model file: asking the kernel to read
/// ahead saves a page fault per 4 KiB when they are streamed out.
static void adviseSequentialRead(ArrayRef<char> bytes) {
  static const uintptr_t page = sysconf(_SC_PAGESIZE);
  uintptr_t begin = reinterpret_cast<uintptr_t>(bytes.data()) & ~(page - 1);
  uintptr_t end = reinterpret_cast<uintptr_t>(bytes.data() + bytes.size());
  // Advice only: failure (e.g. on memory that is not a mapping) is harmless.
  (void)posix_madvise(reinterpret_cast<void *>(begin), end - begin,
                      POSIX_MADV_SEQUENTIAL | POSIX_MADV_WILLNEED);
}

/// Writes `count` copies of `bytes`, a block at a time.
static void writeRepeated(llvm::raw_ostream &os, ArrayRef<char> bytes,
                          int64_t count) {
  constexpr int64_t kBlock = 1 << 16;
  std::string block;
  for (int64_t i = 0; i < std::min(count, kBlock); ++i)
    block.append(bytes.begin(), bytes.end());
  int64_t perBlock = std::min(count, kBlock);
  for (int64_t done = 0; done < count; done += perBlock) {
    int64_t n = std::min(perBlock, count - done);
    os.write(block.data(), n * bytes.size());
  }
}

LogicalResult paddle_export::writeTensorData(llvm::raw_ostream &os,
                                             ElementsAttr data,
                                             std::string &error,
                                             MappedFileCopier *copier) {
  auto type = cast<ShapedType>(data.getType());
  Type elementType = type.getElementType();
  int64_t count = type.getNumElements();

  if (auto resource = dyn_cast<DenseResourceElementsAttr>(data)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob) {
      error = "its dense_resource blob '" +
              resource.getRawHandle().getKey().str() + "' has no data";
      return failure();
    }
    ArrayRef<char> bytes = blob->getData();
    unsigned width =
        elementType.isInteger(1) ? 1 : elementType.getIntOrFloatBitWidth() / 8;
    if (static_cast<int64_t>(bytes.size()) != count * width) {
      error = "its dense_resource blob holds " + std::to_string(bytes.size()) +
              " bytes, the type needs " + std::to_string(count * width);
      return failure();
    }
    if (copier)
      bytes = bytes.drop_front(copier->copy(bytes));
    if (!bytes.empty()) {
      adviseSequentialRead(bytes);
      os.write(bytes.data(), bytes.size());
    }
    return success();
  }

  auto dense = dyn_cast<DenseIntOrFPElementsAttr>(data);
  if (!dense) {
    error = "its value is neither a dense nor a dense_resource tensor";
    return failure();
  }
  if (elementType.isInteger(1)) {
    // MLIR packs booleans into bits; Paddle stores one byte each.
    std::string bytes;
    bytes.reserve(count);
    for (bool v : dense.getValues<bool>())
      bytes.push_back(v ? 1 : 0);
    os.write(bytes.data(), bytes.size());
    return success();
  }
  ArrayRef<char> raw = dense.getRawData();
  if (dense.isSplat())
    writeRepeated(os, raw, count);
  else
    os.write(raw.data(), raw.size());
  return success();
}
