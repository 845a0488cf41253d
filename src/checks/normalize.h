// Values as they are judged: white space trimmed, full-width ASCII look-alikes read half-width,
// zero-width characters left out — each character that was read otherwise than written noted.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iipcase/diagnostic.h"

namespace iipcase {

// Why a character was not taken as written.
enum class OddKind {
  full_width,  // U+FF01–U+FF5E (０, Ａ, ＠, （, …) or U+3000 inside a value: read as ASCII
  lookalike,   // another character that stands for an ASCII one (rules data: 。 for ., — for -)
  zero_width,  // U+200B–U+200D, U+2060, U+FEFF: invisible, left out
};

struct OddCharacter {
  OddKind kind;
  int position = 0;         // 1-based, in code points of the trimmed value
  std::size_t offset = 0;   // byte offset in the value as given (before trimming)
  std::string written;      // the character, UTF-8
  std::string replacement;  // what it was read as ("" for a zero-width character)
};

struct NormalizedValue {
  std::string text;
  std::vector<OddCharacter> odd;
};

// Characters read as others (rules data `lookalikes`): the character, then what it is read as.
using Lookalikes = std::vector<std::pair<std::string, std::string>>;

// value without Unicode white space (U+3000 included) at either end.
std::string_view trim_white_space(std::string_view value);

// The value trimmed; with fold, full-width forms and look-alikes read as ASCII and other white
// space inside read as a space. Zero-width characters are always left out and noted; without
// fold, nothing else is changed or noted.
NormalizedValue normalize_value(std::string_view value, const Lookalikes& lookalikes, bool fold);

// A character for a message: "“０”", the full-width space and zero-width ones by name.
Text describe_character(std::string_view utf8_character);

// True for U+FF01–U+FF5E and U+3000.
bool is_full_width_form(char32_t cp);
bool is_zero_width(char32_t cp);

}  // namespace iipcase
