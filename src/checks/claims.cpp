// Absolute claims (国际领先, 填补了国内空白, 唯一, …) in the title, the platform's name and the
// content: the notice asks for no exaggeration. The phrases are data (claims in the rules).
#include <algorithm>
#include <string>
#include <vector>

#include "checks/appraisal.h"
#include "checks/checks.h"
#include "rules/phrase_index.h"

namespace iipcase {
namespace {

constexpr std::size_t k_unplaced = std::string_view::npos;
// Source code points skipped, past white space, looking for a value's next one: an escape in a
// double-quoted scalar (\u56fd, \U0001F600) or a quote doubled in a single-quoted one.
constexpr int k_lookahead = 12;

// Zero-width characters split a phrase no more than a space does.
bool is_invisible(char32_t cp) { return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF; }

bool is_blank(char32_t cp) {
  if ((cp > 0x20 && cp < 0x80) || (cp >= 0x3400 && cp <= 0x9FFF)) return false;  // most characters, at once
  return is_white_space(cp) || is_invisible(cp);
}

// A field's text as claims are matched in it: white space and line breaks removed, code points
// folded.
std::u32string compact(std::string_view value) {
  std::u32string out;
  out.reserve(value.size() / 3 + 8);
  for (std::size_t i = 0; i < value.size();) {
    const char32_t cp = next_code_point(value, i);
    if (!is_blank(cp)) out.push_back(fold_code_point(cp));
  }
  return out;
}

// Where a value's own characters begin in what was written: after a block scalar's header line
// (which may hold a comment) or a quoted scalar's opening quote.
std::size_t content_start(std::string_view written) {
  if (written.empty()) return 0;
  if (written[0] == '|' || written[0] == '>') return std::min(written.find_first_of("\r\n"), written.size());
  return written[0] == '"' || written[0] == '\'' ? 1 : 0;
}

// For each character of the compact text, the byte offset in the source where it was written,
// or k_unplaced where the source does not show it as itself. The value's characters stand in
// the source in the same order with only white space (indentation, line breaks) between them,
// save escapes. Only run for a field that holds a claim.
std::vector<std::size_t> source_offsets(const yaml::Node& node, const SourceText& source) {
  const std::string_view all = source.text(), value = node.value;
  const std::size_t end = std::min(node.end, all.size());
  const std::size_t begin = std::min(node.offset, end);
  const std::string_view written = all.substr(begin, end - begin);
  std::size_t cursor = content_start(written);
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < value.size();) {
    const char32_t cp = next_code_point(value, i);
    if (is_blank(cp)) continue;
    std::size_t at = k_unplaced;
    for (std::size_t k = cursor, skipped = 0; k < written.size() && skipped <= k_lookahead;) {
      const std::size_t here = k;
      const char32_t s = next_code_point(written, k);
      if (s == cp) {
        at = begin + here;
        cursor = k;
        break;
      }
      skipped += !is_blank(s);
    }
    out.push_back(at);
  }
  return out;
}

// The claims of text: every occurrence of a phrase that no not_claim overlaps; of overlapping
// claims, the one that starts first, then the longer (同行业第一, not also 行业第一).
std::vector<PhraseIndex::Match> claims_in(std::u32string_view text, const ClaimRules& rules) {
  const std::vector<PhraseIndex::Match> matches = rules.index->find_all(text);
  auto is_claim = [&](const PhraseIndex::Match& m) { return m.phrase < rules.phrases.size(); };
  auto excused = [&](const PhraseIndex::Match& claim) {
    return std::any_of(matches.begin(), matches.end(), [&](const PhraseIndex::Match& m) {
      return !is_claim(m) && m.start < claim.start + claim.length && claim.start < m.start + m.length;
    });
  };
  std::vector<PhraseIndex::Match> claims;
  std::size_t taken = 0;  // end of the last claim kept
  for (const PhraseIndex::Match& m : matches) {
    if (!is_claim(m) || m.start < taken || excused(m)) continue;
    claims.push_back(m);
    taken = m.start + m.length;
  }
  return claims;
}

// The position of a claim in the source, and the code points it spans on that line.
std::pair<Position, int> where(const std::vector<std::size_t>& offsets, const PhraseIndex::Match& m,
                               const yaml::Node& node, const SourceText& source) {
  const std::size_t first = offsets[m.start], last = offsets[m.start + m.length - 1];
  if (first == k_unplaced) return {node.position, static_cast<int>(m.length)};
  const Position from = source.position_of(first);
  const Position to = last == k_unplaced ? Position{} : source.position_of(last);
  const int span = to.line == from.line ? to.column - from.column + 1
                                        : count_characters(source.line(from.line)) - from.column + 1;
  return {from, span};
}

}  // namespace

void check_claims(CaseContext& ctx) {
  const ClaimRules& rules = ctx.rules.claims;
  if (!rules.index) return;
  for (const std::string& path : rules.fields) {
    const yaml::Node* node = ctx.at(path);
    if (!node || node->kind != yaml::NodeKind::scalar || node->is_null()) continue;
    const std::u32string text = compact(node->value);
    const std::vector<PhraseIndex::Match> claims = claims_in(text, rules);
    if (claims.empty()) continue;
    const std::vector<std::size_t> offsets = source_offsets(*node, ctx.source);
    for (const PhraseIndex::Match& m : claims) {
      const Appraised appraised = appraisal_before(text, m.start, rules.appraisal);
      if (appraised == Appraised::named) continue;
      const auto [position, span] = where(offsets, m, *node, ctx.source);
      ctx.add(diagnose(appraised == Appraised::unnamed ? "content.unsupported-claim.unnamed-appraiser"
                                                       : "content.unsupported-claim",
                       path, position, span, {{"phrase", rules.phrases[m.phrase]}}));
    }
  }
}

}  // namespace iipcase
