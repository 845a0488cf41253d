// The bilingual message table: every finding's message and hint, Chinese beside English.
#include "messages.h"

#include "source/escape.h"

#include <algorithm>
#include <array>

#include <fmt/args.h>
#include <fmt/format.h>

namespace iipcase {
namespace {

struct Entry {
  std::string_view id;
  std::string_view code;  // empty for texts that are not findings (hints); its severity is the registry's
  std::string_view zh, en;
  std::string_view hint_zh = {}, hint_en = {};
};

// Kept sorted by id (checked once at start-up) so that look-ups are binary searches.
constexpr std::array k_entries = {
    Entry{"applicant-type.unknown", "applicant-type.unknown",
          "“{value}”不是申报主体类型之一", "\"{value}\" is not one of the applicant types",
          "可选：{choices}", "use one of: {choices}"},
    Entry{"batch.duplicate-case.code-platform", "batch.duplicate-case",
          "与 {other} 的申报单位统一社会信用代码和平台名称相同，是同一案例",
          "same applicant credit code and platform name as {other}: the same case twice",
          "一个案例只申报一次；若是不同案例，请写明各自的平台", "submit each case once; if the cases differ, name each one's platform"},
    Entry{"batch.duplicate-case.title", "batch.duplicate-case",
          "案例名称与 {other} 相同", "same title as {other}",
          "一个案例只申报一次；不同案例请用不同名称", "submit each case once; give different cases different titles"},
    Entry{"batch.quota-exceeded", "batch.quota-exceeded",
          "{recommender} 推荐了 {count} 个案例，超过上限 {limit} 个",
          "{recommender} recommends {count} cases, more than its limit of {limit}",
          "按推荐排序保留前 {limit} 个案例", "keep the {limit} cases ranked first"},
    Entry{"batch.quota-exceeded.beyond-rank", "batch.quota-exceeded",
          "{recommender} 推荐了 {count} 个案例，超过上限 {limit} 个；本案例排序 {rank}，在名额之外",
          "{recommender} recommends {count} cases, more than its limit of {limit}; this one is ranked {rank}, "
          "outside the quota",
          "只报送排序前 {limit} 的案例", "submit only the {limit} cases ranked first"},
    Entry{"batch.quota-exceeded.unranked", "batch.quota-exceeded",
          "{recommender} 推荐了 {count} 个案例，超过上限 {limit} 个；本案例没有推荐排序，在名额之外",
          "{recommender} recommends {count} cases, more than its limit of {limit}; this one has no rank, "
          "so it is outside the quota",
          "给本案例排序，或不报送", "rank this case, or do not submit it"},
    Entry{"batch.rank-conflict", "batch.rank-conflict",
          "推荐排序 {rank} 与 {other} 重复", "rank {rank} is also given to {other}",
          "同一推荐单位的每个案例使用不同的排序号", "give each case of one recommender its own rank"},
    // The command line's own messages (no code: not findings). {path} and {value} are as typed.
    Entry{"cli.cannot-read", "", "无法读取 {path}", "cannot read {path}"},
    Entry{"cli.cannot-read-directory", "", "无法读取文件夹 {path}：{reason}", "cannot read directory {path}: {reason}"},
    Entry{"cli.cannot-read-rules", "", "无法读取规则文件 {path}", "cannot read rules file {path}"},
    Entry{"cli.cannot-write", "", "无法写入 {path}", "cannot write {path}"},
    Entry{"cli.cannot-write-stdout", "", "无法写入标准输出", "cannot write to standard output"},
    Entry{"cli.file-missing", "", "文件不存在：{path}", "no such file: {path}"},
    Entry{"cli.invalid-choice", "", "“{value}”不是可选值，可选：{choices}",
          "\"{value}\" is not one of: {choices}"},
    Entry{"cli.jobs-fewer", "", "系统只允许启动 {started} 个线程（要求 {asked} 个），用较少的线程继续检查",
          "the system allowed only {started} threads of the {asked} asked for: checking with fewer"},
    Entry{"cli.link-dangling", "", "跳过符号链接 {path}：它指向不存在的目标",
          "skipped the symbolic link {path}: it leads nowhere"},
    Entry{"cli.link-outside", "", "跳过符号链接 {path}：它指向所搜索的文件夹之外",
          "skipped the symbolic link {path}: it leads outside the folder searched"},
    Entry{"cli.missing-value", "", "选项 {option} 缺少取值", "option {option} needs a value"},
    Entry{"cli.no-case-file", "", "没有找到案例文件（*.yaml、*.yml）", "no case file (*.yaml, *.yml) found"},
    Entry{"cli.no-code", "", "没有代码或说明含有“{word}”", "no code or explanation mentions \"{word}\""},
    Entry{"cli.no-code.hint", "", "是否应为 {codes}？", "did you mean {codes}?"},
    Entry{"cli.no-code.list", "", "运行 iipcase explain 列出全部代码", "run iipcase explain for the list of codes"},
    Entry{"cli.no-such-path", "", "文件或文件夹不存在：{path}", "no such file or directory: {path}"},
    Entry{"cli.not-integer", "", "“{value}”不是 {min} 到 {max} 之间的整数",
          "\"{value}\" is not a whole number from {min} to {max}"},
    Entry{"cli.output-exists", "", "{path} 已存在；要覆盖请加 --force", "{path} already exists; use --force to overwrite it"},
    Entry{"cli.output-is-input", "", "不写入 {path}：它也是输入文件，写入会替换它",
          "not writing to {path}: it is also an input, which the output would replace"},
    Entry{"cli.output-is-link", "", "不写入 {path}：它是符号链接；请指定链接的目标或另一个文件名",
          "not writing to {path}: it is a symbolic link; name its target or another file"},
    Entry{"cli.output-not-regular", "", "不写入 {path}：它不是普通文件（{kind}）；标准输出请用 -o -",
          "not writing to {path}: it is not a regular file ({kind}); for standard output use -o -"},
    Entry{"cli.required", "", "缺少必需的参数 {name}", "{name} is required"},
    Entry{"cli.rules-invalid", "", "规则文件无法使用：{detail}", "the rules cannot be used: {detail}"},
    Entry{"cli.see-help", "", "运行 iipcase {command}--help 查看用法", "run iipcase {command}--help for the usage"},
    Entry{"cli.subcommand-required", "", "需要一个子命令：{choices}", "a command is required: {choices}"},
    Entry{"cli.unexpected", "", "无法识别的参数：{args}", "unexpected argument: {args}"},
    Entry{"cli.unknown-mode", "", "“{value}”不是应用模式之一", "\"{value}\" is not one of the application modes"},
    Entry{"cli.unknown-mode.modes", "", "应用模式：", "application modes:"},
    Entry{"cli.usage", "", "命令行有误：{detail}", "{detail}"},
    Entry{"cli.wrote", "", "已写入 {path}；填写后运行：iipcase check {path}",
          "wrote {path}; fill it in, then run: iipcase check {path}"},
    Entry{"content.unsupported-claim", "content.unsupported-claim",
          "“{phrase}”是绝对化表述，通知要求杜绝虚构和夸大",
          "\"{phrase}\" is an absolute claim; the notice asks for no exaggeration (杜绝虚构和夸大)",
          "删去该表述，用可核实的指标数据说明成效", "remove it and show the result with figures that can be verified"},
    Entry{"content.unsupported-claim.unnamed-appraiser", "content.unsupported-claim",
          "“{phrase}”是绝对化表述，所引鉴定（评价、验收）没有写明由哪个单位作出",
          "\"{phrase}\" is an absolute claim, and the appraisal it cites does not say who made it",
          "写明作出鉴定的单位（如：经中国机械工业联合会鉴定，达到国际先进水平），或删去该表述",
          "name the body that made the appraisal (经中国机械工业联合会鉴定，达到国际先进水平: appraised by the "
          "China Machinery Industry Federation), or remove the claim"},
    Entry{"credit-code.checksum", "credit-code.checksum",
          "统一社会信用代码“{value}”的校验码应为 {expected}",
          "credit code \"{value}\": its check character should be {expected}",
          "核对营业执照上的代码，逐位重新输入", "copy the code again from the business licence, character by character"},
    Entry{"credit-code.format.chars", "credit-code.format",
          "统一社会信用代码“{value}”含有不允许的字符“{char}”",
          "credit code \"{value}\" contains \"{char}\", which is not allowed",
          "只能使用数字和大写字母（不含 I、O、Z、S、V）", "use digits and capital letters only (not I, O, Z, S, V)"},
    Entry{"credit-code.format.length", "credit-code.format",
          "统一社会信用代码“{value}”应为 18 位，现为 {length} 位",
          "credit code \"{value}\" must have 18 characters, not {length}",
          "核对营业执照上的统一社会信用代码", "copy the unified social credit code from the business licence"},
    Entry{"credit-code.format.organization", "credit-code.format",
          "统一社会信用代码“{value}”中的组织机构代码（第 9–17 位）校验不符，应为 {expected}",
          "credit code \"{value}\": the organisation code (positions 9–17) fails its check, expected {expected}",
          "核对营业执照上的代码，逐位重新输入", "copy the code again from the business licence, character by character"},
    Entry{"field.format", "field.format", "“{value}”不是有效的{what}",
          "\"{value}\" is not a valid {what}", "{example}", "{example}"},
    Entry{"field.required", "field.required", "缺少必填字段 {field}（{description}）",
          "required field {field} ({description}) is missing", "添加 {key}: …", "add {key}: …"},
    Entry{"field.required.empty", "field.required", "必填字段 {field}（{description}）为空",
          "required field {field} ({description}) is empty", "填写 {key} 的内容", "fill in {key}"},
    Entry{"field.too-long", "field.too-long", "{field} 有 {length} 字，超过上限 {max} 字",
          "{field} has {length} characters, more than the limit of {max}",
          "精简到 {max} 字以内（不计空白）", "shorten it to {max} characters (white space not counted)"},
    Entry{"field.too-short", "field.too-short", "{field} 只有 {length} 字，少于 {min} 字",
          "{field} has {length} characters, fewer than {min}",
          "通知要求描述详实：至少写 {min} 字（不计空白）",
          "the notice asks for detail (描述详实): write at least {min} characters (white space not counted)"},
    Entry{"field.too-short.comment", "field.too-short",
          "{field} 只有 {length} 字，少于 {min} 字：同一行的“{comment}”被 YAML 当作注释，没有算进值里",
          "{field} has {length} characters, fewer than {min}: YAML took \"{comment}\" on the same line as a comment, "
          "not as part of the value",
          "空格加 # 开始一段注释；给整个值加引号：{key}: \"{whole}\"",
          "a space followed by # starts a comment; quote the whole value: {key}: \"{whole}\""},
    Entry{"field.type", "field.type", "{field} 应为{expected}，实为{actual}",
          "{field} must be {expected}, not {actual}", "{hint}", "{hint}"},
    Entry{"field.type.key", "field.type", "映射的键必须是字符串",
          "a mapping key must be a plain string", "案例文件的键都是英文字段名，如 title",
          "keys of a case file are field names such as title"},
    Entry{"field.unknown", "field.unknown", "未知字段“{key}”", "unknown field \"{key}\"",
          "此处可用的字段：{choices}", "fields allowed here: {choices}"},
    Entry{"file-kind.device", "", "设备文件", "device"},
    Entry{"file-kind.fifo", "", "命名管道（FIFO）", "FIFO"},
    Entry{"file-kind.folder", "", "文件夹", "folder"},
    Entry{"file-kind.socket", "", "套接字", "socket"},
    Entry{"file-kind.special", "", "特殊文件", "special file"},
    Entry{"file.binary", "file.binary", "文件含有 NUL 字节，是二进制文件而非 YAML 文本",
          "the file contains a NUL byte: it is binary, not a YAML text",
          "案例文件应是 UTF-8 编码的纯文本", "a case file is plain text in UTF-8"},
    Entry{"file.encoding.bom", "file.encoding", "文件是 {encoding} 编码，应为 UTF-8",
          "the file is {encoding}, not UTF-8", "转换：iconv -f {encoding} -t UTF-8 {file} > {file}.utf8.yaml",
          "convert it: iconv -f {encoding} -t UTF-8 {file} > {file}.utf8.yaml"},
    Entry{"file.encoding.gbk", "file.encoding", "文件不是 UTF-8 编码，看起来是 GBK/GB18030",
          "the file is not UTF-8; its bytes look like GBK/GB18030",
          "转换：iconv -f GB18030 -t UTF-8 {file} > {file}.utf8.yaml",
          "convert it: iconv -f GB18030 -t UTF-8 {file} > {file}.utf8.yaml"},
    Entry{"file.encoding.invalid", "file.encoding", "不是有效的 UTF-8：字节 {byte}",
          "not valid UTF-8: byte {byte}", "用 UTF-8 编码另存此文件", "save the file as UTF-8"},
    Entry{"file.encoding.no-bom", "file.encoding", "文件看起来是没有字节序标记的 {encoding} 编码，应为 UTF-8",
          "the file looks like {encoding} without a byte-order mark, not UTF-8",
          "转换：iconv -f {encoding} -t UTF-8 {file} > {file}.utf8.yaml",
          "convert it: iconv -f {encoding} -t UTF-8 {file} > {file}.utf8.yaml"},
    Entry{"file.too-large", "file.too-large", "文件有 {size} 字节，超过上限 {limit} 字节",
          "the file has {size} bytes, more than the limit of {limit}",
          "案例文件只含文字；如确需更大，用 --max-size 调整上限",
          "a case file holds text only; raise the limit with --max-size if you must"},
    Entry{"file.too-large.nodes", "file.too-large", "文件含有超过 {limit} 个 YAML 值，远多于案例文件（通常几百个）",
          "the file holds more than {limit} YAML values, far more than a case file (a few hundred)",
          "确认选对了文件；案例文件只需字段表中的字段", "check that this is the right file: a case file needs only the fields of the table"},
    Entry{"file.unreadable", "file.unreadable", "没有读取权限", "permission denied: it cannot be read",
          "让运行 iipcase 的用户可以读取它（文件 chmod a+r，文件夹 chmod a+rx），或不再检查它",
          "let the user running iipcase read it (chmod a+r for a file, a+rx for a folder), or leave it out of the check"},
    Entry{"file.unreadable.failed", "file.unreadable", "无法读取：{reason}", "cannot be read: {reason}",
          "确认文件完好、所在磁盘可用", "check that the file is intact and its disk available"},
    Entry{"file.unreadable.kind", "file.unreadable", "这是{kind}，不是普通文件，未读取",
          "this is a {kind}, not a regular file: not read",
          "指定案例文件本身", "name the case file itself"},
    Entry{"hint.did-you-mean", "", "是否应为 {suggestion}？", "did you mean {suggestion}?"},
    Entry{"hint.planned-city-province", "", "{city}是计划单列市，这里写其所在省：{province}",
          "{city} is a planned city: write its province here, {province}"},
    Entry{"hint.prefecture-province", "", "{city}在{province}，这里写省级地区：{province}",
          "{city} is in {province}: write the provincial-level region here, {province}"},
    // The shape of a value of each kind, for field.type ({key}: the field's key, {child}: a key under it).
    Entry{"hint.shape.integer", "", "写成不带引号的整数：{key}: 3", "write a whole number without quotes: {key}: 3"},
    Entry{"hint.shape.mapping", "", "写成映射：{key}: 单独一行，其下每个字段缩进两格写成“{child}: 值”",
          "write a mapping: {key}: on a line of its own, then each field indented two spaces as \"{child}: value\""},
    Entry{"hint.shape.mappings", "",
          "写成列表：{key}: 单独一行，其下每项以“- ”（短横加空格）开头，如“  - {child}: 值”，项内其余字段与 {child} 对齐",
          "write a list: {key}: on a line of its own, then each item starting with \"- \" (a dash and a space), "
          "as \"  - {child}: value\", its other fields lined up under {child}"},
    Entry{"hint.shape.number", "", "写成不带引号、不带单位的数字：{key}: 12.5（单位写在 unit 中）",
          "write a number without quotes or unit: {key}: 12.5 (the unit goes in unit)"},
    Entry{"hint.shape.string", "", "写成冒号后的一段文字：{key}: 文字（多行文字用 {key}: | 后逐行缩进）",
          "write text after the colon: {key}: text (several lines: {key}: | and the lines indented below)"},
    Entry{"hint.shape.strings", "", "写成列表：{key}: 单独一行，其下每项一行，以“- ”（短横加空格）开头，如“  - 设备互联”",
          "write a list: {key}: on a line of its own, then one item per line starting with \"- \" (a dash and a space), "
          "as \"  - 设备互联\""},
    Entry{"industry.unknown", "industry.unknown", "“{value}”不是 GB/T 4754-2017 的门类或制造业大类",
          "\"{value}\" is not a GB/T 4754-2017 section or manufacturing division",
          "填写门类字母 A–T 或制造业大类代码 C13–C43，如 C38", "write a section letter A–T or a division C13–C43, e.g. C38"},
    Entry{"metrics.implausible.change", "metrics.implausible",
          "指标“{name}”从 {before} 变为 {after}，变化 {percent}%，超过 {limit}%",
          "metric \"{name}\" changes from {before} to {after}, {percent}%, over {limit}%",
          "通知要求杜绝虚构和夸大：核对数值和单位", "the notice asks for no exaggeration (杜绝虚构和夸大): check the values and unit"},
    Entry{"metrics.implausible.equal", "metrics.implausible", "指标“{name}”前后相同（{before}），没有体现成效",
          "metric \"{name}\" is the same before and after ({before}): it shows no result",
          "填写平台应用前后的实际数值", "give the real values before and after the platform was applied"},
    Entry{"metrics.implausible.points", "metrics.implausible",
          "指标“{name}”从 {before} 变为 {after}（{unit}），变化 {points} 个百分点，超过 {limit}",
          "metric \"{name}\" changes from {before} to {after} ({unit}), {points} percentage points, over {limit}",
          "通知要求杜绝虚构和夸大：核对数值和单位", "the notice asks for no exaggeration (杜绝虚构和夸大): check the values and unit"},
    Entry{"metrics.implausible.rate", "metrics.implausible",
          "指标“{name}”是比率，{which}的数值 {value}% 不在 0–100% 之间",
          "metric \"{name}\" is a rate, but its value {which}, {value} %, is outside 0–100 %",
          "比率（名称以“率”“度”结尾）在 0 到 100% 之间；若是增长率、增速或增幅，请在名称中写明",
          "a rate (a name ending in 率 or 度) lies between 0 and 100 %; if it is a growth rate, say so in the name (增长率, 增速, 增幅)"},
    Entry{"metrics.inconsistent", "metrics.inconsistent",
          "{field} 第 {line} 行写“{name}”{stated}，而指标为 {before} → {after}（{unit}）",
          "{field} line {line} gives \"{name}\" {stated}, but the metric says {before} → {after} ({unit})",
          "让正文与指标数值一致；若口径或时间段不同，在正文中写明",
          "make the text and the metric agree; if they measure different things or periods, say so in the text"},
    Entry{"metrics.invalid", "metrics.invalid", "{field} 应为有限的数值，实为“{value}”",
          "{field} must be a finite number, not \"{value}\"",
          "只写数字（如 12.5），单位写在 unit 中", "write the number alone (e.g. 12.5) and the unit in unit"},
    Entry{"metrics.missing", "metrics.missing", "没有成效指标：通知要求成效显著，须用数据说明",
          "no metrics: the notice asks for results shown in figures (成效显著)",
          "在 metrics 下至少列出一项指标，含 name、unit、before、after",
          "list at least one metric under metrics, with name, unit, before and after"},
    Entry{"mode.unknown", "mode.unknown", "“{value}”不是六大应用模式之一",
          "\"{value}\" is not one of the six application modes", "可选：{choices}", "use one of: {choices}"},
    Entry{"partners.duplicate", "partners.duplicate",
          "联合申报单位的统一社会信用代码 {value} 与 {other} 相同：同一单位列了两次",
          "credit code {value} is also the code of {other}: the same partner twice",
          "每个联合申报单位只列一次", "list each partner once"},
    Entry{"partners.duplicate.applicant", "partners.duplicate",
          "联合申报单位的统一社会信用代码 {value} 就是申报单位自己的代码",
          "credit code {value} is the applicant's own: an organisation cannot be its own partner",
          "删去这一联合申报单位，或核对其代码", "remove this partner, or check its code"},
    Entry{"recommender.kind-unknown", "recommender.kind-unknown", "“{value}”不是推荐单位类型之一",
          "\"{value}\" is not a kind of recommender", "可选：{choices}", "use one of: {choices}"},
    Entry{"recommender.name-mismatch", "recommender.name-mismatch",
          "推荐单位名称“{name}”是{place}的单位，但推荐地区是{region}",
          "the recommender's name \"{name}\" names {place}, but its region is {region}",
          "核对推荐单位名称和推荐地区：写{region}主管部门的全称",
          "check the recommender's name and region: give the full name of {region}'s authority"},
    Entry{"recommender.name-mismatch.central", "recommender.name-mismatch",
          "推荐单位类型为{kind}，但名称“{name}”是{place}的单位",
          "the recommender is a central enterprise, but its name \"{name}\" names {place}",
          "中央企业写集团公司全称（如 中国电子信息产业集团有限公司）；由地方主管部门推荐的，类型写 province 或 planned-city",
          "a central enterprise gives its group's full name (e.g. 中国电子信息产业集团有限公司); a local "
          "authority's recommendation is kind province or planned-city"},
    Entry{"recommender.rank-out-of-range", "recommender.rank-out-of-range",
          "推荐排序 {rank} 超出范围：{who}最多推荐 {quota} 个案例，排序应为 {minimum}–{quota}",
          "rank {rank} is out of range: {who} may recommend at most {quota} cases, ranked {minimum} to {quota}",
          "填写 {minimum}–{quota} 的整数，按推荐单位的推荐顺序", "give a whole number from {minimum} to {quota}, in the recommender's order"},
    Entry{"recommender.rank-out-of-range.low", "recommender.rank-out-of-range",
          "推荐排序 {rank} 超出范围：排序从 {minimum} 开始", "rank {rank} is out of range: ranks start at {minimum}",
          "填写不小于 {minimum} 的整数", "give a whole number of at least {minimum}"},
    Entry{"region.mismatch.credit-code", "region.mismatch",
          "统一社会信用代码的行政区划码 {division}不属于申报单位所在地{region}",
          "division code {division} of the credit code is not in the applicant's region, {region}",
          "核对所在地区或统一社会信用代码", "check the region or the credit code"},
    Entry{"region.mismatch.planned-city-region", "region.mismatch",
          "申报单位所在地为{region}，而推荐单位{recommender}在{province}",
          "the applicant's region is {region}, but the recommender {recommender} is in {province}",
          "由申报单位注册地的主管部门推荐", "the case is recommended by the authority where the applicant is registered"},
    Entry{"region.mismatch.recommender", "region.mismatch",
          "统一社会信用代码的行政区划码 {division}不属于推荐单位{recommender}",
          "division code {division} of the credit code is not in the recommender's region, {recommender}",
          "由申报单位注册地的主管部门推荐", "the case is recommended by the authority where the applicant is registered"},
    Entry{"region.mismatch.recommender-region", "region.mismatch",
          "申报单位所在地{region}不属于推荐单位{recommender}",
          "the applicant's region {region} is not the recommender's, {recommender}",
          "由申报单位注册地的主管部门推荐", "the case is recommended by the authority where the applicant is registered"},
    Entry{"region.unknown", "region.unknown", "“{value}”不是{what}", "\"{value}\" is not {what}",
          "可选：{choices}", "use one of: {choices}"},
    Entry{"scenario.missing", "scenario.missing", "没有列出应用场景",
          "no scenarios are listed", "在 scenarios 下列出所选模式的应用场景，如：{choices}",
          "list the mode's scenarios under scenarios, e.g. {choices}"},
    Entry{"scenario.other-mode", "scenario.other-mode", "应用场景“{value}”属于{other_mode}，不属于{mode}",
          "scenario \"{value}\" belongs to {other_mode}, not to {mode}",
          "{mode}的场景：{choices}", "scenarios of {mode}: {choices}"},
    Entry{"scenario.unknown", "scenario.unknown", "“{value}”：通知中没有这个应用场景",
          "\"{value}\": the notice names no such scenario", "{mode}的场景：{choices}",
          "scenarios of {mode}: {choices}"},
    Entry{"schema.missing", "schema.missing", "没有写明规则版本 schema，按 {expected} 检查",
          "no schema given: checked against {expected}", "在文件开头加一行 schema: {expected}",
          "add a first line schema: {expected}"},
    Entry{"schema.unsupported", "schema.unsupported", "不支持的规则版本“{value}”",
          "unsupported schema \"{value}\"", "写 schema: {expected}，或用 --rules 指定规则文件",
          "write schema: {expected}, or give the rules file with --rules"},
    Entry{"yaml.alias.alias", "yaml.alias", "使用了别名 *{name}：案例文件不需要锚点和别名",
          "alias *{name}: case files need no anchors or aliases", "把内容直接写出来",
          "write the value out in full"},
    Entry{"yaml.alias.anchor", "yaml.alias", "使用了锚点 &{name}：案例文件不需要锚点和别名",
          "anchor &{name}: case files need no anchors or aliases", "删去锚点，把内容直接写出来",
          "remove the anchor and write values out in full"},
    Entry{"yaml.alias.merge", "yaml.alias", "使用了合并键 <<：案例文件不需要合并键",
          "merge key <<: case files need no merge keys", "把内容直接写出来",
          "write the entries out in full"},
    Entry{"yaml.duplicate-key", "yaml.duplicate-key", "键“{key}”重复（第 {first_line} 行已出现）",
          "key \"{key}\" appears twice (first on line {first_line})", "删去其中一个",
          "keep only one of them"},
    Entry{"yaml.multi-document", "yaml.multi-document", "文件含有多个 YAML 文档",
          "the file holds more than one YAML document",
          "一个文件只写一个案例；删去多余的 ---", "write one case per file; remove the extra ---"},
    Entry{"yaml.not-mapping.empty", "yaml.not-mapping", "文件是空的", "the file is empty",
          "从 iipcase init 生成的模板开始", "start from the template that iipcase init prints"},
    Entry{"yaml.not-mapping.kind", "yaml.not-mapping", "文件顶层是{kind}，应为字段映射",
          "the top level is {kind}, not a mapping of fields", "顶层写成 key: value 的形式，如 title: …",
          "write the top level as key: value lines, such as title: …"},
    Entry{"yaml.syntax", "yaml.syntax", "YAML 语法错误：{detail}", "YAML syntax error: {detail}",
          "检查该处附近的缩进、冒号和引号", "check the indentation, colons and quotes near this place"},
    Entry{"yaml.syntax.full-width-colon", "yaml.syntax", "YAML 语法错误：键“{key}”后面是全角冒号“：”，YAML 不把它当作键",
          "YAML syntax error: key \"{key}\" is followed by a full-width colon \"：\", which YAML does not read as a key",
          "改用半角冒号加一个空格：{key}: …", "use a half-width colon and a space: {key}: …"},
    Entry{"yaml.syntax.quote-continues", "yaml.syntax",
          "YAML 语法错误：值以引号开头，引号闭合后还有“{rest}”",
          "YAML syntax error: the value starts with a quote and goes on after the closing quote: \"{rest}\"",
          "把整个值放进引号：{suggestion}（或把值里的引号改成中文引号“”）",
          "quote the whole value: {suggestion} (or write the quotes inside it as Chinese quotes “”)"},
    Entry{"yaml.syntax.tab", "yaml.syntax", "YAML 语法错误：第 {line} 行用制表符（Tab）缩进，YAML 只能用空格缩进",
          "YAML syntax error: line {line} is indented with a tab; YAML indents with spaces only",
          "把行首的制表符换成空格，与同一层的字段对齐", "replace the tab with spaces, lined up with the fields of the same level"},
    Entry{"yaml.too-deep", "yaml.too-deep", "嵌套超过 {limit} 层", "nesting deeper than {limit} levels",
          "案例文件只需要几层嵌套", "a case file needs only a few levels"},
};

const Entry* find_entry(std::string_view id) {
  auto it = std::lower_bound(k_entries.begin(), k_entries.end(), id,
                             [](const Entry& e, std::string_view key) { return e.id < key; });
  return it != k_entries.end() && it->id == id ? &*it : nullptr;
}

bool entries_sorted() {
  return std::is_sorted(k_entries.begin(), k_entries.end(),
                        [](const Entry& a, const Entry& b) { return a.id < b.id; });
}

// An argument quoted in a message is at most this many code points, then "…": a value of 10 MB
// from a file would otherwise be copied into every message and report that quotes it. The
// longest list the embedded rules make (the industries, for a hint) is under 500.
constexpr std::size_t k_max_quoted = 1000;

std::string shortened(std::string_view text) {
  if (text.size() <= k_max_quoted) return std::string(text);  // bytes: no more code points than that
  std::size_t i = 0;
  for (std::size_t n = 0; i < text.size() && n < k_max_quoted; ++n)
    for (++i; i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;) ++i;
  if (i == text.size()) return std::string(text);
  return std::string(text.substr(0, i)) + "…";
}

std::string fill(std::string_view pattern, Args args, Lang lang) {
  if (pattern.find('{') == std::string_view::npos) return std::string(pattern);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  // Values come from files, file names and the command line: their controls are escaped here
  // already (the writers escape again, which changes nothing), so a message never holds a line
  // break that is not the table's own.
  for (const Arg& arg : args) store.push_back(fmt::arg(arg.name, escape_controls(shortened(arg.value.in(lang)))));
  try {
    return fmt::vformat(fmt::string_view(pattern.data(), pattern.size()), store);
  } catch (const fmt::format_error&) {
    return std::string(pattern);  // a template naming an arg the caller left out: a bug the tests catch
  }
}

}  // namespace

bool has_message(std::string_view message_id) { return find_entry(message_id) != nullptr; }

bool message_table_sorted() { return entries_sorted(); }

std::vector<MessageOfCode> finding_messages() {
  std::vector<MessageOfCode> out;
  for (const Entry& e : k_entries)
    if (!e.code.empty()) out.push_back({e.id, e.code});
  return out;
}

Text text(std::string_view message_id, Args args) {
  const Entry* entry = find_entry(message_id);
  if (!entry) return {std::string(message_id), std::string(message_id)};
  return {fill(entry->zh, args, Lang::zh), fill(entry->en, args, Lang::en)};
}

Diagnostic diagnose(std::string_view message_id, std::string path, Position position, int length,
                    Args args) {
  Diagnostic d;
  const Entry* entry = find_entry(message_id);
  d.code = entry ? std::string(entry->code) : std::string(message_id);
  // The severity is the code's, from the registry (schemas/explain.yaml): never restated here.
  const CodeInfo* info = find_code(d.code);
  d.severity = info ? info->severity : Severity::error;
  d.path = std::move(path);
  d.position = position;
  d.length = length;
  if (entry) {
    d.message = {fill(entry->zh, args, Lang::zh), fill(entry->en, args, Lang::en)};
    d.hint = {fill(entry->hint_zh, args, Lang::zh), fill(entry->hint_en, args, Lang::en)};
  }
  return d;
}

}  // namespace iipcase
