// Build-time tool: checks a rules YAML file with load_rules and writes its archive
// (rules_archive.h), which the library embeds. Broken rules fail the build, not a user's run.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "iipcase/rules.h"
#include "rules/rules_archive.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: iipcase_rules_compiler RULES.yaml ARCHIVE\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    std::cerr << "cannot read " << argv[1] << '\n';
    return 2;
  }
  try {
    std::string archive = iipcase::save_rules(iipcase::load_rules(text, argv[1]));
    std::string temporary = std::string(argv[2]) + ".tmp";
    std::ofstream(temporary, std::ios::binary) << archive;
    return std::rename(temporary.c_str(), argv[2]) == 0 ? 0 : 1;
  } catch (const iipcase::RulesError& e) {
    std::cerr << e.what() << '\n';
    return 1;
  }
}
