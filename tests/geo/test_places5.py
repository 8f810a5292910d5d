"""Names after a type word (helper places5): a quarter's or a village's name on ـي is a name, not an adjective."""

from __future__ import annotations

import pytest

from rasad.geo import Gazetteer, recognize
from rasad.text.normalize import normalize
from tests.geo.resolving import resolved, sole_place

# (text, the name read, the event's precision): after a feminine type word (منطقة، بلدة، قرية) a word on ـي is
# no adjective (that would end in ـية), and after حي a long one that is no kind of quarter, nor the genitive of
# an indefinite name; a place the index lacks lies at its city (precision 2)
NAME_ON_I_ROWS = [
    ("قتل ثلاثة أشخاص في انفجار عبوة في حي بايراملي في مدينة إسطنبول.", "بايراملي", 2),
    ("قتل ثلاثة أشخاص في انفجار عبوة في حي سلطان بكلي في مدينة إسطنبول.", "سلطان بكلي", 2),
    ("قتل ثلاثة أشخاص في انفجار عبوة في منطقة كوزلي في مدينة إسطنبول.", "كوزلي", 2),
    ("قتل ثلاثة أشخاص في انفجار عبوة في قرية داركلي قرب مدينة أربيل.", "داركلي", 2),
    ("قتل ثلاثة أشخاص في انفجار عبوة في حي بايراملي بمدينة إسطنبول.", "بايراملي", 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "precision"), NAME_ON_I_ROWS)
def test_a_name_on_i_after_a_type_word_is_a_name(
    default_gaz: Gazetteer, text: str, name: str, precision: int
) -> None:
    place = sole_place(default_gaz, text)
    assert place.name_ar == name
    assert place.precision == precision  # (a quarter the index lacks: its city's point)


# (text, the adjective that is no name): a kind of quarter after حي, an adjective on ـية after a feminine word
ADJECTIVE_ROWS = [
    ("قتل ثلاثة أشخاص في سقوط قذيفة على حي سكني في مدينة إسطنبول.", "سكني"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على حي شعبي في مدينة إسطنبول.", "شعبي"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على حي عشوائي في مدينة إسطنبول.", "عشوائي"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على حي تجاري في مدينة إسطنبول.", "تجاري"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على منطقة صناعية في مدينة إسطنبول.", "صناعيه"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على منطقة حدودية قرب مدينة أربيل.", "حدوديه"),
    ("قتل ثلاثة أشخاص في سقوط قذيفة على بلدة كردية قرب مدينة أربيل.", "كرديه"),
    # (nor the first word of a longer name the reader cannot delimit)
    ("قتل ثلاثة أشخاص في سقوط قذيفة على منطقة غازي عثمان جوزال في مدينة إسطنبول.", "غازي"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word"), ADJECTIVE_ROWS)
def test_an_adjective_after_a_type_word_is_no_name(default_gaz: Gazetteer, text: str, word: str) -> None:
    assert word not in resolved(default_gaz, text, None)


# (text, the names read): a person's title after a type word goes on with the person's name (a shrine's town,
# السيدة زينب, the embedded index lacks), not with the next place of a list
TITLED_ROWS = [
    ("قتل أربعة مدنيين بسقوط قذائف على منطقة السيدة زينب جنوب دمشق.", ["السيده زينب", "دمشق"]),
    ("قتل أربعة مدنيين بسقوط قذائف على ضاحية السيدة سكينة قرب دمشق.", ["السيده سكينه", "دمشق"]),
    ("قتل أربعة مدنيين بسقوط قذائف على حي السيدة وحي الميدان في دمشق.", ["السيده", "الميدان", "دمشق"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), TITLED_ROWS)
def test_a_title_after_a_type_word_goes_on_with_the_name(
    default_gaz: Gazetteer, text: str, names: list
) -> None:
    assert list(resolved(default_gaz, text, "SYR")) == names


# (text, how many times the name is read): a name of three letters the text introduced once with a type word is
# named again bare right after a preposition of place — not as the ordinary word it also is, nor with a clitic,
# nor when two type words introduced it (two places of one name may be meant)
SHORT_AGAIN_ROWS = [
    ("قصفت المدفعية منطقة نقم شرق مدينة صنعاء. وقال مصدر إن الاشتباكات في نقم استمرت.", "نقم", 2),
    ("قصفت المدفعية منطقة نقم شرق مدينة صنعاء. وقال مصدر إن الاشتباكات وفي نقم استمرت.", "نقم", 2),
    ("قصفت المدفعية منطقة صبر جنوب مدينة تعز. ودعا الأهالي إلى الصبر وقالوا إن صبر السكان نفد.", "صبر", 1),
    ("قصفت المدفعية منطقة صبر جنوب مدينة تعز. وقال الأهالي إنهم يواجهون الحصار بصبر.", "صبر", 1),
    ("قصفت الطائرات منطقة نقم بمحافظة لحج. واشتبك المسلحون في منطقة نقم قرب تعز. وقتل ثلاثة في نقم.", "نقم", 2),
]  # fmt: skip


@pytest.mark.parametrize("row", SHORT_AGAIN_ROWS)
def test_a_short_name_introduced_once_is_named_again_after_a_preposition(
    default_gaz: Gazetteer, row: tuple
) -> None:
    text, name, times = row
    assert [t.name for t in recognize(normalize(text), default_gaz)].count(name) == times
