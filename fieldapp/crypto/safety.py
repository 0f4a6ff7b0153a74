"""Safety numbers: what two people compare to verify each other's keys (issue 14, item 7).

Derived from *both* people's public keys and independent of their order, so both screens
show the same number: 60 digits in 12 groups of 5 (~199 bits), like Signal's. A different
key on either side — a re-enrolment, or a server slipping in a key of its own — gives a
different number.
"""

from __future__ import annotations

import hashlib

from fieldapp.crypto.encoding import pack_fields
from fieldapp.crypto.errors import CryptoError
from fieldapp.crypto.keys import PublicKeys

DOMAIN = "fieldapp/safety-number/v1"
ROUNDS = 1024  # iterated, so a matching number cannot be searched for cheaply


def _packed(keys: PublicKeys) -> bytes:
    if len(keys.wrap_public) != 32 or len(keys.sign_public) != 32:
        raise CryptoError("public keys must be 32 bytes each")
    return bytes(keys.wrap_public) + bytes(keys.sign_public)


def safety_number(a: PublicKeys, b: PublicKeys) -> str:
    """The number both people read: the same for (a, b) and (b, a)."""
    first, second = sorted((_packed(a), _packed(b)))
    digest = hashlib.sha512(pack_fields(DOMAIN, [first, second])).digest()
    for _ in range(ROUNDS):
        digest = hashlib.sha512(digest + first + second).digest()
    groups = [f"{int.from_bytes(digest[i * 5:i * 5 + 5], 'big') % 100000:05d}"
              for i in range(12)]
    return " ".join(groups)


def digits(text: str) -> str:
    """Digits only, so spaces, dashes and line breaks do not matter in a comparison."""
    return "".join(ch for ch in text if ch.isdigit())
