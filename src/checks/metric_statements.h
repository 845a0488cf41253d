// Reads what a content field states about a metric: "<name> 由 6.1% 降至 3.4%", "<name> 提高到 99%".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "iipcase/rules.h"

namespace iipcase {

// A figure in the text: an Arabic number and what follows it, read in the metric's unit.
struct Figure {
  std::string written;      // "6.1%", "0.26亿元", as it stands in the text
  double value = 0;         // in the metric's unit
  double tolerance = 0;     // half a unit of the last digit written, in the metric's unit
  bool comparable = false;  // its unit is the metric's (or 万/亿 of it); not approximate, not a range
  std::size_t end = 0;      // the byte after the figure (its unit included)
};

// "由 A … 到 B" (from set) or "提升 … 到 B" (from empty).
struct Statement {
  std::optional<Figure> from;
  Figure to;
};

// The sentences of a text as [begin, end) byte ranges: they end at a sentence end of the words
// or at a line break.
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text,
                                                                 const StatementWords& words);

// The figure whose first digit is at `at` in text, read against the metric's unit; nullopt when
// no number starts there (or the digits belong to a longer token such as V2.0 or ISO9001).
std::optional<Figure> read_figure(std::string_view text, std::size_t at, std::string_view unit,
                                  const MetricWords& words);

// The statement that follows a metric's name in one sentence; `from` is the byte after the
// name. Only the first connective word after the name is tried, within one clause. A sentence
// that goes on with more figures in the metric's unit after B (a stepwise account) has none.
std::optional<Statement> read_statement(std::string_view sentence, std::size_t from, std::string_view unit,
                                        const MetricWords& words);

// Half a unit of the last digit of a value as written ("4.9" → 0.05); 0 when unknown.
double written_tolerance(std::string_view number);

// Whether a figure agrees with a metric value, within the rounding of either.
bool agrees(const Figure& figure, double value, double value_tolerance);

}  // namespace iipcase
