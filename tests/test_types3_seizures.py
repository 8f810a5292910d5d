"""The sub-type follows what the sentence tells, not the trigger word alone: an armed group (not a state) holding
civilians abducts them (ACLED's arrests are a state's), and a bomber setting off his own car bomb or belt is a
suicide bombing."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.test_trig33 import _rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group holding civilians takes them away
        (
            "وأفادت مصادر محلية أن مسلحي تنظيم داعش احتجزوا أمس 40 عائلة في قرية البوحمدان بمحافظة صلاح الدين.",
            [("Abduction/forced disappearance", "IRQREB", "البوحمدان")],
        ),
        (
            "واعتقل تنظيم داعش أمس 12 معلما في مدينة الموصل.",
            [("Abduction/forced disappearance", "IRQREB", "الموصل")],
        ),
        # the state's forces arrest
        ("واعتقلت قوات الأمن أمس 12 شابا في مدينة إب.", [("Arrests", "YEMMIL", "إب")]),
        # the fighters of another side, or its own, held by an armed group are no civilians taken away
        (
            "واعتقلت المقاومة الشعبية أمس خمسة من عناصر الحوثيين في مدينة تعز.",
            [("Arrests", "YEMUAF", "تعز")],
        ),
        (
            "ونفذ حزب الله أمس عمليات اعتقال ضد 60 عنصرا من مقاتليه في بلدة القصير.",
            [("Arrests", "LBNUAF", "القصير")],
        ),
        # those seized and then put to death: the killing is the act
        (
            "واعتقل تنظيم داعش أمس 12 معلما في مدينة الموصل، وأعدم ثلاثة منهم.",
            [("Attack", "IRQREB", "الموصل")],
        ),
    ],
)
def test_held_by_an_armed_group(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وقال المصدر إن أحد المسلحين قام بتفجير سيارته المفخخة عند حاجز للجيش في بلدة بيجي أمس.",
            [("Suicide bomb", None, "بيجي")],
        ),
        ("فجر مسلح حزامه الناسف وسط سوق في مدينة بعقوبة أمس.", [("Suicide bomb", None, "بعقوبة")]),
        (
            "وأقدم مسلح على تفجير شاحنته المفخخة قرب مقر للشرطة في مدينة الرمادي أمس.",
            [("Suicide bomb", None, "الرمادي")],
        ),
    ],
)
def test_the_bombers_own_bomb(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # anti-aircraft guns fired at the aircraft overhead hit nothing coded
        ("ويحلق طيران التحالف في أجواء مدينة تعز وسط إطلاق المضادات الأرضية.", []),
        ("وأطلق الحوثيون أمس المضادات الجوية باتجاه طائرات التحالف في سماء مدينة صعدة.", []),
        # … shells fired at a town are told
        (
            "وأطلقت الميليشيات أمس قذائف الهاون على الأحياء السكنية في مدينة تعز.",
            [("Shelling/artillery/missile attack", "YEMREB", "تعز")],
        ),
    ],
)
def test_fire_at_aircraft(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(pipeline, text) == expected
