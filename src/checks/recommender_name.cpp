// recommender.name against recommender.region: a name that begins with a place (浙江省…,
// 宁波市…, 新疆生产建设兵团…) must begin with the recommender's own place. Places are the
// regions and planned cities of the rules data, by Chinese name or alias; 中国 is none of them.
#include <vector>

#include "checks/checks.h"

namespace iipcase {
namespace {

// The place a name begins with: the longest region or planned-city name or alias it starts with.
const Named* place_at_start(const Rules& rules, std::string_view name) {
  const Named* best = nullptr;
  std::size_t best_length = 0;
  auto consider = [&](const Named& place, std::string_view word) {
    if (word.size() > best_length && name.substr(0, word.size()) == word) best = &place, best_length = word.size();
  };
  auto consider_all = [&](const auto& list) {
    for (const Named& place : list) {
      consider(place, place.zh);
      for (const std::string& alias : place.aliases) consider(place, alias);
    }
  };
  consider_all(rules.regions);
  consider_all(rules.planned_cities);
  return best;
}

// How many bytes of name the place at its start takes.
std::size_t length_of_place(const Named& place, std::string_view name) {
  std::size_t length = name.substr(0, place.zh.size()) == place.zh ? place.zh.size() : 0;
  for (const std::string& alias : place.aliases)
    if (alias.size() > length && name.substr(0, alias.size()) == alias) length = alias.size();
  return length;
}

// Whether a name that begins with `named` belongs to the recommender of `own`: its own place,
// or (a planned city) its province followed by the city (浙江省宁波市经济和信息化局).
bool names_own_place(const Rules& rules, const Named& named, const Named& own, std::string_view name) {
  if (&named == &own) return true;
  for (const PlannedCity& city : rules.planned_cities) {
    if (&city != &own || named.id != city.province) continue;
    return place_at_start(rules, name.substr(length_of_place(named, name))) == &own;
  }
  return false;
}

}  // namespace

void check_recommender_name(CaseContext& ctx) {
  const Rules& rules = ctx.rules;
  const yaml::Node* node = ctx.at("recommender.name");
  std::string_view name = ctx.text_at("recommender.name");
  const RecommenderKind* kind = find_named(rules.recommender_kinds, ctx.text_at("recommender.kind"));
  if (!node || name.empty() || !kind) return;
  const Named* named = place_at_start(rules, name);
  if (!named) return;  // a name that names no place says nothing against the region
  Text named_text{named->zh, named->en};
  if (kind->scope == RecommenderScope::none) {
    ctx.add(diagnose("recommender.name-mismatch.central", "recommender.name", node->position, span_of(*node),
                     {{"name", name}, {"place", named_text}, {"kind", Text{kind->zh, kind->en}}}));
    return;
  }
  std::string_view region = ctx.text_at("recommender.region");
  const Named* own = kind->scope == RecommenderScope::provincial
                         ? static_cast<const Named*>(find_named(rules.regions, region))
                         : static_cast<const Named*>(find_named(rules.planned_cities, region));
  if (!own || names_own_place(rules, *named, *own, name)) return;
  ctx.add(diagnose("recommender.name-mismatch", "recommender.name", node->position, span_of(*node),
                   {{"name", name}, {"place", named_text}, {"region", Text{own->zh, own->en}}}));
}

}  // namespace iipcase
