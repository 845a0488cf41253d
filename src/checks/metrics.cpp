// Metrics: results shown in figures (成效显著) that are numbers and not exaggerated (杜绝虚构和夸大).
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checks/checks.h"

namespace iipcase {
namespace {

// The finite number a value holds, or a metrics.invalid finding. Lists and mappings are the
// field check's (field.type); an empty value is a missing field.
std::optional<double> number_at(CaseContext& ctx, const yaml::Node& metric, const char* key,
                                const std::string& path) {
  const yaml::Node* node = metric.get(key);
  if (!node || node->kind != yaml::NodeKind::scalar || node->is_null()) return std::nullopt;
  auto value = node->plain ? parse_number(node->value) : std::nullopt;
  if (value && std::isfinite(*value)) return value;
  std::string field = path + "." + key;
  ctx.add(diagnose("metrics.invalid", field, node->position, span_of(*node),
                   {{"field", field}, {"value", node->value}}));
  return std::nullopt;
}

bool contains(const std::vector<std::string>& list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// A count unit, with at most one prefix (万) and one suffix (/年) from the lists.
bool is_count_unit(const MetricWords& words, std::string_view unit) {
  auto bare = [&](std::string_view u) {
    if (contains(words.count_units, u)) return true;
    for (const std::string& prefix : words.count_unit_prefixes)
      if (u.size() > prefix.size() && u.substr(0, prefix.size()) == prefix &&
          contains(words.count_units, u.substr(prefix.size())))
        return true;
    return false;
  };
  if (bare(unit)) return true;
  for (const std::string& suffix : words.count_unit_suffixes)
    if (unit.size() > suffix.size() && ends_with(unit, suffix) &&
        bare(unit.substr(0, unit.size() - suffix.size())))
      return true;
  return false;
}

std::string shown(double value) { return fmt::format("{:.6g}", value); }

}  // namespace

std::string_view trim_unit(std::string_view unit) {
  constexpr std::string_view k_ideographic_space = "\u3000";
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    while (!unit.empty() && (unit.front() == ' ' || unit.front() == '\t'))
      unit.remove_prefix(1), trimmed = true;
    while (!unit.empty() && (unit.back() == ' ' || unit.back() == '\t'))
      unit.remove_suffix(1), trimmed = true;
    if (unit.substr(0, 3) == k_ideographic_space) unit.remove_prefix(3), trimmed = true;
    if (ends_with(unit, k_ideographic_space)) unit.remove_suffix(3), trimmed = true;
  }
  return unit;
}

MetricUnitKind metric_unit_kind(const MetricWords& words, std::string_view unit) {
  unit = trim_unit(unit);
  if (contains(words.percent_units, unit)) return MetricUnitKind::percent;
  if (contains(words.percentage_point_units, unit)) return MetricUnitKind::percentage_points;
  if (is_count_unit(words, unit)) return MetricUnitKind::count;
  return MetricUnitKind::other;
}

bool is_rate_name(const MetricWords& words, std::string_view name) {
  name = trim_unit(name);
  for (const std::string& exclusion : words.rate_exclusions)
    if (ends_with(name, exclusion)) return false;
  return std::any_of(words.rate_suffixes.begin(), words.rate_suffixes.end(),
                     [&](const std::string& suffix) { return ends_with(name, suffix); });
}

void check_metrics(CaseContext& ctx) {
  const yaml::Node* metrics = ctx.at("metrics");
  if (!metrics || metrics->kind != yaml::NodeKind::sequence) return;
  const MetricWords& words = ctx.rules.metric_words;
  const double limit = ctx.rules.implausible_change_percent;
  for (std::size_t i = 0; i < metrics->children.size(); ++i) {
    const yaml::Node& metric = metrics->children[i];
    if (metric.kind != yaml::NodeKind::mapping) continue;
    std::string path = "metrics[" + std::to_string(i) + "]";
    auto before = number_at(ctx, metric, "before", path);
    auto after = number_at(ctx, metric, "after", path);
    if (!before || !after) continue;
    const yaml::Node& before_node = *metric.get("before");
    const yaml::Node& after_node = *metric.get("after");
    const yaml::Node* name = metric.get("name");
    std::string metric_name = name && name->kind == yaml::NodeKind::scalar ? name->value : path;
    const yaml::Node* unit_node = metric.get("unit");
    std::string_view unit;
    if (unit_node && unit_node->kind == yaml::NodeKind::scalar) unit = unit_node->value;
    const MetricUnitKind kind = metric_unit_kind(words, unit);
    auto report = [&](const char* message, const yaml::Node& at, const char* key, Args args) {
      ctx.add(diagnose(message, path + "." + key, at.position, span_of(at), args));
    };
    if (*after == *before) {
      report("metrics.implausible.equal", after_node, "after",
             {{"name", metric_name}, {"before", before_node.value}});
      continue;
    }
    // A rate in percent (合格率, 满意度) lies within 0–100; growth rates (增长率) do not.
    if (kind == MetricUnitKind::percent && is_rate_name(words, metric_name)) {
      auto outside = [](double v) { return v < 0 || v > 100; };
      if (outside(*after) || outside(*before)) {
        const bool at_after = outside(*after);
        report("metrics.implausible.rate", at_after ? after_node : before_node, at_after ? "after" : "before",
               {{"name", metric_name},
                {"which", Text{at_after ? "应用后" : "应用前", at_after ? "after" : "before"}},
                {"value", (at_after ? after_node : before_node).value}});
        continue;
      }
    }
    // A count may grow any amount: 200 → 3200 家 is a platform that took off.
    if (kind == MetricUnitKind::count) continue;
    // Percentages change in points: 8 % → 96 % is +88 points, not +1100 %. A relative tolerance
    // keeps a change of exactly the limit (0.1 → 1.1 is 1000 % on paper) within it.
    const bool points = kind == MetricUnitKind::percent || kind == MetricUnitKind::percentage_points;
    if (points) {
      double change = std::fabs(*after - *before);
      if (change > limit * (1 + 1e-9))
        report("metrics.implausible.points", after_node, "after",
               {{"name", metric_name},
                {"before", before_node.value},
                {"after", after_node.value},
                {"unit", trim_unit(unit)},
                {"points", shown(change)},
                {"limit", shown(limit)}});
      continue;
    }
    // A change from zero has no percentage: it is not judged.
    if (*before == 0) continue;
    double percent = std::fabs(*after - *before) / std::fabs(*before) * 100;
    if (percent > limit * (1 + 1e-9))
      report("metrics.implausible.change", after_node, "after",
             {{"name", metric_name},
              {"before", before_node.value},
              {"after", after_node.value},
              {"percent", fmt::format("{:.0f}", percent)},
              {"limit", shown(limit)}});
  }
}

}  // namespace iipcase
