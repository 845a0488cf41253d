// Build-time tool: checks a rules YAML file with load_rules and writes its archive
// (rules_archive.h), which the library embeds. Broken rules fail the build, not a user's run.
#include "build_tool.h"
#include "iipcase/rules.h"
#include "rules/rules_archive.h"

int main(int argc, char** argv) {
  return iipcase::run_build_tool(argc, argv, "iipcase_rules_compiler RULES.yaml ARCHIVE",
                                 [](const std::string& text, const char* path) {
                                   return iipcase::save_rules(iipcase::load_rules(text, path));
                                 });
}
