// iipcase explain [CODE]: what a diagnostic code means, why, and how to fix it; no CODE lists them.
#include <iostream>

#include "cli/commands.h"
#include "source/escape.h"
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
  const std::vector<std::string> nearest = nearest_codes(c.code);
  if (c.lang == Lang::zh) {
    std::cerr << "iipcase：没有代码“" << escape_controls(c.code) << "”";
    for (std::size_t i = 0; i < nearest.size(); ++i) std::cerr << (i ? "、" : "。是否应为 ") << nearest[i];
    std::cerr << (nearest.empty() ? "" : "？") << "\n运行 iipcase explain 列出全部代码\n";
  } else {
    std::cerr << "iipcase: no code \"" << escape_controls(c.code) << "\"";
    for (std::size_t i = 0; i < nearest.size(); ++i)
      std::cerr << (i ? ", " : "; did you mean ") << nearest[i];
    std::cerr << (nearest.empty() ? "" : "?") << "\nrun iipcase explain for the list of codes\n";
  }
  return k_exit_usage;
}

}  // namespace

void setup_explain(CLI::App& app, Run& run) {
  auto c = std::make_shared<ExplainCommand>();
  CLI::App* command =
      app.add_subcommand("explain", "Explain a diagnostic code: meaning, reason (the notice), fix, example");
  command->add_option("code", c->code, "A code such as mode.unknown; without it, the list of codes");
  add_lang_option(*command, c->lang);
  command->callback([c, &run] { run = [c] { return run_explain(*c); }; });
}

}  // namespace iipcase::cli
