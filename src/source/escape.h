// Text read from other people's files and file names, made safe to show: one function for
// every report writer and for the command line's messages on stderr.
#pragma once

#include <string>
#include <string_view>

namespace iipcase {

// Control characters shown as escapes, so that none acts on a terminal or a CI log: C0 controls
// (\n, \r, \t by name, others as \x1b), DEL (\x7f), C1 controls (\u0085), the line and
// paragraph separators and the bidirectional controls (\u2028, \u202e), and every byte that
// is not part of valid UTF-8 (\xff). A value can therefore never break a line of a report.
std::string escape_controls(std::string_view text);

// escape_controls for a path that may stand at the start of a line: a relative path that
// starts with punctuation (":" of "::error::", "#" of "##[", a space) is written "./path",
// which names the same file, so that no line of output starts with text from outside.
std::string escape_path(std::string_view path);

// For formats with escaping of their own (JSON, SARIF, XML): only the bytes that are not valid
// UTF-8 become \xff text, so the output is valid UTF-8 and shows what the bytes were.
std::string valid_utf8(std::string_view text);

// JSON text as a JSON library dumped it, with the code points that JSON allows raw but that act
// on terminals (DEL, C1, the line and paragraph separators, the bidirectional controls) written
// as \u escapes: the values read back the same. Outside strings JSON is ASCII, so only strings
// change.
std::string escape_json_controls(std::string dumped);

// Code points beyond ASCII that act rather than show, escaped as \u0085 by escape_controls: C1,
// the line and paragraph separators, and the bidirectional embeddings, overrides and isolates
// (which reorder what follows them).
bool is_wide_control(char32_t code_point);

// The length of the valid UTF-8 sequence at text[i] and its code point; 0 when the bytes there
// are not UTF-8 (a stray continuation byte, an overlong form, a surrogate, a cut sequence).
std::size_t utf8_sequence(std::string_view text, std::size_t i, char32_t& code_point);

// "\xff" for a byte that is not UTF-8.
void append_byte_escape(std::string& out, unsigned char byte);

// Copies text, passing each valid UTF-8 sequence to keep(out, bytes, code_point), which appends
// what stands for it, and writing every other byte as \xNN: the loop of every escaper here.
template <typename Keep>
std::string rewrite_utf8(std::string_view text, Keep keep) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t n = utf8_sequence(text, i, cp);
    if (n == 0) {
      append_byte_escape(out, static_cast<unsigned char>(text[i]));
      ++i;
      continue;
    }
    keep(out, text.substr(i, n), cp);
    i += n;
  }
  return out;
}

}  // namespace iipcase
