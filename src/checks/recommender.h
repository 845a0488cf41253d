// Who recommends a case: the identity the batch checks and the summary table group cases by.
#pragma once

#include <string>

#include "iipcase/check.h"
#include "iipcase/rules.h"

namespace iipcase {

// Recommenders are the same when kind and region (central enterprises: name) agree.
// Empty when the case does not say who recommends it clearly enough to group it.
std::string recommender_key(const CaseFacts& facts, const Rules& rules);

// How many cases the recommender may submit: its region's own quota, else its kind's.
// Only for facts with a non-empty recommender_key.
int quota_for(const CaseFacts& facts, const Rules& rules);

// The recommender's name for messages: recommender.name, else its region's or city's name.
Text recommender_name(const CaseFacts& facts, const Rules& rules);

}  // namespace iipcase
