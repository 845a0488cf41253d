// Unit tests of the JSON Schema generated from the rules (iipcase schema --json-schema).
#include "iipcase/authoring.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>

using namespace iipcase;
using Json = nlohmann::json;

namespace {

Json schema_of(const Rules& rules = embedded_rules()) { return Json::parse(json_schema(rules)); }

// The enum listing the spellings of an enumerated property (its completion-only branch).
Json spellings_of(const Json& property) {
  for (const Json& branch : property.at("oneOf"))
    if (branch.contains("enum")) return branch.at("enum");
  return Json::array();
}

bool contains(const Json& list, const std::string& value) {
  return std::find(list.begin(), list.end(), Json(value)) != list.end();
}

// Every object of the schema, for checks that hold throughout; with skip_conditions, not the
// conditions of if/then (they decide which rule applies, and mark nothing).
template <typename Visit>
void walk(const Json& node, Visit visit, bool skip_conditions = false) {
  visit(node);
  if (node.is_object())
    for (const auto& item : node.items())
      if (!skip_conditions || item.key() != "if") walk(item.value(), visit, skip_conditions);
  if (node.is_array())
    for (const Json& item : node) walk(item, visit, skip_conditions);
}

}  // namespace

TEST_CASE("the schema is draft-07 and requires the required fields") {
  const Json schema = schema_of();
  CHECK(schema.at("$schema") == "http://json-schema.org/draft-07/schema#");
  CHECK(schema.at("type") == "object");
  CHECK(schema.at("required") == Json::array({"title", "mode", "industry", "applicant", "recommender",
                                              "platform", "content", "metrics"}));
  CHECK(schema.at("properties").at("metrics").at("minItems") == 1);
  CHECK(schema.at("properties").at("applicant").at("required") ==
        Json::array({"name", "type", "credit_code", "region", "contact"}));
  CHECK(schema.at("properties").at("metrics").at("items").at("required") ==
        Json::array({"name", "unit", "before", "after"}));
}

TEST_CASE("enumerations offer the Chinese names, ids and aliases") {
  const Json properties = schema_of().at("properties");
  const Json modes = spellings_of(properties.at("mode"));
  for (const Mode& mode : embedded_rules().modes) {
    CHECK(contains(modes, mode.zh));
    CHECK(contains(modes, mode.id));
    for (const std::string& alias : mode.aliases) CHECK(contains(modes, alias));
  }
  const Json types = spellings_of(properties.at("applicant").at("properties").at("type"));
  CHECK(contains(types, "高校"));
  CHECK(contains(types, "university-or-institute"));
  const Json industries = spellings_of(properties.at("industry"));
  CHECK(contains(industries, "C38"));
  CHECK(contains(industries, "电气机械和器材制造业"));
  CHECK(contains(industries, "C38 电气机械和器材制造业"));
  CHECK(contains(spellings_of(properties.at("applicant").at("properties").at("region")), "兵团"));
}

TEST_CASE("recommender.region depends on recommender.kind (if/then)") {
  const Json recommender = schema_of().at("properties").at("recommender");
  const Json& conditions = recommender.at("allOf");
  REQUIRE(conditions.size() == 2);  // province and planned city; a central enterprise has no region
  const Json& province = conditions[0];
  CHECK(province.at("if").at("required") == Json::array({"kind"}));
  CHECK(province.at("then").at("required") == Json::array({"region"}));
  CHECK(contains(spellings_of(province.at("then").at("properties").at("region")), "浙江省"));
  CHECK_FALSE(contains(spellings_of(province.at("then").at("properties").at("region")), "宁波市"));
  const Json city_names = spellings_of(conditions[1].at("then").at("properties").at("region"));
  CHECK(contains(city_names, "宁波市"));
  CHECK_FALSE(contains(city_names, "浙江省"));
  // Without a kind that needs one, the region is optional: not in the object's own required list.
  const Json required = recommender.at("required");
  CHECK(std::find(required.begin(), required.end(), "region") == required.end());
}

TEST_CASE("the schema never forbids what iipcase only warns about") {
  walk(schema_of(), [](const Json& node) {
    if (!node.is_object()) return;
    // Unknown keys and short texts are warnings; JSON Schema's lengths would count white space.
    CHECK_FALSE(node.contains("additionalProperties"));
    CHECK_FALSE(node.contains("minLength"));
    CHECK_FALSE(node.contains("maxLength"));
  });
}

// Checks the description of each property of a mapping, and of the mappings below it.
void check_descriptions(const Json& object) {
  for (const auto& property : object.at("properties").items()) {
    INFO(property.key());
    const std::string description = property.value().value("description", "");
    // Chinese first, then English on a line of its own.
    CHECK(description.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 0);
    bool english_line = false;
    for (auto at = description.find('\n'); at != std::string::npos; at = description.find('\n', at + 1))
      english_line = english_line || (at + 1 < description.size() &&
                                      std::isupper(static_cast<unsigned char>(description[at + 1])));
    CHECK(english_line);
    walk(property.value(), [](const Json& node) {
      if (node.is_object() && node.contains("properties") && node.value("type", "") == "object")
        check_descriptions(node);
    });
  }
}

TEST_CASE("every field has a description in both languages") {
  check_descriptions(schema_of());
  // The notice's words on each mode come with the mode's name in completion.
  const Json mode = schema_of().at("properties").at("mode");
  const Json names = spellings_of(mode);
  const auto at = std::find(names.begin(), names.end(), Json("平台化设计")) - names.begin();
  Json notes;
  for (const Json& branch : mode.at("oneOf"))
    if (branch.contains("markdownEnumDescriptions")) notes = branch.at("markdownEnumDescriptions");
  REQUIRE(notes.size() == names.size());
  CHECK(notes.at(at).get<std::string>().find("聚焦工业设计资源分散、工具软件落后和研发效率低等问题") != std::string::npos);
}

bool has_chinese(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE4; });
}
bool has_english(const std::string& text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

TEST_CASE("every field has a short title and marks in both languages, under 200 characters") {
  walk(schema_of(), [](const Json& node) {
    if (!node.is_object() || !node.contains("properties")) return;
    for (const auto& property : node.at("properties").items()) {
      if (!property.value().contains("title")) continue;  // a condition's then-branch
      INFO(property.key());
      const std::string title = property.value().at("title");
      CHECK((has_chinese(title) && has_english(title) && title.find(" / ") != std::string::npos));
      CHECK(title.size() < 160);
    }
  });
  int messages = 0;
  walk(schema_of(), [&](const Json& node) {
    if (!node.is_object()) return;
    for (const char* key : {"errorMessage", "patternErrorMessage"}) {
      if (!node.contains(key)) continue;
      const std::string message = node.at(key);
      INFO(message);
      ++messages;
      CHECK((has_chinese(message) && has_english(message)));
      // Characters (code points), as an editor shows them.
      CHECK(std::count_if(message.begin(), message.end(), [](char c) { return (c & 0xC0) != 0x80; }) < 200);
    }
    // Every enumerated value or pattern says in words what is wrong.
    if (node.contains("pattern")) CHECK(node.contains("patternErrorMessage"));
  }, true);
  CHECK(messages > 20);
}

TEST_CASE("patterns stay within every validator's limits: no counted repetition over 500") {
  walk(schema_of(), [](const Json& node) {
    if (!node.is_object() || !node.contains("pattern")) return;
    const std::string pattern = node.at("pattern");
    for (auto at = pattern.find(",", 0); at != std::string::npos; at = pattern.find(",", at + 1)) {
      std::size_t end = at + 1;
      while (end < pattern.size() && std::isdigit(static_cast<unsigned char>(pattern[end]))) ++end;
      if (end > at + 1 && end < pattern.size() && pattern[end] == '}') CHECK(std::stoi(pattern.substr(at + 1, end - at - 1)) <= 500);
    }
  });
}

TEST_CASE("the completion list of an enumeration never decides a verdict") {
  walk(schema_of(), [](const Json& node) {
    if (!node.is_object() || !node.contains("enum") || !node.contains("markdownEnumDescriptions")) return;
    CHECK(node.at("not") == Json::object());  // never matches: the pattern beside it decides
    CHECK(node.at("enum").size() == node.at("markdownEnumDescriptions").size());
  });
}

TEST_CASE("the schema comes from the rules: a changed rules file changes it") {
  std::string text(embedded_rules_text());
  const std::string from = "aliases: [数字化管理模式]";
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), "aliases: [数字化管理模式, 数管]");
  const Json modes = spellings_of(schema_of(load_rules(text, "changed.yaml")).at("properties").at("mode"));
  CHECK(contains(modes, "数管"));
  CHECK_FALSE(contains(spellings_of(schema_of().at("properties").at("mode")), "数管"));
}

TEST_CASE("schemas/iip-case-2021.schema.json is the generated schema") {
  std::ifstream in(IIPCASE_SOURCE_DIR "/schemas/iip-case-2021.schema.json", std::ios::binary);
  REQUIRE(in);
  std::ostringstream committed;
  committed << in.rdbuf();
  // If this fails: iipcase schema --json-schema -o schemas/iip-case-2021.schema.json
  CHECK(committed.str() == json_schema(embedded_rules()));
}
