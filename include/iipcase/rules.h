// The rules of one call (modes, types, regions, fields, quotas, claim words), loaded from data.
#pragma once

#include <memory>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"

namespace iipcase {

// A value of an enumeration: accepted by its id, its Chinese name or an alias.
struct Named {
  std::string id;
  std::string zh;
  std::string en;
  std::vector<std::string> aliases;

  // How a message names the value: the Chinese name in zh, the English name in en (the id
  // only when the rules data gives no English name). Reports never show an id alone.
  const std::string& shown(Lang lang) const { return lang == Lang::zh ? zh : (en.empty() ? id : en); }
  Text name() const { return {zh, shown(Lang::en)}; }
  // How a hint offers the value to write: the Chinese name (what a case file holds), with the
  // English name beside it in en: "智能化制造 (Intelligent manufacturing)".
  Text choice() const { return {zh, en.empty() ? zh : zh + " (" + en + ")"}; }
};

struct Mode : Named {
  Text description;  // the notice's text for this mode
  std::vector<std::string> scenarios;
};

struct Region : Named {
  std::vector<std::string> division_codes;  // credit-code positions 3-4, e.g. "33"
  std::optional<int> quota;                 // overrides the recommender kind's quota
};

struct PlannedCity : Named {
  std::string division_code;  // credit-code positions 3-6, e.g. "3302"
  std::string province;       // id of the region it belongs to
};

enum class RecommenderScope { provincial, planned_city, none };

struct RecommenderKind : Named {
  int quota = 0;
  RecommenderScope scope = RecommenderScope::none;
};

enum class FieldKind { string, integer, number, strings, mapping, mappings };

// Which list an enumerated field takes its values from.
enum class Enumeration { none, modes, applicant_types, regions, recommender_kinds, recommender_regions, industries };

struct FieldRule {
  std::string path;  // "applicant.contact.phone", "metrics[].before"
  FieldKind kind = FieldKind::string;
  bool required = false;
  // The code when the field is absent or empty: required fields default to "field.required";
  // an optional field with a code here is reported too ("scenario.missing", a warning).
  std::string missing_code;
  // Required only when another field holds one of these ids (recommender.region).
  std::string required_if_field;
  std::vector<std::string> required_if_values;
  int min_length = 0;  // characters (code points, white space not counted); warning below
  int max_length = 0;  // error above; 0 = no limit
  int min_items = 0;
  std::optional<long long> minimum;  // integers
  Enumeration enumeration = Enumeration::none;
  std::string format;  // name in Rules::formats: "phone", "email"
  Text description;
};

// std::regex_traits without the locale's collation, which the (ASCII) patterns do not need:
// compiling them then takes a third of the time (a look-up per byte for each bracket).
struct FormatRegexTraits : std::regex_traits<char> {
  template <typename It>
  string_type transform(It first, It last) const { return string_type(first, last); }
  template <typename It>
  string_type transform_primary(It first, It last) const { return string_type(first, last); }
};
using FormatRegex = std::basic_regex<char, FormatRegexTraits>;

struct Format {
  std::string name;
  std::string pattern;  // ECMAScript regular expression, matched against the whole value
  Text description;     // what it is, for the message: "手机或固定电话号码" / "phone number"
  Text example;         // a well-formed value, for the hint
  std::shared_ptr<const FormatRegex> matcher;  // pattern, compiled once when the rules load
};

struct Rules {
  std::string id;  // "iip-case/2021"
  Text title;      // the call
  std::string notice_number;
  std::vector<Mode> modes;
  std::vector<Named> applicant_types;
  std::vector<Region> regions;
  std::vector<PlannedCity> planned_cities;
  std::vector<std::string> national_division_codes;  // "10": registered nationally, no region
  std::vector<RecommenderKind> recommender_kinds;
  std::vector<Named> industries;  // id is the GB/T 4754-2017 code
  std::vector<FieldRule> fields;
  std::vector<Format> formats;
  std::vector<std::string> claims;
  std::vector<std::string> claim_exceptions;  // longer phrases that contain a claim but are none
  double implausible_change_percent = 1000;

  const FieldRule* field(std::string_view path) const;
  const Format* format(std::string_view name) const;
  const Mode* mode(std::string_view id) const;
  const Region* region(std::string_view id) const;
  const PlannedCity* planned_city(std::string_view id) const;
  const RecommenderKind* recommender_kind(std::string_view id) const;
};

// A rules file that cannot be used. The command line turns it into exit status 2.
class RulesError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses rules data (YAML). Throws RulesError naming what is wrong and where.
Rules load_rules(std::string_view yaml_text, std::string_view origin);

// The rules compiled into the binary (schemas/iip-case-2021.yaml), parsed once.
const Rules& embedded_rules();
std::string_view embedded_rules_text();

// True when value is the id (ASCII case ignored), the Chinese name or an alias of named.
bool is_named(const Named& named, std::string_view value);

// Levenshtein distance in code points.
std::size_t edit_distance(std::string_view a, std::string_view b);

// True when candidate is close enough to value to be suggested ("did you mean").
bool is_near(std::string_view value, std::string_view candidate);

// The id that value names in an enumeration (by id, Chinese name or alias), or "" when none.
std::string resolve_enum(const Rules& rules, Enumeration enumeration, std::string_view value);

// Looks a value up by id, Chinese name or alias; nullptr when unknown.
template <typename T>
const T* find_named(const std::vector<T>& list, std::string_view value) {
  for (const T& item : list)
    if (is_named(item, value)) return &item;
  return nullptr;
}

// The entry whose id, name or alias is nearest to value; nullptr when none is near.
template <typename T>
const T* nearest_named(const std::vector<T>& list, std::string_view value) {
  const T* best = nullptr;
  std::size_t best_distance = 0;
  auto consider = [&](const T& item, std::string_view candidate) {
    if (!is_near(value, candidate)) return;
    std::size_t d = edit_distance(value, candidate);
    if (!best || d < best_distance) best = &item, best_distance = d;
  };
  for (const T& item : list) {
    consider(item, item.id);
    consider(item, item.zh);
    for (const std::string& alias : item.aliases) consider(item, alias);
  }
  return best;
}

}  // namespace iipcase
