"""Geocoding figures, printed and never asserted: index build and import times, lookups per second from a warm
index, recognition throughput, peak RSS, and — where ``../shared/`` is present — the dev-set geocoding figures
of issue 5 (embedded default + ``syria-places.csv`` + ``syr_admin1.geojson``).

    .venv/bin/python benchmarks/bench_geo.py
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from rasad.geo import Gazetteer, Geocoder, import_files, recognize
from rasad.geo.keys import name_key
from rasad.geo.polygons import haversine_km
from rasad.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_TYPE_WORDS = ("حي", "بلده", "مدينه", "قريه", "منطقه", "محيط", "ناحيه", "مخيم")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def gold_key(s: str) -> str:
    """The evaluation README's location normalization, reduced to a key."""
    words = normalize(s).text.split()
    while words and words[0] in _TYPE_WORDS:
        words = words[1:]
    return name_key(" ".join(words))


def bench_index(home: Path) -> Gazetteer:
    t = time.perf_counter()
    Gazetteer.open(home=home).close()
    print(f"embedded default built in {time.perf_counter() - t:.1f} s, RSS {rss_mb():.0f} MB")
    t = time.perf_counter()
    Gazetteer.open(home=home).close()
    print(f"open (already built): {(time.perf_counter() - t) * 1000:.1f} ms")
    files = [SHARED / "gazetteer" / "syria-places.csv", SHARED / "gazetteer" / "syr_admin1.geojson"]
    if all(f.exists() for f in files):
        with Gazetteer.open(home=home, writable=True) as gaz:
            t = time.perf_counter()
            import_files(gaz, files)
            print(f"import syria-places.csv + syr_admin1.geojson: {time.perf_counter() - t:.2f} s")
    return Gazetteer.open(home=home)


def bench_lookups(gaz: Gazetteer) -> None:
    names = [n for (n,) in gaz._con.execute("SELECT name FROM names LIMIT 20000")]
    t = time.perf_counter()
    for n in names:
        gaz.lookup(n)
    cold = len(names) / (time.perf_counter() - t)
    t = time.perf_counter()
    rounds = 5
    for _ in range(rounds):
        for n in names:
            gaz.lookup(n)
    warm = rounds * len(names) / (time.perf_counter() - t)
    print(f"lookups: {cold:,.0f}/s first time (SQLite), {warm:,.0f}/s warm ({len(names)} distinct names)")


def bench_recognize(gaz: Gazetteer) -> None:
    t = time.perf_counter()
    recognize("", gaz)
    print(
        f"recognizer name index (word trie) built in {time.perf_counter() - t:.2f} s, RSS {rss_mb():.0f} MB"
    )
    texts = []
    for f in sorted((SHARED / "corpus").glob("*.jsonl")):
        texts += [normalize(json.loads(line)["text"]) for line in f.open(encoding="utf-8")]
    if not texts:
        return
    geo = Geocoder(gaz)
    t = time.perf_counter()
    n_top = 0
    for nt in texts:
        tops = recognize(nt, gaz)
        geo.resolve(tops, text=nt)
        n_top += len(tops)
    dt = time.perf_counter() - t
    chars = sum(len(nt.text) for nt in texts)
    print(
        f"recognize + resolve: {len(texts) / dt:,.0f} articles/s, {chars / dt / 1e6:.2f} MB/s, {n_top} toponyms"
    )


def bench_dev(gaz: Gazetteer) -> None:
    dev = SHARED / "eval" / "dev"
    if not dev.exists():
        return
    geo = Geocoder(gaz)
    total = found = geocoded = with_coords = within10 = far = admin_ok = admin_n = 0
    misses: list[str] = []
    for gold_file in sorted(dev.glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        nt = normalize((dev / gold["article"]["text_file"]).read_text(encoding="utf-8"))
        tops = recognize(nt, gaz)
        places = geo.resolve(tops, country=gold["article"].get("country"), text=nt)
        by_key: dict[str, object] = {}
        for tp, pl in zip(tops, places, strict=True):
            by_key.setdefault(tp.key, pl)
        for ev in gold["events"]:
            loc = ev.get("location") or {}
            if ev["category"] != "conflict" or not loc.get("names_ar"):
                continue
            total += 1
            keys = [gold_key(n) for n in loc["names_ar"]]
            hit = [k for k in keys if k in by_key]
            if not hit:
                misses.append(f"{gold_file.name[:-10]} {loc['names_ar'][0]}: not recognized")
                continue
            found += 1
            place = by_key[hit[0]]
            if place is None or place.latitude is None:
                misses.append(f"{gold_file.name[:-10]} {loc['names_ar'][0]}: not geocoded")
                continue
            geocoded += 1
            if loc.get("admin1"):
                admin_n += 1
                admin_ok += name_key(place.admin1 or "") == name_key(loc["admin1"])
            if loc.get("latitude") is not None:
                with_coords += 1
                d = haversine_km(place.latitude, place.longitude, loc["latitude"], loc["longitude"])
                within10 += d <= 10
                far += d > 50
                if d > 10:
                    misses.append(f"{gold_file.name[:-10]} {loc['names_ar'][0]}: {d:.0f} km off")
    print(f"dev conflict events with a place: {total}; place recognized: {found}; geocoded: {geocoded} "
          f"({100 * geocoded / max(found, 1):.0f}% of recognized)")  # fmt: skip
    print(f"with gold coordinates: {with_coords}; within 10 km: {within10}; more than 50 km off: {far}")
    print(f"admin1 agrees with the gold: {admin_ok}/{admin_n}")
    for m in misses:
        print("  ", m)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        gaz = bench_index(Path(tmp))
        bench_lookups(gaz)
        bench_recognize(gaz)
        bench_dev(gaz)
        print(f"peak RSS {rss_mb():.0f} MB")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
