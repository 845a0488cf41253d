// The registry of diagnostic codes (generated from schemas/explain.yaml) and small helpers on diagnostics.
#include "iipcase/diagnostic.h"

#include <algorithm>
#include <cstddef>

#include "iipcase/check.h"

namespace iipcase {
namespace detail {
// Generated at build time from schemas/explain.yaml by iipcase_codes_compiler.
extern const CodeInfo k_code_registry[];
extern const std::size_t k_code_registry_size;
}  // namespace detail

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const std::vector<CodeInfo>& code_registry() {
  static const std::vector<CodeInfo> codes(detail::k_code_registry,
                                           detail::k_code_registry + detail::k_code_registry_size);
  return codes;
}

const std::vector<std::string_view>& all_codes() {
  static const std::vector<std::string_view> codes = [] {
    std::vector<std::string_view> names;
    for (const CodeInfo& c : code_registry()) names.push_back(c.code);
    return names;
  }();
  return codes;
}

const CodeInfo* find_code(std::string_view code) {
  const std::vector<CodeInfo>& codes = code_registry();
  auto it = std::find_if(codes.begin(), codes.end(), [&](const CodeInfo& c) { return c.code == code; });
  return it == codes.end() ? nullptr : &*it;
}

void sort_diagnostics(std::vector<Diagnostic>& diagnostics) {
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     if (a.position.line != b.position.line)
                       return a.position.line < b.position.line;
                     return a.position.column < b.position.column;
                   });
}

std::size_t FileResult::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

bool FileResult::valid(bool strict) const {
  return count(Severity::error) == 0 && (!strict || count(Severity::warning) == 0);
}

}  // namespace iipcase
