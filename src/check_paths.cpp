// Paths → files → results: directory search, reading with the size limit, parallel checks.
#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <thread>

#include "iipcase/check.h"
#include "messages.h"

namespace iipcase {
namespace fs = std::filesystem;
namespace {

bool is_case_file(const fs::path& p) { return p.extension() == ".yaml" || p.extension() == ".yml"; }

bool is_hidden(const fs::path& p) {
  std::string name = p.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void search_directory(const fs::path& dir, std::vector<std::string>& found) {
  std::vector<std::string> here;
  std::error_code ec;
  auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
  if (ec) throw RunError(text("cli.cannot-read-directory", {{"path", dir.string()}, {"reason", ec.message()}}));
  for (auto end = fs::recursive_directory_iterator(); it != end; it.increment(ec)) {
    if (ec) throw RunError(text("cli.cannot-read-directory", {{"path", dir.string()}, {"reason", ec.message()}}));
    if (it->is_directory(ec) && is_hidden(it->path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_case_file(it->path()) && !is_hidden(it->path()))
      here.push_back(it->path().generic_string());
  }
  std::sort(here.begin(), here.end());
  found.insert(found.end(), here.begin(), here.end());
}

std::string read_limited(std::istream& in, std::size_t limit) {
  std::string bytes;
  char buffer[65536];
  while (in && bytes.size() <= limit) {
    in.read(buffer, sizeof buffer);
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  return bytes;
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

std::vector<std::string> collect_case_files(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-") files.push_back(path);
    else if (fs::is_directory(path, ec)) search_directory(path, files);
    else if (fs::exists(path, ec)) files.push_back(path);
    else throw RunError(text("cli.no-such-path", {{"path", path}}));
  }
  return files;
}

FileResult check_path(const std::string& path, const Rules& rules, const CheckOptions& options) {
  std::string bytes;
  if (path == "-") {
    bytes = read_limited(std::cin, options.max_size);
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw RunError(text("cli.cannot-read", {{"path", path}}));
    std::error_code ec;
    auto size = fs::file_size(path, ec);
    // Too large: say so without reading it all.
    if (!ec && size > options.max_size) return too_large(path, size, options);
    bytes = read_limited(in, options.max_size);
    if (in.bad()) throw RunError(text("cli.cannot-read", {{"path", path}}));
  }
  return check_bytes(path, bytes, rules, options);
}

std::vector<FileResult> check_paths(const std::vector<std::string>& files, const Rules& rules,
                                    const CheckOptions& options, unsigned jobs) {
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
  for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
  return results;
}

}  // namespace iipcase
