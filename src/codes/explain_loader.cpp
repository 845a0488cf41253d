// The strict reader of schemas/explain.yaml: used by the build (codes_compiler.cpp), so a broken
// file fails the build, and by the library for `iipcase explain` and the SARIF rules.
#include "codes/explain_loader.h"

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <set>
#include <stdexcept>

namespace iipcase {
namespace {

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

void only_keys(const YAML::Node& node, const std::string& where, const std::set<std::string>& keys,
               const char* why) {
  for (const auto& entry : node) {
    const std::string key = entry.first.Scalar();
    if (!keys.count(key)) fail(where, "unknown key \"" + key + "\"" + why);
  }
}

// A text is {zh, en} and nothing else. In a flow mapping an unquoted comma ends the value, and
// what follows becomes a key of its own: {en: Anchors, aliases or merge keys} reads as the
// text "Anchors" and a key "aliases or merge keys". Refusing that key finds the cut text.
Text text_at(const YAML::Node& node, const std::string& where, const char* key) {
  const YAML::Node value = node[key];
  if (!value.IsMap()) fail(where, std::string(key) + " must be a mapping {zh, en}");
  const std::string inner = where + "." + key;
  only_keys(value, inner, {"zh", "en"},
            " (a text has zh and en only; an unquoted comma in {zh: …, en: …} cuts the text: quote it)");
  return {string_at(value, inner, "zh", true), string_at(value, inner, "en", true)};
}

// A code is lower-case words joined by '-', in two parts joined by '.': credit-code.checksum.
bool well_formed_code(const std::string& code) {
  const std::size_t dot = code.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 == code.size() ||
      code.find('.', dot + 1) != std::string::npos)
    return false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool joint =
        (c == '-' || c == '.') && i > 0 && i + 1 < code.size() && code[i - 1] != '-' && code[i - 1] != '.';
    if (!word && !joint) return false;
  }
  return true;
}

Explanation read_entry(const YAML::Node& node, std::size_t index) {
  std::string where = "codes[" + std::to_string(index) + "]";
  if (!node.IsMap()) fail(where, "expected a mapping");
  only_keys(node, where, {"code", "severity", "summary", "meaning", "why", "notice", "fix", "wrong", "right"},
            "");
  Explanation e;
  e.code = string_at(node, where, "code", true);
  if (!well_formed_code(e.code)) fail(where, "code \"" + e.code + "\" is not of the form area.what-is-wrong");
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

}  // namespace

ExplanationData parse_explanations(std::string_view yaml) {
  ExplanationData data;
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) fail("top level", "expected a mapping");
    for (const auto& entry : root["codes"]) {  // keys are read as strings below
      if (!entry.IsMap()) continue;
      for (const auto& key : entry) {
        if (!key.first.IsScalar()) fail("codes", "a key must be a string");
        if (key.second.IsMap())
          for (const auto& inner : key.second)
            if (!inner.first.IsScalar()) fail("codes", "a key must be a string");
      }
    }
  } catch (const YAML::Exception& e) {
    fail("line " + std::to_string(e.mark.line + 1), e.msg);
  }
  only_keys(root, "top level", {"notice", "codes"}, "");
  data.notice = string_at(root, "top level", "notice", true);
  const YAML::Node codes = root["codes"];
  if (!codes.IsSequence() || codes.size() == 0) fail("codes", "expected a list of codes");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < codes.size(); ++i) {
    data.entries.push_back(read_entry(codes[i], i));
    if (!seen.insert(data.entries.back().code).second)
      fail("codes[" + std::to_string(i) + "]", data.entries.back().code + " is listed twice");
  }
  return data;
}

}  // namespace iipcase
