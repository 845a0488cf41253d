// The normaliser of values (revision 2) and the text made safe for messages.
#include <string>

#include <catch2/catch.hpp>

#include "checks/normalize.h"
#include "iipcase/rules.h"
#include "messages.h"
#include "source/printable.h"

using namespace iipcase;

namespace {

// True when s is well-formed UTF-8 (RFC 3629: no overlongs, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (decode_utf8(s, i) < 0) return false;
  return true;
}

bool has_control(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  return false;
}

const Lookalikes& lookalikes() { return embedded_rules().lookalikes; }

}  // namespace

TEST_CASE("white space at either end is trimmed, U+3000 and no-break spaces included") {
  CHECK(trim_white_space("  13800138000\t") == "13800138000");
  CHECK(trim_white_space("\u300013800138000\u3000") == "13800138000");
  CHECK(trim_white_space("\u00a0浙江省\u2003 ") == "浙江省");
  CHECK(trim_white_space("浙江\u3000省") == "浙江\u3000省");  // inside: kept
  CHECK(trim_white_space("\u3000 \u3000").empty());
  CHECK(trim_white_space("").empty());
  CHECK(trim_white_space("\xE3\x80") == "\xE3\x80");  // a cut-off sequence is no white space
}

TEST_CASE("full-width forms are read half-width and each is noted with its position") {
  NormalizedValue v = normalize_value("１３８０\u30000138 8000\u3000", lookalikes(), true);
  CHECK(v.text == "1380 0138 8000");
  REQUIRE(v.odd.size() == 5);
  CHECK(v.odd[0].kind == OddKind::full_width);
  CHECK(v.odd[0].position == 1);
  CHECK(v.odd[0].written == "１");
  CHECK(v.odd[0].replacement == "1");
  CHECK(v.odd[4].position == 5);  // the ideographic space inside; the trailing one is trimmed silently
  CHECK(v.odd[4].replacement == " ");

  v = normalize_value("wang＠hengyuan．com", lookalikes(), true);
  CHECK(v.text == "wang@hengyuan.com");
  CHECK(v.odd.size() == 2);
  CHECK(v.odd[0].position == 5);
  CHECK(v.odd[0].offset == 4);  // bytes into the value

  CHECK(normalize_value("（0571）８８８８６６６６", lookalikes(), true).text == "(0571)88886666");
  CHECK(normalize_value("Ｃ３８", lookalikes(), true).text == "C38");
}

TEST_CASE("look-alikes from the rules data are read as the ASCII they stand for") {
  NormalizedValue v = normalize_value("wang@163。com", lookalikes(), true);
  CHECK(v.text == "wang@163.com");
  REQUIRE(v.odd.size() == 1);
  CHECK(v.odd[0].kind == OddKind::lookalike);
  CHECK(normalize_value("0571—88886666", lookalikes(), true).text == "0571-88886666");
  // A no-break space inside is a space, silently.
  CHECK(normalize_value("138\t0013 8000", lookalikes(), true).text == "138 0013 8000");
  v = normalize_value("138\u00a00013\u00a08000", lookalikes(), true);
  CHECK(v.text == "138 0013 8000");
  CHECK(v.odd.empty());
}

TEST_CASE("zero-width characters are left out and noted, also in free text, which is otherwise kept") {
  NormalizedValue v = normalize_value("电机\u200b定子\ufeff", lookalikes(), false);
  CHECK(v.text == "电机定子");
  REQUIRE(v.odd.size() == 2);
  CHECK(v.odd[0].kind == OddKind::zero_width);
  CHECK(v.odd[0].position == 3);
  CHECK(v.odd[1].position == 6);
  // Without fold, full-width letters in a title are the applicant's typography.
  v = normalize_value("５Ｇ＋工业互联网", lookalikes(), false);
  CHECK(v.text == "５Ｇ＋工业互联网");
  CHECK(v.odd.empty());
}

TEST_CASE("characters are described as characters, invisible ones by code point") {
  CHECK(describe_character("０").zh == "“０”");
  CHECK(describe_character("０").en == "\"０\"");
  CHECK(describe_character("\u200b").en == "the invisible zero-width character U+200B");
  CHECK(describe_character("\u3000").zh == "全角空格（U+3000）");
  CHECK(describe_character("\x01").en == "the control character U+0001");
  CHECK(describe_character("\xff").en == "an invalid byte");
  CHECK(valid_utf8(describe_character("\xE3").zh));
}

TEST_CASE("decode_utf8: well-formed sequences only, one byte at a time otherwise") {
  std::size_t i = 0;
  CHECK(decode_utf8("\xEF\xBC\x90", i) == 0xFF10);  // ０
  CHECK(i == 3);
  for (const char* bad : {"\xff", "\xE0\x80\xAF", "\xED\xA0\x80", "\xEF\xBC"}) {  // overlong, surrogate, cut
    i = 0;
    CHECK(decode_utf8(bad, i) == -1);
    CHECK(i == 1);
  }
  CHECK(code_point_name(0x200B) == "U+200B");
}

TEST_CASE("the message builder makes every message valid UTF-8, whatever its values hold") {
  // The lone first byte of a full-width ０, as the credit-code check once passed it.
  for (const char* value : {"\xEF", "9133010\xEF\xBC", "\x01\x1b[2J", "\xC0\xAF", "ok"}) {
    Diagnostic d = diagnose("credit-code.format.chars", std::string("applicant.credit_code") + value, {1, 1}, 1,
                            {{"value", value}, {"position", 8LL}, {"char", value}});
    INFO(value);
    for (const std::string* text : {&d.message.zh, &d.message.en, &d.hint.zh, &d.hint.en, &d.path}) {
      CHECK(valid_utf8(*text));
      CHECK_FALSE(has_control(*text));
    }
  }
}
