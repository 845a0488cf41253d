#!/usr/bin/env python3
"""The release artifacts of scripts/package.sh, each run where its users run it.

* Linux archive: holds the binary, README.md, LICENSE and the JSON Schema; the binary is static
  (no shared library, not even the C library: `ldd` says "not a dynamic executable"), and passes
  the golden suite run inside an empty chroot holding nothing but the binary and the cases.
* Windows zip: holds iipcase.exe and the same files; under wine the golden suite's expectations
  hold, and a case in a folder named 案例/浙江省 is found and checked, by name and by folder; a
  CRLF case is valid; in a pipe the report has no colour; -o 报告.json is created, then replaced
  whole, with no temporary file left, and -o onto an input is refused with the input unchanged.
* Debian package: lintian reports no error; it lists its dependencies (dpkg-shlibdeps); it
  installs, `iipcase check` runs from it, `man iipcase` shows the manual page, bash completes
  its commands; it is removed again.
* The GitHub Action's install step downloads the Linux archive (here from dist/), checks its
  SHA-256 against SHA256SUMS and puts it on PATH; it refuses an archive that was changed.
* Browser page zip: holds index.html, app.js, style.css, iipcase.js (the WebAssembly inside) and
  LICENSE, and nothing that would reach the network (the page's Content-Security-Policy says
  connect-src 'none'); its engine, from the unzipped folder under Node.js, gives the command
  line's JSON report for every golden case and example (tests/web/run_wasm_golden.mjs).
* The manual page and the bash completion name every option that `iipcase COMMAND --help` lists.
A part whose artifact is missing from --dist fails; a part that needs root (chroot, dpkg -i) is
skipped with a message when not root. Prints 'N passed, N failed'.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tally import Tally  # noqa: E402

ENV = dict(os.environ, LC_ALL="C", NO_COLOR="1")
HERE = os.path.dirname(os.path.abspath(__file__))
COMMANDS = ["check", "summary", "init", "explain", "schema"]



def one(dist, pattern, run):
    found = sorted(glob.glob(os.path.join(dist, pattern)))
    run.verdict(len(found) == 1, f"dist/ holds one {pattern}: {found}")
    return found[0] if found else None


def golden(run, runner, source, label, env=None, extra=()):
    proc = subprocess.run([sys.executable, os.path.join(source, "tests", "run_golden.py"), "--iipcase", runner,
                           "--dir", os.path.join(source, "tests", "golden"), "--jobs", "4", *extra],
                          capture_output=True, text=True, env=env or ENV, timeout=3600)
    summary = proc.stdout.strip().splitlines()[-1:] or ["(no output)"]
    run.verdict(proc.returncode == 0, f"{label}: golden suite: {summary[0]}\n{proc.stdout[-2000:]}{proc.stderr[-1000:]}")
    print(f"     ({label}: golden suite {summary[0]})")


def test_linux(run, dist, source, work):
    archive = one(dist, "iipcase-*-linux-x86_64.tar.gz", run)
    if not archive:
        return
    with tarfile.open(archive) as tar:
        names = sorted(m.name.split("/", 1)[1] for m in tar.getmembers() if m.isfile())
        tar.extractall(work)
    run.verdict(names == sorted(["iipcase", "README.md", "LICENSE", "iip-case-2021.schema.json"]),
                f"linux archive holds the binary, README, LICENSE and schema: {names}")
    binary = glob.glob(os.path.join(work, "iipcase-*-linux-x86_64", "iipcase"))[0]
    ldd = subprocess.run(["ldd", binary], capture_output=True, text=True)
    run.verdict("not a dynamic executable" in ldd.stdout + ldd.stderr, f"linux binary is static: {ldd.stdout}{ldd.stderr}")
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout
    run.verdict(re.match(r"iipcase \d+\.\d+\.\d+\nrules iip-case/2021 \(data [0-9a-f]{8}\)\ncommit \S+\n$", version)
                is not None, f"--version names version, rules and commit: {version!r}")
    if os.geteuid() != 0:
        print("     (not root: the chroot run is skipped)")
        return
    # An empty root holding the binary and a copy of the cases at their own path: nothing else,
    # no C library, no yaml-cpp, no -dev package.
    root = os.path.join(work, "root")
    os.makedirs(root)
    shutil.copy(binary, os.path.join(root, "iipcase"))
    cases = os.path.join(source, "tests", "golden")
    shutil.copytree(cases, root + os.path.abspath(cases))
    golden(run, os.path.join(HERE, "chroot_exec.py"), source, "linux binary in an empty chroot",
           env=dict(ENV, IIPCASE_CHROOT=root))


def wine_env(work):
    # Wine turns the Linux command line into Windows' UTF-16 with the locale's charset: C.UTF-8, so
    # Chinese names arrive as on Windows.
    return dict(ENV, LC_ALL="C.UTF-8", WINEPREFIX=os.path.join(work, "wineprefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")


def test_windows(run, dist, source, work):
    archive = one(dist, "iipcase-*-windows-x86_64.zip", run)
    if not archive:
        return
    with zipfile.ZipFile(archive) as z:
        names = sorted(n.split("/", 1)[1] for n in z.namelist() if not n.endswith("/"))
        z.extractall(work)
    run.verdict(names == sorted(["iipcase.exe", "README.md", "LICENSE", "iip-case-2021.schema.json"]),
                f"windows archive holds iipcase.exe, README, LICENSE and schema: {names}")
    exe = glob.glob(os.path.join(work, "iipcase-*-windows-x86_64", "iipcase.exe"))[0]
    if not shutil.which("wine"):
        run.verdict(False, "wine is not installed (scripts/install-deps.sh --release)")
        return
    env = dict(wine_env(work), IIPCASE_WINE_EXE=exe)
    runner = os.path.join(HERE, "wine_exec.sh")
    version = subprocess.run([runner, "--version"], capture_output=True, text=True, env=env, timeout=300)
    run.verdict(version.stdout.startswith("iipcase ") and "\r" not in version.stdout,
                f"iipcase.exe --version under wine: {version.stdout!r} {version.stderr[-500:]!r}")
    # A case in a folder with a Chinese name, found by searching the folder and named directly.
    tree = os.path.join(work, "案例", "浙江省")
    os.makedirs(tree)
    shutil.copy(os.path.join(source, "examples", "smart-manufacturing.yaml"), os.path.join(tree, "衡远电机.yaml"))
    for argument in ("案例", os.path.join("案例", "浙江省", "衡远电机.yaml")):
        proc = subprocess.run([runner, "check", "--lang", "zh", "--color", "never", argument], cwd=work,
                              capture_output=True, env=env, timeout=300)
        out = proc.stdout.decode("utf-8", errors="replace")
        run.verdict(proc.returncode == 0 and "案例/浙江省/衡远电机.yaml" in out.replace("\\", "/"),
                    f"iipcase.exe check {argument} under wine: status {proc.returncode}: {out[:400]!r}")
    test_windows_files(run, runner, env, source, work)
    golden(run, runner, source, "iipcase.exe under wine", env=env)


def test_windows_files(run, runner, env, source, work):
    """What Windows does differently: CRLF files, -o through MoveFileExW, colour off in a pipe."""
    case = os.path.join(work, "案例", "浙江省", "衡远电机.yaml")
    crlf = os.path.join(work, "crlf.yaml")
    with open(case, "rb") as f, open(crlf, "wb") as out:
        out.write(f.read().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    proc = subprocess.run([runner, "check", "--format", "json", "crlf.yaml"], cwd=work, capture_output=True,
                          env=env, timeout=300)
    report = json.loads(proc.stdout or b"{}")
    run.verdict(proc.returncode == 0 and report.get("summary", {}).get("errors") == 0,
                f"iipcase.exe checks a CRLF case as valid: status {proc.returncode} {proc.stdout[:300]!r}")
    # Not a console: --color auto (the default) writes no escape sequence.
    broken = os.path.join(source, "examples", "invalid", "registration-errors.yaml")
    shutil.copy(broken, os.path.join(work, "broken.yaml"))
    proc = subprocess.run([runner, "check", "broken.yaml"], cwd=work, capture_output=True, env=env, timeout=300)
    run.verdict(proc.returncode == 1 and b"\x1b[" not in proc.stdout and b"broken.yaml" in proc.stdout,
                f"iipcase.exe in a pipe: findings without colour: {proc.stdout[:200]!r}")
    # -o: a new file, then the same file replaced whole; never an input.
    for attempt in ("creates", "replaces"):
        proc = subprocess.run([runner, "check", "--format", "json", "-o", "报告.json", "broken.yaml"], cwd=work,
                              capture_output=True, env=env, timeout=300)
        try:
            with open(os.path.join(work, "报告.json"), encoding="utf-8") as f:
                written = json.load(f)["files"][0]["path"]
        except (OSError, ValueError, KeyError, IndexError) as e:
            written = repr(e)
        run.verdict(proc.returncode == 1 and written == "broken.yaml",
                    f"iipcase.exe -o 报告.json {attempt} the report: status {proc.returncode}, {written!r} {proc.stderr[-300:]!r}")
    leftovers = [n for n in os.listdir(work) if ".iipcase-" in n]
    run.verdict(not leftovers, f"iipcase.exe -o leaves no temporary file: {leftovers}")
    with open(os.path.join(work, "broken.yaml"), "rb") as f:
        before = f.read()
    proc = subprocess.run([runner, "check", "-o", "broken.yaml", "broken.yaml"], cwd=work, capture_output=True,
                          env=env, timeout=300)
    with open(os.path.join(work, "broken.yaml"), "rb") as f:
        after = f.read()
    run.verdict(proc.returncode == 2 and before == after,
                f"iipcase.exe -o onto its input is refused, the input unchanged: status {proc.returncode} {proc.stderr[-300:]!r}")


def test_deb(run, dist, source):
    deb = one(dist, "iipcase_*_amd64.deb", run)
    if not deb:
        return
    contents = subprocess.run(["dpkg-deb", "--contents", deb], capture_output=True, text=True).stdout
    for path in ("./usr/bin/iipcase", "./usr/share/man/man1/iipcase.1.gz", "./usr/share/bash-completion/completions/iipcase",
                 "./usr/share/iipcase/iip-case-2021.yaml", "./usr/share/iipcase/iip-case-2021.schema.json",
                 "./usr/share/doc/iipcase/copyright"):
        run.verdict(path in contents, f".deb installs {path}")
    depends = subprocess.run(["dpkg-deb", "--field", deb, "Depends"], capture_output=True, text=True).stdout
    run.verdict("libc6" in depends and "libyaml-cpp" in depends, f".deb dependencies from dpkg-shlibdeps: {depends!r}")
    lintian = subprocess.run(["lintian", "--fail-on", "error", deb], capture_output=True, text=True)
    errors = [l for l in lintian.stdout.splitlines() if l.startswith("E:")]
    run.verdict(lintian.returncode == 0 and not errors, f"lintian reports no error: {errors or lintian.stderr[-500:]}")
    print(f"     (lintian: {len(lintian.stdout.splitlines())} remarks, none an error)")
    if os.geteuid() != 0:
        print("     (not root: installing the .deb is skipped)")
        return
    if subprocess.run(["dpkg", "-s", "iipcase"], capture_output=True).returncode == 0:
        print("     (an iipcase package is installed already: not replaced)")
        return
    install = subprocess.run(["dpkg", "-i", deb], capture_output=True, text=True)
    try:
        run.verdict(install.returncode == 0, f"dpkg -i: {install.stderr[-500:]}")
        check = subprocess.run(["/usr/bin/iipcase", "check", os.path.join(source, "examples")], capture_output=True,
                               text=True, env=ENV)
        run.verdict(check.returncode == 1 and "smart-manufacturing.yaml" in check.stdout,
                    f"the installed iipcase checks the examples (the invalid ones fail): status {check.returncode}")
        man = subprocess.run(["man", "-P", "cat", "iipcase"], capture_output=True, text=True, env=dict(ENV, MANWIDTH="80"))
        run.verdict(man.returncode == 0 and "EXIT STATUS" in man.stdout, f"man iipcase: {man.stderr[-300:]}")
        completion = subprocess.run(
            ["bash", "-c", "source /usr/share/bash-completion/bash_completion; "
             "COMP_WORDS=(iipcase ch); COMP_CWORD=1; COMP_LINE='iipcase ch'; COMP_POINT=10; "
             "_completion_loader iipcase; $(complete -p iipcase | sed 's/.*-F \\([^ ]*\\).*/\\1/') iipcase ch iipcase; "
             "echo ${COMPREPLY[@]}"], capture_output=True, text=True)
        run.verdict(completion.stdout.split() == ["check"], f"bash completes 'iipcase ch': {completion.stdout!r} {completion.stderr[-300:]}")
    finally:
        subprocess.run(["dpkg", "-r", "iipcase"], capture_output=True)


def test_action_install(run, dist, source, work):
    """The Action's install step takes the release archive from dist/ as from a release page."""
    script = os.path.join(source, "ci", "action-install.sh")
    version = re.search(r"iipcase-(\d+\.\d+\.\d+)-linux", " ".join(os.listdir(dist)))
    if not version:
        run.verdict(False, "no Linux archive in dist/ for the Action")
        return
    for tampered in (False, True):
        release = os.path.join(work, f"release-{tampered}")
        shutil.copytree(dist, release)
        if tampered:
            with open(os.path.join(release, f"iipcase-{version.group(1)}-linux-x86_64.tar.gz"), "ab") as f:
                f.write(b"\0")
        path_file = os.path.join(work, f"github-path-{tampered}")
        env = dict(ENV, IIPCASE_VERSION=version.group(1), IIPCASE_RELEASE_URL="file://" + release, RUNNER_OS="Linux",
                   RUNNER_ARCH="X64", RUNNER_TEMP=os.path.join(work, f"runner-{tampered}"), GITHUB_PATH=path_file)
        os.makedirs(env["RUNNER_TEMP"])
        proc = subprocess.run(["bash", script], capture_output=True, text=True, env=env, timeout=120)
        if tampered:
            run.verdict(proc.returncode != 0 and "does not match its SHA-256" in proc.stderr,
                        f"the Action refuses an archive whose SHA-256 differs: status {proc.returncode} {proc.stderr[-300:]!r}")
        else:
            added = open(path_file).read().strip() if os.path.exists(path_file) else ""
            ok = proc.returncode == 0 and os.access(os.path.join(added, "iipcase"), os.X_OK)
            run.verdict(ok, f"the Action installs the release archive: status {proc.returncode} {proc.stderr[-300:]!r}")


def test_web(run, dist, source, work, cli):
    archive = one(dist, "iipcase-*-web.zip", run)
    if not archive:
        return
    with zipfile.ZipFile(archive) as z:
        names = sorted(os.path.basename(n) for n in z.namelist() if not n.endswith("/"))
        z.extractall(work)
    run.verdict(names == sorted(["index.html", "app.js", "style.css", "iipcase.js", "LICENSE"]),
                f"web zip holds the page and the licence: {names}")
    page = os.path.join(work, os.path.basename(archive)[:-len(".zip")])
    with open(os.path.join(page, "index.html"), encoding="utf-8") as f:
        html = f.read()
    run.verdict("connect-src 'none'" in html, "web zip: index.html forbids every connection (CSP)")
    if not shutil.which("node") or not cli:
        run.verdict(False, "the page's engine needs node and a built iipcase (--iipcase)")
        return
    proc = subprocess.run(["node", os.path.join(source, "tests", "web", "run_wasm_golden.mjs"), "--web", page,
                           "--golden", os.path.join(source, "tests", "golden"),
                           "--examples", os.path.join(source, "examples"), "--iipcase", cli],
                          capture_output=True, text=True, env=ENV, timeout=600, cwd=source)
    summary = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
    run.verdict(proc.returncode == 0, f"web zip: the engine against the CLI: {summary}\n{proc.stdout[-2000:]}{proc.stderr[-1000:]}")
    print(f"     (the page's engine from the zip: {summary})")


def test_docs(run, binary, source):
    """The manual page and the completion name every option of every command."""
    with open(os.path.join(source, "packaging", "iipcase.1"), encoding="utf-8") as f:
        man = f.read().replace("\\-", "-")
    with open(os.path.join(source, "packaging", "iipcase.bash"), encoding="utf-8") as f:
        completion = f.read()
    for command in COMMANDS:
        text = subprocess.run([binary, command, "--help"], capture_output=True, text=True, env=ENV).stdout
        options = sorted(set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", text.split("Options:", 1)[-1])))
        options = [o for o in options if o not in ("-h", "--help")]
        lines = completion.split(f"    {command}) options=", 1)[-1].split("\n", 1)[0]
        for option in options:
            run.verdict(option in man, f"the manual page names {command} {option}")
            run.verdict(re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", lines) is not None,
                        f"bash completion offers {command} {option}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--dist", required=True, help="the folder scripts/package.sh wrote")
    p.add_argument("--source", required=True)
    p.add_argument("--iipcase", help="a built iipcase, for the option lists (default: the static one in --dist)")
    p.add_argument("--only", default="linux,windows,deb,web,action,docs")
    args = p.parse_args()
    source, dist = os.path.abspath(args.source), os.path.abspath(args.dist)
    parts = args.only.split(",")
    run = Tally(quiet=True)
    with tempfile.TemporaryDirectory() as work:
        if "linux" in parts:
            test_linux(run, dist, source, os.path.join(work, "linux"))
        if "windows" in parts:
            test_windows(run, dist, source, os.path.join(work, "windows"))
        if "deb" in parts:
            test_deb(run, dist, source)
        if "web" in parts:
            cli = args.iipcase or next(iter(glob.glob(os.path.join(work, "linux", "iipcase-*", "iipcase"))), None)
            test_web(run, dist, source, os.path.join(work, "web"), cli and os.path.abspath(cli))
        if "action" in parts:
            test_action_install(run, dist, source, os.path.join(work, "action"))
        if "docs" in parts:
            binary = args.iipcase or next(iter(glob.glob(os.path.join(work, "linux", "iipcase-*", "iipcase"))), None)
            if binary:
                test_docs(run, binary, source)
            else:
                run.verdict(False, "no binary for the option lists (--iipcase)")
    print(run.closing("packaging"))
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
