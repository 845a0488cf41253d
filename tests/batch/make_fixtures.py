#!/usr/bin/env python3
"""Writes the batch scenarios under tests/batch/<scenario>/: valid case files plus expected.json.

    python3 tests/batch/make_fixtures.py           # rewrite every scenario
    python3 tests/batch/make_fixtures.py --check   # exit 1 when a committed file differs

Each case is valid on its own, except a case ranked beyond its recommender's quota, which is
also recommender.rank-out-of-range (tests/run_batch.py checks that --no-batch finds only those),
so the findings a scenario can have are the checks across files. The expectations are written
here from case-file.md ("Checks across a batch of files" and its revision 2), scenario by
scenario, not taken from a run of iipcase: a province (and 新疆生产建设兵团) may recommend 10
cases, a planned city 5, a central enterprise 3; central enterprises and planned cities do not use
a province's quota; over its quota, a recommender that ranks its cases has those ranked beyond
the quota and the unranked ones outside it, one that ranks none has every case outside; the same
title, or the same applicant credit code and platform name, is a duplicate; two cases of one
recommender with one rank conflict; a file given twice is checked once. expected.json maps each
file that has findings to its codes; a file not named there has none.

The module is also imported by the integration test to write large batches into a temporary
directory (case_yaml, Recommender).
"""

import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # nothing written beside the sources
sys.path.insert(0, os.path.join(HERE, "..", "..", "tools"))
import credit_code  # noqa: E402  (tools/credit_code.py: GB 32100-2015 check characters)

QUOTA = "batch.quota-exceeded"
DUPLICATE = "batch.duplicate-case"
RANK = "batch.rank-conflict"
RANK_RANGE = "recommender.rank-out-of-range"  # per file: a rank beyond the quota


class Recommender:
    """Who recommends: kind as a case file writes it, region, name, and where its applicants are."""

    def __init__(self, slug, kind, name, region=None, applicant_region="浙江省", division="330100"):
        self.slug = slug
        self.kind = kind
        self.name = name
        self.region = region
        self.applicant_region = applicant_region
        self.division = division  # credit-code positions 3-8 of its applicants


ZHEJIANG = Recommender("zhejiang", "省级主管部门", "浙江省经济和信息化厅", "浙江省")
JIANGSU = Recommender("jiangsu", "province", "江苏省工业和信息化厅", "江苏", "江苏省", "320500")
NINGBO = Recommender("ningbo", "计划单列市", "宁波市经济和信息化局", "宁波市", "浙江省", "330200")
SHENZHEN = Recommender("shenzhen", "planned-city", "深圳市工业和信息化局", "深圳", "广东省", "440300")
XINJIANG = Recommender("xinjiang", "province", "新疆维吾尔自治区工业和信息化厅", "新疆维吾尔自治区", "新疆维吾尔自治区", "650100")
BINGTUAN = Recommender("bingtuan", "province", "新疆生产建设兵团工业和信息化局", "新疆生产建设兵团", "新疆生产建设兵团", "660100")
CEC = Recommender("cec", "中央企业", "中国电子信息产业集团有限公司")
CASIC = Recommender("casic", "central-enterprise", "中国航天科工集团有限公司", applicant_region="北京市", division="110108")

MODES = [
    ("智能化制造", ["设备互联", "实时分析", "质量提升"], "C34"),
    ("数字化管理", ["业务流程贯通", "辅助管理决策"], "C38"),
    ("网络化协同", ["制造协同", "供应协同"], "C36"),
    ("服务化延伸", ["远程运维", "产品追溯"], "C35"),
]

CONTENT = {
    "summary": "{applicant}建设{platform}，将生产设备、检测仪器和业务系统接入平台，统一采集工艺参数、设备状态和质量检验数据，"
               "建立从订单到交付的数据链路。平台上线后，企业生产计划的编排时间明显缩短，产品一次检验合格率和设备利用率均有提高，"
               "相关做法已在同类企业中试用。",
    "background": "{applicant}主要生产通用机械零部件，产品规格多、批量小。过去各车间设备由操作人员分别记录运行情况，"
                  "工艺参数和检验结果分散在纸质单据和多个表格中，质量问题出现后往往需要数天才能查清原因；生产计划依靠人工经验编排，"
                  "插单和设备故障时难以及时调整，交付周期较长，库存占用资金较多。企业希望借助工业互联网平台打通设备、工艺和管理数据。",
    "solution": "企业联合软件服务商建设{platform}，主要做法如下。第一，设备接入：为加工中心、热处理炉和检测设备加装采集终端，"
                "通过工业以太网和无线网络接入平台，按秒采集主轴负载、温度、压力和能耗等数据，并与工单和产品批次关联。"
                "第二，质量分析：平台汇总各工序检验结果，按批次建立质量档案，对尺寸偏差和硬度波动设置预警规则，"
                "质量人员可以从成品追溯到原材料和加工参数。第三，计划协同：平台根据订单交期、设备状态和物料库存自动生成生产计划，"
                "插单时给出调整方案供计划员确认，并把计划下发到车间终端。第四，管理决策：平台按日汇总产量、质量、设备效率和能耗指标，"
                "形成管理看板，管理人员可以按车间、班组和产品查看明细。平台部署在企业机房，与企业资源计划系统和仓库管理系统集成，"
                "数据接口按行业通用协议开发，便于后续接入更多设备。",
    "results": "平台于二〇二〇年投入运行。生产计划编排时间由每天约四小时缩短到一小时以内，订单平均交付周期缩短约五分之一；"
               "产品一次检验合格率提高三个百分点，质量问题追溯时间由数天缩短到数小时；设备综合效率提高约八个百分点，"
               "单位产品能耗下降约百分之六；在制品库存占用资金减少约一千万元。企业在人员基本不变的情况下承接了更多小批量订单。",
    "replicability": "通用机械零部件行业企业数量多，普遍存在多品种小批量、设备数据分散和计划依靠经验的问题。本案例的设备接入方案兼容主流数控系统，"
                     "质量分析和计划协同模块可以按企业产品配置，单个车间的实施周期约三个月，适合在同类企业中推广。",
}

TEMPLATE = """schema: iip-case/2021
title: {title}
mode: {mode}
scenarios: [{scenarios}]
industry: {industry}
applicant:
  name: {applicant}
  type: 制造企业
  credit_code: {credit_code}
  region: {applicant_region}
  contact:
    name: 王明
    phone: 0571-8888{phone:04d}
    email: case{n}@example.com
recommender:
  kind: {kind}
{region_line}  name: {recommender}
{rank_line}platform:
  name: {platform}
content:
  summary: {summary}
  background: {background}
  solution: {solution}
  results: {results}
  replicability: {replicability}
metrics:
  - name: 生产计划编排时间
    unit: 小时/天
    before: 4
    after: 1
  - name: 产品一次检验合格率
    unit: "%"
    before: 94
    after: 97
"""


def credit_code_for(division, n):
    """A valid credit code of an applicant registered at division (6 digits), told apart by n."""
    return credit_code.make(f"91{division}MA{n:06d}"[:16])


def case_yaml(recommender, n, rank=None, title=None, platform=None, code=None, mode=0):
    """The text of a valid case number n of recommender. n makes title, applicant, code, platform unique."""
    applicant = f"{recommender.applicant_region[:2]}恒{n:04d}机械有限公司"
    platform = platform or f"恒{n:04d}工业互联网平台"
    mode_name, scenarios, industry = MODES[mode % len(MODES)]
    fields = {
        "title": title or f"通用机械零部件智能工厂建设案例{n:04d}",
        "mode": mode_name,
        "scenarios": ", ".join(scenarios),
        "industry": industry,
        "applicant": applicant,
        "credit_code": code or credit_code_for(recommender.division, n),
        "applicant_region": recommender.applicant_region,
        "phone": n % 10000,
        "n": n,
        "kind": recommender.kind,
        "region_line": f"  region: {recommender.region}\n" if recommender.region else "",
        "recommender": recommender.name,
        "rank_line": f"  rank: {rank}\n" if rank is not None else "",
        "platform": platform,
    }
    for key, text in CONTENT.items():
        fields[key] = text.format(applicant=applicant, platform=platform)
    return TEMPLATE.format(**fields)


class Scenario:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.files = {}     # relative path → text
        self.expected = {}  # relative path → codes
        self.counter = 0

    def add(self, recommender, rank="auto", subdir="", **kw):
        """Adds a case of recommender; rank "auto" numbers that recommender's cases 1, 2, …"""
        self.counter += 1
        n = sum(1 for p in self.files if os.path.basename(p).startswith(recommender.slug + "-")) + 1
        if rank == "auto":
            rank = n
        path = os.path.join(subdir, f"{recommender.slug}-{n:02d}.yaml")
        self.files[path] = case_yaml(recommender, number_of(self.name, self.counter), rank=rank, **kw)
        return path

    def add_many(self, count, recommender, subdir="", rank="auto"):
        return [self.add(recommender, subdir=subdir, rank=rank) for _ in range(count)]

    def expect(self, paths, code):
        for p in paths:
            self.expected.setdefault(p, []).append(code)


def number_of(scenario, i):
    # Distinct numbers across scenarios, so that no two fixtures anywhere share a title or a code.
    return (sum(ord(c) for c in scenario) % 90 + 10) * 100 + i


def scenarios():
    out = []

    s = Scenario("province-at-quota", "a province with exactly 10 cases: no finding")
    s.add_many(10, ZHEJIANG)
    out.append(s)

    s = Scenario("province-over-quota", "a province with 11 cases ranked 1-11: batch.quota-exceeded on the 11th "
                 "only (its rank is also beyond the quota)")
    eleventh = s.add_many(11, ZHEJIANG)[10:]
    s.expect(eleventh, QUOTA)
    s.expect(eleventh, RANK_RANGE)
    out.append(s)

    s = Scenario("province-over-quota-unranked", "a province with 11 cases, none ranked: batch.quota-exceeded on all 11 "
                 "(the province alone can choose)")
    s.expect(s.add_many(11, ZHEJIANG, rank=None), QUOTA)
    out.append(s)

    s = Scenario("province-over-quota-partly-ranked", "a province with 12 cases, 10 ranked 1-10 and 2 not ranked: "
                 "batch.quota-exceeded on the 2 unranked only")
    s.add_many(10, ZHEJIANG)
    s.expect(s.add_many(2, ZHEJIANG, rank=None), QUOTA)
    out.append(s)

    s = Scenario("planned-city-at-quota", "a planned city with exactly 5 cases: no finding")
    s.add_many(5, NINGBO)
    out.append(s)

    s = Scenario("planned-city-over-quota", "a planned city with 6 cases ranked 1-6: batch.quota-exceeded on the 6th")
    sixth = s.add_many(6, SHENZHEN)[5:]
    s.expect(sixth, QUOTA)
    s.expect(sixth, RANK_RANGE)
    out.append(s)

    s = Scenario("central-enterprise-at-quota", "a central enterprise with exactly 3 cases: no finding")
    s.add_many(3, CEC)
    out.append(s)

    s = Scenario("central-enterprise-over-quota", "a central enterprise with 4 cases, 3 ranked and 1 not: "
                 "batch.quota-exceeded on the unranked one")
    s.add_many(3, CASIC)
    s.expect([s.add(CASIC, rank=None)], QUOTA)
    out.append(s)

    s = Scenario("bingtuan-at-quota", "新疆生产建设兵团 with 10 cases beside 新疆 with 10: two recommenders, no finding")
    s.add_many(10, BINGTUAN, "bingtuan")
    s.add_many(10, XINJIANG, "xinjiang")
    out.append(s)

    s = Scenario("bingtuan-over-quota", "新疆生产建设兵团 with 11 cases, none ranked, beside 新疆 with 9: "
                 "batch.quota-exceeded on the 11 of 兵团 only")
    s.expect(s.add_many(11, BINGTUAN, "bingtuan", rank=None), QUOTA)
    s.add_many(9, XINJIANG, "xinjiang")
    out.append(s)

    s = Scenario("full-province-beside-others",
                 "浙江 with 10 cases, and central enterprises (3 each) and 宁波 (5) whose applicants are in 浙江 too: "
                 "central enterprises and planned cities do not use the province's quota; no finding")
    s.add_many(10, ZHEJIANG, "zhejiang")
    s.add_many(3, CEC, "central")
    s.add_many(3, CASIC, "central")
    s.add_many(5, NINGBO, "ningbo")
    out.append(s)

    s = Scenario("province-over-quota-beside-central",
                 "浙江 with 11 cases ranked 1-11 beside a central enterprise with 3: only the province's 11th is over")
    eleventh = s.add_many(11, ZHEJIANG, "zhejiang")[10:]
    s.expect(eleventh, QUOTA)
    s.expect(eleventh, RANK_RANGE)
    s.add_many(3, CEC, "central")
    out.append(s)

    s = Scenario("same-recommender-two-names",
                 "11 unranked cases of 浙江's province recommender, some naming it 浙江省经信厅: one recommender, "
                 "over its quota")
    paths = s.add_many(6, ZHEJIANG, rank=None)
    short = Recommender("zhejiang", "province", "浙江省经信厅", "浙江")
    paths += s.add_many(5, short, rank=None)
    s.expect(paths, QUOTA)
    out.append(s)

    s = Scenario("duplicate-title", "two files with the same title (different applicants and recommenders): "
                 "batch.duplicate-case on both; a third, different title: none")
    a = s.add(ZHEJIANG, title="注塑车间设备联网与质量追溯改造")
    b = s.add(JIANGSU, title="注塑车间设备联网与质量追溯改造")
    s.add(ZHEJIANG)
    s.expect([a, b], DUPLICATE)
    out.append(s)

    s = Scenario("duplicate-code-platform",
                 "the same applicant credit code and platform name under two titles: batch.duplicate-case on both; "
                 "the same code with another platform, or the same platform with another code: none")
    code = credit_code_for(ZHEJIANG.division, 999901)
    a = s.add(ZHEJIANG, code=code, platform="恒远工业互联网平台")
    b = s.add(CEC, code=code, platform="恒远工业互联网平台")
    s.add(ZHEJIANG, code=code, platform="恒远设备管理平台")
    s.add(ZHEJIANG, platform="恒远工业互联网平台")
    s.expect([a, b], DUPLICATE)
    out.append(s)

    s = Scenario("rank-conflict", "two cases of 浙江 both ranked 2: batch.rank-conflict on both; rank 1 given by "
                 "浙江, 江苏 and a central enterprise each, and an unranked case: none")
    s.add(ZHEJIANG, rank=1)
    a = s.add(ZHEJIANG, rank=2)
    b = s.add(ZHEJIANG, rank=2)
    s.add(ZHEJIANG, rank=None)
    s.add(JIANGSU, rank=1)
    s.add(CEC, rank=1)
    s.expect([a, b], RANK)
    out.append(s)

    s = Scenario("clean-mixed", "several recommenders, each within its quota, no duplicate, no rank twice: no finding")
    s.add_many(7, ZHEJIANG, "zhejiang")
    s.add_many(10, JIANGSU, "jiangsu")
    s.add_many(5, NINGBO, "ningbo")
    s.add_many(2, SHENZHEN, "shenzhen")
    s.add_many(3, CEC, "central")
    s.add_many(1, CASIC, "central")
    out.append(s)
    return out


def write(scenario, root, check):
    target = os.path.join(root, scenario.name)
    wanted = dict(scenario.files)
    expected = {"description": scenario.description,
                "findings": {p: sorted(c) for p, c in sorted(scenario.expected.items())}}
    wanted["expected.json"] = json.dumps(expected, ensure_ascii=False, indent=2) + "\n"
    differ = []
    if not check and os.path.isdir(target):
        shutil.rmtree(target)
    for rel, text in sorted(wanted.items()):
        path = os.path.join(target, rel)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        differ.append(path)
            except OSError:
                differ.append(path)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    return differ


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = p.parse_args()
    differ = []
    for s in scenarios():
        differ += write(s, HERE, args.check)
    for path in differ:
        print(f"differs: {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
