// Files → results: reading with the size limit (what cannot be read is file.unreadable), and
// the parallel checks.
#include <algorithm>
#include <atomic>
#include <exception>
#include <iostream>
#include <system_error>
#include <thread>

#include "iipcase/check.h"
#include "messages.h"
#include "platform/files.h"

namespace iipcase {
namespace {

std::string read_limited(std::istream& in, std::size_t limit) {
  std::string bytes;
  char buffer[65536];
  while (in && bytes.size() <= limit) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
}

FileResult unreadable(const std::string& path, const platform::FileContents& contents) {
  FileResult result;
  result.path = path;
  switch (contents.problem) {
    case platform::ReadProblem::no_permission:
      result.diagnostics.push_back(diagnose("file.unreadable", "", {}, 0));
      break;
    case platform::ReadProblem::not_a_file:
      result.diagnostics.push_back(
          diagnose("file.unreadable.kind", "", {}, 0, {{"kind", text("file-kind." + contents.detail)}}));
      break;
    default:
      result.diagnostics.push_back(diagnose("file.unreadable.failed", "", {}, 0, {{"reason", contents.detail}}));
  }
  return result;
}

}  // namespace

FileResult too_large(std::string path, std::uintmax_t size, const CheckOptions& options) {
  FileResult result;
  result.path = std::move(path);
  result.diagnostics.push_back(diagnose("file.too-large", "", {}, 0,
                                        {{"size", static_cast<long long>(size)},
                                         {"limit", static_cast<long long>(options.max_size)}}));
  return result;
}

FileResult check_path(const std::string& path, const Rules& rules, const CheckOptions& options) {
  if (path == "-") {
    std::string bytes = read_limited(std::cin, options.max_size);
    if (std::cin.bad()) return unreadable(path, {platform::ReadProblem::failed, "standard input", 0, {}});
    return check_bytes(path, bytes, rules, options);
  }
  platform::FileContents contents = platform::read_file(path, options.max_size);
  if (contents.problem != platform::ReadProblem::none) return unreadable(path, contents);
  // Too large: said without reading it all.
  if (contents.size > options.max_size) return too_large(path, contents.size, options);
  return check_bytes(path, contents.bytes, rules, options);
}

std::vector<FileResult> check_paths(const std::vector<std::string>& files, const Rules& rules,
                                    const CheckOptions& options, unsigned jobs, unsigned* started) {
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto work = [&] {
    for (std::size_t i; !failed && (i = next++) < files.size();) {
      try {
        results[i] = check_path(files[i], rules, options);
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    }
  };
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
  std::vector<std::thread> threads;
  for (unsigned j = 1; j < jobs; ++j) {
    try {
      threads.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // the system's limit on threads: go on with those already working
    }
  }
  if (started) *started = static_cast<unsigned>(threads.size()) + 1;
  work();
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
  return results;
}

}  // namespace iipcase
