// Unit tests of the recommender's summary table (推荐汇总表): grouping, order, and its three formats.
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "report_fixture.h"

using namespace iipcase;
using namespace iipcase::test;

namespace {

FileResult case_of(std::string path, std::string kind, std::string region, std::string recommender,
                   std::optional<long long> rank, std::string title) {
  FileResult f;
  f.path = std::move(path);
  f.facts.recommender_kind = std::move(kind);
  f.facts.recommender_region = std::move(region);
  f.facts.recommender = std::move(recommender);
  f.facts.rank = rank;
  f.facts.title = std::move(title);
  f.facts.applicant = "某某有限公司";
  f.facts.applicant_type = "manufacturer";
  f.facts.mode = "smart-manufacturing";
  return f;
}

std::vector<FileResult> summary_fixture() {
  std::vector<FileResult> files;
  files.push_back(case_of("cases/a.yaml", "", "", "", 1, "推荐单位不明的案例"));
  files.push_back(case_of("cases/cec.yaml", "central-enterprise", "", "中国电子信息产业集团有限公司",
                          std::nullopt, "央企案例"));
  files.push_back(case_of("cases/nb.yaml", "planned-city", "ningbo", "宁波市经济和信息化局", 1, "宁波案例"));
  files.back().diagnostics.push_back(finding("mode.unknown", Severity::error, {3, 7}, 0, {"错", "wrong"}));
  files.push_back(
      case_of("cases/zj1.yaml", "province", "zhejiang", "浙江省经济和信息化厅", 2, "注塑车间, \"智能\"改造"));
  files.push_back(
      case_of("cases/zj2.yaml", "province", "zhejiang", "浙江省经信厅", 1, "=HYPERLINK(\"x\")|案例"));
  files.back().facts.applicant_type = "it-company";
  files.back().facts.mode = "";
  files.back().diagnostics.push_back(
      finding("field.too-short", Severity::warning, {9, 3}, 0, {"短", "short"}));
  files.push_back(case_of("cases/js.yaml", "province", "jiangsu", "江苏省工业和信息化厅", 1, "江苏案例"));
  return files;
}

std::string summary(SummaryFormat format, Lang lang,
                    const std::vector<FileResult>& files = summary_fixture()) {
  ReportOptions options;
  options.lang = lang;
  std::ostringstream out;
  write_summary(out, files, embedded_rules(), format, options);
  return out.str();
}

}  // namespace

TEST_CASE("summary: Markdown, a table per recommender in the order of the rules data", "[report][summary]") {
  CHECK(summary(SummaryFormat::markdown, Lang::en) == R"(# Summary table of recommended cases (推荐汇总表)

Rules iip-case/2021: 4 recommenders, 6 cases (5 valid, 1 invalid).

## 江苏省工业和信息化厅 (Provincial authority, Jiangsu)

Quota: 1 used of 10

| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |
|--:|---|---|---|---|---|---|
| 1 | 江苏案例 | 某某有限公司 | Manufacturer | Intelligent manufacturing | ✅ valid | cases/js.yaml |

## 浙江省经济和信息化厅 (Provincial authority, Zhejiang)

Quota: 2 used of 10

| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |
|--:|---|---|---|---|---|---|
| 1 | =HYPERLINK("x")\|案例 | 某某有限公司 | Information technology company | — | ✅ valid (0 errors, 1 warning) | cases/zj2.yaml |
| 2 | 注塑车间, "智能"改造 | 某某有限公司 | Manufacturer | Intelligent manufacturing | ✅ valid | cases/zj1.yaml |

## 宁波市经济和信息化局 (Planned city, Ningbo)

Quota: 1 used of 5

| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |
|--:|---|---|---|---|---|---|
| 1 | 宁波案例 | 某某有限公司 | Manufacturer | Intelligent manufacturing | ❌ invalid (1 error, 0 warnings) | cases/nb.yaml |

## 中国电子信息产业集团有限公司 (Central enterprise)

Quota: 1 used of 3

| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |
|--:|---|---|---|---|---|---|
| — | 央企案例 | 某某有限公司 | Manufacturer | Intelligent manufacturing | ✅ valid | cases/cec.yaml |

## Recommender unknown

The recommender kind or region of these files cannot be told; they count against no quota.

| Rank | Title | Applicant | Applicant type | Mode | Verdict | File |
|--:|---|---|---|---|---|---|
| 1 | 推荐单位不明的案例 | 某某有限公司 | Manufacturer | Intelligent manufacturing | ✅ valid | cases/a.yaml |
)");
}

TEST_CASE("summary: Markdown in Chinese shows names, not ids", "[report][summary]") {
  std::string out = summary(SummaryFormat::markdown, Lang::zh);
  CHECK(out.rfind("# 推荐汇总表\n\n规则 iip-case/2021：4 个推荐单位，6 个案例（5 个通过，1 个未通过）。\n",
                  0) == 0);
  CHECK(out.find("\n## 宁波市经济和信息化局（计划单列市，宁波市）\n\n名额：已用 1 个，上限 5 个\n") !=
        std::string::npos);
  CHECK(out.find("| 1 | 宁波案例 | 某某有限公司 | 制造企业 | 智能化制造 | ❌ 未通过（1 个错误，0 个警告） | "
                 "cases/nb.yaml |") != std::string::npos);
  CHECK(out.find("\n## 中国电子信息产业集团有限公司（中央企业）\n") != std::string::npos);
}

TEST_CASE("summary: a recommender over its quota says so", "[report][summary]") {
  std::vector<FileResult> files;
  for (int i = 1; i <= 11; ++i)
    files.push_back(case_of("cases/" + std::to_string(100 + i) + ".yaml", "province", "zhejiang",
                            "浙江省经济和信息化厅", i, "案例" + std::to_string(i)));
  check_batch(files, embedded_rules());
  CHECK(summary(SummaryFormat::markdown, Lang::en, files)
            .find("Quota: 11 used of 10 ⚠️ over the quota\n") != std::string::npos);
  CHECK(summary(SummaryFormat::markdown, Lang::zh, files)
            .find("名额：已用 11 个，上限 10 个 ⚠️ 超出名额\n") != std::string::npos);
  nlohmann::json json = nlohmann::json::parse(summary(SummaryFormat::json, Lang::en, files));
  CHECK(json["recommenders"][0]["over_quota"] == true);
  CHECK(json["recommenders"][0]["cases"][10]["valid"] == false);  // the quota finding is an error
}

TEST_CASE("summary: CSV for Excel, with a byte-order mark, CRLF and RFC 4180 quoting", "[report][summary]") {
  CHECK(
      summary(SummaryFormat::csv, Lang::en) ==
      "\xEF\xBB\xBF"
      "recommender,kind,region,quota used,quota,rank,title,applicant,applicant "
      "type,mode,verdict,errors,warnings,file\r\n"
      "江苏省工业和信息化厅,Provincial authority,Jiangsu,1,10,1,江苏案例,某某有限公司,Manufacturer,Intelligent manufacturing,"
      "valid,0,0,"
      "cases/js.yaml\r\n"
      "浙江省经济和信息化厅,Provincial authority,Zhejiang,2,10,1,\"'=HYPERLINK(\"\"x\"\")|案例\",某某有限公司,Information technology company,"
      ",valid,0,1,"
      "cases/zj2.yaml\r\n"
      "浙江省经济和信息化厅,Provincial authority,Zhejiang,2,10,2,\"注塑车间, "
      "\"\"智能\"\"改造\",某某有限公司,Manufacturer,"
      "Intelligent manufacturing,valid,0,0,cases/zj1.yaml\r\n"
      "宁波市经济和信息化局,Planned city,Ningbo,1,5,1,宁波案例,某某有限公司,Manufacturer,Intelligent manufacturing,"
      "invalid,1,0,"
      "cases/nb.yaml\r\n"
      "中国电子信息产业集团有限公司,Central enterprise,,1,3,,央企案例,某某有限公司,Manufacturer,Intelligent "
      "manufacturing,valid,0,"
      "0,cases/cec.yaml\r\n"
      ",,,1,,1,推荐单位不明的案例,某某有限公司,Manufacturer,Intelligent manufacturing,valid,0,0,cases/a.yaml\r\n");
  std::string zh = summary(SummaryFormat::csv, Lang::zh);
  CHECK(zh.rfind("\xEF\xBB\xBF推荐单位,推荐单位类别,地区,已用名额,名额,排序,案例名称,申报单位,申报主体类型,"
                 "应用模式,检查结论,错误,"
                 "警告,文件\r\n",
                 0) == 0);
  CHECK(zh.find("\r\n宁波市经济和信息化局,计划单列市,宁波市,1,5,1,宁波案例,某某有限公司,制造企业,智能化制造,"
                "未通过,1,0,") != std::string::npos);
}

TEST_CASE("summary: a line break in a cell is shown as \\n, the row stays one line", "[report][summary]") {
  std::vector<FileResult> files{
      case_of("a.yaml", "province", "zhejiang", "浙江省经济和信息化厅", 1, "第一行\n第二行, \x1b[2J")};
  CHECK(summary(SummaryFormat::csv, Lang::en, files).find(",1,\"第一行\\n第二行, \\x1b[2J\",") != std::string::npos);
  files[0].facts.title = "-5% 能耗";
  CHECK(summary(SummaryFormat::csv, Lang::en, files).find(",1,'-5% 能耗,") != std::string::npos);
}

TEST_CASE("summary: JSON with ids, quotas and each case's verdict", "[report][summary]") {
  nlohmann::json json = nlohmann::json::parse(summary(SummaryFormat::json, Lang::zh));
  CHECK(json["rules"] == "iip-case/2021");
  CHECK(json["summary"] == nlohmann::json{{"recommenders", 4}, {"cases", 6}, {"valid", 5}, {"invalid", 1}});
  REQUIRE(json["recommenders"].size() == 5);
  const nlohmann::json& zhejiang = json["recommenders"][1];
  CHECK(zhejiang["name"] == "浙江省经济和信息化厅");
  CHECK(zhejiang["kind"] == "province");
  CHECK(zhejiang["region"] == "zhejiang");
  CHECK(zhejiang["quota"] == nlohmann::json{{"used", 2}, {"allowed", 10}});
  CHECK(zhejiang["cases"][0]["path"] == "cases/zj2.yaml");
  CHECK(zhejiang["cases"][0]["mode"] == nullptr);
  CHECK(zhejiang["cases"][0]["applicant_type"] == "it-company");
  CHECK(json["recommenders"][3]["region"] == nullptr);
  CHECK(json["recommenders"][3]["cases"][0]["rank"] == nullptr);
  const nlohmann::json& unknown = json["recommenders"][4];
  CHECK(unknown["name"] == nullptr);
  CHECK(unknown["kind"] == nullptr);
  CHECK(unknown["quota"] == nullptr);
  CHECK(unknown["over_quota"] == false);
}
