"""The scorer against hand-written gold and system records (rules: ../shared/eval/README.md)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from rasad.errors import GoldError, InputError, UsageError
from rasad.evaluate import (
    GoldArticle,
    Report,
    evaluate_dir,
    format_report,
    load_gold_dir,
    place_key,
    read_system_jsonl,
    score,
)
from rasad.model import Actor, Article, DateValue, Event, Place

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
DAY = "2016-10-05"
# Batabo (باتبو) and two points about 5 km and 20 km east of it
BATABO = (36.1334, 36.738)
EAST_5KM = (36.1334, 36.7938)
EAST_20KM = (36.1334, 36.9610)


def gold_conflict(id: str = "c1", **over: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": id,
        "required": True,
        "category": "conflict",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": ["Air/drone strike"],
        "event_date": DAY,
        "actor1": ["RUSMIL", None],
        "actor2": ["SYRCVL"],
        "location": {"names_ar": ["باتبو"]},
        "fatalities": 4,
        "evidence": "...",
    }
    event.update(over)
    return event


def gold_political(id: str = "p1", **over: Any) -> dict[str, Any]:
    event: dict[str, Any] = {
        "id": id,
        "required": True,
        "category": "political",
        "plover_type": ["CONSULT", "REQUEST"],
        "event_date": DAY,
        "actor1": ["FRAGOV"],
        "actor2": [],
        "location": {"names_ar": ["موسكو"]},
        "evidence": "...",
    }
    event.update(over)
    return event


def sys_conflict(**over: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article_id": "a",
        "category": "conflict",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "event_date": DAY,
        "actor1": {"code": "RUSMIL"},
        "actor2": {"code": "SYRCVL"},
        "location": {"name_ar": "باتبو"},
        "fatalities": 4,
    }
    record.update(over)
    return record


def sys_political(**over: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "article_id": "a",
        "category": "political",
        "plover_type": "CONSULT",
        "event_date": DAY,
        "actor1": {"code": "FRAGOV"},
        "location": {"name_ar": "موسكو"},
        "fatalities": 0,
    }
    record.update(over)
    return record


def write_gold(
    root: Path, events: list[dict[str, Any]], *, article_id: str = "a", text: str = "نص الخبر\n"
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{article_id}.txt").write_bytes(text.encode("utf-8"))
    doc = {
        "article": {"id": article_id, "text_file": f"{article_id}.txt", "published": "2016-10-06"},
        "events": events,
    }
    (root / f"{article_id}.gold.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return root


def run(tmp_path: Path, gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> Report:
    return score(load_gold_dir(write_gold(tmp_path / "gold", gold)), {"a": system})


def counts(report: Report) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    c, p = report.conflict, report.political
    return (c.tp, c.fp, c.fn), (p.tp, p.fp, p.fn)


# (name, gold events, system records, (conflict tp, fp, fn), (political tp, fp, fn))
MATCH_CASES = [
    ("exact match", [gold_conflict()], [sys_conflict()], (1, 0, 0), (0, 0, 0)),
    ("other day", [gold_conflict()], [sys_conflict(event_date="2016-10-04")], (0, 1, 1), (0, 0, 0)),
    ("no date", [gold_conflict()], [sys_conflict(event_date=None)], (0, 1, 1), (0, 0, 0)),
    (
        "month gold, any day",
        [gold_conflict(event_date="2016-10")],
        [sys_conflict(event_date="2016-10-31")],
        (1, 0, 0),
        (0, 0, 0),
    ),
    (
        "month gold, bare month",
        [gold_conflict(event_date="2016-10")],
        [sys_conflict(event_date="2016-10")],
        (1, 0, 0),
        (0, 0, 0),
    ),
    (
        "month gold, next month",
        [gold_conflict(event_date="2016-10")],
        [sys_conflict(event_date="2016-11-01")],
        (0, 1, 1),
        (0, 0, 0),
    ),
    ("day gold, month system", [gold_conflict()], [sys_conflict(event_date="2016-10")], (0, 1, 1), (0, 0, 0)),
    ("other event type", [gold_conflict()], [sys_conflict(event_type="Battles")], (0, 1, 1), (0, 0, 0)),
    ("other place", [gold_conflict()], [sys_conflict(location={"name_ar": "حلب"})], (0, 1, 1), (0, 0, 0)),
    ("no location", [gold_conflict()], [sys_conflict(location=None)], (0, 1, 1), (0, 0, 0)),
    (
        "type words",
        [gold_conflict()],
        [sys_conflict(location={"name_ar": "محيط  بلدة باتبو"})],
        (1, 0, 0),
        (0, 0, 0),
    ),
    (
        "diacritics, ta marbuta",
        [gold_conflict(location={"names_ar": ["كفرناها"]})],
        [sys_conflict(location={"name_ar": "قَرْيَةُ كفرناهـا"})],
        (1, 0, 0),
        (0, 0, 0),
    ),
    (
        "al- on 5 letters",
        [gold_conflict(location={"names_ar": ["خان العسل"]})],
        [sys_conflict(location={"name_ar": "خان عسل"})],
        (1, 0, 0),
        (0, 0, 0),
    ),
    (
        "al- on 4 letters kept",
        [gold_conflict(location={"names_ar": ["الري"]})],
        [sys_conflict(location={"name_ar": "ري"})],
        (0, 1, 1),
        (0, 0, 0),
    ),
    (
        "duplicate is FP",
        [gold_conflict()],
        [sys_conflict(), sys_conflict(fatalities=0)],
        (1, 1, 0),
        (0, 0, 0),
    ),
    ("optional gold ignored", [gold_conflict(required=False)], [sys_conflict()], (0, 0, 0), (0, 0, 0)),
    ("optional missed is no FN", [gold_conflict(required=False)], [], (0, 0, 0), (0, 0, 0)),
    (
        "optional takes a duplicate",
        [gold_conflict(), gold_conflict("c2", required=False)],
        [sys_conflict(), sys_conflict()],
        (1, 0, 0),
        (0, 0, 0),
    ),
    ("category must agree", [gold_conflict()], [sys_conflict(category="political")], (0, 0, 1), (0, 1, 0)),
    (
        "unknown category in neither",
        [gold_conflict()],
        [sys_conflict(category="other")],
        (0, 0, 1),
        (0, 0, 0),
    ),
    ("political by actor and place", [gold_political()], [sys_political()], (0, 0, 0), (1, 0, 0)),
    ("political by actor only", [gold_political()], [sys_political(location=None)], (0, 0, 0), (1, 0, 0)),
    (
        "political by place only",
        [gold_political()],
        [sys_political(actor1={"code": "USAGOV"})],
        (0, 0, 0),
        (1, 0, 0),
    ),
    (
        "political by neither",
        [gold_political()],
        [sys_political(actor1="USAGOV", location={"name_ar": "باريس"})],
        (0, 0, 0),
        (0, 1, 1),
    ),
    (
        "political other plover type",
        [gold_political()],
        [sys_political(plover_type="ACCUSE")],
        (0, 0, 0),
        (0, 1, 1),
    ),
    (
        "political null actor acceptable",
        [gold_political(actor1=[None], location={"names_ar": []})],
        [sys_political(actor1=None)],
        (0, 0, 0),
        (1, 0, 0),
    ),
    (
        "political missing actor not acceptable",
        [gold_political(location={"names_ar": []})],
        [sys_political(actor1={"name": "x"})],
        (0, 0, 0),
        (0, 1, 1),
    ),
    (
        "political other date",
        [gold_political()],
        [sys_political(event_date="2016-10-06")],
        (0, 0, 0),
        (0, 1, 1),
    ),
]


@pytest.mark.parametrize(
    ("gold", "system", "conflict", "political"), [c[1:] for c in MATCH_CASES], ids=[c[0] for c in MATCH_CASES]
)
def test_matching(tmp_path: Path, gold: list, system: list, conflict: tuple, political: tuple) -> None:
    assert counts(run(tmp_path, gold, system)) == (conflict, political)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("محيط بلدة باتبو", "باتبو"),  # type words dropped repeatedly
        ("مدينة حلب", "حلب"),
        ("حيفا", "حيفا"),  # حي only as a whole word
        ("العويجة", "عويجه"),  # al-ʿUwayja: 7 letters with its ال
        ("الشيخ فارس", "شيخ فارس"),  # الشيخ has exactly 5
        ("الري", "الري"),  # 4 letters: ال stays
        ("إدلب", "ادلب"),
        ("مخيم اليرموك", "يرموك"),
        ("مخيم", ""),
        ("ٱلرَّقَّة", "رقه"),
    ],
)
def test_place_key(name: str, key: str) -> None:
    assert place_key(name) == key


def matched_pairs(report: Report) -> list[tuple[str, int]]:
    return sorted((m.gold_id, m.system_index) for a in report.articles for m in a.matches)


def test_greedy_highest_agreement_first(tmp_path: Path) -> None:
    gold = [gold_conflict("c1", fatalities=2), gold_conflict("c2", fatalities=0)]
    report = run(tmp_path, gold, [sys_conflict(fatalities=0), sys_conflict(fatalities=2)])
    assert matched_pairs(report) == [("c1", 1), ("c2", 0)]


def test_greedy_ties_by_system_then_gold_position(tmp_path: Path) -> None:
    gold = [gold_conflict("c1"), gold_conflict("c2")]
    report = run(tmp_path, gold, [sys_conflict(), sys_conflict()])
    assert matched_pairs(report) == [("c1", 0), ("c2", 1)]
    report = run(tmp_path / "2", gold, [sys_conflict()])
    assert matched_pairs(report) == [("c1", 0)]
    assert report.articles[0].missed == ["c2"]


def test_greedy_is_not_optimal_assignment(tmp_path: Path) -> None:
    # s0 agrees best with c1 and takes it; s1 could only have matched c1, so it is a false positive even
    # though s0→c2, s1→c1 would have matched both: the README asks for greedy, not the best assignment.
    gold = [
        gold_conflict("c1", location={"names_ar": ["باتبو", "تل باتبو"]}),
        gold_conflict("c2", sub_event_type=["Shelling/artillery/missile attack"]),
    ]
    system = [sys_conflict(), sys_conflict(location={"name_ar": "تل باتبو"})]
    report = run(tmp_path, gold, system)
    assert matched_pairs(report) == [("c1", 0)]
    assert counts(report)[0] == (1, 1, 1)
    assert report.articles[0].false_positives[0].index == 1


def test_field_accuracies(tmp_path: Path) -> None:
    gold = [
        gold_conflict("c1", location={"names_ar": ["باتبو"], "latitude": BATABO[0], "longitude": BATABO[1]}),
        gold_conflict(
            "c2",
            event_date="2016-10-04",
            actor2=[],
            location={"names_ar": ["باتبو"], "latitude": BATABO[0], "longitude": BATABO[1]},
        ),
        gold_conflict("c3", event_date="2016-10-03", sub_event_type=["Shelling/artillery/missile attack"]),
        gold_political("p1", actor2=["RUSGOV"]),
        gold_conflict("c9", required=False, event_date="2016-10-01"),
    ]
    lat5, lon5 = EAST_5KM
    lat20, lon20 = EAST_20KM
    system = [
        # all right, 5 km off
        sys_conflict(location={"name_ar": "باتبو", "latitude": lat5, "longitude": lon5}),
        # actor1 as a bare string, wrong; actor2 not scored; fatalities wrong; 20 km off
        sys_conflict(
            event_date="2016-10-04",
            actor1="SYRMIL",
            fatalities=1,
            location={"name_ar": "باتبو", "latitude": lat20, "longitude": lon20},
        ),
        # wrong sub-event type, unattributed (acceptable), no coordinates (gold has none either)
        sys_conflict(event_date="2016-10-03", actor1=None, actor2={"code": "SYRREB"}),
        # political: actor2 wrong, geocoded
        sys_political(
            actor2={"code": "USAGOV"}, location={"name_ar": "موسكو", "latitude": 55.75, "longitude": 37.62}
        ),
        # matched to the optional gold: scored nowhere
        sys_conflict(event_date="2016-10-01", actor1="XXX", sub_event_type="Grenade"),
    ]
    report = run(tmp_path, gold, system)
    assert counts(report) == ((3, 0, 0), (1, 0, 0))
    got = report.to_dict()["fields"]
    expected = {
        "sub_event_type": (2, 3),
        "actor1": (3, 4),
        "actor2": (1, 3),
        "fatalities": (2, 3),
        "geocoded": (3, 4),
        "within_10km": (1, 2),
    }
    assert {k: (v["correct"], v["total"]) for k, v in got.items()} == expected
    assert got["actor1"]["by_category"]["political"] == {"accuracy": 1.0, "correct": 1, "total": 1}
    assert got["actor2"]["accuracy"] == pytest.approx(1 / 3)


def test_date_accuracy(tmp_path: Path) -> None:
    gold = [
        gold_conflict("c1"),
        gold_conflict("c2", location={"names_ar": ["حلب"]}),
        gold_conflict("c3", location={"names_ar": ["إدلب"]}),  # no system event there: not counted
        gold_conflict("c4", event_date="2016-10", location={"names_ar": ["حماة"]}),
        gold_conflict("c5", required=False, location={"names_ar": ["درعا"]}),  # optional: not counted
    ]
    system = [
        sys_conflict(event_date="2016-10-04"),
        sys_conflict(),  # one of the events at باتبو has the right day
        sys_conflict(event_date="2016-10-04", location={"name_ar": "حلب"}),
        sys_conflict(event_type="Battles", location={"name_ar": "إدلب"}),  # other type: not the same event
        sys_conflict(event_date="2016-10-20", location={"name_ar": "حماه"}),
        sys_conflict(event_date="2016-10-04", location={"name_ar": "درعا"}),
    ]
    date = run(tmp_path, gold, system).to_dict()["date_accuracy"]
    assert date == {"accuracy": pytest.approx(2 / 3), "correct": 2, "total": 3}


def test_zero_over_zero_is_zero(tmp_path: Path) -> None:
    empty = run(tmp_path / "1", [gold_conflict(required=False)], []).to_dict()
    for category in ("conflict", "political"):
        assert empty[category] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert all(f["accuracy"] == 0.0 and f["total"] == 0 for f in empty["fields"].values())
    assert empty["date_accuracy"]["accuracy"] == 0.0
    only_system = run(tmp_path / "2", [], [sys_conflict()]).to_dict()["conflict"]
    assert (only_system["precision"], only_system["recall"], only_system["f1"], only_system["fp"]) == (
        0.0,
        0.0,
        0.0,
        1,
    )


def test_precision_recall_f1(tmp_path: Path) -> None:
    gold = [gold_conflict("c1"), gold_conflict("c2", location={"names_ar": ["حلب"]})]
    system = [
        sys_conflict(),
        sys_conflict(location={"name_ar": "ادلب"}),
        sys_conflict(location={"name_ar": "حمص"}),
    ]
    c = run(tmp_path, gold, system).to_dict()["conflict"]
    assert (c["tp"], c["fp"], c["fn"]) == (1, 2, 1)
    assert c["precision"] == pytest.approx(1 / 3)
    assert c["recall"] == pytest.approx(1 / 2)
    assert c["f1"] == pytest.approx(0.4)


def test_fatality_totals(tmp_path: Path) -> None:
    root = tmp_path / "gold"
    write_gold(
        root,
        [gold_conflict(fatalities=4), gold_conflict("c2", required=False, fatalities=3), gold_political()],
    )
    write_gold(root, [gold_conflict(fatalities=2)], article_id="b")
    system = {
        "a": [sys_conflict(fatalities=4), sys_political(fatalities=9), sys_conflict(fatalities=None)],
        "b": [
            sys_conflict(article_id="b", fatalities="7"),
            sys_conflict(article_id="b", location=None, fatalities=1),
        ],
        "zzz": [sys_conflict(article_id="zzz")],
    }
    report = score(load_gold_dir(root), system)
    fat = report.to_dict()["fatalities"]
    assert [(a["id"], a["gold"], a["system"]) for a in fat["articles"]] == [("a", 7, 4), ("b", 2, 8)]
    assert fat["mean_absolute_error"] == pytest.approx((3 + 6) / 2)
    assert report.unknown_article_ids == ["zzz"]


def test_system_records_read_defensively(tmp_path: Path) -> None:
    system = [
        {"article_id": "a"},
        {"article_id": "a", "category": "conflict", "location": "باتبو", "actor1": 5, "fatalities": []},
        sys_conflict(
            actor1="RUSMIL", actor2=None, location={"name_ar": "باتبو", "latitude": "36.1", "longitude": None}
        ),
    ]
    report = run(tmp_path, [gold_conflict()], system)
    assert counts(report)[0] == (1, 1, 0)  # the record without a category counts in neither
    assert report.to_dict()["fields"]["geocoded"]["correct"] == 0
    fps = report.to_dict()["articles"][0]["false_positives"]
    assert fps == [
        {"index": 0, "category": None, "type": None, "place": None, "date": None},
        {"index": 1, "category": "conflict", "type": None, "place": None, "date": None},
    ]


def test_report_dict_and_text(tmp_path: Path) -> None:
    report = run(
        tmp_path,
        [gold_conflict(), gold_conflict("c2", location={"names_ar": ["حلب"]}), gold_political()],
        [sys_conflict(), sys_conflict(location={"name_ar": "ادلب"})],
    )
    d = json.loads(json.dumps(report.to_dict()))
    assert {"conflict", "political", "fields", "date_accuracy", "fatalities", "articles"} <= d.keys()
    assert set(d["conflict"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert d["articles"][0]["missed"] == ["c2", "p1"]
    assert d["articles"][0]["matches"] == [
        {"gold_id": "c1", "system_index": 0, "required": True, "agreement": 4}
    ]
    assert d["articles"][0]["false_positives"] == [
        {
            "index": 1,
            "category": "conflict",
            "type": "Explosions/Remote violence",
            "place": "ادلب",
            "date": DAY,
        }
    ]
    text = format_report(report)
    tail = text.splitlines()[-12:]
    assert tail[0].startswith("── rasad evaluation")
    assert tail[2].startswith("conflict") and "P 0.500  R 0.500  F1 0.500" in tail[2]
    assert tail[3].startswith("political") and "fn 1" in tail[3]
    assert [line.split()[0] for line in tail[4:10]] == [
        "sub_event_type",
        "actor1",
        "actor2",
        "fatalities",
        "geocoded",
        "within_10km",
    ]
    assert tail[10].startswith("date accuracy") and tail[11].startswith("fatality total")
    assert "missed: c2 p1" in text and "FP #1" in text
    assert len(text.splitlines()) > 12


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.update(article=[]), "'article' must be an object"),
        (lambda d: d["article"].update(published="06/10/2016"), "article.published"),
        (lambda d: d["article"].update(text_file="missing.txt"), "missing.txt"),
        (lambda d: d.update(events={}), "'events' must be a list"),
        (lambda d: d["events"][0].pop("category"), "event c1: 'category'"),
        (lambda d: d["events"][0].update(required="yes"), "event c1: 'required'"),
        (lambda d: d["events"][0].update(event_date="2016-13-01"), "'event_date'"),
        (lambda d: d["events"][0].update(fatalities=-1), "'fatalities'"),
        (lambda d: d["events"][0].update(sub_event_type="Air/drone strike"), "'sub_event_type'"),
        (lambda d: d["events"][0].update(actor1="RUSMIL"), "'actor1'"),
        (lambda d: d["events"][0]["location"].update(latitude=36.1), "latitude and longitude"),
        (lambda d: d["events"].append(dict(d["events"][0])), "used twice"),
        (lambda d: d["events"].append(gold_political(plover_type=[])), "event p1: 'plover_type'"),
    ],
)
def test_malformed_gold(tmp_path: Path, mutate: Any, message: str) -> None:
    write_gold(tmp_path, [gold_conflict()])
    file = tmp_path / "a.gold.json"
    doc = json.loads(file.read_text(encoding="utf-8"))
    mutate(doc)
    file.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GoldError, match="a.gold.json") as err:
        load_gold_dir(tmp_path)
    assert message in str(err.value)


def test_gold_dir_errors(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="no \\*.gold.json"):
        load_gold_dir(tmp_path)
    with pytest.raises(GoldError, match="not found"):
        load_gold_dir(tmp_path / "nowhere")
    (tmp_path / "x.gold.json").write_text('{"article": {', encoding="utf-8")
    with pytest.raises(GoldError, match=r"x.gold.json:1:\d+: not valid JSON"):
        load_gold_dir(tmp_path)
    (tmp_path / "x.gold.json").unlink()
    write_gold(tmp_path, [], article_id="a")
    doc = json.loads((tmp_path / "a.gold.json").read_text(encoding="utf-8"))
    (tmp_path / "b.gold.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GoldError, match="b.gold.json: article id 'a' is also used by a.gold.json"):
        load_gold_dir(tmp_path)


def test_gold_text_kept_raw(tmp_path: Path) -> None:
    write_gold(tmp_path, [gold_conflict()], text="سطر\r\nسطر")
    [article] = load_gold_dir(tmp_path)
    assert isinstance(article, GoldArticle)
    assert article.text == "سطر\r\nسطر"
    assert article.published == dt.date(2016, 10, 6)
    assert article.events[0].place_keys == frozenset({"باتبو"})


def test_read_system_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "sys.jsonl"
    lines = [sys_conflict(fatalities=1), sys_conflict(article_id="b"), sys_conflict(fatalities=2)]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n\n", encoding="utf-8")
    groups = read_system_jsonl(path)
    assert list(groups) == ["a", "b"]
    assert [r["fatalities"] for r in groups["a"]] == [1, 2]
    for bad, message in [
        ("{oops", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"category": "conflict"}', "the record has no 'article_id'"),
    ]:
        path.write_text(json.dumps(lines[0]) + "\n\n" + bad + "\n", encoding="utf-8")
        with pytest.raises(InputError, match="sys.jsonl:3: " + message):
            read_system_jsonl(path)
    with pytest.raises(InputError, match="cannot read"):
        read_system_jsonl(tmp_path / "none.jsonl")


def test_evaluate_dir_with_system_file(tmp_path: Path) -> None:
    root = write_gold(tmp_path / "gold", [gold_conflict()])
    path = tmp_path / "sys.jsonl"
    path.write_text(json.dumps(sys_conflict(), ensure_ascii=False) + "\n", encoding="utf-8")
    assert counts(evaluate_dir(root, system_path=path))[0] == (1, 0, 0)
    with pytest.raises(UsageError):
        evaluate_dir(root)


def test_evaluate_dir_with_extractor(tmp_path: Path) -> None:
    root = write_gold(tmp_path / "gold", [gold_conflict()], text="غارة\r\nعلى باتبو")
    write_gold(root, [gold_conflict()], article_id="b")
    seen: list[Article] = []

    def extractor(article: Article) -> list[Event]:
        seen.append(article)
        if article.id == "b":
            raise RuntimeError("boom")
        return [
            Event(
                article_id=article.id,
                category="conflict",
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                date=DateValue(dt.date(2016, 10, 5)),
                actor1=Actor("RUSMIL", "Military Forces of Russia"),
                place=Place("باتبو", latitude=BATABO[0], longitude=BATABO[1]),
                fatalities=4,
            )
        ]

    report = evaluate_dir(root, extractor=extractor)
    assert [(a.id, a.text, a.published) for a in seen] == [
        ("a", "غارة\r\nعلى باتبو", dt.date(2016, 10, 6)),
        ("b", "نص الخبر\n", dt.date(2016, 10, 6)),
    ]
    assert counts(report)[0] == (1, 0, 1)
    assert report.articles[1].error == "RuntimeError: boom"
    assert "extractor failed: RuntimeError: boom" in format_report(report)


def gold_as_system(article: GoldArticle) -> list[dict[str, Any]]:
    """Each gold event that can be matched at all, written as a system record."""

    def code(codes: tuple[str | None, ...]) -> dict[str, Any]:
        return {"code": next((c for c in codes if c is not None), None)}

    records = []
    for g in article.events:
        if g.category == "conflict" and not g.place_keys:
            continue  # no place name: no system event can match it (only optional ones in the data)
        records.append(
            {
                "article_id": article.id,
                "category": g.category,
                "event_type": g.event_type,
                "sub_event_type": g.sub_event_types[0] if g.sub_event_types else None,
                "plover_type": g.plover_types[0] if g.plover_types else None,
                "event_date": g.event_date if len(g.event_date) == 10 else g.event_date + "-15",
                "actor1": code(g.actor1),
                "actor2": code(g.actor2),
                "location": {
                    "name_ar": g.names_ar[0] if g.names_ar else None,
                    "latitude": g.latitude,
                    "longitude": g.longitude,
                },
                "fatalities": g.fatalities,
            }
        )
    return records


@pytest.mark.skipif(not DEV.is_dir(), reason="shared/eval/dev not present")
def test_dev_gold_scores_perfectly_against_itself() -> None:
    gold = load_gold_dir(DEV)
    report = score(gold, {a.id: gold_as_system(a) for a in gold})
    for category in (report.conflict, report.political):
        assert category.tp > 0
        assert (category.precision, category.recall, category.f1) == (1.0, 1.0, 1.0)
    assert report.fatality_mae == 0.0
    assert report.date.accuracy == 1.0
