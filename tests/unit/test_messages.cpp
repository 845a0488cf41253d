// The message table: complete, sorted, both languages filled.
#include <set>
#include <string>

#include <catch2/catch.hpp>

#include "messages.h"

using namespace iipcase;

TEST_CASE("the message table is sorted for its binary search") { CHECK(message_table_sorted()); }

TEST_CASE("the registry: each code once, well formed, found by name") {
  const std::vector<CodeInfo>& registry = code_registry();
  REQUIRE(registry.size() == all_codes().size());
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < registry.size(); ++i) {
    INFO(registry[i].code);
    CHECK(all_codes()[i] == registry[i].code);
    CHECK(seen.insert(registry[i].code).second);
    CHECK(find_code(registry[i].code) == &registry[i]);
  }
  CHECK(find_code("no.such-code") == nullptr);
  CHECK(find_code("credit-code.checksum")->severity == Severity::error);
  CHECK(find_code("field.unknown")->severity == Severity::warning);
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

TEST_CASE("every code of the registry has a message, and every message a code of the registry") {
  std::set<std::string_view> with_message;
  for (const MessageOfCode& m : finding_messages()) {
    INFO(m.id);
    CHECK(find_code(m.code) != nullptr);
    // An id is its code, or its code and a variant: credit-code.format.length.
    CHECK((m.id == m.code || m.id.rfind(std::string(m.code) + ".", 0) == 0));
    with_message.insert(m.code);
  }
  for (std::string_view code : all_codes()) {
    INFO(code);
    CHECK(with_message.count(code) == 1);
  }
}

TEST_CASE("a finding's severity is its code's in the registry, for every message") {
  for (const MessageOfCode& m : finding_messages()) {
    INFO(m.id);
    const Diagnostic d = diagnose(m.id, "", {}, 0);
    CHECK(d.code == m.code);
    REQUIRE(find_code(m.code));
    CHECK(d.severity == find_code(m.code)->severity);
  }
}
