"""The SoftToken app as a user (and a screen reader) sees it: started under the current X
display with a private AT-SPI bus, its widgets found by role and accessible name, clicked with
real mouse events (XTest through the AT-SPI registry) and read through their names."""
import os
import shutil
import signal
import subprocess
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def _stop(process, grace=5):
    if process is not None and process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


class App:
    """Needs a session bus (dbus-run-session) and an X display (xvfb-run)."""

    def __init__(self, binary, *args, name="SoftToken"):
        if not os.path.exists(BUS_LAUNCHER):
            raise RuntimeError("at-spi-bus-launcher not found: apt install at-spi2-core")
        self.name = name
        # The accessibility bus; the app registers on it and the registry daemon is activated.
        self.bus = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"],
                                    start_new_session=True)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        self.process = subprocess.Popen([binary, *args], env=env, start_new_session=True)

    def close(self):
        _stop(self.process)
        _stop(self.bus)

    def _application(self):
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == self.name:
                app.clear_cache()  # the tree changes with every page; never trust a cached one
                return app
        return None

    def _nodes(self, node, depth=0):
        yield node
        if depth > 40:
            return
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is not None:
                yield from self._nodes(child, depth + 1)

    def find(self, role, name_test):
        """The first showing node with `role` whose name passes `name_test` (a str: equal)."""
        app = self._application()
        if app is None:
            return None
        test = name_test if callable(name_test) else (lambda n: n == name_test)
        for node in self._nodes(app):
            try:
                if (node.get_role_name() == role and test(node.get_name() or "")
                        and node.get_state_set().contains(Atspi.StateType.SHOWING)):
                    return node
            except gi.repository.GLib.GError:
                continue  # the node went away while we looked
        return None

    def wait(self, role, name_test, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.process.returncode}")
            node = self.find(role, name_test)
            if node is not None:
                return node
            time.sleep(0.25)
        raise RuntimeError(f"the app shows no {role} {name_test!r}:\n" + self.describe())

    def click(self, role, name_test, timeout=20):
        node = self.wait(role, name_test, timeout)
        box = node.get_extents(Atspi.CoordType.SCREEN)
        Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
        return node

    def wait_gone(self, role, name_test, timeout=20):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.find(role, name_test) is None:
                return
            time.sleep(0.25)
        raise RuntimeError(f"the app still shows {role} {name_test!r}")

    def choose_from_menu(self, menu_button, item_test, attempts=3):
        """Opens the ≡ menu and clicks an item. A click while a sheet is still animating out
        can be lost, so the menu is opened again if the item does not show up."""
        for attempt in range(attempts):
            self.click("push button", menu_button)
            try:
                return self.click("menu item", item_test, timeout=5)
            except RuntimeError:
                if attempt == attempts - 1:
                    raise
        return None

    def describe(self):
        app = self._application()
        if app is None:
            return "(the app is not on the accessibility bus)"
        return "\n".join(f"{n.get_role_name()}: {n.get_name()!r}" for n in self._nodes(app))


def spoken_value(name):
    """'Serial number: A B C D 1 2 3 4 5 6 7 8' -> 'ABCD12345678'."""
    return name.split(":", 1)[1].replace(" ", "") if ":" in name else ""


def have_tools():
    return shutil.which("chromium") is not None and os.path.exists(BUS_LAUNCHER)
