"""Web figures, printed and never asserted: ``/api/events`` latency with filters over 100k stored events (targets:
< 200 ms), and how long the map page takes to become interactive with 10k events (target: < 2 s) in headless
Chromium (skipped, saying so, where /usr/bin/chromium is missing).

    .venv/bin/python benchmarks/bench_web.py [--events 100000] [--page-events 10000] [--keep DIR]

Stores are generated: synthetic articles, one to three events each, spread over two years and the Levant, Iraq
and Yemen, written through the store's own writer (so deduplication and the full-text index are real).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

from rasad.model import Actor, Article, DateValue, Event, Evidence, Place
from rasad.store import StoreWriter
from rasad.web import create_app
from rasad.web.server import BackgroundServer

ROOT = Path(__file__).resolve().parents[1]
TYPES = [
    ("Battles", "Armed clash", "اشتباكات"),
    ("Explosions/Remote violence", "Air/drone strike", "غارة جوية"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "قصف مدفعي"),
    ("Violence against civilians", "Attack", "هجوم"),
    ("Protests", "Peaceful protest", "مظاهرة"),
    ("Riots", "Violent demonstration", "أعمال شغب"),
    ("Strategic developments", "Arrests", "حملة اعتقالات"),
]
REGIONS = [  # (country, admin1, lat, lon, spread in degrees)
    ("SYR", "Idleb", 35.9, 36.6, 0.4),
    ("SYR", "Aleppo", 36.2, 37.2, 0.6),
    ("SYR", "Damascus", 33.5, 36.3, 0.2),
    ("SYR", "Deir-ez-Zor", 35.3, 40.1, 0.7),
    ("IRQ", "Ninewa", 36.3, 43.1, 0.6),
    ("IRQ", "Anbar", 33.4, 42.0, 1.0),
    ("YEM", "Taizz", 13.6, 44.0, 0.3),
    ("YEM", "Al Hudaydah", 14.8, 43.0, 0.5),
    ("LBN", "South", 33.3, 35.4, 0.2),
]
ACTORS = ["SYRMIL", "SYRREB", "SYRCVL", "IRQMIL", "ISIREB", "YEMHOU", "YEMMIL", "YEMCVL", "RUSMIL", "TURMIL"]
WORDS = (
    "أفادت مصادر محلية بأن المنطقة شهدت تصعيدا جديدا وسط مخاوف من موجة نزوح واسعة للسكان نحو المخيمات".split()
)
START = dt.date(2023, 1, 1)


def article(rng: random.Random, i: int) -> tuple[Article, list[Event]]:
    n = rng.choice((1, 1, 2, 3))
    parts: list[str] = []
    specs = []
    for _ in range(n):
        etype, sub, trigger = rng.choice(TYPES)
        country, admin1, lat, lon, spread = rng.choice(REGIONS)
        place = f"قرية{rng.randrange(5000)}"
        sentence = f"{trigger} في {place} {' '.join(rng.sample(WORDS, 6))}."
        start = sum(len(p) + 1 for p in parts)
        parts.append(sentence)
        specs.append((etype, sub, trigger, country, admin1, lat, lon, spread, place, sentence, start))
    text = f"تقرير رقم {i}: " + " ".join(parts)
    offset = len(f"تقرير رقم {i}: ")
    day = START + dt.timedelta(days=rng.randrange(730))
    art = Article(f"bench-{i}", text, day, None, f"outlet-{i % 40}", None, "given")
    events = []
    for etype, sub, trigger, country, admin1, lat, lon, spread, place, sentence, start in specs:
        s = offset + start
        a1, a2 = rng.sample(ACTORS, 2)
        fat = int(rng.paretovariate(1.5)) - 1 if rng.random() < 0.6 else 0
        events.append(
            Event(
                article_id=art.id,
                category="conflict",
                event_type=etype,
                sub_event_type=sub,
                date=DateValue(day - dt.timedelta(days=rng.choice((0, 0, 1))), basis="relative"),
                actor1=Actor(a1, a1, None, 1, a1[:3]),
                actor2=Actor(a2, a2, None, 2, a2[:3]),
                place=Place(
                    place,
                    place,
                    f"bench:{place}",
                    lat + rng.uniform(-spread, spread),
                    lon + rng.uniform(-spread, spread),
                    admin1,
                    None,
                    country,
                    1,
                ),  # fmt: skip
                fatalities=min(fat, 200),
                evidence=(
                    Evidence(s, s + len(sentence), sentence, "event"),
                    Evidence(s, s + len(trigger), trigger, "trigger"),
                ),
            )
        )
    return art, events


def build(path: Path, n_events: int, *, seed: int = 1) -> int:
    """A store at ``path`` with about ``n_events`` events; returns the count stored."""
    rng = random.Random(seed)
    made = i = 0
    with StoreWriter.open(path, batch_size=2000, batch_seconds=60) as w:
        while made < n_events:
            art, events = article(rng, i)
            w.add(art, events)
            made += len(events)
            i += 1
    from rasad.store import connect, count_events

    con = connect(path, readonly=True)
    try:
        return count_events(con)
    finally:
        con.close()


QUERIES = [
    ("no filter, first page", "/api/events"),
    ("3 months + type", "/api/events?since=2024-01-01&until=2024-03-31&type=Battles"),
    (
        "date + type + bbox",
        "/api/events?since=2023-06-01&until=2024-06-01&type=Explosions/Remote%20violence&bbox=36,35,38,37",
    ),  # fmt: skip
    ("country + admin1", "/api/events?country=SYR&admin1=Idleb"),
    ("actor", "/api/events?actor=YEMHOU"),
    ("near 25 km", "/api/events?near=36.2,37.2&km=25"),
    ("text (FTS trigram)", "/api/events?text=%D8%BA%D8%A7%D8%B1%D8%A9%20%D8%AC%D9%88%D9%8A%D8%A9"),
    ("deep page (offset 50000)", "/api/events?offset=50000"),
    ("stats, no filter", "/api/stats"),
    ("stats, country", "/api/stats?country=YEM"),
    ("map points, 3 months", "/api/events?format=points&limit=50000&since=2024-01-01&until=2024-03-31"),
]


def bench_api(db: Path, runs: int) -> None:
    app = create_app(db, gazetteer=db.parent / "no-gazetteer.sqlite")
    print(f"\n/api latency over HTTP (uvicorn, 127.0.0.1), {runs} runs each — median / p95 / max, ms")
    with BackgroundServer(app) as url, httpx.Client(base_url=url, timeout=60) as client:
        client.get("/api/events")  # warm the page cache
        for name, path in QUERIES:
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                r.raise_for_status()
            body = r.json()
            total = body.get("total", body.get("events"))
            times.sort()
            p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
            print(
                f"  {name:28s} {statistics.median(times):7.1f} {p95:7.1f} {times[-1]:7.1f}   (matches: {total})"
            )


def bench_page(db: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.web.browser import Traffic, launch, why_no_browser

    reason = why_no_browser()
    if reason:
        print(f"\npage: skipped — {reason}")
        return
    from playwright.sync_api import sync_playwright

    app = create_app(db, gazetteer=db.parent / "no-gazetteer.sqlite")
    print(f"\nmap page with {n} events (headless Chromium): navigation → markers drawn and controls live, ms")
    with BackgroundServer(app) as url, sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        ctx = launch(pw, Path(tmp) / "profile")
        for attempt in range(3):
            page = ctx.new_page()
            traffic = Traffic(url)
            traffic.attach(page)
            t = time.perf_counter()
            page.goto(url + "/")
            page.wait_for_selector("body[data-state=ready]", timeout=60_000)
            wall = (time.perf_counter() - t) * 1000
            ready = page.evaluate("performance.getEntriesByName('rasad-ready')[0]?.startTime ?? -1")
            drawn = page.evaluate("Number(document.querySelector('#map').dataset.drawn)")
            t = time.perf_counter()
            page.locator("#events tbody tr").first.click()
            page.wait_for_selector("body[data-article=ready] .article-text mark.role-trigger")
            click = (time.perf_counter() - t) * 1000
            print(
                f"  load {attempt + 1}: ready {ready:7.0f} (wall {wall:6.0f}); {drawn} events drawn; "
                f"table click → highlighted article {click:5.0f}; requests {len(traffic.urls)}, "
                f"failed {len(traffic.failed)}, outside {len(traffic.outside())}"
            )
            page.close()
        ctx.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--page-events", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the stores in this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        big, small = folder / f"bench-{args.events}.db", folder / f"bench-{args.page_events}.db"
        for path, n in ((big, args.events), (small, args.page_events)):
            if not path.exists():
                t = time.perf_counter()
                stored = build(path, n)
                print(f"built {path.name}: {stored} events in {time.perf_counter() - t:.1f} s")
        bench_api(big, args.runs)
        bench_page(small, args.page_events)


if __name__ == "__main__":
    main()
