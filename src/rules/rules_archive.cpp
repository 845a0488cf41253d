// Rules ↔ bytes. Parsing the 27 KB rules YAML took 85% of a one-file run; reading them back
// from this archive takes a few microseconds. One function per struct lists its members once,
// for writing and for reading alike: a member added to rules.h must be added here too.
#include "rules/rules_archive.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <type_traits>
#include <vector>

#include "rules/phrase_index.h"

namespace iipcase {
namespace {

constexpr std::string_view k_magic = "iipcase-rules-1";

class Writer {
 public:
  static constexpr bool k_reading = false;
  std::string bytes;

  void number(std::uint64_t n) { bytes.append(reinterpret_cast<const char*>(&n), sizeof n); }
  void io(std::string& s) {
    number(s.size());
    bytes += s;
  }
  void io(double& d) {
    std::uint64_t n;
    std::memcpy(&n, &d, sizeof n);
    number(n);
  }
  template <typename T>
  std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>> io(T& value) {
    number(static_cast<std::uint64_t>(static_cast<std::int64_t>(value)));
  }
  template <typename T>
  void io(std::optional<T>& value) {
    bool present = value.has_value();
    io(present);
    if (present) io(*value);
  }
  template <typename T>
  void io(std::vector<T>& list) {
    number(list.size());
    for (T& item : list) members(*this, item);
  }
  template <typename... T>
  void operator()(T&... values) {
    (members(*this, values), ...);
  }
};

class Reader {
 public:
  static constexpr bool k_reading = true;
  std::string_view bytes;

  std::uint64_t number() {
    std::uint64_t n;
    if (bytes.size() < sizeof n) throw RulesError("embedded rules: the archive is cut short");
    std::memcpy(&n, bytes.data(), sizeof n);
    bytes.remove_prefix(sizeof n);
    return n;
  }
  void io(std::string& s) {
    std::uint64_t size = number();
    if (bytes.size() < size) throw RulesError("embedded rules: the archive is cut short");
    s.assign(bytes.substr(0, size));
    bytes.remove_prefix(size);
  }
  void io(double& d) {
    std::uint64_t n = number();
    std::memcpy(&d, &n, sizeof n);
  }
  template <typename T>
  std::enable_if_t<std::is_integral_v<T> || std::is_enum_v<T>> io(T& value) {
    value = static_cast<T>(static_cast<std::int64_t>(number()));
  }
  template <typename T>
  void io(std::optional<T>& value) {
    bool present = false;
    io(present);
    if (present) io(value.emplace());
  }
  template <typename T>
  void io(std::vector<T>& list) {
    std::uint64_t size = number();
    if (size > bytes.size()) throw RulesError("embedded rules: the archive is cut short");
    list.resize(size);
    for (T& item : list) members(*this, item);
  }
  template <typename... T>
  void operator()(T&... values) {
    (members(*this, values), ...);
  }
};

// Scalars, optionals and lists go to the archive's io(); structs list their members below.
template <typename A, typename T>
auto members(A& a, T& value) -> decltype(a.io(value)) {
  a.io(value);
}
template <typename A>
void members(A& a, Text& t) {
  a(t.zh, t.en);
}
template <typename A>
void members(A& a, Named& n) {
  a(n.id, n.zh, n.en, n.aliases);
}
template <typename A>
void members(A& a, Mode& m) {
  a(static_cast<Named&>(m), m.description, m.scenarios);
}
template <typename A>
void members(A& a, Region& r) {
  a(static_cast<Named&>(r), r.division_codes, r.registered, r.quota);
}
template <typename A>
void members(A& a, Prefecture& p) {
  a(p.code, p.zh);
}
template <typename A>
void members(A& a, PlannedCity& c) {
  a(static_cast<Named&>(c), c.division_code, c.province);
}
template <typename A>
void members(A& a, RecommenderKind& k) {
  a(static_cast<Named&>(k), k.quota, k.scope);
}
template <typename A>
void members(A& a, FieldRule& f) {
  a(f.path, f.kind, f.required, f.missing_code, f.required_if_field, f.required_if_values, f.min_length,
    f.max_length, f.min_items, f.minimum, f.range_code, f.enumeration, f.format, f.description);
}
template <typename A>
void members(A& a, Format& f) {
  a(f.name, f.pattern, f.description, f.example);  // the matcher is compiled again on reading
  if constexpr (A::k_reading) f.matcher = compile_pattern(f.pattern);
}
template <typename A>
void members(A& a, ScalePrefix& p) {
  a(p.word, p.factor);
}
template <typename A>
void members(A& a, StatementWords& w) {
  a(w.sentence_ends, w.clause_breaks, w.from_words, w.to_words, w.change_words, w.change_to_words, w.fillers,
    w.approximate_before, w.approximate_after, w.scale_prefixes, w.longer_units, w.plan_words);
}
template <typename A>
void members(A& a, MetricWords& w) {
  a(w.percent_units, w.percentage_point_units, w.rate_suffixes, w.rate_exclusions, w.count_units,
    w.count_unit_prefixes, w.count_unit_suffixes, w.statements);
}
template <typename A>
void members(A& a, ScenarioMatching& m) {
  a(m.min_cjk, m.joiners, m.synonyms);
}
template <typename A>
void members(A& a, Appraisal& p) {
  a(p.openers, p.not_openers, p.verbs, p.unnamed, p.min_name, p.sentence_ends, p.clause_marks);
}
template <typename A>
void members(A& a, ClaimRules& c) {
  a(c.fields, c.phrases, c.not_claims, c.appraisal);  // the index is built again on reading
  if constexpr (A::k_reading) c.index = index_claims(c);
}
template <typename A>
void members(A& a, Rules& r) {
  a(r.id, r.title, r.notice_number, r.modes, r.applicant_types, r.regions, r.planned_cities,
    r.prefectures, r.national_division_codes, r.recommender_kinds, r.industries, r.fields, r.formats,
    r.scenario_matching, r.claims, r.implausible_change_percent, r.metric_words);
}

}  // namespace

std::string save_rules(const Rules& rules) {
  Writer writer;
  writer.bytes = k_magic;
  Rules copy = rules;  // the members functions take the values by reference, for reading too
  members(writer, copy);
  return std::move(writer.bytes);
}

Rules restore_rules(std::string_view bytes) {
  if (bytes.substr(0, k_magic.size()) != k_magic) throw RulesError("embedded rules: not a rules archive");
  Reader reader{bytes.substr(k_magic.size())};
  Rules rules;
  members(reader, rules);
  if (!reader.bytes.empty()) throw RulesError("embedded rules: bytes left over after the rules");
  return rules;
}

}  // namespace iipcase
