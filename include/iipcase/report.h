// Reports of a run: text, json, sarif, junit, github, markdown. Writers only; they never exit.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/check.h"
#include "iipcase/diagnostic.h"
#include "iipcase/rules.h"

namespace iipcase {

inline constexpr std::string_view k_version = "1.0.0";

struct ReportOptions {
  Lang lang = Lang::en;
  bool color = false;
  bool quiet = false;   // text: only files with findings, and the summary
  bool strict = false;  // warnings make a file invalid
};

struct Totals {
  std::size_t files = 0, valid = 0, invalid = 0, errors = 0, warnings = 0;
};

Totals totals_of(const std::vector<FileResult>& files, bool strict);

void write_text(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                const ReportOptions& options);
void write_json(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                const ReportOptions& options);
// SARIF 2.1.0 for code scanning: a rule per code, columns in Unicode code points.
void write_sarif(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                 const ReportOptions& options);
// JUnit XML: one testsuite, one testcase per file, a failure listing the findings of an invalid one.
void write_junit(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                 const ReportOptions& options);
// GitHub Actions workflow commands: one ::error or ::warning line per finding.
void write_github(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                  const ReportOptions& options);
// Markdown for a pull-request comment: totals, then a table per file with findings.
void write_markdown(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                    const ReportOptions& options);

// The recommender's summary table (推荐汇总表): per recommender, its quota used and allowed,
// then each case's rank, title, applicant, type, mode and verdict.
enum class SummaryFormat { markdown, csv, json };
void write_summary(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                   SummaryFormat format, const ReportOptions& options);

}  // namespace iipcase
