// What the subcommands share: language, rules and output options.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/notices.h"
#include "source/escape.h"

namespace iipcase::cli {

namespace {

Lang g_usage_lang = Lang::en;

std::string joined(const std::vector<std::string>& names, Lang lang) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : lang == Lang::zh ? "、" : ", ") + name;
  return out;
}

}  // namespace

Lang default_lang() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value && *value) return std::string_view(value).rfind("zh", 0) == 0 ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

Lang lang_of_command_line(int argc, const char* const* argv) {
  Lang lang = default_lang();
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") break;  // file names follow
    std::string_view value;
    if (arg == "--lang" && i + 1 < argc)
      value = argv[++i];
    else if (arg.rfind("--lang=", 0) == 0)
      value = arg.substr(7);
    if (value == "zh") lang = Lang::zh;
    if (value == "en") lang = Lang::en;
  }
  return lang;
}

void set_usage_lang(Lang lang) { g_usage_lang = lang; }
Lang usage_lang() { return g_usage_lang; }

std::string usage_text(std::string_view message_id, Args args) {
  return text(message_id, args).in(g_usage_lang);
}

// CLI11 says what went wrong in English; the common errors are said again in the chosen
// language from their parts, the rest is shown as CLI11 gives it after a line of our own.
std::string parse_error_text(const CLI::ParseError& error, const CLI::App& app) {
  std::string what = error.what();
  std::string_view name = std::string_view(what).substr(0, what.find(':'));
  std::string said;
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    said = usage_text("cli.unexpected",
                      {{"args", what.substr(what.find(':') == std::string::npos ? 0 : what.find(':') + 2)}});
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) &&
             what.find(" missing") != std::string::npos) {
    said = usage_text("cli.missing-value", {{"option", name}});
  } else if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    said = what;  // our own checks (one_of, whole_number, existing_file) speak the language already
  } else if (dynamic_cast<const CLI::RequiredError*>(&error) && what.find("ubcommand") != std::string::npos) {
    std::vector<std::string> names;
    for (const CLI::App* command : app.get_subcommands([](const CLI::App*) { return true; }))
      names.push_back(command->get_name());
    said = usage_text("cli.subcommand-required", {{"choices", joined(names, g_usage_lang)}});
  } else if (dynamic_cast<const CLI::RequiredError*>(&error) && what.size() > 12 &&
             what.compare(what.size() - 12, 12, " is required") == 0) {
    said = usage_text("cli.required", {{"name", what.substr(0, what.size() - 12)}});
  } else {
    said = usage_text("cli.usage", {{"detail", what}});
  }
  std::string command;
  for (const CLI::App* sub : app.get_subcommands()) command = sub->get_name() + " ";
  // CLI11 repeats the arguments it refuses, which may be file names: escaped like ours.
  return (g_usage_lang == Lang::zh ? "iipcase：" : "iipcase: ") + escape_controls(said) + "\n" +
         usage_text("cli.see-help", {{"command", command}}) + "\n";
}

CLI::Validator one_of(const std::vector<std::string>& names) {
  return CLI::Validator(
      [names](std::string& value) -> std::string {
        for (const std::string& name : names)
          if (name == value) return {};
        return usage_text("cli.invalid-choice", {{"value", value}, {"choices", joined(names, g_usage_lang)}});
      },
      "{" + joined(names, Lang::en) + "}");
}

CLI::Validator whole_number(unsigned long long min, unsigned long long max) {
  return CLI::Validator(
      [min, max](std::string& value) -> std::string {
        unsigned long long n = 0;
        bool digits = !value.empty() && value.size() <= 19;
        for (char c : value) digits = digits && c >= '0' && c <= '9';
        if (digits) n = std::stoull(value);
        if (digits && n >= min && n <= max) return {};
        return usage_text(
            "cli.not-integer",
            {{"value", value}, {"min", static_cast<long long>(min)}, {"max", std::to_string(max)}});
      },
      "INT");
}

CLI::Validator existing_file() {
  return CLI::Validator(
      [](std::string& value) -> std::string {
        std::error_code ec;
        if (std::filesystem::is_regular_file(std::filesystem::u8path(value), ec)) return {};
        return usage_text("cli.file-missing", {{"path", value}});
      },
      "FILE");
}

void add_lang_option(CLI::App& command, Lang& lang) {
  lang = default_lang();
  add_choice<Lang>(command, "--lang", lang, {{"zh", Lang::zh}, {"en", Lang::en}},
                   "Language of the messages: zh or en (default from the locale)");
}

void add_rules_option(CLI::App& command, std::string& rules_file) {
  command.add_option("--rules", rules_file, "Rules data to use instead of the embedded iip-case/2021")
      ->check(existing_file());
}

const Rules& rules_in_force(const std::string& rules_file) {
  if (rules_file.empty()) return embedded_rules();
  std::ifstream in(std::filesystem::u8path(rules_file), std::ios::binary);
  if (!in) throw RunError(text("cli.cannot-read-rules", {{"path", rules_file}}));
  std::ostringstream text;
  text << in.rdbuf();
  static std::unique_ptr<Rules> loaded;
  loaded = std::make_unique<Rules>(load_rules(text.str(), rules_file));
  return *loaded;
}

void print_error(std::string_view message) {
  // Line breaks are the message table's own (values in it are escaped when it is filled); each
  // line is escaped all the same, for text that did not come through the table.
  std::cerr << (g_usage_lang == Lang::zh ? "iipcase：" : "iipcase: ");
  for (std::size_t start = 0;;) {
    std::size_t end = message.find('\n', start);
    std::cerr << escape_controls(message.substr(start, end == std::string_view::npos ? end : end - start))
              << '\n';
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
}

std::vector<FileResult> check_set(
    const CheckSet& set, const Rules& rules,
    const std::function<void(std::ostream&, const std::vector<FileResult>&)>& write) {
  CaseFiles found = find_case_files(set.paths);
  for (const SkippedLink& link : found.skipped_links)
    notify(set.lang, link.dangling ? "cli.link-dangling" : "cli.link-outside",
           {{"path", shown_path(link.path)}});
  if (found.files.empty()) throw RunError(text("cli.no-case-file"));
  // What the run reads: the case files and the rules file; -o must replace none of them.
  std::vector<std::string> inputs = found.files;
  if (!set.rules_file.empty()) inputs.push_back(set.rules_file);
  Output output(set.output, inputs);

  CheckOptions options;
  options.max_size = set.max_size;
  unsigned started = 0;
  std::vector<FileResult> results = check_paths(found.files, rules, options, set.jobs, &started);
  unsigned asked = std::max(1u, std::min<unsigned>(set.jobs, static_cast<unsigned>(found.files.size())));
  if (started < asked)
    notify(set.lang, "cli.jobs-fewer",
           {{"started", static_cast<long long>(started)}, {"asked", static_cast<long long>(asked)}});
  if (!set.no_batch) check_batch(results, rules);

  write(output.stream(), results);
  output.finish();
  return results;
}

}  // namespace iipcase::cli
