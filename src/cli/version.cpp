// What `iipcase --version` says: the program's version, the embedded rules and the commit.
#include <cstdint>

#include <fmt/format.h>

#include "cli/commands.h"
#include "iipcase/report.h"
#include "iipcase/rules.h"

namespace iipcase::detail {
extern const char k_commit[];  // build_info.cpp, written by cmake/build_info.cmake
}

namespace iipcase::cli {

std::string version_text() {
  // A digest of the embedded rules data (FNV-1a), so two builds with different data differ.
  std::uint32_t digest = 2166136261u;
  for (unsigned char c : embedded_rules_text()) digest = (digest ^ c) * 16777619u;
  return fmt::format("iipcase {}\nrules {} (data {:08x})\ncommit {}", k_version, embedded_rules().id, digest,
                     detail::k_commit);
}

}  // namespace iipcase::cli
