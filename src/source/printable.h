// Characters named and decoded for the checks that quote them (field.full-width, phone and
// credit-code diagnoses). Making text safe to show is escape.h's job (escape_controls).
#pragma once

#include <string>
#include <string_view>

namespace iipcase {

// The code point at s[i] when a well-formed UTF-8 sequence starts there (i advanced past it),
// or -1 (i advanced by one byte). Overlongs, surrogates and values above U+10FFFF are not
// well-formed (escape.h's utf8_sequence decides).
long decode_utf8(std::string_view s, std::size_t& i);

// "U+200B": how a character that cannot be seen is named.
std::string code_point_name(char32_t cp);

}  // namespace iipcase
