// Tests of parse_document: the positioned tree and every yaml.* finding it raises.
#include <catch2/catch.hpp>

#include <string>

#include "yaml/tree.h"

using iipcase::SourceText;
using namespace iipcase::yaml;

namespace {

Document parse(std::string_view text) { return parse_document(SourceText(text)); }

// The only finding of a document that does not parse.
const iipcase::Diagnostic& only_finding(const Document& d) {
  REQUIRE(d.diagnostics.size() == 1);
  return d.diagnostics.front();
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

std::string nested_block(int levels) {
  std::string out;
  for (int i = 0; i < levels; ++i) out += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  return out;
}

}  // namespace

TEST_CASE("a mapping of scalars keeps keys, values and positions", "[yaml]") {
  Document d = parse("title: 工业互联网\nname: \"引号 值\"\nrank: 3\n");
  REQUIRE(d.parsed);
  CHECK(d.diagnostics.empty());
  REQUIRE(d.root.kind == NodeKind::mapping);
  REQUIRE(d.root.children.size() == 3);
  const Node& title = d.root.children[0];
  CHECK(title.key == "title");
  CHECK(title.value == "工业互联网");
  CHECK(title.plain);
  CHECK(title.key_position.line == 1);
  CHECK(title.key_position.column == 1);
  CHECK(title.position.column == 8);
  const Node* name = d.root.get("name");
  REQUIRE(name);
  CHECK(name->value == "引号 值");
  CHECK_FALSE(name->plain);  // quoted: no YAML 1.1 guessing
  CHECK(name->position.line == 2);
  CHECK(name->position.column == 7);  // the opening quote
  CHECK(d.root.get("rank")->value == "3");
  CHECK(d.root.get("missing") == nullptr);
  CHECK(title.get("x") == nullptr);  // not a mapping
}

TEST_CASE("columns after CJK keys and values are code points", "[yaml]") {
  Document d = parse("标题: 值\n名称: [甲, 乙丙, 丁]\n");
  REQUIRE(d.parsed);
  const Node* list = d.root.get("名称");
  REQUIRE(list);
  CHECK(list->key_position.column == 1);
  CHECK(list->position.column == 5);
  REQUIRE(list->children.size() == 3);
  CHECK(list->children[1].position.column == 9);
  CHECK(list->children[2].position.column == 13);
  CHECK(d.root.get("标题")->position.column == 5);
}

TEST_CASE("end offsets delimit each value's source", "[yaml]") {
  std::string_view text = "a: hello\nb: [1, 2]\nc:\n  d: 'x'\ne: last";
  SourceText source(text);
  Document d = parse_document(source);
  REQUIRE(d.parsed);
  auto source_of = [&](const Node& n) { return text.substr(n.offset, n.end - n.offset); };
  CHECK(source_of(*d.root.get("a")) == "hello\n");
  CHECK(source_of(*d.root.get("b")) == "[1, 2]\n");
  CHECK(source_of(d.root.get("b")->children[0]) == "1, ");
  CHECK(source_of(*d.root.get("c")->get("d")) == "'x'\n");
  CHECK(source_of(*d.root.get("c")) == "d: 'x'\n");
  CHECK(source_of(*d.root.get("e")) == "last");
  CHECK(d.root.end == text.size());
}

TEST_CASE("CRLF, CR-only and a byte-order mark give the same tree", "[yaml]") {
  for (std::string_view text : {"a: 1\nb: |\n  x\n  y\nc: 中\n", "a: 1\r\nb: |\r\n  x\r\n  y\r\nc: 中\r\n",
                                "a: 1\rb: |\r  x\r  y\rc: 中\r",
                                "\xEF\xBB\xBF"
                                "a: 1\nb: |\n  x\n  y\nc: 中\n"}) {
    CAPTURE(text);
    Document d = parse(text);
    REQUIRE(d.parsed);
    REQUIRE(d.root.children.size() == 3);
    CHECK(d.root.get("b")->value == "x\ny\n");
    CHECK_FALSE(d.root.get("b")->plain);
    const Node* c = d.root.get("c");
    CHECK(c->value == "中");
    CHECK(c->key_position.line == 5);
    CHECK(c->position.column == 4);
  }
}

TEST_CASE("plain, quoted, tagged and block scalars", "[yaml]") {
  Document d = parse("a: 123\nb: '123'\nc: !!str 123\nd: !foo bar\ne: >\n  folded\n  text\nf: \"\\u4e2d\"\n");
  REQUIRE(d.parsed);
  CHECK(d.root.get("a")->plain);
  CHECK_FALSE(d.root.get("b")->plain);
  CHECK_FALSE(d.root.get("c")->plain);
  CHECK(d.root.get("c")->value == "123");
  CHECK_FALSE(d.root.get("d")->plain);
  CHECK(d.root.get("e")->value == "folded text\n");
  CHECK(d.root.get("f")->value == "中");
}

TEST_CASE("nulls: empty values and plain null words", "[yaml]") {
  Document d = parse("a:\nb: ~\nc: null\nd: 'null'\ne: NULL\nf: nullx\n");
  REQUIRE(d.parsed);
  CHECK(d.root.get("a")->kind == NodeKind::null);
  CHECK(d.root.get("a")->is_null());
  CHECK(d.root.get("a")->position.line == 1);  // at its key, not at the next line
  CHECK(d.root.get("b")->is_null());
  CHECK(d.root.get("c")->is_null());
  CHECK(d.root.get("c")->position.column == 4);
  CHECK_FALSE(d.root.get("d")->is_null());
  CHECK(d.root.get("e")->is_null());
  CHECK_FALSE(d.root.get("f")->is_null());
}

TEST_CASE("flow and block collections nest", "[yaml]") {
  Document d = parse("metrics:\n  - {name: 效率, before: 1, after: 2}\n  -\n    name: 成本\n    unit: 元\n");
  REQUIRE(d.parsed);
  const Node* metrics = d.root.get("metrics");
  REQUIRE(metrics->kind == NodeKind::sequence);
  REQUIRE(metrics->children.size() == 2);
  CHECK(metrics->children[0].get("name")->value == "效率");
  CHECK(metrics->children[0].get("after")->position.column == 34);
  CHECK(metrics->children[1].get("unit")->position.line == 5);
  CHECK(metrics->children[1].key.empty());
}

TEST_CASE("nesting up to 64 levels is fine, the 65th is yaml.too-deep", "[yaml]") {
  CHECK(parse("a: " + repeat("[", 63) + repeat("]", 63)).parsed);
  Document d = parse("a: " + repeat("[", 64) + repeat("]", 64));
  CHECK_FALSE(d.parsed);
  CHECK(d.root.kind == NodeKind::null);
  CHECK(only_finding(d).code == "yaml.too-deep");
  CHECK(only_finding(d).position.column == 67);

  CHECK(parse(nested_block(63)).parsed);
  d = parse(nested_block(100));
  CHECK(only_finding(d).code == "yaml.too-deep");
  CHECK(only_finding(d).position.line == 65);
  CHECK(only_finding(d).position.column == 65);
}

TEST_CASE("100000 levels stop at once with yaml.too-deep", "[yaml]") {
  // Block mappings need an indent per level: 2000 of them is already 2 MB.
  for (const std::string& text :
       {"a: " + repeat("[", 100000) + repeat("]", 100000), "a: " + repeat("[", 100000),
        "a: " + repeat("{b: ", 100000), "a:\n  " + repeat("- ", 100000) + "x", nested_block(2000)}) {
    Document d = parse(text);
    CHECK_FALSE(d.parsed);
    CHECK(only_finding(d).code == "yaml.too-deep");
  }
  CHECK(only_finding(parse("a: " + repeat("[", 100000))).position.column == 67);
  // Brackets that are text, not nesting, do not stop a file.
  Document d = parse("a: |\n  " + repeat("[", 100) + "\nb: '" + repeat("{", 100) + "'\n");
  REQUIRE(d.parsed);
  CHECK(d.diagnostics.empty());
  CHECK(d.root.get("b")->value.size() == 100);
}

TEST_CASE("anchors, aliases and merge keys: one yaml.alias, never expanded", "[yaml]") {
  // The billion laughs: nine levels of ten aliases each.
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'j'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [" + repeat("*" + prev + ", ", 9) + "*" + prev + "]\n";
  }
  Document d = parse(bomb);
  REQUIRE(d.parsed);
  REQUIRE(d.diagnostics.size() == 1);
  CHECK(d.diagnostics[0].code == "yaml.alias");
  CHECK(d.diagnostics[0].position.column == 4);
  CHECK(d.diagnostics[0].length == 2);
  const Node* j = d.root.get("j");
  REQUIRE(j->children.size() == 10);
  CHECK(j->children[0].kind == NodeKind::null);

  d = parse("base: {a: 1}\n<<: {b: 2}\nc: 3\n");
  REQUIRE(d.parsed);
  CHECK(only_finding(d).code == "yaml.alias");
  CHECK(only_finding(d).position.line == 2);
  CHECK(d.root.get("<<") == nullptr);
  CHECK(d.root.get("c")->value == "3");
  CHECK(parse("'<<': x\n").diagnostics.empty());  // quoted: an ordinary key

  d = parse("a: *nowhere\n");
  CHECK(only_finding(d).code == "yaml.alias");
  CHECK(only_finding(d).message.en.find("nowhere") != std::string::npos);
}

TEST_CASE("a key twice in one mapping is yaml.duplicate-key at the second", "[yaml]") {
  Document d = parse("title: 一\nmode: x\ntitle: 二\n");
  REQUIRE(d.parsed);
  const auto& f = only_finding(d);
  CHECK(f.code == "yaml.duplicate-key");
  CHECK(f.path == "title");
  CHECK(f.position.line == 3);
  CHECK(f.position.column == 1);
  CHECK(f.length == 5);
  CHECK(f.message.en.find("title") != std::string::npos);
  CHECK(f.message.en.find('1') != std::string::npos);
  CHECK(d.root.children.size() == 2);
  CHECK(d.root.get("title")->value == "一");

  d = parse("applicant:\n  name: a\n  \"name\": b\nmetrics:\n  - {unit: x, unit: y}\n");
  REQUIRE(d.diagnostics.size() == 2);
  CHECK(d.diagnostics[0].path == "applicant.name");
  CHECK(d.diagnostics[0].length == 6);
  CHECK(d.diagnostics[1].path == "metrics[0].unit");
  CHECK(d.diagnostics[1].position.column == 15);

  std::string many;
  for (int i = 0; i < 1000; ++i) many += "k" + std::to_string(i) + ": v\n";
  d = parse(many + "k500: again\n");
  CHECK(only_finding(d).position.line == 1001);
  CHECK(d.root.children.size() == 1000);
  CHECK(parse("a: 1\nb:\n  a: 2\n").diagnostics.empty());  // other mapping, no duplicate
}

TEST_CASE("a second document is yaml.multi-document", "[yaml]") {
  for (std::string_view text : {"a: 1\n---\nb: 2\n", "a: 1\n---\n", "---\na: 1\n--- # more\n"}) {
    CAPTURE(text);
    Document d = parse(text);
    CHECK_FALSE(d.parsed);
    CHECK(only_finding(d).code == "yaml.multi-document");
  }
  CHECK(only_finding(parse("a: 1\n---\nb: 2\n")).position.line == 2);
  CHECK(parse("---\na: 1\n...\n# end\n").parsed);
}

TEST_CASE("an empty document or a non-mapping top is yaml.not-mapping", "[yaml]") {
  for (std::string_view text : {"", "# only a comment\n", "---\n", "~\n", "\xEF\xBB\xBF"}) {
    CAPTURE(text);
    Document d = parse(text);
    CHECK_FALSE(d.parsed);
    CHECK(only_finding(d).code == "yaml.not-mapping");
    CHECK(only_finding(d).message.en.find("empty") != std::string::npos);
  }
  Document d = parse("- a\n- b\n");
  CHECK(only_finding(d).code == "yaml.not-mapping");
  CHECK(only_finding(d).message.en.find("a list") != std::string::npos);
  d = parse("just text\n");
  CHECK(only_finding(d).message.en.find("a scalar") != std::string::npos);
}

TEST_CASE("syntax errors carry yaml-cpp's message and place", "[yaml]") {
  struct Case {
    std::string_view text;
    int line, column;
  };
  for (const Case& c :
       {Case{"a: b: c\n", 1, 5}, Case{"名称: 值: c\n", 1, 6}, Case{"a:\n  b: 1\n\tc: 2\n", 3, 1},
        Case{"a: \"abc\n  def", 2, 6}, Case{"a: [1, 2", 1, 9},
        Case{"a: [[[x", 1, 8},  // no field.type for yaml-cpp's guessed keys
        Case{"a: 'x\r\nb: y", 2, 5}}) {
    CAPTURE(c.text);
    Document d = parse(c.text);
    CHECK_FALSE(d.parsed);
    CHECK(d.root.kind == NodeKind::null);
    const auto& f = only_finding(d);
    CHECK(f.code == "yaml.syntax");
    CHECK(f.position.line == c.line);
    CHECK(f.position.column == c.column);
    CHECK_FALSE(f.message.en.empty());
  }
}

TEST_CASE("a quote left open to the end of the file is yaml.syntax", "[yaml]") {
  // yaml-cpp 0.7 itself takes the rest of the file into the value when it ends with "\n".
  for (std::string_view text :
       {"a: \"x\nb: 2\n", "a: 'x''\n", "a: \"x\\\"\n", "a: !!str \"x\n", "a: 1\n\"b\n"}) {
    CAPTURE(text);
    Document d = parse(text);
    CHECK_FALSE(d.parsed);
    CHECK(only_finding(d).code == "yaml.syntax");
  }
  CHECK(only_finding(parse("a: 1\nb: 'x\n")).position.line == 2);
  CHECK(only_finding(parse("a: 1\nb: 'x\n")).position.column == 4);
  for (std::string_view text :
       {"a: 'it''s'\n", "a: \"x\\\\\"\n", "a: !!str \"x\"\n", "a: |\n  \"x\n", "a: \"多行\n  值\" # c\n"}) {
    CAPTURE(text);
    CHECK(parse(text).parsed);
  }
}

TEST_CASE("a complex key is field.type and its entry is skipped", "[yaml]") {
  Document d = parse("? [a, b]\n: 1\ntitle: x\n{k: v}: 2\n");
  REQUIRE(d.parsed);
  REQUIRE(d.diagnostics.size() == 2);
  CHECK(d.diagnostics[0].code == "field.type");
  CHECK(d.diagnostics[0].position.line == 1);
  CHECK(d.diagnostics[0].position.column == 3);
  CHECK(d.diagnostics[1].position.line == 4);
  REQUIRE(d.root.children.size() == 1);
  CHECK(d.root.get("title")->value == "x");
}

TEST_CASE("large inputs: many keys, a long flow line, a big scalar", "[yaml]") {
  std::string keys;
  for (int i = 0; i < 9000; ++i) keys += "k" + std::to_string(i) + ": 值\n";
  Document d = parse(keys);
  REQUIRE(d.parsed);
  CHECK(d.root.children.size() == 9000);
  CHECK(d.root.children.back().position.line == 9000);

  std::string flow = "a: [";
  for (int i = 0; i < 9000; ++i) flow += "中文, ";
  d = parse(flow + "x]\n");
  REQUIRE(d.parsed);
  CHECK(d.root.get("a")->children.back().position.column == 5 + 9000 * 4);

  d = parse("a: " + std::string(10'000'000, 'x') + "\n");
  REQUIRE(d.parsed);
  CHECK(d.root.get("a")->value.size() == 10'000'000);
}

TEST_CASE("more than k_max_nodes values stop the parse with file.too-large", "[yaml]") {
  // Memory and findings stay bounded: 10 MB of "[1,1,…" would otherwise be 5M nodes.
  Document d = parse("a: [" + repeat("1,", 5'000'000) + "1]\n");
  CHECK_FALSE(d.parsed);
  CHECK(only_finding(d).code == "file.too-large");
  CHECK(only_finding(d).position.line == 1);

  std::string keys;
  for (int i = 0; i < 200000; ++i) keys += "k" + std::to_string(i) + ": v\n";
  d = parse(keys);
  CHECK(only_finding(d).code == "file.too-large");
  CHECK(only_finding(d).position.line == k_max_nodes);  // the root is a value too

  CHECK(parse("a: [" + repeat("1,", k_max_nodes - 3) + "1]\n").parsed);
  CHECK_FALSE(parse("a: [" + repeat("1,", k_max_nodes - 2) + "1]\n").parsed);
}

TEST_CASE("a last line without ':' is yaml.syntax, not a key with no value", "[yaml]") {
  // yaml-cpp 0.7 accepts a bare word at the end of a block mapping: a file cut short.
  for (std::string_view text : {"a: 1\nx", "a: 1\nx\n", "a:\n  b: 1\n  provid", "a: 1\n\"x\"", "a: 1\nx y\n"}) {
    CAPTURE(text);
    Document d = parse(text);
    CHECK_FALSE(d.parsed);
    CHECK(only_finding(d).code == "yaml.syntax");
  }
  CHECK(only_finding(parse("a: 1\nb:\n  c: 2\n  x\n")).position.line == 4);
  for (std::string_view text : {"a: 1\nx:", "a: 1\nx:\n", "a: 1\n? x\n", "a: {b: 1, c}\n", "a: 1\nb: # c\n",
                                "a:\n  - b\n  - c:\n", "a: 1\n\"x\": \n"}) {
    CAPTURE(text);
    CHECK(parse(text).parsed);
  }
}

// Slips applicants make that the parser reports late or vaguely: named at their own line.
TEST_CASE("a key with a full-width colon is yaml.syntax at its own line", "[yaml][mistakes]") {
  // Reported by yaml-cpp at the next line; a line a plain value swallows; a mapping's whole value.
  for (auto [text, line] : {std::pair<std::string_view, int>{"title：电机定子\nmode: 智能化制造\n", 1},
                            {"a:\n  b: 1\n  c：2\nd: 3\n", 3},
                            {"a:\n  name：平台\nd: 3\n", 2},
                            {"a:\n  - name：平台\n", 2}}) {
    INFO(text);
    Document d = parse(text);
    const auto& f = only_finding(d);
    CHECK(f.code == "yaml.syntax");
    CHECK(f.position.line == line);
    CHECK(f.message.zh.find("全角冒号“：”") != std::string::npos);
    CHECK(f.hint.en.find(": …") != std::string::npos);
    CHECK_FALSE(d.parsed);
  }
}

TEST_CASE("a full-width colon in a value, a quoted or a block scalar is text", "[yaml][mistakes]") {
  for (std::string_view text : {"title: 电机：定子\n", "title: \"a：b\"\n", "title: |\n  erp：平台\n  mes：系统\n",
                                "title: 电机\n  定子：产线\n", "title: \"abc\n  erp：x\"\n"}) {
    INFO(text);
    Document d = parse(text);
    CHECK(d.parsed);
    CHECK(d.diagnostics.empty());
  }
}

TEST_CASE("a value that goes on after its closing quote is yaml.syntax there", "[yaml][mistakes]") {
  Document d = parse("mode: x\ntitle: \"5G+工业互联网\"赋能电机\n");
  const auto& f = only_finding(d);
  CHECK(f.code == "yaml.syntax");
  CHECK(f.position.line == 2);
  CHECK(f.message.en.find("goes on after the closing quote") != std::string::npos);
  CHECK(f.hint.en.find("title: '\"5G+工业互联网\"赋能电机'") != std::string::npos);
  Document single = parse("s:\n  - 'a''b'c\n");
  CHECK(only_finding(single).hint.zh.find("\"'a''b'c\"") != std::string::npos);
  // A quoted key, a comment, a flow item: no slip.
  for (std::string_view text : {"\"title\": 电机\n", "title: \"电机\" # 注\n", "s: [\"a\", 'b']\n"}) {
    INFO(text);
    CHECK(parse(text).diagnostics.empty());
  }
}

TEST_CASE("a tab in the indentation is named as a tab", "[yaml][mistakes]") {
  Document d = parse("a:\n  b: 1\n\tc: 2\n");
  const auto& f = only_finding(d);
  CHECK(f.code == "yaml.syntax");
  CHECK(f.position.line == 3);
  CHECK(f.position.column == 1);
  CHECK(f.message.zh.find("制表符（Tab）") != std::string::npos);
  CHECK(f.message.en.find("line 3 is indented with a tab") != std::string::npos);
  CHECK(parse("a: \"x\ty\"\nb: |\n  \tz\n").diagnostics.empty());
}

TEST_CASE("a full-width colon in a block scalar is not blamed for a later syntax error", "[yaml][mistakes]") {
  Document d = parse("a:\n  b: |\n    erp：平台\n      mes：系统\n  c: 1\n   d: 2\n");
  const auto& f = only_finding(d);
  CHECK(f.code == "yaml.syntax");
  CHECK(f.message.en.find("full-width") == std::string::npos);
  // The same slip outside the block is still found.
  CHECK(only_finding(parse("a:\n  b: |\n    text\n  c：1\n  d: 2\n")).message.en.find("full-width") != std::string::npos);
}
