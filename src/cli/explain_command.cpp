// iipcase explain [CODE|WORD]: what a diagnostic code means, why, and how to fix it; no CODE lists
// them; a WORD that is no code lists the codes whose explanation mentions it.
#include <iostream>

#include "cli/commands.h"
#include "iipcase/authoring.h"

namespace iipcase::cli {
namespace {

struct ExplainCommand {
  std::string code;
  Lang lang = Lang::en;
};

int run_explain(const ExplainCommand& c) {
  if (c.code.empty()) {
    std::cout << code_list_text(c.lang);
    return k_exit_valid;
  }
  if (const Explanation* explanation = find_explanation(c.code)) {
    std::cout << explanation_text(*explanation, c.lang);
    return k_exit_valid;
  }
  if (std::vector<const Explanation*> found = codes_mentioning(c.code); !found.empty()) {
    std::cout << mentions_text(c.code, found, c.lang);
    return k_exit_valid;
  }
  // Nothing found: the nearest codes, so that a mistyped code still finds its way (exit 2).
  Text said = text("cli.no-code", {{"word", c.code}});
  std::vector<std::string> nearest = nearest_codes(c.code);
  if (!nearest.empty()) {
    Text codes{nearest[0], nearest[0]};
    for (std::size_t i = 1; i < nearest.size(); ++i) codes.zh += "、" + nearest[i], codes.en += ", " + nearest[i];
    Text hint = text("cli.no-code.hint", {{"codes", codes}});
    said.zh += "。" + hint.zh, said.en += "; " + hint.en;
  }
  Text list = text("cli.no-code.list");
  said.zh += "\n" + list.zh, said.en += "\n" + list.en;
  throw RunError(said);
}

}  // namespace

void setup_explain(CLI::App& app, Run& run) {
  auto c = std::make_shared<ExplainCommand>();
  CLI::App* command = app.add_subcommand(
      "explain", "Explain a diagnostic code (meaning, reason, fix, example), or find the codes about a word");
  command->add_option("code", c->code,
                      "A code such as mode.unknown, or a word such as 电话 or phone; without it, the list of codes");
  add_lang_option(*command, c->lang);
  command->callback([c, &run] { run = [c] { return run_explain(*c); }; });
}

}  // namespace iipcase::cli
