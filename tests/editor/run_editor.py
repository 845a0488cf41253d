#!/usr/bin/env python3
"""The exported JSON Schema in a real editor, and in the validators applicants use.

yaml-language-server (tests/tools, as VS Code runs it: over stdio) opens every example, golden
case and tests/schema file with the schema that `iipcase schema --json-schema` prints:
  * a file iipcase finds no error in gets no mark at all;
  * each structural error iipcase reports (a missing field, a wrong kind, form or value) is
    marked on its line;
  * every mark is shorter than 200 characters;
  * hovering over each field of an example shows its own heading and text in Chinese and in
    English, short, never the schema's title joined with " || ";
  * completion after `mode:` and `type:` offers the six modes and five applicant types, each
    saying whether it is a name, an id or an alias.
sourcemeta's jsonschema (tests/tools) and Python's jsonschema (Debian python3-jsonschema) load the
schema and give each example the verdict iipcase gives it.
Files listed in tests/schema/known-differences.txt for yaml-language-server are expected to
differ (and must still differ). Exit 77 (skipped) when the npm tools are not installed.
Prints one line per failure and a closing 'N passed, N failed' line.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tally import Tally  # noqa: E402
from lsp_client import LanguageServer, uri  # noqa: E402
from run_authoring import known_differences  # noqa: E402  (one reader of known-differences.txt)

# Codes whose findings the schema can show while typing (the rest are iipcase's own checks).
STRUCTURAL = {
    "field.required", "field.type", "field.format", "field.too-long", "metrics.missing", "metrics.invalid",
    "mode.unknown", "applicant-type.unknown", "region.unknown", "recommender.kind-unknown", "industry.unknown",
    "schema.unsupported", "recommender.rank-out-of-range",
}
MODES = ["平台化设计", "数字化管理", "智能化制造", "网络化协同", "个性化定制", "服务化延伸"]
TYPES = ["制造企业", "信息技术企业", "互联网企业", "电信运营商", "高校及科研院所"]
LONGEST_MARK = 200
ENV = dict(os.environ, LC_ALL="C", NO_COLOR="1")



def findings(binary, path):
    """iipcase's findings on a file, or None when it is not YAML it could read."""
    proc = subprocess.run([binary, "check", "--no-batch", "--format", "json", "--lang", "en", path],
                          capture_output=True, env=ENV, timeout=60)
    diagnostics = json.loads(proc.stdout)["files"][0]["diagnostics"]
    if any(d["code"].startswith(("yaml.", "file.")) for d in diagnostics):
        return None
    return diagnostics


def has_chinese(text):
    return re.search(r"[\u4e00-\u9fff]", text) is not None


def has_english(text):
    return re.search(r"[A-Za-z]{3,}", text) is not None


def test_marks(run, server, binary, files, rel, known):
    longest = ("", 0)
    compared = 0
    for path in files:
        try:
            text = open(path, encoding="utf-8").read()
        except UnicodeDecodeError:
            continue
        ours = findings(binary, path)
        if ours is None:
            continue
        compared += 1
        marks = server.open(path, text)
        server.close(path)
        for mark in marks:
            if len(mark["message"]) > longest[1]:
                longest = (f"{rel(path)}:{mark['range']['start']['line'] + 1}: {mark['message']}", len(mark["message"]))
        errors = [d for d in ours if d["severity"] == "error"]
        marked_lines = {m["range"]["start"]["line"] + 1 for m in marks}
        if not errors:
            ok = not marks
            what = f"{rel(path)}: valid to iipcase, {len(marks)} marks in the editor"
            if not ok:
                what += ": " + "; ".join(f"{m['range']['start']['line'] + 1}: {m['message']}" for m in marks[:3])
        else:
            # iipcase reports a missing field at the first line of the mapping that lacks it; the
            # editor marks the key that holds that mapping, the line before.
            missing = [d for d in errors if d["code"] in STRUCTURAL and d["line"]
                       and not marked_lines & ({d["line"], d["line"] - 1} if d["code"] == "field.required" else {d["line"]})]
            ok = not missing
            what = f"{rel(path)}: structural errors not marked on their line: " + ", ".join(
                f"{d['code']} line {d['line']}" for d in missing)
        if rel(path) in known:
            run.verdict(not ok, f"{rel(path)}: listed as a known difference ({known[rel(path)]}) but agrees now")
        else:
            run.verdict(ok, what)
    run.verdict(longest[1] < LONGEST_MARK, f"longest mark is {longest[1]} characters: {longest[0]}")
    print(f"     ({compared} files opened; longest mark {longest[1]} characters)")


def key_positions(text):
    """(line, column, dotted path) of every mapping key in a block-style YAML file."""
    stack = []
    for number, line in enumerate(text.split("\n")):
        m = re.match(r"^(\s*)(- )?([a-z_]+):", line)
        if not m:
            continue
        indent = len(m.group(1)) + (2 if m.group(2) else 0)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, m.group(3)))
        yield number, indent + 1, ".".join(k for _, k in stack)


def test_hover(run, server, example):
    text = open(example, encoding="utf-8").read()
    server.open(example, text)
    longest = 0
    for line, column, path in key_positions(text):
        hover = server.hover(example, line, column)
        value = (hover or {}).get("contents", {})
        value = value.get("value", "") if isinstance(value, dict) else str(value)
        heading = value.split("\n", 1)[0]
        longest = max(longest, len(value))
        run.verdict(heading.startswith("#### ") and has_chinese(heading) and has_english(heading)
                    and "||" not in value and len(value) < 600,
                    f"hover on {path}: {value[:200]!r}")
    print(f"     (hover texts up to {longest} characters)")
    server.close(example)


def test_completion(run, server, example):
    text = open(example, encoding="utf-8").read()
    lines = text.split("\n")
    for key, wanted in (("mode:", MODES), ("  type:", TYPES)):
        number = next(i for i, l in enumerate(lines) if l.startswith(key))
        edited = lines[:number] + [key + " "] + lines[number + 1:]
        server.open(example, "\n".join(edited))
        items = server.completion(example, number, len(key) + 1)
        server.close(example)
        labels = {item["label"]: item.get("documentation") for item in items}
        missing = [name for name in wanted if name not in labels]
        run.verdict(not missing, f"completion after {key.strip()} lacks {missing}")
        undocumented = [label for label, doc in labels.items()
                        if not doc or not re.search(r"名称|标识|别名|代码", json.dumps(doc, ensure_ascii=False))]
        run.verdict(not undocumented, f"completion after {key.strip()}: items without a word on what they are: {undocumented}")


def test_validators(run, binary, schema, examples, sourcemeta, rel):
    for path in examples:
        ours = findings(binary, path)
        valid = ours is not None and not any(d["severity"] == "error" for d in ours)
        proc = subprocess.run([sourcemeta, "validate", schema, path], capture_output=True, timeout=60)
        run.verdict(proc.returncode == (0 if valid else 2),
                    f"sourcemeta on {rel(path)}: status {proc.returncode}, iipcase {'accepts' if valid else 'rejects'}: "
                    + proc.stderr.decode(errors="replace")[:300])
    try:
        import jsonschema
        import yaml
    except ImportError:
        print("     (Python jsonschema not installed: not compared)")
        return
    with open(schema, encoding="utf-8") as f:
        document = json.load(f)
    jsonschema.Draft7Validator.check_schema(document)
    validator = jsonschema.Draft7Validator(document)
    for path in examples:
        ours = findings(binary, path)
        valid = ours is not None and not any(d["severity"] == "error" for d in ours)
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f)
        theirs = validator.is_valid(data)
        run.verdict(theirs == valid, f"Python jsonschema on {rel(path)}: {'accepts' if theirs else 'rejects'}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--source", required=True)
    p.add_argument("--tools", required=True, help="tests/tools/node_modules")
    args = p.parse_args()
    source = os.path.abspath(args.source)
    server_js = os.path.join(args.tools, "yaml-language-server", "bin", "yaml-language-server")
    sourcemeta = os.path.join(args.tools, ".bin", "jsonschema")
    if not (os.path.exists(server_js) and os.access(sourcemeta, os.X_OK)):
        print(f"skip: yaml-language-server or sourcemeta jsonschema not in {args.tools} (run tests/tools/install.sh)")
        return 77
    rel = lambda p: os.path.relpath(p, source)
    run = Tally(quiet=True)
    with tempfile.TemporaryDirectory() as work:
        schema = os.path.join(work, "iip-case-2021.schema.json")
        with open(schema, "wb") as f:
            f.write(subprocess.run([args.iipcase, "schema", "--json-schema"], check=True, capture_output=True).stdout)
        examples = sorted(glob.glob(os.path.join(source, "examples", "**", "*.yaml"), recursive=True))
        files = examples + sorted(glob.glob(os.path.join(source, "tests", "golden", "*.yaml")))
        files += sorted(glob.glob(os.path.join(source, "tests", "schema", "*.yaml")))
        known = known_differences(os.path.join(source, "tests", "schema", "known-differences.txt"),
                                  "yaml-language-server")
        settings = {"yaml": {"schemas": {uri(schema): "*.yaml"}, "validate": True, "hover": True,
                             "completion": True, "schemaStore": {"enable": False}, "format": {"enable": False}}}
        server = LanguageServer(["node", server_js, "--stdio"], settings)
        try:
            server.start(source)
            test_marks(run, server, args.iipcase, files, rel, known)
            example = os.path.join(source, "examples", "smart-manufacturing.yaml")
            test_hover(run, server, example)
            test_completion(run, server, example)
        finally:
            server.stop()
        test_validators(run, args.iipcase, schema, examples, sourcemeta, rel)
    print(run.closing("editor"))
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
