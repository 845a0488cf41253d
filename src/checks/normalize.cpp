// The normaliser of values before they are judged (case-file.md, revision 2).
#include "checks/normalize.h"

#include "source/printable.h"
#include "source/source_text.h"

namespace iipcase {
namespace {

constexpr char32_t k_ideographic_space = 0x3000;

char32_t code_point_at(std::string_view s, std::size_t& i) {
  const long cp = decode_utf8(s, i);
  return cp < 0 ? 0xFFFD : static_cast<char32_t>(cp);
}

}  // namespace

bool is_full_width_form(char32_t cp) { return (cp >= 0xFF01 && cp <= 0xFF5E) || cp == k_ideographic_space; }

bool is_zero_width(char32_t cp) { return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF; }

std::string_view trim_white_space(std::string_view value) {
  std::size_t begin = 0, end = value.size();
  for (std::size_t i = 0; i < value.size() && is_white_space(code_point_at(value, i));) begin = i;
  while (end > begin) {  // from the end: step back to the start of each code point
    std::size_t start = end - 1;
    while (start > begin && end - start < 4 && (static_cast<unsigned char>(value[start]) & 0xC0) == 0x80) --start;
    std::size_t i = start;
    if (!is_white_space(code_point_at(value, i)) || i != end) break;
    end = start;
  }
  return value.substr(begin, end - begin);
}

NormalizedValue normalize_value(std::string_view value, const Lookalikes& lookalikes, bool fold) {
  const std::string_view trimmed = trim_white_space(value);
  const std::size_t base = static_cast<std::size_t>(trimmed.data() - value.data());
  NormalizedValue out;
  out.text.reserve(trimmed.size());
  int position = 0;
  for (std::size_t i = 0; i < trimmed.size();) {
    const std::size_t start = i;
    const char32_t cp = code_point_at(trimmed, i);
    const std::string_view written = trimmed.substr(start, i - start);
    ++position;
    auto note = [&](OddKind kind, std::string replacement) {
      out.odd.push_back({kind, position, base + start, std::string(written), replacement});
      out.text += replacement;
    };
    if (is_zero_width(cp)) {
      note(OddKind::zero_width, "");
      continue;
    }
    if (fold && cp == k_ideographic_space) {
      note(OddKind::full_width, " ");
      continue;
    }
    if (fold && is_full_width_form(cp)) {
      note(OddKind::full_width, std::string(1, static_cast<char>(cp - 0xFEE0)));
      continue;
    }
    if (fold && is_white_space(cp) && cp != ' ') {  // a tab, a no-break space and the like: a space
      out.text += ' ';
      continue;
    }
    if (fold && cp >= 0x80) {
      bool replaced = false;
      for (const auto& [character, replacement] : lookalikes)
        if (written == character) {
          note(OddKind::lookalike, replacement);
          replaced = true;
          break;
        }
      if (replaced) continue;
    }
    out.text += written;
  }
  return out;
}

Text describe_character(std::string_view utf8_character) {
  std::size_t i = 0;
  const long decoded = utf8_character.empty() ? -1 : decode_utf8(utf8_character, i);
  if (decoded < 0) return {"无效字节", "an invalid byte"};
  const auto cp = static_cast<char32_t>(decoded);
  const std::string name = code_point_name(cp), c(utf8_character);
  if (cp == k_ideographic_space) return {"全角空格（U+3000）", "the ideographic space (U+3000)"};
  if (is_zero_width(cp)) return {"不可见的零宽字符 " + name, "the invisible zero-width character " + name};
  if (cp == ' ') return {"空格", "a space"};
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return {"控制字符 " + name, "the control character " + name};
  // White space and the format characters of General Punctuation are hard to tell by sight.
  if (is_white_space(cp) || (cp >= 0x2000 && cp <= 0x206F))
    return {"“" + c + "”（" + name + "）", "\"" + c + "\" (" + name + ")"};
  return {"“" + c + "”", "\"" + c + "\""};
}

}  // namespace iipcase
