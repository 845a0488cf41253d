// recommender.rank against the recommender's quota: a rank is a place among the cases it may
// recommend, from 1 to its quota (10, 5 or 3, from the rules data).
#include "checks/checks.h"

namespace iipcase {
namespace {

struct Quota {
  int limit = 0;  // 0: not known (the kind is unknown)
  Text who;       // "宁波市" / "Ningbo"
};

Quota quota_of(const CaseContext& ctx) {
  const Rules& rules = ctx.rules;
  const RecommenderKind* kind = find_named(rules.recommender_kinds, ctx.text_at("recommender.kind"));
  if (!kind) return {};
  Quota q{kind->quota, {kind->zh, kind->en}};
  std::string_view region = ctx.text_at("recommender.region");
  if (kind->scope == RecommenderScope::provincial) {
    if (const Region* r = find_named(rules.regions, region)) {
      q.who = {r->zh, r->en};
      if (r->quota) q.limit = *r->quota;
    }
  } else if (kind->scope == RecommenderScope::planned_city) {
    if (const PlannedCity* c = find_named(rules.planned_cities, region)) q.who = {c->zh, c->en};
  }
  return q;
}

}  // namespace

void check_recommender_rank(CaseContext& ctx) {
  const FieldRule* rule = ctx.rules.field("recommender.rank");
  const yaml::Node* node = ctx.at("recommender.rank");
  if (!rule || rule->range_code.empty() || !node || node->kind != yaml::NodeKind::scalar || !node->plain ||
      !node->tag.empty())
    return;
  const std::optional<long long> rank = parse_integer(node->value);
  if (!rank) return;  // not an integer: field.type, reported by the field table
  const long long minimum = rule->minimum.value_or(1);
  const Quota quota = quota_of(ctx);
  if (quota.limit > 0 && (*rank < minimum || *rank > quota.limit)) {
    ctx.add(diagnose("recommender.rank-out-of-range", "recommender.rank", node->position, span_of(*node),
                     {{"rank", *rank}, {"who", quota.who}, {"quota", static_cast<long long>(quota.limit)},
                      {"minimum", minimum}}));
  } else if (quota.limit == 0 && *rank < minimum) {
    ctx.add(diagnose("recommender.rank-out-of-range.low", "recommender.rank", node->position, span_of(*node),
                     {{"rank", *rank}, {"minimum", minimum}}));
  }
}

}  // namespace iipcase
