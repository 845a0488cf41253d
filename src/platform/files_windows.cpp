// The Windows side of src/platform/files.h: names are UTF-8 in the program and UTF-16 for
// Windows; handles opened without following or blocking; a temporary file created with
// CREATE_NEW and put in place with MoveFileExW (MOVEFILE_REPLACE_EXISTING), removed when Ctrl+C
// or closing the console ends the process meanwhile. Permission bits mean little here: a new
// file takes its folder's access rules.
#include "platform/files.h"
#include "platform/write_buffer.h"

#include <windows.h>

#include <atomic>
#include <random>
#include <system_error>

namespace iipcase::platform {
namespace {

std::wstring wide(const std::string& utf8) {
  if (utf8.empty()) return {};
  int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
  std::wstring out(static_cast<std::size_t>(n), L'\0');
  MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), out.data(), n);
  return out;
}

std::string message_of(DWORD error) { return std::system_category().message(static_cast<int>(error)); }

struct Handle {
  HANDLE h = INVALID_HANDLE_VALUE;
  ~Handle() {
    if (h != INVALID_HANDLE_VALUE) CloseHandle(h);
  }
  bool valid() const { return h != INVALID_HANDLE_VALUE; }
};

bool missing(DWORD error) {
  return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND || error == ERROR_INVALID_NAME ||
         error == ERROR_BAD_NETPATH;
}

// What an open handle is: a disk file or folder, a console or other character device, a pipe.
FileStatus status_of(HANDLE h, bool as_link) {
  FileStatus s;
  switch (GetFileType(h)) {
    case FILE_TYPE_CHAR:
      s.kind = FileKind::device;
      return s;
    case FILE_TYPE_PIPE:
      s.kind = FileKind::fifo;
      return s;
    case FILE_TYPE_DISK:
      break;
    default:
      s.kind = FileKind::other;
      return s;
  }
  BY_HANDLE_FILE_INFORMATION info{};
  if (!GetFileInformationByHandle(h, &info)) {
    s.kind = FileKind::unknown;
    s.error = message_of(GetLastError());
    return s;
  }
  const bool link = as_link && (info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT);
  s.kind = link ? FileKind::symlink
           : (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) ? FileKind::folder
                                                                  : FileKind::regular;
  s.device = info.dwVolumeSerialNumber;
  s.inode = (std::uint64_t(info.nFileIndexHigh) << 32) | info.nFileIndexLow;
  s.size = (std::uint64_t(info.nFileSizeHigh) << 32) | info.nFileSizeLow;
  s.mode = (info.dwFileAttributes & FILE_ATTRIBUTE_READONLY) ? 0444 : 0644;
  return s;
}

Handle open_existing(const std::string& path, DWORD access, bool follow_links) {
  Handle handle;
  DWORD flags = FILE_FLAG_BACKUP_SEMANTICS | (follow_links ? 0 : FILE_FLAG_OPEN_REPARSE_POINT);
  handle.h = CreateFileW(wide(path).c_str(), access, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                         nullptr, OPEN_EXISTING, flags, nullptr);
  return handle;
}

// Writes some of size bytes to handle; 0 when it failed.
std::size_t write_some(HANDLE handle, const char* bytes, std::size_t size) {
  DWORD written = 0;
  if (!WriteFile(handle, bytes, static_cast<DWORD>(size), &written, nullptr)) return 0;
  return written;
}

// The temporary file removed when the console asks the process to end: one at a time.
std::atomic<const wchar_t*> g_removed_on_exit{nullptr};

BOOL WINAPI remove_temporary(DWORD) {
  // Opened with FILE_SHARE_DELETE: it goes when its handle closes, as the process ends.
  if (const wchar_t* path = g_removed_on_exit.exchange(nullptr)) DeleteFileW(path);
  return FALSE;  // the default handler then ends the process
}

std::string random_suffix() {
  static const char k_letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device device;
  std::uniform_int_distribution<std::size_t> pick(0, sizeof k_letters - 2);
  std::string suffix;
  for (int i = 0; i < 16; ++i) suffix += k_letters[pick(device)];
  return suffix;
}

std::system_error system_error(DWORD error, const std::string& what) {
  return {static_cast<int>(error), std::system_category(), what};
}

}  // namespace

FileStatus file_status(const std::string& path, bool follow_links) {
  if (path == "-") return status_of(GetStdHandle(STD_INPUT_HANDLE), false);
  Handle handle = open_existing(path, 0, follow_links);
  if (!handle.valid()) {
    FileStatus s;
    const DWORD error = GetLastError();
    if (!missing(error)) {
      s.kind = FileKind::unknown;
      s.error = message_of(error);
    }
    return s;
  }
  return status_of(handle.h, !follow_links);
}

bool same_file(const FileStatus& a, const FileStatus& b) {
  return a.exists() && b.exists() && a.kind != FileKind::unknown && b.kind != FileKind::unknown &&
         a.device == b.device && a.inode == b.inode;
}

FileContents read_file(const std::string& path, std::size_t limit) {
  FileContents contents;
  Handle handle = open_existing(path, GENERIC_READ, true);
  if (!handle.valid()) {
    const DWORD error = GetLastError();
    contents.problem = error == ERROR_ACCESS_DENIED ? ReadProblem::no_permission : ReadProblem::failed;
    contents.detail = message_of(error);
    return contents;
  }
  const FileStatus status = status_of(handle.h, false);
  if (status.kind != FileKind::regular) {
    contents.problem = ReadProblem::not_a_file;
    contents.detail = kind_name(status.kind);
    return contents;
  }
  contents.size = status.size;
  if (contents.size > limit) return contents;
  contents.bytes.reserve(static_cast<std::size_t>(contents.size) + 1);
  char buffer[65536];
  while (contents.bytes.size() <= limit) {
    DWORD n = 0;
    if (!ReadFile(handle.h, buffer, sizeof buffer, &n, nullptr)) {
      contents.problem = ReadProblem::failed;
      contents.detail = message_of(GetLastError());
      return contents;
    }
    if (n == 0) break;
    contents.bytes.append(buffer, n);
  }
  return contents;
}

struct TemporaryFile::Impl {
  std::string target;
  std::string path;
  std::wstring wide_path;
  HANDLE handle = INVALID_HANDLE_VALUE;
  std::unique_ptr<WriteBuffer> buffer;
  std::unique_ptr<std::ostream> stream;

  void disarm() {
    g_removed_on_exit.store(nullptr);
    SetConsoleCtrlHandler(remove_temporary, FALSE);
  }
};

TemporaryFile::TemporaryFile(const std::string& target, unsigned) : m_impl(std::make_unique<Impl>()) {
  Impl& t = *m_impl;
  t.target = target;
  SetConsoleCtrlHandler(remove_temporary, TRUE);
  // "C:\dir\report.json" → "C:\dir\.report.json.iipcase-<16 random letters>", next to it.
  std::string::size_type slash = target.find_last_of("/\\");
  std::string folder = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? target : target.substr(slash + 1);
  DWORD error = 0;
  for (int attempt = 0; attempt < 100 && t.handle == INVALID_HANDLE_VALUE; ++attempt) {
    t.path = folder + "." + name + ".iipcase-" + random_suffix();
    t.wide_path = wide(t.path);
    g_removed_on_exit.store(t.wide_path.c_str());
    t.handle = CreateFileW(t.wide_path.c_str(), GENERIC_WRITE, FILE_SHARE_DELETE, nullptr, CREATE_NEW,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
    error = GetLastError();
    if (t.handle == INVALID_HANDLE_VALUE) g_removed_on_exit.store(nullptr);
    if (t.handle == INVALID_HANDLE_VALUE && error != ERROR_FILE_EXISTS) break;
  }
  if (t.handle == INVALID_HANDLE_VALUE) {
    t.disarm();
    throw system_error(error, "cannot create a temporary file next to " + target);
  }
  t.buffer = std::make_unique<WriteBuffer>(
      [handle = t.handle](const char* bytes, std::size_t size) { return write_some(handle, bytes, size); });
  t.stream = std::make_unique<std::ostream>(t.buffer.get());
}

TemporaryFile::~TemporaryFile() {
  Impl& t = *m_impl;
  if (t.handle != INVALID_HANDLE_VALUE) {
    t.disarm();
    CloseHandle(t.handle);
    DeleteFileW(t.wide_path.c_str());
  }
}

std::ostream& TemporaryFile::stream() { return *m_impl->stream; }

const std::string& TemporaryFile::path() const { return m_impl->path; }

void TemporaryFile::replace_target() {
  Impl& t = *m_impl;
  t.stream->flush();
  if (!*t.stream || !FlushFileBuffers(t.handle)) throw system_error(GetLastError(), "cannot write " + t.path);
  CloseHandle(t.handle);
  t.handle = INVALID_HANDLE_VALUE;
  if (!MoveFileExW(t.wide_path.c_str(), wide(t.target).c_str(),
                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
    const DWORD error = GetLastError();
    DeleteFileW(t.wide_path.c_str());
    t.disarm();
    throw system_error(error, "cannot replace " + t.target);
  }
  t.disarm();
}

}  // namespace iipcase::platform
