// How reports for CI name a checked file: the path as given, without a leading "./".
#pragma once

#include <string_view>

namespace iipcase {

// "./cases/a.yaml" → "cases/a.yaml": code scanning and annotations resolve paths from the
// repository root, and a "./" would make the same file look like another one between runs.
inline std::string_view relative_path(std::string_view path) {
  while (path.size() > 2 && path.substr(0, 2) == "./") {
    path.remove_prefix(2);
    while (!path.empty() && path.front() == '/') path.remove_prefix(1);
  }
  return path;
}

}  // namespace iipcase
