// Tests of the rules archive: the embedded rules read back equal the rules parsed from the YAML.
#include <catch2/catch.hpp>


#include "iipcase/rules.h"
#include "rules/rules_archive.h"

using namespace iipcase;

TEST_CASE("the embedded archive holds the rules of the embedded YAML", "[rules]") {
  const Rules parsed = load_rules(embedded_rules_text(), "embedded rules");
  const Rules& archived = embedded_rules();
  CHECK(save_rules(archived) == save_rules(parsed));
  CHECK(archived.id == parsed.id);
  CHECK(archived.modes.size() == parsed.modes.size());
  CHECK(archived.modes.front().scenarios == parsed.modes.front().scenarios);
  CHECK(archived.regions.back().quota == parsed.regions.back().quota);
  CHECK(archived.fields.back().description.zh == parsed.fields.back().description.zh);
  CHECK(archived.implausible_change_percent == parsed.implausible_change_percent);
  CHECK(archived.metric_words.count_units == parsed.metric_words.count_units);
  REQUIRE(archived.metric_words.statements.scale_prefixes.size() == 2);
  CHECK(archived.metric_words.statements.scale_prefixes[1].factor == 1e8);
}

TEST_CASE("format matchers are compiled again when the archive is read", "[rules]") {
  for (const Format& format : embedded_rules().formats) {
    CAPTURE(format.name);
    REQUIRE(format.matcher);
  }
  const Format* phone = embedded_rules().format("phone");
  REQUIRE(phone);
  CHECK(phone->matches("13800138000"));
  CHECK_FALSE(phone->matches("12800138000"));
}

TEST_CASE("bytes that are no rules archive are a RulesError", "[rules]") {
  CHECK_THROWS_AS(restore_rules(""), RulesError);
  CHECK_THROWS_AS(restore_rules("schema: iip-case/2021\n"), RulesError);
  std::string archive = save_rules(embedded_rules());
  CHECK_THROWS_AS(restore_rules(archive.substr(0, archive.size() / 2)), RulesError);
  CHECK_THROWS_AS(restore_rules(archive + "x"), RulesError);
  CHECK(restore_rules(archive).fields.size() == embedded_rules().fields.size());
}
