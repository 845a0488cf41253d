// iipcase check PATH...: checks case files and writes the report in the chosen format.

#include <cstdlib>
#include <iostream>

#include "cli/commands.h"
#include "iipcase/check.h"
#include "iipcase/report.h"
#include "platform/console.h"

namespace iipcase::cli {
namespace {

enum class Format { text, json, sarif, junit, github, markdown };
enum class Color { automatic, always, never };

struct CheckCommand : CheckSet {
  Format format = Format::text;
  Color color = Color::automatic;
  bool quiet = false;
};

bool use_color(const CheckCommand& c) {
  if (c.color != Color::automatic) return c.color == Color::always;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  bool to_terminal = is_standard_output(c.output) && platform::is_terminal(stdout);
  return to_terminal && !(no_color && *no_color) && !(term && std::string_view(term) == "dumb");
}

int run_check(const CheckCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  ReportOptions report;
  report.lang = c.lang;
  report.color = use_color(c);
  report.quiet = c.quiet;
  report.strict = c.strict;
  std::vector<FileResult> results =
      check_set(c, rules, [&](std::ostream& out, const std::vector<FileResult>& checked) {
        switch (c.format) {
          case Format::text:
            write_text(out, checked, rules, report);
            break;
          case Format::json:
            write_json(out, checked, rules, report);
            break;
          case Format::sarif:
            write_sarif(out, checked, rules, report);
            break;
          case Format::junit:
            write_junit(out, checked, rules, report);
            break;
          case Format::github:
            write_github(out, checked, rules, report);
            break;
          case Format::markdown:
            write_markdown(out, checked, rules, report);
            break;
        }
      });
  return totals_of(results, c.strict).invalid > 0 ? k_exit_invalid : k_exit_valid;
}

}  // namespace

void setup_check(CLI::App& app, Run& run) {
  auto c = std::make_shared<CheckCommand>();
  CLI::App* command =
      app.add_subcommand("check", "Check case files (directories are searched for *.yaml, *.yml)");
  command->add_option("paths", c->paths, "Case files or directories; - reads standard input")->required();
  add_choice<Format>(*command, "--format", c->format,
                     {{"text", Format::text},
                      {"json", Format::json},
                      {"sarif", Format::sarif},
                      {"junit", Format::junit},
                      {"github", Format::github},
                      {"markdown", Format::markdown}},
                     "Report format: text, json, sarif, junit, github or markdown");
  add_lang_option(*command, c->lang);
  add_rules_option(*command, c->rules_file);
  command->add_flag("--strict", c->strict, "Warnings fail the run too");
  command->add_flag("--no-batch", c->no_batch, "Skip the checks across files");
  command->add_option("-j,--jobs", c->jobs, "Files checked in parallel")->check(whole_number(1, 1024));
  command->add_option("--max-size", c->max_size, "The file size limit in bytes")
      ->check(whole_number(1, 1ULL << 40));
  add_choice<Color>(*command, "--color", c->color,
                    {{"auto", Color::automatic}, {"always", Color::always}, {"never", Color::never}},
                    "auto, always or never (NO_COLOR is honoured)");
  command->add_option(
      "-o,--output", c->output,
      "Write the report to FILE (whole or not at all; never an input; - for standard output)");
  command->add_flag("-q,--quiet", c->quiet, "Text report: only files with findings, and the summary");
  command->callback([c, &run] { run = [c] { return run_check(*c); }; });
}

}  // namespace iipcase::cli
