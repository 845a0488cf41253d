// The rules' word data: which scenario spellings match (scenario_matching), the claims of
// exaggeration and their exceptions (claims), and the words the metric checks read (metrics).
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/phrase_index.h"
#include "rules/rules_reader.h"

namespace iipcase {
namespace {

// The words metrics.implausible and metrics.inconsistent use; every list may be absent (empty).
void read_metric_words(const RulesReader& r, const YAML::Node& metrics, MetricWords& words) {
  using Lists = std::initializer_list<std::pair<const char*, std::vector<std::string>*>>;
  const Lists unit_lists = {{"percent_units", &words.percent_units},
                            {"percentage_point_units", &words.percentage_point_units},
                            {"rate_suffixes", &words.rate_suffixes},
                            {"rate_exclusions", &words.rate_exclusions},
                            {"count_units", &words.count_units},
                            {"count_unit_prefixes", &words.count_unit_prefixes},
                            {"count_unit_suffixes", &words.count_unit_suffixes}};
  for (const auto& [key, list] : unit_lists) *list = r.strings_at(metrics, "metrics", key, false);
  const YAML::Node node = metrics["statements"];
  if (!node.IsDefined() || node.IsNull()) return;
  const std::string sp = "metrics.statements";
  StatementWords& s = words.statements;
  const Lists statement_lists = {{"sentence_ends", &s.sentence_ends},
                                 {"clause_breaks", &s.clause_breaks},
                                 {"from_words", &s.from_words},
                                 {"to_words", &s.to_words},
                                 {"change_words", &s.change_words},
                                 {"change_to_words", &s.change_to_words},
                                 {"fillers", &s.fillers},
                                 {"approximate_before", &s.approximate_before},
                                 {"approximate_after", &s.approximate_after},
                                 {"longer_units", &s.longer_units},
                                 {"plan_words", &s.plan_words}};
  r.expect_mapping(
      node, sp,
      {"sentence_ends", "clause_breaks", "from_words", "to_words", "change_words", "change_to_words",
       "fillers", "approximate_before", "approximate_after", "scale_prefixes", "longer_units", "plan_words"});
  for (const auto& [key, list] : statement_lists) *list = r.strings_at(node, sp, key, false);
  if (const YAML::Node prefixes = node["scale_prefixes"]; prefixes.IsDefined() && !prefixes.IsNull()) {
    const std::string pp = sp + ".scale_prefixes";
    if (!prefixes.IsMap()) r.fail(prefixes, pp, "expected a mapping of prefix to factor");
    for (const auto& entry : prefixes) {
      ScalePrefix prefix;
      prefix.word = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      if (prefix.word.empty()) r.fail(entry.first, pp, "a prefix must be a non-empty string");
      prefix.factor = r.value_at<double>(prefixes, pp, prefix.word.c_str(), true).value();
      if (!(prefix.factor > 0)) r.fail(entry.second, pp + "." + prefix.word, "must be more than 0");
      s.scale_prefixes.push_back(std::move(prefix));
    }
  }
}

// A phrase of the claims data: a string, or a list of parts, each a string or a list of
// alternatives ("" = the part may be left out). Returns every phrase it spells.
std::vector<std::string> spelled_phrases(const RulesReader& r, const YAML::Node& node,
                                         const std::string& path) {
  constexpr std::size_t k_most = 10'000;  // a typo must not expand into millions of phrases
  if (node.IsScalar()) {
    if (node.Scalar().empty()) r.fail(node, path, "must not be empty");
    return {node.Scalar()};
  }
  if (!node.IsSequence() || node.size() == 0) r.fail(node, path, "expected a string or a list of parts");
  std::vector<std::string> spelled{""};
  for (std::size_t i = 0; i < node.size(); ++i) {
    const std::string part_path = fmt::format("{}[{}]", path, i);
    std::vector<std::string> alternatives;
    if (node[i].IsScalar()) {
      alternatives.push_back(node[i].Scalar());
    } else if (node[i].IsSequence() && node[i].size() > 0) {
      for (std::size_t k = 0; k < node[i].size(); ++k) {
        if (!node[i][k].IsScalar())
          r.fail(node[i][k], fmt::format("{}[{}]", part_path, k), "expected a string");
        alternatives.push_back(node[i][k].Scalar());
      }
    } else {
      r.fail(node[i], part_path, "expected a string or a list of alternatives");
    }
    std::vector<std::string> longer;
    for (const std::string& head : spelled)
      for (const std::string& tail : alternatives) longer.push_back(head + tail);
    if (longer.size() > k_most) r.fail(node, path, fmt::format("spells more than {} phrases", k_most));
    spelled = std::move(longer);
  }
  if (std::find(spelled.begin(), spelled.end(), "") != spelled.end())
    r.fail(node, path, "every part is optional: it spells an empty phrase");
  return spelled;
}

// The entries of a list of phrases, each as the phrases it spells.
std::vector<std::vector<std::string>> phrases_at(const RulesReader& r, const YAML::Node& map,
                                                 const std::string& path, const char* key, bool required) {
  const YAML::Node list = r.entry(map, path, key, required);
  const std::string list_path = RulesReader::join(path, key);
  if (!list.IsDefined() || list.IsNull()) return {};
  if (!list.IsSequence()) r.fail(list, list_path, "expected a list of phrases");
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < list.size(); ++i)
    out.push_back(spelled_phrases(r, list[i], fmt::format("{}[{}]", list_path, i)));
  return out;
}

void add_new(std::vector<std::string>& to, const std::vector<std::vector<std::string>>& entries) {
  for (const auto& entry : entries)
    for (const std::string& phrase : entry)
      if (std::find(to.begin(), to.end(), phrase) == to.end()) to.push_back(phrase);
}

// Whether a and b share text: one holds the other, or one ends with the other's beginning.
bool overlaps(std::string_view a, std::string_view b) {
  if (a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos) return true;
  for (std::string_view x : {a, b}) {
    std::string_view y = x == a ? b : a;
    for (std::size_t k = 1; k < x.size() && k < y.size(); ++k)
      if (x.substr(x.size() - k) == y.substr(0, k)) return true;
  }
  return false;
}

void read_appraisal(const RulesReader& r, const YAML::Node& claims, Appraisal& a) {
  const YAML::Node node = r.entry(claims, "claims", "appraisal", true);
  const std::string p = "claims.appraisal";
  r.expect_mapping(
      node, p, {"openers", "not_openers", "verbs", "unnamed", "min_name", "sentence_ends", "clause_marks"});
  a.openers = r.strings_at(node, p, "openers", true);
  a.not_openers = r.strings_at(node, p, "not_openers", false);
  a.verbs = r.strings_at(node, p, "verbs", true);
  a.unnamed = r.strings_at(node, p, "unnamed", false);
  a.min_name = r.value_at<int>(node, p, "min_name", true).value();
  if (a.min_name < 1) r.fail(node["min_name"], p + ".min_name", "must be at least 1");
  a.sentence_ends = r.strings_at(node, p, "sentence_ends", true);
  a.clause_marks = r.strings_at(node, p, "clause_marks", false);
}

}  // namespace

void read_scenario_matching(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node node = root["scenario_matching"];
  if (!node.IsDefined() || node.IsNull()) return;
  const std::string p = "scenario_matching";
  r.expect_mapping(node, p, {"min_cjk", "joiners", "synonyms"});
  ScenarioMatching& m = rules.scenario_matching;
  m.min_cjk = r.value_at<int>(node, p, "min_cjk", true).value();
  if (m.min_cjk < 1) r.fail(node["min_cjk"], p + ".min_cjk", "must be at least 1");
  m.joiners = r.strings_at(node, p, "joiners", false);
  r.for_each_item(node, "synonyms", false, [&](const YAML::Node& n, const std::string& item) {
    const std::string item_path = p + "." + item;
    if (!n.IsSequence() || n.size() < 2) r.fail(n, item_path, "expected a list of at least two spellings");
    std::vector<std::string>& group = m.synonyms.emplace_back();
    for (std::size_t i = 0; i < n.size(); ++i) {
      if (!n[i].IsScalar() || n[i].Scalar().empty())
        r.fail(n[i], fmt::format("{}[{}]", item_path, i), "expected a non-empty string");
      group.push_back(n[i].Scalar());
    }
  });
}

void read_claims(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node node = root["claims"];
  ClaimRules& claims = rules.claims;
  if (!node.IsDefined() || node.IsNull()) {
    claims.index = index_claims(claims);
    return;
  }
  r.expect_mapping(node, "claims", {"fields", "phrases", "not_claims", "appraisal"});
  claims.fields = r.strings_at(node, "claims", "fields", true);
  for (std::size_t i = 0; i < claims.fields.size(); ++i) {
    const FieldRule* field = rules.field(claims.fields[i]);
    if (!field || field->kind != FieldKind::string)
      r.fail(node["fields"][i], fmt::format("claims.fields[{}]", i),
             fmt::format("'{}' is not a string field of the field table", claims.fields[i]));
  }
  add_new(claims.phrases, phrases_at(r, node, "claims", "phrases", true));
  const auto not_claims = phrases_at(r, node, "claims", "not_claims", false);
  for (std::size_t i = 0; i < not_claims.size(); ++i) {
    const std::string p = fmt::format("claims.not_claims[{}]", i);
    for (const std::string& not_claim : not_claims[i])
      if (std::find(claims.phrases.begin(), claims.phrases.end(), not_claim) != claims.phrases.end())
        r.fail(node["not_claims"][i], p, fmt::format("'{}' is also a claim", not_claim));
    // A not_claim only matters where it overlaps a claim: an entry none of whose phrases does is a typo.
    auto overlaps_a_claim = [&](const std::string& not_claim) {
      return std::any_of(claims.phrases.begin(), claims.phrases.end(),
                         [&](const std::string& claim) { return overlaps(not_claim, claim); });
    };
    if (std::none_of(not_claims[i].begin(), not_claims[i].end(), overlaps_a_claim))
      r.fail(node["not_claims"][i], p, fmt::format("'{}' overlaps no claim", not_claims[i].front()));
  }
  add_new(claims.not_claims, not_claims);
  read_appraisal(r, node, claims.appraisal);
  claims.index = index_claims(claims);
}

void read_metrics(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  if (const YAML::Node metrics = root["metrics"]; metrics.IsDefined()) {
    r.expect_mapping(
        metrics, "metrics",
        {"implausible_change_percent", "percent_units", "percentage_point_units", "rate_suffixes",
         "rate_exclusions", "count_units", "count_unit_prefixes", "count_unit_suffixes", "statements"});
    rules.implausible_change_percent =
        r.value_at<double>(metrics, "metrics", "implausible_change_percent", true).value();
    if (!(rules.implausible_change_percent > 0))
      r.fail(metrics["implausible_change_percent"], "metrics.implausible_change_percent",
             "must be more than 0");
    read_metric_words(r, metrics, rules.metric_words);
  }
}

}  // namespace iipcase
