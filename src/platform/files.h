// Files as the operating system sees them: identity and kind, reading without blocking, and a
// temporary file that replaces another in one step. One implementation per platform
// (files_posix.cpp); the rest of the code has no platform #ifdef.
#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

namespace iipcase::platform {

enum class FileKind { missing, regular, folder, symlink, fifo, device, socket, other, unknown };

// What a path names: its kind, identity (device and inode) and permission bits. `unknown`
// when the status could not be read (error says why, in the system's words).
struct FileStatus {
  FileKind kind = FileKind::missing;
  std::uint64_t device = 0, inode = 0;
  unsigned mode = 0;  // permission bits (0600, 0644, …)
  std::uint64_t size = 0;
  std::string error;

  bool exists() const { return kind != FileKind::missing; }
};

// "fifo", "device", "folder", "socket" or "special" (for the other kinds that are not files).
inline std::string kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::folder:
      return "folder";
    case FileKind::fifo:
      return "fifo";
    case FileKind::device:
      return "device";
    case FileKind::socket:
      return "socket";
    default:
      return "special";
  }
}

// The status of path; with follow_links, of what a symbolic link leads to. "-" is standard input.
FileStatus file_status(const std::string& path, bool follow_links);

// Whether two statuses are of one file (the same device and inode: hard links, symbolic links
// and different spellings of one path all compare equal).
bool same_file(const FileStatus& a, const FileStatus& b);

// Reading a case file: the kind is checked before opening, and the file is opened without
// blocking, so a FIFO or a device named as a case file never stalls the run.
enum class ReadProblem { none, no_permission, not_a_file, failed };
struct FileContents {
  ReadProblem problem = ReadProblem::none;
  std::string detail;      // not_a_file: kind_name() of the file; failed: the system's words
  std::uint64_t size = 0;  // the size of the file
  std::string bytes;       // the first limit + 1 bytes at most; nothing when size > limit
};
FileContents read_file(const std::string& path, std::size_t limit);

// A new file next to `target`, created exclusively and never through a symbolic link
// (O_CREAT|O_EXCL|O_NOFOLLOW) under an unpredictable name, with the permission bits `mode`
// (or the usual ones for a new file when mode is 0). It is removed when the object is destroyed
// without replace_target(), and when SIGINT, SIGTERM or SIGHUP end the process meanwhile.
// Only one may exist at a time. Throws std::system_error when it cannot be created.
class TemporaryFile {
 public:
  TemporaryFile(const std::string& target, unsigned mode);
  ~TemporaryFile();
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  std::ostream& stream();
  const std::string& path() const;
  // Writes out and puts the file in place of target in one step (rename): target is then
  // either the old file or the whole new one. Throws std::system_error.
  void replace_target();

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace iipcase::platform
