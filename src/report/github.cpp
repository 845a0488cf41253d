// GitHub Actions annotations: one ::error or ::warning workflow command per finding.
#include <fmt/format.h>

#include "iipcase/report.h"
#include "report/artifact_path.h"
#include "source/escape.h"

namespace iipcase {
namespace {

// GitHub's escaping of workflow commands: in the message, % CR LF; in a property value, also : and ,
// (which would otherwise end the value). Text from files has its controls escaped before (so a
// line break in a value is the two characters \n, and only the hint's own break is %0A).
std::string escaped(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string command_of(const FileResult& file, const Diagnostic& d, Lang lang) {
  std::string properties = "file=" + escaped(escape_controls(relative_path(file.path)), true);
  if (d.position.known()) {
    properties += fmt::format(",line={}", d.position.line);
    if (d.position.column > 0) properties += fmt::format(",col={}", d.position.column);
  }
  properties += ",title=" + escaped(d.code, true);
  std::string message = escape_controls(d.message.in(lang));
  if (!d.hint.in(lang).empty())
    message += (lang == Lang::zh ? "\n提示：" : "\nhint: ") + escape_controls(d.hint.in(lang));
  return fmt::format("::{} {}::{}", severity_name(d.severity), properties, escaped(message, false));
}

}  // namespace

void write_github(std::ostream& out, const std::vector<FileResult>& files, const Rules&,
                  const ReportOptions& options) {
  for (const FileResult& file : files)
    for (const Diagnostic& d : file.diagnostics) out << command_of(file, d, options.lang) << '\n';
}

}  // namespace iipcase
