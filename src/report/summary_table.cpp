// Groups checked cases by recommender for the summary table, in the order the rules data lists them.
#include "report/summary_table.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "checks/recommender.h"

namespace iipcase {
namespace {

template <typename T>
std::size_t index_of(const std::vector<T>& list, const std::string& id) {
  auto it = std::find_if(list.begin(), list.end(), [&](const T& item) { return item.id == id; });
  return static_cast<std::size_t>(it - list.begin());
}

// Where a group goes: kind as listed, then region or city as listed, then name; unknown last.
auto order_of(const RecommenderGroup& g, const Rules& rules) {
  if (!g.known()) return std::make_tuple(rules.recommender_kinds.size(), std::size_t(0), std::string());
  std::size_t kind = index_of(rules.recommender_kinds, g.kind->id);
  std::size_t place = g.kind->scope == RecommenderScope::provincial ? index_of(rules.regions, g.region)
                      : g.kind->scope == RecommenderScope::planned_city
                          ? index_of(rules.planned_cities, g.region)
                          : 0;
  return std::make_tuple(kind, place, g.name.zh);
}

bool by_rank(const FileResult* a, const FileResult* b) {
  if (a->facts.rank.has_value() != b->facts.rank.has_value()) return a->facts.rank.has_value();
  if (a->facts.rank != b->facts.rank) return *a->facts.rank < *b->facts.rank;
  return a->path < b->path;
}

}  // namespace

std::vector<RecommenderGroup> group_by_recommender(const std::vector<FileResult>& files, const Rules& rules) {
  std::map<std::string, RecommenderGroup> by_key;
  for (const FileResult& file : files) {
    std::string key = recommender_key(file.facts, rules);
    auto [it, added] = by_key.try_emplace(key);
    RecommenderGroup& group = it->second;
    if (added && !key.empty()) {
      group.kind = rules.recommender_kind(file.facts.recommender_kind);
      group.region = file.facts.recommender_region;
      group.name = recommender_name(file.facts, rules);
      group.quota = quota_for(file.facts, rules);
    }
    group.cases.push_back(&file);
  }
  std::vector<RecommenderGroup> groups;
  for (auto& [key, group] : by_key) {
    std::stable_sort(group.cases.begin(), group.cases.end(), by_rank);
    groups.push_back(std::move(group));
  }
  std::stable_sort(groups.begin(), groups.end(), [&](const RecommenderGroup& a, const RecommenderGroup& b) {
    return order_of(a, rules) < order_of(b, rules);
  });
  return groups;
}

}  // namespace iipcase
