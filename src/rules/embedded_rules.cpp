// The rules compiled into the binary: the bytes of schemas/iip-case-2021.yaml, parsed once.
#include "iipcase/rules.h"

#include <cstddef>

namespace iipcase {
namespace detail {
// Generated at build time from schemas/iip-case-2021.yaml by cmake/embed.cmake.
extern const unsigned char k_embedded_rules[];
extern const std::size_t k_embedded_rules_size;
}  // namespace detail

std::string_view embedded_rules_text() {
  return {reinterpret_cast<const char*>(detail::k_embedded_rules), detail::k_embedded_rules_size};
}

const Rules& embedded_rules() {
  // Parsed on first use; a function-local static is initialised once, even across threads.
  // The embedded file is tested, so a RulesError here means a broken build, not bad input.
  static const Rules rules = load_rules(embedded_rules_text(), "embedded rules");
  return rules;
}

}  // namespace iipcase
