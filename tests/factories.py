"""Small row factories for tests: valid ID numbers and minimal reference data."""

from __future__ import annotations

import datetime as dt
import itertools

from sqlalchemy.orm import Session
from stdnum.cn import ric

from cadredesk.core.models import Place, Township, Unit

_seq = itertools.count(1)


def make_id(birth: dt.date, male: bool = True, area: str = "370502", seq: int | None = None) -> str:
    """A valid 18-digit resident ID number for the given birth date and gender."""
    n = (seq if seq is not None else next(_seq)) % 50
    order = f"{n * 2 + (1 if male else 0):03d}"[-3:]
    body = f"{area}{birth:%Y%m%d}{order}"
    return body + ric.calc_check_digit(body + "0")


def reference(s: Session) -> dict[str, object]:
    t = Township(name="黄河口镇", sort_order=1)
    s.add(t)
    s.flush()
    places = [Place(township_id=t.id, name=n, kind="村") for n in ("一村", "二村", "三村")]
    unit = Unit(name="县财政局", head_name="王局长", deputy_name="李副局长")
    s.add_all([*places, unit])
    s.flush()
    return {"township": t, "places": places, "unit": unit}
