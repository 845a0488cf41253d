// metrics.inconsistent: a content field states a metric with other figures than the metric has.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checks/checks.h"
#include "checks/metric_statements.h"

namespace iipcase {
namespace {

// A metric that can be compared: its name, unit and both values.
struct StatedMetric {
  std::size_t index = 0;
  std::string_view name;
  std::string_view unit;
  const yaml::Node* before = nullptr;
  const yaml::Node* after = nullptr;
  double before_value = 0, after_value = 0;
};

std::optional<double> number_of(const yaml::Node* node) {
  if (!node || node->kind != yaml::NodeKind::scalar || !node->plain) return std::nullopt;
  auto value = parse_number(node->value);
  if (!value || !std::isfinite(*value)) return std::nullopt;
  return value;
}

std::vector<StatedMetric> comparable_metrics(const CaseContext& ctx) {
  std::vector<StatedMetric> list;
  const yaml::Node* metrics = ctx.at("metrics");
  if (!metrics || metrics->kind != yaml::NodeKind::sequence) return list;
  for (std::size_t i = 0; i < metrics->children.size(); ++i) {
    const yaml::Node& metric = metrics->children[i];
    if (metric.kind != yaml::NodeKind::mapping) continue;
    const yaml::Node* name = metric.get("name");
    const yaml::Node* unit = metric.get("unit");
    auto before = number_of(metric.get("before"));
    auto after = number_of(metric.get("after"));
    if (!name || name->kind != yaml::NodeKind::scalar || !unit || unit->kind != yaml::NodeKind::scalar ||
        !before || !after)
      continue;
    StatedMetric m{i,
                   trim_unit(name->value),
                   trim_unit(unit->value),
                   metric.get("before"),
                   metric.get("after"),
                   *before,
                   *after};
    // A one-character name (率) would be found everywhere.
    if (count_characters(m.name) < 2 || m.unit.empty()) continue;
    list.push_back(m);
  }
  return list;
}

constexpr std::size_t k_max_names = 64;
// A statement stands within this many bytes after the name (200 Chinese characters): a sentence
// of a megabyte is not read 64 times to its end.
constexpr std::size_t k_statement_window = 600;

// Where each metric's name stands in a sentence, leaving out a name inside a longer one that
// stands there too (合格率 inside 产品一次合格率).
std::vector<std::pair<std::size_t, std::size_t>> names_in(std::string_view sentence,
                                                          const std::vector<StatedMetric>& metrics) {
  std::vector<std::pair<std::size_t, std::size_t>> found;  // (metric, offset)
  for (std::size_t m = 0; m < metrics.size(); ++m)
    for (std::size_t at = sentence.find(metrics[m].name);
         at != std::string_view::npos && found.size() <= k_max_names;
         at = sentence.find(metrics[m].name, at + 1))
      found.emplace_back(m, at);
  std::vector<std::pair<std::size_t, std::size_t>> kept;
  // No sentence names metrics this often; a file that does is not read (the test below is quadratic).
  if (found.size() > k_max_names) return kept;
  for (const auto& name : found) {
    // Plain variables, not structured bindings: C++17 lets no lambda capture those (clang says so).
    const std::size_t m = name.first, at = name.second, size = metrics[m].name.size();
    bool inside = std::any_of(found.begin(), found.end(), [&](const auto& other) {
      const std::size_t other_size = metrics[other.first].name.size();
      return other_size > size && other.second <= at && at + size <= other.second + other_size;
    });
    if (!inside) kept.emplace_back(m, at);
  }
  return kept;
}

// The line of the n-th occurrence of name in the value as written in the source; the value's
// own line when the source writes it otherwise (escapes).
int line_of(const CaseContext& ctx, const yaml::Node& node, std::string_view name, std::size_t nth) {
  std::string_view source = ctx.source.text();
  std::size_t end = std::min(node.end, source.size());
  std::size_t begin = std::min(node.offset, end);
  std::string_view written = source.substr(begin, end - begin);
  std::size_t at = written.find(name);
  for (std::size_t i = 0; i < nth && at != std::string_view::npos; ++i) at = written.find(name, at + 1);
  if (at == std::string_view::npos) return node.position.line;
  return ctx.source.position_of(begin + at).line;
}

std::size_t occurrences_before(std::string_view text, std::string_view name, std::size_t until) {
  std::size_t count = 0;
  for (std::size_t at = text.find(name); at != std::string_view::npos && at < until;
       at = text.find(name, at + 1))
    ++count;
  return count;
}

void judge(CaseContext& ctx, const std::string& field, const yaml::Node& node, const StatedMetric& m,
           const Statement& statement, std::size_t name_at) {
  auto differs = [](const std::optional<Figure>& f, const yaml::Node& written, double value) {
    return f && f->comparable && !agrees(*f, value, written_tolerance(written.value));
  };
  const bool from_differs = differs(statement.from, *m.before, m.before_value);
  const bool to_differs = differs(statement.to, *m.after, m.after_value);
  if (!from_differs && !to_differs) return;
  Text stated;
  if (statement.from && statement.from->comparable)
    stated = {fmt::format("由 {} 到 {}", statement.from->written, statement.to.written),
              fmt::format("from {} to {}", statement.from->written, statement.to.written)};
  else
    stated = {fmt::format("到 {}", statement.to.written), fmt::format("to {}", statement.to.written)};
  const yaml::Node& at = to_differs ? *m.after : *m.before;
  const int line = line_of(ctx, node, m.name, occurrences_before(node.value, m.name, name_at));
  ctx.add(diagnose("metrics.inconsistent",
                   fmt::format("metrics[{}].{}", m.index, to_differs ? "after" : "before"), at.position,
                   span_of(at),
                   {{"field", field},
                    {"line", static_cast<long long>(line)},
                    {"name", std::string(m.name)},
                    {"stated", stated},
                    {"before", m.before->value},
                    {"after", m.after->value},
                    {"unit", std::string(m.unit)}}));
}

}  // namespace

void check_metrics_text(CaseContext& ctx) {
  const std::vector<StatedMetric> metrics = comparable_metrics(ctx);
  if (metrics.empty()) return;
  const MetricWords& words = ctx.rules.metric_words;
  for (const FieldRule& rule : ctx.rules.fields) {
    if (rule.kind != FieldKind::string || rule.path.rfind("content.", 0) != 0) continue;
    const yaml::Node* node = ctx.at(rule.path);
    if (!node || node->kind != yaml::NodeKind::scalar) continue;
    const std::string_view text = node->value;
    for (const auto& [begin, end] : split_sentences(text, words.statements)) {
      const std::string_view sentence = text.substr(begin, end - begin);
      // 预计 … 由 6.1% 降至 3%: a plan may differ from the result.
      const auto& plans = words.statements.plan_words;
      if (std::any_of(plans.begin(), plans.end(),
                      [&](const std::string& w) { return sentence.find(w) != std::string_view::npos; }))
        continue;
      const auto names = names_in(sentence, metrics);
      // A sentence that names two metrics is judged for neither: whose figures are whose?
      if (names.empty() || std::any_of(names.begin(), names.end(),
                                       [&](const auto& n) { return n.first != names.front().first; }))
        continue;
      const StatedMetric& m = metrics[names.front().first];
      // The first statement after one of the name's occurrences is the sentence's.
      for (const auto& [index, at] : names)
        if (auto statement = read_statement(sentence.substr(0, at + m.name.size() + k_statement_window),
                                            at + m.name.size(), m.unit, words)) {
          judge(ctx, rule.path, *node, m, *statement, begin + at);
          break;
        }
    }
  }
}

}  // namespace iipcase
