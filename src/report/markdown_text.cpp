// Markdown cells from untrusted text: escaped markup, and links and mentions defused as code.
#include "report/markdown_text.h"

#include <algorithm>

#include "source/ascii.h"
#include "source/escape.h"

namespace iipcase {
namespace {

// Whether GitHub's or GitLab's autolinker or mention filter could act on this word: a scheme
// ("https://", "mailto:"), "www.", or an @ (e-mail addresses, @user, @org/team).
bool would_link(std::string_view word) {
  std::string lower = ascii_lower(word);
  return lower.find("://") != std::string::npos || lower.find("www.") != std::string::npos ||
         lower.find("mailto:") != std::string::npos || lower.find('@') != std::string::npos;
}

// A code span holding word: fenced with one backtick more than the longest run inside it, and
// padded when the word starts or ends with one. In a table cell | still needs its backslash.
std::string code_span(std::string_view word) {
  std::size_t longest = 0, run = 0;
  for (char c : word) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = word.front() == '`' || word.back() == '`';
  std::string out = fence + (pad ? " " : "");
  for (char c : word) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out + (pad ? " " : "") + fence;
}

// Backslash before every character that is markup in a cell.
std::string escaped_markup(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (std::string_view("\\|*_`[]<>~&#!").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string markdown_cell(std::string_view s) {
  const std::string shown = escape_controls(s);  // no line break or control is left after this
  std::string out;
  std::size_t i = 0;
  while (i < shown.size()) {
    if (shown[i] == ' ') {
      out += shown[i++];
      continue;
    }
    std::size_t end = shown.find(' ', i);
    if (end == std::string::npos) end = shown.size();
    std::string_view word = std::string_view(shown).substr(i, end - i);
    out += would_link(word) ? code_span(word) : escaped_markup(word);
    i = end;
  }
  return out;
}

}  // namespace iipcase
