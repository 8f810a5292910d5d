"""Who fought whom (conflict assembler): doers named in a phrase of cause, claim, blame or ownership; tellers,
suppliers and the dead of an ally that are no side; a military base as the state's; a group of no country
fought across a border is of the state on its other side."""

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
        # the genitive of a verbal noun of driving out after a preposition is the side driven out
        (
            "وتعمل القوات الحكومية على تأمين مدينة عدن، وذلك بطرد الحوثيين من محافظة أبين.",
            [("Non-state actor overtakes territory", None, "YEMREB")],
        ),
        # a claim whose pronoun is the act, in the clause after the comma
        (
            "وقتل خمسة عشر شخصا في تفجير سيارة مفخخة استهدف سوقا في حي الكرادة وسط بغداد، تبناه تنظيم داعش.",
            [("Remote explosive/landmine/IED", "IRQREB", "IRQCVL")],
        ),
        # the blame for the attack laid on a side, the act named between
        (
            "قتل أربعة جنود في هجوم على حاجز في مدينة رفح، وألقيت المسؤولية عن الهجوم على جماعة أنصار بيت"
            " المقدس.",
            [("Armed clash", "EGYREB", "EGYMIL")],
        ),
        # a blast told with the shelling it came of: the shelling's doer (and the shelling is the act coded,
        # see test_filters1)
        (
            "وقال سكان في مدينة تعز ان الانفجار نتج عن قصف مليشيات الحوثي لمخازن الوقود في حي الجحملية.",
            [("Shelling/artillery/missile attack", "YEMREB", None)],
        ),
        (
            "وهزت انفجارات مدينة الحسكة جراء غارات لطائرات النظام على مواقع تنظيم داعش.",
            [("Air/drone strike", "SYRMIL", "SYRREB")],
        ),
        # the blasts the next sentence says came of a side's strikes, told as no event of their own
        (
            "من جانب آخر هزت سلسلة انفجارات عنيفة فجر امس مدينة رداع بمحافظة البيضاء وسط اليمن. وجاءت"
            " الانفجارات عقب قصف طيران قوات التحالف العربي بعدد من الغارات لمعسكر اللواء 14 صواريخ.",
            [("Air/drone strike", "SAUMIL", None)],
        ),
        # fighters of no side named, taken captive, are no civilians (civilians are)
        (
            "وخطف مسلحو داعش خمسة مقاتلين قرب مدينة بيجي امس.",
            [("Abduction/forced disappearance", "IRQREB", None)],
        ),
        (
            "وطلب مسؤولون في الفصيل شهادات وفاة لـ 12 عنصرا قالوا إن تنظيم داعش اختطفهم امس في قضاء الشرقاط.",
            [("Abduction/forced disappearance", "IRQREB", None)],
        ),
        # a group placed in a state's land or across the border with it, right after it is named, is that
        # state's (the Islamic State in Syria, where the article's other side is Turkish)
        (
            "وقصفت طائرات تركية امس مواقع لتنظيم داعش داخل الأراضي السورية قبالة بلدة كلس التركية.",
            [("Air/drone strike", "TURMIL", "SYRREB")],
        ),
        (
            "وقال مسؤول تركي إن جنديا تركيا قتل امس في اشتباكات مع تنظيم داعش المتطرف عبر الحدود مع سوريا قرب"
            " قرية البيلي.",
            [("Armed clash", "SYRREB", "TURMIL")],
        ),
        # … or fought across a border named with that state in the sentence or the one before
        (
            "وقال مسؤول إن المقاتلات التركية لم تعبر الحدود السورية. ووقع تبادل لإطلاق النار عبر الحدود امس قرب"
            " بلدة كلس بين الجيش التركي ومسلحي داعش قتل خلاله جندي تركي.",
            [("Armed clash", "TURMIL", "SYRREB")],
        ),
        # the men of the doer named before it with من are no dead of a fight: the doer killed the civilians
        (
            "وقتل مسلحون من عناصر داعش امس خمسة مدنيين في مدينة الرقة.",
            [("Attack", "SYRREB", "SYRCVL")],
        ),
        (
            "وقتل عناصر من جبهة النصرة امس ثلاثة مدنيين في مدينة إدلب.",
            [("Attack", "SYRREB", "SYRCVL")],
        ),
        # the side after "على يد" did the killing named a word or two before (with whom it was done to between)
        (
            "وشهدت مدينة حجة امس اغتيال أحد الوجهاء على يد مسلحين حوثيين.",
            [("Attack", "YEMREB", "YEMCVL")],
        ),
        (
            "واغتيل أحد الوجهاء امس على أيدي مسلحين من جماعة الحوثي في مدينة حجة.",
            [("Attack", "YEMREB", "YEMCVL")],
        ),
        # the side said to stand behind the act, after it, is its doer; the dead of no side it caused, the people
        # of the place
        (
            "وأعلنت السلطات التركية أن تفجيرا انتحاريا أوقع 32 قتيلا في بلدة سروج امس، ويشتبه بأن المتشددين"
            " يقفون وراءه.",
            [("Suicide bomb", "TURREB", "TURCVL")],
        ),
        # the side strikes helped is none they hit
        (
            "وقال البيان إن ضربات التحالف امس ساعدت وحدات حماية الشعب الكردية على تعزيز سيطرتها على مدينة"
            " الحسكة.",
            [("Air/drone strike", "INTMIL", None)],
        ),
        (
            "وشنت طائرات التحالف امس غارات لمساعدة قوات البيشمركة على التقدم في قضاء سنجار.",
            [("Air/drone strike", "INTMIL", None)],
        ),
        # the sides of a fight named in the relative clause after the comma that tells it going on
        (
            "وقال المسؤول الإعلامي لغرفة العمليات إن قوات الصاعقة أحرزت تقدما كبيرا امس على محور مرتوبة غرب"
            " مدينة درنة. وارتفعت حصيلة قتلى المعارك المسلحة، التي تدور في مدينة درنة بين مجلس مقاتلي درنة"
            " وتنظيم داعش، إلى 11 قتيلا.",
            [("Armed clash", "LBYMIL", None), ("Armed clash", "LBYREB", "LBYREB")],
        ),
        # a paragraph that turns to another story does not name again the act told before it
        (
            "وقصفت قوات النظام امس بالمدفعية بلدة كفرنبل في ريف إدلب.\nوعلى صعيد آخر، أسفر القصف على مدينة دوما"
            " امس عن مقتل خمسة مدنيين.",
            [
                ("Shelling/artillery/missile attack", "SYRMIL", None),
                ("Shelling/artillery/missile attack", None, "SYRCVL"),
            ],
        ),
        # bare tanks or guns that fired are those of the state's forces that acted or were named just before
        (
            "وقصفت قوات النظام امس بلدة كفرنبل في ريف إدلب. وقصفت الدبابات امس بلدة حاس.",
            [
                ("Shelling/artillery/missile attack", "SYRMIL", None),
                ("Shelling/artillery/missile attack", "SYRMIL", None),
            ],
        ),
        # … and the return fire told as an act of its own, its side named, fired the shells told after it
        (
            "وكان متطرفون فتحوا الخميس النار من سوريا على مركز حدودي للجيش التركي في كلس مما أدى إلى مقتل ضابط صف،"
            " ورد الجيش التركي على الفور بفتح النار على المواقع المتطرفة، وأطلقت دبابات من كتيبة المدرعات الخامسة"
            " عدة قذائف.",
            [("Armed clash", "SYRREB", "TURMIL"), ("Shelling/artillery/missile attack", "TURMIL", "SYRREB")],
        ),
        (
            "وقصفت الطائرات التركية امس داخل الأراضي السورية مواقع لتنظيم داعش قرب بلدة كلس.",
            [("Air/drone strike", "TURMIL", "SYRREB")],
        ),
        # the side that wages the war a relative clause names after the act is no side it hit
        (
            "وقتل عشرة أشخاص امس في تفجير بمدينة الرمادي ضمن الحرب التي يخوضها المتشددون.",
            [("Remote explosive/landmine/IED", None, "IRQCVL")],
        ),
        (
            "وشهدت مدينة الرمادي امس هجوما انتحاريا جديدا في الحرب التي يخوضها المتشددون.",
            [("Suicide bomb", None, None)],
        ),
        # not a town on the border, where the group struck, nor the group of another clause
        (
            "وهاجم تنظيم داعش امس مدينة عين العرب على الحدود مع تركيا.",
            [("Armed clash", "SYRREB", None)],
        ),
        (
            "وقتل جندي تركي امس في اشتباك عبر الحدود مع سوريا بين الجيش التركي ومسلحي داعش قرب بلدة كلس، بعد"
            " تفجير نسب إلى التنظيم في بلدة سروج.",
            [("Armed clash", "TURMIL", "SYRREB"), ("Remote explosive/landmine/IED", "TURREB", None)],
        ),
        (
            "وخطف مسلحو داعش خمسة مدنيين قرب مدينة بيجي امس.",
            [("Abduction/forced disappearance", "IRQREB", "IRQCVL")],
        ),
        # an officer of a side, by rank and name, tells of the dead: a source, no doer
        (
            "كشف العقيد سامي الدليمي في شرطة الأنبار امس عن مقتل 15 من عناصر تنظيم داعش قرب مدينة هيت.",
            [("Armed clash", None, "IRQREB")],
        ),
        # the means of a side, where it stands told between it and the act's verb
        (
            "دبابة تابعة للمقاومة وتتمركز في جبل صبر قصفت مواقع ميليشيات الحوثي في حي الجحملية بمدينة تعز.",
            [("Shelling/artillery/missile attack", "YEMUAF", "YEMREB")],
        ),
        # a side's guns or tanks as the subject right after the verb (not what the strikes hit)
        (
            "وقصفت مدفعية تابعة لقوات النظام أحياء في مدينة دوما بريف دمشق.",
            [("Shelling/artillery/missile attack", "SYRMIL", None)],
        ),
        (
            "وقصفت دبابات تابعة للحوثيين مواقع المقاومة في مدينة تعز.",
            [("Shelling/artillery/missile attack", "YEMREB", "YEMUAF")],
        ),
        ("واستهدفت الغارات دبابة تابعة للحوثيين في مدينة تعز.", [("Air/drone strike", None, "YEMREB")]),
        # the side the arms were got from is no opponent
        (
            "واعلنت مصادر عسكرية ان القوات الموالية للحكومة استعادت السيطرة على حي المنصورة في عدن بعد معارك"
            " استخدمت فيها مدرعات حصلت عليها من التحالف العربي.",
            [("Government regains territory", "YEMMIL", None)],
        ),
        # men of an ally joined to the count of the dead (ومن) died with them; the other side's dead told after
        # فيما fought them
        (
            "وقالت مصادر محلية في مديرية المسراخ بمحافظة تعز ان 6 حوثيين ومن قوات صالح قتلوا واصيب العشرات فيما"
            " قتل احد رجال المقاومة واصيب اخرون في المواجهات.",
            [("Armed clash", "YEMUAF", "YEMMIL")],
        ),
        # a military airport or base rebels hit is the state forces'
        (
            "وقصفت الفصائل المقاتلة مطار كويرس العسكري في ريف حلب الشرقي بقذائف الهاون.",
            [("Shelling/artillery/missile attack", "SYRREB", "SYRMIL")],
        ),
        (
            "وهاجم تنظيم داعش قاعدة عسكرية في مدينة حديثة غرب الأنبار.",
            [("Armed clash", "IRQREB", "IRQMIL")],
        ),
        # … and so are barracks, by their name alone, that attackers of no named side hit on the ground
        (
            "وألقى مهاجمون ملثمون قنابل يدوية الصنع على ثكنات في بلدة سيلوبي بولاية شرناق.",
            [("Grenade", None, "TURMIL")],
        ),
        (
            "وهاجم تنظيم داعش ثكنات الجيش العراقي في ناحية الصقلاوية.",
            [("Armed clash", "IRQREB", "IRQMIL")],
        ),
        # the people aid is to reach are no victims of the strikes the truce stops or of any act
        (
            "وشنت طائرات التحالف العربي امس غارات على مدينة صعدة، وذلك بهدف تسهيل ايصال المساعدات الانسانية الى"
            " السكان.",
            [("Air/drone strike", "SAUMIL", None)],
        ),
        (
            "وقصف الحوثيون مدينة تعز بقذائف الهاون امس، ومنعوا وصول المساعدات الانسانية الى السكان.",
            [("Shelling/artillery/missile attack", "YEMREB", None)],
        ),
        # a long subject set off by a comma from what it hit: the side the object's li- names
        (
            "واستهدفت ضربات طيران التحالف العربي، مخازن سلاح للمتمردين في مدينة عتق بمحافظة شبوة.",
            [("Air/drone strike", "SAUMIL", "YEMREB")],
        ),
        # men of no side named as hit, and a side they belong to told after them (and the arms joined to them)
        (
            "ودمرت البوارج الحربية التابعة للتحالف ستة زوارق محملة بمسلحين وذخائر تابعة لميليشيات الحوثي قبالة"
            " سواحل مدينة المخا.",
            [("Shelling/artillery/missile attack", "INTMIL", "YEMREB")],
        ),
        # a plural verb joined by و with no side of its own goes on with the subject named after the verb before it
        (
            "ونصب عناصر الحوثي نقطة تفتيش قرب مدينة ذمار واختطفوا أربعة صحفيين.",
            [("Abduction/forced disappearance", "YEMREB", "YEMCVL")],
        ),
        (
            "وفي ولاية ماردين، قطع مقاتلو حزب العمال الكردستاني طريقا رئيسيا وأطلقوا النار على دورية للشرطة.",
            [("Armed clash", "TURREB", "TURMIL")],
        ),
        # one of a side's men told fallen or taken captive: that side was hit, it did not do it
        (
            "وذكرت مصادر محلية ان قياديا بارزا من قادة الحوثيين قتل امس في مدينة لحج.",
            [("Armed clash", None, "YEMREB")],
        ),
        (
            "وذكرت مصادر محلية ان قياديا بارزا من قادة الحوثيين وقع في الأسر امس في مدينة لحج.",
            [("Armed clash", None, "YEMREB")],
        ),
        # the next sentence charges a side with the act told (named definite): the act of no doer is that side's
        (
            "قتل ستة مدنيين في قصف على حي الجمهوري بمدينة تعز امس. واتهمت مصادر طبية ميليشيات الحوثي بالوقوف وراء"
            " القصف.",
            [("Shelling/artillery/missile attack", "YEMREB", "YEMCVL")],
        ),
        (
            "قتل ستة مدنيين في قصف على حي الجمهوري بمدينة تعز امس. واتهمت مصادر طبية ميليشيات الحوثي بقطع المياه"
            " عن المدينة.",
            [("Shelling/artillery/missile attack", None, "YEMCVL")],
        ),
        # "its men" after ان, a clause of their own: the side that said it, named after the verb of saying
        (
            "وقال جيش الإسلام في بيان على موقع تويتر، إن مقاتليه هاجموا حاجزا لقوات النظام في بلدة حرستا.",
            [("Armed clash", "SYRREB", "SYRMIL")],
        ),
        # foreigners counted by their nationality alone are their own state's civilians, wherever they are held
        (
            "وأفاد مسؤول محلي أن مسلحين خطفوا أربعة إيطاليين يعملون في شركة نفطية قرب مدينة زوارة.",
            [("Abduction/forced disappearance", None, "ITACVL")],
        ),
        (
            "وخطف مسلحون ثلاثة أمريكيين قرب مدينة صنعاء امس.",
            [("Abduction/forced disappearance", None, "USACVL")],
        ),
        # the act attributed, in the passive, in a clause of its own after it (past its toll): the side after الى,
        # named by its men
        (
            "وقتل ستة جنود في عملية انتحارية استهدفت مركزا للدرك في ولاية قارص امس، ونسبت إلى متمردي حزب العمال"
            " الكردستاني.",
            [("Suicide bomb", "TURREB", "TURMIL")],
        ),
        (
            "شهدت ولاية وان الأحد عملية انتحارية استهدفت مركزا للشرطة وأوقعت ثلاثة قتلى و20 جريحا، ونسبت إلى حزب"
            " العمال الكردستاني.",
            [("Suicide bomb", "TURREB", "TURMIL")],
        ),
        # a side's tanks or guns before the verb of doing that carries the act (تقوم … بقصف)
        (
            "وتقوم الدبابات التابعة للجيش السوري بقصف بلدة داريا بريف دمشق.",
            [("Shelling/artillery/missile attack", "SYRMIL", None)],
        ),
        # a bomb's dead of no side, where no side but the doer is named: the people of the place
        (
            "وأعلنت السلطات التركية أن انتحاريا فجر نفسه في مدينة سروج امس ما أوقع 30 قتيلا على الأقل.",
            [("Suicide bomb", None, "TURCVL")],
        ),
        (
            "وانفجرت عبوة ناسفة على طريق في مدينة الرمادي امس ما أدى إلى مقتل ثلاثة أشخاص.",
            [("Remote explosive/landmine/IED", None, "IRQCVL")],
        ),
        # … not fighters counted, nor the dead of another side named
        (
            "وقتل 28 عنصرا على الاقل من الفصائل المقاتلة في تفجير انتحاري نفذه تنظيم داعش في بلدة مارع امس.",
            [("Suicide bomb", "SYRREB", None)],
        ),
    ],
)
def test_sides_named_around_the_act(pipeline: Pipeline, text: str, expected: list) -> None:
    assert [_sides(e) for e in _conflict(pipeline, text)] == expected
