"""Who did an act and to whom: the doer of air strikes fights no ground battle, the side that repelled an attack
is the side it hit (conflict assembler)."""

from __future__ import annotations

import pytest

from rasad.model import Event
from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _sides(e: Event) -> tuple:
    return (e.sub_event_type, e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)


def test_the_doer_of_strikes_fights_no_ground_battle_told_after_them(pipeline: Pipeline) -> None:
    # "ما أسفر عن مقتل 20 من المسلحين في اشتباكات": the sides of the article's battles fought it, not the aircraft
    events = _conflict(
        pipeline,
        "تدور معارك بين قوات الجيش اليمني والحوثيين قرب قاعدة العند. وشنت طائرات التحالف غارات على مواقع "
        "الحوثيين في القاعدة، ما أسفر عن مقتل 20 من المسلحين في اشتباكات عنيفة في القاعدة.",
    )
    clashes = [_sides(e) for e in events if e.sub_event_type == "Armed clash"]
    assert clashes and all(s[1] != "INTMIL" for s in clashes)


@pytest.mark.parametrize(
    "text",
    [
        "فشلت قوات النظام في اقتحام بلدة تلبيسة، إلا أن مقاتلي المعارضة صدوا الهجوم.",
        "حاولت قوات النظام اقتحام بلدة تلبيسة أمس، إلا أن الثوار تصدوا لهجومها.",
        "هاجمت قوات النظام بلدة تلبيسة. لكن الثوار صدوا الهجمات.",
    ],
)
def test_the_side_that_repelled_an_attack_is_the_side_it_hit(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", "SYRMIL", "SYRREB")


@pytest.mark.parametrize(
    "text",
    [
        "قالت قناة محلية إن ضربة جوية إسرائيلية استهدفت سيارة قرب مدينة القنيطرة وقتلت عضوين من حزب الله.",
        "وقصفت طائرة إسرائيلية سيارة في القنيطرة وقتلت اثنين من عناصر حزب الله.",
    ],
)
def test_the_side_whose_men_the_act_killed_was_hit(pipeline: Pipeline, text: str) -> None:
    # "وقتلت عضوين من حزب الله": the dead told in the clause after the act are of the side it hit
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Air/drone strike", "ISRMIL", "LBNUAF")


def test_the_side_hit_at_each_place_of_the_act(pipeline: Pipeline) -> None:
    events = _conflict(
        pipeline,
        "وواصل مقاتلو المعارضة قصف بلدتي نبل والزهراء في ريف حلب، ما أدى لمقتل عدد من عناصر قوات النظام.",
    )
    assert events and all(_sides(e)[1:] == ("SYRREB", "SYRMIL") for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "وقتل مقاتل من حزب الله خلال القتال إلى جانب قوات النظام قرب مدينة الزبداني.",
        "وقتل ثلاثة من عناصر حزب الله في المعارك إلى جانب قوات النظام في ريف دمشق.",
    ],
)
def test_the_side_fought_alongside_is_no_side_of_the_fight(pipeline: Pipeline, text: str) -> None:
    # "القتال إلى جانب قوات النظام": the forces the fallen fought alongside neither fought nor were fought
    (e,) = _conflict(pipeline, text)
    assert _sides(e) == ("Armed clash", None, "LBNUAF")


@pytest.mark.parametrize(
    "text",
    [
        "قتل قيادي في تنظيم داعش في غارة أميركية استهدفته قرب الرقة.",
        "قتل ثلاثة مسلحين من تنظيم داعش في غارة روسية استهدفتهم قرب تدمر.",
    ],
)
def test_an_act_named_with_its_doer_is_the_subject_of_the_verb_of_aiming_after_it(
    pipeline: Pipeline, text: str
) -> None:
    # "في غارة اميركية استهدفته": the strike (and its doer) aimed at him, it is nothing the verb hit
    (e,) = _conflict(pipeline, text)
    assert e.sub_event_type == "Air/drone strike"
    assert e.actor1 is not None and e.actor1.code in ("USAMIL", "RUSMIL")
    assert e.actor2 is not None and e.actor2.code == "SYRREB"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the dual of a verb of waging: the two sides named before it wage the fight, the one after مع is fought
        (
            "وقال المتحدث إن قوات الجيش والمقاومة الشعبية تخوضان حاليا معارك عنيفة مع ميليشيات الحوثي في مدينة "
            "الضالع.",
            ("Armed clash", "YEMMIL", "YEMREB"),
        ),
        # the side fought alongside is neither side of the fight the fallen fell in
        (
            "وقتل ثلاثة من عناصر الميليشيا التي تقاتل إلى جانب قوات النظام في المعارك الدائرة في ريف حماة.",
            ("Armed clash", None, None),
        ),
        # (nor fought by the side whose taking part in the fight is told)
        (
            "ولم تقنع مبررات حزب الله لمشاركته في القتال إلى جانب قوات النظام عائلة أحد الذين قتلوا في المعارك "
            "قرب الزبداني.",
            ("Armed clash", None, None),
        ),
        # "بل عمدوا الى قصف": the act a verb of setting about opens is done by the side the sentence named before
        (
            "ولم يكتف مسلحو داعش بحصار البلدة، بل عمدوا إلى قصف الأحياء السكنية في دير الزور.",
            ("Shelling/artillery/missile attack", "SYRREB", "SYRCVL"),
        ),
        # the dead told, then the fight between two sides they fell in, in a clause of its own
        (
            "وأكدت مصادر مقتل القيادي صالح الأحمر، أحد قادة التمرد، برفقة قياديين آخرين في الاشتباكات التي "
            "تشهدها المدينة بين المقاومة الشعبية والمتمردين في محافظة البيضاء.",
            ("Armed clash", "YEMUAF", "YEMREB"),
        ),
        # struck, with targets for its object (a time between commas before them): a strike, from the air
        # unless the guns struck
        (
            "وقال الجيش التركي إن مقاتلاته ضربت، فجر اليوم، مواقع لتنظيم داعش في شمال سوريا.",
            ("Air/drone strike", "TURMIL", "SYRREB"),
        ),
        (
            "وقال بيان للجيش إن المدفعية ضربت أهدافا للمسلحين قرب بلدة جرابلس.",
            ("Shelling/artillery/missile attack", "SYRMIL", None),
        ),
        # the side that repelled an attack fought the attacker the relative clause after the attack names (the
        # repeller first, as with the attacker named right after the attack)
        (
            "وتصدى الثوار لهجوم شنته قوات النظام على بلدة تلبيسة في ريف حمص.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        (
            "والثوار تصدوا لهجوم شنته قوات النظام على بلدة تلبيسة في ريف حمص.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        (
            "وتصدى الثوار لهجوم قوات النظام على بلدة تلبيسة في ريف حمص.",
            ("Armed clash", "SYRREB", "SYRMIL"),
        ),
        # the verb of the act opening a clause of no side goes on with كان and the subject after it, a relative
        # clause about that subject set between
        (
            "وكانت قوات النظام التي تتمركز في المطار، قصفت أمس حي الوعر في حمص.",
            ("Shelling/artillery/missile attack", "SYRMIL", None),
        ),
        (
            "وكان الحوثيون الذين يواجهون هجوما للقوات الموالية للحكومة، قصفوا في وقت سابق حي المنصورة في عدن.",
            ("Shelling/artillery/missile attack", "YEMREB", None),
        ),
        # a fight of no side named, told with the acts that went with it: their two opposed sides fought it
        (
            "ودارت اشتباكات عنيفة في حي جوبر منذ فجر اليوم، ترافقت مع قصف مدفعي لقوات النظام، وهجمات لمقاتلي "
            "الفصائل على حواجزها.",
            ("Armed clash", "SYRMIL", "SYRREB"),
        ),
        # (a time set between commas after the fight first)
        (
            'وشهد حي جوبر "اشتباكات عنيفة منذ، صباح أمس، ترافقت مع قصف جوي وقصف لقوات النظام، واستهداف حواجز '
            'لقوات النظام من قبل مقاتلي الفصائل"، بحسب المرصد.',
            ("Armed clash", "SYRMIL", "SYRREB"),
        ),
        # (allies of one camp are no two sides: the fight's stay unknown)
        (
            "ودارت اشتباكات عنيفة في حي جوبر، ترافقت مع غارات للطيران الروسي وقصف لقوات النظام.",
            ("Armed clash", None, None),
        ),
    ],
)
def test_sides_of_acts_told_around_their_verb(pipeline: Pipeline, text: str, sides: tuple) -> None:
    clashes = [e for e in _conflict(pipeline, text) if e.sub_event_type == sides[0]]
    assert [_sides(e) for e in clashes] == [sides]


def test_the_attack_repelled_told_before_keeps_its_sides(pipeline: Pipeline) -> None:
    # "صدوا الهجمات": the attack told before, the side whose losses are told after is no attacker named with it
    events = _conflict(
        pipeline,
        "حاولت قوات النظام اقتحام مدينة الزبداني، إلا أن الثوار صدوا الهجمات وأوقعوا خسائر من حزب الله.",
    )
    # (the losses its ally took, told after, are of that one battle: the camp's, not a second one)
    assert [_sides(e) for e in events] == [("Armed clash", "SYRMIL", "SYRREB")]


@pytest.mark.parametrize(
    "text",
    [
        "وضربت قوات الأمن طوقا حول الحي في مدينة حمص.",
        "وضربت الشرطة عددا من المتظاهرين في ساحة المدينة بحمص.",
        "ضربوا موعدا للقاء في مدينة حمص.",
    ],
)
def test_struck_without_a_target_is_no_strike(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in _conflict(pipeline, text) if e.event_type == "Explosions/Remote violence"]


def test_ground_taken_after_a_fight_with_a_side_named_was_taken_from_it(pipeline: Pipeline) -> None:
    # "بعد اشتباكات مع لواء شهداء اليرموك": whom the ground was taken from, not the other side of the battles told
    # before it elsewhere
    events = _conflict(
        pipeline,
        "ودارت اشتباكات عنيفة بين قوات النظام ومقاتلي المعارضة في حي جوبر. وفي درعا، سيطر جيش الفتح، الجمعة، على "
        "سد كوكب في ريف درعا الغربي، بعد اشتباكات مع لواء شهداء اليرموك هناك.",
    )
    taken = [_sides(e) for e in events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert taken == [("Non-state actor overtakes territory", "SYRREB", "SYRREB")]


def test_the_same_ground_told_taken_again_by_its_statement(pipeline: Pipeline) -> None:
    # "وجاء في بيان الجبهة انه تمكن من استعادة السيطرة على …": the side whose statement it is took the ground, from
    # whom it took it when told first — not the other side of the article's battles
    events = _conflict(
        pipeline,
        "ودارت اشتباكات عنيفة بين قوات النظام ومقاتلي المعارضة في حي جوبر. وفي درعا، سيطر جيش الفتح، الجمعة، على "
        "سد كوكب في ريف درعا الغربي، بعد اشتباكات مع لواء شهداء اليرموك هناك. وجاء في بيان جيش الفتح، أنه تمكن من "
        "استعادة السيطرة على سد كوكب، وقتل عددا من عناصر اللواء.",
    )
    taken = {
        _sides(e)
        for e in events
        if e.event_type == "Strategic developments" or "territory" in e.sub_event_type
    }
    assert taken == {("Non-state actor overtakes territory", "SYRREB", "SYRREB")}
