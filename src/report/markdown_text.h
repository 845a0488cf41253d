// Text from case files made safe for a Markdown table cell (GitHub Flavored Markdown).
#pragma once

#include <string>
#include <string_view>

namespace iipcase {

// Case files are written by others: a title holding | * _ ` [ ] < > would break the table or
// turn into markup (links, HTML). Those are backslash-escaped; a line break becomes <br>, and
// other control characters are left out.
inline std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\\':
      case '|':
      case '*':
      case '_':
      case '`':
      case '[':
      case ']':
      case '<':
      case '>':
      case '~':
      case '&':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      case '\n':
        out += "<br>";
        break;
      case '\t':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;  // other controls: nothing to show
    }
  }
  return out;
}

// A cell for a value that may be missing: a dash then, so the table shows it was looked for.
inline std::string markdown_cell_or_dash(std::string_view s) { return s.empty() ? "—" : markdown_cell(s); }

}  // namespace iipcase
