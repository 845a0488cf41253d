#!/usr/bin/env python3
"""The command line for CI, through the real binary: which files `check` finds and its exit
status; each report format read back (SARIF through the official validator, JUnit through an
XML parser, GitHub commands through a strict pattern) and agreeing with the JSON report; the
same bytes with --jobs 1 and --jobs 2 on 1,000 generated files; -o written whole or not at all;
`summary` in its three formats. Closes with an 'N passed, N failed' line."""
import argparse
import csv
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "batch"))
import make_fixtures  # noqa: E402
import report_formats  # noqa: E402
from tally import Tally  # noqa: E402

ENV = dict(os.environ, LC_ALL="C", NO_COLOR="1")
TALLY = Tally()
verdict = TALLY.verdict



class Cli:
    def __init__(self, binary):
        self.binary = binary

    def run(self, *args, cwd=None, stdin=None, preexec=None):
        return subprocess.run([self.binary, *args], cwd=cwd, input=stdin, capture_output=True, env=ENV,
                              timeout=300, preexec_fn=preexec)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def valid_case(n, recommender=make_fixtures.ZHEJIANG):
    # A rank is a place within the quota (recommender.rank-out-of-range above it): n while n fits.
    return make_fixtures.case_yaml(recommender, n, rank=n if n <= 10 else None)


# ---- which files, and the exit status ----

def test_paths(cli, tmp):
    missing = cli.run("check", os.path.join(tmp, "no-such-dir"))
    verdict(missing.returncode == 2 and b"no-such-dir" in missing.stderr, "a path that does not exist: exit 2")
    missing = cli.run("summary", os.path.join(tmp, "no-such-file.yaml"))
    verdict(missing.returncode == 2, "summary of a path that does not exist: exit 2")

    empty = os.path.join(tmp, "no-cases")
    write(os.path.join(empty, "notes.txt"), "not a case\n")
    write(os.path.join(empty, ".hidden", "case.yaml"), valid_case(1))
    write(os.path.join(empty, ".case.yaml"), valid_case(2))
    none = cli.run("check", empty)
    verdict(none.returncode == 2 and b"no case file" in none.stderr, "a directory without case files: exit 2")
    verdict(cli.run("summary", empty).returncode == 2, "summary without case files: exit 2")

    tree = os.path.join(tmp, "tree")
    for rel in ["b.yaml", "a.yml", "sub/c.yaml", "sub/deeper/d.yaml", "A.yaml", ".git/x.yaml", "sub/.cache/y.yaml",
                "sub/.z.yaml", "notes.yaml.txt"]:
        write(os.path.join(tree, rel), valid_case(len(rel)))
    proc = cli.run("check", "--format", "json", "--no-batch", tree)
    paths = [f["path"] for f in json.loads(proc.stdout)["files"]]
    want = [os.path.join(tree, p) for p in ["A.yaml", "a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.yaml"]]
    verdict(proc.returncode == 0 and paths == want,
            f"directories: *.yaml and *.yml, recursive, sorted, hidden skipped {paths if paths != want else ''}")
    hidden = os.path.join(tree, ".git", "x.yaml")
    proc = cli.run("check", "--format", "json", hidden)
    verdict(proc.returncode == 0 and json.loads(proc.stdout)["files"][0]["path"] == hidden,
            "a hidden file named on the command line is checked")

    proc = cli.run("check", "--format", "json", "-", stdin=valid_case(7).encode())
    report = json.loads(proc.stdout)
    verdict(proc.returncode == 0 and [f["path"] for f in report["files"]] == ["-"] and report["summary"]["valid"] == 1,
            "- reads standard input")
    proc = cli.run("check", "--format", "json", "-", stdin=b"title: [\n")
    verdict(proc.returncode == 1 and report_formats.from_json(proc.stdout) == {"-": ["yaml.syntax"]},
            "- with a broken case: exit 1, its finding on -")
    wrong = cli.run("check", "--format", "xml", tree)
    verdict(wrong.returncode == 2 and b'"xml" is not one of: text, json, sarif, junit, github, markdown' in wrong.stderr,
            "an unknown --format: exit 2, naming the formats")
    wrong = cli.run("check", "--lang", "fr", tree)
    verdict(wrong.returncode == 2 and b'"fr" is not one of: zh, en' in wrong.stderr, "an unknown --lang: exit 2, naming zh and en")


# ---- the report formats, read back ----

def mixed_set(tmp, examples, batch):
    """Valid and invalid examples, a batch over its quota, and file names each format must escape."""
    root = os.path.join(tmp, "mixed")
    shutil.copytree(examples, os.path.join(root, "examples"))
    shutil.copytree(os.path.join(batch, "province-over-quota-beside-central"), os.path.join(root, "batch"),
                    ignore=shutil.ignore_patterns("expected.json"))
    shutil.copytree(os.path.join(batch, "rank-conflict"), os.path.join(root, "ranks"),
                    ignore=shutil.ignore_patterns("expected.json"))
    write(os.path.join(root, "odd", "a b,c:d%e.yaml"), "title: [\n")
    # Another recommender than the batch's, so that only their own findings make them invalid.
    jiangsu = make_fixtures.JIANGSU
    write(os.path.join(root, "odd", "案例 <&>\".yaml"), valid_case(3, jiangsu).replace("content:", "kontent:", 1))
    write(os.path.join(root, "odd", "empty.yaml"), "")
    write(os.path.join(root, "odd", "warning-only.yaml"), valid_case(4, jiangsu).replace("  results: ", "  results: 国际领先，", 1))
    return root


def test_formats(cli, tmp, tools, root, label):
    proc = cli.run("check", "--lang", "en", "--format", "json", ".", cwd=root)
    report = json.loads(proc.stdout)
    expected = report_formats.from_json(proc.stdout)
    status = proc.returncode
    files = [report_formats.norm(f["path"]) for f in report["files"]]
    invalid = [report_formats.norm(f["path"]) for f in report["files"] if not f["valid"]]
    findings = sum(map(len, expected.values()))
    verdict(status == 1 and invalid and len(invalid) < len(files), f"{label}: {len(files)} files, {len(invalid)} invalid")

    for fmt, read in report_formats.READERS.items():
        for lang in ("en", "zh"):
            proc = cli.run("check", "--lang", lang, "--format", fmt, ".", cwd=root)
            try:
                found = read(proc.stdout.decode("utf-8"))
            except (report_formats.FormatError, ValueError, KeyError) as error:
                found = f"unreadable: {error}"
            verdict(proc.returncode == status and found == expected,
                    f"{label} --format {fmt} --lang {lang}: the same findings on the same files as json")

    for lang in ("en", "zh"):
        sarif = os.path.join(tmp, f"{label}-{lang}.sarif")
        proc = cli.run("check", "--lang", lang, "--format", "sarif", "-o", sarif, ".", cwd=root)
        verdict(proc.returncode == status, f"{label} sarif -o: exit {proc.returncode}")
        for kind in (None, "Ghas") if not report_formats.sarif_validator_missing(tools) else ():
            errors = report_formats.validate_sarif(tools, sarif, kind)
            verdict(not errors, f"{label} --lang {lang}: the SARIF validator ({kind or 'default rules'}) reports "
                                f"no error {errors[:5] if errors else ''}")
        with open(sarif, encoding="utf-8") as f:
            run = json.load(f)["runs"][0]
        verdict(run["columnKind"] == "unicodeCodePoints" and len(run["results"]) == findings,
                f"{label} sarif: columns in code points, {findings} results")

    for strict in ([], ["--strict"]):
        proc = cli.run("check", "--format", "junit", *strict, ".", cwd=root)
        want_invalid = invalid
        if strict:
            want_invalid = [p for p in files if p in expected]
        try:
            cases, failed_names = report_formats.junit_tree(proc.stdout.decode("utf-8"))
            names = [report_formats.norm(c.get("name")) for c in cases]
            ok = names == files and sorted(map(report_formats.norm, failed_names)) == sorted(want_invalid)
        except (report_formats.FormatError, ValueError) as error:
            ok, names = False, str(error)
        verdict(ok, f"{label} junit {' '.join(strict)}: one testcase per file, failures = the invalid files "
                    f"({len(want_invalid)})")

    proc = cli.run("check", "--format", "github", ".", cwd=root)
    lines = proc.stdout.decode("utf-8").splitlines()
    bad = [line for line in lines if not report_formats.GITHUB_LINE.match(line)]
    verdict(not bad and len(lines) == findings, f"{label} github: {len(lines)} lines, every one well-formed {bad[:3]}")


# ---- the same output whatever the number of jobs ----

def thousand_files(root):
    """1,000 case files in ten folders: many recommenders, some over quota, duplicates, rank
    conflicts, per-file errors and warnings, empty and broken files."""
    provinces = [make_fixtures.ZHEJIANG, make_fixtures.JIANGSU, make_fixtures.XINJIANG, make_fixtures.BINGTUAN]
    cities = [make_fixtures.NINGBO, make_fixtures.SHENZHEN]
    for i in range(1000):
        kind = i % 5
        if kind < 2:
            rec = make_fixtures.Recommender(f"ce{i // 7}", "中央企业", f"中国第{i // 7}工业集团有限公司")
        elif kind < 4:
            rec = provinces[i % len(provinces)]
        else:
            rec = cities[i % len(cities)]
        rank = 1 if i % 17 == 2 else i // 3 + 1
        title = f"通用机械零部件智能工厂建设案例{(i - 1) if i % 13 == 6 else i:04d}"
        text = make_fixtures.case_yaml(rec, i + 1, rank=rank, title=title, mode=i)
        if i % 7 == 3:
            text = text.replace("mode: ", "mode: 智能", 1)
        if i % 11 == 5:
            text = text.replace("  results: ", "  results: 国际领先，", 1)
        if i % 19 == 4:
            text = "\n".join(line for line in text.split("\n") if "email:" not in line)
        if i % 97 == 0:
            text = ""
        if i % 89 == 1:
            text = text.replace("title:", "title: [", 1)
        write(os.path.join(root, f"part-{i % 10}", f"case-{i:04d}.yaml"), text)


def test_jobs(cli, tmp):
    root = os.path.join(tmp, "thousand")
    thousand_files(root)
    runs = [("check", "--format", f) for f in ("text", "json", "sarif", "junit", "github", "markdown")]
    runs += [("check", "--format", "text", "--lang", "zh", "--strict")]
    runs += [("summary", "--format", f) for f in ("markdown", "csv", "json")]
    for args in runs:
        jobs = ["1", "2", "7"] if "json" in args else ["1", "2"]
        outs = [cli.run(*args, "--jobs", j, ".", cwd=root) for j in jobs]
        same = all(o.stdout == outs[0].stdout and o.returncode == outs[0].returncode for o in outs)
        verdict(same and len(outs[0].stdout) > 10000,
                f"1,000 files, {' '.join(args)}: --jobs {' and '.join(jobs[1:])} byte-identical to --jobs 1 "
                f"({len(outs[0].stdout)} bytes, exit {outs[0].returncode})")
    report = json.loads(cli.run("check", "--format", "json", "--jobs", "2", ".", cwd=root).stdout)
    codes = {d["code"] for f in report["files"] for d in f["diagnostics"]}
    want = {"batch.quota-exceeded", "batch.duplicate-case", "batch.rank-conflict", "mode.unknown",
            "content.unsupported-claim", "field.required", "yaml.not-mapping", "yaml.syntax"}
    verdict(len(report["files"]) == 1000 and want <= codes, f"the 1,000 files raise {sorted(want - codes) or 'all'}")
    proc = cli.run("check", "--format", "junit", ".", cwd=root)
    cases, failed_names = report_formats.junit_tree(proc.stdout.decode("utf-8"))
    invalid = sum(not f["valid"] for f in report["files"])
    verdict(len(cases) == 1000 and len(failed_names) == invalid, f"1,000 files junit: {invalid} failures")


# ---- -o: whole or not at all ----

def limit_file_size():
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails instead of killing


def test_output(cli, tmp, root):
    out_dir = os.path.join(tmp, "out")
    os.makedirs(out_dir)
    target = os.path.join(out_dir, "report.json")
    stdout = cli.run("check", "--format", "json", ".", cwd=root)
    proc = cli.run("check", "--format", "json", "-o", target, ".", cwd=root)
    with open(target, "rb") as f:
        written = f.read()
    verdict(proc.returncode == stdout.returncode and written == stdout.stdout and not proc.stdout,
            "-o writes the same bytes as standard output, and nothing to standard output")

    with open(target, "wb") as f:
        f.write(b"the previous report\n")
    proc = cli.run("check", "--format", "json", "-o", target, ".", cwd=root, preexec=limit_file_size)
    with open(target, "rb") as f:
        kept = f.read()
    verdict(proc.returncode == 2 and kept == b"the previous report\n" and os.listdir(out_dir) == ["report.json"],
            f"a write that fails half-way: exit {proc.returncode}, the previous file intact, no temporary left")
    fresh = os.path.join(out_dir, "fresh.sarif")
    proc = cli.run("check", "--format", "sarif", "-o", fresh, ".", cwd=root, preexec=limit_file_size)
    verdict(proc.returncode == 2 and not os.path.exists(fresh) and os.listdir(out_dir) == ["report.json"],
            "a write that fails half-way to a new file: exit 2, no file at all")
    proc = cli.run("check", "-o", os.path.join(tmp, "no-such-dir", "r.txt"), ".", cwd=root)
    verdict(proc.returncode == 2 and not os.path.exists(os.path.join(tmp, "no-such-dir")),
            "-o into a folder that does not exist: exit 2")
    proc = cli.run("check", "-o", out_dir, ".", cwd=root)
    verdict(proc.returncode == 2 and sorted(os.listdir(out_dir)) == ["report.json"],
            "-o onto a directory: exit 2, nothing left beside it")
    summary = os.path.join(out_dir, "summary.csv")
    proc = cli.run("summary", "--format", "csv", "-o", summary, ".", cwd=root)
    verdict(proc.returncode == 0 and os.path.getsize(summary) > 100, "summary -o writes the table")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([cli.binary, "check", "."], cwd=root, stdout=full, capture_output=False,
                              stderr=subprocess.PIPE, env=ENV)
    verdict(proc.returncode == 2, "standard output that cannot be written: exit 2")


# ---- summary ----

def test_summary(cli, batch):
    where = os.path.join(batch, "province-over-quota-beside-central")
    report = json.loads(cli.run("check", "--format", "json", ".", cwd=where).stdout)

    proc = cli.run("summary", "--format", "csv", "--lang", "zh", ".", cwd=where)
    data = proc.stdout
    verdict(proc.returncode == 0 and data.startswith(b"\xef\xbb\xbf"), "summary csv: exit 0, a UTF-8 byte-order mark")
    verdict(data.count(b"\r\n") == data.count(b"\n") == len(report["files"]) + 1, "summary csv: CRLF line ends, one row per case")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    header, rows = rows[0], rows[1:]
    verdict(header[:6] == ["推荐单位", "推荐单位类别", "地区", "已用名额", "名额", "排序"] and all(len(r) == len(header) for r in rows),
            "summary csv: the header, every row as wide")
    zhejiang = [r for r in rows if r[2] == "浙江省"]
    # Over the quota, only the case ranked beyond it is outside (batch.quota-exceeded).
    verdict(len(zhejiang) == 11 and all(r[3] == "11" and r[4] == "10" for r in zhejiang)
            and [r[10] for r in zhejiang] == ["通过"] * 10 + ["未通过"]
            and [r[5] for r in zhejiang] == [str(i) for i in range(1, 12)],
            "summary csv: 浙江 has used 11 of 10, its cases ranked, only the 11th invalid")
    central = [r for r in rows if r[1] == "中央企业"]
    verdict(len(central) == 3 and all(r[3] == "3" and r[4] == "3" and r[10] == "通过" for r in central),
            "summary csv: the central enterprise beside it has used 3 of 3")

    proc = cli.run("summary", "--format", "json", ".", cwd=where)
    summary = json.loads(proc.stdout)
    groups = [(g["kind"], g["region"], g["quota"]["used"], g["quota"]["allowed"], g["over_quota"])
              for g in summary["recommenders"]]
    verdict(groups == [("province", "zhejiang", 11, 10, True), ("central-enterprise", None, 3, 3, False)],
            f"summary json: the recommenders in the rules' order, with their quotas {groups}")

    proc = cli.run("summary", ".", cwd=where)
    text = proc.stdout.decode("utf-8")
    verdict(proc.returncode == 0 and text.startswith("# ") and text.count("\n## ") == 2
            and "Quota: 11 used of 10 ⚠️ over the quota" in text, "summary: Markdown by default, a table per recommender")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--batch", required=True, help="tests/batch")
    p.add_argument("--tools", required=True, help="tests/tools/node_modules/.bin")
    args = p.parse_args()
    cli = Cli(os.path.abspath(args.iipcase))
    tmp = tempfile.mkdtemp(prefix="iipcase-cli-")
    try:
        test_paths(cli, tmp)
        root = mixed_set(tmp, args.examples, args.batch)
        test_formats(cli, tmp, args.tools, root, "mixed")
        test_output(cli, tmp, root)
        test_summary(cli, args.batch)
        test_jobs(cli, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    skipped = report_formats.sarif_validator_missing(args.tools)
    if skipped:
        print(skipped)
    print(TALLY.closing("cli"))
    return 1 if TALLY.failed else 77 if skipped else 0


if __name__ == "__main__":
    sys.exit(main())
