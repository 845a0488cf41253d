// Unit tests of the strict reader of schemas/explain.yaml, the registry of codes.
#include "codes/explain_loader.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

using namespace iipcase;

namespace {

// One entry, with `texts` as its summary line; the other keys well formed.
std::string entry(const std::string& code, const std::string& summary, const std::string& extra = "") {
  return "  - code: " + code +
         "\n    severity: warning\n"
         "    summary: " +
         summary +
         "\n    meaning: {zh: 意思, en: meaning}\n"
         "    why: {zh: 原因, en: why}\n"
         "    fix: {zh: 改法, en: fix}\n"
         "    wrong: a\n    right: b\n" +
         extra;
}

std::string file(const std::string& entries) { return "notice: 通知\ncodes:\n" + entries; }

std::string error_of(const std::string& yaml) {
  try {
    parse_explanations(yaml);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("explain.yaml: a well-formed registry reads in its order") {
  const ExplanationData data = parse_explanations(
      file(entry("b.second", "{zh: 乙, en: \"Second, quoted\"}") + entry("a.first", "{zh: 甲, en: First}")));
  CHECK(data.notice == "通知");
  REQUIRE(data.entries.size() == 2);
  CHECK(data.entries[0].code == "b.second");
  CHECK(data.entries[0].summary.en == "Second, quoted");
  CHECK(data.entries[0].severity == Severity::warning);
  CHECK(data.entries[1].code == "a.first");
}

TEST_CASE("explain.yaml: an unquoted comma in a flow text is a cut text, refused") {
  const std::string problem =
      error_of(file(entry("yaml.alias", "{zh: 锚点, en: Anchors, aliases or merge keys}")));
  CHECK(contains(problem, "codes[0] (yaml.alias).summary"));
  CHECK(contains(problem, "unknown key \"aliases or merge keys\""));
  CHECK(contains(problem, "quote it"));
  // The same cut with a colon after the comma reads as a key with a value: refused too.
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲, en: One, two: three}"))), "unknown key \"two\""));
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲, en: x, fr: y}"))), "unknown key \"fr\""));
}

TEST_CASE("explain.yaml: other defects are refused with the entry named") {
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲}"))), "codes[0] (a.b).summary: missing en"));
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲, en: \"\"}"))), "en must be a non-empty string"));
  CHECK(contains(error_of(file(entry("a.b", "甲"))), "summary must be a mapping"));
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲, en: x}", "    level: 1\n"))), "unknown key \"level\""));
  CHECK(contains(error_of(file(entry("a.b", "{zh: 甲, en: x}") + entry("a.b", "{zh: 乙, en: y}"))),
                 "codes[1]: a.b is listed twice"));
  for (const char* code : {"Mode.unknown", "mode", "mode.", ".unknown", "mode..unknown", "mode.un known",
                           "a.b.c", "mode.-unknown"})
    CHECK(contains(error_of(file(entry(code, "{zh: 甲, en: x}"))), "is not of the form"));
  std::string wrong_severity = file(entry("a.b", "{zh: 甲, en: x}"));
  wrong_severity.replace(wrong_severity.find("warning"), 7, "fatal");
  CHECK(contains(error_of(wrong_severity), "severity must be error or warning"));
  CHECK(contains(error_of("notice: 通知\ncodes: []\n"), "expected a list of codes"));
  CHECK(contains(error_of("notice: 通知\nextra: 1\ncodes:\n" + entry("a.b", "{zh: 甲, en: x}")),
                 "unknown key \"extra\""));
  CHECK(contains(error_of("codes: [a"), "schemas/explain.yaml: line"));
}
