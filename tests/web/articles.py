"""A handful of Arabic news articles written for these tests, with the events a careful analyst would code.

The events are given by hand (type, date, actors, place, fatalities and the phrases that support them), and
:func:`extract` turns each phrase into an evidence span by finding it in the raw text: the web tests are about
showing stored events faithfully, not about extraction quality, which moves as the lexicons grow. Coordinates
are approximate, from general knowledge.

One article quotes a post with an emoji (an astral character, two UTF-16 code units in JavaScript) *before*
the evidence of its second event, so the page's offset handling is exercised for real.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasad.model import Actor, Article, DateValue, Event, Evidence, Place
from rasad.store import StoreWriter, ingest

IDLIB_STRIKE = """إدلب - قُتل سبعة مدنيين بينهم طفلان وأصيب أكثر من عشرة آخرين، صباح اليوم الثلاثاء، جراء غارات جوية شنتها طائرات حربية على سوق شعبي في مدينة معرة مصرين بريف إدلب الشمالي، بحسب ما أفاد به الدفاع المدني السوري.
وقال مراسلنا إن فرق الإسعاف عملت لساعات على انتشال الضحايا من تحت الأنقاض، فيما نُقل الجرحى إلى مستشفيات المنطقة.
وكتب ناشطون على منصات التواصل الاجتماعي: «يوم دامٍ آخر في ريف إدلب 💔».
وفي سياق متصل، اندلعت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة المسلحة على محور كفرنبل جنوبي إدلب، أسفرت عن مقتل ثلاثة عناصر من قوات النظام."""

IDLIB_STRIKE_2 = """ريف إدلب - لقي سبعة أشخاص حتفهم جراء قصف جوي استهدف سوقاً مزدحمة في بلدة معرة مصرين شمالي إدلب، صباح الثلاثاء، وفق ما أعلنته فرق الدفاع المدني، التي أشارت إلى أن حصيلة الضحايا مرشحة للارتفاع بسبب وجود إصابات خطيرة بين الجرحى."""

AL_BAB_PROTEST = """حلب - خرج مئات المحتجين، اليوم الثلاثاء، في مظاهرة وسط مدينة الباب بريف حلب الشرقي، للمطالبة بتحسين الأوضاع المعيشية والإفراج عن المعتقلين، ورفع المتظاهرون لافتات تندد بارتفاع الأسعار.
ولم تُسجل أي إصابات خلال الاحتجاج الذي استمر نحو ساعتين قبل أن يتفرق المشاركون بهدوء."""

TAIZ_SHELLING = """تعز - قُتلت امرأة وأصيب طفلها بجروح، مساء أمس الأحد، إثر قصف مدفعي استهدف حياً سكنياً في مدينة تعز جنوب غربي اليمن، واتهمت السلطات المحلية جماعة الحوثيين بالوقوف وراء القصف.
ويشهد محيط المدينة مواجهات متقطعة منذ أشهر رغم الدعوات الأممية المتكررة إلى التهدئة."""

BAGHDAD_TALKS = """بغداد - استقبل وزير الخارجية العراقي نظيره التركي في بغداد، اليوم الخميس، وبحث الجانبان ملف المياه وأمن الحدود المشتركة، بحسب بيان صادر عن الوزارة.
وأعلن الجانبان في ختام اللقاء اتفاقهما على تشكيل لجنة فنية مشتركة تجتمع خلال الشهر المقبل."""


@dataclass(frozen=True)
class Coded:
    """One hand-coded event: fields plus the phrases (role → phrase, ``n``-th occurrence) that support it."""

    category: str
    event_type: str | None
    sub_event_type: str | None
    date: dt.date
    clause: str
    phrases: dict[str, str]
    plover_type: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    fatalities: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


SYRMIL = Actor("SYRMIL", "Military Forces of Syria", "قوات النظام السوري", 1, "SYR")
SYRREB = Actor("SYRREB", "Syrian opposition armed groups", "فصائل المعارضة المسلحة", 2, "SYR")
SYRCVL = Actor("SYRCVL", "Civilians (Syria)", "مدنيين", 7, "SYR")
SYRPRO = Actor("SYRPRO", "Protesters (Syria)", "المحتجين", 6, "SYR")
YEMHOU = Actor("YEMHOU", "Ansar Allah (Houthis)", "جماعة الحوثيين", 2, "YEM")
YEMCVL = Actor("YEMCVL", "Civilians (Yemen)", "امرأة", 7, "YEM")
IRQGOV = Actor("IRQGOV", "Government of Iraq", "وزير الخارجية العراقي", 1, "IRQ")
TURGOV = Actor("TURGOV", "Government of Turkey", "نظيره التركي", 1, "TUR")

MAARRAT_MISRIN = Place(
    "معرة مصرين", "Maarrat Misrin", "test:maarrat-misrin", 36.0115, 36.6728, "Idleb", None, "SYR", 1
)
KAFR_NABL = Place("كفرنبل", "Kafr Nabl", "test:kafr-nabl", 35.6133, 36.5617, "Idleb", None, "SYR", 2)
AL_BAB = Place("الباب", "Al-Bab", "test:al-bab", 36.3705, 37.5157, "Aleppo", None, "SYR", 1)
TAIZ = Place("تعز", "Taizz", "test:taizz", 13.5795, 44.0209, "Taizz", None, "YEM", 1)
BAGHDAD = Place("بغداد", "Baghdad", "test:baghdad", 33.3406, 44.4009, "Baghdad", None, "IRQ", 1)

STRIKE = dict(category="conflict", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")

ARTICLES: list[tuple[Article, list[Coded]]] = [
    (
        Article(
            "idlib-strike-1",
            IDLIB_STRIKE,
            dt.date(2024, 3, 12),
            "غارات على سوق في معرة مصرين",
            "شبكة الشمال الإخبارية",
            "http://localhost/news/idlib-strike-1",
            "given",
        ),
        [
            Coded(
                **STRIKE,
                date=dt.date(2024, 3, 12),
                actor2=SYRCVL,
                place=MAARRAT_MISRIN,
                fatalities=7,
                clause="قُتل سبعة مدنيين بينهم طفلان وأصيب أكثر من عشرة آخرين، صباح اليوم الثلاثاء، جراء غارات جوية شنتها طائرات حربية على سوق شعبي في مدينة معرة مصرين بريف إدلب الشمالي",
                phrases={
                    "trigger": "غارات جوية",
                    "actor1": "طائرات حربية",
                    "place": "معرة مصرين",
                    "date": "صباح اليوم الثلاثاء",
                    "fatalities": "قُتل سبعة مدنيين",
                },
            ),
            Coded(
                category="conflict",
                event_type="Battles",
                sub_event_type="Armed clash",
                date=dt.date(2024, 3, 12),
                actor1=SYRMIL,
                actor2=SYRREB,
                place=KAFR_NABL,
                fatalities=3,
                clause="اندلعت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة المسلحة على محور كفرنبل جنوبي إدلب، أسفرت عن مقتل ثلاثة عناصر من قوات النظام",
                phrases={
                    "trigger": "اشتباكات",
                    "actor1": "قوات النظام السوري",
                    "actor2": "فصائل المعارضة المسلحة",
                    "place": "كفرنبل",
                    "fatalities": "مقتل ثلاثة عناصر",
                },
            ),
        ],
    ),
    (
        Article(
            "idlib-strike-2",
            IDLIB_STRIKE_2,
            dt.date(2024, 3, 12),
            "سبعة قتلى بقصف جوي شمالي إدلب",
            "وكالة أنباء الساحل",
            None,
            "given",
        ),
        [
            Coded(
                **STRIKE,
                date=dt.date(2024, 3, 12),
                place=MAARRAT_MISRIN,
                fatalities=7,
                clause="لقي سبعة أشخاص حتفهم جراء قصف جوي استهدف سوقاً مزدحمة في بلدة معرة مصرين شمالي إدلب، صباح الثلاثاء",
                phrases={
                    "trigger": "قصف جوي",
                    "place": "معرة مصرين",
                    "date": "صباح الثلاثاء",
                    "fatalities": "لقي سبعة أشخاص حتفهم",
                },
            ),
        ],
    ),
    (
        Article(
            "al-bab-protest",
            AL_BAB_PROTEST,
            dt.date(2024, 2, 20),
            "مظاهرة في الباب",
            "شبكة الشمال الإخبارية",
            None,
            "given",
        ),
        [
            Coded(
                category="conflict",
                event_type="Protests",
                sub_event_type="Peaceful protest",
                date=dt.date(2024, 2, 20),
                actor1=SYRPRO,
                place=AL_BAB,
                clause="خرج مئات المحتجين، اليوم الثلاثاء، في مظاهرة وسط مدينة الباب بريف حلب الشرقي",
                phrases={
                    "trigger": "مظاهرة",
                    "actor1": "مئات المحتجين",
                    "place": "الباب",
                    "date": "اليوم الثلاثاء",
                },
            ),
        ],
    ),
    (
        Article("taiz-shelling", TAIZ_SHELLING, dt.date(2024, 1, 8), None, "صحيفة الجنوب", None, "given"),
        [
            Coded(
                category="conflict",
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                date=dt.date(2024, 1, 7),
                actor1=YEMHOU,
                actor2=YEMCVL,
                place=TAIZ,
                fatalities=1,
                clause="قُتلت امرأة وأصيب طفلها بجروح، مساء أمس الأحد، إثر قصف مدفعي استهدف حياً سكنياً في مدينة تعز جنوب غربي اليمن، واتهمت السلطات المحلية جماعة الحوثيين بالوقوف وراء القصف",
                phrases={
                    "trigger": "قصف مدفعي",
                    "fatalities": "قُتلت امرأة",
                    "date": "مساء أمس الأحد",
                    "place": "تعز",
                    "actor1": "جماعة الحوثيين",
                },
            ),
        ],
    ),
    (
        Article(
            "baghdad-talks",
            BAGHDAD_TALKS,
            dt.date(2024, 3, 14),
            "مباحثات عراقية تركية",
            "إذاعة الرافدين",
            None,
            "given",
        ),
        [
            Coded(
                category="political",
                event_type=None,
                sub_event_type=None,
                plover_type="CONSULT",
                date=dt.date(2024, 3, 14),
                actor1=IRQGOV,
                actor2=TURGOV,
                place=BAGHDAD,
                clause="استقبل وزير الخارجية العراقي نظيره التركي في بغداد، اليوم الخميس",
                phrases={
                    "trigger": "استقبل",
                    "actor1": "وزير الخارجية العراقي",
                    "actor2": "نظيره التركي",
                    "place": "بغداد",
                    "date": "اليوم الخميس",
                },
            ),
            Coded(
                category="political",
                event_type=None,
                sub_event_type=None,
                plover_type="AGREE",
                date=dt.date(2024, 3, 14),
                actor1=IRQGOV,
                actor2=TURGOV,
                clause="وأعلن الجانبان في ختام اللقاء اتفاقهما على تشكيل لجنة فنية مشتركة",
                phrases={"trigger": "اتفاقهما"},
            ),
        ],
    ),
]

# after deduplication: the two reports of the Maarrat Misrin strike are one event
N_EVENTS = 6
N_GEOCODED = 5


def span_of(text: str, phrase: str, *, within: tuple[int, int] = (0, -1)) -> tuple[int, int]:
    start = text.index(phrase, within[0], len(text) if within[1] < 0 else within[1])
    return start, start + len(phrase)


def to_events(article: Article, coded: Iterable[Coded]) -> list[Event]:
    events = []
    for c in coded:
        cs, ce = span_of(article.text, c.clause)
        evidence = [Evidence(cs, ce, c.clause, "event")]
        for role, phrase in c.phrases.items():
            s, e = span_of(article.text, phrase, within=(cs, ce))
            evidence.append(Evidence(s, e, phrase, role))
        events.append(
            Event(
                article_id=article.id,
                category=c.category,
                event_type=c.event_type,
                sub_event_type=c.sub_event_type,
                plover_type=c.plover_type,
                date=DateValue(c.date, basis="explicit"),
                actor1=c.actor1,
                actor2=c.actor2,
                place=c.place,
                fatalities=c.fatalities,
                evidence=tuple(evidence),
                confidence=0.9,
            )
        )
    return events


CODED = {a.id: coded for a, coded in ARTICLES}


def extract(article: Article) -> list[Event]:
    """The extractor handed to the store's ingest: the hand-coded events of a known article."""
    return to_events(article, CODED.get(article.id, []))


def fill(db_path: Any) -> None:
    """Ingest :data:`ARTICLES` into a new store at ``db_path`` through the store's own ingest loop."""
    with StoreWriter.open(db_path) as writer:
        summary = ingest([a for a, _ in ARTICLES], extract, writer=writer)
    assert summary.failed == 0, summary
