// The benchmark's floor: only reads and parses case files with yaml-cpp (YAML::Load), nothing else.
// iipcase parses with the same library, so no check of the same files can be faster than this.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

// Files as given; directories searched for *.yaml / *.yml, sorted, as iipcase does.
std::vector<std::string> collect(int argc, char** argv) {
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (!fs::is_directory(argv[i])) {
      files.emplace_back(argv[i]);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(argv[i])) {
      auto extension = entry.path().extension();
      if (entry.is_regular_file() && (extension == ".yaml" || extension == ".yml"))
        found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

// Counts nodes, so that the parse cannot be optimised away and a reader sees it did happen.
std::size_t count_nodes(const YAML::Node& node) {
  std::size_t count = 1;
  if (node.IsMap()) {
    for (const auto& entry : node) count += count_nodes(entry.second);
  } else if (node.IsSequence()) {
    for (const auto& item : node) count += count_nodes(item);
  }
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: iipcase_floor FILE-OR-DIRECTORY...\n");
    return 2;
  }
  std::size_t files = 0, nodes = 0, failed = 0;
  for (const std::string& path : collect(argc, argv)) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
    in.seekg(0).read(text.data(), static_cast<std::streamsize>(text.size()));
    try {
      nodes += count_nodes(YAML::Load(text));
    } catch (const YAML::Exception&) {
      ++failed;
    }
    ++files;
  }
  std::printf("%zu files, %zu nodes, %zu not parsed\n", files, nodes, failed);
  return failed ? 1 : 0;
}
