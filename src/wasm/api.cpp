// The C API of src/wasm/api.h: parses the page's JSON request, calls the library, returns JSON.
#include "wasm/api.h"

#include <exception>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "iipcase/authoring.h"
#include "iipcase/check.h"
#include "iipcase/report.h"

namespace {

using Json = nlohmann::ordered_json;
using namespace iipcase;

// The answer of the last call: the page reads it before it calls again (one thread).
std::string g_answer;

const char* answer(std::string text) {
  g_answer = std::move(text);
  return g_answer.c_str();
}

const char* answer(const Json& json) { return answer(json.dump(-1, ' ', false, Json::error_handler_t::replace)); }

// Runs a request; whatever it throws becomes {"error": ...}, never an exception into JavaScript.
template <typename Serve>
const char* serve(Serve serve_request) {
  try {
    return serve_request();
  } catch (const std::exception& e) {
    return answer(Json{{"error", e.what()}});
  } catch (...) {
    return answer(Json{{"error", "unknown failure"}});
  }
}

Json parse_request(const char* request) {
  Json json = Json::parse(request ? request : "{}");
  if (!json.is_object()) throw std::runtime_error("the request is not a JSON object");
  return json;
}

Lang lang_of(const Json& request) { return request.value("lang", "en") == "zh" ? Lang::zh : Lang::en; }

ReportOptions report_options(const Json& request) {
  ReportOptions options;
  options.lang = lang_of(request);
  options.strict = request.value("strict", false);
  return options;
}

// The files of a request, each checked alone as `iipcase check` does, one after the other.
std::vector<FileResult> check_files(const Json& request, const unsigned char* bytes, std::size_t length) {
  CheckOptions options;
  options.max_size = request.value("max_size", k_default_max_size);
  std::vector<FileResult> results;
  std::size_t offset = 0;
  for (const Json& file : request.at("files")) {
    std::string path = file.at("path").get<std::string>();
    std::size_t size = file.at("size").get<std::size_t>();
    if (size > options.max_size) {
      results.push_back(too_large(std::move(path), size, options));
      continue;
    }
    if (size > length - offset) throw std::runtime_error("the request names more bytes than it sends");
    const char* first = reinterpret_cast<const char*>(bytes) + offset;
    results.push_back(check_bytes(std::move(path), std::string_view(first, size), embedded_rules(), options));
    offset += size;
  }
  return results;
}

// "csv", "json" or "markdown" (anything else: csv), as `iipcase summary --format`.
SummaryFormat summary_format(std::string& name) {
  if (name == "json") return SummaryFormat::json;
  if (name == "markdown") return SummaryFormat::markdown;
  name = "csv";
  return SummaryFormat::csv;
}

// The summary table of results that the checks across files have already seen.
std::string summary_text(const std::vector<FileResult>& results, std::string& format, const Json& request) {
  std::ostringstream out;
  write_summary(out, results, embedded_rules(), summary_format(format), report_options(request));
  return out.str();
}

Json mode_list() {
  Json modes = Json::array();
  for (const Mode& mode : embedded_rules().modes) modes.push_back({{"id", mode.id}, {"zh", mode.zh}, {"en", mode.en}});
  return modes;
}

}  // namespace

extern "C" {

const char* iipcase_check_batch(const char* request, const unsigned char* bytes, size_t length) {
  return serve([&] {
    Json r = parse_request(request);
    std::vector<FileResult> results = check_files(r, bytes, length);
    const bool batch = r.value("batch", true);
    std::string format = r.value("summary", "");
    std::string summary;
    if (!format.empty() && !batch) {
      // The table's verdicts count the checks across files, whatever the report shows.
      std::vector<FileResult> with_batch = results;
      check_batch(with_batch, embedded_rules());
      summary = summary_text(with_batch, format, r);
    }
    if (batch) check_batch(results, embedded_rules());
    if (!format.empty() && batch) summary = summary_text(results, format, r);
    std::ostringstream out;
    write_json(out, results, embedded_rules(), report_options(r));
    if (format.empty()) return answer(out.str());
    // Both from one check: the report as it is, and the table.
    std::string report = out.str();
    report.pop_back();  // its closing newline
    return answer("{\"report\": " + report + ", \"summary\": " +
                  Json{{"format", format}, {"text", summary}}.dump(-1, ' ', false, Json::error_handler_t::replace) + "}");
  });
}

const char* iipcase_check_file(const char* request, const unsigned char* bytes, size_t length) {
  return serve([&] {
    Json r = parse_request(request);
    r["batch"] = false;
    r["files"] = Json::array({{{"path", r.value("path", "-")}, {"size", length}}});
    std::vector<FileResult> results = check_files(r, bytes, length);
    std::ostringstream out;
    write_json(out, results, embedded_rules(), report_options(r));
    return answer(out.str());
  });
}

const char* iipcase_summary(const char* request, const unsigned char* bytes, size_t length) {
  return serve([&] {
    Json r = parse_request(request);
    std::string format = r.value("format", "csv");
    std::vector<FileResult> results = check_files(r, bytes, length);
    // As `iipcase summary`: the verdicts count the checks across files too.
    check_batch(results, embedded_rules());
    std::string text = summary_text(results, format, r);
    return answer(Json{{"format", format}, {"text", text}});
  });
}

const char* iipcase_explain(const char* request) {
  return serve([&] {
    Json r = parse_request(request);
    Lang lang = lang_of(r);
    std::string code = r.value("code", "");
    if (code.empty()) {
      Json codes = Json::array();
      for (const Explanation& e : explanations())
        codes.push_back({{"code", e.code}, {"severity", severity_name(e.severity)}, {"summary", e.summary.in(lang)}});
      return answer(Json{{"codes", std::move(codes)}});
    }
    const Explanation* e = find_explanation(code);
    if (!e) return answer(Json{{"error", "no code \"" + code + "\""}, {"nearest", nearest_codes(code)}});
    return answer(Json{{"code", e->code},
                       {"severity", severity_name(e->severity)},
                       {"summary", e->summary.in(lang)},
                       {"text", explanation_text(*e, lang)}});
  });
}

const char* iipcase_init(const char* request) {
  return serve([&] {
    Json r = parse_request(request);
    std::string name = r.value("mode", "");
    const Mode* mode = name.empty() ? nullptr : find_named(embedded_rules().modes, name);
    if (!name.empty() && !mode) return answer(Json{{"error", "\"" + name + "\" is not one of the application modes"}, {"modes", mode_list()}});
    return answer(Json{{"mode", mode ? Json(mode->id) : Json(nullptr)},
                       {"text", case_template(embedded_rules(), mode)},
                       {"modes", mode_list()}});
  });
}

const char* iipcase_about(void) {
  return serve([] {
    return answer(Json{{"name", "iipcase"},
                       {"version", k_version},
                       {"rules", embedded_rules().id},
                       {"max_size", k_default_max_size}});
  });
}

}  // extern "C"
