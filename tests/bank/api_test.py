"""The JSON API of softtoken-bank as docs/bank-simulator.md documents it, with codes from
pyotp (an independent implementation), and a restart on the same --data-dir.

usage: api_test.py SOFTTOKEN_BANK"""
import re
import sys
import tempfile
import time

import pyotp

from bank_server import BankServer

failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def parse(uri):
    """pyotp refuses parameters it does not know, such as serial."""
    return pyotp.parse_uri(re.sub(r"&serial=[^&]*", "", uri))


def expect_error(reply, status, code, what):
    check(reply[0] == status and reply[1].get("error") == code and reply[1].get("message"),
          f"{what}: {status} {code} (got {reply})")


def main(binary):
    with tempfile.TemporaryDirectory() as data_dir:
        bank = BankServer(binary, data_dir, "--confirmation-pin", "8642", "--max-failures", "3")
        bank.start()
        try:
            status, token = bank.request("POST", "/api/tokens",
                                         {"user": "alice", "type": "totp", "digits": 8,
                                          "algorithm": "SHA256"})
            check(status == 201 and token["user"] == "alice", f"issue: 201 {token}")
            check(f"serial={token['serial']}" in token["uri"], "the URI carries serial=")
            otp = parse(token["uri"])
            check(otp.digits == 8 and len(otp.secret) >= 32, "digits and SHA256 secret size")
            check(bank.request("GET", "/api/users/alice") ==
                  (200, {"user": "alice", "serial": None, "locked": False}),
                  "before registration the serial is null")

            expect_error(bank.request("POST", "/api/tokens", {"user": "bob", "digits": 12}), 400,
                         "bad_request", "digits 12")
            expect_error(bank.request("POST", "/api/register", raw=b"not json"), 400,
                         "bad_request", "a body that is not JSON")
            expect_error(bank.request("GET", "/api/users/nobody"), 404, "unknown_user",
                         "unknown user")

            code = otp.now()
            expect_error(bank.request("POST", "/api/register",
                                      {"user": "alice", "serial": token["serial"], "otp": code,
                                       "pin": "1234"}), 401, "wrong_pin",
                         "the default PIN is not this contract's")
            expect_error(bank.request("POST", "/api/register",
                                      {"user": "alice", "serial": "ZZZZ 0000 0000", "otp": code,
                                       "pin": "8642"}), 401, "wrong_serial", "wrong serial")
            status, body = bank.request("POST", "/api/register",
                                        {"user": "alice", "serial": token["serial"].lower(),
                                         "otp": code, "pin": "8642"})
            check((status, body) == (200, {"registered": True, "user": "alice",
                                           "serial": token["serial"]}),
                  f"register: 200 {body} (failures reset)")
            check(bank.request("GET", "/api/users/alice")[1]["serial"] == token["serial"],
                  "the user's serial after registration")
            expect_error(bank.request("POST", "/api/login", {"user": "alice", "otp": code}), 401,
                         "reused_otp", "the registration code cannot log in again")

            # HOTP: look-ahead, replay, resync.
            status, hotp_token = bank.request("POST", "/api/tokens",
                                              {"user": "bob", "type": "hotp"})
            hotp = parse(hotp_token["uri"])
            check(bank.request("POST", "/api/register",
                               {"user": "bob", "serial": hotp_token["serial"],
                                "otp": hotp.at(0), "pin": "8642"})[0] == 200, "register HOTP")
            status, body = bank.request("POST", "/api/login", {"user": "bob", "otp": hotp.at(3)})
            check(status == 200 and body["offset"] == 2, f"HOTP look-ahead: {body}")
            expect_error(bank.request("POST", "/api/login", {"user": "bob", "otp": hotp.at(3)}),
                         401, "reused_otp", "HOTP replay")
            expect_error(bank.request("POST", "/api/login", {"user": "bob", "otp": hotp.at(50)}),
                         401, "wrong_otp", "HOTP beyond the look-ahead")
            status, body = bank.request("POST", "/api/resync",
                                        {"user": "bob", "otp1": hotp.at(50), "otp2": hotp.at(51)})
            check(status == 200 and body["next_counter"] == "52", f"resync: {body}")
            check(bank.request("POST", "/api/login",
                               {"user": "bob", "otp": hotp.at(52)})[0] == 200,
                  "login after resync")

            # Lockout after --max-failures 3, then unlock.
            for _ in range(3):
                bank.request("POST", "/api/login", {"user": "bob", "otp": "000000"})
            expect_error(bank.request("POST", "/api/login", {"user": "bob", "otp": hotp.at(53)}),
                         401, "locked", "locked after 3 failures")
            expect_error(bank.request("POST", "/api/register",
                                      {"user": "bob", "serial": hotp_token["serial"],
                                       "otp": hotp.at(53), "pin": "8642"}), 423, "locked",
                         "registration while locked")
            status, html = bank.get_text("/en/register?user=bob")
            check('id="unlock"' in html and "This user is locked." in html,
                  "the registration page offers Unlock for a locked user")
            check(bank.request("POST", "/api/users/bob/unlock")[1]["locked"] is False, "unlock")

            # Clock-skew hint: a code of the next step is accepted and reported as +30 s.
            status, token2 = bank.request("POST", "/api/tokens", {"user": "carol"})
            carol = parse(token2["uri"])
            expect_error(bank.request("POST", "/api/register",
                                      {"user": "carol", "serial": token2["serial"],
                                       "otp": carol.at(time.time() - 90), "pin": "8642"}),
                         401, "wrong_otp", "a code three steps old")
            check(bank.request("POST", "/api/register",
                               {"user": "carol", "serial": token2["serial"],
                                "otp": carol.now(), "pin": "8642"})[0] == 200, "register carol")
            before = int(time.time()) // 30
            status, body = bank.request("POST", "/api/login",
                                        {"user": "carol", "otp": carol.at(time.time() + 30)})
            same_step = before == int(time.time()) // 30
            check(status == 200 and (body["clock_skew_seconds"] == 30 or not same_step),
                  f"a token 30 s ahead: {body}")

            # Names are text on the pages, never markup.
            bank.request("POST", "/api/tokens", {"user": "<script>alert(1)</script>"})
            status, html = bank.get_text("/en/register?user=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            check("<script>alert" not in html and "&lt;script&gt;alert(1)" in html,
                  "a user name is escaped in the page")

            # Shared mode: one token for everyone; changing the mode unregisters.
            check(bank.request("POST", "/api/mode", {"mode": "shared"}) ==
                  (200, {"mode": "shared", "unregistered": True}), "switch to shared")
            check(bank.request("GET", "/api/users/alice")[1]["serial"] is None,
                  "the mode change unregistered alice")
            code = otp.at(time.time() + 30)  # the next step's code: fresh
            check(bank.request("POST", "/api/register",
                               {"user": "bob", "serial": token["serial"], "otp": code,
                                "pin": "8642"})[0] == 200, "bob registers alice's token (shared)")
            check(bank.request("GET", "/api/users/carol")[1]["serial"] == token["serial"],
                  "every user has the shared token")
        finally:
            bank.stop()

        # A restart on the same directory loses nothing, not even the replay guard.
        bank.start()
        try:
            check(bank.request("GET", "/api/mode")[1]["mode"] == "shared", "mode after restart")
            check(bank.request("GET", "/api/users/alice")[1]["serial"] == token["serial"],
                  "registration after restart")
            expect_error(bank.request("POST", "/api/login", {"user": "alice", "otp": code}), 401,
                         "reused_otp", "replay guard after restart")
            status, html = bank.get_text("/ja/register?user=alice")
            # The page's usage-mode form: back to individual tokens, which unregisters.
            status, url = bank.post_form("/ja/register/mode", {"user": "alice",
                                                               "mode": "individual"})
            check(status == 200 and url.endswith("/ja/register?user=alice"),
                  f"the mode form returns to the registration page: {url}")
            check(bank.request("GET", "/api/mode")[1]["mode"] == "individual"
                  and bank.request("GET", "/api/users/alice")[1]["serial"] is None,
                  "the page changed the mode and unregistered the token")
            check(bank.get_text("/en")[0] == 200, "/en leads to the menu")
            check(bank.request("POST", "/api/register",
                               {"user": "alice", "serial": token["serial"],
                                "otp": otp.at(time.time() + 30), "pin": "8642"})[1]
                  .get("error") == "reused_otp", "unregistering keeps the replay guard")
            # Bob's HOTP token is free again: carol registers it with its next code (alice is
            # locked by now: three reused codes in a row).
            check(bank.request("GET", "/api/users/alice")[1]["locked"], "alice is locked")
            check(bank.request("POST", "/api/register",
                               {"user": "carol", "serial": hotp_token["serial"],
                                "otp": hotp.at(53), "pin": "8642"})[0] == 200,
                  "an unregistered token registers again")
            status, html = bank.get_text("/ja/register?user=carol")
            serial = hotp_token["serial"]
            check(status == 200 and "ご契約先確認暗証番号" in html
                  and f"{serial[:4]} {serial[4:8]} {serial[8:]}" in html,
                  "the ja registration page shows the current token")
        finally:
            bank.stop()

    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
