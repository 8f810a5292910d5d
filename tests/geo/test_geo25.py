"""Where an act was (helper geo25): words of an idiom read as no place (بحجة أن: under the pretext; القائم
بالأعمال: the chargé d'affaires; جسر عبور: a bridge to cross)."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize

# (text, the names of the places it names)
IDIOM_ROWS = [
    ("احتجزت الشرطة صحفيين في مدينة البصرة بحجة التعاون مع جهات أجنبية", ["البصرة"]),
    ("اعتقلت الميليشيا طلابا في كربلاء بحجة أنهم ينتمون إلى حزب محظور", ["كربلاء"]),
    ("أغارت طائرات التحالف على مواقع للمسلحين بحجة، شمال غرب اليمن", ["حجة", "اليمن"]),
    ("قصفت الطائرات مخازن للسلاح بحجة الحدودية", ["حجة"]),
    ("سلمت الخارجية القائم بالأعمال الإيراني مذكرة احتجاج", []),
    ("استدعت الحكومة القائم بأعمال السفارة الروسية", []),
    ("قتل جنديان في هجوم على القائم بمحافظة الأنبار", ["القائم", "الأنبار"]),
    ("يرى الخبراء أن البلدة أصبحت جسر عبور للأسلحة نحو الجنوب", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), IDIOM_ROWS)
def test_words_of_an_idiom_name_no_place(default_gaz: Gazetteer, text: str, names: list[str]) -> None:
    norm = normalize(text)
    assert [t.name for t in recognize(norm, default_gaz)] == [normalize(n).text for n in names]
