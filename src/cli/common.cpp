// What the subcommands share: language, rules and output options.
#include <cstdio>
#include <cstdlib>
#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

#include "cli/commands.h"
#include "source/escape.h"

namespace iipcase::cli {

Lang default_lang() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return std::string_view(value).rfind("zh", 0) == 0 ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

void add_lang_option(CLI::App& command, Lang& lang) {
  lang = default_lang();
  add_choice<Lang>(command, "--lang", lang, {{"zh", Lang::zh}, {"en", Lang::en}},
                   "Language of the report: zh or en (default from the locale)");
}

void add_rules_option(CLI::App& command, std::string& rules_file) {
  command.add_option("--rules", rules_file, "Rules data to use instead of the embedded iip-case/2021")
      ->check(CLI::ExistingFile);
}

const Rules& rules_in_force(const std::string& rules_file) {
  if (rules_file.empty()) return embedded_rules();
  std::ifstream in(rules_file, std::ios::binary);
  if (!in) throw RulesError("cannot read rules file " + rules_file);
  std::ostringstream text;
  text << in.rdbuf();
  static std::unique_ptr<Rules> loaded;
  loaded = std::make_unique<Rules>(load_rules(text.str(), rules_file));
  return *loaded;
}

void print_error(std::string_view message) { std::cerr << "iipcase: " << escape_controls(message) << '\n'; }

void write_output(const std::string& output_file, const std::function<void(std::ostream&)>& write) {
  if (output_file.empty() || output_file == "-") {
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw std::runtime_error("cannot write to standard output");
    return;
  }
  namespace fs = std::filesystem;
  fs::path target(output_file);
  fs::path temporary = target;
  temporary += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + output_file);
    try {
      write(out);
      out.flush();
    } catch (...) {
      // A writer that throws leaves no half-written temporary behind either.
      out.close();
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw;
    }
    if (!out) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      throw std::runtime_error("cannot write " + output_file);
    }
  }
  std::error_code ec;
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    throw std::runtime_error("cannot write " + output_file);
  }
}

}  // namespace iipcase::cli
