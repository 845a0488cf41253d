// The per-file checks: each takes the parsed case and adds its findings. One file per check.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/check.h"
#include "iipcase/rules.h"
#include "messages.h"
#include "source/source_text.h"
#include "yaml/tree.h"

namespace iipcase {

// What every check sees: the tree, the rules, and where findings and facts go.
struct CaseContext {
  const yaml::Node& root;
  const Rules& rules;
  const SourceText& source;
  std::vector<Diagnostic>& findings;
  CaseFacts& facts;

  void add(Diagnostic d) { findings.push_back(std::move(d)); }
  // The node at a dotted path of mappings ("applicant.contact"); nullptr when absent.
  const yaml::Node* at(std::string_view path) const;
  // The scalar text at a path, or empty when it is absent, null or not a scalar.
  std::string_view text_at(std::string_view path) const;
};

// Code points of a scalar's value as written on its line, for the caret under it.
int span_of(const yaml::Node& node);

// fields.cpp: required fields, kinds, unknown keys, lengths, formats, enumerations.
void check_fields(CaseContext& ctx);
// enums.cpp: an enumerated value → the entry it names, or a finding. Returns the id or "".
std::string check_enum(CaseContext& ctx, const FieldRule& rule, const yaml::Node& node,
                       const std::string& path);
// credit_code.cpp
void check_credit_code(CaseContext& ctx, const yaml::Node& node, const std::string& path);
char credit_code_check_character(std::string_view first17);      // '\0' on bad input
char organization_code_check_character(std::string_view first8);  // '\0' on bad input
bool credit_code_well_formed(std::string_view code);              // format and both checks
// schema_version.cpp, scenarios.cpp, region_mismatch.cpp, metrics.cpp, claims.cpp
void check_schema_version(CaseContext& ctx);
void check_scenarios(CaseContext& ctx);
// "并行设计、敏捷设计、…": a mode's scenarios for hints; empty without a mode.
Text scenario_list(const Mode* mode);
void check_region_mismatch(CaseContext& ctx);
// recommender_name.cpp, recommender_rank.cpp, partners.cpp
void check_recommender_name(CaseContext& ctx);
void check_recommender_rank(CaseContext& ctx);
void check_partners(CaseContext& ctx);
void check_metrics(CaseContext& ctx);
// What a metric's unit says about how it may change (metrics.cpp).
enum class MetricUnitKind { count, percent, percentage_points, other };
MetricUnitKind metric_unit_kind(const MetricWords& words, std::string_view unit);
// A name that ends like a rate (合格率, 满意度) and not like a growth rate (增长率).
bool is_rate_name(const MetricWords& words, std::string_view name);
// A unit or name without the white space (also U+3000) around it.
std::string_view trim_unit(std::string_view unit);
// metrics_text.cpp: metrics.inconsistent, the content fields stating a metric with other figures.
void check_metrics_text(CaseContext& ctx);
void check_claims(CaseContext& ctx);

// A YAML plain scalar read as a number (decimal, exponent, .inf/.nan, 0x/0o); locale-free.
std::optional<double> parse_number(std::string_view text);
std::optional<long long> parse_integer(std::string_view text);

// "a、b、c" / "a (A), b (B), c (C)": the values to write, for "use one of" hints.
template <typename T>
Text choices_of(const std::vector<T>& list) {
  Text t;
  for (const T& item : list) {
    if (!t.zh.empty()) t.zh += "、", t.en += ", ";
    Text choice = item.choice();
    t.zh += choice.zh;
    t.en += choice.en;
  }
  return t;
}

}  // namespace iipcase
