#!/usr/bin/env python3
"""The page in a real browser: headless Chromium (Debian chromium + chromium-driver, driven by
python3-selenium) opens web/index.html from disk and

  * starts in the browser's language (zh-CN here) and switches to English and back;
  * takes golden case files dropped on it (a drop event carrying the files) and shows exactly
    their golden findings (code and line per file), each with its source line and caret, hint,
    and the explain text one click away; a folder chosen whole (the submission repository);
  * says what is wrong with a file that is not UTF-8, not YAML or too large;
  * shows the summary table (推荐汇总表) and downloads it as the CSV `iipcase summary` writes;
  * fits a phone's width;
  * makes no network request at all: none in Chromium's network log, and a fetch() the page
    is made to try is refused by its Content-Security-Policy (a local server sees nothing).

It measures and prints (never asserts) the time to ready, to check one case and 640 cases.
--screenshot FILE saves a picture of the page. Exit 77 (skipped) without chromium, its driver,
selenium or the WebAssembly build. Prints 'N passed, N failed'.
"""
import argparse
import gzip
import glob
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from tally import Tally  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def skip(reason):
    print(f"skipped: {reason}")
    sys.exit(77)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--web", required=True, help="the built page (build/wasm/web)")
    p.add_argument("--golden", required=True)
    p.add_argument("--examples", required=True)
    p.add_argument("--iipcase", help="the CLI, for the expected summary CSV")
    p.add_argument("--work", required=True, help="a scratch folder")
    p.add_argument("--corpus", type=int, default=640, help="cases in the timed batch")
    p.add_argument("--screenshot", help="save a PNG of the page here")
    args = p.parse_args()

    index = os.path.join(os.path.abspath(args.web), "index.html")
    if not os.path.exists(os.path.join(args.web, "iipcase.js")):
        skip(f"no WebAssembly build in {args.web} (scripts/build-deps-wasm.sh; cmake --workflow --preset wasm)")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    if not chromium or not driver_path:
        skip("chromium and chromium-driver are not installed")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError:
        # Debian's python3-selenium is in the system Python's path; another python3 (a pyenv, a
        # virtualenv) first on PATH does not see it: run again with the system's.
        if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3", *sys.argv])
        skip("python3-selenium is not installed")

    work = os.path.abspath(args.work)
    if args.iipcase:
        args.iipcase = os.path.abspath(args.iipcase)
    shutil.rmtree(work, ignore_errors=True)
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads)
    profile = tempfile.mkdtemp(prefix="chromium-", dir=work)

    # File names are UTF-8 (浙江省/…): Chromium under the C locale does not read such a folder.
    os.environ["LC_ALL"] = "C.UTF-8"
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", "--lang=zh-CN", "--window-size=1280,1000",
                 "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh",
                                              "download.default_directory": downloads,
                                              "download.prompt_for_download": False})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    tally = Tally()
    verdict = tally.verdict

    try:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        driver.get("file://" + index)
        wait = WebDriverWait(driver, 30)
        wait.until(lambda d: d.execute_script("return document.body.dataset.readyMs"))
        ready_ms = float(driver.execute_script("return document.body.dataset.readyMs"))
        js = lambda script, *a: driver.execute_script(script, *a)  # noqa: E731

        # Language: the browser's (zh-CN), then English by the switch.
        verdict("浏览器" in driver.find_element(By.TAG_NAME, "h1").text, "starts in Chinese for a zh-CN browser")
        driver.find_element(By.ID, "lang-en").click()
        verdict("browser" in driver.find_element(By.TAG_NAME, "h1").text, "switches to English")

        # Files dropped: a drop event on the zone carrying real files (read by an <input>).
        def drop(paths):
            runs = js("return document.body.dataset.runs || '0'")
            box = js("""const i = document.createElement('input'); i.type = 'file'; i.multiple = true;
                        i.id = 'test-files'; i.style.display = 'none'; document.body.append(i); return i;""")
            box.send_keys("\n".join(paths))
            elapsed = driver.execute_async_script("""
                const done = arguments[arguments.length - 1], runs = arguments[0];
                const input = document.getElementById('test-files'), t = new DataTransfer();
                for (const f of input.files) t.items.add(f);
                input.remove();
                const start = performance.now();
                new MutationObserver((m, o) => {
                  if (document.body.dataset.runs !== runs) { o.disconnect(); done(performance.now() - start); }
                }).observe(document.body, {attributes: true});
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: t, bubbles: true, cancelable: true}));
            """, runs)
            return elapsed

        def clear():
            driver.find_element(By.ID, "clear").click()

        def shown():
            """(path, code, line) of every finding on the page, and the number of files shown."""
            found = js("""return [...document.querySelectorAll('details.file')].flatMap(f =>
                [...f.querySelectorAll('li.finding')].map(li => [f.dataset.path, li.dataset.code, li.dataset.line]))""")
            return sorted(tuple(x) for x in found), js("return document.querySelectorAll('details.file').length")

        golden_dir = os.path.abspath(args.golden)
        names = sorted(os.path.basename(f) for f in glob.glob(os.path.join(golden_dir, "*.yaml")))
        chosen = [n for n in names if n.startswith(("credit-code.", "ok--credit-code.", "mode.", "recommender.", "claim"))][:24]
        # Each golden file's report is of the file alone (--no-batch): the checks across files off.
        driver.find_element(By.ID, "batch").click()
        drop([os.path.join(golden_dir, n) for n in chosen])
        expected = []
        for n in chosen:
            with open(os.path.join(golden_dir, n + ".expected.json"), encoding="utf-8") as f:
                for d in json.load(f)["files"][0]["diagnostics"]:
                    expected.append((n, d["code"], str(d["line"] or "")))
        found, count = shown()
        verdict(count == len(chosen) and found == sorted(expected),
                f"{len(chosen)} golden files dropped: their {len(expected)} golden findings shown")
        # A finding with its source line and caret, its hint, and its explanation one click away.
        item = driver.find_element(By.CSS_SELECTOR, "details.file[data-path='credit-code.checksum.yaml'] li.finding")
        source = item.find_element(By.CSS_SELECTOR, "pre.source").text
        verdict("13 | " in source and source.rstrip().endswith("^"), "the finding's source line with a caret")
        verdict("check character" in item.find_element(By.CSS_SELECTOR, ".message").text
                and item.find_element(By.CSS_SELECTOR, ".hint").text.startswith("Hint:"), "message and hint in English")
        item.find_element(By.CSS_SELECTOR, ".explain-button").click()
        verdict("credit-code.checksum" in item.find_element(By.CSS_SELECTOR, "pre.explain").text, "explain text shown on click")
        # Batch checks across everything dropped: the findings of `iipcase check` of all the files.
        driver.find_element(By.ID, "batch").click()
        wait.until(lambda d: js("return document.querySelectorAll('li.finding').length") > len(expected))
        if args.iipcase:
            report = json.loads(subprocess.run([args.iipcase, "check", "--format", "json", *chosen], cwd=golden_dir,
                                               capture_output=True).stdout)
            want = sorted((f["path"], d["code"], str(d["line"] or "")) for f in report["files"] for d in f["diagnostics"])
            batch_found = shown()[0]
            verdict(batch_found == want and any(c.startswith("batch.") for _, c, _ in want),
                    f"checks across the files: the CLI's {len(want)} findings, batch.* among them")
        rows = js("return document.querySelectorAll('#summary-table tbody tr').length")
        verdict(rows == len(chosen), f"summary table: one row per case ({rows})")
        found = shown()[0]

        # 中文: the same findings, in Chinese.
        driver.find_element(By.ID, "lang-zh").click()
        found_zh, _ = shown()
        messages = js("return [...document.querySelectorAll(\"details.file[data-path='credit-code.checksum.yaml'] .message\")].map(m => m.textContent)")
        verdict(found_zh == found and any("校验" in m for m in messages), f"switched to Chinese: same findings, messages {messages}")

        # The summary download: the CSV `iipcase summary --format csv --lang zh` writes of the files.
        driver.find_element(By.ID, "download-csv").click()
        target = os.path.join(downloads, "推荐汇总表.csv")
        deadline = time.time() + 20
        while not os.path.exists(target) and time.time() < deadline:
            time.sleep(0.1)
        csv = open(target, "rb").read() if os.path.exists(target) else b""
        if args.iipcase:
            want = subprocess.run([args.iipcase, "summary", "--format", "csv", "--lang", "zh", *chosen],
                                  cwd=golden_dir, capture_output=True).stdout
            verdict(csv == want and len(csv) > 100, "downloaded 推荐汇总表.csv equals iipcase summary --format csv")
        else:
            verdict(csv.startswith(b"\xef\xbb\xbf") and "推荐单位".encode() in csv, "downloaded 推荐汇总表.csv")
        driver.find_element(By.ID, "lang-en").click()

        # Files that are not case files: not UTF-8, not YAML, too large.
        bad = os.path.join(work, "bad")
        os.makedirs(bad)
        with open(os.path.join(bad, "gbk.yaml"), "wb") as f:
            f.write("title: 案例\n".encode("gb18030"))
        with open(os.path.join(bad, "broken.yaml"), "w") as f:
            f.write("title: [unclosed\n")
        with open(os.path.join(bad, "huge.yaml"), "wb") as f:
            f.truncate(10 * 1024 * 1024 + 1)
        clear()
        drop([os.path.join(bad, n) for n in ("broken.yaml", "gbk.yaml", "huge.yaml")])
        codes = {path: code for path, code, _ in shown()[0]}
        verdict(codes.get("gbk.yaml") == "file.encoding" and codes.get("huge.yaml") == "file.too-large"
                and codes.get("broken.yaml", "").startswith("yaml."), f"not UTF-8, too large, not YAML: {codes}")

        # A whole folder chosen: the submission repository's cases, with their folder names.
        clear()
        repo = os.path.join(os.path.abspath(args.examples), "submission-repo", "cases")
        driver.find_element(By.ID, "pick-folder").send_keys(repo)
        wait.until(lambda d: js("return document.querySelectorAll('details.file').length") >= 4)
        paths = js("return [...document.querySelectorAll('details.file')].map(f => f.dataset.path)")
        verdict(len(paths) == len(glob.glob(os.path.join(repo, "**", "*.yaml"), recursive=True))
                and all(p.startswith("cases/") for p in paths), f"a folder chosen: {paths}")

        # A template to start from, then checked as pasted text.
        clear()
        driver.find_element(By.CSS_SELECTOR, "#paste-box summary").click()
        js("document.getElementById('mode').value = 'service-extension'")
        driver.find_element(By.ID, "make-template").click()
        verdict("服务化延伸" in driver.find_element(By.ID, "paste").get_attribute("value"), "template for a mode in the box")
        driver.find_element(By.ID, "check-paste").click()
        wait.until(lambda d: js("return document.querySelectorAll('details.file').length") == 1)
        verdict(any(code == "field.required" for _, code, _ in shown()[0]), "the pasted template is checked (empty fields)")

        # A phone's width: nothing wider than the screen.
        driver.set_window_size(390, 844)
        overflow = js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        verdict(overflow <= 0, f"fits a 390 px wide screen (overflow {overflow} px)")
        driver.set_window_size(1280, 1000)

        # Timing (measured, not asserted): one case, then the national maximum of a year.
        clear()
        one = drop([os.path.join(os.path.abspath(args.examples), "smart-manufacturing.yaml")])
        one_engine = float(js("return document.body.dataset.checkMs"))
        corpus = os.path.join(work, "corpus")
        subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "bench", "make_corpus.py"), str(args.corpus), corpus],
                       check=True, capture_output=True)
        files = sorted(glob.glob(os.path.join(corpus, "**", "*.yaml"), recursive=True))
        clear()
        many = drop(files)
        many_engine = float(js("return document.body.dataset.checkMs"))
        verdict(js("return document.body.dataset.checked") == str(len(files)), f"{len(files)} cases checked as one batch")

        # The screenshot: a few files with findings, in Chinese.
        if args.screenshot:
            clear()
            js("document.getElementById('paste-box').open = false")
            driver.find_element(By.ID, "lang-zh").click()
            examples = os.path.abspath(args.examples)
            drop([os.path.join(golden_dir, "credit-code.checksum.yaml"), os.path.join(examples, "smart-manufacturing.yaml"),
                  os.path.join(examples, "invalid", "registration-errors.yaml")])
            js("window.scrollTo(0, 0)")
            height = js("return Math.min(document.documentElement.scrollHeight, 2400)")
            driver.set_window_size(1100, height)
            driver.save_screenshot(args.screenshot)
            print(f"screenshot: {args.screenshot}")

        # No network: Chromium's log shows no request but the page's own files ...
        # (chrome:// pages of the browser's own, before the page is opened, are no network either.)
        requests, own = [], 0
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                from_page = message["params"].get("documentURL", "").startswith("file://")
                own += from_page
                if (from_page and not url.startswith(("file://", "data:", "blob:"))) or \
                        url.startswith(("http:", "https:", "ws:", "wss:", "ftp:")):
                    requests.append(url)
        verdict(not requests and own >= 3, f"no network request ({requests or 'none'}; {own} of the page's own files)")
        errors = [e["message"][:300] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        verdict(not errors, f"no error in the console ({errors or 'none'})")
        # ... and a request the page is made to try is refused by its Content-Security-Policy.
        hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *a):
                pass

        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        outcome = driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            fetch('http://127.0.0.1:' + arguments[0] + '/leak').then(() => done('fetched'), (e) => done('refused'));
        """, server.server_address[1])
        server.shutdown()
        verdict(outcome == "refused" and not hits, f"a fetch() from the page is refused by its CSP ({outcome}, server saw {hits})")

        page = [os.path.join(args.web, f) for f in ("iipcase.js", "app.js", "style.css", "index.html")]
        size = sum(os.path.getsize(f) for f in page)
        transferred = sum(len(gzip.compress(open(f, "rb").read(), 9)) for f in page)  # as a server sends it
        print(f"timing: ready {ready_ms:.0f} ms; one case {one:.1f} ms (engine {one_engine:.1f} ms); "
              f"{len(files)} cases {many:.0f} ms (engine {many_engine:.0f} ms); "
              f"page {size} bytes, {transferred} bytes with gzip -9")
    finally:
        driver.quit()
    print(tally.closing("browser"))
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())
