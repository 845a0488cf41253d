// Characters named and decoded for the checks that quote them.
#include "source/printable.h"

#include <fmt/format.h>

#include "source/escape.h"

namespace iipcase {

long decode_utf8(std::string_view s, std::size_t& i) {
  char32_t cp = 0;
  const std::size_t n = utf8_sequence(s, i, cp);
  if (n == 0) return ++i, -1;
  i += n;
  return static_cast<long>(cp);
}

std::string code_point_name(char32_t cp) { return fmt::format("U+{:04X}", static_cast<unsigned>(cp)); }

}  // namespace iipcase
