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
  CHECK(findings(with("  rank: 1", "  rank: 0")) == Findings{"recommender.rank-out-of-range recommender.rank 19"});
  CHECK(findings(with("  rank: 1", "  rank: 10")).empty());
  CHECK(findings(with("  rank: 1", "  rank: 11")) == Findings{"recommender.rank-out-of-range recommender.rank 19"});
  CHECK(findings(with("  rank: 1", "  rank: 2.5")) == Findings{"field.type recommender.rank 19"});
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
  CHECK(findings(with("  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅",
                      "  kind: central-enterprise\n  name: 中国电子信息产业集团有限公司"))
            .empty());
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
  // The credit code (33) says 浙江: the region is wrong, the 浙江 recommender is right.
  CHECK(findings(with("  region: 浙江省", "  region: 江苏省")) == Findings{"region.mismatch applicant.region 10"});
  FileResult r = check(with("  region: 浙江\n  name: 浙江省经济和信息化厅", "  region: 江苏\n  name: 江苏省工业和信息化厅"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].path == "recommender.region");
  CHECK(r.diagnostics[0].message.zh == "统一社会信用代码的行政区划码 330100（浙江省杭州市）不属于推荐单位江苏省（32）");
  CHECK(r.diagnostics[0].message.en ==
        "division code 330100 (杭州市, Zhejiang) of the credit code is not in the recommender's region, Jiangsu (32)");
  // A Hangzhou code recommended by 宁波: the codes are named, never "宁波市与浙江省不一致".
  r = check(with("  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅",
                 "  kind: planned-city\n  region: 宁波\n  name: 宁波市经济和信息化局"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].message.zh == "统一社会信用代码的行政区划码 330100（浙江省杭州市）不属于推荐单位宁波市（3302）");
  // A nationally registered code never mismatches, for a province or a planned city.
  CHECK(findings(with("91330100MA27Y0R128", "12100000400000624D")).empty());
  std::string planned = with("  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅",
                             "  kind: planned-city\n  region: 宁波\n  name: 宁波市经济和信息化局");
  planned.replace(planned.find("91330100MA27Y0R128"), 18, "12100000400000624D");
  CHECK(check(planned).diagnostics.empty());
}

TEST_CASE("a city where a provincial-level region belongs names its province") {
  FileResult r = check(with("  region: 浙江省", "  region: 宁波市"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "region.unknown");
  CHECK(r.diagnostics[0].hint.zh == "宁波市是计划单列市，这里写其所在省：浙江省");
  r = check(with("  region: 浙江省", "  region: 杭州"));
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].hint.zh == "杭州市在浙江省，这里写省级地区：浙江省");
  CHECK(r.diagnostics[0].hint.en == "杭州市 is in Zhejiang: write the provincial-level region here, Zhejiang");
}

TEST_CASE("the recommender's name names its own place, or none") {
  // Only the name's findings: a 宁波 recommender of this Hangzhou applicant is also region.mismatch.
  auto named = [](const std::string& kind_region, const std::string& name) {
    Findings out;
    for (const std::string& f :
         findings(with("  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅", kind_region + "\n  name: " + name)))
      if (f.rfind("recommender.name", 0) == 0) out.push_back(f);
    return out;
  };
  const std::string zhejiang = "  kind: province\n  region: 浙江", ningbo = "  kind: planned-city\n  region: 宁波市",
                    central = "  kind: central-enterprise";
  for (const char* ok : {"浙江省经济和信息化厅", "浙江经信厅", "省经济和信息化厅"}) CHECK(named(zhejiang, ok).empty());
  for (const char* ok : {"宁波市经济和信息化局", "浙江省宁波市经济和信息化局"}) CHECK(named(ningbo, ok).empty());
  for (const char* ok : {"中国电子信息产业集团有限公司", "中国航天科工集团有限公司", "国家电网有限公司",
                         "中国中车集团有限公司", "中国石油天然气集团有限公司", "哈尔滨电气集团有限公司"})
    CHECK(named(central, ok).empty());
  CHECK(named(zhejiang, "江苏省工业和信息化厅") == Findings{"recommender.name-mismatch recommender.name 18"});
  CHECK(named(zhejiang, "宁波市经济和信息化局") == Findings{"recommender.name-mismatch recommender.name 18"});
  CHECK(named(ningbo, "青岛市工业和信息化局") == Findings{"recommender.name-mismatch recommender.name 18"});
  CHECK(named(ningbo, "浙江省经济和信息化厅") == Findings{"recommender.name-mismatch recommender.name 18"});
  CHECK(named(central, "上海市经济和信息化委员会") == Findings{"recommender.name-mismatch recommender.name 17"});
}

TEST_CASE("partners are neither the applicant nor listed twice") {
  const std::string partner = "partners:\n  - name: 深圳某某科技有限公司\n    type: 软件企业\n    credit_code: ";
  auto with_partners = [&](const std::string& codes) { return with("recommender:\n", codes + "recommender:\n"); };
  CHECK(findings(with_partners(partner + "91440300MA5F2K7N87\n")).empty());
  CHECK(findings(with_partners(partner + "91330100MA27Y0R128\n")) ==
        Findings{"partners.duplicate partners[0].credit_code 18"});
  CHECK(findings(with_partners(partner + "91440300MA5F2K7N87\n" + partner.substr(10) + "91440300MA5F2K7N87\n")) ==
        Findings{"partners.duplicate partners[1].credit_code 21"});
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
  // A rate in % lies within 0–100; a growth rate does not; % changes in points; counts grow freely.
  CHECK(findings(with("  - name: 生产效率\n    unit: 件/小时\n    before: 100\n    after: 130",
                      "  - name: 设备综合效率\n    unit: \"%\"\n    before: 65\n    after: 108")) ==
        Findings{"metrics.implausible metrics[0].after 32"});
  CHECK(findings(with("  - name: 生产效率\n    unit: 件/小时\n    before: 100\n    after: 130",
                      "  - name: 营业收入增长率\n    unit: \"%\"\n    before: 65\n    after: 108"))
            .empty());
  CHECK(findings(with("  - name: 生产效率\n    unit: 件/小时\n    before: 100\n    after: 130",
                      "  - name: 关键设备联网率\n    unit: \"%\"\n    before: 8\n    after: 96"))
            .empty());
  CHECK(findings(with("  - name: 生产效率\n    unit: 件/小时\n    before: 100\n    after: 130",
                      "  - name: 营业收入增长率\n    unit: \"%\"\n    before: 5\n    after: 1006"))
            == Findings{"metrics.implausible metrics[0].after 32"});
  CHECK(findings(with("  - name: 生产效率\n    unit: 件/小时\n    before: 100\n    after: 130",
                      "  - name: 平台注册企业数\n    unit: 家\n    before: 200\n    after: 3200"))
            .empty());
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

namespace {

// A valid credit code of a unit registered at division (six digits), told apart by n.
std::string credit_code_at(const std::string& division, int n) {
  std::string code = "91" + division + "MA" + std::to_string(100000 + n);  // 16 characters
  code += organization_code_check_character(code.substr(8, 8));
  code += credit_code_check_character(code);
  return code;
}

// The base case registered at division, in region, recommended as `recommender` (kind/region/name lines).
std::string case_at(const std::string& division, int n, const std::string& region, const std::string& recommender,
                    const std::string& type = "制造企业") {
  std::string s = with("  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅", recommender);
  s.replace(s.find("91330100MA27Y0R128"), 18, credit_code_at(division, n));
  s.replace(s.find("  region: 浙江省"), std::string("  region: 浙江省").size(), "  region: " + region);
  s.replace(s.find("  type: 制造企业"), std::string("  type: 制造企业").size(), "  type: " + type);
  return s;
}

}  // namespace

TEST_CASE("realistic valid cases of every region, planned city, 兵团, central enterprise and type: no finding") {
  const Rules& rules = embedded_rules();
  int n = 0;
  for (const Region& region : rules.regions) {
    std::vector<std::string> names = region.aliases;
    names.push_back(region.zh);
    for (const std::string& name : names) {
      const std::string division = region.division_codes.front() + "0105";
      const std::string text = case_at(division, ++n, name,
                                       "  kind: province\n  region: " + name + "\n  name: " + name + "工业和信息化厅");
      INFO(text);
      CHECK(findings(text).empty());
    }
  }
  for (const PlannedCity& city : rules.planned_cities) {
    std::vector<std::string> names = city.aliases;
    names.push_back(city.zh);
    const Region* province = rules.region(city.province);
    REQUIRE(province);
    for (const std::string& name : names) {
      // Its province as applicant.region, by name and by short form.
      for (const std::string& region : {province->zh, province->aliases.front()}) {
        const std::string text = case_at(city.division_code + "05", ++n, region,
                                         "  kind: 计划单列市\n  region: " + name + "\n  name: " + name + "工业和信息化局");
        INFO(text);
        CHECK(findings(text).empty());
      }
    }
    // A nationally registered unit in the city (a university under a ministry).
    std::string text = case_at("330105", ++n, province->zh,
                               "  kind: planned-city\n  region: " + city.zh + "\n  name: " + city.zh + "经济和信息化局", "大学");
    text.replace(text.find(credit_code_at("330105", n)), 18, "12100000400000624D");
    INFO(text);
    CHECK(findings(text).empty());
  }
  // Units registered with 兵团 (66, 6590xx) may give 新疆 as their region.
  for (const char* division : {"660100", "659001", "659004"})
    for (const char* region : {"新疆维吾尔自治区", "新疆", "新疆生产建设兵团", "兵团"}) {
      const std::string text = case_at(division, ++n, region,
                                       "  kind: province\n  region: 新疆生产建设兵团\n  name: 新疆生产建设兵团工业和信息化局");
      INFO(text);
      CHECK(findings(text).empty());
    }
  for (const char* name : {"中国电子信息产业集团有限公司", "中国航天科工集团有限公司", "国家电网有限公司", "中国中车集团有限公司",
                           "中国石油天然气集团有限公司", "中国移动通信集团有限公司", "中国宝武钢铁集团有限公司",
                           "哈尔滨电气集团有限公司", "东方电气集团有限公司", "中国第一汽车集团有限公司", "鞍钢集团有限公司",
                           "中国兵器工业集团有限公司", "中国南方电网有限责任公司", "招商局集团有限公司"}) {
    const std::string text = case_at("330105", ++n, "浙江省", std::string("  kind: 中央企业\n  name: ") + name);
    INFO(text);
    CHECK(findings(text).empty());
  }
  for (const Named& type : rules.applicant_types) {
    std::vector<std::string> names = type.aliases;
    names.push_back(type.zh);
    names.push_back(type.id);
    for (const std::string& name : names) {
      const std::string text = case_at("330105", ++n, "浙江省",
                                       "  kind: province\n  region: 浙江\n  name: 浙江省经济和信息化厅", name);
      INFO(text);
      CHECK(findings(text).empty());
    }
  }
}
