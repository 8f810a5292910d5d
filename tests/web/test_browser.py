"""End to end in a real headless Chromium: the page over the test store, served by uvicorn on a free port.

Skipped, with the reason printed at the end of the run, where /usr/bin/chromium is missing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

from rasad.web.server import BackgroundServer
from tests.web.articles import N_EVENTS, N_GEOCODED
from tests.web.browser import Traffic, launch, why_no_browser

REASON = why_no_browser()
pytestmark = pytest.mark.skipif(REASON is not None, reason=f"browser tests: {REASON}")

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
TIMEOUT_MS = 15_000

# markers drawn alone plus events gathered in clusters: every geocoded event the page holds
DRAWN = """() => {
  const singles = document.querySelectorAll('path.ev-marker').length;
  const gathered = [...document.querySelectorAll('.ev-cluster')].reduce((n, c) => n + Number(c.dataset.count), 0);
  return singles + gathered;
}"""


@pytest.fixture(scope="module")
def server(app: FastAPI) -> Iterator[str]:
    with BackgroundServer(app) as url:
        yield url


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        ctx = launch(pw, tmp_path_factory.mktemp("chromium") / "profile")
        ctx.set_default_timeout(TIMEOUT_MS)
        yield ctx
        ctx.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[tuple[Any, Traffic]]:
    traffic = Traffic(server)
    pg = browser.new_page()
    traffic.attach(pg)
    yield pg, traffic
    pg.close()


def open_page(pg: Any, url: str) -> None:
    pg.goto(url)
    pg.wait_for_selector("body[data-state=ready]")


def apply_and_wait(pg: Any, action: Any) -> None:
    """Run ``action`` (which applies filters) and wait until the page has loaded its results again."""
    before = int(pg.evaluate("document.body.dataset.loaded || '0'"))
    action()
    # selectors, not wait_for_function: the page's Content-Security-Policy forbids the eval that one relies on
    pg.wait_for_selector(f"body[data-loaded='{before + 1}'][data-state=ready]")


def api(pg: Any, server: str, path: str) -> Any:
    r = pg.request.get(server + path)
    assert r.ok, r.status
    return json.loads(r.text())


def event_id(pg: Any, server: str, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    (ev,) = api(pg, server, f"/api/events?{query}")["events"]
    return ev["id"]


def test_page_loads_offline_with_a_marker_for_every_stored_event(
    page: tuple[Any, Traffic], server: str
) -> None:
    pg, traffic = page
    open_page(pg, server + "/")
    assert pg.evaluate(DRAWN) == N_GEOCODED
    assert pg.locator("#events tbody tr").count() == N_EVENTS
    # the test gazetteer's two governorates, over a graticule
    assert pg.locator(".leaflet-outlines-pane path.outline").count() == 2
    assert pg.locator(".leaflet-graticule-pane path").count() > 2
    assert pg.locator("#timeline rect.bar-day").count() == 4  # four distinct days
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "web-map.png"))
    assert traffic.failed == []
    assert traffic.outside() == []
    assert traffic.errors == []
    assert any(u.endswith("/static/leaflet/leaflet.js") for u in traffic.urls)


def test_a_filter_changes_the_markers(page: tuple[Any, Traffic], server: str) -> None:
    pg, traffic = page
    open_page(pg, server + "/")
    apply_and_wait(
        pg,
        lambda: (pg.select_option("select[name=type]", "Battles"), pg.click("#filters button[type=submit]")),
    )
    assert pg.evaluate(DRAWN) == 1
    assert pg.locator("#events tbody tr").count() == 1
    assert "type=Battles" in pg.url
    assert "type=Battles" in pg.get_attribute("#export-csv", "href")

    apply_and_wait(pg, lambda: pg.click("#reset"))
    assert pg.evaluate(DRAWN) == N_GEOCODED
    apply_and_wait(
        pg, lambda: (pg.fill("input[name=country]", "YEM"), pg.press("input[name=country]", "Enter"))
    )
    assert pg.evaluate(DRAWN) == 1
    assert traffic.failed == [] and traffic.outside() == [] and traffic.errors == []


def test_the_timeline_filters_the_map(page: tuple[Any, Traffic], server: str) -> None:
    pg, _ = page
    open_page(pg, server + "/")
    # a click on one day's bar shows that day alone
    apply_and_wait(pg, lambda: pg.click("#timeline rect.bar-day[data-day='2024-03-12']"))
    assert pg.input_value("input[name=since]") == "2024-03-12"
    assert pg.input_value("input[name=until]") == "2024-03-12"
    assert pg.evaluate(DRAWN) == 2  # the strike and the clash; the days' bars stay for context
    assert pg.locator("#timeline rect.bar-day").count() == 4

    # a drag from the first day to the protest's day brushes a range
    box = pg.locator("#timeline").bounding_box()
    first = pg.locator("#timeline rect.bar-day[data-day='2024-01-07']").bounding_box()
    protest = pg.locator("#timeline rect.bar-day[data-day='2024-02-20']").bounding_box()
    y = box["y"] + box["height"] / 2

    def brush() -> None:
        pg.mouse.move(first["x"] + 0.5, y)
        pg.mouse.down()
        pg.mouse.move(protest["x"] + protest["width"] / 2, y, steps=5)
        pg.mouse.up()

    apply_and_wait(pg, brush)
    assert pg.input_value("input[name=since]") == "2024-01-07"
    assert pg.input_value("input[name=until]") == "2024-02-20"
    assert pg.evaluate(DRAWN) == 2  # Taiz and al-Bab


def test_clicking_an_event_highlights_its_evidence_in_the_article(
    page: tuple[Any, Traffic], server: str
) -> None:
    pg, traffic = page
    open_page(pg, server + "/")
    clash = event_id(pg, server, type="Battles")
    pg.click(f"#events tbody tr[data-id='{clash}']")
    pg.wait_for_selector("body[data-article=ready] .article-text")
    text = pg.locator("#detail .article-text")
    assert text.get_attribute("dir") == "rtl"
    # the clash comes after an emoji (two UTF-16 units): its spans must still fall on the right words
    assert text.locator("mark.role-trigger").all_inner_texts() == ["اشتباكات"]
    assert text.locator("mark.role-actor1").all_inner_texts() == ["قوات النظام السوري"]
    assert text.locator("mark.role-actor2").all_inner_texts() == ["فصائل المعارضة المسلحة"]
    assert text.locator("mark.role-place").all_inner_texts() == ["كفرنبل"]
    assert "💔" in text.inner_text()
    assert pg.locator("#detail .sources li").count() == 1
    assert pg.locator(f"#events tbody tr.selected[data-id='{clash}']").count() == 1

    # the other event of the article is marked; clicking it selects it
    pg.click("#detail mark.other")
    pg.wait_for_selector("#detail h2:has-text('Explosions')")
    pg.wait_for_selector("body[data-article=ready] .article-text mark.role-trigger")
    assert text.locator("mark.role-trigger").all_inner_texts() == ["غارات جوية"]
    assert pg.locator("#detail .sources li").count() == 2  # two outlets reported the strike

    # the second outlet's article, with its own spans
    pg.click("#detail .sources li[data-article='idlib-strike-2'] button")
    pg.wait_for_selector("#detail .sources li.current[data-article='idlib-strike-2']")
    assert text.locator("mark.role-trigger").all_inner_texts() == ["قصف جوي"]
    ARTIFACTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(ARTIFACTS / "web-article.png"))
    assert traffic.failed == [] and traffic.outside() == [] and traffic.errors == []


def poll(pg: Any, script: str, expected: Any, *, seconds: float = 10) -> Any:
    """Evaluate ``script`` until it returns ``expected`` (or time runs out); return the last value."""
    deadline = time.monotonic() + seconds
    while (value := pg.evaluate(script)) != expected and time.monotonic() < deadline:
        time.sleep(0.05)
    return value


def test_dense_events_are_gathered_and_a_click_separates_them(page: tuple[Any, Traffic], server: str) -> None:
    pg, _ = page
    open_page(pg, server + "/")
    clusters = pg.locator(".ev-cluster")
    assert clusters.count() >= 1  # at the first view, the Idlib events are 40 km apart: one circle
    n = int(clusters.first.get_attribute("data-count"))
    zoom = pg.evaluate("() => Number(document.querySelector('#map').dataset.zoom)")
    clusters.first.click()  # zooms in until they part
    assert poll(pg, "() => document.querySelectorAll('.ev-cluster').length", 0) == 0
    assert pg.locator("path.ev-marker").count() >= n
    assert pg.evaluate("() => Number(document.querySelector('#map').dataset.zoom)") > zoom


def test_clicking_a_marker_opens_its_article(page: tuple[Any, Traffic], server: str) -> None:
    pg, _ = page
    open_page(pg, server + "/")
    taiz = event_id(pg, server, country="YEM")
    marker = pg.locator(f"path.ev-marker[data-id='{taiz}']")
    marker.click()
    pg.wait_for_selector("body[data-article=ready] .article-text mark.role-trigger")
    assert pg.locator("#detail .article-text mark.role-trigger").all_inner_texts() == ["قصف مدفعي"]
    assert pg.locator(f"path.ev-marker.selected[data-id='{taiz}']").count() == 1


def test_export_link_downloads_the_filtered_events(page: tuple[Any, Traffic], server: str) -> None:
    pg, _ = page
    open_page(pg, server + "/?admin1=Idleb")
    assert pg.evaluate(DRAWN) == 2
    href = pg.get_attribute("#export-geojson", "href")
    r = pg.request.get(server + href)
    assert r.ok
    assert len(json.loads(r.text())["features"]) == 2
    csv = pg.request.get(server + pg.get_attribute("#export-csv", "href"))
    assert csv.ok and csv.text().startswith("event_id_cnty,")
    assert len(csv.text().strip().splitlines()) == 3  # header + two events


def test_segments_slice_by_code_points(page: tuple[Any, Traffic], server: str) -> None:
    """JavaScript's segments agree with Python's slicing, astral characters (😀, 𝒳) included."""
    pg, _ = page
    open_page(pg, server + "/")
    text = "😀 قصف عنيف 𝒳 على البلدة"
    spans = [(2, 5, "trigger"), (13, 16, "place")]
    out = pg.evaluate(
        """async ([text, spans]) => {
      const { segments } = await import('/static/article.js');
      return segments(text, spans.map(([start, end, role]) => ({ start, end, role })))
        .map((s) => [s.text, s.spans.map((x) => x.role)]);
    }""",
        [text, spans],
    )
    marked = [[t, r] for t, r in out if r]
    assert marked == [[text[s:e], [role]] for s, e, role in spans]
    assert "".join(t for t, _ in out) == text
