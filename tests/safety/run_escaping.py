#!/usr/bin/env python3
"""Other people's files and file names, shown safely: through the real binary, in every format.

    run_escaping.py --iipcase BIN --base tests/golden/valid--base.yaml --tools node_modules/.bin

- Escape sequences (OSC 52 clipboard writes, screen clears), C1 controls, DEL and line breaks
  followed by `::error::` in the title and other fields, and in file names (with a byte that is
  not UTF-8): no report in any format holds a raw control byte, every one is valid UTF-8, and no
  line of stdout or stderr starts with anything from the file (no forged workflow command).
- Markdown (check and summary) shows URLs, e-mail addresses and @mentions only as code.
- SARIF over GitHub's 25,000 results: capped, the rest counted in a notification, valid by the
  official validator, every result with a partialFingerprints that stays the same between runs
  and when lines are inserted above it.
Closes with an 'N passed, N failed' line.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from tally import Tally  # noqa: E402
import report_formats  # noqa: E402

ENV = dict(os.environ, LC_ALL="C", NO_COLOR="")
TALLY = Tally()
verdict = TALLY.verdict

OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # sets the clipboard of the terminal that shows it
CLEAR = "\x1b[2J\x1b[H"
FORGED = "\n::error::forged"  # a line of its own would be a GitHub workflow command
CHECK_FORMATS = ("text", "json", "sarif", "junit", "github", "markdown")
SUMMARY_FORMATS = ("markdown", "csv", "json")



def run(binary, *args, cwd=None):
    # A pattern that backtracks, or a crash, must fail the test rather than hang it.
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, env=ENV, timeout=120)


def problems_of(data: bytes, own_commands=False):
    """What is wrong with output meant for terminals and CI logs: raw controls, bad UTF-8, a line
    that could pass for a workflow command (GitHub trims white space before reading one)."""
    found = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"]
    controls = sorted({f"U+{ord(c):04X}" for c in text
                       if (ord(c) < 0x20 and c not in "\n\r\t") or 0x7F <= ord(c) <= 0x9F})
    if controls:
        found.append("raw controls " + " ".join(controls))
    for line in text.splitlines():
        stripped = line.strip()
        if own_commands and re.match(r"::(error|warning) file=", stripped):
            continue  # the github format's own commands
        if stripped.startswith("::") or stripped.startswith("##["):
            found.append(f"a line starts like a workflow command: {line[:80]!r}")
    return found


def hostile_case(base):
    """The base case with controls and forged commands in several fields: written with YAML's
    escapes in quoted values (\\e is ESC, \\a BEL, \\N U+0085), and raw in a plain one."""
    def quoted(text):
        return '"' + text.replace("\x1b", "\\e").replace("\x07", "\\a").replace("\n", "\\n") + '"'
    title = "电机定子生产线" + OSC52 + CLEAR + FORGED + "\\u0085\\x7f设备互联"
    case = base.replace("title: 电机定子生产线设备互联与质量管控", "title: " + quoted(title))
    case = case.replace("  name: 杭州衡远电机有限公司", "  name: " + quoted("杭州衡远" + FORGED + "\x1b[31m电机有限公司"))
    case = case.replace("    email: wanglx@hengyuan.example.com", "    email: " + quoted("wanglx\x1b]52;c;eA==\x07@x.com\\N"))  # yaml-cpp reads \N as the byte 0x85
    case = case.replace("industry: C38", "industry: " + quoted("C38\n::warning::forged"))
    return case.replace("  provider: 杭州衡远电机有限公司", "  provider: 杭州\x1b[2J衡远\x9b31m")


def test_contents(binary, tmp, base):
    path = os.path.join(tmp, "contents", "case.yaml")
    os.makedirs(os.path.dirname(path))
    with open(path, "w", encoding="utf-8") as f:
        f.write(hostile_case(base))
    for lang in ("en", "zh"):
        for fmt in CHECK_FORMATS:
            proc = run(binary, "check", "--lang", lang, "--format", fmt, "--color", "never", path)
            found = problems_of(proc.stdout, own_commands=fmt == "github") + problems_of(proc.stderr)
            verdict(proc.returncode == 1 and not found,
                    f"contents, check --format {fmt} --lang {lang}: exit {proc.returncode} {found[:3]}")
        for fmt in SUMMARY_FORMATS:
            proc = run(binary, "summary", "--lang", lang, "--format", fmt, path)
            found = problems_of(proc.stdout) + problems_of(proc.stderr)
            verdict(proc.returncode == 0 and not found, f"contents, summary --format {fmt} --lang {lang}: {found[:3]}")
    # The escapes are shown, not dropped: the reader sees what the file holds.
    text = run(binary, "check", "--lang", "en", "--color", "never", path).stdout.decode(errors="replace")
    verdict("\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x1b[2J\\x1b[H\\n::error::forged\\u0085\\x7f" in text,
            "contents: the text report shows the title's controls as \\x1b, \\n, \\u0085, \\x7f")
    verdict('"C38\\n::warning::forged" is not' in text, "contents: a line break in a value is shown as \\n")
    # --color always adds the report's own escapes, and only those.
    colored = run(binary, "check", "--lang", "en", "--color", "always", path).stdout.decode(errors="replace")
    own = re.sub(r"\x1b\[[0-9;]*m", "", colored)
    verdict("\x1b" not in own and "\\x1b]52" in own, "contents: --color always: only the report's colour codes are raw")
    # JSON keeps the value exactly (its own escaping): the title reads back as written.
    report = json.loads(run(binary, "check", "--format", "json", path).stdout)
    verdict(report["files"][0]["case"]["title"] == "电机定子生产线" + OSC52 + CLEAR + FORGED + "\x85\x7f设备互联",
            "contents: the JSON report keeps the title exactly, escaped by JSON's rules")


def test_file_names(binary, tmp, base):
    folder = os.path.join(tmp, "names")
    os.makedirs(folder)
    names = [b"::error::forged.yaml", b"a\n::error file=x::forged\x1b[2J.yaml", b"osc\x1b]52;c;eA==\x07.yaml",
             b"bad-\xff-byte.yaml", b"c1-\xc2\x85.yaml", b"##[error]forged.yaml"]
    for name in names:
        with open(os.path.join(folder.encode(), name), "w", encoding="utf-8") as f:
            f.write(base.replace("电机定子生产线设备互联与质量管控", "标题" + name.hex()[:20]).replace("  rank: 3\n", ""))
    for fmt in CHECK_FORMATS:
        # Relative paths, as CI runs it: a name then starts the text report's lines.
        proc = run(binary, "check", "--format", fmt, "--color", "never", ".", cwd=folder)
        found = problems_of(proc.stdout, own_commands=fmt == "github") + problems_of(proc.stderr)
        verdict(proc.returncode in (0, 1) and not found, f"file names, check --format {fmt}: {found[:3]}")
    for fmt in SUMMARY_FORMATS:
        proc = run(binary, "summary", "--format", fmt, ".", cwd=folder)
        found = problems_of(proc.stdout) + problems_of(proc.stderr)
        verdict(proc.returncode == 0 and not found, f"file names, summary --format {fmt}: {found[:3]}")
    text = run(binary, "check", "--color", "never", ".", cwd=folder).stdout.decode(errors="replace")
    verdict("./::error::forged.yaml" in text and "bad-\\xff-byte.yaml" in text and "c1-\\u0085.yaml" in text,
            "file names: shown escaped (\\xff, \\u0085), a name starting with : as ./name")
    report = json.loads(run(binary, "check", "--format", "json", ".", cwd=folder).stdout)
    paths = [f["path"] for f in report["files"]]
    verdict(any("bad-\\xff-byte.yaml" in p for p in paths), f"file names: JSON names a stray byte \\xff: {paths}")
    # Messages on stderr name paths too: a path that does not exist, a --rules file that does not.
    for args in (["check", "no-such-" + FORGED + "\x1b[2J.yaml"], ["check", "--rules", "r" + FORGED + ".yaml", "x.yaml"]):
        proc = run(binary, *args, cwd=folder)
        found = problems_of(proc.stderr) + problems_of(proc.stdout)
        verdict(proc.returncode == 2 and b"\\n::error::forged" in proc.stderr and not found,
                f"stderr: {args[1][:12]!r}…: exit {proc.returncode}, {found[:3]} {proc.stderr[:120]!r}")


def outside_code_spans(markdown):
    return re.sub(r"(`+)(?:(?!\1).)+?\1", "", markdown)


def test_markdown_links(binary, tmp, base):
    path = os.path.join(tmp, "links", "case.yaml")
    os.makedirs(os.path.dirname(path))
    title = "详见https://evil.example/x 或 www.evil.example 联系 boss@corp.example 抄送 @octocat 和 @org/team"
    case = base.replace("title: 电机定子生产线设备互联与质量管控", "title: " + title)
    case = case.replace("  name: 浙江省经济和信息化厅", "  name: 推荐 @all mailto:x@y.cn")
    with open(path, "w", encoding="utf-8") as f:
        f.write(case)
    for args in (["check", "--format", "markdown"], ["summary", "--format", "markdown"]):
        out = run(binary, *args, "--lang", "en", path).stdout.decode(errors="replace")
        rest = outside_code_spans(out)
        left = [t for t in ("://", "www.", "@") if t in rest]
        verdict(not left and "`详见https://evil.example/x`" in out and "`@octocat`" in out
                and "`boss@corp.example`" in out,
                f"markdown {args[0]}: links and mentions only in code spans (left outside: {left})")


def many_findings(folder, files, keys, shift=0):
    """files case files with `keys` unknown keys each: files * keys field.unknown warnings."""
    os.makedirs(folder, exist_ok=True)
    for n in range(files):
        with open(os.path.join(folder, f"case-{n:02}.yaml"), "w", encoding="utf-8") as f:
            f.write("# inserted\n" * shift + "".join(f"k{i}: v\n" for i in range(keys)))


def sarif_of(binary, folder, out):
    proc = run(binary, "check", "--format", "sarif", "--no-batch", "-o", out, ".", cwd=folder)
    with open(out, encoding="utf-8") as f:
        return proc.returncode, json.load(f)


def test_sarif_cap(binary, tmp, tools):
    folder = os.path.join(tmp, "sarif")
    many_findings(folder, 4, 6500)
    out = os.path.join(tmp, "many.sarif")
    status, log = sarif_of(binary, folder, out)
    run_ = log["runs"][0]
    results = run_["results"]
    total = 4 * (6500 + 3)  # each file also lacks its required fields: schema, title, … (counted below)
    report = json.loads(run(binary, "check", "--format", "json", "--no-batch", ".", cwd=folder).stdout)
    total = sum(len(f["diagnostics"]) for f in report["files"])
    notes = run_["invocations"][0].get("toolExecutionNotifications", [])
    verdict(total > 25000 and len(results) == 25000, f"sarif: {len(results)} of {total} results written")
    verdict(len(notes) == 1 and notes[0]["properties"]["leftOut"] == total - 25000
            and str(total - 25000) in notes[0]["message"]["text"],
            f"sarif: a notification says {total - 25000} were left out: {notes}")
    errors = report_formats.validate_sarif(tools, out, "Ghas")
    verdict(not errors, f"sarif: the capped log is valid (sarif-multitool, GitHub's rules): {errors[:3]}")
    prints = [r.get("partialFingerprints", {}).get("iipcase/v1") for r in results]
    verdict(all(prints) and len(set(prints)) == len(prints), "sarif: every result has its own partialFingerprints")
    _, again = sarif_of(binary, folder, os.path.join(tmp, "again.sarif"))
    verdict([r.get("partialFingerprints") for r in again["runs"][0]["results"]] == [r.get("partialFingerprints") for r in results],
            "sarif: fingerprints are the same in a second run")
    # Lines inserted above every finding: the line numbers change, the fingerprints do not.
    shifted = os.path.join(tmp, "shifted")
    many_findings(shifted, 1, 100, shift=5)
    many_findings(os.path.join(tmp, "unshifted"), 1, 100)
    _, a = sarif_of(binary, os.path.join(tmp, "unshifted"), os.path.join(tmp, "a.sarif"))
    _, b = sarif_of(binary, shifted, os.path.join(tmp, "b.sarif"))
    lines_a = [r["locations"][0]["physicalLocation"].get("region", {}).get("startLine") for r in a["runs"][0]["results"]]
    lines_b = [r["locations"][0]["physicalLocation"].get("region", {}).get("startLine") for r in b["runs"][0]["results"]]
    verdict(lines_a != lines_b and [r.get("partialFingerprints") for r in a["runs"][0]["results"]]
            == [r.get("partialFingerprints") for r in b["runs"][0]["results"]],
            "sarif: fingerprints do not depend on line numbers")
    # Under the cap: no notification.
    _, small = sarif_of(binary, os.path.join(tmp, "unshifted"), os.path.join(tmp, "small.sarif"))
    verdict("toolExecutionNotifications" not in small["runs"][0]["invocations"][0], "sarif: no notification under the cap")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iipcase", required=True)
    parser.add_argument("--base", required=True, help="a valid case file (tests/golden/valid--base.yaml)")
    parser.add_argument("--tools", required=True, help="tests/tools/node_modules/.bin")
    args = parser.parse_args()
    binary = os.path.abspath(args.iipcase)
    with open(args.base, encoding="utf-8") as f:
        base = f.read()
    with tempfile.TemporaryDirectory() as tmp:
        test_contents(binary, tmp, base)
        test_file_names(binary, tmp, base)
        test_markdown_links(binary, tmp, base)
        test_sarif_cap(binary, tmp, args.tools)
    print(TALLY.closing("escaping"))
    return 1 if TALLY.failed or not TALLY.passed else 0


if __name__ == "__main__":
    sys.exit(main())
