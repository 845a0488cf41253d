// iipcase check PATH...: checks case files and writes the report in the chosen format.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <map>
#include <thread>

#include "cli/commands.h"
#include "iipcase/check.h"
#include "iipcase/report.h"

namespace iipcase::cli {
namespace {

enum class Format { text, json, sarif, junit, github, markdown };
enum class Color { automatic, always, never };

struct CheckCommand {
  std::vector<std::string> paths;
  Format format = Format::text;
  Lang lang = Lang::en;
  std::string rules_file;
  bool strict = false;
  bool no_batch = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t max_size = k_default_max_size;
  Color color = Color::automatic;
  std::string output;
  bool quiet = false;
};

bool use_color(const CheckCommand& c) {
  if (c.color != Color::automatic) return c.color == Color::always;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  bool to_terminal = is_standard_output(c.output) && ::isatty(STDOUT_FILENO);
  return to_terminal && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

int run_check(const CheckCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  CaseFiles found = find_case_files_noting_links(c.paths, c.lang);
  if (found.files.empty()) throw RunError(text("cli.no-case-file"));
  Output output(c.output, inputs_of(found, c.rules_file));
  CheckOptions options;
  options.max_size = c.max_size;
  std::vector<FileResult> results = check_in_parallel(found.files, rules, options, c.jobs, c.lang);
  if (!c.no_batch) check_batch(results, rules);

  ReportOptions report;
  report.lang = c.lang;
  report.color = use_color(c);
  report.quiet = c.quiet;
  report.strict = c.strict;
  std::ostream& out = output.stream();
  switch (c.format) {
    case Format::text: write_text(out, results, rules, report); break;
    case Format::json: write_json(out, results, rules, report); break;
    case Format::sarif: write_sarif(out, results, rules, report); break;
    case Format::junit: write_junit(out, results, rules, report); break;
    case Format::github: write_github(out, results, rules, report); break;
    case Format::markdown: write_markdown(out, results, rules, report); break;
  }
  output.finish();
  return totals_of(results, c.strict).invalid > 0 ? k_exit_invalid : k_exit_valid;
}

}  // namespace

void setup_check(CLI::App& app, Run& run) {
  auto c = std::make_shared<CheckCommand>();
  CLI::App* command = app.add_subcommand("check", "Check case files (directories are searched for *.yaml, *.yml)");
  command->add_option("paths", c->paths, "Case files or directories; - reads standard input")->required();
  add_choice<Format>(*command, "--format", c->format,
                     {{"text", Format::text}, {"json", Format::json}, {"sarif", Format::sarif},
                      {"junit", Format::junit}, {"github", Format::github}, {"markdown", Format::markdown}},
                     "Report format: text, json, sarif, junit, github or markdown");
  add_lang_option(*command, c->lang);
  add_rules_option(*command, c->rules_file);
  command->add_flag("--strict", c->strict, "Warnings fail the run too");
  command->add_flag("--no-batch", c->no_batch, "Skip the checks across files");
  command->add_option("-j,--jobs", c->jobs, "Files checked in parallel")->check(whole_number(1, 1024));
  command->add_option("--max-size", c->max_size, "The file size limit in bytes")->check(whole_number(1, 1ULL << 40));
  add_choice<Color>(*command, "--color", c->color,
                    {{"auto", Color::automatic}, {"always", Color::always}, {"never", Color::never}},
                    "auto, always or never (NO_COLOR is honoured)");
  command->add_option("-o,--output", c->output,
                      "Write the report to FILE (whole or not at all; never an input; - for standard output)");
  command->add_flag("-q,--quiet", c->quiet, "Text report: only files with findings, and the summary");
  command->callback([c, &run] { run = [c] { return run_check(*c); }; });
}

}  // namespace iipcase::cli
