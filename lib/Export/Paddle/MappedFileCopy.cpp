//===- MappedFileCopy.cpp - in-kernel copies of memory-mapped weights -----===//
//
// The mapping of an address is looked up in /proc/self/maps rather than
// registered by whoever mapped the file, so blobs of any origin (the ONNX
// importer, the Paddle importer, a tool embedding the library) qualify.
// Only read-only mappings are used: their bytes are the file's page cache,
// so the file holds exactly what the blob shows.
//
//===----------------------------------------------------------------------===//
#include "x2p/Export/Paddle/MappedFileCopy.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace x2p::paddle_export;

MappedFileCopier::MappedFileCopier(llvm::raw_fd_ostream &out, int outFd)
    : out(out), outFd(outFd) {
  FILE *maps = std::fopen("/proc/self/maps", "re");
  if (!maps)
    return;
  char *line = nullptr;
  size_t capacity = 0;
  while (getline(&line, &capacity, maps) > 0) {
    unsigned long long begin, end, offset, inode;
    char perms[8];
    int pathStart = 0;
    // begin-end perms offset dev inode path
    if (std::sscanf(line, "%llx-%llx %7s %llx %*s %llu %n", &begin, &end, perms,
                    &offset, &inode, &pathStart) != 5 ||
        inode == 0 || perms[0] != 'r' || perms[1] == 'w' || pathStart == 0)
      continue;
    std::string path(line + pathStart);
    while (!path.empty() && (path.back() == '\n' || path.back() == ' '))
      path.pop_back();
    if (path.empty() || path.front() != '/' ||
        path.find(" (deleted)") != std::string::npos)
      continue;
    mappings.push_back({static_cast<uintptr_t>(begin),
                        static_cast<uintptr_t>(end), offset, inode, path});
  }
  std::free(line);
  std::fclose(maps);
  std::sort(
      mappings.begin(), mappings.end(),
      [](const Mapping &a, const Mapping &b) { return a.begin < b.begin; });
}

MappedFileCopier::~MappedFileCopier() {
  for (auto &entry : fds)
    if (entry.second >= 0)
      ::close(entry.second);
}

int MappedFileCopier::fileFor(const Mapping &mapping) {
  auto [it, inserted] = fds.try_emplace(mapping.inode, -1);
  if (!inserted)
    return it->second;
  int fd = ::open(mapping.path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  // The path must still name the mapped file (not one renamed over it).
  if (fd >= 0 && (::fstat(fd, &st) != 0 ||
                  static_cast<uint64_t>(st.st_ino) != mapping.inode)) {
    ::close(fd);
    fd = -1;
  }
  it->second = fd;
  return fd;
}

size_t MappedFileCopier::copy(llvm::ArrayRef<char> bytes) {
  uintptr_t begin = reinterpret_cast<uintptr_t>(bytes.data());
  uintptr_t end = begin + bytes.size();
  auto it = std::upper_bound(
      mappings.begin(), mappings.end(), begin,
      [](uintptr_t address, const Mapping &m) { return address < m.begin; });
  if (it == mappings.begin() || begin >= std::prev(it)->end)
    return 0;
  const Mapping &first = *std::prev(it);
  // One mmap can show as several adjacent entries (madvise splits them):
  // the range must be covered by consecutive pieces of the same file.
  uintptr_t covered = first.end;
  for (auto next = it; covered < end && next != mappings.end() &&
                       next->begin == covered && next->inode == first.inode &&
                       next->offset == first.offset + (covered - first.begin);
       ++next)
    covered = next->end;
  if (covered < end)
    return 0;
  int in = fileFor(first);
  if (in < 0)
    return 0;
  off_t offset = static_cast<off_t>(first.offset + (begin - first.begin));
  out.flush();
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n =
        ::copy_file_range(in, &offset, outFd, nullptr, bytes.size() - done, 0);
    if (n <= 0) // EXDEV, ENOSYS, EINVAL, a shrunk file: write the rest
      break;
    done += static_cast<size_t>(n);
  }
  // The kernel moved the descriptor's offset; the stream's count follows.
  if (done)
    out.seek(out.tell() + done);
  return done;
}
