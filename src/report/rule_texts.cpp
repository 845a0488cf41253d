// The table of what each diagnostic code checks (short description, help), Chinese beside English.
#include "report/rule_texts.h"

#include <algorithm>

namespace iipcase {

const std::vector<RuleText>& rule_texts() {
  constexpr Severity E = Severity::error;
  constexpr Severity W = Severity::warning;
  static const std::vector<RuleText> table = {
      {"file.too-large", E, "文件超过大小上限", "File larger than the size limit",
       "案例文件只含文字，远小于上限；请确认指定的是案例文件，确需更大时用 --max-size 调整上限。",
       "A case file holds text only and stays far below the limit; check that the right file is named, or "
       "raise the limit with --max-size."},
      {"file.encoding", E, "文件不是 UTF-8 编码", "File not encoded in UTF-8",
       "以 UTF-8 保存文件（可带 BOM）；GBK/GB18030 文件可用 iconv -f GB18030 -t UTF-8 转换。",
       "Save the file as UTF-8 (a byte-order mark is accepted); convert a GBK/GB18030 file with iconv -f "
       "GB18030 -t UTF-8."},
      {"file.binary", E, "文件含 NUL 字节，不是文本", "File holds a NUL byte: not text",
       "请指定 YAML 案例文件，而不是文档、表格或压缩包。",
       "Name the YAML case file, not a document, spreadsheet or archive."},
      {"yaml.syntax", E, "YAML 语法错误", "YAML syntax error",
       "检查该处附近的缩进（用空格，不用制表符）、键后的冒号和成对的引号。",
       "Check the indentation (spaces, not tabs), the colon after each key and matching quotes near the "
       "place reported."},
      {"yaml.too-deep", E, "嵌套超过 64 层", "Nesting deeper than 64 levels",
       "案例文件只需要几层嵌套；删去多余的嵌套。",
       "A case file needs only a few levels of nesting; remove the extra ones."},
      {"yaml.duplicate-key", E, "同一映射中键重复", "Same key twice in one mapping",
       "只保留其中一个：不同的 YAML 解析器取值不同。",
       "Keep only one of them: YAML parsers disagree on which one counts."},
      {"yaml.alias", E, "使用了锚点、别名或合并键", "Anchor, alias or merge key",
       "把值完整写出；案例文件不需要 &锚点、*别名或 << 合并键。",
       "Write each value out in full; case files need no anchors (&), aliases (*) or merge keys (<<)."},
      {"yaml.multi-document", E, "文件含多个 YAML 文档", "More than one YAML document",
       "一个文件只写一个案例；删去多余的 --- 分隔行。",
       "Write one case per file and remove the extra --- line."},
      {"yaml.not-mapping", E, "文件为空或顶层不是字段映射", "File empty, or its top level not a mapping",
       "顶层写成 key: value 的形式；可从 iipcase init 生成的模板开始。",
       "Write the top level as key: value lines; start from the template that iipcase init prints."},
      {"schema.missing", W, "缺少 schema 字段", "No schema key",
       "在文件第一行写 schema: iip-case/2021，注明所依据的规则。",
       "Add schema: iip-case/2021 as the first line, naming the rules the file follows."},
      {"schema.unsupported", E, "不支持的 schema", "Unsupported schema",
       "写 schema: iip-case/2021，或用 --rules 指定对应的规则文件。",
       "Write schema: iip-case/2021, or give the matching rules with --rules."},
      {"field.required", E, "必填字段缺失或为空", "Required field missing or empty",
       "补上该字段并填写内容；只有空白的值视为缺失。",
       "Add the field with a value; a value of white space only counts as missing."},
      {"field.type", E, "值的 YAML 类型不对", "Value of the wrong YAML kind",
       "按字段表写成字符串、数字或列表；必须是文字的值请加引号。",
       "Write a string, number or list as the field table asks; quote a value that must stay text."},
      {"field.unknown", W, "字段表中没有该键", "Key not in the field table",
       "检查拼写；提示给出最接近的已知键。",
       "Check the spelling; the finding suggests the nearest known key."},
      {"field.too-short", W, "文字少于要求", "Text shorter than asked",
       "通知要求描述详实：补充事实和数据，达到最少字数（不计空白）。",
       "The notice asks for detail (描述详实): add facts and figures up to the minimum length (white space "
       "not counted)."},
      {"field.too-long", E, "文字超过上限", "Text longer than allowed",
       "删减到字数上限以内（按字符计，不计空白）。",
       "Shorten it to the maximum length (characters, white space not counted)."},
      {"field.format", E, "电话号码或电子邮箱格式不对", "Phone number or e-mail address of the wrong form",
       "手机：1[3-9] 加 9 位数字；固定电话：0、区号、可选的 -、7–8 位号码；邮箱：名称@域名。",
       "Mobile: 1[3-9] and 9 digits; landline: 0, the area code, an optional -, 7–8 digits; e-mail: "
       "name@domain."},
      {"mode.unknown", E, "不是六种应用模式之一", "Not one of the six application modes",
       "使用平台化设计、数字化管理、智能化制造、网络化协同、个性化定制、服务化延伸之一（或其 id）。",
       "Use one of 平台化设计, 数字化管理, 智能化制造, 网络化协同, 个性化定制, 服务化延伸 (or its id)."},
      {"applicant-type.unknown", E, "不是五类申报主体之一", "Not one of the five applicant types",
       "使用制造企业、信息技术企业、互联网企业、电信运营商、高校及科研院所之一（或其 id）。",
       "Use one of 制造企业, 信息技术企业, 互联网企业, 电信运营商, 高校及科研院所 (or its id)."},
      {"region.unknown", E, "不是省级地区或计划单列市", "Not a provincial-level region or planned city",
       "使用正式全称（如浙江省）或所列简称；计划单列市推荐的写大连、青岛、宁波、厦门或深圳。",
       "Use the full official name (such as 浙江省) or a listed short form; a planned-city recommender names "
       "大连, 青岛, 宁波, 厦门 or 深圳."},
      {"recommender.kind-unknown", E, "推荐单位类别未知", "Unknown recommender kind",
       "写省级主管部门、计划单列市或中央企业（province、planned-city、central-enterprise）。",
       "Write province (省级主管部门), planned-city (计划单列市) or central-enterprise (中央企业)."},
      {"industry.unknown", E, "不是 GB/T 4754-2017 门类或制造业大类",
       "Not a GB/T 4754-2017 section or manufacturing division",
       "写门类字母 A–T 或制造业大类 C13–C43（2017 版名称）。",
       "Write a section letter A–T or a manufacturing division C13–C43 (names of the 2017 edition)."},
      {"scenario.missing", W, "未列应用场景", "No scenarios listed",
       "列出所选模式下的应用场景（iipcase schema 可查）。",
       "List the application scenarios of the chosen mode (iipcase schema lists them)."},
      {"scenario.other-mode", W, "场景属于另一种模式", "Scenario of another mode",
       "选用本案例模式下的场景，或检查模式是否选对。",
       "Choose scenarios of the case's mode, or check that the mode is the right one."},
      {"scenario.unknown", W, "通知未列出的场景", "Scenario the notice does not list",
       "使用通知为该模式列出的场景；提示给出最接近的一个。",
       "Use a scenario the notice lists for the mode; the finding suggests the nearest."},
      {"credit-code.format", E, "统一社会信用代码格式不对", "Malformed unified social credit code",
       "18 位，由 0-9 和 A-H J-N P-R T U W-Y 组成；请照营业执照抄写。",
       "18 characters of 0-9 and A-H J-N P-R T U W-Y; copy it from the business licence."},
      {"credit-code.checksum", E, "统一社会信用代码校验位不对", "Credit code check character wrong",
       "第 18 位与 GB 32100-2015 校验不符，代码有误；请照营业执照抄写。",
       "The 18th character fails the GB 32100-2015 check, so the code is mistyped; copy it from the business "
       "licence."},
      {"region.mismatch", W, "地区与信用代码或推荐单位不符",
       "Region does not fit the credit code or the recommender",
       "核对申报单位所在地区与信用代码中的行政区划码，以及推荐单位是否为注册地的主管部门。",
       "Check applicant.region against the division code in the credit code, and that the recommender is "
       "where the applicant is registered."},
      {"metrics.missing", E, "没有成效指标", "No metrics",
       "通知要求成效用数据说明：至少列一项指标，含名称、单位、应用前后数值。",
       "The notice asks for results in figures: list at least one metric with name, unit, before and after."},
      {"metrics.invalid", E, "指标值不是数字", "Metric value not a number",
       "before 和 after 写成数字（如 12.5），单位写在 unit 中。",
       "Write before and after as plain numbers (such as 12.5) and the unit in unit."},
      {"metrics.implausible", W, "指标前后相同或变化超过 1000%",
       "Metric unchanged, or changed by over 1000 %", "核对数据；通知要求杜绝虚构和夸大。",
       "Check the figures; the notice asks for no exaggeration (杜绝虚构和夸大)."},
      {"content.unsupported-claim", W, "内容中有绝对化表述", "Absolute claim in the content",
       "删去国际领先、填补空白等表述，用可核实的指标数据说明成效。",
       "Remove phrases such as 国际领先 or 填补空白 and show the results with figures that can be verified."},
      {"batch.quota-exceeded", E, "推荐数量超过名额", "More cases than the recommender's quota",
       "每个推荐单位推荐的案例不超过规则规定的名额（iipcase schema 可查）：报告在名额之外的案例上——排序超出名额或"
       "没有排序的；推荐单位没有排序时，报告在它的每个案例上。",
       "Keep no more cases per recommender than its quota in the rules in force (iipcase schema lists them). "
       "Reported on the cases outside the quota: those ranked beyond it or not ranked; on every case of a "
       "recommender that ranks none."},
      {"batch.duplicate-case", E, "同一案例重复申报", "Same case submitted twice",
       "两个文件的案例名称相同，或申报单位信用代码和平台名称都相同；一个案例只申报一次。",
       "Two files have the same title, or the same applicant credit code and platform name; submit each case "
       "once."},
      {"batch.rank-conflict", E, "同一推荐单位的排序重复", "Two cases of one recommender share a rank",
       "同一推荐单位的每个案例使用不同的推荐排序。",
       "Give each case of a recommender its own rank (推荐排序)."},
      {"recommender.name-mismatch", W, "推荐单位名称与推荐地区不符", "Recommender's name names another place",
       "推荐单位名称开头的地名应是推荐地区；中央企业的名称不是地方主管部门。",
       "A recommender's name that begins with a place names its own region; a central enterprise is not a local "
       "authority."},
      {"recommender.rank-out-of-range", E, "推荐排序超出名额范围", "Rank outside the recommender's quota",
       "推荐排序是 1 到推荐单位名额（省级 10、计划单列市 5、中央企业 3）之间的整数。",
       "A rank is a whole number from 1 to the recommender's quota (10 for a province, 5 for a planned city, 3 "
       "for a central enterprise)."},
      {"partners.duplicate", E, "联合申报单位重复", "Partner listed twice, or the applicant as its own partner",
       "每个联合申报单位只列一次，申报单位自己不列为联合申报单位。",
       "List each partner once, and not the applicant itself."},
  };
  return table;
}

const RuleText* rule_text(std::string_view code) {
  const std::vector<RuleText>& table = rule_texts();
  auto it = std::find_if(table.begin(), table.end(), [&](const RuleText& r) { return r.code == code; });
  return it == table.end() ? nullptr : &*it;
}

}  // namespace iipcase
