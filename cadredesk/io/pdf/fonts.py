"""Chinese fonts for the PDF layer: discovery, registration, glyph fallback.

Facts this module is built on (measured, see notes/platform.md §5):

* reportlab embeds TrueType outlines (``.ttf``/``.ttc``) as subsets; OpenType/CFF fonts (Noto CJK, Source Han)
  cannot be embedded and are skipped; the non-embedded ``STSong-Light`` CID font is never used.
* A character missing from a font prints *blank*, silently. So every text run is checked against the cmap of its
  font and missing characters are wrapped in another font that has them; characters no font has are reported
  as warnings and drawn as the fallback font's "missing glyph" box (never as a silent blank).
* reportlab's ToUnicode CMap writes non-BMP code points as 5 hex digits, which viewers cannot read back;
  :func:`_install_tounicode_fix` makes it write UTF-16 surrogate pairs.
* reportlab has no Chinese line-breaking rules; :func:`_install_kinsoku` adds the closing punctuation.

Fonts are looked up by *family name* for logical roles (``song`` 宋体, ``fangsong`` 仿宋, ``kai`` 楷体,
``hei`` 黑体, ``title`` 小标宋), in this order of sources: Windows font folders, fontconfig, then the freely
licensed WenQuanYi Micro Hei shipped in ``resources/fonts``. Setting ``CADREDESK_PDF_FONTS=bundled``
uses the shipped font only (same output on every machine).

reportlab is imported inside functions: importing this module must stay cheap for ``cadredesk-cli``.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import struct
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from cadredesk.assets import resource_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("song", "fangsong", "kai", "hei", "title")

#: Family names wanted for each role, best first (matched ignoring case, spaces, "_" and "-").
ROLE_FAMILIES: dict[str, tuple[str, ...]] = {
    "song": (
        "SimSun", "宋体", "NSimSun", "新宋体", "STSong", "华文宋体", "Songti SC", "宋体-简",
        "AR PL UMing CN", "AR PL SungtiL GB", "AR PL New Sung", "文鼎PL细上海宋",
        "Noto Serif CJK SC", "Source Han Serif SC", "思源宋体",
    ),
    "fangsong": (
        "FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "华文仿宋",
        "方正仿宋_GBK", "FZFangSong-Z02", "方正仿宋简体", "FZFangSong-Z02S",
    ),
    "kai": (
        "KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "华文楷体",
        "方正楷体_GBK", "FZKai-Z03", "方正楷体简体", "FZKai-Z03S", "AR PL UKai CN", "AR PL KaitiM GB",
    ),
    "hei": (
        "SimHei", "黑体", "方正黑体_GBK", "FZHei-B01", "方正黑体简体", "FZHei-B01S", "STHeiti", "华文黑体",
        "Microsoft YaHei", "微软雅黑", "WenQuanYi Zen Hei", "文泉驿正黑", "WenQuanYi Micro Hei", "文泉驿微米黑",
        "Noto Sans CJK SC", "Source Han Sans SC", "Droid Sans Fallback",
    ),
    "title": (
        "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "FZXiaoBiaoSong-B05", "方正小标宋",
        "小标宋", "华文中宋", "STZhongsong",
    ),
}  # fmt: skip

#: When no family of a role is installed, the role borrows another role's font (then the shipped font).
ROLE_FALLBACK: dict[str, str | None] = {
    "song": None,
    "fangsong": "song",
    "kai": "song",
    "hei": None,
    "title": "hei",
}

#: Further Windows families worth trying for single missing characters (Ext-B and beyond).
WINDOWS_EXTRA_FAMILIES: tuple[str, ...] = (
    "SimSun-ExtB", "SimSun-ExtG", "MingLiU-ExtB", "PMingLiU-ExtB", "Microsoft YaHei", "DengXian", "等线",
    "Microsoft JhengHei",
)  # fmt: skip

BUNDLED_FILE = "wqy-microhei.ttc"
BUNDLED_FAMILY = "WenQuanYi Micro Hei"

#: Closing punctuation that must not start a line (added to reportlab's Japanese-oriented list).
CANNOT_START = "，；：？！》〉”’）】…—％。、"
#: Opening punctuation that must not end a line (reportlab ignores this rule; see :func:`_install_kinsoku`).
CANNOT_END = "（《〈“‘【〔［｛「『"

_FC_FORMAT = "%{file}\t%{index}\t%{family}\n"


# --------------------------------------------------------------------------------------------- discovery


@dataclass(frozen=True, slots=True)
class FontFace:
    """One face of a font file (``index`` is the face number inside a ``.ttc``)."""

    path: str
    index: int
    families: tuple[str, ...]
    source: str  # "windows" | "fontconfig" | "bundled"

    @property
    def family(self) -> str:
        return self.families[0] if self.families else Path(self.path).stem

    def describe(self) -> str:
        suffix = f"#{self.index}" if self.path.lower().endswith(".ttc") else ""
        return f"{self.family} ({self.path}{suffix}, {self.source})"


def _norm(family: str) -> str:
    return re.sub(r"[\s_\-]+", "", family).casefold()


def bundled_font_path() -> Path:
    return resource_path("fonts", BUNDLED_FILE)


def bundled_face() -> FontFace:
    return FontFace(str(bundled_font_path()), 0, (BUNDLED_FAMILY, "文泉驿微米黑"), "bundled")


_NAME_ENCODINGS: dict[tuple[int, int], str] = {
    (1, 0): "mac_roman",
    (1, 1): "shift_jis",
    (1, 2): "big5",
    (1, 3): "euc_kr",
    (1, 25): "gbk",
    (3, 2): "shift_jis",
    (3, 3): "gbk",
    (3, 4): "big5",
    (3, 5): "cp949",
}


def _decode_name(platform: int, encoding: int, raw: bytes) -> str | None:
    if platform == 0 or (platform == 3 and encoding in (0, 1, 10)):
        text = raw.decode("utf-16-be", errors="replace")
    elif (platform, encoding) in _NAME_ENCODINGS:
        if platform == 3:  # old CJK Windows names: double-byte codes in 16-bit units, ASCII as 00 xx
            raw = raw.replace(b"\x00", b"")
        text = raw.decode(_NAME_ENCODINGS[(platform, encoding)], errors="replace")
    else:
        return None
    text = text.strip("\x00 ")
    return text if text and "\ufffd" not in text else None


def read_font_faces(path: Path) -> list[tuple[int, tuple[str, ...], bool]]:
    """``(index, family names, has TrueType outlines)`` for every face in a ``.ttf``/``.ttc``/``.otf``.

    A minimal sfnt reader (header, table directory and ``name`` table only), so scanning a Windows font
    folder stays fast and needs no extra package. Unreadable files give ``[]``.
    """
    faces: list[tuple[int, tuple[str, ...], bool]] = []
    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if len(head) < 12:
                return []
            if head[:4] == b"ttcf":
                count = min(struct.unpack(">I", head[8:12])[0], 64)
                offsets = list(struct.unpack(f">{count}I", f.read(4 * count)))
            else:
                offsets = [0]
            for index, offset in enumerate(offsets):
                f.seek(offset)
                hdr = f.read(12)
                if len(hdr) < 12:
                    continue
                num_tables = min(struct.unpack(">H", hdr[4:6])[0], 256)
                directory = f.read(16 * num_tables)
                tables: dict[bytes, tuple[int, int]] = {}
                for k in range(len(directory) // 16):
                    tag, _checksum, t_off, t_len = struct.unpack(">4sIII", directory[16 * k : 16 * k + 16])
                    tables[tag] = (t_off, t_len)
                truetype = hdr[:4] in (b"\x00\x01\x00\x00", b"true") and b"glyf" in tables
                families: list[str] = []
                if b"name" in tables:
                    t_off, t_len = tables[b"name"]
                    f.seek(t_off)
                    data = f.read(min(t_len, 1 << 20))
                    families = _parse_name_table(data)
                faces.append((index, tuple(families), truetype))
    except (OSError, struct.error, ValueError):
        return []
    return faces


def _parse_name_table(data: bytes) -> list[str]:
    if len(data) < 6:
        return []
    _fmt, count, string_offset = struct.unpack(">HHH", data[:6])
    found: list[str] = []
    for nid in (16, 1):  # typographic family first, then legacy family
        for k in range(count):
            rec = data[6 + 12 * k : 18 + 12 * k]
            if len(rec) < 12:
                break
            platform, encoding, _lang, name_id, length, offset = struct.unpack(">6H", rec)
            if name_id != nid:
                continue
            start = string_offset + offset
            name = _decode_name(platform, encoding, data[start : start + length])
            if name and name not in found:
                found.append(name)
    return found


def windows_font_dirs() -> list[Path]:
    """``%WINDIR%\\Fonts`` and the per-user ``%LOCALAPPDATA%\\Microsoft\\Windows\\Fonts`` (where set)."""
    dirs: list[Path] = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def scan_font_dirs(dirs: Iterable[Path], source: str = "windows") -> list[FontFace]:
    """TrueType faces in the given folders (not recursive), with their family names."""
    faces: list[FontFace] = []
    for folder in dirs:
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.suffix.lower() not in (".ttf", ".ttc"):
                continue
            for index, families, truetype in read_font_faces(entry):
                if truetype and families:
                    faces.append(FontFace(str(entry), index, families, source))
    return faces


def run_fc_list() -> str:
    """Output of ``fc-list`` for Chinese fonts (``file<TAB>index<TAB>families``); ``""`` without fontconfig."""
    if sys.platform == "win32":
        return ""
    try:
        proc = subprocess.run(
            ["fc-list", "--format", _FC_FORMAT, ":lang=zh"],
            capture_output=True,
            timeout=20,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return proc.stdout.decode("utf-8", errors="replace") if proc.returncode == 0 else ""


def parse_fc_list(output: str) -> list[FontFace]:
    """Faces from :func:`run_fc_list` output; OpenType/CFF and unreadable files are skipped."""
    faces: list[FontFace] = []
    seen: set[tuple[str, int]] = set()
    for line in output.splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        path, index_text, family_text = parts
        if Path(path).suffix.lower() not in (".ttf", ".ttc") or not index_text.isdigit():
            continue
        index = int(index_text)
        if (path, index) in seen:
            continue
        seen.add((path, index))
        info = {i: (fams, tt) for i, fams, tt in read_font_faces(Path(path))}
        if index not in info or not info[index][1]:
            continue  # missing file, or CFF outlines in a .ttc (e.g. Noto CJK collections)
        families = tuple(f.strip() for f in family_text.split(",") if f.strip()) or info[index][0]
        faces.append(FontFace(path, index, families, "fontconfig"))
    faces.sort(key=lambda face: (face.path, face.index))
    return faces


def discover_faces(
    *,
    windows_dirs: Sequence[Path] | None = None,
    fc_list: Callable[[], str] | None = None,
) -> list[FontFace]:
    """All usable faces, Windows folders first, then fontconfig, the shipped font last."""
    if os.environ.get("CADREDESK_PDF_FONTS", "").strip().lower() == "bundled":
        return [bundled_face()]
    win = scan_font_dirs(windows_font_dirs() if windows_dirs is None else windows_dirs, "windows")
    fc = parse_fc_list((fc_list or run_fc_list)())
    return [*win, *fc, bundled_face()]


def role_candidates(faces: Sequence[FontFace]) -> dict[str, list[FontFace]]:
    """For each role, the faces to try in order (role families, then the borrowed role's, then bundled)."""
    by_family: dict[str, list[FontFace]] = {}
    for face in faces:
        for fam in face.families:
            by_family.setdefault(_norm(fam), []).append(face)
    own: dict[str, list[FontFace]] = {}
    for role in ROLES:
        found: list[FontFace] = []
        for fam in ROLE_FAMILIES[role]:
            for face in by_family.get(_norm(fam), []):
                if face not in found:
                    found.append(face)
        own[role] = found
    result: dict[str, list[FontFace]] = {}
    for role in ROLES:
        chain: list[FontFace] = []
        step: str | None = role
        while step is not None:
            chain.extend(face for face in own[step] if face not in chain)
            step = ROLE_FALLBACK[step]
        bundled = [face for face in faces if face.source == "bundled"] or [bundled_face()]
        chain.extend(face for face in bundled if face not in chain)
        result[role] = chain
    return result


def resolve_roles(faces: Sequence[FontFace]) -> dict[str, FontFace]:
    """The preferred face for each role (without trying to load it)."""
    return {role: chain[0] for role, chain in role_candidates(faces).items()}


# ------------------------------------------------------------------------------------------ reportlab fixes

_fix_lock = threading.Lock()
_fixes_installed = False


def _install_tounicode_fix() -> None:
    """Make reportlab's ToUnicode CMaps map non-BMP characters correctly.

    reportlab 5.1 ``pdfbase.ttfonts.makeToUnicodeCMap`` writes each entry as ``"<%02X> <%04X>" % (code, cp)``,
    so U+2C317 becomes ``<2C317>`` (5 hex digits), which viewers read as the wrong character. A bfchar
    destination must be UTF-16BE, i.e. a surrogate pair: ``<D870DF17>``. The wrapper calls the original and
    rewrites exactly those lines; if a future reportlab writes them correctly, nothing matches and nothing
    changes. ``TTFont.addObjects`` looks the function up as a module global at call time, so replacing the
    module attribute is enough.
    """
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_cadredesk_fixed", False):
        return

    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        text: str = original(fontname, subset)
        for code, cp in enumerate(subset):
            if cp > 0xFFFF:
                v = cp - 0x10000
                pair = "%04X%04X" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF))  # noqa: UP031
                text = text.replace("<%02X> <%04X>\n" % (code, cp), "<%02X> <%s>\n" % (code, pair))  # noqa: UP031
        return text

    make_to_unicode_cmap._cadredesk_fixed = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_to_unicode_cmap


def _install_kinsoku() -> None:
    """Chinese line-breaking rules for ``wordWrap='CJK'`` paragraphs.

    1. Closing punctuation must not start a line: added to reportlab's ``ALL_CANNOT_START`` (reportlab then
       lets it hang in the margin).
    2. Opening punctuation must not end a line: reportlab has no such rule, so a unit name like
       "县发展和改革委员会（县粮食局）" could break after "（". Both CJK splitters (``wordSplit`` for one-font
       paragraphs, ``cjkFragSplit`` for mixed fonts) are wrapped: when a line (not ended by ``<br/>``) ends with
       an opener, the opener is taken off that line and the rest of the paragraph is split again from it.
    """
    from reportlab.lib import textsplit
    from reportlab.platypus import paragraph

    for module in (textsplit, paragraph):
        current: str = module.ALL_CANNOT_START
        module.ALL_CANNOT_START = current + "".join(ch for ch in CANNOT_START if ch not in current)

    word_split = paragraph.wordSplit
    if not getattr(word_split, "_cadredesk_fixed", False):

        def fixed_word_split(
            word: str, maxWidths: Any, fontName: str, fontSize: float, encoding: str = "utf8"
        ) -> Any:
            lines = word_split(word, maxWidths, fontName, fontSize, encoding)
            if not isinstance(word, str) or not isinstance(maxWidths, (list, tuple)):
                return lines
            pos = 0
            for k, (extra, text) in enumerate(lines[:-1]):
                start = word.find(text, pos)
                if start < 0:
                    return lines  # not the CJK splitter's output shape: leave it alone
                pos = start + len(text)
                cut = len(text.rstrip(CANNOT_END))
                if text and cut < len(text) and cut > 0:
                    from reportlab.pdfbase.pdfmetrics import stringWidth

                    moved = text[cut:]
                    fixed = [extra + stringWidth(moved, fontName, fontSize), text[:cut]]
                    rest = fixed_word_split(
                        word[start + cut :],
                        list(maxWidths[k + 1 :]) or [maxWidths[-1]],
                        fontName,
                        fontSize,
                        encoding,
                    )
                    return [*lines[:k], fixed, *rest]
            return lines

        fixed_word_split._cadredesk_fixed = True  # type: ignore[attr-defined]
        paragraph.wordSplit = fixed_word_split

    frag_split = paragraph.cjkFragSplit
    if not getattr(frag_split, "_cadredesk_fixed", False):

        def fixed_frag_split(frags: Any, maxWidths: Any, calcBounds: Any, encoding: str = "utf8") -> Any:
            result = frag_split(frags, maxWidths, calcBounds, encoding)
            lines = result.lines
            done = 0  # characters of the paragraph placed on lines before line k
            for k, line in enumerate(lines[:-1]):
                text = "".join(w.text for w in line.words)
                cut = len(text.rstrip(CANNOT_END))
                if getattr(line, "lineBreak", False) or not text or cut == len(text) or cut == 0:
                    done += len(text)
                    continue
                head = frag_split(
                    _slice_frags(frags, done, done + cut), [line.maxWidth], calcBounds, encoding
                )
                tail = fixed_frag_split(
                    _slice_frags(frags, done + cut, None),
                    list(maxWidths[k + 1 :]) or [maxWidths[-1]],
                    calcBounds,
                    encoding,
                )
                if len(head.lines) != 1:  # cannot happen (a shorter line fits); keep reportlab's result
                    return result
                head.lines[0].extraSpace = line.maxWidth - head.lines[0].currentWidth
                result.lines = [*lines[:k], head.lines[0], *tail.lines]
                return result
            return result

        fixed_frag_split._cadredesk_fixed = True  # type: ignore[attr-defined]
        paragraph.cjkFragSplit = fixed_frag_split


def _slice_frags(frags: Sequence[Any], start: int, end: int | None) -> list[Any]:
    """The fragments covering characters ``start:end`` of a paragraph (text-less fragments such as ``<br/>``
    count as no characters and are kept when inside the range)."""
    out: list[Any] = []
    pos = 0
    for f in frags:
        text = f.text if isinstance(f.text, str) else f.text.decode("utf8")
        lo, hi = pos, pos + len(text)
        pos = hi
        if not text:
            if start <= lo and (end is None or lo < end):
                out.append(f)
            continue
        a = max(start, lo)
        b = hi if end is None else min(end, hi)
        if a < b:
            out.append(f if (a, b) == (lo, hi) else f.clone(text=text[a - lo : b - lo]))
    return out


def install_reportlab_fixes() -> None:
    global _fixes_installed
    with _fix_lock:
        if not _fixes_installed:
            _install_tounicode_fix()
            _install_kinsoku()
            _fixes_installed = True


# ----------------------------------------------------------------------------------------------- registry


@dataclass(slots=True)
class _Loaded:
    name: str  # reportlab registered font name
    face: FontFace
    coverage: frozenset[int]  # the font's own cmap (before any missing-glyph entries were added)
    font: Any  # reportlab TTFont


def _registered_name(face: FontFace) -> str:
    digest = hashlib.sha1(f"{face.path}\0{face.index}".encode()).hexdigest()[:8]
    stem = re.sub(r"[^A-Za-z0-9]+", "", Path(face.path).stem)[:24] or "font"
    return f"CD-{stem}-{face.index}-{digest}"


_loaded: dict[str, _Loaded] = {}  # by registered name; reportlab's font registry is process-wide too
_load_lock = threading.Lock()


def _load(face: FontFace) -> _Loaded:
    """Register ``face`` with reportlab once per process (TTFont, embedded as subsets)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = _registered_name(face)
    with _load_lock:
        if name not in _loaded:
            font = TTFont(name, face.path, subfontIndex=face.index, validate=0)
            pdfmetrics.registerFont(font)
            for bold in (0, 1):  # stray <b>/<i> markup must not look for a missing bold face
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            # The cmap is copied now: missing-glyph entries added later (FontKit._tofu_font) must not count.
            _loaded[name] = _Loaded(name, face, frozenset(font.face.charToGlyph), font)
        return _loaded[name]


class FontKit:
    """Registered fonts for each role, and the chain used for characters a font lacks.

    Obtain the process-wide instance with :func:`get_fontkit`. Safe to use from a worker thread.
    """

    def __init__(self, faces: Sequence[FontFace]) -> None:
        install_reportlab_fixes()
        self._lock = threading.RLock()
        self._by_path: dict[tuple[str, int], _Loaded] = {}
        self.roles: dict[str, _Loaded] = {}
        for role, chain in role_candidates(faces).items():
            for face in chain:
                loaded = self._try_load(face)
                if loaded is not None:
                    self.roles[role] = loaded
                    break
            else:  # pragma: no cover - the shipped font is always loadable
                raise RuntimeError(f"no usable font for role {role}")
        # Other installed faces, tried (and loaded) only for characters the role fonts lack.
        self._extras = [
            face
            for face in faces
            if (face.path, face.index) not in self._by_path
            and face.source != "bundled"
            and _is_cjk_face(face)
        ]
        self.bundled = self._try_load(bundled_face())
        if self.bundled is None:  # pragma: no cover - shipped file missing: broken installation
            raise RuntimeError(f"shipped font missing: {bundled_font_path()}")
        self._chain: list[_Loaded] = []
        for role in ROLES:
            if self.roles[role] not in self._chain:
                self._chain.append(self.roles[role])
        if self.bundled not in self._chain:
            self._chain.append(self.bundled)
        self._char_font: dict[int, _Loaded | None] = {}
        self._tofu: set[int] = set()

    def _try_load(self, face: FontFace) -> _Loaded | None:
        key = (face.path, face.index)
        if key in self._by_path:
            return self._by_path[key]
        try:
            loaded = _load(face)
        except Exception as exc:  # TTFError, OSError, restricted embedding, broken file
            log.warning("font %s skipped: %s", face.describe(), exc)
            return None
        self._by_path[key] = loaded
        return loaded

    def font_name(self, role: str) -> str:
        return self.roles[role].name

    def describe(self) -> dict[str, str]:
        """Role → which face serves it (for diagnostics and the About box)."""
        return {role: loaded.face.describe() for role, loaded in self.roles.items()}

    def _fallback_for(self, cp: int) -> _Loaded | None:
        """The first font in the chain having ``cp`` (loading further installed faces lazily)."""
        with self._lock:
            if cp in self._char_font:
                return self._char_font[cp]
            found = next((f for f in self._chain if cp in f.coverage), None)
            while found is None and self._extras:
                loaded = self._try_load(self._extras.pop(0))
                if loaded is not None:
                    self._chain.append(loaded)
                    if cp in loaded.coverage:
                        found = loaded
            self._char_font[cp] = found
            return found

    def _tofu_font(self, cp: int) -> _Loaded:
        """The shipped font, taught to draw ``cp`` as its missing-glyph box with a correct ToUnicode entry.

        Left alone, reportlab encodes a missing character as code 0 (drawn blank, extracted as nothing).
        Mapping it to glyph 0 in the font's cmap gives it its own code: the box is visible on paper and
        copy/search in the PDF still finds the real character.
        """
        bundled = self.bundled
        assert bundled is not None
        with self._lock:
            if cp not in self._tofu:
                face = bundled.font.face
                face.charToGlyph[cp] = 0
                face.charWidths[cp] = face.charWidths.get(0x4E00, 1000)
                self._tofu.add(cp)
        return bundled

    def text(self) -> TextSetter:
        """A per-document helper that collects warnings about characters no font has."""
        return TextSetter(self)


def _is_cjk_face(face: FontFace) -> bool:
    """fontconfig faces are listed for ``:lang=zh`` already; Windows folders hold every script."""
    if face.source != "windows":
        return True
    wanted = {_norm(f) for f in WINDOWS_EXTRA_FAMILIES} | {
        _norm(f) for fams in ROLE_FAMILIES.values() for f in fams
    }
    return any(_norm(f) in wanted for f in face.families)


_kit: FontKit | None = None
_kit_lock = threading.Lock()


def get_fontkit() -> FontKit:
    """The process-wide :class:`FontKit` (fonts discovered and registered once)."""
    global _kit
    with _kit_lock:
        if _kit is None:
            _kit = FontKit(discover_faces())
        return _kit


def reset_fontkit() -> None:
    """Forget the cached discovery (tests; after the user installs fonts)."""
    global _kit
    with _kit_lock:
        _kit = None


# ---------------------------------------------------------------------------------------- text with fallback

_CONTROL_KEEP = {"\n", "\t"}


@dataclass
class TextSetter:
    """Splits text into runs by font, for Paragraph markup and canvas drawing; remembers missing glyphs."""

    kit: FontKit
    missing: dict[str, str] = field(default_factory=dict)  # char -> first text it appeared in

    def runs(self, text: str, role: str) -> list[tuple[str, str]]:
        """``[(font name, text), ...]`` covering ``text``; each run's characters exist in its font."""
        primary = self.kit.roles[role]
        if text.isprintable() and primary.coverage.issuperset(map(ord, text)):
            return [(primary.name, text)] if text else []  # the common case: one run in the primary font
        out: list[tuple[str, str]] = []
        for ch in text:
            if unicodedata.category(ch) in ("Cc", "Cs") and ch not in _CONTROL_KEEP:
                ch = "\ufffd"  # control characters and lone surrogates have no business on paper
            cp = ord(ch)
            if cp not in primary.coverage and unicodedata.category(ch) == "Cf":
                continue  # invisible format characters (zero-width space, bidi controls): nothing to draw
            if ch in _CONTROL_KEEP or cp in primary.coverage:
                name = primary.name
            else:
                font = self.kit._fallback_for(cp)
                if font is None:
                    self.missing.setdefault(ch, text)
                    font = self.kit._tofu_font(cp)
                name = font.name
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def markup(self, text: str, role: str) -> str:
        """Escaped Paragraph markup for ``text`` in ``role``'s font, other fonts only where needed."""
        primary = self.kit.font_name(role)
        parts: list[str] = []
        for name, run in self.runs(text, role):
            body = escape(run).replace("\r\n", "\n").replace("\n", "<br/>").replace("\t", " ")
            parts.append(body if name == primary else f'<font name="{name}">{body}</font>')
        return "".join(parts)

    def width(self, text: str, role: str, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        runs = self.runs(text, role)
        if len(runs) == 1:  # the common case, without a generator per call
            return float(stringWidth(runs[0][1], runs[0][0], size))
        return sum(stringWidth(run, name, size) for name, run in runs)

    def draw(
        self, canvas: Canvas, x: float, y: float, text: str, role: str, size: float, align: str = "left"
    ) -> None:
        """Draw one line on a canvas (footers), switching fonts where a character needs it."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        runs = self.runs(text.replace("\n", " ").replace("\t", " "), role)
        total = sum(stringWidth(run, name, size) for name, run in runs)
        if align == "right":
            x -= total
        elif align == "center":
            x -= total / 2
        for name, run in runs:
            canvas.setFont(name, size)
            canvas.drawString(x, y, run)
            x += stringWidth(run, name, size)

    def warnings(self) -> list[str]:
        """One Chinese sentence per character that no font on this computer can draw."""
        result = []
        for ch, where in self.missing.items():
            sample = where if len(where) <= 30 else where[:30] + "…"
            result.append(
                f"本机没有含“{ch}”（U+{ord(ch):04X}）的字体，PDF 中该字显示为方框（见“{sample}”），"
                "请安装含该字的字体后重新打印，或打印后手工补写"
            )
        return result
