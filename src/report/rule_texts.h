// Short descriptions and help texts of the diagnostic codes, for reports that describe their rules.
#pragma once

#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"

namespace iipcase {

// What one diagnostic code checks, in both languages.
struct RuleText {
  std::string_view code;
  Severity level;                       // the severity its findings have
  std::string_view short_zh, short_en;  // a phrase: what is wrong
  std::string_view help_zh, help_en;    // a sentence or two: how to fix it
};

// The entry of a code, or nullptr for a code not in the table.
const RuleText* rule_text(std::string_view code);

// Every entry, in the order of all_codes().
const std::vector<RuleText>& rule_texts();

}  // namespace iipcase
