// Region cross-checks: the credit code's division code against the applicant's region, and a
// province or planned-city recommender against where the applicant is registered.
#include <algorithm>

#include "checks/checks.h"

namespace iipcase {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

Text region_name(const Region* region) {
  return region ? region->name() : Text{"未知地区", "no known region"};
}

// Positions 3-6 of a code whose first six characters can be read as digits.
std::string_view division_of(std::string_view code) {
  if (code.size() != 18) return {};
  for (std::size_t i = 2; i < 6; ++i)
    if (code[i] < '0' || code[i] > '9') return {};
  return code.substr(2, 4);
}

}  // namespace

void check_region_mismatch(CaseContext& ctx) {
  const Rules& rules = ctx.rules;
  const yaml::Node* region_node = ctx.at("applicant.region");
  const Region* region = find_named(rules.regions, ctx.text_at("applicant.region"));
  if (!region || !region_node) return;
  std::string_view division = division_of(ctx.text_at("applicant.credit_code"));
  std::string_view province_code = division.substr(0, division.empty() ? 0 : 2);

  if (!division.empty() && !contains(rules.national_division_codes, province_code) &&
      !contains(region->division_codes, province_code)) {
    auto coded = std::find_if(rules.regions.begin(), rules.regions.end(),
                              [&](const Region& r) { return contains(r.division_codes, province_code); });
    const Region* code_region = coded == rules.regions.end() ? nullptr : &*coded;
    ctx.add(diagnose("region.mismatch.credit-code", "applicant.region", region_node->position,
                     span_of(*region_node),
                     {{"region", region_name(region)}, {"division", province_code},
                      {"code_region", region_name(code_region)}}));
  }

  const RecommenderKind* kind = find_named(rules.recommender_kinds, ctx.text_at("recommender.kind"));
  const yaml::Node* recommender_node = ctx.at("recommender.region");
  if (!kind || !recommender_node) return;
  std::string_view recommender_region = ctx.text_at("recommender.region");
  Text recommender_name;
  bool mismatch = false;
  if (kind->scope == RecommenderScope::provincial) {
    const Region* by = find_named(rules.regions, recommender_region);
    if (!by) return;
    recommender_name = by->name();
    mismatch = by != region;
  } else if (kind->scope == RecommenderScope::planned_city) {
    const PlannedCity* city = find_named(rules.planned_cities, recommender_region);
    if (!city) return;
    recommender_name = city->name();
    // The city's applicants are registered there: its four digits lead their credit code.
    mismatch = city->province != region->id || (!division.empty() && division != city->division_code);
  }
  if (mismatch)
    ctx.add(diagnose("region.mismatch.recommender", "recommender.region", recommender_node->position,
                     span_of(*recommender_node),
                     {{"recommender_region", recommender_name}, {"region", region_name(region)}}));
}

}  // namespace iipcase
