#!/usr/bin/env python3
"""Checks and completes 统一社会信用代码 (GB 32100-2015), as the case-file spec describes.

    python3 tools/credit_code.py check CODE...
    python3 tools/credit_code.py make PREFIX...

`check` prints OK or what is wrong with each code (exit status 1 when any is wrong).
`make` completes a 16-character prefix (adds the GB 11714 organisation-code check
character, position 17, and the GB 32100 check character, position 18) or a
17-character prefix (adds position 18 only, after checking position 17).
"""

import sys

# The 31 characters a credit code may use, in the order GB 32100 gives them values.
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def _org_value(ch):
    # GB 11714 counts letters A=10 ... Z=35, not in the 31-character order.
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 10


def org_check_char(body8):
    """The GB 11714 check character of an 8-character organisation-code body."""
    total = sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def credit_check_char(prefix17):
    """The GB 32100 check character (position 18) of a 17-character prefix."""
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(prefix17, CREDIT_WEIGHTS))
    value = 31 - total % 31
    return CODE_CHARS[0 if value == 31 else value]


def problems(code):
    """What is wrong with code, as a list of sentences; empty when it is valid."""
    if len(code) != 18:
        return [f"has {len(code)} characters, not 18"]
    bad = sorted({c for c in code if c not in CODE_CHARS})
    if bad:
        return ["uses characters outside 0-9 A-H J-N P-R T U W-Y: " + " ".join(bad)]
    found = []
    org = org_check_char(code[8:16])
    if code[16] != org:
        found.append(f"organisation-code check (position 17) is {code[16]}, expected {org}")
    check = credit_check_char(code[:17])
    if code[17] != check:
        found.append(f"check character (position 18) is {code[17]}, expected {check}")
    return found


def make(prefix):
    """Completes a 16- or 17-character prefix; raises ValueError when it cannot."""
    bad = sorted({c for c in prefix if c not in CODE_CHARS})
    if bad:
        raise ValueError("characters outside 0-9 A-H J-N P-R T U W-Y: " + " ".join(bad))
    if len(prefix) == 16:
        prefix += org_check_char(prefix[8:16])
    elif len(prefix) == 17:
        org = org_check_char(prefix[8:16])
        if prefix[16] != org:
            raise ValueError(f"position 17 is {prefix[16]}, the organisation-code check is {org}")
    else:
        raise ValueError(f"prefix has {len(prefix)} characters; give 16 or 17")
    return prefix + credit_check_char(prefix)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("check", "make"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    status = 0
    for arg in argv[2:]:
        if argv[1] == "check":
            found = problems(arg)
            print(f"{arg}: " + ("OK" if not found else "; ".join(found)))
        else:
            try:
                print(make(arg))
                continue
            except ValueError as error:
                print(f"{arg}: {error}", file=sys.stderr)
                found = [error]
        if found:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
