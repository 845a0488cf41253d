#!/usr/bin/env python3
"""The authoring aids through the real binary: `init`, `explain`, `schema`, and whether the
exported JSON Schema agrees with `iipcase check`.

1. init: for no mode and for each mode of the rules, the template parses and checking it finds
   only unfilled values (field.required, scenario.missing): never yaml.*, file.* or mode.*.
   -o refuses to overwrite (exit 2) unless --force; an unknown --mode is exit 2 with a suggestion.
2. explain: every code of the spec in both languages; an unknown code is exit 2 with the nearest.
3. schemas/iip-case-2021.schema.json is exactly `iipcase schema --json-schema` (--update rewrites it).
4. ajv (draft-07, data read by ajv-cli's YAML loader) and iipcase agree on every example, golden
   and tests/schema file that iipcase can parse: ajv rejects a file exactly when iipcase reports
   one of STRUCTURAL (or credit-code.format for a value not of the 18-character form).
   tests/schema/valid--*.yaml must be accepted and invalid--*.yaml rejected by both.
   tests/schema/known-differences.txt lists files where they are known to differ, and why;
   those must still differ, so the list stays true.
Without ajv (tests/tools/install.sh not run) part 4 is skipped: exit 77 if all else passed.
Closes with an 'N passed, N failed' line.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

import registry

STRUCTURAL = {
    "field.required", "field.type", "field.format", "field.too-long", "metrics.missing", "metrics.invalid",
    "mode.unknown", "applicant-type.unknown", "region.unknown", "recommender.kind-unknown", "industry.unknown",
    "schema.unsupported", "recommender.rank-out-of-range",
}
PLACEHOLDER_CODES = {"field.required", "scenario.missing"}
CREDIT_CODE_FORM = re.compile(r"^[0-9A-HJ-NP-RTUW-Y]{18}$")
ENV = dict(os.environ, LC_ALL="C", NO_COLOR="1")


class Run:
    def __init__(self):
        self.passed = self.failed = 0

    def verdict(self, ok, what):
        print(("ok   " if ok else "FAIL ") + what)
        self.passed += bool(ok)
        self.failed += not ok


def iipcase(binary, *args, stdin=None):
    return subprocess.run([binary, *args], input=stdin, capture_output=True, env=ENV, timeout=120)


def check_json(binary, path_or_dash, stdin=None):
    proc = iipcase(binary, "check", "--format", "json", "--lang", "en", "--no-batch", path_or_dash, stdin=stdin)
    return json.loads(proc.stdout)["files"][0]["diagnostics"]


def mode_ids(rules_file):
    """The ids of the modes, from the rules data (block-style entries of the modes list)."""
    ids, in_modes = [], False
    with open(rules_file, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^\S", line):
                in_modes = line.startswith("modes:")
            elif in_modes and (m := re.match(r"^  - id: (\S+)", line)):
                ids.append(m.group(1))
    return ids


def test_init(run, binary, rules_file, workdir):
    modes = mode_ids(rules_file)
    run.verdict(len(modes) == 6, f"the rules name six modes {modes}")
    for mode in [None, *modes]:
        proc = iipcase(binary, "init", *(["--mode", mode] if mode else []))
        name = f"init {'--mode ' + mode if mode else '(no mode)'}"
        if proc.returncode != 0:
            run.verdict(False, f"{name}: exit {proc.returncode}")
            continue
        findings = check_json(binary, "-", stdin=proc.stdout)
        codes = {d["code"] for d in findings}
        run.verdict(codes and codes <= PLACEHOLDER_CODES, f"{name}: only placeholder findings {sorted(codes)}")
        if mode:
            run.verdict(not any(d["path"] == "mode" for d in findings), f"{name}: mode filled in")
            run.verdict(b"  # - " in proc.stdout, f"{name}: the mode's scenarios listed")
    target = os.path.join(workdir, "case.yaml")
    if os.path.exists(target):
        os.remove(target)
    first = iipcase(binary, "init", "-o", target)
    run.verdict(first.returncode == 0 and os.path.exists(target), "init -o writes a new file")
    with open(target, "a", encoding="utf-8") as f:
        f.write("# edited\n")
    again = iipcase(binary, "init", "-o", target)
    with open(target, encoding="utf-8") as f:
        kept = f.read().endswith("# edited\n")
    run.verdict(again.returncode == 2 and kept, "init -o refuses to overwrite an existing file (exit 2)")
    forced = iipcase(binary, "init", "--mode", "service-extension", "-o", target, "--force")
    with open(target, encoding="utf-8") as f:
        replaced = "mode: 服务化延伸" in f.read()
    run.verdict(forced.returncode == 0 and replaced, "init -o --force overwrites")
    unknown = iipcase(binary, "init", "--mode", "智能制造")
    run.verdict(unknown.returncode == 2 and "智能化制造" in unknown.stderr.decode(),
                "init --mode 智能制造: exit 2, suggests 智能化制造")


def test_explain(run, binary):
    codes = registry.codes()
    for code in codes:
        texts = {lang: iipcase(binary, "explain", code, "--lang", lang) for lang in ("zh", "en")}
        ok = all(p.returncode == 0 and p.stdout.decode().startswith(code) for p in texts.values())
        ok = ok and "错误写法" in texts["zh"].stdout.decode() and "Wrong:" in texts["en"].stdout.decode()
        run.verdict(ok, f"explain {code} (zh, en)")
    listing = iipcase(binary, "explain", "--lang", "en").stdout.decode()
    run.verdict(all(code in listing for code in codes), "explain without a code lists every code")
    unknown = iipcase(binary, "explain", "mode.unknwon", "--lang", "en")
    run.verdict(unknown.returncode == 2 and "mode.unknown" in unknown.stderr.decode(),
                "explain mode.unknwon: exit 2, suggests mode.unknown")
    # A word that is no code: the codes whose explanation mentions it, in either language.
    for word, lang, want, heading in (("电话", "zh", "field.format", "说明中提到“电话”的代码"),
                                      ("phone", "en", "field.format", 'Codes whose explanation mentions "phone"'),
                                      ("PHONE", "zh", "field.format", "说明中提到“PHONE”的代码"),
                                      ("e-mail", "en", "field.format", "mentions"),
                                      ("唯一", "en", "content.unsupported-claim", 'mentions "唯一"'),
                                      ("唯一", "zh", "content.unsupported-claim", "使用了绝对化表述")):
        proc = iipcase(binary, "explain", word, "--lang", lang)
        out = proc.stdout.decode()
        run.verdict(proc.returncode == 0 and want in out and heading in out,
                    f"explain {word} --lang {lang}: exit {proc.returncode}, lists {want}")
    nothing = iipcase(binary, "explain", "xyzzy", "--lang", "zh")
    run.verdict(nothing.returncode == 2 and "没有代码或说明含有“xyzzy”" in nothing.stderr.decode() and not nothing.stdout,
                "explain xyzzy: exit 2, nothing found")


def test_schema_file(run, binary, committed, update):
    generated = iipcase(binary, "schema", "--json-schema").stdout
    if update:
        with open(committed, "wb") as f:
            f.write(generated)
    with open(committed, "rb") as f:
        current = f.read() == generated
    run.verdict(current, f"{os.path.relpath(committed)} is `iipcase schema --json-schema` "
                         "(if not: iipcase schema --json-schema -o schemas/iip-case-2021.schema.json)")
    rules = iipcase(binary, "schema", "--rules-data").stdout.decode()
    run.verdict(rules.lstrip().startswith("#") and "id: iip-case/2021" in rules, "schema --rules-data prints the rules data")
    # For applicants: every allowed value in the chosen language, and none of the data's comments.
    for lang, wanted in (("zh", ["智能化制造（smart-manufacturing；也可写：智能化制造模式）", "应用场景：设备互联、动态感知",
                                 "高校及科研院所（university-or-institute；也可写：高校、科研院所、大学", "浙江省（zhejiang；也可写：浙江）",
                                 "中央企业（central-enterprise；也可写：央企）：至多推荐 3 个案例", "宁波市（ningbo；也可写：宁波）",
                                 "C38  电气机械和器材制造业", "title                    案例名称。必填；6–50 字（不计空白）",
                                 "手机或固定电话号码"]),
                         ("en", ["Intelligent manufacturing: write 智能化制造 or smart-manufacturing",
                                 "University or research institute: write 高校及科研院所 or university-or-institute (also: 高校、科研院所)"[:60],
                                 "Zhejiang: write 浙江省 or zhejiang", "Central enterprise: write 中央企业 or central-enterprise",
                                 "recommends at most 3 cases", "C38  电气机械和器材制造业 — Manufacture of electrical machinery",
                                 "Case title. Required; 6–50 characters"])):
        proc = iipcase(binary, "schema", "--lang", lang)
        out = proc.stdout.decode()
        missing = [w for w in wanted if w not in out]
        comments = [line for line in out.splitlines() if line.lstrip().startswith("#")]
        run.verdict(proc.returncode == 0 and not missing and not comments and "rules_compiler" not in out
                    and "src/" not in out, f"schema --lang {lang}: the values for applicants, no comment of the data "
                                           f"(missing {missing}, comments {comments[:2]})")
    other = iipcase(binary, "schema", "--lang", "en").stdout.decode()
    run.verdict("智能化制造（" not in other and "必填" not in other, "schema --lang en: no Chinese sentence of the zh guide")


def value_at(path, line, column):
    """The scalar a finding points at, read from the file (quotes removed)."""
    with open(path, encoding="utf-8-sig") as f:
        text = f.read().splitlines()[line - 1][column - 1:]
    if text[:1] in ("'", '"'):
        return text[1:text.find(text[0], 1)]
    return re.match(r"[^\s#,}\]]*", text).group(0)


def iipcase_verdict(binary, path):
    """(parsed, structurally invalid, codes) by iipcase."""
    findings = check_json(binary, path)
    codes = {d["code"] for d in findings}
    if any(c.startswith(("yaml.", "file.")) for c in codes):
        return False, None, codes
    invalid = bool(codes & STRUCTURAL)
    for d in findings:
        # The 18-character form is in the schema; the organisation-code check is iipcase's only.
        if d["code"] == "credit-code.format" and not CREDIT_CODE_FORM.match(value_at(path, d["line"], d["column"])):
            invalid = True
    return True, invalid, codes


def ajv_verdicts(ajv, schema, files):
    """{file: True if valid}. One ajv run for all; a file ajv cannot read is retried alone."""
    keywords = os.path.join(os.path.dirname(os.path.abspath(__file__)), "schema", "editor-keywords.js")
    base = [ajv, "validate", "--spec=draft7", "--allow-union-types", "-c", keywords, "-s", schema, "--errors=line"]
    proc = subprocess.run(base + [a for f in files for a in ("-d", f)], capture_output=True, timeout=300)
    out = proc.stdout.decode() + proc.stderr.decode()
    verdicts = {}
    for f in files:
        if re.search(rf"^{re.escape(f)} valid$", out, re.M):
            verdicts[f] = True
        elif re.search(rf"^{re.escape(f)} invalid$", out, re.M):
            verdicts[f] = False
    for f in files:
        if f not in verdicts:
            alone = subprocess.run(base + ["-d", f], capture_output=True, timeout=60)
            verdicts[f] = alone.returncode == 0 if b"error:" not in alone.stderr else None
    return verdicts


def known_differences(path, validator):
    """{file: reason} for one validator: lines `FILE [validator,...] reason`, or `FILE reason` for all."""
    known = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                name, _, reason = line.strip().partition(" ")
                tools = re.match(r"\[([^\]]*)\]\s*", reason)
                if tools:
                    reason = reason[tools.end():]
                    if validator not in tools.group(1).split(","):
                        continue
                known[name] = reason.strip()
    return known


def test_agreement(run, binary, ajv, source_dir, schema):
    rel = lambda p: os.path.relpath(p, source_dir)
    files = sorted(glob.glob(os.path.join(source_dir, "examples", "**", "*.yaml"), recursive=True))
    files += sorted(glob.glob(os.path.join(source_dir, "tests", "golden", "*.yaml")))
    unseen = sorted(glob.glob(os.path.join(source_dir, "tests", "schema", "*.yaml")))
    files += unseen
    known = known_differences(os.path.join(source_dir, "tests", "schema", "known-differences.txt"), "ajv")
    ours = {f: iipcase_verdict(binary, f) for f in files}
    compared = [f for f in files if ours[f][0]]
    theirs = ajv_verdicts(ajv, schema, compared)
    for f in compared:
        parsed, invalid, codes = ours[f]
        ajv_valid = theirs.get(f)
        agree = ajv_valid is not None and ajv_valid == (not invalid)
        what = f"{rel(f)}: iipcase {'rejects' if invalid else 'accepts'}, ajv {'?' if ajv_valid is None else 'accepts' if ajv_valid else 'rejects'}"
        if rel(f) in known:
            run.verdict(not agree, f"{what} (known difference: {known[rel(f)]})")
        else:
            run.verdict(agree, what + ("" if agree else f" {sorted(codes)}"))
        name = os.path.basename(f)
        if f in unseen:
            expected_valid = name.startswith("valid--")
            run.verdict(name.startswith(("valid--", "invalid--")) and (not invalid) == expected_valid,
                        f"{rel(f)}: iipcase verdict is the one its name declares")
    skipped = [rel(f) for f in files if not ours[f][0]]
    print(f"     ({len(compared)} files compared; {len(skipped)} not parsed by iipcase (yaml.*/file.*), not compared)")
    stale = [name for name in known if not os.path.exists(os.path.join(source_dir, name))]
    run.verdict(not stale, f"known-differences.txt names only existing files {stale or ''}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--source-dir", required=True)
    p.add_argument("--ajv", help="ajv-cli binary (default: tests/tools/node_modules/.bin/ajv)")
    p.add_argument("--workdir", default=None, help="scratch folder (default: the current one)")
    p.add_argument("--update", action="store_true", help="rewrite schemas/iip-case-2021.schema.json")
    args = p.parse_args()
    source = os.path.abspath(args.source_dir)
    schema = os.path.join(source, "schemas", "iip-case-2021.schema.json")
    ajv = args.ajv or os.path.join(source, "tests", "tools", "node_modules", ".bin", "ajv")
    run = Run()
    test_init(run, args.iipcase, os.path.join(source, "schemas", "iip-case-2021.yaml"), args.workdir or os.getcwd())
    test_explain(run, args.iipcase)
    test_schema_file(run, args.iipcase, schema, args.update)
    skipped = not os.access(ajv, os.X_OK)
    if skipped:
        print(f"skip ajv agreement: {ajv} not found (run tests/tools/install.sh)")
    else:
        test_agreement(run, args.iipcase, ajv, source, schema)
    print(f"authoring: {run.passed} passed, {run.failed} failed")
    return 1 if run.failed else 77 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
