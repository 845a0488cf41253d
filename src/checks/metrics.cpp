// Metrics: results shown in figures (成效显著) that are numbers and not exaggerated (杜绝虚构和夸大).
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

}  // namespace

void check_metrics(CaseContext& ctx) {
  const yaml::Node* metrics = ctx.at("metrics");
  if (!metrics || metrics->kind != yaml::NodeKind::sequence) return;
  for (std::size_t i = 0; i < metrics->children.size(); ++i) {
    const yaml::Node& metric = metrics->children[i];
    if (metric.kind != yaml::NodeKind::mapping) continue;
    std::string path = "metrics[" + std::to_string(i) + "]";
    auto before = number_at(ctx, metric, "before", path);
    auto after = number_at(ctx, metric, "after", path);
    if (!before || !after) continue;
    const yaml::Node& after_node = *metric.get("after");
    const yaml::Node* name = metric.get("name");
    std::string metric_name = name && name->kind == yaml::NodeKind::scalar ? name->value : path;
    if (*after == *before) {
      ctx.add(diagnose("metrics.implausible.equal", path + ".after", after_node.position, span_of(after_node),
                       {{"name", metric_name}, {"before", metric.get("before")->value}}));
      continue;
    }
    // A change from zero has no percentage: it is not judged.
    if (*before == 0) continue;
    double percent = std::fabs(*after - *before) / std::fabs(*before) * 100;
    // A relative tolerance, so that 0.1 → 1.1 (exactly 1000 % on paper) is not over the limit.
    if (percent > ctx.rules.implausible_change_percent * (1 + 1e-9))
      ctx.add(diagnose("metrics.implausible.change", path + ".after", after_node.position, span_of(after_node),
                       {{"name", metric_name}, {"before", metric.get("before")->value},
                        {"after", after_node.value}, {"percent", fmt::format("{:.0f}", percent)},
                        {"limit", fmt::format("{}", ctx.rules.implausible_change_percent)}}));
  }
}

}  // namespace iipcase
