// The rows of the recommender's summary table (推荐汇总表): cases grouped by recommender, ranked.
#pragma once

#include <string>
#include <vector>

#include "iipcase/check.h"
#include "iipcase/rules.h"

namespace iipcase {

struct RecommenderGroup {
  const RecommenderKind* kind = nullptr;  // nullptr: the cases whose recommender cannot be told
  std::string region;                     // region or planned-city id; empty for central enterprises
  Text name;                              // as the first of its files names it
  int quota = 0;
  std::vector<const FileResult*> cases;  // by rank (unranked last), then path

  bool known() const { return kind != nullptr; }
  bool over_quota() const { return known() && static_cast<int>(cases.size()) > quota; }
};

// Recommenders in the order of the rules data (kinds, then regions and cities; central
// enterprises by name), the cases of no known recommender last.
std::vector<RecommenderGroup> group_by_recommender(const std::vector<FileResult>& files, const Rules& rules);

}  // namespace iipcase
