// The Markdown report, for a pull-request comment: totals, then a table per file with findings.
#include <fmt/format.h>

#include "iipcase/report.h"
#include "report/markdown_text.h"

namespace iipcase {
namespace {

struct Words {
  const char* heading;
  const char* totals_header;
  const char* findings_header;
  const char* hint;
  const char* clean_file;   // one file
  const char* clean_files;  // {} files
  const char* case_line;    // {title} {applicant} {recommender}
};

const Words k_zh{"## iipcase 检查结果",
                 "| 文件 | 通过 | 未通过 | 错误 | 警告 |\n|--:|--:|--:|--:|--:|",
                 "| 位置 | 级别 | 代码 | 说明 |\n|---|---|---|---|",
                 "提示：",
                 "1 个文件没有问题",
                 "{} 个文件没有问题",
                 "《{}》 — 申报单位：{}；推荐单位：{}"};
const Words k_en{"## iipcase check",
                 "| Files | Valid | Invalid | Errors | Warnings |\n|--:|--:|--:|--:|--:|",
                 "| Where | Severity | Code | Message |\n|---|---|---|---|",
                 "hint: ",
                 "1 file without findings",
                 "{} files without findings",
                 "“{}” — applicant: {}; recommender: {}"};

std::string severity_word(Severity s, Lang lang) {
  if (lang == Lang::zh) return s == Severity::error ? "错误" : "警告";
  return std::string(severity_name(s));
}

void write_file(std::ostream& out, const FileResult& file, const ReportOptions& o, const Words& w) {
  const char* mark = file.valid(o.strict) ? "⚠️" : "❌";
  out << fmt::format("\n### {} {}\n\n", mark, markdown_cell(file.path));
  const CaseFacts& f = file.facts;
  if (!f.title.empty() || !f.applicant.empty() || !f.recommender.empty())
    out << fmt::format(fmt::runtime(w.case_line), markdown_cell_or_dash(f.title),
                       markdown_cell_or_dash(f.applicant), markdown_cell_or_dash(f.recommender))
        << "\n\n";
  out << w.findings_header << '\n';
  for (const Diagnostic& d : file.diagnostics) {
    std::string where = d.position.known() ? fmt::format("{}:{}", d.position.line, d.position.column) : "—";
    std::string message = markdown_cell(d.message.in(o.lang));
    if (!d.hint.in(o.lang).empty())
      message += "<br>" + std::string(w.hint) + markdown_cell(d.hint.in(o.lang));
    out << fmt::format("| {} | {} | `{}` | {} |\n", where, severity_word(d.severity, o.lang), d.code,
                       message);
  }
}

std::string verdict_line(const Totals& t, Lang lang) {
  if (t.invalid == 0) return lang == Lang::zh ? "✅ **全部通过**" : "✅ **All files valid**";
  if (lang == Lang::zh) return fmt::format("❌ **{} 个文件中 {} 个未通过**", t.files, t.invalid);
  return fmt::format("❌ **{} of {} file{} invalid**", t.invalid, t.files, t.files == 1 ? "" : "s");
}

}  // namespace

void write_markdown(std::ostream& out, const std::vector<FileResult>& files, const Rules&,
                    const ReportOptions& options) {
  const Words& w = options.lang == Lang::zh ? k_zh : k_en;
  Totals t = totals_of(files, options.strict);
  out << w.heading << "\n\n"
      << verdict_line(t, options.lang) << "\n\n"
      << w.totals_header << '\n'
      << fmt::format("| {} | {} | {} | {} | {} |\n", t.files, t.valid, t.invalid, t.errors, t.warnings);
  std::vector<const FileResult*> clean;
  for (const FileResult& file : files) {
    if (file.diagnostics.empty())
      clean.push_back(&file);
    else
      write_file(out, file, options, w);
  }
  if (clean.empty()) return;
  // A long list of files without findings would bury the ones that matter: fold it away.
  std::string count =
      clean.size() == 1 ? w.clean_file : fmt::format(fmt::runtime(w.clean_files), clean.size());
  out << "\n<details><summary>✅ " << count << "</summary>\n\n";
  for (const FileResult* file : clean) out << "- " << markdown_cell(file->path) << '\n';
  out << "\n</details>\n";
}

}  // namespace iipcase
