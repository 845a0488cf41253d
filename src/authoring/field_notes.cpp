// What the template and the JSON Schema both say about the fields: requirement, kind, limits.
#include "authoring/field_notes.h"

#include <fmt/format.h>

#include "authoring/patterns.h"
#include "source/source_text.h"

namespace iipcase::authoring {
namespace {

void append(Text& text, const Text& part, std::string_view zh_separator, std::string_view en_separator) {
  if (part.empty()) return;
  if (!text.zh.empty()) text.zh += zh_separator, text.en += en_separator;
  text.zh += part.zh, text.en += part.en;
}

// "Provincial authority (province) or Planned city (planned-city)" / "省级主管部门或计划单列市":
// the values a required_if names.
Text condition_values(const Rules& rules, const FieldRule& rule) {
  const FieldRule* other = rules.field(rule.required_if_field);
  Text out;
  for (std::size_t i = 0; i < rule.required_if_values.size(); ++i) {
    const std::string& id = rule.required_if_values[i];
    Text name{id, id};
    if (other && other->enumeration == Enumeration::recommender_kinds)
      if (const RecommenderKind* kind = rules.recommender_kind(id)) name = {kind->zh, kind->shown(Lang::en) + " (" + id + ")"};
    const bool last = i + 1 == rule.required_if_values.size();
    append(out, name, last && i > 0 ? "或" : "、", last && i > 0 ? " or " : ", ");
  }
  return out;
}

Text requirement(const Rules& rules, const FieldRule& rule) {
  if (rule.required) return {"必填", "required"};
  if (!rule.required_if_field.empty()) {
    Text values = condition_values(rules, rule);
    return {fmt::format("{} 为{}时必填", rule.required_if_field, values.zh),
            fmt::format("required when {} is {}", rule.required_if_field, values.en)};
  }
  if (!rule.missing_code.empty())
    return {fmt::format("选填，缺少时提示 {}", rule.missing_code),
            fmt::format("optional; a warning ({}) when missing", rule.missing_code)};
  return {"选填", "optional"};
}

Text kind_note(const FieldRule& rule) {
  switch (rule.kind) {
    case FieldKind::integer:
      if (rule.minimum && !rule.range_code.empty())
        return {fmt::format("{} 到推荐单位名额之间的整数，不加引号", *rule.minimum),
                fmt::format("a whole number from {} to the recommender's quota, without quotes", *rule.minimum)};
      if (rule.minimum)
        return {fmt::format("不小于 {} 的整数，不加引号", *rule.minimum),
                fmt::format("a whole number of at least {}, without quotes", *rule.minimum)};
      return {"整数，不加引号", "a whole number, without quotes"};
    case FieldKind::number:
      return {"数值，不加引号、不带单位", "a number, without quotes or unit"};
    case FieldKind::strings:
      return {"字符串列表", "a list of strings"};
    case FieldKind::mappings:
      if (rule.min_items > 0)
        return {fmt::format("列表，至少 {} 项", rule.min_items),
                fmt::format("a list of at least {}", rule.min_items)};
      return {"列表", "a list"};
    case FieldKind::string:
    case FieldKind::mapping:
      break;
  }
  return {};
}

Text length_note(const FieldRule& rule) {
  // A value from a list or of a format has its own limit for safety only (no name is that long):
  // the list or the format is what to tell.
  if (rule.enumeration != Enumeration::none || !rule.format.empty()) return {};
  const std::string_view zh_unit = "字（不计空白）", en_unit = "characters (white space not counted)";
  if (rule.min_length > 0 && rule.max_length > 0)
    return {fmt::format("{}–{} {}", rule.min_length, rule.max_length, zh_unit),
            fmt::format("{}–{} {}", rule.min_length, rule.max_length, en_unit)};
  if (rule.max_length > 0 && rule.kind == FieldKind::strings)
    return {fmt::format("每项至多 {} {}", rule.max_length, zh_unit),
            fmt::format("each at most {} {}", rule.max_length, en_unit)};
  if (rule.max_length > 0)
    return {fmt::format("至多 {} {}", rule.max_length, zh_unit),
            fmt::format("at most {} {}", rule.max_length, en_unit)};
  if (rule.min_length > 0)
    return {fmt::format("至少 {} {}", rule.min_length, zh_unit),
            fmt::format("at least {} {}", rule.min_length, en_unit)};
  return {};
}

Text format_note(const Rules& rules, const FieldRule& rule) {
  const Format* format = rules.format(rule.format);
  if (!format) return {};
  Text out{format->description.zh, format->description.en};
  append(out, format->example, "，", ", ");
  return out;
}

// The clause a notice paragraph opens with: "聚焦…等问题，" / "Focusing on problems such as … and …,".
Text problem_clause(const Mode& mode) {
  Text out;
  const std::string& zh = mode.description.zh;
  if (auto comma = zh.find("，"); comma != std::string::npos) out.zh = zh.substr(0, comma);
  const std::string& en = mode.description.en;
  // The English list of problems ends at the first comma after its " and ".
  if (auto and_at = en.find(" and "); and_at != std::string::npos)
    if (auto comma = en.find(", ", and_at); comma != std::string::npos) out.en = en.substr(0, comma);
  return out;
}

}  // namespace

std::string_view key_of(std::string_view path) {
  auto dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

std::vector<const FieldRule*> children_of(const Rules& rules, std::string_view parent) {
  std::vector<const FieldRule*> out;
  for (const FieldRule& rule : rules.fields) {
    auto dot = rule.path.rfind('.');
    std::string_view own_parent =
        dot == std::string::npos ? std::string_view() : std::string_view(rule.path).substr(0, dot);
    if (own_parent == parent) out.push_back(&rule);
  }
  return out;
}

Text field_form(const Rules& rules, const FieldRule& rule) {
  Text notes = kind_note(rule);
  append(notes, length_note(rule), "；", "; ");
  append(notes, format_note(rules, rule), "；", "; ");
  return notes;
}

Text field_requirements(const Rules& rules, const FieldRule& rule) {
  Text notes = requirement(rules, rule);
  append(notes, field_form(rules, rule), "；", "; ");
  // The notes open a sentence of their own.
  if (!notes.en.empty() && notes.en[0] >= 'a' && notes.en[0] <= 'z')
    notes.en[0] = static_cast<char>(notes.en[0] - 'a' + 'A');
  return notes;
}

Text field_notes(const Rules& rules, const FieldRule& rule) {
  Text out = rule.description;
  append(out, field_requirements(rules, rule), "。", ". ");
  return out;
}

std::vector<Text> mode_lines(const Rules& rules) {
  std::vector<Text> lines;
  for (const Mode& mode : rules.modes) {
    const Text clause = problem_clause(mode);
    Text line{fmt::format("{}（{}）", mode.zh, mode.id),
              fmt::format("{} ({}, {})", mode.id, mode.zh, mode.en)};
    if (!clause.zh.empty()) line.zh += "：" + clause.zh;
    if (!clause.en.empty()) line.en += ": " + clause.en;
    lines.push_back(std::move(line));
  }
  return lines;
}

std::vector<std::string> value_names(const Rules& rules, Enumeration enumeration) {
  std::vector<std::string> out;
  for (const Named* named : authoring::entries_of(rules, enumeration))
    out.push_back(enumeration == Enumeration::industries ? named->id + " " + named->zh
                                                         : fmt::format("{}（{}）", named->zh, named->id));
  return out;
}

std::vector<std::string> wrap(std::string_view text, int width) {
  // Words: a run of narrow characters, or one wide (CJK) character. Closing punctuation sticks
  // to the word before it and opening punctuation to the word after, as Chinese typesetting has it.
  struct Word {
    std::string text;
    bool space_before = false;
    bool line_break = false;
  };
  std::vector<Word> words;
  bool space = false, narrow_open = false, glue_next = false;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view cp = text.substr(i, length);
    i += length;
    if (cp == " ") {
      space = true, narrow_open = glue_next = false;
      continue;
    }
    if (cp == "\n") {
      words.push_back({"", false, true});
      space = narrow_open = glue_next = false;
      continue;
    }
    const bool wide = display_width(cp) == 2;
    const bool closing =
        wide && std::string_view("，。、；：）》」』”’！？").find(cp) != std::string_view::npos;
    const bool joins = !words.empty() && !space && (glue_next || closing || (!wide && narrow_open));
    if (joins)
      words.back().text += cp;
    else
      words.push_back({std::string(cp), space, false});
    narrow_open = !wide;
    glue_next = wide && std::string_view("（《「『“‘").find(cp) != std::string_view::npos;
    space = false;
  }
  std::vector<std::string> lines(1);
  int used = 0;
  for (const Word& word : words) {
    if (word.line_break) {
      lines.emplace_back(), used = 0;
      continue;
    }
    const int w = display_width(word.text);
    const bool gap = word.space_before && !lines.back().empty();
    if (!lines.back().empty() && used + (gap ? 1 : 0) + w > width) {
      lines.emplace_back(word.text), used = w;
      continue;
    }
    if (gap) lines.back() += ' ', ++used;
    lines.back() += word.text, used += w;
  }
  return lines;
}

}  // namespace iipcase::authoring
