// Words the report formats share: counts of findings and a file's verdict, in either language.
#pragma once

#include <cstddef>
#include <string>

#include <fmt/format.h>

#include "iipcase/check.h"
#include "iipcase/diagnostic.h"
#include "source/escape.h"

namespace iipcase {

// "2 errors, 1 warning" / "2 个错误，1 个警告".
inline std::string counts_text(std::size_t errors, std::size_t warnings, Lang lang) {
  if (lang == Lang::zh) return fmt::format("{} 个错误，{} 个警告", errors, warnings);
  return fmt::format("{} error{}, {} warning{}", errors, errors == 1 ? "" : "s", warnings,
                     warnings == 1 ? "" : "s");
}

// "valid" / "通过", "invalid" / "未通过".
inline std::string verdict_text(bool valid, Lang lang) {
  if (lang == Lang::zh) return valid ? "通过" : "未通过";
  return valid ? "valid" : "invalid";
}

// "path:line:column: severity[code]: message", as the text report starts a finding.
// The path is shown as at the start of a line (escape_path); the message as it is.
inline std::string finding_line(const FileResult& file, const Diagnostic& d, Lang lang) {
  std::string path = escape_path(file.path);
  std::string where = d.position.known() ? fmt::format("{}:{}:{}", path, d.position.line, d.position.column) : path;
  return fmt::format("{}: {}[{}]: {}", where, severity_name(d.severity), d.code, d.message.in(lang));
}

}  // namespace iipcase
