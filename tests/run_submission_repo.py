#!/usr/bin/env python3
"""Checks examples/submission-repo the way its CI would, with the real binary on PATH: the
GitHub workflow's iipcase step run as action.yml runs it (its inputs, its scripts), the
pre-commit hook with the files pre-commit would pass, and the GitLab job's script lines. Then the
same on a copy with a broken case, which must fail. Closes with an 'N passed, N failed' line."""
import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import Tally  # noqa: E402
import report_formats  # noqa: E402

TALLY = Tally()
verdict = TALLY.verdict

# The one finding the example repository has on purpose (README.md there says why).
EXPECTED = {"cases/浙江省/02-袜业个性化定制.yaml": ["field.too-short"]}
BROKEN = "cases/浙江省/03-broken.yaml"



def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


class Runner:
    def __init__(self, binary, source):
        self.source = source
        self.env = dict(os.environ, LC_ALL="C.UTF-8", NO_COLOR="1")
        self.env["PATH"] = os.path.dirname(os.path.abspath(binary)) + os.pathsep + self.env.get("PATH", "")

    def bash(self, script, cwd, env=None):
        return subprocess.run(["bash", "-c", script], cwd=cwd, env=dict(self.env, **(env or {})),
                              capture_output=True, text=True, timeout=300)


# ---- GitHub: the workflow's step, run as action.yml runs it ----

INPUT = re.compile(r"\$\{\{\s*inputs\.([A-Za-z0-9_-]+)\s*\}\}")


def action_step(workflow):
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if re.search(r"(^|/)iipcase@", step.get("uses", "")):
                return job, step
    raise SystemExit("the workflow has no step that uses the iipcase action")


def run_action(runner, action, inputs, repo, tmp):
    """Runs action.yml's steps in repo as GitHub would: inputs into env, GITHUB_* files."""
    values = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    unknown = set(inputs) - set(values)
    if unknown:
        raise SystemExit(f"the workflow passes inputs action.yml does not have: {unknown}")
    values.update({k: str(v) for k, v in inputs.items()})
    # The runner has no network: the action takes the iipcase under test, on PATH, as its
    # release (downloading and checking a release archive is tested in tests/packaging).
    values["version"] = "installed"
    files = {name: os.path.join(tmp, name) for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY", "GITHUB_PATH")}
    for path in files.values():
        open(path, "w").close()
    results = []
    for step in action["runs"]["steps"]:
        condition = step.get("if")
        if condition is not None:
            if condition.strip() != "inputs.path != ''":
                raise SystemExit(f"the test does not know the condition {condition!r}")
            if not values["path"]:
                continue
        env = dict(files, GITHUB_ACTION_PATH=runner.source, RUNNER_TEMP=tmp)
        for key, template in step.get("env", {}).items():
            env[key] = INPUT.sub(lambda m: values[m[1]], str(template))
            env[key] = env[key].replace("${{ github.action_repository }}", "iipcase/iipcase")
            if "${{" in env[key]:
                raise SystemExit(f"the test cannot evaluate {template!r}")
        results.append((step["name"], runner.bash(step["run"], repo, env)))
    outputs = {}
    with open(files["GITHUB_OUTPUT"], encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("=")
            outputs[key] = value
    with open(files["GITHUB_STEP_SUMMARY"], encoding="utf-8") as f:
        summary = f.read()
    return results, outputs, summary


def test_github(runner, tools, repo, tmp, broken):
    label = "broken copy" if broken else "submission-repo"
    workflow = load(os.path.join(repo, ".github", "workflows", "check.yml"))
    action = load(os.path.join(runner.source, "action.yml"))
    job, step = action_step(workflow)
    inputs = step.get("with", {})
    results, outputs, summary = run_action(runner, action, inputs, repo, tmp)
    names = [name for name, _ in results]
    verdict(names == ["Install iipcase", "Check case files"], f"{label}: the action runs {names}")
    install = results[0][1]
    verdict(install.returncode == 0 and "using" in install.stdout, f"{label}: the action uses the iipcase on PATH")
    check = results[-1][1]
    want_status = 1 if broken else 0
    verdict(check.returncode == want_status and outputs.get("exit-code") == str(want_status),
            f"{label}: the check step exits {check.returncode}, output exit-code={outputs.get('exit-code')}")
    try:
        found = report_formats.from_github(check.stdout)
    except report_formats.FormatError as error:
        found = str(error)
    expected = dict(EXPECTED)
    if broken:
        expected[BROKEN] = ["credit-code.checksum"]
    verdict(found == expected, f"{label}: the annotations, each line well-formed: {found}")

    sarif = outputs.get("sarif", "")
    upload = [s for s in job["steps"] if "upload-sarif" in s.get("uses", "")]
    verdict(sarif == inputs.get("sarif") and upload and upload[0]["with"]["sarif_file"] == sarif
            and "always()" in upload[0].get("if", ""),
            f"{label}: the SARIF the action writes ({sarif}) is the one the workflow uploads, even on failure")
    path = os.path.join(repo, sarif)
    if not os.path.exists(path):
        errors = [f"no {path}"]
    elif report_formats.sarif_validator_missing(tools):
        errors = []
    else:
        errors = report_formats.validate_sarif(tools, path)
        verdict(not errors, f"{label}: its SARIF passes the official validator {errors[:3] if errors else ''}")
    verdict(os.path.exists(path), f"{label}: the action wrote its SARIF")
    if not errors:
        with open(path, encoding="utf-8") as f:
            verdict(report_formats.from_sarif(f.read()) == expected, f"{label}: the SARIF holds the same findings")
    verdict(summary.startswith("# 推荐汇总表") and summary.count("\n## ") == 3,
            f"{label}: the job summary holds the summary table, three recommenders")


# ---- pre-commit: the hook, with the files pre-commit would pass ----

def test_pre_commit(runner, repo, broken):
    label = "broken copy" if broken else "submission-repo"
    hooks = {h["id"]: h for h in load(os.path.join(runner.source, ".pre-commit-hooks.yaml"))}
    config = load(os.path.join(repo, ".pre-commit-config.yaml"))
    used = [h for r in config["repos"] for h in r["hooks"] if h["id"] == "iipcase"]
    verdict(len(used) == 1 and "iipcase" in hooks, f"{label}: .pre-commit-config.yaml uses the iipcase hook")
    hook = dict(hooks["iipcase"], **used[0])
    all_files = sorted(os.path.relpath(os.path.join(d, f), repo).replace(os.sep, "/")
                       for d, _, fs in os.walk(repo) for f in fs)
    for files_pattern in (hook["files"], hooks["iipcase"]["files"]):
        chosen = [f for f in all_files if re.search(files_pattern, f)
                  and not re.search(hook.get("exclude", "^$"), f)]
        cases = [f for f in all_files if f.startswith("cases/")]
        verdict(chosen == cases, f"{label}: files: {files_pattern} passes the case files only")
        command = " ".join([hook["entry"], *map(shlex.quote, hook.get("args", [])), *map(shlex.quote, chosen)])
        proc = runner.bash(command, repo)
        verdict(proc.returncode == (1 if broken else 0), f"{label}: the hook exits {proc.returncode}")


# ---- GitLab: the job's script lines ----

def test_gitlab(runner, repo, broken):
    label = "broken copy" if broken else "submission-repo"
    config = load(os.path.join(runner.source, "ci", "gitlab-ci.yml"))
    job = config["iipcase"]
    variables = {k: str(v) for k, v in config["variables"].items()}
    variables["IIPCASE_PATHS"] = "cases"
    status = 0
    for line in job["script"]:
        proc = runner.bash(line, repo, variables)
        if proc.returncode:
            status = proc.returncode
            break  # GitLab stops the job at the first line that fails
    verdict(status == (1 if broken else 0), f"{label}: the GitLab job ends with exit status {status}")
    report = os.path.join(repo, job["artifacts"]["reports"]["junit"])
    try:
        root = ET.parse(report).getroot()
        cases = root.findall("testsuite/testcase")
        failures = [c.get("name") for c in cases if c.find("failure") is not None]
        want = [BROKEN] if broken else []
        ok = len(cases) == 4 + broken and [report_formats.norm(f) for f in failures] == want
        detail = f"{len(cases)} testcases, failures {failures}"
    except (OSError, ET.ParseError) as error:
        ok, detail = False, str(error)
    verdict(ok, f"{label}: the JUnit report GitLab publishes: {detail}")


def break_copy(repo):
    with open(os.path.join(repo, "cases/浙江省/01-印染数字化管理.yaml"), encoding="utf-8") as f:
        text = f.read()
    text = (text.replace("title: 印染企业生产全流程数字化管理平台应用", "title: 印染企业能源计量与节能管理平台应用")
                .replace("credit_code: 91330106MA2H7K3P2R", "credit_code: 91330106MA2H7K3P2Q")
                .replace("rank: 1", "rank: 3"))
    with open(os.path.join(repo, BROKEN), "w", encoding="utf-8") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--source", required=True, help="the iipcase source tree (action.yml, ci/, examples/)")
    p.add_argument("--tools", required=True, help="tests/tools/node_modules/.bin")
    args = p.parse_args()
    runner = Runner(args.iipcase, os.path.abspath(args.source))
    tmp = tempfile.mkdtemp(prefix="iipcase-repo-")
    try:
        for broken in (False, True):
            repo = os.path.join(tmp, "broken" if broken else "repo")
            shutil.copytree(os.path.join(runner.source, "examples", "submission-repo"), repo)
            if broken:
                break_copy(repo)
            work = os.path.join(tmp, "work-broken" if broken else "work")
            os.makedirs(work)
            test_github(runner, args.tools, repo, work, broken)
            test_pre_commit(runner, repo, broken)
            test_gitlab(runner, repo, broken)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    skipped = report_formats.sarif_validator_missing(args.tools)
    if skipped:
        print(skipped)
    print(TALLY.closing("submission-repo"))
    return 1 if TALLY.failed else 77 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
