// The rules compiled into the binary: schemas/iip-case-2021.yaml as text, and as the archive
// that the build checked and wrote from it (read at start-up instead of parsing the YAML).
#include "iipcase/rules.h"

#include <cstddef>

#include "rules/rules_archive.h"

namespace iipcase {
namespace detail {
// Generated at build time by cmake/embed.cmake: the YAML, and rules_compiler's archive of it.
extern const unsigned char k_embedded_rules[];
extern const std::size_t k_embedded_rules_size;
extern const unsigned char k_embedded_rules_archive[];
extern const std::size_t k_embedded_rules_archive_size;
}  // namespace detail

std::string_view embedded_rules_text() {
  return {reinterpret_cast<const char*>(detail::k_embedded_rules), detail::k_embedded_rules_size};
}

const Rules& embedded_rules() {
  // Read on first use; a function-local static is initialised once, even across threads.
  // The build has checked these rules, so a RulesError here means a broken build, not bad input.
  static const Rules rules = restore_rules(
      {reinterpret_cast<const char*>(detail::k_embedded_rules_archive), detail::k_embedded_rules_archive_size});
  return rules;
}

}  // namespace iipcase
