"""The CadreDesk backup file: a header, authenticated chunks, a trailer with a SHA-256.

Layout (all integers big-endian)::

    "CADREDESK-BACKUP"            16 bytes magic
    u16 format version            (FORMAT; a newer one is refused as 来自更新版本)
    u32 n, header                 n bytes of UTF-8 JSON (versions, time, source database id, host,
                                  record counts, the audit chain's head, members, encryption)
    frames                        u32 length, u8 flags (1 = final), data — the payload in chunks
    "CADREDESK-END..."            16 bytes, then SHA-256 over everything before it (32 bytes)

The payload is the members (an SQLite snapshot and/or a JSON Lines logical dump) concatenated and
compressed as one zlib stream, cut into chunks of ``CHUNK`` bytes.  Encrypted (a passphrase):
each chunk is AES-256-GCM under a key from scrypt (parameters in the header), nonce = 8-byte file
prefix ‖ chunk index, associated data = SHA-256(header) ‖ index ‖ flags, so a changed, dropped,
reordered or truncated chunk is found, as is a changed header; a key check value in the header
tells a wrong passphrase (密码错误) from a damaged file (文件已损坏).  Unencrypted: the trailer's
SHA-256 and the members' SHA-256 in the header.  Nothing but counts and hashes is in the clear.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from cadredesk.core.crypto import KdfParams, b64, derive_key, unb64
from cadredesk.errors import BackupDamaged, BackupTooNew, NotABackup, UserError, WrongPassphrase

MAGIC = b"CADREDESK-BACKUP"
END = b"CADREDESK-END\x00\x00\x00"
FORMAT = 1
CHUNK = 1 << 20
_MAX_HEADER = 1 << 20
_FINAL = 1
_TRAILER = len(END) + 32
_CHECK_INDEX = 0xFFFFFFFF
_CHECK_TEXT = b"cadredesk-backup-key-check"


class PassphraseNeeded(UserError):
    key = "passphrase-needed"


def _damaged(path: Path, why: str) -> BackupDamaged:
    return BackupDamaged(f"备份文件已损坏（{why}）：{path}。请换用另一份备份。")


@dataclass
class Member:
    name: str
    path: Path


class _Sink:
    """Compress, cut into chunks, encrypt, frame and hash the payload as it is written."""

    def __init__(self, fh: BinaryIO, header_hash: bytes, aead: AESGCM | None, prefix: bytes) -> None:
        self.fh = fh
        self.header_hash = header_hash
        self.aead = aead
        self.prefix = prefix
        self.z = zlib.compressobj(6)
        self.buf = bytearray()
        self.index = 0
        self.sha = hashlib.sha256()

    def out(self, data: bytes) -> None:
        self.sha.update(data)
        self.fh.write(data)

    def _frame(self, data: bytes, final: bool) -> None:
        flags = _FINAL if final else 0
        if self.aead is not None:
            nonce = self.prefix + struct.pack(">I", self.index)
            aad = self.header_hash + struct.pack(">IB", self.index, flags)
            data = self.aead.encrypt(nonce, data, aad)
        self.out(struct.pack(">IB", len(data), flags) + data)
        self.index += 1

    def write(self, data: bytes) -> None:
        self.buf += self.z.compress(data)
        while len(self.buf) > CHUNK:
            self._frame(bytes(self.buf[:CHUNK]), False)
            del self.buf[:CHUNK]

    def close(self) -> None:
        self.buf += self.z.flush()
        while len(self.buf) > CHUNK:
            self._frame(bytes(self.buf[:CHUNK]), False)
            del self.buf[:CHUNK]
        self._frame(bytes(self.buf), True)
        digest = self.sha.copy()
        digest.update(END)
        self.fh.write(END + digest.digest())


def _key_check(aead: AESGCM, prefix: bytes, header_core: bytes) -> str:
    nonce = prefix + struct.pack(">I", _CHECK_INDEX)
    return b64(aead.encrypt(nonce, _CHECK_TEXT, hashlib.sha256(header_core).digest()))


def write(fh: BinaryIO, header: dict[str, Any], members: list[Member], passphrase: str | None) -> None:
    """Write a complete backup to ``fh`` (the caller makes it atomic)."""
    header = dict(header)
    header["format"] = FORMAT
    listed = []
    for m in members:
        h = hashlib.sha256()
        size = 0
        with open(m.path, "rb") as src:
            for block in iter(lambda: src.read(CHUNK), b""):
                h.update(block)
                size += len(block)
        listed.append({"name": m.name, "size": size, "sha256": h.hexdigest()})
    header["members"] = listed
    aead = None
    prefix = os.urandom(8)
    if passphrase:
        params = KdfParams.fresh()
        aead = AESGCM(derive_key(passphrase, params))
        core = json.dumps({**header, "encryption": None}, sort_keys=True).encode()
        header["encryption"] = {
            "cipher": "AES-256-GCM",
            **params.to_json(),
            "nonce_prefix": b64(prefix),
            "key_check": _key_check(aead, prefix, core),
        }
    else:
        header["encryption"] = None
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sink = _Sink(fh, hashlib.sha256(raw).digest(), aead, prefix)
    sink.out(MAGIC + struct.pack(">HI", FORMAT, len(raw)) + raw)
    for m in members:
        with open(m.path, "rb") as src:
            for block in iter(lambda: src.read(CHUNK), b""):
                sink.write(block)
    sink.close()


def _read_fixed(path: Path) -> tuple[int, bytes, int]:
    """(format, header bytes, payload offset), or NotABackup."""
    try:
        with open(path, "rb") as fh:
            start = fh.read(len(MAGIC) + 6)
            if len(start) < len(MAGIC) + 6 or not start.startswith(MAGIC):
                raise NotABackup(f"这不是 CadreDesk 备份文件：{path}")
            fmt, n = struct.unpack(">HI", start[len(MAGIC) :])
            if n > _MAX_HEADER:
                raise _damaged(path, "文件头长度不合理")
            raw = fh.read(n)
            if len(raw) < n:
                raise _damaged(path, "文件不完整")
    except OSError as exc:
        raise UserError(f"无法读取备份文件 {path}：{exc.strerror or exc}", key="backup-unreadable") from None
    return fmt, raw, len(MAGIC) + 6 + n


def read_header(path: Path) -> dict[str, Any]:
    """The header, parsed (not verified: use ``verify`` for that)."""
    fmt, raw, _ = _read_fixed(path)
    if fmt > FORMAT:
        raise BackupTooNew(f"备份文件来自更新版本的 CadreDesk（格式 {fmt}），请升级本程序后再恢复：{path}")
    try:
        data: dict[str, Any] = json.loads(raw.decode("utf-8"))
        return data
    except (UnicodeDecodeError, ValueError):
        raise _damaged(path, "文件头无法读取") from None


def _check_trailer(path: Path) -> None:
    size = path.stat().st_size
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        left = size - _TRAILER
        if left <= 0:
            raise _damaged(path, "文件不完整")
        while left > 0:
            block = fh.read(min(CHUNK, left))
            if not block:
                raise _damaged(path, "文件不完整")
            h.update(block)
            left -= len(block)
        trailer = fh.read(_TRAILER)
    if not trailer.startswith(END):
        raise _damaged(path, "文件不完整，末尾缺失")
    h.update(END)
    if h.digest() != trailer[len(END) :]:
        raise _damaged(path, "校验值不符，内容被改动")


def _frames(path: Path, offset: int) -> Iterator[tuple[int, int, bytes]]:
    end = path.stat().st_size - _TRAILER
    with open(path, "rb") as fh:
        fh.seek(offset)
        pos, index = offset, 0
        while pos < end:
            head = fh.read(5)
            if len(head) < 5:
                raise _damaged(path, "数据块不完整")
            n, flags = struct.unpack(">IB", head)
            if n > CHUNK + 64 or pos + 5 + n > end:
                raise _damaged(path, "数据块长度不合理")
            data = fh.read(n)
            yield index, flags, data
            pos += 5 + n
            index += 1


def verify(path: Path, passphrase: str | None, out_dir: Path | None = None) -> dict[str, Any]:
    """Verify every byte; with ``out_dir``, also unpack the members there.  Returns the header.

    Raises NotABackup / BackupDamaged / BackupTooNew / PassphraseNeeded / WrongPassphrase.
    """
    fmt, raw, offset = _read_fixed(path)
    _check_trailer(path)  # first: a flipped bit in the version must not read as "newer"
    if fmt > FORMAT:
        raise BackupTooNew(f"备份文件来自更新版本的 CadreDesk（格式 {fmt}），请升级本程序后再恢复：{path}")
    if fmt < 1:
        raise _damaged(path, "格式版本无效")
    header = read_header(path)
    header_hash = hashlib.sha256(raw).digest()
    enc = header.get("encryption")
    aead = None
    prefix = b""
    if enc:
        if not passphrase:
            raise PassphraseNeeded(f"这份备份已加密，请提供密码（--passphrase-file）：{path}")
        try:
            params = KdfParams.from_json(enc)
            prefix = unb64(enc["nonce_prefix"])
            if enc.get("cipher") != "AES-256-GCM" or len(prefix) != 8:
                raise ValueError
            aead = AESGCM(derive_key(passphrase, params))
            core = json.dumps({**header, "encryption": None}, sort_keys=True).encode()
            aead.decrypt(
                prefix + struct.pack(">I", _CHECK_INDEX),
                unb64(enc["key_check"]),
                hashlib.sha256(core).digest(),
            )
        except InvalidTag:
            raise WrongPassphrase(f"密码错误，无法打开这份加密备份：{path}") from None
        except (ValueError, KeyError, TypeError):
            raise _damaged(path, "加密参数无效") from None
    members = header.get("members") or []
    try:
        expected = [(str(m["name"]), int(m["size"]), str(m["sha256"])) for m in members]
    except (KeyError, TypeError, ValueError):
        raise _damaged(path, "成员清单无效") from None
    for name, _, _ in expected:
        if name not in ("database.sqlite", "dump.jsonl"):
            raise _damaged(path, f"未知的成员 {name!r}")
    total = sum(size for _, size, _ in expected)
    z = zlib.decompressobj()
    member_i, written = 0, 0
    sha = hashlib.sha256()
    out = open(out_dir / expected[0][0], "wb") if out_dir is not None and expected else None  # noqa: SIM115
    produced = 0
    final_seen = False

    def take(data: bytes) -> None:
        nonlocal member_i, written, sha, out, produced
        produced += len(data)
        if produced > total:
            raise _damaged(path, "解压后的内容超出记载的大小")
        while data:
            name, size, digest = expected[member_i]
            part = data[: size - written]
            data = data[len(part) :]
            sha.update(part)
            if out is not None:
                out.write(part)
            written += len(part)
            if written == size:
                if sha.hexdigest() != digest:
                    raise _damaged(path, f"{name} 的校验值不符")
                if out is not None:
                    out.close()
                member_i, written, sha = member_i + 1, 0, hashlib.sha256()
                out = (
                    open(out_dir / expected[member_i][0], "wb")  # noqa: SIM115
                    if out_dir is not None and member_i < len(expected)
                    else None
                )

    try:
        for index, flags, data in _frames(path, offset):
            if final_seen:
                raise _damaged(path, "结束块之后还有数据")
            if flags & ~_FINAL:
                raise _damaged(path, "数据块标志无效")
            if aead is not None:
                try:
                    data = aead.decrypt(
                        prefix + struct.pack(">I", index),
                        data,
                        header_hash + struct.pack(">IB", index, flags),
                    )
                except InvalidTag:
                    raise _damaged(path, f"第 {index + 1} 个数据块校验失败") from None
            try:
                plain = z.decompress(data, CHUNK * 4)
                take(plain)
                while z.unconsumed_tail:
                    take(z.decompress(z.unconsumed_tail, CHUNK * 4))
            except zlib.error:
                raise _damaged(path, "数据无法解压") from None
            final_seen = bool(flags & _FINAL)
        if not final_seen:
            raise _damaged(path, "缺少结束块，文件被截断")
        take(z.flush())
        if not z.eof or member_i != len(expected):
            raise _damaged(path, "内容不完整")
    finally:
        if out is not None:
            out.close()
    return header
