// The explanations of the diagnostic codes (schemas/explain.yaml, embedded), and near codes.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstddef>
#include <set>
#include <stdexcept>

#include "authoring/explanation_data.h"
#include "iipcase/authoring.h"

namespace iipcase {
namespace detail {
// Generated at build time from schemas/explain.yaml by cmake/embed.cmake.
extern const unsigned char k_embedded_explanations[];
extern const std::size_t k_embedded_explanations_size;
}  // namespace detail

namespace {

struct ExplanationData {
  std::string notice;
  std::vector<Explanation> entries;
};

[[noreturn]] void fail(const std::string& where, const std::string& problem) {
  throw std::runtime_error("schemas/explain.yaml: " + where + ": " + problem);
}

std::string string_at(const YAML::Node& node, const std::string& where, const char* key, bool required) {
  const YAML::Node value = node[key];
  if (!value.IsDefined() || value.IsNull()) {
    if (required) fail(where, std::string("missing ") + key);
    return {};
  }
  if (!value.IsScalar() || value.Scalar().empty())
    fail(where, std::string(key) + " must be a non-empty string");
  return value.Scalar();
}

Text text_at(const YAML::Node& node, const std::string& where, const char* key) {
  const YAML::Node value = node[key];
  if (!value.IsMap()) fail(where, std::string(key) + " must be a mapping {zh, en}");
  const std::string inner = where + "." + key;
  return {string_at(value, inner, "zh", true), string_at(value, inner, "en", true)};
}

Explanation read_entry(const YAML::Node& node, std::size_t index) {
  std::string where = "codes[" + std::to_string(index) + "]";
  if (!node.IsMap()) fail(where, "expected a mapping");
  static const std::set<std::string> k_keys = {"code",   "severity", "summary", "meaning", "why",
                                               "notice", "fix",      "wrong",   "right"};
  for (const auto& entry : node)
    if (!k_keys.count(entry.first.as<std::string>()))
      fail(where, "unknown key " + entry.first.as<std::string>());
  Explanation e;
  e.code = string_at(node, where, "code", true);
  where += " (" + e.code + ")";
  const std::string severity = string_at(node, where, "severity", true);
  if (severity != "error" && severity != "warning") fail(where, "severity must be error or warning");
  e.severity = severity == "error" ? Severity::error : Severity::warning;
  e.summary = text_at(node, where, "summary");
  e.meaning = text_at(node, where, "meaning");
  e.why = text_at(node, where, "why");
  e.notice = string_at(node, where, "notice", false);
  e.fix = text_at(node, where, "fix");
  e.wrong = string_at(node, where, "wrong", true);
  e.right = string_at(node, where, "right", true);
  return e;
}

ExplanationData load() {
  const std::string text(reinterpret_cast<const char*>(detail::k_embedded_explanations),
                         detail::k_embedded_explanations_size);
  ExplanationData data;
  YAML::Node root;
  try {
    root = YAML::Load(text);
    for (const auto& entry : root["codes"])  // keys are read as strings below
      for (const auto& key : entry)
        if (!key.first.IsScalar()) fail("codes", "a key must be a string");
  } catch (const YAML::Exception& e) {
    fail("line " + std::to_string(e.mark.line + 1), e.msg);
  }
  data.notice = string_at(root, "top level", "notice", true);
  const YAML::Node codes = root["codes"];
  if (!codes.IsSequence()) fail("codes", "expected a list");
  for (std::size_t i = 0; i < codes.size(); ++i) data.entries.push_back(read_entry(codes[i], i));
  // One entry per code of the spec, in its order: a code without an explanation is a defect.
  const auto& codes_in_order = all_codes();
  if (data.entries.size() != codes_in_order.size()) fail("codes", "expected one entry per code of the spec");
  for (std::size_t i = 0; i < codes_in_order.size(); ++i)
    if (data.entries[i].code != codes_in_order[i])
      fail("codes[" + std::to_string(i) + "]", "expected " + std::string(codes_in_order[i]) + " here");
  return data;
}

const ExplanationData& data() {
  static const ExplanationData loaded = load();
  return loaded;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace

namespace authoring {
const std::string& quoted_notice() { return data().notice; }
}  // namespace authoring

const std::vector<Explanation>& explanations() { return data().entries; }

const Explanation* find_explanation(std::string_view code) {
  const std::string wanted = lower(code);
  for (const Explanation& e : explanations())
    if (e.code == wanted) return &e;
  return nullptr;
}

std::vector<const Explanation*> codes_mentioning(std::string_view word) {
  const std::string wanted = lower(word);
  std::vector<const Explanation*> out;
  if (wanted.empty()) return out;
  auto has = [&](std::string_view s) { return lower(s).find(wanted) != std::string::npos; };
  auto either = [&](const Text& t) { return has(t.zh) || has(t.en); };
  for (const Explanation& e : explanations())
    // The before/after snippets are left out: every one holds a whole case, phone and all.
    if (has(e.code) || either(e.summary) || either(e.meaning) || either(e.why) || has(e.notice) || either(e.fix))
      out.push_back(&e);
  return out;
}

std::vector<std::string> nearest_codes(std::string_view code) {
  const std::string wanted = lower(code);
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
