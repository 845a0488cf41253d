// Paths → case files: files as named, folders searched for *.yaml and *.yml without leaving them.
#include <algorithm>
#include <filesystem>
#include <set>

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

// Whether canonical path `inner` is `outer` or lies under it, compared by whole components
// ("/cases-old" is not under "/cases").
bool lies_inside(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

struct Search {
  fs::path root;  // canonical
  std::vector<std::string> found;
  std::vector<SkippedLink>& skipped;
  std::set<std::string>& reported;

  void skip(const fs::path& link, bool dangling) {
    if (reported.insert(link.generic_string()).second) skipped.push_back({link.generic_string(), dangling});
  }

  // A folder that cannot be listed is kept as a path to check: it becomes file.unreadable.
  void folder(const fs::path& dir) {
    std::error_code ec;
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
      entries.push_back(it->path());
    if (ec) {
      found.push_back(dir.generic_string());
      return;
    }
    std::sort(entries.begin(), entries.end());  // links are said in a stable order
    for (const fs::path& entry : entries) {
      if (is_hidden(entry)) continue;
      fs::file_status status = fs::symlink_status(entry, ec);
      if (ec) {
        if (is_case_file(entry)) found.push_back(entry.generic_string());
        continue;
      }
      if (fs::is_symlink(status)) {
        // Followed only to a file inside the folder searched; a link to a folder is not
        // followed (its files are found under their own path), so a search never loops.
        fs::path target = fs::canonical(entry, ec);
        if (ec) {
          if (is_case_file(entry)) skip(entry, true);
          continue;
        }
        status = fs::status(target, ec);
        if (!lies_inside(target, root)) {
          if (is_case_file(entry) || fs::is_directory(status)) skip(entry, false);
          continue;
        }
        if (fs::is_directory(status)) continue;
      }
      if (fs::is_directory(status))
        folder(entry);
      else if (fs::is_regular_file(status) && is_case_file(entry))
        found.push_back(entry.generic_string());
    }
  }
};

}  // namespace

CaseFiles find_case_files(const std::vector<std::string>& paths) {
  CaseFiles result;
  std::set<std::string> reported;
  for (const std::string& path : paths) {
    if (path == "-") {
      result.files.push_back(path);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found || ec == std::errc::not_a_directory)
      throw RunError(text("cli.no-such-path", {{"path", path}}));
    if (!ec && fs::is_directory(status)) {
      Search search{fs::canonical(path, ec), {}, result.skipped_links, reported};
      if (ec) search.root = fs::absolute(path);
      search.folder(path);
      std::sort(search.found.begin(), search.found.end());
      result.files.insert(result.files.end(), search.found.begin(), search.found.end());
    } else {
      result.files.push_back(path);  // whatever it is: what cannot be read becomes file.unreadable
    }
  }
  // A file named twice (or named and found in its folder) is checked once, where first met:
  // checked twice, it would count twice towards a quota and be its own duplicate.
  std::vector<std::string> once;
  std::set<std::string> seen;
  for (std::string& file : result.files) {
    std::error_code ec;
    // By the path written, made absolute and normal ("./a.yaml" is "a.yaml"); a symbolic link
    // stays a file of its own, as the folder search reports it.
    const fs::path absolute = file == "-" ? fs::path("-") : fs::absolute(file, ec).lexically_normal();
    if (seen.insert(ec ? file : absolute.string()).second) once.push_back(std::move(file));
  }
  result.files = std::move(once);
  return result;
}

std::vector<std::string> collect_case_files(const std::vector<std::string>& paths) {
  return find_case_files(paths).files;
}

}  // namespace iipcase
