"""A direction a new item of a list carries ("، وقرى شرق الفلوجة") locates that item, not the place before the
and: on the embedded default gazetteer."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer
from rasad.model import GEO_REGION
from tests.geo.resolving import resolved


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("اشتبك الجيش مع المسلحين في بيجي شمال صلاح الدين، وقرى شرق الفلوجة", "صلاح الدين", "Salah al-Din"),
        ("تقدمت القوات في سامراء جنوب صلاح الدين وبلدات غرب الرمادي", "صلاح الدين", "Salah al-Din"),
    ],
)
def test_the_direction_of_the_next_item_does_not_locate_the_one_before(
    default_gaz: Gazetteer, text: str, name: str, admin1: str
) -> None:
    place = resolved(default_gaz, text, "IRQ")[name]
    assert place is not None and (place.admin1, place.precision) == (admin1, GEO_REGION)


def test_a_named_item_after_and_shares_the_direction(default_gaz: Gazetteer) -> None:
    # both named camps lie north of Lahij, whatever governorate the text was about before
    text = "اشتبكت المقاومة مع الحوثيين في تعز. وقصفت الطائرات معسكر لبوزة ومنطقة المسيمير شمال لحج"
    place = resolved(default_gaz, text, "YEM")["لبوزه"]
    assert place is not None and place.admin1 == "Lahij"
