// iipcase: checks application cases for the 2021 Industrial Internet Platform pilot call.
#include <iostream>

#include "cli/commands.h"
#include "platform/console.h"

int main(int argc, char** argv) {
  namespace cli = iipcase::cli;
  iipcase::platform::prepare_console();
  CLI::App app{"iipcase — checks case files for the 2021 Industrial Internet Platform Innovation "
               "Pilot Application Cases call (工信厅信发函〔2021〕160号)"};
  app.set_version_flag("--version", cli::version_text);
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
    int status = app.exit(e);
    return status == 0 ? 0 : cli::k_exit_usage;
  }
  try {
    return run();
  } catch (const iipcase::RulesError& e) {
    std::cerr << "iipcase: " << e.what() << '\n';
  } catch (const std::exception& e) {
    std::cerr << "iipcase: " << e.what() << '\n';
  }
  return cli::k_exit_usage;
}
