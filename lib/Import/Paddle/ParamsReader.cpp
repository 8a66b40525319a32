//===- ParamsReader.cpp - reading save_combine records --------------------===//
//
// Every size read from the file is checked against what is left of it, so a
// truncated or corrupt params file is an error, never an out-of-bounds read.
//
//===----------------------------------------------------------------------===//
#include "ParamsReader.h"

#include "x2p/ProgramDesc/Framework.h"

#include "x2p/Dialect/Paddle/PaddleDataType.h"
#include "llvm/Support/Endian.h"

using namespace x2p;
using namespace x2p::paddle_import;

bool ParamsReader::take(size_t n, const char *&out) {
  if (n > buffer.size() - offset)
    return false;
  out = buffer.data() + offset;
  offset += n;
  return true;
}

template <typename T> static T readLE(const char *p) {
  return llvm::support::endian::read<T, llvm::endianness::little>(p);
}

bool ParamsReader::next(llvm::StringRef name, ParamsRecord &record,
                        std::string &error) {
  size_t start = offset;
  auto fail = [&](const std::string &what) {
    error = "params record of '" + name.str() + "' at byte " +
            std::to_string(start) + ": " + what;
    return false;
  };
  const char *p;
  if (!take(4, p))
    return fail("the params file ends before it (it holds fewer tensors "
                "than the program's persistable vars)");
  if (uint32_t version = readLE<uint32_t>(p))
    return fail("record version " + std::to_string(version) +
                ", only version 0 is known");
  if (!take(8, p))
    return fail("truncated LoD header");
  uint64_t lodLevel = readLE<uint64_t>(p);
  for (uint64_t level = 0; level < lodLevel; ++level) {
    if (!take(8, p))
      return fail("truncated LoD level");
    uint64_t bytes = readLE<uint64_t>(p);
    if (!take(bytes, p))
      return fail("truncated LoD level data");
  }
  if (!take(4, p))
    return fail("truncated tensor header");
  if (uint32_t version = readLE<uint32_t>(p))
    return fail("tensor version " + std::to_string(version) +
                ", only version 0 is known");
  if (!take(4, p))
    return fail("truncated tensor header");
  int32_t descSize = readLE<int32_t>(p);
  if (descSize < 0 || !take(descSize, p))
    return fail("truncated TensorDesc");
  programdesc::proto::VarType::TensorDesc desc;
  if (!desc.ParseFromArray(p, descSize))
    return fail("unreadable TensorDesc");
  record.dataType = desc.data_type();
  record.dims.assign(desc.dims().begin(), desc.dims().end());
  unsigned width = Paddle::varTypeByteWidth(record.dataType);
  if (!width)
    return fail(std::string("unsupported data type ") +
                Paddle::varTypeName(record.dataType) + " (" +
                std::to_string(record.dataType) + ")");
  uint64_t count = 1;
  for (int64_t dim : record.dims) {
    if (dim < 0)
      return fail("negative dim " + std::to_string(dim));
    if (dim && count > UINT64_MAX / static_cast<uint64_t>(dim))
      return fail("dims overflow");
    count *= dim;
  }
  if (count > (buffer.size() - offset) / width)
    return fail("the params file ends inside its data (" +
                std::to_string(count * width) + " bytes needed)");
  record.dataOffset = offset;
  take(count * width, p);
  record.data = llvm::ArrayRef<char>(p, count * width);
  return true;
}
