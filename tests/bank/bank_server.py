"""Starts softtoken-bank on a free port of 127.0.0.1 and talks to its JSON API."""
import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request


class BankServer:
    def __init__(self, binary, data_dir, *extra):
        self.binary = binary
        self.data_dir = data_dir
        self.extra = list(extra)
        self.process = None
        self.base = None

    def start(self, timeout=15):
        # --port 0: the kernel picks a free port; the server prints it on its first line.
        self.process = subprocess.Popen(
            [self.binary, "--port", "0", "--data-dir", self.data_dir, *self.extra],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True)
        deadline = time.monotonic() + timeout
        line = ""
        while time.monotonic() < deadline:
            line = self.process.stdout.readline()
            match = re.search(r"listening on (http://127\.0\.0\.1:\d+)/", line)
            if match:
                self.base = match.group(1)
                return self
            if not line and self.process.poll() is not None:
                break
        raise RuntimeError(f"softtoken-bank did not start: {line!r}")

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None

    def request(self, method, path, body=None, raw=None):
        """(status, decoded JSON) of one request."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"null")

    def post_form(self, path, fields):
        """Submits a page's form like a browser (following the redirect): (status, final URL)."""
        data = urllib.parse.urlencode(fields).encode()
        with urllib.request.urlopen(self.base + path, data=data, timeout=10) as response:
            return response.status, response.url

    def get_text(self, path):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return response.status, response.read().decode()
