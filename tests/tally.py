"""The tally every test runner here keeps: each check passed or failed, and the closing line."""


class Tally:
    """verdict(ok, what) counts a check and prints 'ok   what' or 'FAIL what' (with quiet, only the
    failures); closing(name) is the 'name: N passed, N failed' line each runner ends with."""

    def __init__(self, quiet=False):
        self.passed = self.failed = 0
        self.quiet = quiet

    def verdict(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        if not ok or not self.quiet:
            print(("ok   " if ok else "FAIL ") + what)
        return ok

    def closing(self, name):
        return f"{name}: {self.passed} passed, {self.failed} failed"
