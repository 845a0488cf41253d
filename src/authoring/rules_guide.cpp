// `iipcase schema`: the rules in force as an applicant reads them, in one language — each field's
// requirement, limits and format, then every list of allowed values with its other spellings.
#include <fmt/format.h>

#include "authoring/field_notes.h"
#include "authoring/patterns.h"
#include "iipcase/authoring.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

constexpr int k_width = 100;

struct Guide {
  const Rules& rules;
  Lang lang;
  std::string out;

  const std::string& in(const Text& t) const { return t.in(lang); }
  std::string tr(std::string_view zh, std::string_view en) const { return std::string(lang == Lang::zh ? zh : en); }
  std::string list_separator() const { return tr("、", ", "); }

  void heading(const Text& title) { out += "\n" + in(title) + "\n"; }

  // A paragraph under a label, wrapped, its continuation lines under the text.
  void item(std::string_view label, std::string_view text, std::size_t label_width) {
    std::string pad(label_width + 4, ' ');
    std::vector<std::string> lines = authoring::wrap(text, k_width - static_cast<int>(pad.size()));
    std::string first = fmt::format("  {:<{}}  ", label, label_width);
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? pad : first) + lines[i] + "\n";
  }

  // "智能化制造（smart-manufacturing；也可写：智能化制造模式）" /
  // "Intelligent manufacturing: write 智能化制造 or smart-manufacturing (also: 智能化制造模式)".
  std::string entry(const Named& named) const {
    std::string also;
    for (const std::string& alias : named.aliases) also += (also.empty() ? "" : list_separator()) + alias;
    if (lang == Lang::zh)
      return also.empty() ? fmt::format("{}（{}）", named.zh, named.id)
                          : fmt::format("{}（{}；也可写：{}）", named.zh, named.id, also);
    std::string line = fmt::format("{}: write {} or {}", named.shown(Lang::en), named.zh, named.id);
    return also.empty() ? line : fmt::format("{} (also: {})", line, also);
  }

  void entries(const std::vector<const Named*>& list) {
    for (const Named* named : list) {
      std::vector<std::string> lines = authoring::wrap(entry(*named), k_width - 4);
      for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "    " : "  ") + lines[i] + "\n";
    }
  }

  template <typename T>
  static std::vector<const Named*> pointers(const std::vector<T>& list) {
    std::vector<const Named*> out;
    for (const T& item : list) out.push_back(&item);
    return out;
  }

  // Where a field's values are listed: the heading of that section below.
  Text values_section(Enumeration enumeration) const {
    switch (enumeration) {
      case Enumeration::modes: return {"应用模式与应用场景", "Application modes and their scenarios"};
      case Enumeration::applicant_types: return {"申报主体类型", "Applicant types"};
      case Enumeration::regions: return {"省级地区", "Provincial-level regions"};
      case Enumeration::recommender_kinds: return {"推荐单位类别", "Kinds of recommender"};
      case Enumeration::recommender_regions:
        return {"省级地区；计划单列市", "Provincial-level regions; Planned cities"};
      case Enumeration::industries: return {"所属行业", "Industries"};
      case Enumeration::none: break;
    }
    return {};
  }

  void fields() {
    heading({"字段（必填、类型、长度、格式）", "Fields (required, kind, length, format)"});
    std::size_t width = 0;
    for (const FieldRule& rule : rules.fields) width = std::max(width, rule.path.size());
    for (const FieldRule& rule : rules.fields) {
      std::string notes = in(authoring::field_notes(rules, rule));
      if (rule.enumeration != Enumeration::none)
        notes += tr("。取值见下文“", ". Values: see \"") + in(values_section(rule.enumeration)) + tr("”", "\" below");
      item(rule.path, notes, width);
    }
  }

  void modes() {
    heading(values_section(Enumeration::modes));
    for (const Mode& mode : rules.modes) {
      entries({&mode});
      // Broken between scenarios, never inside one, so that each can be copied whole.
      std::string line = tr("应用场景：", "scenarios: ");
      for (std::size_t i = 0; i < mode.scenarios.size(); ++i) {
        std::string item = mode.scenarios[i] + (i + 1 < mode.scenarios.size() ? list_separator() : "");
        if (display_width(line) + display_width(item) > k_width - 6) {
          while (!line.empty() && line.back() == ' ') line.pop_back();
          out += "      " + line + "\n", line.clear();
        }
        line += item;
      }
      out += "      " + line + "\n";
    }
  }

  void recommender_kinds() {
    heading(values_section(Enumeration::recommender_kinds));
    for (const RecommenderKind& kind : rules.recommender_kinds)
      out += "  " + entry(kind) +
             (lang == Lang::zh ? fmt::format("：至多推荐 {} 个案例\n", kind.quota)
                               : fmt::format("; recommends at most {} cases\n", kind.quota));
  }

  void industries() {
    heading(values_section(Enumeration::industries));
    out += "  " + tr("写门类字母或制造业大类代码，或名称，或两者（如 C38 电气机械和器材制造业）",
                     "Write the section letter or division code, the Chinese name, or both (e.g. C38 电气机械和器材制造业)") +
           "\n";
    for (const Named& industry : rules.industries)
      out += fmt::format("  {:<4} {}\n", industry.id,
                         lang == Lang::zh ? industry.zh : industry.zh + " — " + industry.shown(Lang::en));
  }

  std::string write() {
    out = fmt::format("{} — {}（{}）\n", rules.id, in(rules.title), rules.notice_number);
    if (lang == Lang::en) out = fmt::format("{} — {} ({})\n", rules.id, in(rules.title), rules.notice_number);
    out += tr("枚举值可写中文名称、英文标识（id）或列出的别名。\n",
              "An enumerated value may be written as its Chinese name, its id or a listed alias.\n");
    fields();
    modes();
    heading(values_section(Enumeration::applicant_types));
    entries(pointers(rules.applicant_types));
    heading(values_section(Enumeration::regions));
    entries(pointers(rules.regions));
    recommender_kinds();
    heading({"计划单列市（recommender.kind 为计划单列市时的 recommender.region）",
             "Planned cities (recommender.region when recommender.kind is planned-city)"});
    entries(pointers(rules.planned_cities));
    industries();
    out += "\n" + tr("规则数据原文：iipcase schema --rules-data；编辑器用的 JSON Schema：iipcase schema --json-schema\n",
                     "The rules data itself: iipcase schema --rules-data; a JSON Schema for editors: iipcase schema --json-schema\n");
    return out;
  }
};

}  // namespace

std::string rules_guide(const Rules& rules, Lang lang) { return Guide{rules, lang, {}}.write(); }

}  // namespace iipcase
