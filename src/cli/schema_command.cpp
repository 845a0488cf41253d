// iipcase schema [--rules-data | --json-schema]: the rules in force as an applicant reads them
// (in the chosen language), as the rules data itself, or as a JSON Schema for editors.
#include <fstream>
#include <sstream>

#include "cli/commands.h"
#include "iipcase/authoring.h"

namespace iipcase::cli {
namespace {

struct SchemaCommand {
  std::string rules_file;
  std::string output;
  bool json_schema = false;
  bool rules_data = false;
  Lang lang = Lang::en;
};

int run_schema(const SchemaCommand& c) {
  const Rules& rules = rules_in_force(c.rules_file);  // a file that does not load stops here
  std::string text;
  if (c.json_schema) {
    text = json_schema(rules);
  } else if (!c.rules_data) {
    text = rules_guide(rules, c.lang);
  } else if (c.rules_file.empty()) {
    text = std::string(embedded_rules_text());
  } else {
    std::ifstream in(c.rules_file, std::ios::binary);
    std::ostringstream data;
    data << in.rdbuf();
    text = data.str();
  }
  write_output(c.output, {c.rules_file}, [&](std::ostream& out) { out << text; });
  return k_exit_valid;
}

}  // namespace

void setup_schema(CLI::App& app, Run& run) {
  auto c = std::make_shared<SchemaCommand>();
  CLI::App* command =
      app.add_subcommand("schema", "Print the rules in force: the fields and the values allowed in each");
  CLI::Option* json =
      command->add_flag("--json-schema", c->json_schema, "Print a draft-07 JSON Schema of the case file instead");
  command->add_flag("--rules-data", c->rules_data, "Print the rules data itself (YAML) instead")->excludes(json);
  add_lang_option(*command, c->lang);
  add_rules_option(*command, c->rules_file);
  command->add_option("-o,--output", c->output, "Write to FILE (whole or not at all)");
  command->callback([c, &run] { run = [c] { return run_schema(*c); }; });
}

}  // namespace iipcase::cli
