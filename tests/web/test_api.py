"""The JSON API over a store filled with :mod:`tests.web.articles`, through FastAPI's test client."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from rasad.store import ACLED_COLUMNS
from rasad.web import create_app
from rasad.web.app import content_security_policy
from rasad.web.data import simplify_ring
from tests.web.articles import N_EVENTS, N_GEOCODED
from tests.web.conftest import TestClient


def events(client: TestClient, **params: object) -> dict:
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def ids(client: TestClient, **params: object) -> set[str]:
    return {e["id"] for e in events(client, limit=1000, **params)["events"]}


# -- /api/events -------------------------------------------------------------------------------------------


def test_lists_all_events_newest_first(client: TestClient) -> None:
    page = events(client)
    assert page["total"] == N_EVENTS
    dates = [e["event_date"] for e in page["events"]]
    assert dates == sorted(dates, reverse=True)
    rec = page["events"][0]
    assert {"id", "article_id", "n_sources", "event_type", "location", "evidence", "actor1"} <= rec.keys()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "Battles"}, 1),
        ({"type": "Explosions/Remote violence"}, 2),
        ({"type": "CONSULT"}, 1),  # a PLOVER type
        ({"category": "political"}, 2),
        ({"sub_type": "Air/drone strike"}, 1),
        ({"since": "2024-03-01"}, 4),
        ({"until": "2024-02-20"}, 2),
        ({"since": "2024-03-12", "until": "2024-03-12"}, 2),
        ({"actor": "SYRMIL"}, 1),
        ({"actor": "SYRREB"}, 1),  # as actor2
        ({"country": "yem"}, 1),
        ({"admin1": "idleb"}, 2),
        ({"bbox": "36.0,35.0,37.0,36.2"}, 2),  # west,south,east,north around Idlib
        ({"near": "36.01,36.67", "km": 5}, 1),
        ({"near": "الباب", "km": 10}, 1),  # a name, through the gazetteer
        ({"text": "معرة مصرين"}, 2),  # the strike, and the clash of the same article
        ({"text": "الحوثيين"}, 1),
        ({"text": "ادلب"}, 2),  # إدلب without its hamza: the normalized index finds it
        ({"min_fatalities": 3}, 2),
        ({"type": "Battles' OR '1'='1"}, 0),  # a value, never SQL
        ({"text": '"; DROP TABLE events; --'}, 0),
    ],
)
def test_filters(client: TestClient, params: dict, expected: int) -> None:
    page = events(client, **params)
    assert page["total"] == expected
    assert len(page["events"]) == expected


def test_filters_combine(client: TestClient) -> None:
    both = ids(client, type="Explosions/Remote violence", country="SYR")
    assert both == ids(client, type="Explosions/Remote violence") & ids(client, country="SYR")
    assert len(both) == 1


def test_paging_walks_every_event_once(client: TestClient) -> None:
    seen: list[str] = []
    for offset in range(0, N_EVENTS + 2, 2):
        page = events(client, limit=2, offset=offset)
        assert page["total"] == N_EVENTS
        seen += [e["id"] for e in page["events"]]
    assert len(seen) == len(set(seen)) == N_EVENTS


def test_geojson_format(client: TestClient) -> None:
    fc = events(client, format="geojson")
    assert fc["type"] == "FeatureCollection"
    assert fc["total"] == N_EVENTS
    assert len(fc["features"]) == N_GEOCODED  # the agreement has no place
    taiz = next(f for f in fc["features"] if f["properties"]["country"] == "YEM")
    assert taiz["geometry"] == {"type": "Point", "coordinates": [44.0209, 13.5795]}  # [lon, lat]


def test_points_format_for_the_map(client: TestClient) -> None:
    page = events(client, format="points", limit=10)
    assert page["fields"] == ["id", "lat", "lon", "date", "type", "fatalities", "n_sources"]
    rows = [dict(zip(page["fields"], r, strict=True)) for r in page["rows"]]
    assert len(rows) == N_EVENTS
    assert sum(r["lat"] is not None for r in rows) == N_GEOCODED
    strike = next(r for r in rows if r["n_sources"] == 2)
    assert (strike["type"], strike["fatalities"], strike["date"]) == (
        "Explosions/Remote violence",
        7,
        "2024-03-12",
    )
    assert {r["type"] for r in rows} >= {"CONSULT", "AGREE", "Battles"}


@pytest.mark.parametrize(
    ("params", "where"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "36,37,37,36"}, "bbox"),  # south above north
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"since": "2024-03-02", "until": "2024-03-01"}, "until"),
        ({"since": "12/03/2024"}, "since"),
        ({"limit": -1}, "limit"),
        ({"limit": 10_000_000}, "limit"),
        ({"offset": -5}, "offset"),
        ({"country": "SY"}, "country"),
        ({"format": "xml"}, "format"),
        ({"near": "95,10"}, "near"),
        ({"near": "مدينة لا توجد"}, "near"),
        ({"near": "36,37", "km": 0}, "km"),
        ({"category": "other"}, "category"),
        ({"text": "   "}, "text"),
    ],
)
def test_bad_parameters_are_422_with_a_message(client: TestClient, params: dict, where: str) -> None:
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert detail[0]["loc"][-1] == where
    assert detail[0]["msg"]


# -- one event, one article ---------------------------------------------------------------------------------


def _assert_spans_match(text: str, evidence: list[dict]) -> None:
    assert evidence
    for e in evidence:
        assert text[e["start"] : e["end"]] == e["text"], e


def test_event_with_its_sources_and_their_evidence(client: TestClient) -> None:
    (merged,) = [e for e in events(client)["events"] if e["n_sources"] == 2]
    r = client.get(f"/api/events/{merged['id']}")
    assert r.status_code == 200
    ev = r.json()
    assert {s["article_id"] for s in ev["sources"]} == {"idlib-strike-1", "idlib-strike-2"}
    assert ev["fatalities"] == 7  # the same dead, not counted twice
    assert any("merged with" in (s["merge_note"] or "") for s in ev["sources"])
    for s in ev["sources"]:
        text = client.get(f"/api/articles/{s['article_id']}").json()["text"]
        _assert_spans_match(text, s["record"]["evidence"])


def test_article_with_text_and_the_spans_of_its_events(client: TestClient) -> None:
    r = client.get("/api/articles/idlib-strike-1")
    assert r.status_code == 200
    art = r.json()
    assert art["outlet"] == "شبكة الشمال الإخبارية"
    assert "💔" in art["text"]  # an astral character before the second event's evidence
    assert len(art["events"]) == 2
    for rep in art["events"]:
        _assert_spans_match(art["text"], rep["evidence"])
        assert client.get(f"/api/events/{rep['event_id']}").status_code == 200
    battle = next(rep for rep in art["events"] if any(e["text"] == "اشتباكات" for e in rep["evidence"]))
    trigger = next(e for e in battle["evidence"] if e["role"] == "trigger")
    assert trigger["start"] > art["text"].index("💔")


def test_unknown_ids_are_404(client: TestClient) -> None:
    assert client.get("/api/events/nope").status_code == 404
    r = client.get("/api/articles/no/such/article")
    assert r.status_code == 404
    assert "no/such/article" in r.json()["detail"]


# -- stats and exports --------------------------------------------------------------------------------------


def test_stats_by_day_type_and_admin1(client: TestClient) -> None:
    st = client.get("/api/stats").json()
    assert st["events"] == N_EVENTS
    assert sum(d["events"] for d in st["by_day"]) == N_EVENTS
    assert {"key": "2024-03-12", "events": 2, "fatalities": 10} in st["by_day"]
    assert {t["key"]: t["events"] for t in st["by_type"]}["Explosions/Remote violence"] == 2
    assert {a["key"]: a["events"] for a in st["by_admin1"]}["Idleb"] == 2
    syr = client.get("/api/stats", params={"country": "SYR"}).json()
    assert syr["events"] == 3
    assert client.get("/api/stats", params={"bbox": "x"}).status_code == 422


def test_export_acled_csv_follows_the_filters(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "acled-csv"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert tuple(rows[0].keys()) == ACLED_COLUMNS
    assert len(rows) == 4  # the conflict events (ACLED does not code the political ones)
    battles = list(csv.DictReader(io.StringIO(client.get("/api/export?format=acled-csv&type=Battles").text)))
    assert [b["event_type"] for b in battles] == ["Battles"]
    assert battles[0]["actor1"] == "Military Forces of Syria"


def test_export_geojson(client: TestClient) -> None:
    r = client.get("/api/export", params={"format": "geojson", "admin1": "Idleb"})
    assert r.status_code == 200
    fc = json.loads(r.text)
    assert len(fc["features"]) == 2
    assert client.get("/api/export", params={"format": "parquet"}).status_code == 422


# -- extraction of a posted text ----------------------------------------------------------------------------

POSTED = (
    "قتل خمسة مدنيين وأصيب عشرة آخرون في قصف جوي نفذته طائرات حربية على مدينة إدلب صباح اليوم الثلاثاء، "
    "بحسب ما أفاد به مسعفون في المنطقة."
)


def test_extract_runs_the_pipeline_without_storing(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": POSTED, "published": "2024-04-02"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["events"]
    ev = body["events"][0]
    assert ev["category"] == "conflict"
    assert ev["event_date"] == "2024-04-02"
    _assert_spans_match(POSTED, ev["evidence"])
    assert events(client)["total"] == N_EVENTS  # nothing stored


@pytest.mark.parametrize(
    "body",
    [{}, {"text": ""}, {"text": POSTED, "published": "yesterday"}, {"published": "2024-04-02"}],
)
def test_extract_bad_body_is_422(client: TestClient, body: dict) -> None:
    assert client.post("/api/extract", json=body).status_code == 422


def test_bodies_over_the_limit_are_413(db_path: Path, tmp_path: Path) -> None:
    called: list[str] = []

    def pipeline():  # noqa: ANN202
        return lambda article: called.append(article.text) or []

    app = create_app(db_path, max_body=2000, gazetteer=tmp_path / "none.sqlite", pipeline=pipeline)
    with TestClient(app) as c:
        assert c.post("/api/extract", json={"text": "نص قصير"}).status_code == 200
        big = json.dumps({"text": "ا" * 3000}).encode()
        assert (
            c.post("/api/extract", content=big, headers={"content-type": "application/json"}).status_code
            == 413
        )

        def chunks():  # no Content-Length: counted as it arrives
            yield b'{"text": "'
            for _ in range(10):
                yield b"x" * 500
            yield b'"}'

        r = c.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
    assert called == ["نص قصير"]


# -- docs, page, static files, outlines ---------------------------------------------------------------------


def test_docs_are_local(client: TestClient) -> None:
    r = client.get("/docs")
    assert r.status_code == 200
    html = r.text
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/stats",
        "/api/extract",
    ):
        assert path in html
    assert "<script" not in html and "cdn" not in html.lower()
    spec = client.get("/openapi.json").json()
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "since",
        "until",
        "type",
        "sub_type",
        "actor",
        "country",
        "admin1",
        "bbox",
        "near",
        "km",
        "text",
    } <= params
    assert {"limit", "offset", "format"} <= params
    assert client.get("/redoc").status_code == 404


def test_page_and_its_assets_are_served_by_the_app(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for asset in (
        "/static/leaflet/leaflet.js",
        "/static/leaflet/leaflet.css",
        "/static/app.js",
        "/static/app.css",
    ):
        assert asset in page.text
        assert client.get(asset).status_code == 200
    assert "http://" not in page.text and "https://" not in page.text
    assert client.get("/static/leaflet/images/layers.png").status_code == 200
    assert client.get("/favicon.ico").status_code == 200


def test_pages_forbid_requests_to_other_hosts(client: TestClient) -> None:
    for path in ("/", "/docs"):
        csp = client.get(path).headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "connect-src 'self'" in csp


@pytest.mark.parametrize(
    ("tile_url", "origin"),
    [
        (None, None),
        ("https://{s}.tiles.example.org/{z}/{x}/{y}.png", "https://*.tiles.example.org"),
        ("http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"),
        ("javascript:alert(1)", None),
    ],
)
def test_tile_server_is_the_only_other_image_source(tile_url: str | None, origin: str | None) -> None:
    img = next(d for d in content_security_policy(tile_url).split("; ") if d.startswith("img-src"))
    assert img == "img-src 'self' data:" + (f" {origin}" if origin else "")


def test_outlines_from_the_gazetteer(client: TestClient) -> None:
    assert client.get("/api/config").json() == {"tile_url": None, "tile_attribution": None, "outlines": 2}
    fc = client.get("/api/outlines").json()
    names = {f["properties"]["name"] for f in fc["features"]}
    assert names == {"Idleb", "Aleppo"}
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in fc["features"])


def test_no_gazetteer_means_no_outlines_and_coordinates_only(db_path: Path, tmp_path: Path) -> None:
    app = create_app(
        db_path, gazetteer=tmp_path / "missing.sqlite", tile_url="http://localhost:9/{z}/{x}/{y}.png"
    )
    with TestClient(app) as c:
        assert c.get("/api/config").json()["outlines"] == 0
        assert c.get("/api/config").json()["tile_url"] == "http://localhost:9/{z}/{x}/{y}.png"
        assert c.get("/api/events", params={"near": "الباب"}).status_code == 422
        assert c.get("/api/events", params={"near": "36.37,37.52", "km": 5}).json()["total"] == 1
    assert not (tmp_path / "missing.sqlite").exists()  # the server never builds a gazetteer


def test_new_store_is_created_empty(tmp_path: Path) -> None:
    app = create_app(tmp_path / "new.db", gazetteer=tmp_path / "none.sqlite")
    with TestClient(app) as c:
        assert c.get("/api/events").json()["total"] == 0
        assert c.get("/api/stats").json()["by_day"] == []


def test_simplify_ring_keeps_it_closed_and_drops_close_vertices() -> None:
    ring = [[36.0 + i * 0.001, 35.0] for i in range(100)] + [[36.1, 35.5], [36.0, 35.5], [36.0, 35.0]]
    out = simplify_ring(ring, 0.01)
    assert out[0] == out[-1]
    assert 4 <= len(out) < 20
    assert simplify_ring([[0, 0], [0, 0.001], [0.001, 0], [0, 0]], 0.01) == []  # too small to draw
