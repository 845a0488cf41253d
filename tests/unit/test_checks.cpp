// Unit tests of the per-file checks, on small inline case files.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "checks/checks.h"
#include "iipcase/check.h"

using namespace iipcase;

namespace {

// A valid case; tests replace one line of it.
const std::string k_base = R"(schema: iip-case/2021
title: 基于工业互联网平台的注塑车间智能化改造
mode: 智能化制造
scenarios: [设备互联, 实时分析]
industry: C29
applicant:
  name: 杭州某某塑业有限公司
  type: 制造企业
  credit_code: 91330100MA27Y0R128
  region: 浙江省
  contact:
    name: 王工
    phone: 0571-88886666
    email: wang@example.com
recommender:
  kind: province
  region: 浙江
  name: 浙江省经济和信息化厅
  rank: 1
platform:
  name: 某某工业互联网平台
content:
  summary: )" + std::string(110, 'a') + R"(
  background: )" + std::string(160, 'b') + R"(
  solution: )" + std::string(310, 'c') + R"(
  results: )" + std::string(160, 'd') + R"(
  replicability: )" + std::string(110, 'e') + R"(
metrics:
  - name: 生产效率
    unit: 件/小时
    before: 100
    after: 130
)";

std::string with(std::string_view from, std::string_view to) {
  std::string s = k_base;
  auto at = s.find(from);
  REQUIRE(at != std::string::npos);
  s.replace(at, from.size(), to);
  return s;
}

FileResult check(const std::string& yaml) { return check_bytes("case.yaml", yaml, embedded_rules()); }

// "code path line" of every finding, in report order.
std::vector<std::string> findings(const std::string& yaml) {
  std::vector<std::string> out;
  for (const Diagnostic& d : check(yaml).diagnostics)
    out.push_back(d.code + " " + (d.path.empty() ? "-" : d.path) + " " + std::to_string(d.position.line));
  return out;
}

using Findings = std::vector<std::string>;

}  // namespace

TEST_CASE("the base case is valid and its facts are read") {
  FileResult r = check(k_base);
  CHECK(findings(k_base).empty());
  CHECK(r.facts.mode == "smart-manufacturing");
  CHECK(r.facts.applicant_type == "manufacturer");
  CHECK(r.facts.recommender_kind == "province");
  CHECK(r.facts.recommender_region == "zhejiang");
  CHECK(r.facts.rank == 1);
  CHECK(r.facts.title_position.line == 2);
}

TEST_CASE("required fields, kinds and unknown keys") {
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造\n", "")) == Findings{"field.required title 1"});
  CHECK(findings(with("    email: wang@example.com\n", "")) == Findings{"field.required applicant.contact.email 12"});
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造", "title: \"  \"")) ==
        Findings{"field.required title 2"});
  CHECK(findings(with("  rank: 1", "  rank: \"1\"")) == Findings{"field.type recommender.rank 19"});
  CHECK(findings(with("  rank: 1", "  rank: 0")) == Findings{"field.type recommender.rank 19"});
  CHECK(findings(with("  rank: 1", "  rank: [1]")) == Findings{"field.type recommender.rank 19"});
  CHECK(findings(with("    phone: 0571-88886666", "    phone: 13800138000")).empty());
  CHECK(findings(with("    phone: 0571-88886666", "    phone: 12345")) == Findings{"field.format applicant.contact.phone 13"});
  CHECK(findings(with("    email: wang@example.com", "    email: wang.example.com")) ==
        Findings{"field.format applicant.contact.email 14"});
  CHECK(findings(with("industry: C29", "industy: C29")) ==
        Findings{"field.required industry 1", "field.unknown industy 5"});
  CHECK(findings(with("scenarios: [设备互联, 实时分析]", "scenarios: 设备互联")) == Findings{"field.type scenarios 4"});
}

TEST_CASE("unknown keys suggest the nearest known one") {
  FileResult r = check(with("  rank: 1", "  rank: 1\n  rnak: 2"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "field.unknown");
  CHECK(r.diagnostics[0].path == "recommender.rnak");
  CHECK(r.diagnostics[0].hint.en == "did you mean rank?");
}

TEST_CASE("lengths count characters without white space") {
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造", "title: 注塑 车间改")) ==
        Findings{"field.too-short title 2"});
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造", "title: 注塑 车间改造")).empty());
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造", "title: " + std::string(51, 'x'))) ==
        Findings{"field.too-long title 2"});
  CHECK(findings(with("title: 基于工业互联网平台的注塑车间智能化改造", "title: " + std::string(50, 'x'))).empty());
}

TEST_CASE("enumerations accept ids, names and aliases") {
  CHECK(findings(with("mode: 智能化制造", "mode: smart-manufacturing")).empty());
  CHECK(findings(with("  type: 制造企业", "  type: manufacturer")).empty());
  CHECK(findings(with("  region: 浙江省", "  region: 浙江")).empty());
  CHECK(findings(with("industry: C29", "industry: C")).empty());
  CHECK(findings(with("industry: C29", "industry: C12")) == Findings{"industry.unknown industry 5"});
  FileResult r = check(with("mode: 智能化制造", "mode: 智能制造"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "mode.unknown");
  CHECK(r.diagnostics[0].position.column == 7);
  CHECK(r.diagnostics[0].hint.en == "did you mean 智能化制造 (Intelligent manufacturing, smart-manufacturing)?");
  CHECK(findings(with("  type: 制造企业", "  type: 国有企业")) == Findings{"applicant-type.unknown applicant.type 8"});
  CHECK(findings(with("  kind: province", "  kind: ministry")) == Findings{"recommender.kind-unknown recommender.kind 16"});
}

TEST_CASE("recommender regions depend on the kind") {
  CHECK(findings(with("  region: 浙江\n", "")) == Findings{"field.required recommender.region 16"});
  CHECK(findings(with("  kind: province\n  region: 浙江\n", "  kind: central-enterprise\n")).empty());
  CHECK(findings(with("  kind: province\n  region: 浙江", "  kind: planned-city\n  region: 杭州")) ==
        Findings{"region.unknown recommender.region 17"});
}

TEST_CASE("credit codes") {
  CHECK(credit_code_check_character("9144030071526726X") == 'G');
  CHECK(credit_code_check_character("91110000600037341") == 'L');
  CHECK(credit_code_check_character("91350100M000100Y4") == '3');
  CHECK(organization_code_check_character("71526726") == 'X');
  CHECK(organization_code_check_character("M000100Y") == '4');
  CHECK(findings(with("91330100MA27Y0R128", "91330100MA27Y0R127")) ==
        Findings{"credit-code.checksum applicant.credit_code 9"});
  CHECK(findings(with("91330100MA27Y0R128", "91330100MA27Y0R12")) ==
        Findings{"credit-code.format applicant.credit_code 9"});
  CHECK(findings(with("91330100MA27Y0R128", "91330100MA27Y0RI28")) ==
        Findings{"credit-code.format applicant.credit_code 9"});
  // The organisation code's own check character (position 17) is wrong.
  CHECK(findings(with("91330100MA27Y0R128", "91330100MA27Y0R138")) ==
        Findings{"credit-code.format applicant.credit_code 9"});
  FileResult r = check(with("91330100MA27Y0R128", "91330100MA27Y0R127"));
  CHECK(r.diagnostics[0].message.en.find("should be 8") != std::string::npos);
}

TEST_CASE("region cross-checks") {
  CHECK(findings(with("  region: 浙江省", "  region: 江苏省")) ==
        Findings{"region.mismatch applicant.region 10", "region.mismatch recommender.region 17"});
  CHECK(findings(with("  region: 浙江\n", "  region: 江苏\n")) == Findings{"region.mismatch recommender.region 17"});
  // A nationally registered code never mismatches.
  CHECK(findings(with("91330100MA27Y0R128", "12100000400000624D")).empty());
}

TEST_CASE("scenarios against the mode") {
  CHECK(findings(with("[设备互联, 实时分析]", "[设备互联, 远程运维]")) == Findings{"scenario.other-mode scenarios[1] 4"});
  CHECK(findings(with("[设备互联, 实时分析]", "[设备互联, 数字孪生]")) == Findings{"scenario.unknown scenarios[1] 4"});
  CHECK(findings(with("scenarios: [设备互联, 实时分析]\n", "")) == Findings{"scenario.missing scenarios 1"});
  CHECK(findings(with("scenarios: [设备互联, 实时分析]", "scenarios: []")) == Findings{"scenario.missing scenarios 4"});
}

TEST_CASE("metrics") {
  CHECK(findings(with("    after: 130", "    after: 很多")) == Findings{"metrics.invalid metrics[0].after 32"});
  CHECK(findings(with("    after: 130", "    after: .nan")) == Findings{"metrics.invalid metrics[0].after 32"});
  CHECK(findings(with("    after: 130", "    after: [1]")) == Findings{"field.type metrics[0].after 32"});
  CHECK(findings(with("    after: 130", "    after: 100")) == Findings{"metrics.implausible metrics[0].after 32"});
  CHECK(findings(with("    after: 130", "    after: 1100")).empty());
  CHECK(findings(with("    after: 130", "    after: 1101")) == Findings{"metrics.implausible metrics[0].after 32"});
  CHECK(findings(with("    before: 100\n    after: 130", "    before: 0.1\n    after: 1.1")).empty());
  CHECK(findings(with("    before: 100", "    before: 0")).empty());
  std::string no_metrics = k_base.substr(0, k_base.find("metrics:"));
  CHECK(findings(no_metrics) == Findings{"metrics.missing metrics 1"});
  CHECK(findings(no_metrics + "metrics: []\n") == Findings{"metrics.missing metrics 28"});
}

TEST_CASE("absolute claims are located at the phrase") {
  std::string yaml = with("  results: ", "  results: |\n    第一行没有问题。\n    达到国际领先水平，唯一标识解析不是问题。\n    ");
  FileResult r = check(yaml);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "content.unsupported-claim");
  CHECK(r.diagnostics[0].path == "content.results");
  CHECK(r.diagnostics[0].position.line == 28);
  CHECK(r.diagnostics[0].position.column == 7);
  CHECK(findings(with("  results: ", "  results: 每台设备都有唯一标识，")).empty());
}

TEST_CASE("schema versions") {
  CHECK(findings(with("schema: iip-case/2021\n", "")) == Findings{"schema.missing schema 1"});
  CHECK(findings(with("schema: iip-case/2021", "schema: iip-case/2020")) == Findings{"schema.unsupported schema 1"});
}

TEST_CASE("numbers are read locale-free, as YAML writes them") {
  CHECK(parse_number("12.5") == 12.5);
  CHECK(parse_number("-3e2") == -300);
  CHECK(parse_number(".5") == 0.5);
  CHECK(parse_number("0x10") == 16);
  CHECK_FALSE(parse_number("1,5"));
  CHECK_FALSE(parse_number("95%"));
  CHECK_FALSE(parse_number(""));
  CHECK(parse_integer("42") == 42);
  CHECK_FALSE(parse_integer("4.2"));
}

TEST_CASE("a tag other than the core tag of the field's kind is field.type") {
  // A custom tag names a type no case file can hold; without this the value passed silently.
  CHECK(findings(with("title: 基于", "title: !custom 基于")) == Findings{"field.type title 2"});
  CHECK(findings(with("title: 基于", "title: !!binary 基于")) == Findings{"field.type title 2"});
  CHECK(findings(with("platform:\n", "platform: !thing\n")) == Findings{"field.type platform 20"});  // at the tag
  CHECK(findings(with("  rank: 1", "  rank: !!str 1")) == Findings{"field.type recommender.rank 19"});
  CHECK(findings(with("title: 基于", "title: !!str 基于")).empty());
  CHECK(findings(with("platform:\n", "platform: !!map\n")).empty());
  CHECK(findings(with("scenarios: [", "scenarios: !!seq [")).empty());
}
