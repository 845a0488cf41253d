// The formats' patterns: compiled with RE2, which matches in time linear in the input.
#include <re2/re2.h>

#include "iipcase/rules.h"

namespace iipcase {

std::shared_ptr<const re2::RE2> compile_pattern(std::string_view pattern) {
  RE2::Options options;
  options.set_log_errors(false);    // the library never prints: the reason goes into the RulesError
  options.set_never_capture(true);  // only whole matches are asked for
  auto compiled = std::make_shared<const re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), options);
  if (!compiled->ok()) throw RulesError(compiled->error());
  return compiled;
}

bool Format::matches(std::string_view value) const {
  return !matcher || RE2::FullMatch(re2::StringPiece(value.data(), value.size()), *matcher);
}

}  // namespace iipcase
