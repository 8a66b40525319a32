//===- ModelFile.cpp - the protobuf wire walk over a mapped model ---------===//
//
// Finds the large TensorProto.raw_data fields of a model file without
// protobuf's parser (which would copy them) and writes the slimmed model
// protobuf then parses. Only the messages that can hold weights are entered;
// everything else is copied through byte for byte. The walk checks every
// length against the buffer, so a truncated or hostile file fails here with
// a message instead of reading out of bounds.
//
//===----------------------------------------------------------------------===//
#include "ModelFile.h"

#include "llvm/Support/FormatVariadic.h"

using namespace x2p::onnx_import;

namespace {

enum class Kind { None, Model, Graph, Node, Attribute, Tensor };

/// The submessage kind of field `field` of a `kind` message, where the walk
/// must enter it to reach raw_data fields.
Kind childKind(Kind kind, uint64_t field) {
  switch (kind) {
  case Kind::Model:
    return field == 7 ? Kind::Graph : Kind::None; // graph
  case Kind::Graph:
    if (field == 1) // node
      return Kind::Node;
    return field == 5 ? Kind::Tensor : Kind::None; // initializer
  case Kind::Node:
    return field == 5 ? Kind::Attribute : Kind::None; // attribute
  case Kind::Attribute:
    if (field == 5 || field == 10) // t, tensors
      return Kind::Tensor;
    if (field == 6 || field == 11) // g, graphs
      return Kind::Graph;
    return Kind::None;
  default:
    return Kind::None;
  }
}

void appendVarint(std::string &dst, uint64_t value) {
  while (value >= 0x80) {
    dst.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  dst.push_back(static_cast<char>(value));
}

class WireWalker {
public:
  WireWalker(llvm::StringRef model, uint64_t minBytes, SlimModel &out)
      : base(reinterpret_cast<const uint8_t *>(model.data())),
        minBytes(minBytes), out(out) {}

  /// Copies the `kind` message [p, end) into `dst`, slimmed.
  bool walk(Kind kind, const uint8_t *p, const uint8_t *end, std::string &dst,
            int depth) {
    if (depth > kMaxDepth)
      return fail(p, "messages nested deeper than " +
                         std::to_string(kMaxDepth) + " levels");
    while (p < end) {
      const uint8_t *fieldStart = p;
      uint64_t tag;
      if (!readVarint(p, end, tag))
        return fail(fieldStart, "truncated field tag");
      uint64_t field = tag >> 3;
      unsigned wireType = tag & 7;
      if (field == 0)
        return fail(fieldStart, "field number 0");
      uint64_t length = 0;
      switch (wireType) {
      case 0: {
        uint64_t ignored;
        if (!readVarint(p, end, ignored))
          return fail(fieldStart, "truncated varint");
        break;
      }
      case 1:
        if (end - p < 8)
          return fail(fieldStart, "truncated fixed64");
        p += 8;
        break;
      case 5:
        if (end - p < 4)
          return fail(fieldStart, "truncated fixed32");
        p += 4;
        break;
      case 2:
        if (!readVarint(p, end, length) ||
            length > static_cast<uint64_t>(end - p))
          return fail(fieldStart, "length-delimited field runs past the end");
        break;
      default:
        return fail(fieldStart,
                    "unsupported wire type " + std::to_string(wireType));
      }
      const uint8_t *payload = p;
      if (wireType == 2)
        p += length;

      if (kind == Kind::Tensor && field == kRawDataRefField)
        continue; // only the walker writes these
      if (kind == Kind::Tensor && field == 9 && wireType == 2 &&
          length >= minBytes) {
        out.rawData.push_back({static_cast<uint64_t>(payload - base), length});
        appendVarint(dst, (uint64_t(kRawDataRefField) << 3) | 0);
        appendVarint(dst, out.rawData.size() - 1);
        continue;
      }
      Kind child = wireType == 2 ? childKind(kind, field) : Kind::None;
      if (child == Kind::None) {
        dst.append(reinterpret_cast<const char *>(fieldStart), p - fieldStart);
        continue;
      }
      std::string sub;
      if (!walk(child, payload, payload + length, sub, depth + 1))
        return false;
      appendVarint(dst, tag);
      appendVarint(dst, sub.size());
      dst += sub;
    }
    return true;
  }

  std::string error;

private:
  static constexpr int kMaxDepth = 64;

  static bool readVarint(const uint8_t *&p, const uint8_t *end,
                         uint64_t &value) {
    value = 0;
    for (unsigned shift = 0; shift < 64 && p < end; shift += 7) {
      uint8_t byte = *p++;
      value |= uint64_t(byte & 0x7f) << shift;
      if (!(byte & 0x80))
        return true;
    }
    return false;
  }

  bool fail(const uint8_t *at, const std::string &what) {
    error =
        llvm::formatv("malformed protobuf at byte {0}: {1}", at - base, what)
            .str();
    return false;
  }

  const uint8_t *base;
  uint64_t minBytes;
  SlimModel &out;
};

} // namespace

llvm::Expected<SlimModel> x2p::onnx_import::slimModel(llvm::StringRef model,
                                                      uint64_t minBytes) {
  SlimModel slim;
  WireWalker walker(model, minBytes, slim);
  const auto *begin = reinterpret_cast<const uint8_t *>(model.data());
  std::string bytes;
  bytes.reserve(std::min<size_t>(model.size(), 1 << 20));
  if (!walker.walk(Kind::Model, begin, begin + model.size(), bytes, 0))
    return llvm::createStringError(walker.error);
  if (!slim.rawData.empty())
    slim.bytes = std::move(bytes);
  return slim;
}
