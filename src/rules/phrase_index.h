// Many phrases found in a text in one pass: a trie over code points, built once with the rules.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iipcase/rules.h"

namespace iipcase {

// A code point as phrases are compared: full-width ASCII (U+FF01–U+FF5E) read as ASCII, and
// ASCII letters in lower case (唯一ＩＤ, 唯一ID and 唯一id are one phrase).
char32_t fold_code_point(char32_t cp);

// UTF-8 → folded code points.
std::u32string folded(std::string_view utf8);

class PhraseIndex {
 public:
  // An occurrence, in code points of the text searched; phrase is the index in the
  // constructor's list.
  struct Match {
    std::size_t start = 0, length = 0, phrase = 0;
  };

  // A phrase listed twice keeps its first index. Empty phrases are ignored.
  explicit PhraseIndex(const std::vector<std::string>& phrases);

  // Every occurrence of every phrase in text (folded code points), ordered by start, then
  // longer first. Time: the text's length times the longest phrase, whatever their number.
  std::vector<Match> find_all(std::u32string_view text) const;

 private:
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;  // sorted by code point
    std::int64_t phrase = -1;
  };
  std::uint32_t child(std::uint32_t node, char32_t cp) const;  // 0 when none (the root is no child)

  std::vector<Node> m_nodes;  // [0] is the root
  // The root's children by code point, for the Basic Multilingual Plane (0: none): most
  // positions of a text are decided by one look-up.
  std::vector<std::uint32_t> m_first;
};

// The claims' phrases, then their not_claims, in one index (ClaimRules::index).
std::shared_ptr<const PhraseIndex> index_claims(const ClaimRules& claims);

}  // namespace iipcase
