// Unit tests of the JUnit XML report.
#include <catch2/catch.hpp>

#include "report_fixture.h"

using namespace iipcase;
using namespace iipcase::test;

TEST_CASE("junit: a testcase per file, a failure per invalid file", "[report][junit]") {
  CHECK(written(write_junit) ==
        R"x(<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="iipcase" tests="4" failures="2" errors="0">
  <testsuite name="iipcase check (iip-case/2021)" tests="4" failures="2" errors="0" skipped="0">
    <testcase classname="iipcase" name="cases/a.yaml" file="cases/a.yaml"/>
    <testcase classname="iipcase" name="./cases/b 1.yaml" file="./cases/b 1.yaml">
      <failure type="mode.unknown" message="1 error, 1 warning">./cases/b 1.yaml:3:7: error[mode.unknown]: "智能制造" is not one of the six application modes
  hint: did you mean 智能化制造?
./cases/b 1.yaml:5:1: warning[field.too-short]: too short: 100%, really
</failure>
    </testcase>
    <testcase classname="iipcase" name="cases/c.yaml" file="cases/c.yaml">
      <failure type="file.binary" message="1 error, 0 warnings">cases/c.yaml: error[file.binary]: a &lt;NUL&gt; &amp; "more"\r\nsecond: line\x01
</failure>
    </testcase>
    <testcase classname="iipcase" name="cases/警告.yaml" file="cases/警告.yaml">
      <system-out>cases/警告.yaml:12:40: warning[content.unsupported-claim]: "国际领先" is an absolute claim
  hint: remove it
</system-out>
    </testcase>
  </testsuite>
</testsuites>
)x");
}

TEST_CASE("junit: --strict makes a file with warnings fail", "[report][junit]") {
  std::string out = written(write_junit, Lang::zh, true);
  CHECK(out.find(R"(<testsuites name="iipcase" tests="4" failures="3" errors="0">)") != std::string::npos);
  CHECK(out.find(R"(<failure type="content.unsupported-claim" message="0 个错误，1 个警告">)") !=
        std::string::npos);
  CHECK(out.find("  提示：删去该表述\n") != std::string::npos);
}

TEST_CASE("junit: attributes escape quotes and line breaks; bytes that are not UTF-8 become \\xff",
          "[report][junit]") {
  std::vector<FileResult> files(1);
  files[0].path = "a\"b<\n\t\xff\xc0\xaf\xed\xa0\x80\xef\xbf\xbe\x1b\xc2\x85.yaml";
  CHECK(written(write_junit, Lang::en, false, files)
            .find("name=\"a&quot;b&lt;&#10;&#9;"
                  "\\xff\\xc0\\xaf\\xed\\xa0\\x80\\x1b\\u0085.yaml\"") !=
        std::string::npos);
}
