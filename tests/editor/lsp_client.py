"""A minimal Language Server Protocol client over stdio, as VS Code drives yaml-language-server.

Only what the editor tests need: initialize with a schema association, open a document, wait
for its diagnostics, ask for hover and completion.
"""
import json
import os
import queue
import subprocess
import threading
import time


class LanguageServer:
    def __init__(self, command, settings):
        self.settings = settings
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.next_id = 0
        self.next_version = 0
        self.responses = {}
        self.diagnostics = {}
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # --- wire format -----------------------------------------------------------------------
    def _send(self, message):
        body = json.dumps(message, ensure_ascii=False).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            message = json.loads(stream.read(length))
            self._dispatch(message)

    def _dispatch(self, message):
        method = message.get("method")
        if method and "id" in message:  # a request from the server
            result = None
            if method == "workspace/configuration":
                result = [self.settings.get(item.get("section"), None) for item in message["params"]["items"]]
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            return
        with self.cond:
            if method == "textDocument/publishDiagnostics":
                params = message["params"]
                self.diagnostics[params["uri"]] = (params.get("version"), params["diagnostics"])
            elif "id" in message:
                self.responses[message["id"]] = message
            self.cond.notify_all()

    # --- requests ----------------------------------------------------------------------------
    def request(self, method, params, timeout=30):
        self.next_id += 1
        ident = self.next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        with self.cond:
            if not self.cond.wait_for(lambda: ident in self.responses, timeout):
                raise TimeoutError(f"{method}: no answer in {timeout} s")
            response = self.responses.pop(ident)
        if "error" in response:
            raise RuntimeError(f"{method}: {response['error']}")
        return response.get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def start(self, root):
        self.request("initialize", {
            "processId": os.getpid(), "rootUri": uri(root),
            "capabilities": {"textDocument": {
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "completion": {"completionItem": {"documentationFormat": ["markdown", "plaintext"]}},
                "publishDiagnostics": {}}, "workspace": {"configuration": True}}})
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def open(self, path, text, timeout=30):
        """Opens a document and returns the diagnostics published for this version."""
        u = uri(path)
        self.next_version += 1
        version = self.next_version
        with self.cond:
            self.diagnostics.pop(u, None)
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": u, "languageId": "yaml", "version": version, "text": text}})
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                got = self.diagnostics.get(u)
                if got is not None and got[0] in (None, version):
                    return got[1]
                if not self.cond.wait(max(0.0, deadline - time.monotonic())):
                    raise TimeoutError(f"{path}: no diagnostics in {timeout} s")

    def close(self, path):
        self.notify("textDocument/didClose", {"textDocument": {"uri": uri(path)}})

    def hover(self, path, line, character):
        return self.request("textDocument/hover", {"textDocument": {"uri": uri(path)},
                                                   "position": {"line": line, "character": character}})

    def completion(self, path, line, character):
        result = self.request("textDocument/completion", {"textDocument": {"uri": uri(path)},
                                                          "position": {"line": line, "character": character}})
        return result.get("items", []) if isinstance(result, dict) else (result or [])

    def stop(self):
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def uri(path):
    return "file://" + os.path.abspath(path)


def utf16_column(line_text, code_points):
    """LSP positions count UTF-16 code units; iipcase counts code points."""
    return len(line_text[:code_points].encode("utf-16-le")) // 2
