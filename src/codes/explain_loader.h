// Reads schemas/explain.yaml, the registry of diagnostic codes with their explanations, strictly.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iipcase/authoring.h"

namespace iipcase {

// The file as the library and the build read it: the notice it quotes and one entry per code,
// in the file's order, which is the documented order of the codes.
struct ExplanationData {
  std::string notice;
  std::vector<Explanation> entries;
};

// Parses and checks the file's text. Throws std::runtime_error naming the entry and the problem:
// a missing or unknown key, a key other than zh and en inside a text (an unquoted comma in a
// flow mapping {zh: …, en: …} cuts the text there), an empty text, a code twice or malformed.
ExplanationData parse_explanations(std::string_view yaml);

}  // namespace iipcase
