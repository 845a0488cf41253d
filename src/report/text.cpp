// The text report: a header per file, each finding with its source line and a caret, a summary.
#include <fmt/format.h>

#include "iipcase/report.h"
#include "source/printable.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

struct Style {
  bool on;
  std::string paint(std::string_view s, const char* code) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : std::string(s);
  }
};

const char* severity_color(Severity s) { return s == Severity::error ? "1;31" : "1;33"; }

std::string or_unknown(const std::string& s) { return s.empty() ? "?" : s; }

template <typename T>
std::string shown(const std::vector<T>& list, const std::string& id, Lang lang) {
  for (const T& item : list)
    if (item.id == id) return item.shown(lang);
  return or_unknown(id);
}

void write_header(std::ostream& out, const FileResult& file, const Rules& rules, const ReportOptions& o,
                  const Style& style) {
  const CaseFacts& f = file.facts;
  std::string mode = shown(rules.modes, f.mode, o.lang);
  std::string type = shown(rules.applicant_types, f.applicant_type, o.lang);
  out << style.paint(file.path, "1");
  // Nothing could be read (a file that did not parse): the path alone.
  if (f.title.empty() && f.mode.empty() && f.applicant.empty() && f.recommender.empty()) {
    out << '\n';
    return;
  }
  if (o.lang == Lang::zh)
    out << fmt::format(" —《{}》，{}\n  申报单位：{}（{}）；推荐单位：{}\n", or_unknown(printable(f.title)), mode,
                       or_unknown(printable(f.applicant)), type, or_unknown(printable(f.recommender)));
  else
    out << fmt::format(" — \"{}\", {}\n  applicant: {} ({}); recommender: {}\n", or_unknown(printable(f.title)), mode,
                       or_unknown(printable(f.applicant)), type, or_unknown(printable(f.recommender)));
}

// The first `count` code points of s.
std::string_view prefix(std::string_view s, int count) {
  std::size_t i = 0;
  for (int n = 0; i < s.size() && n < count; ++n)
    for (++i; i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;) ++i;
  return s.substr(0, i);
}

// Spaces as wide as the text before the column (tabs kept, so the caret lines up with them).
std::string caret_line(std::string_view line, const Diagnostic& d) {
  std::string_view before = prefix(line, d.position.column - 1);
  std::string pad;
  for (std::size_t i = 0; i < before.size();) {
    std::size_t next = i + 1;
    while (next < before.size() && (static_cast<unsigned char>(before[next]) & 0xC0) == 0x80) ++next;
    std::string_view ch = before.substr(i, next - i);
    pad += ch == "\t" ? std::string("\t") : std::string(static_cast<std::size_t>(display_width(ch)), ' ');
    i = next;
  }
  std::string_view rest = line.substr(before.size());
  int width = display_width(prefix(rest, d.length > 0 ? d.length : 1));
  return pad + std::string(static_cast<std::size_t>(width > 0 ? width : 1), '^');
}

// The source line as shown: a control character (other than a tab) becomes its picture
// (U+2400 + code, U+2421 for DEL) and a bidirectional control is left out, so that neither
// acts on the terminal; both keep the width the caret line counts with.
std::string shown_line(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const auto c = static_cast<unsigned char>(line[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7F) {
      const char32_t picture = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (picture >> 12));
      out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (picture & 0x3F));
    } else if (c == 0xE2 && i + 2 < line.size() &&
               ((line[i + 1] == '\x80' && static_cast<unsigned char>(line[i + 2]) >= 0xAA &&
                 static_cast<unsigned char>(line[i + 2]) <= 0xAE) ||
                (line[i + 1] == '\x81' && static_cast<unsigned char>(line[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(line[i + 2]) <= 0xA9))) {
      i += 2;  // U+202A-U+202E, U+2066-U+2069
    } else {
      out += line[i];
    }
  }
  return out;
}

void write_finding(std::ostream& out, const FileResult& file, const Diagnostic& d, const ReportOptions& o,
                   const Style& style) {
  std::string where = d.position.known() ? fmt::format("{}:{}:{}", file.path, d.position.line, d.position.column)
                                         : file.path;
  const char* color = severity_color(d.severity);
  out << fmt::format("{}: {}: {}\n", where,
                     style.paint(fmt::format("{}[{}]", severity_name(d.severity), d.code), color),
                     d.message.in(o.lang));
  std::size_t gutter = std::max<std::size_t>(4, std::to_string(d.position.line).size());
  if (d.position.known() && !d.source_line.empty()) {
    out << fmt::format("{:>{}} | {}\n", d.position.line, gutter, shown_line(d.source_line));
    out << fmt::format("{:>{}} | {}\n", "", gutter, style.paint(caret_line(d.source_line, d), color));
  }
  if (!d.hint.in(o.lang).empty())
    out << fmt::format("{:>{}} = {}{}\n", "", gutter, o.lang == Lang::zh ? "提示：" : "hint: ",
                       style.paint(d.hint.in(o.lang), "36"));
}

}  // namespace

void write_text(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                const ReportOptions& options) {
  Style style{options.color};
  for (const FileResult& file : files) {
    if (options.quiet && file.diagnostics.empty()) continue;
    write_header(out, file, rules, options, style);
    if (file.diagnostics.empty())
      out << "  " << style.paint(options.lang == Lang::zh ? "✓ 通过" : "✓ valid", "32") << '\n';
    for (const Diagnostic& d : file.diagnostics) write_finding(out, file, d, options, style);
    out << '\n';
  }
  // One pointer to the explanations, with a code from this very report as the example.
  for (const FileResult& file : files)
    if (!file.diagnostics.empty()) {
      const std::string& code = file.diagnostics.front().code;
      out << (options.lang == Lang::zh ? "查看某个代码的说明：iipcase explain " : "What a code means: iipcase explain ")
          << code << "\n";
      break;
    }
  Totals t = totals_of(files, options.strict);
  if (options.lang == Lang::zh)
    out << fmt::format("共检查 {} 个文件：{} 个通过，{} 个未通过；{} 个错误，{} 个警告\n", t.files, t.valid,
                       t.invalid, t.errors, t.warnings);
  else
    out << fmt::format("{} file{} checked: {} valid, {} invalid; {} error{}, {} warning{}\n", t.files,
                       t.files == 1 ? "" : "s", t.valid, t.invalid, t.errors, t.errors == 1 ? "" : "s",
                       t.warnings, t.warnings == 1 ? "" : "s");
}

}  // namespace iipcase
