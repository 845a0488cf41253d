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

}  // namespace iipcase
