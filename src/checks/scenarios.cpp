// Scenarios against the chosen mode: each should be one the notice names for that mode, in the
// mode's list or word for word in the notice's paragraph for it (rules: scenario_matching).
#include <algorithm>

#include "checks/checks.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

bool is_cjk(char32_t cp) { return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || cp >= 0x20000; }

// A character of a word: a phrase of the paragraph cannot begin or end next to one, unless a
// joiner stands there. Anything else (、，。“”+ …) is punctuation.
bool is_word_character(char32_t cp) {
  return is_cjk(cp) || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
}

std::size_t cjk_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) count += is_cjk(next_code_point(text, i));
  return count;
}

// The code point that ends text (before) or begins it (after); 0 when text is empty.
char32_t last_code_point(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0 && (static_cast<unsigned char>(text[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  return text.empty() ? 0 : next_code_point(text, i);
}
char32_t first_code_point(std::string_view text) {
  std::size_t i = 0;
  return text.empty() ? 0 : next_code_point(text, i);
}

// Whether a phrase may end where `before` ends and begin where `after` begins.
bool is_boundary(std::string_view before, std::string_view after, const std::vector<std::string>& joiners,
                 bool at_start) {
  std::string_view side = at_start ? before : after;
  if (side.empty()) return true;
  if (!is_word_character(at_start ? last_code_point(side) : first_code_point(side))) return true;
  return std::any_of(joiners.begin(), joiners.end(), [&](const std::string& joiner) {
    return at_start ? side.size() >= joiner.size() && side.substr(side.size() - joiner.size()) == joiner
                    : side.substr(0, joiner.size()) == joiner;
  });
}

// The notice's paragraph for the mode holds scenario word for word as a whole phrase.
bool in_paragraph(const Mode& mode, std::string_view scenario, const ScenarioMatching& matching) {
  if (cjk_count(scenario) < static_cast<std::size_t>(matching.min_cjk)) return false;
  std::string_view paragraph = mode.description.zh;
  for (std::size_t at = paragraph.find(scenario); at != std::string_view::npos;
       at = paragraph.find(scenario, at + 1)) {
    std::string_view before = paragraph.substr(0, at), after = paragraph.substr(at + scenario.size());
    if (is_boundary(before, after, matching.joiners, true) && is_boundary(before, after, matching.joiners, false))
      return true;
  }
  return false;
}

// The spellings of a scenario: its synonym group, or itself.
std::vector<std::string_view> spellings(std::string_view scenario, const ScenarioMatching& matching) {
  for (const std::vector<std::string>& group : matching.synonyms)
    if (std::find(group.begin(), group.end(), scenario) != group.end())
      return {group.begin(), group.end()};
  return {scenario};
}

bool names(const Mode& mode, std::string_view scenario, const ScenarioMatching& matching) {
  for (std::string_view spelling : spellings(scenario, matching))
    if (std::find(mode.scenarios.begin(), mode.scenarios.end(), spelling) != mode.scenarios.end() ||
        in_paragraph(mode, spelling, matching))
      return true;
  return false;
}

// Over the item limit of the field table: reported by check_fields, and too long to compare.
bool too_long(const CaseContext& ctx, std::string_view value) {
  const FieldRule* rule = ctx.rules.field("scenarios");
  return rule && rule->max_length > 0 && count_characters(value, true) > rule->max_length;
}

}  // namespace

Text scenario_list(const Mode* mode) {
  std::string list;
  if (mode)
    for (const std::string& s : mode->scenarios) list += (list.empty() ? "" : "、") + s;
  return {list, list};
}

void check_scenarios(CaseContext& ctx) {
  const yaml::Node* scenarios = ctx.at("scenarios");
  if (!scenarios || scenarios->kind != yaml::NodeKind::sequence) return;
  const ScenarioMatching& matching = ctx.rules.scenario_matching;
  const Mode* mode = find_named(ctx.rules.modes, ctx.text_at("mode"));
  Text mode_name = mode ? mode->name() : Text{};
  for (std::size_t i = 0; i < scenarios->children.size(); ++i) {
    const yaml::Node& item = scenarios->children[i];
    if (item.kind != yaml::NodeKind::scalar || item.is_null()) continue;
    std::string_view value = item.value;
    if (mode && names(*mode, value, matching)) continue;
    if (too_long(ctx, value)) continue;  // field.too-long says so; no did-you-mean on it
    std::string path = "scenarios[" + std::to_string(i) + "]";
    auto other = std::find_if(ctx.rules.modes.begin(), ctx.rules.modes.end(),
                              [&](const Mode& m) { return names(m, value, matching); });
    if (other != ctx.rules.modes.end()) {
      // Without a known mode there is nothing to be "other" than.
      if (mode)
        ctx.add(diagnose("scenario.other-mode", path, item.position, span_of(item),
                         {{"value", value}, {"other_mode", other->name()},
                          {"mode", mode_name}, {"choices", scenario_list(mode)}}));
      continue;
    }
    // The nearest scenario, preferring the chosen mode's own.
    std::string nearest;
    std::size_t best = 0;
    for (const Mode& m : ctx.rules.modes)
      for (const std::string& s : m.scenarios) {
        if (!is_near(value, s)) continue;
        std::size_t d = edit_distance(value, s) * 2 + (mode && &m == mode ? 0 : 1);
        if (nearest.empty() || d < best) nearest = s, best = d;
      }
    Diagnostic d = diagnose("scenario.unknown", path, item.position, span_of(item),
                            {{"value", value}, {"mode", mode_name}, {"choices", scenario_list(mode)}});
    if (!nearest.empty()) d.hint = text("hint.did-you-mean", {{"suggestion", nearest}});
    else if (!mode) d.hint = {};
    ctx.add(std::move(d));
  }
}

}  // namespace iipcase
