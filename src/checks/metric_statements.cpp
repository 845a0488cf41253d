// Reads what a content field states about a metric: sentences, figures, "由 A 到 B" / "提升到 B".
#include "checks/metric_statements.h"

#include <algorithm>
#include <cmath>

#include "checks/checks.h"

namespace iipcase {
namespace {

constexpr std::string_view k_open_brackets[] = {"（", "("};
constexpr std::string_view k_close_brackets[] = {"）", ")"};
constexpr std::string_view k_spaces[] = {" ", "\t", "\u3000"};
// A figure followed by one of these and a digit is a range (3-5%, 3～5%): not one value.
constexpr std::string_view k_range_marks[] = {"-", "~", "～", "–", "—", "〜"};

bool starts_with_at(std::string_view text, std::size_t at, std::string_view word) {
  return !word.empty() && at <= text.size() && text.substr(at, word.size()) == word;
}

template <typename List>
std::size_t match_any(std::string_view text, std::size_t at, const List& words) {
  std::size_t longest = 0;
  for (std::string_view w : words)
    if (starts_with_at(text, at, w)) longest = std::max(longest, w.size());
  return longest;
}

std::size_t after_code_point(std::string_view text, std::size_t at) {
  ++at;
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
  for (std::size_t n; (n = match_any(text, at, k_spaces)) != 0;) at += n;
  return at;
}

// The value of the digit at `at` (0-9, also full-width ０-９) and its length in bytes.
std::optional<std::pair<int, std::size_t>> digit_at(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] >= '0' && text[at] <= '9')
    return std::pair{text[at] - '0', std::size_t{1}};
  if (at + 3 <= text.size() && text.compare(at, 2, "\xEF\xBC") == 0) {
    auto third = static_cast<unsigned char>(text[at + 2]);
    if (third >= 0x90 && third <= 0x99) return std::pair{int(third - 0x90), std::size_t{3}};
  }
  return std::nullopt;
}

std::size_t decimal_point_at(std::string_view text, std::size_t at) {
  if (starts_with_at(text, at, ".")) return 1;
  if (starts_with_at(text, at, "．")) return 3;
  return 0;
}

// Whether the digits at `at` continue a token: V2.0, ISO9001, 2020-2021, A3.
bool continues_token(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  char c = text[at - 1];
  if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  if (c == '.' || c == '-' || c == '_' || c == '/' || c == '+') return true;
  // A full-width digit or point just before.
  return at >= 3 && (digit_at(text, at - 3) || decimal_point_at(text, at - 3) == 3);
}

// Whether text just before `at` (spaces skipped) ends with one of the words.
bool preceded_by(std::string_view text, std::size_t at, const std::vector<std::string>& words) {
  while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '\t')) --at;
  if (at >= 3 && text.compare(at - 3, 3, "\u3000") == 0) at -= 3;
  std::string_view head = text.substr(0, at);
  return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
    return head.size() >= w.size() && head.substr(head.size() - w.size()) == w;
  });
}

struct UnitMatch {
  std::size_t length = 0;
  double factor = 1;  // from the unit written to the metric's unit
};

// The metric's unit (or one 万/亿 away from it) written at `at`; nullopt for any other unit.
std::optional<UnitMatch> match_unit(std::string_view text, std::size_t at, std::string_view metric_unit,
                                    const MetricWords& words) {
  metric_unit = trim_unit(metric_unit);
  if (metric_unit.empty()) return std::nullopt;
  const StatementWords& sw = words.statements;
  std::optional<UnitMatch> found;
  std::size_t base_at = at;
  std::string_view base = metric_unit;
  if (std::find(words.percent_units.begin(), words.percent_units.end(), metric_unit) !=
      words.percent_units.end()) {
    if (std::size_t n = match_any(text, at, words.percent_units)) found = UnitMatch{n, 1};
  } else {
    double metric_factor = 1;
    for (const ScalePrefix& p : sw.scale_prefixes)
      if (metric_unit.size() > p.word.size() && metric_unit.substr(0, p.word.size()) == p.word)
        base = metric_unit.substr(p.word.size()), metric_factor = p.factor;
    for (const ScalePrefix& p : sw.scale_prefixes)
      if (starts_with_at(text, at, p.word) && starts_with_at(text, at + p.word.size(), base))
        found = UnitMatch{p.word.size() + base.size(), p.factor / metric_factor},
        base_at = at + p.word.size();
    if (!found && starts_with_at(text, at, base)) found = UnitMatch{base.size(), 1 / metric_factor};
  }
  if (!found) return std::nullopt;
  // The unit goes on (元/吨, kWh for kW), or is a longer unit word (个月 is not 个).
  std::size_t end = at + found->length;
  if (end < text.size()) {
    char c = text[end];
    if (c == '/' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
      return std::nullopt;
  }
  for (const std::string& longer : sw.longer_units)
    if (longer.size() > base.size() && starts_with_at(text, base_at, longer)) return std::nullopt;
  return found;
}

// The end of the bracketed part that opens at `at`, or `at` when none opens there. An unclosed
// bracket runs to the end: what it holds is an aside, never a statement.
std::size_t skip_brackets(std::string_view text, std::size_t at) {
  if (!match_any(text, at, k_open_brackets)) return at;
  int depth = 0;
  while (at < text.size()) {
    if (std::size_t n = match_any(text, at, k_open_brackets)) {
      ++depth, at += n;
    } else if (std::size_t n = match_any(text, at, k_close_brackets)) {
      at += n;
      if (--depth == 0) return at;
    } else {
      at = after_code_point(text, at);
    }
  }
  return text.size();
}

// The figure right after a connective (到, 至, 为): spaces, fillers (了) and approximate words
// (约, which make the figure approximate) may come between.
std::optional<Figure> figure_after(std::string_view text, std::size_t at, std::string_view unit,
                                   const MetricWords& words) {
  const StatementWords& sw = words.statements;
  for (std::size_t n = 1; n != 0;) {
    at = skip_spaces(text, at);
    n = std::max(match_any(text, at, sw.fillers), match_any(text, at, sw.approximate_before));
    at += n;
  }
  return read_figure(text, at, unit, words);
}

// "由 A … 到 B": `at` is just after 由/从.
std::optional<Statement> read_from_to(std::string_view s, std::size_t at, std::string_view unit,
                                      const MetricWords& words) {
  const StatementWords& sw = words.statements;
  std::vector<Figure> figures;
  while (at < s.size()) {
    if (std::size_t past = skip_brackets(s, at); past != at) {
      at = past;
      continue;
    }
    if (match_any(s, at, sw.clause_breaks)) return std::nullopt;
    if (auto figure = read_figure(s, at, unit, words)) {
      at = figure->end;
      figures.push_back(std::move(*figure));
      continue;
    }
    if (std::size_t n = match_any(s, at, sw.to_words)) {
      if (auto to = figure_after(s, at + n, unit, words)) {
        Statement statement{std::nullopt, std::move(*to)};
        // A is the one figure in the metric's unit between 由 and 到; with none or several
        // (从 2020 年的 97.2% …), it is the only one or unknown.
        auto comparable = [](const Figure& f) { return f.comparable; };
        if (std::count_if(figures.begin(), figures.end(), comparable) == 1)
          statement.from = *std::find_if(figures.begin(), figures.end(), comparable);
        return statement;
      }
    }
    at = after_code_point(s, at);
  }
  return std::nullopt;
}

// "提升 … 到 B": `at` is just after the change word. 提升了 25% (a change, no 到) is no statement.
std::optional<Statement> read_change_to(std::string_view s, std::size_t at, std::string_view unit,
                                        const MetricWords& words) {
  const StatementWords& sw = words.statements;
  while (at < s.size()) {
    if (std::size_t past = skip_brackets(s, at); past != at) {
      at = past;
      continue;
    }
    if (match_any(s, at, sw.clause_breaks)) return std::nullopt;
    if (std::size_t n = match_any(s, at, sw.change_to_words))
      if (auto to = figure_after(s, at + n, unit, words)) return Statement{std::nullopt, std::move(*to)};
    at = after_code_point(s, at);
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const StatementWords& words) {
  std::vector<std::pair<std::size_t, std::size_t>> sentences;
  std::size_t begin = 0;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t n = match_any(text, at, words.sentence_ends);
    if (text[at] == '\n' || text[at] == '\r') n = 1;
    if (n == 0) {
      at = after_code_point(text, at);
      continue;
    }
    if (at > begin) sentences.emplace_back(begin, at);
    begin = at += n;
  }
  if (begin < text.size()) sentences.emplace_back(begin, text.size());
  return sentences;
}

std::optional<Figure> read_figure(std::string_view text, std::size_t at, std::string_view unit,
                                  const MetricWords& words) {
  if (!digit_at(text, at) || continues_token(text, at)) return std::nullopt;
  std::string number;
  std::size_t p = at;
  int decimals = -1;
  while (p < text.size()) {
    if (auto d = digit_at(text, p)) {
      number += char('0' + d->first), p += d->second;
      if (decimals >= 0) ++decimals;
      continue;
    }
    // 2,600: a thousands separator between groups of three ASCII digits.
    if (decimals < 0 && text[p] == ',' && p + 4 <= text.size() &&
        std::all_of(text.begin() + p + 1, text.begin() + p + 4,
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !digit_at(text, p + 4)) {
      number.append(text.substr(p + 1, 3)), p += 4;
      continue;
    }
    if (std::size_t n = decimal_point_at(text, p); n && decimals < 0 && digit_at(text, p + n)) {
      number += '.', p += n, decimals = 0;
      continue;
    }
    break;
  }
  auto value = parse_number(number);
  if (!value) return std::nullopt;
  Figure figure;
  figure.end = p;
  std::size_t u = skip_spaces(text, p);
  auto is_range_at = [&](std::size_t q) {
    std::size_t n = match_any(text, q, k_range_marks);
    return n && digit_at(text, skip_spaces(text, q + n));
  };
  bool range = is_range_at(p);
  double factor = 1;
  if (auto match = match_unit(text, u, unit, words)) {
    figure.comparable = true;
    factor = match->factor;
    figure.end = u + match->length;
    range = range || is_range_at(figure.end);
  }
  figure.written = std::string(text.substr(at, figure.end - at));
  figure.value = *value * factor;
  figure.tolerance = 0.5 * std::pow(10.0, -std::max(decimals, 0)) * factor;
  const StatementWords& sw = words.statements;
  if (range || preceded_by(text, at, sw.approximate_before) ||
      match_any(text, skip_spaces(text, figure.end), sw.approximate_after))
    figure.comparable = false;
  return figure;
}

namespace {

// The first statement after `from`, whatever follows it.
std::optional<Statement> first_statement(std::string_view sentence, std::size_t from, std::string_view unit,
                                         const MetricWords& words) {
  const StatementWords& sw = words.statements;
  for (std::size_t at = from; at < sentence.size();) {
    if (std::size_t past = skip_brackets(sentence, at); past != at) {
      at = past;
      continue;
    }
    if (match_any(sentence, at, sw.clause_breaks)) return std::nullopt;
    if (std::size_t n = match_any(sentence, at, sw.from_words))
      return read_from_to(sentence, at + n, unit, words);
    if (std::size_t n = match_any(sentence, at, sw.change_words))
      return read_change_to(sentence, at + n, unit, words);
    at = after_code_point(sentence, at);
  }
  return std::nullopt;
}

// Whether a figure in the metric's unit stands at or after `at`.
bool figure_follows(std::string_view sentence, std::size_t at, std::string_view unit,
                    const MetricWords& words) {
  for (; at < sentence.size(); at = after_code_point(sentence, at))
    if (auto figure = read_figure(sentence, at, unit, words); figure && figure->comparable) return true;
  return false;
}

}  // namespace

std::optional<Statement> read_statement(std::string_view sentence, std::size_t from, std::string_view unit,
                                        const MetricWords& words) {
  auto statement = first_statement(sentence, from, unit, words);
  // "2020 年由 6.1% 降至 5.2%，2021 年进一步降至 4.9%": B is a step, not the end.
  if (statement && figure_follows(sentence, statement->to.end, unit, words)) return std::nullopt;
  return statement;
}

double written_tolerance(std::string_view number) {
  if (number.find_first_of("eExXoO") != std::string_view::npos) return 0;
  std::size_t point = number.find('.');
  std::size_t decimals = point == std::string_view::npos ? 0 : number.size() - point - 1;
  return 0.5 * std::pow(10.0, -static_cast<double>(decimals));
}

bool agrees(const Figure& figure, double value, double value_tolerance) {
  double tolerance = std::max(figure.tolerance, value_tolerance);
  return std::fabs(figure.value - value) <= tolerance * (1 + 1e-9) + 1e-12 * std::max(1.0, std::fabs(value));
}

}  // namespace iipcase
