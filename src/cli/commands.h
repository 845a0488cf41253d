// The subcommands of the iipcase command line: each has setup_<command> and run_<command>.
#pragma once

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/output.h"
#include "iipcase/check.h"
#include "iipcase/diagnostic.h"
#include "iipcase/rules.h"
#include "messages.h"

namespace iipcase::cli {

// Exit statuses (cli.md).
inline constexpr int k_exit_valid = 0;
inline constexpr int k_exit_invalid = 1;
inline constexpr int k_exit_usage = 2;

// Each setup_* adds its subcommand and sets `run` to what runs it once the line is parsed.
using Run = std::function<int()>;

void setup_check(CLI::App& app, Run& run);
void setup_summary(CLI::App& app, Run& run);
void setup_init(CLI::App& app, Run& run);
void setup_explain(CLI::App& app, Run& run);
void setup_schema(CLI::App& app, Run& run);

// The text of --version: version, rules id with a digest of their data, commit.
std::string version_text();

// Shared by the subcommands.
Lang default_lang();  // from LC_ALL, LC_MESSAGES, LANG
// The language of the command line's own messages: --lang L (or --lang=L) anywhere on the line,
// else the locale. Known before parsing, so that parse errors follow it too.
Lang lang_of_command_line(int argc, const char* const* argv);
void set_usage_lang(Lang lang);
Lang usage_lang();
// A table text (messages.cpp, "cli.*") in the language of the command line.
std::string usage_text(std::string_view message_id, Args args = {});
// A CLI11 parse error, in the language of the command line ("iipcase: …" and how to get help).
std::string parse_error_text(const CLI::ParseError& error, const CLI::App& app);
void add_lang_option(CLI::App& command, Lang& lang);
void add_rules_option(CLI::App& command, std::string& rules_file);
// Option checks whose messages follow the command line's language.
CLI::Validator one_of(const std::vector<std::string>& names);
CLI::Validator whole_number(unsigned long long min, unsigned long long max);
CLI::Validator existing_file();
// An option taking one of the named values; a wrong one is answered with the names.
template <typename E>
CLI::Option* add_choice(CLI::App& command, const std::string& name, E& target,
                        const std::vector<std::pair<std::string, E>>& choices,
                        const std::string& description) {
  std::vector<std::string> names;
  for (const auto& choice : choices) names.push_back(choice.first);
  auto set = [&target, choices](const std::string& chosen) {
    for (const auto& choice : choices)
      if (choice.first == chosen) target = choice.second;
  };
  return command.add_option_function<std::string>(name, set, description)->check(one_of(names));
}
// The rules in force: the embedded ones, or --rules FILE. Throws RulesError.
const Rules& rules_in_force(const std::string& rules_file);
// "iipcase: message" on stderr, the message's controls escaped (it may hold file names and text
// from rules files): nothing from outside can start a line there or pass for a CI command.
void print_error(std::string_view message);
// What `check` and `summary` share: the files, how they are checked, where the report goes.
struct CheckSet {
  std::vector<std::string> paths;
  Lang lang = Lang::en;
  std::string rules_file;
  bool strict = false;
  bool no_batch = false;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::size_t max_size = k_default_max_size;
  std::string output;
};
// The run both commands make: the case files that set.paths name (a symbolic link not followed
// is said once on stderr), the output opened (refused at once when it is an input), each file
// checked in parallel (fewer threads than asked are said on stderr) and, unless no_batch, across
// files; `write` writes the report, which then replaces the output whole. Returns the results.
std::vector<FileResult> check_set(
    const CheckSet& set, const Rules& rules,
    const std::function<void(std::ostream&, const std::vector<FileResult>&)>& write);

}  // namespace iipcase::cli
