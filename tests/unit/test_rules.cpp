// Unit tests of the rules: the embedded data against the spec, look-ups, and broken rules files.
#include "iipcase/rules.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace iipcase;
using Catch::Contains;

namespace {

// A small rules file that loads; the broken-file tests each spoil one line of it.
const std::string k_minimal = R"(id: test/1
modes:
  - {id: a-mode, zh: 甲模式, en: A mode, scenarios: [甲场景]}
applicant_types:
  - {id: maker, zh: 制造企业, en: Maker}
regions:
  - {id: zhejiang, zh: 浙江省, en: Zhejiang, aliases: [浙江], codes: ["33"]}
recommender_kinds:
  - {id: province, zh: 省级主管部门, en: Province, quota: 10, scope: provincial}
industries:
  - {id: C, zh: 制造业, en: Manufacturing}
fields:
  - {path: title, required: true, max_length: 50, min_length: 6}
  - {path: phone, format: phone, max_length: 20}
formats:
  - {name: phone, pattern: '^1[0-9]{10}$'}
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

Rules load_spoilt(const std::string& from, const std::string& to) {
  return load_rules(replaced(k_minimal, from, to), "broken.yaml");
}

}  // namespace

TEST_CASE("the embedded rules load and have the spec's lists") {
  const Rules& rules = embedded_rules();
  CHECK(rules.id == "iip-case/2021");
  CHECK(rules.notice_number == "工信厅信发函〔2021〕160号");
  CHECK(rules.modes.size() == 6);
  CHECK(rules.applicant_types.size() == 5);
  CHECK(rules.regions.size() == 32);
  CHECK(rules.planned_cities.size() == 5);
  CHECK(rules.recommender_kinds.size() == 3);
  CHECK(rules.industries.size() == 20 + 31);
  CHECK(rules.claims.phrases.size() > 90);  // 10 scopes × 9 superlatives, 填补…空白, the fixed phrases
  CHECK(rules.claims.index);
  CHECK(rules.implausible_change_percent == 1000);
  CHECK(&embedded_rules() == &rules);  // parsed once
}

TEST_CASE("every mode has the spec's scenarios, in the notice's order") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected = {
      {"platform-design",
       {"并行设计", "敏捷设计", "交互设计", "模块化设计", "仿真设计", "供应商参与设计", "用户反馈设计", "协同研发"}},
      {"digital-management", {"业务流程贯通", "供应链数据贯通", "组织架构优化", "动态精准服务", "辅助管理决策"}},
      {"smart-manufacturing", {"设备互联", "动态感知", "实时分析", "科学决策", "质量提升", "能源管理", "安全生产"}},
      {"networked-collaboration", {"研发协同", "制造协同", "供应协同", "云化服务", "产业链延伸"}},
      {"personalized-customization",
       {"用户参与设计", "需求分析", "模块化设计", "个性化设计", "柔性化生产", "智能仓储", "准时交付"}},
      {"service-extension", {"产品追溯", "远程运维", "分享制造", "供应链金融", "回收利用"}}};
  const Rules& rules = embedded_rules();
  REQUIRE(rules.modes.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(rules.modes[i].id == expected[i].first);
    CHECK(rules.modes[i].scenarios == expected[i].second);
    CHECK_FALSE(rules.modes[i].description.zh.empty());
    CHECK_FALSE(rules.modes[i].description.en.empty());
  }
  CHECK(rules.mode("platform-design")->description.zh.rfind("聚焦工业设计资源分散", 0) == 0);
  CHECK(rules.mode("smart-manufacturing")->zh == "智能化制造");
  CHECK(rules.mode("smart") == nullptr);
}

TEST_CASE("regions, planned cities and recommender kinds carry codes and quotas") {
  const Rules& rules = embedded_rules();
  CHECK(rules.regions.front().zh == "北京市");
  CHECK(rules.region("shanxi")->zh == "山西省");
  CHECK(rules.region("shaanxi")->zh == "陕西省");
  CHECK(rules.region("inner-mongolia")->zh == "内蒙古自治区");
  CHECK(rules.region("xinjiang")->zh == "新疆维吾尔自治区");
  const Region* bingtuan = rules.region("xinjiang-bingtuan");
  REQUIRE(bingtuan);
  CHECK(bingtuan->division_codes == std::vector<std::string>{"66", "65"});
  CHECK(bingtuan->registrations() == std::vector<std::string>{"66", "6590"});
  CHECK(rules.region_of_division("66") == bingtuan);
  CHECK(rules.region_of_division("65")->id == "xinjiang");
  CHECK(rules.prefecture_of("330106")->zh == "杭州市");
  CHECK(rules.prefecture_of("659001")->zh == "石河子市");
  CHECK(rules.prefecture_of("110108") == nullptr);
  CHECK(rules.prefecture_named("杭州")->code == "3301");
  CHECK(rules.prefecture_named("延边朝鲜族自治州")->code == "2224");
  CHECK(rules.prefecture_named("浙江") == nullptr);
  CHECK(bingtuan->quota == 10);
  std::set<std::string> codes;  // the 31 provincial codes are distinct
  for (std::size_t i = 0; i + 1 < rules.regions.size(); ++i) {
    CHECK(rules.regions[i].division_codes.size() == (rules.regions[i].id == "xinjiang" ? 2u : 1u));
    CHECK_FALSE(rules.regions[i].quota);
    codes.insert(rules.regions[i].division_codes.front());
  }
  CHECK(codes.size() == 31);
  CHECK(rules.planned_city("shenzhen")->division_code == "4403");
  CHECK(rules.planned_city("ningbo")->province == "zhejiang");
  CHECK(rules.national_division_codes == std::vector<std::string>{"10"});
  CHECK(rules.recommender_kind("province")->quota == 10);
  CHECK(rules.recommender_kind("planned-city")->quota == 5);
  CHECK(rules.recommender_kind("central-enterprise")->quota == 3);
  CHECK(rules.recommender_kind("planned-city")->scope == RecommenderScope::planned_city);
  CHECK(rules.recommender_kind("central-enterprise")->scope == RecommenderScope::none);
}

TEST_CASE("industries are GB/T 4754-2017 sections and manufacturing divisions") {
  const Rules& rules = embedded_rules();
  CHECK(rules.industries.front().id == "A");
  CHECK(rules.industries[19].id == "T");
  CHECK(rules.industries[20].id == "C13");
  CHECK(rules.industries.back().id == "C43");
  CHECK(find_named(rules.industries, "C25")->zh == "石油、煤炭及其他燃料加工业");
  CHECK(find_named(rules.industries, "C42")->zh == "废弃资源综合利用业");
  CHECK(find_named(rules.industries, "c43")->zh == "金属制品、机械和设备修理业");
}

TEST_CASE("the field table has the spec's limits") {
  const Rules& rules = embedded_rules();
  // The spec's table in its order, each mapping (or list of mappings) just before its entries.
  const std::vector<std::string> paths = {"schema",
                                          "title",
                                          "mode",
                                          "scenarios",
                                          "industry",
                                          "applicant",
                                          "applicant.name",
                                          "applicant.type",
                                          "applicant.credit_code",
                                          "applicant.region",
                                          "applicant.contact",
                                          "applicant.contact.name",
                                          "applicant.contact.phone",
                                          "applicant.contact.email",
                                          "partners",
                                          "partners[].name",
                                          "partners[].type",
                                          "partners[].credit_code",
                                          "recommender",
                                          "recommender.kind",
                                          "recommender.region",
                                          "recommender.name",
                                          "recommender.rank",
                                          "platform",
                                          "platform.name",
                                          "platform.provider",
                                          "content",
                                          "content.summary",
                                          "content.background",
                                          "content.solution",
                                          "content.results",
                                          "content.replicability",
                                          "metrics",
                                          "metrics[].name",
                                          "metrics[].unit",
                                          "metrics[].before",
                                          "metrics[].after"};
  std::vector<std::string> actual;
  for (const FieldRule& rule : rules.fields) actual.push_back(rule.path);
  CHECK(actual == paths);
  CHECK(rules.field("schema")->missing_code == "schema.missing");
  const std::map<std::string, std::pair<int, int>> lengths = {{"title", {6, 50}},
                                                              {"applicant.name", {4, 100}},
                                                              {"applicant.contact.name", {2, 20}},
                                                              {"partners[].name", {4, 100}},
                                                              {"content.summary", {100, 500}},
                                                              {"content.background", {150, 3000}},
                                                              {"content.solution", {300, 3000}},
                                                              {"content.results", {150, 3000}},
                                                              {"content.replicability", {100, 3000}}};
  for (const auto& [path, limits] : lengths) {
    const FieldRule* rule = rules.field(path);
    REQUIRE(rule);
    CHECK(rule->required);
    CHECK(std::make_pair(rule->min_length, rule->max_length) == limits);
  }
  const FieldRule* region = rules.field("recommender.region");
  CHECK_FALSE(region->required);
  CHECK(region->required_if_field == "recommender.kind");
  CHECK(region->required_if_values == std::vector<std::string>{"province", "planned-city"});
  CHECK(region->enumeration == Enumeration::recommender_regions);
  CHECK(rules.field("recommender.rank")->kind == FieldKind::integer);
  CHECK(rules.field("recommender.rank")->minimum == 1);
  CHECK_FALSE(rules.field("platform.provider")->required);
  CHECK(rules.field("metrics")->min_items == 1);
  CHECK(rules.field("metrics")->missing_code == "metrics.missing");
  CHECK(rules.field("metrics[].before")->kind == FieldKind::number);
  CHECK(rules.field("scenarios")->missing_code == "scenario.missing");
  CHECK(rules.field("content")->kind == FieldKind::mapping);
}

TEST_CASE("formats match whole values") {
  const Rules& rules = embedded_rules();
  const Format& phone = *rules.format("phone");
  for (const char* good : {"13800138000", "010-12345678", "0571-88881234-123", "057188881234"})
    CHECK(phone.matches(good));
  for (const char* bad : {"12800138000", "1380013800", "12345", "010-123", "+8613800138000", "13800138000x"})
    CHECK_FALSE(phone.matches(bad));
  const Format& email = *rules.format("email");
  CHECK(email.matches("zhang.san@example.com.cn"));
  CHECK_FALSE(email.matches("zhang.san@example"));
  CHECK_FALSE(email.matches("zhang san@example.com"));
  CHECK(rules.format("credit-code")->matches("91350100M000100Y43"));
}

// std::regex recursed once per character: a 19,000-character e-mail overflowed the stack.
TEST_CASE("a format matches values of any length without recursion") {
  const Format& email = *embedded_rules().format("email");
  std::string local(1'000'000, 'a');
  CHECK(email.matches(local + "@example.com"));
  CHECK_FALSE(email.matches(local + "@example"));
  CHECK_FALSE(email.matches(std::string(19'000, 'a')));
}

// A --rules file is someone else's too: a pattern that backtracks exponentially elsewhere.
TEST_CASE("patterns from a rules file run in linear time, and bad ones are refused") {
  Rules rules = load_spoilt("'^1[0-9]{10}$'", "'^(0+)+$'");
  const Format& format = *rules.format("phone");
  CHECK(format.matches(std::string(40, '0')));
  CHECK_FALSE(format.matches(std::string(100'000, '0') + "1"));
  CHECK_THROWS_WITH(load_spoilt("'^1[0-9]{10}$'", "'^(a)\\1$'"), Contains("not an RE2 regular expression"));
}

TEST_CASE("values are found by id, Chinese name or alias") {
  const Rules& rules = embedded_rules();
  CHECK(find_named(rules.modes, "platform-design")->zh == "平台化设计");
  CHECK(find_named(rules.modes, "Platform-Design")->zh == "平台化设计");
  CHECK(find_named(rules.modes, "数字化管理")->id == "digital-management");
  CHECK(find_named(rules.regions, "兵团")->id == "xinjiang-bingtuan");
  CHECK(find_named(rules.regions, "内蒙古")->id == "inner-mongolia");
  CHECK(find_named(rules.planned_cities, "厦门")->id == "xiamen");
  CHECK(find_named(rules.recommender_kinds, "央企")->id == "central-enterprise");
  CHECK(find_named(rules.applicant_types, "科研院所")->id == "university-or-institute");
  CHECK(find_named(rules.regions, " 浙江") == nullptr);  // trimming is the caller's job
  CHECK(find_named(rules.modes, "智能制造") == nullptr);
  CHECK(find_named(rules.regions, "") == nullptr);
}

TEST_CASE("near names are suggested, far ones are not") {
  const Rules& rules = embedded_rules();
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("智能制造", "智能化制造") == 1);
  CHECK(edit_distance("", "浙江") == 2);
  CHECK(edit_distance("\xff\xfe", "ab") == 2);  // bytes that are not UTF-8 count one each
  CHECK(is_near("智能制造", "智能化制造"));
  CHECK(is_near("platfrom-design", "platform-design"));
  CHECK(is_near("PLATFORM-DESIGN", "platform-design"));
  CHECK_FALSE(is_near("浙江", "江苏"));
  CHECK_FALSE(is_near("浙江", "浙江"));
  CHECK_FALSE(is_near("A", "B"));
  CHECK_FALSE(is_near("", "A"));
  CHECK(nearest_named(rules.modes, "智能制造")->id == "smart-manufacturing");
  CHECK(nearest_named(rules.modes, "platfrom-design")->id == "platform-design");
  CHECK(nearest_named(rules.regions, "浙姜")->id == "zhejiang");
  CHECK(nearest_named(rules.modes, "区块链") == nullptr);
}

TEST_CASE("the metric words are read, and refused when malformed") {
  const MetricWords& words = embedded_rules().metric_words;
  CHECK(words.count_units.size() == 20);  // the spec's list
  CHECK(words.statements.from_words == std::vector<std::string>{"由", "从"});
  REQUIRE(words.statements.scale_prefixes.size() == 2);
  CHECK(words.statements.scale_prefixes[0].word == "万");
  CHECK(words.statements.scale_prefixes[0].factor == 10000);
  // Without the lists the rules still load: no unit is a count, no statement is read.
  CHECK(load_rules(k_minimal + "metrics: {implausible_change_percent: 500}\n", "m.yaml").metric_words.count_units.empty());
  CHECK_THROWS_WITH(load_rules(k_minimal + "metrics: {implausible_change_percent: 5, statements: {scale_prefixes: [万]}}\n", "m.yaml"),
                    Contains("metrics.statements.scale_prefixes: expected a mapping"));
  CHECK_THROWS_WITH(load_rules(k_minimal + "metrics: {implausible_change_percent: 5, statements: {scale_prefixes: {万: 0}}}\n", "m.yaml"),
                    Contains("must be more than 0"));
  CHECK_THROWS_WITH(load_rules(k_minimal + "metrics: {implausible_change_percent: 5, count_units: 个}\n", "m.yaml"),
                    Contains("metrics.count_units: expected a list of strings"));
}

TEST_CASE("a minimal rules file loads") {
  const Rules rules = load_rules(k_minimal, "minimal.yaml");
  CHECK(rules.modes.size() == 1);
  CHECK(rules.field("title")->min_length == 6);
  CHECK(rules.field("phone")->kind == FieldKind::string);
  CHECK(rules.planned_cities.empty());
  CHECK(rules.implausible_change_percent == 1000);
}

TEST_CASE("prefectures, registrations and range codes load, and broken ones are refused") {
  const std::string region = "codes: [\"33\"]}";
  Rules rules = load_spoilt(region, region + "\nprefectures:\n  \"33\": {\"01\": 杭州市, \"9001\": 某县级市}");
  REQUIRE(rules.prefectures.size() == 2);
  CHECK(rules.prefecture_of("330106")->zh == "杭州市");
  CHECK(rules.prefecture_of("339001")->zh == "某县级市");
  CHECK(rules.prefecture_of("339101") == nullptr);
  CHECK_THROWS_WITH(load_spoilt(region, region + "\nprefectures:\n  \"44\": {\"01\": 广州市}"),
                    Contains("prefectures.44: is not the two digits of a region's code"));
  CHECK_THROWS_WITH(load_spoilt(region, region + "\nprefectures:\n  \"33\": {\"1\": 杭州市}"),
                    Contains("prefectures.33.1: expected two or four digits"));
  CHECK_THROWS_WITH(load_spoilt(region, region + "\nprefectures:\n  \"33\": {\"01\": 杭州市, \"01\": 宁波市}"),
                    Contains("appears twice"));
  CHECK(load_spoilt(region, "codes: [\"33\"], registered: [\"3302\"]}").regions[0].registrations() ==
        std::vector<std::string>{"3302"});
  CHECK(load_rules(k_minimal, "ok.yaml").regions[0].registrations() == std::vector<std::string>{"33"});
  CHECK_THROWS_WITH(load_spoilt(region, "codes: [\"33\"], registered: [\"4403\"]}"),
                    Contains("regions[0].registered: '4403' is not two or four digits starting with one of its codes"));
  CHECK_THROWS_WITH(load_spoilt("min_length: 6}", "min_length: 6, range_code: x.y}"),
                    Contains("fields[0].range_code: needs a minimum"));
}

TEST_CASE("broken rules files are refused, naming the problem and where it is") {
  CHECK_THROWS_AS(load_rules("- a\n", "list.yaml"), RulesError);
  CHECK_THROWS_AS(load_spoilt("industries:", "industries: {"), RulesError);  // yaml-cpp's own error, rethrown
  CHECK_THROWS_WITH(load_rules("- a\n- b\n", "list.yaml"), "list.yaml:1:1: (top level): expected a mapping");
  CHECK_THROWS_WITH(load_rules("", "empty.yaml"), Contains("expected one YAML document, found 0"));
  CHECK_THROWS_WITH(load_spoilt("id: test/1\n", ""), "broken.yaml:1:1: (top level): missing key 'id'");
  CHECK_THROWS_WITH(load_spoilt("min_length: 6}", "min_length: 6, kind: text}"),
                    "broken.yaml:13:72: fields[0].kind: unknown kind 'text' "
                    "(expected one of: string, integer, number, strings, mapping, mappings)");
  CHECK_THROWS_WITH(load_spoilt("format: phone,", "enum: phones,"),
                    Contains("fields[1].enum: unknown enumeration 'phones'"));
  CHECK_THROWS_WITH(load_spoilt("scope: provincial", "scope: province"),
                    Contains("recommender_kinds[0].scope: unknown scope"));
  CHECK_THROWS_WITH(load_spoilt("'^1[0-9]{10}$'", "'^1[0-9{10}$'"),
                    Contains("formats[0].pattern: not an RE2 regular expression"));
  CHECK_THROWS_WITH(load_spoilt("path: phone,", "path: title,"),
                    "broken.yaml:14:12: fields[1].path: 'title' appears twice");
  CHECK_THROWS_WITH(
      load_spoilt("modes:\n  - {id: a-mode, zh: 甲模式, en: A mode, scenarios: [甲场景]}\n", "modes: []\n"),
      Contains("modes: the list is empty"));
  CHECK_THROWS_WITH(load_spoilt("format: phone", "format: fax"),
                    Contains("fields[1].format: no format is named 'fax'"));
  CHECK_THROWS_WITH(load_spoilt("min_length: 6}", "min_lenght: 6}"), Contains("fields[0].min_lenght: unknown key"));
  CHECK_THROWS_WITH(load_spoilt("min_length: 6}", "min_length: six}"),
                    Contains("fields[0].min_length: expected an integer"));
  CHECK_THROWS_WITH(load_spoilt("max_length: 50, ", ""), Contains("fields[0]: a field of kind string or strings needs a max_length"));
  CHECK_THROWS_WITH(load_spoilt("quota: 10", "quota: 0"), Contains("recommender_kinds[0].quota: must be at least 1"));
  CHECK_THROWS_WITH(load_spoilt("codes: [\"33\"]", "codes: [\"330\"]"), Contains("'330' is not two digits"));
  CHECK_THROWS_WITH(load_spoilt("{path: phone,", "{path: contact.phone,"),
                    Contains("fields[1].path: needs an earlier row 'contact' of kind mapping"));
  const std::string ningbo =
      "planned_cities:\n  - {id: ningbo, zh: 宁波市, en: Ningbo, aliases: [宁波], code: \"3302\", "
      "province: zhejiang}\nformats:";
  CHECK_NOTHROW(load_spoilt("formats:", ningbo));
  CHECK_THROWS_WITH(load_spoilt("formats:", replaced(ningbo, "[宁波]", "[浙江]")),
                    Contains("planned_cities[0]: name '浙江' is already used by regions[0]"));
  CHECK_THROWS_WITH(load_spoilt("formats:", replaced(ningbo, "province: zhejiang", "province: jiangsu")),
                    Contains("planned_cities[0].province: no region has id 'jiangsu'"));
  CHECK_THROWS_WITH(load_spoilt("formats:", replaced(ningbo, "3302", "3202")),
                    Contains("planned_cities[0].code: does not start with a division code of 'zhejiang'"));
  CHECK_THROWS_WITH(load_spoilt("{id: maker, zh: 制造企业, en: Maker}",
                                "{id: maker, zh: 制造企业, en: Maker}\n  - {id: Maker, zh: 厂, en: M}"),
                    Contains("applicant_types[1]: name 'maker' is already used by applicant_types[0]"));
  CHECK_THROWS_WITH(load_spoilt("industries:", "industries: {"), Contains("broken.yaml:11:3: "));
  CHECK_THROWS_WITH(load_spoilt("id: test/1\n", "id: test/1\nid: test/2\n"), "broken.yaml:2:1: id: key appears twice");
}

TEST_CASE("values are named per language: Chinese name, English name, never the id alone", "[rules][names]") {
  const Rules& rules = embedded_rules();
  const Mode* mode = rules.mode("smart-manufacturing");
  REQUIRE(mode);
  CHECK(mode->shown(Lang::zh) == "智能化制造");
  CHECK(mode->shown(Lang::en) == "Intelligent manufacturing");
  CHECK(mode->name().en == "Intelligent manufacturing");
  CHECK(mode->choice().en == "智能化制造 (Intelligent manufacturing)");
  CHECK(mode->choice().zh == "智能化制造");
  Named bare{"some-id", "某名", "", {}};
  CHECK(bare.shown(Lang::en) == "some-id");  // no English name in the data: the id, not nothing
  CHECK(bare.choice().en == "某名");
  // Every entry of the embedded rules has an English name of its own.
  auto all_named = [](const auto& list) {
    for (const auto& item : list) {
      INFO(item.id);
      CHECK_FALSE(item.en.empty());
    }
  };
  all_named(rules.modes), all_named(rules.applicant_types), all_named(rules.regions);
  all_named(rules.planned_cities), all_named(rules.recommender_kinds), all_named(rules.industries);
}
