// The explanations of the diagnostic codes (schemas/explain.yaml, embedded), and near codes.
#include <algorithm>
#include <cstddef>

#include "authoring/explanation_data.h"
#include "codes/explain_loader.h"
#include "iipcase/authoring.h"
#include "source/ascii.h"

namespace iipcase {
namespace detail {
// Generated at build time from schemas/explain.yaml by cmake/embed.cmake.
extern const unsigned char k_embedded_explanations[];
extern const std::size_t k_embedded_explanations_size;
}  // namespace detail

namespace {

// The build has read this same text with parse_explanations (codes_compiler.cpp), so it cannot
// fail here unless the build is broken.
ExplanationData load() {
  return parse_explanations({reinterpret_cast<const char*>(detail::k_embedded_explanations),
                             detail::k_embedded_explanations_size});
}

const ExplanationData& data() {
  static const ExplanationData loaded = load();
  return loaded;
}

}  // namespace

namespace authoring {
const std::string& quoted_notice() { return data().notice; }
}  // namespace authoring

const std::vector<Explanation>& explanations() { return data().entries; }

const Explanation* find_explanation(std::string_view code) {
  const std::string wanted = ascii_lower(code);
  for (const Explanation& e : explanations())
    if (e.code == wanted) return &e;
  return nullptr;
}

std::vector<const Explanation*> codes_mentioning(std::string_view word) {
  const std::string wanted = ascii_lower(word);
  std::vector<const Explanation*> out;
  if (wanted.empty()) return out;
  auto has = [&](std::string_view s) { return ascii_lower(s).find(wanted) != std::string::npos; };
  auto either = [&](const Text& t) { return has(t.zh) || has(t.en); };
  for (const Explanation& e : explanations())
    // The before/after snippets are left out: every one holds a whole case, phone and all.
    if (has(e.code) || either(e.summary) || either(e.meaning) || either(e.why) || has(e.notice) || either(e.fix))
      out.push_back(&e);
  return out;
}

std::vector<std::string> nearest_codes(std::string_view code) {
  const std::string wanted = ascii_lower(code);
  if (wanted.empty()) return {};
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (std::string_view candidate : all_codes()) {
    // "credit-code" names two codes, "unknown" five: a part of a code is as good as a near miss.
    const bool part = wanted.size() >= 3 && candidate.find(wanted) != std::string_view::npos;
    if (part)
      scored.emplace_back(candidate.size() - wanted.size(), std::string(candidate));
    else if (is_near(wanted, candidate))
      scored.emplace_back(edit_distance(wanted, candidate), std::string(candidate));
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (std::size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace iipcase
