// Aids for writing case files: the template (init), the JSON Schema (schema), explanations (explain).
//
// The template and the schema are generated from the rules in force, never written by hand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"
#include "iipcase/rules.h"

namespace iipcase {

// A complete case file with a comment in both languages above every field and every value
// left empty. With a mode, the mode is filled in and its scenarios are listed ready to keep.
// Checking it unchanged reports only the empty values (field.required, scenario.missing).
std::string case_template(const Rules& rules, const Mode* mode = nullptr);

// The rules as an applicant reads them (`iipcase schema`), in one language: each field's
// requirement, kind, limits and format, then every list of allowed values (modes with their
// scenarios, applicant types, regions, recommender kinds and quotas, planned cities,
// industries) with the other spellings accepted. No comment of the rules data shows through.
std::string rules_guide(const Rules& rules, Lang lang);

// A draft-07 JSON Schema of the case file under these rules: enumerations with every spelling
// the checker accepts, required fields, length limits, formats and bilingual descriptions.
// Indented JSON ending in a newline.
std::string json_schema(const Rules& rules);

// What a diagnostic code means, why the rule exists and how to fix it (schemas/explain.yaml,
// embedded at build time).
struct Explanation {
  std::string code;
  Severity severity = Severity::error;
  Text summary;  // one line
  Text meaning;
  Text why;
  std::string notice;  // the notice's own words the rule comes from (Chinese), or empty
  Text fix;
  std::string wrong;  // YAML snippets: before and after the fix
  std::string right;
};

// Every explanation, in the order of all_codes(). Throws std::runtime_error if the embedded
// data is broken (a build defect the unit tests catch).
const std::vector<Explanation>& explanations();

// The explanation of a code, or nullptr.
const Explanation* find_explanation(std::string_view code);

// The explanations that mention a word (电话, 唯一, phone; ASCII case ignored) in either
// language, in the order of all_codes(): `iipcase explain WORD` for a word that is no code.
std::vector<const Explanation*> codes_mentioning(std::string_view word);

// The codes nearest to a mistyped one (at most three, nearest first; empty when none is near).
std::vector<std::string> nearest_codes(std::string_view code);

// The explanation as text for a terminal, in one language.
std::string explanation_text(const Explanation& explanation, Lang lang);

// One line per code: the code and its summary.
std::string code_list_text(Lang lang);

// The same lines for the codes whose explanation mentions word, under a line saying so.
std::string mentions_text(std::string_view word, const std::vector<const Explanation*>& found, Lang lang);

}  // namespace iipcase
