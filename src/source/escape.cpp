// Escapes for control characters and invalid UTF-8 in text shown from files and file names.
#include "source/escape.h"

#include <cstdint>

#include <fmt/format.h>

namespace iipcase {
namespace {

bool is_plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x7F; }

void append_ascii_control(std::string& out, unsigned char c) {
  switch (c) {
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      append_byte_escape(out, c);
  }
}

}  // namespace

void append_byte_escape(std::string& out, unsigned char byte) { out += fmt::format("\\x{:02x}", byte); }

bool is_wide_control(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i);
  std::size_t n = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (n == 0 || i + n > s.size()) return 0;
  cp = n == 1 ? lead : n == 2 ? lead & 0x1F : n == 3 ? lead & 0x0F : lead & 0x07;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static constexpr char32_t k_least[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < k_least[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

std::string escape_controls(std::string_view text) {
  bool plain = true;  // most texts are printable ASCII or valid UTF-8 without controls: check fast
  for (char c : text)
    if (!is_plain_ascii(static_cast<unsigned char>(c))) {
      plain = false;
      break;
    }
  if (plain) return std::string(text);
  return rewrite_utf8(text, [](std::string& out, std::string_view bytes, char32_t cp) {
    if (cp < 0x80 && !is_plain_ascii(static_cast<unsigned char>(cp)))
      append_ascii_control(out, static_cast<unsigned char>(cp));
    else if (is_wide_control(cp))
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
    else
      out += bytes;
  });
}

std::string escape_path(std::string_view path) {
  std::string shown = escape_controls(path);
  if (shown.empty() || shown == "-") return shown;
  auto first = static_cast<unsigned char>(shown.front());
  bool safe_start = first >= 0x80 || (first >= '0' && first <= '9') || (first >= 'A' && first <= 'Z') ||
                    (first >= 'a' && first <= 'z') || first == '/' || first == '.' || first == '_' ||
                    first == '~' || first == '-';
  return safe_start ? shown : "./" + shown;
}

std::string escape_json_controls(std::string dumped) {
  bool any = false;
  for (char c : dumped)
    if (static_cast<unsigned char>(c) >= 0x7F) {
      any = true;
      break;
    }
  if (!any) return dumped;
  return rewrite_utf8(dumped, [](std::string& out, std::string_view bytes, char32_t cp) {
    if (cp == 0x7F || is_wide_control(cp))
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp));
    else
      out += bytes;
  });
}

std::string valid_utf8(std::string_view text) {
  bool ascii = true;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return std::string(text);
  return rewrite_utf8(text, [](std::string& out, std::string_view bytes, char32_t) { out += bytes; });
}

}  // namespace iipcase
