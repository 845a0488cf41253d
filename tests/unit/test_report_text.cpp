// The text report: caret under wide characters, tabs kept, headers, summary line.
#include <sstream>

#include <catch2/catch.hpp>

#include "iipcase/check.h"
#include "iipcase/report.h"

using namespace iipcase;

namespace {

std::string text_of(const std::vector<FileResult>& files, Lang lang) {
  std::ostringstream out;
  ReportOptions options;
  options.lang = lang;
  write_text(out, files, embedded_rules(), options);
  return out.str();
}

FileResult one_finding(std::string source_line, int column, int length) {
  FileResult file;
  file.path = "a.yaml";
  Diagnostic d;
  d.code = "mode.unknown";
  d.position = {3, column};
  d.length = length;
  d.message = {"消息", "message"};
  d.hint = {"提示内容", "a hint"};
  d.source_line = std::move(source_line);
  file.diagnostics.push_back(d);
  return file;
}

}  // namespace

TEST_CASE("the caret lines up under wide characters") {
  std::string out = text_of({one_finding("区域: 浙江宁波 x", 5, 4)}, Lang::en);
  CHECK(out.find("a.yaml:3:5: error[mode.unknown]: message\n"
                 "   3 | 区域: 浙江宁波 x\n"
                 "     |       ^^^^^^^^\n"
                 "     = hint: a hint\n") != std::string::npos);
}

TEST_CASE("controls before the column are shown escaped, and the caret follows the escapes") {
  std::string out = text_of({one_finding("\tk: \x1b[2Jv", 8, 1)}, Lang::en);
  CHECK(out.find("   3 | \\tk: \\x1b[2Jv\n     |            ^\n") != std::string::npos);  // under the J
  CHECK(out.find('\x1b') == std::string::npos);
}

TEST_CASE("the summary line in both languages") {
  FileResult valid;
  valid.path = "b.yaml";
  std::vector<FileResult> files = {one_finding("x", 1, 1), valid};
  CHECK(text_of(files, Lang::en).find("2 files checked: 1 valid, 1 invalid; 1 error, 0 warnings\n") !=
        std::string::npos);
  CHECK(text_of(files, Lang::zh).find("共检查 2 个文件：1 个通过，1 个未通过；1 个错误，0 个警告\n") !=
        std::string::npos);
  CHECK(text_of(files, Lang::zh).find("  ✓ 通过\n") != std::string::npos);
}

TEST_CASE("quiet leaves out files without findings") {
  FileResult valid;
  valid.path = "b.yaml";
  std::ostringstream out;
  ReportOptions options;
  options.quiet = true;
  write_text(out, {one_finding("x", 1, 1), valid}, embedded_rules(), options);
  CHECK(out.str().find("b.yaml") == std::string::npos);
  CHECK(out.str().find("a.yaml") != std::string::npos);
}
