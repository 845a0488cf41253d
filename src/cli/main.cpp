// iipcase: checks application cases for the 2021 Industrial Internet Platform pilot call.
#include <iostream>

#include "cli/commands.h"
#include "iipcase/report.h"
#include "source/escape.h"

int main(int argc, char** argv) {
  namespace cli = iipcase::cli;
  CLI::App app{"iipcase — checks case files for the 2021 Industrial Internet Platform Innovation "
               "Pilot Application Cases call (工信厅信发函〔2021〕160号)"};
  app.set_version_flag("--version", std::string("iipcase ") + std::string(iipcase::k_version));
  app.require_subcommand(1);
  cli::Run run;
  cli::setup_check(app, run);
  cli::setup_summary(app, run);
  cli::setup_init(app, run);
  cli::setup_explain(app, run);
  cli::setup_schema(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    // CLI11 repeats the arguments it refuses, which may be file names: escaped like ours.
    std::cerr << iipcase::escape_controls(e.what()) << "\nRun with --help for more information.\n";
    return cli::k_exit_usage;
  }
  try {
    return run();
  } catch (const std::exception& e) {  // RulesError too: its text names the rules file and the key
    cli::print_error(e.what());
  }
  return cli::k_exit_usage;
}
