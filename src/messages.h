// Builds diagnostics from the bilingual message table (messages.cpp).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"

namespace iipcase {

// A named value for a message template ("{value}"); it may read differently per language.
struct Arg {
  const char* name;
  Text value;

  Arg(const char* n, std::string v) : name(n), value{v, v} {}
  Arg(const char* n, const char* v) : name(n), value{v, v} {}
  Arg(const char* n, std::string_view v) : name(n), value{std::string(v), std::string(v)} {}
  Arg(const char* n, Text v) : name(n), value(std::move(v)) {}
  Arg(const char* n, long long v) : name(n), value{std::to_string(v), std::to_string(v)} {}
};

using Args = std::initializer_list<Arg>;

// A finding from the table entry `message_id` (e.g. "credit-code.format.length"); its code and
// default hint come from the entry, its severity from the code's entry in the registry.
Diagnostic diagnose(std::string_view message_id, std::string path, Position position, int length,
                    Args args = {});

// A text from the table (hints such as "hint.did-you-mean"), filled with args.
Text text(std::string_view message_id, Args args = {});

// Whether the table has an entry with this id (for tests of completeness).
bool has_message(std::string_view message_id);

// Every entry that is a finding (not a hint): its id and its code, in the table's order.
struct MessageOfCode {
  std::string_view id, code;
};
std::vector<MessageOfCode> finding_messages();
bool message_table_sorted();  // look-ups are binary searches

}  // namespace iipcase
