// ECMAScript patterns that say in a JSON Schema what the checks decide in C++.
//
// Blank values, lengths without white space, and every spelling of an enumerated value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iipcase/rules.h"

namespace iipcase::authoring {

// A pattern matching a string with at least one character that is not white space (the checker
// takes a value of white space only as missing).
std::string not_blank_pattern();

// A string of white space only, or empty.
std::string blank_pattern();

// A whole string of `min` (1 unless said) to `max` characters, white space not counted (how the
// checker counts 字数).
std::string length_pattern(int max, int min = 1);

// A whole value matching an ECMAScript pattern that may not be anchored itself.
std::string anchored(std::string_view pattern);

// A value that is the literal, with spaces or tabs around it (how `schema` is read).
std::string trimmed_literal_pattern(std::string_view literal);

// Exactly one spelling of the entry, the id in any ASCII case: how a condition on another
// field's value is read ("required when recommender.kind is province").
std::string name_pattern(const Named& named);

// The exact spellings of a value, for editors to offer: Chinese name, id, aliases.
std::vector<std::string> spellings(const Named& named);

// The entries of an enumeration (for recommender regions: provincial-level regions, then
// planned cities).
std::vector<const Named*> entries_of(const Rules& rules, Enumeration enumeration);

// A pattern matching every spelling the checker accepts for one of the entries: the Chinese
// name, an alias, the id in any ASCII case, or two of these of one entry joined by a space
// ("C38 电气机械和器材制造业"), with trailing spaces (src/checks/enums.cpp).
std::string spelling_pattern(const std::vector<const Named*>& entries);

}  // namespace iipcase::authoring
