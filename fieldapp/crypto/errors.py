"""Typed errors of the crypto layer. Messages never contain key material or plaintext."""


class CryptoError(Exception):
    """Base class of every error raised by fieldapp.crypto."""


class DecryptionError(CryptoError):
    """A ciphertext did not authenticate: wrong key, altered bytes or altered context."""


class SignatureError(CryptoError):
    """A signature did not verify against the expected public key."""
