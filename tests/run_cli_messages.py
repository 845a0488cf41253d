#!/usr/bin/env python3
"""The command line's own messages follow --lang, else the locale (LC_ALL, LC_MESSAGES, LANG:
the first one set; zh when it starts with zh): a path that does not exist, no case file found,
an output that cannot be written, a wrong option value, CLI11's parse errors, init's and explain's
refusals. Each case: the arguments, the environment, the exit status and what stderr must hold
(and must not: no English line under zh). Closes with an 'N passed, N failed' line."""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tally import Tally  # noqa: E402

TALLY = Tally()
verdict = TALLY.verdict



def run(binary, args, env, cwd):
    base = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    proc = subprocess.run([binary, *args], capture_output=True, env=dict(base, NO_COLOR="1", **env), cwd=cwd,
                          timeout=60)
    return proc.returncode, proc.stderr.decode("utf-8", errors="replace")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--iipcase", required=True)
    p.add_argument("--case", required=True, help="a valid case file")
    args = p.parse_args()
    binary = os.path.abspath(args.iipcase)
    args.case = os.path.abspath(args.case)
    with tempfile.TemporaryDirectory(prefix="iipcase-cli-messages-") as tmp:
        empty = os.path.join(tmp, "empty")
        os.mkdir(empty)
        existing = os.path.join(tmp, "existing.yaml")
        with open(existing, "w") as f:
            f.write("x\n")
        zh = {"LC_ALL": "C"}
        cases = [
            # (label, arguments, environment, exit status, stderr must hold, in the zh case no ASCII-only sentence)
            ("no such file, --lang zh", ["check", "--lang", "zh", "no-such.yaml"], zh, 2, "文件或文件夹不存在：no-such.yaml"),
            ("no such file, LANG=zh_CN.UTF-8", ["check", "no-such.yaml"], {"LANG": "zh_CN.UTF-8"}, 2, "文件或文件夹不存在"),
            ("LC_ALL wins over LANG", ["check", "no-such.yaml"], {"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}, 2,
             "no such file or directory: no-such.yaml"),
            ("LC_MESSAGES before LANG", ["check", "no-such.yaml"], {"LC_MESSAGES": "zh_TW", "LANG": "en_US"}, 2, "文件或文件夹不存在"),
            ("--lang en over a zh locale", ["check", "--lang", "en", "no-such.yaml"], {"LANG": "zh_CN.UTF-8"}, 2,
             "no such file or directory"),
            ("no case file, zh", ["check", "--lang=zh", empty], zh, 2, "没有找到案例文件"),
            ("summary: no case file, zh", ["summary", "--lang", "zh", empty], zh, 2, "没有找到案例文件"),
            ("cannot write, zh", ["check", "--lang", "zh", "-o", os.path.join(tmp, "no-dir", "r.txt"), args.case], zh, 2,
             "无法写入"),
            ("a wrong --format, zh", ["check", "--lang", "zh", "--format", "xml", args.case], zh, 2,
             "“xml”不是可选值，可选：text、json、sarif、junit、github、markdown"),
            ("a wrong --jobs, zh", ["check", "--lang", "zh", "-j", "abc", args.case], zh, 2, "“abc”不是 1 到 1024 之间的整数"),
            ("a wrong --jobs, en", ["check", "-j", "0", args.case], zh, 2, '"0" is not a whole number from 1 to 1024'),
            ("a --rules file that does not exist, zh", ["check", "--lang", "zh", "--rules", "no-rules.yaml", args.case], zh, 2,
             "文件不存在：no-rules.yaml"),
            ("an unknown option, zh", ["check", "--lang", "zh", "--frob", args.case], zh, 2, "无法识别的参数：--frob"),
            ("an unknown option, en", ["check", "--frob", args.case], zh, 2, "unexpected argument: --frob"),
            ("an option without its value, zh", ["check", args.case, "--lang", "zh", "--format"], zh, 2, "选项 --format 缺少取值"),
            ("no path, zh", ["check", "--lang", "zh"], zh, 2, "缺少必需的参数 paths"),
            ("no command, zh", ["--lang", "zh"], zh, 2, "需要一个子命令：check、summary、init、explain、schema"),
            ("how to get help, zh", ["check", "--lang", "zh", "--frob", args.case], zh, 2, "运行 iipcase check --help 查看用法"),
            ("init: an unknown mode, zh", ["init", "--lang", "zh", "--mode", "智能制造"], zh, 2,
             "“智能制造”不是应用模式之一。是否应为 智能化制造 (smart-manufacturing)？"),
            ("init: an unknown mode, en", ["init", "--mode", "智能制造"], zh, 2, "Intelligent manufacturing"),
            ("init: refuses to overwrite, zh", ["init", "--lang", "zh", "-o", existing], zh, 2, "已存在；要覆盖请加 --force"),
            ("explain: nothing found, zh", ["explain", "--lang", "zh", "mode.unknwn"], zh, 2,
             "没有代码或说明含有“mode.unknwn”。是否应为 mode.unknown"),
        ]
        for label, arguments, env, status, wanted in cases:
            code, err = run(binary, arguments, env, tmp)
            chinese = any("\u4e00" <= ch <= "\u9fff" for ch in wanted)
            english_line = chinese and any(line and not any("\u4e00" <= ch <= "\u9fff" for ch in line)
                                           and "--" not in line for line in err.splitlines())
            verdict(code == status and wanted in err and not english_line,
                    f"{label}: exit {code}{', an English line' if english_line else ''}; stderr {err.strip()[:160]!r}")
        # Not an error: the note after init -o FILE follows the language too.
        target = os.path.join(tmp, "new.yaml")
        code, err = run(binary, ["init", "--lang", "zh", "-o", target], zh, tmp)
        verdict(code == 0 and "已写入" in err, f"init -o, zh: exit {code}; stderr {err.strip()!r}")
    print(TALLY.closing("cli-messages"))
    return 1 if TALLY.failed else 0


if __name__ == "__main__":
    sys.exit(main())
