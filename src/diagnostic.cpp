// The list of diagnostic codes and small helpers on diagnostics.
#include "iipcase/diagnostic.h"

#include <algorithm>

#include "iipcase/check.h"

namespace iipcase {

std::string_view severity_name(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

const std::vector<std::string_view>& all_codes() {
  static const std::vector<std::string_view> codes = {
      "file.too-large",        "file.encoding",          "file.binary",
      "yaml.syntax",           "yaml.too-deep",          "yaml.duplicate-key",
      "yaml.alias",            "yaml.multi-document",    "yaml.not-mapping",
      "schema.missing",        "schema.unsupported",     "field.required",
      "field.type",            "field.unknown",          "field.too-short",
      "field.too-long",        "field.format",           "mode.unknown",
      "applicant-type.unknown", "region.unknown",        "recommender.kind-unknown",
      "industry.unknown",      "scenario.missing",       "scenario.other-mode",
      "scenario.unknown",      "credit-code.format",     "credit-code.checksum",
      "region.mismatch",       "metrics.missing",        "metrics.invalid",
      "metrics.implausible",   "content.unsupported-claim", "batch.quota-exceeded",
      "batch.duplicate-case",  "batch.rank-conflict",    "recommender.name-mismatch",
      "recommender.rank-out-of-range", "partners.duplicate",
  };
  return codes;
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
