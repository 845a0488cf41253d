// Unit tests of the SARIF 2.1.0 report (the test suite also runs the official validator on it).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

#include "iipcase/authoring.h"
#include "report_fixture.h"

#include <set>
#include <string>

using namespace iipcase;
using namespace iipcase::test;
using Json = nlohmann::ordered_json;

namespace {

// The rule of a code in a log's driver, found by its id.
const Json& rule_for(const Json& log, std::string_view code) {
  for (const Json& rule : log["runs"][0]["tool"]["driver"]["rules"])
    if (rule["id"] == std::string(code)) return rule;
  static const Json missing;
  FAIL_CHECK("no rule " << code);
  return missing;
}

// A code's place in the registry, which is its rule's index.
std::string index_of(std::string_view code) {
  REQUIRE(find_code(code));
  return std::to_string(find_code(code) - code_registry().data());
}

}  // namespace

TEST_CASE("sarif: the log, its tool and a rule per diagnostic code", "[report][sarif]") {
  Json log = Json::parse(written(write_sarif));
  CHECK(log["version"] == "2.1.0");
  CHECK(log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
  REQUIRE(log["runs"].size() == 1);
  const Json& run = log["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  CHECK(!run.contains("originalUriBaseIds"));
  const Json& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "iipcase");
  CHECK(driver["version"] == std::string(k_version));
  CHECK(driver["semanticVersion"] == std::string(k_version));
  CHECK(driver["language"] == "en-US");
  const std::vector<std::string_view>& codes = all_codes();
  REQUIRE(driver["rules"].size() == codes.size());
  for (std::size_t i = 0; i < codes.size(); ++i) {
    const Json& rule = driver["rules"][i];
    CHECK(rule["id"] == std::string(codes[i]));
    CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["fullDescription"]["text"].get<std::string>().empty());
    CHECK(!rule["help"]["text"].get<std::string>().empty());
    CHECK(!rule.contains("helpUri"));
  }
  const Json& checksum = rule_for(log, "credit-code.checksum");
  CHECK(checksum["name"] == "CreditCodeChecksum");
  CHECK(checksum["defaultConfiguration"]["level"] == "error");
  CHECK(rule_for(log, "content.unsupported-claim")["defaultConfiguration"]["level"] == "warning");
  CHECK(checksum["shortDescription"]["text"] == find_explanation("credit-code.checksum")->summary.en);
  Json zh = Json::parse(written(write_sarif, Lang::zh));
  CHECK(zh["runs"][0]["tool"]["driver"]["language"] == "zh-CN");
  CHECK(rule_for(zh, "credit-code.checksum")["shortDescription"]["text"] ==
        find_explanation("credit-code.checksum")->summary.zh);
}

TEST_CASE("sarif: a result per finding, with rule, level, message and region", "[report][sarif]") {
  Json results = Json::parse(written(write_sarif))["runs"][0]["results"];
  std::set<std::string> fingerprints;
  for (Json& result : results) {  // checked on their own below
    fingerprints.insert(result["partialFingerprints"]["iipcase/v1"].get<std::string>());
    result.erase("partialFingerprints");
  }
  CHECK(fingerprints.size() == 4);
  CHECK(
      results.dump() ==
      R"([{"ruleId":"mode.unknown","ruleIndex":)" + index_of("mode.unknown") + R"(,"level":"error",)"
      R"("message":{"text":"\"智能制造\" is not one of the six application modes\nhint: did you mean 智能化制造?"},)"
      R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"cases/b%201.yaml","uriBaseId":"%SRCROOT%"},)"
      R"("region":{"startLine":3,"startColumn":7,"endColumn":11}}}]},)"
      R"({"ruleId":"field.too-short","ruleIndex":)" + index_of("field.too-short") +
      R"(,"level":"warning","message":{"text":"too short: 100%, really"},)"
      R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"cases/b%201.yaml","uriBaseId":"%SRCROOT%"},)"
      R"("region":{"startLine":5,"startColumn":1}}}]},)"
      R"({"ruleId":"file.binary","ruleIndex":)" + index_of("file.binary") + R"(,"level":"error",)"
      R"("message":{"text":"a <NUL> & \"more\"\r\nsecond: line\u0001"},)"
      R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"cases/c.yaml","uriBaseId":"%SRCROOT%"}}}]},)"
      R"({"ruleId":"content.unsupported-claim","ruleIndex":)" + index_of("content.unsupported-claim") +
      R"(,"level":"warning",)"
      R"("message":{"text":"\"国际领先\" is an absolute claim\nhint: remove it"},)"
      R"("locations":[{"physicalLocation":{"artifactLocation":{"uri":"cases/%E8%AD%A6%E5%91%8A.yaml",)"
      R"("uriBaseId":"%SRCROOT%"},"region":{"startLine":12,"startColumn":40,"endColumn":44}}}]}])");
}

TEST_CASE("sarif: an absolute path is a file URI of its own", "[report][sarif]") {
  std::vector<FileResult> files(1);
  files[0].path = "/srv/cases/a b.yaml";
  files[0].diagnostics.push_back(finding("yaml.syntax", Severity::error, {1, 1}, 0, {"坏", "bad"}));
  Json location =
      Json::parse(written(write_sarif, Lang::en, false, files))["runs"][0]["results"][0]["locations"][0];
  CHECK(location["physicalLocation"]["artifactLocation"].dump() ==
        R"({"uri":"file:///srv/cases/a%20b.yaml"})");
}

TEST_CASE("sarif: no finding, no result; the log is still whole", "[report][sarif]") {
  std::vector<FileResult> files(1);
  files[0].path = "a.yaml";
  Json log = Json::parse(written(write_sarif, Lang::en, false, files));
  CHECK(log["runs"][0]["results"].empty());
  CHECK(log["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("sarif: the rules are the registry's codes, in its order, with their explanations' texts",
          "[report][sarif]") {
  for (Lang lang : {Lang::en, Lang::zh}) {
    const Json rules = Json::parse(written(write_sarif, lang))["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == code_registry().size());
    for (std::size_t i = 0; i < rules.size(); ++i) {
      const CodeInfo& code = code_registry()[i];
      INFO(code.code);
      const Explanation* e = find_explanation(code.code);
      REQUIRE(e);
      CHECK(rules[i]["id"] == std::string(code.code));
      CHECK(rules[i]["defaultConfiguration"]["level"] == (code.severity == Severity::error ? "error" : "warning"));
      CHECK(rules[i]["shortDescription"]["text"] == e->summary.in(lang));
      CHECK(rules[i]["fullDescription"]["text"] == e->meaning.in(lang));
      CHECK(rules[i]["help"]["text"] == e->fix.in(lang));
    }
  }
}

TEST_CASE("sarif: fingerprints hash code, path, field and line text, not the line number", "[report][sarif]") {
  auto fingerprint_of = [](int line, const std::string& text, const std::string& path, Lang lang) {
    std::vector<FileResult> files(1);
    files[0].path = path;
    Diagnostic d = finding("mode.unknown", Severity::error, {line, 7}, 4, {"坏", "bad"});
    d.path = "mode";
    d.source_line = text;
    files[0].diagnostics = {d, d};  // the second of two alike differs by its occurrence
    Json results = Json::parse(written(write_sarif, lang, false, files))["runs"][0]["results"];
    REQUIRE(results.size() == 2);
    CHECK(results[0]["partialFingerprints"] != results[1]["partialFingerprints"]);
    return results[0]["partialFingerprints"]["iipcase/v1"].get<std::string>();
  };
  std::string first = fingerprint_of(3, "mode: 智能制造", "a.yaml", Lang::en);
  CHECK(first.size() == 16);
  CHECK(fingerprint_of(30, "  mode: 智能制造 ", "./a.yaml", Lang::zh) == first);  // moved, re-indented, in zh
  CHECK(fingerprint_of(3, "mode: 智能化", "a.yaml", Lang::en) != first);
  CHECK(fingerprint_of(3, "mode: 智能制造", "b.yaml", Lang::en) != first);
}

TEST_CASE("sarif: at most 25,000 results, the rest counted in a notification", "[report][sarif]") {
  std::vector<FileResult> files(2);
  files[0].path = "a.yaml";
  files[1].path = "b.yaml";
  for (int i = 0; i < 25001; ++i)
    files[i % 2].diagnostics.push_back(finding("field.unknown", Severity::warning, {i + 1, 1}, 1, {"键", "key"}));
  Json run = Json::parse(written(write_sarif, Lang::en, false, files))["runs"][0];
  CHECK(run["results"].size() == 25000);
  const Json& notes = run["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "warning");
  CHECK(notes[0]["properties"]["leftOut"] == 1);
  CHECK(notes[0]["message"]["text"].get<std::string>().find("25001 results") != std::string::npos);
  files[1].diagnostics.pop_back();
  run = Json::parse(written(write_sarif, Lang::en, false, files))["runs"][0];
  CHECK(run["results"].size() == 25000);
  CHECK(!run["invocations"][0].contains("toolExecutionNotifications"));
}
