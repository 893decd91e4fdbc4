"""Headless Chromium driven over the DevTools protocol: open a page, type like a user, click,
read text, take screenshots. Only what the bank's end-to-end test needs."""
import base64
import json
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.request

import websocket


# What Runtime.evaluate answers when the page navigates while the expression runs.
NAVIGATION_ERRORS = ("Inspected target navigated or closed", "Cannot find context with specified id",
                     "Execution context was destroyed")


class Chromium:
    def __init__(self, profile_dir, width=1000, height=1300):
        binary = shutil.which("chromium")
        if binary is None:
            raise RuntimeError("chromium not found: apt install chromium")
        # --remote-debugging-port=0: Chromium picks a free port and prints it on stderr.
        # No session bus and a plain password store: in a test's private D-Bus session Chromium
        # would otherwise start a keyring, which waits for a password prompt nobody answers.
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS="disabled:")
        self.process = subprocess.Popen(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--disable-dev-shm-usage", "--disable-background-networking",
             "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
             "--remote-allow-origins=*", "--password-store=basic",
             f"--user-data-dir={profile_dir}",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
            start_new_session=True)
        self.socket = None
        self.next_id = 0
        port = self._devtools_port(timeout=30)
        self._connect(port, timeout=15)

    def _devtools_port(self, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            line = self.process.stderr.readline()
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                return int(match.group(1))
            if not line and self.process.poll() is not None:
                break
        raise RuntimeError("chromium did not start its DevTools server")

    def _connect(self, port, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                pages = [t for t in json.load(r) if t.get("type") == "page"]
            if pages:
                self.socket = websocket.create_connection(pages[0]["webSocketDebuggerUrl"],
                                                          timeout=20, suppress_origin=True)
                self.call("Page.enable")
                return
            time.sleep(0.2)
        raise RuntimeError("chromium has no page to drive")

    def close(self):
        if self.socket is not None:
            try:
                self.socket.close()
            except OSError:
                pass
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.evaluate(expression):
                    return
            except RuntimeError as error:
                # Polling across a navigation: the old document's context went away mid-call.
                if not any(m in str(error) for m in NAVIGATION_ERRORS):
                    raise
            time.sleep(0.1)
        raise RuntimeError(f"timed out waiting for {expression}")

    def open(self, url):
        self.evaluate("window.__loaded = false")
        self.call("Page.navigate", url=url)
        self.wait_loaded()

    def wait_loaded(self):
        # A new document has no __loaded flag: the old one is gone and the new one complete.
        self.wait_for("window.__loaded === undefined && document.readyState === 'complete'")
        self.evaluate("window.__loaded = true")

    def _center(self, selector):
        box = self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " if (!e) return null; e.scrollIntoView({block: 'center'});"
            " const r = e.getBoundingClientRect();"
            " return [r.left + r.width / 2, r.top + r.height / 2]; })()")
        if box is None:
            raise RuntimeError(f"no element {selector}")
        return box

    def click(self, selector):
        x, y = self._center(selector)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left",
                      clickCount=1)

    def type_into(self, selector, text):
        """Clicks the field, clears it and types `text` one key at a time."""
        self.click(selector)
        self.evaluate(f"document.querySelector({json.dumps(selector)}).select()")
        for char in text:
            self.call("Input.dispatchKeyEvent", type="keyDown", text=char, key=char,
                      unmodifiedText=char)
            self.call("Input.dispatchKeyEvent", type="keyUp", key=char)

    def submit_with(self, selector):
        """Clicks a submit button and waits for the page it loads."""
        self.evaluate("window.__loaded = false")
        self.click(selector)
        self.wait_loaded()

    def text(self, selector):
        return self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " return e ? e.textContent.trim() : null; })()")

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        with open(path, "wb") as f:
            f.write(base64.b64decode(data["data"]))
