"""How many died, as a careful coder counts them in short reports written for the project (ACLED's rules)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.assemble.fatalities import count_casualties
from rasad.model import Article
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)


def _deaths(pipeline: Pipeline, text: str) -> list[int]:
    events = pipeline(Article(id="t", text=text, published=WED))
    return [e.fatalities for e in events if e.category == "conflict"]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a range is the lower figure, not the two added up
        ("قتل ما بين 12 و18 مدنيا في غارة جوية على مدينة إدلب أمس.", [12]),
        ("قتل بين عشرة وخمسة عشر شخصا في قصف مدفعي على مدينة درعا أمس.", [10]),
        ("لقي ستة أو سبعة جنود حتفهم في هجوم على حاجز قرب مدينة حماة أمس.", [6]),
        # a group, then what it is made of: the count; a group alone: some dead, unnumbered (3)
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل عائلة مكونة من خمسة أشخاص.", [5]),
        ("استهدفت طائرة حربية مشفى في مدينة سراقب أمس، ما أدى لمقتل طاقم طبي مؤلف من رجلين وامرأة.", [3]),
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل عائلة بأكملها.", [3]),
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل رب عائلة.", [1]),
        # more dead joined by و with a count of their own, whatever their noun
        ("أدى التفجير في مدينة أبها اليوم إلى استشهاد 12 رجل أمن و3 عمال وإصابة 7 آخرين.", [15]),
        # … not "one" written after its noun, nor the count of the next clause's wounded
        ("وفي مدينة تعز قتل مدني واحد وأصيب أربعة آخرون جراء قصف الحوثيين للأحياء السكنية.", [1]),
        ("سقط 5 قتلى و20 جريحا في هجوم على حاجز قرب مدينة حماة أمس.", [5]),
        # kin of the one counted, named by و and the owner's pronoun, died with him; a dual in construct is two
        ("قتل رجل وابنه برصاص قناص في حي الوعر بمدينة حمص أمس.", [2]),
        # … of those counted too, by their pronoun
        ("قتل ثلاثة أطفال ووالدتهم في قصف على مدينة دوما أمس.", [4]),
        ("أدت غارة جوية على بلدة كفرنبل أمس إلى مقتل طفلين وأمهما.", [3]),
        ("قتل قيادي في التنظيم ونجلاه في غارة جوية على مدينة الرقة أمس.", [3]),
        ("أدت غارة جوية على بلدة كفرنبل أمس إلى مقتل مختار البلدة وزوجته وطفليه.", [4]),
        ("أعلنت الجماعة اغتيال القيادي أبو محمد وابنه في مدينة عدن أمس.", [2]),
        # a number of his own men (a noun with his pronoun) with the one named died with him
        ("أعلنت الجماعة مقتل القيادي أبو محمد مع ثلاثة من مرافقيه في غارة جوية على مدينة صعدة أمس.", [4]),
        ("قتل جندي مع اثنين من المدنيين في قصف على مدينة صعدة أمس.", [1]),
        # … not kin hurt in another clause
        ("قتل رجل وأصيب ابنه في قصف على مدينة دوما أمس.", [1]),
        # the dead named again after their count are a share of them, not more dead
        ("قصفت طائرة حربية بلدة كفرنبل أمس، ما أدى إلى سقوط 25 قتيلا، ثمانية من القتلى أطفال.", [25]),
        ("قصف الطيران الحربي مدينة دوما أمس، ما أدى إلى مقتل 14 شخصا، وبين القتلى أربع نساء.", [14]),
        # … and alone, they are the count
        ("قصف الطيران الحربي مدينة دوما أمس، وبين القتلى أربع نساء.", [4]),
        # groups listed by و before a plural death verb all died; a verb of falling is no word between
        ("اشتبكت قوات الجيش مع المسلحين في مدينة الرمادي أمس، وقال شهود إن 14 مسلحا و6 جنود قتلوا.", [20]),
        ("اشتبكت قوات الجيش مع المسلحين في مدينة الرمادي أمس، و9 من عناصر الجيش العراقي سقطوا قتلى.", [9]),
        ("دارت اشتباكات في مدينة الرمادي أمس، و14 مسلحا و6 من أفراد الشرطة المحلية سقطوا قتلى.", [20]),
        # a count, then من and the side by its name (no victim noun), then the plural verb: the dead they were
        (
            "قالت مصادر أمنية إن خمسة من قوات الحشد الشعبي قتلوا في تفجير عبوة ناسفة قرب مدينة سامراء أمس.",
            [5],
        ),
        # a few dozen dead are dozens (12), not a few (3)
        ("قصفت طائرة حربية مدينة سراقب أمس، ما أدى إلى مقتل بضع عشرات من المدنيين.", [12]),
        # a number of the dead and the hurt together: some dead (3), not all of them
        ("سقط 17 شخصا بين قتيل وجريح في قصف مدفعي على مدينة درعا أمس.", [3]),
        # a death verb or its pronoun in the dual: two died, not some (3) nor one
        (
            "انفجرت عبوة ناسفة بدورية للشرطة في مدينة الرمادي أمس، وقال مصدر إن عنصرين منها اقتربا منها قبل أن تنفجر ويقتلا.",
            [2],
        ),
        ("أطلق مسلحون النار على دورية في مدينة الرمادي أمس، واستشهدا على الفور.", [2]),
        ("سقطت قذيفة على سيارة في مدينة تعز أمس، ولقي راكباها مصرعهما.", [2]),
        # … and the death "لقي" met, its subject between, is the one death it tells
        ("سقطت قذيفة على حافلة في مدينة تعز أمس، ولقي ركاب الحافلة مصرعهم.", [3]),
        # "one" or "two" after the noun counted, then more dead joined by و
        ("قتل رجلان اثنان وثلاثة أطفال في قصف مدفعي على مدينة درعا أمس.", [5]),
        ("أدت غارة جوية على بلدة كفرنبل أمس إلى مقتل طفل واحد وامرأتين.", [3]),
        ("قتل جنديان اثنان ومدني في هجوم على حاجز قرب مدينة حماة أمس.", [3]),
        # … not "and one of the" group named after (وأحد العناصر), another dead; nor a victim noun as the one's
        # adjective (قائد عسكري) before those joined
        ("قتل شرطي وأحد المدنيين في هجوم على حاجز قرب مدينة حماة أمس.", [2]),
        ("قتل قيادي عسكري وأحد العناصر في اشتباكات مع قوات النظام قرب مدينة حماة أمس.", [2]),
        ("قتل قائد عسكري ومدني في قصف على مدينة حماة أمس.", [2]),
        # "a number of" in the accusative is some dead, unnumbered, not the one of the singular word after it
        ("وقال شهود إن عدداً من المدنيين سقطوا بين قتيل وجريح في قصف على مدينة حماة أمس.", [3]),
        # a day of the month with من before its month is no count
        ("وقتل في 9 من أكتوبر الجاري أربعة مدنيين في قصف على مدينة حماة.", [4]),
        # … and "لقي", the dual with its "two", then the death it met: two dead, told once
        ("لقي عاملان اثنان مصرعهما في قصف على سوق مدينة دوما أمس.", [2]),
        ("ولقي شرطيان اثنان حتفهما في هجوم على نقطة تفتيش قرب مدينة بعقوبة أمس.", [2]),
        # others with no noun after a number joined by و are more dead of the same kind, not the hurt
        ("قتل شرطي وأربعة آخرون في هجوم على حاجز قرب مدينة حماة أمس.", [5]),
        ("قتل قيادي في الجماعة واثنان آخران في غارة جوية على مدينة صعدة أمس.", [3]),
        ("قتل شرطي وأربعة آخرون أصيبوا في هجوم على حاجز قرب مدينة حماة أمس.", [1]),
        # a count, then whose men, then the death verb: the count is of the dead
        (
            "اشتبكت قوات الجيش مع المسلحين في مدينة الرمادي أمس، وقال مصدر إن 11 مسلحا ومن أنصار التنظيم قتلوا.",
            [11],
        ),
        # the press's slip for حوثيين is the plural noun of the dead all the same
        ("قتل مسلحون ٦ حوثين في كمين نصبوه لهم في مدينة إب أمس.", [6]),
        # the men named after على يد / برصاص / بنيران / من قبل are who killed, none of the dead
        ("قتل على يد مسلحين من التنظيم في بلدة القائم أمس.", [1]),
        ("استشهد برصاص جنود الاحتلال عند مدخل بلدة بيت أمر أمس.", [1]),
        ("اغتيل بنيران مسلحين مجهولين قرب منزله في مدينة عدن أمس.", [1]),
        ("قتل على أيدي عناصر من التنظيم في قرية قرب مدينة الموصل أمس.", [1]),
        ("قتل من قبل مسلحين في شارع رئيسي بمدينة درعا أمس.", [1]),
        ("ذكرت الشرطة أن المهندس قتل على يد مسلحين في مدينة الرمادي أمس.", [1]),
    ],
)
def test_counts(pipeline: Pipeline, text: str, deaths: list[int]) -> None:
    assert _deaths(pipeline, text) == deaths


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        # a number counts the noun right after it: an age is no count of the women named after it
        (
            "أدت غارة جوية على بلدة كفرنبل أمس إلى مقتل 9 أشخاص بينهم مختار البلدة وخمسة أطفال دون سن الـ18 "
            "وامرأة واحدة.",
            {"civilians": 9, "children": 5, "women": 1},
        ),
        (
            "قتل 7 مدنيين بينهم طفلان وامرأة في قصف على مدينة درعا أمس.",
            {"civilians": 7, "children": 2, "women": 1},
        ),
        ("قتل 7 مدنيين بينهم ثلاثة من الأطفال في قصف على مدينة درعا أمس.", {"civilians": 7, "children": 3}),
        (
            "قتلت امرأة وطفلاها في قصف لطيران النظام على بلدة معرة النعمان أمس.",
            {"civilians": 3, "women": 1, "children": 2},
        ),
    ],
)
def test_breakdown(pipeline: Pipeline, text: str, detail: dict[str, int]) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert [e.fatalities_detail for e in events] == [detail]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a number after a span's plural unit is the length of the span, not a count of the dead
        ("بلغ عدد الضحايا خلال الأيام الخمسة الماضية في المدينة أرقاما قياسية.", 3),
        ("قتل خلال الساعات الـ24 الماضية 30 شخصا في قصف على المدينة.", 30),
        # … not "one of" after a singular unit ("the week's memorial of one of the dead")
        ("وتحدث خلال إحياء ذكرى أسبوع أحد قتلى الحزب.", 1),
    ],
)
def test_counted_in_a_stretch(pipeline: Pipeline, text: str, deaths: int) -> None:
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    mentions = [m for c in doc.clauses for m in c.mentions]
    assert count_casualties(doc.text, 0, len(doc.text), mentions).fatalities == deaths
