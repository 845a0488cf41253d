// The POSIX side of src/platform/files.h: stat, open with O_NONBLOCK, O_EXCL temporaries,
// rename, and a signal handler that removes the temporary file.
#include "platform/files.h"
#include "platform/write_buffer.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <random>
#include <system_error>

namespace iipcase::platform {
namespace {

FileKind kind_of(mode_t mode) {
  if (S_ISREG(mode)) return FileKind::regular;
  if (S_ISDIR(mode)) return FileKind::folder;
  if (S_ISLNK(mode)) return FileKind::symlink;
  if (S_ISFIFO(mode)) return FileKind::fifo;
  if (S_ISCHR(mode) || S_ISBLK(mode)) return FileKind::device;
  if (S_ISSOCK(mode)) return FileKind::socket;
  return FileKind::other;
}

FileStatus status_from(const struct stat& st) {
  FileStatus s;
  s.kind = kind_of(st.st_mode);
  s.device = static_cast<std::uint64_t>(st.st_dev);
  s.inode = static_cast<std::uint64_t>(st.st_ino);
  s.mode = static_cast<unsigned>(st.st_mode & 07777);
  s.size = static_cast<std::uint64_t>(st.st_size);
  return s;
}

// Writes some of size bytes to fd (a signal's interruption retried); 0 when it failed.
std::size_t write_some(int fd, const char* bytes, std::size_t size) {
  for (;;) {
    ssize_t n = ::write(fd, bytes, size);
    if (n < 0 && errno == EINTR) continue;
    return n > 0 ? static_cast<std::size_t>(n) : 0;
  }
}

// The temporary file the signal handler removes: only one at a time, read without locks.
std::atomic<const char*> g_removed_on_signal{nullptr};
static_assert(std::atomic<const char*>::is_always_lock_free);
constexpr int k_signals[] = {SIGINT, SIGTERM, SIGHUP};

extern "C" void remove_temporary_then_die(int signal_number) {
  // unlink and raise are async-signal-safe; SA_RESETHAND restored the default action, so the
  // raised signal ends the process as the first one would have.
  if (const char* path = g_removed_on_signal.exchange(nullptr)) ::unlink(path);
  ::raise(signal_number);
}

std::string random_suffix() {
  static const char k_letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device device;  // the system's random source: not guessable from the pid or the time
  std::uniform_int_distribution<std::size_t> pick(0, sizeof k_letters - 2);
  std::string suffix;
  for (int i = 0; i < 16; ++i) suffix += k_letters[pick(device)];
  return suffix;
}

std::system_error system_error(const std::string& what) { return {errno, std::generic_category(), what}; }

}  // namespace

FileStatus file_status(const std::string& path, bool follow_links) {
  struct stat st {};
  int result = path == "-"    ? ::fstat(STDIN_FILENO, &st)
               : follow_links ? ::stat(path.c_str(), &st)
                              : ::lstat(path.c_str(), &st);
  if (result == 0) return status_from(st);
  FileStatus s;
  if (errno != ENOENT && errno != ENOTDIR) {
    s.kind = FileKind::unknown;
    s.error = std::strerror(errno);
  }
  return s;
}

bool same_file(const FileStatus& a, const FileStatus& b) {
  return a.exists() && b.exists() && a.kind != FileKind::unknown && b.kind != FileKind::unknown &&
         a.device == b.device && a.inode == b.inode;
}

FileContents read_file(const std::string& path, std::size_t limit) {
  FileContents contents;
  auto fail = [&contents](int error) {
    contents.problem = error == EACCES || error == EPERM ? ReadProblem::no_permission : ReadProblem::failed;
    contents.detail = std::strerror(error);
    return contents;
  };
  auto not_a_file = [&contents](FileKind kind) {
    contents.problem = ReadProblem::not_a_file;
    contents.detail = kind_name(kind);
    return contents;
  };
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return fail(errno);
  if (!S_ISREG(st.st_mode)) {
    // A folder met here could not be searched; say whether for want of permission.
    if (S_ISDIR(st.st_mode) && ::access(path.c_str(), R_OK | X_OK) != 0) return fail(errno);
    return not_a_file(kind_of(st.st_mode));
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return fail(errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::fstat(fd, &st) != 0) return fail(errno);
  if (!S_ISREG(st.st_mode)) return not_a_file(kind_of(st.st_mode));  // swapped since the stat
  contents.size = static_cast<std::uint64_t>(st.st_size);
  if (contents.size > limit) return contents;
  contents.bytes.reserve(static_cast<std::size_t>(contents.size) + 1);
  char buffer[65536];
  while (contents.bytes.size() <= limit) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(errno);
    if (n == 0) break;
    contents.bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return contents;
}

struct TemporaryFile::Impl {
  std::string target;
  std::string path;
  int fd = -1;
  std::unique_ptr<WriteBuffer> buffer;
  std::unique_ptr<std::ostream> stream;
  struct sigaction previous[std::size(k_signals)] = {};

  void disarm() {
    g_removed_on_signal.store(nullptr);
    for (std::size_t i = 0; i < std::size(k_signals); ++i) ::sigaction(k_signals[i], &previous[i], nullptr);
  }
};

TemporaryFile::TemporaryFile(const std::string& target, unsigned mode) : m_impl(std::make_unique<Impl>()) {
  Impl& t = *m_impl;
  t.target = target;
  // Armed before the file exists, so no signal can come between its creation and the arming.
  struct sigaction action {};
  action.sa_handler = remove_temporary_then_die;
  action.sa_flags = SA_RESETHAND;
  sigemptyset(&action.sa_mask);
  for (std::size_t i = 0; i < std::size(k_signals); ++i) ::sigaction(k_signals[i], &action, &t.previous[i]);
  // "/dir/report.json" → "/dir/.report.json.iipcase-<16 random letters>": next to it, so the
  // rename stays on one file system; hidden, so no folder search picks it up.
  std::string::size_type slash = target.rfind('/');
  std::string folder = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  for (int attempt = 0; attempt < 100 && t.fd < 0; ++attempt) {
    t.path = folder + "." + name + ".iipcase-" + random_suffix();
    g_removed_on_signal.store(t.path.c_str());
    t.fd = ::open(t.path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode ? 0600 : 0666);
    if (t.fd < 0) g_removed_on_signal.store(nullptr);
    if (t.fd < 0 && errno != EEXIST) break;
  }
  if (t.fd < 0) {
    std::system_error error = system_error("cannot create a temporary file next to " + target);
    t.disarm();
    throw error;
  }
  if (mode && ::fchmod(t.fd, static_cast<mode_t>(mode)) != 0) {
    std::system_error error = system_error("cannot set the permissions of " + t.path);
    t.disarm();
    ::close(t.fd);
    ::unlink(t.path.c_str());
    throw error;
  }
  t.buffer = std::make_unique<WriteBuffer>(
      [fd = t.fd](const char* bytes, std::size_t size) { return write_some(fd, bytes, size); });
  t.stream = std::make_unique<std::ostream>(t.buffer.get());
}

TemporaryFile::~TemporaryFile() {
  Impl& t = *m_impl;
  if (t.fd >= 0) {
    t.disarm();
    ::close(t.fd);
    ::unlink(t.path.c_str());
  }
}

std::ostream& TemporaryFile::stream() { return *m_impl->stream; }

const std::string& TemporaryFile::path() const { return m_impl->path; }

void TemporaryFile::replace_target() {
  Impl& t = *m_impl;
  t.stream->flush();
  if (!*t.stream) throw system_error("cannot write " + t.path);
  if (::fsync(t.fd) != 0) throw system_error("cannot write " + t.path);
  if (::rename(t.path.c_str(), t.target.c_str()) != 0) throw system_error("cannot replace " + t.target);
  t.disarm();
  ::close(t.fd);
  t.fd = -1;
}

}  // namespace iipcase::platform
