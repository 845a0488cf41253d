// The text report: a header per file, each finding with its source line and a caret, a summary.
#include <fmt/format.h>

#include "iipcase/report.h"
#include "source/escape.h"
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

// Text from the file, shown: controls escaped, so it can neither act on a terminal nor break a line.
std::string or_unknown(const std::string& s) { return s.empty() ? "?" : escape_controls(s); }

template <typename T>
std::string shown(const std::vector<T>& list, const std::string& id, Lang lang) {
  for (const T& item : list)
    if (item.id == id) return escape_controls(item.shown(lang));
  return or_unknown(id);
}

void write_header(std::ostream& out, const FileResult& file, const Rules& rules, const ReportOptions& o,
                  const Style& style) {
  const CaseFacts& f = file.facts;
  std::string mode = shown(rules.modes, f.mode, o.lang);
  std::string type = shown(rules.applicant_types, f.applicant_type, o.lang);
  out << style.paint(escape_path(file.path), "1");
  // Nothing could be read (a file that did not parse): the path alone.
  if (f.title.empty() && f.mode.empty() && f.applicant.empty() && f.recommender.empty()) {
    out << '\n';
    return;
  }
  if (o.lang == Lang::zh)
    out << fmt::format(" —《{}》，{}\n  申报单位：{}（{}）；推荐单位：{}\n", or_unknown(f.title), mode,
                       or_unknown(f.applicant), type, or_unknown(f.recommender));
  else
    out << fmt::format(" — \"{}\", {}\n  applicant: {} ({}); recommender: {}\n", or_unknown(f.title), mode,
                       or_unknown(f.applicant), type, or_unknown(f.recommender));
}

// The first `count` code points of s.
std::string_view prefix(std::string_view s, int count) {
  std::size_t i = 0;
  for (int n = 0; i < s.size() && n < count; ++n)
    for (++i; i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;) ++i;
  return s.substr(0, i);
}

// Spaces as wide as the text before the column, then carets under the finding, both measured on
// the line as shown (escaped), so they line up with it.
std::string caret_line(std::string_view line, const Diagnostic& d) {
  std::string_view before = prefix(line, d.position.column - 1);
  std::string_view rest = line.substr(before.size());
  int pad = display_width(escape_controls(before));
  int width = display_width(escape_controls(prefix(rest, d.length > 0 ? d.length : 1)));
  return std::string(static_cast<std::size_t>(pad), ' ') + std::string(static_cast<std::size_t>(width > 0 ? width : 1), '^');
}

void write_finding(std::ostream& out, const FileResult& file, const Diagnostic& d, const ReportOptions& o,
                   const Style& style) {
  std::string path = escape_path(file.path);
  std::string where = d.position.known() ? fmt::format("{}:{}:{}", path, d.position.line, d.position.column) : path;
  const char* color = severity_color(d.severity);
  out << fmt::format("{}: {}: {}\n", where,
                     style.paint(fmt::format("{}[{}]", severity_name(d.severity), d.code), color),
                     escape_controls(d.message.in(o.lang)));
  std::size_t gutter = std::max<std::size_t>(4, std::to_string(d.position.line).size());
  if (d.position.known() && !d.source_line.empty()) {
    out << fmt::format("{:>{}} | {}\n", d.position.line, gutter, escape_controls(d.source_line));
    out << fmt::format("{:>{}} | {}\n", "", gutter, style.paint(caret_line(d.source_line, d), color));
  }
  if (!d.hint.in(o.lang).empty())
    out << fmt::format("{:>{}} = {}{}\n", "", gutter, o.lang == Lang::zh ? "提示：" : "hint: ",
                       style.paint(escape_controls(d.hint.in(o.lang)), "36"));
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
