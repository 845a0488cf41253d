// Scenarios against the chosen mode: each should be one the notice names for that mode.
#include <algorithm>

#include "checks/checks.h"

namespace iipcase {
namespace {

bool lists(const Mode& mode, std::string_view scenario) {
  return std::find(mode.scenarios.begin(), mode.scenarios.end(), scenario) != mode.scenarios.end();
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
  const Mode* mode = find_named(ctx.rules.modes, ctx.text_at("mode"));
  Text mode_name = mode ? mode->name() : Text{};
  for (std::size_t i = 0; i < scenarios->children.size(); ++i) {
    const yaml::Node& item = scenarios->children[i];
    if (item.kind != yaml::NodeKind::scalar || item.is_null()) continue;
    std::string_view value = item.value;
    if (mode && lists(*mode, value)) continue;
    std::string path = "scenarios[" + std::to_string(i) + "]";
    auto other = std::find_if(ctx.rules.modes.begin(), ctx.rules.modes.end(),
                              [&](const Mode& m) { return lists(m, value); });
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
