//===- MappedFileCopy.h - in-kernel copies of memory-mapped weights -*- C++
//-*-===//
//
// Most weights reach the exporter as dense_resource blobs that alias a
// read-only mapping of the model or external-data file. Writing them with
// write() faults every page of the mapping into the process and copies it
// through user space; copy_file_range from the file itself moves the same
// bytes page cache to page cache in the kernel, the way `cp` does.
//
//===----------------------------------------------------------------------===//
#ifndef X2P_EXPORT_PADDLE_MAPPEDFILECOPY_H
#define X2P_EXPORT_PADDLE_MAPPEDFILECOPY_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>
#include <vector>

namespace x2p::paddle_export {

class MappedFileCopier {
public:
  /// A copier into `out`, a stream over the file descriptor `outFd`; reads
  /// this process's file mappings (/proc/self/maps) once.
  MappedFileCopier(llvm::raw_fd_ostream &out, int outFd);
  ~MappedFileCopier();
  MappedFileCopier(const MappedFileCopier &) = delete;
  MappedFileCopier &operator=(const MappedFileCopier &) = delete;

  /// Appends a prefix of `bytes` to the stream (after what it buffered) by
  /// an in-kernel copy from the file that `bytes` is a read-only mapping of,
  /// and returns how many bytes it wrote: all of them, or fewer (0 when
  /// `bytes` is not file-backed) if the kernel declines; the caller writes
  /// the rest from memory.
  size_t copy(llvm::ArrayRef<char> bytes);

private:
  struct Mapping {
    uintptr_t begin, end;
    uint64_t offset, inode;
    std::string path;
  };
  llvm::raw_fd_ostream &out;
  int outFd;
  std::vector<Mapping> mappings;     // sorted by begin
  llvm::DenseMap<uint64_t, int> fds; // by inode; -1: cannot be used
  int fileFor(const Mapping &mapping);
};

} // namespace x2p::paddle_export

#endif // X2P_EXPORT_PADDLE_MAPPEDFILECOPY_H
