"""Pure cryptographic functions over bytes (DESIGN.md §3 and §5).

Everything here is built from the `cryptography` package; nothing is home-made.
No I/O, no database, no Qt, no HTTP: callers pass bytes in and get bytes out.
"""

from fieldapp.crypto.errors import CryptoError, DecryptionError, SignatureError

__all__ = ["CryptoError", "DecryptionError", "SignatureError"]
