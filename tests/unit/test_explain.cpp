// Unit tests of the explanations (iipcase explain): one per code, both languages, the notice quoted.
#include "iipcase/authoring.h"

#include <catch2/catch.hpp>
#include <algorithm>

#include <string>

#include "iipcase/check.h"
#include "messages.h"

using namespace iipcase;

namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the explanations are the registry: the same codes, order and severities") {
  const auto& all = explanations();
  REQUIRE(all.size() == code_registry().size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(all[i].code == code_registry()[i].code);
    CHECK(all[i].severity == code_registry()[i].severity);
  }
}

TEST_CASE("every explanation has both languages and a before/after snippet") {
  for (const Explanation& e : explanations()) {
    INFO(e.code);
    for (const Text* text : {&e.summary, &e.meaning, &e.why, &e.fix}) {
      CHECK_FALSE(text->zh.empty());
      CHECK_FALSE(text->en.empty());
      CHECK(text->zh != text->en);
    }
    CHECK_FALSE(e.wrong.empty());
    CHECK_FALSE(e.right.empty());
    CHECK(e.wrong != e.right);
  }
}

TEST_CASE("an explanation's severity is the one the checker reports") {
  for (const MessageOfCode& m : finding_messages()) {
    INFO(m.id);
    const Explanation* e = find_explanation(m.code);
    REQUIRE(e);
    CHECK(diagnose(m.id, "", {}, 0).severity == e->severity);
  }
}

TEST_CASE("the rules that come from the notice quote it") {
  const Rules& rules = embedded_rules();
  const Explanation* mode = find_explanation("mode.unknown");
  REQUIRE(mode);
  for (const Mode& m : rules.modes) CHECK(contains(mode->notice, m.zh));
  CHECK(contains(mode->notice, "六大应用模式"));
  const Explanation* type = find_explanation("applicant-type.unknown");
  for (const Named& t : rules.applicant_types) CHECK(contains(type->notice, t.zh));
  const Explanation* quota = find_explanation("batch.quota-exceeded");
  CHECK(contains(quota->notice, "不超过10个"));
  CHECK(contains(quota->notice, "不超过5个"));
  CHECK(contains(quota->notice, "中央企业不占属地指标"));
  CHECK(contains(quota->notice, "不超过3个"));
  // The Corps: named among the recommenders, no quota in the notice; 10 is this project's assumption.
  CHECK(contains(quota->why.zh, "新疆生产建设兵团"));
  CHECK(contains(quota->why.en, "assumption"));
  for (const char* code : {"content.unsupported-claim", "metrics.implausible", "field.too-short"})
    CHECK(contains(find_explanation(code)->notice, "杜绝虚构和夸大"));
  // The scenario codes quote the notice's paragraph of a mode, kept verbatim in the rules.
  for (const char* code : {"scenario.missing", "scenario.other-mode", "scenario.unknown"}) {
    INFO(code);
    const std::string& quote = find_explanation(code)->notice;
    bool found = false;
    for (const Mode& m : rules.modes) found = found || contains(m.description.zh, quote);
    CHECK(found);
  }
}

TEST_CASE("the text of an explanation, in each language") {
  const Explanation* e = find_explanation("metrics.missing");
  REQUIRE(e);
  const std::string en = explanation_text(*e, Lang::en);
  CHECK(en.rfind("metrics.missing (error)\n", 0) == 0);
  CHECK(contains(en, "How to fix it:"));
  CHECK(contains(en, "The notice (工信厅信发函〔2021〕160号):"));
  CHECK(contains(en, "“征集并遴选一批技术先进、成效显著"));
  CHECK(contains(en, "    metrics: []\n"));
  const std::string zh = explanation_text(*e, Lang::zh);
  CHECK(zh.rfind("metrics.missing（错误）\n", 0) == 0);
  CHECK(contains(zh, "修改方法："));
  CHECK(contains(zh, "正确写法："));
  CHECK(contains(explanation_text(*find_explanation("field.unknown"), Lang::en), "(warning)"));
}

TEST_CASE("codes are found in any letter case, and the nearest ones suggested") {
  CHECK(find_explanation("Mode.Unknown") == find_explanation("mode.unknown"));
  CHECK(find_explanation("mode") == nullptr);
  CHECK(nearest_codes("mode.unknwon").front() == "mode.unknown");
  CHECK(nearest_codes("credit-code") ==
        std::vector<std::string>{"credit-code.format", "credit-code.checksum"});
  CHECK(nearest_codes("quota").front() == "batch.quota-exceeded");
  CHECK(nearest_codes("field.requried").front() == "field.required");
  CHECK(nearest_codes("zzzzzz").empty());
  CHECK(nearest_codes("").empty());
  CHECK(nearest_codes("unknown").size() == 3);
}

TEST_CASE("the list of codes names each with its summary") {
  const std::string list = code_list_text(Lang::en);
  for (const Explanation& e : explanations()) {
    INFO(e.code);
    CHECK(contains(list, e.code));
    CHECK(contains(list, e.summary.en));
  }
  CHECK(contains(code_list_text(Lang::zh), "不是六大应用模式之一"));
}

TEST_CASE("the claims explanation's wrong snippet has every claim found, its right one none") {
  const Explanation* e = find_explanation("content.unsupported-claim");
  REQUIRE(e);
  auto claims = [](const std::string& snippet) {
    std::vector<std::string> found;
    for (const Diagnostic& d : check_bytes("snippet.yaml", snippet, embedded_rules()).diagnostics)
      if (d.code == "content.unsupported-claim") found.push_back(d.path + " " + std::to_string(d.position.line));
    return found;
  };
  // 国内首家; 国际 领先 (a space inside), 填补了国内空白; 行业第一, 国际先进 after an appraisal naming nobody.
  CHECK(claims(e->wrong) == std::vector<std::string>{"title 1", "content.results 4", "content.results 4",
                                                     "content.results 5", "content.results 5"});
  // 唯一标识 is a technical term; the appraisal names its appraiser.
  CHECK(claims(e->right).empty());
}

TEST_CASE("a word finds the codes whose explanation mentions it, in either language", "[explain]") {
  auto codes = [](std::string_view word) {
    std::vector<std::string> out;
    for (const Explanation* e : codes_mentioning(word)) out.push_back(e->code);
    return out;
  };
  auto has = [](const std::vector<std::string>& list, std::string_view code) {
    return std::find(list.begin(), list.end(), code) != list.end();
  };
  CHECK(has(codes("电话"), "field.format"));
  CHECK(has(codes("phone"), "field.format"));
  CHECK(has(codes("Phone"), "field.format"));
  CHECK(has(codes("唯一"), "content.unsupported-claim"));
  CHECK(codes("xyzzy").empty());
  CHECK(codes("").empty());
  const std::string text = mentions_text("电话", codes_mentioning("电话"), Lang::zh);
  CHECK(text.rfind("说明中提到“电话”的代码：", 0) == 0);
  CHECK(text.find("field.format") != std::string::npos);
}

TEST_CASE("the rules guide lists every allowed value for applicants, no comment of the data", "[schema]") {
  for (Lang lang : {Lang::zh, Lang::en}) {
    const std::string guide = rules_guide(embedded_rules(), lang);
    for (const Mode& mode : embedded_rules().modes) {
      CHECK(guide.find(mode.shown(lang)) != std::string::npos);
      for (const std::string& scenario : mode.scenarios) CHECK(guide.find(scenario) != std::string::npos);
    }
    for (const Region& region : embedded_rules().regions) CHECK(guide.find(region.zh) != std::string::npos);
    for (const Named& industry : embedded_rules().industries) CHECK(guide.find(industry.zh) != std::string::npos);
    std::size_t at = 0;
    for (std::size_t next; (next = guide.find('\n', at)) != std::string::npos; at = next + 1) {
      std::string_view line = std::string_view(guide).substr(at, next - at);
      std::size_t first = line.find_first_not_of(' ');
      CHECK((first == std::string_view::npos || line[first] != '#'));
    }
  }
  CHECK(rules_guide(embedded_rules(), Lang::en).find("Intelligent manufacturing: write 智能化制造 or smart-manufacturing") !=
        std::string::npos);
}
