// Enumerated fields: modes, applicant types, regions, recommender kinds, industries.
#include "checks/checks.h"

namespace iipcase {
namespace {

struct EnumInfo {
  const char* message_id;
  Text what;                // for region.unknown: which list the value should be in
  bool place_hint = false;  // a city where a provincial-level region belongs: name its province
};

EnumInfo info_of(Enumeration enumeration, bool planned_city) {
  switch (enumeration) {
    case Enumeration::modes: return {"mode.unknown", {}};
    case Enumeration::applicant_types: return {"applicant-type.unknown", {}};
    case Enumeration::recommender_kinds: return {"recommender.kind-unknown", {}};
    case Enumeration::industries: return {"industry.unknown", {}};
    default:
      if (planned_city) return {"region.unknown", {"计划单列市之一", "one of the five planned cities"}};
      return {"region.unknown", {"省级行政区之一", "a provincial-level region"}, true};
  }
}

// A planned city or a prefecture written where its province belongs: the hint names the province.
Text place_hint(const Rules& rules, std::string_view value) {
  if (const PlannedCity* city = find_named(rules.planned_cities, value))
    if (const Region* province = rules.region(city->province))
      return text("hint.planned-city-province",
                  {{"city", Text{city->zh, city->en}}, {"province", Text{province->zh, province->en}}});
  if (const Prefecture* prefecture = rules.prefecture_named(value))
    if (const Region* province = rules.region_of_division(prefecture->code.substr(0, 2)))
      return text("hint.prefecture-province",
                  {{"city", prefecture->zh}, {"province", Text{province->zh, province->en}}});
  return {};
}

// "智能化制造 (smart-manufacturing)" / "智能化制造 (Intelligent manufacturing, smart-manufacturing)".
Text suggestion_of(const Named& nearest) {
  std::string en = nearest.en.empty() ? nearest.id : nearest.en + ", " + nearest.id;
  return {nearest.zh + " (" + nearest.id + ")", nearest.zh + " (" + en + ")"};
}

// Finds value in list (by id, name, alias; for industries also "C38 电气机械和器材制造业"),
// or reports it with the list as choices and the nearest entry as a suggestion.
template <typename T>
std::string check_in(CaseContext& ctx, const std::vector<T>& list, const EnumInfo& info,
                     const yaml::Node& node, const std::string& path, std::string_view value) {
  if (const T* found = find_named(list, value)) return found->id;
  if (auto space = value.find(' '); space != std::string_view::npos) {
    const T* by_id = find_named(list, value.substr(0, space));
    if (by_id && is_named(*by_id, value.substr(space + 1))) return by_id->id;
  }
  Diagnostic d = diagnose(info.message_id, path, node.position, span_of(node),
                          {{"value", value}, {"what", info.what}, {"choices", choices_of(list)}});
  const T* meant = meant_named(list, value);
  if (Text hint = info.place_hint ? place_hint(ctx.rules, value) : Text{}; !hint.empty()) {
    d.hint = std::move(hint);
  } else if (const T* nearest = meant ? meant : nearest_named(list, value)) {
    d.hint = text("hint.did-you-mean", {{"suggestion", suggestion_of(*nearest)}});
  }
  ctx.add(std::move(d));
  return {};
}

const RecommenderKind* recommender_kind_of(const CaseContext& ctx) {
  return find_named(ctx.rules.recommender_kinds, ctx.text_at("recommender.kind"));
}

}  // namespace

std::string resolve_enum(const Rules& rules, Enumeration enumeration, std::string_view value) {
  auto id = [&](const auto& list) {
    const auto* found = find_named(list, value);
    return found ? found->id : std::string();
  };
  switch (enumeration) {
    case Enumeration::modes: return id(rules.modes);
    case Enumeration::applicant_types: return id(rules.applicant_types);
    case Enumeration::regions: return id(rules.regions);
    case Enumeration::recommender_kinds: return id(rules.recommender_kinds);
    case Enumeration::industries: return id(rules.industries);
    case Enumeration::recommender_regions: {
      std::string region = id(rules.regions);
      return region.empty() ? id(rules.planned_cities) : region;
    }
    case Enumeration::none: break;
  }
  return std::string(value);
}

std::string check_enum(CaseContext& ctx, const FieldRule& rule, const yaml::Node& node,
                       const std::string& path) {
  std::string_view value = node.value;
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  const Rules& rules = ctx.rules;
  switch (rule.enumeration) {
    case Enumeration::modes: return check_in(ctx, rules.modes, info_of(rule.enumeration, false), node, path, value);
    case Enumeration::applicant_types:
      return check_in(ctx, rules.applicant_types, info_of(rule.enumeration, false), node, path, value);
    case Enumeration::regions: return check_in(ctx, rules.regions, info_of(rule.enumeration, false), node, path, value);
    case Enumeration::recommender_kinds:
      return check_in(ctx, rules.recommender_kinds, info_of(rule.enumeration, false), node, path, value);
    case Enumeration::industries:
      return check_in(ctx, rules.industries, info_of(rule.enumeration, false), node, path, value);
    case Enumeration::recommender_regions: {
      const RecommenderKind* kind = recommender_kind_of(ctx);
      if (kind && kind->scope == RecommenderScope::planned_city)
        return check_in(ctx, rules.planned_cities, info_of(rule.enumeration, true), node, path, value);
      if (kind && kind->scope == RecommenderScope::provincial)
        return check_in(ctx, rules.regions, info_of(rule.enumeration, false), node, path, value);
      // A central enterprise has no region; an unknown kind is reported on its own.
      return resolve_enum(rules, rule.enumeration, value);
    }
    case Enumeration::none: break;
  }
  return std::string(value);
}

}  // namespace iipcase
