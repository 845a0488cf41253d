// Values quoted in messages, made valid UTF-8 with control characters escaped.
#include "source/printable.h"

#include <fmt/format.h>

namespace iipcase {
namespace {

bool is_bidi_control(char32_t cp) { return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069); }

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

long decode_utf8(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return ++i, lead;
  int extra = 0;
  char32_t cp = 0, minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) extra = 1, cp = lead & 0x1F, minimum = 0x80;
  else if (lead >= 0xE0 && lead <= 0xEF) extra = 2, cp = lead & 0x0F, minimum = 0x800;
  else if (lead >= 0xF0 && lead <= 0xF4) extra = 3, cp = lead & 0x07, minimum = 0x10000;
  if (extra == 0 || i + extra >= s.size()) return ++i, -1;
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return ++i, -1;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return ++i, -1;
  i += extra + 1;
  return static_cast<long>(cp);
}

std::string code_point_name(char32_t cp) { return fmt::format("U+{:04X}", static_cast<unsigned>(cp)); }

std::string printable(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const long cp = decode_utf8(bytes, i);
    if (cp < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(cp));
    } else if (cp >= 0x80 && cp < 0xA0) {
      out += fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
    } else if (is_bidi_control(static_cast<char32_t>(cp))) {
      out += "<" + code_point_name(static_cast<char32_t>(cp)) + ">";
    } else {
      append_utf8(out, static_cast<char32_t>(cp));
    }
  }
  return out;
}

}  // namespace iipcase
