// The case template `iipcase init` prints: every field of the rules with a bilingual comment
// above it and its value left empty, so that `check` on it reports only what is still to fill in.
#include <fmt/format.h>

#include "authoring/field_notes.h"
#include "iipcase/authoring.h"

namespace iipcase {
namespace {

using authoring::children_of;
using authoring::key_of;

constexpr int k_width = 100;  // columns of a comment line, CJK characters counting two
constexpr int k_long_text = 100;  // fields allowed more characters than this get a block scalar

class TemplateWriter {
 public:
  TemplateWriter(const Rules& rules, const Mode* mode) : m_rules(rules), m_mode(mode) {}

  std::string write() {
    header();
    for (const FieldRule* rule : children_of(m_rules, "")) {
      m_lines.emplace_back();
      field(*rule, 0, false);
    }
    std::string out;
    for (const std::string& line : m_lines) out += line + "\n";
    return out;
  }

 private:
  void header() {
    comment(0, {fmt::format("{} · 案例文件模板（{}，规则 {}）", m_rules.title.zh, m_rules.notice_number, m_rules.id),
                fmt::format("{} · case file template ({}, rules {})", m_rules.title.en, m_rules.notice_number,
                            m_rules.id)});
    m_lines.emplace_back("#");
    comment(0, {"填写每一个空值（\"\"、| 下方或冒号后的空白），然后运行 iipcase check 文件名。"
                "字数按字符计，不计空白；少于下限是提醒，超过上限是错误。查看提示的含义：iipcase explain 代码。",
                "Fill in every empty value (\"\", below a |, or nothing after the colon), then run iipcase check "
                "FILE. Lengths count characters without white space; below a minimum is a warning, above a "
                "maximum an error. What a finding means: iipcase explain CODE."});
  }

  // Comment lines at an indentation, each language wrapped on its own.
  void comment(int indent, const Text& text) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    for (const std::string* language : {&text.zh, &text.en}) {
      if (language->empty() || (language == &text.en && text.en == text.zh)) continue;
      for (const std::string& line : authoring::wrap(*language, k_width - indent - 2))
        m_lines.push_back(pad + "# " + line);
    }
  }

  // A list under a label, one wrapped paragraph: "可选 / one of: a、b、c".
  void list_comment(int indent, std::string_view label, const std::string& items) {
    comment(indent, {fmt::format("{}{}", label, items), {}});
  }

  void values(const FieldRule& rule, int indent) {
    switch (rule.enumeration) {
      case Enumeration::modes:
        comment(indent, {"可选 / one of:", {}});
        for (const Text& line : authoring::mode_lines(m_rules)) comment(indent + 2, line);
        if (m_mode) {
          comment(indent, {fmt::format("所选模式 / chosen mode: {}（{}）", m_mode->zh, m_mode->id), {}});
          comment(indent + 2, m_mode->description);
        }
        return;
      case Enumeration::industries: {
        std::string items;
        for (const Named& industry : m_rules.industries)
          items += (items.empty() ? "" : " · ") + industry.id + " " + industry.zh;
        return list_comment(indent, "可选（填代码、名称或“代码 名称”）/ one of (code, name, or \"code name\"): ", items);
      }
      case Enumeration::recommender_kinds: {
        std::string items;
        for (const RecommenderKind& kind : m_rules.recommender_kinds)
          items += fmt::format("{}{}（{}，至多推荐 {} 个 / up to {} cases）", items.empty() ? "" : "、", kind.zh,
                               kind.id, kind.quota, kind.quota);
        return list_comment(indent, "可选 / one of: ", items);
      }
      case Enumeration::recommender_regions: return recommender_regions(indent);
      case Enumeration::none: return;
      default: return list_comment(indent, "可选 / one of: ", authoring::value_list(m_rules, rule.enumeration).zh);
    }
  }

  void recommender_regions(int indent) {
    for (const RecommenderKind& kind : m_rules.recommender_kinds) {
      if (kind.scope == RecommenderScope::provincial)
        comment(indent, {fmt::format("{}（{}）：省级地区，取值同 applicant.region", kind.zh, kind.id),
                         fmt::format("{} ({}): a provincial-level region, as in applicant.region", kind.id, kind.zh)});
      else if (kind.scope == RecommenderScope::planned_city)
        list_comment(indent, fmt::format("{}（{}）/ {}: ", kind.zh, kind.id, kind.id), planned_cities());
      else
        comment(indent, {fmt::format("{}（{}）：不填", kind.zh, kind.id), fmt::format("{} ({}): leave it empty", kind.id, kind.zh)});
    }
  }

  std::string planned_cities() const {
    std::string items;
    for (const PlannedCity& city : m_rules.planned_cities)
      items += fmt::format("{}{}（{}）", items.empty() ? "" : "、", city.zh, city.id);
    return items;
  }

  void scenarios(int indent) {
    if (!m_mode) {
      comment(indent, {"各模式的场景（用 iipcase init --mode 模式 生成带场景的模板）：",
                       "Scenarios of each mode (iipcase init --mode MODE lists the chosen mode's):"});
      for (const Mode& mode : m_rules.modes) {
        std::string items;
        for (const std::string& s : mode.scenarios) items += (items.empty() ? "" : "、") + s;
        comment(indent + 2, {fmt::format("{}：{}", mode.zh, items), {}});
      }
      return;
    }
    comment(indent, {"保留适用的场景（删去行首的 #）", "Keep the scenarios that apply (remove the # at the start)"});
  }

  void field(const FieldRule& rule, int indent, bool in_list) {
    const std::string key(key_of(rule.path));
    // The first key of a list entry stands after "- ": its comment goes above the dash.
    const int comment_indent = in_list ? indent - 2 : indent;
    comment(comment_indent, authoring::field_notes(m_rules, rule));
    values(rule, comment_indent);
    // The scenarios are the mode's (scenarios.cpp), not a list of the field table.
    if (rule.path == "scenarios") scenarios(comment_indent);
    const std::string lead = in_list ? std::string(static_cast<std::size_t>(indent - 2), ' ') + "- "
                                     : std::string(static_cast<std::size_t>(indent), ' ');
    switch (rule.kind) {
      case FieldKind::string: return m_lines.push_back(lead + key + ": " + string_value(rule));
      case FieldKind::integer:
      case FieldKind::number: return m_lines.push_back(lead + key + ":");
      case FieldKind::strings: {
        m_lines.push_back(lead + key + ":");
        const std::string item_pad(static_cast<std::size_t>(indent + 2), ' ');
        if (m_mode && rule.path == "scenarios")
          for (const std::string& s : m_mode->scenarios) m_lines.push_back(item_pad + "# - " + s);
        return;
      }
      case FieldKind::mapping:
        m_lines.push_back(lead + key + ":");
        for (const FieldRule* child : children_of(m_rules, rule.path)) field(*child, indent + 2, false);
        return;
      case FieldKind::mappings: return entries(rule, lead + key + ":", indent + 4);
    }
  }

  // A list of mappings: one entry to fill in when the list is required; else one commented out,
  // ready to be uncommented as a whole.
  void entries(const FieldRule& rule, const std::string& key_line, int indent) {
    m_lines.push_back(key_line);
    const std::size_t first = m_lines.size();
    bool first_child = true;
    for (const FieldRule* child : children_of(m_rules, rule.path + "[]")) {
      field(*child, indent, first_child);
      first_child = false;
    }
    if (rule.required || rule.min_items > 0) return;
    const std::size_t at = static_cast<std::size_t>(indent - 2);
    for (std::size_t i = first; i < m_lines.size(); ++i) m_lines[i].insert(at, "# ");
  }

  std::string string_value(const FieldRule& rule) const {
    if (rule.path == "schema") return m_rules.id;
    if (m_mode && rule.enumeration == Enumeration::modes) return m_mode->zh;
    // Long texts are easiest to write as a block: the lines indented under `key: |`.
    return rule.max_length > k_long_text ? "|" : "\"\"";
  }

  const Rules& m_rules;
  const Mode* m_mode;
  std::vector<std::string> m_lines;
};

}  // namespace

std::string case_template(const Rules& rules, const Mode* mode) { return TemplateWriter(rules, mode).write(); }

}  // namespace iipcase
