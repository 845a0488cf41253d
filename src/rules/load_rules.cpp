// Rules data (YAML) → iipcase::Rules, rejecting anything malformed with its key path and position:
// the document, the lists of names, the field table and formats; the word lists are read_words.cpp's.
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
#include "rules/rules_reader.h"
#include "source/ascii.h"

namespace iipcase {
namespace {

const Choices k_kinds = {{"string", int(FieldKind::string)},   {"integer", int(FieldKind::integer)},
                         {"number", int(FieldKind::number)},   {"strings", int(FieldKind::strings)},
                         {"mapping", int(FieldKind::mapping)}, {"mappings", int(FieldKind::mappings)}};
const Choices k_enumerations = {{"modes", int(Enumeration::modes)},
                                {"applicant_types", int(Enumeration::applicant_types)},
                                {"regions", int(Enumeration::regions)},
                                {"recommender_kinds", int(Enumeration::recommender_kinds)},
                                {"industries", int(Enumeration::industries)},
                                {"recommender_regions", int(Enumeration::recommender_regions)}};
const Choices k_scopes = {{"provincial", int(RecommenderScope::provincial)},
                          {"planned-city", int(RecommenderScope::planned_city)},
                          {"none", int(RecommenderScope::none)}};

bool is_digits(std::string_view s, std::size_t count) {
  return s.size() == count && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

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
      if (!is_digits(rest, 2) && !is_digits(rest, 4))
        r.fail(entry.first, path + "." + rest, "expected two or four digits");
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
    if (!province)
      r.fail(n["province"], p + ".province", fmt::format("no region has id '{}'", city.province));
    const auto& codes = province->division_codes;
    if (std::find(codes.begin(), codes.end(), city.division_code.substr(0, 2)) == codes.end())
      r.fail(n["code"], p + ".code",
             fmt::format("does not start with a division code of '{}'", city.province));
    place_names.add(city, n, p);
  });
  read_prefectures(r, root, rules);
  rules.national_division_codes = r.strings_at(root, "", "national_division_codes", false);
  for (const std::string& code : rules.national_division_codes)
    if (!is_digits(code, 2))
      r.fail(root["national_division_codes"], "national_division_codes",
             fmt::format("'{}' is not two digits", code));
  const std::vector<std::string> authorities = r.strings_at(root, "", "credit_code_authorities", false);
  for (const std::string& code : authorities) {
    if (code.size() != 1 || code[0] < '0' || code[0] > 'Z' || (code[0] > '9' && code[0] < 'A'))
      r.fail(root["credit_code_authorities"], "credit_code_authorities",
             fmt::format("'{}' is not one digit or capital letter", code));
    rules.credit_code_authorities += code;
  }
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
    if (rules.field(field.path))
      r.fail(n["path"], p + ".path", fmt::format("'{}' appears twice", field.path));
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
    if (field.min_length < 0 || field.max_length < 0 ||
        (field.max_length && field.min_length > field.max_length))
      r.fail(n, p, "min_length and max_length must be 0 or more, and min_length at most max_length");
    // Every text has a limit, checked before any pattern or did-you-mean: a 10 MB value from
    // someone else's file must cost one count, not an edit distance per name.
    if ((field.kind == FieldKind::string || field.kind == FieldKind::strings) && field.max_length == 0)
      r.fail(n, p, "a field of kind string or strings needs a max_length");
    field.min_items = r.value_at<int>(n, p, "min_items", false).value_or(0);
    field.minimum = r.value_at<long long>(n, p, "minimum", false);
    field.range_code = r.string_at(n, p, "range_code", false);
    if (!field.range_code.empty() && !field.minimum)
      r.fail(n["range_code"], p + ".range_code", "needs a minimum");
    field.enumeration =
        Enumeration(r.choice_at(n, p, "enum", k_enumerations, int(Enumeration::none), "enumeration"));
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
      r.fail(nodes[i]["required_if"], p + ".required_if.field",
             fmt::format("no field '{}'", field.required_if_field));
    const std::vector<std::string> ids = ids_of(rules, other->enumeration);
    for (const std::string& value : field.required_if_values)
      if (!ids.empty() && std::find(ids.begin(), ids.end(), value) == ids.end())
        r.fail(nodes[i]["required_if"], p + ".required_if.in",
               fmt::format("'{}' is not an id of {}'s values", value, other->path));
  }
}

void read_formats(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  r.for_each_item(root, "formats", false, [&](const YAML::Node& n, const std::string& p) {
    r.expect_mapping(
        n, p,
        {"name", "pattern", "description", "example", "separators", "country_codes", "extension_markers"});
    Format format;
    format.name = r.string_at(n, p, "name", true);
    if (rules.format(format.name))
      r.fail(n["name"], p + ".name", fmt::format("'{}' appears twice", format.name));
    format.pattern = r.string_at(n, p, "pattern", true);
    format.description = r.text_at(n, p, "description", false);
    format.example = r.text_at(n, p, "example", false);
    format.separators = r.strings_at(n, p, "separators", false);
    format.country_codes = r.strings_at(n, p, "country_codes", false);
    format.extension_markers = r.strings_at(n, p, "extension_markers", false);
    try {
      format.matcher = compile_pattern(format.pattern);
    } catch (const RulesError& e) {
      r.fail(n["pattern"], p + ".pattern", fmt::format("not an RE2 regular expression ({})", e.what()));
    }
    rules.formats.push_back(std::move(format));
  });
}

// Characters read as another one (。 as .): a mapping of one character to its ASCII reading.
void read_lookalikes(const RulesReader& r, const YAML::Node& root, Rules& rules) {
  const YAML::Node map = root["lookalikes"];
  if (!map.IsDefined() || map.IsNull()) return;
  if (!map.IsMap())
    r.fail(map, "lookalikes", "expected a mapping of a character to the ASCII character it stands for");
  for (const auto& entry : map) {
    const std::string from = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
    const std::string to = entry.second.IsScalar() ? entry.second.Scalar() : std::string();
    if (from.empty() || static_cast<unsigned char>(from[0]) < 0x80 || to.size() != 1 ||
        static_cast<unsigned char>(to[0]) >= 0x80)
      r.fail(entry.first, "lookalikes", "each entry maps a non-ASCII character to one ASCII character");
    rules.lookalikes.emplace_back(from, to);
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
    r.expect_mapping(
        root, "",
        {"id", "title", "notice_number", "modes", "applicant_types", "regions", "planned_cities",
         "prefectures", "national_division_codes", "credit_code_authorities", "lookalikes",
         "recommender_kinds", "industries", "fields", "formats", "scenario_matching", "claims", "metrics"});
    Rules rules;
    rules.id = r.string_at(root, "", "id", true);
    rules.title = r.text_at(root, "", "title", false);
    rules.notice_number = r.string_at(root, "", "notice_number", false);
    read_enumerations(r, root, rules);
    read_formats(r, root, rules);  // before the fields, which refer to formats by name
    read_fields(r, root, rules);
    read_scenario_matching(r, root, rules);
    read_claims(r, root, rules);
    read_lookalikes(r, root, rules);
    read_metrics(r, root, rules);
    return rules;
  } catch (const YAML::Exception& e) {
    // Syntax errors, and conversions yaml-cpp refuses; its mark is 0-based.
    if (e.mark.is_null()) throw RulesError(fmt::format("{}: {}", origin, e.msg));
    throw RulesError(fmt::format("{}:{}:{}: {}", origin, e.mark.line + 1, e.mark.column + 1, e.msg));
  }
}

}  // namespace iipcase
