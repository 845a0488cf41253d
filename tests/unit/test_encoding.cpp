// Tests of sniff_bytes: size limit, UTF-16/32 with and without marks, NUL, bad UTF-8, GBK.
#include <catch2/catch.hpp>

#include <string>

#include "source/source_text.h"

using iipcase::Diagnostic;
using iipcase::sniff_bytes;
using namespace std::string_literals;

namespace {

constexpr std::size_t k_limit = 1 << 20;

std::optional<Diagnostic> sniff(const std::string& bytes, std::size_t limit = k_limit) {
  return sniff_bytes(bytes, limit, "case.yaml");
}

bool mentions(const Diagnostic& d, const std::string& what) {
  return d.message.en.find(what) != std::string::npos || d.hint.en.find(what) != std::string::npos;
}

// "title: x" in UTF-16LE without a byte-order mark.
std::string utf16le(const std::string& ascii) {
  std::string out;
  for (char c : ascii) out += std::string{c, '\0'};
  return out;
}

}  // namespace

TEST_CASE("UTF-8 text passes, with or without a byte-order mark", "[encoding]") {
  CHECK_FALSE(sniff(""));
  CHECK_FALSE(sniff("title: x\n"));
  CHECK_FALSE(sniff("title: 工业互联网平台\r\n# 注释 😀\n"));
  CHECK_FALSE(sniff("\xEF\xBB\xBFtitle: 中文\n"));
  CHECK_FALSE(sniff("\xF4\x8F\xBF\xBF"));  // U+10FFFF, the last code point
}

TEST_CASE("a file over the limit is file.too-large", "[encoding]") {
  std::string bytes(101, 'a');
  CHECK_FALSE(sniff(bytes, 101));
  auto d = sniff(bytes, 100);
  REQUIRE(d);
  CHECK(d->code == "file.too-large");
  CHECK(mentions(*d, "101"));
  CHECK(mentions(*d, "100"));
  CHECK_FALSE(d->position.known());
}

TEST_CASE("byte-order marks of UTF-16 and UTF-32 name the encoding", "[encoding]") {
  struct Case {
    std::string bytes;
    const char* encoding;
  };
  // UTF-32LE's mark starts with UTF-16LE's: it must win.
  for (const Case& c : {Case{"\xFF\xFE\0\0t\0\0\0"s, "UTF-32LE"}, Case{"\0\0\xFE\xFF\0\0\0t"s, "UTF-32BE"},
                        Case{"\xFF\xFEt\0i\0"s, "UTF-16LE"}, Case{"\xFE\xFF\0t\0i"s, "UTF-16BE"}}) {
    auto d = sniff(c.bytes);
    REQUIRE(d);
    CHECK(d->code == "file.encoding");
    CHECK(mentions(*d, c.encoding));
    CHECK(mentions(*d, "iconv"));
    CHECK(mentions(*d, "case.yaml"));
  }
}

TEST_CASE("UTF-16 and UTF-32 without a mark are told by their NUL bytes", "[encoding]") {
  auto d = sniff(utf16le("title: x\n"));
  REQUIRE(d);
  CHECK(d->code == "file.encoding");
  CHECK(mentions(*d, "UTF-16LE"));

  std::string be = "\0t\0i\0t\0l\0e"s;
  d = sniff(be);
  REQUIRE(d);
  CHECK(mentions(*d, "UTF-16BE"));

  d = sniff("t\0\0\0i\0\0\0"s);
  REQUIRE(d);
  CHECK(mentions(*d, "UTF-32LE"));
  d = sniff("\0\0\0t\0\0\0i"s);
  REQUIRE(d);
  CHECK(mentions(*d, "UTF-32BE"));
}

TEST_CASE("a NUL byte is file.binary, at its line and column", "[encoding]") {
  auto d = sniff("a: 1\nb: 中\0x\n"s);
  REQUIRE(d);
  CHECK(d->code == "file.binary");
  CHECK(d->position.line == 2);
  CHECK(d->position.column == 5);

  // Starts like UTF-16LE, but NULs fall on both sides: binary, not text.
  d = sniff("A\0\0\x01\x02\0\0\0"s);
  REQUIRE(d);
  CHECK(d->code == "file.binary");

  // One NUL after the first byte of a text is no UTF-16.
  d = sniff("a\0: value of some length\n"s);
  REQUIRE(d);
  CHECK(d->code == "file.binary");
  CHECK(d->position.column == 2);

  // A NUL wins over bad UTF-8 before it (a PNG header has both).
  d = sniff("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s);
  REQUIRE(d);
  CHECK(d->code == "file.binary");
}

TEST_CASE("bad UTF-8 is file.encoding at the first bad byte", "[encoding]") {
  struct Case {
    std::string bytes;
    int line, column;
    const char* byte;
  };
  for (const Case& c : {
           Case{"a: \x80\n", 1, 4, "0x80"},                // a lone continuation byte
           Case{"a: x\nb: \xC0\xAF\xFF\n", 2, 4, "0xC0"},  // overlong "/"
           Case{"\xE0\x80\x80", 1, 1, "0xE0"},             // overlong 3-byte NUL
           Case{"中文\xED\xA0\x80", 1, 3, "0xED"},         // a UTF-16 surrogate
           Case{"x\xF4\x90\x80\x80", 1, 2, "0xF4"},        // above U+10FFFF
           Case{"\xF5\x80\x80\x80", 1, 1, "0xF5"},
           Case{"title: 工业\r\nname: 中\xE6\x96", 2, 8, "0xE6"},  // cut off at the end
           Case{"\xEF\xBB\xBF"
                "ab\xFFz",
                1, 3, "0xFF"},              // the UTF-8 mark takes no column
           Case{"a\rb\xC3", 2, 2, "0xC3"},  // a lone CR ends a line
       }) {
    CAPTURE(c.bytes);
    auto d = sniff(c.bytes);
    REQUIRE(d);
    CHECK(d->code == "file.encoding");
    CHECK(d->position.line == c.line);
    CHECK(d->position.column == c.column);
    CHECK(mentions(*d, c.byte));
  }
}

TEST_CASE("Latin-1 is not taken for GBK", "[encoding]") {
  auto d = sniff("name: caf\xE9 bar\n");
  REQUIRE(d);
  CHECK(d->code == "file.encoding");
  CHECK(mentions(*d, "0xE9"));
  CHECK_FALSE(mentions(*d, "GB18030"));
}

TEST_CASE("GBK / GB18030 bytes are named, with the iconv command", "[encoding]") {
  // "title: 中文案例\nregion: 浙江省" in GBK, and a 4-byte GB18030 sequence.
  std::string gbk = "title: \xD6\xD0\xCE\xC4\xB0\xB8\xC0\xFD\nregion: \xD5\xE3\xBD\xAD\xCA\xA1\n";
  auto d = sniff(gbk);
  REQUIRE(d);
  CHECK(d->code == "file.encoding");
  CHECK(d->position.line == 1);
  CHECK(d->position.column == 8);
  CHECK(mentions(*d, "iconv -f GB18030 -t UTF-8 case.yaml > case.yaml.utf8.yaml"));

  d = sniff("a: \x81\x30\x81\x30\n");
  REQUIRE(d);
  CHECK(mentions(*d, "GB18030"));
}

TEST_CASE("the file name in the iconv hint is quoted for the shell", "[encoding]") {
  auto d = sniff_bytes("a: \xD6\xD0\n", k_limit, "my case's.yaml");
  REQUIRE(d);
  CHECK(mentions(*d, "'my case'\\''s.yaml'"));
  d = sniff_bytes("a: \xD6\xD0\n", k_limit, "浙江/案例-1.yaml");
  REQUIRE(d);
  CHECK(mentions(*d, "浙江/案例-1.yaml > 浙江/案例-1.yaml.utf8.yaml"));
}
