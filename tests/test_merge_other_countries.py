"""Acts in two countries are never one event: a later report that names the country it was in ("الغارات على
مواقع التنظيم في سوريا") is not the strike told before in another one, nor does a summary told in one country sum
up an act placed in another; a sentence opened by its country ("وفي العراق …") is in that country, whatever place
it carried over. Within one country the later report still tells the act again."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        # the toll of the strikes in Syria is not the toll of the strike told before in Iraq
        (
            "قصفت الطائرات التركية أمس مواقع لحزب العمال الكردستاني في منطقة الزاب بإقليم كردستان العراق. وقال "
            "مسؤول تركي إن الضربات استمرت حتى الفجر. وأدت الغارات التركية على مواقع لتنظيم داعش في سوريا إلى "
            "مقتل سبعة مسلحين، بحسب المرصد.",
            [("الزاب", 0), ("سوريا", 7)],
        ),
        # a report of strikes in Syria, told with no finer place (its country named after its second trigger),
        # does not sum up the strike told next at a place in Iraq
        (
            "ولليوم الثاني شنت مقاتلات تركية، غارات جوية على مواقع لتنظيم داعش في سوريا أمس. وأكد حزب العمال "
            "الكردستاني في بيان قصف الطائرات التركية لمواقعه في منطقة الزاب بإقليم كردستان أمس.",
            [("سوريا", 0), ("الزاب", 0)],
        ),
        # (the same country named again: the strike told before, with its dead)
        (
            "قصفت الطائرات التركية أمس مواقع لحزب العمال الكردستاني في منطقة الزاب بشمال العراق. وأدت الغارات "
            "التركية على مواقع الحزب في العراق إلى مقتل سبعة مسلحين.",
            [("الزاب", 7)],
        ),
    ],
)
def test_acts_in_two_countries_stay_apart(
    pipeline: Pipeline, text: str, tolls: list[tuple[str, int]]
) -> None:
    events = _conflict(pipeline, text)
    assert [(e.place.name_ar if e.place else None, e.fatalities) for e in events] == tolls


def test_a_sentence_framed_by_its_country_is_not_the_act_told_in_another(pipeline: Pipeline) -> None:
    # ("وفي العراق …" opens the sentence: its strikes are not the strikes in Syria told before, nor is that report
    # told again at a city of Iraq)
    text = (
        "وقال البيان إن ستا من ثماني غارات جرت في سوريا، نفذت قرب الحسكة وأصابت وحدات للمقاتلين. وفي العراق أصابت "
        "الغارات أهدافا عدة قرب تسع مدن بينها الموصل ومخمور والفلوجة."
    )
    events = _conflict(pipeline, text)
    iraq = [e for e in events if e.place is not None and e.place.country == "IRQ"]
    assert iraq
    assert all("سوريا" not in " ".join(x.text for x in e.evidence) for e in iraq)
