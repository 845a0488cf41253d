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
  bool strict = false;
  bool no_batch = false;
  std::size_t max_size = k_default_max_size;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string output;
};

// The table is a report, not a verdict: it is written, and the run succeeds, whatever the cases hold.
int run_summary(const SummaryCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  CaseFiles found = find_case_files_noting_links(c.paths, c.lang);
  if (found.files.empty()) throw RunError(text("cli.no-case-file"));
  Output output(c.output, inputs_of(found, c.rules_file));
  CheckOptions options;
  options.max_size = c.max_size;
  std::vector<FileResult> results = check_in_parallel(found.files, rules, options, c.jobs, c.lang);
  // Verdicts count the checks across files too (a case over its recommender's quota is not
  // valid), unless --no-batch: the same verdicts as `iipcase check` with the same options.
  if (!c.no_batch) check_batch(results, rules);
  ReportOptions report;
  report.lang = c.lang;
  report.strict = c.strict;
  write_summary(output.stream(), results, rules, c.format, report);
  output.finish();
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
  // The options of check that change a verdict, so that a table made with the same ones agrees.
  command->add_flag("--strict", c->strict, "Warnings make a case invalid too (as check --strict)");
  command->add_flag("--no-batch", c->no_batch, "Skip the checks across files (as check --no-batch)");
  command->add_option("--max-size", c->max_size, "The file size limit in bytes")->check(whole_number(1, 1ULL << 40));
  command->add_option("-j,--jobs", c->jobs, "Files checked in parallel")->check(whole_number(1, 1024));
  command->add_option("-o,--output", c->output, "Write the table to FILE (whole or not at all; never an input)");
  command->callback([c, &run] { run = [c] { return run_summary(*c); }; });
}

}  // namespace iipcase::cli
