"""Actor names of the day: journalists' unions, Iraqi Kurdish parties and forces, the Saudi-led and US-led coalitions
named by their leader, and Turkey's HDP by its short name."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article, Event
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize

WED = dt.date(2015, 10, 14)


def _entries(text: str) -> list[tuple[str, str | None]]:
    found = Matcher.default().scan(normalize(text), kinds=["actors"])
    return [(m.data["entry"].id, m.data["entry"].get("code")) for m in found]


@pytest.mark.parametrize(
    ("text", "entry", "code"),
    [
        # journalists' unions speak for civilians: the country's own, or the event's country for a bare one
        ("وطالبت نقابة الصحفيين السلطات بحماية المراسلين في مناطق النزاع", "journalists-syndicate", "CVL"),
        ("ودعت نقابة الصحفيين العراقيين الحكومة إلى حماية المراسلين", "iraq-journalists-syndicate", "IRQCVL"),
        (
            "واتهمت نقابة الصحفيين اليمنيين المسلحين باقتحام مقر الصحيفة",
            "yemen-journalists-syndicate",
            "YEMCVL",
        ),
        ("ووثقت رابطة الصحفيين السوريين مقتل ثلاثة مراسلين", "syria-journalists-union", "SYRCVL"),
        # Iraqi Kurdish parties, leaders and forces
        ("واتهم الحزب الديموقراطي الكردستاني خصومه بعرقلة الاتفاق", "iraq-kurdistan-government", "IRQGOV"),
        ("وقال مسؤول في الديمقراطي الكردستاني إن الاجتماع تأجل", "iraq-kurdistan-government", "IRQGOV"),
        ("واجتمع جلال طالباني مع وفد من بغداد", "iraq-kurdistan-government", "IRQGOV"),
        ("وصوت برلمان كردستان على تمديد ولاية الرئيس", "iraq-kurdistan-government", "IRQGOV"),
        ("وطالبت حركة التغيير الكردية بنظام برلماني في الإقليم", "iraq-kurdish-opposition", "IRQOPP"),
        ("ورفض الاتحاد الإسلامي الكردستاني مشروع الدستور", "iraq-kurdish-opposition", "IRQOPP"),
        ("وانتشرت قوات حرس الإقليم على أطراف المدينة", "iraq-peshmerga", "IRQMIL"),
        ("وقال هوشيار زيباري إن الموازنة تعاني عجزا كبيرا", "iraq-government", "IRQGOV"),
        # the Iranian and Syrian parties of the KDP's name, also without الحزب or spelled ديموقراطي
        (
            "وقال الديموقراطي الكردستاني الإيراني إن مقاتليه اشتبكوا مع الحرس الثوري",
            "kurdish-parties-abroad",
            "IRNREB",
        ),
        ("واعتقلت الأسايش قياديا في الديموقراطي الكردستاني السوري", "syria-kdp", "SYROPP"),
        # the coalitions named by the state that leads them
        ("وأعلن التحالف العربي الذي تقوده المملكة بدء الهدنة", "arab-coalition", "SAUMIL"),
        ("وقال التحالف بقيادة المملكة العربية السعودية إنه اعترض صاروخا", "arab-coalition", "SAUMIL"),
        ("وشن طيران التحالف السعودي غارات على مواقع المتمردين", "arab-coalition-air", "SAUMIL"),
        (
            "وشنت طائرات التحالف الذي تقوده المملكة العربية السعودية غارات على المعسكر",
            "arab-coalition-air",
            "SAUMIL",
        ),
        ("وقصف التحالف بقيادة أمريكا مواقع التنظيم", "international-coalition", "INTMIL"),
        # Hadi's officials named in full; Saleh's forces named as loyal to the former president
        ("والتقى أحمد عوض بن مبارك السفير في الرياض", "yemen-government", "YEMGOV"),
        ("وعاد فهد كفاين إلى عدن مع عدد من الوزراء", "yemen-government", "YEMGOV"),
        ("وهاجمت قوات عسكرية موالية للرئيس اليمني السابق أحياء المدينة", "yemen-saleh-forces", "YEMMIL"),
        # Turkey's nationalist leader, and its pro-Kurdish HDP by its short name
        ("ودعا دولت بهجلي إلى انتخابات مبكرة", "turkey-opposition", "TUROPP"),
        ("ودعا حزب الشعوب إلى وقف العمليات العسكرية", "turkey-opposition", "TUROPP"),
    ],
)
def test_actor_name(text: str, entry: str, code: str) -> None:
    assert (entry, code) in _entries(text)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        # the leading state named inside the coalition's name is not a second actor
        ("وأعلن التحالف العربي الذي تقوده المملكة بدء الهدنة", "saudi-government"),
        ("وقال التحالف بقيادة المملكة العربية السعودية إنه اعترض صاروخا", "saudi-government"),
        ("وقصف التحالف بقيادة أمريكا مواقع التنظيم", "usa-government"),
        ("وشنت طائرات التحالف الذي تقوده المملكة العربية السعودية غارات على المعسكر", "saudi-government"),
    ],
)
def test_coalition_leader_is_no_second_actor(text: str, leader: str) -> None:
    assert leader not in [entry for entry, _ in _entries(text)]


def test_forces_loyal_to_the_former_president_are_not_hadis() -> None:
    entries = [entry for entry, _ in _entries("وهاجمت قوات موالية للرئيس اليمني السابق أحياء المدينة")]
    assert "yemen-saleh-forces" in entries and "yemen-military" not in entries


def test_bare_change_movement_is_gorran_in_an_iraq_report_only() -> None:
    # حركة التغيير is a local alias: no actor out of context
    assert _entries("وطالبت حركة التغيير بإصلاحات") == []


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline(Article(id="t", text=text, published=WED))


def test_regional_guard_is_peshmerga(pipeline: Pipeline) -> None:
    events = [
        e
        for e in _events(pipeline, "وقتل جنديان من قوات حرس الإقليم في هجوم لداعش قرب كركوك.")
        if e.category == "conflict"
    ]
    assert events and events[0].actor2 is not None and events[0].actor2.code == "IRQMIL"
    assert events[0].actor2.name_ar == "قوات حرس الإقليم"


def test_saudi_coalition_aircraft(pipeline: Pipeline) -> None:
    events = [
        e
        for e in _events(pipeline, "وشن طيران التحالف السعودي غارات على مواقع الحوثيين في صعدة.")
        if e.category == "conflict"
    ]
    assert events and events[0].actor1 is not None and events[0].actor1.code == "SAUMIL"


@pytest.mark.parametrize(
    ("text", "plover", "actor1", "actor2"),
    [
        (
            "واتهمت حركة التغيير الكردية الحزب الديموقراطي الكردستاني باحتكار السلطة.",
            "ACCUSE",
            "IRQOPP",
            "IRQGOV",
        ),
        ("ودعا حزب الشعوب الحكومة التركية إلى وقف العمليات العسكرية.", "REQUEST", "TUROPP", "TURGOV"),
    ],
)
def test_party_statement(pipeline: Pipeline, text: str, plover: str, actor1: str, actor2: str) -> None:
    events = [e for e in _events(pipeline, text) if e.category == "political"]
    assert [(e.plover_type, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        (plover, actor1, actor2)
    ]
