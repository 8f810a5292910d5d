"""The day a statement was made is not the day of the act it tells, when the story already runs at another."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, resolve

WED = dt.date(2015, 10, 14)

_STRIKE = "قتل خمسة مدنيين في غارة جوية على مدينة إدلب أمس الثلاثاء."
_TOLD = "قال الجيش في بيان صباح اليوم إن طائراته قصفت مواقع للمسلحين في ريف حماة."


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the act told has no day of its own: it goes on with the story's day
        (f"{_STRIKE} و{_TOLD}", ["2015-10-13", "2015-10-13"]),
        # … with nothing told before, the statement's day
        (_TOLD, ["2015-10-14"]),
        # … another side's news, or a new paragraph: the statement's day
        (f"{_STRIKE} من جهته، {_TOLD}", ["2015-10-13", "2015-10-14"]),
        (f"{_STRIKE}\nو{_TOLD}", ["2015-10-13", "2015-10-14"]),
        # … a report that came out that day, its verb in a relative clause, tells no act of its own that day
        (
            f"{_STRIKE} وذكر التقرير الذي نشر صباح اليوم أن الطائرات قصفت مواقع للمسلحين في ريف حماة.",
            ["2015-10-13", "2015-10-13"],
        ),
        # … an act with a day of its own keeps it
        (
            f"{_STRIKE} وقال الجيش في بيان صباح اليوم إن طائراته قصفت فجر اليوم مواقع للمسلحين في ريف حماة.",
            ["2015-10-13", "2015-10-14"],
        ),
        # a report «عن» (about) an act told with a day of its own: that day, and what the report goes on with
        (
            "أفاد المرصد السوري الأربعاء عن مقتل ستة مدنيين الثلاثاء جراء سقوط عشرات القذائف على بلدة معرة "
            "النعمان. وأشار المرصد إلى اشتباكات عنيفة استمرت ثماني ساعات في محيط البلدة.",
            ["2015-10-13", "2015-10-13"],
        ),
        (
            "أعلن الجيش الأربعاء عن مقتل عشرة مسلحين الثلاثاء في اشتباكات مع قواته قرب مدينة بيجي.",
            ["2015-10-13"],
        ),
        # … and an act of the report's day its next sentence names is that day's, no retelling of the act before
        (
            "وأفاد المرصد الأربعاء عن مقتل سبعة أشخاص الثلاثاء بسبب سقوط قذائف على بلدة الفوعة في ريف إدلب. "
            "وأضاف المرصد أن الفصائل استأنفت اليوم استهداف الفوعة، بينما نفذ الطيران الحربي السوري أربع غارات "
            "على مناطق في محيط البلدة.",
            ["2015-10-13", "2015-10-14"],
        ),
    ],
)
def test_a_statements_day_and_the_act_it_tells(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [e.event_date for e in events if e.category == "conflict"] == dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("عين اليوم – دمشق", []),  # a newspaper's name in a dateline
        ("عين اليوم - دمشق", []),
        ("قصف الطيران بلدة رأس العين اليوم", ["اليوم"]),
    ],
)
def test_a_newspapers_name_is_no_day(text: str, found: list[str]) -> None:
    t = normalize(text).text
    assert [e.text for e in find_time_expressions(t, 0, len(t))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("خرجت تظاهرة قبل أيام", [("قبل ايام", -3, 2)]),  # some days ago: no day, a week
        ("خرجت تظاهرة قبل بضعة أيام", [("قبل بضعه ايام", -3, 2)]),
        ("خرجت تظاهرة قبل عدة أيام", [("قبل عده ايام", -3, 2)]),
        ("خرجت تظاهرة قبل ثلاثة أيام", [("قبل ثلاثه ايام", -3, 1)]),  # (a count: the day)
        ("يحاصر المسلحون البلدة منذ أيام", []),  # (for days: a span going on)
        # the last few days: the same
        ("استعادت القوات في الأيام القليلة الماضية بلدات عدة", [("الايام القليله الماضيه", -3, 2)]),
        ("قتل عشرات خلال الأيام الأخيرة", [("الايام الاخيره", -3, 2)]),
        ("ستتواصل المعارك في الأيام المقبلة", []),
    ],
)
def test_some_days_ago_is_a_week(text: str, found: list[tuple[str, int, int]]) -> None:
    t = normalize(text).text
    got = []
    for e in find_time_expressions(t, 0, len(t)):
        dv = resolve(e, WED)
        assert dv is not None and dv.date is not None
        got.append((e.text, (dv.date - WED).days, dv.precision))
    assert got == found


def test_some_days_ago_moves_no_running_date(pipeline: Pipeline) -> None:
    text = f"{_STRIKE} وقصفت الطائرات بلدة سراقب قبل أيام. وقصف الطيران بلدة كفرنبل."
    events = pipeline(Article(id="t", text=text, published=WED))
    got = [(e.event_date, e.to_dict()["time_precision"]) for e in events if e.category == "conflict"]
    assert got == [("2015-10-13", 1), ("2015-10-11", 2), ("2015-10-13", 1)]


def test_the_day_of_a_statement_of_what_is_to_come_frames_no_act(pipeline: Pipeline) -> None:
    # "قال المكتب يوم الخميس إن تركيا ستتخذ …": the day something to come was said is no day of the article's acts;
    # the undated raids of the lead are of the day the report runs at, not of that Thursday
    text = (
        "ذكرت وسائل إعلام محلية أن الشرطة التركية نفذت مداهمات خلال الليل في مدينة إسطنبول. وقال مكتب رئيس"
        " الوزراء في بيان إن مقاتلات تركية قصفت صباح اليوم مواقع للتنظيم في سوريا. ووقع تبادل لإطلاق النار يوم"
        " الخميس قرب بلدة كلس بين الجيش التركي ومسلحي التنظيم. وقال مكتب رئيس الوزراء يوم الخميس إن تركيا ستتخذ"
        " كل الإجراءات اللازمة لحماية الأمن."
    )
    events = pipeline(Article(id="t", text=text, published=dt.date(2015, 7, 24)))
    assert [(e.sub_event_type, str(e.event_date)) for e in events if e.category == "conflict"] == [
        ("Arrests", "2015-07-24"),
        ("Air/drone strike", "2015-07-24"),
        ("Armed clash", "2015-07-23"),
    ]


@pytest.mark.parametrize(
    ("text", "precisions"),
    [
        # an act told shortly after the one before it, with no day of its own: of days near that act's day
        (
            "قصفت الطائرات بلدة كفرنبل في ريف إدلب يوم 3 أكتوبر. وبعد ذلك بقليل قتل ثلاثة جنود في انفجار عبوة "
            "ناسفة في مدينة إدلب.",
            [("2015-10-03", 1), ("2015-10-03", 2)],
        ),
        # … an act told on with no such words: of the same day
        (
            "قصفت الطائرات بلدة كفرنبل في ريف إدلب يوم 3 أكتوبر. وقتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة "
            "إدلب.",
            [("2015-10-03", 1), ("2015-10-03", 1)],
        ),
    ],
)
def test_an_act_after_the_one_before_is_of_days_near_it(
    pipeline: Pipeline, text: str, precisions: list[tuple[str, int]]
) -> None:
    events = pipeline(Article(id="t", text=text, published=WED))
    assert [(e.event_date, e.date.precision) for e in events if e.category == "conflict"] == precisions


THU = dt.date(2015, 10, 15)
_LEAD = "قصف الطيران بلدة كفرنبل في ريف إدلب اليوم الخميس.\n"


# what the factions announced the day before yesterday, and an envoy's statement of Tuesday evening
_ANNOUNCED = "وجاء ذلك بعد إعلان الفصائل أمس الأول عن السيطرة على حاجز للجيش.\n"
_ENVOY = "وقال المبعوث الدولي في بيان صدر مساء الثلاثاء إن "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a paragraph that goes on telling what a statement dated before it told: the statement's day, not the
        # article's date frame
        (
            f"{_LEAD}{_ANNOUNCED}ونقلت وكالة محلية عن قائد ميداني قوله إن المقاتلين قتلوا خمسة جنود في قرية معرة حرمة.",
            {"كفرنبل": "2015-10-15", "معرة": "2015-10-13"},
        ),
        (
            f"{_LEAD}{_ENVOY}القوات الحكومية ألقت براميل متفجرة على مدينة داريا.\nويرى مراقبون أن المدينة مهمة "
            "للجيش.\nوقال المبعوث إن الفصائل ردت بقصف بلدة الفوعة بالصواريخ.",
            {"كفرنبل": "2015-10-15", "داريا": "2015-10-13", "الفوعة": "2015-10-13"},
        ),
        # … not a paragraph of an act told afresh, nor one after another item ("إلى ذلك") or another day named
        (
            f"{_LEAD}{_ANNOUNCED}وقتل المقاتلون خمسة جنود في قرية معرة حرمة.",
            {"كفرنبل": "2015-10-15", "معرة": "2015-10-15"},
        ),
        (
            f"{_LEAD}{_ENVOY}الوضع مقلق.\nإلى ذلك، أفادت مصادر بأن الجيش قصف بلدة الفوعة.\nوقال مصدر محلي إن "
            "الفصائل قصفت مدينة داريا بالصواريخ.",
            {"كفرنبل": "2015-10-15", "الفوعة": "2015-10-15", "داريا": "2015-10-15"},
        ),
    ],
)
def test_a_paragraph_that_goes_on_telling(pipeline: Pipeline, text: str, dates: dict[str, str]) -> None:
    events = pipeline(Article(id="t", text=text, published=THU))
    got = {e.to_dict()["location"]["name_ar"]: e.event_date for e in events if e.category == "conflict"}
    assert got == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a day told in a relative clause after the act's own day is of what that clause tells
        (
            "قتل مسلحون أمس ثلاثة جنود في كمين قرب بلدة سراقب ردا على القصف الذي نفذه الجيش يوم الأحد.",
            "2015-10-14",
        ),
        ("اقتحم مسلحون أمس مركزا للشرطة في بلدة سراقب بعد المعارك التي دارت السبت الماضي.", "2015-10-14"),
        # … the act's own day alone
        ("قتل مسلحون يوم الأحد ثلاثة جنود في كمين قرب بلدة سراقب.", "2015-10-11"),
    ],
)
def test_a_day_in_a_relative_clause_after_the_acts_own(pipeline: Pipeline, text: str, date: str) -> None:
    events = pipeline(Article(id="t", text=text, published=THU))
    got = [
        e.event_date
        for e in events
        if e.category == "conflict" and e.to_dict()["location"]["name_ar"] == "سراقب"
    ]
    assert got == [date]


def test_the_day_after_a_statement_told_on_a_day_of_its_own(pipeline: Pipeline) -> None:
    # "وجاء كلامه غداة …": the words came on the day the sentence before named (Saturday), though the story runs
    # at the report's Sunday — the clash named after غداة was the Friday
    text = (
        "ذكرت وكالة الأنباء الأحد أن نحو مئة مسلح قتلوا خلال أسبوعين من الغارات الجوية.\n"
        "ووجه زعيم الحزب نداء جديدا السبت إلى الحكومة لوقف أعمال العنف.\n"
        "وجاء كلام الزعيم غداة مقتل خمسة أشخاص في مواجهات بين قوات الأمن ومقاتلين في مدينة نصيبين."
    )
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert [(e.place and e.place.name_ar, e.date.iso()) for e in events] == [("نصيبين", "2015-10-09")]
