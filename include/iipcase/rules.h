// The rules of one call (modes, types, regions, fields, quotas, claim words), loaded from data.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/diagnostic.h"

namespace re2 {
class RE2;
}

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
  std::vector<std::string> division_codes;  // credit-code positions 3-4 that fit it, e.g. "33"
  // Division prefixes (2 or 4 digits) of units registered with its own authority, when not all
  // of division_codes are (兵团: 66 and 6590). Empty: division_codes.
  std::vector<std::string> registered;
  std::optional<int> quota;  // overrides the recommender kind's quota

  const std::vector<std::string>& registrations() const { return registered.empty() ? division_codes : registered; }
};

// A prefecture-level division (GB/T 2260): code is credit-code positions 3-6, or 3-8 for the
// county-level cities a province governs directly.
struct Prefecture {
  std::string code;
  std::string zh;
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
  // The code for an integer below minimum; empty: field.type. A check of its own may then
  // report it with more to say (recommender.rank-out-of-range names the quota).
  std::string range_code;
  Enumeration enumeration = Enumeration::none;
  std::string format;  // name in Rules::formats: "phone", "email"
  Text description;
};

struct Format {
  std::string name;
  std::string pattern;  // RE2 regular expression, matched against the whole value
  Text description;     // what it is, for the message: "手机或固定电话号码" / "phone number"
  Text example;         // a well-formed value, for the hint
  // The pattern, compiled once when the rules load. RE2 runs in time linear in the value on any
  // pattern and any input (std::regex recursed per character and overflowed the stack).
  std::shared_ptr<const re2::RE2> matcher;

  // True when the whole value matches the pattern (true when there is no matcher).
  bool matches(std::string_view value) const;
};

// Compiles a format's pattern; throws RulesError with RE2's reason when it is not one.
std::shared_ptr<const re2::RE2> compile_pattern(std::string_view pattern);

// A prefix that scales a unit (万 = 10000): 2600万元 is 0.26亿元.
struct ScalePrefix {
  std::string word;
  double factor = 1;
};

// The words metrics.inconsistent reads statements of a metric in the content fields with.
struct StatementWords {
  std::vector<std::string> sentence_ends;
  std::vector<std::string> clause_breaks;
  std::vector<std::string> from_words;       // 由, 从
  std::vector<std::string> to_words;         // 到, 至, 为 (after a from word)
  std::vector<std::string> change_words;     // 提升, 降低, …
  std::vector<std::string> change_to_words;  // 到, 至 (after a change word)
  std::vector<std::string> fillers;          // between 到 and its figure (了)
  std::vector<std::string> approximate_before;
  std::vector<std::string> approximate_after;
  std::vector<ScalePrefix> scale_prefixes;
  std::vector<std::string> longer_units;  // 个月 is not 个
  std::vector<std::string> plan_words;    // 预计, 目标: a sentence of plans, not results
};

// The words metrics.implausible judges a metric's unit and name with.
struct MetricWords {
  std::vector<std::string> percent_units;           // %, ％
  std::vector<std::string> percentage_point_units;  // 个百分点, pp
  std::vector<std::string> rate_suffixes;           // 率, 度
  std::vector<std::string> rate_exclusions;         // 增长率, 增速, 增幅
  std::vector<std::string> count_units;
  std::vector<std::string> count_unit_prefixes;
  std::vector<std::string> count_unit_suffixes;
  StatementWords statements;
};

class PhraseIndex;  // src/rules/phrase_index.h

// Scenarios that are the notice's words for a mode without being in its list (scenarios.cpp).
struct ScenarioMatching {
  int min_cjk = 2;                                 // Chinese characters a phrase needs at least
  std::vector<std::string> joiners;                // words a phrase may begin after or end before
  std::vector<std::vector<std::string>> synonyms;  // spellings of one scenario
};

// When a claim that follows an appraisal is the appraiser's finding (claims.cpp).
struct Appraisal {
  std::vector<std::string> openers, not_openers, verbs;
  std::vector<std::string> unnamed;  // words that name no appraiser (专家, 第三方, …)
  int min_name = 2;                  // characters left that name one
  std::vector<std::string> sentence_ends, clause_marks;
};

// content.unsupported-claim: the phrases, expanded from their parts in the data.
struct ClaimRules {
  std::vector<std::string> fields;      // paths of the fields searched
  std::vector<std::string> phrases;     // claims
  std::vector<std::string> not_claims;  // phrases that contain a claim but are none (唯一标识, 第一批)
  Appraisal appraisal;
  // phrases, then not_claims, indexed for a search in one pass; built when the rules load.
  std::shared_ptr<const PhraseIndex> index;
};

struct Rules {
  std::string id;  // "iip-case/2021"
  Text title;      // the call
  std::string notice_number;
  std::vector<Mode> modes;
  std::vector<Named> applicant_types;
  std::vector<Region> regions;
  std::vector<PlannedCity> planned_cities;
  std::vector<Prefecture> prefectures;
  std::vector<std::string> national_division_codes;  // "10": registered nationally, no region
  std::vector<RecommenderKind> recommender_kinds;
  std::vector<Named> industries;  // id is the GB/T 4754-2017 code
  std::vector<FieldRule> fields;
  std::vector<Format> formats;
  ScenarioMatching scenario_matching;
  ClaimRules claims;
  double implausible_change_percent = 1000;
  MetricWords metric_words;

  const FieldRule* field(std::string_view path) const;
  const Format* format(std::string_view name) const;
  const Mode* mode(std::string_view id) const;
  const Region* region(std::string_view id) const;
  const PlannedCity* planned_city(std::string_view id) const;
  const RecommenderKind* recommender_kind(std::string_view id) const;
  // The region a credit code's positions 3-4 name: the one that lists them first, else any
  // that lists them; nullptr when none does.
  const Region* region_of_division(std::string_view two_digits) const;
  // The prefecture of a credit code's positions 3-8 (6 digits); nullptr when none is known.
  const Prefecture* prefecture_of(std::string_view division) const;
  // The region and prefecture whose name (or the name without its 市) is value; nullptr when none.
  const Prefecture* prefecture_named(std::string_view value) const;
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

// The entry that value means: one whose Chinese name or alias value contains, or is contained
// in ("软件开发企业" holds 软件企业, an alias of 信息技术企业); the nearest in spelling of those.
// nullptr when none. Hints try it before nearest_named.
template <typename T>
const T* meant_named(const std::vector<T>& list, std::string_view value) {
  const T* best = nullptr;
  std::size_t best_distance = 0;
  auto consider = [&](const T& item, std::string_view name) {
    if (name.size() < 4 || value.size() < 4) return;  // two CJK characters at least
    if (value.find(name) == std::string_view::npos && name.find(value) == std::string_view::npos) return;
    std::size_t d = edit_distance(value, name);
    if (!best || d < best_distance) best = &item, best_distance = d;
  };
  for (const T& item : list) {
    consider(item, item.zh);
    for (const std::string& alias : item.aliases) consider(item, alias);
  }
  return best;
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
