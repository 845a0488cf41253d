// iipcase init [--mode M] [-o FILE [--force]]: prints or writes the commented case template.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "source/escape.h"
#include "iipcase/authoring.h"

namespace iipcase::cli {
namespace {

struct InitCommand {
  std::string mode;
  std::string output;
  std::string rules_file;
  bool force = false;
};

// "智能制造" → "did you mean 智能化制造 (smart-manufacturing)?", then the six modes.
void report_unknown_mode(const Rules& rules, const std::string& value) {
  std::cerr << "iipcase: \"" << escape_controls(value) << "\" is not one of the application modes";
  if (const Mode* nearest = nearest_named(rules.modes, value))
    std::cerr << "; did you mean " << nearest->zh << " (" << nearest->id << ")?";
  std::cerr << "\nmodes:";
  for (const Mode& mode : rules.modes) std::cerr << "\n  " << mode.id << "  " << mode.zh;
  std::cerr << '\n';
}

int run_init(const InitCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  const Mode* mode = nullptr;
  if (!c.mode.empty()) {
    mode = find_named(rules.modes, c.mode);
    if (!mode) {
      report_unknown_mode(rules, c.mode);
      return k_exit_usage;
    }
  }
  const std::string text = case_template(rules, mode);
  const bool to_file = !c.output.empty() && c.output != "-";
  std::error_code ec;
  // symlink_status: a dangling link is a file that exists too, and must not be replaced.
  if (to_file && !c.force && std::filesystem::exists(std::filesystem::symlink_status(c.output, ec))) {
    print_error(c.output + " already exists; use --force to overwrite it");
    return k_exit_usage;
  }
  write_output(c.output, [&](std::ostream& out) { out << text; });
  if (to_file)
    print_error("wrote " + c.output + "; fill it in, then run: iipcase check " + c.output);
  return k_exit_valid;
}

}  // namespace

void setup_init(CLI::App& app, Run& run) {
  auto c = std::make_shared<InitCommand>();
  CLI::App* command = app.add_subcommand("init", "Print a commented case template (bilingual) to fill in");
  command->add_option("--mode", c->mode,
                      "Pre-fill this application mode and list its scenarios (id or Chinese name)");
  command->add_option("-o,--output", c->output, "Write the template to FILE (refuses to overwrite one)");
  command->add_flag("--force", c->force, "With -o: overwrite FILE if it exists");
  add_rules_option(*command, c->rules_file);
  command->callback([c, &run] { run = [c] { return run_init(*c); }; });
}

}  // namespace iipcase::cli
