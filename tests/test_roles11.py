"""The sides of an act: an accuser is never the doer of what it charges another with; bare النظام as the owner of
what is hit or as the one accused in a report on Syria; a name written with li- keeps its article; the sides after
بين of another act; a country-less group told again in an act of no place."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_conflict_sides import _conflict, _sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the accused does the act charged; the accuser (an unarmed opposition, a government) never does
        (
            "اتهمت المعارضة النظام بقصف المدنيين في حمص امس.",
            ("Shelling/artillery/missile attack", "SYRMIL", "SYRCVL"),
        ),
        # an accused that cannot be resolved leaves the doer empty, never the accuser
        (
            "اتهمت المعارضة جهات مجهولة بقصف المدنيين في حمص امس.",
            ("Shelling/artillery/missile attack", None, "SYRCVL"),
        ),
        (
            "حملت الحكومة العراقية جهات مجهولة مسؤولية التفجير الذي وقع في سوق ببغداد امس.",
            ("Remote explosive/landmine/IED", None, None),
        ),
        # the side right after the verb (its subject told before) is the one held responsible
        (
            "وحمل مليشيات الحوثيين وصالح مسؤولية تفجير المنشأة النفطية في تعز امس.",
            ("Remote explosive/landmine/IED", "YEMREB", None),
        ),
        # bare النظام owning what is hit, or owning the aircraft, is the regime's forces
        ("استهدفت فصائل المعارضة رتلا للنظام في ريف حماة امس.", ("Armed clash", "SYRREB", "SYRMIL")),
        (
            "قصفت الطائرات الحربية التابعة للنظام مواقع للمعارضة في ريف حلب امس.",
            ("Air/drone strike", "SYRMIL", "SYRREB"),
        ),
        # … not towns loyal to it, which are no side
        (
            "قصفت فصائل المعارضة بلدتين مواليتين للنظام في ريف إدلب امس.",
            ("Shelling/artillery/missile attack", "SYRREB", None),
        ),
        # a bombing in a cultural centre hits the people in it
        (
            "انفجرت عبوة ناسفة أمس في مركز ثقافي بمدينة الرمادي.",
            ("Remote explosive/landmine/IED", None, "IRQCVL"),
        ),
        # the sides after بين of a fight told after a word of time are that fight's, not the strike's
        (
            "قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سوريا غداة اشتباكات بين الجيش التركي والمسلحين على"
            " الحدود.",
            ("Air/drone strike", "TURMIL", "SYRREB"),
        ),
        (
            "قصفت الطائرات الحربية التابعة للنظام بلدة كفرنبل امس بعد اشتباكات بين الثوار وقوات النظام في محيطها.",
            ("Air/drone strike", "SYRMIL", None),
        ),
    ],
)
def test_sides(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == [expected]


def test_the_regime_held_responsible_does_the_act(pipeline: Pipeline) -> None:
    text = "حملت المعارضة السورية النظام مسؤولية المجزرة التي قتل فيها عشرون مدنيا في ريف دمشق امس."
    (e,) = _conflict(pipeline, text)
    assert e.actor1 is not None and e.actor1.code in ("SYRGOV", "SYRMIL")
    assert e.actor1.name_ar == "النظام"


@pytest.mark.parametrize(
    "text",
    [
        # النظام of another kind, or the regime of politics, is no side
        "قتل عشرة مدنيين في قصف على بلدة كفرنبل امس، وطالب الناشطون بحماية النظام العام في المدينة.",
        "قتل عشرة مدنيين في قصف على بلدة كفرنبل امس، ودعا المحتجون الى اسقاط النظام.",
    ],
)
def test_bare_regime_elsewhere_is_no_side(pipeline: Pipeline, text: str) -> None:
    assert all(e.actor1 is None or e.actor1.name_ar != "النظام" for e in _conflict(pipeline, text))


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        # li- took in the lam of the article: the name as written keeps its article
        ("قصفت طائرة حربية تابعة للنظام السوري بلدة كفرنبل امس.", "actor1", "النظام السوري"),
        ("قصفت الطائرات الحربية التابعة للنظام مواقع للمعارضة في ريف حلب امس.", "actor2", "المعارضة"),
    ],
)
def test_a_name_with_li_keeps_its_article(pipeline: Pipeline, text: str, role: str, name: str) -> None:
    (e,) = _conflict(pipeline, text)
    assert getattr(e, role).name_ar == name


def test_a_group_told_again_in_an_act_of_no_place_is_of_the_country_it_was_hit_in(pipeline: Pipeline) -> None:
    # (a report from Turkey: the arrests in Istanbul are of the group there)
    text = (
        "أغارت مقاتلات تركية أمس على مواقع لتنظيم داعش في سوريا.\n"
        "وذكر بيان لرئاسة الأركان التركية أن المقاتلات قصفت بالصواريخ مخزنين لمسلحي داعش ثم عادت إلى قواعدها.\n"
        "وفي إسطنبول اعتقلت الشرطة التركية عشرين من عناصر تنظيم داعش."
    )
    assert [_sides(e) for e in _conflict(pipeline, text)] == [
        ("Air/drone strike", "TURMIL", "SYRREB"),
        ("Arrests", "TURMIL", "TURREB"),
    ]
