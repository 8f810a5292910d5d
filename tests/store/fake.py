"""A deterministic stand-in for the pipeline: articles carry their events as ``evt:`` tokens.

``evt:TYPE:DATE:LAT:LON:ACTOR1:ACTOR2:FATALITIES`` (``-`` for none) in an article's text becomes one conflict
event. Real extraction is slow and changes as the lexicons grow; these tests are about the store.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path

from rasad.model import Actor, Article, DateValue, Event, Evidence, Place

FILLER = "قصفت الطائرات الحربية البلدة صباح اليوم وسقط عدد من الضحايا بين المدنيين في المنطقة."
TYPES = {
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "clash": ("Battles", "Armed clash"),
}
_TOKEN = re.compile(r"evt:[^\s]+")


def spec(
    kind: str, date: str, lat: float | None, lon: float | None, a1: str = "-", a2: str = "-", fat: int = 0
) -> str:
    la = "-" if lat is None else f"{lat:.4f}"
    lo = "-" if lon is None else f"{lon:.4f}"
    return f"evt:{kind}:{date}:{la}:{lo}:{a1}:{a2}:{fat}"


def article(aid: str, *specs: str, outlet: str = "outlet", extra: str = "") -> Article:
    text = f"{FILLER} {extra}\n" + "\n".join(specs)
    return Article(id=aid, text=text, published=dt.date(2015, 7, 21), outlet=outlet)


def _actor(code: str) -> Actor | None:
    if code == "-":
        return None
    inter = 7 if code.endswith("CVL") else 1 if code.endswith("MIL") else 2
    return Actor(code=code.upper(), name=f"Actor {code.upper()}", inter=inter, country=code[:3].upper())


def extract(a: Article) -> list[Event]:
    events = []
    for m in _TOKEN.finditer(a.text):
        kind, date, lat, lon, a1, a2, fat = m.group(0).split(":")[1:]
        etype, sub = TYPES[kind]
        geocoded = lat != "-"
        place = Place(
            name_ar=f"مكان {lat}" if geocoded else "بلدة مجهولة",
            name=f"Place {lat}" if geocoded else None,
            latitude=float(lat) if geocoded else None,
            longitude=float(lon) if geocoded else None,
            admin1="Aleppo" if geocoded and float(lat) > 36 else "Idlib" if geocoded else None,
            country="SYR",
            precision=1 if geocoded else None,
        )
        events.append(
            Event(
                article_id=a.id, category="conflict", event_type=etype, sub_event_type=sub,
                date=DateValue(dt.date.fromisoformat(date), basis="explicit"),
                actor1=_actor(a1), actor2=_actor(a2), place=place, fatalities=int(fat),
                fatalities_detail={"civilians": int(fat)} if a2.endswith("CVL") and int(fat) else {},
                evidence=(Evidence(m.start(), m.end(), m.group(0)),),
            )
        )  # fmt: skip
    return events


def write_jsonl(path: Path, articles: Iterable[Article]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            d = {"id": a.id, "text": a.text, "outlet": a.outlet, "published": a.published.isoformat()}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


def corpus(n: int, *, seed: int = 0) -> list[Article]:
    """``n`` articles by several outlets reporting overlapping events (date ±1 day, points a few hundred metres
    apart, actors sometimes unknown, tolls that disagree), plus events of their own."""
    import random

    rnd = random.Random(seed)
    base = dt.date(2015, 7, 1)
    pool = [
        (rnd.choice(list(TYPES)), base + dt.timedelta(days=rnd.randrange(20)), 35.5 + rnd.randrange(8) * 0.3,
         36.5 + rnd.randrange(5) * 0.3, rnd.choice(["SYRMIL", "RUSMIL", "SYRREB"]), rnd.choice(["SYRCVL", "-"]))
        for _ in range(max(4, n // 2))
    ]  # fmt: skip
    out = []
    for i in range(n):
        specs = []
        for kind, day, lat, lon, a1, a2 in rnd.sample(pool, 3):
            d = day + dt.timedelta(days=rnd.choice([0, 0, 1]))
            jitter = rnd.uniform(-0.01, 0.01)
            specs.append(spec(kind, d.isoformat(), lat + jitter, lon - jitter, rnd.choice([a1, "-"]), a2,
                              rnd.choice([0, 2, 3, 5])))  # fmt: skip
        out.append(article(f"art-{i:04d}", *specs, outlet=f"outlet-{i % 4}", extra=f"رقم {i}"))
    return out
