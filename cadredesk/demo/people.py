"""People: surnames and given-name characters, resident ID numbers and phone numbers.

Names follow rough real frequencies; rare characters outside GB 2312, compound and heteronym
surnames are there on purpose (fonts, sorting and pinyin search must cope with them).
"""

from __future__ import annotations

import datetime as dt
import random
from functools import lru_cache

from stdnum.cn import ric

from cadredesk.demo.vocab import words

# Surnames with rough frequencies (per mille, 2020 census order); rare and heteronym ones at the end.
_SURNAME_TABLE = (
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵20 吴19 周19 徐14 孙14 马13 朱12 胡12 郭11 何11 高10 林10 罗9 "
    "郑8 梁8 谢7 宋6 唐6 许6 韩6 冯5 邓5 曹5 彭5 曾5 肖5 田5 董5 袁4 潘4 于4 蒋4 蔡4 余4 杜4 叶4 程4 苏3 "
    "魏3 吕3 丁3 任3 沈3 姚3 卢3 姜3 崔3 钟3 谭3 陆3 汪3 范3 金3 石3 廖3 贾3 夏3 韦2 付2 方2 白2 邹2 "
    "孟2 熊2 秦2 邱2 江2 尹2 薛2 闫2 段2 雷2 侯2 龙2 史2 陶2 黎2 贺2 顾2 毛2 郝2 龚2 邵2 万2 钱2 严2 武2 "
    "戴2 孔1 向1 汤1 常1 葛1 牛1 房1 鲁1 尚1 庞1 耿1 单0.3 解0.3 仇0.2 查0.2 覃0.2 欧阳0.15 司马0.08 诸葛0.08"
)


def _parse_surnames(table: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    out_names: list[str] = []
    out_weights: list[float] = []
    for item in table.split():
        i = next(k for k, ch in enumerate(item) if ch.isdigit())
        out_names.append(item[:i])
        out_weights.append(float(item[i:]))
    return tuple(out_names), tuple(out_weights)


_SURNAME_NAMES, _SURNAME_WEIGHTS = _parse_surnames(_SURNAME_TABLE)
COMMON_SURNAMES = _SURNAME_NAMES[:60]

_MALE_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国志文海峰东晓亮成云新永春光立博晨泽铭睿轩然凡昊振兴彬广"
    "庆德福民学金毅坤嘉航乐宏思安世中天正洪涌岩松柏栋梁家树荣"
)
_FEMALE_CHARS = "芳娜敏静丽艳娟霞燕玲婷雪琳倩颖慧洁萍琴梅莉蕾晶丹玉秀月欣悦佳雯璐瑶怡媛菲薇茜露楠晴蓉岚冰妍涵彤璇琪瑞淑红英华兰凤"
#: rare characters outside GB 2312 (notes/platform.md §5): fonts and sorting must cope with them
RARE_MALE = "喆堃赟昇镕"
RARE_FEMALE = "玥珺琍"
RARE_CHARS = RARE_MALE + RARE_FEMALE
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛")
HETERONYM_SURNAMES = ("单", "曾", "解", "仇")


# Real Shandong area codes (GB/T 2260) of the years cadres aged 25–55 were born in: ``area_codes(year)``
# keeps those stdnum accepts for the birth year (e.g. 广饶县 was 372327 until 1983, 370523 since).
# Dongying (东营) and its old 惠民地区 codes first; 垦利区 370505 (2016-) is too new for any cadre.
_LOCAL_AREAS = words(
    "370502 370503 370521 370522 370523 372326 372327 372332 372321 372323 372325 372328 372330 "
    "371602 371621 371622 371623 371625 371626"
)
_OTHER_AREAS = words(
    "370102 370103 370104 370105 370112 370113 370302 370303 370304 370305 370306 370321 370322 370323 "
    "370602 370611 370681 370683 370702 370703 370704 370705 370724 370725 370781 370782 370783 370784 "
    "370785 370786 370811 370881 370883 370902 370911 371002 371082 371102 371121 371302 371311 371321 "
    "371402 371481 371482 371502 371521 371581 371702 371721 372221 372222 372223 372224 372225 372421 "
    "372422 372522 372526 372624 372625 372822 372827 372922 372925"
)

_MOBILE = ("134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "187",
           "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "189", "177", "199")  # fmt: skip


@lru_cache(maxsize=128)
def area_codes(year: int) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """Area codes stdnum accepts for someone born in ``year``, local ones weighted up."""
    codes: list[str] = []
    weights: list[float] = []
    for group, weight in ((_LOCAL_AREAS, 6.0), (_OTHER_AREAS, 1.0)):
        for code in group:
            body = f"{code}{year}0615001"
            if ric.is_valid(body + ric.calc_check_digit(body + "0")):
                codes.append(code)
                weights.append(weight)
    return tuple(codes), tuple(weights)


class People:
    """Names, resident ID numbers and phone numbers, all from the generator's one RNG."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ids: set[str] = set()

    def surname(self) -> str:
        return self.rng.choices(_SURNAME_NAMES, weights=_SURNAME_WEIGHTS)[0]

    def given(self, female: bool) -> str:
        rng = self.rng
        pool = _FEMALE_CHARS if female else _MALE_CHARS
        chars = [rng.choice(pool)] if rng.random() < 0.25 else [rng.choice(pool), rng.choice(pool)]
        if rng.random() < 0.012:
            chars[-1] = rng.choice(RARE_FEMALE if female else RARE_MALE)
        return "".join(chars)

    def name(self, female: bool, force: str | None = None) -> str:
        """A full name; ``force`` is a compound or heteronym surname to use, or a character to end
        the given name with."""
        surname = self.surname()
        given = self.given(female)
        if force in COMPOUND_SURNAMES or force in HETERONYM_SURNAMES:
            surname = force
        elif force:
            given = given[:-1] + force if len(given) > 1 else given + force
        return surname + given

    def id_number(self, birth: dt.date, female: bool) -> str:
        """A valid resident ID number for ``birth`` (odd sequence digit for men), unique in the run."""
        rng = self.rng
        codes, weights = area_codes(birth.year)
        code = rng.choices(codes, weights=weights)[0]
        while True:
            order = rng.randrange(100) * 10 + rng.randrange(0 if female else 1, 10, 2)
            body = f"{code}{birth:%Y%m%d}{order:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number not in self.ids:
                self.ids.add(number)
                return number

    def phone(self) -> str:
        return self.rng.choice(_MOBILE) + f"{self.rng.randrange(10**8):08d}"

    def office_phone(self) -> str:
        return f"0546-{self.rng.randrange(7000000, 8999999)}"
