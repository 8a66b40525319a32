//===- TensorImport.cpp - TensorProtos to ElementsAttrs -------------------===//
//
// Weights are the bulk of a model. Large tensors become dense_resource
// blobs that alias the mapped model (raw_data the wire walk moved out) or
// the mapped external-data file whenever the bytes are aligned for their
// element type; the blob's deleter holds the mapping, so it lives exactly as
// long as the IR needs it. Everything else (typed repeated fields, small or
// misaligned data, bool and sub-byte types) is copied.
//
//===----------------------------------------------------------------------===//
#include "TensorImport.h"
#include "ExternalData.h"

#include "x2p/Dialect/ONNX/ONNXDataType.h"

#include "onnx/onnx_pb.h"
#include <google/protobuf/unknown_field_set.h>

#include "mlir/IR/AsmState.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Diagnostics.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Alignment.h"

#include <cstring>
#include <sys/mman.h>
#include <thread>
#include <unistd.h>

using namespace mlir;
using namespace x2p::onnx_import;
namespace DataType = x2p::ONNX::DataType;

/// memcpy of `bytes` to `dst`; a large copy is split with a second thread,
/// since faulting in and filling fresh pages is most of an inline-weights
/// import and one core cannot do it at the memory's speed.
static void copyInParallel(char *dst, ArrayRef<char> bytes) {
  constexpr size_t kSplitBytes = 2u << 20;
  if (bytes.size() < kSplitBytes || std::thread::hardware_concurrency() < 2) {
    std::memcpy(dst, bytes.data(), bytes.size());
    return;
  }
  size_t half = bytes.size() / 2;
  std::thread second([&] {
    std::memcpy(dst + half, bytes.data() + half, bytes.size() - half);
  });
  std::memcpy(dst, bytes.data(), half);
  second.join();
}

/// A copy of `bytes` (misaligned weights) for blobs of 2 MiB or more:
/// anonymous memory asking for transparent huge pages, so that the copy of
/// a model's weights takes a few hundred page faults instead of one per
/// 4 KiB page, which otherwise costs as much as the copy itself. Smaller
/// blobs, or where the mapping fails, use the heap.
static AsmResourceBlob copyIntoBlob(ArrayRef<char> bytes, size_t align) {
  constexpr size_t kHugePage = 2u << 20;
  static const size_t page = sysconf(_SC_PAGESIZE);
  if (bytes.size() >= kHugePage) {
    // Over-allocate one huge page so the data can start on a huge-page
    // boundary (mmap promises only a page), then give back what lies
    // before and after it: the kernel zeroes every page it hands out, and
    // a huge page beyond the data would be zeroed for nothing. Only the
    // whole huge pages are advised; the tail stays in small pages.
    size_t length = bytes.size() + kHugePage;
    void *map = mmap(nullptr, length, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map != MAP_FAILED) {
      char *begin = static_cast<char *>(map);
      char *data = reinterpret_cast<char *>(
          llvm::alignAddr(map, llvm::Align(kHugePage)));
      size_t kept = llvm::alignTo(bytes.size(), page);
      if (data != begin)
        munmap(begin, data - begin);
      if (begin + length != data + kept)
        munmap(data + kept, begin + length - (data + kept));
      madvise(data, bytes.size() / kHugePage * kHugePage, MADV_HUGEPAGE);
      copyInParallel(data, bytes);
      return UnmanagedAsmResourceBlob::allocateWithAlign(
          ArrayRef<char>(data, bytes.size()), align,
          [data, kept](void *, size_t, size_t) { munmap(data, kept); });
    }
  }
  return HeapAsmResourceBlob::allocateAndCopyWithAlign(bytes, align,
                                                       /*dataIsMutable=*/false);
}

/// Drops the pages wholly inside `bytes`, a range of a read-only file
/// mapping that has just been copied, from this process's page tables: the
/// copy is what the IR uses, so without this a misaligned weight would count
/// twice in the peak RSS. The page cache keeps the file's pages, and a later
/// read of the range (none is expected) faults them back in unchanged.
static void releaseMappedPages(ArrayRef<char> bytes) {
  static const uintptr_t page = sysconf(_SC_PAGESIZE);
  uintptr_t begin = llvm::alignTo(reinterpret_cast<uintptr_t>(bytes.data()),
                                  page);
  uintptr_t end =
      reinterpret_cast<uintptr_t>(bytes.data() + bytes.size()) & ~(page - 1);
  if (begin < end) // advice only: a failure costs memory, never correctness
    (void)madvise(reinterpret_cast<void *>(begin), end - begin,
                  MADV_DONTNEED);
}

/// Bits per element of `element` as stored in raw_data (a bool in a byte,
/// a complex number as two floats); 0 for strings and unknown types.
static unsigned storageBits(Type element) {
  if (!element)
    return 0;
  if (element.isInteger(1))
    return 8;
  if (auto complex = dyn_cast<ComplexType>(element))
    return 2 * complex.getElementType().getIntOrFloatBitWidth();
  return element.isIntOrFloat() ? element.getIntOrFloatBitWidth() : 0;
}

/// The alignment a blob of `element` needs (its scalar component's size).
static size_t blobAlignment(Type element) {
  if (auto complex = dyn_cast<ComplexType>(element))
    return complex.getElementType().getIntOrFloatBitWidth() / 8;
  return std::max(1u, storageBits(element) / 8);
}

/// Appends the little-endian bytes of `values` narrowed to `bytes` each.
template <typename Range>
static void appendNarrowed(std::vector<char> &out, const Range &values,
                           unsigned bytes) {
  for (auto v : values) {
    uint64_t bits;
    if constexpr (std::is_same_v<std::decay_t<decltype(v)>, float>) {
      uint32_t u;
      std::memcpy(&u, &v, 4);
      bits = u;
    } else if constexpr (std::is_same_v<std::decay_t<decltype(v)>, double>) {
      std::memcpy(&bits, &v, 8);
    } else {
      bits = static_cast<uint64_t>(v);
    }
    for (unsigned i = 0; i < bytes; ++i)
      out.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
}

/// The data of `tensor` held in its typed repeated fields, as raw bytes.
static std::vector<char> typedFieldBytes(const onnx::TensorProto &t,
                                         int64_t dtype, unsigned bits) {
  std::vector<char> out;
  switch (dtype) {
  case DataType::FLOAT:
  case DataType::COMPLEX64:
    appendNarrowed(out, t.float_data(), 4);
    break;
  case DataType::DOUBLE:
  case DataType::COMPLEX128:
    appendNarrowed(out, t.double_data(), 8);
    break;
  case DataType::INT64:
    appendNarrowed(out, t.int64_data(), 8);
    break;
  case DataType::UINT32:
  case DataType::UINT64:
    appendNarrowed(out, t.uint64_data(), bits / 8);
    break;
  default:
    // int32_data carries every narrower type, one element (or, for the
    // sub-byte types, one packed byte) per entry.
    appendNarrowed(out, t.int32_data(), bits >= 8 ? bits / 8 : 1);
    break;
  }
  return out;
}

static bool hasTypedFields(const onnx::TensorProto &t) {
  return t.float_data_size() || t.double_data_size() || t.int64_data_size() ||
         t.uint64_data_size() || t.int32_data_size();
}

/// Unpacks sub-byte elements (4 or 2 bits, low bits first) into one byte
/// each, the storage DenseElementsAttr uses for them.
static std::vector<char> unpackSubByte(ArrayRef<char> packed, unsigned bits,
                                       int64_t count) {
  std::vector<char> out(count);
  unsigned perByte = 8 / bits;
  uint8_t mask = (1u << bits) - 1;
  for (int64_t i = 0; i < count; ++i) {
    uint8_t byte = static_cast<uint8_t>(packed[i / perByte]);
    out[i] = static_cast<char>((byte >> (bits * (i % perByte))) & mask);
  }
  return out;
}

static std::string blobName(StringRef tensorName) {
  std::string name;
  for (char c : tensorName)
    name.push_back(llvm::isAlnum(c) || c == '_' || c == '.' ? c : '_');
  if (name.empty() || llvm::isDigit(name[0]))
    name = "t_" + name;
  return name;
}

FailureOr<ElementsAttr>
x2p::onnx_import::importTensor(const onnx::TensorProto &t, ImportContext &ic,
                               Location loc, StringRef what, bool forceDense) {
  int64_t dtype = t.data_type();
  if (t.has_segment())
    return emitError(loc) << what
                          << " is a segmented tensor, which x2p does "
                             "not support",
           failure();
  Type element = getElementType(dtype, ic.ctx);
  if (!element) {
    if (dtype == DataType::STRING)
      return emitError(loc) << what
                            << " is a string tensor, which needs !onnx.String "
                               "(not in the onnx dialect yet)",
             failure();
    return emitError(loc) << what << " has unknown data type " << dtype,
           failure();
  }
  SmallVector<int64_t> dims;
  uint64_t count = 1;
  for (int64_t d : t.dims()) {
    if (d < 0)
      return emitError(loc) << what << " has negative dim " << d, failure();
    if (d != 0 && count > (uint64_t(1) << 60) / uint64_t(d))
      return emitError(loc) << what << " has too many elements", failure();
    count *= d;
    dims.push_back(d);
  }
  auto type = RankedTensorType::get(dims, element);

  if (dtype == DataType::STRING) {
    bool external = t.data_location() == onnx::TensorProto::EXTERNAL;
    if (external || uint64_t(t.string_data_size()) != count)
      return emitError(loc) << what << " has " << t.string_data_size()
                            << " strings, expected " << count,
             failure();
    SmallVector<StringRef> strings(t.string_data().begin(),
                                   t.string_data().end());
    return ElementsAttr(DenseStringElementsAttr::get(type, strings));
  }

  // Find the bytes: external file, raw_data moved out by the wire walk,
  // raw_data kept in the proto, or the typed fields.
  ArrayRef<char> bytes;
  std::shared_ptr<const void> owner; // set when `bytes` may be aliased
  std::vector<char> converted;
  std::optional<uint64_t> rawRef;
  const auto &unknown = t.GetReflection()->GetUnknownFields(t);
  for (int i = 0; i < unknown.field_count(); ++i)
    if (unknown.field(i).number() == int(kRawDataRefField) &&
        unknown.field(i).type() == google::protobuf::UnknownField::TYPE_VARINT)
      rawRef = unknown.field(i).varint();
  if (t.data_location() == onnx::TensorProto::EXTERNAL) {
    FailureOr<ArrayRef<char>> data = getExternalData(t, ic, loc, what, owner);
    if (failed(data))
      return failure();
    bytes = *data;
  } else if (rawRef) {
    if (*rawRef >= ic.rawData.size())
      return emitError(loc) << what << " has a corrupt raw_data reference",
             failure();
    FileRange range = ic.rawData[*rawRef];
    bytes = ArrayRef<char>(ic.modelData.data() + range.offset, range.size);
    owner = ic.modelOwner;
  } else if (t.has_raw_data()) {
    bytes = ArrayRef<char>(t.raw_data().data(), t.raw_data().size());
  } else if (hasTypedFields(t)) {
    converted = typedFieldBytes(t, dtype, storageBits(element));
    bytes = converted;
  }

  unsigned bits = storageBits(element);
  uint64_t expected = (count * bits + 7) / 8;
  if (bytes.size() != expected)
    return emitError(loc) << what << " has " << bytes.size()
                          << " bytes of data, expected " << expected << " for "
                          << count << " elements of " << element,
           failure();

  if (dtype == DataType::BOOL) {
    SmallVector<bool> values;
    values.reserve(count);
    for (char c : bytes)
      values.push_back(c != 0);
    return ElementsAttr(DenseElementsAttr::get(type, values));
  }
  if (bits < 8) {
    std::vector<char> unpacked = unpackSubByte(bytes, bits, count);
    return ElementsAttr(DenseElementsAttr::getFromRawBuffer(type, unpacked));
  }
  if (forceDense || bytes.size() < kMinBlobBytes) {
    if (count == 0)
      return ElementsAttr(DenseElementsAttr::get(type, ArrayRef<Attribute>{}));
    return ElementsAttr(DenseElementsAttr::getFromRawBuffer(type, bytes));
  }

  size_t align = blobAlignment(element);
  AsmResourceBlob blob;
  if (owner && llvm::isAddrAligned(llvm::Align(align), bytes.data())) {
    // Alias the mapping; the deleter keeps it alive as long as the blob.
    blob = UnmanagedAsmResourceBlob::allocateWithAlign(
        bytes, align,
        [owner](void *, size_t, size_t) mutable { owner.reset(); });
  } else {
    blob = copyIntoBlob(bytes, align);
    if (owner)
      releaseMappedPages(bytes);
  }
  return ElementsAttr(DenseResourceElementsAttr::get(
      type, blobName(t.name().empty() ? "tensor" : t.name()), std::move(blob)));
}

FailureOr<ElementsAttr>
x2p::onnx_import::importSparseTensor(const onnx::SparseTensorProto &sparse,
                                     ImportContext &ic, Location loc,
                                     StringRef what) {
  SmallVector<int64_t> shape(sparse.dims().begin(), sparse.dims().end());
  for (int64_t d : shape)
    if (d < 0)
      return emitError(loc) << what << " has negative dim " << d, failure();
  FailureOr<ElementsAttr> values =
      importTensor(sparse.values(), ic, loc, what, /*forceDense=*/true);
  FailureOr<ElementsAttr> indices =
      importTensor(sparse.indices(), ic, loc, what, /*forceDense=*/true);
  if (failed(values) || failed(indices))
    return failure();
  auto valuesAttr = dyn_cast<DenseElementsAttr>(*values);
  auto indicesAttr = dyn_cast<DenseIntElementsAttr>(*indices);
  if (!valuesAttr || !indicesAttr || valuesAttr.getType().getRank() != 1)
    return emitError(loc) << what << " has malformed values or indices",
           failure();
  int64_t nnz = valuesAttr.getNumElements();
  int64_t rank = shape.size();
  ArrayRef<int64_t> indexShape = indicesAttr.getType().getShape();
  SmallVector<int64_t> coords;
  bool linear = indexShape.size() == 1 && indexShape[0] == nnz;
  if (!linear && !(indexShape.size() == 2 && indexShape[0] == nnz &&
                   indexShape[1] == rank))
    return emitError(loc) << what << " has indices of the wrong shape",
           failure();
  for (APInt index : indicesAttr.getValues<APInt>()) {
    int64_t v = index.getSExtValue();
    if (!linear) {
      coords.push_back(v);
      continue;
    }
    SmallVector<int64_t> c(rank);
    for (int64_t d = rank - 1; d >= 0; --d) {
      if (shape[d] == 0)
        return emitError(loc) << what << " index out of range", failure();
      c[d] = v % shape[d];
      v /= shape[d];
    }
    coords.append(c.begin(), c.end());
  }
  for (size_t i = 0; i < coords.size(); ++i)
    if (coords[i] < 0 || coords[i] >= shape[i % std::max<int64_t>(rank, 1)])
      return emitError(loc) << what << " index out of range", failure();
  auto type = RankedTensorType::get(shape, valuesAttr.getElementType());
  auto indexType =
      RankedTensorType::get({nnz, rank}, IntegerType::get(ic.ctx, 64));
  return ElementsAttr(SparseElementsAttr::get(
      type, DenseElementsAttr::get(indexType, ArrayRef<int64_t>(coords)),
      valuesAttr));
}
