// The recommender's summary table (推荐汇总表) as Markdown, CSV (for Excel) or JSON.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "iipcase/report.h"
#include "report/markdown_text.h"
#include "report/summary_table.h"
#include "report/wording.h"
#include "source/escape.h"

namespace iipcase {
namespace {

using Json = nlohmann::ordered_json;

// One case's row: what the table shows of it, in the report's language.
struct Row {
  std::string rank, title, applicant, applicant_type, mode, verdict, path;
  bool valid = false;
  std::size_t errors = 0, warnings = 0;
};

template <typename T>
std::string shown(const std::vector<T>& list, const std::string& id, Lang lang) {
  const T* item = id.empty() ? nullptr : find_named(list, id);
  return item ? item->shown(lang) : std::string();
}

Row row_of(const FileResult& file, const Rules& rules, const ReportOptions& o) {
  Row r;
  const CaseFacts& f = file.facts;
  r.rank = f.rank ? std::to_string(*f.rank) : std::string();
  r.title = f.title;
  r.applicant = f.applicant;
  r.applicant_type = shown(rules.applicant_types, f.applicant_type, o.lang);
  r.mode = shown(rules.modes, f.mode, o.lang);
  r.valid = file.valid(o.strict);
  r.errors = file.count(Severity::error);
  r.warnings = file.count(Severity::warning);
  r.verdict = verdict_text(r.valid, o.lang);
  if (r.errors + r.warnings > 0)
    r.verdict += fmt::format(fmt::runtime(o.lang == Lang::zh ? "（{}）" : " ({})"),
                             counts_text(r.errors, r.warnings, o.lang));
  r.path = file.path;
  return r;
}

std::string kind_shown(const RecommenderGroup& g, Lang lang) { return g.known() ? g.kind->shown(lang) : ""; }

std::string region_shown(const RecommenderGroup& g, const Rules& rules, Lang lang) {
  if (!g.known() || g.region.empty()) return {};
  std::string r = shown(rules.regions, g.region, lang);
  return r.empty() ? shown(rules.planned_cities, g.region, lang) : r;
}

// ---- Markdown ----

void write_markdown_summary(std::ostream& out, const std::vector<RecommenderGroup>& groups, const Totals& t,
                            const Rules& rules, const ReportOptions& o) {
  bool zh = o.lang == Lang::zh;
  std::size_t known = 0;
  for (const RecommenderGroup& g : groups) known += g.known();
  if (zh)
    out << fmt::format("# 推荐汇总表\n\n规则 {}：{} 个推荐单位，{} 个案例（{} 个通过，{} 个未通过）。\n",
                       rules.id, known, t.files, t.valid, t.invalid);
  else
    out << fmt::format(
        "# Summary table of recommended cases (推荐汇总表)\n\nRules {}: {} recommender{}, {} case{} "
        "({} valid, {} invalid).\n",
        rules.id, known, known == 1 ? "" : "s", t.files, t.files == 1 ? "" : "s", t.valid, t.invalid);
  for (const RecommenderGroup& g : groups) {
    if (!g.known()) {
      out << (zh ? "\n## 推荐单位不明\n\n这些文件的推荐单位类别或地区无法确定，不计入任何名额。\n"
                 : "\n## Recommender unknown\n\nThe recommender kind or region of these files "
                   "cannot be told; they count against no quota.\n");
    } else {
      std::string where = kind_shown(g, o.lang);
      if (std::string region = region_shown(g, rules, o.lang); !region.empty())
        where += (zh ? "，" : ", ") + region;
      out << fmt::format(fmt::runtime(zh ? "\n## {}（{}）\n\n" : "\n## {} ({})\n\n"),
                         markdown_cell(g.name.in(o.lang)), where);
      std::string over = g.over_quota() ? (zh ? " ⚠️ 超出名额" : " ⚠️ over the quota") : "";
      out << fmt::format(fmt::runtime(zh ? "名额：已用 {} 个，上限 {} 个{}\n" : "Quota: {} used of {}{}\n"),
                         g.cases.size(), g.quota, over);
    }
    out << (zh ? "\n| 排序 | 案例名称 | 申报单位 | 申报主体类型 | 应用模式 | 检查结论 | 文件 |\n"
               : "\n| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |\n")
        << "|--:|---|---|---|---|---|---|\n";
    for (const FileResult* file : g.cases) {
      Row r = row_of(*file, rules, o);
      auto cell = [](const std::string& s) { return markdown_cell_or_dash(s); };
      out << fmt::format("| {} | {} | {} | {} | {} | {} {} | {} |\n", cell(r.rank), cell(r.title),
                         cell(r.applicant), cell(r.applicant_type), cell(r.mode), r.valid ? "✅" : "❌",
                         r.verdict, markdown_cell(r.path));
    }
  }
}

// ---- CSV (RFC 4180, for Excel) ----

// A text cell, controls escaped (\n, \x1b): quoted when it holds a comma or quote. One that
// starts like a formula (= + - @) is prefixed with ' so that a spreadsheet shows it instead of
// evaluating it.
std::string csv_text(std::string_view s) {
  std::string v = escape_controls(s);  // one record per line, and nothing that acts on a terminal
  if (!v.empty() && std::string_view("=+-@\t\r").find(v.front()) != std::string_view::npos) v.insert(0, "'");
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string quoted = "\"";
  for (char c : v) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + '"';
}

void write_csv_summary(std::ostream& out, const std::vector<RecommenderGroup>& groups, const Rules& rules,
                       const ReportOptions& o) {
  // Excel takes a CSV file without a byte-order mark for the local code page (GBK in China).
  out << "\xEF\xBB\xBF";
  out << (o.lang == Lang::zh
              ? "推荐单位,推荐单位类别,地区,已用名额,名额,排序,案例名称,申报单位,申报主体类型,"
                "应用模式,检查结论,错误,警告,文件\r\n"
              : "recommender,kind,region,quota used,quota,rank,title,applicant,applicant type,mode,"
                "verdict,errors,warnings,file\r\n");
  for (const RecommenderGroup& g : groups) {
    std::string group = fmt::format("{},{},{},{},{}", csv_text(g.known() ? g.name.in(o.lang) : ""),
                                    csv_text(kind_shown(g, o.lang)), csv_text(region_shown(g, rules, o.lang)),
                                    g.cases.size(), g.known() ? std::to_string(g.quota) : "");
    for (const FileResult* file : g.cases) {
      Row r = row_of(*file, rules, o);
      out << fmt::format("{},{},{},{},{},{},{},{},{},{}\r\n", group, r.rank, csv_text(r.title),
                         csv_text(r.applicant), csv_text(r.applicant_type), csv_text(r.mode),
                         csv_text(verdict_text(r.valid, o.lang)), r.errors, r.warnings, csv_text(r.path));
    }
  }
}

// ---- JSON ----

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(valid_utf8(s)); }

void write_json_summary(std::ostream& out, const std::vector<RecommenderGroup>& groups, const Totals& t,
                        const Rules& rules, const ReportOptions& o) {
  Json list = Json::array();
  std::size_t known = 0;
  for (const RecommenderGroup& g : groups) {
    known += g.known();
    Json cases = Json::array();
    for (const FileResult* file : g.cases) {
      const CaseFacts& f = file->facts;
      cases.push_back(Json{{"rank", f.rank ? Json(*f.rank) : Json(nullptr)},
                           {"title", or_null(f.title)},
                           {"applicant", or_null(f.applicant)},
                           {"applicant_type", or_null(f.applicant_type)},
                           {"mode", or_null(f.mode)},
                           {"valid", file->valid(o.strict)},
                           {"errors", file->count(Severity::error)},
                           {"warnings", file->count(Severity::warning)},
                           {"path", valid_utf8(file->path)}});
    }
    list.push_back(
        Json{{"name", g.known() ? or_null(g.name.zh) : Json(nullptr)},
             {"kind", g.known() ? Json(g.kind->id) : Json(nullptr)},
             {"region", g.known() ? or_null(g.region) : Json(nullptr)},
             {"quota", g.known() ? Json{{"used", g.cases.size()}, {"allowed", g.quota}} : Json(nullptr)},
             {"over_quota", g.over_quota()},
             {"cases", std::move(cases)}});
  }
  Json report{
      {"tool", {{"name", "iipcase"}, {"version", k_version}}},
      {"rules", rules.id},
      {"recommenders", std::move(list)},
      {"summary", {{"recommenders", known}, {"cases", t.files}, {"valid", t.valid}, {"invalid", t.invalid}}}};
  out << escape_json_controls(report.dump(2, ' ', false, Json::error_handler_t::replace)) << '\n';
}

}  // namespace

void write_summary(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                   SummaryFormat format, const ReportOptions& options) {
  std::vector<RecommenderGroup> groups = group_by_recommender(files, rules);
  Totals t = totals_of(files, options.strict);
  switch (format) {
    case SummaryFormat::markdown:
      write_markdown_summary(out, groups, t, rules, options);
      break;
    case SummaryFormat::csv:
      write_csv_summary(out, groups, rules, options);
      break;
    case SummaryFormat::json:
      write_json_summary(out, groups, t, rules, options);
      break;
  }
}

}  // namespace iipcase
