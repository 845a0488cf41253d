// libFuzzer target: any bytes as a --rules file. Loading either succeeds or throws RulesError
// (anything else escapes and is a find); rules that load are then used: the template made from
// them, and a case with a long e-mail, are checked, so that every pattern a rules file can hold
// runs against real input (RE2: linear time, which -timeout enforces).
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "iipcase/authoring.h"
#include "iipcase/check.h"
#include "iipcase/report.h"
#include "shown_text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace iipcase;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  Rules rules;
  try {
    rules = load_rules(text, "fuzz-rules.yaml");
  } catch (const RulesError&) {
    return 0;
  }
  static const std::string long_values = [] {
    std::string zeros(20000, '0'), letters(20000, 'a');
    return "schema: iip-case/2021\ntitle: " + zeros + "\napplicant:\n  contact:\n    email: " + letters +
           "@" + letters + "\n    phone: " + zeros + "x\n";
  }();
  std::vector<FileResult> files;
  files.push_back(check_bytes("template.yaml", case_template(rules), rules));
  files.push_back(check_bytes("long.yaml", long_values, rules));
  check_batch(files, rules);
  std::ostringstream out;
  write_text(out, files, rules, ReportOptions{});
  fuzz::require_shown_safely(out.str());
  return 0;
}
