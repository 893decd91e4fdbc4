"""The bank's guide end to end, with real parts: softtoken-bank serves; headless Chromium
issues a token and saves a screenshot of the QR code; the app (under Xvfb) scans that
screenshot through --virtual-camera; ≡ → Mode switch shows serial and OTP, read through AT-SPI;
Chromium types them with the confirmation PIN into the registration page; the current-token
line shows the serial. Wrong PIN, wrong OTP and a reused OTP are refused with their messages.
Saves screenshots of the pages in ja and en to SCREENSHOT_DIR.

usage: dbus-run-session -- e2e_test.py SOFTTOKEN_BANK SOFTTOKEN SCREENSHOT_DIR
(under xvfb-run: the app needs an X display for the AT-SPI mouse clicks)"""
import os
import shutil
import subprocess
import sys
import tempfile

from app_atspi import App, spoken_value
from bank_server import BankServer
from cdp import Chromium

PIN = "1234"


def fail(message):
    raise AssertionError(message)


def expect(actual, expected, what):
    print(f"{'ok  ' if actual == expected else 'FAIL'} {what}: {actual!r}")
    if actual != expected:
        fail(f"{what}: expected {expected!r}, got {actual!r}")


def display(serial):
    return f"{serial[:4]} {serial[4:8]} {serial[8:]}"


def register(browser, serial, otp, pin):
    """Types into the registration page and presses OK: (error message or None, current token)."""
    browser.type_into("#serial", serial)
    browser.type_into("#otp", otp)
    browser.type_into("#pin", pin)
    browser.submit_with("#ok")
    return browser.text("#error"), current_token(browser)


def current_token(browser):
    """現在のトークン情報: the serial without its spaces, or "Not registered"."""
    text = browser.text("#currentToken")
    return text.replace(" ", "") if text and text[-1].isdigit() else text


def other_code(code):
    return code[:-1] + ("1" if code[-1] == "0" else "0")


def run(bank_binary, app_binary, shots, work):
    bank = BankServer(bank_binary, os.path.join(work, "bank")).start()
    browser = app = None
    try:
        browser = Chromium(os.path.join(work, "chromium"))
        for lang in ("ja", "en"):
            browser.open(f"{bank.base}/{lang}/issue")
            browser.screenshot(os.path.join(shots, f"bank-issue-{lang}.png"))

        # The bank issues a token and shows its QR code; the screenshot is what the phone sees.
        browser.open(f"{bank.base}/en/issue")
        browser.type_into("#user", "taro")
        browser.submit_with("#issue")
        serial = browser.text("#serial").replace(" ", "")
        qr_page = os.path.join(work, "issued.png")
        browser.screenshot(qr_page)
        shutil.copy(qr_page, os.path.join(shots, "bank-issued-en.png"))
        # The QR code decodes, with zbar (not the ZXing that drew it), to the URI shown under it.
        decoded = subprocess.run(["zbarimg", "-q", "--raw", qr_page], capture_output=True,
                                 text=True, timeout=30).stdout.strip()
        expect(decoded, browser.text("#uri"), "the page's QR code (zbarimg)")
        print(f"issued {serial}")

        with open(os.path.join(work, "passphrase"), "w") as f:
            f.write("e2e bank passphrase\n")
        app = App(app_binary, "--data-dir", os.path.join(work, "profile"), "--passphrase-file",
                  os.path.join(work, "passphrase"), "--virtual-camera", qr_page, "--lang", "en")
        app.click("push button", "Scan QR code", timeout=40)
        app.wait("dialog", "Add this token?", timeout=30)
        app.wait("label", display(serial))  # the confirmation sheet shows the issued serial
        app.click("push button", "Add")
        app.wait_gone("dialog", "Add this token?")
        app.choose_from_menu("Menu", lambda n: n.startswith("Mode switch"))
        shown_serial = spoken_value(app.wait(
            "label", lambda n: n.startswith("Serial number:")).get_name())
        otp = spoken_value(app.wait("label", lambda n: n.startswith("One-time password:"))
                           .get_name())
        expect(shown_serial, serial, "the app's serial in registration mode")
        if not (otp.isdigit() and len(otp) == 6):
            fail(f"the app shows no 6-digit OTP: {otp!r}")
        print(f"the app shows {display(shown_serial)} and {otp}")

        # The registration page, typed into as the administrator would.
        browser.open(f"{bank.base}/en/register?user=taro")
        expect(current_token(browser), "Not registered", "before registration")
        typed_serial = display(shown_serial)  # as the app shows it, with spaces
        expect(register(browser, typed_serial, otp, "0000"),
               ("The confirmation PIN is incorrect.", "Not registered"), "wrong PIN")
        expect(register(browser, typed_serial, other_code(otp), PIN),
               ("The one-time password is incorrect.", "Not registered"), "wrong OTP")
        # Success has no message: the current-token line shows the serial, as in the guide.
        expect(register(browser, typed_serial, otp, PIN), (None, serial), "registration")
        browser.screenshot(os.path.join(shots, "bank-registered-en.png"))
        error, current = register(browser, typed_serial, otp, PIN)
        expect((error or "").split(".")[0], "This one-time password has already been used",
               "reused OTP")
        expect(current, serial, "still registered after the refusal")
        expect(bank.request("GET", "/api/users/taro")[1]["serial"], serial, "the API agrees")

        # The same pages in Japanese, with a refusal, for people to look at.
        browser.open(f"{bank.base}/ja/register?user=taro")
        expect(current_token(browser), serial, "ja: the current token")
        browser.screenshot(os.path.join(shots, "bank-registered-ja.png"))
        expect(register(browser, typed_serial, otp, "9999")[0],
               "ご契約先確認暗証番号に誤りがあります。", "ja: wrong PIN")
        browser.screenshot(os.path.join(shots, "bank-register-error-ja.png"))
        for lang in ("ja", "en"):
            browser.open(f"{bank.base}/{lang}/login?user=taro")
            browser.screenshot(os.path.join(shots, f"bank-login-{lang}.png"))
    finally:
        if app is not None:
            app.close()
        if browser is not None:
            browser.close()
        bank.stop()


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    shots = argv[3]
    os.makedirs(shots, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        try:
            run(argv[1], argv[2], shots, work)
        except Exception as error:  # noqa: BLE001 - any failure is this test's failure
            print(f"FAIL: {type(error).__name__}: {error}")
            return 1
    print("the registration loop closed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
