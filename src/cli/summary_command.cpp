// iipcase summary PATH...: the recommender's summary table (推荐汇总表) of a set of case files.
#include <iostream>

#include "cli/commands.h"
#include "iipcase/check.h"
#include "iipcase/report.h"

namespace iipcase::cli {
namespace {

struct SummaryCommand : CheckSet {
  SummaryFormat format = SummaryFormat::markdown;
};

// The table is a report, not a verdict: it is written, and the run succeeds, whatever the cases hold.
// Verdicts count the checks across files too (a case over its recommender's quota is not valid),
// unless --no-batch: the same verdicts as `iipcase check` with the same options.
int run_summary(const SummaryCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  ReportOptions report;
  report.lang = c.lang;
  report.strict = c.strict;
  check_set(c, rules, [&](std::ostream& out, const std::vector<FileResult>& checked) {
    write_summary(out, checked, rules, c.format, report);
  });
  return k_exit_valid;
}

}  // namespace

void setup_summary(CLI::App& app, Run& run) {
  auto c = std::make_shared<SummaryCommand>();
  CLI::App* command =
      app.add_subcommand("summary", "The recommender's summary table (推荐汇总表) of case files");
  command->add_option("paths", c->paths, "Case files or directories; - reads standard input")->required();
  add_choice<SummaryFormat>(
      *command, "--format", c->format,
      {{"markdown", SummaryFormat::markdown}, {"csv", SummaryFormat::csv}, {"json", SummaryFormat::json}},
      "markdown, csv (for Excel) or json");
  add_lang_option(*command, c->lang);
  add_rules_option(*command, c->rules_file);
  // The options of check that change a verdict, so that a table made with the same ones agrees.
  command->add_flag("--strict", c->strict, "Warnings make a case invalid too (as check --strict)");
  command->add_flag("--no-batch", c->no_batch, "Skip the checks across files (as check --no-batch)");
  command->add_option("--max-size", c->max_size, "The file size limit in bytes")
      ->check(whole_number(1, 1ULL << 40));
  command->add_option("-j,--jobs", c->jobs, "Files checked in parallel")->check(whole_number(1, 1024));
  command->add_option("-o,--output", c->output,
                      "Write the table to FILE (whole or not at all; never an input)");
  command->callback([c, &run] { run = [c] { return run_summary(*c); }; });
}

}  // namespace iipcase::cli
