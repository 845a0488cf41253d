// Positions in a UTF-8 text: the line index, byte offset ↔ (line, code-point column), widths.
#include "source/source_text.h"

#include <algorithm>
#include <cstdint>

namespace iipcase {
namespace {

constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

int code_points_in(std::string_view s) {
  int count = 0;
  for (char c : s) count += !is_continuation(static_cast<unsigned char>(c));
  return count;
}

struct Range {
  char32_t first, last;
};

bool in_ranges(char32_t cp, const Range* begin, const Range* end) {
  auto it = std::upper_bound(begin, end, cp, [](char32_t c, const Range& r) { return c < r.first; });
  return it != begin && cp <= (it - 1)->last;
}

// Combining marks and invisible format characters: they take no column of their own.
constexpr Range k_zero_width[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A}, {0x064B, 0x065F},
    {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF},
    {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0x302A, 0x302D},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0100, 0xE01EF},
};

// East Asian Wide and Fullwidth (Unicode 15, EastAsianWidth.txt), emoji presentation included.
constexpr Range k_wide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x3029},   {0x302E, 0x303E},   {0x3041, 0x3096},   {0x309B, 0x33FF},   {0x3400, 0x4DBF},
    {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},
    {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
    {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393},
    {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5},
    {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC},
    {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945},
    {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

}  // namespace

bool is_white_space(char32_t cp) {
  return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

SourceText::SourceText(std::string_view utf8) : m_text(strip_bom(utf8)) {
  m_line_starts.reserve(m_text.size() / 32 + 1);
  m_line_starts.push_back(0);
  const char* data = m_text.data();
  const std::size_t size = m_text.size();
  for (std::size_t i = 0; i < size; ++i) {
    char c = data[i];
    if (c == '\n' || (c == '\r' && (i + 1 == size || data[i + 1] != '\n'))) m_line_starts.push_back(i + 1);
  }
}

std::string_view SourceText::line(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t start = m_line_starts[line - 1];
  std::size_t end = line < line_count() ? m_line_starts[line] : m_text.size();
  std::string_view s = m_text.substr(start, end - start);
  if (!s.empty() && s.back() == '\n') s.remove_suffix(1);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

Position SourceText::position_of(std::size_t offset) const {
  offset = std::min(offset, m_text.size());
  auto it = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(it - m_line_starts.begin()) - 1;
  std::size_t start = m_line_starts[line_index];
  return {static_cast<int>(line_index) + 1, code_points_in(m_text.substr(start, offset - start)) + 1};
}

std::size_t SourceText::offset_of(int line0, int byte_column0) const {
  if (line0 < 0) return 0;
  if (line0 >= line_count()) return m_text.size();
  std::size_t offset = m_line_starts[line0] + static_cast<std::size_t>(std::max(byte_column0, 0));
  return std::min(offset, m_text.size());
}

std::string_view strip_bom(std::string_view bytes) {
  if (bytes.substr(0, k_utf8_bom.size()) == k_utf8_bom) bytes.remove_prefix(k_utf8_bom.size());
  return bytes;
}

int display_width(std::string_view utf8) {
  int width = 0;
  for (std::size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++width, ++i;
      continue;
    }
    char32_t cp = next_code_point(utf8, i);
    if (in_ranges(cp, std::begin(k_zero_width), std::end(k_zero_width))) continue;
    width += in_ranges(cp, std::begin(k_wide), std::end(k_wide)) ? 2 : 1;
  }
  return width;
}

int count_characters(std::string_view utf8, bool skip_space) {
  if (!skip_space) return code_points_in(utf8);
  int count = 0;
  for (std::size_t i = 0; i < utf8.size();) count += !is_white_space(next_code_point(utf8, i));
  return count;
}

}  // namespace iipcase
