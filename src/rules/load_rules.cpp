// Rules data (YAML) → iipcase::Rules, rejecting anything malformed with its key path and position.
#include "iipcase/rules.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "rules/phrase_index.h"

namespace iipcase {
namespace {

// The names a key may take (a field kind, an enumeration, a scope) and the enum value of each.
struct Choice {
  std::string_view name;
  int value;
};
using Choices = std::vector<Choice>;

const Choices k_kinds = {{"string", int(FieldKind::string)},   {"integer", int(FieldKind::integer)},
                         {"number", int(FieldKind::number)},   {"strings", int(FieldKind::strings)},
                         {"mapping", int(FieldKind::mapping)}, {"mappings", int(FieldKind::mappings)}};
const Choices k_enumerations = {
    {"modes", int(Enumeration::modes)},           {"applicant_types", int(Enumeration::applicant_types)},
    {"regions", int(Enumeration::regions)},       {"recommender_kinds", int(Enumeration::recommender_kinds)},
    {"industries", int(Enumeration::industries)}, {"recommender_regions", int(Enumeration::recommender_regions)}};
const Choices k_scopes = {{"provincial", int(RecommenderScope::provincial)},
                          {"planned-city", int(RecommenderScope::planned_city)},
                          {"none", int(RecommenderScope::none)}};

bool is_digits(std::string_view s, std::size_t count) {
  return s.size() == count && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Reads one rules document. Every failure names the origin, the key path and, where the node
// has one, its position; a missing key is reported at the mapping that lacks it.
class RulesReader {
 public:
  explicit RulesReader(std::string_view origin) : m_origin(origin) {}

  [[noreturn]] void fail(const YAML::Node& at, const std::string& path, const std::string& problem) const {
    const YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    std::string where =
        mark.is_null() ? std::string(m_origin) : fmt::format("{}:{}:{}", m_origin, mark.line + 1, mark.column + 1);
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
        fail(entry.first, join(path, key), fmt::format("unknown key (expected one of: {})", fmt::join(keys, ", ")));
      if (!seen.insert(key).second) fail(entry.first, join(path, key), "key appears twice");
    }
  }

  static std::string join(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : fmt::format("{}.{}", path, key);
  }

  // The entry `key` of map; fails when it is required and absent or null.
  YAML::Node entry(const YAML::Node& map, const std::string& path, const char* key, bool required) const {
    YAML::Node node = map[key];
    if (required && (!node.IsDefined() || node.IsNull())) fail(map, path, fmt::format("missing key '{}'", key));
    return node;
  }

  std::string string_at(const YAML::Node& map, const std::string& path, const char* key, bool required) const {
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
      if (!node[i].IsScalar() || node[i].Scalar().empty()) fail(node[i], item_path, "expected a non-empty string");
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
  std::optional<T> value_at(const YAML::Node& map, const std::string& path, const char* key, bool required) const {
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
  int choice_at(const YAML::Node& map, const std::string& path, const char* key, const Choices& choices, int fallback,
                const char* what) const {
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

// Names (ids without ASCII case, zh, aliases) must not be shared by two entries of one list:
// a value would then name two things.
class NameRegistry {
 public:
  explicit NameRegistry(const RulesReader& reader) : m_reader(reader) {}

  void add(const Named& named, const YAML::Node& node, const std::string& path) {
    claim(ascii_lower(named.id), node, path);
    if (named.zh != named.id) claim(named.zh, node, path);
    for (const std::string& alias : named.aliases)
      if (alias != named.zh && alias != named.id) claim(alias, node, path);
  }

 private:
  void claim(const std::string& name, const YAML::Node& node, const std::string& path) {
    auto [it, inserted] = m_owners.emplace(name, path);
    if (!inserted && it->second != path)
      m_reader.fail(node, path, fmt::format("name '{}' is already used by {}", name, it->second));
    if (!inserted) m_reader.fail(node, path, fmt::format("name '{}' appears twice", name));
  }

  const RulesReader& m_reader;
  std::map<std::string, std::string> m_owners;
};

// The ids a field's enumeration accepts (for checking required_if values).
std::vector<std::string> ids_of(const Rules& rules, Enumeration enumeration) {
  std::vector<std::string> ids;
  auto add = [&](const auto& list) {
    for (const auto& item : list) ids.push_back(item.id);
  };
  // clang-format off
  switch (enumeration) {
    case Enumeration::modes: add(rules.modes); break;
    case Enumeration::applicant_types: add(rules.applicant_types); break;
    case Enumeration::regions: add(rules.regions); break;
    case Enumeration::recommender_kinds: add(rules.recommender_kinds); break;
    case Enumeration::recommender_regions: add(rules.regions), add(rules.planned_cities); break;
    case Enumeration::industries: add(rules.industries); break;
    case Enumeration::none: break;
  }
  // clang-format on
  return ids;
}

// prefectures: {region's two digits: {two or four more digits: name}}.
void read_prefectures(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node map = root["prefectures"];
  if (!map.IsDefined() || map.IsNull()) return;
  if (!map.IsMap()) r.fail(map, "prefectures", "expected a mapping");
  for (const auto& province : map) {
    const std::string two = province.first.Scalar();
    const std::string path = "prefectures." + two;
    if (!is_digits(two, 2) || !rules.region_of_division(two))
      r.fail(province.first, path, "is not the two digits of a region's code");
    if (!province.second.IsMap()) r.fail(province.second, path, "expected a mapping");
    for (const auto& entry : province.second) {
      const std::string rest = entry.first.Scalar();
      if (!is_digits(rest, 2) && !is_digits(rest, 4)) r.fail(entry.first, path + "." + rest, "expected two or four digits");
      if (!entry.second.IsScalar() || entry.second.Scalar().empty())
        r.fail(entry.second, path + "." + rest, "expected a name");
      if (rules.prefecture_of(two + rest) && rules.prefecture_of(two + rest)->code == two + rest)
        r.fail(entry.first, path + "." + rest, "appears twice");
      rules.prefectures.push_back({two + rest, entry.second.Scalar()});
    }
  }
}

void read_enumerations(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  NameRegistry mode_names(r), type_names(r), place_names(r), kind_names(r), industry_names(r);
  r.for_each_item(root, "modes", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases", "description", "scenarios"});
    Mode& mode = rules.modes.emplace_back();
    r.read_named(n, p, mode);
    mode.description = r.text_at(n, p, "description", false);
    mode.scenarios = r.strings_at(n, p, "scenarios", true);
    mode_names.add(mode, n, p);
  });
  r.for_each_item(root, "applicant_types", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases"});
    r.read_named(n, p, rules.applicant_types.emplace_back());
    type_names.add(rules.applicant_types.back(), n, p);
  });
  // Regions and planned cities share one name space: recommender.region takes either.
  r.for_each_item(root, "regions", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases", "codes", "registered", "quota"});
    Region& region = rules.regions.emplace_back();
    r.read_named(n, p, region);
    region.division_codes = r.strings_at(n, p, "codes", true);
    for (const std::string& code : region.division_codes)
      if (!is_digits(code, 2)) r.fail(n["codes"], p + ".codes", fmt::format("'{}' is not two digits", code));
    region.registered = r.strings_at(n, p, "registered", false);
    for (const std::string& code : region.registered) {
      const auto& codes = region.division_codes;
      if ((!is_digits(code, 2) && !is_digits(code, 4)) ||
          std::find(codes.begin(), codes.end(), code.substr(0, 2)) == codes.end())
        r.fail(n["registered"], p + ".registered",
               fmt::format("'{}' is not two or four digits starting with one of its codes", code));
    }
    region.quota = r.value_at<int>(n, p, "quota", false);
    if (region.quota && *region.quota < 1) r.fail(n["quota"], p + ".quota", "must be at least 1");
    place_names.add(region, n, p);
  });
  r.for_each_item(root, "planned_cities", false, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases", "code", "province"});
    PlannedCity& city = rules.planned_cities.emplace_back();
    r.read_named(n, p, city);
    city.division_code = r.string_at(n, p, "code", true);
    if (!is_digits(city.division_code, 4)) r.fail(n["code"], p + ".code", "expected four digits");
    city.province = r.string_at(n, p, "province", true);
    const Region* province = rules.region(city.province);
    if (!province) r.fail(n["province"], p + ".province", fmt::format("no region has id '{}'", city.province));
    const auto& codes = province->division_codes;
    if (std::find(codes.begin(), codes.end(), city.division_code.substr(0, 2)) == codes.end())
      r.fail(n["code"], p + ".code", fmt::format("does not start with a division code of '{}'", city.province));
    place_names.add(city, n, p);
  });
  read_prefectures(r, root, rules);
  rules.national_division_codes = r.strings_at(root, "", "national_division_codes", false);
  for (const std::string& code : rules.national_division_codes)
    if (!is_digits(code, 2))
      r.fail(root["national_division_codes"], "national_division_codes", fmt::format("'{}' is not two digits", code));
  r.for_each_item(root, "recommender_kinds", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases", "quota", "scope"});
    RecommenderKind& kind = rules.recommender_kinds.emplace_back();
    r.read_named(n, p, kind);
    kind.quota = *r.value_at<int>(n, p, "quota", true);
    if (kind.quota < 1) r.fail(n["quota"], p + ".quota", "must be at least 1");
    kind.scope = RecommenderScope(r.choice_at(n, p, "scope", k_scopes, int(RecommenderScope::none), "scope"));
    kind_names.add(kind, n, p);
  });
  r.for_each_item(root, "industries", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"id", "zh", "en", "aliases"});
    r.read_named(n, p, rules.industries.emplace_back());
    industry_names.add(rules.industries.back(), n, p);
  });
}

void read_fields(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  std::vector<YAML::Node> nodes;  // kept for positions in the checks that need the whole table
  r.for_each_item(root, "fields", true, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p,
                     {"path", "kind", "required", "missing_code", "required_if", "min_length", "max_length",
                      "min_items", "minimum", "range_code", "enum", "format", "description"});
    FieldRule field;
    field.path = r.string_at(n, p, "path", true);
    if (rules.field(field.path)) r.fail(n["path"], p + ".path", fmt::format("'{}' appears twice", field.path));
    // Checks walk the table top-down: a field's mapping (or list of mappings) must come first.
    if (std::size_t dot = field.path.rfind('.'); dot != std::string::npos) {
      std::string parent = field.path.substr(0, dot);
      bool in_list = parent.size() > 2 && parent.compare(parent.size() - 2, 2, "[]") == 0;
      if (in_list) parent.resize(parent.size() - 2);
      const FieldRule* row = rules.field(parent);
      if (!row || row->kind != (in_list ? FieldKind::mappings : FieldKind::mapping))
        r.fail(n["path"], p + ".path",
               fmt::format("needs an earlier row '{}' of kind {}", parent, in_list ? "mappings" : "mapping"));
    }
    field.kind = FieldKind(r.choice_at(n, p, "kind", k_kinds, int(FieldKind::string), "kind"));
    field.required = r.value_at<bool>(n, p, "required", false).value_or(false);
    field.missing_code = r.string_at(n, p, "missing_code", false);
    if (const YAML::Node cond = n["required_if"]; cond.IsDefined()) {
      r.expect_mapping(cond, p + ".required_if", {"field", "in"});
      field.required_if_field = r.string_at(cond, p + ".required_if", "field", true);
      field.required_if_values = r.strings_at(cond, p + ".required_if", "in", true);
    }
    field.min_length = r.value_at<int>(n, p, "min_length", false).value_or(0);
    field.max_length = r.value_at<int>(n, p, "max_length", false).value_or(0);
    if (field.min_length < 0 || field.max_length < 0 || (field.max_length && field.min_length > field.max_length))
      r.fail(n, p, "min_length and max_length must be 0 or more, and min_length at most max_length");
    // Every text has a limit, checked before any pattern or did-you-mean: a 10 MB value from
    // someone else's file must cost one count, not an edit distance per name.
    if ((field.kind == FieldKind::string || field.kind == FieldKind::strings) && field.max_length == 0)
      r.fail(n, p, "a field of kind string or strings needs a max_length");
    field.min_items = r.value_at<int>(n, p, "min_items", false).value_or(0);
    field.minimum = r.value_at<long long>(n, p, "minimum", false);
    field.range_code = r.string_at(n, p, "range_code", false);
    if (!field.range_code.empty() && !field.minimum) r.fail(n["range_code"], p + ".range_code", "needs a minimum");
    field.enumeration = Enumeration(r.choice_at(n, p, "enum", k_enumerations, int(Enumeration::none), "enumeration"));
    field.format = r.string_at(n, p, "format", false);
    field.description = r.text_at(n, p, "description", false);
    rules.fields.push_back(std::move(field));
    nodes.push_back(n);
  });
  // References to other rows and to formats, once the whole table is known.
  for (std::size_t i = 0; i < rules.fields.size(); ++i) {
    const FieldRule& field = rules.fields[i];
    const std::string p = fmt::format("fields[{}]", i);
    if (!field.format.empty() && !rules.format(field.format))
      r.fail(nodes[i]["format"], p + ".format", fmt::format("no format is named '{}'", field.format));
    if (field.required_if_field.empty()) continue;
    const FieldRule* other = rules.field(field.required_if_field);
    if (!other)
      r.fail(nodes[i]["required_if"], p + ".required_if.field", fmt::format("no field '{}'", field.required_if_field));
    const std::vector<std::string> ids = ids_of(rules, other->enumeration);
    for (const std::string& value : field.required_if_values)
      if (!ids.empty() && std::find(ids.begin(), ids.end(), value) == ids.end())
        r.fail(nodes[i]["required_if"], p + ".required_if.in",
               fmt::format("'{}' is not an id of {}'s values", value, other->path));
  }
}

void read_formats(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  r.for_each_item(root, "formats", false, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(n, p, {"name", "pattern", "description", "example"});
    Format format;
    format.name = r.string_at(n, p, "name", true);
    if (rules.format(format.name)) r.fail(n["name"], p + ".name", fmt::format("'{}' appears twice", format.name));
    format.pattern = r.string_at(n, p, "pattern", true);
    format.description = r.text_at(n, p, "description", false);
    format.example = r.text_at(n, p, "example", false);
    try {
      format.matcher = compile_pattern(format.pattern);
    } catch (const RulesError& e) {
      r.fail(n["pattern"], p + ".pattern", fmt::format("not an RE2 regular expression ({})", e.what()));
    }
    rules.formats.push_back(std::move(format));
  });
}

// The words metrics.implausible and metrics.inconsistent use; every list may be absent (empty).
void read_metric_words(const RulesReader& r, const YAML::Node& metrics, MetricWords& words) {
  using Lists = std::initializer_list<std::pair<const char*, std::vector<std::string>*>>;
  const Lists unit_lists = {{"percent_units", &words.percent_units},
                            {"percentage_point_units", &words.percentage_point_units},
                            {"rate_suffixes", &words.rate_suffixes},
                            {"rate_exclusions", &words.rate_exclusions},
                            {"count_units", &words.count_units},
                            {"count_unit_prefixes", &words.count_unit_prefixes},
                            {"count_unit_suffixes", &words.count_unit_suffixes}};
  for (const auto& [key, list] : unit_lists) *list = r.strings_at(metrics, "metrics", key, false);
  const YAML::Node node = metrics["statements"];
  if (!node.IsDefined() || node.IsNull()) return;
  const std::string sp = "metrics.statements";
  StatementWords& s = words.statements;
  const Lists statement_lists = {{"sentence_ends", &s.sentence_ends},       {"clause_breaks", &s.clause_breaks},
                                 {"from_words", &s.from_words},             {"to_words", &s.to_words},
                                 {"change_words", &s.change_words},         {"change_to_words", &s.change_to_words},
                                 {"fillers", &s.fillers},                   {"approximate_before", &s.approximate_before},
                                 {"approximate_after", &s.approximate_after}, {"longer_units", &s.longer_units},
                                 {"plan_words", &s.plan_words}};
  r.expect_mapping(node, sp,
                   {"sentence_ends", "clause_breaks", "from_words", "to_words", "change_words", "change_to_words",
                    "fillers", "approximate_before", "approximate_after", "scale_prefixes", "longer_units",
                    "plan_words"});
  for (const auto& [key, list] : statement_lists) *list = r.strings_at(node, sp, key, false);
  if (const YAML::Node prefixes = node["scale_prefixes"]; prefixes.IsDefined() && !prefixes.IsNull()) {
    const std::string pp = sp + ".scale_prefixes";
    if (!prefixes.IsMap()) r.fail(prefixes, pp, "expected a mapping of prefix to factor");
    for (const auto& entry : prefixes) {
      ScalePrefix prefix;
      prefix.word = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
      if (prefix.word.empty()) r.fail(entry.first, pp, "a prefix must be a non-empty string");
      prefix.factor = r.value_at<double>(prefixes, pp, prefix.word.c_str(), true).value();
      if (!(prefix.factor > 0)) r.fail(entry.second, pp + "." + prefix.word, "must be more than 0");
      s.scale_prefixes.push_back(std::move(prefix));
    }
  }
}

// A phrase of the claims data: a string, or a list of parts, each a string or a list of
// alternatives ("" = the part may be left out). Returns every phrase it spells.
std::vector<std::string> spelled_phrases(const RulesReader& r, const YAML::Node& node, const std::string& path) {
  constexpr std::size_t k_most = 10'000;  // a typo must not expand into millions of phrases
  if (node.IsScalar()) {
    if (node.Scalar().empty()) r.fail(node, path, "must not be empty");
    return {node.Scalar()};
  }
  if (!node.IsSequence() || node.size() == 0) r.fail(node, path, "expected a string or a list of parts");
  std::vector<std::string> spelled{""};
  for (std::size_t i = 0; i < node.size(); ++i) {
    const std::string part_path = fmt::format("{}[{}]", path, i);
    std::vector<std::string> alternatives;
    if (node[i].IsScalar()) {
      alternatives.push_back(node[i].Scalar());
    } else if (node[i].IsSequence() && node[i].size() > 0) {
      for (std::size_t k = 0; k < node[i].size(); ++k) {
        if (!node[i][k].IsScalar()) r.fail(node[i][k], fmt::format("{}[{}]", part_path, k), "expected a string");
        alternatives.push_back(node[i][k].Scalar());
      }
    } else {
      r.fail(node[i], part_path, "expected a string or a list of alternatives");
    }
    std::vector<std::string> longer;
    for (const std::string& head : spelled)
      for (const std::string& tail : alternatives) longer.push_back(head + tail);
    if (longer.size() > k_most) r.fail(node, path, fmt::format("spells more than {} phrases", k_most));
    spelled = std::move(longer);
  }
  if (std::find(spelled.begin(), spelled.end(), "") != spelled.end())
    r.fail(node, path, "every part is optional: it spells an empty phrase");
  return spelled;
}

// The entries of a list of phrases, each as the phrases it spells.
std::vector<std::vector<std::string>> phrases_at(const RulesReader& r, const YAML::Node& map, const std::string& path,
                                                 const char* key, bool required) {
  const YAML::Node list = r.entry(map, path, key, required);
  const std::string list_path = RulesReader::join(path, key);
  if (!list.IsDefined() || list.IsNull()) return {};
  if (!list.IsSequence()) r.fail(list, list_path, "expected a list of phrases");
  std::vector<std::vector<std::string>> out;
  for (std::size_t i = 0; i < list.size(); ++i)
    out.push_back(spelled_phrases(r, list[i], fmt::format("{}[{}]", list_path, i)));
  return out;
}

void add_new(std::vector<std::string>& to, const std::vector<std::vector<std::string>>& entries) {
  for (const auto& entry : entries)
    for (const std::string& phrase : entry)
      if (std::find(to.begin(), to.end(), phrase) == to.end()) to.push_back(phrase);
}

// Whether a and b share text: one holds the other, or one ends with the other's beginning.
bool overlaps(std::string_view a, std::string_view b) {
  if (a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos) return true;
  for (std::string_view x : {a, b}) {
    std::string_view y = x == a ? b : a;
    for (std::size_t k = 1; k < x.size() && k < y.size(); ++k)
      if (x.substr(x.size() - k) == y.substr(0, k)) return true;
  }
  return false;
}

void read_scenario_matching(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node node = root["scenario_matching"];
  if (!node.IsDefined() || node.IsNull()) return;
  const std::string p = "scenario_matching";
  r.expect_mapping(node, p, {"min_cjk", "joiners", "synonyms"});
  ScenarioMatching& m = rules.scenario_matching;
  m.min_cjk = r.value_at<int>(node, p, "min_cjk", true).value();
  if (m.min_cjk < 1) r.fail(node["min_cjk"], p + ".min_cjk", "must be at least 1");
  m.joiners = r.strings_at(node, p, "joiners", false);
  r.for_each_item(node, "synonyms", false, [&](const YAML::Node& n, const std::string& item) {
    const std::string item_path = p + "." + item;
    if (!n.IsSequence() || n.size() < 2) r.fail(n, item_path, "expected a list of at least two spellings");
    std::vector<std::string>& group = m.synonyms.emplace_back();
    for (std::size_t i = 0; i < n.size(); ++i) {
      if (!n[i].IsScalar() || n[i].Scalar().empty())
        r.fail(n[i], fmt::format("{}[{}]", item_path, i), "expected a non-empty string");
      group.push_back(n[i].Scalar());
    }
  });
}

void read_appraisal(const RulesReader& r, const YAML::Node& claims, Appraisal& a) {
  const YAML::Node node = r.entry(claims, "claims", "appraisal", true);
  const std::string p = "claims.appraisal";
  r.expect_mapping(node, p, {"openers", "not_openers", "verbs", "unnamed", "min_name", "sentence_ends", "clause_marks"});
  a.openers = r.strings_at(node, p, "openers", true);
  a.not_openers = r.strings_at(node, p, "not_openers", false);
  a.verbs = r.strings_at(node, p, "verbs", true);
  a.unnamed = r.strings_at(node, p, "unnamed", false);
  a.min_name = r.value_at<int>(node, p, "min_name", true).value();
  if (a.min_name < 1) r.fail(node["min_name"], p + ".min_name", "must be at least 1");
  a.sentence_ends = r.strings_at(node, p, "sentence_ends", true);
  a.clause_marks = r.strings_at(node, p, "clause_marks", false);
}

void read_claims(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node node = root["claims"];
  ClaimRules& claims = rules.claims;
  if (!node.IsDefined() || node.IsNull()) {
    claims.index = index_claims(claims);
    return;
  }
  r.expect_mapping(node, "claims", {"fields", "phrases", "not_claims", "appraisal"});
  claims.fields = r.strings_at(node, "claims", "fields", true);
  for (std::size_t i = 0; i < claims.fields.size(); ++i) {
    const FieldRule* field = rules.field(claims.fields[i]);
    if (!field || field->kind != FieldKind::string)
      r.fail(node["fields"][i], fmt::format("claims.fields[{}]", i),
             fmt::format("'{}' is not a string field of the field table", claims.fields[i]));
  }
  add_new(claims.phrases, phrases_at(r, node, "claims", "phrases", true));
  const auto not_claims = phrases_at(r, node, "claims", "not_claims", false);
  for (std::size_t i = 0; i < not_claims.size(); ++i) {
    const std::string p = fmt::format("claims.not_claims[{}]", i);
    for (const std::string& not_claim : not_claims[i])
      if (std::find(claims.phrases.begin(), claims.phrases.end(), not_claim) != claims.phrases.end())
        r.fail(node["not_claims"][i], p, fmt::format("'{}' is also a claim", not_claim));
    // A not_claim only matters where it overlaps a claim: an entry none of whose phrases does is a typo.
    auto overlaps_a_claim = [&](const std::string& not_claim) {
      return std::any_of(claims.phrases.begin(), claims.phrases.end(),
                         [&](const std::string& claim) { return overlaps(not_claim, claim); });
    };
    if (std::none_of(not_claims[i].begin(), not_claims[i].end(), overlaps_a_claim))
      r.fail(node["not_claims"][i], p, fmt::format("'{}' overlaps no claim", not_claims[i].front()));
  }
  add_new(claims.not_claims, not_claims);
  read_appraisal(r, node, claims.appraisal);
  claims.index = index_claims(claims);
}

void read_metrics(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  if (const YAML::Node metrics = root["metrics"]; metrics.IsDefined()) {
    r.expect_mapping(metrics, "metrics",
                     {"implausible_change_percent", "percent_units", "percentage_point_units", "rate_suffixes",
                      "rate_exclusions", "count_units", "count_unit_prefixes", "count_unit_suffixes", "statements"});
    rules.implausible_change_percent =
        r.value_at<double>(metrics, "metrics", "implausible_change_percent", true).value();
    if (!(rules.implausible_change_percent > 0))
      r.fail(metrics["implausible_change_percent"], "metrics.implausible_change_percent", "must be more than 0");
    read_metric_words(r, metrics, rules.metric_words);
  }
}

}  // namespace

Rules load_rules(std::string_view yaml_text, std::string_view origin) {
  const RulesReader r(origin);
  try {
    const std::vector<YAML::Node> documents = YAML::LoadAll(std::string(yaml_text));
    if (documents.size() != 1)
      r.fail(YAML::Node(), "", fmt::format("expected one YAML document, found {}", documents.size()));
    const YAML::Node& root = documents.front();
    r.expect_mapping(root, "",
                     {"id", "title", "notice_number", "modes", "applicant_types", "regions", "planned_cities",
                      "prefectures", "national_division_codes", "recommender_kinds", "industries", "fields", "formats",
                      "scenario_matching", "claims", "metrics"});
    Rules rules;
    rules.id = r.string_at(root, "", "id", true);
    rules.title = r.text_at(root, "", "title", false);
    rules.notice_number = r.string_at(root, "", "notice_number", false);
    read_enumerations(r, root, rules);
    read_formats(r, root, rules);  // before the fields, which refer to formats by name
    read_fields(r, root, rules);
    read_scenario_matching(r, root, rules);
    read_claims(r, root, rules);
    read_metrics(r, root, rules);
    return rules;
  } catch (const YAML::Exception& e) {
    // Syntax errors, and conversions yaml-cpp refuses; its mark is 0-based.
    if (e.mark.is_null()) throw RulesError(fmt::format("{}: {}", origin, e.msg));
    throw RulesError(fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
}

}  // namespace iipcase
