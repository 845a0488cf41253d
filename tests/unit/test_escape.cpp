// Unit tests of the one escaping function for text from files and file names (src/source/escape.h).
#include "source/escape.h"

#include <catch2/catch.hpp>

using namespace iipcase;

TEST_CASE("escape_controls: controls are shown, text is kept", "[escape]") {
  CHECK(escape_controls("浙江省 plain, ASCII ~") == "浙江省 plain, ASCII ~");
  CHECK(escape_controls("a\nb\rc\td") == "a\\nb\\rc\\td");
  CHECK(escape_controls("\x1b]52;c;eA==\x07\x1b[2J") == "\\x1b]52;c;eA==\\x07\\x1b[2J");
  CHECK(escape_controls(std::string("nul\0del\x7f", 8)) == "nul\\x00del\\x7f");
  CHECK(escape_controls("c1 \xc2\x85 csi \xc2\x9b nbsp \xc2\xa0") == "c1 \\u0085 csi \\u009b nbsp \xc2\xa0");
  CHECK(escape_controls("ls \xe2\x80\xa8 rlo \xe2\x80\xae lri \xe2\x81\xa6") ==
        "ls \\u2028 rlo \\u202e lri \\u2066");
  // Bytes that are not UTF-8: stray, overlong, a surrogate, a sequence cut short.
  CHECK(escape_controls("\xff\xc0\xaf\xed\xa0\x80\xe4\xb8") == "\\xff\\xc0\\xaf\\xed\\xa0\\x80\\xe4\\xb8");
  CHECK(escape_controls("\xf0\xa0\x80\x80") == "\xf0\xa0\x80\x80");  // 𠀀, four bytes
}

TEST_CASE("escape_path: no path from outside starts a line with punctuation", "[escape]") {
  CHECK(escape_path("cases/a.yaml") == "cases/a.yaml");
  CHECK(escape_path("./a.yaml") == "./a.yaml");
  CHECK(escape_path("/srv/a.yaml") == "/srv/a.yaml");
  CHECK(escape_path("-") == "-");
  CHECK(escape_path("案例.yaml") == "案例.yaml");
  CHECK(escape_path("::error::x.yaml") == "./::error::x.yaml");
  CHECK(escape_path("##[error]x.yaml") == "./##[error]x.yaml");
  CHECK(escape_path(" ::x.yaml") == "./ ::x.yaml");
  CHECK(escape_path("\n::error::x") == "./\\n::error::x");
}

TEST_CASE("valid_utf8 and escape_json_controls keep what JSON can say", "[escape]") {
  CHECK(valid_utf8("a\x1b\n浙\xff") == "a\x1b\n浙\\xff");  // JSON escapes the controls itself
  CHECK(escape_json_controls("{\"a\": \"x\xc2\x85y\x7f\xe2\x80\xaez\"}") ==
        "{\"a\": \"x\\u0085y\\u007f\\u202ez\"}");
  CHECK(escape_json_controls("{\"a\": \"浙江\"}") == "{\"a\": \"浙江\"}");
}
