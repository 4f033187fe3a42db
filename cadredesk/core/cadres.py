"""A cadre's editable fields and their validation (pure: the ID number, names, vocabularies)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields, replace

from cadredesk.core import idnumber
from cadredesk.core.enums import EDUCATIONS, ETHNICITIES, POLITICAL_STATUSES
from cadredesk.core.ranks import normalise_rank

_NAME = re.compile(r"^[\u3400-\u9fff\U00020000-\U0003134f·•]{2,20}$")
_PHONE_PUNCT = str.maketrans({"－": "-", "—": "-", "–": "-", "（": "(", "）": ")", "\u3000": " "})
_MOBILE = re.compile(r"^(?:\+?86[- ]?)?1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^(?:\(0\d{2,3}\)|0\d{2,3})[- ]?\d{7,8}(?:[-转]\d{1,6})?$")
_ETHNICITIES = frozenset(ETHNICITIES)
_POLITICAL_STATUSES = frozenset(POLITICAL_STATUSES)
_EDUCATIONS = frozenset(EDUCATIONS)


@dataclass
class CadreForm:
    """Editable fields of a cadre; ``version`` guards against a concurrent edit."""

    name: str = ""
    gender: str = ""
    ethnicity: str = "汉族"
    id_number: str = ""
    birth_date: dt.date | None = None
    political_status: str | None = None
    party_join_date: dt.date | None = None
    work_start_date: dt.date | None = None
    education: str | None = None
    degree: str | None = None
    unit_id: int | None = None
    post: str | None = None
    rank: str | None = None
    is_reserve: bool = False
    has_grassroots_exp: bool = False
    phone: str | None = None
    note: str | None = None
    id: int | None = None
    version: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: as in ``CadreRow``: the birth date is only year and month for a role without REVEAL
    birth_masked: bool = False


FORM_FIELDS = [
    f.name for f in fields(CadreForm) if f.name not in ("id", "version", "warnings", "birth_masked")
]


def validate(form: CadreForm, *, today: dt.date | None = None) -> tuple[CadreForm, dict[str, str]]:
    """Normalise a form and check it. Returns (normalised form, {field: Chinese error})."""
    errors: dict[str, str] = {}
    name = "".join(form.name.split())
    if not name:
        errors["name"] = "姓名不能为空"
    elif not _NAME.match(name):
        errors["name"] = f"姓名“{name}”应为2至20个汉字（少数民族姓名可含间隔号·）"
    warnings: list[str] = []
    gender, birth = form.gender, form.birth_date
    number = ""
    try:
        info = idnumber.parse(form.id_number, today=today)
        number = info.number
        warnings.extend(info.warnings)
        if birth is None:
            birth = info.birth_date
        elif birth != info.birth_date:
            errors["birth_date"] = f"出生日期 {birth} 与身份证号中的 {info.birth_date} 不一致"
        if not gender:
            gender = info.gender
        elif gender != info.gender:
            errors["gender"] = f"性别“{gender}”与身份证号（{info.gender}）不一致"
    except idnumber.IdNumberError as exc:
        errors["id_number"] = str(exc)
    if gender not in ("男", "女"):
        errors.setdefault("gender", "性别只能是“男”或“女”")
    if form.ethnicity not in _ETHNICITIES:
        errors["ethnicity"] = f"民族“{form.ethnicity}”不在56个民族名称中"
    if form.political_status and form.political_status not in _POLITICAL_STATUSES:
        errors["political_status"] = f"政治面貌“{form.political_status}”不规范"
    if form.education and form.education not in _EDUCATIONS:
        errors["education"] = f"学历“{form.education}”不规范"
    given_rank = (form.rank or "").strip()
    rank = normalise_rank(given_rank) if given_rank else None
    if given_rank and rank is None:
        errors["rank"] = f"职级“{given_rank}”不在职级列表中，请从列表中选择"
        rank = given_rank
    phone = (form.phone or "").strip() or None
    if phone:
        why = phone_problem(phone)
        if why:
            errors["phone"] = why
    number = number or form.id_number
    # dataclasses.replace without re-running __init__ (a roster import validates every row)
    if type(form) is CadreForm:
        clean = CadreForm.__new__(CadreForm)
        clean.__dict__.update(form.__dict__)
        clean.name, clean.gender, clean.id_number = name, gender, number
        clean.birth_date, clean.phone, clean.rank = birth, phone, rank
    else:
        clean = replace(
            form, name=name, gender=gender, id_number=number, birth_date=birth, phone=phone, rank=rank
        )
    clean.warnings = warnings
    return clean, errors


def phone_problem(phone: str) -> str | None:
    """Why ``phone`` is not a usable number, or None: an 11-digit mobile (13x–19x, “+86” allowed) or a
    landline with its area code (0546-1234567, (0546)1234567, 05461234567, an extension after - or 转)."""
    text = phone.strip().translate(_PHONE_PUNCT)
    if _MOBILE.match(text.replace(" ", "").replace("-", "")) or _LANDLINE.match(text):
        return None
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits.startswith("1") and len(digits) != 11:
        return f"联系电话“{phone}”不是11位手机号（现为 {len(digits)} 位）"
    if not digits.startswith("0") and 7 <= len(digits) <= 8:
        return f"联系电话“{phone}”缺少区号（座机请写作 0546-1234567）"
    return f"联系电话“{phone}”应为11位手机号或带区号的座机号（如 0546-1234567）"
