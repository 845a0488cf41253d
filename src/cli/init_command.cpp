// iipcase init [--mode M] [-o FILE [--force]]: prints or writes the commented case template.
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/notices.h"
#include "iipcase/authoring.h"

namespace iipcase::cli {
namespace {

struct InitCommand {
  std::string mode;
  std::string output;
  std::string rules_file;
  bool force = false;
  Lang lang = Lang::en;  // of the messages; the template itself is bilingual
};

// "智能制造" → "did you mean 智能化制造 (smart-manufacturing)?", then the six modes.
Text unknown_mode(const Rules& rules, const std::string& value) {
  Text said = text("cli.unknown-mode", {{"value", value}});
  if (const Mode* nearest = nearest_named(rules.modes, value)) {
    Text hint = text("hint.did-you-mean", {{"suggestion", nearest->zh + " (" + nearest->id + ")"}});
    said.zh += "。" + hint.zh, said.en += "; " + hint.en;
  }
  Text list = text("cli.unknown-mode.modes");
  said.zh += "\n" + list.zh, said.en += "\n" + list.en;
  for (const Mode& mode : rules.modes) {
    said.zh += "\n  " + mode.id + "  " + mode.zh;
    said.en += "\n  " + mode.id + "  " + mode.zh + " (" + mode.en + ")";
  }
  return said;
}

int run_init(const InitCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);
  const Mode* mode = nullptr;
  if (!c.mode.empty()) {
    mode = find_named(rules.modes, c.mode);
    if (!mode) throw RunError(unknown_mode(rules, c.mode));
  }
  const std::string text = case_template(rules, mode);
  const bool to_file = !is_standard_output(c.output);
  std::error_code ec;
  // symlink_status: a dangling link is a file that exists too, and must not be replaced.
  if (to_file && !c.force && std::filesystem::exists(std::filesystem::symlink_status(c.output, ec)))
    throw RunError(iipcase::text("cli.output-exists", {{"path", shown_path(c.output)}}));
  write_output(c.output, {c.rules_file}, [&](std::ostream& out) { out << text; });
  if (to_file)
    std::cerr << (usage_lang() == Lang::zh ? "iipcase：" : "iipcase: ")
              << usage_text("cli.wrote", {{"path", shown_path(c.output)}}) << '\n';
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
  add_lang_option(*command, c->lang);
  command->callback([c, &run] { run = [c] { return run_init(*c); }; });
}

}  // namespace iipcase::cli
