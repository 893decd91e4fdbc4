"""Reference codes from pyotp for crosscheck_test.

Reads cases from the file named on the command line, one per line:
    hotp <SHA1|SHA256|SHA512> <digits> <hex key> <counter>
    totp <SHA1|SHA256|SHA512> <digits> <hex key> <period> <seconds since T0>
    steam <hex key> <period> <unix time>
and prints pyotp's code for each, one per line, in order. pyotp has no Steam encoder, so
Steam codes are computed here by hand with hmac: the RFC 4226 dynamic truncation value,
written least significant first in base 26 over Steam's alphabet, 5 characters. pyotp has no T0, so the caller
passes the time relative to it. Must run under the Debian /usr/bin/python3 that has pyotp.
"""
import base64
import hashlib
import os
import sys
import time

import hmac
import struct

import pyotp

# pyotp turns times into local datetimes and back (fromtimestamp / mktime): pin the time zone
# so a DST transition cannot shift a step.
os.environ["TZ"] = "UTC"
time.tzset()

DIGESTS = {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}
STEAM_ALPHABET = "23456789BCDFGHJKMNPQRTVWXY"


def steam_code(key, period, unix_time):
    mac = hmac.new(key, struct.pack(">Q", unix_time // period), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    out = ""
    for _ in range(5):
        out += STEAM_ALPHABET[value % 26]
        value //= 26
    return out


def code(fields):
    if fields[0] == "steam":
        return steam_code(bytes.fromhex(fields[1]), int(fields[2]), int(fields[3]))
    kind, algorithm, digits, key = fields[0], fields[1], int(fields[2]), bytes.fromhex(fields[3])
    secret = base64.b32encode(key).decode("ascii")
    digest = DIGESTS[algorithm]
    if kind == "hotp":
        return pyotp.HOTP(secret, digits=digits, digest=digest).at(int(fields[4]))
    if kind == "totp":
        totp = pyotp.TOTP(secret, digits=digits, digest=digest, interval=int(fields[4]))
        return totp.at(int(fields[5]))
    raise ValueError("unknown case kind " + kind)


def main():
    with open(sys.argv[1], encoding="ascii") as cases:
        out = [code(line.split()) for line in cases if line.strip()]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
