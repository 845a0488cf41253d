// What the subcommands share: language, rules and output options.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/notices.h"

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

CaseFiles find_case_files_noting_links(const std::vector<std::string>& paths, Lang lang) {
  CaseFiles found = find_case_files(paths);
  for (const SkippedLink& link : found.skipped_links)
    notify(lang, link.dangling ? "cli.link-dangling" : "cli.link-outside", {{"path", shown_path(link.path)}});
  return found;
}

std::vector<FileResult> check_in_parallel(const std::vector<std::string>& files, const Rules& rules,
                                          const CheckOptions& options, unsigned jobs, Lang lang) {
  unsigned started = 0;
  std::vector<FileResult> results = check_paths(files, rules, options, jobs, &started);
  unsigned asked = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
  if (started < asked)
    notify(lang, "cli.jobs-fewer", {{"started", static_cast<long long>(started)}, {"asked", static_cast<long long>(asked)}});
  return results;
}

std::vector<std::string> inputs_of(const CaseFiles& found, const std::string& rules_file) {
  std::vector<std::string> inputs = found.files;
  if (!rules_file.empty()) inputs.push_back(rules_file);
  return inputs;
}

}  // namespace iipcase::cli
