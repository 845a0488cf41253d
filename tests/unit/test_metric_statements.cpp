// Unit tests of the metric statement reader: sentences, figures, "由 A 到 B", units and rounding.
#include <string>

#include <catch2/catch.hpp>

#include "checks/checks.h"
#include "checks/metric_statements.h"
#include "iipcase/rules.h"

using namespace iipcase;

namespace {

const MetricWords& words() { return embedded_rules().metric_words; }

// "A→B" of the statement after the name at the start of sentence; "-" for a figure not compared,
// "none" when there is no statement.
std::string stated(const std::string& sentence, const std::string& name, const std::string& unit) {
  auto s = read_statement(sentence, sentence.find(name) + name.size(), unit, words());
  if (!s) return "none";
  auto show = [](const Figure& f) { return f.comparable ? f.written : std::string("-"); };
  return (s->from ? show(*s->from) : std::string("?")) + "→" + show(s->to);
}

std::vector<std::string> sentences_of(const std::string& text) {
  std::vector<std::string> out;
  for (auto [b, e] : split_sentences(text, words().statements)) out.push_back(text.substr(b, e - b));
  return out;
}

}  // namespace

TEST_CASE("sentences end at 。；！？ and at line breaks") {
  CHECK(sentences_of("甲。乙；丙\n丁！戊？己") ==
        std::vector<std::string>{"甲", "乙", "丙", "丁", "戊", "己"});
  CHECK(sentences_of("合格率由6.1%降至4.9%，效率提升") ==
        std::vector<std::string>{"合格率由6.1%降至4.9%，效率提升"});
  CHECK(sentences_of("。\n\n").empty());
}

TEST_CASE("figures: numbers, units, scale prefixes") {
  auto fig = [](const std::string& text, const std::string& unit) {
    return read_figure(text, 0, unit, words());
  };
  auto f = fig("6.1%，", "%");
  REQUIRE(f);
  CHECK(f->comparable);
  CHECK(f->value == Approx(6.1));
  CHECK(f->tolerance == Approx(0.05));
  CHECK(f->written == "6.1%");
  CHECK(fig("6.1 ％", "%")->comparable);  // full-width percent is the same unit
  CHECK(fig("６．１%", "%")->value == Approx(6.1));
  CHECK(fig("2,600万元", "万元")->value == Approx(2600));
  // 万 and 亿 convert; the tolerance follows the scale.
  CHECK(fig("2600万元", "亿元")->value == Approx(0.26));
  CHECK(fig("0.26亿元", "万元")->value == Approx(2600));
  CHECK(fig("0.26亿元", "万元")->tolerance == Approx(50));
  CHECK(fig("3万台", "台")->value == Approx(30000));
  // Other units, bare numbers and longer unit words are not compared.
  CHECK_FALSE(fig("3000分钟", "小时")->comparable);
  CHECK_FALSE(fig("50 ", "小时")->comparable);
  CHECK_FALSE(fig("3个月", "个")->comparable);
  CHECK_FALSE(fig("30分钟", "分")->comparable);
  CHECK_FALSE(fig("120元/吨", "元")->comparable);
  CHECK_FALSE(fig("5kWh", "kW")->comparable);
  // Approximate figures and ranges are not compared.
  CHECK_FALSE(fig("3% 左右", "%")->comparable);
  CHECK_FALSE(fig("99%以上", "%")->comparable);
  CHECK_FALSE(fig("2%-3%", "%")->comparable);
  CHECK_FALSE(fig("2～3%", "%")->comparable);
  std::string approx = "约3%";
  CHECK_FALSE(read_figure(approx, approx.find('3'), "%", words())->comparable);
  // Digits inside a token are no figure.
  std::string token = "ISO9001";
  CHECK_FALSE(read_figure(token, 3, "%", words()));
  CHECK_FALSE(fig("百分之九十", "%"));
}

TEST_CASE("statements after a metric's name") {
  CHECK(stated("不良品率由6.1%降为4.9%", "不良品率", "%") == "6.1%→4.9%");
  CHECK(stated("不良品率从 6.1% 降至 3.4%", "不良品率", "%") == "6.1%→3.4%");
  CHECK(stated("不良品率由原来的 6.1% 下降到 3.4%", "不良品率", "%") == "6.1%→3.4%");
  CHECK(stated("不良品率从2020年的6.1%下降到3.4%", "不良品率", "%") == "6.1%→3.4%");
  CHECK(stated("不良品率降低到 3.4%", "不良品率", "%") == "?→3.4%");
  CHECK(stated("不良品率降低到了3.4%", "不良品率", "%") == "?→3.4%");
  CHECK(stated("不良品率下降至约 3.4%", "不良品率", "%") == "?→-");
  // A change is no target: 提升 … 到/至 needs 到 or 至.
  CHECK(stated("设备综合效率提升了 25%", "设备综合效率", "%") == "none");
  CHECK(stated("设备综合效率提升了 25%，达到 82%", "设备综合效率", "%") == "none");
  // The parenthesis is an aside: its 为 is not the connective.
  CHECK(stated("不良品率由6.1%（行业平均为5%）降至3.4%", "不良品率", "%") == "6.1%→3.4%");
  // Only the first connective word after the name, within its clause.
  CHECK(stated("不良品率明显下降，能耗由12%降至8%", "不良品率", "%") == "none");
  CHECK(stated("不良品率由于设备老化，一直在 6% 以上", "不良品率", "%") == "none");
  CHECK(stated("质量损失由6200万元减少至2900万元", "质量损失", "亿元") == "6200万元→2900万元");
  CHECK(stated("设备综合效率（OEE）由65%提升到82%", "设备综合效率", "%") == "65%→82%");
  CHECK(stated("人均产值由35万元/年提高到52万元/年", "人均产值", "万元/年") == "35万元/年→52万元/年");
  CHECK(stated("人均产值由35万元/年提高到52万元/年", "人均产值", "万元") == "?→-");
  CHECK(stated("单位产品能耗由0.85吨标准煤降低到0.72吨标准煤", "单位产品能耗", "吨") == "?→-");
  CHECK(stated("订单交付周期由25天缩短至15天以内", "订单交付周期", "天") == "25天→-");
  // A stepwise account: B is not the end, the sentence is not read.
  CHECK(stated("不良品率2020年由6.1%降至5.2%，2021年进一步降至4.9%", "不良品率", "%") == "none");
  // Figures in other units after B do not make it a stepwise account.
  CHECK(stated("不良品率由6.1%降至4.9%，每年减少损失360万元", "不良品率", "%") == "6.1%→4.9%");
}

TEST_CASE("rounding to the digits written") {
  Figure f = *read_figure("6.1%", 0, "%", words());
  CHECK(agrees(f, 6.05, written_tolerance("6.05")));
  CHECK(agrees(f, 6.14, written_tolerance("6.14")));
  CHECK_FALSE(agrees(f, 6.04, written_tolerance("6.04")));
  CHECK_FALSE(agrees(f, 4.9, written_tolerance("4.9")));
  // The metric written with fewer digits than the text: 6.12 % is 6.1 to its digits.
  CHECK(agrees(*read_figure("6.12%", 0, "%", words()), 6.1, written_tolerance("6.1")));
  CHECK(written_tolerance("120") == Approx(0.5));
  CHECK(written_tolerance("4.90") == Approx(0.005));
  CHECK(written_tolerance("1e3") == 0);
}

TEST_CASE("units and names for metrics.implausible") {
  CHECK(metric_unit_kind(words(), "家") == MetricUnitKind::count);
  CHECK(metric_unit_kind(words(), "万笔/年") == MetricUnitKind::count);
  CHECK(metric_unit_kind(words(), "人次") == MetricUnitKind::count);
  CHECK(metric_unit_kind(words(), "亿人次/天") == MetricUnitKind::count);
  CHECK(metric_unit_kind(words(), "件/小时") == MetricUnitKind::other);
  CHECK(metric_unit_kind(words(), "元") == MetricUnitKind::other);
  CHECK(metric_unit_kind(words(), "万") == MetricUnitKind::other);
  CHECK(metric_unit_kind(words(), "%") == MetricUnitKind::percent);
  CHECK(metric_unit_kind(words(), " ％ ") == MetricUnitKind::percent);
  CHECK(metric_unit_kind(words(), "个百分点") == MetricUnitKind::percentage_points);
  CHECK(is_rate_name(words(), "设备综合效率"));
  CHECK(is_rate_name(words(), "客户满意度"));
  CHECK_FALSE(is_rate_name(words(), "营业收入增长率"));
  CHECK_FALSE(is_rate_name(words(), "销售额增速"));
  CHECK_FALSE(is_rate_name(words(), "车间利润率"));
  CHECK_FALSE(is_rate_name(words(), "平台注册企业数"));
}
