// iipcase summary PATH...: the recommender's summary table (推荐汇总表) of a set of case files.
#include <algorithm>
#include <iostream>
#include <map>
#include <thread>

#include "cli/commands.h"
#include "iipcase/check.h"
#include "iipcase/report.h"

namespace iipcase::cli {
namespace {

struct SummaryCommand {
  std::vector<std::string> paths;
  SummaryFormat format = SummaryFormat::markdown;
  Lang lang = Lang::en;
  std::string rules_file;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string output;
};

// The table is a report, not a verdict: it is written, and the run succeeds, whatever the cases hold.
int run_summary(const SummaryCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  std::vector<std::string> files = collect_case_files(c.paths);
  if (files.empty()) throw RunError(text("cli.no-case-file"));
  std::vector<FileResult> results = check_paths(files, rules, CheckOptions{}, c.jobs);
  // Verdicts count the checks across files too: a case over its recommender's quota is not valid.
  check_batch(results, rules);
  ReportOptions report;
  report.lang = c.lang;
  write_output(c.output, [&](std::ostream& out) { write_summary(out, results, rules, c.format, report); });
  return k_exit_valid;
}

}  // namespace

void setup_summary(CLI::App& app, Run& run) {
  auto c = std::make_shared<SummaryCommand>();
  CLI::App* command =
      app.add_subcommand("summary", "The recommender's summary table (推荐汇总表) of case files");
  command->add_option("paths", c->paths, "Case files or directories; - reads standard input")->required();
  add_choice<SummaryFormat>(*command, "--format", c->format,
                            {{"markdown", SummaryFormat::markdown}, {"csv", SummaryFormat::csv},
                             {"json", SummaryFormat::json}},
                            "markdown, csv (for Excel) or json");
  add_lang_option(*command, c->lang);
  add_rules_option(*command, c->rules_file);
  command->add_option("-j,--jobs", c->jobs, "Files checked in parallel")->check(whole_number(1, 1024));
  command->add_option("-o,--output", c->output, "Write the table to FILE (whole or not at all)");
  command->callback([c, &run] { run = [c] { return run_summary(*c); }; });
}

}  // namespace iipcase::cli
