"""Small cryptographic building blocks shared by the backup format, the audit key and passwords.

- ``hash_password`` / ``check_password``: salted scrypt (N=2^15, r=8, p=1, 32 MiB), stored as
  ``scrypt$N$r$p$salt$hash`` so the cost can be raised later without breaking old hashes.
- ``derive_key``: a 256-bit key from a passphrase (scrypt, its parameters travel with the data).
- ``seal`` / ``unseal``: AES-256-GCM of a small secret under a passphrase (the audit key seed).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

#: scrypt cost of passwords and passphrases: ~0.1 s and 32 MiB on an office PC
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 128 * 1024 * 1024


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def scrypt(secret: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise ValueError("scrypt parameters out of range")
    return hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = scrypt(password, salt)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt)}${b64(digest)}"


def check_password(password: str, stored: str | None) -> bool:
    """Constant-time comparison; a malformed or missing stored hash never matches."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = scrypt(password, unb64(salt), int(n), int(r), int(p))
        return hmac.compare_digest(got, unb64(digest))
    except (ValueError, TypeError):
        return False


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(os.urandom(16))

    def to_json(self) -> dict[str, object]:
        return {"kdf": "scrypt", "salt": b64(self.salt), "n": self.n, "r": self.r, "p": self.p}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("kdf") != "scrypt":
            raise ValueError("unknown key derivation")
        return cls(unb64(str(data["salt"])), int(str(data["n"])), int(str(data["r"])), int(str(data["p"])))


def derive_key(passphrase: str, params: KdfParams) -> bytes:
    return scrypt(passphrase, params.salt, params.n, params.r, params.p)


class SealError(Exception):
    """The passphrase does not open the sealed secret (or the sealed text was altered)."""


def seal(secret: bytes, passphrase: str, *, context: str) -> str:
    """``secret`` encrypted under ``passphrase`` (AES-256-GCM, scrypt), bound to ``context``."""
    params = KdfParams.fresh()
    nonce = os.urandom(12)
    box = AESGCM(derive_key(passphrase, params)).encrypt(nonce, secret, context.encode("utf-8"))
    return json.dumps({**params.to_json(), "nonce": b64(nonce), "box": b64(box)}, sort_keys=True)


def unseal(sealed: str, passphrase: str, *, context: str) -> bytes:
    try:
        data = json.loads(sealed)
        params = KdfParams.from_json(data)
        return AESGCM(derive_key(passphrase, params)).decrypt(
            unb64(data["nonce"]), unb64(data["box"]), context.encode("utf-8")
        )
    except (InvalidTag, ValueError, KeyError, TypeError) as exc:
        raise SealError(str(exc) or type(exc).__name__) from None
