// Unit tests of content.unsupported-claim: the phrase index, the claims data, appraisals, and
// claims found and located in case files.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "checks/appraisal.h"
#include "iipcase/check.h"
#include "rules/phrase_index.h"

using namespace iipcase;
using Catch::Contains;

namespace {

// The claims of a text in a content field: "phrase line:column" of each, in order.
std::vector<std::string> claims_in(const std::string& results) {
  // Long enough for results' minimum length; the base's other fields are ASCII, so no claim.
  const std::string yaml = "schema: iip-case/2021\ncontent:\n  results: |\n" + results;
  std::vector<std::string> out;
  for (const Diagnostic& d : check_bytes("case.yaml", yaml, embedded_rules()).diagnostics) {
    if (d.code != "content.unsupported-claim") continue;
    std::string phrase = d.message.zh.substr(d.message.zh.find("“") + 3);
    phrase = phrase.substr(0, phrase.find("”"));
    out.push_back(phrase + " " + std::to_string(d.position.line) + ":" + std::to_string(d.position.column));
  }
  return out;
}

std::vector<std::string> phrases_in(const std::string& sentence) {
  std::vector<std::string> out;
  for (const std::string& found : claims_in("    " + sentence + "\n")) out.push_back(found.substr(0, found.find(' ')));
  return out;
}

using Phrases = std::vector<std::string>;

Appraised appraised(const std::string& sentence_and_claim, const std::string& claim) {
  const std::u32string text = folded(sentence_and_claim);
  return appraisal_before(text, text.find(folded(claim)), embedded_rules().claims.appraisal);
}

}  // namespace

TEST_CASE("the phrase index finds every occurrence of every phrase, longer first") {
  const PhraseIndex index({"行业第一", "同行业第一", "唯一", "唯一id", "", "唯一"});
  const std::vector<PhraseIndex::Match> found = index.find_all(folded("同行业第一，唯一ＩＤ"));
  REQUIRE(found.size() == 4);
  CHECK((found[0].start == 0 && found[0].length == 5 && found[0].phrase == 1));
  CHECK((found[1].start == 1 && found[1].length == 4 && found[1].phrase == 0));
  CHECK((found[2].start == 6 && found[2].length == 4 && found[2].phrase == 3));  // full-width ＩＤ folded
  CHECK((found[3].start == 6 && found[3].length == 2 && found[3].phrase == 2));  // the first of two equal phrases
  CHECK(index.find_all(folded("领先一步")).size() == 0);
  CHECK(PhraseIndex({}).find_all(folded("唯一")).empty());
  CHECK(folded("ＡＢc") == U"abc");
}

TEST_CASE("claims are built from their parts in the rules data") {
  const ClaimRules& claims = embedded_rules().claims;
  auto is_claim = [&](const std::string& p) {
    return std::find(claims.phrases.begin(), claims.phrases.end(), p) != claims.phrases.end();
  };
  for (const char* phrase : {"国际领先", "全国首个", "国内首家", "行业第一", "国内一流", "行业领先", "同行业第一",
                             "国内外领先", "业界顶尖", "填补空白", "填补了国内空白", "填补国内空白", "填补了行业空白",
                             "填补国际空白", "独一无二", "遥遥领先", "绝无仅有", "史无前例", "最先进", "颠覆性",
                             "国际先进", "世界先进", "唯一"})
    CHECK(is_claim(phrase));
  CHECK_FALSE(is_claim("领先"));
  CHECK_FALSE(is_claim("第一"));
  CHECK_FALSE(is_claim("空白"));
  CHECK(claims.fields.front() == "title");
}

TEST_CASE("every claim form is found") {
  CHECK(phrases_in("项目填补了国内空白，是全国首个、国内首家平台，产量行业第一，管理国内一流，技术行业领先，独一无二。") ==
        Phrases{"填补了国内空白", "全国首个", "国内首家", "行业第一", "国内一流", "行业领先", "独一无二"});
  CHECK(phrases_in("填补空白，填补国内空白，填补了行业空白，填补了国内该领域的空白。") ==
        Phrases{"填补空白", "填补国内空白", "填补了行业空白", "填补了国内该领域的空白"});
  CHECK(phrases_in("本平台是国内唯一的注塑云平台。") == Phrases{"唯一"});
  CHECK(phrases_in("遥遥领先，绝无仅有，史无前例，最先进，颠覆性创新，世界先进。") ==
        Phrases{"遥遥领先", "绝无仅有", "史无前例", "最先进", "颠覆性", "世界先进"});
}

TEST_CASE("overlapping claims are one finding") {
  CHECK(phrases_in("技术国内外领先。") == Phrases{"国内外领先"});
  CHECK(phrases_in("产量同行业第一。") == Phrases{"同行业第一"});
  CHECK(phrases_in("国际领先国际领先。") == Phrases{"国际领先", "国际领先"});
  // A not_claim excuses the claims it overlaps, no others.
  CHECK(phrases_in("与国际先进水平相当，引进国际先进设备。") == Phrases{"国际先进"});
  CHECK(phrases_in("唯一标识是国内唯一的。") == Phrases{"唯一"});
}

TEST_CASE("technical terms, batches and ordinary words are no claims") {
  for (const char* text :
       {"每台设备赋予唯一ID、唯一id、唯一 ID、唯一ＩＤ。", "主键做唯一性校验。", "打印唯一码和唯一二维码。", "赋予唯一身份标识。",
        "写入唯一追溯码、唯一标识、唯一编码、唯一编号、唯一识别码。", "保证全局唯一。", "入选全国第一批智能制造示范企业。",
        "获评第一届大赛一等奖，第一期工程完工。", "故障第一时间响应。", "深入行业第一线。", "全国第一产业增加值。",
        "领先一步，第一步，第一阶段，首个版本上线。", "引进国际先进技术，借鉴国内外先进经验。", "与国际先进水平相比仍有差距。",
        "对标国际一流，加快建设世界一流企业。", "联合国内外一流高校，携手行业领先企业，采用国际先进的激光设备。",
        "引进全球最先进的生产线。", "与行业领先企业合作。", "全国第一季度订单增长。", "最先进入市场，最先进行试点。", "实现收益最大化和工艺最优化。"}) {
    INFO(text);
    CHECK(phrases_in(text).empty());
  }
}

TEST_CASE("white space and line breaks inside a phrase do not hide it; it is located where it starts") {
  CHECK(claims_in("    项目达到国际 领先水平。\n") == Phrases{"国际领先 4:9"});
  CHECK(claims_in("    项目达到国际　领先水平。\n") == Phrases{"国际领先 4:9"});  // U+3000
  CHECK(claims_in("    第一行没有问题，项目达到国际领\n    先水平。\n") == Phrases{"国际领先 4:17"});
  CHECK(claims_in("    甲国际领先，乙国际领先。\n") == Phrases{"国际领先 4:6", "国际领先 4:12"});
  const std::string folded_scalar = "schema: iip-case/2021\ncontent:\n  summary: >\n    项目达到国\n    际领先水平\n";
  const auto diagnostics = check_bytes("case.yaml", folded_scalar, embedded_rules()).diagnostics;
  auto claim = std::find_if(diagnostics.begin(), diagnostics.end(),
                            [](const Diagnostic& d) { return d.code == "content.unsupported-claim"; });
  REQUIRE(claim != diagnostics.end());
  CHECK(claim->position.line == 4);
  CHECK(claim->position.column == 9);
  CHECK(claim->length == 1);  // the rest of its line: 国
}

TEST_CASE("a claim in a quoted scalar, even after an escape, is located") {
  const std::string yaml = "schema: iip-case/2021\ntitle: \"\\u5E73台 国内首家\"\nplatform:\n  name: '国内''首创平台'\n";
  std::vector<std::string> found;
  for (const Diagnostic& d : check_bytes("case.yaml", yaml, embedded_rules()).diagnostics)
    if (d.code == "content.unsupported-claim")
      found.push_back(d.path + " " + std::to_string(d.position.line) + ":" + std::to_string(d.position.column));
  CHECK(found == Phrases{"title 2:17"});  // 国内'首创 is split by a quote: no claim
}

TEST_CASE("a claim after an appraisal that names the appraiser is the appraiser's finding") {
  CHECK(appraised("经中国机械工业联合会鉴定，达到国际先进水平", "国际先进") == Appraised::named);
  CHECK(appraised("该成果经浙江省经信厅组织专家验收，整体达到国际领先水平", "国际领先") == Appraised::named);
  CHECK(appraised("经“中国电子学会”评价，达到国际先进水平", "国际先进") == Appraised::named);
  CHECK(appraised("经鉴定达到国际先进水平", "国际先进") == Appraised::unnamed);
  CHECK(appraised("经专家组鉴定，达到国际先进水平", "国际先进") == Appraised::unnamed);
  CHECK(appraised("经第三方权威机构评价，达到国际先进水平", "国际先进") == Appraised::unnamed);
  CHECK(appraised("经过国内知名专家评审，达到国际先进水平", "国际先进") == Appraised::unnamed);
  CHECK(appraised("经“专家”鉴定，达到国际先进水平", "国际先进") == Appraised::unnamed);
  CHECK(appraised("达到国际先进水平", "国际先进") == Appraised::no);
  // 经 inside a word, a clause between 经 and the verb, or the appraisal in another sentence.
  CHECK(appraised("企业经营数据通过评估，达到国际先进水平", "国际先进") == Appraised::no);
  CHECK(appraised("经过三年努力，项目通过鉴定，达到国际先进水平", "国际先进") == Appraised::no);
  CHECK(appraised("经中国机械工业联合会鉴定。达到国际先进水平", "国际先进") == Appraised::no);
  CHECK(phrases_in("经中国机械工业联合会鉴定，达到国际先进水平。经鉴定达到国际先进水平。") == Phrases{"国际先进"});
}

TEST_CASE("a claim after an unnamed appraisal says so") {
  const std::string yaml = "schema: iip-case/2021\ncontent:\n  results: 经鉴定达到国际先进水平。\n";
  const auto diagnostics = check_bytes("case.yaml", yaml, embedded_rules()).diagnostics;
  auto claim = std::find_if(diagnostics.begin(), diagnostics.end(),
                            [](const Diagnostic& d) { return d.code == "content.unsupported-claim"; });
  REQUIRE(claim != diagnostics.end());
  CHECK_THAT(claim->message.zh, Contains("没有写明由哪个单位作出"));
  CHECK_THAT(claim->message.en, Contains("does not say who made it"));
  CHECK_THAT(claim->hint.zh, Contains("经中国机械工业联合会鉴定"));
}

TEST_CASE("claims data that cannot be meant is refused") {
  const std::string base = std::string(embedded_rules_text());
  auto spoilt = [&](const std::string& from, const std::string& to) {
    std::string text = base;
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    return load_rules(text.replace(at, from.size(), to), "rules.yaml");
  };
  CHECK_THROWS_WITH(spoilt("    - 全局唯一\n", "    - 全局唯二\n"), Contains("'全局唯二' overlaps no claim"));
  CHECK_THROWS_WITH(spoilt("    - 全局唯一\n", "    - 唯一\n"), Contains("'唯一' is also a claim"));
  CHECK_THROWS_WITH(spoilt("    - 唯一\n", "    - [\"\", [\"\", 了]]\n"), Contains("spells an empty phrase"));
  CHECK_THROWS_WITH(spoilt("content.replicability]", "content.reproducibility]"),
                    Contains("'content.reproducibility' is not a string field"));
  CHECK_THROWS_WITH(spoilt("    min_name: 2\n", "    min_name: 0\n"), Contains("claims.appraisal.min_name: must be at least 1"));
  CHECK_THROWS_WITH(spoilt("    - [研发协同, 协同研发]\n", "    - [研发协同]\n"),
                    Contains("expected a list of at least two spellings"));
}
