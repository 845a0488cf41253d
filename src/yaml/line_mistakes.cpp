// Mistakes applicants make in how a line is written, which the parser reports late or vaguely:
// a key followed by a full-width colon (title：…), a quoted value that goes on after its closing
// quote ("5G+工业互联网"赋能…), a tab in the indentation. Each becomes a yaml.syntax finding at
// the line that holds it, saying what it is.
#include <optional>
#include <string>
#include <string_view>

#include "messages.h"
#include "yaml/tree.h"

namespace iipcase::yaml {
namespace {

constexpr std::string_view k_full_width_colon = "\xEF\xBC\x9A";  // ：

// Skips the indentation and any "- " sequence markers.
std::size_t content_start(std::string_view line) {
  std::size_t i = 0;
  for (;;) {
    while (i < line.size() && line[i] == ' ') ++i;
    if (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ') {
      i += 2;
      continue;
    }
    return i;
  }
}

bool key_character(char c, bool first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
}

// "title：…" (spaces allowed before the colon): the key, or empty.
std::string_view full_width_key(std::string_view line, std::size_t from) {
  std::size_t i = from;
  while (i < line.size() && key_character(line[i], i == from)) ++i;
  if (i == from) return {};
  std::size_t end = i;
  while (i < line.size() && line[i] == ' ') ++i;
  return line.substr(i, k_full_width_colon.size()) == k_full_width_colon ? line.substr(from, end - from)
                                                                          : std::string_view();
}

std::size_t indentation(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

// "key: |", "- >-", "text: |2": a line whose value is a block scalar's indicator.
bool opens_block_scalar(std::string_view line) {
  std::size_t hash = line.find(" #");
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  for (int i = 0; i < 2 && !line.empty() && (line.back() == '+' || line.back() == '-' ||
                                             (line.back() >= '1' && line.back() <= '9'));
       ++i)
    line.remove_suffix(1);
  return line.size() >= 2 && (line.back() == '|' || line.back() == '>') && line[line.size() - 2] == ' ';
}

// Whether a line lies inside a block scalar, judged from the source alone (the parse failed):
// one of the less indented lines above it, each the parent of the next, opens a block scalar.
bool in_block_scalar(const SourceText& source, int line_number) {
  std::size_t indent = indentation(source.line(line_number));
  for (int n = line_number - 1; n >= 1 && indent > 0; --n) {
    std::string_view line = source.line(n);
    std::size_t own = indentation(line);
    if (own == line.size() || own >= indent) continue;  // blank, or not a parent
    if (opens_block_scalar(line)) return true;
    indent = own;
  }
  return false;
}

Diagnostic full_width_finding(const SourceText& source, int line_number, std::size_t from, std::string_view key) {
  std::string_view line = source.line(line_number);
  Position where{line_number, count_characters(line.substr(0, from)) + 1};
  return diagnose("yaml.syntax.full-width-colon", "", where, count_characters(key) + 1, {{"key", key}});
}

// Where the value of a line starts: after "key: " when the line holds a key, else at the content.
std::size_t value_start(std::string_view line) {
  std::size_t i = content_start(line);
  if (i < line.size() && (line[i] == '"' || line[i] == '\'')) return i;
  std::size_t colon = line.find(": ", i);
  if (colon == std::string_view::npos) return std::string_view::npos;
  i = colon + 2;
  while (i < line.size() && line[i] == ' ') ++i;
  return i;
}

// The closing quote of a quoted scalar opening at `open`, on the same line; npos when none.
std::size_t closing_quote(std::string_view line, std::size_t open) {
  const char quote = line[open];
  for (std::size_t i = open + 1; i < line.size(); ++i) {
    if (quote == '"' && line[i] == '\\') {
      ++i;
    } else if (line[i] == quote) {
      if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') ++i;  // '' inside '…'
      else return i;
    }
  }
  return std::string_view::npos;
}

// The whole value quoted with the other kind of quote: '"5G+工业互联网"赋能…' / "'…'…".
std::string requoted(std::string_view value) {
  std::string out;
  if (value[0] == '"') {
    out = "'";
    for (char c : value) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
  }
  out = "\"";
  for (char c : value) out += c == '"' || c == '\\' ? std::string("\\") + c : std::string(1, c);
  return out + "\"";
}

std::optional<Diagnostic> quote_continues(const SourceText& source, int line_number) {
  std::string_view line = source.line(line_number);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  std::size_t open = value_start(line);
  if (open == std::string_view::npos || open >= line.size() || (line[open] != '"' && line[open] != '\''))
    return std::nullopt;
  std::size_t close = closing_quote(line, open);
  if (close == std::string_view::npos) return std::nullopt;
  std::size_t rest = close + 1;
  while (rest < line.size() && line[rest] == ' ') ++rest;
  // Nothing after it, a comment, a quoted key's colon, or the end of a flow item: all fine.
  if (rest >= line.size() || std::string_view("#:,]}").find(line[rest]) != std::string_view::npos)
    return std::nullopt;
  std::string_view value = line.substr(open);
  std::string_view before = line.substr(0, open);
  while (!before.empty() && before.front() == ' ') before.remove_prefix(1);
  Position where{line_number, count_characters(line.substr(0, close + 1)) + 1};
  return diagnose("yaml.syntax.quote-continues", "", where, count_characters(line.substr(close + 1)),
                  {{"rest", line.substr(close + 1)}, {"suggestion", std::string(before) + requoted(value)}});
}

std::optional<Diagnostic> tab_indent(const SourceText& source, int line_number) {
  std::string_view line = source.line(line_number);
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '-' )) ++i;
  if (i >= line.size() || line[i] != '\t') return std::nullopt;
  return diagnose("yaml.syntax.tab", "", {line_number, static_cast<int>(i) + 1}, 1,
                  {{"line", static_cast<long long>(line_number)}});
}

void walk(const SourceText& source, const Node& node, std::optional<Diagnostic>& found) {
  if (found) return;
  if (node.kind == NodeKind::scalar && node.plain && node.position.known()) {
    // Every line of the value; its first only when the value opens that line ("  name：衡远…"
    // as the value of "platform:"), not when it follows "key: ".
    Position end = source.position_of(node.end);
    for (int n = node.position.line; n <= end.line && n <= source.line_count(); ++n) {
      std::string_view line = source.line(n);
      std::size_t from = content_start(line);
      if (n == node.position.line && count_characters(line.substr(0, from)) + 1 != node.position.column) continue;
      if (std::string_view key = full_width_key(line, from); !key.empty()) {
        found = full_width_finding(source, n, from, key);
        return;
      }
    }
  }
  for (const Node& child : node.children) walk(source, child, found);
}

}  // namespace

std::optional<Diagnostic> line_mistake_at_error(const SourceText& source, int error_line) {
  if (error_line < 1 || error_line > source.line_count()) return std::nullopt;
  // yaml-cpp stops at the tab itself; a quote's remainder it may reach only on the next line.
  if (auto tab = tab_indent(source, error_line)) return tab;
  for (int n : {error_line, error_line - 1})
    if (n >= 1)
      if (auto quote = quote_continues(source, n)) return quote;
  // A full-width colon is often reported at the next key: look back for it, past block scalars.
  for (int n = error_line; n >= 1; --n) {
    std::string_view line = source.line(n);
    std::size_t from = content_start(line);
    if (std::string_view key = full_width_key(line, from); !key.empty() && !in_block_scalar(source, n))
      return full_width_finding(source, n, from, key);
  }
  return std::nullopt;
}

std::optional<Diagnostic> full_width_key_in(const SourceText& source, const Node& root) {
  std::optional<Diagnostic> found;
  walk(source, root, found);
  return found;
}

}  // namespace iipcase::yaml
