"""DateContext: the running date of an article, clause by clause."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasad.model import TIME_DAY, DateValue
from rasad.text.normalize import normalize, normalize_key
from rasad.time import DateContext, is_future, is_quoted_past

THU = dt.date(2016, 10, 6)
SAT = dt.date(2015, 8, 1)


def _feed(ctx: DateContext, *clauses: str, future: bool = False) -> list[DateValue]:
    out = []
    for c in clauses:
        text = normalize(c).text
        out.append(ctx.date_for(text, 0, len(text), future=future))
    return out


def test_starts_at_publication() -> None:
    ctx = DateContext(THU, published_basis="given")
    (dv,) = _feed(ctx, "وقالت المصادر إن الوضع متوتر")
    assert dv == DateValue(THU, TIME_DAY, "publication")
    assert ctx.published_basis == "given"


def test_clause_without_date_inherits_running_date() -> None:
    ctx = DateContext(THU)
    a, b = _feed(ctx, "تواصلت المعارك العنيفة في حلب أمس", "ووثق ناشطون مقتل أربعة مدنيين في غارة")
    assert a == DateValue(dt.date(2016, 10, 5), TIME_DAY, "relative")
    assert b == DateValue(dt.date(2016, 10, 5), TIME_DAY, "inherited")


def test_new_date_starts_new_context() -> None:
    ctx = DateContext(SAT)
    dates = _feed(
        ctx,
        "سيطر الثوار على التبة فجر أمس",
        "وأسفرت المواجهات عن مقتل 22 متمردا",
        "وفي 28 يوليو قصفت الطائرات مخزنا للأسلحة",
        "ودمرت ثلاث آليات",
    )
    assert [d.iso() for d in dates] == ["2015-07-31", "2015-07-31", "2015-07-28", "2015-07-28"]
    assert [d.basis for d in dates] == ["relative", "inherited", "relative", "inherited"]


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        # a quoted اليوم after a named weekday: the speaker's today is that day
        (
            (
                "قامت القوات الحكومية يوم الخميس بمحاولة جديدة للتقدم",
                "وقال قائد ميداني: «الجيش اليوم أحرز تقدما»",
            ),
            ["2015-07-30", "2015-07-30"],
        ),
        # … or after the day of a telling: the day the speaker spoke
        (
            ("وقال قائد ميداني أمس", "«الجيش اليوم أحرز تقدما في محور الصابري»"),
            ["2015-07-31", "2015-07-31"],
        ),
        # … and a quoted part of that today, or a span begun then: «منذ صباح اليوم»، «مساء اليوم»
        (
            (
                "وتجددت المعارك الأربعاء في مدينة إدلب",
                "وقال مدير المرصد لوكالة رويترز إن «الفصائل تشن هجوما منذ صباح اليوم على الأحياء»",
            ),
            ["2015-07-29", "2015-07-29"],
        ),
        (
            (
                "قصفت المدفعية قرى الريف الشمالي يوم الخميس",
                'وأضاف المصدر أن "الطائرات عادت مساء اليوم لقصف المنطقة"',
            ),
            ["2015-07-30", "2015-07-30"],
        ),
        # … not a quoted اليوم after a relative day, nor an unquoted one
        (
            ("قصفت الطائرات البلدة أمس", "وقال قائد ميداني: «الجيش اليوم أحرز تقدما»"),
            ["2015-07-31", "2015-08-01"],
        ),
        (
            ("قامت القوات الحكومية يوم الخميس بمحاولة جديدة للتقدم", "وأحرز الجيش اليوم تقدما"),
            ["2015-07-30", "2015-08-01"],
        ),
        (
            ("قصفت المدفعية قرى الريف الشمالي يوم الخميس", "وعادت الطائرات مساء اليوم لقصف المنطقة"),
            ["2015-07-30", "2015-08-01"],
        ),
    ],
)
def test_a_quoted_today_after_a_named_day(clauses: tuple[str, ...], expected: list[str]) -> None:
    assert [d.iso() for d in _feed(DateContext(SAT), *clauses)] == expected


def test_inherited_follows_the_running_date_back_and_forth() -> None:
    ctx = DateContext(SAT)
    _feed(ctx, "قصفت الطائرات البلدة فجر أمس")
    before = ctx.running
    assert ctx.inherited() == DateValue(dt.date(2015, 7, 31), TIME_DAY, "inherited")
    _feed(ctx, "وفي 28 يوليو قصفت الطائرات مخزنا للأسلحة")
    assert ctx.inherited() == DateValue(dt.date(2015, 7, 28), TIME_DAY, "inherited")
    ctx.restore(before)
    assert ctx.inherited() == DateValue(dt.date(2015, 7, 31), TIME_DAY, "inherited")


def test_quoted_past_does_not_move_running_date() -> None:
    ctx = DateContext(SAT)
    dates = _feed(
        ctx,
        "قتل أربعة من القيادات الحوثية أمس في مواجهات",
        "وكانت اشتباكات مماثلة دارت أول من أمس في منطقة نقيل العرقوب",
        "كما تم استهداف اثنين من القناصة في الحي",
    )
    assert [d.iso() for d in dates] == ["2015-07-31", "2015-07-30", "2015-07-31"]


def test_sabaqa_an_is_quoted_past() -> None:
    ctx = DateContext(THU)
    _feed(ctx, "قصفت الطائرات البلدة أمس")
    (dv,) = _feed(ctx, "وسبق أن استهدف الطيران المشفى يوم الإثنين")
    assert dv.iso() == "2016-10-03"
    assert ctx.running.iso() == "2016-10-05"


def test_future_clause_goes_forward_and_does_not_move_running_date() -> None:
    ctx = DateContext(dt.date(2016, 10, 7))  # a Friday
    _feed(ctx, "قصفت الطائرات البلدة أمس")
    (dv,) = _feed(ctx, "سيزور الوزير موسكو يوم الخميس")
    assert dv.iso() == "2016-10-13"
    (dv,) = _feed(ctx, "ويلتقي نظيره يوم الإثنين", future=True)
    assert dv.iso() == "2016-10-10"
    assert ctx.running.iso() == "2016-10-06"


def test_weekday_beats_bare_today() -> None:
    ctx = DateContext(THU)
    (dv,) = _feed(ctx, "قال المرصد اليوم إن الغارات يوم الإثنين أسفرت عن مقتل عشرة")
    assert dv.iso() == "2016-10-03"


def test_week_or_month_does_not_move_running_date() -> None:
    ctx = DateContext(THU)
    dates = _feed(
        ctx,
        "قتل مدنيان في قصف أمس",
        "بعد انهيار وقف إطلاق النار الشهر الماضي",
        "وأصيب آخرون بجروح",
    )
    assert [(d.iso(), d.precision) for d in dates] == [
        ("2016-10-05", 1),
        ("2016-09-15", 3),
        ("2016-10-05", 1),
    ]


def test_without_publication_date_relative_dates_stay_unknown() -> None:
    ctx = DateContext(None)
    dates = _feed(
        ctx, "قال مصدر إن الوضع هادئ", "قتل ثلاثة أمس", "وفي 6 أكتوبر 2016 قصفت الطائرات الحي", "ودمرت منازل"
    )
    assert dates[0] == DateValue(None, TIME_DAY, "unknown")
    assert dates[1] == DateValue(None, TIME_DAY, "unknown")
    assert dates[2] == DateValue(dt.date(2016, 10, 6), TIME_DAY, "explicit")
    assert dates[3] == DateValue(dt.date(2016, 10, 6), TIME_DAY, "inherited")


def test_dates_in_pairs_each_date_with_its_expression() -> None:
    ctx = DateContext(THU)
    text = normalize(
        "سيزور جان مارك أيرولت موسكو يوم الخميس السادس من أكتوبر وواشنطن يوم الجمعة السابع من أكتوبر"
    ).text
    pairs = ctx.dates_in(text, 0, len(text))
    assert [(e.text, d.iso()) for e, d in pairs] == [
        ("يوم الخميس السادس من اكتوبر", "2016-10-06"),
        ("يوم الجمعه السابع من اكتوبر", "2016-10-07"),
    ]
    assert ctx.running.basis == "publication"
    assert ctx.dates_in(text, 0, 10) == []


def test_dates_in_today_and_tomorrow() -> None:
    ctx = DateContext(THU)
    text = normalize("سيسافر الوزير إلى روسيا والولايات المتحدة يومي اليوم وغداً").text
    assert [d.iso() for _, d in ctx.dates_in(text, 0, len(text))] == ["2016-10-06", "2016-10-07"]


@pytest.mark.parametrize(
    ("clause", "future"),
    [
        ("سيزور الرئيس موسكو", True),
        ("ومن المقرر أن يصل الوفد", True),
        ("ستعقد الجولة المقبلة في جنيف", True),
        ("وسوف تبدأ المحادثات", True),
        ("ويعتزم الملك زيارة روسيا", True),
        # predictions about the fighting
        ("وأكد أن المعارك ستستمر حتى تحرير المدينة", True),
        ("وقال إن الغارات الجوية ستزيد من زعزعة الاستقرار", True),
        ("وسيوقف الحزب الهجوم على البلدة", True),
        # what a plan will let happen
        ("والمنطقة الآمنة ستعمل على منع تسلل الجهاديين", True),
        ("لكن سيسمح لكتيبة أمريكية بالدخول", True),
        ("وقال إن الطائرات ستشن غارات على الرقة", True),
        ("وسنضرب مواقعهم في كل مكان", True),
        ("وقالت إن القاعدة ستفتح قريبا", True),
        # a stance or a step announced
        ("أبلغ الوزير الجهاز بأنه سيؤيد الاعتقال الإداري ضد نشطاء", True),
        ("وقال إننا سنتخذ إجراءات ضد المهاجمين", True),
        ("سنواصل الضربات حتى دحر التنظيم", True),
        ("وأضاف أن ذلك سيؤدي إلى مقتل المزيد", True),
        # what is a matter of time has not happened yet
        ("وأكدت مصادر أن سقوط قاعدة العند بيد المقاومة مسألة وقت لا أكثر", True),
        ("وأكد أن الشعب سينتصر على أعدائه", True),
        ("وسيارة الإسعاف وصلت إلى الموقع", False),
        ("وشنت الطائرات غارات على سيارة", False),
        ("وقتل ستة عناصر في الهجوم", False),
        ("سيطرت القوات على التلة", False),
        ("وسيطروا على ستة مواقع", False),
        ("انفجرت سيارة مفخخة", False),
        ("قال مصدر إن الوضع هادئ", False),
    ],
)
def test_is_future(clause: str, future: bool) -> None:
    text = normalize(clause).text
    assert is_future(text) is future


@pytest.mark.parametrize(
    ("clause", "quoted"),
    [
        ("وكانت اشتباكات مماثلة دارت أول من أمس", True),
        ("وكان المرصد قد أفاد بمقتل عشرة", True),
        ("وسبق أن حمت روسيا الحكومة السورية", True),
        ("سبق وأن اعتقلته السلطات", True),
        ("قتل ثلاثة مدنيين أمس", False),
        ("وأكد المتحدث أن الغارات مستمرة", False),
    ],
)
def test_is_quoted_past(clause: str, quoted: bool) -> None:
    assert is_quoted_past(normalize(clause).text) is quoted


SEED = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"


@pytest.mark.skipif(not (SEED / "seed-aleppo.txt").exists(), reason="shared/eval/dev not present")
def test_seed_article_dates() -> None:
    """Every event of the reference article gets its gold date when clauses are fed in reading order."""
    gold = json.loads((SEED / "seed-aleppo.gold.json").read_text(encoding="utf-8"))
    text = normalize((SEED / "seed-aleppo.txt").read_text(encoding="utf-8")).text
    published = dt.date.fromisoformat(gold["article"]["published"])
    ctx = DateContext(published)
    bounds = [0] + [m.end() for m in re.finditer(r'[.,;"\n]', text)] + [len(text)]
    clauses = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        pairs = ctx.dates_in(text, a, b)
        clauses.append((a, b, pairs, ctx.date_for(text, a, b) if not pairs else None))
    for ev in gold["events"]:
        ev_text = normalize(ev["evidence"]).text
        s = text.index(ev_text)
        e = s + len(ev_text)
        a, b, pairs, inherited = next(c for c in clauses if c[0] <= s < c[1])
        inside = [(x, d) for x, d in pairs if s <= x.start and x.end <= e]
        if inside:
            dv = min(inside, key=lambda p: p[0].specificity)[1]
        elif pairs:
            dv = min(pairs, key=lambda p: p[0].specificity)[1]
        else:
            dv = inherited
        assert dv is not None and dv.iso() is not None
        assert dv.iso()[: len(ev["event_date"])] == ev["event_date"], ev["id"]


_WORDS = ["سوف", "من", "المقرر", "المتوقع", "سيزور", "ستعقد", "سيارة", "سيطرة", "كان", "كانت", "قد", "سبق", "ان",
          "وسبق", "يعتزم", "تنوي", "المرتقبة", "الوزير", "قصف", "امس", "المدينة", "و", "،", "سنتابع", "فكان"]  # fmt: skip


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_the_quick_checks_agree_with_the_patterns(words: list[str]) -> None:
    from rasad.time.context import _FUTURE, _QUOTED_PAST

    text = normalize_key(" ".join(words))
    assert is_future(text) is (_FUTURE.search(text) is not None)
    assert is_quoted_past(text) is (_QUOTED_PAST.search(text) is not None)


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        # منذ a few days: a state that lasts (for three days), not the day the report goes on with
        (
            ("وتعاني أحياء المدينة من انقطاع الكهرباء منذ ثلاثة أيام", "وسيطرت القوات على الحي"),
            ["2015-07-29", "2015-08-01"],
        ),
        (
            ("وسقطت على البلدة 300 قذيفة منذ بدء الحملة في العاشر من يوليو الجاري", "وقصفت الطائرات السوق"),
            ["2015-07-10", "2015-08-01"],
        ),
        # … but fighting going on since yesterday (or this morning) is the day the report goes on with, after
        # a day another story named
        (
            ("أعلن الاتحاد يوم الأربعاء فقد صحافيين", "وتتواصل المعارك منذ صباح أمس", "كما قصفت القوات قرية"),
            ["2015-07-29", "2015-07-31", "2015-07-31"],
        ),
        (
            ("أعلن الاتحاد يوم الأربعاء فقد صحافيين", "وتدور الاشتباكات منذ فجر اليوم", "وقتل جنديان"),
            ["2015-07-29", "2015-08-01", "2015-08-01"],
        ),
        # the day fighting began, a few days back: the toll told next has run on since, it is not of that day
        (
            ("وقال مسؤول محلي إن المواجهات اندلعت بين العشيرتين قبل خمسة أيام", "وقتل 20 مسلحا في المواجهات"),
            ["2015-07-27", "2015-08-01"],
        ),
        # … but an act told a few days back is the day of what follows
        (
            ("وقال مسؤول محلي إن الطائرات قصفت البلدة قبل خمسة أيام", "وقتل 20 مسلحا في القصف"),
            ["2015-07-27", "2015-07-27"],
        ),
        # … a since-date over a month before opens a summary: what follows is of the span, not of today
        (
            ("وبلغ عدد القتلى 500 منذ 23 سبتمبر 2014 وحتى فجر اليوم", "كما قتل 40 مسلحا في الغارات"),
            ["2014-09-23", "2014-09-23"],
        ),
        # the day a statement was made, then the day of the act it tells: what follows is of the act's day
        (
            (
                "قال الجيش في بيان اليوم السبت إن الطائرات نفذت أمس الجمعة عشرين غارة",
                "وأضاف أن خمس غارات استهدفت مواقع قرب المدينة",
            ),
            ["2015-08-01", "2015-07-31"],
        ),
        # … not an act told for later
        (
            (
                "قال الجيش في بيان اليوم السبت إن المناورات ستبدأ يوم الاثنين",
                "وأضاف أن القوات جاهزة",
            ),
            ["2015-08-01", "2015-08-01"],
        ),
        # the day a source told what the text names after it («حسبما أفاد»): what follows is of the act's day
        (
            (
                "قتل ثلاثة مدنيين في قصف على البلدة الليلة قبل الماضية",
                "حسبما أفاد الجمعة مصدر طبي",
                "وقال المصدر إن القتلى من عائلة واحدة",
            ),
            ["2015-07-30", "2015-07-31", "2015-07-30"],
        ),
        # the days attacks are warned of: no day the report is at
        (
            (
                "وقصفت الطائرات مواقع المسلحين أمس",
                "وحذرت الشرطة من احتمال هجمات يومي 25 يوليو و28 يوليو في العاصمة",
                "وقتل جنديان في القصف",
            ),
            ["2015-07-31", "2015-07-25", "2015-07-31"],
        ),
        # who would carry the attacks out named between the act and the attacks: still attacks warned of
        (
            (
                "وداهمت الشرطة مخبأ للمسلحين أمس",
                "وحذرت الأجهزة الأمنية بشأن احتمال تنفيذ عناصر التنظيم هجمات يوم 20 يوليو",
                "واعتقلت الشرطة 12 شخصا",
            ),
            ["2015-07-31", "2015-07-20", "2015-07-31"],
        ),
    ],
)
def test_spans_and_tellings_do_not_move_the_running_date(
    clauses: tuple[str, ...], expected: list[str]
) -> None:
    assert [d.iso() for d in _feed(DateContext(SAT), *clauses)] == expected


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        # «في اليوم التالي» (the next day): the day after the running date, and the date the text goes on with
        (
            (
                "بدأت القوات هجوما على البلدة في الثالث من يوليو",
                "وتمكنت في اليوم التالي من دخولها",
                "وقتل جنديان",
            ),
            ["2015-07-03", "2015-07-04", "2015-07-04"],
        ),
        (
            ("اندلعت الاشتباكات أمس الخميس", "وصباح اليوم التالي انسحب المسلحون من الحي"),
            ["2015-07-30", "2015-07-31"],
        ),
        (
            ("اندلعت الاشتباكات أمس الخميس", "وفي الليلة التالية انسحب المسلحون من الحي"),
            ["2015-07-30", "2015-07-31"],
        ),
        (
            ("اندلعت الاشتباكات أمس الخميس", "وفي اليوم التالي لم يتمكن المسعفون من الوصول"),
            ["2015-07-30", "2015-07-31"],
        ),
        # the day after a thing named (اليوم التالي للانتخابات) is no day after the running date
        (
            ("اندلعت الاشتباكات أمس الخميس", "وتظاهر الطلاب في اليوم التالي للانتخابات"),
            ["2015-07-30", "2015-07-30"],
        ),
    ],
)
def test_the_next_day_follows_the_running_date(clauses: tuple[str, ...], expected: list[str]) -> None:
    ctx = DateContext(SAT)
    assert [d.iso() for d in _feed(ctx, *clauses)] == expected


def test_the_next_day_of_no_day_told_is_no_day() -> None:
    # no day told before it: the next day of what is unknown, not the day after publication
    ctx = DateContext(SAT)
    (dv,) = _feed(ctx, "وتمكنت القوات في اليوم التالي من دخول البلدة")
    assert dv == DateValue(SAT, TIME_DAY, "publication")


@pytest.mark.parametrize(
    ("clauses", "expected"),
    [
        # «في الشهر نفسه» (in the same month): the month named before, in the clause before it
        (
            ("وأعلن التنظيم في منتصف يونيو", "مقتل قائده في غارة في الشهر نفسه"),
            [("2015-06-15", 2), ("2015-06-15", 3)],
        ),
        # … or in the same clause
        (
            ("وفي مطلع يوليو قصفت الطائرات مخزنا ودمرت في الشهر ذاته جسرا",),
            [("2015-07-05", 2)],
        ),
        # «في اليوم نفسه» (on the same day): the day named before, though a month was told since
        (
            (
                "قتل جنديان في الثالث من يوليو",
                "ووثقت المنظمة في تقرير أصدرته يونيو الماضي",
                "وفي اليوم ذاته قتل مدني",
            ),
            [("2015-07-03", 1), ("2015-06-15", 3), ("2015-06-15", 3)],
        ),
        (
            (
                "قتل جنديان في الثالث من يوليو",
                "وكان التنظيم قد فجر سيارة يوم 20 يونيو",
                "وفي نفس اليوم قتل مدني",
            ),
            [("2015-07-03", 1), ("2015-06-20", 1), ("2015-06-20", 1)],
        ),
        # a day of the same month
        (
            ("وصلوا إلى البلدة في العاشر من تموز", "وفقد الاتصال بهم في الـ 12 من الشهر نفسه"),
            [("2015-07-10", 1), ("2015-07-12", 1)],
        ),
        # «في العام نفسه» after a year written alone: that year, not the last date the finder read
        (
            (
                "اندلعت الاشتباكات أمس",
                "وكان التنظيم قد سيطر على المدينة في عام 2014 وقتل في العام نفسه قائده",
            ),
            [("2015-07-31", 1), ("2014-07-01", 3)],
        ),
        # no date told before: as without it, the running date
        (("وفي اليوم نفسه قتل مدني",), [("2015-08-01", 1)]),
    ],
)
def test_the_same_day_or_month_as_the_date_before(
    clauses: tuple[str, ...], expected: list[tuple[str, int]]
) -> None:
    ctx = DateContext(SAT)
    assert [(d.iso(), d.precision) for d in _feed(ctx, *clauses)] == expected
