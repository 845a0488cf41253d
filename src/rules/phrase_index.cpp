// The phrase trie of the claims check: built from the rules, searched once per field.
#include "rules/phrase_index.h"

#include <algorithm>

#include "source/source_text.h"

namespace iipcase {

char32_t fold_code_point(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
  if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
  return cp;
}

std::u32string folded(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out.push_back(fold_code_point(next_code_point(utf8, i)));
  return out;
}

PhraseIndex::PhraseIndex(const std::vector<std::string>& phrases) : m_nodes(1), m_first(0x10000, 0) {
  for (std::size_t id = 0; id < phrases.size(); ++id) {
    const std::u32string phrase = folded(phrases[id]);
    if (phrase.empty()) continue;
    std::uint32_t node = 0;
    for (char32_t cp : phrase) {
      auto& next = m_nodes[node].next;
      auto it = std::find_if(next.begin(), next.end(), [&](const auto& edge) { return edge.first == cp; });
      if (it != next.end()) {
        node = it->second;
        continue;
      }
      const auto created = static_cast<std::uint32_t>(m_nodes.size());
      next.emplace_back(cp, created);  // may reallocate m_nodes below: `next` is not used again
      m_nodes.emplace_back();
      node = created;
    }
    if (m_nodes[node].phrase < 0) m_nodes[node].phrase = static_cast<std::int64_t>(id);
  }
  for (Node& n : m_nodes) std::sort(n.next.begin(), n.next.end());
  for (const auto& [cp, node] : m_nodes[0].next)
    if (cp < m_first.size()) m_first[cp] = node;
}

std::uint32_t PhraseIndex::child(std::uint32_t node, char32_t cp) const {
  const auto& next = m_nodes[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), cp, [](const auto& edge, char32_t c) { return edge.first < c; });
  return it != next.end() && it->first == cp ? it->second : 0;
}

std::vector<PhraseIndex::Match> PhraseIndex::find_all(std::u32string_view text) const {
  std::vector<Match> matches;
  for (std::size_t start = 0; start < text.size(); ++start) {
    std::uint32_t node = text[start] < m_first.size() ? m_first[text[start]] : child(0, text[start]);
    if (node == 0) continue;
    const std::size_t first = matches.size();
    for (std::size_t i = start + 1;; ++i) {
      if (m_nodes[node].phrase >= 0)
        matches.push_back({start, i - start, static_cast<std::size_t>(m_nodes[node].phrase)});
      if (i == text.size() || (node = child(node, text[i])) == 0) break;
    }
    std::reverse(matches.begin() + static_cast<std::ptrdiff_t>(first), matches.end());  // longer first
  }
  return matches;
}

std::shared_ptr<const PhraseIndex> index_claims(const ClaimRules& claims) {
  std::vector<std::string> all = claims.phrases;
  all.insert(all.end(), claims.not_claims.begin(), claims.not_claims.end());
  return std::make_shared<const PhraseIndex>(all);
}

}  // namespace iipcase
