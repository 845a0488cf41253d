#!/usr/bin/env python3
"""Writes the hostile inputs: files that are not good YAML case files, each with its expectation.

    python3 tests/hostile/make_hostile.py OUTDIR [--base tests/golden/valid--base.yaml]

For every input NAME.yaml it writes NAME.yaml.expect, one finding a line, as the golden runner
reads them: `<code> <path> <line>` (path `-` for a file-level finding, line `-` for none); an
empty .expect means the file must be valid with no finding at all. NAME.yaml.args, when present,
holds extra options for `iipcase check`. Some inputs are 10 MiB and more: they are made at
test time into the build folder, never committed.

Most inputs are the valid base case with one hostile part added at its end (under an unknown
key `x`, which adds `field.unknown x`), so that the expected findings are few and exact.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MIB = 1024 * 1024
DEEP = (100, 1000, 10_000, 100_000)


class Hostile:
    def __init__(self, base: str):
        self.base = base
        self.lines = base.count("\n")  # the base ends with a line break
        self.cases = {}

    def add(self, name, data, expect=(), args=()):
        if isinstance(data, str):
            data = data.encode("utf-8")
        assert name not in self.cases, name
        self.cases[name] = (data, [" ".join(str(part) for part in e) for e in expect], list(args))

    def tail(self, text):
        """The base with text after it; text's first line is line `self.lines + 1`."""
        return self.base + text

    def unknown_x(self, offset=1):
        return ("field.unknown", "x", self.lines + offset)

    def line_of(self, data: bytes, needle: bytes):
        return data[: data.index(needle)].count(b"\n") + 1


def nesting(h: Hostile):
    top = h.lines + 1
    for n in DEEP:
        h.add(f"deep-flow-seq-{n}", h.tail("x: " + "[" * n + "]" * n + "\n"), [("yaml.too-deep", "-", top)])
        h.add(f"deep-flow-map-{n}", h.tail("x: " + "{a: " * n + "1" + "}" * n + "\n"), [("yaml.too-deep", "-", top)])
        h.add(f"deep-block-seq-{n}", h.tail("x:\n" + "- " * n + "1\n"), [("yaml.too-deep", "-", top + 1)])
        h.add(f"deep-flow-mixed-{n}", h.tail("x: " + "[{a: " * (n // 2) + "1" + "}]" * (n // 2) + "\n"),
              [("yaml.too-deep", "-", top)])
    h.add("deep-flow-unclosed-100000", h.tail("x: " + "[" * 100_000), [("yaml.too-deep", "-", top)])
    h.add("deep-flow-quoted-brackets", h.tail("x: \"" + "[" * 100_000 + "\"\n"), [h.unknown_x()])
    h.add("deep-comment-brackets", h.tail("# " + "{" * 100_000 + "\n"))
    # Block mappings nest by indentation: level k (the top level is 1) opens at line top + k - 1.
    for n in (100, 1000):
        text = "".join(" " * (k + 1) + "a:\n" for k in range(n)) + " " * (n + 1) + "1\n"
        h.add(f"deep-block-map-{n}", h.tail("x:\n" + text), [("yaml.too-deep", "-", top + 64)])
    h.add("deep-complex-key-100000", h.tail("? " + "[" * 100_000 + "\n: 1\n"), [("yaml.too-deep", "-", top)])


def aliases(h: Hostile):
    top = h.lines + 1
    bomb = "x:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    bomb += "".join(f"  - &a{k} [{', '.join([f'*a{k - 1}'] * 9)}]\n" for k in range(1, 10))
    h.add("alias-bomb", h.tail(bomb), [h.unknown_x(), ("yaml.alias", "-", top + 1)])
    h.add("alias-undefined", h.tail("x: *nope\n"), [("yaml.alias", "-", top)])  # yaml-cpp stops there
    h.add("alias-as-key", h.tail("x: &k a\n*k : 1\n"), [h.unknown_x(), ("yaml.alias", "-", top)])
    h.add("alias-self", h.tail("x: &a [*a]\n"), [h.unknown_x(), ("yaml.alias", "-", top)])
    h.add("alias-long-name", h.tail("x: &" + "a" * 200_000 + " 1\n"), [h.unknown_x(), ("yaml.alias", "-", top)])
    h.add("merge-key", h.tail("<<: {title: 另一个标题}\n"), [("yaml.alias", "-", top)])
    h.add("merge-key-alias", h.tail("x: &m {a: 1}\ny:\n  <<: *m\n"),
          [h.unknown_x(), ("field.unknown", "y", top + 1), ("yaml.alias", "-", top)])
    h.add("merge-key-list", h.tail("x:\n  <<: [{a: 1}, {b: 2}]\n"), [h.unknown_x(), ("yaml.alias", "-", top + 1)])


def sizes(h: Hostile):
    top = h.lines + 1
    pad = "# " + "填充" * 40 + "\n"
    h.add("too-large-10mib", h.tail(pad * (10 * MIB // len(pad.encode()) + 1)), [("file.too-large", "-", "-")])
    h.add("too-large-11mib-scalar", "x: " + "a" * (11 * MIB) + "\n", [("file.too-large", "-", "-")])
    # Just under the limit: parsed, within the time and memory the tests allow.
    big = 10 * MIB - len(h.base.encode()) - 100
    h.add("scalar-plain-10mib", h.tail("x: " + "很" * (big // 3) + "\n"), [h.unknown_x()])
    h.add("scalar-double-quoted-10mib", h.tail('x: "' + "a\\t" * (big // 3) + '"\n'), [h.unknown_x()])
    h.add("scalar-single-quoted-10mib", h.tail("x: '" + "it''s " * (big // 6) + "'\n"), [h.unknown_x()])
    h.add("scalar-block-10mib", h.tail("x: |\n" + ("  " + "行" * 60 + "\n") * (big // 183)), [h.unknown_x()])
    h.add("scalar-folded-10mib", h.tail("x: >\n" + ("  " + "word " * 30 + "\n") * (big // 153)), [h.unknown_x()])
    h.add("document-one-scalar-10mib", "文" * (big // 3) + "\n", [("yaml.not-mapping", "-", 1)])
    # YAML allows an implicit key of at most 1024 characters; a longer one is a syntax error.
    h.add("long-key-1mib", h.tail("k" * MIB + ": 1\n"), [("yaml.syntax", "-", top)])
    h.add("long-key-1024", h.tail("k" * 1024 + ": 1\n"), [("field.unknown", "k" * 1024, top)])
    h.add("comment-line-9mib", h.tail("# " + "注" * (3 * MIB) + "\n"))
    h.add("whitespace-9mib", " " * (9 * MIB) + "\n", [("yaml.not-mapping", "-", "-")])
    # yaml-cpp spends some 150 ns on each line break (the floor too): 10 MiB of them take 1.5 s.
    h.add("blank-lines-4mib", h.tail("\n" * (4 * MIB)))
    # A content field far over its limit, on one line and in a block.
    h.add("too-long-solution-9mib",
          h.base.replace("  solution: |\n", "  solution: |\n    " + "很" * (3 * MIB) + "\n", 1),
          [("field.too-long", "content.solution", h.line_of(h.base.encode(), b"  solution: |"))])


def counts(h: Hostile):
    """Past k_max_nodes (10,000) values the parse stops with file.too-large. Floods of lines come
    before the base case, so that value n (the root is value 1) stands on line n - 1."""
    top = h.lines + 1
    cap_line = 10_000
    h.add("keys-200000-top", "".join(f"k{i}: v\n" for i in range(200_000)) + h.base, [("file.too-large", "-", cap_line)])
    h.add("keys-200000-nested", "x:\n" + "".join(f"  k{i}: v\n" for i in range(200_000)) + h.base,
          [("file.too-large", "-", cap_line)])
    h.add("keys-200000-flow", h.tail("x: {" + ", ".join(f"k{i}: v" for i in range(200_000)) + "}\n"),
          [("file.too-large", "-", top)])
    h.add("keys-200000-duplicate", "x:\n" + "  k: v\n" * 200_000 + h.base,
          [("yaml.duplicate-key", "x.k", line) for line in range(3, cap_line + 1)] + [("file.too-large", "-", cap_line)])
    h.add("items-flow-4000000", h.tail("x: [" + "1," * 4_000_000 + "1]\n"), [("file.too-large", "-", top)])
    h.add("items-block-1000000", "x:\n" + "- 1\n" * 1_000_000 + h.base, [("file.too-large", "-", cap_line)])
    h.add("aliases-1000000", h.tail("x: &a 1\ny: [" + "*a, " * 1_000_000 + "*a]\n"), [("yaml.alias", "-", top), ("file.too-large", "-", top + 1)])
    # Under the limit: every value is checked and every finding reported.
    h.add("keys-5000-nested", h.tail("x:\n" + "".join(f"  k{i}: v\n" for i in range(5000))), [h.unknown_x()])
    h.add("keys-2000-top", h.tail("".join(f"k{i}: v\n" for i in range(2000))),
          [("field.unknown", f"k{i}", top + i) for i in range(2000)])
    h.add("duplicate-keys-2000", h.tail("x:\n" + "  k: v\n" * 2000),
          [h.unknown_x()] + [("yaml.duplicate-key", "x.k", top + 1 + i) for i in range(1, 2000)])
    h.add("alias-many", h.tail("x: &a 1\ny: [" + ", ".join(["*a"] * 5000) + "]\n"),
          [h.unknown_x(), ("field.unknown", "y", top + 1), ("yaml.alias", "-", top)])
    h.add("documents-100000", h.tail("---\n" * 100_000), [("yaml.multi-document", "-", top)])
    first_metric = h.line_of(h.base.encode(), b"metrics:") + 1
    h.add("metrics-1500", h.base.replace("metrics:\n", "metrics:\n" + "  - {name: 产量, unit: 件, before: 很多, after: 1}\n" * 1500, 1),
          [("metrics.invalid", f"metrics[{i}].before", first_metric + i) for i in range(1500)])


def encodings(h: Hostile):
    text = h.base
    for codec, name in (("utf-16-le", "utf16le"), ("utf-16-be", "utf16be"), ("utf-32-le", "utf32le"), ("utf-32-be", "utf32be")):
        h.add(f"{name}-bom", "\ufeff".encode(codec) + text.encode(codec), [("file.encoding", "-", "-")])
        h.add(f"{name}-no-bom", text.encode(codec), [("file.encoding", "-", "-")])
    first_cjk = h.line_of(text.encode(), "电".encode())
    h.add("gbk", text.encode("gbk"), [("file.encoding", "-", first_cjk)])
    h.add("gb18030-four-byte", (text + "x: 𠀀€\n").encode("gb18030"), [("file.encoding", "-", first_cjk)])
    h.add("gbk-after-utf8", text.encode() + "x: 中文\n".encode("gbk"), [("file.encoding", "-", h.lines + 1)])
    h.add("latin1", text.encode() + "x: café\n".encode("latin-1"), [("file.encoding", "-", h.lines + 1)])
    h.add("truncated-utf8-at-end", text.encode() + "x: 中".encode()[:-1], [("file.encoding", "-", h.lines + 1)])
    h.add("truncated-utf8-4-byte", text.encode() + "x: 𠀀".encode()[:-2], [("file.encoding", "-", h.lines + 1)])
    h.add("utf8-surrogate", text.encode() + b"x: \xed\xa0\x80\n", [("file.encoding", "-", h.lines + 1)])
    h.add("utf8-overlong", text.encode() + b"x: \xc0\xaf\n", [("file.encoding", "-", h.lines + 1)])
    h.add("utf8-bom-then-utf16", b"\xef\xbb\xbf" + "a: 1\n".encode("utf-16-le"), [("file.binary", "-", 1)])
    h.add("utf8-bom-only", b"\xef\xbb\xbf", [("yaml.not-mapping", "-", "-")])


def bytes_and_lines(h: Hostile):
    data = h.base.encode()
    fifth = sum(len(line) for line in data.splitlines(True)[:4])
    h.add("nul-middle", data[:fifth + 3] + b"\0" + data[fifth + 3:], [("file.binary", "-", 5)])
    h.add("nul-first", b"\0" + data, [("file.binary", "-", 1)])
    h.add("nul-second", b"a\0: value of some length\n", [("file.binary", "-", 1)])
    h.add("nul-last", data + b"\0", [("file.binary", "-", h.lines + 1)])
    h.add("nul-only-1mib", b"\0" * MIB, [("file.binary", "-", 1)])
    h.add("binary-png-header", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8, [("file.binary", "-", 3)])
    h.add("cr-only", data.replace(b"\n", b"\r"))
    h.add("crlf", data.replace(b"\n", b"\r\n"))
    h.add("cr-only-duplicate-key", (h.base + "title: 另一个标题\n").encode().replace(b"\n", b"\r"),
          [("yaml.duplicate-key", "title", h.lines + 1)])
    mixed = b"".join(line + (b"\r\n", b"\n", b"\r")[i % 3] for i, line in enumerate(data.splitlines()))
    h.add("mixed-line-endings", mixed + b"title: x\r", [("yaml.duplicate-key", "title", h.lines + 1)])
    h.add("tab-indent", h.tail("x:\n\ta: 1\n"), [("yaml.syntax", "-", h.lines + 2)])
    h.add("tab-in-values", h.tail("x:\t\"a\tb\"\t# comment\n"), [h.unknown_x()])
    h.add("control-character", h.tail("x: a\x01b\n"), [h.unknown_x()])


def keys_and_tags(h: Hostile):
    top = h.lines + 1
    h.add("complex-key-sequence", h.tail("? [a, b]\n: 1\n"), [("field.type", "-", top)])
    h.add("complex-key-mapping", h.tail("{a: 1}: 2\n"), [("field.type", "-", top)])
    h.add("complex-key-nested", h.tail("x:\n  ? {a: [1, 2]}\n  : {b: c}\n"), [h.unknown_x(), ("field.type", "x", top + 1)])
    h.add("explicit-scalar-key", h.tail("? x\n: 1\n"), [h.unknown_x()])
    h.add("null-key", h.tail(": 1\n"), [("field.unknown", "-", top)])
    # A tag other than the core tag of the field's kind (!!str for a string) is field.type.
    title = h.line_of(h.base.encode(), b"title: ")
    applicant = h.line_of(h.base.encode(), b"applicant:")
    h.add("tag-custom-on-title", h.base.replace("title: ", "title: !custom ", 1), [("field.type", "title", title)])
    h.add("tag-binary-on-title", h.base.replace("title: ", "title: !!binary ", 1), [("field.type", "title", title)])
    h.add("tag-custom-on-mapping", h.base.replace("applicant:", "applicant: !thing", 1), [("field.type", "applicant", applicant)])
    h.add("tag-core-str-on-title", h.base.replace("title: ", "title: !!str ", 1))
    h.add("tag-custom", h.tail("x: !custom value\n"), [h.unknown_x()])
    h.add("tag-custom-mapping", h.tail("x: !thing {a: 1}\n"), [h.unknown_x()])
    h.add("tag-verbatim", h.tail("x: !<tag:example.com,2021:x> 1\n"), [h.unknown_x()])
    rank = h.line_of(h.base.encode(), b"  rank: 3")
    h.add("tag-str-on-integer", h.base.replace("  rank: 3\n", "  rank: !!str 3\n"), [("field.type", "recommender.rank", rank)])
    h.add("tag-directive", "%TAG !e! tag:example.com,2021:\n---\n" + h.base + "x: !e!thing 1\n",
          [("field.unknown", "x", h.lines + 3)])
    h.add("yaml-directive-1-2", "%YAML 1.2\n---\n" + h.base)


def unfinished(h: Hostile):
    top = h.lines + 1
    for name, text in (("double-quote", 'x: "abc'), ("double-quote-newline", 'x: "abc\n'),
                       ("single-quote", "x: 'abc"), ("single-quote-newline", "x: 'abc\n"),
                       ("escape", 'x: "abc\\'), ("flow-sequence", "x: [a, b"), ("flow-mapping", "x: {a: 1, b:"),
                       ("flow-mapping-newline", "x: {a: 1,\n"), ("quoted-key", '"x')):
        # yaml-cpp places an unclosed flow mapping at the end of the file: the line after the last.
        h.add(f"ends-in-{name}", h.tail(text), [("yaml.syntax", "-", top + (name == "flow-mapping-newline"))])
    h.add("ends-in-key", h.tail("x"), [("yaml.syntax", "-", top)])
    h.add("ends-in-block-scalar", h.tail("x: |\n  abc"), [h.unknown_x()])
    h.add("ends-in-anchor", h.tail("x: &a"), [h.unknown_x(), ("yaml.alias", "-", top)])
    h.add("empty", b"", [("yaml.not-mapping", "-", "-")])
    h.add("comments-only", "# 只有注释\n# comments only\n", [("yaml.not-mapping", "-", "-")])


# Every value of the base case that sits on its key's line, by field path: (path, the line as the
# base has it). Each gets a value of 10 MB in long_values.
SCALAR_LINES = (
    ("schema", "schema: "), ("title", "title: "), ("mode", "mode: "), ("scenarios[0]", "  - 设备互联"),
    ("industry", "industry: "), ("applicant.name", "  name: 杭州"), ("applicant.type", "  type: "),
    ("applicant.credit_code", "  credit_code: "), ("applicant.region", "  region: 浙江省\n  contact"),
    ("applicant.contact.name", "    name: "), ("applicant.contact.phone", "    phone: "),
    ("applicant.contact.email", "    email: "), ("recommender.kind", "  kind: "),
    ("recommender.region", "  region: 浙江省\n  name"), ("recommender.name", "  name: 浙江省"),
    ("platform.name", "  name: 衡远"), ("platform.provider", "  provider: "),
    ("metrics[0].name", "  - name: 定子"), ("metrics[0].unit", "    unit: 件"),
)


def long_values(h: Hostile):
    """A value of 10 MB in every field: each is field.too-long, found by counting before any
    list look-up, did-you-mean or pattern sees it (edit distances on 10 MB took seconds)."""
    big = 10 * MIB - len(h.base.encode()) - 100
    for path, start in SCALAR_LINES:
        at = h.base.index(start)
        line_start = h.base.rindex("\n", 0, at + 1) + 1 if start.startswith(" ") else at
        key_end = h.base.index(": ", at) + 2 if ": " in start else h.base.index("- ", at) + 2
        line_end = h.base.index("\n", at)
        line = h.base[:line_start].count("\n") + 1
        # Digits where a pattern expects them, an e-mail address for the e-mail, else a name
        # repeated (浙江省浙江省…), the worst case for a did-you-mean.
        if path.endswith(("phone", "credit_code")):
            value = "0" * big
        elif path.endswith("email"):
            value = "a" * (big - 12) + "@example.com"
        else:
            value = "浙江省" * (big // 9)
        # Double-quoted: a plain scalar of 10 MB costs yaml-cpp's scanner alone most of the second
        # (scalar-plain-10mib measures that floor); this measures the checks.
        expect = [("field.too-long", path, line)] + ([("schema.unsupported", "schema", line)] if path == "schema" else [])
        h.add(f"long-value-{path}", h.base[:key_end] + '"' + value + '"' + h.base[line_end:], expect)
    email = h.line_of(h.base.encode(), b"    email: ")
    for n in (19_000, MIB):  # std::regex recursed per character: 19,000 overflowed the stack
        h.add(f"email-{n}-characters", h.base.replace("wanglx@hengyuan.example.com", "a" * n + "@example.com", 1),
              [("field.too-long", "applicant.contact.email", email)])
    # Numbers and integers have no length but must not be slow either (quoted, as above: a
    # quoted number is metrics.invalid, a quoted rank field.type, as unquoted ones of 10 MB are).
    for path, start in (("metrics[0].before", "    before: 120"), ("recommender.rank", "  rank: 3")):
        at = h.base.index(start)
        line = h.base[:at].count("\n") + 1
        code = "metrics.invalid" if path.startswith("metrics") else "field.type"
        value = "9" * big if path.startswith("metrics") else "3" * big
        h.add(f"long-value-{path}", h.base[:at] + start.split(":")[0] + ': "' + value + '"' + h.base[at + len(start):],
              [(code, path, line)])


def rules_patterns(h: Hostile, outdir):
    """A --rules file whose phone pattern backtracks exponentially in std::regex (^(0+)+$: over
    20 s on 32 characters); RE2 answers at once."""
    rules_dir = os.path.join(outdir, "rules")
    os.makedirs(rules_dir, exist_ok=True)
    with open(os.path.join(HERE, "..", "..", "schemas", "iip-case-2021.yaml"), encoding="utf-8") as f:
        rules = f.read()
    phone = "    pattern: '^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(-[0-9]{1,6})?)$'\n"
    assert phone in rules
    path = os.path.join(rules_dir, "nested-quantifier.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(rules.replace(phone, "    pattern: '^(0+)+$'\n", 1))
    line = h.line_of(h.base.encode(), b"    phone: ")
    for n in (32, 49):
        h.add(f"rules-nested-quantifier-{n}", h.base.replace('"0571-86012345"', '"' + "0" * n + '1"', 1),
              [("field.format", "applicant.contact.phone", line)], args=("--rules", path))
    h.add("rules-nested-quantifier-match", h.base.replace('"0571-86012345"', '"' + "0" * 49 + '"', 1),
          args=("--rules", path))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir")
    parser.add_argument("--base", default=os.path.join(HERE, "..", "golden", "valid--base.yaml"))
    parser.add_argument("--max-bytes", type=int, default=None, help="only inputs up to this size (the fuzz seeds)")
    args = parser.parse_args()
    with open(args.base, encoding="utf-8") as f:
        h = Hostile(f.read())
    for make in (nesting, aliases, sizes, counts, encodings, bytes_and_lines, keys_and_tags, unfinished, long_values):
        make(h)
    os.makedirs(args.outdir, exist_ok=True)
    rules_patterns(h, os.path.abspath(args.outdir))
    written = 0
    for name, (data, expect, extra) in sorted(h.cases.items()):
        if args.max_bytes is not None and len(data) > args.max_bytes:
            continue
        path = os.path.join(args.outdir, name + ".yaml")
        with open(path, "wb") as f:
            f.write(data)
        with open(path + ".expect", "w", encoding="utf-8") as f:
            f.write("".join(e + "\n" for e in expect))
        if extra:
            with open(path + ".args", "w", encoding="utf-8") as f:
                f.write("\n".join(extra) + "\n")
        written += 1
    print(f"{written} hostile inputs in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
