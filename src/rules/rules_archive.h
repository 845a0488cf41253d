// Rules ↔ a compact byte string: the embedded rules are read at start-up without parsing YAML.
#pragma once

#include <string>
#include <string_view>

#include "iipcase/rules.h"

namespace iipcase {

// The rules as bytes (written at build time by rules_compiler.cpp from the checked YAML).
std::string save_rules(const Rules& rules);

// The rules back from save_rules' bytes, format matchers compiled. Throws RulesError when the
// bytes are not such an archive (a broken build).
Rules restore_rules(std::string_view bytes);

}  // namespace iipcase
