// Appraisals before a claim: 经 + who + 鉴定/评价/验收 … in the same sentence (rules: claims.appraisal).
#include "checks/appraisal.h"

#include <algorithm>
#include <string>
#include <vector>

#include "rules/phrase_index.h"

namespace iipcase {
namespace {

std::vector<std::u32string> folded_all(const std::vector<std::string>& words) {
  std::vector<std::u32string> out;
  for (const std::string& word : words) out.push_back(folded(word));
  return out;
}

bool is_one_of(std::u32string_view text, std::size_t at, const std::vector<std::u32string>& marks) {
  return std::any_of(marks.begin(), marks.end(),
                     [&](const std::u32string& m) { return text.compare(at, m.size(), m) == 0; });
}

// Whether [at, at + length) of text lies inside an occurrence of one of words (经 in 经营).
bool inside_word(std::u32string_view text, std::size_t at, std::size_t length,
                 const std::vector<std::u32string>& words) {
  for (const std::u32string& word : words)
    for (std::size_t from = at + length > word.size() ? at + length - word.size() : 0; from <= at; ++from)
      if (text.compare(from, word.size(), word) == 0) return true;
  return false;
}

// A character that can be part of a name: a Chinese character, an ASCII letter or digit (not
// punctuation such as the quotes of 经“专家”鉴定).
bool names(char32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || cp >= 0x20000;
}

// Characters left of who appraised once the words that name nobody are taken out.
std::size_t named_characters(std::u32string who, const std::vector<std::u32string>& unnamed) {
  for (const std::u32string& word : unnamed)  // the data lists longer words first (专家组 before 专家)
    for (std::size_t at = who.find(word); at != std::u32string::npos; at = who.find(word, at))
      who.erase(at, word.size());
  return static_cast<std::size_t>(std::count_if(who.begin(), who.end(), names));
}

}  // namespace

Appraised appraisal_before(std::u32string_view text, std::size_t claim, const Appraisal& rules) {
  const auto ends = folded_all(rules.sentence_ends), clause_marks = folded_all(rules.clause_marks);
  const auto openers = folded_all(rules.openers), not_openers = folded_all(rules.not_openers);
  const auto verbs = folded_all(rules.verbs), unnamed = folded_all(rules.unnamed);
  std::size_t sentence = claim;
  while (sentence > 0 && !is_one_of(text, sentence - 1, ends)) --sentence;
  // An opener, then a verb in the same clause: the appraisal. The nearest opener to its verb
  // holds the appraiser; the best of the sentence's appraisals decides.
  Appraised found = Appraised::no;
  std::size_t opener_end = std::u32string_view::npos;
  for (std::size_t at = sentence; at < claim; ++at) {
    if (is_one_of(text, at, clause_marks)) opener_end = std::u32string_view::npos;
    for (const std::u32string& opener : openers) {
      if (text.compare(at, opener.size(), opener) != 0 || at + opener.size() > claim) continue;
      if (inside_word(text, at, opener.size(), not_openers)) continue;
      opener_end = at + opener.size();
      break;
    }
    if (opener_end == std::u32string_view::npos || at < opener_end) continue;
    for (const std::u32string& verb : verbs) {
      if (text.compare(at, verb.size(), verb) != 0 || at + verb.size() > claim) continue;
      std::u32string who(text.substr(opener_end, at - opener_end));
      if (named_characters(who, unnamed) >= static_cast<std::size_t>(rules.min_name)) return Appraised::named;
      found = Appraised::unnamed;
    }
  }
  return found;
}

}  // namespace iipcase
