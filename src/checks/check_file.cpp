// The checks of one file, in pipeline order: bytes → text → tree → checks → sorted findings.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>

#include "checks/checks.h"
#include "checks/normalize.h"
#include "source/printable.h"

namespace iipcase {
namespace {

constexpr std::size_t k_max_excerpt_bytes = 1000;

std::string_view trim(std::string_view s) {
  const char* space = " \t";
  auto first = s.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(space) - first + 1);
}

template <typename T>
std::string id_of(const std::vector<T>& list, std::string_view value) {
  const T* found = find_named(list, value);
  return found ? found->id : std::string();
}

// What the reports and the batch checks need to know of a case.
void read_facts(const CaseContext& ctx, CaseFacts& facts) {
  const Rules& rules = ctx.rules;
  facts.title = ctx.text_at("title");
  facts.mode = id_of(rules.modes, ctx.text_at("mode"));
  facts.applicant = ctx.text_at("applicant.name");
  facts.applicant_type = id_of(rules.applicant_types, ctx.text_at("applicant.type"));
  facts.credit_code = ctx.text_at("applicant.credit_code");
  facts.recommender = ctx.text_at("recommender.name");
  facts.recommender_kind = id_of(rules.recommender_kinds, ctx.text_at("recommender.kind"));
  const RecommenderKind* kind = rules.recommender_kind(facts.recommender_kind);
  std::string_view region = ctx.text_at("recommender.region");
  if (kind && kind->scope == RecommenderScope::provincial)
    facts.recommender_region = id_of(rules.regions, region);
  else if (kind && kind->scope == RecommenderScope::planned_city)
    facts.recommender_region = id_of(rules.planned_cities, region);
  facts.platform = ctx.text_at("platform.name");
  if (const yaml::Node* rank = ctx.at("recommender.rank"); rank && rank->plain)
    facts.rank = parse_integer(rank->value);
  auto position = [&](std::string_view path) {
    const yaml::Node* node = ctx.at(path);
    return node ? node->position : Position{};
  };
  facts.title_position = position("title");
  facts.credit_code_position = position("applicant.credit_code");
  facts.recommender_position = position("recommender");
  facts.rank_position = position("recommender.rank");
}

// The value of a plain decimal ("12.5", "1e3"; checked by the caller), independent of the locale;
// out of range (either way) reads as infinite.
std::optional<double> decimal_value(std::string_view body) {
#if defined(__cpp_lib_to_chars)
  double value = 0;
  auto result = std::from_chars(body.data(), body.data() + body.size(), value);
  if (result.ec == std::errc::result_out_of_range) return HUGE_VAL;
  if (result.ec != std::errc()) return std::nullopt;
  return value;
#else
  // A standard library without from_chars for double (emscripten 3.1.6's libc++): its C library
  // is musl, whose strtod reads '.' whatever the locale.
  const std::string text(body);
  errno = 0;
  char* end = nullptr;
  double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size()) return std::nullopt;
  return errno == ERANGE ? HUGE_VAL : value;
#endif
}

}  // namespace

const yaml::Node* CaseContext::at(std::string_view path) const {
  const yaml::Node* node = &root;
  while (node && !path.empty()) {
    auto dot = path.find('.');
    if (node->kind != yaml::NodeKind::mapping) return nullptr;
    node = node->get(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  return node;
}

std::string_view CaseContext::text_at(std::string_view path) const {
  const yaml::Node* node = at(path);
  if (!node || node->kind != yaml::NodeKind::scalar || node->is_null()) return {};
  return trim_white_space(node->value);
}

int span_of(const yaml::Node& node) {
  if (node.kind != yaml::NodeKind::scalar) return 1;
  // Only a one-line value is underlined whole; a block scalar gets a caret at its start.
  if (node.value.find('\n') != std::string::npos) return 1;
  return count_characters(node.value) + (node.plain ? 0 : 2);
}

Position position_in_value(const SourceText& source, const yaml::Node& node, std::size_t at) {
  const std::string_view value = node.value;
  if (at >= value.size()) return node.position;
  std::size_t next = at;
  decode_utf8(value, next);
  const std::string_view character = value.substr(at, next - at);
  int before = 0;  // occurrences of the character earlier in the value
  for (std::size_t i = value.find(character); i < at; i = value.find(character, i + character.size())) ++before;
  const std::string_view text = source.text();
  const std::size_t end = node.end > node.offset ? std::min(node.end, text.size()) : text.size();
  std::size_t found = text.find(character, node.offset);
  for (; found != std::string_view::npos && found + character.size() <= end && before > 0; --before)
    found = text.find(character, found + character.size());
  if (found == std::string_view::npos || found + character.size() > end) return node.position;
  return source.position_of(found);
}

std::optional<double> parse_number(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::nullopt;
  std::string_view body = text;
  bool negative = false;
  if (body.front() == '+' || body.front() == '-') negative = body.front() == '-', body.remove_prefix(1);
  if (body == ".inf" || body == ".Inf" || body == ".INF")
    return negative ? -HUGE_VAL : HUGE_VAL;
  if (body == ".nan" || body == ".NaN" || body == ".NAN") return std::nan("");
  if (auto integer = parse_integer(text)) return static_cast<double>(*integer);
  // YAML 1.2 core float: digits with an optional fraction and exponent; ".5" and "5." too.
  std::size_t i = 0, digits = 0;
  while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i, ++digits;
  if (i < body.size() && body[i] == '.')
    for (++i; i < body.size() && body[i] >= '0' && body[i] <= '9'; ++i) ++digits;
  if (digits == 0) return std::nullopt;
  if (i < body.size() && (body[i] == 'e' || body[i] == 'E')) {
    ++i;
    if (i < body.size() && (body[i] == '+' || body[i] == '-')) ++i;
    std::size_t exponent_digits = 0;
    while (i < body.size() && body[i] >= '0' && body[i] <= '9') ++i, ++exponent_digits;
    if (exponent_digits == 0) return std::nullopt;
  }
  if (i != body.size()) return std::nullopt;
  std::optional<double> value = decimal_value(body);
  if (!value) return std::nullopt;
  return negative ? -*value : *value;
}

std::optional<long long> parse_integer(std::string_view text) {
  text = trim(text);
  int base = 10;
  bool negative = false;
  if (!text.empty() && (text.front() == '+' || text.front() == '-'))
    negative = text.front() == '-', text.remove_prefix(1);
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o'))
    base = text[1] == 'x' ? 16 : 8, text.remove_prefix(2);
  if (text.empty()) return std::nullopt;
  long long value = 0;
  auto result = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
  return negative ? -value : value;
}

FileResult check_bytes(std::string path, std::string_view bytes, const Rules& rules,
                       const CheckOptions& options) {
  FileResult result;
  result.path = std::move(path);
  if (auto stop = sniff_bytes(bytes, options.max_size, result.path)) {
    result.diagnostics.push_back(std::move(*stop));
    return result;
  }
  SourceText source(strip_bom(bytes));
  yaml::Document document = yaml::parse_document(source);
  result.diagnostics = std::move(document.diagnostics);
  if (document.parsed) {
    normalize_values(document.root, rules, source, result.diagnostics);
    CaseContext ctx{document.root, rules, source, result.diagnostics, result.facts};
    check_fields(ctx);
    check_schema_version(ctx);
    check_scenarios(ctx);
    check_region_mismatch(ctx);
    check_recommender_name(ctx);
    check_recommender_rank(ctx);
    check_partners(ctx);
    check_metrics(ctx);
    check_metrics_text(ctx);
    check_claims(ctx);
    read_facts(ctx, result.facts);
  }
  for (Diagnostic& d : result.diagnostics) {
    std::string_view line = d.position.known() ? source.line(d.position.line) : std::string_view();
    // A multi-kilobyte line is no help in a terminal: such findings go without an excerpt.
    if (line.size() <= k_max_excerpt_bytes) d.source_line = std::string(line);
  }
  sort_diagnostics(result.diagnostics);
  return result;
}

}  // namespace iipcase
