// A small set of checked files for the report writers' unit tests: clean, invalid, file-level,
// warnings only, with characters each format has to escape.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "iipcase/check.h"
#include "iipcase/report.h"

namespace iipcase::test {

inline Diagnostic finding(std::string code, Severity severity, Position position, int length, Text message,
                          Text hint = {}) {
  Diagnostic d;
  d.code = std::move(code);
  d.severity = severity;
  d.position = position;
  d.length = length;
  d.message = std::move(message);
  d.hint = std::move(hint);
  return d;
}

inline std::vector<FileResult> report_fixture() {
  std::vector<FileResult> files(4);
  files[0].path = "cases/a.yaml";
  files[0].facts.title = "注塑车间智能化改造";
  files[0].facts.applicant = "杭州某某塑业有限公司";
  files[0].facts.recommender = "浙江省经济和信息化厅";

  files[1].path = "./cases/b 1.yaml";
  files[1].facts.title = "A|B *案例*";
  files[1].diagnostics.push_back(
      finding("mode.unknown", Severity::error, {3, 7}, 4,
              {"“智能制造”不是六种应用模式之一", "\"智能制造\" is not one of the six application modes"},
              {"是否应为 智能化制造？", "did you mean 智能化制造?"}));
  files[1].diagnostics.push_back(
      finding("field.too-short", Severity::warning, {5, 1}, 0, {"太短", "too short: 100%, really"}));

  files[2].path = "cases/c.yaml";
  files[2].diagnostics.push_back(finding("file.binary", Severity::error, {}, 0,
                                         {"含 NUL 字节", "a <NUL> & \"more\"\r\nsecond: line\x01"}));

  files[3].path = "cases/警告.yaml";
  files[3].diagnostics.push_back(finding("content.unsupported-claim", Severity::warning, {12, 40}, 4,
                                         {"“国际领先”是绝对化表述", "\"国际领先\" is an absolute claim"},
                                         {"删去该表述", "remove it"}));
  return files;
}

using Writer = void (*)(std::ostream&, const std::vector<FileResult>&, const Rules&, const ReportOptions&);

inline std::string written(Writer write, Lang lang = Lang::en, bool strict = false,
                           const std::vector<FileResult>& files = report_fixture()) {
  ReportOptions options;
  options.lang = lang;
  options.strict = strict;
  std::ostringstream out;
  write(out, files, embedded_rules(), options);
  return out.str();
}

}  // namespace iipcase::test
