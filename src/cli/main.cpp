// iipcase: checks application cases for the 2021 Industrial Internet Platform pilot call.
#include <iostream>

#include "cli/commands.h"
#include "iipcase/report.h"

int main(int argc, char** argv) {
  namespace cli = iipcase::cli;
  using iipcase::Lang;
  cli::set_usage_lang(cli::lang_of_command_line(argc, argv));
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
    std::cerr << cli::parse_error_text(e, app);
    return cli::k_exit_usage;
  }
  try {
    return run();
  } catch (const iipcase::RunError& e) {  // messages name files: print_error escapes them
    cli::print_error(e.message().in(cli::usage_lang()));
  } catch (const iipcase::RulesError& e) {
    cli::print_error(cli::usage_text("cli.rules-invalid", {{"detail", e.what()}}));
  } catch (const std::exception& e) {
    cli::print_error(cli::usage_text("cli.usage", {{"detail", e.what()}}));
  }
  return cli::k_exit_usage;
}
