// Reading the rules data: the checked accessors every section of load_rules uses, and the
// sections read in read_words.cpp. Internal to src/rules.
#pragma once

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "iipcase/rules.h"

namespace iipcase {

// The names a key may take (a field kind, an enumeration, a scope) and the enum value of each.
struct Choice {
  std::string_view name;
  int value;
};
using Choices = std::vector<Choice>;

// Reads one rules document. Every failure names the origin, the key path and, where the node
// has one, its position; a missing key is reported at the mapping that lacks it.
class RulesReader {
 public:
  explicit RulesReader(std::string_view origin) : m_origin(origin) {}

  [[noreturn]] void fail(const YAML::Node& at, const std::string& path, const std::string& problem) const {
    const YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    std::string where = mark.is_null() ? std::string(m_origin)
                                       : fmt::format("{}:{}:{}", m_origin, mark.line + 1, mark.column + 1);
    throw RulesError(fmt::format("{}: {}: {}", where, path.empty() ? "(top level)" : path, problem));
  }

  // A mapping whose keys are all known and none repeated (yaml-cpp keeps duplicates silently).
  void expect_mapping(const YAML::Node& node, const std::string& path,
                      std::initializer_list<std::string_view> keys) const {
    if (!node.IsMap()) fail(node, path, "expected a mapping");
    std::set<std::string> seen;
    for (const auto& entry : node) {
      if (!entry.first.IsScalar()) fail(entry.first, path, "a key must be a plain string");
      const std::string key = entry.first.Scalar();
      if (std::find(keys.begin(), keys.end(), key) == keys.end())
        fail(entry.first, join(path, key),
             fmt::format("unknown key (expected one of: {})", fmt::join(keys, ", ")));
      if (!seen.insert(key).second) fail(entry.first, join(path, key), "key appears twice");
    }
  }

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
  }

  // The entry `key` of map; fails when it is required and absent or null.
  YAML::Node entry(const YAML::Node& map, const std::string& path, const char* key, bool required) const {
    YAML::Node node = map[key];
    if (required && (!node.IsDefined() || node.IsNull()))
      fail(map, path, fmt::format("missing key '{}'", key));
    return node;
  }

  std::string string_at(const YAML::Node& map, const std::string& path, const char* key,
                        bool required) const {
    const YAML::Node node = entry(map, path, key, required);
    if (!node.IsDefined() || node.IsNull()) return {};
    if (!node.IsScalar()) fail(node, join(path, key), "expected a string");
    if (node.Scalar().empty()) fail(node, join(path, key), "must not be empty");
    return node.Scalar();
  }

  std::vector<std::string> strings_at(const YAML::Node& map, const std::string& path, const char* key,
                                      bool required) const {
    const YAML::Node node = entry(map, path, key, required);
    std::vector<std::string> out;
    if (!node.IsDefined() || node.IsNull()) return out;
    if (!node.IsSequence()) fail(node, join(path, key), "expected a list of strings");
    for (std::size_t i = 0; i < node.size(); ++i) {
      const std::string item_path = fmt::format("{}[{}]", join(path, key), i);
      if (!node[i].IsScalar() || node[i].Scalar().empty())
        fail(node[i], item_path, "expected a non-empty string");
      out.push_back(node[i].Scalar());
    }
    return out;
  }

  Text text_at(const YAML::Node& map, const std::string& path, const char* key, bool required) const {
    const YAML::Node node = entry(map, path, key, required);
    if (!node.IsDefined() || node.IsNull()) return {};
    const std::string text_path = join(path, key);
    expect_mapping(node, text_path, {"zh", "en"});
    return Text{string_at(node, text_path, "zh", true), string_at(node, text_path, "en", true)};
  }

  // A scalar yaml-cpp can convert to T (int, long long, double, bool).
  template <typename T>
  std::optional<T> value_at(const YAML::Node& map, const std::string& path, const char* key,
                            bool required) const {
    const YAML::Node node = entry(map, path, key, required);
    if (!node.IsDefined() || node.IsNull()) return std::nullopt;
    T value{};
    if (!node.IsScalar() || !YAML::convert<T>::decode(node, value))
      fail(node, join(path, key),
           std::is_same_v<T, bool> ? "expected true or false"
           : std::is_integral_v<T> ? "expected an integer"
                                   : "expected a number");
    return value;
  }

  // One of a fixed set of names, e.g. a field kind.
  int choice_at(const YAML::Node& map, const std::string& path, const char* key, const Choices& choices,
                int fallback, const char* what) const {
    const std::string name = string_at(map, path, key, false);
    if (name.empty()) return fallback;
    std::vector<std::string_view> names;
    for (const Choice& choice : choices) {
      if (choice.name == name) return choice.value;
      names.push_back(choice.name);
    }
    fail(map[key], join(path, key),
         fmt::format("unknown {} '{}' (expected one of: {})", what, name, fmt::join(names, ", ")));
  }

  void read_named(const YAML::Node& node, const std::string& path, Named& out) const {
    out.id = string_at(node, path, "id", true);
    out.zh = string_at(node, path, "zh", true);
    out.en = string_at(node, path, "en", true);
    out.aliases = strings_at(node, path, "aliases", false);
  }

  // Reads the list `key` of root, calling read(item_node, item_path) for each entry.
  template <typename Read>
  void for_each_item(const YAML::Node& root, const char* key, bool required, Read read) const {
    const YAML::Node list = entry(root, "", key, required);
    if (!list.IsDefined() || list.IsNull()) return;
    if (!list.IsSequence()) fail(list, key, "expected a list");
    if (required && list.size() == 0) fail(list, key, "the list is empty");
    for (std::size_t i = 0; i < list.size(); ++i) read(list[i], fmt::format("{}[{}]", key, i));
  }

 private:
  std::string_view m_origin;
};

// The sections of the word data (read_words.cpp), each optional in the document.
void read_scenario_matching(const RulesReader& r, const YAML::Node& root, Rules& rules);
void read_claims(const RulesReader& r, const YAML::Node& root, Rules& rules);  // after the fields
void read_metrics(const RulesReader& r, const YAML::Node& root, Rules& rules);

}  // namespace iipcase
