// libFuzzer target: any bytes through the check of one file, a two-file batch and every report.
// The second file is named by the input's first line, so file names are fuzzed too. Beyond the
// sanitizers' findings, it traps when a result or a report breaks what the reports promise.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "iipcase/check.h"
#include "iipcase/report.h"
#include "shown_text.h"

namespace {

bool is_spec_code(std::string_view code) {
  for (std::string_view known : iipcase::all_codes())
    if (known == code) return true;
  return false;
}

// What every result must hold: a spec code, a position only where a line exists, a message.
void check_invariants(const iipcase::FileResult& result) {
  for (const iipcase::Diagnostic& d : result.diagnostics) {
    if (!is_spec_code(d.code) || d.message.zh.empty() || d.message.en.empty()) std::abort();
    if (d.position.line < 0 || d.position.column < 0 || (d.position.line == 0) != (d.position.column == 0))
      std::abort();
  }
}

template <typename Write>
std::string written(Write write, const std::vector<iipcase::FileResult>& files, const iipcase::Rules& rules,
                    const iipcase::ReportOptions& options) {
  std::ostringstream out;
  write(out, files, rules, options);
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace iipcase;
  const Rules& rules = embedded_rules();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckOptions options;
  options.max_size = 1 << 20;  // the limit itself is tested elsewhere; keep each run short

  std::vector<FileResult> files;
  files.push_back(check_bytes("fuzz.yaml", bytes, rules, options));
  check_invariants(files.front());
  // A second file with the same case: the batch checks then find duplicates, quotas and ranks.
  // Its name is the input's first line: any bytes, as a file name from someone else may hold.
  files.push_back(files.front());
  files.back().path = std::string(bytes.substr(0, std::min<std::size_t>(bytes.find('\n'), 255)));
  check_batch(files, rules);
  for (const FileResult& file : files) check_invariants(file);

  {  // one language per input (the reports differ only in their words): half the time
    Lang lang = size % 2 ? Lang::zh : Lang::en;
    ReportOptions plain{lang, false, false, lang == Lang::zh};
    fuzz::require_shown_safely(written(write_text, files, rules, plain));
    fuzz::require_shown_safely(written(write_github, files, rules, plain), true);
    fuzz::require_shown_safely(written(write_markdown, files, rules, plain));
    std::ostringstream summary;
    write_summary(summary, files, rules, SummaryFormat::markdown, plain);
    fuzz::require_shown_safely(summary.str());
    // The JSON and SARIF reports must be JSON (valid UTF-8 included), whatever the input held.
    if (!nlohmann::json::accept(written(write_json, files, rules, plain))) std::abort();
    // SARIF is one big tree (ordered_json): under the sanitizers it alone took seconds for the
    // 3,000 findings of a kept regression. Its shape does not depend on their number.
    if (files.front().diagnostics.size() <= 300 && !nlohmann::json::accept(written(write_sarif, files, rules, plain)))
      std::abort();
  }
  return 0;
}
