// The message table: complete, sorted, both languages filled.
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "messages.h"

using namespace iipcase;

TEST_CASE("the message table is sorted for its binary search") { CHECK(message_table_sorted()); }

TEST_CASE("every code of the spec is in all_codes, in the spec's order") {
  std::ifstream spec(IIPCASE_SOURCE_DIR "/tests/codes.txt");
  std::vector<std::string_view> listed;
  std::vector<std::string> lines;
  for (std::string line; std::getline(spec, line);)
    if (!line.empty()) lines.push_back(line);
  for (const std::string& line : lines) listed.push_back(line);
  CHECK(listed == all_codes());
}

TEST_CASE("messages are filled in both languages") {
  Diagnostic d = diagnose("mode.unknown", "mode", {3, 7}, 4, {{"value", "智能制造"}, {"choices", Text{"甲、乙", "a, b"}}});
  CHECK(d.code == "mode.unknown");
  CHECK(d.severity == Severity::error);
  CHECK(d.message.en == "\"智能制造\" is not one of the six application modes");
  CHECK(d.message.zh == "“智能制造”不是六大应用模式之一");
  CHECK(d.hint.en == "use one of: a, b");
  CHECK(d.hint.zh == "可选：甲、乙");
  CHECK(diagnose("field.too-short", "title", {}, 0, {{"field", "title"}, {"length", 3LL}, {"min", 6LL}}).severity ==
        Severity::warning);
}

TEST_CASE("every code has at least one message") {
  for (std::string_view code : all_codes()) {
    bool found = has_message(code);
    for (const char* variant : {".bom", ".length", ".title", ".credit-code", ".equal", ".kind", ".alias"})
      found = found || has_message(std::string(code) + variant);
    INFO(code);
    CHECK(found);
  }
}
