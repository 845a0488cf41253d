// Text from a case file made safe to print in a message: valid UTF-8, no raw control characters.
#pragma once

#include <string>
#include <string_view>

namespace iipcase {

// bytes as a one-line, valid UTF-8 text: a byte that starts no well-formed UTF-8 sequence
// becomes U+FFFD; a control character (C0, DEL, C1) is written as an escape (\n, \t, \x01,
// \u0085); a bidirectional control (U+202A–U+202E, U+2066–U+2069), which could reorder what a
// terminal shows, is written as <U+202E>. Everything else is kept as it is.
std::string printable(std::string_view bytes);

// The code point at s[i] when a well-formed UTF-8 sequence starts there (i advanced past it),
// or -1 (i advanced by one byte). Overlongs, surrogates and values above U+10FFFF are not
// well-formed.
long decode_utf8(std::string_view s, std::size_t& i);

// "U+200B": how a character that cannot be seen is named.
std::string code_point_name(char32_t cp);

}  // namespace iipcase
