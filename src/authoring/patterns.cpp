// ECMAScript patterns for the JSON Schema, mirroring how the checks read values.
#include "authoring/patterns.h"

#include <algorithm>

#include <fmt/format.h>

namespace iipcase::authoring {
namespace {

// Unicode White_Space, the characters the checker does not count (source_text.cpp), as the body
// of a character class. \s would differ: it has U+FEFF and lacks U+0085.
constexpr std::string_view k_space =
    "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

// Escapes the characters that are syntax in a pattern. Only these: with the u flag (which ajv
// uses) escaping anything else, such as "-", is an error.
std::string escaped(std::string_view literal) {
  std::string out;
  for (char c : literal) {
    if (std::string_view("^$\\.*+?()[]{}|/").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// An id in any ASCII case, as the checker compares ids: "c38" → "[cC]38".
std::string any_case(std::string_view id) {
  std::string out;
  for (char c : id) {
    if (c >= 'a' && c <= 'z')
      out += fmt::format("[{}{}]", c, char(c - 'a' + 'A'));
    else if (c >= 'A' && c <= 'Z')
      out += fmt::format("[{}{}]", char(c - 'A' + 'a'), c);
    else
      out += escaped(std::string_view(&c, 1));
  }
  return out;
}

// The names of an entry as one group; without_spaces leaves out names that contain a space.
std::string one_of_names(const Named& named, bool without_spaces) {
  std::vector<std::string> names;
  for (const std::string& name : spellings(named)) {
    if (without_spaces && name.find(' ') != std::string::npos) continue;
    names.push_back(name == named.id ? any_case(name) : escaped(name));
  }
  return fmt::format("(?:{})", fmt::join(names, "|"));
}

template <typename T>
void add_all(std::vector<const Named*>& out, const std::vector<T>& list) {
  for (const T& item : list) out.push_back(&item);
}

}  // namespace

std::string not_blank_pattern() { return fmt::format("[^{}]", k_space); }

std::string blank_pattern() { return fmt::format("^[{}]*$", k_space); }

std::string length_pattern(int max, int min) {
  return fmt::format("^[{0}]*(?:[^{0}][{0}]*){{{1},{2}}}$", k_space, min, max);
}

std::string anchored(std::string_view pattern) { return fmt::format("^(?:{})$", pattern); }

std::string trimmed_literal_pattern(std::string_view literal) {
  return fmt::format("^[ \\t]*{}[ \\t]*$", escaped(literal));
}

std::string name_pattern(const Named& named) { return fmt::format("^{}$", one_of_names(named, false)); }

std::vector<std::string> spellings(const Named& named) {
  std::vector<std::string> out = {named.zh};
  auto add = [&](const std::string& name) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  };
  add(named.id);
  for (const std::string& alias : named.aliases) add(alias);
  return out;
}

std::vector<const Named*> entries_of(const Rules& rules, Enumeration enumeration) {
  std::vector<const Named*> out;
  // clang-format off
  switch (enumeration) {
    case Enumeration::modes: add_all(out, rules.modes); break;
    case Enumeration::applicant_types: add_all(out, rules.applicant_types); break;
    case Enumeration::regions: add_all(out, rules.regions); break;
    case Enumeration::recommender_kinds: add_all(out, rules.recommender_kinds); break;
    case Enumeration::recommender_regions: add_all(out, rules.regions), add_all(out, rules.planned_cities); break;
    case Enumeration::industries: add_all(out, rules.industries); break;
    case Enumeration::none: break;
  }
  // clang-format on
  return out;
}

std::string spelling_pattern(const std::vector<const Named*>& entries) {
  std::vector<std::string> alternatives;
  for (const Named* named : entries) {
    // The checker splits "id name" at the first space, so a name with a space of its own only
    // matches whole.
    const std::string whole = one_of_names(*named, false), part = one_of_names(*named, true);
    alternatives.push_back(whole == part ? fmt::format("{0}(?: {0})?", whole)
                                         : fmt::format("{0}|{1} {1}", whole, part));
  }
  return fmt::format("^(?:{}) *$", fmt::join(alternatives, "|"));
}

}  // namespace iipcase::authoring
