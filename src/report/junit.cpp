// The JUnit XML report (GitLab, Jenkins): one testsuite, a testcase per file, a failure per invalid file.
#include <fmt/format.h>

#include "iipcase/report.h"
#include "report/wording.h"
#include "source/escape.h"

namespace iipcase {
namespace {

// XML text or a double-quoted attribute value. Characters XML 1.0 cannot hold at all (controls
// other than tab, LF and CR) are shown escaped as \x1b, as are C1 and bidirectional controls
// (\u0085) and bytes that are not UTF-8 (a
// file name may hold them) as \xff; U+FFFE and U+FFFF are left out. In attributes, tab, LF and CR
// are written as references, which a parser would otherwise turn into spaces.
std::string xml_escaped(std::string_view s, bool attribute) {
  return rewrite_utf8(s, [attribute](std::string& out, std::string_view bytes, char32_t cp) {
    if (cp >= 0x80) {
      if (is_wide_control(cp))
        out += escape_controls(bytes);  // C1, bidi: as \u0085
      else if (cp != 0xFFFE && cp != 0xFFFF)
        out += bytes;
      return;
    }
    char c = static_cast<char>(cp);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        if (cp >= 0x20 && cp != 0x7F)
          out += c;
        else
          out += escape_controls(bytes);
    }
  });
}

std::string attr(std::string_view s) { return xml_escaped(s, true); }
std::string text(std::string_view s) { return xml_escaped(s, false); }

// Every finding of a file, as the text report starts them, each with its hint; controls shown
// escaped as there (a CI log that prints this XML gets no line from a file).
std::string findings_of(const FileResult& file, Lang lang) {
  std::string out;
  for (const Diagnostic& d : file.diagnostics) {
    out += escape_controls(finding_line(file, d, lang)) + '\n';
    if (!d.hint.in(lang).empty())
      out += (lang == Lang::zh ? "  提示：" : "  hint: ") + escape_controls(d.hint.in(lang)) + '\n';
  }
  return out;
}

void write_testcase(std::ostream& out, const FileResult& file, const ReportOptions& o) {
  out << fmt::format(R"(    <testcase classname="iipcase" name="{0}" file="{0}")", attr(file.path));
  if (file.diagnostics.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  if (file.valid(o.strict)) {
    // Warnings only: the test passes, and its output still shows them.
    out << "      <system-out>" << text(findings_of(file, o.lang)) << "</system-out>\n";
  } else {
    const Diagnostic& first = file.diagnostics.front();
    std::string_view type = first.code;
    for (const Diagnostic& d : file.diagnostics)
      if (d.severity == Severity::error) {
        type = d.code;
        break;
      }
    out << fmt::format(R"(      <failure type="{}" message="{}">)", attr(type),
                       attr(counts_text(file.count(Severity::error), file.count(Severity::warning), o.lang)))
        << text(findings_of(file, o.lang)) << "</failure>\n";
  }
  out << "    </testcase>\n";
}

}  // namespace

void write_junit(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                 const ReportOptions& options) {
  Totals t = totals_of(files, options.strict);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(R"(<testsuites name="iipcase" tests="{}" failures="{}" errors="0">)", t.files, t.invalid)
      << '\n';
  out << fmt::format(
             R"x(  <testsuite name="iipcase check ({})" tests="{}" failures="{}" errors="0" skipped="0">)x",
             attr(rules.id), t.files, t.invalid)
      << '\n';
  for (const FileResult& file : files) write_testcase(out, file, options);
  out << "  </testsuite>\n</testsuites>\n";
}

}  // namespace iipcase
