// The JSON report (cli.md): one object, stable keys, files in the order checked.
#include <nlohmann/json.hpp>

#include "iipcase/report.h"
#include "source/escape.h"

namespace iipcase {
namespace {

using Json = nlohmann::ordered_json;

// Strings from files and file names: JSON escapes controls itself, but needs valid UTF-8 (a file
// name's stray bytes are written as \xff text).
Json string_of(const std::string& s) { return Json(valid_utf8(s)); }
Json or_null(const std::string& s) { return s.empty() ? Json(nullptr) : string_of(s); }

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
              {"message", string_of(d.message.in(lang))},
              {"hint", or_null(d.hint.in(lang))}};
}

}  // namespace

// A value as dump(2) writes it, nested `depth` levels deep. Strings are valid UTF-8 by now
// (string_of); a replacement rather than a throw is the last resort all the same.
std::string nested(const Json& value, int depth) {
  std::string text = escape_json_controls(value.dump(2, ' ', false, Json::error_handler_t::replace));
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  for (char c : text) {  // one pass: replacing in place moved the rest of the text at every line
    out += c;
    if (c == '\n') out.append(static_cast<std::size_t>(2 * depth), ' ');  // a dumped string holds no raw line break
  }
  return out;
}

void write_json(std::ostream& out, const std::vector<FileResult>& files, const Rules& rules,
                const ReportOptions& options) {
  // Written file by file, as report.dump(2) would write the whole: a tree of every file's
  // findings held at once took most of the memory of a 10,000-file run.
  out << "{\n  \"tool\": " << nested(Json{{"name", "iipcase"}, {"version", k_version}}, 1)
      << ",\n  \"rules\": " << Json(rules.id).dump() << ",\n  \"files\": [";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const FileResult& file = files[i];
    Json diagnostics = Json::array();
    for (const Diagnostic& d : file.diagnostics) diagnostics.push_back(diagnostic_of(d, options.lang));
    Json entry{{"path", string_of(file.path)},
               {"valid", file.valid(options.strict)},
               {"case", case_of(file.facts)},
               {"diagnostics", std::move(diagnostics)}};
    out << (i == 0 ? "\n    " : ",\n    ") << nested(entry, 2);
  }
  out << (files.empty() ? "]" : "\n  ]");
  Totals t = totals_of(files, options.strict);
  out << ",\n  \"summary\": "
      << nested(Json{{"files", t.files}, {"valid", t.valid}, {"invalid", t.invalid}, {"errors", t.errors},
                     {"warnings", t.warnings}},
                1)
      << "\n}\n";
}

}  // namespace iipcase
