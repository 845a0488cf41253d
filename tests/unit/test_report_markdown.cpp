// Unit tests of the Markdown report (a pull-request comment).
#include <catch2/catch.hpp>

#include "report/markdown_text.h"
#include "report_fixture.h"

using namespace iipcase;
using namespace iipcase::test;

TEST_CASE("markdown: totals, a table per file with findings, the clean files folded", "[report][markdown]") {
  CHECK(written(write_markdown) == R"(## iipcase check

❌ **2 of 4 files invalid**

| Files | Valid | Invalid | Errors | Warnings |
|--:|--:|--:|--:|--:|
| 4 | 2 | 2 | 2 | 2 |

### ❌ ./cases/b 1.yaml

“A\|B \*案例\*” — applicant: —; recommender: —

| Where | Severity | Code | Message |
|---|---|---|---|
| 3:7 | error | `mode.unknown` | "智能制造" is not one of the six application modes<br>hint: did you mean 智能化制造? |
| 5:1 | warning | `field.too-short` | too short: 100%, really |

### ❌ cases/c.yaml

| Where | Severity | Code | Message |
|---|---|---|---|
| — | error | `file.binary` | a \<NUL\> \& "more"\\r\\nsecond: line\\x01 |

### ⚠️ cases/警告.yaml

| Where | Severity | Code | Message |
|---|---|---|---|
| 12:40 | warning | `content.unsupported-claim` | "国际领先" is an absolute claim<br>hint: remove it |

<details><summary>✅ 1 file without findings</summary>

- cases/a.yaml

</details>
)");
}

TEST_CASE("markdown: in Chinese", "[report][markdown]") {
  std::string out = written(write_markdown, Lang::zh);
  CHECK(out.rfind("## iipcase 检查结果\n\n❌ **4 个文件中 2 个未通过**\n", 0) == 0);
  CHECK(out.find("| 3:7 | 错误 | `mode.unknown` | “智能制造”不是六种应用模式之一<br>提示：是否应为 "
                 "智能化制造？ |\n") != std::string::npos);
  CHECK(out.find("<details><summary>✅ 1 个文件没有问题</summary>") != std::string::npos);
}

TEST_CASE("markdown: all valid, nothing but the totals and the folded list", "[report][markdown]") {
  std::vector<FileResult> files(2);
  files[0].path = "a.yaml";
  files[1].path = "b.yaml";
  CHECK(written(write_markdown, Lang::en, false, files) == R"(## iipcase check

✅ **All files valid**

| Files | Valid | Invalid | Errors | Warnings |
|--:|--:|--:|--:|--:|
| 2 | 2 | 0 | 0 | 0 |

<details><summary>✅ 2 files without findings</summary>

- a.yaml
- b.yaml

</details>
)");
}

TEST_CASE("markdown cells: markup from case files is escaped", "[report][markdown]") {
  CHECK(markdown_cell("a|b") == "a\\|b");
  CHECK(markdown_cell("[link](x) <img src=x> `code` *b* _i_ ~s~ &amp; #1 !x") ==
        "\\[link\\](x) \\<img src=x\\> \\`code\\` \\*b\\* \\_i\\_ \\~s\\~ \\&amp; \\#1 \\!x");
  CHECK(markdown_cell("line\r\nnext\tcol\x07\xc2\x9b\xff") == "line\\\\r\\\\nnext\\\\tcol\\\\x07\\\\u009b\\\\xff");
  CHECK(markdown_cell("浙江省") == "浙江省");
}

TEST_CASE("markdown cells: links and mentions are shown as code", "[report][markdown]") {
  CHECK(markdown_cell("见 https://a.b/c 和 www.x.cn，问 a@b.cn 或 @octocat") ==
        "见 `https://a.b/c` 和 `www.x.cn，问` `a@b.cn` 或 `@octocat`");
  CHECK(markdown_cell("[x](HTTP://a) a|@b") == "`[x](HTTP://a)` `a\\|@b`");
  CHECK(markdown_cell("`@x` mailto:a") == "`` `@x` `` `mailto:a`");
  CHECK(markdown_cell("@a\n@b") == "`@a\\n@b`");
  CHECK(markdown_cell("a.b 5:30 #1") == "a.b 5:30 \\#1");
}
