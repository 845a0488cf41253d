// Unit tests of the GitHub Actions annotations report.
#include <re2/re2.h>
#include <sstream>

#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace iipcase;
using namespace iipcase::test;

TEST_CASE("github: one workflow command per finding, escaped as GitHub documents", "[report][github]") {
  CHECK(written(write_github) ==
        "::error file=cases/b 1.yaml,line=3,col=7,title=mode.unknown::\"智能制造\" is not one of the six "
        "application modes%0Ahint: did you mean 智能化制造?\n"
        "::warning file=cases/b 1.yaml,line=5,col=1,title=field.too-short::too short: 100%25, really\n"
        "::error file=cases/c.yaml,title=file.binary::a <NUL> & \"more\"\\r\\nsecond: line\\x01\n"
        "::warning file=cases/警告.yaml,line=12,col=40,title=content.unsupported-claim::\"国际领先\" is an "
        "absolute "
        "claim%0Ahint: remove it\n");
}

TEST_CASE("github: property values escape : and , too", "[report][github]") {
  std::vector<FileResult> files(1);
  files[0].path = "cases/a,b:c%.yaml";
  files[0].diagnostics.push_back(finding("yaml.syntax", Severity::error, {1, 2}, 0, {"坏", "bad: a, b"}));
  CHECK(written(write_github, Lang::en, false, files) ==
        "::error file=cases/a%2Cb%3Ac%25.yaml,line=1,col=2,title=yaml.syntax::bad: a, b\n");
}

TEST_CASE("github: Chinese messages with the Chinese hint", "[report][github]") {
  std::string out = written(write_github, Lang::zh);
  CHECK(out.find("title=mode.unknown::“智能制造”不是六种应用模式之一%0A提示：是否应为 智能化制造？\n") !=
        std::string::npos);
}

TEST_CASE("github: every line is a well-formed command; no finding, no line", "[report][github]") {
  RE2 command(
      R"(::(error|warning) file=[^,:\r\n]+(,line=[1-9][0-9]*(,col=[1-9][0-9]*)?)?,title=[^,:\r\n]+::[^\r\n]*)");
  std::istringstream lines(written(write_github, Lang::zh));
  int n = 0;
  for (std::string line; std::getline(lines, line); ++n) CHECK(RE2::FullMatch(line, command));
  CHECK(n == 4);
  std::vector<FileResult> clean(2);
  CHECK(written(write_github, Lang::en, false, clean).empty());
}
