// Absolute claims (国际领先, 唯一, …) in the content fields: the notice asks for no exaggeration.
#include <algorithm>
#include <array>

#include "checks/checks.h"

namespace iipcase {
namespace {

// Whether the phrase at `at` in text is part of a longer phrase that claims nothing (唯一标识).
bool excused(std::string_view text, std::size_t at, std::string_view phrase,
             const std::vector<std::string>& exceptions) {
  for (const std::string& exception : exceptions) {
    std::size_t inside = exception.find(phrase);
    if (inside == std::string::npos || at < inside) continue;
    if (text.compare(at - inside, exception.size(), exception) == 0) return true;
  }
  return false;
}

// The first occurrence of phrase in text from `from` on, or npos. Boyer-Moore-Horspool skips
// ahead by up to the phrase's length; find() stops at every byte equal to the phrase's first,
// which in Chinese text (lead bytes E4–E9) is every few bytes. Written out: not every standard
// library has std::boyer_moore_horspool_searcher (emscripten 3.1.6's libc++ does not).
std::size_t find_phrase(std::string_view text, std::string_view phrase, std::size_t from) {
  if (from > text.size()) return std::string_view::npos;
  const std::size_t n = phrase.size();
  if (n == 0) return from;
  std::array<std::size_t, 256> skip;
  skip.fill(n);
  for (std::size_t i = 0; i + 1 < n; ++i) skip[static_cast<unsigned char>(phrase[i])] = n - 1 - i;
  for (std::size_t at = from; at + n <= text.size(); at += skip[static_cast<unsigned char>(text[at + n - 1])])
    if (text.compare(at, n, phrase) == 0) return at;
  return std::string_view::npos;
}

// The first occurrence of phrase in text that is a claim, or npos.
std::size_t find_claim(std::string_view text, std::string_view phrase, const std::vector<std::string>& exceptions) {
  for (std::size_t at = find_phrase(text, phrase, 0); at != std::string_view::npos; at = find_phrase(text, phrase, at + 1))
    if (!excused(text, at, phrase, exceptions)) return at;
  return std::string_view::npos;
}

}  // namespace

void check_claims(CaseContext& ctx) {
  const Rules& rules = ctx.rules;
  for (const FieldRule& rule : rules.fields) {
    if (rule.kind != FieldKind::string || rule.path.rfind("content.", 0) != 0) continue;
    const yaml::Node* node = ctx.at(rule.path);
    if (!node || node->kind != yaml::NodeKind::scalar) continue;
    std::string_view source = ctx.source.text();
    std::size_t end = std::min(node->end, source.size());
    std::string_view written = source.substr(std::min(node->offset, end), end - std::min(node->offset, end));
    for (const std::string& phrase : rules.claims) {
      if (find_claim(node->value, phrase, rules.claim_exceptions) == std::string_view::npos) continue;
      // Point at the phrase in the source where it stands as written; else at the value.
      Position where = node->position;
      std::size_t at = find_claim(written, phrase, rules.claim_exceptions);
      if (at != std::string_view::npos) where = ctx.source.position_of(node->offset + at);
      ctx.add(diagnose("content.unsupported-claim", rule.path, where, count_characters(phrase),
                       {{"phrase", phrase}}));
    }
  }
}

}  // namespace iipcase
