#!/usr/bin/env python3
"""iipcase on other people's files, attack by attack, through the real binary: -o onto an input
(by name, ./, symlink, hard link, the rules file), onto a device, a FIFO or a symlink to
elsewhere; the temporary file (a symlink planted at the old predictable name, SIGTERM and SIGINT
during a run, a 0600 file stays 0600); a folder search with symlinks out of the tree and one
inside it; unreadable files and folders (as the unprivileged user nobody: root reads anything);
a FIFO and a device named as case files; -j 64 under a process limit; the GitHub Action's job
summary against its check (strict, args on several lines, --no-batch); the pre-commit hook with
a file named --output=x.yaml. Closes with an 'N passed, N failed' line.

The binary and the fixtures are copied into a temporary folder that nobody may read, so that the
runs as nobody see only what each test means them to see."""
import argparse
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import urllib.parse

import yaml

sys.dont_write_bytecode = True
TESTS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, TESTS)
from tally import Tally  # noqa: E402
import run_submission_repo  # noqa: E402  (runs action.yml's steps as GitHub would)

TALLY = Tally()
verdict = TALLY.verdict
AS_NOBODY = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
TIMEOUT = 120  # a run that hangs fails the test instead of the whole ctest run



class Env:
    def __init__(self, binary, source, tmp):
        self.source = source
        self.tmp = tmp
        os.chmod(tmp, 0o755)
        self.bin_dir = os.path.join(tmp, "bin")
        os.makedirs(self.bin_dir)
        self.binary = os.path.join(self.bin_dir, "iipcase")
        shutil.copy2(binary, self.binary)
        os.chmod(self.binary, 0o755)
        self.env = dict(os.environ, LC_ALL="C", NO_COLOR="1")
        self.env["PATH"] = self.bin_dir + os.pathsep + self.env.get("PATH", "")
        self.n = 0

    def case(self, name="smart-manufacturing"):
        with open(os.path.join(self.source, "examples", name + ".yaml"), encoding="utf-8") as f:
            return f.read()

    def folder(self, files):
        """A fresh folder (readable by all) holding files {relative path: text}."""
        self.n += 1
        root = os.path.join(self.tmp, f"t{self.n}")
        os.makedirs(root)
        for rel, text in files.items():
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        for d, dirs, fs in os.walk(root):
            os.chmod(d, 0o755)
            for f in fs:
                os.chmod(os.path.join(d, f), 0o644)
        return root

    def run(self, *args, cwd, nobody=False, prefix=(), timeout=TIMEOUT):
        command = [*prefix, *(AS_NOBODY if nobody else []), self.binary, *args]
        try:
            return subprocess.run(command, cwd=cwd, env=self.env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess(command, "timeout", "", "")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def json_paths(stdout):
    try:
        return {f["path"]: [d["code"] for d in f["diagnostics"]] for f in json.loads(stdout)["files"]}
    except (ValueError, KeyError, TypeError):
        return None


def sarif_paths(stdout):
    try:
        found = {}
        for r in json.loads(stdout)["runs"][0]["results"]:
            uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            found.setdefault(urllib.parse.unquote(uri), []).append(r["ruleId"])
        return found
    except (ValueError, KeyError, TypeError, IndexError):
        return None


# ---- -o never replaces an input, nor anything that is not a regular file ----

def test_output_refusals(env):
    case = env.case()
    root = env.folder({"c/a.yaml": case, "c/b.yaml": env.case("platform-design"), "rules.yaml": ""})
    os.symlink("c/a.yaml", os.path.join(root, "link.yaml"))
    os.link(os.path.join(root, "c/a.yaml"), os.path.join(root, "hard.yaml"))
    shutil.copy(os.path.join(env.source, "schemas", "iip-case-2021.yaml"), os.path.join(root, "rules.yaml"))
    rules = read(os.path.join(root, "rules.yaml"))
    for label, args in [
        ("check c -o c/a.yaml (found in a folder)", ["check", "c", "-o", "c/a.yaml"]),
        ("check c/a.yaml -o ./c/a.yaml", ["check", "c/a.yaml", "-o", "./c/a.yaml"]),
        ("check c -o link.yaml (a symlink to an input)", ["check", "c", "-o", "link.yaml"]),
        ("check c -o hard.yaml (a hard link to an input)", ["check", "c", "-o", "hard.yaml"]),
        ("check c/a.yaml -o <absolute path of it>", ["check", "c/a.yaml", "-o", os.path.join(root, "c", "a.yaml")]),
        ("summary c -o c/b.yaml", ["summary", "c", "-o", "c/b.yaml"]),
        ("check --rules rules.yaml -o rules.yaml", ["check", "--rules", "rules.yaml", "c", "-o", "rules.yaml"]),
        ("init --force --rules rules.yaml -o rules.yaml", ["init", "--force", "--rules", "rules.yaml", "-o", "rules.yaml"]),
    ]:
        proc = env.run(*args, cwd=root)
        intact = (read(os.path.join(root, "c/a.yaml")) == case.encode() and os.path.islink(os.path.join(root, "link.yaml"))
                  and read(os.path.join(root, "rules.yaml")) == rules
                  and read(os.path.join(root, "c/b.yaml")) == env.case("platform-design").encode())
        verdict(proc.returncode == 2 and intact and "input" in proc.stderr,
                f"{label}: exit {proc.returncode}, inputs intact: {intact}, says why: {proc.stderr.strip()[:90]!r}")
    with open(os.path.join(root, "c/a.yaml"), "rb") as stdin:
        proc = subprocess.run([env.binary, "check", "-", "-o", "c/a.yaml"], stdin=stdin, cwd=root, env=env.env,
                              capture_output=True, text=True, timeout=TIMEOUT)
    verdict(proc.returncode == 2 and read(os.path.join(root, "c/a.yaml")) == case.encode(),
            f"check - < c/a.yaml -o c/a.yaml (standard input is the file): exit {proc.returncode}, intact")
    left = sorted(os.listdir(root)) + sorted(os.listdir(os.path.join(root, "c")))
    verdict(left == ["c", "hard.yaml", "link.yaml", "rules.yaml", "a.yaml", "b.yaml"], f"no temporary file left: {left}")


def test_output_not_regular(env):
    root = env.folder({"c/a.yaml": env.case(), "elsewhere/target.txt": "keep me\n"})
    # A character device like /dev/null (made here: a defect must not replace the real one).
    device = os.path.join(root, "null")
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        proc = env.run("check", "c", "-o", "null", cwd=root)
        verdict(proc.returncode == 2 and stat.S_ISCHR(os.lstat(device).st_mode) and "regular file" in proc.stderr,
                f"-o onto a character device (as /dev/null), as root: exit {proc.returncode}, still a device")
    except PermissionError:
        verdict(False, "mknod of a character device (the test needs root)")
    proc = env.run("check", "c", "-o", "/dev/null", cwd=root, nobody=True)
    verdict(proc.returncode == 2 and stat.S_ISCHR(os.lstat("/dev/null").st_mode) and "regular file" in proc.stderr,
            f"-o /dev/null: exit {proc.returncode}, says why: {proc.stderr.strip()[:80]!r}")
    fifo = os.path.join(root, "fifo")
    os.mkfifo(fifo)
    proc = env.run("check", "c", "-o", "fifo", cwd=root, timeout=30)
    verdict(proc.returncode == 2 and stat.S_ISFIFO(os.lstat(fifo).st_mode),
            f"-o onto a FIFO: exit {proc.returncode} (no wait for a reader), still a FIFO")
    os.symlink("elsewhere/target.txt", os.path.join(root, "out.txt"))
    proc = env.run("check", "c", "-o", "out.txt", cwd=root)
    verdict(proc.returncode == 2 and os.path.islink(os.path.join(root, "out.txt"))
            and read(os.path.join(root, "elsewhere/target.txt")) == b"keep me\n" and "symbolic link" in proc.stderr,
            f"-o onto a symlink to elsewhere: exit {proc.returncode}, the link and its target intact")
    for name in ("-", "/dev/stdout"):
        # As nobody: a binary with the defect must not be able to replace the real /dev/stdout.
        proc = env.run("check", "--format", "json", "c", "-o", name, cwd=root, nobody=True)
        verdict(proc.returncode == 0 and json_paths(proc.stdout) == {"c/a.yaml": []},
                f"-o {name}: the report on standard output")


# ---- the temporary file ----

def test_planted_symlinks(env):
    """The old temporary name was FILE.tmp-<pid>: a symlink planted there for each of the next
    pids must not be followed (the report would land in the victim)."""
    root = env.folder({"c/a.yaml": env.case(), "victim.txt": "victim\n"})
    victim = os.path.join(root, "victim.txt")
    try:
        with open("/proc/sys/kernel/ns_last_pid") as f:
            last = int(f.read())
    except OSError:
        last = os.getpid()
    planted = [os.path.join(root, f"report.json.tmp-{pid}") for pid in range(last + 1, last + 400)]
    for path in planted:
        os.symlink(victim, path)
    proc = env.run("check", "--format", "json", "c", "-o", "report.json", cwd=root)
    report = os.path.join(root, "report.json")
    ok = (proc.returncode == 0 and read(victim) == b"victim\n" and not os.path.islink(report)
          and json_paths(read(report).decode()) == {"c/a.yaml": []} and all(os.path.islink(p) for p in planted))
    verdict(ok, f"symlinks planted at report.json.tmp-<next 400 pids>: not followed, the victim intact "
                f"(exit {proc.returncode}, victim {read(victim)[:20]!r})")
    extra = set(os.listdir(root)) - {"c", "victim.txt", "report.json"} - {os.path.basename(p) for p in planted}
    verdict(not extra, f"nothing else left beside the report: {sorted(extra)}")


def test_mode_kept(env):
    root = env.folder({"c/a.yaml": env.case()})
    report = os.path.join(root, "report.json")
    with open(report, "w") as f:
        f.write("old\n")
    os.chmod(report, 0o600)
    proc = env.run("check", "--format", "json", "c", "-o", "report.json", cwd=root)
    mode = stat.S_IMODE(os.stat(report).st_mode)
    verdict(proc.returncode == 0 and mode == 0o600 and json_paths(read(report).decode()) == {"c/a.yaml": []},
            f"a 0600 report replaced stays {oct(mode)}")


def test_signals(env):
    """A long run (many files, one thread) is ended by a signal while its output is pending:
    no temporary file may be left, and the previous report stays."""
    case = env.case()
    files = {f"c/{i:05}.yaml": case for i in range(4000)}
    root = env.folder(files)
    report = os.path.join(root, "report.json")
    for sig in (signal.SIGTERM, signal.SIGINT):
        with open(report, "w") as f:
            f.write("previous\n")
        before = set(os.listdir(root))
        proc = subprocess.Popen([env.binary, "check", "--format", "json", "--no-batch", "-j", "1", "c",
                                 "-o", "report.json"], cwd=root, env=env.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen = None
        deadline = time.monotonic() + TIMEOUT
        while seen is None and proc.poll() is None and time.monotonic() < deadline:
            extra = set(os.listdir(root)) - before
            seen = next(iter(extra), None)
            if seen is None:
                time.sleep(0.002)
        if proc.poll() is None:
            proc.send_signal(sig)
        status = proc.wait(timeout=TIMEOUT)
        left = sorted(set(os.listdir(root)) - before)
        name = signal.Signals(sig).name
        verdict(seen is not None and status == -sig and not left and read(report) == b"previous\n",
                f"{name} while the temporary file {seen} exists: ends by {name} (status {status}), "
                f"left behind {left}, the previous report kept")


# ---- directory search ----

def test_search_symlinks(env):
    case = env.case()
    outside = env.folder({"secrets.env": "SECRET_TOKEN=hunter2\n", "c-old/x.yaml": case.replace("title:", "title:  ")})
    root = os.path.join(outside, "c")
    os.makedirs(os.path.join(root, "sub"))
    with open(os.path.join(root, "sub", "real.yaml"), "w", encoding="utf-8") as f:
        f.write(case)
    os.symlink("/etc/passwd", os.path.join(root, "passwd.yaml"))
    os.symlink("../secrets.env", os.path.join(root, "secrets.yaml"))
    os.symlink("../c-old/x.yaml", os.path.join(root, "old.yaml"))  # "c-old" starts with "c": still outside
    os.symlink("sub/real.yaml", os.path.join(root, "inside.yaml"))
    os.symlink("/etc", os.path.join(root, "etc"))
    proc = env.run("check", "--format", "json", "--no-batch", "c", cwd=outside)
    found = json_paths(proc.stdout)
    verdict(found == {"c/inside.yaml": [], "c/sub/real.yaml": []},
            f"a folder search checks the file and the symlink inside the folder only: {found}")
    everything = proc.stdout + proc.stderr
    verdict("root:" not in everything and "hunter2" not in everything,
            "nothing of /etc/passwd or ../secrets.env is shown")
    skipped = [line for line in proc.stderr.splitlines() if "symbolic link" in line]
    want = ["c/etc", "c/old.yaml", "c/passwd.yaml", "c/secrets.yaml"]
    verdict(sorted(re.search(r"link (\S+):", line)[1] for line in skipped) == want,
            f"each link out of the folder said once on stderr: {skipped}")
    proc = env.run("check", "--format", "json", "--no-batch", "--lang", "zh", "c", cwd=outside)
    verdict(proc.stderr.count("跳过符号链接") == 4, "… in the language asked for (--lang zh)")


def test_unreadable(env):
    case = env.case()
    root = env.folder({"c/ok/a.yaml": case, "c/locked.yaml": env.case("platform-design"),
                       "c/closed/b.yaml": env.case("service-extension")})
    os.chmod(os.path.join(root, "c/locked.yaml"), 0)
    os.chmod(os.path.join(root, "c/closed"), 0)
    want = {"c/closed": ["file.unreadable"], "c/locked.yaml": ["file.unreadable"], "c/ok/a.yaml": []}
    proc = env.run("check", "--format", "json", "--no-batch", "c", cwd=root, nobody=True)
    found = json_paths(proc.stdout)
    verdict(proc.returncode == 1 and found == want,
            f"json, as nobody: an unreadable file and folder are file.unreadable, the rest checked "
            f"(exit {proc.returncode}): {found or proc.stderr.strip()[:120]}")
    proc = env.run("check", "--format", "sarif", "--no-batch", "c", cwd=root, nobody=True)
    found = sarif_paths(proc.stdout)
    verdict(proc.returncode == 1 and found == {k: v for k, v in want.items() if v},
            f"sarif, as nobody: the same findings (exit {proc.returncode}): {found or proc.stderr.strip()[:120]}")
    proc = env.run("check", "--no-batch", "c", cwd=root, nobody=True)
    verdict(proc.returncode == 1 and "c/locked.yaml: error[file.unreadable]" in proc.stdout
            and "c/closed: error[file.unreadable]" in proc.stdout and "3 files checked" in proc.stdout,
            f"text, as nobody: exit {proc.returncode}")
    proc = env.run("check", "--format", "json", "--no-batch", "c/locked.yaml", "c/closed", "c/ok/a.yaml",
                   cwd=root, nobody=True)
    verdict(proc.returncode == 1 and json_paths(proc.stdout) == want,
            f"named on the command line, as nobody: the same (exit {proc.returncode})")
    proc = env.run("summary", "--format", "json", "c", cwd=root, nobody=True)
    verdict(proc.returncode == 0 and "c/locked.yaml" in proc.stdout, "summary, as nobody: the table lists it")


def test_special_inputs(env):
    root = env.folder({"a.yaml": env.case()})
    os.mkfifo(os.path.join(root, "fifo.yaml"))
    for label, path in [("a FIFO", "fifo.yaml"), ("a device (/dev/zero)", "/dev/zero")]:
        proc = env.run("check", "--format", "json", "--no-batch", path, "a.yaml", cwd=root, timeout=30)
        found = json_paths(proc.stdout) if proc.returncode != "timeout" else "timed out"
        verdict(proc.returncode == 1 and found == {path: ["file.unreadable"], "a.yaml": []},
                f"{label} on the command line: not opened, file.unreadable, the other file checked: {found}")


# ---- threads ----

def nobody_tasks():
    """Threads of all processes of the user nobody (what RLIMIT_NPROC counts)."""
    uid = int(subprocess.run(["id", "-u", "nobody"], capture_output=True, text=True).stdout)
    count = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if os.stat(f"/proc/{pid}").st_uid == uid:
                count += len(os.listdir(f"/proc/{pid}/task"))
        except OSError:
            pass
    return count


def test_thread_limit(env):
    root = env.folder({f"c/{i:03}.yaml": env.case() for i in range(100)})
    limit = nobody_tasks() + 3  # what nobody runs now, and a few threads more
    proc = env.run("check", "--format", "json", "--no-batch", "-j", "64", "c", cwd=root, nobody=True,
                   prefix=["prlimit", f"--nproc={limit}"])
    found = json_paths(proc.stdout)
    verdict(proc.returncode == 0 and found is not None and len(found) == 100 and "threads" in proc.stderr,
            f"-j 64 under a limit of {limit} processes for nobody: all 100 files checked, the limit said "
            f"(exit {proc.returncode}, stderr {proc.stderr.strip()[:100]!r})")


# ---- CI: the Action's summary agrees with its check; the pre-commit hook ----

def action(env, repo, inputs):
    runner = run_submission_repo.Runner(env.binary, env.source)
    with open(os.path.join(env.source, "action.yml"), encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    work = tempfile.mkdtemp(dir=env.tmp)
    results, outputs, summary = run_submission_repo.run_action(runner, spec, dict(inputs, sarif=""), repo, work)
    return results[-1][1], summary


def summary_verdicts(markdown):
    """{file: '✅' or '❌'} from the rows of the summary table."""
    verdicts = {}
    for line in markdown.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 7 and cells[-1].endswith(".yaml"):
            verdicts[cells[-1]] = "❌" if "❌" in cells[-2] else "✅" if "✅" in cells[-2] else "?"
    return verdicts


def test_action(env):
    repo = os.path.join(env.tmp, "repo")
    shutil.copytree(os.path.join(env.source, "examples", "submission-repo"), repo)
    warned = "cases/浙江省/02-袜业个性化定制.yaml"  # a warning only (field.too-short)
    check, summary = action(env, repo, {"path": "cases", "strict": "true"})
    verdicts = summary_verdicts(summary)
    verdict(check.returncode == 1 and verdicts.get(warned) == "❌",
            f"strict: the check fails (exit {check.returncode}) and the job summary marks {warned} invalid: {verdicts}")

    twin = os.path.join(repo, "cases", "浙江省", "03-twin.yaml")
    shutil.copy(os.path.join(repo, "cases", "浙江省", "01-印染数字化管理.yaml"), twin)
    check, summary = action(env, repo, {"path": "cases", "args": "--no-batch"})
    verdicts = summary_verdicts(summary)
    verdict(check.returncode == 0 and verdicts and set(verdicts.values()) == {"✅"},
            f"args --no-batch: the check passes (exit {check.returncode}) and so does every row of the summary: {verdicts}")
    os.remove(twin)

    rules_path = os.path.join(repo, "my rules.yaml")
    with open(os.path.join(env.source, "schemas", "iip-case-2021.yaml"), encoding="utf-8") as f:
        rules = f.read().replace("aliases: [单列市, 计划单列市工业和信息化主管部门], quota: 5,",
                                 "aliases: [单列市, 计划单列市工业和信息化主管部门], quota: 7,", 1)
    with open(rules_path, "w", encoding="utf-8") as f:
        f.write(rules)
    check, summary = action(env, repo, {"path": "cases", "args": "--no-batch\n--rules 'my rules.yaml'\n"})
    verdict(check.returncode == 0 and "上限 7 个" in summary and "上限 5 个" not in summary,
            f"args on two lines, a quoted path with a space: the check (exit {check.returncode}) and the "
            f"summary use --rules 'my rules.yaml' (a planned city's quota 7): {'上限 7 个' in summary}")
    check, summary = action(env, repo, {"path": "cases", "args": "--rules 'my rules.yaml\n"})
    verdict(check.returncode == 2, f"args with an unmatched quote: exit {check.returncode}, nothing run")
    marker = os.path.join(env.tmp, "pwned")
    check, summary = action(env, repo, {"path": "cases", "args": f"$(touch {marker}) `touch {marker}`; touch {marker}"})
    verdict(not os.path.exists(marker), "args are split into words, never run by a shell")


def test_pre_commit(env):
    with open(os.path.join(env.source, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        hook = {h["id"]: h for h in yaml.safe_load(f)}["iipcase"]
    root = env.folder({"x.yaml": env.case(), "--output=x.yaml": env.case("platform-design").replace("rank:", "rank: x #")})
    names = sorted(n for n in os.listdir(root) if re.search(hook["files"], n))
    # pre-commit runs entry, then args, then the file names.
    command = " ".join([hook["entry"], *map(shlex.quote, hook.get("args", [])), *map(shlex.quote, names)])
    before = read(os.path.join(root, "x.yaml"))
    proc = subprocess.run(["bash", "-c", command], cwd=root, env=env.env, capture_output=True, text=True, timeout=TIMEOUT)
    verdict(read(os.path.join(root, "x.yaml")) == before and "--output=x.yaml" in proc.stdout and proc.returncode == 1,
            f"pre-commit with a file named --output=x.yaml: x.yaml intact, the file checked (exit {proc.returncode})")
    for sub in ("check", "summary"):
        proc = env.run(sub, "--", "--output=x.yaml", cwd=root)
        verdict(read(os.path.join(root, "x.yaml")) == before and "--output=x.yaml" in proc.stdout,
                f"{sub} -- --output=x.yaml: a file name, not an option")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--source", required=True, help="the iipcase source tree (examples/, action.yml, ci/)")
    args = p.parse_args()
    if os.geteuid() != 0 or not shutil.which("setpriv") or not shutil.which("prlimit"):
        print("safety: needs root, setpriv and prlimit (util-linux) to run as nobody; skipped")
        return 77
    tmp = tempfile.mkdtemp(prefix="iipcase-safety-")
    try:
        env = Env(args.iipcase, os.path.abspath(args.source), tmp)
        for test in (test_output_refusals, test_output_not_regular, test_planted_symlinks, test_mode_kept,
                     test_signals, test_search_symlinks, test_unreadable, test_special_inputs, test_thread_limit,
                     test_action, test_pre_commit):
            test(env)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(TALLY.closing("safety"))
    return 1 if TALLY.failed else 0


if __name__ == "__main__":
    sys.exit(main())
