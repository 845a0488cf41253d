// Tests of the line index, positions in code points, display widths and character counts.
#include <catch2/catch.hpp>

#include "source/source_text.h"

using iipcase::count_characters;
using iipcase::display_width;
using iipcase::Position;
using iipcase::SourceText;
using iipcase::strip_bom;

namespace {

std::pair<int, int> pos(const SourceText& text, std::size_t offset) {
  Position p = text.position_of(offset);
  return {p.line, p.column};
}

}  // namespace

TEST_CASE("lines end at LF, CRLF and a lone CR", "[source]") {
  SourceText lf("a: 1\nb: 2\n");
  CHECK(lf.line_count() == 3);  // the empty line after the last break
  CHECK(lf.line(1) == "a: 1");
  CHECK(lf.line(2) == "b: 2");
  CHECK(lf.line(3).empty());
  CHECK(lf.line(0).empty());
  CHECK(lf.line(4).empty());

  SourceText crlf("a: 1\r\nb: 2\r\nc");
  CHECK(crlf.line_count() == 3);
  CHECK(crlf.line(1) == "a: 1");
  CHECK(crlf.line(2) == "b: 2");
  CHECK(crlf.line(3) == "c");
  CHECK(pos(crlf, 6) == std::pair{2, 1});

  SourceText cr("a: 1\rb: 2\rc: 3");
  CHECK(cr.line_count() == 3);
  CHECK(cr.line(2) == "b: 2");
  CHECK(pos(cr, 5) == std::pair{2, 1});
  CHECK(pos(cr, 13) == std::pair{3, 4});

  SourceText mixed("a\r\n\rb\n\nc\r");
  CHECK(mixed.line_count() == 6);
  CHECK(mixed.line(3) == "b");
  CHECK(mixed.line(5) == "c");
}

TEST_CASE("an empty text has one empty line", "[source]") {
  SourceText empty("");
  CHECK(empty.line_count() == 1);
  CHECK(empty.line(1).empty());
  CHECK(pos(empty, 0) == std::pair{1, 1});
  CHECK(pos(empty, 99) == std::pair{1, 1});
}

TEST_CASE("columns count code points, not bytes", "[source]") {
  SourceText text("标题: 工业互联网\ntitle: x\n");
  CHECK(pos(text, 0) == std::pair{1, 1});
  CHECK(pos(text, 6) == std::pair{1, 3});   // the colon after two 3-byte characters
  CHECK(pos(text, 8) == std::pair{1, 5});   // 工
  CHECK(pos(text, 11) == std::pair{1, 6});  // 业
  CHECK(pos(text, 24) == std::pair{2, 1});
  CHECK(pos(text, 31) == std::pair{2, 8});
  CHECK(pos(text, 1000) == std::pair{3, 1});  // clamped to the end
}

TEST_CASE("offset_of takes yaml-cpp's 0-based line and byte column", "[source]") {
  SourceText text("ab\r\n中文: x\ny");
  CHECK(text.offset_of(0, 0) == 0);
  CHECK(text.offset_of(1, 0) == 4);
  CHECK(text.offset_of(1, 6) == 10);  // the colon, after 6 bytes
  CHECK(text.position_of(text.offset_of(1, 6)).column == 3);
  CHECK(text.offset_of(2, 0) == 14);
  CHECK(text.offset_of(2, 50) == text.text().size());
  CHECK(text.offset_of(9, 0) == text.text().size());
  CHECK(text.offset_of(-1, 3) == 0);
}

TEST_CASE("a UTF-8 byte-order mark is skipped", "[source]") {
  std::string_view with_bom = "\xEF\xBB\xBFtitle: x";
  CHECK(strip_bom(with_bom) == "title: x");
  CHECK(strip_bom("title") == "title");
  CHECK(strip_bom("\xEF\xBB") == "\xEF\xBB");
  SourceText text(with_bom);
  CHECK(text.text() == "title: x");
  CHECK(pos(text, 0) == std::pair{1, 1});
  CHECK(text.line(1) == "title: x");
}

TEST_CASE("display width: wide CJK, narrow Latin, zero-width marks", "[source]") {
  CHECK(display_width("") == 0);
  CHECK(display_width("title") == 5);
  CHECK(display_width("中文") == 4);
  CHECK(display_width("、。，：（）") == 12);
  CHECK(display_width("〔2021〕") == 8);
  CHECK(display_width("한국어") == 6);
  CHECK(display_width("ＡＢ") == 4);  // fullwidth forms
  CHECK(display_width("😀") == 2);
  CHECK(display_width("e\xCC\x81") == 1);     // e + combining acute accent
  CHECK(display_width("\xE3\x80\x80") == 2);  // ideographic space
  CHECK(display_width("é") == 1);
  CHECK(display_width("\xFF\xFE") == 2);  // invalid bytes: one column each
  CHECK(display_width("\xE4\xB8") == 2);  // a cut-off sequence
}

TEST_CASE("count_characters counts code points; 字数 skips white space", "[source]") {
  CHECK(count_characters("") == 0);
  CHECK(count_characters("abc") == 3);
  CHECK(count_characters("工业互联网") == 5);
  CHECK(count_characters("a b\tc\n") == 6);
  CHECK(count_characters("a b\tc\n", true) == 3);
  CHECK(count_characters("工业\xE3\x80\x80互联网", true) == 5);  // U+3000
  CHECK(count_characters("工业\xE3\x80\x80互联网") == 6);
  CHECK(count_characters("\xC2\xA0x\xE2\x80\x83y\r\n", true) == 2);  // NBSP, em space
  CHECK(count_characters("😀x", true) == 2);
  CHECK(count_characters("   ", true) == 0);
}
