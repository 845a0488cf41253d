// Bytes → source text: size limit, encoding sniffing, NUL bytes, and positions in code points.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"

namespace iipcase {

// A UTF-8 text with its line index. Views into the caller's bytes (BOM skipped).
class SourceText {
 public:
  explicit SourceText(std::string_view utf8);

  std::string_view text() const { return m_text; }
  int line_count() const { return static_cast<int>(m_line_starts.size()); }

  // Line (1-based) without its line break; empty past the end.
  std::string_view line(int line) const;

  // 1-based line and code-point column of a byte offset into text().
  Position position_of(std::size_t offset) const;

  // Byte offset of a 0-based line and 0-based byte column (as yaml-cpp marks give them).
  std::size_t offset_of(int line0, int byte_column0) const;

 private:
  std::string_view m_text;
  std::vector<std::size_t> m_line_starts;  // \n, \r\n and a lone \r all end a line
};

// Checks the raw bytes of a file before any parsing: file.too-large, file.encoding, file.binary.
// Returns the finding that stops the file, or nothing when the bytes are a UTF-8 text.
std::optional<Diagnostic> sniff_bytes(std::string_view bytes, std::size_t max_size,
                                      std::string_view file_name);

// The bytes without a UTF-8 byte-order mark.
std::string_view strip_bom(std::string_view bytes);

// Columns a terminal uses to show s: 2 for wide (CJK) characters, 1 otherwise.
int display_width(std::string_view utf8);

// Decodes the code point at s[i] and advances i; a byte that starts no well-formed sequence
// reads as itself, so that widths and counts stay defined on any input. i < s.size().
// Inline: it runs once per character of every value counted or searched.
inline char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char lead = byte(i);
  int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  if (extra == 0 || i + extra >= s.size()) {
    ++i;
    return lead;
  }
  char32_t cp = lead & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return lead;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  i += extra + 1;
  return cp;
}

// Unicode White_Space: what 字数 does not count, U+3000 ideographic space included.
bool is_white_space(char32_t cp);

// Number of code points; with skip_space, white space is not counted (how 字数 is counted).
int count_characters(std::string_view utf8, bool skip_space = false);

}  // namespace iipcase
