// The SARIF 2.1.0 report: one run, a rule per diagnostic code, a result per finding in check order
// (at most 25,000, GitHub's limit, the rest counted in a notification), each fingerprinted.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "codes/rule_texts.h"
#include "iipcase/report.h"
#include "report/artifact_path.h"
#include "source/ascii.h"
#include "source/escape.h"

#include <cstdint>
#include <map>
#include <tuple>

namespace iipcase {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_schema = "https://json.schemastore.org/sarif-2.1.0.json";
// Paths are relative to where the run was started: in CI, the checked-out repository.
constexpr const char* k_source_root = "%SRCROOT%";
// GitHub code scanning rejects a run with more results than this.
constexpr std::size_t k_max_results = 25000;
// The partialFingerprints key: name/version, as SARIF asks; a new way of hashing needs a new version.
constexpr const char* k_fingerprint_key = "iipcase/v1";

const char* level_of(Severity s) { return s == Severity::error ? "error" : "warning"; }

// "credit-code.checksum" → "CreditCodeChecksum": the rule's name, as SARIF viewers show it.
std::string pascal_case(std::string_view code) {
  std::string name;
  bool upper = true;
  for (char c : code) {
    if (c == '.' || c == '-') {
      upper = true;
      continue;
    }
    name += upper ? ascii_upper(c) : c;
    upper = false;
  }
  return name;
}

// RFC 3986: unreserved characters and '/' as they are, every other byte (UTF-8 too) as %XX.
std::string uri_encoded(std::string_view path) {
  std::string uri;
  for (char c : path) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                c == '.' || c == '_' || c == '~' || c == '/';
    if (keep)
      uri += c;
    else
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
  }
  return uri;
}

Json artifact_location(std::string_view path) {
  path = relative_path(path);
  if (!path.empty() && path.front() == '/') return Json{{"uri", "file://" + uri_encoded(path)}};
  return Json{{"uri", uri_encoded(path)}, {"uriBaseId", k_source_root}};
}

// A rule's texts are its code's explanation's (schemas/explain.yaml, compiled in): the summary,
// what the code means (GitHub code scanning asks for a full description) and how to fix it.
Json rule_of(const CodeInfo& code, const RuleTexts& texts, Lang lang) {
  return Json{{"id", code.code},
              {"name", pascal_case(code.code)},
              {"shortDescription", {{"text", texts.summary(lang)}}},
              {"fullDescription", {{"text", texts.meaning(lang)}}},
              {"help", {{"text", texts.fix(lang)}}},
              {"defaultConfiguration", {{"level", level_of(code.severity)}}}};
}

std::string message_of(const Diagnostic& d, Lang lang) {
  const std::string& hint = d.hint.in(lang);
  if (hint.empty()) return valid_utf8(d.message.in(lang));
  return valid_utf8(d.message.in(lang) + (lang == Lang::zh ? "\n提示：" : "\nhint: ") + hint);
}

// 64-bit FNV-1a: small, the same on every platform and in every build.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ull) {
  for (char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return hash;
}

std::string_view trimmed(std::string_view s) {
  std::size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// What stays the same when a finding stays the same, whatever moves around it: the code, the
// file, the field path and the text of the line it is on (not the line number; not the message,
// which depends on --lang), and which of several such findings it is.
class Fingerprints {
 public:
  std::string next(const FileResult& file, const Diagnostic& d) {
    auto key = std::make_tuple(d.code, relative_path(file.path), d.path, trimmed(d.source_line));
    const std::string occurrence = std::to_string(m_seen[key]++);
    std::uint64_t hash = 0xcbf29ce484222325ull;
    for (std::string_view part :
         {std::string_view(d.code), relative_path(file.path), std::string_view(d.path),
          trimmed(d.source_line), std::string_view(occurrence)})
      hash = fnv1a(std::string_view("\0", 1), fnv1a(part, hash));  // NUL between parts: no run-together
    return fmt::format("{:016x}", hash);
  }

 private:
  std::map<std::tuple<std::string, std::string_view, std::string, std::string_view>, std::size_t> m_seen;
};

// The notification that says how many results were left out, in the report's language.
Json left_out_notification(std::size_t total, Lang lang) {
  std::size_t left_out = total - k_max_results;
  std::string text =
      lang == Lang::zh
          ? fmt::format(
                "共 {} 条结果，SARIF 只写入前 {} 条（GitHub 代码扫描的上限），略去 {} 条；"
                "全部结果请用 --format json 或 text 查看",
                total, k_max_results, left_out)
          : fmt::format(
                "{} results: SARIF holds the first {} (GitHub code scanning's limit), {} left out; "
                "--format json or text shows them all",
                total, k_max_results, left_out);
  return Json{{"level", "warning"},
              {"descriptor", {{"id", "iipcase.results-capped"}}},
              {"message", {{"text", text}}},
              {"properties", {{"results", total}, {"written", k_max_results}, {"leftOut", left_out}}}};
}

// A file-level finding (no line) has a location without a region: the file as a whole.
Json location_of(const FileResult& file, const Diagnostic& d) {
  Json physical{{"artifactLocation", artifact_location(file.path)}};
  if (d.position.known()) {
    Json region{{"startLine", d.position.line}};
    if (d.position.column > 0) {
      region["startColumn"] = d.position.column;
      if (d.length > 0) region["endColumn"] = d.position.column + d.length;
    }
    physical["region"] = std::move(region);
  }
  return Json{{"physicalLocation", std::move(physical)}};
}

Json result_of(const FileResult& file, const Diagnostic& d, Lang lang, std::string fingerprint) {
  Json result{{"ruleId", d.code}};
  // The rules are the registry's codes in its order, so a code's place there is its rule's index.
  if (const CodeInfo* code = find_code(d.code)) result["ruleIndex"] = code - code_registry().data();
  result["level"] = level_of(d.severity);
  result["message"] = Json{{"text", message_of(d, lang)}};
  result["locations"] = Json::array({location_of(file, d)});
  result["partialFingerprints"] = Json{{k_fingerprint_key, std::move(fingerprint)}};
  return result;
}

}  // namespace

void write_sarif(std::ostream& out, const std::vector<FileResult>& files, const Rules&,
                 const ReportOptions& options) {
  Json rules = Json::array();
  for (std::size_t i = 0; i < code_registry().size(); ++i)
    rules.push_back(rule_of(code_registry()[i], rule_texts(i), options.lang));
  Json driver{{"name", "iipcase"},
              {"version", k_version},
              {"semanticVersion", k_version},
              {"language", options.lang == Lang::zh ? "zh-CN" : "en-US"},
              {"rules", std::move(rules)}};
  Json results = Json::array();
  Fingerprints fingerprints;
  std::size_t total = 0;
  for (const FileResult& file : files)
    for (const Diagnostic& d : file.diagnostics)
      if (++total <= k_max_results)
        results.push_back(result_of(file, d, options.lang, fingerprints.next(file, d)));
  Json invocation{{"executionSuccessful", true}};
  if (total > k_max_results)
    invocation["toolExecutionNotifications"] = Json::array({left_out_notification(total, options.lang)});
  Json run{{"tool", {{"driver", std::move(driver)}}},
           {"invocations", Json::array({std::move(invocation)})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  Json log{{"$schema", k_schema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  out << escape_json_controls(log.dump(2, ' ', false, Json::error_handler_t::replace)) << '\n';
}

}  // namespace iipcase
