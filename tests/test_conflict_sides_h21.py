"""Who fought whom (conflict assembler): residential areas shelled are civilians hit."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # residential areas, quarters of civilians, a residential block: the civilians living there are hit
        (
            "وقال مصدر محلي إن المتمردين أطلقوا صواريخ كاتيوشا على مناطق سكنية في مدينة الحديدة أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMCVL"),
        ),
        (
            "وقصفت قوات النظام بقذائف الهاون المناطق السكنية في مدينة دوما أمس.",
            ("Shelling/artillery/missile attack", "SYRMIL", "SYRCVL"),
        ),
        (
            "وشنت طائرات النظام غارات على أبنية سكنية في مدينة تلبيسة أمس.",
            ("Air/drone strike", "SYRMIL", "SYRCVL"),
        ),
        (
            "وسقطت قذائف أطلقها مسلحو داعش على حي سكني في مدينة سامراء أمس.",
            ("Shelling/artillery/missile attack", "IRQREB", "IRQCVL"),
        ),
    ],
)
def test_residential_areas_shelled_are_civilians_hit(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side a comma-closed "مدعومة ب…" backs did the act told after it; the backer is its associate
        (
            "واصل مقاتلو المقاومة الشعبية تصديهم للمتمردين في محافظة تعز. ففي مدينة تعز نجحت القوات الشرعية،"
            " مدعومة بمقاتلي المقاومة، في السيطرة على منطقة الحوبان شرق المدينة.",
            ("Government regains territory", "YEMMIL", "YEMREB", ["YEMUAF"]),
        ),
        (
            "وتواصل المقاومة الشعبية هجماتها على المتمردين. وفي مدينة عدن نجح الجيش الوطني، مدعوما بمقاتلي"
            " المقاومة في السيطرة على منطقة المعلا أمس.",
            ("Government regains territory", "YEMMIL", "YEMREB", ["YEMUAF"]),
        ),
    ],
)
def test_the_side_backed_did_it(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [(*_sides(e), [a.code for a in e.assoc_actors]) for e in _conflict(pipeline, text)]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act attributed in the passive, in a clause of its own before it, is the side's after الى
        (
            "وفي حادثة منفصلة، نسبت أيضا إلى حزب العمال الكردستاني، قتل جندي تركي عندما انفجر لغم أرضي في"
            " مدينة مديات.",
            ("Remote explosive/landmine/IED", "TURREB", "TURMIL"),
        ),
        (
            "وفي حادثة أخرى نسبت إلى تنظيم داعش، قتل ثلاثة جنود في انفجار عبوة ناسفة في مدينة الرمادي.",
            ("Remote explosive/landmine/IED", "IRQREB", "IRQMIL"),
        ),
    ],
)
def test_attributed_in_a_clause_before(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a position named with the pronoun after li- ("تجمعا لهم") is the side's named before (the first of two
        # joined by و)
        (
            "ودارت معارك في منطقة سهل الغاب إثر محاولة القوات النظامية وعناصر من حزب الله التقدم نحو بلدة"
            " قسطون، حيث قصفت فصائل المعارضة تجمعا لهم بقذيفة دبابة.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL"),
        ),
        (
            "وحاول مسلحو الحوثي التقدم نحو مديرية صرواح أمس. وشنت طائرات التحالف غارات استهدفت تجمعا لهم في"
            " مديرية صرواح.",
            ("Air/drone strike", "INTMIL", "YEMREB"),
        ),
    ],
)
def test_positions_of_them_after_li(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [_sides(e) for e in _conflict(pipeline, text) if e.event_type == "Explosions/Remote violence"]
    assert got[:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side one of whose men fell, its name in quotation marks, is the one hit
        (
            "قتل قيادي وأحد العناصر في «جيش الإسلام» خلال اشتباكات مع قوات النظام في بلدة حزرما.",
            ("Armed clash", "SYRMIL", "SYRREB"),
        ),
        (
            "قتل قيادي وأحد العناصر في «فيلق الشام» خلال اشتباكات مع قوات النظام في بلدة كفرنبل.",
            ("Armed clash", "SYRMIL", "SYRREB"),
        ),
    ],
)
def test_men_of_a_side_named_in_quotes(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's further air strikes, on no side named, hit whom its strikes told just before hit (in that
        # country)
        (
            "قصف طيران التحالف ليلة امس مواقع للحوثيين في صنعاء. وقالت مصادر محلية إن الغارات هزت المدينة. كما"
            " شنت مقاتلات التحالف اربع غارات في جبهة صرواح غرب مأرب.",
            [("Air/drone strike", "INTMIL", "YEMREB"), ("Air/drone strike", "INTMIL", "YEMREB")],
        ),
        # (a group coded to the country it was hit in is that group in the next)
        (
            "قصفت طائرات التحالف الدولي مواقع لتنظيم داعش في مدينة الموصل. كما شنت طائرات التحالف الدولي غارات"
            " في مدينة الرقة السورية.",
            [("Air/drone strike", "INTMIL", "IRQREB"), ("Air/drone strike", "INTMIL", "SYRREB")],
        ),
        # (not civilians hit before)
        (
            "قصفت طائرات النظام أحياء سكنية في مدينة دوما. كما شنت طائرات النظام غارات على مدينة حرستا.",
            [("Air/drone strike", "SYRMIL", "SYRCVL"), ("Air/drone strike", "SYRMIL", None)],
        ),
    ],
)
def test_further_strikes_hit_the_side_hit_before(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the verb, the army named second with a militia leads it (as before the verb); the militia is its
        # associate
        (
            "وشن مقاتلو المقاومة الشعبية والجيش الوطني هجوما على مواقع الحوثيين في مديرية صرواح أمس.",
            ("Armed clash", "YEMMIL", "YEMREB", ["YEMUAF"]),
        ),
    ],
)
def test_the_army_leads_the_militia_named_with_it(pipeline: Pipeline, text: str, expected: tuple) -> None:
    got = [(*_sides(e), [a.code for a in e.assoc_actors]) for e in _conflict(pipeline, text)]
    assert got[:1] == [expected]
