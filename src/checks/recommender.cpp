// Who recommends a case: grouping key, quota and name, shared by the batch checks and the summary.
#include "checks/recommender.h"

namespace iipcase {

std::string recommender_key(const CaseFacts& facts, const Rules& rules) {
  const RecommenderKind* kind = rules.recommender_kind(facts.recommender_kind);
  if (!kind) return {};
  if (kind->scope == RecommenderScope::none)
    return facts.recommender.empty() ? std::string() : kind->id + "/" + facts.recommender;
  return facts.recommender_region.empty() ? std::string() : kind->id + "/" + facts.recommender_region;
}

int quota_for(const CaseFacts& facts, const Rules& rules) {
  const RecommenderKind* kind = rules.recommender_kind(facts.recommender_kind);
  if (!kind) return 0;
  if (kind->scope == RecommenderScope::provincial)
    if (const Region* region = rules.region(facts.recommender_region); region && region->quota)
      return *region->quota;
  return kind->quota;
}

Text recommender_name(const CaseFacts& facts, const Rules& rules) {
  if (!facts.recommender.empty()) return {facts.recommender, facts.recommender};
  if (const Region* r = rules.region(facts.recommender_region)) return r->name();
  if (const PlannedCity* c = rules.planned_city(facts.recommender_region)) return c->name();
  return {facts.recommender_region, facts.recommender_region};
}

}  // namespace iipcase
