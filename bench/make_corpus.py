#!/usr/bin/env python3
"""Writes N distinct, valid, realistic case files (about 6 KB each) for the benchmark.

    python3 bench/make_corpus.py N OUTDIR

Deterministic: the same N gives the same files. Every file passes `iipcase check`, alone and
as a batch: recommenders keep within their quotas and ranks, titles and credit codes differ,
credit codes carry real check characters (the logic of tools/credit_code.py). Values that
YAML 1.1 would read as numbers (phones) are quoted, so that JSON Schema peers accept them too.
"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import credit_code  # noqa: E402

MODES = {
    "平台化设计": ["并行设计", "敏捷设计", "交互设计", "模块化设计", "仿真设计", "供应商参与设计", "用户反馈设计", "协同研发"],
    "数字化管理": ["业务流程贯通", "供应链数据贯通", "组织架构优化", "动态精准服务", "辅助管理决策"],
    "智能化制造": ["设备互联", "动态感知", "实时分析", "科学决策", "质量提升", "能源管理", "安全生产"],
    "网络化协同": ["研发协同", "制造协同", "供应协同", "云化服务", "产业链延伸"],
    "个性化定制": ["用户参与设计", "需求分析", "模块化设计", "个性化设计", "柔性化生产", "智能仓储", "准时交付"],
    "服务化延伸": ["产品追溯", "远程运维", "分享制造", "供应链金融", "回收利用"],
}
TYPES = ["制造企业", "信息技术企业", "互联网企业", "电信运营商", "高校及科研院所"]
# (name, division code, recommender name, a city for company names)
REGIONS = [
    ("北京市", "11", "北京市经济和信息化局", "北京"), ("天津市", "12", "天津市工业和信息化局", "天津"),
    ("河北省", "13", "河北省工业和信息化厅", "石家庄"), ("山西省", "14", "山西省工业和信息化厅", "太原"),
    ("内蒙古自治区", "15", "内蒙古自治区工业和信息化厅", "包头"), ("辽宁省", "21", "辽宁省工业和信息化厅", "沈阳"),
    ("吉林省", "22", "吉林省工业和信息化厅", "长春"), ("黑龙江省", "23", "黑龙江省工业和信息化厅", "哈尔滨"),
    ("上海市", "31", "上海市经济和信息化委员会", "上海"), ("江苏省", "32", "江苏省工业和信息化厅", "苏州"),
    ("浙江省", "33", "浙江省经济和信息化厅", "杭州"), ("安徽省", "34", "安徽省经济和信息化厅", "合肥"),
    ("福建省", "35", "福建省工业和信息化厅", "福州"), ("江西省", "36", "江西省工业和信息化厅", "南昌"),
    ("山东省", "37", "山东省工业和信息化厅", "济南"), ("河南省", "41", "河南省工业和信息化厅", "郑州"),
    ("湖北省", "42", "湖北省经济和信息化厅", "武汉"), ("湖南省", "43", "湖南省工业和信息化厅", "长沙"),
    ("广东省", "44", "广东省工业和信息化厅", "广州"), ("广西壮族自治区", "45", "广西壮族自治区工业和信息化厅", "柳州"),
    ("海南省", "46", "海南省工业和信息化厅", "海口"), ("重庆市", "50", "重庆市经济和信息化委员会", "重庆"),
    ("四川省", "51", "四川省经济和信息化厅", "成都"), ("贵州省", "52", "贵州省工业和信息化厅", "贵阳"),
    ("云南省", "53", "云南省工业和信息化厅", "昆明"), ("西藏自治区", "54", "西藏自治区经济和信息化厅", "拉萨"),
    ("陕西省", "61", "陕西省工业和信息化厅", "西安"), ("甘肃省", "62", "甘肃省工业和信息化厅", "兰州"),
    ("青海省", "63", "青海省工业和信息化厅", "西宁"), ("宁夏回族自治区", "64", "宁夏回族自治区工业和信息化厅", "银川"),
    ("新疆维吾尔自治区", "65", "新疆维吾尔自治区工业和信息化厅", "乌鲁木齐"),
    ("新疆生产建设兵团", "66", "新疆生产建设兵团工业和信息化局", "石河子"),
]
# (city, its four digits, its province)
PLANNED_CITIES = [("大连市", "2102", "辽宁省"), ("青岛市", "3702", "山东省"), ("宁波市", "3302", "浙江省"),
                  ("厦门市", "3502", "福建省"), ("深圳市", "4403", "广东省")]
INDUSTRIES = ["C13", "C14", "C17", "C22", "C26", "C27", "C29", "C30", "C31", "C32", "C33", "C34", "C35", "C36",
              "C37", "C38", "C39", "C40", "汽车制造业", "专用设备制造业", "通用设备制造业", "电气机械和器材制造业",
              "医药制造业", "纺织业", "D", "B", "I"]
PRODUCTS = ["铝合金压铸件", "工程机械", "纺织面料", "锂电池电芯", "光伏组件", "特种钢材", "精密轴承", "家用空调",
            "定制家具", "医药中间体", "汽车线束", "数控机床", "电力变压器", "新型建材", "化纤长丝", "智能电表",
            "轮胎", "集成电路封装", "乳制品", "包装用纸", "风电齿轮箱", "液压元件", "服装成衣", "陶瓷卫浴"]
BRAND_HEADS = "华恒宏瑞中远鼎泰嘉兴新昌永信安盛达源德丰晟隆汇通天润海科锐立博创金诚明辉宇凯正坤"
BRAND_TAILS = "川峰源泰达安鑫航腾联宁康泽远盛茂岳辰瀚嘉华城启邦阳昊铭邦"
SUFFIXES = ["有限公司", "股份有限公司", "集团有限公司", "科技有限公司"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志远晓峰海燕文斌立新"
CENTRAL_HEADS = ["中国", "中国电子", "中国航天", "中国船舶", "中国兵器", "中国机械", "中国建材", "中国化工", "国家电网",
                 "中国能源", "中国通用", "中国钢研", "中国有色", "中国中车", "中国建筑", "中国铁建"]
CENTRAL_TAILS = ["信息产业", "科技", "装备", "工业", "技术", "电气", "材料", "工程", "智能", "控股", "能源", "物资",
                 "建设", "动力", "重工", "数字"]


def pick(rng, items, n):
    return rng.sample(items, n)


def company(rng, i, city):
    brand = BRAND_HEADS[i % len(BRAND_HEADS)] + BRAND_TAILS[(i // len(BRAND_HEADS)) % len(BRAND_TAILS)]
    return brand, f"{city}{brand}{rng.choice(['智能装备', '新材料', '精密制造', '实业', '电子', '机械'])}{rng.choice(SUFFIXES)}"


def make_credit_code(rng, i, division4):
    # Positions 3-8: the division code; 9-16: an organisation-code body, unique per file.
    body = "MA" + "".join(credit_code.CODE_CHARS[(i // 31 ** k) % 31] for k in range(4)) + \
        "".join(rng.choice("ABCDEFGHJKLMNPQRTUWXY") for _ in range(2))
    return credit_code.make("91" + division4 + f"{rng.randrange(100):02d}" + body)


def recommender_slots():
    """Slots within every quota: ten per region, five per planned city, then central enterprises."""
    slots = [("province", r, rank) for r in REGIONS for rank in range(1, 11)]
    slots += [("planned-city", c, rank) for c in PLANNED_CITIES for rank in range(1, 6)]
    random.Random(2021).shuffle(slots)
    return slots


def central_enterprise(k):
    head = CENTRAL_HEADS[k % len(CENTRAL_HEADS)]
    tail = CENTRAL_TAILS[(k // len(CENTRAL_HEADS)) % len(CENTRAL_TAILS)]
    series = k // (len(CENTRAL_HEADS) * len(CENTRAL_TAILS))
    return f"{head}{tail}{'第' + str(series + 1) + '' if series else ''}集团有限公司"


SUMMARY = [
    "{name}主要生产{product}，现有生产线{lines}条、员工{staff}人，产品销往全国{provinces}个省份。",
    "针对{pain}等问题，公司建设{platform}，将关键设备、业务系统和上下游企业接入平台。",
    "平台实时采集{points}余项生产和经营数据，建立质量分析、计划排产和能耗优化等{models}个工业模型。",
    "项目实施后，生产效率提高{eff}%，产品不良率下降{defect}个百分点，单位产品综合能耗下降{energy}%。",
    "平台已接入上下游企业{peers}家，实现订单、库存和质量信息的在线共享。",
]
BACKGROUND = [
    "{product}生产工序多、工艺参数复杂，产品质量受原材料批次、设备状态和操作经验等多种因素影响。",
    "公司原有各车间设备由不同厂商提供，通信协议不统一，生产数据分散在{systems}套独立系统中，难以关联分析。",
    "生产计划主要依靠人工经验编排，订单变化时调整周期长，平均订单交付周期为{lead}天，客户意见较多。",
    "质量问题往往要到成品检验环节才能发现，返工和报废造成的损失每年超过{loss}万元。",
    "能源消耗只按月统计到车间，无法发现设备空转、参数设定不合理等浪费，单位产品能耗高于行业平均水平。",
    "设备维护以事后维修和定期保养为主，非计划停机每月{downtime}次左右，影响订单按期交付。",
    "上下游企业之间信息传递依靠电话和表格，供应商备货与实际需求脱节，原材料库存周转天数达到{stock}天。",
    "随着客户对交付周期和质量追溯的要求不断提高，公司迫切需要借助工业互联网平台提升生产管控和协同能力。",
]
SOLUTION = [
    "（一）设备联网与数据采集。为{devices}台生产设备部署数据采集终端，通过工业以太网和5G网络接入{platform}，"
    "统一采集设备状态、工艺参数和能耗数据，并与产品批次和工单一一对应，形成单件级的生产数据档案。",
    "（二）质量分析与工艺优化。基于近{years}年积累的生产数据和检验结果，建立质量预测模型，"
    "在工序完成后数秒内给出质量风险等级，高风险产品自动分流复检；工艺参数出现偏移趋势时，平台向工艺员推送调整建议。",
    "（三）计划排产与协同。平台与企业资源计划系统、制造执行系统和仓储管理系统集成，根据订单、设备能力和物料情况自动生成排产方案，"
    "订单变化时{replan}分钟内完成重排；供应商通过平台查看需求预测和库存，按需备货。",
    "（四）能源管理。在主要用能环节安装电能表、燃气表和压缩空气流量计{meters}余块，按设备、班次和产品核算能耗，"
    "识别空转和非生产时段能耗，根据生产计划优化设备开停和保温参数。",
    "（五）预测性维护。对关键设备的振动、温度和电流等数据进行分析，建立{failure}类典型故障的预警模型，"
    "提前安排维护，减少非计划停机，同时记录维修过程，沉淀设备维护知识库。",
    "（六）管理驾驶舱。平台为公司管理层提供生产、质量、设备、能耗和成本的实时看板，"
    "各项指标可逐级下钻到车间、产线和设备，辅助管理人员及时发现问题并作出决策。",
    "平台采用私有云部署，核心数据在公司本地机房存储和计算，并按照网络安全等级保护要求建设了安全防护体系。",
]
RESULTS = [
    "平台于{year}年{month}月投入运行。生产效率由每小时{eff_before}件提高到{eff_after}件；",
    "产品不良率由{defect_before}%降低到{defect_after}%，全年减少质量损失约{saving}万元；",
    "订单平均交付周期由{lead}天缩短到{lead_after}天，原材料库存周转天数由{stock}天缩短到{stock_after}天；",
    "单位产品综合能耗下降{energy}%，设备非计划停机次数由每月{downtime}次减少到{downtime_after}次。",
    "公司在产能基本不变的情况下承接了{orders}家客户的新增订单，相关做法得到了客户和合作伙伴的认可。",
    "平台沉淀的工艺模型和设备维护知识已在公司其他{lines}条产线复用，新产线调试周期缩短约三分之一。",
]
REPLICABILITY = [
    "{product}行业企业数量众多，普遍存在设备数据分散、质量问题发现滞后和能耗偏高等问题。",
    "本案例的数据采集方案兼容主流设备型号，质量分析、计划排产和能源管理模块可按企业产品和设备情况配置，",
    "单个车间的改造周期约{months}个月，投资回收期约{payback}年，适合中小企业分步实施。",
    "公司已将相关做法提供给{peers}家同行企业和上下游合作伙伴参考实施，具备在行业内推广的条件。",
    "下一步，公司将联合行业协会和服务商，把平台的行业模型和应用模板开放给更多中小企业使用。",
]


def paragraph(rng, sentences, values, keep=None):
    """A block scalar's lines: all the sentences, or `keep` of them in their order."""
    if keep is not None:
        sentences = [sentences[k] for k in sorted(rng.sample(range(len(sentences)), keep))]
    return "\n".join("    " + s.format(**values) for s in sentences)


def numbers(rng):
    eff_before = rng.randrange(40, 400)
    defect_before = round(rng.uniform(2.0, 9.0), 1)
    lead = rng.randrange(15, 45)
    stock = rng.randrange(20, 60)
    downtime = rng.randrange(8, 30)
    return dict(
        lines=rng.randrange(4, 40), staff=rng.randrange(300, 5000), provinces=rng.randrange(10, 31),
        points=rng.randrange(30, 200), models=rng.randrange(5, 40), eff=rng.randrange(10, 45),
        defect=round(rng.uniform(0.5, 3.0), 1), energy=rng.randrange(5, 25), systems=rng.randrange(4, 12),
        lead=lead, lead_after=lead - rng.randrange(3, lead // 2), loss=rng.randrange(200, 3000),
        downtime=downtime, downtime_after=downtime - rng.randrange(2, downtime // 2), stock=stock,
        stock_after=stock - rng.randrange(3, stock // 2), devices=rng.randrange(60, 900),
        years=rng.randrange(2, 6), replan=rng.randrange(5, 60), meters=rng.randrange(80, 600),
        failure=rng.randrange(8, 40), year=rng.choice([2019, 2020]), month=rng.randrange(1, 13),
        eff_before=eff_before, eff_after=eff_before + rng.randrange(10, eff_before),
        defect_before=defect_before, defect_after=round(defect_before * rng.uniform(0.3, 0.8), 1),
        saving=rng.randrange(100, 2000), orders=rng.randrange(2, 12), months=rng.randrange(3, 9),
        payback=rng.choice(["1", "1.5", "2", "2.5"]), peers=rng.randrange(2, 20))


def case_file(i, slots):
    rng = random.Random(i)
    if i < len(slots):
        kind, where, rank = slots[i]
    else:
        k = i - len(slots)
        kind, where, rank = "central-enterprise", central_enterprise(k // 3), k % 3 + 1
    if kind == "province":
        region, division, recommender, city = where
        division4 = division + rng.choice(["01", "02", "05", "06"])
        recommender_lines = f"  kind: 省级主管部门\n  region: {region}\n  name: {recommender}\n"
    elif kind == "planned-city":
        city_name, division4, region = where
        city = city_name.rstrip("市")
        recommender_lines = (f"  kind: 计划单列市\n  region: {city_name}\n"
                             f"  name: {city_name}工业和信息化局\n")
    else:
        region, division, _, city = REGIONS[rng.randrange(len(REGIONS) - 1)]
        division4 = division + "01"
        recommender_lines = f"  kind: 中央企业\n  name: {where}\n"
    mode = rng.choice(list(MODES))
    scenarios = pick(rng, MODES[mode], rng.randrange(2, 5))
    product = rng.choice(PRODUCTS)
    brand, name = company(rng, i, city)
    platform = f"{brand}{rng.choice(['工业互联网平台', '智造云平台', '设备云平台', '协同制造平台'])}"
    values = numbers(rng)
    values.update(name=name, product=product, platform=platform,
                  pain=rng.choice(["设备数据分散、质量问题发现滞后", "计划排产依赖经验、交付周期长",
                                   "能耗偏高、设备非计划停机多", "上下游协同效率低、库存积压"]))
    contact = rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.randrange(1, 3)))
    if rng.random() < 0.5:
        phone = "1" + rng.choice("3456789") + f"{rng.randrange(10 ** 9):09d}"
    else:
        phone = f"0{rng.randrange(10, 999)}-{rng.randrange(10 ** 7, 10 ** 8)}"
    metrics = [
        ("生产效率", "件/小时", values["eff_before"], values["eff_after"]),
        ("产品不良率", "%", values["defect_before"], values["defect_after"]),
        ("订单平均交付周期", "天", values["lead"], values["lead_after"]),
        ("原材料库存周转天数", "天", values["stock"], values["stock_after"]),
        ("设备非计划停机次数", "次/月", values["downtime"], values["downtime_after"]),
    ]
    partners = ""
    if rng.random() < 0.3:
        partner_brand, partner = company(rng, i + 7919, city)
        partners = (f"partners:\n  - name: {partner}\n    type: {rng.choice(TYPES)}\n"
                    f"    credit_code: {make_credit_code(rng, i + 500000, division4)}\n")
    text = f"""schema: iip-case/2021
title: {brand}{product}{rng.choice(scenarios)}与{mode}平台应用案例{i + 1}
mode: {mode}
scenarios:
{"".join(f"  - {s}" + chr(10) for s in scenarios)}industry: {rng.choice(INDUSTRIES)}
applicant:
  name: {name}
  type: {rng.choice(TYPES)}
  credit_code: {make_credit_code(rng, i, division4)}
  region: {region}
  contact:
    name: {contact}
    phone: "{phone}"
    email: contact{i}@company{i % 997}.example.com
{partners}recommender:
{recommender_lines}  rank: {rank}
platform:
  name: {platform}
  provider: {name}
content:
  summary: |
{paragraph(rng, SUMMARY, values)}
  background: |
{paragraph(rng, BACKGROUND, values, keep=7)}
  solution: |
{paragraph(rng, SOLUTION, values)}
  results: |
{paragraph(rng, RESULTS, values)}
  replicability: |
{paragraph(rng, REPLICABILITY, values)}
metrics:
"""
    for metric, unit, before, after in rng.sample(metrics, rng.randrange(3, 6)):
        quoted = f'"{unit}"' if unit == "%" else unit
        text += f"  - name: {metric}\n    unit: {quoted}\n    before: {before}\n    after: {after}\n"
    return text


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    count, outdir = int(argv[1]), argv[2]
    os.makedirs(outdir, exist_ok=True)
    slots = recommender_slots()
    width = len(str(count))
    for i in range(count):
        with open(os.path.join(outdir, f"case-{i + 1:0{width}d}.yaml"), "w", encoding="utf-8") as f:
            f.write(case_file(i, slots))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
