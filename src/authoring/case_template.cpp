// The case template `iipcase init` prints: every field, a bilingual comment above, values empty.
//
// Empty values are the placeholders: `check` on the template reports only field.required (and
// scenario.missing), with messages that name what is still to fill in.
#include <fmt/format.h>

#include <algorithm>

#include "authoring/field_notes.h"
#include "iipcase/authoring.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

using authoring::children_of;
using authoring::key_of;

constexpr int k_width = 100;      // columns of a comment line, CJK characters counting two
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
    comment(0, {fmt::format("{} · 案例文件模板（{}，规则 {}）", m_rules.title.zh, m_rules.notice_number,
                            m_rules.id),
                fmt::format("{} · case file template ({}, rules {})", m_rules.title.en, m_rules.notice_number,
                            m_rules.id)});
    m_lines.emplace_back("#");
    comment(
        0, {"填写每一个空值（\"\"、| 下方或冒号后的空白），然后运行 iipcase check 文件名。"
            "字数按字符计，不计空白；少于下限是提醒，超过上限是错误。查看提示的含义：iipcase explain 代码。",
            "Fill in every empty value (\"\", below a |, or nothing after the colon), then run iipcase check "
            "FILE. Lengths count characters without white space; below a minimum is a warning, above a "
            "maximum an error. What a finding means: iipcase explain CODE."});
  }

  // Comment lines at an indentation, each language wrapped on its own; `inner` indents the text
  // within the comment (the items of a list).
  void comment(int indent, const Text& text, int inner = 0) {
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    const std::string lead = "# " + std::string(static_cast<std::size_t>(inner), ' ');
    for (const std::string* language : {&text.zh, &text.en}) {
      if (language->empty() || (language == &text.en && text.en == text.zh)) continue;
      for (const std::string& line : authoring::wrap(*language, k_width - m_commented - indent - inner - 2))
        m_lines.push_back(pad + lead + line);
    }
  }

  // Items in columns under a label, as many to a line as fit.
  void list_comment(int indent, const Text& label, const std::vector<std::string>& items) {
    comment(indent, label);
    int column = 0;
    for (const std::string& item : items) column = std::max(column, display_width(item) + 2);
    const int available = k_width - m_commented - indent - 4;
    const int per_line = std::max(1, available / std::max(column, 1));
    std::string line;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const bool last_on_line = (i + 1) % static_cast<std::size_t>(per_line) == 0 || i + 1 == items.size();
      line += items[i];
      if (!last_on_line) line += std::string(static_cast<std::size_t>(column - display_width(items[i])), ' ');
      // Pushed as it is: wrapping would close up the padding.
      if (last_on_line)
        m_lines.push_back(std::string(static_cast<std::size_t>(indent), ' ') + "#   " + line), line.clear();
    }
  }

  void values(const FieldRule& rule, int indent) {
    const Text one_of{"可选：", "One of:"};
    switch (rule.enumeration) {
      case Enumeration::modes:
        comment(indent, one_of);
        for (const Text& line : authoring::mode_lines(m_rules)) comment(indent, line, 2);
        if (m_mode) {
          comment(indent, {fmt::format("所选模式：{}（{}）", m_mode->zh, m_mode->id),
                           fmt::format("The chosen mode: {} ({})", m_mode->id, m_mode->zh)});
          comment(indent, m_mode->description, 2);
        }
        return;
      case Enumeration::industries:
        return list_comment(
            indent,
            {"可选（写代码、名称，或“代码 名称”）：", "One of (the code, the name, or \"code name\"):"},
            authoring::value_names(m_rules, rule.enumeration));
      case Enumeration::recommender_kinds: {
        std::vector<std::string> items;
        for (const RecommenderKind& kind : m_rules.recommender_kinds)
          items.push_back(fmt::format("{}（{}）：至多推荐 {} 个 / up to {} cases", kind.zh, kind.id,
                                      kind.quota, kind.quota));
        return list_comment(indent, one_of, items);
      }
      case Enumeration::recommender_regions:
        return recommender_regions(indent);
      case Enumeration::none:
        return;
      default:
        return list_comment(indent, one_of, authoring::value_names(m_rules, rule.enumeration));
    }
  }

  void recommender_regions(int indent) {
    for (const RecommenderKind& kind : m_rules.recommender_kinds) {
      if (kind.scope == RecommenderScope::provincial) {
        comment(indent, {fmt::format("{}（{}）：省级地区，取值同 applicant.region", kind.zh, kind.id),
                         fmt::format("{} ({}): a provincial-level region, as in applicant.region", kind.id,
                                     kind.zh)});
      } else if (kind.scope == RecommenderScope::planned_city) {
        std::vector<std::string> cities;
        for (const PlannedCity& city : m_rules.planned_cities)
          cities.push_back(fmt::format("{}（{}）", city.zh, city.id));
        list_comment(indent,
                     {fmt::format("{}（{}）：以下城市之一", kind.zh, kind.id),
                      fmt::format("{} ({}): one of these cities", kind.id, kind.zh)},
                     cities);
      } else {
        comment(indent, {fmt::format("{}（{}）：不填", kind.zh, kind.id),
                         fmt::format("{} ({}): leave it empty", kind.id, kind.zh)});
      }
    }
  }

  void scenarios(int indent) {
    if (!m_mode) {
      comment(indent, {"各模式的场景（用 iipcase init --mode 模式 生成带场景的模板）：",
                       "Scenarios of each mode (iipcase init --mode MODE lists the chosen mode's):"});
      for (const Mode& mode : m_rules.modes) {
        std::string items;
        for (const std::string& s : mode.scenarios) items += (items.empty() ? "" : "、") + s;
        comment(indent, {fmt::format("{}：{}", mode.zh, items), {}}, 2);
      }
      return;
    }
    comment(indent,
            {"保留适用的场景（删去行首的 #）", "Keep the scenarios that apply (remove the # at the start)"});
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
      case FieldKind::string:
        return m_lines.push_back(lead + key + ": " + string_value(rule));
      case FieldKind::integer:
      case FieldKind::number:
        return m_lines.push_back(lead + key + ":");
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
      case FieldKind::mappings:
        return entries(rule, lead + key + ":", indent + 4);
    }
  }

  // A list of mappings: one entry to fill in when the list is required; else one commented out,
  // ready to be uncommented as a whole.
  void entries(const FieldRule& rule, const std::string& key_line, int indent) {
    const bool commented = !rule.required && rule.min_items == 0;
    if (commented)
      comment(indent - 4,
              {"需要时删去下面各行开头的“# ”，每项复制一份",
               "When needed, remove the \"# \" at the start of the lines below; copy them for each entry"});
    m_lines.push_back(key_line);
    const std::size_t first = m_lines.size();
    m_commented += commented ? 2 : 0;
    bool first_child = true;
    for (const FieldRule* child : children_of(m_rules, rule.path + "[]")) {
      field(*child, indent, first_child);
      first_child = false;
    }
    m_commented -= commented ? 2 : 0;
    if (!commented) return;
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
  int m_commented = 0;  // columns the "# " of a commented-out entry will take
};

}  // namespace

std::string case_template(const Rules& rules, const Mode* mode) {
  return TemplateWriter(rules, mode).write();
}

}  // namespace iipcase
