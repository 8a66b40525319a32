//===- ParamsReader.h - reading save_combine records ------------*- C++ -*-===//
//
// The reading side of Paddle's save_combine format (see
// x2p/Export/Paddle/ParamsWriter.h for the layout): validates every record
// header and hands out each tensor's bytes without copying them.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_LIB_IMPORT_PADDLE_PARAMSREADER_H
#define X2P_LIB_IMPORT_PADDLE_PARAMSREADER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace x2p::paddle_import {

struct ParamsRecord {
  int dataType;
  llvm::SmallVector<int64_t> dims;
  llvm::ArrayRef<char> data; ///< points into the params buffer
  size_t dataOffset;         ///< offset of `data` in the buffer
};

class ParamsReader {
public:
  explicit ParamsReader(llvm::StringRef buffer) : buffer(buffer) {}
  /// Reads the next record; on failure `error` says what is wrong, for the
  /// var named `name`.
  bool next(llvm::StringRef name, ParamsRecord &record, std::string &error);
  bool atEnd() const { return offset == buffer.size(); }
  size_t remaining() const { return buffer.size() - offset; }

private:
  bool take(size_t n, const char *&out);
  llvm::StringRef buffer;
  size_t offset = 0;
};

} // namespace x2p::paddle_import

#endif // X2P_LIB_IMPORT_PADDLE_PARAMSREADER_H
