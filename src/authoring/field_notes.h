// What the template and the JSON Schema both say about the fields, so the two never disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iipcase/rules.h"

namespace iipcase::authoring {

// The last key of a rule path: "applicant.contact.phone" → "phone".
std::string_view key_of(std::string_view path);

// The rows directly under a row of the field table: "" for the top level, "metrics[]" for the
// entries of the list of mappings "metrics", "applicant" for the mapping "applicant".
std::vector<const FieldRule*> children_of(const Rules& rules, std::string_view parent);

// The form of a field's value: kind, length and format, e.g. "6–50 字（不计空白）" (empty when
// nothing is asked of it but to be there).
Text field_form(const Rules& rules, const FieldRule& rule);

// What a field must be: requirement, kind, length and format, e.g.
// "必填；6–50 字（不计空白）" / "Required; 6–50 characters (white space not counted)".
Text field_requirements(const Rules& rules, const FieldRule& rule);

// The field's description followed by its requirement, kind, length and format, e.g.
// "案例名称。必填；6–50 字（不计空白）" / "Case title. Required; 6–50 characters (white space not counted)".
Text field_notes(const Rules& rules, const FieldRule& rule);

// One line per mode: its names and the problems it addresses, in the notice's words.
std::vector<Text> mode_lines(const Rules& rules);

// The entries of an enumeration as a reader picks them: "制造企业（manufacturer）"; industries by
// code first, "C38 电气机械和器材制造业", as they are usually written.
std::vector<std::string> value_names(const Rules& rules, Enumeration enumeration);

// A paragraph broken into lines of at most `width` terminal columns (CJK characters count two):
// at spaces in English, between characters in Chinese.
std::vector<std::string> wrap(std::string_view text, int width);

}  // namespace iipcase::authoring
