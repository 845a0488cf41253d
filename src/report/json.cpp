// The JSON report (cli.md): one object, stable keys, files in the order checked.
#include <nlohmann/json.hpp>

#include "iipcase/report.h"

namespace iipcase {
namespace {

using Json = nlohmann::ordered_json;

Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json case_of(const CaseFacts& facts) {
  return Json{{"title", or_null(facts.title)},
              {"mode", or_null(facts.mode)},
              {"applicant", or_null(facts.applicant)},
              {"applicant_type", or_null(facts.applicant_type)},
              {"recommender", or_null(facts.recommender)}};
}

Json diagnostic_of(const Diagnostic& d, Lang lang) {
  auto position = [](int n) { return n > 0 ? Json(n) : Json(nullptr); };
  return Json{{"code", d.code},
              {"severity", severity_name(d.severity)},
              {"path", or_null(d.path)},
              {"line", position(d.position.line)},
              {"column", position(d.position.column)},
              {"message", d.message.in(lang)},
              {"hint", or_null(d.hint.in(lang))}};
}

}  // namespace

void write_json(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                const ReportOptions& options) {
  Json report{{"tool", {{"name", "iipcase"}, {"version", k_version}}}, {"rules", rules.id}};
  Json& list = report["files"] = Json::array();
  for (const FileResult& file : files) {
    Json diagnostics = Json::array();
    for (const Diagnostic& d : file.diagnostics) diagnostics.push_back(diagnostic_of(d, options.lang));
    list.push_back(Json{{"path", file.path},
                        {"valid", file.valid(options.strict)},
                        {"case", case_of(file.facts)},
                        {"diagnostics", std::move(diagnostics)}});
  }
  Totals t = totals_of(files, options.strict);
  report["summary"] = Json{{"files", t.files}, {"valid", t.valid}, {"invalid", t.invalid},
                           {"errors", t.errors}, {"warnings", t.warnings}};
  // Invalid UTF-8 never reaches a report (file.encoding stops the file), but be safe anyway.
  out << report.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace iipcase
