// An explanation laid out for a terminal, in one language; and the list of codes.
#include <fmt/format.h>

#include <algorithm>

#include "authoring/explanation_data.h"
#include "authoring/field_notes.h"
#include "iipcase/authoring.h"

namespace iipcase {
namespace {

constexpr int k_width = 78;

// Labels, Chinese beside English.
struct Labels {
  Text severity_error{"错误", "error"};
  Text severity_warning{"警告", "warning"};
  Text meaning{"含义", "What it means"};
  Text why{"原因", "Why"};
  Text notice{"通知原文", "The notice"};
  Text fix{"修改方法", "How to fix it"};
  Text wrong{"错误写法", "Wrong"};
  Text right{"正确写法", "Right"};
};

void paragraph(std::string& out, const std::string& text, const std::string& indent) {
  for (const std::string& line : authoring::wrap(text, k_width - static_cast<int>(indent.size())))
    out += line.empty() ? "\n" : indent + line + "\n";
}

void snippet(std::string& out, const std::string& code) {
  std::size_t start = 0;
  while (start < code.size()) {
    std::size_t end = code.find('\n', start);
    if (end == std::string::npos) end = code.size();
    out += "    " + code.substr(start, end - start) + "\n";
    start = end + 1;
  }
}

std::string heading(const Text& label, Lang lang) {
  return label.in(lang) + (lang == Lang::zh ? "：\n" : ":\n");
}

}  // namespace

std::string explanation_text(const Explanation& e, Lang lang) {
  const Labels l;
  const Text& severity = e.severity == Severity::error ? l.severity_error : l.severity_warning;
  std::string out = lang == Lang::zh ? fmt::format("{}（{}）\n", e.code, severity.zh)
                                     : fmt::format("{} ({})\n", e.code, severity.en);
  out += e.summary.in(lang) + (lang == Lang::zh ? "。\n\n" : ".\n\n");
  out += heading(l.meaning, lang);
  paragraph(out, e.meaning.in(lang), "  ");
  out += "\n" + heading(l.why, lang);
  paragraph(out, e.why.in(lang), "  ");
  if (!e.notice.empty()) {
    out += lang == Lang::zh ? fmt::format("  {}（{}）：\n", l.notice.zh, authoring::quoted_notice())
                            : fmt::format("  {} ({}):\n", l.notice.en, authoring::quoted_notice());
    paragraph(out, "“" + e.notice + "”", "    ");
  }
  out += "\n" + heading(l.fix, lang);
  paragraph(out, e.fix.in(lang), "  ");
  out += "\n" + heading(l.wrong, lang);
  snippet(out, e.wrong);
  out += heading(l.right, lang);
  snippet(out, e.right);
  return out;
}

namespace {

// "code  severity  summary", one line per code, codes padded to one width.
std::string code_lines(const std::vector<const Explanation*>& entries, Lang lang) {
  std::size_t width = 0;
  for (const Explanation* e : entries) width = std::max(width, e->code.size());
  const Labels l;
  std::string out;
  for (const Explanation* e : entries) {
    const Text& severity = e->severity == Severity::error ? l.severity_error : l.severity_warning;
    out += fmt::format("{:<{}}  {:<7}  {}\n", e->code, width, severity.in(lang), e->summary.in(lang));
  }
  out += lang == Lang::zh ? "\n详细说明：iipcase explain 代码\n" : "\nDetails: iipcase explain CODE\n";
  return out;
}

}  // namespace

std::string code_list_text(Lang lang) {
  std::vector<const Explanation*> all;
  for (const Explanation& e : explanations()) all.push_back(&e);
  return code_lines(all, lang);
}

std::string mentions_text(std::string_view word, const std::vector<const Explanation*>& found, Lang lang) {
  std::string head = lang == Lang::zh ? fmt::format("说明中提到“{}”的代码：\n\n", word)
                                      : fmt::format("Codes whose explanation mentions \"{}\":\n\n", word);
  return head + code_lines(found, lang);
}

}  // namespace iipcase
