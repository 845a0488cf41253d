// The SARIF 2.1.0 report: one run, a rule per diagnostic code, a result per finding in check order.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "codes/rule_texts.h"
#include "iipcase/report.h"
#include "report/artifact_path.h"

namespace iipcase {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* k_schema = "https://json.schemastore.org/sarif-2.1.0.json";
// Paths are relative to where the run was started: in CI, the checked-out repository.
constexpr const char* k_source_root = "%SRCROOT%";

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
    name += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
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
  if (hint.empty()) return d.message.in(lang);
  return d.message.in(lang) + (lang == Lang::zh ? "\n提示：" : "\nhint: ") + hint;
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

Json result_of(const FileResult& file, const Diagnostic& d, Lang lang) {
  Json result{{"ruleId", d.code}};
  // The rules are the registry's codes in its order, so a code's place there is its rule's index.
  if (const CodeInfo* code = find_code(d.code)) result["ruleIndex"] = code - code_registry().data();
  result["level"] = level_of(d.severity);
  result["message"] = Json{{"text", message_of(d, lang)}};
  result["locations"] = Json::array({location_of(file, d)});
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
  for (const FileResult& file : files)
    for (const Diagnostic& d : file.diagnostics) results.push_back(result_of(file, d, options.lang));
  Json run{{"tool", {{"driver", std::move(driver)}}},
           {"invocations", Json::array({{{"executionSuccessful", true}}})},
           {"columnKind", "unicodeCodePoints"},
           {"results", std::move(results)}};
  Json log{{"$schema", k_schema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace iipcase
