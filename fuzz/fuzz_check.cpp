// libFuzzer target: any bytes through the check of one file, a two-file batch and both reports.
// Beyond the sanitizers' findings, it traps when a result breaks what the reports promise.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "iipcase/check.h"
#include "iipcase/report.h"

namespace {

// Discards what is written: the text report is exercised, not kept.
class NullBuffer : public std::streambuf {
 protected:
  int overflow(int c) override { return c; }
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

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
  files.push_back(files.front());
  files.back().path = "fuzz-copy.yaml";
  check_batch(files, rules);
  for (const FileResult& file : files) check_invariants(file);

  NullBuffer null_buffer;
  std::ostream null(&null_buffer);
  write_text(null, files, rules, ReportOptions{Lang::zh, true, false, true});
  write_text(null, files, rules, ReportOptions{Lang::en, false, true, false});
  // The JSON report must be JSON, whatever the input held.
  std::ostringstream json;
  write_json(json, files, rules, ReportOptions{Lang::en});
  if (!nlohmann::json::accept(json.str())) std::abort();
  return 0;
}
