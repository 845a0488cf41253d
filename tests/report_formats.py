"""Reads iipcase's reports back, for the integration tests: each format → {path: [codes]}.

Every reader is strict about its format (a line GitHub would not take is an error, not skipped),
so that the tests that use them also check the form of each report. Paths lose a leading "./";
a file without findings is absent from the result.
"""

import json
import os
import re
import subprocess
import urllib.parse
import xml.etree.ElementTree as ET


class FormatError(Exception):
    pass


def norm(path):
    while path.startswith("./"):
        path = path[2:]
    return path


def _add(found, path, code):
    found.setdefault(norm(path), []).append(code)


def _sorted(found):
    return {p: sorted(c) for p, c in found.items()}


def from_json(text):
    found = {}
    for f in json.loads(text)["files"]:
        for d in f["diagnostics"]:
            _add(found, f["path"], d["code"])
    return _sorted(found)


# path:line:column: severity[code]: message   (file-level findings: path: severity[code]: message)
TEXT_FINDING = re.compile(r"^(?P<path>.+?)(?::(?P<line>[1-9]\d*):(?P<col>[1-9]\d*))?: "
                          r"(?P<severity>error|warning)\[(?P<code>[a-z][a-z0-9.-]*)\]: ")


def from_text(text):
    found = {}
    for line in text.splitlines():
        m = TEXT_FINDING.match(line)
        if m:
            _add(found, m["path"], m["code"])
    return _sorted(found)


def from_sarif(text):
    found = {}
    log = json.loads(text)
    run = log["runs"][0]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for r in run["results"]:
        if rules[r["ruleIndex"]] != r["ruleId"]:
            raise FormatError(f"ruleIndex {r['ruleIndex']} is not {r['ruleId']}")
        uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        _add(found, urllib.parse.unquote(uri), r["ruleId"])
    return _sorted(found)


# GitHub's workflow command: properties escape % CR LF : , and the message % CR LF (nothing else
# may hold a raw %).
_PROPERTY = r"[^,:%\r\n]*(?:%(?:25|0D|0A|3A|2C)[^,:%\r\n]*)*"
GITHUB_LINE = re.compile(
    r"^::(?P<severity>error|warning) file=(?P<file>" + _PROPERTY + r")"
    r"(?:,line=(?P<line>[1-9]\d*)(?:,col=(?P<col>[1-9]\d*))?)?"
    r",title=(?P<title>[a-z][a-z0-9.-]*)::(?P<message>[^%\r\n]*(?:%(?:25|0D|0A)[^%\r\n]*)*)$")


def github_unescape(s):
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: {"25": "%", "0D": "\r", "0A": "\n", "3A": ":", "2C": ","}[m[1]], s)


def from_github(text):
    found = {}
    if text and not text.endswith("\n"):
        raise FormatError("the last line has no line feed")
    for line in text.split("\n")[:-1]:
        m = GITHUB_LINE.match(line)
        if not m:
            raise FormatError(f"not a well-formed workflow command: {line!r}")
        if not m["message"]:
            raise FormatError(f"an annotation without a message: {line!r}")
        _add(found, github_unescape(m["file"]), m["title"])
    return _sorted(found)


def junit_tree(text):
    """The JUnit report as (testcases, failed names); raises FormatError when its shape is wrong."""
    root = ET.fromstring(text.encode("utf-8"))
    if root.tag != "testsuites":
        raise FormatError(f"root is <{root.tag}>, not <testsuites>")
    suites = root.findall("testsuite")
    if len(suites) != 1:
        raise FormatError(f"{len(suites)} testsuites, not one")
    cases = suites[0].findall("testcase")
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    for element in (root, suites[0]):
        if int(element.get("tests")) != len(cases) or int(element.get("failures")) != len(failed):
            raise FormatError(f"<{element.tag}> counts do not match its testcases")
    return cases, failed


JUNIT_FINDING = re.compile(r"^(?P<path>.+?)(?::\d+:\d+)?: (?:error|warning)\[(?P<code>[a-z][a-z0-9.-]*)\]: ")


def from_junit(text):
    found = {}
    cases, _ = junit_tree(text)
    for case in cases:
        for element in list(case.iter("failure")) + list(case.iter("system-out")):
            for line in (element.text or "").splitlines():
                m = JUNIT_FINDING.match(line)
                if m:
                    if norm(m["path"]) != norm(case.get("name")):
                        raise FormatError(f"{case.get('name')} lists a finding of {m['path']}")
                    _add(found, case.get("name"), m["code"])
    return _sorted(found)


MARKDOWN_FILE = re.compile(r"^### (?:❌|⚠️) (?P<path>.+)$")
MARKDOWN_ROW = re.compile(r"^\| (?:\d+:\d+|—) \| [^|]+ \| `(?P<code>[a-z][a-z0-9.-]*)` \| .* \|$")


def markdown_unescape(s):
    return re.sub(r"\\(.)", r"\1", s)


def from_markdown(text):
    found = {}
    path = None
    for line in text.splitlines():
        m = MARKDOWN_FILE.match(line)
        if m:
            path = markdown_unescape(m["path"])
            continue
        m = MARKDOWN_ROW.match(line)
        if m:
            if path is None:
                raise FormatError(f"a finding before any file heading: {line}")
            _add(found, path, m["code"])
    return _sorted(found)


READERS = {
    "json": from_json,
    "text": from_text,
    "sarif": from_sarif,
    "junit": from_junit,
    "github": from_github,
    "markdown": from_markdown,
}


def sarif_validator_missing(tools):
    """Why the official SARIF validator cannot run (it is a test tool from npm), or None."""
    tool = os.path.join(tools, "sarif-multitool")
    if os.access(tool, os.X_OK):
        return None
    return f"skip the official SARIF validator: {tool} not found (run tests/tools/install.sh)"


def validate_sarif(tools, sarif_path, rule_kind=None):
    """Runs the official SARIF validator (sarif-multitool validate, from tools); returns what it
    calls errors, empty when the log is valid. rule_kind "Ghas" adds GitHub code scanning's rules."""
    tool = os.path.join(tools, "sarif-multitool")
    if not os.path.exists(tool):
        return [f"{tool} is missing: run tests/tools/install.sh"]
    out = sarif_path + ".validation.sarif"
    # A log of 25,000 results (the cap) is over the validator's default 10 MB.
    args = [tool, "validate", sarif_path, "-o", out, "--log", "ForceOverwrite", "--max-file-size-in-kb", "200000"]
    if rule_kind:
        args += ["--rule-kind", rule_kind]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300)
    errors = [line for line in proc.stdout.splitlines() if ": error " in line]
    if proc.returncode != 0:
        errors.append(f"exit status {proc.returncode}: {proc.stdout[-2000:]} {proc.stderr[-2000:]}")
    try:
        with open(out, encoding="utf-8-sig") as f:
            log = json.load(f)
        errors += [json.dumps(r["message"])[:300] for run in log["runs"] for r in run.get("results", [])
                   if r.get("level") == "error"]
    except (OSError, ValueError) as error:
        errors.append(f"no validation log: {error}")
    warnings = sorted({line.split(": warning ")[1].split(":")[0] for line in proc.stdout.splitlines()
                       if ": warning " in line})
    print(f"     (validator warnings: {', '.join(warnings) or 'none'})")
    return errors
