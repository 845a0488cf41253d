// Region cross-checks: the credit code's division code against the applicant's region, and a
// province or planned-city recommender against where the applicant is registered. Messages name
// the conflicting codes themselves ("330106（浙江省杭州市）不属于推荐单位宁波市（3302）").
#include <algorithm>

#include "checks/checks.h"

namespace iipcase {
namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool starts_with_any(std::string_view division, const std::vector<std::string>& prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](const std::string& p) { return division.substr(0, p.size()) == p; });
}

// Positions 3-8 of a code whose first eight characters can be read as digits.
std::string_view division_of(std::string_view code) {
  if (code.size() != 18) return {};
  for (std::size_t i = 2; i < 8; ++i)
    if (code[i] < '0' || code[i] > '9') return {};
  return code.substr(2, 6);
}

Text region_name(const Region& region) { return {region.zh, region.en}; }

// "330106（浙江省杭州市）" / "330106 (杭州市, Zhejiang)": the code and the place it names.
Text division_text(const Rules& rules, std::string_view division, const Region& region) {
  std::string code(division);
  const Prefecture* prefecture = rules.prefecture_of(division);
  if (!prefecture) return {code + "（" + region.zh + "）", code + " (" + region.en + ")"};
  return {code + "（" + region.zh + prefecture->zh + "）", code + " (" + prefecture->zh + ", " + region.en + ")"};
}

// A recommending region and the codes it stands for: "浙江省（33）", "宁波市（3302）".
Text place_with_code(const Named& place, std::string_view code) {
  return {place.zh + "（" + std::string(code) + "）", place.en + " (" + std::string(code) + ")"};
}

struct Registration {
  std::string_view division;           // credit-code positions 3-8; empty when not known
  const Region* by_code = nullptr;     // the region its first two digits name
  bool national = false;               // registered nationally: no region at all
};

Registration registration_of(const Rules& rules, std::string_view credit_code) {
  Registration r;
  std::string_view division = division_of(credit_code);
  if (division.empty()) return r;
  if (contains(rules.national_division_codes, division.substr(0, 2))) {
    r.national = true;
    return r;
  }
  r.by_code = rules.region_of_division(division.substr(0, 2));
  // A division no region has is credit-code.format's to report, not a mismatch.
  if (r.by_code) r.division = division;
  return r;
}

void check_applicant_region(CaseContext& ctx, const Region& region, const yaml::Node& node,
                            const Registration& reg) {
  if (reg.division.empty() || contains(region.division_codes, reg.division.substr(0, 2))) return;
  ctx.add(diagnose("region.mismatch.credit-code", "applicant.region", node.position, span_of(node),
                   {{"division", division_text(ctx.rules, reg.division, *reg.by_code)},
                    {"region", place_with_code(region, region.division_codes.front())}}));
}

void report_recommender(CaseContext& ctx, const yaml::Node& node, const char* message_id, Args args) {
  ctx.add(diagnose(message_id, "recommender.region", node.position, span_of(node), args));
}

// A province (or 兵团) fits an applicant that says it is there, or is registered with it.
void check_province(CaseContext& ctx, const Region& by, const Region& region, const yaml::Node& node,
                    const Registration& reg) {
  if (&by == &region) return;
  const Text recommender = place_with_code(by, by.division_codes.front());
  if (!reg.division.empty()) {
    if (starts_with_any(reg.division, by.registrations())) return;
    return report_recommender(ctx, node, "region.mismatch.recommender",
                              {{"division", division_text(ctx.rules, reg.division, *reg.by_code)},
                               {"recommender", recommender}});
  }
  report_recommender(ctx, node, "region.mismatch.recommender-region",
                     {{"region", region_name(region)}, {"recommender", recommender}});
}

// A planned city fits an applicant registered there: its four digits lead the credit code's
// division. Without a division (national registration), the applicant's province decides.
void check_planned_city(CaseContext& ctx, const PlannedCity& city, const Region& region, const yaml::Node& node,
                        const Registration& reg) {
  const Text recommender = place_with_code(city, city.division_code);
  if (!reg.division.empty()) {
    if (reg.division.substr(0, city.division_code.size()) == city.division_code) return;
    return report_recommender(ctx, node, "region.mismatch.recommender",
                              {{"division", division_text(ctx.rules, reg.division, *reg.by_code)},
                               {"recommender", recommender}});
  }
  if (city.province == region.id) return;
  const Region* province = ctx.rules.region(city.province);
  report_recommender(ctx, node, "region.mismatch.planned-city-region",
                     {{"region", region_name(region)},
                      {"recommender", recommender},
                      {"province", province ? region_name(*province) : Text{city.province, city.province}}});
}

}  // namespace

void check_region_mismatch(CaseContext& ctx) {
  const Rules& rules = ctx.rules;
  const yaml::Node* region_node = ctx.at("applicant.region");
  const Region* region = find_named(rules.regions, ctx.text_at("applicant.region"));
  if (!region || !region_node) return;
  const Registration reg = registration_of(rules, ctx.text_at("applicant.credit_code"));
  check_applicant_region(ctx, *region, *region_node, reg);

  const RecommenderKind* kind = find_named(rules.recommender_kinds, ctx.text_at("recommender.kind"));
  const yaml::Node* recommender_node = ctx.at("recommender.region");
  if (!kind || !recommender_node) return;
  std::string_view recommender_region = ctx.text_at("recommender.region");
  if (kind->scope == RecommenderScope::provincial) {
    if (const Region* by = find_named(rules.regions, recommender_region))
      check_province(ctx, *by, *region, *recommender_node, reg);
  } else if (kind->scope == RecommenderScope::planned_city) {
    if (const PlannedCity* city = find_named(rules.planned_cities, recommender_region))
      check_planned_city(ctx, *city, *region, *recommender_node, reg);
  }
}

}  // namespace iipcase
