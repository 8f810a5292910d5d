"""Golden tests: short reports written for the project → the events a careful coder would record.

Each row is a whole (small) article. The expected event is checked on the fields that matter for it; other
events in the output are allowed only where the row says so. Regression rows are named by what they caught.
"""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.assemble.conflict import TERRITORY
from rasad.model import Article, Event
from rasad.pipeline import Pipeline

WED = dt.date(2015, 10, 14)  # a Wednesday: أمس = Tuesday 2015-10-13


def _extract(pipeline: Pipeline, text: str, published: dt.date = WED) -> list[Event]:
    return pipeline(Article(id="t", text=text, published=published))


def _conflict(events: list[Event]) -> list[Event]:
    return [e for e in events if e.category == "conflict"]


def _political(events: list[Event]) -> list[Event]:
    return [e for e in events if e.category == "political"]


_FIELDS = {
    "sub": lambda e: e.sub_event_type,
    "actor1": lambda e: e.actor1.code if e.actor1 else None,
    "actor2": lambda e: e.actor2.code if e.actor2 else None,
    "place": lambda e: e.place.name_ar if e.place else None,
    "fatalities": lambda e: e.fatalities,
}


def _rows(events: list[Event], *fields: str) -> list[tuple]:
    """The events as rows of the named fields (see _FIELDS), in order."""
    return [tuple(_FIELDS[f](e) for f in fields) for e in events]


# (text, sub_event_type, actor1, actor2, place as written, fatalities, date)
CONFLICT_ROWS = [
    (
        "قصفت قوات النظام بقذائف الهاون حي جوبر في دمشق أمس، ما أدى إلى مقتل ثلاثة مدنيين بينهم طفلان.",
        "Shelling/artillery/missile attack",
        "SYRMIL",
        "SYRCVL",
        "جوبر",
        3,
        "2015-10-13",
    ),
    (
        "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي أمس، ما أسفر عن مقتل 12 شخصا وإصابة 20 آخرين.",
        "Remote explosive/landmine/IED",
        None,
        "IRQCVL",
        "الرمادي",
        12,
        "2015-10-13",
    ),
    (
        "أعدم تنظيم داعش خمسة مدنيين في مدينة الموصل أمس بتهمة التعاون مع القوات العراقية.",
        "Attack",
        "IRQREB",
        "IRQCVL",
        "الموصل",
        5,
        "2015-10-13",
    ),
    (
        "اختطف مسلحون مجهولون ثلاثة عمال إغاثة في مدينة درنة الليبية أمس.",
        "Abduction/forced disappearance",
        None,
        "LBYCVL",
        "درنة",
        0,
        "2015-10-13",
    ),
    (
        "اعتقلت قوات الأمن العراقية 15 مشتبها بهم في حي العامرية ببغداد يوم الثلاثاء.",
        "Arrests",
        "IRQMIL",
        None,
        "العامرية",
        0,
        "2015-10-13",
    ),
    (
        "فجر انتحاري نفسه بحزام ناسف داخل مسجد في مدينة القطيف أمس ما أسفر عن مقتل 21 شخصا.",
        "Suicide bomb",
        None,
        "SAUCVL",
        "القطيف",
        21,
        "2015-10-13",
    ),
    # regression: a state named as the agent of violence acts through its forces (روسيا → RUSMIL)
    (
        "أغارت طائرات روسيا على بلدة كفرنبل في ريف إدلب الجنوبي فجر أمس، ما أدى لمقتل امرأتين.",
        "Air/drone strike",
        "RUSMIL",
        "SYRCVL",
        "كفرنبل",
        2,
        "2015-10-13",
    ),
    # regression: the dual victim noun counts 2 and the dead-children breakdown is kept
    (
        "وفي مدينة حلب استشهد طفلان جراء قصف جوي على حي الشعار ظهر أمس.",
        "Air/drone strike",
        None,
        "SYRCVL",
        "الشعار",
        2,
        "2015-10-13",
    ),
    # territory changing hands by a non-state group beats the clash that preceded it
    (
        "سيطر تنظيم داعش أمس على بلدة مهين في ريف حمص الشرقي بعد اشتباكات عنيفة مع قوات النظام.",
        "Non-state actor overtakes territory",
        "SYRREB",
        "SYRMIL",
        "مهين",
        0,
        "2015-10-13",
    ),
    # … and by the state's forces it is a government regaining territory
    (
        "استعادت قوات النظام السيطرة على بلدة مورك في ريف حماة الشمالي أمس بعد معارك مع فصائل المعارضة.",
        "Government regains territory",
        "SYRMIL",
        None,
        "مورك",
        0,
        "2015-10-13",
    ),
    # Yemen's "الثوار" are the Popular Resistance, a militia (by_country in the actor lexicon)
    (
        "نصب الثوار أمس كمينا محكما للحوثيين في مديرية مشرعة بتعز، أسفر عن مقتل 7 من المتمردين.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "مشرعة",
        7,
        "2015-10-13",
    ),
    # regression: a strike suffered (تعرض … لقصف) is not a purpose (لـ + verbal noun)
    (
        "أصيب خمسة مدنيين في حي الكلاسة بحلب جراء تعرض منازلهم لقصف جوي عنيف أمس.",
        "Air/drone strike",
        None,
        "SYRCVL",
        "الكلاسة",
        0,
        "2015-10-13",
    ),
    # the count stands before its noun's group (من …) and the death word: "25 عنصرا من الجماعة … لقوا مصرعهم"
    (
        "أكدت المقاومة أن 25 عنصرا من الجماعة المتمردة لقوا مصرعهم أمس في معارك مع الثوار في مديرية مشرعة.",
        "Armed clash",
        "YEMUAF",
        None,
        "مشرعة",
        25,
        "2015-10-13",
    ),
    # the place comes in the next clause of the sentence
    (
        "دارت مواجهات عنيفة أمس بين الحوثيين وقوات الحرس الجمهوري، في مديرية همدان شمال العاصمة صنعاء.",
        "Armed clash",
        "YEMREB",
        "YEMMIL",
        "همدان",
        0,
        "2015-10-13",
    ),
    # where a convoy was heading is not where it was ambushed
    (
        "نصب الثوار أمس كمينا في مديرية السياني لتعزيزات حوثية كانت متجهة إلى مدينة تعز.",
        "Armed clash",
        "YEMUAF",
        None,
        "السياني",
        0,
        "2015-10-13",
    ),
    # where some fled to, and from, a few words after their flight, is not where the ground was taken
    (
        "وقال المصدر إن قيادات هربت صباح أمس من عدن باتجاه مدينة شقرة بعد أن تمكنت قوات الجيش من إحكام السيطرة "
        "على مديرية التواهي.",
        "Government regains territory",
        "YEMMIL",
        None,
        "التواهي",
        0,
        "2015-10-13",
    ),
    # … where they fled from is where they lost the ground
    (
        "وسيطرت المقاومة أمس على مواقع الحوثيين الذين هربوا صباح أمس من زنجبار باتجاه مدينة شقرة.",
        "Non-state actor overtakes territory",
        "YEMUAF",
        "YEMREB",
        "زنجبار",
        0,
        "2015-10-13",
    ),
    # killing fighters is fighting, not violence against civilians
    (
        "وتمكن الثوار أمس من تصفية عدد من قناصة الحوثيين في حي الجحملية بتعز.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "الجحملية",
        0,
        "2015-10-13",
    ),
    # a vague "استهدف" with no side named gives way to the clause's other trigger
    (
        "وشنت الجبهة هجوما في بلدة مارع بريف حلب الشمالي أمس استهدف مقاتلين.",
        "Armed clash",
        None,
        None,
        "مارع",
        0,
        "2015-10-13",
    ),
    # unnumbered dead count 3 (ACLED's conservative rule)
    (
        "دارت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في مديرية صرواح غرب مأرب أسفرت عن سقوط قتلى وجرحى.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "صرواح",
        3,
        "2015-10-13",
    ),
    # أطلق with projectiles as its object is shelling
    (
        "أطلقت الميليشيات الحوثية أمس عشرات القذائف على الأحياء السكنية في مدينة تعز.",
        "Shelling/artillery/missile attack",
        "YEMREB",
        None,
        "تعز",
        0,
        "2015-10-13",
    ),
    # a clause of its own that only adds a finer place inside the city names where the fighting was
    (
        "دارت اشتباكات عنيفة أمس بين قوات النظام والفصائل المعارضة في دمشق، في أطراف حي جوبر.",
        "Armed clash",
        "SYRMIL",
        "SYRREB",
        "جوبر",
        0,
        "2015-10-13",
    ),
    # a warplane down on a town, its dead told in the clause after
    (
        "سقطت طائرة حربية للنظام السوري في سوق مدينة أريحا بريف إدلب أمس وأسفر سقوطها عن مقتل 12 شخصا.",
        "Air/drone strike",
        "SYRMIL",
        "SYRCVL",
        "أريحا",
        12,
        "2015-10-13",
    ),
    # the side under whose banner forces fight is theirs; the doer of an act its verb takes back is its agent
    (
        "وتعزز الهجوم بهجوم عنيف شنته صباح أمس الفصائل المنضوية تحت «جيش الفتح» على نقاط متقدمة في محيط "
        "بلدة الفوعة.",
        "Armed clash",
        "SYRREB",
        None,
        "الفوعة",
        0,
        "2015-10-13",
    ),
    (
        "وقتل ثلاثة جنود في هجوم شنه صباح أمس مسلحو تنظيم داعش على حاجز للجيش في مدينة الرمادي.",
        "Armed clash",
        "IRQREB",
        None,
        "الرمادي",
        3,
        "2015-10-13",
    ),
    (
        "وأدت الاشتباكات العنيفة التي خاضتها قوات النظام وحزب الله أمس مع فصائل المعارضة في مدينة الزبداني إلى "
        "مقتل 12 عنصرا.",
        "Armed clash",
        "SYRMIL",
        None,
        "الزبداني",
        12,
        "2015-10-13",
    ),
    # a verb whose subject stands before it: the side after مع is the other one
    (
        "وقالت مصادر إن قوات البيشمركة اشتبكت أمس مع عناصر داعش في قرية الفسلوج قرب ناحية كفري.",
        "Armed clash",
        "IRQMIL",
        "IRQREB",
        "الفسلوج",
        0,
        "2015-10-13",
    ),
    # an act attributed (نسبته السلطات الى …) is the one it is attributed to's, not the attributor's
    (
        "وقتل 31 شخصا على الأقل أمس في اعتداء انتحاري نسبته السلطات إلى تنظيم «داعش» في بلدة سوروتش.",
        "Suicide bomb",
        "TURREB",
        None,
        "سوروتش",
        31,
        "2015-10-13",
    ),
    # what went off, then the verb that takes it back: "الغام ارضية زرعها المتمردون"
    (
        "وقتل تسعة أشخاص بينهم خمسة مدنيين أمس إثر سلسلة انفجارات لألغام أرضية زرعها المتمردون في مدينة عدن.",
        "Remote explosive/landmine/IED",
        "YEMREB",
        "YEMCVL",
        "عدن",
        9,
        "2015-10-13",
    ),
    # Islamist fighters, named so, are rebels
    (
        "وقتل شخصان أمس في اشتباكات في وسط مدينة بنغازي بين قوات الحكومة ومقاتلين إسلاميين.",
        "Armed clash",
        "LBYMIL",
        "LBYREB",
        "بنغازي",
        2,
        "2015-10-13",
    ),
    # headway on a front (في محور، على جبهة) is fighting there, no place taken
    (
        "وقال قائد ميداني إن الجيش الليبي أحرز أمس تقدما في محور الصابري في مدينة بنغازي.",
        "Armed clash",
        "LBYMIL",
        None,
        "بنغازي",
        0,
        "2015-10-13",
    ),
    # of one act's words, the verb tells it (the noun with the article names it); members of a side doing it
    # to an object are its agents, no victims
    (
        "وأورد المرصد تفاصيل عملية الخطف لافتا إلى أن عناصر من جبهة النصرة اختطفوا مساء الأربعاء قائد اللواء "
        "العقيد أحمد الخالد قرب مدينة أعزاز.",
        "Abduction/forced disappearance",
        "SYRREB",
        None,
        "أعزاز",
        0,
        "2015-10-14",
    ),
    # the side an attack is blamed on (ألقي باللوم فيه على، نسب الى، تبناه) is its perpetrator, not its target
    (
        "واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم داعش مركزا ثقافيا في مدينة الرمادي يوم الاثنين وتسبب في "
        "مقتل 32 شخصا.",
        "Suicide bomb",
        "IRQREB",
        "IRQCVL",
        "الرمادي",
        32,
        "2015-10-12",
    ),
    # soldiers counted before the act are those lost, not its subject: the side with li- after it is the agent
    (
        "قتل ثلاثة جنود سوريين في هجوم لتنظيم داعش على حاجز في مدينة تدمر أمس.",
        "Armed clash",
        "SYRREB",
        "SYRMIL",
        "تدمر",
        3,
        "2015-10-13",
    ),
    # the dead told before the act, with the side they were of, were that side's
    (
        "وأعلن مصدر مقتل صالح أحمد صالح الطائي، أحد قادة «داعش» العسكريين، في غارة لطيران التحالف الدولي "
        "استهدفت سيارته في الموصل أمس.",
        "Air/drone strike",
        "INTMIL",
        "IRQREB",
        "الموصل",
        1,
        "2015-10-13",
    ),
    # "N at least" is one count; "the dead of the regime" are the regime's
    (
        "ارتفع إلى 18 على الأقل عدد قتلى النظام السوري بينهم 12 ضابطا، في الهجوم الذي شنه جيش الفتح على مطار "
        "أبو الظهور أمس.",
        "Armed clash",
        "SYRREB",
        "SYRMIL",
        "أبو الظهور",
        18,
        "2015-10-13",
    ),
    # the side the fire came from (من مواقع …) fired it; a share of a side's positions (عدد من مواقع …) was hit
    (
        "سقط عدد من الضحايا المدنيين في مخيم درعا أمس نتيجة القصف العنيف الذي تعرض له المخيم من مواقع قوات "
        "الأسد.",
        "Shelling/artillery/missile attack",
        "SYRMIL",
        "SYRCVL",
        "درعا",
        0,
        "2015-10-13",
    ),
    (
        "قصفت قوات النظام أمس عددا من مواقع فصائل المعارضة في مدينة درعا.",
        "Shelling/artillery/missile attack",
        "SYRMIL",
        "SYRREB",
        "درعا",
        0,
        "2015-10-13",
    ),
    # the others of a side (… آخرين من تنظيم داعش) are its dead; the side telling of the killing as its own did it
    (
        "وأعلنت قوات البيشمركة أمس أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين من تنظيم داعش في معارك "
        "قرب مدينة كركوك.",
        "Armed clash",
        "IRQMIL",
        "IRQREB",
        "كركوك",
        22,
        "2015-10-13",
    ),
    # one of a group (قياديا في تنظيم داعش) killed is that group's loss, not its act
    (
        "وقال المرصد إن قياديا تونسيا في تنظيم داعش قتل في غارة جوية قرب مدينة الحسكة أمس.",
        "Air/drone strike",
        None,
        "SYRREB",
        "الحسكة",
        1,
        "2015-10-13",
    ),
    # fighters missing after an attack were not abducted
    (
        "وقتل تنظيم داعش 37 من مسلحي جماعات منافسة في هجوم على قرية في ريف حلب أمس، ولا يزال 20 مقاتلا مفقودين.",
        "Armed clash",
        "SYRREB",
        None,
        "حلب",
        37,
        "2015-10-13",
    ),
    # a crowd broken up: the protesters are the first side, the force the second; with deaths, excessive force
    (
        "فرقت قوات الأمن بالغاز المسيل للدموع مظاهرة في مدينة تعز أمس.",
        "Protest with intervention",
        "YEMOPP",
        "YEMMIL",
        "تعز",
        0,
        "2015-10-13",
    ),
    (
        "أطلقت قوات الأمن الرصاص على المتظاهرين في مدينة تعز أمس فقتلت اثنين منهم.",
        "Excessive force against protesters",
        "YEMOPP",
        "YEMMIL",
        "تعز",
        2,
        "2015-10-13",
    ),
    # an assassination is of one person; the passive (اغتيل) is one too; unknown gunmen after the verb did it
    (
        "اغتيل مسؤول محلي أمس برصاص مجهولين في مدينة إب.",
        "Attack",
        None,
        "YEMCVL",
        "إب",
        1,
        "2015-10-13",
    ),
    (
        "اغتال مسلحون مجهولون قاضيا أمام منزله في مدينة إب أمس.",
        "Attack",
        None,
        "YEMCVL",
        "إب",
        1,
        "2015-10-13",
    ),
    # fighters counted before the shooting that killed them: a battle, their side the one hit
    (
        "وقالت مصادر يمنية إن 6 حوثيين قتلوا برصاص المقاومة الشعبية في مدينة عدن أمس.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "عدن",
        6,
        "2015-10-13",
    ),
    # one or two soldiers named with their nationality are the side lost, whoever did it
    (
        "قتل جنديان تركيان في هجوم لحزب العمال الكردستاني على دورية في ولاية هكاري.",
        "Armed clash",
        "TURREB",
        "TURMIL",
        "هكاري",
        2,
        "2015-10-14",
    ),
    (
        "قتل جندي تركي في انفجار لغم أرضي في مدينة مديات.",
        "Remote explosive/landmine/IED",
        None,
        "TURMIL",
        "مديات",
        1,
        "2015-10-14",
    ),
    # the opposition named again (فصائل المعارضة … المعارضة) is the side named before
    (
        "وتحدثت فصائل المعارضة عن هدوء حذر، وقصفت المعارضة أمس مواقع قوات النظام في مدينة درعا.",
        "Shelling/artillery/missile attack",
        "SYRREB",
        "SYRMIL",
        "درعا",
        0,
        "2015-10-13",
    ),
    # a target word with li- before the side names whose positions were hit
    (
        "قالت فصائل المعارضة إن قوات النظام المتمركزة في نقاط السكرة كثفت أمس قصفها لمواقع المعارضة في مدينة "
        "الزبداني.",
        "Shelling/artillery/missile attack",
        "SYRMIL",
        "SYRREB",
        "الزبداني",
        0,
        "2015-10-13",
    ),
    # the side said to hold the place is no side of a strike that killed civilians there; of one on it, it is
    (
        "قتل 27 شخصا حين سقطت مقاتلة سورية على سوق مزدحمة في بلدة أريحا التي تسيطر عليها فصائل المعارضة.",
        "Air/drone strike",
        "SYRMIL",
        "SYRCVL",
        "أريحا",
        27,
        "2015-10-14",
    ),
    (
        "قصف الجيش التركي أمس بلدة جرابلس التي يسيطر عليها تنظيم داعش.",
        "Shelling/artillery/missile attack",
        "TURMIL",
        "SYRREB",
        "جرابلس",
        0,
        "2015-10-13",
    ),
    # a bomb defused by the state's bomb-disposal teams: the defusing is the event, not the bomb
    (
        "وأبطل خبراء المتفجرات مفعول عبوة ناسفة قرب مقر حزب سياسي في مدينة إسطنبول أمس.",
        "Disrupted weapons use",
        "TURMIL",
        None,
        "إسطنبول",
        0,
        "2015-10-13",
    ),
    (
        "وتمكن خبراء المتفجرات من تفكيك عبوة ناسفة في مدينة الرمادي أمس.",
        "Disrupted weapons use",
        "IRQMIL",
        None,
        "الرمادي",
        0,
        "2015-10-13",
    ),
    (
        "فككت فرق الهندسة أمس عبوة ناسفة زرعت على جانب الطريق في مدينة الرمادي.",
        "Disrupted weapons use",
        "IRQMIL",
        None,
        "الرمادي",
        0,
        "2015-10-13",
    ),
    # a car bomb destroyed before it went off: by its noun, by a verb with its side between, or told by the side
    (
        "وتمكنت قوات البيشمركة أمس من تدمير ثلاث عجلات مفخخة قرب قضاء سنجار.",
        "Disrupted weapons use",
        "IRQMIL",
        None,
        "سنجار",
        0,
        "2015-10-13",
    ),
    (
        "ودمر الجيش العراقي أمس سيارة مفخخة عند مدخل مدينة الرمادي.",
        "Disrupted weapons use",
        "IRQMIL",
        None,
        "الرمادي",
        0,
        "2015-10-13",
    ),
    (
        "وقال الجيش العراقي إنه دمر أمس سيارة مفخخة يقودها انتحاري قبل وصولها إلى مواقعه في قضاء بيجي.",
        "Disrupted weapons use",
        "IRQMIL",
        None,
        "بيجي",
        0,
        "2015-10-13",
    ),
    # between one side with its support and the other: the support is no other side
    (
        "وقعت اشتباكات عنيفة بين المقاومة الشعبية المدعومة بقوات الجيش الوطني وطائرات التحالف العربي، "
        "والمتمردين الحوثيين داخل قاعدة العند الجوية في محافظة لحج أمس.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "العند",
        0,
        "2015-10-13",
    ),
    # a unit named for liberation (جيش التحرير) is a side, no ground taken
    (
        "واستمرت الاشتباكات أمس بين جيش التحرير الفلسطيني والفصائل المقاتلة في مخيم خان الشيح.",
        "Armed clash",
        "SYRUAF",
        "SYRREB",
        "خان الشيح",
        0,
        "2015-10-13",
    ),
    # who trained a force is no side of its fight
    (
        "وقال مسؤولون إن عضوا بالقوة السورية التي دربها الجيش الأمريكي قتل أمس في اشتباكات مع جبهة النصرة في "
        "ريف حلب.",
        "Armed clash",
        "SYRREB",
        None,
        "حلب",
        1,
        "2015-10-13",
    ),
    # the city a distance is measured from is no place of the act
    (
        "وقتل 21 جنديا بتفجير سيارتين مفخختين استهدفتا ثكنات عسكرية في منطقة الثرثار شمال شرق الفلوجة 55 كلم غرب "
        "بغداد أمس.",
        "Remote explosive/landmine/IED",
        None,
        None,
        "الثرثار",
        21,
        "2015-10-13",
    ),
    # people burned to death are attacked, no property destroyed
    (
        "وقالت مصادر إن مسلحين أحرقوا ثلاثة شبان حتى الموت في مدينة بعقوبة أمس.",
        "Attack",
        None,
        "IRQCVL",
        "بعقوبة",
        3,
        "2015-10-13",
    ),
    # of two sides joined whose men were killed, the one named first is the side hit
    (
        "وكان 5 من الحوثيين وقوات صالح قتلوا أمس في هجوم للمقاومة الشعبية على حاجز عسكري لهم في مدينة تعز.",
        "Armed clash",
        "YEMUAF",
        "YEMREB",
        "تعز",
        5,
        "2015-10-13",
    ),
    # the side the dead are "of" lost them: it did not kill anyone
    (
        "وسقط ثمانية قتلى من حزب الله في مدينة الزبداني أمس.",
        "Armed clash",
        None,
        "LBNUAF",
        "الزبداني",
        8,
        "2015-10-13",
    ),
    # the leader of the coalition is its own side, not what its aircraft hit
    (
        "قصف طيران التحالف العربي الذي تقوده المملكة أمس مواقع للحوثيين بمدينة لحج.",
        "Air/drone strike",
        "SAUMIL",
        "YEMREB",
        "لحج",
        0,
        "2015-10-13",
    ),
    # the blasts heard where the aircraft struck are the strikes
    (
        "وشن طيران التحالف أمس ست غارات على معسكر الصباحية في صنعاء، وقالت مصادر إنه سمع دوي انفجارات عنيفة.",
        "Air/drone strike",
        "INTMIL",
        None,
        "الصباحية",
        0,
        "2015-10-13",
    ),
    # a quarter of the city named after it, whatever big city abroad shares its name (Medan); the shell's blast
    # is a shelling
    (
        "وانفجرت قذيفة هاون في حي الميدان بمدينة حلب أمس ما أدى إلى مقتل شخصين.",
        "Shelling/artillery/missile attack",
        None,
        "SYRCVL",
        "الميدان",
        2,
        "2015-10-13",
    ),
    # dead not known to be there are none: "ما إذا كان هناك قتلى"
    (
        "قالت مصادر محلية إن اشتباكات اندلعت أمس بين مواطنين ونقطة مسلحة تابعة للحوثيين في مدينة إب. ولا"
        " يعرف حتى الآن ما إذا كان هناك جرحى أو قتلى من طرف الحوثيين.",
        "Armed clash",
        "YEMCVL",
        "YEMREB",
        "إب",
        0,
        "2015-10-13",
    ),
    # the police tell of a bomb that went off: a ة, not the pronoun ه, ends the word after إن
    (
        "قالت الشرطة إن قنبلة انفجرت أمس داخل حافلة ركاب في مدينة عدن.",
        "Remote explosive/landmine/IED",
        None,
        None,
        "عدن",
        0,
        "2015-10-13",
    ),
    # the capital named as a city is where the act was, not the government
    (
        "انفجرت عبوة ناسفة أمس في مدينة دمشق.",
        "Remote explosive/landmine/IED",
        None,
        None,
        "دمشق",
        0,
        "2015-10-13",
    ),
]


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2", "place", "deaths", "date"), CONFLICT_ROWS)
def test_conflict_event(pipeline: Pipeline, text, sub, actor1, actor2, place, deaths, date) -> None:  # noqa: ANN001
    events = _conflict(_extract(pipeline, text))
    assert len(events) == 1, [(e.sub_event_type, e.place and e.place.name_ar) for e in events]
    e = events[0]
    assert e.sub_event_type == sub
    assert (e.actor1.code if e.actor1 else None) == actor1
    if actor2 is not None:
        assert e.actor2 is not None and e.actor2.code == actor2
    assert e.place is not None and e.place.name_ar == place
    assert e.fatalities == deaths
    assert e.event_date == date
    raw = text
    for ev in e.evidence:
        assert raw[ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the capital named by the word is named by its own name
        ("قتل 12 شخصا أمس في اشتباكات بين المقاومة الشعبية والحوثيين في العاصمة اليمنية.", "صنعاء"),
        # the capital named in passing yields to the place named
        (
            "قتل ثلاثة جنود أمس في تفجير سيارة مفخخة عند نقطة تفتيش في منطقة الطارمية شمال بغداد، والواقعة على"
            " الطريق الرئيسية التي تربط العاصمة بشمال العراق.",
            "الطارمية",
        ),
    ],
)
def test_the_capital_as_the_place_of_an_event(pipeline: Pipeline, text: str, place: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.place is not None and e.place.name_ar == place


def test_the_act_carried_out_by_a_side_named_after_it_is_that_act(pipeline: Pipeline) -> None:
    # "هذا الهجوم نفذه داعش": the blast told before, and who carried it out — no battle of its own
    text = (
        "قتل 32 شخصا أمس في تفجير استهدف تجمعا للشباب في بلدة سروج جنوب تركيا. وقال محلل إن الأرجح أن هذا"
        " الهجوم نفذه داعش."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1 and e.actor1.code, e.fatalities) == (
        "Remote explosive/landmine/IED",
        "TURREB",
        32,
    )


def test_what_an_act_led_to_is_of_its_date(pipeline: Pipeline) -> None:
    # an act told as background (كان …) keeps the running date where it was, but its own result is of its day
    text = (
        "قصفت مقاتلات تركية الجمعة مواقع للمتطرفين قرب مدينة كيليس. وكان متطرفون فتحوا الخميس النار من"
        " سوريا على مركز حدودي للجيش التركي في كيليس مما أدى إلى مقتل ضابط صف."
    )
    events = _conflict(_extract(pipeline, text, dt.date(2015, 7, 24)))
    assert sorted((e.event_date, e.fatalities) for e in events) == [("2015-07-23", 1), ("2015-07-24", 0)]


@pytest.mark.parametrize(
    ("text", "place", "actor1"),
    [
        # the army of the report's country
        ("قصف الجيش أمس مواقع المسلحين في بلدة اللطامنة بريف حماة.", "اللطامنة", "SYRMIL"),
        ("قصف الجيش أمس مواقع المسلحين في مدينة الرمادي.", "الرمادي", "IRQMIL"),
        # an army's name without the article is a group's, not the state's: one the lexicon knows, or not
        ("هاجم جيش العزة أمس مواقع لقوات النظام في بلدة اللطامنة بريف حماة.", "اللطامنة", "SYRREB"),
        ("هاجم جيش الفاتحين أمس مواقع لقوات النظام في بلدة اللطامنة بريف حماة.", "اللطامنة", None),
        # the army named with its country just before goes on
        (
            "ونفى ضابط رفيع أن الجيش الإسرائيلي قصف مواقع في سوريا، وأوضح أن الجيش قصف أمس مواقع لحزب الله في"
            " بلدة القنيطرة.",
            "القنيطرة",
            "ISRMIL",
        ),
        # … but not into the next paragraph
        (
            "قصف الجيش التركي أمس مواقع لحزب العمال الكردستاني شمال العراق.\nوفي حلب، قصف الجيش أمس مواقع"
            " المسلحين في حي الشعار.",
            "الشعار",
            "SYRMIL",
        ),
    ],
)
def test_the_army_named_bare(pipeline: Pipeline, text: str, place: str, actor1: str | None) -> None:
    (e,) = [e for e in _conflict(_extract(pipeline, text)) if e.place and e.place.name_ar == place]
    assert (e.actor1.code if e.actor1 else None) == actor1


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        # small-arms fire at people is an attack on them (أطلق … الرصاص is no shelling)
        ("أطلق الحوثيون الرصاص على عدد من المواطنين في مدينة إب أمس.", "Attack", "YEMREB", "YEMCVL"),
        # a post or patrol said to be a side's acts as that side
        (
            "وحسب المصادر فإن النقطة التابعة للحوثيين أطلقت الرصاص بشكل عشوائي على عدد من المواطنين في مدينة إب"
            " أمس مما أدى إلى سقوط أربعة قتلى.",
            "Attack",
            "YEMREB",
            "YEMCVL",
        ),
        ("أطلق حاجز تابع لقوات النظام النار على سيارة مدنية في مدينة حمص أمس.", "Attack", "SYRMIL", "SYRCVL"),
        # fighters right after a verb of death are its dead; gunmen "of" a side are that side's
        ("قتل مسلحون من داعش في غارة للتحالف أمس في مدينة الرمادي.", "Air/drone strike", "INTMIL", "IRQREB"),
        ("قتل مسلحون في غارة للتحالف أمس في مدينة الرمادي.", "Air/drone strike", "INTMIL", None),
        # … unless the dead they killed are counted after them
        ("قتل مسلحون مجهولون أمس مدنيين اثنين في مدينة الرمادي.", "Attack", None, "IRQCVL"),
        (
            "قتل مسلحون من حزب العمال الكردستاني في كمين نصبوه أمس جنديين تركيين.",
            "Armed clash",
            "TURREB",
            "TURMIL",
        ),
        # Kurdish gunmen in Turkey; the dead counted as the army's own men ("من جنوده") are its loss
        (
            "قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة مزروعة على الطريق قرب مدينة"
            " ديار بكر امس.",
            "Remote explosive/landmine/IED",
            "TURREB",
            "TURMIL",
        ),
        # soldiers of no other side named are the state's forces where the act was
        (
            "قتل خمسة جنود أمس في هجوم لتنظيم داعش على نقطة تفتيش في مدينة أجدابيا.",
            "Armed clash",
            "LBYREB",
            "LBYMIL",
        ),
        # Shia militias of no name are the pro-government militias of the country
        (
            "قالت مصادر في محافظة ديالى إن مليشيات شيعية أحرقت ثلاثة شبان حتى الموت في قرية الحديد أمس.",
            "Attack",
            "IRQUAF",
            "IRQCVL",
        ),
        # the side an act is blamed on or said to be carried out by
        (
            "وشهدت تركيا موجة من العنف بعد تفجير انتحاري يشتبه بانه من تنفيذ تنظيم داعش أودى بحياة 32 شخصا في"
            " بلدة سروج أمس.",
            "Suicide bomb",
            "TURREB",
            "TURCVL",
        ),
        (
            'واستهدف تفجير انتحاري ألقي باللوم فيه على تنظيم "داعش" مركزا ثقافيا في بلدة سروج أمس وتسبب في مقتل'
            " 32 شخصا.",
            "Suicide bomb",
            "TURREB",
            "TURCVL",
        ),
        # a side's source telling of the side's own men ("إن قواتها")
        (
            "قال مصدر في الجيش إن قواته قصفت مواقع الحوثيين في مدينة تعز أمس.",
            "Shelling/artillery/missile attack",
            "YEMMIL",
            "YEMREB",
        ),
        # the doer named again between the act and its target
        (
            "شنت مقاتلات تركية أمس غارات هي الأولى للجيش التركي على مواقع تابعة لتنظيم داعش قرب بلدة الراعي.",
            "Air/drone strike",
            "TURMIL",
            "SYRREB",
        ),
        # the side the fire came from, with whom it hit named in between
        (
            "أدى القصف العنيف الذي استخدمت فيه الصواريخ وقذائف الهاون وتعرض له مخيم درعا للاجئين الفلسطينيين"
            " جنوب سوريا من مواقع قوات الأسد لمقتل عدد من الأطفال.",
            "Shelling/artillery/missile attack",
            "SYRMIL",
            "PSECVL",
        ),
        # the barracks hit are the other side's, not the doer of the verbal noun
        (
            "وأعلنت فصائل المعارضة في بيان استهداف ثكنات قوات النظام في بلدة مورك بريف حماة أمس.",
            "Armed clash",
            "SYRREB",
            "SYRMIL",
        ),
    ],
)
def test_who_fired_at_whom(
    pipeline: Pipeline, text: str, sub: str, actor1: str | None, actor2: str | None
) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) == (sub, actor1, actor2)


@pytest.mark.parametrize(
    ("text", "sub", "actor1", "actor2"),
    [
        # a change of territory written as a verbal noun: the side after it is driven out, not driving
        (
            "وتمكنت قوات البيشمركة أمس من دحر داعش من قرية خراب دليل.",
            "Government regains territory",
            "IRQMIL",
            "IRQREB",
        ),
        (
            "وتمكن الثوار أمس من طرد قوات النظام من قرية تل ملح.",
            "Non-state actor overtakes territory",
            "SYRREB",
            "SYRMIL",
        ),
        # a group named again by its head noun is that group, here too the side driven out
        (
            "هاجم تنظيم داعش قرية خراب دليل أول أمس. وتمكنت قوات البيشمركة أمس من دحر التنظيم من قرية كسكي.",
            "Government regains territory",
            "IRQMIL",
            "IRQREB",
        ),
    ],
)
def test_the_side_after_a_verbal_noun_of_territory_is_driven_out(
    pipeline: Pipeline, text: str, sub: str, actor1: str, actor2: str
) -> None:
    events = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type in TERRITORY_TYPES]
    assert [(e.sub_event_type, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        (sub, actor1, actor2)
    ]


TERRITORY_TYPES = ("Government regains territory", "Non-state actor overtakes territory")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # a verb that agrees with the pronoun of "انه/انها/انهم" has its subject in it: the side after is hit
        ("وأعلن الجيش العراقي أنه استهدف داعش في قضاء بيجي أمس.", "IRQMIL", "IRQREB"),
        # one that does not agree has its subject after it
        ("أعلن المرصد السوري أنه قصفت قوات النظام صباح أمس مناطق في مدينة حرستا.", "SYRMIL", None),
        # the pronoun stands for the teller, named first; the side told is no agent (but the target, a group
        # of no country named in the country it is in)
        (
            "أبلغت تركيا الأمم المتحدة أمس أنها بدأت في شن غارات جوية ضد تنظيم داعش في سورية.",
            "TURMIL",
            "SYRREB",
        ),
        # "قام به X": done by X
        ("وقتل سبعة مدنيين في قصف عشوائي قام به المتمردون الحوثيون على أحياء مدينة تعز.", "YEMREB", "YEMCVL"),
        # "انه" after a feminine plural side stands for someone else; a bombing in a cultural centre's garden hits
        # the people gathered there
        (
            "وأشارت السلطات التركية إلى أنه فجر نفسه قبيل ظهر أمس في حديقة المركز الثقافي في سوروتش.",
            None,
            "TURCVL",
        ),
        # one of a side's men, named by its genitive in quotes, is the one hit; li- after the strike names its agent
        (
            "وقتل أحد قادة «داعش» العسكريين في غارة لطيران التحالف الدولي على مدينة الموصل أمس.",
            "INTMIL",
            "IRQREB",
        ),
        # who attributes the act to another did not do it
        ("ونسب رئيس الوزراء أحمد داود أوغلو بوضوح الهجوم الى التنظيم المتطرف في سوروتش أمس.", None, None),
        # li- after an aircraft names whose it is
        ("وقصفت طائرة حربية للنظام السوري صباح أمس بلدة سراقب في ريف إدلب.", "SYRMIL", None),
        ("وأبلغ الجيش العراقي الحكومة أمس أنه شن غارات على مواقع داعش في قضاء بيجي.", "IRQMIL", "IRQREB"),
    ],
)
def test_a_pronoun_before_the_verb(pipeline: Pipeline, text: str, actor1: str, actor2: str | None) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [(actor1, actor2)]


def test_a_name_shared_with_a_far_city_stays_in_the_actors_country(pipeline: Pipeline) -> None:
    # بيجي is Bayji in Iraq, and also a name of Beijing: the Iraqi army's report is in Iraq
    (e,) = _conflict(_extract(pipeline, "قصف الجيش العراقي مواقع داعش في بيجي أمس."))
    assert e.place is not None and e.place.country == "IRQ"


def test_the_owner_of_a_thing_named_before_the_act_is_not_its_agent(pipeline: Pipeline) -> None:
    text = (
        "وفي مدينة منبج التي يسيطر عليها تنظيم داعش، بثت وكالة أعماق التابعة للتنظيم صورا لقصف جوي "
        "استهدف مستشفى عائشة أمس."
    )
    assert [e.actor1 and e.actor1.code for e in _conflict(_extract(pipeline, text))] == [None]


@pytest.mark.parametrize("verb", ["وأوقفت", "واعتقلت"])
def test_an_arrest_over_a_known_bombing_is_an_arrest(pipeline: Pipeline, verb: str) -> None:
    text = f"{verb} الشرطة التركية ثلاثة أشخاص في مدينة سروج أمس للاشتباه في صلتهم بالتفجير."
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Arrests"]


def test_words_of_the_sentence_before_do_not_govern_the_next(pipeline: Pipeline) -> None:
    # "حتى تحقق هذا الهدف." ends a sentence: its verb of making headway does not carry the next one's raid
    text = (
        "وأعلنت المقاومة أنها ستصعد عملياتها حتى تحقق هذا الهدف.\n"
        "أدت غارة شنتها طائرة أميركية بدون طيار في محافظة مأرب أمس إلى مقتل أربعة عناصر من القاعدة."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1 and e.actor1.code, e.fatalities) for e in events] == [
        ("Air/drone strike", "USAMIL", 4)
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # an act like the one reported, with no place of its own, is an earlier one
        (
            "وقتل ثلاثة من قادة القاعدة في غارة على مدينة المكلا أمس. كما لقي قائد التنظيم مقتله في غارة مماثلة.",
            ["المكلا"],
        ),
        # with a place of its own it is one more event
        (
            "وقتل ثلاثة مسلحين في اشتباكات في مدينة لودر أمس. وكانت اشتباكات مماثلة دارت أول من أمس في مدينة عتق.",
            ["لودر", "عتق"],
        ),
    ],
)
def test_an_act_like_the_one_reported(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert [e.place.name_ar if e.place else None for e in _conflict(_extract(pipeline, text))] == places


def test_an_act_named_by_its_place_is_the_one_told_there(pipeline: Pipeline) -> None:
    """ "اعتداء سوروتش" (the Suruç attack) in a later sentence is the bombing already told there, whatever word
    names it; Suruç is a town the index knows by its Arabic names."""
    text = "قتل 32 شخصا في هجوم انتحاري استهدف مدينة سوروتش أمس. ولم تتبن أي جهة حتى الآن اعتداء سوروتش."
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 32)]
    assert events[0].place.country == "TUR" and events[0].place.latitude is not None


def test_strikes_near_a_city_abroad_are_there(pipeline: Pipeline) -> None:
    """ "قرب الموصل" in a roundup about Syria: near names where, so the city is found abroad and locates them."""
    text = (
        "قال الجيش الأميركي إن قوات التحالف نفذت يوم السبت ست غارات في مدينة حلب. وقال الجيش في بيان إن طائرات "
        "التحالف شنت غارات قرب الموصل أمس."
    )
    places = [(e.place.name_ar, e.place.country) for e in _conflict(_extract(pipeline, text)) if e.place]
    assert ("الموصل", "IRQ") in places


def test_a_week_set_off_by_commas_dates_the_clause_after_it(pipeline: Pipeline) -> None:
    text = "فقد دارت، الأسبوع الماضي، اشتباكات بين الحرس الجمهوري والميليشيات الحوثية في مدينة صنعاء."
    (e,) = _conflict(_extract(pipeline, text))
    assert e.date.precision == 2 and e.event_date < "2015-10-14"


def test_strikes_shared_out_between_targets_are_no_fight_between_them(pipeline: Pipeline) -> None:
    """ "توزعت بين ثلاث غارات على مواقع للحوثيين وثلاث أخرى …": بين names where strikes went, not two sides."""
    text = (
        "وواصلت طائرات التحالف شن غاراتها على المقار العسكرية الخاصة بالمسلحين الحوثيين وآخرها شن 6 غارات، مساء "
        "أول من أمس، توزعت بين ثلاث غارات على مواقع للحوثيين بالجفينة وثلاث أخرى على مواقع للحوثيين بالمخدرة شمال "
        "غربي مأرب."
    )
    got = {
        (e.sub_event_type, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code)
        for e in _conflict(_extract(pipeline, text))
    }
    assert got == {("Air/drone strike", "INTMIL", "YEMREB")}


def test_a_town_across_the_border_from_the_reported_places(pipeline: Pipeline) -> None:
    """A town a report from Turkey names by its type word, near the Turkish places it is sure of, lies where it
    is, in Syria: it is geocoded there and its events are located there."""
    text = (
        "وقتل ثلاثة جنود أتراك في هجوم على مركز حدودي في مدينة شانلي أورفة أمس. واندلعت اشتباكات بين المقاتلين "
        "الأكراد وتنظيم داعش في مدينة عين العرب أمس."
    )
    kobani = [e for e in _conflict(_extract(pipeline, text)) if e.place and e.place.name_ar == "عين العرب"]
    assert len(kobani) == 1
    assert kobani[0].place.country == "SYR" and kobani[0].place.latitude is not None


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # the place a distance is measured from, and where a body sits, say where something else is
        (
            "وعاد الهدوء إلى مدينة سبها، التي تبعد بنحو 750 كيلومترا جنوب العاصمة طرابلس، عقب مقتل 40 شخصا في "
            "اشتباكات بين قبيلتي التبو والطوارق أمس.",
            ["سبها"],
        ),
        (
            "وقتل 27 شخصا في انفجار في بلدة سروج أمس. وتقع البلدة على بعد نحو عشرة كيلومترات من بلدة عين العرب.",
            ["سروج"],
        ),
        (
            "واتهمت المؤسسة الوطنية للنفط التي يوجد مقرها في طرابلس الحكومة بأنها قصفت ناقلة نفط في ميناء "
            "درنة أمس.",
            ["درنة"],
        ),
        # the places of the act's motive (انتقاما ل، ردا على) are not where it was; nor is the act answered one
        (
            "وقصفت طائرات النظام أمس ريف إدلب انتقاما لجنوده المحاصرين في بلدتي كفريا والفوعة.",
            ["إدلب"],
        ),
        (
            "وأمطرت الفصائل المعارضة أمس بلدة نبل بالقذائف، ردا على تعرض بلدة الزبداني في ريف دمشق لهجوم من "
            "قوات النظام.",
            ["نبل"],
        ),
        ("ردا على ذلك، قصفت قوات النظام أمس بلدة الزبداني.", ["الزبداني"]),  # the answer itself
        # (the motive quoted: "ردا على …" in quotation marks)
        ('وهاجم مسلحون من حزب العمال الكردستاني أمس مركزا للشرطة "ردا على مجزرة سوروتش".', [None]),
        # (nor the place the text goes on about: the act told next, of no place of its own, is the one before's)
        (
            "قصف لواء النصر أمس مدينة القرداحة بعشرات القذائف، ضمن حملة أطلقها منذ أسبوع نصرة لمدينة الزبداني."
            " وانتقل مقاتلو المعارضة من استهداف المدينة بصواريخ الغراد إلى المدافع الأكثر دقة.",
            ["القرداحة"],
        ),
    ],
)
def test_a_place_that_locates_another(pipeline: Pipeline, text: str, places: list[str]) -> None:
    assert [e.place.name_ar if e.place else None for e in _conflict(_extract(pipeline, text))] == places


def test_the_two_villages_named_before_are_no_town_of_that_name(pipeline: Pipeline) -> None:
    # القريتين is also a town in Homs: after "قريتي X وY" it is those two villages
    text = (
        "اندلعت اشتباكات أمس بين قوات المعارضة وقوات النظام في قريتي تل أعور والفريكة في ريف إدلب الغربي، "
        "أسفرت عن سيطرة قوات الأسد على القريتين."
    )
    places = {e.place.name_ar for e in _conflict(_extract(pipeline, text)) if e.place}
    assert "القريتين" not in places and places <= {"تل أعور", "الفريكة"}
    # but the town named with its type word is the town, whatever two villages were named before
    text = (
        "سيطرت فصائل المعارضة أمس على قريتي المشيك والقرقور في سهل الغاب. وخطف تنظيم داعش أمس نحو 230 مدنيا "
        "في مدينة القريتين في محافظة حمص."
    )
    (abduction,) = [
        e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type.startswith("Abduction")
    ]
    assert abduction.place is not None and abduction.place.name == "Al Qaryatayn"


def test_a_loyal_adjective_is_no_part_of_the_name(pipeline: Pipeline) -> None:
    text = "وواصل الثوار أمس استهداف قريتي كفريا والفوعة المواليتين لنظام الأسد بالمدفعية الثقيلة."
    assert sorted(e.place.name_ar for e in _conflict(_extract(pipeline, text))) == ["الفوعة", "كفريا"]


def test_a_campaign_named_in_quotes_is_no_battle(pipeline: Pipeline) -> None:
    text = 'وقصف الثوار أمس بلدة كفريا بالمدفعية ضمن المرحلة الثانية من معركة "الثأر للزبداني".'
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["كفريا"]


def test_the_place_of_an_earlier_act_set_as_background_is_not_the_acts(pipeline: Pipeline) -> None:
    text = (
        "ونفذت ثلاث مقاتلات تركية أمس غارات على مواقع تابعة لتنظيم داعش في سورية، وذلك بعد أربعة أيام على"
        " تفجير انتحاري دام استهدف مدينة سوروتش التركية الحدودية."
    )
    # (no finer place than the country the strikes were told in)
    assert [e.place and e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["سورية"]


def test_a_place_in_a_new_statement_of_the_speaker_is_not_the_acts(pipeline: Pipeline) -> None:
    text = (
        "وقال قائد في المعارضة إن طيران النظام شن أمس أكثر من 120 غارة جوية، مؤكدا أن الأهمية تكمن في تلة"
        " خطاب التي ما تزال تحت سيطرة الثوار."
    )
    assert [e.place for e in _conflict(_extract(pipeline, text))] == [None]


def test_a_town_abroad_named_as_such_before_is_where_its_blast_went_off(pipeline: Pipeline) -> None:
    """A town abroad the article names by its type word ("مدينة سوروتش التركية") is the same town when a later
    sentence tells where the blast went off there, though that sentence names a town at home too; and "the
    explosion" told there that day is the bombing already told, not another event."""
    text = (
        "قتل خمسة مدنيين أمس في قصف على حي الشعار في مدينة حلب. وقتل 30 شخصا أمس في هجوم انتحاري استهدف مدينة "
        "سوروتش التركية. ووقع الانفجار في حديقة مركز ثقافي في سوروتش، وهو مركز يستضيف الصحفيين الذين يغطون "
        "المعارك في مدينة عين العرب. "
        "وقصفت قوات النظام بلدة كفرنبل في ريف إدلب أمس."
    )
    rows = [(e.place.name_ar, e.place.country, e.fatalities) for e in _conflict(_extract(pipeline, text))]
    assert rows == [("الشعار", "SYR", 5), ("سوروتش", "TUR", 30), ("كفرنبل", "SYR", 0)]


def test_the_explosion_at_the_town_of_a_bombing_that_day_is_that_bombing(pipeline: Pipeline) -> None:
    """ "ووقع الانفجار …" at the town where a suicide bombing was told the same day is that bombing, whoever the
    sentence says was near it."""
    text = (
        "وقتل 30 شخصا أمس في هجوم انتحاري استهدف مدينة سوروتش التركية. ووقع الانفجار في حديقة مركز ثقافي يرتاده "
        "عناصر من حزب العمال الكردستاني في سوروتش."
    )
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "place", "fatalities")
    assert rows == [("Suicide bomb", "سوروتش", 30)]


def test_a_town_across_the_border_is_no_outskirts_of_a_city_with_the_same_toll(pipeline: Pipeline) -> None:
    """Two towns a few km apart on either side of a border, each hit with the same toll that day: two events."""
    text = (
        "وقتل 12 شخصا أمس في قصف على مدينة سروج التركية. وقتل 12 شخصا أمس في قصف على مدينة عين العرب السورية."
    )
    rows = [(e.place.country, e.fatalities) for e in _conflict(_extract(pipeline, text))]
    assert rows == [("TUR", 12), ("SYR", 12)]


def test_a_strike_by_one_side_or_another_has_no_known_doer(pipeline: Pipeline) -> None:
    """ "نفذها الجيش السوري أو قوات التحالف": nobody knows which of the two struck."""
    text = (
        "قتل اثنان من قادة تنظيم داعش في غارة جوية على محافظة الحسكة اليوم. ولم يتضح إن كانت الغارة الجوية "
        "نفذها الجيش السوري أو قوات التحالف."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "fatalities") == [
        ("Air/drone strike", None, 2)
    ]


def test_ground_under_a_sides_control_is_no_ground_taken(pipeline: Pipeline) -> None:
    """ "في منطقة تحت سيطرتها": the noun with its pronoun (not the verb سيطرت with an object): held ground."""
    text = "وأعلنت جبهة النصرة أنها أغلقت المحطة الواقعة في منطقة تحت سيطرتها في مدينة حلب أمس."
    assert not [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type in TERRITORY]


def test_a_new_statement_of_another_kind_of_act_does_not_carry_the_doer(pipeline: Pipeline) -> None:
    """ "… تمكنت خلالها من قتل 11 مسلحا، وأشاروا إلى مقتل 10 مدنيين في انفجار عبوتين": the bombs told in the new
    statement are nobody named's, not the fighters' who killed the militants."""
    text = (
        "وقال المسؤولون إن قوة تابعة لقوات البيشمركة شنت عملية على قرية الكصيبة شمال شرقي بعقوبة تمكنت خلالها من "
        "قتل 11 مسلحا من تنظيم داعش، وأشاروا إلى مقتل 10 مدنيين في انفجار عبوتين ناسفتين في قضاء بلدروز."
    )
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "fatalities")
    assert ("Remote explosive/landmine/IED", None, 10) in rows


def test_a_name_right_after_a_verb_of_saying_is_who_spoke(pipeline: Pipeline) -> None:
    """ "وقالت بولدان إن الانفجار وقع …": the MP who spoke, not the Turkish town of that name."""
    text = (
        "وقتل 30 شخصا أمس في هجوم انتحاري استهدف مدينة سوروتش التركية. وقالت النائبة عن حزب الشعوب الديمقراطي "
        "لوكالة الأنباء إن عدد القتلى مرشح للارتفاع، وقالت بولدان إن الانفجار وقع وسط تجمع للشبان."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "place") == [("سوروتش",)]


def test_a_neighbours_region_named_as_one_is_where_the_shells_fell(pipeline: Pipeline) -> None:
    """ "وسقطت قذائف … على منطقة جازان" of a Yemen report: the Saudi region over the border."""
    text = "شنت الطائرات غارات على مواقع المسلحين في محافظة صعدة أمس، وسقطت قذائف أطلقها الحوثيون على منطقة جازان."
    places = [(e.place.name_ar, e.place.country) for e in _conflict(_extract(pipeline, text))]
    assert places == [("صعدة", "YEM"), ("جازان", "SAU")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act named again as the object of a verb of attributing: the side after الى did it
        (
            "وقتل 30 شخصا أمس في هجوم انتحاري في مدينة سوروتش التركية، ونسب رئيس الوزراء الهجوم إلى تنظيم داعش.",
            [("Suicide bomb", "TURREB", "TURCVL")],
        ),
        # … not the strikes told before an earlier act it took back (نسبته)
        (
            "شن سلاح الجو التركي أمس أولى غاراته على مواقع لتنظيم داعش في سوريا بعد أربعة أيام على هجوم انتحاري "
            "نسبته الحكومة إلى التنظيم.",
            [("Air/drone strike", "TURMIL", "SYRREB")],
        ),
    ],
)
def test_the_side_an_act_is_attributed_to_did_it(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2") == expected


def test_a_placeless_toll_told_again_at_the_first_place_is_not_given_to_the_next(pipeline: Pipeline) -> None:
    """A lead's toll with no place, told again with the first place of the next sentence: that place's dead, not
    the dead of the other act told after it too."""
    text = (
        "أعلنت قوات البيشمركة الكردية أمس أنها تمكنت من قتل 22 مسلحا من تنظيم داعش في معارك متفرقة. وقالت مصادر "
        "إن القوات استعادت قرية الهديدة بعد معارك أسفرت عن مقتل 22 مسلحا، واشتبكت مع عناصر التنظيم في قرية الفسلوج."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "place", "fatalities") == [
        ("الهديدة", 22),
        ("الفسلوج", 0),
    ]


def test_a_minister_telling_of_a_blast_did_not_set_it_off(pipeline: Pipeline) -> None:
    """ "وأعلن وزير الداخلية التركي عن مقتل 30 شخصا في انفجار": the state tells of the bombing, nobody named did
    it."""
    text = "وأعلن وزير الداخلية التركي عن مقتل 30 شخصا في انفجار في مدينة سوروتش أمس."
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "fatalities") == [
        ("Remote explosive/landmine/IED", None, 30)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وشنت الولايات المتحدة أمس أول غارات جوية للدفاع عن مقاتلي المعارضة السورية في ريف حلب.",
        "وشنت طائرات التحالف غارات جوية لمساندة قوات البشمركة قرب الموصل أمس.",
        "وقصفت المدفعية التركية مواقع في ريف حلب دعما لفصائل المعارضة أمس.",
    ],
)
def test_the_side_an_act_backs_is_not_its_target(pipeline: Pipeline, text: str) -> None:
    """ "للدفاع عن"، "لمساندة"، "دعما لـ": the side after a word of backing is the one helped, not the one hit."""
    assert [e.actor2 for e in _conflict(_extract(pipeline, text))] == [None]


def test_a_citys_toll_of_several_blasts_told_each_with_its_dead_is_no_quarters(pipeline: Pipeline) -> None:
    """ "قتل 23 شخصا في تفجيرين … في بغداد" then each blast at its quarter with its own dead: the sum is split,
    the first quarter keeps its own toll."""
    text = (
        "وقتل 23 شخصا الثلاثاء في تفجيرين بسيارتين مفخختين في العاصمة بغداد. واستهدف أكثر التفجيرات دموية الثلاثاء "
        "منطقة بغداد الجديدة حيث قتل 19 شخصا، كما انفجرت سيارة مفخخة في اليوم نفسه في منطقة الزعفرانية ما أسفر "
        "عن مقتل أربعة أشخاص."
    )
    rows = _rows(_extract(pipeline, text, dt.date(2015, 7, 22)), "place", "fatalities")
    assert rows == [("بغداد الجديدة", 19), ("الزعفرانية", 4)]


def test_a_city_abroad_written_as_where_the_act_was_is_its_place(pipeline: Pipeline) -> None:
    text = "قتل خمسة مدنيين أمس في قصف على حي الشعار في مدينة حلب. وانفجرت سيارة مفخخة اليوم في أنقرة."
    places = [(e.place.name_ar, e.place.country) for e in _conflict(_extract(pipeline, text))]
    assert places == [("الشعار", "SYR"), ("أنقرة", "TUR")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a campaign begun weeks before the report, and what went with it that day, are its background
        (
            "وبدأت قوات النظام وحزب الله اللبناني في الرابع من يوليو الماضي هجوما على مدينة الزبداني، ترافق مع"
            " قصف جوي عنيف.",
            [],
        ),
        # … begun yesterday, it is the report's
        ("وبدأت قوات النظام أمس هجوما على مدينة الزبداني.", ["2015-07-21"]),
    ],
)
def test_a_campaign_begun_long_ago_is_background(pipeline: Pipeline, text: str, dates: list[str]) -> None:
    assert [e.event_date for e in _conflict(_extract(pipeline, text, dt.date(2015, 7, 22)))] == dates


def test_the_act_answered_with_an_aside_between_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "أمطرت الفصائل المقاتلة أربع بلدات محاصرة في شمال سورية بالقذائف الصاروخية والمدفعية، ردا - بحسب قولها-"
        " على تعرض بلدة الزبداني في ريف دمشق لهجوم من قوات النظام وحزب الله اللبناني."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [
        "Shelling/artillery/missile attack"
    ]


def test_an_attack_told_next_as_a_bombing_is_that_bombing(pipeline: Pipeline) -> None:
    text = (
        "نفذت المقاومة الشعبية في مدينة الحديدة أمس هجوما مسلحا على عناصر الحوثيين. وقالت مصادر ميدانية إن"
        " مسلحين من المقاومة الشعبية هاجموا أمس بقنبلة يدوية تجمعا للحوثيين في مدينة الحديدة."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Grenade"]


def test_a_place_pointed_back_to_by_its_kind(pipeline: Pipeline) -> None:
    # "في تلك المديرية": the district named before, not the city the supplies reach after it
    text = (
        "وقالت مصادر محلية في عدن ولودر بمحافظة أبين إن الساعات الـ48 الماضية، شهدت مواجهات عنيفة بين"
        " المقاومة الشعبية في تلك المديرية والحوثيين وقوات صالح، وإن الإمدادات تصل مدينة عدن المحررة عبر"
        " طريق البيضاء - أبين - عدن."
    )
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["لودر"]


def test_snipers_posted_somewhere_are_no_act(pipeline: Pipeline) -> None:
    # "حيث يتحصن بعض قناصة الحوثيين": where the snipers are, no fight of theirs the next act carries on
    text = "سيطرت المقاومة الشعبية أمس على حي المعلا في عدن، حيث يتحصن بعض قناصة الحوثيين. كما تم تطهير حي كريتر."
    assert [e.actor1.code for e in _conflict(_extract(pipeline, text))] == ["YEMUAF", "YEMUAF"]


def test_a_side_after_a_preposition_is_no_subject(pipeline: Pipeline) -> None:
    # "وتقدمت إلى محيط المنطقة العسكرية الرابعة": where the resistance advanced to, not who advanced
    text = (
        "استعادت المقاومة الشعبية أمس حي المعلا في عدن، وتقدمت إلى محيط المنطقة العسكرية الرابعة في مديرية"
        " التواهي."
    )
    assert [e.actor1.code for e in _conflict(_extract(pipeline, text))] == ["YEMUAF", "YEMUAF"]


def test_the_act_answered_and_its_means_are_background(pipeline: Pipeline) -> None:
    # "وفي رد على قصف … بالبراميل المتفجرة": the barrel bombs are the shelling answered, no strike of this report;
    # and the side whose positions were targeted did not fire the mortars
    text = (
        "وفي رد على قصف قوات النظام لبلدات ريف درعا بالبراميل المتفجرة أعلنت فصائل المعارضة استهداف مواقع قوات"
        " النظام في مدينة إزرع بقذائف الهاون."
    )
    assert [(e.sub_event_type, e.actor1.code) for e in _conflict(_extract(pipeline, text))] == [
        ("Shelling/artillery/missile attack", "SYRREB")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll over a span of dates (في الفترة من … وحتى …) is a tally, no event
        (
            "ولقي 22 من رجال الأمن مصرعهم في الفترة من 2 أكتوبر وحتى 12 أكتوبر الجاري نتيجة هجمات المسلحين.",
            [],
        ),
        # security operations launched (شنت … عمليات أمنية) are a campaign, no fight
        ("شنت قوات الدرك التركية، فجر اليوم الجمعة، خمس عمليات أمنية متزامنة في العاصمة أنقرة.", []),
        # whom a campaign went after (حملات استهدفت عناصر الحزب) is no side that fought
        (
            "واعتقلت الشرطة التركية أمس 17 شخصا في مدينة مانيسا، كما شنت حملات استهدفت عناصر حزب العمال"
            " الكردستاني في العاصمة أنقرة.",
            ["Arrests"],
        ),
        # battles to come, the word ending its sentence (المعارك المقبلة.)
        ("وقال الوزير إن دعم الأكراد حيوي لتحقيق النصر في المعارك المقبلة.", []),
        # a kind of help a present verb of including lists (يشمل … والضربات الجوية), and a plan's stages
        (
            "وأشاد الوزير بالدعم الذي يقدمه التحالف للقوات العراقية، والذي يشمل التدريب والسلاح والضربات الجوية.",
            [],
        ),
        ("وقالت المصادر إن الخطة تتضمن عددا من المراحل بينها تحرير محافظة لحج ومدينة زنجبار.", []),
        # ground won told only as a part of the country (في شمال البلاد): gains summed up
        ("وتمكنت قوات البشمركة من دحر مسلحي التنظيم في شمال البلاد ووسعت حدود إقليمها.", []),
        # what a side often does (غالبا ما), and ground under a side's control (تحت سيطرتها, not the verb سيطرت)
        ("وغالبا ما تعمد قوات النظام بعد خسارة مناطق كانت تحت سيطرتها الى قصفها جوا.", []),
        # arrests told since a date, and their parts: a tally
        (
            "وقالت الشرطة إن من بين 1300 شخص أعلنت السلطات الأربعاء عن توقيفهم منذ 2 أكتوبر 847 شخصا أوقفوا "
            "للاشتباه بعلاقتهم بالمتمردين الأكراد.",
            [],
        ),
        # a battle announced (اعلان المعركة), an attack set for later (كان الهجوم … مقررا)
        ("ولفت إلى أن بيانات إعلان المعركة في بلدة كفريا صدرت أمس.", []),
        ("وقال إن المقاتلين انسحبوا من المنطقة أمس بينما كان الهجوم على بلدة الفوعة مقررا.", []),
        # a past verb of trying further back, its subject between: a fight, no ground taken
        (
            "ودارت اشتباكات عنيفة في محيط بلدة الفوعة أمس حاول خلالها مقاتلون من فصائل إسلامية دخول البلدة.",
            ["Armed clash"],
        ),
        # … or the noun of trying, its subject after it
        (
            "وشهد محيط مدينة الزبداني معارك عنيفة أمس أثناء محاولة عناصر حزب الله التقدم من الجهة الجنوبية.",
            ["Armed clash"],
        ),
        # a ban told with no date in the text at all: a state of things, no development of a day
        (
            "وقصفت الطائرات العراقية مواقع تنظيم داعش في مدينة الرمادي. أما الفلوجة فتفيد الأنباء بمنع المتطرفين "
            "أربعة آلاف عائلة من الخروج من المدينة.",
            ["Air/drone strike"],
        ),
        # a siege laid on men (fighters cut off), no town besieged; a siege lifted or tried to be (لفك الحصار)
        (
            "وأكد المصدر أن الهجوم جاء بعد الحصار الذي تفرضه المقاومة على الحوثيين في مثلث العند، ويندرج في إطار "
            "المحاولات لفك الحصار.",
            [],
        ),
        ("وأضافت المصادر أن الثوار حاصروا أمس مجموعة من المسلحين في منطقة قرن الصابحية.", []),
    ],
)
def test_campaigns_and_tallies_are_no_fight(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == expected


def test_the_coalition_and_its_leading_forces_are_one_side(pipeline: Pipeline) -> None:
    # "طائرات التحالف العربي" (SAUMIL) then bare "طائرات التحالف" (INTMIL): the same strikes, one event
    text = (
        "شنت طائرات التحالف العربي أمس غارات على مواقع الحوثيين في مدينة إب. وقال مصدر محلي إن طائرات التحالف"
        " قصفت أمس معسكرا للحوثيين في مدينة إب."
    )
    assert [e.actor1.code for e in _conflict(_extract(pipeline, text))] == ["SAUMIL"]


def test_a_verb_after_before_that_tells_the_past(pipeline: Pipeline) -> None:
    # "قبل أن تسيطر": the subjunctive after قبل أن tells what was done next, by the subject of the story (not the
    # side the first act drove out)
    text = (
        "سيطرت المقاومة الشعبية أمس على مدينة الضالع بعد معارك عنيفة، مما دفع الحوثيين إلى الفرار شمالا قبل أن"
        " تسيطر على مدينة قعطبة."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "place", "actor1") == [
        ("الضالع", "YEMUAF"),
        ("قعطبة", "YEMUAF"),
    ]


def test_the_battles_going_on_amid_the_dead_did_not_kill_them(pipeline: Pipeline) -> None:
    # "مع استمرار المعارك في محيط …": the circumstances, told after the dead of each town
    text = (
        "وسقط 15 قتيلا بينهم أطفال في بلدة سرمين، كما سقط 4 قتلى في بلدة بنش، مع استمرار المعارك في محيط بلدتي"
        " الفوعة وكفريا المحاصرتين."
    )
    assert [(e.place.name_ar, e.fatalities) for e in _conflict(_extract(pipeline, text)) if e.fatalities] == [
        ("سرمين", 15),
        ("بنش", 4),
    ]


def test_scattered_battles_are_not_at_the_last_place_named(pipeline: Pipeline) -> None:
    # "في معارك متفرقة": in several places, none of them the town the text named before
    text = (
        "وقتل ستة مدنيين أمس جراء سقوط قذائف هاون على منازل في ناحية هبهب. من ناحيتها، أعلنت قوات البيشمركة أمس"
        " أنها تمكنت من قتل 21 مسلحا من تنظيم داعش في معارك متفرقة."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.fatalities, e.place is not None and e.place.name_ar) for e in events] == [
        (6, "هبهب"),
        (21, False),
    ]


def test_the_side_a_number_of_dead_is_counted_from_was_hit(pipeline: Pipeline) -> None:
    # "مقتل عشرة من عناصر داعش": the dead are the group's men, the group did not kill them
    text = "وأعلنت قيادة عمليات سامراء أمس مقتل عشرة من عناصر داعش في قضاء الدجيل."
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2", "fatalities") == [
        (None, "IRQREB", 10)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the car bombs of the lead, blown up by the two men driving them (انتحاريان فجرا نفسيهما)
        "قتل 12 شخصا أمس بتفجير سيارتين مفخختين استهدفتا نقطة تفتيش في حي الكرادة ببغداد. وقال مصدر أمني إن"
        " سيارتين يقودهما انتحاريان فجرا نفسيهما عند نقطة التفتيش في حي الكرادة ظهر أمس.",
        # … told at the city, then at the quarter where they went off
        "قتل 12 شخصا أمس بتفجير سيارتين مفخختين في مدينة بعقوبة. وقال مصدر أمني إن سيارتين يقودهما انتحاريان"
        " فجرا نفسيهما عند نقطة تفتيش في حي التحرير ظهر أمس.",
    ],
)
def test_car_bombs_driven_by_their_bombers_are_one_suicide_bombing(pipeline: Pipeline, text: str) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "fatalities") == [("Suicide bomb", 12)]


def test_a_toll_across_many_towns_of_a_country_is_a_tally(pipeline: Pipeline) -> None:
    # "العديد من المدن والأحياء السورية": a country-wide toll, no event at the last town named
    text = (
        "وقصفت قوات المعارضة في ريف حلب قريتي نبل والزهراء أمس. وفي تقرير صدر فجر اليوم، أفادت الشبكة السورية"
        " لحقوق الإنسان بأن 63 شخصا لقوا مصرعهم جراء قصف قوات النظام العديد من المدن والأحياء السورية أمس."
    )
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [0, 0]


def test_the_day_a_source_told_it_does_not_date_the_next_sentence(pipeline: Pipeline) -> None:
    # "… أول أمس، بحسب ما أفادت مصادر أمنية وطبية أمس": the sources told it yesterday, the bombings were the day
    # before, and the next sentence goes on with them
    text = (
        "قتل 30 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أول أمس، بحسب ما أفادت مصادر"
        " أمنية وطبية أمس. وفي الحلة أدى تفجير سيارة مفخخة إلى مقتل 19 شخصا على الأقل."
    )
    assert [(e.place.name_ar, e.event_date) for e in _conflict(_extract(pipeline, text))] == [
        ("الحلة", "2015-10-12")
    ]


def test_civilians_of_the_nationality_named(pipeline: Pipeline) -> None:
    # "مدنيين عراقيين" killed by Turkish aircraft in a report from Ankara: Iraq's civilians
    text = (
        "أعلنت أنقرة أمس أن المقاتلات التركية شنت غارات جديدة على قرى في الجبال، ما أدى إلى مقتل ستة مدنيين"
        " عراقيين بحسب سلطات إقليم كردستان."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2") == [("TURMIL", "IRQCVL")]


def test_the_means_of_a_denied_verb_is_no_act(pipeline: Pipeline) -> None:
    # "لم تسقط نتيجة لإصابتها بنيران": no fire brought the plane down
    text = (
        "قتل 20 شخصا أمس حين سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا. وقال المرصد إن الطائرة لم تسقط"
        " نتيجة لإصابتها بنيران المعارضة."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Air/drone strike"]


def test_a_lead_at_the_city_and_its_detail_a_day_apart_are_one_battle(pipeline: Pipeline) -> None:
    # the lead dated by the report's day, its detail by the night the fighting began: the same eight dead
    text = (
        "أفادت مصادر يمنية أمس بمقتل ثمانية حوثيين في مواجهات مع المقاومة الشعبية في مدينة مأرب. وقالت المصادر"
        " إن مواجهات عنيفة اندلعت مساء الاثنين واستمرت حتى وقت مبكر من أمس بين المقاومة الشعبية والحوثيين في"
        " منطقة الجفينة جنوب غرب مأرب ما أسفر عن مقتل ثمانية حوثيين."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "place", "fatalities") == [("الجفينة", 8)]


def test_a_raid_on_a_village_of_a_governorate_is_the_ground_won_next(pipeline: Pipeline) -> None:
    # "في هجوم على قرية بمحافظة حلب" then "وسيطر مسلحو التنظيم على قرية أم حوش": one battle, at the village
    text = (
        "قال المرصد السوري لحقوق الإنسان اليوم إن تنظيم داعش قتل 37 على الأقل من مسلحي جماعات منافسة في هجوم"
        " شنه ليلا على قرية بمحافظة حلب. وسيطر مسلحو التنظيم على قرية أم حوش بريف حلب الشمالي بعد اشتباكات"
        " عنيفة مع مقاتلي الجماعات المنافسة."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place", "fatalities") == [
        ("Non-state actor overtakes territory", "أم حوش", 37)
    ]


def test_a_targeting_with_its_toll_after_air_strikes_is_one_of_them(pipeline: Pipeline) -> None:
    # "… جراء قصف طائرات التحالف …" then "بينما قتل 29 منهم في استهداف لمنطقة معسكر …": a strike of theirs
    text = (
        "أفاد المرصد السوري لحقوق الإنسان أمس بمقتل 40 من عناصر تنظيم داعش جراء قصف طائرات التحالف الدولي"
        " مواقع التنظيم في محافظة الرقة. وأشار إلى مقتل 29 منهم في استهداف لمعسكر قرب مدينة الطبقة."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place", "fatalities") == [
        ("Air/drone strike", "INTMIL", "الطبقة", 29)
    ]


def test_the_same_city_is_the_city_of_the_act_told_last(pipeline: Pipeline) -> None:
    # "في ذات المدينة": the city the strike told before hit, not the one named in passing after it
    text = (
        "قصفت طائرات التحالف أمس مستشفى ميدانيا في مدينة المكلا، وهو المستشفى الذي ينقل إليه المسلحون جرحاهم من"
        " عدن. كما شنت طائرات التحالف أمس غارة على مقر للمسلحين في ذات المدينة."
    )
    assert {e.place.name_ar for e in _conflict(_extract(pipeline, text))} == {"المكلا"}


def test_a_place_put_in_a_country_by_the_text_is_a_place(pipeline: Pipeline) -> None:
    # the gazetteer lacks it; the text says which country it is in: a place there, not the country itself
    text = (
        "قتل شرطي تركي في مدينة سروج أمس. وقصفت طائرات تركية مواقع لحزب العمال الكردستاني في جبال قنديل شمال"
        " العراق أمس."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.place.name_ar, e.place.country) for e in events if e.sub_event_type == "Air/drone strike"] == [
        ("جبال قنديل", "IRQ")
    ]


def test_a_report_naming_only_a_government_is_of_its_country(pipeline: Pipeline) -> None:
    # أريحا is Ariha in Syria here, not Jericho: the Syrian regime is the only side named
    text = (
        "سقطت أمس طائرة حربية تابعة للنظام السوري في سوق للخضار وسط مدينة أريحا، مما أدى إلى سقوط عشرات القتلى"
        " والجرحى من المدنيين بينهم أطفال."
    )
    assert [e.place.country for e in _conflict(_extract(pipeline, text))] == ["SYR"]


def test_police_abroad_are_that_countrys(pipeline: Pipeline) -> None:
    # a roundup from Syria tells of a shoot-out in a Turkish city: the police there are Turkey's
    text = (
        "قتل خمسة مدنيين أمس في قصف للطيران الحربي على بلدة كفرنبل بريف إدلب الجنوبي. كما قتلت ناشطة يسارية"
        " في تبادل إطلاق نار مع الشرطة في مدينة إسطنبول أمس."
    )
    rows = [
        (e.place.name_ar, e.place.country, e.actor1 and e.actor1.code)
        for e in _conflict(_extract(pipeline, text))
    ]
    assert ("إسطنبول", "TUR", "TURMIL") in rows


def test_a_threat_of_chemical_weapons_is_no_chemical_attack(pipeline: Pipeline) -> None:
    text = "أعلن التحالف أمس تقديم مساعدات للجيش العراقي في الرمادي لمكافحة التهديد الكيميائي لتنظيم داعش."
    assert _conflict(_extract(pipeline, text)) == []


def test_a_campaign_named_by_no_side_is_no_battle(pipeline: Pipeline) -> None:
    text = "ولفت رئيس اللجنة إلى أن عملية تحرير مدينة عدن كشفت عن حجم الدمار الذي لحق بالمدينة."
    assert _conflict(_extract(pipeline, text)) == []


def test_the_latter_is_the_side_named_last(pipeline: Pipeline) -> None:
    text = (
        "وقالت المصادر إن اشتباكات عنيفة تدور بين الحوثيين من جهة والمقاومة الشعبية من جهة أخرى "
        "عقب دخول الأخيرة إلى مدينة الحوطة وسيطرتها على عدد من المواقع أمس."
    )
    events = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type in TERRITORY_TYPES]
    assert [(e.actor1 and e.actor1.code, e.place.name_ar) for e in events] == [("YEMUAF", "الحوطة")]


def test_a_count_of_attacks_told_one_by_one_is_no_event_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "وقالت المقاومة الشعبية في صنعاء إن مسلحيها نفذوا أمس هجومين منفصلين، الأول استهدف تجمع الميليشيات "
        "الحوثية جوار جسر الصداقة وأسفر عن سقوط 6 قتلى، والثاني استهدف تجمعا مماثلا في جولة الجمنة."
    )
    assert "صنعاء" not in [e.place.name_ar for e in _conflict(_extract(pipeline, text)) if e.place]


def test_the_side_in_whose_ranks_the_dead_fell_is_no_subject(pipeline: Pipeline) -> None:
    # "كمين للمقاومة": li- after a verbal noun marks its agent, when no subject stands before it
    text = "سقط أمس قتلى وجرحى في صفوف عناصر المليشيا الحوثية في كمين للمقاومة بمحافظة إب وسط اليمن."
    assert [
        (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in _conflict(_extract(pipeline, text))
    ] == [("YEMUAF", "YEMREB")]


@pytest.mark.parametrize(("turn", "place"), [("من جهة أخرى، ا", None), ("وا", "تعز")])
def test_a_turn_to_another_story_does_not_carry_the_place(
    pipeline: Pipeline, turn: str, place: str | None
) -> None:
    text = (
        "قصفت طائرات التحالف مواقع الحوثيين في مدينة تعز أمس. "
        f"{turn}عتقلت قوات الأمن الموالية للحكومة أمس ثلاثة من عناصر تنظيم القاعدة."
    )
    arrests = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type == "Arrests"]
    assert [e.place.name_ar if e.place else None for e in arrests] == [place]


def test_what_was_said_earlier_is_a_report(pipeline: Pipeline) -> None:
    # في وقت سابق (earlier): the same day or week in news, not background
    text = (
        "وقالت الوحدات الكردية في وقت سابق إن الجيش التركي قصف مواقع تابعة لها في قرية على مشارف بلدة جرابلس."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1 and e.actor1.code) for e in events] == [
        ("Shelling/artillery/missile attack", "TURMIL")
    ]


def test_places_said_to_lie_between_are_no_places_of_the_act(pipeline: Pipeline) -> None:
    text = "وسيطرت قوات النظام أمس على بلدة مورك الواقعة بين مدينتي حماة وإدلب."
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["مورك"]
    text = "وسيطرت قوات المقاومة أمس على مثلث العند وهو مفترق طرق يربط بين مدن ردفان والضالع وتعز ولحج بعدن."
    assert not {"ردفان", "تعز", "لحج"} & {
        e.place.name_ar for e in _conflict(_extract(pipeline, text)) if e.place
    }


def test_the_fourth_division_is_the_syrian_armys_only_in_a_syria_report(pipeline: Pipeline) -> None:
    syria = "وقصفت الفرقة الرابعة أمس مدينة الزبداني بالصواريخ."
    yemen = "وقال مصدر عسكري في عدن إن المقاومة الشعبية تتقدم نحو مقر قيادة الفرقة الرابعة في حي التواهي أمس."
    assert [e.actor1 and e.actor1.code for e in _conflict(_extract(pipeline, syria))] == ["SYRMIL"]
    codes = {
        c for e in _extract(pipeline, yemen) for c in (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code)
    }
    assert "SYRMIL" not in codes


def test_an_earlier_act_set_as_background_with_its_toll_is_no_event(pipeline: Pipeline) -> None:
    text = (
        "قصفت دبابات تركية الخميس مواقع لتنظيم داعش في بلدة الراعي. ويأتي تبادل إطلاق النار بعد ثلاثة أيام على "
        "هجوم انتحاري في سوروتش استهدف مجموعة ناشطين شباب وأسفر عن مقتل 32 شخصا."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1 and e.actor1.code, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "TURMIL", 0)
    ]


def test_a_massacre_by_a_weapon_is_that_weapons_event(pipeline: Pipeline) -> None:
    text = (
        "وسقط عشرات القتلى أمس في قرية قصر البريج بريف حلب الشرقي في مجزرة جديدة ارتكبها الطيران المروحي التابع "
        "للنظام، بعد إلقائه برميلا متفجرا."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 12)]
    # the dead of the massacre, then the hurt "in" the shelling: one act, by the side named first of the two
    # joined (the leader's name after his forces is no third side)
    text = (
        "ارتكبت ميليشيات الحوثي وقوات الرئيس المخلوع علي عبدالله صالح أمس مجزرة راح ضحيتها 57 قتيلا، وأصيب "
        "نحو 225 آخرون بجروح في قصف عنيف بصواريخ الكاتيوشا استهدف أحياء دار سعد في عدن."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1.code if e.actor1 else None, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "YEMREB", 57)
    ]


def test_places_of_a_past_act_named_as_background_are_not_where_the_text_is(pipeline: Pipeline) -> None:
    text = (
        "وشنت طائرات التحالف العربي غارات مكثفة صباح أمس على مواقع التمرد حول مدينة تعز، التي يتوقع كثيرون أن "
        "تكون مسرح المواجهة المقبلة بعد تحرير عدن والحوطة ولودر، مشيرا إلى أن 14 متمردا لقوا حتفهم نتيجة الغارات."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.place.name_ar, e.fatalities) for e in events] == [("تعز", 14)]


def test_the_attacks_told_after_strikes_are_those_strikes(pipeline: Pipeline) -> None:
    text = (
        "قال البيان إن التحالف الدولي نفذ أمس 19 غارة جوية على أهداف لتنظيم داعش في سوريا. "
        "وأضاف البيان أن الهجمات تركزت قرب مدينة الحسكة."
    )
    events = _conflict(_extract(pipeline, text))
    assert [
        (e.sub_event_type, e.actor1 and e.actor1.code) for e in events if e.place.name_ar == "الحسكة"
    ] == [("Air/drone strike", "INTMIL")]


def test_a_force_said_to_belong_to_a_side_is_that_side(pipeline: Pipeline) -> None:
    text = "وقال المسؤولون إن قوة أمنية تابعة لقوات البيشمركة شنت أمس عملية عسكرية على قرية الكصيبة."
    assert [e.actor1 and e.actor1.code for e in _conflict(_extract(pipeline, text))] == ["IRQMIL"]


def test_coordinated_villages_are_one_event_each(pipeline: Pipeline) -> None:
    text = "وأغارت الطائرات الحربية أمس على بلدات كفرنبل وحاس وكفرسجنة في ريف إدلب الجنوبي."
    events = _conflict(_extract(pipeline, text))
    assert sorted(e.place.name_ar for e in events if e.place) == ["حاس", "كفرسجنة", "كفرنبل"]
    assert {e.sub_event_type for e in events} == {"Air/drone strike"}
    assert all(e.actor1 is None for e in events)  # generic warplanes stay unattributed


def test_city_wide_lead_folds_into_its_quarters(pipeline: Pipeline) -> None:
    text = (
        "قتل ستة مدنيين أمس في قصف لطائرات النظام على مدينة حلب.\n"
        "ولقي ستة مدنيين مصرعهم أمس في قصف لطائرات النظام على أحياء الميسر والصاخور بحلب."
    )
    events = _conflict(_extract(pipeline, text))
    assert sorted(e.place.name_ar for e in events) == ["الصاخور", "الميسر"]
    assert max(e.fatalities for e in events) == 6


def test_a_city_wide_toll_told_again_at_its_outskirts_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "قتل 43 مدنيا أمس في قصف عشوائي للحوثيين على أحياء سكنية في مدينة عدن. وذكر شهود أن الحوثيين قصفوا"
        " بشكل عنيف منطقة الشيخ عثمان ما أدى إلى سقوط 43 قتيلا."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.place.name_ar, e.fatalities) for e in events] == [("الشيخ عثمان", 43)]


def test_a_governorate_wide_lead_and_its_detail_with_the_same_dead_are_one_event(pipeline: Pipeline) -> None:
    # the lead dated by the night, its detail in a paragraph of its own that the report's day would date
    text = (
        "قتل 13 مسلحا من ميليشيات الحوثي في مواجهات اندلعت في ساعات متأخرة من ليل الأحد الاثنين، غربي محافظة"
        " مأرب.\nوقالت مصادر محلية إن اشتباكات في منطقة الجفينة غربي مأرب خلفت 13 قتيلا من المتمردين.\nوشن"
        " طيران التحالف اليوم 6 غارات على مواقع الحوثيين في مديرية المطمة بمحافظة الجوف.\nكما قصف طيران"
        " التحالف اليوم مواقع للحوثيين في مدينة الحزم."
    )
    events = _conflict(_extract(pipeline, text, dt.date(2015, 8, 3)))
    battles = [(e.place.name_ar, e.fatalities, e.event_date) for e in events if e.event_type == "Battles"]
    assert battles == [("الجفينة", 13, "2015-08-02")]


def test_the_whole_toll_of_one_act_told_first_stands_over_its_detail(pipeline: Pipeline) -> None:
    text = (
        "هاجمت جبهة النصرة أمس مقرا للفرقة 30 في شمال سوريا، تلته اشتباكات تسببت بمقتل 11 شخصا. وقال المرصد"
        " إن اشتباكات تدور بين جبهة النصرة ومقاتلين من فصائل مقاتلة في محيط مدينة اعزاز. وقتل خمسة عناصر من"
        " جبهة النصرة ومقاتلون موالون لها وستة مقاتلين من فصائل مقاتلة كانوا يدافعون عن المقر."
    )
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [11]


def test_a_summary_without_place_is_not_one_more_event(pipeline: Pipeline) -> None:
    text = (
        "قتل 20 شخصا على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق أمس.\n"
        "وانفجرت سيارة مفخخة في سوق شعبي بمدينة الحلة أمس ما أدى إلى مقتل 12 شخصا.\n"
        "كما انفجرت عبوة ناسفة في مدينة بعقوبة أمس ما أدى إلى مقتل 8 أشخاص."
    )
    events = _conflict(_extract(pipeline, text))
    assert sorted((e.place.name_ar, e.fatalities) for e in events) == [("الحلة", 12), ("بعقوبة", 8)]


@pytest.mark.parametrize(
    "dateline", ["عين اليوم – بيروت", "بيروت 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"]
)
def test_the_city_a_report_was_filed_from_is_not_where_it_happened(pipeline: Pipeline, dateline: str) -> None:
    events = _conflict(_extract(pipeline, dateline + "\nقتل ثلاثة مدنيين أمس في غارة جوية."))
    assert [(e.place, e.fatalities) for e in events] == [(None, 3)]


@pytest.mark.parametrize(
    ("text", "sub_event"),
    [
        ("أعلن التلفزيون السوري أمس توقيف سليمان الأسد ابن عم بشار الأسد في مدينة اللاذقية.", "Arrests"),
        # so is a town by the one it is the birthplace of
        (
            "وقصفت فصائل المعارضة أمس مدينة القرداحة (مسقط رأس الرئيس بشار الأسد) بريف اللاذقية.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_relative_is_named_by_someone_who_is_no_side(pipeline: Pipeline, text: str, sub_event: str) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor2) for e in events] == [(sub_event, None)]


def test_a_killing_someone_is_charged_with_is_no_toll(pipeline: Pipeline) -> None:
    text = "اعتقلت الشرطة أمس رجلا بتهمة قتل ثلاثة أشخاص في مدينة اللاذقية."
    assert [(e.sub_event_type, e.fatalities) for e in _conflict(_extract(pipeline, text))] == [("Arrests", 0)]


def test_around_a_town_named_as_such_is_closer_than_its_province(pipeline: Pipeline) -> None:
    text = "حققت القوات الكردية أمس تقدما جنوب مدينة عين العرب بمحافظة حلب."
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["عين العرب"]


def test_the_places_of_a_topic_are_those_of_the_act_told_of_them(pipeline: Pipeline) -> None:
    text = "أما مدينتا سراقب وأريحا في ريف إدلب، فقصفهما الطيران الحربي أمس."
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["سراقب", "أريحا"]


def test_the_dead_told_first_take_the_act_told_next_not_a_later_one_of_another_type(
    pipeline: Pipeline,
) -> None:
    text = (
        "قال مسعفون ومسؤولون عسكريون إن عشرة جنود ليبيين قتلوا خلال قتال جماعات إسلامية في مدينة بنغازي يوم "
        "الاثنين.\nوقال الناطق باسم القوات الخاصة إن خمسة جنود قتلوا وإن ستة آخرين أصيبوا عندما تعرضوا لهجوم "
        "شنه مقاتلون إسلاميون على منطقة في المدينة.\nوذكر مسعفون أن خمسة جنود آخرين قتلوا في انفجار قنبلة "
        "زرعها إسلاميون بشقة سكنية."
    )
    got = sorted((e.sub_event_type, e.fatalities) for e in _conflict(_extract(pipeline, text)))
    assert got == [("Armed clash", 10), ("Remote explosive/landmine/IED", 5)]


def test_one_act_told_with_its_toll_then_with_its_place_is_one_event(pipeline: Pipeline) -> None:
    text = (
        "قتل جندي في اشتباكات عبر الحدود أمس، وذلك بعد تفجير انتحاري قتل 32 شخصا.\n"
        "وكان تفجير يوم الاثنين في بلدة سروج قد أثار المخاوف."
    )
    bombs = [e for e in _conflict(_extract(pipeline, text)) if e.event_type == "Explosions/Remote violence"]
    assert [(e.sub_event_type, e.place and e.place.name_ar, e.fatalities) for e in bombs] == [
        ("Suicide bomb", "سروج", 32)
    ]


def test_a_count_of_strikes_without_place_gives_no_toll_to_one_of_them(pipeline: Pipeline) -> None:
    text = (
        "قتل 20 شخصا في 15 غارة نفذتها طائرات التحالف أمس.\nوقصفت طائرات التحالف أمس مواقع في مدينة الحديدة."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.place and e.place.name_ar, e.fatalities) for e in events] == [("الحديدة", 0)]


def test_a_blast_told_again_with_the_town_it_was_in(pipeline: Pipeline) -> None:
    # the building hit is in the town the blast is told again with: one blast, at the building (coded by the town
    # it stands in: a building of no name of its own is no place a coder writes)
    text = (
        "من جهة أخرى، هز انفجار قوي مبنى البلدية في مدينة حمص، صباح السبت، مما أسفر عن خسائر مادية كبيرة. "
        "وفيما أشارت صفحات موالية إلى أن الانفجار ناتج عن إصابة البناء بصاروخ غراد من ريف حمص لم يتبن أي فصيل "
        "إطلاق صواريخ على مدينة حمص، اليوم."
    )
    events = _conflict(_extract(pipeline, text, dt.date(2015, 8, 9)))
    assert [(e.place.name_ar, str(e.event_date)) for e in events] == [("حمص", "2015-08-08")]


def test_a_governorate_wide_report_folds_into_its_places(pipeline: Pipeline) -> None:
    text = (
        "قتل 12 مدنيا أمس في قصف جوي لطائرات النظام على محافظة إدلب.\n"
        "وشنت طائرات النظام أمس غارات على مدينة معرة النعمان ما أدى إلى مقتل 9 مدنيين.\n"
        "كما أغارت طائرات النظام أمس على مدينة أريحا ما أدى إلى مقتل 3 مدنيين."
    )
    events = _conflict(_extract(pipeline, text))
    assert sorted((e.place.name_ar, e.fatalities) for e in events) == [("أريحا", 3), ("معرة النعمان", 9)]


def test_breakdown_of_the_dead(pipeline: Pipeline) -> None:
    text = "قتل سبعة مدنيين بينهم ثلاثة أطفال جراء غارات شنتها طائرات النظام على مدينة معرة النعمان أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert e.fatalities == 7
    assert dict(e.fatalities_detail) == {"civilians": 7, "children": 3}


@pytest.mark.parametrize(
    ("text", "fatalities", "detail"),
    [
        # groups of dead joined by و add up, each with its own number (a numeral, a dual, a singular noun)
        (
            "قتل ثلاثة أطفال وامرأتين في قصف على مدينة درعا أمس.",
            5,
            {"children": 3, "women": 2, "civilians": 5},
        ),
        ("قتلت امرأة وطفلين في قصف على مدينة درعا أمس.", 3, {"children": 2, "women": 1, "civilians": 3}),
        ("قتل رجلان وامرأة في قصف على مدينة درعا أمس.", 3, {"women": 1, "civilians": 3}),
        ("قتل 3 جنود و2 مدنيين في قصف على مدينة درعا أمس.", 5, {"combatants": 3, "civilians": 2}),
        (
            "قتلت سيدة وثلاثة من أطفالها في قصف على مدينة درعا أمس.",
            4,
            {"women": 1, "children": 3, "civilians": 4},
        ),
        ("قتل جندي و3 من عناصر الشرطة في قصف على مدينة درعا أمس.", 4, {"combatants": 4}),
        # … not the wounded joined to the dead, nor a breakdown of the counted dead
        ("قتل طفل وأصيبت امرأة في قصف على مدينة درعا أمس.", 1, {"children": 1, "civilians": 1}),
        ("قتل طفل وثلاثة من الجرحى في قصف على مدينة درعا أمس.", 1, {"children": 1, "civilians": 1}),
        # a time between the death word and its count parts nothing; two days are nobody
        (
            "قتل خلال اليومين الماضيين أكثر من 30 مسلحا من التنظيم في معارك في قضاء تلعفر.",
            30,
            {"combatants": 30},
        ),
        ("وقتل أمس خلال 24 ساعة سبعة مدنيين في قصف على مدينة دوما.", 7, {"civilians": 7}),
        # a battle's dead told side by side are both sides' (the same dead told again are not added)
        (
            "قتل 25 مقاتلا من المعارضة السورية على الأقل خلال محاولة هجوم فاشلة قاموا بها على قاعدة عسكرية في "
            "محافظة حلب. كما أفاد المرصد عن مقتل تسعة من قوات النظام في الاشتباكات التي اندلعت بعد أن شنت "
            "الجماعات المقاتلة هجومها.",
            34,
            {"combatants": 34},
        ),
        (
            "أعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة "
            "عسكرية في محافظة شرناق. وجاء في بيان الجيش قتل ثلاثة من عسكريينا نتيجة هجوم نفذته المنظمة الانفصالية.",
            3,
            {"combatants": 3},
        ),
        # … nor whose men they were, said before the count: a side's men are no civilians
        ("وقتل من جانب المقاومة ثمانية أشخاص في معارك في بلدة الوهط أمس.", 8, {"combatants": 8}),
        ("وقتل في صفوف قوات النظام خمسة عناصر في اشتباكات في بلدة مورك أمس.", 5, {"combatants": 5}),
        (
            "اندلعت معارك في بلدة الوهط أمس، أدت إلى مقتل 30 مسلحا حوثيا، فيما قتل من جانب المقاومة ثمانية أشخاص.",
            38,
            {"combatants": 38},
        ),
        # … and a span of hours is no count of the dead
        (
            "وقتل خمسة مدنيين جراء قصف على مدينة دوما، ليرتفع إلى 37 عدد المدنيين الذين وثق المرصد مقتلهم خلال "
            "الـ24 ساعة الفائتة.",
            5,
            {"civilians": 5},
        ),
        (
            "قتل 12 مدنيا بينهم ثلاثة أطفال وامرأتين في قصف على مدينة درعا أمس.",
            12,
            {"children": 3, "women": 2, "civilians": 12},
        ),
        # the counted dead told again by a vague quantity are no more dead
        (
            "وأشارت المصادر إلى مقتل 17 حوثياً في غارة على مدينة حيس، حيث لا تزال هناك العديد من الجثث "
            "تحت الأنقاض.",
            17,
            {"combatants": 17},
        ),
        # who died of the wounds of an act died in it
        (
            "وتوفي شرطي ومدني أمس متأثرين بإصابتهما إثر تعرضهما لإطلاق نار في مدينة تشينار.",
            2,
            {"combatants": 1, "civilians": 1},
        ),
        # the bodies found, two of them by the dual
        (
            "وعثرت الشرطة أمس على جثتي عنصرين من قوات الصحوة في حي عرب جبور ببغداد وعليهما آثار طلقات نارية.",
            2,
            {"combatants": 2},
        ),
        # a definite number follows the noun it counts
        ("وقتل الجنود الأربعة عشر في هجوم على حاجز في مدينة العريش أمس.", 14, {"combatants": 14}),
        # the martyrs a group is named after are nobody dead, whether the group is known or not
        ("وهاجم مقاتلو كتيبة شهداء القلمون حاجزا لقوات النظام في بلدة رنكوس أمس.", 0, {}),
        ("وقالت سرايا الشهداء إنها قصفت مواقع الحوثيين في مدينة تعز أمس.", 0, {}),
        ("وقتل مقاتلان من لواء شهداء بدر في قصف على بلدة رنكوس أمس.", 2, {}),
    ],
)
def test_counting_the_dead_of_one_act(pipeline: Pipeline, text: str, fatalities: int, detail: dict) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.fatalities, dict(e.fatalities_detail)) == (fatalities, detail)


@pytest.mark.parametrize(
    "text",
    [
        # aggregated statistics are not events
        # a toll of thousands, however written, is a tally
        "وقتل 1,200 شخص في غارات النظام على مدينة دوما أمس.",
        "وقتل ألفا شخص في غارات النظام على مدينة دوما أمس.",
        "وأعلنت المجموعة أن سبعة لاجئين قضوا في محافظة درعا خلال أكتوبر الحالي جراء قصف مخيم درعا بالبراميل.",
        "وقتل سبعة لاجئين في قصف على مخيم درعا طوال الشهر الجاري.",
        "وقالت الوكالة إن نحو 390 مقاتلا من الحزب قتلوا خلال أسبوعين من الغارات التركية على قواعده في جبال قنديل.",
        "ومنذ ذلك الحين، قتل 11 عنصرا من القوات الأمنية في هجمات لحزب العمال في مدينة ديار بكر.",
        "وثق المرصد السوري مقتل 3042 عنصرا من التنظيم في غارات التحالف خلال عشرة أشهر.",
        "ارتفعت حصيلة القتلى منذ بداية الحملة الجوية إلى 200 قتيل في محافظة إدلب.",
        # a demand to stop shelling is not shelling
        "طالبت المعارضة بوقف القصف على مدينة داريا فورا.",
        # moving towards a town, told in the present: no ground taken yet; the verb of an entry of verbal nouns
        "وقالت مصادر إن قوات الجيش الوطني تتقدم باتجاه مدينة عتق عاصمة محافظة شبوة.",
        "وأكد القائد أن القوات الخاصة تتقدم بالتعزية لأسر الشهداء في بنغازي.",
        # a trigger in a relative clause after its prefixed noun ("الذين يتعرضون لغارات"): it describes
        "ويتحصن في جبال قنديل مقاتلو حزب العمال الكردستاني الذين يتعرضون لغارات يشنها الطيران التركي.",
        # what a side could not do; the time gone by since an act
        "ولم تتمكن الولايات المتحدة حتى اللحظة من إثبات نجاحها في تصفية زعيم التنظيم في مدينة الرقة.",
        "وفشلت الشرطة أمس في اعتقال المشتبه به في مدينة الرمادي.",
        "وأخفقت قوات الأمن في إلقاء القبض على المطلوبين في مدينة درنة.",
        "وعلى الرغم من مرور ما يزيد على شهر من إعلان مقتله في غارة جوية استهدفته في مدينة الرقة، لم تقدم "
        "واشنطن ما يثبت ذلك.",
        # the dead of a battle set as the background of the clause are that battle's
        "وفي محافظة الضالع وبعد يومين من معارك أسفرت عن مقتل العشرات من الحوثيين، وصلت تعزيزات جديدة إلى قعطبة.",
        # an act of a year gone by
        "وشارك الفضلي في هجمات عام 2002 على مشاة البحرية الأمريكية في جزيرة فيلكا.",
        "وشهدت القاعدة أهم المعارك في حرب الانفصال عام 1994 قرب مدينة لحج.",
        "وسيطر تنظيم داعش على مجمل محافظة دير الزور في صيف 2014 بما فيها مدينة البوكمال.",
        # earlier this month or year: background
        "ونفذ التنظيم هجوما كبيرا في وقت سابق من الشهر الجاري في محافظة ديالى أودى بحياة أكثر من 100 شخص.",
        # the martyrs' kin, their memory: no death told
        "وزار المحافظ ذوي الشهداء في مدينة مأرب أمس.",
        "ووقف الحاضرون دقيقة صمت على أرواح الشهداء في ساحة الحرية بمدينة تعز.",
        # an arrest pledged or ordered is not made
        "وقال إنه أصدر تعليماته لأجهزة الأمن بإلقاء القبض على القتلة في القدس.",
        "وذكرت مصادر أن الرئيس تعهد بالعمل على اعتقال المتورطين في مدينة الخليل.",
        # a plan is no act
        "لذلك تخطط المقاومة لتوجيه ضربة قاصمة للحوثيين في مدينة تعز.",
        # destroyed arms belong to the fight that destroyed them
        "وقتل عددا من عناصر اللواء، وتدمير دبابتين ومضاد طيران في منطقة سد كوكب أمس.",
        # restoring or controlling what is no ground
        "وأكد تضامنه مع الحكومة ومساندة جهودها من أجل تعزيز دور مؤسسات الدولة واستعادة الأمن والاستقرار في ديالى.",
        "وتمكن رجال الإطفاء أمس من السيطرة على الحريق في مدينة حلب.",
        # control named as a state: who holds a place
        "فيما واصل عناصر المقاومة الشعبية زحفهم نحو القصر الرئاسي في حي التواهي لتحريره من سيطرة المتمردين.",
        # what is talked about
        "وبحث وزير الخارجية الإيراني مع نظيره العراقي في بغداد أمس الهجمات الإرهابية لتنظيم داعش.",
        # what could come of something is no event
        "ورصدت الخارجية الأميركية مكافأة لقاء أي معلومات يمكن أن تقود إلى القبض على الفضلي أو مقتله في سوريا.",
        # an attack in words is criticism
        "وكان الإمام قد هاجم التنظيم خلال خطبه في مسجد ناحية المشيرفة.",
        "وهاجم رئيس الوزراء العراقي في تصريحات أمس قوات الحشد في بغداد.",
        # a relative clause opening with و describes
        "وأعلنت حركة أحرار الشام استئناف عملياتها في الزبداني والفوعة والتي تحاصرها الحركة مع فصائل جيش الفتح.",
        # stopping an act is no act (اوقف: "stopped" here, not "arrested")
        "وأوقفت القوات العراقية عمليات القصف الجوي والمدفعي جزئيا في الفلوجة.",
        "وتوقف القصف على مدينة داريا صباح أمس.",
        "كما أوقف الطيران تحركات المتطرفين في منطقة الفلوجة أمس.",
        # a charge of involvement, or of helping, is no report of the act
        "ووجه الادعاء إلى الرجلين تهمة التورط في تفجير سيارة مفخخة في مدينة الرمادي.",
        "واتهمت المحكمة الرجلين بالمساعدة في تصفية قياديين في مدينة المكلا.",
        # background in passing
        "وكان التنظيم قد سيطر على مدينة تدمر في مايو الماضي.",
        # a relative clause describes who holds a place
        "وصل الوفد إلى مدينة الرقة التي يسيطر عليها تنظيم داعش.",
        # announced for the future
        "سيتم التصدي لأي هجوم على مدينة تعز بقوة.",
        # persisting in destruction is a description of a campaign
        "وأكد المصدر إمعان الميليشيات في تدمير مدينة الزبداني.",
        # the side named between the persisting and its practice, or persisting written otherwise
        "وقال إنه بعد إمعان (حزب الله) في تدمير الزبداني قررت الفصائل الرد.",
        "وقال إن تمادي الميليشيات في قصف الأحياء السكنية في مدينة تعز يكشف نواياها.",
        # an act a goal is likened to ("as was done"), كما right after a word
        "وقال الوزير إن المهمة الأساسية هي كيفية استعادة بقية اليمن كما تم استعادة مدينة عدن من الحوثيين.",
        # a permission to strike and any attack to be prevented are no strike nor attack
        "وقررت الولايات المتحدة السماح بشن غارات جوية للدفاع عن مقاتلي المعارضة في ريف حلب.",
        "ونشرت الحكومة قوات أمنية في مدينة الخليل لمنع أي هجوم مسلح.",
        # an act named by its place after "after" is the known one, no new act
        "وأعلنت الحكومة تعزيز الإجراءات الأمنية في البلاد بعد تفجير سروج.",
        # crossing into a country takes no ground
        "وسهلت الحكومة لمسلحي التنظيم الدخول إلى سوريا عبر الحدود.",
        # what a side goes on firing is what goes on
        "كما يطلق مقاتلو المعارضة بدورهم قذائف على المناطق الخاضعة لسيطرة النظام في مدينة حلب.",
        # what threatens has not happened
        "وكشفت الصحيفة أن أجهزة الأمن حذرت الحكومة مؤخرا من خطر حدوث هجوم إرهابي في مدينة إسطنبول.",
        # operations the police launch are a security campaign, told by its arrests
        "وشنت الشرطة التركية سلسلة عمليات استهدفت شبكات تجنيد في مدينة غازي عنتاب أمس.",
        # what was held back from, or feared, was not done
        "إلا أن المقاومة تريثت في اقتحام قاعدة العند بسبب وجود المعتقلين فيها.",
        "وتريثت المقاومة خوفا من وقوع مجزرة بحق المعتقلين في حال انسحاب الحوثيين من قاعدة العند.",
        # the detainees are people, not an arrest
        "وقالت المصادر إن ما يقارب 2000 من المعتقلين محتجزون في قاعدة العند.",
        # a victory foreseen and a liberation to complete are hopes
        "وأعرب عن يقينه أن الشعب اليمني سينتصر على أعدائه ويستكمل تحرير أرضه في مدينة عدن.",
        # what a side practises from a place is what goes on there
        "وتتمركز الميليشيات في المواقع وتمارس من خلالها عمليات القنص ضد المدنيين في مدينة تعز.",
        # the martyrs a group is named after are no victims
        "ويتخوف الجيش في إسرائيل من تنفيذ عمليات من جانب حركة حماس وكتائب شهداء الأقصى في الضفة الغربية.",
        "وأبلغ وزير الأمن الجهاز بأنه سيؤيد الاعتقال الإداري ضد نشطاء في مدينة نابلس.",
        # what goes on, in the imperfect, is not an event of a day
        "ويشن الجيش حملة منفصلة ضد التنظيم في ريف الرقة الشمالي.",
        # expected, not yet happened
        "وتستعد قوات المقاومة لخوض المعركة المقبلة في مدينة تعز.",
        # confronting someone as a purpose or a policy is no clash
        "وناقش الوزيران سبل التعاون في مواجهة تنظيم داعش في سوريا.",
        "ودعا الزعيم أبناء الطائفة في مدينة السويداء إلى مواجهة النظام.",
        "ويدعو الشيخ أبناء الطائفة للتماهي مع موقف جيرانهم من أهل درعا ومواجهة النظام.",
        "وأرسلت الحكومة تعزيزات عسكرية إلى مدينة الرمادي لمواجهة تنظيم داعش.",
        # أطلق without projectiles: launching an initiative, calling oneself a name
        "وأطلق الحوثيون أمس على المقاومة الشعبية في تعز اسم الدواعش.",
        # what an attack may have been is no attack of its own
        "وقال الوزير أمس في مدينة سوروتش إن الاحتمال الأكبر هو أن يكون الأمر هجوما انتحاريا.",
        # a release of prisoners is no capture
        "وأطلقت الميليشيات الحوثية أمس سراح عشرين أسيرا من المقاومة الشعبية في تعز.",
        # background since a past takeover
        "وتتخذ الحكومة من مدينة طبرق مقرا لها منذ أن استولت جماعة منافسة على العاصمة طرابلس.",
        # a negation before a noun with its preposition and article (للقصف): the words before the whole word
        "ولم تتعرض المدينة للقصف أمس.",
        # the front lines are a place, not a day's fighting
        "وقال المتحدث إنها تخص الميليشيات المتطرفة بمحاور القتال المختلفة في مدينة بنغازي.",
        "وأرسلت المقاومة تعزيزات إلى جبهات القتال في مدينة تعز.",
        # prisoners named as people, not captured
        "وقالت المصادر نقلا عن أحد الأسرى من القوات الموالية للحكومة في مدينة عدن إن الوضع هادئ.",
        # fighting named inside a phrase of time is background
        "وجاء ذلك بعد الخسائر الكبيرة في المعارك التي خاضتها الميليشيات في مدينة عدن.",
        # headway told in the present is a trend, not a day's event
        "وتسجل قوى المعارضة السورية مزيدا من التقدم على الجبهة الشمالية لمدينة الزبداني.",
        "وقال المتحدث إن الثوار ما زالوا يحققون التقدم في مدينة تعز.",
        # ground changing hands between nobody named
        "فتقدمت القوات إلى منطقة الحي الصناعي في مدينة الرمادي أمس.",
        # positions held and shelling that goes on daily, in the imperfect (تقصف beside يقصف; تتمركز)
        "وتتمركز عناصر حزب الله داخل مدينة الزبداني وتقصف بشكل يومي البلدات المحيطة.",
    ],
)
def test_not_a_conflict_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


def test_attacks_described_or_named_again_are_no_new_events(pipeline: Pipeline) -> None:
    # the attacks a side carries out (what goes on), then the same attacks named again with a pronoun
    text = (
        "وتتزامن هذه الإجراءات مع الهجمات التي تنفذها المقاومة الشعبية على مواقع الحوثيين في محافظتي صعدة "
        "وذمار، وهي الهجمات التي أسفرت عن سقوط عشرات القتلى في صفوف الميليشيات."
    )
    assert _conflict(_extract(pipeline, text)) == []
    # the attack said to come after something is the one just told (and a town named with a common word is a
    # town: بلدة الزهراء)
    text = (
        "وقصفت قوات المعارضة بلدة الزهراء أمس، وأضاف المصدر أن الهجوم جاء بعد الحصار الذي تفرضه قوات النظام "
        "على مدينة الزبداني."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.place and e.place.name_ar) for e in events] == [
        ("Shelling/artillery/missile attack", "الزهراء")
    ]
    # a death in the clashes a province sees is an event of its own
    text = "وقتل أمس قيادي حوثي في المواجهات التي تشهدها محافظة مأرب بين المقاومة والميليشيات."
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [1]


def test_the_bombing_named_again_after_a_sentence_between_is_the_aircrafts(pipeline: Pipeline) -> None:
    text = (
        "قصف طيران التحالف أمس مواقع للحوثيين بمدينة لحج. وهنأ البرلمان العربي الشعب اليمني بعودة الحكومة. "
        "وقالت مصادر محلية إن القصف استهدف معسكري لبوزة والعند في لحج."
    )
    strikes = [(e.sub_event_type, e.actor1 and e.actor1.code) for e in _conflict(_extract(pipeline, text))]
    # each camp it hit, by the aircraft; the lead at the city the camps are told in is that bombing told first
    assert strikes == [("Air/drone strike", "INTMIL")] * 2
    # "others" killed in a bombing told after the aircraft's strikes died in them too
    text = (
        "وأفاد المرصد أن طائرات النظام الحربية شنت ست غارات على مدينة منبج أمس، مما أدى إلى مقتل 21 مدنيا. "
        "وأوضح المرصد أن 7 آخرين قتلوا جراء قصف على مناطق في بلدة دير حافر."
    )
    strikes = [(e.sub_event_type, e.actor1 and e.actor1.code) for e in _conflict(_extract(pipeline, text))]
    assert strikes == [("Air/drone strike", "SYRMIL")] * 2


def test_an_act_in_a_country_named_takes_no_place_of_another(pipeline: Pipeline) -> None:
    # the strikes "in Syria" are not at the Turkish town the text was about (nor part of the blast there)
    text = (
        "قتل 32 شخصا في تفجير انتحاري في بلدة سوروج التركية أمس. وشنت طائرات أمريكية غارات على مواقع التنظيم "
        "في سوريا أمس."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.place and e.place.name_ar) for e in events] == [
        ("Suicide bomb", "سوروج"),
        ("Air/drone strike", "سوريا"),
    ]
    # a country in what the protesters protested is not where the crowd was broken up
    text = (
        "واستخدمت قوات الأمن القنابل المسيلة للدموع أمس لتفريق متظاهرين في حي غازي عثمان باشا بإسطنبول، الذين "
        "احتجوا على العمليات العسكرية ضد حزب العمال في شمال العراق."
    )
    places = [e.place and e.place.name_ar for e in _conflict(_extract(pipeline, text))]
    assert places and None not in places


@pytest.mark.parametrize(
    "text",
    [
        "واستعادت المقاومة الشعبية والقوات الموالية للرئيس عبدربه منصور هادي السيطرة على مدينة زنجبار أمس.",
        "وشن مقاتلو حزب الله اللبناني والقوات النظامية السورية هجوما على بلدة الزبداني أمس.",
    ],
)
def test_sides_that_fight_together_are_not_the_two_sides(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.actor1 is not None and e.actor2 is None


def test_an_ally_told_in_a_retelling_is_no_second_side(pipeline: Pipeline) -> None:
    text = (
        "وقتل 21 من عناصر حزب الله في معارك مدينة الزبداني أمس. وقالت المصادر إن قوات النظام تكبدت خسائر في "
        "المعارك في مدينة الزبداني أمس."
    )
    (e,) = _conflict(_extract(pipeline, text))
    sides = (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code, [a.code for a in e.assoc_actors])
    assert sides == ("SYRMIL", None, ["LBNUAF"])
    assert "actor2" not in {x.role for x in e.evidence}


def test_a_village_off_a_city_abroad_is_where_the_strikes_fell(pipeline: Pipeline) -> None:
    text = (
        "وقتل جندي تركي في هجوم على مدينة ديار بكر أمس، وقتل شرطي في هجوم على مدينة ماردين. وأسفرت غارات للطيران "
        "التركي فجر أمس على قرية شمال شرقي أربيل عن مقتل ثلاثة قرويين."
    )
    strike = next(e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type == "Air/drone strike")
    assert (strike.place.name_ar, strike.fatalities) == ("أربيل", 3)


def test_a_government_telling_of_an_abduction_did_not_do_it(pipeline: Pipeline) -> None:
    text = "وأعلنت وزارة الخارجية الإيطالية أمس اختطاف أربعة عمال إيطاليين قرب مجمع مليتة في غرب ليبيا."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1) == ("Abduction/forced disappearance", None)


def test_where_the_dead_were_taken_is_no_place_of_the_act(pipeline: Pipeline) -> None:
    text = "وقتل ثلاثة مسلحين أمس في اشتباكات مع الجيش التركي على الحدود، وقال المرصد إن القتلى نقلوا إلى مستشفى منبج."
    (e,) = _conflict(_extract(pipeline, text))
    assert e.place is None


@pytest.mark.parametrize("night", ["الليلة الماضية", "الليلة قبل الماضية"])
def test_a_bare_toll_its_acts_add_up_to_is_their_sum(pipeline: Pipeline, night: str) -> None:
    # (a part may be of the night before the day of the sum)
    text = (
        "أفادت مصادر أمنية أمس بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة. وقالت المصادر إن عبوة ناسفة "
        "انفجرت أمس في حي اليرموك غربي بعقوبة ما أدى إلى مقتل ستة مدنيين. وأشارت إلى مقتل 18 مدنيا جراء سقوط "
        f"قذائف هاون {night} على منازل في ناحية هبهب."
    )
    tolls = sorted(e.fatalities for e in _conflict(_extract(pipeline, text)))
    assert tolls == [6, 18]


def test_a_camp_named_with_its_city_is_there(pipeline: Pipeline) -> None:
    # not in the governorate the text was about before: the camp, located at the city it lies at
    text = (
        "قتل أمس 3 مدنيين في محافظة شبوة. ودارت اشتباكات بين الحرس الجمهوري والميليشيات الحوثية في معسكر "
        "الصباحة في المدخل الغربي للعاصمة صنعاء أمس."
    )
    clash = next(e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type == "Armed clash")
    assert (clash.place.name_ar, clash.place.name, clash.place.precision) == ("الصباحة", "Sanaa", 2)


def test_an_arrest_kills_nobody(pipeline: Pipeline) -> None:
    text = "واعتقلت الشرطة 20 شخصا في مدينة سروج أمس. وقتل أربعة مدنيين في مدينة سروج أمس."
    got = {(e.sub_event_type, e.fatalities) for e in _conflict(_extract(pipeline, text))}
    assert ("Arrests", 0) in got and ("Arrests", 4) not in got


def test_fighters_driven_to_flee_are_part_of_the_fight(pipeline: Pipeline) -> None:
    text = "وسيطرت القوات الموالية للشرعية على مقرات حكومية، مما دفع المتمردين إلى الفرار نحو مدينة إب أمس."
    assert {e.sub_event_type for e in _conflict(_extract(pipeline, text))} == {"Government regains territory"}


def test_a_birthplace_is_no_city_and_no_government(pipeline: Pipeline) -> None:
    # "مسقط رأس" is a birthplace: neither Muscat the place nor Oman's government the actor
    text = "واستعادت المقاومة الشعبية أمس مدينة زنجبار عاصمة محافظة أبين ومسقط رأس الرئيس هادي."
    doc = pipeline.make_doc(Article(id="x", text=text, published=WED))
    assert [t.name for t in doc.toponyms] == ["زنجبار", "ابين"]
    assert "مسقط" not in [m.norm for m in doc.mentions if m.kind == "actors"]
    # the protectors of the homeland are no Hama
    doc = pipeline.make_doc(Article(id="x", text="فرجال الأمن حماة الوطن وحراسه.", published=WED))
    assert doc.toponyms == []
    # the capital on its own is both
    doc = pipeline.make_doc(Article(id="x", text="واستضافت مسقط لقاءات بين الوفدين أمس.", published=WED))
    assert [t.name for t in doc.toponyms] == ["مسقط"]
    assert "مسقط" in [m.norm for m in doc.mentions if m.kind == "actors"]


def test_an_act_told_as_done_in_a_clause_about_what_will_be(pipeline: Pipeline) -> None:
    # the blast the investigation will look into happened
    text = (
        "وقال الوزير إن المركز سيشرف على التحقيقات حول الانفجار الذي استهدف عددا من المواطنين في بلدة سوروج "
        "أمس."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [
        "Remote explosive/landmine/IED"
    ]
    # the step to come is no act, nor is the headway it is to support
    text = "وقال مسؤولون إن الولايات المتحدة ستدعم التقدم الذي أحرز ضد التنظيم في مدينة الموصل."
    assert _conflict(_extract(pipeline, text)) == []


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # aircraft named by their kind destroy: an air strike — in Libya the army's, whose air force alone strikes
        ("وأعلن الجيش أن طائرة عمودية دمرت أمس جرافة بحرية تحمل ذخائر قرب مدينة درنة.", "LBYMIL"),
        # an aircraft said to belong to a side: the side is the agent, the aircraft its means
        ("وقصفت طائرة حربية تابعة لقوات النظام بلدة كفرنبل أمس.", "SYRMIL"),
        ("وقتل 27 شخصا عندما تحطمت طائرة حربية تابعة للجيش السوري فوق سوق في مدينة إدلب أمس.", "SYRMIL"),
        # aircraft named by their owner: "طائرات الجيش"، "مقاتلات الجيش"
        ("قصفت طائرات الجيش الليبي مواقع المتشددين في مدينة درنة مساء الثلاثاء.", "LBYMIL"),
        ("واستهدفت مقاتلات الجيش العراقي تجمعا للمسلحين في مدينة بيجي أمس.", "IRQMIL"),
        # the strike named by whose it was
        ("وقتل قيادي في التنظيم بغارة جوية أمريكية في ريف الرقة أمس.", "USAMIL"),
        ("وقتل مسلحان في الغارات التركية على مواقع حزب العمال في جبال قنديل أمس.", "TURMIL"),
        # the blasts heard with the strikes are theirs
        ("وقالت مصادر إن ست غارات استهدفت معسكر الصباحة غرب صنعاء أمس، وسمع دوي انفجارات عنيفة.", None),
    ],
)
def test_aircraft_make_an_air_strike(pipeline: Pipeline, text: str, actor1: str | None) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1.code if e.actor1 else None) for e in events] == [
        ("Air/drone strike", actor1)
    ]


def test_a_clause_opening_with_a_verb_takes_the_subject_named_before_it(pipeline: Pipeline) -> None:
    text = (
        "وأفادت مصادر أن قوات التحالف بقيادة المملكة العربية السعودية، قامت أمس بعملية إنزال قوات ومعدات "
        "عسكرية كبيرة في مديرية البريقة بمحافظة عدن."
    )
    assert [
        (e.sub_event_type, e.actor1.code if e.actor1 else None) for e in _conflict(_extract(pipeline, text))
    ] == [("Other", "INTMIL")]
    # a side named in a purpose before the verb is no subject of it
    text = (
        "وأضاف المركز أن طائرات التحالف العربي الذي تقوده المملكة، لردع المتمردين الحوثيين، شنت غارات "
        "مكثفة أمس على مواقع في مدينة تعز."
    )
    assert [e.actor1.code if e.actor1 else None for e in _conflict(_extract(pipeline, text))] != ["YEMREB"]
    # a clause that reports something itself keeps its own reading
    text = "وقصفت قوات النظام بلدة كفرنبل أمس، وقامت طائرات حربية بشن غارات على مدينة سراقب."
    events = _conflict(_extract(pipeline, text))
    assert [(e.place.name_ar, e.actor1.code if e.actor1 else None) for e in events][0] == ("كفرنبل", "SYRMIL")


def test_a_date_with_qabl_is_no_phrase_of_time_before_the_fighting(pipeline: Pipeline) -> None:
    text = "وتمكنت قوات البيشمركة في الليلة قبل الماضية من صد هجوم لمسلحي داعش على مواقعها في قرية خراب دليل."
    assert [e.event_type for e in _conflict(_extract(pipeline, text))] == ["Battles"]


def test_fighters_targeted_with_no_weapon_named_is_a_clash(pipeline: Pipeline) -> None:
    text = "وأضاف المركز أن الثوار استهدفوا ثلاثة قناصة كانوا فوق سطح أحد الفنادق بجولة الحوض في تعز أمس."
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.place.name_ar) for e in events] == [("Armed clash", "جولة الحوض")]
    assert _political(_extract(pipeline, text)) == []  # جولة: a roundabout here, not a tour


def test_a_place_named_later_in_the_sentence_is_the_next_events(pipeline: Pipeline) -> None:
    # the verb of suffering heads the sentence part (تعرضت … لقصف), and "مع استمرار" does not govern the
    # clashes away; the place named after the first event is where the next ones were
    text = (
        "أما في دمشق فدارت أمس اشتباكات عنيفة بين قوات النظام والفصائل المعارضة في أطراف حي جوبر، في حين "
        "تعرضت مناطق في مدينة داريا بالغوطة الغربية، لقصف من قبل قوات النظام، ترافق مع استمرار الاشتباكات "
        "العنيفة بين القوات النظامية ومقاتلي المعارضة في محيط المدينة."
    )
    got = [(e.sub_event_type, e.place.name_ar) for e in _conflict(_extract(pipeline, text))]
    assert got == [
        ("Armed clash", "جوبر"),
        ("Shelling/artillery/missile attack", "داريا"),
        ("Armed clash", "داريا"),
    ]


def test_forces_said_to_be_a_sides_are_that_side(pipeline: Pipeline) -> None:
    # "القوات الموالية للحكومة" are the government's side, "عناصر تابعة لتنظيم داعش" the Islamic State's
    text = "وقصفت القوات الموالية للحكومة مواقع الحوثيين في تعز أمس."
    got = [(e.actor1.code, e.actor2.code if e.actor2 else None) for e in _conflict(_extract(pipeline, text))]
    assert got == [("YEMMIL", "YEMREB")]
    text = "واقتحمت عناصر تابعة لتنظيم داعش قرية البوعيثة في الرمادي أمس."
    assert [e.actor1.code if e.actor1 else None for e in _conflict(_extract(pipeline, text))] == ["IRQREB"]
    # أمطر … بقذائف: shells rained on a place
    text = "وأمطرت القوات الموالية للحوثيين الأحياء السكنية في مدينة تعز بقذائف الهاون أمس."
    got = [
        (e.sub_event_type, e.actor1.code if e.actor1 else None) for e in _conflict(_extract(pipeline, text))
    ]
    assert got == [("Shelling/artillery/missile attack", "YEMREB")]
    # a post said to be the rebels' is the target's, not the attacker's
    text = "قتل حوثيان وأصيب 4 آخرون في هجوم مسلح على نقطة تابعة للمتمردين بمديرية باجل أمس."
    assert [e.actor1.code if e.actor1 else None for e in _conflict(_extract(pipeline, text))] != ["YEMREB"]
    # rain without projectiles is the weather
    assert _conflict(_extract(pipeline, "وأمطرت السماء بغزارة على مدينة تعز أمس.")) == []


def test_an_old_date_in_a_relative_clause_is_not_the_events(pipeline: Pipeline) -> None:
    text = (
        "وقتل 5 مدنيين أمس في قصف على حي الصاخور بحلب. "
        "واندلعت اشتباكات عنيفة في مدينة عين العرب التي طرد مقاتلو داعش منها في يناير الماضي."
    )
    got = {e.place.name_ar: e.event_date for e in _conflict(_extract(pipeline, text))}
    assert got.get("عين العرب") == "2015-10-13"  # the date the text was at, not January's
    # a recent date in a relative clause is the event's own
    text = "وارتفع عدد قتلى الغارات التي شنها الطيران الروسي أول من أمس على مدينة تلبيسة إلى 20 قتيلا."
    assert [e.event_date for e in _conflict(_extract(pipeline, text))] == ["2015-10-12"]


def test_a_placeless_report_takes_the_place_its_retelling_gives(pipeline: Pipeline) -> None:
    # the count's side is the target (اثنين من كبار قادة داعش); the definite retelling says where
    text = (
        "أفاد المرصد السوري بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية بشمال شرق سوريا أمس. "
        "وقال مدير المرصد إنه لم يتضح إن كانت الغارة الجوية التي استهدفت محافظة الحسكة نفذتها قوات التحالف."
    )
    got = [
        (e.sub_event_type, e.place.name_ar if e.place else None, e.fatalities)
        for e in _conflict(_extract(pipeline, text))
    ]
    assert got == [("Air/drone strike", "الحسكة", 2)]
    text = "وأفاد المرصد بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية على مدينة الرقة أمس."
    got = [(e.actor1, e.actor2.code if e.actor2 else None) for e in _conflict(_extract(pipeline, text))]
    assert got == [(None, "SYRREB")]  # whose the dead were: the target, not the agent


def test_positions_held_are_no_deployment(pipeline: Pipeline) -> None:
    text = "ودمرت الفصائل أمس تحصينات لقوات النظام في نقاط تمركزها على جبهة حي الراشدين بحلب."
    assert all(
        e.sub_event_type != "Government regains territory" for e in _conflict(_extract(pipeline, text))
    )


def test_the_time_since_an_earlier_attack_is_no_attack(pipeline: Pipeline) -> None:
    text = (
        "وشن سلاح الجو التركي أمس أولى غاراته على مواقع لتنظيم داعش في سوريا وذلك بعد أربعة أيام على هجوم "
        "انتحاري دام في سوروج."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Air/drone strike"]


def test_shelling_going_on_today_is_an_event(pipeline: Pipeline) -> None:
    text = "وتواصل قوات النظام قصف مدينة داريا لليوم الثالث على التوالي."
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run-in sub-heading (غارات أسدية) is no event of its own
        (
            "وتبرز تحركات داخل المجتمع الدرزي ضد نظام الأسد في السويداء. غارات أسدية ولقي ثمانية مدنيين "
            "مصرعهم في قصف لطائرات النظام على حي الصاخور بحلب أمس.",
            [("Air/drone strike", "الصاخور", 8)],
        ),
        # an act named again after its author (منفذ الهجوم) is the one told
        (
            "فجر انتحاري نفسه أمس في المركز الثقافي في بلدة سوروتش ما أسفر عن مقتل 32 شخصا. وقال مسؤول تركي إن "
            "منفذ الهجوم رجل في العشرين من مدينة أديامان.",
            [("Suicide bomb", "سوروتش", 32)],
        ),
        # a run-in heading before وفي is neither the event nor its dead
        (
            "وقصفت الطائرات مدينة إدلب أمس. مقتل قائد ميداني وفي ريف حماة، قال مصدر عسكري إن قوات النظام قتلت "
            "تسعة مسلحين في اشتباكات في بلدة كفرزيتا.",
            [("Air/drone strike", "إدلب", 0), ("Armed clash", "كفرزيتا", 9)],
        ),
    ],
)
def test_what_is_no_event_of_its_own_or_the_same_one_told_again(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, int]]
) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.place.name_ar, e.fatalities) for e in events] == expected


def test_the_shelling_amid_which_a_clash_went_on_is_no_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "وفي ريف إدلب تواصلت الاشتباكات أمس بين فصائل المعارضة وقوات النظام في بلدة كفرنبودة، وسط قصف عنيف "
        "من قبل طائرات النظام."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1.code, e.actor2.code, e.place.name_ar) for e in events] == [
        ("Armed clash", "SYRREB", "SYRMIL", "كفرنبودة")
    ]


def test_civilians_are_no_side_of_a_battle(pipeline: Pipeline) -> None:
    text = "وسيطرت قوات المقاومة الشعبية أمس على مدينة الحوطة وسط ترحيب السكان المدنيين."
    events = _conflict(_extract(pipeline, text))
    assert [(e.actor1.code, e.actor2.code if e.actor2 else None) for e in events] == [("YEMUAF", None)]


def test_the_toll_of_one_strike_does_not_make_the_next_one_civilian(pipeline: Pipeline) -> None:
    text = (
        "وأغارت طائرات النظام أمس على بلدة كفرنبل ما أدى لسقوط شهيد طفل، "
        "كما أغارت أيضاً على بلدات حزارين وحاس."
    )
    got = {e.place.name_ar: e.actor2.code if e.actor2 else None for e in _conflict(_extract(pipeline, text))}
    assert got["كفرنبل"] == "SYRCVL"
    assert got["حزارين"] is None and got["حاس"] is None


def test_a_report_going_on_from_another_place_is_not_merged_into_the_last_event(pipeline: Pipeline) -> None:
    text = (
        "واقتحمت ميليشيات الحوثي أمس معقل المقاومة في جبل صبر. "
        "وفي مدينة تعز استعاد الثوار أمس تبة مسعود. "
        "ودارت مواجهات عنيفة أسفرت عن مقتل 24 من المتمردين."
    )
    got = sorted((e.place.name_ar, e.fatalities) for e in _conflict(_extract(pipeline, text)))
    assert ("جبل صبر", 24) not in got


def test_headline_repeats_the_body(pipeline: Pipeline) -> None:
    text = (
        "مقتل خمسة مدنيين بقصف على درعا\n"
        "قتل خمسة مدنيين أمس جراء قصف قوات النظام بالبراميل المتفجرة على مدينة بصرى الشام في ريف درعا الشرقي."
    )
    events = _conflict(_extract(pipeline, text))
    assert len(events) == 1
    assert events[0].place.name_ar == "بصرى الشام"
    assert events[0].sub_event_type == "Air/drone strike"  # barrel bombs are dropped from aircraft


@pytest.mark.parametrize("caption", ["رابط الخبر بصحيفة الأخبار:", "اقرأ أيضا:"])
def test_a_link_caption_at_the_foot_is_no_report(pipeline: Pipeline, caption: str) -> None:
    text = (
        "قتل خمسة مدنيين أمس جراء قصف قوات النظام بالبراميل المتفجرة على مدينة بصرى الشام في ريف درعا الشرقي."
        f" {caption} مقتل خمسة مدنيين بقصف للنظام على درعا"
    )
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["بصرى الشام"]


def test_political_visit_planned_with_its_own_dates(pipeline: Pipeline) -> None:
    text = (
        "قالت وزارة الخارجية الفرنسية في بيان إن الوزير سيزور موسكو يوم الخميس المقبل وواشنطن يوم الجمعة المقبل "
        "لبحث الأزمة السورية."
    )
    events = _political(_extract(pipeline, text))
    got = {
        (e.event_date, e.plover_type, e.status, e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in events
    }
    assert ("2015-10-15", "CONSULT", "planned", "FRAGOV", "RUSGOV") in got
    assert ("2015-10-16", "CONSULT", "planned", "FRAGOV", "USAGOV") in got


@pytest.mark.parametrize(
    ("text", "plover", "actor1", "actor2"),
    [
        (
            "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في باريس أمس.",
            "CONSULT",
            "SAUGOV",
            "USAGOV",
        ),
        (
            "دعا وزير الخارجية الروسي سيرغي لافروف أمس إلى وقف إطلاق النار في اليمن.",
            "REQUEST",
            "RUSGOV",
            None,
        ),
        ("أدانت جامعة الدول العربية أمس الهجوم على المسجد.", "ACCUSE", "IGOARL", None),
        # a truce declared: the noun carried by بدء after the declaring verb
        ("أعلنت قيادة التحالف الدولي أمس بدء هدنة إنسانية في المدينة.", "RETREAT", "INTMIL", None),
        # a form filed as a noun, used as the verb right after its subject
        ("وقال الوزير إن الجبير استبعد أمس أي تحالف مع الأسد.", "REJECT", "SAUGOV", None),
        # the declaring verb before its subject and a date still carries the noun
        ("وأعلنت قيادة قوات التحالف العربي أمس هدنة إنسانية في اليمن.", "RETREAT", "SAUMIL", None),
        # a stance stated: a verb of stating and the noun, across the subject and the date
        ("وأكد الأمين العام للجامعة العربية أمس دعم مسار حقوق الإنسان في اليمن.", "SUPPORT", "IGOARL", None),
        ("وجددت المملكة أمس رفضها التدخل الإيراني في اليمن.", "REJECT", "SAUGOV", None),
        # a first person verb: its subject is the speaker, the side after it the one asked
        (
            "وقال وزير الخارجية السعودي عادل الجبير أمس: نطالب الحكومة العراقية بحماية المدنيين.",
            "REQUEST",
            "SAUGOV",
            "IRQGOV",
        ),
        # قام بـ carries its noun: a visit made
        ("وقام وزير الخارجية السعودي عادل الجبير أمس بزيارة إلى موسكو.", "CONSULT", "SAUGOV", "RUSGOV"),
        # holding an act to be a crime or a threat is an accusation
        (
            "واعتبرت الخارجية السعودية أمس قصف المستشفى انتهاكا صارخا للقانون الدولي.",
            "ACCUSE",
            "SAUGOV",
            None,
        ),
        # بحث, filed as a noun, is the verb opening its clause; the counterpart comes after مع ("نظيره العراقي": the
        # Iraqi government), a side named in what is discussed is none
        (
            "وبحث وزير الخارجية الإيراني مع نظيره العراقي في بغداد أمس الهجمات الإرهابية لتنظيم داعش.",
            "CONSULT",
            "IRNGOV",
            "IRQGOV",
        ),
        # a capital named as where (قبل بكين، الى القاهرة) is no side of the act
        (
            "وتوجه المبعوث الخاص للأمم المتحدة أمس، قبل بكين، إلى القاهرة بهدف عقد اجتماع مع الأمين العام لجامعة "
            "الدول العربية نبيل العربي.",
            "CONSULT",
            "IGOUNO",
            "IGOARL",
        ),
        # the act told by a relative clause with its own side and date
        (
            "وقال الأمين العام إن احترام الهدنة الإنسانية التي أعلنتها قيادة التحالف العربي أمس سيوقف "
            "نزيف الدماء.",
            "RETREAT",
            "SAUMIL",
            None,
        ),
        # a verbal noun with a possessive pronoun is the act of the side named before it; "السلطات السورية"
        (
            "وأكدت السلطات السورية أمس دعمها مبادرة الرئيس الروسي فلاديمير بوتين لمحاربة الإرهاب.",
            "SUPPORT",
            "SYRGOV",
            "RUSGOV",
        ),
        # two sides named together talked with each other, not with the one they talked about
        (
            "وأخفقت روسيا والسعودية في محادثات جرت بينهما أمس في التغلب على خلافاتهما بشأن مصير الرئيس السوري.",
            "CONSULT",
            "RUSGOV",
            "SAUGOV",
        ),
        # a side named in what is asked for (after على / الى) is no addressee
        (
            "وحثت روسيا أمس على تشكيل تحالف يضم الجيش السوري لمحاربة تنظيم داعش في مدينة حلب.",
            "REQUEST",
            "RUSGOV",
            None,
        ),
        # a landing of troops is a mobilization as well as a strategic development
        (
            "وذكرت مصادر محلية أن قوات التحالف قامت أمس بعملية إنزال قوات ومعدات عسكرية في مديرية البريقة.",
            "MOBILIZE",
            "INTMIL",
            None,
        ),
        # "in which" (فيها): the doer told before, the side after the verb its object; a complaint submitted
        # (تقدمت … بشكوى) is no advance
        (
            "وتقدمت وزارة الخارجية السورية أمس بشكوى رسمية إلى مجلس الأمن، اتهمت فيها الأردن بدعم الإرهابيين.",
            "ACCUSE",
            "SYRGOV",
            "JORGOV",
        ),
        # what is denied (after أن) names no side denied to
        (
            "ونفت وزارة الدفاع الأميركية أمس أن يكون الجيش السوري قد خطف أيا من عناصر الفرقة.",
            "REJECT",
            "USAMIL",
            None,
        ),
        # a participle opening its clause: the speaker told before asks the side right after it
        (
            "وأعرب مبعوث الأمم المتحدة الخاص إلى سوريا أمس عن قلقه العميق، مطالبًا نظام الأسد بوقف القصف العشوائي.",
            "REQUEST",
            "IGOUNO",
            "SYRGOV",
        ),
    ],
)
def test_political_event(pipeline: Pipeline, text: str, plover: str, actor1: str, actor2: str | None) -> None:
    events = _political(_extract(pipeline, text))
    assert [e.plover_type for e in events] == [plover]
    assert events[0].actor1.code == actor1
    assert (events[0].actor2.code if events[0].actor2 else None) == actor2
    assert events[0].event_date == "2015-10-13"


def test_an_act_told_with_a_participle_after_another_is_its_own(pipeline: Pipeline) -> None:
    text = (
        "وأعرب الأمين العام لمجلس التعاون أمس عن أمله في أن تحترم جماعة الحوثي الهدنة، داعيا منظمات الإغاثة "
        "الإنسانية إلى تكثيف مساعداتها."
    )
    got = [(e.plover_type, e.actor2.code if e.actor2 else None) for e in _political(_extract(pipeline, text))]
    assert got == [("REQUEST", "YEMREB"), ("REQUEST", None)]


def test_talks_need_two_sides(pipeline: Pipeline) -> None:
    # بحث is also a search: with no side to talk with it is no diplomacy
    assert (
        _political(_extract(pipeline, "وقالت الشرطة التركية إنها بحثت أمس عن المشتبه به في إسطنبول.")) == []
    )


def test_a_headline_the_body_restates_is_the_body_event(pipeline: Pipeline) -> None:
    text = (
        "لافروف يبحث في واشنطن الأزمة السورية\n\n"
        "قالت مصادر دبلوماسية إن وزير الخارجية الروسي سيرغي لافروف سيزور العاصمة الأمريكية واشنطن "
        "يوم الخميس المقبل لبحث الأزمة السورية مع نظيره الأمريكي."
    )
    events = _political(_extract(pipeline, text))
    assert [
        (e.plover_type, e.status, e.event_date, e.place.name_ar if e.place else None) for e in events
    ] == [("CONSULT", "planned", "2015-10-15", "واشنطن")]
    # a headline the body does not restate is kept
    text = "سيرغي لافروف يلتقي جون كيري في جنيف\n\nوكان الوزيران قد تحدثا هاتفيا الشهر الماضي."
    got = [(e.actor1.code, e.actor2.code if e.actor2 else None) for e in _political(_extract(pipeline, text))]
    assert got == [("RUSGOV", "USAGOV")]  # subject first, as headlines write


def test_what_is_said_at_a_meeting_is_placed_where_it_was_held(pipeline: Pipeline) -> None:
    text = (
        "التقى وزير الخارجية السعودي عادل الجبير أمس في القاهرة نظيره المصري سامح شكري. "
        "وجرى خلال اللقاء بحث الأوضاع في اليمن. "
        "وأعرب الجبير خلال اللقاء عن أمله في أن تلتزم الميليشيات الحوثية بالهدنة."
    )
    got = [
        (e.plover_type, e.place.name_ar if e.place else None) for e in _political(_extract(pipeline, text))
    ]
    assert ("CONSULT", "القاهرة") in got
    assert ("REQUEST", "القاهرة") in got  # the first telling gives the place, not the topic (اليمن)
    assert [p for t, p in got if t == "CONSULT"] == ["القاهرة"]  # "خلال اللقاء بحث …" tells the meeting again
    # another day, or other sides: not at that meeting
    text = "التقى وزير الخارجية السعودي عادل الجبير أمس في القاهرة نظيره المصري سامح شكري. ودعا الوزير الفرنسي اليوم إلى وقف القتال."
    got = [
        (e.plover_type, e.place.name_ar if e.place else None) for e in _political(_extract(pipeline, text))
    ]
    assert ("REQUEST", None) in got


def test_unnamed_states_condemning_are_nobody(pipeline: Pipeline) -> None:
    # "دانت دول ومنظمات": not the government the article last named, nor the organisation named after
    text = (
        "وقال رئيس الوزراء التركي إن التفجير ناجم عن اعتداء انتحاري قام به داعش. وتوعدت وزارة الداخلية التركية "
        "بالعثور على المدبرين في أسرع وقت. ودانت دول ومنظمات التفجير الانتحاري، واعتبر الأمين العام لمنظمة "
        "التعاون الإسلامي أن هذا العمل جاء نتيجة لفكر متطرف."
    )
    assert [(e.plover_type, e.actor1 and e.actor1.code) for e in _political(_extract(pipeline, text))] == [
        ("THREATEN", "TURGOV")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وأكد وزير الخارجية السعودي أمس بعد محادثات في موسكو ضرورة رحيل الأسد.",
        # the stance stated after ان is the speaker's own demand
        "وأكد وزير الخارجية السعودي أمس بعد محادثات في موسكو أن موقف الرياض هو ضرورة رحيل الأسد.",
    ],
)
def test_talks_as_the_setting_of_a_statement_are_not_the_act(pipeline: Pipeline, text: str) -> None:
    # (where: the talks' city, not the capital whose stance it is)
    got = [(e.plover_type, e.place and e.place.name_ar) for e in _political(_extract(pipeline, text))]
    assert got == [("REQUEST", "موسكو")]


@pytest.mark.parametrize(
    "text",
    [
        # travel that is no diplomacy: fighters reaching a place, a toll reaching a number
        "وقال ناشطون إنه إذا وصل الثوار إلى المنطقة العلوية في اللاذقية ستكون هناك معركة.",
        "وقال الوزير السعودي إن حصيلة الهجوم وصلت إلى 120 قتيلا.",
        "وأكد الوزير أمس أن المفاوضات ستستمر.",
        # holding without a charge: a verb of considering, or what follows أن
        "وتعتبر الحكومة السعودية مدينة عدن عاصمة مؤقتة لليمن.",
        # عدن is no form of عد (counted as): a charge after the city names nobody's holding
        "وقال الوزير السعودي إن الحوثيين قصفوا عدن عشوائيا وارتكبوا جرائم حرب.",
        # a passive (جرى / تم + the verbal noun with the pronoun of what underwent it) names no one who did it
        "ورأى المحلل أن المعارضة حصلت على ضوء أخضر لأن التسوية السلمية جرى عرقلتها.",
    ],
)
def test_a_statement_whose_content_is_no_act(pipeline: Pipeline, text: str) -> None:
    assert _political(_extract(pipeline, text)) == []


def test_no_political_event_without_a_known_actor(pipeline: Pipeline) -> None:
    assert _political(_extract(pipeline, "تظاهر المئات في مدينة تعز أمس للمطالبة برحيل الميليشيات.")) == []
    # any statement not issued denies nothing; units joining up hold no talks
    text = "وأعلنت جبهة النصرة مسؤوليتها أمس. ولم تصدر جبهة النصرة أي بيان تنفي فيه العملية."
    assert [e.plover_type for e in _political(_extract(pipeline, text)) if e.plover_type == "REJECT"] == []
    text = (
        "وأعلنت الحكومة اليمنية أن قوات الجيش الوطني تقدمت من جهتين نحو لحج، حيث التقت الفرقتان في منطقة صبر."
    )
    assert [e.plover_type for e in _political(_extract(pipeline, text)) if e.plover_type == "CONSULT"] == []
    # the sources quoted ask: none of the sides named in what they ask for is their speaker
    text = (
        "وأكد المبعوث الأممي أمس أنه سيلتقي الوفد. وطالبت المصادر بأن يكون المبعوث الأممي حازما مع الحوثيين."
    )
    assert [e.plover_type for e in _political(_extract(pipeline, text)) if e.plover_type == "REQUEST"] == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("داعيا", True),
        ("مطالبا", True),
        ("محذرا", True),
        ("مشيدا", True),
        ("دعما", False),
        ("تهديدا", False),
        ("طلبا", False),
        ("عن امله", False),
    ],
)
def test_participles_report_a_speech_act(word: str, expected: bool) -> None:
    from rasad.assemble.political import participle

    assert participle(word) is expected


def test_a_person_named_again_by_the_family_name(pipeline: Pipeline) -> None:
    # introduced with title and full name, then called by the family name alone
    text = (
        "قال الرئيس بشار الأسد في مقابلة إن الحرب طويلة.\nواستقبل الأسد أمس في دمشق وزير الخارجية الإيراني."
    )
    events = _political(_extract(pipeline, text))
    assert [(e.plover_type, e.actor1.code) for e in events] == [("CONSULT", "SYRGOV")]


def test_a_dated_meeting_as_the_setting_is_the_meeting(pipeline: Pipeline) -> None:
    # "خلال اجتماعه أمس" dates the meeting itself: reported, unlike undated talks named as a backdrop
    text = "وأكد الأمين العام لجامعة الدول العربية خلال اجتماعه أمس في القاهرة مع وزير الخارجية اليمني دعم الحكومة."
    got = {(e.plover_type, e.actor1.code, e.event_date) for e in _political(_extract(pipeline, text))}
    assert ("CONSULT", "IGOARL", "2015-10-13") in got


def test_a_date_in_a_relative_clause_is_not_the_statement_date(pipeline: Pipeline) -> None:
    # the hope was voiced at yesterday's meeting; أمس الأول dates the truce the relative clause speaks of
    text = (
        "التقى وزير الخارجية الفرنسي أمس نظيره الروسي في باريس.\n"
        "وأعرب الوزير الفرنسي خلال اللقاء، عن أمله في أن تحترم الأطراف الهدنة التي أعلنتها روسيا أمس الأول."
    )
    got = {(e.plover_type, e.actor1.code, e.event_date) for e in _political(_extract(pipeline, text))}
    assert ("REQUEST", "FRAGOV", "2015-10-13") in got
    assert ("REQUEST", "FRAGOV", "2015-10-12") not in got


def test_relative_pronoun_reach() -> None:
    from rasad.assemble.doc import relative_pronoun_before

    text = "الهدنه التي اعلنتها القياده امس الاول"
    assert relative_pronoun_before(text, 0, text.index("امس")) == text.index("التي")
    text = "قال الوزير امس ان الهدنه صامده"
    assert relative_pronoun_before(text, 0, text.index("امس")) is None


def test_clause_mentions_by_kind_follow_what_components_add() -> None:
    from rasad.assemble.doc import Clause
    from rasad.model import Mention, Span

    def mention(kind: str, at: int) -> Mention:
        return Mention(kind=kind, span=Span(at, at + 3), norm="قصف", nspan=Span(at, at + 3))

    c = Clause(index=0, sentence=0, start=0, end=40, mentions=[mention("triggers", 0), mention("actors", 5)])
    assert [m.nspan.start for m in c.of("triggers")] == [0]
    assert isinstance(c.of("triggers"), tuple)  # no caller can change what the others read
    c.mentions.append(mention("triggers", 20))  # as a later component adds a mention
    assert [m.nspan.start for m in c.of("triggers")] == [0, 20]
    assert [m.nspan.start for m in c.of("actors")] == [5] and c.of("weapons") == ()


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # a dual before its death word is counted once: "لقي شخصان حتفهما" is two dead
        ("ولقي شخصان حتفهما جراء قصف قوات النظام على بلدة كفرنبل أمس.", 2),
        # the unnumbered death words before the count are its subject, not more dead
        ("وأعلن الوزير أن حصيلة ضحايا الهجوم الانتحاري في مدينة سوروتش ارتفعت أمس إلى 32 قتيلا.", 32),
        # unnumbered dead count 3
        ("وسقط قتلى وجرحى أمس في قصف لقوات النظام على مدينة دوما.", 3),
        # "قتلى" after a count is the count's word, not three more
        ("وقال مصدر عسكري إن وحدة من الجيش أردت أمس خمسة إرهابيين قتلى في ريف حماة.", 5),
        # a count nearer an injury word is the injured
        ("وانفجرت عبوة ناسفة أمس في مدينة بعقوبة ما أدى إلى مقتل شخص وإصابة 5 آخرين.", 1),
        # "went as its victims": the dead of the act
        ("وقصفت طائرات النظام سوقا شعبيا في مدينة دوما أمس راح ضحيته 12 مدنيا بينهم ثلاثة أطفال.", 12),
        ("وانفجرت سيارة مفخخة في مدينة بعقوبة أمس وذهب ضحيتها خمسة أشخاص.", 5),
        # victims without a number may be hurt as well as dead: casualties count 0
        ("واستهدف قصف جوي مستشفى في مدينة منبج أمس ما أدى إلى سقوط عدد من الضحايا.", 0),
        ("وارتفعت حصيلة ضحايا القصف على مدينة منبج أمس إلى 12 قتيلا.", 12),
        # a day of the month is no count (the test's publication day is in October: the dates are in the past)
        ("وقال المتحدث إن القيادي قتل في 8 أكتوبر خلال تنقله بسيارة بالقرب من بلدة سرمدا.", 1),
        ("وقتل 8 أشخاص في قصف على مدينة دوما في 8 أكتوبر.", 8),
        # the other side's dead told last in the sentence are the battle's too
        (
            "ونصب الثوار كمينين للحوثيين في منطقة نقيل الإبل أمس، أسفرا عن مصرع 11 وإصابة 30 آخرين، فيما قتل 3 من "
            "الثوار.",
            14,
        ),
        # the martyrs in a side's name are no dead
        ("وسيطر جيش الفتح على سد كوكب في ريف درعا الغربي أمس بعد اشتباكات مع لواء شهداء اليرموك.", 0),
        # felling and its complement tell the same dead once; a singular or dual complement says how many
        ("وأردت وحدة من الجيش إرهابيين قتلى في ريف حلب أمس.", 3),
        ("وقالت الشرطة إن دورية أمنية أردت مسلحين قتيلين عند حاجز في مدينة الرمادي أمس.", 2),
        ("وأطلق مسلحون النار على الضابط وأردوه قتيلا في مدينة درعا أمس.", 1),
        ("وأردت القوات 5 مسلحين قتلى في مدينة الرمادي أمس.", 5),
        # a count after a comma is another phrase's: the still-hospitalised are no dead
        (
            "وأوضح أن حصيلة الهجوم الانتحاري في مدينة سروج ارتفعت من 31 إلى 32 قتيلا، وأن 29 شخصا من أصل مائة جريح "
            "لا يزالون في المستشفيات.",
            32,
        ),
        # the men a side lost are its dead; men who went missing are not
        (
            "وقال مصدر عسكري إن الميليشيات فقدت الكثير من عناصرها في غارة نفذها الطيران الحربي أمس على تمركزات "
            "للجماعات في مدينة درنة.",
            3,
        ),
        ("وخسر التنظيم 20 من مقاتليه في معارك مع الأكراد في مدينة تل أبيض أمس.", 20),
        (
            "وقتل خمسة جنود وفقد 15 آخرون عندما هاجم مقاتلو الدولة الإسلامية نقطة التفتيش خارج مدينة أجدابيا أمس.",
            5,
        ),
        # the killing a protest is against is no death at the protest
        (
            "وقتل 30 شخصا في تفجير انتحاري في بلدة سروج أمس، وهو أسوأ هجوم في تركيا منذ أن قتل 50 شخصا في بلدة "
            "ريحانلي في عام 2013.",
            30,
        ),
        ("واعتصم أكثر من ألف شخص في مدينة اللاذقية أمس احتجاجا على قتل العقيد حسان الشيخ.", 0),
        ("وخرجت تظاهرة حاشدة في مدينة اللاذقية أمس تنديدا باغتيال ضابط في الجيش.", 0),
        # a protest nobody broke up counts no dead: those told with it are what it was about
        ("تظاهر المئات في مدينة تعز أمس تنديدا بالقصف الذي أودى بحياة ثلاثة مدنيين.", 0),
        # the dead counted before an item that opens with its own are another story's
        (
            "قتل نحو 30 من المتمردين في جبهات القتال أمس، بينما لقي 7 مدنيين مصرعهم في قصف عشوائي على أحياء "
            "مدينة تعز.",
            7,
        ),
        # a dual death word is its own count; the number after it is the wounded's
        ("وفجر انتحاري سيارة مفخخة أمام مركز للشرطة في مدينة ماردين أمس، وأوقع قتيلين و24 جريحا.", 2),
        ("وسقط قتيلان وعدة جرحى من المدنيين أمس جراء قصف قوات النظام قرية المكرمية بقذائف الهاون.", 2),
        # the number right before the wounded word is theirs, "more than" or not
        ("وأوقع التفجير الانتحاري في بلدة سروج أمس 32 قتيلا وأكثر من 100 جريح.", 32),
        ("وبلغت حصيلة القصف على مدينة عدن أمس 17 قتيلا و121 جريحا.", 17),
        # two members (عضوين) of a group
        (
            "استهدفت ضربة جوية إسرائيلية سيارة في مدينة القنيطرة جنوب غرب سوريا أمس وقتلت عضوين من حزب الله.",
            2,
        ),
        # the one named and the others killed with him (و / برفقة / مع … آخرين)
        (
            "وقال المرصد أمس إن الضابط قتل مع ثلاثة عناصر آخرين من قوات النظام جراء قصف على حي جوبر في مدينة دمشق.",
            4,
        ),
        ("وقتل قيادي في التنظيم وثلاثة عناصر آخرين في غارة جوية على مدينة الرقة أمس.", 4),
        (
            "وأعلنت قوات البيشمركة أمس أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين من تنظيم داعش في "
            "معارك قرب مدينة كركوك.",
            22,
        ),
        # … named before the verb, and the others counted as militants (متشددين)
        ("وقال المرصد أمس إن قياديا في تنظيم داعش وخمسة عناصر آخرين قتلوا في غارة جوية قرب مدينة الحسكة.", 6),
        (
            "وقال المرصد أمس إن قياديا تونسيا في التنظيم وخمسة متشددين أجانب آخرين قتلوا في غارة جوية قرب مدينة"
            " الحسكة.",
            6,
        ),
        ("وقال المرصد أمس إن خمسة متشددين قتلوا في غارة جوية قرب مدينة الحسكة.", 5),
        # the rise told before the toll's head, and the other side's dead after it
        (
            "ارتفع عدد قتلى الحوثيين وميليشيات صالح إلى 18 شخصا، في حين قتل 7 مقاتلين من المقاومة، في المواجهات"
            " التي وقعت في جبل صبر أمس.",
            25,
        ),
        # a toll with no number of its own is no dead (the unnumbered dead told with it are: 3)
        (
            "وهاجمت المقاومة الشعبية عربتين للحوثيين في مدينة إب أمس، وأسفر الهجوم عن سقوط قتلى وجرحى من مسلحي"
            " الحوثي، إلا أنه لم يتسن الحصول على حصيلة محددة.",
            3,
        ),
    ],
)
def test_fatalities(pipeline: Pipeline, text: str, deaths: int) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.fatalities == deaths


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # غداة: the promise is today; the attack was the day before
        (
            "وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري ضرب مدينة سوروتش وأودى بحياة 32 شخصا.",
            "Suicide bomb",
        ),
        # … with what suffered it or its dead between
        (
            "وجاء كلام الوزير غداة مقتل ستة أشخاص في مواجهات بين قوات الأمن التركية ومقاتلين في مدينة سيلوبي.",
            "Armed clash",
        ),
        (
            "وتأتي هذه الهجمات غداة تعرض مناطق مماثلة في العاصمة بغداد لتفجيرين تبناهما تنظيم داعش.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_the_day_after_an_attack(pipeline: Pipeline, text: str, sub: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.event_date) == (sub, "2015-10-13")


def test_the_attack_named_again_with_a_preposition_is_the_same_attack(pipeline: Pipeline) -> None:
    text = (
        "قتل 32 شخصا أمس في هجوم انتحاري ضرب مدينة سوروتش التركية.\n"
        "وأعلن رئيس الوزراء التركي اليوم أن الشرطة تعرفت على هوية مشتبه به مرتبط بالهجوم الانتحاري."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Suicide bomb", 32)]


def test_where_they_fled_to_is_not_where_the_ground_was_taken(pipeline: Pipeline) -> None:
    text = (
        "وقال المصدر إن المسلحين هربوا أمس باتجاه مدينة شقرة بعد أن تمكنت قوات الجيش من السيطرة على مواقعهم."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert e.sub_event_type == "Government regains territory" and e.place is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause is dated Monday by its first words; the battles "ended on the fourth"
        (
            "وأعلن الجيش ظهر الاثنين أن مدينة عين العرب شهدت معارك انتهت في الرابع من الشهر الجاري.",
            {"2015-10-04"},
        ),
        # … or "in January": an act of months ago, by its own date, is background, no event
        (
            "وكان المركز الثقافي في مدينة سوروتش ظهر الاثنين هدفا لهجوم موجه ضد شبان يرغبون في إعادة إعمار "
            "مدينة عين العرب الكردية ودمرتها معارك انتهت في كانون الثاني.",
            set(),
        ),
    ],
)
def test_a_date_right_after_the_trigger_is_its_own(pipeline: Pipeline, text: str, expected: set) -> None:
    dates = {
        e.event_date
        for e in _conflict(_extract(pipeline, text))
        if e.place and e.place.name_ar == "عين العرب"
    }
    assert dates == expected


def test_a_date_in_the_relative_clause_after_the_trigger_is_its_own(pipeline: Pipeline) -> None:
    # "امس الاحد" dates the announcement; "الذي استهدف … الجمعة" dates the bombing told
    text = (
        "وأعلن وزير الداخلية امس الأحد اعتقال المتورطين في التفجير الذي استهدف سوقا شعبية في مدينة "
        "الحلة الجمعة."
    )
    dates = {
        e.sub_event_type: e.event_date
        for e in _conflict(_extract(pipeline, text, published=dt.date(2015, 7, 20)))
    }
    assert dates.get("Remote explosive/landmine/IED") == "2015-07-17"


_RAQQA_TODAY = "قصفت طائرات حربية مواقع لتنظيم داعش في مدينة الرقة اليوم. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of what the act came after (a relative clause after بعد) is not the act's: the act told beside
        # it keeps the day the text runs at
        (
            _RAQQA_TODAY
            + "وتزامنت الغارات التي جاءت بعد اتصال هاتفي بين الرئيسين يوم الاثنين مع حملة مداهمات "
            "نفذتها الشرطة في مدينة حمص لاعتقال عشرات المشتبه بهم.",
            {"2015-10-14"},
        ),
        (
            _RAQQA_TODAY
            + "واعتقلت الشرطة عشرة اشخاص في مدينة حمص بعد التفجير الذي استهدف سوقا شعبية يوم الاحد.",
            {"2015-10-14"},
        ),
        # … an act named inside that phrase has its day
        (
            _RAQQA_TODAY
            + "وشنت الطائرات غارات على مدينة تدمر بدءا من التفجير الذي استهدف مدينة حمص يوم الاحد.",
            {"2015-10-11"},
        ),
        # the day of the act whose doers or suspects are arrested or killed is not the arrest's
        (
            _RAQQA_TODAY + "واعتقلت الشرطة المتورطين في التفجير الذي استهدف سوقا شعبية في مدينة حمص الاحد.",
            {"2015-10-14", "2015-10-11"},
        ),
        (
            _RAQQA_TODAY + "وقتلت قوات الامن في مدينة حمص اثنين من منفذي الهجوم الذي استهدف سوقا شعبية الاحد "
            "الماضي.",
            {"2015-10-14"},
        ),
        # غداة: the act is the day after the day of what it names
        (
            _RAQQA_TODAY
            + "وقتل خمسة جنود في كمين قرب مدينة حمص غداة الهجوم الذي استهدف سوقا شعبية فيها الاحد.",
            {"2015-10-12"},
        ),
        # … so many days after or before it
        (
            _RAQQA_TODAY
            + "وقتل خمسة جنود في كمين قرب مدينة حمص بعد يومين من الهجوم الذي استهدف سوقا شعبية فيها "
            "الاحد.",
            {"2015-10-13"},
        ),
        (
            _RAQQA_TODAY
            + "وقتل خمسة جنود في كمين قرب مدينة حمص قبل يوم من الهجوم الذي استهدف سوقا شعبية فيها "
            "الاحد.",
            {"2015-10-10"},
        ),
        # … not when the act has a day of its own before it
        ("وقتل خمسة جنود في كمين قرب مدينة حمص امس غداة اشتباكات عنيفة في ريف المدينة.", {"2015-10-13"}),
    ],
)
def test_the_day_of_another_act_named_in_the_clause(pipeline: Pipeline, text: str, expected: set) -> None:
    dates = {
        e.event_date for e in _conflict(_extract(pipeline, text)) if e.place and e.place.name_ar == "حمص"
    }
    assert dates == expected


def test_an_act_told_in_the_parts_of_another_country_takes_no_place_from_this_one(pipeline: Pipeline) -> None:
    text = (
        "وقصفت ميليشيا الحوثي أمس أحياء في مدينة تعز. كما قصفت الميليشيا المناطق الجنوبية من السعودية "
        "بقذائف الهاون أمس."
    )
    places = [e.place.name_ar if e.place else None for e in _conflict(_extract(pipeline, text))]
    # two acts: the second is not the first told again at Taiz (it was in the country whose parts it hit)
    assert places == ["تعز", "السعودية"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # "اعلنت … الثلاثاء ان …": Tuesday dates the announcement; the strike is dated where it is told
        (
            "اعلنت وزارة الدفاع الاميركية الثلاثاء ان غارة جوية لقوات الائتلاف الدولي ادت في مطلع يوليو الى "
            "مقتل زعيم مجموعة خراسان قرب بلدة سرمدا.",
            "2015-07-0",
        ),
        # … or between the telling and the act's word: the date nearest the act
        (
            "وأعلنت الوزارة أمس أن قياديا في التنظيم قتل في منتصف يوليو في غارة جوية قرب بلدة سرمدا.",
            "2015-07-1",
        ),
    ],
)
def test_the_date_of_the_telling_is_not_the_acts(pipeline: Pipeline, text: str, when: str) -> None:
    (e,) = _conflict(_extract(pipeline, text, published=dt.date(2015, 7, 23)))
    assert e.sub_event_type == "Air/drone strike" and e.event_date.startswith(when)


@pytest.mark.parametrize(
    "text",
    [
        # a civilian target after the trigger
        "وقصفت ميليشيات الحوثي أمس أحياء سكنية في مدينة تعز.",
        # civilian victims in the clause before (a comma splits them) or in the toll after
        "ولقي ثمانية مدنيين، بينهم ستة من عائلة واحدة، مصرعهم أمس في قصف لطائرات النظام على مدينة دوما.",
        "وقصفت قوات النظام أمس حي جوبر في دمشق، ما أدى إلى إصابة ثلاثة مدنيين.",
    ],
)
def test_civilians_are_the_target(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.actor2 is not None and e.actor2.code.endswith("CVL")


def test_a_report_elaborated_with_haith_is_its_detail(pipeline: Pipeline) -> None:
    # the first sentence has no place of its own; حيث opens the detail that names where
    text = (
        "وسيطرت المقاومة الشعبية أمس على قرية الوعرة في مديرية المسراخ.\n"
        "وشنت الميليشيات أمس حملة قصف عشوائي على الأحياء السكنية. "
        "حيث استهدف القصف حي الروضة في مدينة تعز، ما أدى إلى إصابة ثلاثة مدنيين."
    )
    shelling = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type.startswith("Shelling")]
    assert [e.place.name_ar for e in shelling] == ["الروضة"]


def test_insurgents_named_by_their_rebellion(pipeline: Pipeline) -> None:
    (e,) = _conflict(_extract(pipeline, "وشنت مقاتلات التحالف أمس غارات على مواقع التمرد حول مدينة تعز."))
    assert (e.actor1.code, e.actor2.code) == ("INTMIL", "YEMREB")


def test_own_victims_decide_over_civilians_named_before(pipeline: Pipeline) -> None:
    text = (
        "وقال المصدر إن المدنيين غادروا المدينة، مشيرا إلى أن 14 متمردا لقوا حتفهم أمس "
        "في غارات لطيران التحالف على مدينة تعز."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert e.fatalities == 14
    assert e.actor2 is None or not e.actor2.code.endswith("CVL")


def test_the_side_that_lost_its_fighters_is_the_target(pipeline: Pipeline) -> None:
    text = (
        "اندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية والحوثيين في مديرية صرواح.\n"
        "وأكدت المصادر أن 25 عنصرا من الجماعة المتمردة لقوا مصرعهم في معارك جرت أمس في مديرية حريب."
    )
    got = [(e.actor1.code, e.actor2.code, e.fatalities) for e in _conflict(_extract(pipeline, text))]
    assert got == [("YEMUAF", "YEMREB", 0), ("YEMUAF", "YEMREB", 25)]
    (e,) = _conflict(_extract(pipeline, "وقتل أمس 33 مسلحا من مسلحي داعش في غارات للتحالف على مدينة الموصل."))
    assert (e.actor1.code, e.actor2.code) == ("INTMIL", "IRQREB")


def test_the_counterpart_in_the_next_clause_and_the_capital_as_the_place(pipeline: Pipeline) -> None:
    # "في الرياض" is where the meeting was, not with whom; "مع وزير … في اليمن" after the comma is with whom
    text = "وأكد الأمين العام لجامعة الدول العربية خلال اجتماعه أمس في الرياض، مع وزير حقوق الإنسان في اليمن، دعم الحكومة."
    got = {
        (e.plover_type, e.actor1.code, e.actor2.code if e.actor2 else None)
        for e in _political(_extract(pipeline, text))
    }
    assert ("CONSULT", "IGOARL", "YEMGOV") in got
    assert not any(a2 == "SAUGOV" for _, _, a2 in got)


def test_a_threat_in_the_accusative_is_a_noun_not_the_subjects_verb(pipeline: Pipeline) -> None:
    # "تعدّ … القوات الموالية تهديدا": considers them a threat; not "the forces threatened"
    text = "وأكد أن اللجنة تعد التمرد الذي تقوده جماعة الحوثي والقوات الموالية للرئيس السابق تهديدا خطيرا للحقوق."
    assert [e.plover_type for e in _political(_extract(pipeline, text))] == []


def test_a_prediction_about_fighting_is_no_event(pipeline: Pipeline) -> None:
    text = "وقال القائد العسكري أمس إن المعارك ستستمر في ريف درعا حتى طرد قوات النظام."
    assert _conflict(_extract(pipeline, text)) == []


def test_fighters_killed_are_a_battle_not_violence_against_civilians(pipeline: Pipeline) -> None:
    (e,) = _conflict(
        _extract(pipeline, "وقال مصدر عسكري إن وحدة من الجيش أردت أمس خمسة إرهابيين قتلى في ريف حماة.")
    )
    assert (e.event_type, e.sub_event_type) == ("Battles", "Armed clash")


def test_a_verb_first_statement_by_a_person_introduced_with_a_role(pipeline: Pipeline) -> None:
    text = (
        "التقى الأمين العام لجامعة الدول العربية أمس في القاهرة مع عز الدين الأصبحي وزير حقوق الإنسان في اليمن.\n"
        "من جانبه، أشاد الوزير عز الدين الأصبحي بالدعم الذي تلقته الحكومة اليمنية من الجامعة."
    )
    got = {(e.plover_type, e.actor1.code) for e in _political(_extract(pipeline, text))}
    assert ("SUPPORT", "YEMGOV") in got


def test_a_plan_is_not_dated_in_the_past(pipeline: Pipeline) -> None:
    # the meeting is during the coming visit; "رمضان الماضي" dates an earlier visit the clause recalls
    text = (
        "وأوضحت مصادر أن وزير الخارجية السعودي سيزور موسكو يوم الثلاثاء المقبل.\n"
        "وأشارت المصادر إلى أن الوزير السعودي سيجتمع خلال الزيارة مع نظيره الروسي لمتابعة ما تم الاتفاق عليه "
        "خلال زيارة ولي العهد إلى موسكو في رمضان الماضي."
    )
    dates = {e.event_date for e in _political(_extract(pipeline, text)) if e.status == "planned"}
    assert dates == {"2015-10-20"}


def test_a_meeting_place_introduced_further_on(pipeline: Pipeline) -> None:
    text = "بحث وزير الخارجية السعودي أمس مع وزير الخارجية الإيطالي باولو جينتيلوني في العاصمة الإيطالية روما العلاقات."
    (e,) = _political(_extract(pipeline, text))
    assert (e.plover_type, e.actor2.code, e.place.name_ar if e.place else None) == (
        "CONSULT",
        "ITAGOV",
        "روما",
    )


def test_the_place_after_a_parenthetical_time_belongs_to_the_strike(pipeline: Pipeline) -> None:
    # "فجر أمس" between commas splits the clause; the toll after the place is the strike's, not another act
    text = "أسفرت غارات للطيران التركي، فجر أمس، على قرية جنوب غربي أربيل عن مقتل وإصابة نحو 30 شخصا."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.place.name_ar) == ("Air/drone strike", "TURMIL", "أربيل")
    assert e.fatalities == 3  # killed and wounded together: dead among them, how many unknown


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the number before the death word counts it when the group is named after it
        ("وأسفر قصف على مدينة تعز أمس عن ثمانية قتلى من المدنيين.", 8),
        # killed and wounded together: a number of both, dead among them
        ("وأسفر قصف على مدينة تعز أمس عن مقتل وإصابة 14 مدنيا.", 3),
        ("وأسفر قصف على مدينة تعز أمس عن مقتل وإصابة شخصين.", 1),
        # a share is no count
        ("وقتل خمسة أشخاص في قصف لقوات النظام على مدينة دوما أمس، 80 بالمائة منهم من النساء والأطفال.", 5),
        ("وقصف الطيران مدينة حلب أمس، وقال ناشطون إن 95 بالمائة من الضحايا من المدنيين.", 3),
    ],
)
def test_counting_the_dead(pipeline: Pipeline, text: str, deaths: int) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.fatalities == deaths


def test_who_tells_of_the_dead_or_condemns_an_act_did_not_do_it(pipeline: Pipeline) -> None:
    text = "وأعلنت وزارة الصحة اليمنية أمس عن ثمانية قتلى من المدنيين جراء قصف على مدينة تعز."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1, e.actor2.code, e.fatalities) == (None, "YEMCVL", 8)
    text = "أدانت الخارجية البحرينية الهجوم الانتحاري على مسجد في مدينة القطيف أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1, e.place.name_ar) == ("Suicide bomb", None, "القطيف")


def test_an_act_condemned_after_its_report_is_that_act(pipeline: Pipeline) -> None:
    text = "قصفت طائرات التحالف مواقع للحوثيين في مدينة صعدة أمس. وأدانت الحكومة اليمنية القصف."
    assert [(e.sub_event_type, e.place.name_ar) for e in _conflict(_extract(pipeline, text))] == [
        ("Air/drone strike", "صعدة")
    ]
    assert [e.plover_type for e in _political(_extract(pipeline, text))] == ["ACCUSE"]


def test_control_lost_is_taken_by_the_other_side(pipeline: Pipeline) -> None:
    text = "فقدت قوات النظام السيطرة على بلدة مورك لصالح فصائل المعارضة أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.actor2.code) == (
        "Non-state actor overtakes territory",
        "SYRREB",
        "SYRMIL",
    )
    # فقد before a verb is فـ + قد, no loss
    text = "أما في مدينة عدن، فقد سيطرت المقاومة الشعبية أمس على حي المنصورة."
    (e,) = _conflict(_extract(pipeline, text))
    assert e.actor1.code == "YEMUAF"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("ألقت مروحيات النظام حاويات متفجرة على بلدة الهبيط أمس.", "Air/drone strike"),
        ("ألقى مجهولون قنبلة يدوية على محل تجاري في مدينة الرمادي أمس.", "Grenade"),
    ],
)
def test_what_is_dropped_tells_the_strike(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # barrel bombs named as bombs, and what is dropped is no plane shot down
        ("أسقطت مروحيات النظام قنابل برميلية على بلدة داريا أمس.", "Air/drone strike"),
        # a grenade thrown, named with the article
        ("اقترب رجل مجهول من مقر الحزب في مدينة مرسين أمس ورمى القنبلة ثم فر.", "Grenade"),
        # a verb with its object 'him' after the plural ending (أعدموه = أعدموا + ه)
        ("أعدموه أمام منزله في حي الجديدة بمدينة الموصل أمس.", "Attack"),
        ("اغتالوه أمام منزله في حي الصابري بمدينة بنغازي أمس.", "Attack"),
        ("اعترض مسلحون سيارة طبيب في مدينة بنغازي أمس واختطفوه.", "Abduction/forced disappearance"),
        # a belt or a charge set off: the dual and accusative of the belt, the charge of explosives
        ("فجر رجل حزاما ناسفا كان يرتديه وسط سوق في مدينة بعقوبة أمس.", "Suicide bomb"),
        ("فجر رجلان حزامين ناسفين وسط سوق في مدينة بعقوبة أمس.", "Suicide bomb"),
        ("فجر مسلح شحنة ناسفة عند مدخل مسجد في مدينة بعقوبة أمس.", "Remote explosive/landmine/IED"),
    ],
)
def test_the_forms_of_a_word_of_violence(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [sub]


@pytest.mark.parametrize(
    ("text", "sub", "actor2"),
    [
        # girls, pilgrims and students are civilians
        ("قتلت فتاتان برصاص قناص في حي الوعر بحمص أمس.", "Attack", "SYRCVL"),
        ("قتلت ثلاث فتيات في قصف على حي الشعار بحلب أمس.", "Shelling/artillery/missile attack", "SYRCVL"),
        ("قتل خمسة زوار في انفجار سيارة مفخخة في كربلاء أمس.", "Remote explosive/landmine/IED", "IRQCVL"),
        ("استهدف تفجير انتحاري طلابا جامعيين في مدينة سروج أمس.", "Suicide bomb", "TURCVL"),
    ],
)
def test_the_civilians_named_by_who_they_are(pipeline: Pipeline, text: str, sub: str, actor2: str) -> None:
    assert [(e.sub_event_type, e.actor2 and e.actor2.code) for e in _conflict(_extract(pipeline, text))] == [
        (sub, actor2)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # leaflets, food and weapons laid down are dropped too
        "وألقت طائرات التحالف منشورات على مدينة الرقة أمس تدعو السكان إلى الابتعاد عن مواقع التنظيم.",
        "وتقوم طائرات النظام بإلقاء حصص غذائية للسكان المحاصرين في بلدة الفوعة.",
        "ودعت الحكومة المسلحين في مدينة درنة إلى إلقاء السلاح.",
        # a siege that goes on, in the imperfect
        "وتحاصر فصائل المعارضة قريتي الفوعة وكفريا في ريف إدلب منذ 2014.",
        # the battlefield is a place, not a battle
        "ودعا الوزير إلى إبعاد ساحة المعركة عن المدن في محافظة حلب.",
        # a square named after a liberation
        "وتجمع المئات في ميدان التحرير بمدينة تعز أمس.",
        # had done, weeks ago: background
        "وأوضح المرصد أن مقاتلي جبهة النصرة كانوا دخلوا بلدة المالكية قبل نحو أسبوعين.",
        # power seized, nobody raped; a resolve is no act
        "ولا تزال مؤسسات الدولة في صنعاء تحت سيطرة المتمردين بعد أن اغتصبوا السلطة.",
        "وأكد أن قوات التحالف عاقدة العزم على تطهير جميع المحافظات من الحوثيين في صنعاء.",
        # applied for, not advanced
        "وأوضح القائد أن مقاتلي المعارضة تقدموا لبرنامج التدريب في مدينة حلب أمس.",
        # a campaign going on since a date, thousands of acts, hundreds of towns, a report's tally, what one
        # will not be able to do
        "ويشن الجيش السوري منذ 11 أكتوبر حملة قصف كثيفة على المدن والقرى في محافظة حلب.",
        "وأوضح المرصد أن طائرات النظام المروحية ألقت 14297 برميلا متفجرا على مناطق في محافظة حلب.",
        "واستهدفت البراميل المتفجرة والغارات مئات المدن والبلدات من إدلب شمالا وحتى درعا جنوبا.",
        "وأوضح التقرير أن قوات النظام قتلت 143 شخصا في مدينة حلب.",
        "وأكد التقرير أن قوات النظام قتلت 143 شخصا في قصف على مدينة حلب.",
        "كما أشار التقرير إلى أن القصف بالبراميل خلف أضرارا في 27 مركزا في مدينة حلب.",
        # what an attack aims at (يستهدف استعادة …) is not done yet
        "وتتأهب القوات لهجوم يستهدف استعادة محافظة الأنبار من أيدي الجماعات المتطرفة.",
        # what arms cost is no act of them
        "وتعتبر القنابل البرميلية أرخص بكثير من كلفة الصواريخ في مدينة حلب.",
        "وفي الجبال لن يكون بمقدوره استخدام الصواريخ والمدفعية الثقيلة في ريف اللاذقية.",
        # a number that grows is a trend
        "ونظرا لتزايد عدد القتلى بغارات الطائرات بدون طيار في مدينة المكلا، غادر السكان.",
        # acts said to come every day tell what goes on
        "وتقوم الطائرات الحربية بغارات شبه يومية على مواقع التنظيم في مدينة درنة.",
        "وتتعرض مدينة داريا لقصف يومي بالبراميل المتفجرة.",
        # what an authority can do, and warrants, are no arrests
        "وبحسب القانون، تستطيع السلطات العسكرية اعتقال مشتبه به في الضفة الغربية لستة أشهر.",
        "وأصدرت النيابة مذكرة توقيف بحق رئيس البلدية في مدينة حلب أمس.",
        "ويصادق الوزير على إصدار أوامر اعتقال بحق عدد من الناشطين في مدينة الخليل.",
        # a bomb made safe; a riot police unit
        "وأبطل خبراء متفجرات أتراك مفعول عبوة ناسفة كانت موضوعة قرب مبنى الحزب في العاصمة أنقرة أمس.",
        "وأوضح الحاكم أن الضابطين كانا يعملان بشرطة مكافحة الشغب في مدينة أورفا.",
        # a helicopter down by a technical fault, nobody hurt
        "وأعلن الجيش سقوط مروحية عسكرية بعطل فني قرب مطار حماة أمس.",
        # shelling suspended
        "وقالت المصادر إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على أحياء الفلوجة أمس.",
        # a ceasefire on every front is no fire at them
        "وأعلنت الأطراف وقف إطلاق النار على جميع الجبهات في مدينة تعز أمس.",
        # what a talk dealt with
        "وجاء ذلك غداة محادثة هاتفية بين الرئيسين تناولت خصوصا ملفي الحرب في سوريا والعراق والمعركة ضد التنظيم "
        "المتطرف في مدينة حلب.",
        # until it is done
        "وأكدوا استمرارهم في الدفاع عن الشرعية حتى يتم تطهير البيضاء من قوات الحوثي.",
        # a series lately is a summary
        "إلا أن متشددي تنظيم داعش نفذوا في الآونة الأخيرة سلسلة من التفجيرات في بغداد ومحافظات عراقية أخرى.",
        # violence more and more, or every time, tells what goes on; rules of engagement whenever fired on
        "وتواجه تركيا أعمال عنف متزايدة عبر حدودها مع سورية في منطقة كلس.",
        "وقالت المصادر إن ميليشيات الحوثي هي من تبادر في كل مرة بخرق الهدنة والقيام بالاعتداءات على المدنيين في مدينة تعز.",
        "وتنص قواعد الاشتباك على الرد كلما طال إطلاق نار أراضي البلاد قرب منطقة كلس.",
        # what a side goes on doing, and the arms it uses
        "ويقصف النظام بانتظام مناطق المعارضة في مدينة حلب من طائرات حربية أو بالبراميل المتفجرة.",
        "ويستخدم النظام كذلك المدفعية وصواريخ من طراز أرض أرض في مدينة حلب.",
        "وتتعرض مدينة درعا للقصف باستمرار.",
        # a siege that goes on, its verb a few words after it
        "وقال سكان إن تنظيم داعش مرتبك من عملية الحصار شبه الكامل الذي تفرضه القوات الأمنية على مدينة الفلوجة.",
        # a side's own car bombs, long used in its attacks
        "ويعتمد التنظيم على سياراته المفخخة التي طالما استخدمها بهجمات انتحارية ضد القوات العراقية في الرمادي.",
        # a death sentence passed, and how it is to be carried out; what an act amounts to
        "أصدرت محكمة ليبية حكم الإعدام رمياً بالرصاص على سيف الإسلام القذافي في طرابلس أمس.",
        "وحكمت محكمة في طرابلس أمس بالإعدام على تسعة من رموز النظام السابق.",
        "وقال إن التمرد المسلح في مدينة عدن يشكل اعتداء مباشرا على الشرعية.",
        # a leader attacking another side with no weapon attacks in words
        "ومن جانبه، هاجم رئيس حكومة الاحتلال، بنيامين نتنياهو، السلطة الفلسطينية في القدس أمس.",
        # an attack made in the speeches named before it (فيها) is words
        "والأمر الملفت هو أنه في يوم الجمعة كان هناك تجمع لعدد كبير من مؤيدي تنظيم داعش خارج اسطنبول والقوا خطابات "
        "هاجموا فيها الحكومة التركية ولم تقم الأجهزة الأمنية بأي خطوة.",
        # an act denied
        "ونفت وزارة الدفاع الأميركية أمس أن يكون الجيش السوري قد خطف أيا من عناصر الفرقة في ريف حلب.",
        # what a side wants to do is nothing done
        "وقال المحلل إن التنظيم يريد قتل عصفورين بحجر واحد في تركيا.",
        "وأراد المسلحون اعتقال الصحفي في مدينة بنغازي.",
        # … or named in the charges a side denies or rejects
        "ونفى الجيش أمس الاتهامات بقصف المدنيين في مدينة دوما.",
        "ورفضت الحكومة أمس اتهامات المعارضة بقصف المدنيين في مدينة دوما.",
        # an envoy expelled is a diplomatic act, no ground taken
        "وطردت الحكومة اليمنية السفير الإيراني من صنعاء أمس.",
        # a complaint submitted is no advance
        "وتقدمت وزارة الخارجية السورية أمس بشكوى رسمية إلى مجلس الأمن في مدينة نيويورك.",
        # a side's priority is a goal, nothing done yet
        "وأعلن رئيس الأركان الخميس أن استعادة السيطرة على العاصمة صنعاء على رأس أولويات القوات الحكومية.",
        "وقال إن تحرير مدينة الرمادي من أولويات الحكومة.",
        # the abducted to be freed: a release asked, no abduction told
        "ودعا المبعوث الأممي في مدينة طرابلس إلى الإفراج فورًا عن المختطفين.",
        "وطالبت الحكومة بإطلاق سراح الرهائن في مدينة بنغازي.",
        # violence in general is no riot: a riot needs a crowd
        "وتصاعدت أعمال العنف في الأيام الأخيرة على طول الحدود قرب بلدة كلس.",
        # a condition is nothing done
        "وتقول الشبكة إن هذا السلاح عشوائي في ريف إدلب، وإن قتلت مسلحاً فإنما يكون ذلك على سبيل المصادفة.",
        "وإذا قصفت الطائرات مدينة دوما فإن السكان سيغادرونها.",
        # leave to use bases for strikes is no strike
        "وأعلن مسؤول أميركي أن تركيا سمحت للولايات المتحدة باستخدام قاعدة إنجرليك في جنوب البلاد في شن غارات على داعش.",
        # acts told as done again and again; and the flames of a fire they lit are no gunfire
        "يذكر أن مدينة اللاذقية تعرضت للقصف بصواريخ غراد عدة مرات في الآونة الأخيرة.",
        "وقصف الحوثيون مرارا مصفاة النفط في ميناء عدن فأحرقت النيران خزانات النفط الخام.",
        # what is faced, and launchers moved, are no acts
        "ويعطي الميثاق الدول حق الدفاع عن النفس في مواجهة الهجمات المسلحة في منطقة كلس.",
        "وقام الحوثيون أمس بتحريك منصات الصواريخ في مدينة صعدة.",
        # bombs blown up under control, explosive materials found
        "وأكدت الخلية تفجير عبوات ناسفة وسيارات مفخخة وصواريخ تحت السيطرة في محافظة الأنبار أمس.",
        "وعثرت القوات على مواد سريعة الانفجار في منزل بمدينة الرمادي أمس.",
        # bombings foiled did not go off
        "وأحبطت وحدات حماية الشعب تفجيرين انتحاريين في مدينة تل أبيض أمس.",
        "وأعلنت الشرطة إحباط محاولة تفجير سيارة مفخخة في مدينة بعقوبة أمس.",
        # goods are no ground: property controlled, boats seized (a pronoun object and no place after it)
        "وأكد المصدر إمعان عناصر الميليشيات الحوثية في السيطرة على الممتلكات الخاصة في مدينة شقرة.",
        "وقال مصدر محلي إن هذه الزوارق تعود ملكيتها لصيادين من أبين استولت عليها عناصر الميليشيات الحوثية بالقوة.",
        # an act dated after the report is not done
        "وتتألف الفرقة من مقاتلين كانوا ينتمون إلى فصائل مختلفة طردت من ريف إدلب على يد جبهة النصرة في أبريل المقبل.",
        # ground by who holds it, and control as a topic
        "وتتعرض مناطق سيطرة فصائل المعارضة في مدينة درعا لضغط كبير.",
        "وعبر حلفاء تركيا في حلف شمال الأطلسي عن القلق بشأن السيطرة على حدودها مع سوريا.",
        # mine sweepers are no explosion (a bomb defused is the disruption of one: see CONFLICT_ROWS)
        "ووصلت دبابات حديثة وكاسحات ألغام من قوات التحالف إلى مدينة عدن أمس.",
        # gains summed up with no ground named, and what the side did with them; a rule since a group took a city
        "واستولى التنظيم على عدد من البلدات وأعدم رهائن وهاجم سفارات في مدينة سرت.",
        "ويقيم رئيس الحكومة في مدينة البيضاء منذ أن بسطت جماعة منافسة سيطرتها على العاصمة طرابلس.",
        # fighting men are sent or called to, and fighting losses were suffered in, is the war in general
        "وجابت سيارات تابعة للحوثيين شوارع صنعاء وهي تدعو المدنيين إلى القتال في عدن.",
        "وقالت مصادر إن صالح يقوم بعمليات تجنيد بعد الخسائر البشرية الكبيرة التي منيت بها قواته في المواجهات مع "
        "المقاومة في تعز.",
        # a security campaign or a sweep with nobody taken; ground freed named after بعد with another act
        "ونفذوا حملة أمنية على مديريات العدين بالمحافظة أمس لملاحقة عناصر المقاومة الشعبية.",
        "ونفذت القوات عمليات تمشيط في أحياء مدينة عدن أمس.",
        "وتأتي تحركات الحوثيين بعد الالتحام الجزئي لمقاومة إب مع مقاومة تعز وتحرير إحدى المناطق في مديرية العدين.",
        # a war waged on many fronts, fighting followed from afar, a purpose (من أجل)
        "وتخوض القوات الموالية للشرعية ومعها المقاومة الشعبية مواجهات، على أكثر من جبهة، من أجل تصفية جيوب الحوثيين "
        "في داخل مدينة عدن.",
        "وقالت الحكومة إنها تتابع ما يجري من اقتتال في مدينة سبها بقلق شديد.",
        # progress in an inquiry is no advance
        "وتحدث داود أوغلو عن تحقيق تقدم كبير في الوصول إلى هوية المشتبه به في مدينة سروج.",
        "وتحدث داود أوغلو في مدينة سروج عن تحقيق «تقدم كبير» في الوصول إلى هوية المشتبه به.",
        # a campaign's tally weeks after it began
        "وقتل 34 عنصرا من حزب الله و17 من قوات النظام في معارك الزبداني بعد أسبوعين على بدء الحملة العسكرية.",
        # an arrest or an execution demanded
        "وأصدر وجهاء مدينة اللاذقية بيانا أمس مطالبين باعتقال ابن عم الرئيس.",
        "وطالب بعض الأهالي بإعدامه في المكان ذاته في مدينة اللاذقية.",
        "قال الضابط إن الحوثيين طالبوهم بالاستسلام في مدينة عدن أمس.",  # (those asked, a pronoun)
        # before the fighting resumes; freeing hostages is the aim; a group whose name says liberation
        "ويستريح جنود وسط طقس حار قبل استئناف القتال ضد تنظيم داعش في الحسكة.",
        "وقال إن فريق البعثة الأممية يبذل جهوده لأجل تحرير المختطفين في منطقة مليتة.",
        "وقالت الحكومة التركية إن تنظيم داعش وتنظيم حزب تحرير الشعب الثوري كلها تنظيمات إرهابية في مدينة سروج.",
        # what a campaign aims at
        "وأطلقت الفصائل حملة إعلامية الهادفة إلى تطهير محافظة درعا من قوات النظام.",
        # bases lent to launch strikes from
        "ووافقت تركيا على أن تستخدم طائرات التحالف قواعدها الجوية لشن غارات على تنظيم الدولة الإسلامية في مدينة "
        "الرقة.",
        # control as an aim (to wrest it, to strengthen it) or as what is considered necessary
        "وأرسل الجيش تعزيزات لانتزاع السيطرة على المنطقة من قوات المعارضة في الزبداني.",
        "وتريد القوات فرض طوق حول المدينة لتعزيز سيطرة الرئيس السوري على المنطقة الحدودية.",
        "وتعتبر السيطرة على المدينة الواقعة شمال غربي العاصمة دمشق ضرورية لتعزيز سيطرة الرئيس السوري على "
        "المنطقة الحدودية.",
        # the bombing that took place, named to set what is told in its time
        "وأطلع رئيس الوزراء ميركل على تحرك الحكومة التركية في الحرب على الإرهاب بعد التفجير الانتحاري الذي وقع في "
        "مدينة سروج.",
        # ground held since the war began; a bombing a decision came shortly after
        "وسيطر تنظيم داعش على أجزاء واسعة من شمال سورية وشرقها منذ نشوب الحرب الأهلية قبل أربع سنوات.",
        "وقالت تركيا إن قرارها دخول المعركة بعد وقت قصير على مقتل 32 شخصا في مدينة سروج في تفجير انتحاري "
        "سيساعد على خلق منطقة آمنة.",
        # the places ranked by how many bombs fell on each: a tally
        "وقالت المنظمة في بيانها أمس إن العدد الأكبر من البراميل المتفجرة سقط على ريف دمشق، تلته محافظة درعا ثم "
        "مدينة حلب.",
    ],
)
def test_not_a_conflict_event_either(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


def test_a_pronoun_before_a_political_verb_is_its_subject(pipeline: Pipeline) -> None:
    text = "وأكدت الخارجية الفرنسية أمس أنها دعت الحكومة السورية إلى وقف القصف."
    assert [(e.plover_type, e.actor1.code, e.actor2.code) for e in _political(_extract(pipeline, text))] == [
        ("REQUEST", "FRAGOV", "SYRGOV")
    ]


def test_the_subject_of_a_light_verb_does_the_act_after_a_time_between_commas(pipeline: Pipeline) -> None:
    # the targets' owner after the act (أهداف لـ«داعش») is no agent either
    text = "وواصلت المقاتلات الأردنية، أمس، قصف أهداف لـ«داعش» في محافظة الرقة."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code) == ("Air/drone strike", "JORMIL")


def test_a_risen_toll_of_one_act_is_that_acts_report(pipeline: Pipeline) -> None:
    text = "وارتفعت حصيلة قتلى غارات الطيران الحربي على بلدة الحراك في ريف درعا أمس إلى 14 قتيلا."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.place.name_ar, e.fatalities) == ("Air/drone strike", "الحراك", 14)


def test_an_act_joined_to_an_aim_is_the_aim_too(pipeline: Pipeline) -> None:
    text = "وقال إن قوات الجيش تهدف إلى اقتحام هذه المناطق والسيطرة عليها في مدينة درنة."
    assert _conflict(_extract(pipeline, text)) == []


def test_a_saudi_region_is_a_place_with_its_region(pipeline: Pipeline) -> None:
    text = "وسقطت قذائف أطلقتها ميليشيات الحوثي على قرى في منطقة جازان أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1.code, e.place.name_ar, e.place.admin1, e.place.country) == (
        "YEMREB",
        "جازان",
        "Jazan",
        "SAU",
    )


def test_israeli_forces_act_on_palestinian_ground(pipeline: Pipeline) -> None:
    text = "واعتقلت الشرطة الإسرائيلية عشرة مستوطنين في الضفة الغربية أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.place.name_ar, e.place.country) == (
        "Arrests",
        "ISRMIL",
        "الضفة الغربية",
        "PSE",
    )


def test_the_base_aircraft_flew_from_is_not_where_they_struck(pipeline: Pipeline) -> None:
    text = (
        "قصفت إحدى طائرات سلاح الجو الليبي من قاعدة طبرق الجوية، أمس، مركبا محملا بالمسلحين، "
        "في عرض البحر قبالة ميناء درنة."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.place.name_ar) == ("Air/drone strike", "LBYMIL", "درنة")


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("بعد مقتل المصور الصحفي في مدينة الموصل أمس على يد تنظيم داعش.", "IRQREB", "IRQCVL"),
        ("وقتل ثلاثة مدنيين على أيدي مسلحي جبهة النصرة في بلدة سرمدا أمس.", "SYRREB", "SYRCVL"),
    ],
)
def test_at_the_hands_of_names_the_agent(pipeline: Pipeline, text: str, actor1: str, actor2: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.actor2.code) == ("Attack", actor1, actor2)


def test_the_country_in_an_envoys_title_is_not_where_he_went(pipeline: Pipeline) -> None:
    text = "وزار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا العاصمة الصينية بكين أمس."
    assert [
        (e.plover_type, e.actor1.code, e.place.name_ar if e.place else None)
        for e in _political(_extract(pipeline, text))
    ] == [("CONSULT", "IGOUNO", "بكين")]


def test_a_spokesman_speaks_for_his_side_and_declining_to_comment_rejects_nobody(pipeline: Pipeline) -> None:
    text = "ونفى المتحدث باسم الخارجية الروسية أمس وجود أي اتفاق مع واشنطن."
    got = [(e.plover_type, e.actor1.code, e.status) for e in _political(_extract(pipeline, text))]
    assert ("REJECT", "RUSGOV", "occurred") in got  # the denial happened; what it denies is "denied"
    for text in (
        "ورفضت متحدثة باسم الجيش الإسرائيلي التعليق على التقارير أمس.",
        "ورفض الناطق باسم الخارجية التركية تأكيد أو نفي المعلومات أمس.",
    ):
        assert [e.plover_type for e in _political(_extract(pipeline, text))] == [], text


def test_a_future_light_verb_plans_the_visit_it_carries(pipeline: Pipeline) -> None:
    text = "وسيقوم وزير الخارجية السعودي يوم الأحد المقبل بزيارة إلى موسكو."
    got = [
        (e.plover_type, e.status, e.actor1.code, e.actor2.code, e.event_date)
        for e in _political(_extract(pipeline, text))
    ]
    assert got == [("CONSULT", "planned", "SAUGOV", "RUSGOV", "2015-10-18")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital right after a verb that is no travel is its subject (the government)
        ("ونفت أنقرة أمس هذه الاتهامات.", [("REJECT", "TURGOV", "occurred")]),
        ("وحثت موسكو أمس الأطراف السورية على الحوار.", [("REQUEST", "RUSGOV", "occurred")]),
        # what one has always done is background
        ("ولطالما نفت أنقرة قطعيا هذه الاتهامات.", []),
    ],
)
def test_a_capital_after_the_verb_speaks(pipeline: Pipeline, text: str, expected: list) -> None:
    got = [(e.plover_type, e.actor1.code, e.status) for e in _political(_extract(pipeline, text))]
    assert got == expected


def test_a_plan_without_a_day_of_its_own_is_dated_to_the_month(pipeline: Pipeline) -> None:
    text = "ونفذت طائرات التحالف أمس غارات على مواقع التنظيم في مدينة الرقة. وستقدم تركيا الدعم لتلك الغارات بالمدفعية."
    (e,) = _political(_extract(pipeline, text))
    assert (e.plover_type, e.status, e.event_date, e.date.precision) == (
        "SUPPORT",
        "planned",
        "2015-10-14",
        3,
    )


def test_a_roundup_of_another_country_keeps_its_places_and_sides(pipeline: Pipeline) -> None:
    # an article mostly about Iraq reports a Syrian strike: the Syrian village is where it hit, and the
    # people killed there are Syria's civilians (the Islamic State holding the village was not the side hit: see
    # _holds_a_place)
    text = (
        "وقتل 21 شخصا على الأقل الأربعاء في تفجيرين استهدفا منطقتي البياع والكرادة في بغداد. "
        "وقال ضابط في الشرطة إن 16 شخصا قتلوا في تفجير سيارة مفخخة في منطقة البياع غرب بغداد. "
        "وفي سوريا، قتل 12 شخصا أمس في غارات جوية نفذها الجيش السوري على قرية يسيطر عليها تنظيم داعش في ريف "
        "حلب الشرقي."
    )
    events = _conflict(_extract(pipeline, text, dt.date(2015, 7, 23)))
    syria = [e for e in events if e.actor1 is not None and e.actor1.code == "SYRMIL"]
    assert [
        (e.sub_event_type, e.place.name_ar, e.place.country, e.actor2.code, e.event_date) for e in syria
    ] == [("Air/drone strike", "حلب", "SYR", "SYRCVL", "2015-07-22")]
    assert {e.place.country for e in events if e not in syria} == {"IRQ"}


def test_a_date_something_began_is_not_the_day_told(pipeline: Pipeline) -> None:
    text = (
        "وقتل 12 شخصا أمس في غارات جوية على قرية قصر البريج في ريف حلب. "
        "ويشن الجيش السوري منذ 11 أكتوبر حملة قصف على القرى. "
        "وقال المرصد إن الطيران السوري ألقى براميل متفجرة صباحا على قرية المقبلة."
    )
    assert {e.event_date for e in _conflict(_extract(pipeline, text))} == {"2015-10-13"}


def test_armed_houthis_named_indefinite_are_a_side(pipeline: Pipeline) -> None:
    text = "اندلعت اشتباكات عنيفة أمس بين المقاومة الشعبية ومسلحين حوثيين في منطقة الجفينة جنوب غرب مأرب."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.actor2.code) == ("Armed clash", "YEMUAF", "YEMREB")


def test_talks_about_a_country_held_in_a_city_abroad(pipeline: Pipeline) -> None:
    text = "وقالت بعثة الأمم المتحدة إن المنظمة الدولية ستعقد جولة جديدة من محادثات سلام ليبيا يوم الاثنين في جنيف."
    got = [
        (e.plover_type, e.status, e.actor1.code, e.actor2.code, e.place.name_ar)
        for e in _political(_extract(pipeline, text))
    ]
    assert got == [("CONSULT", "planned", "IGOUNO", "LBYGOV", "جنيف")]


def test_a_capital_named_in_a_place_is_no_side(pipeline: Pipeline) -> None:
    # قلعة القاهرة is a castle in Taiz: no Egyptian gunners
    text = (
        "وتعرضت أحياء المدينة القديمة في تعز أمس لقصف مدفعي من قلعة القاهرة. "
        "كما تعرضت قرى سهرة والحيمة القريبة من المدينة لقصف مدفعي عشوائي."
    )
    events = _conflict(_extract(pipeline, text))
    assert len(events) == 3 and all(e.actor1 is None for e in events)


def test_strikes_said_to_come_after_something_are_those_told(pipeline: Pipeline) -> None:
    text = (
        "شن طيران التحالف العربي أمس غارات على مواقع الحوثيين في تعز. "
        "وتأتي هذه الغارات بعد معارك عنيفة في محافظة لحج."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Air/drone strike"]


def test_the_act_answered_is_no_new_one(pipeline: Pipeline) -> None:
    text = (
        "وقصف الجيش التركي أمس مواقع لحزب العمال الكردستاني في جبال قنديل ردا على الهجوم الانتحاري الذي "
        "استهدف مدينة سوروتش."
    )
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(
    ("text", "sides", "deaths"),
    [
        # the hands named later in the sentence are the killers
        (
            "بعد مقتل المصور الصحفي في مدينة الموصل، عاصمة محافظة نينوى الواقعة شمال العراق، يوم 10 أكتوبر على "
            "يد تنظيم داعش.",
            ("IRQREB", "IRQCVL"),
            1,
        ),
        # a battle told by the dead of each side has both sides
        (
            "قتل 25 مقاتلا من المعارضة السورية أمس خلال محاولة هجوم فاشلة على قاعدة عسكرية في محافظة حلب.\n"
            "كما أفاد المرصد عن مقتل تسعة من قوات النظام في الاشتباكات.\n"
            "وأشار المرصد إلى أن من بين قتلى المعارضة ثلاثة من قادة المجموعات.",
            ("SYRMIL", "SYRREB"),
            34,  # each side's dead: 25 + 9 (as the annotated Aleppo battle of the dev set counts them)
        ),
        # a battle told the other way round keeps its two sides, not one side twice
        (
            "وشن مسلحو تنظيم داعش هجمات في بلدة كلس أمس.\n"
            "ودارت اشتباكات بين الجيش التركي وتنظيم داعش في بلدة كلس أمس، أسفرت عن مقتل جندي.",
            ("TURREB", "TURMIL"),
            1,
        ),
    ],
)
def test_the_sides_of_one_event_told_in_pieces(
    pipeline: Pipeline, text: str, sides: tuple[str, str], deaths: int
) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1.code, e.actor2.code, e.fatalities) == (*sides, deaths)


def test_civilians_at_a_place_the_gazetteer_lacks_are_of_the_country_the_sentence_names(
    pipeline: Pipeline,
) -> None:
    # a dateline names Baghdad; the crash is in Syria, at a town the embedded gazetteer does not hold
    text = (
        "عين اليوم - بغداد\n"
        "قال سكان إن 27 شخصا قتلوا عندما تحطمت طائرة حربية تابعة للجيش السوري في سوق مزدحم في بلدة أريحة في "
        "شمال غرب سوريا اليوم."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1.code, e.actor2.code, e.fatalities) == ("SYRMIL", "SYRCVL", 27)


@pytest.mark.parametrize(
    ("text", "actor2"),
    [
        # sides joined by و act together: the target is what comes after them
        (
            "كما قتل 17 مدنيا وجرح العشرات في قصف للحوثيين وقوات صالح على أحياء سكنية في مدينة تعز أمس.",
            "YEMCVL",
        ),
        ("وقصفت قوات النظام وحزب الله بلدة الزبداني أمس.", None),
        # the gathering targeted is its side's
        ("وأغارت المقاومة أمس على تجمع الميليشيات الحوثية قرب مدينة تعز.", "YEMREB"),
    ],
)
def test_sides_joined_by_wa_act_together(pipeline: Pipeline, text: str, actor2: str | None) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor2.code if e.actor2 else None) == actor2


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # two sides of one code that fight each other are both sides
        ("وتجددت الاشتباكات بين التبو والطوارق في مدينة أوباري أمس.", ("LBYUAF", "LBYUAF")),
        ("واندلعت اشتباكات عنيفة بين جبهة النصرة وتنظيم داعش في ريف حلب الشمالي أمس.", ("SYRREB", "SYRREB")),
        # one state's forces named twice are one side
        ("واستعادت القوات الجوية السورية والقوات الحكومية السيطرة على بلدة مورك أمس.", ("SYRMIL", None)),
    ],
)
def test_two_sides_of_one_code(pipeline: Pipeline, text: str, actors: tuple) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1.code, e.actor2.code if e.actor2 else None) == actors


@pytest.mark.parametrize(
    "text",
    [
        "شن الطيران الحربي التابع لنظام الأسد أمس حملة جوية شرسة على المناطق المحررة في ريف محافظة إدلب.",
        "هاجمت طائرات التحالف مواقع الحوثيين في مدينة صنعاء أمس.",
        "نفذ الطيران الروسي أمس عملية عسكرية في ريف حماة.",
    ],
)
def test_aircraft_that_attack_strike_from_the_air(pipeline: Pipeline, text: str) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].place is not None  # "ريف حماة" stays in Syria, whatever the planes' country


def test_a_province_says_the_country_when_no_town_does(pipeline: Pipeline) -> None:
    text = "قصف الطيران الروسي أمس مواقع في ريف حماة الشمالي."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.actor1.code, e.place.name_ar, e.place.country) == ("RUSMIL", "حماة", "SYR")


def test_the_dead_told_on_a_day_of_their_own_are_not_an_earlier_strikes(pipeline: Pipeline) -> None:
    text = (
        "واندلع القتال أول أمس في بلدة أجدابيا وهاجمت طائرة حربية مواقع للمسلحين جنوبي البلدة. "
        "وكان متشددو تنظيم داعش قد هاجموا يوم الجمعة نقطة تفتيش على مشارف أجدابيا فقتلوا خمسة جنود."
    )
    got = sorted(
        (e.sub_event_type, str(e.event_date), e.fatalities) for e in _conflict(_extract(pipeline, text))
    )
    assert ("Air/drone strike", "2015-10-12", 0) in got
    assert all(f == 0 for sub, _, f in got if sub == "Air/drone strike")


def test_one_describing_a_noun_counts_nobody(pipeline: Pipeline) -> None:
    text = "وقالت مصادر طبية إن ثمانية أشخاص من أسرة واحدة قتلوا في قصف على منزلهم في مدينة تعز أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert e.fatalities == 8


def test_an_attack_foiled_was_fought_off(pipeline: Pipeline) -> None:
    text = "أحبطت القوات الحكومية هجوما للمسلحين على بلدة الفوعة أمس."
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Armed clash"]


def test_a_sayer_telling_of_anothers_act_did_not_do_it_and_a_later_claim_names_who_did(
    pipeline: Pipeline,
) -> None:
    text = (
        "أعلنت السلطات التركية أن شابا في العشرين هو منفذ الهجوم الانتحاري، الاثنين، الذي تبناه تنظيم داعش "
        "وأوقع 32 قتيلا في مدينة الرقة."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1.code, e.actor1.name_ar, e.fatalities) == (
        "Suicide bomb",
        "SYRREB",
        "تنظيم داعش",
        32,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the joint Kurdish forces are the YPG
        (
            "وسيطرت القوات المشتركة الكردية أمس على قرية مغربتين جنوب بلدة صرين.",
            ("Non-state actor overtakes territory", "SYRREB", None, 0),
        ),
        # blasts heard under aircraft are their strike; the aircraft flying are its agent, not its target
        (
            "وقالت مصادر محلية إن انفجارات دوت في جنوب العاصمة صنعاء أمس بالتزامن مع تحليق مكثف لطيران التحالف.",
            ("Air/drone strike", "INTMIL", None, 0),
        ),
        # a blast no bomb is named for, told with the strikes on the same place that day, is those strikes
        (
            "وقالت مصادر محلية إن انفجارات دوت في جنوب صنعاء أمس، وسط تحليق للطائرات. "
            "وأكدت المصادر أن طيران التحالف استهدف بغاراته معسكرا للحوثيين في جنوب صنعاء.",
            ("Air/drone strike", "INTMIL", "YEMREB", 0),
        ),
        (
            "وهزت انفجارات عنيفة أمس مدينة ذمار. وجاءت الانفجارات بعد غارات لطيران التحالف على معسكر في "
            "المدينة. وأفاد سكان بسماع دوي انفجارات وتطاير الصواريخ فوق ذمار.",
            ("Air/drone strike", "INTMIL", None, 0),
        ),
        (
            "وقصفت مدفعية الجيش العراقي مواقع المسلحين في بلدة الكرمة أمس. وهزت انفجارات عنيفة بلدة الكرمة طوال الليل.",
            ("Shelling/artillery/missile attack", "IRQMIL", None, 0),
        ),
        # warships shell
        (
            "وقصفت البوارج الحربية مواقع المتمردين في مدينة المخا أمس.",
            ("Shelling/artillery/missile attack", None, "YEMREB", 0),
        ),
        (
            "ودمرت البوارج الحربية التابعة لقوات التحالف أمس زوارق للحوثيين قبالة سواحل مدينة المخا.",
            ("Shelling/artillery/missile attack", "INTMIL", "YEMREB", 0),
        ),
        # a sayer telling of its own strikes did them
        (
            "وقالت وزارة الدفاع الروسية إن طائراتها شنت أمس غارات على مواقع في ريف حماة.",
            ("Air/drone strike", "RUSMIL", None, 0),
        ),
        # sorties flown at a side are strikes
        (
            "وأوضح البيان أن طيران التحالف الدولي نفذ 15 طلعة جوية في محافظة الأنبار أمس أسفرت عن قتل 25 من عناصر داعش.",
            ("Air/drone strike", "INTMIL", "IRQREB", 25),
        ),
        # the name after a condemner's title condemns too: no agent of the act (its dead, no side's men, are the
        # civilians of the place: see test_conflict_sides_h23)
        (
            "ندد الرئيس التركي رجب طيب إردوغان بالهجوم الانتحاري الذي أوقع أمس 30 قتيلا في مدينة الرقة.",
            ("Suicide bomb", None, "SYRCVL", 30),
        ),
        # attacking a side's den makes that side the target
        (
            "وقامت قوة من الجيش العراقي بمهاجمة وكر لتنظيم داعش في منطقة جبة قرب ناحية البغدادي أمس "
            "وتمكنت من قتل 15 من عناصره.",
            ("Armed clash", "IRQMIL", "IRQREB", 15),
        ),
        # sources at the police tell of the attack; two suicide attackers make it a suicide bombing
        (
            "قال مسؤول محلي ومصادر بالشرطة إن 12 شخصا على الأقل قتلوا اليوم عندما هاجم انتحاريان سوقا "
            "مزدحما في بلدة طوز خورماتو.",
            ("Suicide bomb", None, "IRQCVL", 12),
        ),
        (
            "وقال رئيس البلدية ومصدران بالشرطة إن مهاجما انتحاريا فجر سترته الناسفة في سوق بلدة طوز خورماتو أمس.",
            ("Suicide bomb", None, None, 0),
        ),
        # an attack made with a car bomb is the bombing
        (
            "وقتل تسعة جنود في هجوم بسيارة مفخخة على نقطة تفتيش في بلدة القطن أمس.",
            ("Remote explosive/landmine/IED", None, "YEMMIL", 9),  # (the soldiers are the state's)
        ),
        # a warplane of a nationality is that state's; one crashing on a market with dead is an air event
        (
            "قال المرصد إن 12 شخصا على الأقل قتلوا حينما سقطت مقاتلة سورية على سوق مزدحم في بلدة أريحا اليوم.",
            ("Air/drone strike", "SYRMIL", "SYRCVL", 12),
        ),
        ("قصفت مقاتلة روسية بلدة أريحا أمس.", ("Air/drone strike", "RUSMIL", None, 0)),
        # the bombing told on over clauses without a side of their own: its suicide driver and its place
        (
            "أفاد شهود عيان أمس بمقتل 33 مسلحا من تنظيم داعش بانفجار سيارة مفخخة، يقودها انتحاري، استهدف مركز "
            "تدريب للتنظيم في قضاء البعاج.",
            ("Suicide bomb", None, "IRQREB", 33),
        ),
        # an officer of the police tells of the act; the police did not do it
        (
            "وقال مسعفون وضابط بالشرطة إن عشرة مدنيين على الأقل قتلوا بنيران قذائف الهاون في قرية الحديد أمس.",
            ("Shelling/artillery/missile attack", None, None, 10),
        ),
        # fire opened at someone by the members named before it: they fired
        (
            "أعلن الجيش مقتل ثلاثة جنود أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة عسكرية في "
            "محافظة شرناق.",
            ("Armed clash", "TURREB", "TURMIL", 3),  # (the soldiers are the state's)
        ),
        # soldiers of a nationality counted among the dead are the side that lost them (جنود أتراك)
        (
            "أعلن الجيش مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار على قافلة "
            "عسكرية في محافظة شرناق.",
            ("Armed clash", "TURREB", "TURMIL", 3),
        ),
        (
            "وقصف الجنود الروس مواقع في ريف حماة أمس.",
            ("Shelling/artillery/missile attack", "RUSMIL", None, 0),
        ),
        # forces said to be a side's, named after the verb with their adjectives and the side's title
        (
            "وقصفت المنطقة العسكرية الثالثة الموالية للرئيس عبد ربه منصور هادي مواقع الحوثيين بالمدفعية في منطقة "
            "الجفينة أمس.",
            ("Shelling/artillery/missile attack", "YEMMIL", "YEMREB", 0),
        ),
        # the act right after إن is another's, unless a pronoun makes it the sayer's
        (
            "قالت وزارة الداخلية التركية في بيان اليوم إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا.",
            # (the dead are Turkey's civilians: the index knows Suruç)
            ("Remote explosive/landmine/IED", None, "TURCVL", 27),
        ),
        (
            "وقالت وزارة الدفاع الروسية إن غاراتها دمرت مواقع للمسلحين في ريف حماة أمس.",
            ("Air/drone strike", "RUSMIL", None, 0),
        ),
        # the dead counted as a side's men (ثمانية حوثيين) are that side's loss
        ("وقتل 8 حوثيين في قرية مشرعة أمس.", ("Armed clash", None, "YEMREB", 8)),
        (
            "وأفادت مصادر بمقتل ثمانية عشر حوثياً خلال الاشتباكات في مدينة الضالع أمس.",
            ("Armed clash", None, "YEMREB", 18),
        ),
        # a warplane with an adjective and a nationality is that state's
        (
            "تحطمت طائرة حربية سورية أمس أثناء قصفها حيا في وسط مدينة أريحا ما تسبب بمقتل 31 شخصا.",
            ("Air/drone strike", "SYRMIL", "SYRCVL", 31),
        ),
        ("وقصفت الطائرات الحربية الروسية مواقع في ريف حماة أمس.", ("Air/drone strike", "RUSMIL", None, 0)),
        # a raid on homes against suspects is an arrest (by the authorities' police: TURMIL)
        (
            "وأطلقت السلطات التركية عملية مداهمات واسعة في مدينة إسطنبول أمس ضد عناصر من تنظيم داعش.",
            ("Arrests", "TURMIL", "TURREB", 0),
        ),
        # ground taken after fighting with a side is taken from that side
        (
            'وسيطر "جيش الفتح" على سد كوكب في ريف درعا الغربي أمس، بعد اشتباكات مع "لواء شهداء اليرموك" هناك.',
            ("Non-state actor overtakes territory", "SYRREB", "SYRREB", 0),
        ),
        (
            "وسيطر الثوار أمس على منطقة جبل يسوف في مديرية لودر، عقب مواجهات مع قوات موالية للمتمردين.",
            ("Non-state actor overtakes territory", "YEMUAF", "YEMREB", 0),
        ),
        # rebels named with the army units allied to them lead; the allied units and their leader's name are no
        # target; a fire breaking out is no shooting
        (
            "قتل 43 مدنيا وأصيب 120 آخرون في قصف عشوائي للحوثيين وقوات الرئيس المخلوع علي عبدالله صالح على أحياء "
            "سكنية في مدينة عدن أمس.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMCVL", 43),
        ),
        (
            "وذكر شهود عيان أن الحوثيين وقوات صالح قصفوا بشكل عنيف منطقة دار سعد أمس ما أدى إلى سقوط 43 قتيلا "
            "واشتعال النيران في مخازن للوقود.",
            ("Shelling/artillery/missile attack", "YEMREB", None, 43),
        ),
        # in Syria barrel bombs are dropped by the state's aircraft alone
        (
            "وقتل ستة أشخاص من عائلة واحدة جراء استهداف مدينة بصرى الشام بريف درعا الشرقي بالبراميل المتفجرة أمس.",
            ("Air/drone strike", "SYRMIL", "SYRCVL", 6),
        ),
        # damage told beside the toll (فضلا على تدمير المنزل) is the strike's, as are its dead
        (
            "وأطلقت طائرة عسكرية عراقية صاروخين على أحد المنازل أمس وسط قضاء الرطبة ما أسفر عن مقتل 16 مدنيا وإصابة "
            "19 آخرين، وإن معظم الضحايا من النساء والأطفال فضلا على تدمير المنزل بالكامل.",
            ("Air/drone strike", "IRQMIL", "IRQCVL", 16),
        ),
        # a commander killed is a fighter, not a civilian
        (
            "وتمكن الثوار من قتل قائد اللواء الأول مشاة جبلي في مديرية صرواح أمس.",
            ("Armed clash", "YEMUAF", None, 1),
        ),
        # fighters said to be loyal to a side are that side
        (
            "وسيطر المتشددون الموالون لداعش على مدينة سرت بوسط ليبيا أمس.",
            ("Non-state actor overtakes territory", "LBYREB", None, 0),
        ),
        # the side the agent belongs to is not its target
        (
            "وقصف جيش الفتح التابع للمعارضة السورية بلدة الفوعة أمس.",
            ("Shelling/artillery/missile attack", "SYRREB", None, 0),
        ),
        # a capital after a word of where around it (ريف دمشق، شمال بغداد) is a place, not a government
        (
            "وكثف طيران النظام قصفه على جبهة مدينة الزبداني في ريف دمشق الغربي أمس.",
            ("Air/drone strike", "SYRMIL", None, 0),
        ),
        # a death sentence carried out is an execution
        (
            "ونفذ التنظيم أمس حكم الإعدام رميا بالرصاص في أربعة سائقين في مدينة الشرقاط.",
            ("Attack", None, "IRQCVL", 3),
        ),
        # the bombers killed as men are no bombing; aircraft killing fighters strike
        (
            "وتمكنت طائرات التحالف في محافظة حجة من تصفية مجموعة من الانتحاريين الحوثيين أمس.",
            ("Air/drone strike", "INTMIL", "YEMREB", 0),
        ),
        # the ruin a strike left is no act of its own
        (
            "وقال المرصد إن الجيش السوري ألقى عددا كبيرا من البراميل المتفجرة على الزبداني أمس، ما أوقع مستويات غير "
            "مسبوقة من التدمير وعددا كبيرا من القتلى بين السكان المدنيين.",
            ("Air/drone strike", "SYRMIL", "SYRCVL", 3),
        ),
        # whom the executed was charged with serving is no side; the doer named before على, after the opener
        (
            "في وقت أقدمت جبهة النصرة في مدينة خان شيخون بريف إدلب الجنوبي، على إعدام محامٍ بإطلاق النار عليه "
            "بعدما اتهمته بالتعامل مع قوات النظام.",
            ("Attack", "SYRREB", "SYRCVL", 1),
        ),
        (
            "وقام تنظيم داعش بإعدام شخصين من سكان مدينة الفلوجة بتهمة التعاون مع القوات العراقية.",
            ("Attack", "IRQREB", "IRQCVL", 2),
        ),
        # سلاح الطيران is the air force, whose government a comma and its seat part from the light verb
        (
            "وقال متحدث عسكري محلي، إن سلاح الطيران التابع للحكومة الرسمية بليبيا، ومقرها شرق البلاد، نفذ ضربة جوية "
            "على منطقة كان مقاتلو داعش يحاولون السيطرة عليها في مدينة درنة.",
            ("Air/drone strike", "LBYMIL", "LBYREB", 0),
        ),
        # the act someone is charged with (بتهمة، بدعوى) is not the act done, nor are its arms
        ("واعتقلت الشرطة شابا في مدينة بعقوبة بتهمة تفجير سيارة مفخخة.", ("Arrests", "IRQMIL", None, 0)),
        # no state's forces blow themselves up: the state named with a suicide bombing accuses or is accused
        (
            "وأقالت الصحيفة أحد محرريها بعد تغريدة أوحى فيها بمسؤولية الرئيس رجب طيب أردوغان في الهجوم الانتحاري "
            "على بلدة سروج.",
            ("Suicide bomb", None, None, 0),
        ),
        # the owner of an aircraft named before the act is its agent
        (
            "وأفاد ناشطون أن طائرة حربية تابعة لقوات النظام استهدفت بالصواريخ الفراغية مشفى في مدينة سراقب، ما أدى "
            "لمقتل رجلين وامرأة.",
            ("Air/drone strike", "SYRMIL", "SYRCVL", 3),
        ),
        # where a press conference was held is not where the bombing it tells of was
        (
            "وقتل 30 شخصا في تفجير انتحاري في بلدة سروج أمس. وقال رئيس الوزراء في مؤتمر صحافي عقده في أنقرة إن "
            "التفجير نفذه انتحاري من تنظيم داعش.",
            ("Suicide bomb", "TURREB", "TURCVL", 30),
        ),
        (
            "وقتل 30 شخصا في تفجير انتحاري في بلدة سروج أمس. وقال رئيس الوزراء في مؤتمر صحافي في أنقرة، إن "
            "الحكومة ستلاحق المدبرين. وهذه هي المرة الأولى التي ينفذ فيها تنظيم داعش عملية تفجير في تركيا.",
            ("Suicide bomb", "TURREB", "TURCVL", 30),
        ),
        (
            "وقتل 30 شخصا في تفجير انتحاري في بلدة سروج أمس. وقال الوزير في كلمة في أنقرة، إن الحكومة ستلاحق "
            "المدبرين. وهذه هي المرة الأولى التي ينفذ فيها تنظيم داعش عملية تفجير في تركيا.",
            ("Suicide bomb", "TURREB", "TURCVL", 30),
        ),
        # an advance tried, or that failed, is a clash; the first of two sides joined by و leads, unless a
        # militia is named first with the army it fights for
        (
            "وقالت مصادر إن قوات النظام السوري ومقاتلين من حزب الله حاولوا فجر أمس التقدم في الجهة الشمالية لمدينة "
            "داريا.",
            ("Armed clash", "SYRMIL", None, 0),
        ),
        (
            "ولم تستطع ميليشيا حزب الله وجيش النظام التقدم نحو مدينة الزبداني أمس.",
            ("Armed clash", "SYRMIL", None, 0),
        ),
        ("وأخفق الحوثيون أمس في السيطرة على مدينة تعز.", ("Armed clash", "YEMREB", None, 0)),
        ("وفشل مقاتلو تنظيم داعش أمس في اقتحام مدينة الرمادي.", ("Armed clash", "IRQREB", None, 0)),
        # the side right after the agent is the target; the side named as the agent's support is not
        ("وهاجمت المقاومة الشعبية الحوثيين في مدينة تعز أمس.", ("Armed clash", "YEMUAF", "YEMREB", 0)),
        (
            "وتقدمت القوات الحكومية المدعومة بمقاتلي المقاومة الشعبية وبمساندة غطاء جوي من طيران التحالف في محيط "
            "قاعدة العند أمس.",
            ("Armed clash", "YEMMIL", None, 0),  # (an advance with no ground told taken is a fight)
        ),
        # the side told as supporting the local fighters (a verb of support) did not take the ground itself:
        # the fighters did (in Yemen, the resistance)
        (
            "وفقد الحوثيون أمس السيطرة على مدينة الضالع لصالح مقاتلين محليين تدعمهم قوات التحالف.",
            ("Non-state actor overtakes territory", "YEMUAF", "YEMREB", 0),
        ),
        # nor did the sides joined to the supporter, a country between them or not
        (
            "وفقد الحوثيون أمس السيطرة على مدينة الضالع لصالح مقاتلين محليين تدعمهم قوات التحالف الذي تقوده "
            "السعودية وحكومة الرئيس اليمني عبد ربه منصور هادي.",
            ("Non-state actor overtakes territory", "YEMUAF", "YEMREB", 0),
        ),
        # sniper fire on civilians is an attack on them; on a soldier, fighting
        (
            "وقتل مدني أمس برصاص قناص تابع لقوات النظام في حي الوعر بمدينة حمص.",
            ("Attack", "SYRMIL", "SYRCVL", 1),
        ),
        (
            "وقتلت امرأة بنيران قناص من ميليشيا الحوثي في حي الروضة بمدينة تعز أمس.",
            ("Attack", "YEMREB", "YEMCVL", 1),
        ),
        ("وقتل جندي من قوات النظام أمس برصاص قناص في حي جوبر بدمشق.", ("Armed clash", None, "SYRMIL", 1)),
        # the people counted after unknown gunmen are whom they killed, two written after the noun
        (
            "وقتل مسلحون مجهولون أمس مدنيين اثنين بإطلاق النار عليهما في مدينة درعا.",
            ("Attack", None, "SYRCVL", 2),
        ),
        # members (أفراد، منتسبو) are counted like any fighters
        (
            "وأوضحت المصادر أن 17 فردا من المتمردين الحوثيين قتلوا أمس في مواجهات مع المقاومة في مدينة تعز.",
            ("Armed clash", "YEMUAF", "YEMREB", 17),
        ),
        (
            "وقتل أمس خمسة من منتسبي الشرطة العراقية في هجوم مسلح على نقطة تفتيش في مدينة بعقوبة.",
            ("Armed clash", None, "IRQMIL", 5),
        ),
        # men "in" a force are its men; the strikes a side is named by are air strikes
        (
            "وقتل أمس عنصران في الشرطة العراقية بانفجار عبوة ناسفة في مدينة بعقوبة.",
            ("Remote explosive/landmine/IED", None, "IRQMIL", 2),
        ),
        (
            "وقتل أمس مدنيان بغارات التحالف على مدينة الرقة.",
            ("Air/drone strike", "INTMIL", "SYRCVL", 2),
        ),
        # bare "the aviation" strikes from the air; anti-aircraft guns are no aircraft
        ("واستهدف الطيران أمس مواقع الحوثيين في مدينة صعدة.", ("Air/drone strike", None, "YEMREB", 0)),
        (
            "وقصفت ميليشيا الحوثي أمس الأحياء السكنية في مدينة تعز بقذائف الهاون ومضادات الطيران.",
            ("Shelling/artillery/missile attack", "YEMREB", "YEMCVL", 0),
        ),
        # the blast "first" heard after the strike told is that strike's, no act of its own
        (
            "واستهدف طيران التحالف أمس مباني المجمع الحكومي بمدينة البيضاء. وقالت مصادر محلية إنه عقب "
            "الانفجار الأول سمع صوت سيارات الإسعاف تهرع باتجاه منطقة المجمع الحكومي.",
            ("Air/drone strike", "INTMIL", None, 0),
        ),
        # the residents who tell of the blasts are not their victims
        (
            "وقصفت قوات النظام أمس مدينة الزبداني. وأفاد سكان بسماع دوي انفجارات عنيفة وتطاير القذائف.",
            ("Shelling/artillery/missile attack", "SYRMIL", None, 0),
        ),
        # the pockets of a side cleansed are that side's (the target); the army named first, with its adjective,
        # leads the militia joined to it
        (
            "وواصلت قوات الجيش الوطني الشرعي والمقاومة الشعبية أمس تطهير جيوب الحوثيين في أطراف قاعدة العند.",
            ("Government regains territory", "YEMMIL", "YEMREB", 0),
        ),
        # clashes going on since a time of yesterday are yesterday's (منذ governs the time, not them), in a
        # region the gazetteer lacks
        (
            "وتدور منذ صباح امس اشتباكات عنيفة بين تنظيم داعش والفصائل المقاتلة في القلمون الشرقي بريف دمشق.",
            ("Armed clash", "SYRREB", "SYRREB", 0),
        ),
        # the side after "fighting with" is the other one, the subject before the fight its agent
        (
            "وقالت مصادر إن الفصائل المقاتلة خاضت أمس معارك عنيفة مع قوات النظام في محيط بلدة الفوعة بريف إدلب.",
            ("Armed clash", "SYRREB", "SYRMIL", 0),
        ),
        # a side's own men, with its pronoun (عناصره، جنوده), are counted as men: unnumbered, conservatively
        (
            "وقال مصدر إن الطيران قصف موقعا للحوثيين في مدينة مأرب أمس وقتل عددا من عناصره.",
            ("Air/drone strike", None, "YEMREB", 3),
        ),
        # villagers are civilians (the plural, قرويين, also describes armed men: "مسلحين قرويين موالين لها")
        (
            "وأسفرت غارات للطيران التركي فجر أمس على قرية شمال شرقي أربيل عن مقتل 15 قرويا.",
            ("Air/drone strike", "TURMIL", "IRQCVL", 15),
        ),
        (
            "وقتل قرويان أمس في قصف للطيران التركي على قرية قرب أربيل.",
            ("Air/drone strike", "TURMIL", "IRQCVL", 2),
        ),
        # ground counted with the place that holds it, or on a day, is taken
        (
            "وسيطرت القوات السورية على عدد من القرى في ريف حلب أمس، وقتلت 20 مسلحا.",
            ("Government regains territory", "SYRMIL", None, 20),
        ),
        (
            "وسيطر تنظيم داعش على بعض المناطق القريبة من مدينة الرمادي أمس، وقتل 20 جنديا.",
            ("Non-state actor overtakes territory", "IRQREB", "IRQMIL", 20),  # (the soldiers' side lost it)
        ),
        # the series the incident is the latest of is no act of its own
        (
            "وقتل ثلاثة جنود أتراك أمس في كمين نصبه مسلحون بمحافظة شرناق. والحادث هو الأخير في سلسلة هجمات ضد "
            "القوات الأمنية في محافظة هكاري.",
            ("Armed clash", None, "TURMIL", 3),
        ),
    ],
)
def test_one_act_read_whole(pipeline: Pipeline, text: str, expected: tuple) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert (
        e.sub_event_type,
        e.actor1 and e.actor1.code,
        e.actor2 and e.actor2.code,
        e.fatalities,
    ) == expected


def test_the_dead_of_a_clash_told_in_a_relative_clause_with_its_place(pipeline: Pipeline) -> None:
    # وقعت (waqaʿat) is a verb, not و + a verb: the clash keeps its place
    text = "وقتل سبعة مقاتلين من المقاومة أمس في المواجهات التي وقعت في جبل صبر المطل على مدينة تعز."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.place.name_ar, e.fatalities) == ("Armed clash", "جبل صبر", 7)


def test_one_of_a_sides_men_killed_is_no_agent(pipeline: Pipeline) -> None:
    text = "وقتل أحد رجال المقاومة وأصيب آخرون في المواجهات في قرية مشرعة أمس."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1, e.fatalities) == ("Armed clash", None, 1)


def test_the_attack_says_where_an_act_told_without_a_place_was(pipeline: Pipeline) -> None:
    text = (
        "قال مسؤول محلي إن 12 شخصا على الأقل قتلوا اليوم عندما هاجم انتحاريان سوقا مزدحما في شمال العراق. "
        "وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45 شخصا."
    )
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.place.name_ar, e.fatalities) == ("Suicide bomb", "طوز خورماتو", 12)


def test_a_link_captions_headline_runs_to_the_end_of_its_line(pipeline: Pipeline) -> None:
    text = (
        "وقتل 12 شخصا في هجوم على مدينة طوز خورماتو أمس.\n"
        "رابط الخبر بصحيفة الوئام: العراق.. داعش يفجر سوقا في مدينة كركوك ويقتل 12 شخصاً"
    )
    assert [e.place.name_ar for e in _conflict(_extract(pipeline, text))] == ["طوز خورماتو"]


@pytest.mark.parametrize(
    "text",
    [
        # what a place used to host
        "وكان المركز الثقافي يستضيف تجمعات الإعلاميين الذين يغطون الحرب في مدينة سروج.",
        # a charge pressed for months, a truce held since a year: lasting states, no act of the day
        "ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودا كافية لمكافحة تنظيم داعش.",
        "وصمد وقف إطلاق النار بين الحكومة والمتمردين رغم هشاشته منذ مارس 2013.",
        # aid and arms that arrive: no visit
        "وأشارت المصادر إلى أن كل المساعدات التي وصلت هي لقوات التحالف بقيادة السعودية.",
        "وقالت مصادر عسكرية إن تجهيزات عسكرية بينها عشرات الدبابات وصلت الى عدن لدعم الجيش الوطني.",
        # aid not sent
        "إلا أن الأمم المتحدة لم تقم بإرسال أية باخرة أو طائرة إغاثية إلى اليمن حتى يوم أمس.",
        # what a side must do, in another's words
        "وقال دمرطاش: على حزب العمال الكردستاني إعلان التزامه بوقف إطلاق النار مع الحكومة التركية.",
    ],
)
def test_not_a_political_event(pipeline: Pipeline, text: str) -> None:
    assert _political(_extract(pipeline, text)) == []


def test_a_visit_told_next_with_wa_qama_is_a_clause_of_its_own(pipeline: Pipeline) -> None:
    text = (
        "وكشف مصدر عن قصف طائرات التحالف الدولي مخازن أسلحة لتنظيم داعش في شمال الموصل، وقام وزير الدفاع "
        "الأمريكي بزيارة مفاجئة لبغداد امس."
    )
    (strike,) = _conflict(_extract(pipeline, text))
    assert strike.place is not None and strike.place.name_ar == "الموصل"


def test_a_car_bomb_and_an_air_strike_at_one_place_are_two_acts(pipeline: Pipeline) -> None:
    text = (
        "وقصفت طائرات التحالف الدولي امس مخازن أسلحة لتنظيم داعش في الموصل. وقال مصدر إن سيارة مفخخة "
        "مركونة انفجرت امس عند مرور رتل لعناصر تنظيم داعش في الموصل ما أسفر عن مقتل 42 منهم."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.actor1 and e.actor1.code, e.fatalities) for e in events] == [
        ("Air/drone strike", "INTMIL", 0),
        ("Remote explosive/landmine/IED", None, 42),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقتل جنديان في تفجير قنبلة مزروعة على الطريق قرب مدينة ديار بكر امس.",
        "وأصيب أربعة جنود حينما انفجرت سيارة ملغومة أثناء مرور دورية قرب مدينة ديار بكر امس.",
        # the attacks "with bombs" are bombings
        "وقتل شخصان امس في هجمات بقنابل في حي الزعفرانية جنوب بغداد.",
    ],
)
def test_a_planted_bomb_and_a_mined_car_are_explosive_devices(pipeline: Pipeline, text: str) -> None:
    (e,) = _conflict(_extract(pipeline, text))
    assert e.sub_event_type == "Remote explosive/landmine/IED" and "explosive device" in e.weapons


def test_an_ally_named_in_the_ranks_is_no_side_against_the_one_carried_over(pipeline: Pipeline) -> None:
    text = (
        "وواصلت قوات الجيش الوطني أمس تطهير جيوب الحوثيين في أطراف قاعدة العند. وأكدت المصادر أن اشتباكات "
        "عنيفة دارت في معسكر لبوزة وسط انخراط المئات من قبائل الصبيحة في صفوف المقاومة والجيش الوطني."
    )
    # (the clearing told as going on at العند is a fight of its own: the one at لبوزة is the one asked about)
    # (its other side is the one opposing side named the sentence before, the Houthis — not the ally in the ranks)
    clash = [
        e
        for e in _conflict(_extract(pipeline, text))
        if e.sub_event_type == "Armed clash" and e.place is not None and e.place.name_ar == "لبوزة"
    ]
    assert [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in clash] == [("YEMMIL", "YEMREB")]


def test_the_many_incidents_a_place_sees_are_no_event(pipeline: Pipeline) -> None:
    text = (
        "وقال مسعفون إن عشرة مدنيين على الأقل قتلوا بنيران قذائف الهاون في قرية الحديد قرب بعقوبة امس. "
        "وتشهد محافظة ديالى العديد من الحوادث الأمنية المتفرقة، تتمثل بعمليات الخطف والاغتيال والهجمات "
        "المسلحة وانفجار عبوات ناسفة وسيارات مفخخة."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Shelling/artillery/missile attack", 10)]


def test_the_dead_brought_in_pay_no_visit(pipeline: Pipeline) -> None:
    # the bodies that "arrived" at the hospital: the official told of before made the one visit
    text = (
        "وزار وزير الدفاع الأمريكي بغداد أمس. وأوضح المصدر أن المستشفى لا يصدر شهادات وفاة إلا لجثث وصلت "
        "إليه فعلا."
    )
    events = _political(_extract(pipeline, text))
    assert [[x.text for x in e.evidence if x.role == "trigger"] for e in events] == [["زار"]]


def test_the_front_named_again_is_the_front_named_before(pipeline: Pipeline) -> None:
    text = (
        "وقصفت الطائرات مواقع لجبهة النصرة قرب بلدة أعزاز. وشنت الجبهة هجوما في المنطقة الليلة الماضية استهدف "
        "مقاتلين من الفرقة 30."
    )
    clash = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type == "Armed clash"]
    assert [e.actor1.code for e in clash] == ["SYRREB"]


def test_the_second_strike_this_week_is_still_a_strike(pipeline: Pipeline) -> None:
    text = "واستهدفت غارة مشفى في بلدة كفرنبل أمس، وتعتبر هذه الغارة الثانية على المشفى خلال هذا الأسبوع."
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Air/drone strike"]


def test_settlers_named_without_the_article_and_a_house_is_no_town(pipeline: Pipeline) -> None:
    (e,) = _conflict(_extract(pipeline, "وهاجم مستوطنون يهود منزلا في مدينة الخليل أمس بقنابل حارقة."))
    assert e.actor1.code == "ISRUAF"
    (e,) = _conflict(_extract(pipeline, "وقتل طفل في هجوم على منزله في مدينة تعز أمس."))
    assert (e.place.name_ar, e.fatalities) == ("تعز", 1)


# (text, [(sub_event_type, actor1, actor2, place as written, fatalities)]): each row is the whole conflict output
TOLD_ON_ROWS = [
    # a circumstance that names both sides of a battle is a battle of its own ("وسط استمرار الاشتباكات بين …")
    (
        "شن الطيران الحربي غارات على مدينة الزبداني أمس، وسط استمرار الاشتباكات العنيفة بين قوات النظام وحزب "
        "الله من جهة وفصائل المعارضة من جهة أخرى في المدينة.",
        [("Air/drone strike", None, None, "الزبداني", 0), ("Armed clash", "SYRMIL", "SYRREB", "الزبداني", 0)],
    ),
    # … and so is one in a place of its own
    (
        "استهدفت الطائرات الحربية بلدة عتمان أمس، وسط تنفيذ الطيران الحربي أربع غارات على أماكن في منطقة غرز.",
        [("Air/drone strike", None, None, "عتمان", 0), ("Air/drone strike", None, None, "غرز", 0)],
    ),
    # (blasts heard from a place are the strike's, not another act there)
    (
        "استهدفت مقاتلات التحالف مخازن أسلحة للحوثيين في مدينة عتق أمس، وسط سماع أصوات انفجارات عنيفة يعتقد أنها "
        "من معسكر مرة.",
        [("Air/drone strike", "INTMIL", "YEMREB", "عتق", 0)],
    ),
    # "بين X وY من طرف، وZ من طرف آخر": Z is the other side, not Y
    (
        "دارت اشتباكات عنيفة أمس بين قوات النظام والمسلحين الموالين لها من طرف، وجبهة النصرة من طرف آخر في "
        "بلدة كفرنبودة.",
        [("Armed clash", "SYRMIL", "SYRREB", "كفرنبودة", 0)],
    ),
    # the town two villages lie near is not where the barrels fell
    (
        "أما بلدتا المسيفرة والكرك القريبتان من درعا، فاستهدفهما الطيران المروحي بالبراميل المتفجرة أمس.",
        [
            ("Air/drone strike", "SYRMIL", None, "المسيفرة", 0),
            ("Air/drone strike", "SYRMIL", None, "الكرك", 0),
        ],
    ),
    # the side of twin villages is part of the name, and the list goes on after it (also after a short "وتل")
    (
        "قصفت قوات النظام أمس بلدتي الصمدانية الغربية وجباتا الخشب في ريف القنيطرة.",
        [
            ("Shelling/artillery/missile attack", "SYRMIL", None, "الصمدانية الغربية", 0),
            ("Shelling/artillery/missile attack", "SYRMIL", None, "جباتا الخشب", 0),
        ],
    ),
    (
        "قصفت قوات النظام بالمدفعية أمس قريتي المزيرعة الغربية وتل الشيخ في ريف حماة.",
        [
            ("Shelling/artillery/missile attack", "SYRMIL", None, "المزيرعة", 0),
            ("Shelling/artillery/missile attack", "SYRMIL", None, "تل الشيخ", 0),
        ],
    ),
    # … or across from ("التي تقابل")
    (
        "وفي بلدة سروج التي تقابل بلدة عين العرب فجر انتحاري نفسه أمس وسط حشد من الشبان.",
        [("Suicide bomb", None, None, "سروج", 0)],
    ),
    # … or near which a relative clause puts it ("الذي … يقع قرب")
    (
        "استعادت قوات النظام أمس السيطرة على قرى في سهل الغاب الذي يمتد على ضفتي نهر العاصي ويقع قرب مدينة حماة.",
        [("Government regains territory", "SYRMIL", None, "سهل الغاب", 0)],
    ),
    # "حيث قصف …" after air strikes tells where the aircraft struck
    (
        "نفذ الطيران الحربي عشر غارات على ريف حماة الشمالي أمس، حيث قصف بلدات كفرزيتا واللطامنة.",
        [("Air/drone strike", None, None, "كفرزيتا", 0), ("Air/drone strike", None, None, "اللطامنة", 0)],
    ),
    # … and so does a bare "قصف" going on from them in the next sentence (كما قصف …)
    (
        "وشن طيران التحالف 4 غارات جوية استهدفت قوات صالح في معسكر صحن الجن أمس. كما قصف معسكرات تابعة للحرس "
        "الجمهوري في منطقة الصباحة غربي صنعاء.",
        [
            ("Air/drone strike", "INTMIL", "YEMMIL", "صحن الجن", 0),
            ("Air/drone strike", "INTMIL", "YEMMIL", "الصباحة", 0),
        ],
    ),
    # an advance towards a place has not taken it: fighting
    ("تقدمت قوات الجيش العراقي باتجاه مدينة بيجي أمس.", [("Armed clash", "IRQMIL", None, "بيجي", 0)]),
    # a massacre told by the act after it ("بعدما قصفت …") is that act, by the side the massacre names
    (
        "ارتكبت ميليشيات الحوثي مجزرة في مدينة تعز أمس، بعدما قصفت حي الجحملية بقذائف الهاون، ما أدى إلى مقتل 15 "
        "مدنيا.",
        [("Shelling/artillery/missile attack", "YEMREB", "YEMCVL", "الجحملية", 15)],
    ),
    # "…، الا ان مقاتلات التحالف باغتتهم وشنت غارات": the aircraft named in the clause before struck
    (
        "وحاول مسلحو داعش التقدم نحو مدينة الحسكة أمس، إلا أن مقاتلات التحالف الدولي باغتتهم وشنت غارات على "
        "المنطقة، ما أدى إلى مقتل عشرة منهم.",
        [("Armed clash", "SYRREB", None, "الحسكة", 0), ("Air/drone strike", "INTMIL", None, "الحسكة", 10)],
    ),
    # (but not the side named as a target, nor when the clause tells what someone said)
    (
        "وقصفت فصائل المعارضة أمس مواقع للجيش النظامي في بلدة نبل، وقال المرصد إن البلدة قصفت بعشرات القذائف.",
        [("Shelling/artillery/missile attack", "SYRREB", "SYRMIL", "نبل", 0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_ON_ROWS)
def test_what_a_clause_goes_on_telling(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    """Clauses that add to the act before them — a circumstance, a place it lies near, where the aircraft
    struck, how a massacre was done, who went on to act — make the events a coder would record."""
    got = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "place", "fatalities")
    assert got == expected


# (text, [(sub_event_type, actor1, place as written, fatalities)]): the whole conflict output
RETOLD_ROWS = [
    # the same dead of one kind of act told again a day apart, with no place of its own, are that act
    (
        "قال مسؤول إن تنظيم داعش نفذ الهجوم الانتحاري الاثنين في بلدة الريحانية وأوقع 40 قتيلا على الأقل. وعثر "
        "أمس على جثة رجل في منطقة أقجة قلعة. وكان الإقليم نفسه قد شهد تفجيرا انتحاريا أمس الأول أسفر عن مقتل 40 "
        "شخصا.",
        [("Suicide bomb", "TURREB", "الريحانية", 40)],
    ),
    # … and so is a suicide bombing named again with no dead of its own
    (
        "قال مسؤول إن تنظيم داعش نفذ الهجوم الانتحاري الاثنين في بلدة الريحانية وأوقع 40 قتيلا على الأقل. وعثر "
        "أمس على جثة رجل في منطقة أقجة قلعة. وحجب مقدمو خدمة الإنترنت الدخول إلى موقع تويتر لمنع نشر صور تفجير "
        "انتحاري وقع قبل يومين.",
        [("Suicide bomb", "TURREB", "الريحانية", 40)],
    ),
    # (not the same vague toll in two places: "العشرات" there and here are no same dead)
    (
        "قتل العشرات من عناصر داعش في اشتباكات مع القوات العراقية في بيجي أمس. وفي الرمادي، أعلنت قوات الأمن "
        "مقتل العشرات من مسلحي التنظيم في اشتباكات أمس.",
        [("Armed clash", "IRQMIL", "بيجي", 12), ("Armed clash", "IRQMIL", "الرمادي", 12)],
    ),
    # the dead found killed (مقتولين), a dual in construct (ضابطي شرطة)
    (
        "أعلن مسؤول تركي عن مقتل ضابطي شرطة في هجوم استهدفهما بمدينة ماردين أمس.",
        [("Armed clash", None, "ماردين", 2)],
    ),
    (
        "وقال المحافظ إنه تم العثور على الضابطين مقتولين، وبهما آثار طلقات نارية بالرأس في منزلهما بمدينة ماردين "
        "أمس.",
        [("Armed clash", None, "ماردين", 2)],
    ),
    # an act condemned (دانت, the other spelling of أدانت) with the article is no report of its own
    ("ودانت دول ومنظمات التفجير الانتحاري، واعتبرت أنه عمل إرهابي.", []),
]


@pytest.mark.parametrize(("text", "expected"), RETOLD_ROWS)
def test_an_act_told_again_is_one_event(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    got = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place", "fatalities")
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group of no country takes the country it is named in, with no place of the event to give one (and
        # see test_a_pronoun_before_the_verb)
        (
            "وقصفت دبابات تركية مواقع لتنظيم داعش في سوريا أمس.",
            [("Shelling/artillery/missile attack", "TURMIL", "SYRREB")],
        ),
        # fighters "destroyed" are the fight's, no property destroyed
        ("قال المتحدث إنه تم تدمير العناصر المعتدية التي نفذت الهجوم على مركز حدودي في نجران أمس.", []),
    ],
)
def test_a_group_named_in_a_country_and_fighters_destroyed(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2") == expected


def test_a_visit_told_on_with_hayth_is_the_same_visitor(pipeline: Pipeline) -> None:
    """ "…، فيما سيقوم الوزير الايراني بزيارة العراق غدا، حيث سيزور مدينة النجف": the visitor of the act
    before goes on (not the country the sentence opened with, الكويت)."""
    text = (
        "وقالت مصادر مطلعة إن الكويت ستكون المحطة الأولى لجولة الوزير، فيما سيقوم وزير الخارجية الإيراني بزيارة "
        "العراق غدا، حيث سيزور مدينة النجف."
    )
    events = _political(_extract(pipeline, text, published=dt.date(2015, 7, 24)))
    assert [(e.plover_type, e.actor1 and e.actor1.code, e.place and e.place.name_ar) for e in events] == [
        ("CONSULT", "IRNGOV", "العراق"),
        ("CONSULT", "IRNGOV", "النجف"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nothing material destroyed or taken: words for undoing a constitution or a revolution, an adverb
        ("حقق التنظيم للنظام ما يريده: تخريب الثورة في مدينة حلب.", []),
        ("وقال النائب إن المساس بالاتفاق يعني نسف للدستور في بيروت.", []),
        ("انعكست أزمة النفايات بالسلب على الحكومة في بيروت أمس.", []),
        # posts and supply lines destroyed are the fight's, no property destruction: with no other act told, the
        # side that destroyed them fought their holders
        ("وقال مسؤول إن الجيش دمر نقاطا للمسلحين في بلدة كفريا أمس.", [("Armed clash", None, None, 0)]),
        (
            "قال مصدر عسكري إن وحدة من الجيش دمرت بؤرا وخطوط إمداد للمسلحين في منطقة العباسية أمس.",
            [("Armed clash", None, None, 0)],
        ),
        # (a house is property)
        ("هدمت الجرافات عشرات المنازل في حي القابون أمس.", [("Looting/property destruction", None, None, 0)]),
        # "قواتنا" in an official's words: that state's forces
        (
            "وقالت وزارة الداخلية العراقية إن قواتنا الأمنية استعادت السيطرة على حي الضباط في مدينة الرمادي أمس.",
            [("Government regains territory", "IRQMIL", None, 0)],
        ),
        # the dead told near a peaceful protest are another act's
        (
            "خرج متظاهرون إلى شوارع مدينة إدلب أمس احتجاجا على تردي الخدمات. وفي المدينة، لقي عنصران من جبهة النصرة "
            "حتفهما أمس.",
            [("Peaceful protest", "SYROPP", None, 0), ("Armed clash", None, "SYRREB", 2)],
        ),
    ],
)
def test_what_is_destroyed_and_whose_dead(pipeline: Pipeline, text: str, expected: list) -> None:
    got = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "fatalities")
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a struggle for control is no control taken
        ("واستغل مقاتلون من الطوارق الفراغ الأمني في التنافس على السيطرة على مدينة سبها.", []),
        # a siege that goes on is no event of the day; one laid is
        ("وتواصل المقاومة الشعبية فرض حصار خانق على معسكر لبوزة في محافظة لحج.", []),
        ("وتفرض القوات العراقية حصارا على مدينة الفلوجة منذ أسابيع.", []),
        ("فرضت القوات الحكومية حصارا على بلدة المخرم في ريف حمص أمس.", [("Other", "SYRMIL", None, 0)]),
        # "من بين القتلى": who the dead just counted were, no more dead
        (
            "أفاد شهود عيان أمس بمقتل 33 مسلحا من تنظيم داعش بانفجار سيارة مفخخة في قضاء البعاج. وقال الشهود إن من "
            "بين القتلى أطفالا كانوا في طور التدريب.",
            [("Remote explosive/landmine/IED", None, "IRQREB", 33)],
        ),
    ],
)
def test_a_siege_going_on_and_the_dead_named_again(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "fatalities") == expected


def test_the_authorities_arrest_through_their_police(pipeline: Pipeline) -> None:
    text = "وأعلنت السلطات التركية أمس توقيف 251 شخصا لانتمائهم إلى جماعات إرهابية في مدينة إسطنبول."
    (e,) = _conflict(_extract(pipeline, text))
    assert (e.sub_event_type, e.actor1 and e.actor1.code) == ("Arrests", "TURMIL")
    assert e.actor1 is not None and e.actor1.name == "Police Forces of Turkey"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a soldier of a nationality (not the soldier and the country) lost to fire: a fight with that state
        (
            "قالت قناة تلفزيونية إن جنديا تركيا قتل وأصيب آخر أمس برصاص أطلق من الجانب السوري على الحدود قرب "
            "بلدة كلس التركية.",
            [("Armed clash", None, "TURMIL", 1)],
        ),
        # two policemen of a nationality, found killed: counted once, state forces (the Kurdish movement that
        # claims it, in a Turkey report, the PKK)
        (
            "تبنت الحركة الكردية قتل شرطيين تركيين عثر عليهما مقتولين برصاصة في الرأس أمس في بلدة جيلان بينار.",
            [("Armed clash", "TURREB", "TURMIL", 2)],
        ),
        # an exchange of fire is a fight
        (
            "قتل مسلح في تبادل إطلاق نار مع الشرطة التركية في أحد أحياء مدينة إسطنبول أمس.",
            [("Armed clash", "TURMIL", None, 1)],
        ),
        # prayers for the souls of some of the dead tell no death
        ("وأقيمت صلاة الميت أمس في جامع غازي عنتاب على أرواح 25 من القتلى.", []),
    ],
)
def test_soldiers_and_policemen_of_a_nationality(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bomber named again as a person, and the site of the blast, are no other blast
        (
            "فجر انتحاري نفسه في مركز ثقافي في بلدة سوروتش أمس. ووجد المحققون بطاقة هوية في مكان التفجير لشاب "
            "من مدينة أديامان يعتقد أنه المهاجم الانتحاري نفسه.",
            [("Suicide bomb", "سوروتش")],
        ),
        # (a bomber told blowing himself up is the act, and a suicide attack condemned is one)
        ("فجر انتحاري حزامه الناسف وسط تجمع للمصلين في مدينة القطيف أمس.", [("Suicide bomb", "القطيف")]),
        (
            "أدانت الحكومة الاعتداء الانتحاري الذي استهدف مسجدا في مدينة القطيف أمس.",
            [("Suicide bomb", "القطيف")],
        ),
        # a bomber's blast and air strikes on the same town the same day are two acts
        (
            "فجر انتحاري نفسه وسط سوق مدينة الحسكة أمس ما أدى إلى مقتل 20 شخصا. وقصفت طائرات التحالف المدينة أمس.",
            [("Suicide bomb", "الحسكة"), ("Air/drone strike", "الحسكة")],
        ),
    ],
)
def test_the_bomber_and_the_site_named_again(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side after a verbal noun of driving out, after a preposition, is the one driven out
        (
            "نجحت المقاومة الشعبية أمس في دحر ميليشيات الحوثي من مدينة الضالع.",
            [("Non-state actor overtakes territory", "YEMUAF", "الضالع")],
        ),
        # the rebels named in the clause before fly no aircraft: the air strike is not carried over to them
        (
            "سيطرت فصائل المعارضة على بلدة حريتان أمس، فيما قتل خمسة مدنيين في قصف جوي على قرية حيان.",
            [("Non-state actor overtakes territory", "SYRREB", "حريتان"), ("Air/drone strike", None, "حيان")],
        ),
        # … and one named with the strikes is what they hit
        (
            "وأرغمت الغارات الجوية حزب العمال الكردستاني على إخلاء مواقعه في جبال قنديل أمس.",
            [("Air/drone strike", None, "جبال قنديل")],
        ),
        # a crowd nobody names is ACLED's Protesters (Country); a sentence-opening verb (خرج) is no town
        (
            "خرج آلاف المتظاهرين في مدينة إدلب أمس احتجاجا على القصف.",
            [("Peaceful protest", "SYROPP", "إدلب")],
        ),
        # a crowd facing the forces, then broken up with tear gas: one demonstration, a riot (ACLED: a crowd that
        # fought the forces riots, whatever the forces did)
        (
            "اندلعت أمس مواجهات بين قوات الأمن التركية ومتظاهرين في منطقة غازي عثمان باشا في إسطنبول. واستخدم "
            "الأمن القنابل المسيلة للدموع لتفريق المتظاهرين الذين احتجوا على العمليات العسكرية.",
            [("Violent demonstration", "TUROPP", "إسطنبول")],
        ),
        # the crowd goes on only with its protest: what it demands is no act of its own
        (
            "تظاهر المئات في مدينة اللاذقية أمس مطالبين باعتقال قاتل العقيد، وقد تم اعتقال المتهم في قرية كلماخو.",
            [("Peaceful protest", "SYROPP", "اللاذقية"), ("Arrests", None, "كلماخو")],
        ),
    ],
)
def test_crowds_and_sides_driven_out(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place") == expected


def test_a_plural_conflict_verb_has_its_subject_in_it(pipeline: Pipeline) -> None:
    # "واستهدفوا قوات النظام": the side after the verb is the target, the doers are the ones told before
    text = "تقدم مقاتلو المعارضة نحو بلدة الفوعة أمس، واستهدفوا قوات النظام في بلدة كفريا بالصواريخ."
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "place")
    assert ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL", "كفريا") in rows


def test_a_plural_verb_has_its_subject_in_it(pipeline: Pipeline) -> None:
    # "وطالبوا الحوثيين …" (they demanded of the Houthis): the side after the verb is whom they asked
    text = (
        "أعلن مشايخ البيضاء أنهم جزء من المقاومة الشعبية، وطالبوا الحوثيين بالانسحاب من المحافظة بشكل نهائي."
    )
    events = _political(_extract(pipeline, text))
    assert [(e.plover_type, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        ("REQUEST", "YEMUAF", "YEMREB")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma between the verb with its subject and the object: the subject is the agent, not the side whose
        # vehicle was hit
        (
            "وأعطبت الفصائل المعارضة، آلية لقوات النظام بصاروخ موجه في بلدة المنصورة أمس.",
            [("Shelling/artillery/missile attack", "SYRREB", "المنصورة")],
        ),
        (
            "وكان طيران التحالف العربي، مساء أمس أكثر من 40 غارة جوية على مواقع للحوثيين في محافظة صعدة.",
            [("Air/drone strike", "SAUMIL", "صعدة")],
        ),
        # … not when the clause after opens with a particle: what was said is another's act
        (
            "وقال الجيش السوري، إن مسلحين قصفوا بلدة كفرنبودة أمس.",
            [("Shelling/artillery/missile attack", None, "كفرنبودة")],
        ),
    ],
)
def test_a_comma_between_the_subject_and_its_object(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # barrel bombs are the regime's, whoever's aircraft were named before
        (
            "وشنت المقاتلات التركية غارات على مواقع لتنظيم داعش في ريف الرقة أمس. كما قتلت سيدة وثلاثة من أطفالها "
            "جراء قصف ببرميلين متفجرين من الطيران المروحي على حي الميسر بمدينة حلب.",
            [
                ("Air/drone strike", "TURMIL", "SYRREB", "الرقة", 0),
                ("Air/drone strike", "SYRMIL", "SYRCVL", "الميسر", 4),
            ],
        ),
        # a group in quotes takes the country named after it
        (
            "وقصفت المقاتلات التركية أمس مواقع لتنظيم «داعش» في سوريا.",
            [("Air/drone strike", "TURMIL", "SYRREB", "سوريا", 0)],
        ),
        # Turkish jets on IS in Syria (no town named) are not a summary of the regime's strike on Daraa told after
        (
            "وشنت المقاتلات التركية أمس غارات على مواقع لتنظيم داعش. وفي سياق آخر، ألقت طائرات النظام السوري "
            "براميل متفجرة على مدينة درعا أمس.",
            [
                ("Air/drone strike", "TURMIL", "SYRREB", None, 0),
                ("Air/drone strike", "SYRMIL", None, "درعا", 0),
            ],
        ),
        # an air strike told without place or side sums up the strikes told later, not the rebels' shelling
        (
            "سيطرت فصائل المعارضة على مواقع قرب بلدة الفوعة أمس، في حين قتل عشرات المدنيين في قصف جوي لمناطق في "
            "شمال سوريا. وقصفت فصائل المعارضة بلدة كفريا أمس. وقتل 15 مدنيا في غارات للطيران الحربي السوري على بلدة "
            "الغارية بريف درعا أمس.",
            [
                ("Non-state actor overtakes territory", "SYRREB", None, "الفوعة", 0),
                ("Shelling/artillery/missile attack", "SYRREB", None, "كفريا", 0),
                ("Air/drone strike", "SYRMIL", "SYRCVL", "الغارية", 15),
            ],
        ),
        # in a report on Yemen, the border guards the Saudi interior ministry mourns are Saudi forces
        (
            "وقتل عشرة من المتمردين الحوثيين في غارات للتحالف على مدينة صعدة أمس. وأعلنت الداخلية السعودية عن "
            "استشهاد ثلاثة من عناصر حرس الحدود في منطقة جازان، نتيجة تعرضهم لقذائف من الأراضي اليمنية.",
            [
                ("Air/drone strike", "INTMIL", "YEMREB", "صعدة", 10),
                ("Shelling/artillery/missile attack", None, "SAUMIL", "جازان", 3),
            ],
        ),
    ],
)
def test_whose_forces_when_several_states_act(pipeline: Pipeline, text: str, expected: list) -> None:
    assert (
        _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "place", "fatalities")
        == expected
    )


def test_what_faces_the_place_told_is_not_where_it_was(pipeline: Pipeline) -> None:
    text = (
        "وقتلت المعارضة 15 جنديا نظاميا أمس في معارك في محيط مدينة داريا، وقالت إنها صدت محاولات قوات النظام "
        "لاستعادة المواقع التي خسرتها في الأحياء الشمالية من المدينة، والتي يقابلها مطار المزة العسكري."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place", "fatalities") == [
        ("Armed clash", "داريا", 15)
    ]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # another source's higher count of the same dead: the lower figure stands
        (
            "وقتل مدنيون في قصف جوي على بلدة سرمين أمس، وقد أعلنت السلطات المحلية عن ستة قتلى من السكان، "
            "فيما تحدثت وسائل إعلام معارضة عن سقوط تسعة قتلى.",
            6,
        ),
        # and its lower count replaces the higher one
        (
            "وقتل عشرة أشخاص في قصف جوي على بلدة سرمين أمس بحسب ناشطين، بينما ذكرت مصادر طبية أن سبعة قتلى "
            "وصلوا إلى المستشفى.",
            7,
        ),
        # the other account told with a verb of dying of its own (لقيا حتفهما)
        (
            "أكدت مصادر مقربة من الحزب سقوط ستة قتلى من عناصر حزب الله أمس في مدينة الزبداني، فيما زعمت قيادة"
            " الحزب أن عنصرين فقط لقيا حتفهما في المعارك.",
            2,
        ),
        # a source told as another ("مصادر أخرى") gives its own account, opened by و alone
        (
            "قتل خمسة عناصر من الشرطة في هجوم على حاجز قرب مدينة الشيخ زويد أمس، وقالت مصادر أخرى إن ثمانية"
            " من أفراد الشرطة قتلوا.",
            5,
        ),
        (
            "قتل ستة مدنيين في قصف على بلدة تفتناز أمس، وذكرت مصادر طبية أخرى أن تسعة مدنيين قتلوا في القصف.",
            6,
        ),
    ],
)
def test_two_accounts_of_the_same_dead(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [fatalities]


@pytest.mark.parametrize(
    "text",
    [
        # the act just told, ranked among others of its kind, is no other act (nor is the truce's day its date)
        "وأفادت وكالة الأنباء بأن انتحاريا اقتحم بجرار مفخخ صباح أمس مركزا للدرك في محيط مدينة دوغوبيازيد. "
        "وهو أول هجوم من نوعه منذ سقوط الهدنة بين المتمردين الأكراد والجيش التركي قبل عشرة أيام.",
    ],
)
def test_an_act_ranked_among_its_kind_is_the_one_told(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == ["Suicide bomb"]


@pytest.mark.parametrize(
    "text",
    [
        "وانفجرت عبوة ناسفة قرب حاجز للشرطة في مدينة ديار بكر أمس. وهو ثاني هجوم من نوعه يستهدف الشرطة خلال أسبوع.",
        # the time an act is ranked against is no tally's span
        "وقتل جنديان في تفجير عبوة ناسفة بدورية للجيش في مدينة العريش أمس، وهو أعنف هجوم على الجيش منذ بداية الشهر.",
        "وقتل جنديان في تفجير عبوة ناسفة بدورية للجيش في مدينة العريش أمس، وهو الهجوم الأعنف منذ بداية الشهر.",
    ],
)
def test_a_bombing_ranked_among_its_kind_is_one_event(pipeline: Pipeline, text: str) -> None:
    assert [e.sub_event_type for e in _conflict(_extract(pipeline, text))] == [
        "Remote explosive/landmine/IED"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sides of a summary told without place fill those its detail lacks
        (
            "قتل عشرون عنصرا من تنظيم داعش أمس في غارات شنتها طائرات التحالف الدولي على مواقعه في سوريا. وقتل "
            "ثلاثة عناصر في غارة جوية على مدينة الحسكة.",
            [("Air/drone strike", "INTMIL", "SYRREB", "الحسكة")],
        ),
        (
            "وأسفرت ثلاث غارات لطائرات التحالف الدولي على مواقع تنظيم داعش في سوريا أمس عن مقتل 9 من عناصره. "
            "واستهدفت غارة جوية مقرا في مدينة الحسكة ما أدى إلى مقتل أربعة عناصر.",
            [("Air/drone strike", "INTMIL", "SYRREB", "الحسكة")],
        ),
    ],
)
def test_a_summary_gives_its_sides_to_its_detail(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "place") == expected


def test_air_strikes_across_a_country_sum_up_no_shelling_at_a_town(pipeline: Pipeline) -> None:
    # the coalition's air strikes across Iraq are an act of their own (aircraft: an air strike, ACLED), not a
    # summary of the Iraqi army's rocket shelling of a quarter told after (and the army that shelled, named
    # among the summary's doers, is not what it shelled)
    text = (
        "قتل وجرح عشرات من عناصر داعش بغارات طائرات التحالف الدولي، والجيش العراقي على مواقع التنظيم في "
        "أنحاء العراق أمس. وقصف الجيش العراقي براجمات الصواريخ حي الأندلس في الفلوجة."
    )
    events = _conflict(_extract(pipeline, text))
    assert _rows(events, "sub", "actor1", "place", "fatalities") == [
        ("Air/drone strike", "INTMIL", "العراق", 3),  # ('dozens killed and wounded' = 3, at the first place)
        ("Shelling/artillery/missile attack", "IRQMIL", "الأندلس", 0),
    ]
    assert events[1].actor2 is None


def test_a_shelling_by_tanks_is_no_retelling_of_air_strikes_told_before(pipeline: Pipeline) -> None:
    # the tanks' shells told after the air strikes are a shelling of their own: the strikes keep their place
    text = (
        "شنت مقاتلات تركية أمس أولى غاراتها على مواقع لتنظيم داعش في سوريا، بعد يوم من هجوم شنه مسلحون على مركز "
        "حدودي للجيش التركي في مدينة كيليس. وأطلقت دبابات الجيش التركي أمس عدة قذائف على مواقع التنظيم."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place") == [
        ("Air/drone strike", "TURMIL", "سوريا"),
        ("Shelling/artillery/missile attack", "TURMIL", None),
    ]


def test_the_attack_told_again_at_a_town_of_the_region_is_the_one_attack(pipeline: Pipeline) -> None:
    # "الهجوم" at a village of the region the attack was first placed at only: one attack, one dead, at the village
    text = (
        "أدان وزير الخارجية مقتل رجل مسن في هجوم على منزله بالضفة الغربية. وقال الوزير إن الهجوم عمل جبان. "
        "وقتل الرجل كما أصيبت زوجته في الهجوم على منزلين في قرية سنجل قرب رام الله."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place", "fatalities") == [
        ("Armed clash", "سنجل", 1)
    ]


def test_a_death_told_by_the_month_is_the_one_of_the_strike_told_on_a_day_of_it(pipeline: Pipeline) -> None:
    # "قتل هذا الشهر" then "الغارة … في الخامس من الشهر الجاري": one strike, its one dead, on its day
    text = (
        "أعلن الجيش الأمريكي مقتل قيادي بارز في تنظيم القاعدة في غارة جوية أمريكية في سوريا. وذكر بيان للجيش أن "
        "القيادي قتل هذا الشهر قرب بلدة الدانا. وأوضح البيان أن الغارة استهدفت القيادي أثناء تنقله بسيارة في "
        "الخامس من الشهر الجاري."
    )
    events = _conflict(_extract(pipeline, text))
    assert _rows(events, "sub", "place", "fatalities") == [("Air/drone strike", "الدانا", 1)]
    assert events[0].event_date == WED.replace(day=5).isoformat()


def test_a_series_told_for_another_day_sums_up_no_later_strike(pipeline: Pipeline) -> None:
    # the series of the night before, with no place, is not the strike "later" at a town: two days' acts
    text = (
        "شن الطيران الحربي التركي ليلة أول من أمس سلسلة غارات على القواعد الخلفية للمسلحين الأكراد، فيما قصفت "
        "المدفعية التركية فجر أمس مواقع قرب الحدود. وفي وقت لاحق قصفت مقاتلات تركية أهدافا للمسلحين في بلدة زاخو."
    )
    strikes = [e for e in _conflict(_extract(pipeline, text)) if e.sub_event_type == "Air/drone strike"]
    assert [(e.place.name_ar if e.place else None, e.date.iso()) for e in strikes] == [
        (None, (WED - dt.timedelta(days=2)).isoformat()),
        ("زاخو", (WED - dt.timedelta(days=1)).isoformat()),
    ]


def test_a_noun_of_an_act_with_its_pronoun_has_its_doer_in_it(pipeline: Pipeline) -> None:
    # "وطرده قوات النظام": its (the group's) driving out of the regime's forces — they are the ones driven out
    text = "وخطف تنظيم داعش أمس 20 مدنيا غداة سيطرته على مدينة القريتين في محافظة حمص وطرده قوات النظام منها."
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2")
    assert ("Non-state actor overtakes territory", "SYRREB", "SYRMIL") in rows
    assert not any(sub == "Government regains territory" for sub, _, _ in rows)


def test_the_country_named_beats_the_nationality_of_the_victims(pipeline: Pipeline) -> None:
    # Palestinian refugees in Syria: the camp named after a Syrian town is in Syria
    text = "وقتل ثلاثة من اللاجئين الفلسطينيين أمس في قصف لقوات النظام على مخيم درعا جنوب سوريا."
    (event,) = _conflict(_extract(pipeline, text))
    assert event.place is not None and (event.place.name, event.place.country) == ("Dar‘ā", "SYR")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rebels and jihadists named without the article, as the subject of the act
        ("وقتل أربعة جنود يمنيين في كمين نصبه متمردون في محافظة الضالع أمس.", [("YEMREB", "YEMMIL")]),
        ("وهاجم جهاديون مركزا حدوديا للجيش التركي في مدينة كلس أمس.", [("TURREB", "TURMIL")]),
        # the Sahwa, Iraq's Sunni tribal militia paid by the state
        (
            "وقتل عنصران من قوات الصحوة بانفجار عبوة ناسفة في قضاء أبو غريب غربي بغداد أمس.",
            [(None, "IRQUAF")],
        ),
        # the dead and the hurt of a side are its losses
        (
            "وأفادت مصادر بسقوط قتلى وجرحى من الحوثيين أمس في اشتباكات مع المقاومة الشعبية في مديرية أرحب.",
            [("YEMUAF", "YEMREB")],
        ),
    ],
)
def test_insurgents_named_without_the_article(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2") == expected


def test_the_tags_under_a_story_are_no_report(pipeline: Pipeline) -> None:
    text = "وقالت الحكومة إن طائرات التحالف قصفت مواقع في الرقة أمس. سمات تركيا داعش سلاح الجو سوريا قصف"
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place") == [("Air/drone strike", "الرقة")]


def test_the_act_someone_is_blamed_for_is_the_one_told(pipeline: Pipeline) -> None:
    text = (
        "قتل 32 شخصا في هجوم انتحاري في بلدة سروج التركية يوم الاثنين. وأقالت صحيفة تركية الأربعاء أحد محرريها "
        "بعد تغريدة أوحى فيها بمسؤولية الرئيس التركي في الهجوم الانتحاري."
    )
    (event,) = _conflict(_extract(pipeline, text))
    assert (event.sub_event_type, event.place.name_ar if event.place else None) == ("Suicide bomb", "سروج")
    # the evidence of the act is its report, not the blame
    assert [ev.text for ev in event.evidence if ev.role == "trigger"] == ["هجوم انتحاري"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the shelling just told, named again with the article where it hit, is the same side's
        (
            "ولم تجد فلول التمرد سوى شن حملة قصف عشوائي على الأحياء السكنية في تعز أمس. حيث استهدف القصف أحياء "
            "كلابة والموشكي والروضة.",
            {("YEMREB",)},
        ),
        (
            "قتل 18 مدنيا أمس إثر سقوط صاروخ أطلقته قوات النظام السوري على حي المغاير في حلب. وأدى الصاروخ إلى "
            "تدمير عدد من المنازل.",
            {("SYRMIL",)},
        ),
    ],
)
def test_the_act_named_again_is_the_same_sides(pipeline: Pipeline, text: str, expected: set) -> None:
    assert set(_rows(_conflict(_extract(pipeline, text)), "actor1")) == expected


def test_the_side_named_after_that_is_the_subject_of_the_verb_clauses_later(pipeline: Pipeline) -> None:
    text = (
        "وأضاف المركز الإعلامي للمقاومة في بيان أن طائرات التحالف العربي الذي تقوده المملكة، لردع المتمردين "
        "الحوثيين، ودعم الشرعية الدستورية، شنت غارات مكثفة صباح أمس على مواقع التمرد حول مدينة تعز."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2") == [
        ("Air/drone strike", "SAUMIL", "YEMREB")
    ]


def test_one_side_or_another_is_no_pair_of_sides(pipeline: Pipeline) -> None:
    # "نفذه الجيش السوري او التحالف": who did it is one or the other, the other is no target (nor a battle's side
    # for the battles told later without theirs)
    text = (
        "وقتل ستة من عناصر تنظيم داعش أمس في غارة جوية قرب مدينة الحسكة. ولم يعرف ما إذا كان الهجوم الجوي نفذه "
        "الجيش السوري أو التحالف الذي تقوده الولايات المتحدة."
    )
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "actor2")
    assert rows == [("Air/drone strike", "SYRREB")]


def test_the_side_named_doing_it_leads_a_battle_told_without_sides(pipeline: Pipeline) -> None:
    text = (
        "واندلعت اشتباكات بين فصائل المعارضة وقوات النظام في مدينة الزبداني أمس. واستمرت الاشتباكات على محور "
        "معمل بقين، حيث لم تستطع ميليشيا حزب الله وجيش النظام التقدم نحو البلدة."
    )
    rows = _rows(_conflict(_extract(pipeline, text)), "place", "actor1", "actor2")
    assert ("بقين", "SYRMIL", "SYRREB") in rows


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # "قياديين آخرين" with the one named: two more (a dual, the conservative reading of the plural too)
        (
            "أفادت مصادر بمقتل القيادي أبو عبدالله الحوثي برفقة قياديين آخرين في المواجهات في محافظة مأرب أمس.",
            3,
        ),
        # a run-in heading before the body's opener ("من جهته") has no dead of its own
        (
            "وتواصلت المعارك في ريف اللاذقية. مقتل قياديين دواعش من جهته، قال المرصد إن ثلاثة عناصر من تنظيم داعش "
            "قتلوا في غارة جوية قرب مدينة الحسكة أمس.",
            3,
        ),
    ],
)
def test_leaders_counted_and_a_heading_run_in(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert sum(e.fatalities for e in _conflict(_extract(pipeline, text))) == fatalities


def test_a_clause_goes_on_in_the_past_year_the_one_before_names(pipeline: Pipeline) -> None:
    from rasad.assemble.conflict import _in_a_past_year

    text = (
        "وتسعى المقاومة للسيطرة على الطريق التي سبق واستخدمتها قوات صالح في حرب صيف عام 1994، في حربها ضد "
        "الجنوب وسيطرتها على عدن، وقد قامت قوات التحالف أمس بتنفيذ سلسلة غارات مكثفة على مواقع الحوثيين في "
        "مديرية لودر."
    )
    doc = pipeline.make_doc(Article(id="t", text=text, published=dt.date(2015, 7, 21)))
    past = [_in_a_past_year(doc, c) for c in doc.clauses]
    # the year's clause, the one going on in it, not the strikes told with a day of their own
    assert past == [True, True, False]
    rows = _rows(_conflict(_extract(pipeline, text)), "sub", "place")
    assert rows == [("Air/drone strike", "لودر")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # officials of a side who tell of another's act did not do it: the act is the Jewish extremists' (the
        # settlers' militia, ISRUAF), not the police's (ISRMIL)
        (
            "قال مسؤولون من شرطة الاحتلال الإسرائيلي إن من يشتبه بأنهم متطرفون يهود أضرموا النيران في منزل في "
            "قرية دوما بالضفة الغربية مما أدى إلى مقتل طفل فلسطيني اليوم.",
            [("Attack", "ISRUAF")],
        ),
        # strikes a side is allowed to launch are no strikes
        (
            "وقال مسؤولون إن الولايات المتحدة قررت السماح بغارات جوية للمساعدة في صد أي هجوم ضد قوات المعارضة.",
            [],
        ),
        (
            "وذكرت صحيفة أمريكية أن تركيا وافقت على السماح للجيش الأمريكي بشن ضربات جوية ضد تنظيم داعش من قاعدة "
            "إنجرليك.",
            [],
        ),
    ],
)
def test_officials_telling_and_strikes_allowed(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arrests told without a side, in a state that polices its land: its police
        (
            "وذكرت وكالة أنباء دوجان أن ستة أشخاص على الأقل اعتقلوا في مدينة ديار بكر أمس.",
            [("Arrests", "TURMIL")],
        ),
        ("وتم توقيف عشرة أشخاص في مدينة بعقوبة أمس.", [("Arrests", "IRQMIL")]),
        # not where armed groups hold towns and arrest too
        ("واعتقل عشرة أشخاص في مدينة إدلب أمس.", [("Arrests", None)]),
        # its websites stopped, no one arrested
        ("وقالت الحكومة التركية إنها أوقفت مواقعه الإلكترونية في مدينة سروج أمس.", []),
    ],
)
def test_who_arrests_when_no_one_is_named(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1") == expected


def test_acts_in_whose_wake_something_came_are_background(pipeline: Pipeline) -> None:
    text = (
        "أوقفت الشرطة التركية 251 شخصا في إسطنبول أمس. وجرت التوقيفات في أعقاب هجمات عنيفة استهدفت مدنيين في "
        "مدينة سروج."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place") == [("Arrests", "إسطنبول")]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the counted dead a verb of killing takes after the doer, the place and the day
        ("قتل في القصف على مدينة إدلب أمس خمسة مدنيين.", 5),
        ("قتلت نيران الهاون في منطقة دار سعد أمس ثلاثة مدنيين.", 3),
        ("قتلت نيران الهاون في منطقة دار سعد أمس عشرات من المدنيين بينهم أطفال.", 12),
        # one named and others with him
        ("وتمكنت القوات أمس من قتل أبو قتادة المغربي و21 مسلحا آخرين من تنظيم داعش في معارك قرب بعقوبة.", 22),
        # a dual, the last word of the phrase, after the doer and the day
        ("قتل مسلحو حزب العمال الكردستاني أمس شرطيين تركيين في بلدة جيلان بينار.", 2),
        ("قتل مسلحون من حزب العمال الكردستاني في كمين نصبوه أمس جنديين تركيين.", 2),
    ],
)
def test_the_dead_a_verb_of_killing_counts_further_on(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [fatalities]


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the toll and the number it reached further on
        ("وقالت المصادر إن حصيلة القتلى جراء القصف على مدينة حلب أمس بلغت 12 شخصا.", [12]),
        # … thousands of them: a war's tally, no event
        (
            "وذكر المرصد في تقريره أن حصيلة القتلى في صفوف مقاتلي المعارضة في سورية بلغت 42 ألفا و384 شخصا.",
            [],
        ),
    ],
)
def test_the_number_a_toll_reached(pipeline: Pipeline, text: str, fatalities: list[int]) -> None:
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == fatalities


@pytest.mark.parametrize(
    "text",
    [
        # a campaign named for the ground it means to take is fighting, no change of hands
        "وأعلنت فصائل الجبهة الجنوبية أمس استئناف معركة تحرير درعا بعد شهر من هجوم مماثل على المدينة.",
        "ودارت أمس معارك تطهير القاطع الشرقي لمدينة الرمادي بين القوات العراقية وتنظيم داعش.",
    ],
)
def test_a_campaign_named_for_its_aim_is_fighting(pipeline: Pipeline, text: str) -> None:
    subs = {e.sub_event_type for e in _conflict(_extract(pipeline, text))}
    assert subs and subs <= {"Armed clash"}


@pytest.mark.parametrize(
    "text",
    [
        # pictures relating to an attack are about it, no other attack
        "وقال مسؤول إن تركيا سترفع الحظر على تويتر بعد محو الموقع صورا تتعلق بهجوم انتحاري اتهمت السلطات التنظيم بارتكابه.",
        # ground taken by no one named at no place named is no change of hands
        "ومنعت الحكومة الدخول إلى الحدائق العامة أمس.",
    ],
)
def test_no_act_in_what_relates_to_one_nor_in_ground_of_no_one(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # bombs made, stored, fitted or tied on are things, not blasts
        "وقالت المصادر إن القوات دمرت معملا لتجميع العبوات الناسفة في مدينة الرمادي أمس.",
        "وقال المصدر إن عناصر التنظيم قاموا بربط أحزمة ناسفة حول الحيوانات في مدينة الفلوجة أمس.",
        "وأعلنت الشرطة ضبط شاحنة محملة بالعبوات الناسفة عند حاجز في مدينة كركوك أمس.",
        # … and a bomb seized is neither a blast nor an arrest
        "وضبطت الشرطة أمس عبوة ناسفة في منزل بمدينة كركوك.",
        # the areas of the fighting are where it goes on, no day's fight
        "وقال البيان إن القوات الأمنية تقاتل في جميع مناطق القتال ضد تنظيم داعش.",
    ],
)
def test_no_blast_in_bombs_handled_nor_fight_in_its_areas(pipeline: Pipeline, text: str) -> None:
    assert [
        e.sub_event_type
        for e in _conflict(_extract(pipeline, text))
        if e.event_type in ("Explosions/Remote violence", "Battles") or e.sub_event_type == "Arrests"
    ] == []


def test_bombs_seized_by_their_noun_are_disrupted(pipeline: Pipeline) -> None:
    text = "وأعلنت الشرطة ضبط عبوات ناسفة في منزل بمدينة كركوك أمس."
    assert _rows(_conflict(_extract(pipeline, text)), "sub") == [("Disrupted weapons use",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of another province, told before the item the strike opens, are not the strike's
        (
            "قتل ثلاثة من الحوثيين في محافظة البيضاء أمس، في حين شن طيران التحالف غارات على معاقل المتمردين في "
            "مأرب.",
            [("Air/drone strike", 0)],
        ),
        # … those of the same province are
        (
            "قتل ثلاثة من الحوثيين في مدينة مأرب أمس، في حين شن طيران التحالف غارات على معاقل المتمردين في "
            "صرواح.",
            [("Air/drone strike", 3)],
        ),
    ],
)
def test_the_dead_of_another_province_before_a_new_item(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the soldiers a bombing's result clause counts are the side it hit
        (
            "واقتحم انتحاري بسيارة مفخخة نقطة تفتيش في بلدة القطن أمس، ما أدى إلى مقتل 9 جنود.",
            [("Suicide bomb", None, "YEMMIL", 9)],
        ),
        # the leader forces are named for is no side of his own; the side a source holds responsible did it
        (
            "قتل تسعة جنود من القوات الموالية للرئيس اليمني عبدربه منصور هادي أمس في هجوم بسيارة مفخخة في بلدة "
            "القطن، على ما أعلن مصدر عسكري محملا تنظيم القاعدة المسؤولية.",
            [("Remote explosive/landmine/IED", "YEMREB", "YEMMIL", 9)],
        ),
        (
            "وانفجرت سيارة مفخخة قرب حاجز للجيش في مدينة عدن أمس، وحملت السلطات تنظيم القاعدة مسؤولية الهجوم.",
            [("Remote explosive/landmine/IED", "YEMREB", "YEMMIL", 0)],
        ),
    ],
)
def test_who_was_hit_and_who_is_held_responsible(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # policemen and security men named as such (ضابطي شرطة، رجلا أمن، ضابط شرطة) are the state's forces
        (
            "وعثر أمس على ضابطي شرطة مقتولين بطلقات نارية في منزلهما ببلدة جيلان بينار.",
            [("Armed clash", None, "TURMIL", 2)],
        ),
        ("وقتل رجلا أمن برصاص مسلحين مجهولين في مدينة عدن أمس.", [("Armed clash", None, "YEMMIL", 2)]),
        (
            "واغتال مسلحون مجهولون ضابط شرطة أمام منزله في مدينة درنة أمس.",
            [("Armed clash", None, "LBYMIL", 1)],
        ),
    ],
)
def test_policemen_named_as_such(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the dead counted right before the verb; the number after a conjunction is another clause's
        ("وقال الناطق إن خمسة جنود قتلوا وإن ستة آخرين أصيبوا عندما تعرضوا لهجوم في مدينة بنغازي أمس.", 5),
        ("وقال مسؤول إن خمسة جنود قتلوا وفقد 15 آخرون عندما هاجم مسلحون نقطة تفتيش في أجدابيا أمس.", 5),
        # the dead told as others besides those counted before are more dead
        (
            "هاجم مسلحون من تنظيم داعش أمس نقطة تفتيش على مشارف أجدابيا فقتلوا خمسة جنود. وقتل جنديان آخران "
            "عندما أرسلت الحكومة تعزيزات.",
            7,
        ),
        # a group counted with its side, then another group's count: both are dead
        (
            "وقتل عنصران من حزب الله اللبناني وثلاثة من اللجان الشعبية في غارة إسرائيلية على بلدة الحضر أمس.",
            5,
        ),
        ("وقتل عنصران من الجيش و3 مدنيين في قصف على مدينة درعا أمس.", 5),
    ],
)
def test_the_dead_of_the_verb_and_the_others_besides(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [fatalities]


def test_the_attacks_told_again_at_the_city_of_the_quarter_hit(pipeline: Pipeline) -> None:
    # the shelling of a quarter, then "the attacks" of that day in its city, by their doer: one event
    text = (
        "وقالت وزارة الصحة إن 43 شخصا قتلوا في قصف بالصواريخ نفذه الحوثيون على منطقة دار سعد بمدينة عدن يوم 19 "
        "يوليو. وقال سكان إن الهجمات التي وقعت في عدن يوم 19 يوليو نفذها الحوثيون."
    )
    events = _conflict(_extract(pipeline, text, dt.date(2015, 7, 31)))
    assert _rows(events, "sub", "actor1", "fatalities") == [
        ("Shelling/artillery/missile attack", "YEMREB", 43)
    ]


def test_a_governorate_lead_and_the_one_village_it_was(pipeline: Pipeline) -> None:
    # the lead's strikes on an unnamed village of the governorate, then the village named (the gazetteer
    # lacks it): one strike, the lead's toll
    text = (
        "قتل 12 شخصا أمس في غارات جوية نفذها الجيش السوري على قرية في محافظة حلب. وقال المرصد إن الطيران "
        "السوري ألقى براميل متفجرة صباح أمس على قرية قصر البريج."
    )
    events = _conflict(_extract(pipeline, text))
    assert _rows(events, "sub", "place", "fatalities") == [("Air/drone strike", "قصر البريج", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a governorate's dead, then its strikes told at two villages, neither counting dead: the first named's
        (
            "قتل تسعة مدنيين امس في غارات لطيران التحالف على محافظة صعدة. وقالت مصادر ان غارات التحالف "
            "استهدفت امس منازل في قريتي الشعف والمحاذر.",
            [("الشعف", 9), ("المحاذر", 0)],
        ),
        # … and so at two areas the gazetteer lacks, told after it
        (
            "لقي 17 متمردا مصرعهم امس خلال اشتباكات دارت في مناطق مختلفة بمحافظة مأرب. وقالت مصادر إن مواجهات "
            "عنيفة اندلعت امس بعد أن حاول الحوثيون التقدم في منطقتي الرويك والعرشان.",
            [("الرويك", 17), ("العرشان", 0)],
        ),
        # soldiers killed in a governorate, then the ambush told at an area of it the gazetteer lacks, a
        # militant killed there: one battle at the area, the dead of both sides
        (
            "اعلن الجيش العراقي مقتل اربعة جنود امس حين فتح مسلحون من تنظيم داعش النار على دورية عسكرية في "
            "محافظة الانبار. واشار الجيش الى ان المسلحين نصبوا كمينا للدورية على طريق في منطقة الحصوة الغربية "
            'في محافظة الانبار، مشيرا الى ان "ارهابيا" قتل في الاشتباكات.',
            [("الحصوة الغربية", 5)],
        ),
    ],
)
def test_a_governorate_toll_goes_to_the_first_of_its_places(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    events = _conflict(_extract(pipeline, text, dt.date(2015, 7, 25)))
    assert _rows(events, "place", "fatalities") == expected


def test_the_dead_told_one_by_one_are_no_more_dead(pipeline: Pipeline) -> None:
    text = (
        "وتقدمت قوات النظام أمس داخل مدينة الزبداني. وتسببت المعارك المتواصلة منذ بدء الحملة بمقتل أكثر من 80 "
        "مقاتلا. والقتلى هم 21 من حزب الله و62 من مقاتلي المعارضة."
    )
    assert sum(e.fatalities for e in _conflict(_extract(pipeline, text))) == 0


def test_attacks_told_in_sum_then_one_by_one(pipeline: Pipeline) -> None:
    # the attacks on a city summed up, then each bombing at its quarter adding up to them: the bombings
    # (and the officer telling of one is no side it hit)
    text = (
        "قتل 21 شخصا على الأقل أمس في هجمات استهدفت مناطق في بغداد. وقال ضابط في الشرطة إن 16 شخصا قتلوا في "
        "تفجير سيارة مفخخة في منطقة البياع. إلى ذلك، قتل خمسة أشخاص في تفجير عبوة ناسفة في منطقة الشعب."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor2", "fatalities") == [
        ("Remote explosive/landmine/IED", "IRQCVL", 16),
        ("Remote explosive/landmine/IED", "IRQCVL", 5),
    ]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the place a side is named with is its branch's; where the act was is the place named with the act
        ("طردت المقاومة الشعبية في تعز ميليشيات الحوثيين من مديرية مشرعة وحدنان بشكل كامل أمس.", "مشرعة"),
        ("وقالت مصادر إن المقاومة الشعبية في مأرب هاجمت أمس مواقع الحوثيين في صرواح.", "صرواح"),
        # … and the place of the side hit is where it was hit
        ("وقالت مصادر إن المقاومة الشعبية هاجمت أمس مواقع الحوثيين في صرواح.", "صرواح"),
        # with no other place, the side's is the act's
        ("وقالت مصادر إن المقاومة الشعبية في مأرب هاجمت أمس مواقع الحوثيين.", "مأرب"),
    ],
)
def test_the_place_a_side_is_named_with(pipeline: Pipeline, text: str, place: str) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "place") == [(place,)]


def test_a_minister_met_is_no_abductor(pipeline: Pipeline) -> None:
    text = (
        "وأدان المبعوث الأممي عقب لقائه بوزير الخارجية الإيطالي في روما أمس اختطاف أربعة موظفين إيطاليين في "
        "مدينة زوارة الليبية."
    )
    (event,) = _conflict(_extract(pipeline, text))
    assert (event.sub_event_type, event.actor1) == ("Abduction/forced disappearance", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in an article about Syria, the Islamic State's positions "in Syria" the Turkish army shelled are Syria's
        (
            "قصفت طائرات النظام السوري مدينة حلب أمس. وقصفت دبابات تركية أمس مواقع داعش في سوريا بعد إطلاق نيران "
            "منها أدى إلى مقتل جندي تركي في مدينة كيليس.",
            # (in Syria, not at the Turkish town of the fire it answered)
            [("SYR", "Air/drone strike", None), ("SYR", "Shelling/artillery/missile attack", "SYRREB")],
        ),
        # Kobani is the Kurdish name of عين العرب, the town the gazetteer holds
        (
            "وانفجرت سيارة مفخخة أمس عند حاجز لوحدات حماية الشعب في جنوب مدينة كوباني.",
            [("SYR", "Remote explosive/landmine/IED", "SYRREB")],
        ),
        # one town under its two names is one place: one blast
        (
            "انفجرت سيارة مفخخة في مدينة عين العرب أمس عند حاجز لوحدات حماية الشعب. وقال المرصد إن انتحاريا من "
            "تنظيم داعش فجر نفسه بسيارة مفخخة في كوباني أمس.",
            [("SYR", "Suicide bomb", None)],
        ),
        # what the coming days will see has not happened
        (
            "ولفت القائد إلى أن الأيام القليلة القادمة ستشهد رفع العلم فوق المجمع الحكومي وسط الرمادي وتدمير "
            "معاقل داعش وسحق فلولهم وتحرير المدينة من فكرهم.",
            [],
        ),
    ],
)
def test_kobani_one_town_and_acts_not_yet_done(pipeline: Pipeline, text: str, expected: list) -> None:
    events = _conflict(_extract(pipeline, text))
    assert [
        (e.place.country if e.place else None, e.sub_event_type, e.actor2 and e.actor2.code) for e in events
    ] == (expected)


def test_a_toll_told_again_is_not_given_to_a_place_named_after(pipeline: Pipeline) -> None:
    # the dead of the fighting and the bombings told in sum, then again one side by one; the place named after
    # (a village near اعزاز) does not take them a second time
    text = (
        "قتل 28 عنصرا على الأقل من مقاتلي المعارضة وتنظيم داعش أمس اثر اشتباكات بين الطرفين وتفجيرين انتحاريين "
        "نفذهما التنظيم في ريف حلب الشمالي. وتسببت الاشتباكات والتفجيران الانتحاريان بمقتل عشرة عناصر من "
        "التنظيم و18 مقاتلا من الفصائل. ويحاول التنظيم التقدم للسيطرة على قرى قرب مدينة اعزاز."
    )
    assert sum(e.fatalities for e in _conflict(_extract(pipeline, text))) == 28


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the raids came after is an act told before (its dead counted already), no report of its own
        (
            "وبعد أربعة أيام على هجوم انتحاري دام استهدف الأراضي التركية وأودى بحياة 32 شخصا، شن سلاح الجو التركي "
            "أمس غارات على مواقع لتنظيم داعش في سوريا. وداهمت الشرطة منازل في اسطنبول أمس. وجاءت المداهمات بعد "
            "مقتل 32 شخصا في تفجير انتحاري الاثنين في بلدة تركية على الحدود السورية.",
            [("Air/drone strike", 0), ("Arrests", 0)],
        ),
        # … one the article has not told is a report of its own
        (
            "ووجه زعيم الحزب نداء أمس إلى الحكومة لوقف العنف. وجاء كلام زعيم الحزب غداة مقتل ستة أشخاص في "
            "مواجهات بين قوات الأمن التركية ومسلحين في مدينة سيلوبي.",
            [("Armed clash", 6)],
        ),
        # the soldier whose killing the shelling answered died of the fire, not of the shelling
        (
            "قصفت تركيا أمس مواقع لتنظيم داعش في سوريا ردا على مقتل أحد جنودها بإطلاق نار من قبل متطرفين.",
            [("Shelling/artillery/missile attack", 0)],
        ),
        # blasts that came after strikes told with them are the strikes'
        (
            "هزت انفجارات عنيفة فجر أمس مدينة يريم. وجاءت الانفجارات عقب قصف طيران التحالف لمعسكر للحرس الجمهوري.",
            [("Air/drone strike", 0)],
        ),
    ],
)
def test_what_an_act_came_after(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text, dt.date(2015, 7, 24))), "sub", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "فتح النار" opens fire, whatever stands between it and whom it was fired at
        (
            "وكان متطرفون فتحوا النار من سوريا على مركز حدودي للجيش التركي في كيليس أمس، ما أدى إلى مقتل ضابط صف.",
            [("Armed clash", "TURMIL", 1)],
        ),
        (
            "وذكرت وسائل إعلام محلية أن مهاجما فتح النار وأصاب شخصين خلال احتجاج في مدينة مرسين أمس.",
            [("Attack", "TURCVL", 0)],
        ),
    ],
)
def test_fire_opened(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor2", "fatalities") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a drone "without a pilot" in its other spelling, and the aircraft named alone, strike from the air
        "واستهدفت طائرة بلا طيار سيارة في مدينة مأرب أمس.",
        "وقصفت الطائرة سيارة عند مشارف مدينة درعا أمس.",
    ],
)
def test_aircraft_named_otherwise(pipeline: Pipeline, text: str) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub") == [("Air/drone strike",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead counted before an aside set off by commas are the verb's after it, of the side named with them
        ("قال مسؤول إن خمسة أشخاص، بينهم طفلان، قتلوا أمس في غارة على مدينة تعز.", [("YEMCVL", 5)]),
        (
            "قال مسؤول إن خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس في غارة على مدينة المكلا.",
            [("YEMREB", 5)],
        ),
    ],
)
def test_the_dead_counted_before_an_aside(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor2", "fatalities") == expected


def test_the_fighting_amid_which_something_happened(pipeline: Pipeline) -> None:
    # the fighting told again, as what the civilians were trapped amid, is no day's fight
    text = "وقالت المنظمة إن المدنيين في مدينة الزبداني حوصروا بشكل مأساوي وسط المعارك."
    assert _conflict(_extract(pipeline, text)) == []


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # أودى … بحياة with the act between: the dead counted after بحياة
        ("وأودى الهجوم بحياة 32 شخصا في بلدة سروج أمس.", 32),
        ("وأودت الغارة بحياة خمسة مدنيين في مدينة تعز أمس.", 5),
        ("وأودت الغارة بحياة مدني في مدينة تعز أمس.", 1),
    ],
)
def test_the_act_between_a_verb_and_the_lives_it_took(pipeline: Pipeline, text: str, fatalities: int) -> None:
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [fatalities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt told as others of a side, and the side joined to it, lost men: the ambush's owner set it
        (
            "وقتل 5 وأصيب 11 آخرين من الحوثيين وقوات صالح أمس في كمين للمقاومة استهدف 3 عربات قرب مدينة تعز.",
            [("YEMUAF", "YEMREB", 5)],
        ),
        (
            "كما لقي 12 آخرون من المتمردين مصرعهم أمس إثر انفجار عبوة ناسفة في حي الحصبة بالعاصمة اليمنية صنعاء.",
            [(None, "YEMREB", 12)],
        ),
    ],
)
def test_others_of_a_side_are_its_losses(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2", "fatalities") == expected


def test_the_aircraft_go_on_bombing_in_the_next_clause(pipeline: Pipeline) -> None:
    # (and "وادي" opens no clause: the wadi is a place of the strikes)
    text = (
        "وشن طيران التحالف أمس 6 غارات على تجمع للمتمردين في وادي خبش بمديرية المطمة في محافظة الجوف، وقصف أهدافا "
        "أخرى في همدان بمدينة الحزم عاصمة الجوف."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1") == [
        ("Air/drone strike", "INTMIL"),
        ("Air/drone strike", "INTMIL"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb of waging before its subject: the side after مع is the one fought
        ("خاضت قوات النظام اشتباكات مع الثوار في بلدة مورك أمس.", [("SYRMIL", "SYRREB")]),
        ("وخاض مقاتلو الجيش الحر معارك عنيفة مع قوات النظام في حي جوبر أمس.", [("SYRREB", "SYRMIL")]),
        # and when who waged it is no side known, the side after مع still is not the doer
        (
            "وقال شهود إن رجالا من القبائل خاضوا معارك مع المتمردين الحوثيين في مدينة تعز أمس.",
            [(None, "YEMREB")],
        ),
    ],
)
def test_the_side_after_ma_in_a_fight_waged(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2") == expected


def test_a_summary_with_no_place_gives_its_doer_to_every_town_told_after_it(pipeline: Pipeline) -> None:
    text = (
        "أمطرت فصائل المعارضة المسلحة أربع بلدات في شمال سوريا بالقذائف الصاروخية. وأفاد ناشطون أمس عن مقتل ستة "
        "أشخاص في أكثر من 200 قذيفة سقطت على بلدتي نبل والزهراء في ريف حلب."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place") == [
        ("Shelling/artillery/missile attack", "SYRREB", "نبل"),
        ("Shelling/artillery/missile attack", "SYRREB", "الزهراء"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a blow dealt or suffered, told by its force: a setback, no strike of a day
        "وقال المتحدث إن الحوثيين تلقوا ضربات موجعة من الجيش والمقاومة في مدينة تعز أمس.",
        "وأكد المتحدث أن المقاومة وجهت ضربة قاصمة لميليشيات الحوثي في مدينة تعز أمس.",
    ],
)
def test_a_figurative_blow_is_no_strike(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


def test_a_strike_told_by_its_means_and_its_force_is_a_strike(pipeline: Pipeline) -> None:
    text = "وقتل خمسة مسلحين أمس في ضربة جوية قاصمة على مواقع تنظيم داعش في مدينة الرقة."
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "place", "fatalities") == [
        ("Air/drone strike", "الرقة", 5)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the men counted right after a verb of death are its dead, not its doers
        ("قتل جنديان سوريان في مدينة درعا أمس.", [(None, "SYRMIL", 2)]),
        ("وقتل شرطيان تركيان في بلدة جيلان بينار أمس.", [(None, "TURMIL", 2)]),
        # (and still, those before the dead counted after them killed them)
        ("قتل مسلحون مجهولون أمس مدنيين اثنين في مدينة درعا.", [(None, "SYRCVL", 2)]),
    ],
)
def test_the_dead_counted_after_a_verb_of_death(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2", "fatalities") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll of an act named as background (days after it) is that act's, not the new one's
        (
            "وبعد يومين على الهجوم الذي أوقع 32 قتيلا في بلدة سروج، قتل جنديان تركيان في بلدة جيلان بينار.",
            [("TURMIL", 2, "جيلان بينار")],
        ),
        (
            "وبعد يومين على الهجوم الذي أوقع 32 قتيلا ومئة جريح في بلدة سروج (جنوب) تبنى مسلحو حزب العمال "
            "الكردستاني قتل جنديين تركيين في بلدة جيلان بينار.",
            [("TURMIL", 2, "جيلان بينار")],
        ),
    ],
)
def test_the_toll_of_a_background_act_in_a_relative_clause(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor2", "fatalities", "place") == expected


def test_a_means_after_a_targeting_takes_its_sides(pipeline: Pipeline) -> None:
    # "استهداف X براجمات الصواريخ": the rocket launchers are the targeting's means, its target is X
    text = "أعلنت كتائب الجيش الحر استهداف مقرات قوات النظام في مدينة خان أرنبة براجمات الصواريخ أمس."
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "actor2") == [
        ("Shelling/artillery/missile attack", "SYRREB", "SYRMIL")
    ]


def test_what_a_place_saw_before_is_no_part_of_the_act_told_there(pipeline: Pipeline) -> None:
    # a relative clause about the place, with a time gone by: its side, dead and day are another story's
    text = (
        "وقالت مصادر طبية إن ثمانية أشخاص من أسرة واحدة قتلوا في قصف على منطقة دار سعد التي ارتكب فيها الحوثيون "
        "قبل يومين مجزرة مروعة ذهب ضحيتها العشرات من النساء والأطفال."
    )
    events = _conflict(_extract(pipeline, text))
    assert _rows(events, "actor2", "fatalities") == [("YEMCVL", 8)]
    assert [e.event_date for e in events] == ["2015-10-14"]


def test_a_day_after_a_relative_clause_about_the_place_dates_the_act(pipeline: Pipeline) -> None:
    text = "قتل عشرة جنود ليبيين خلال قتال مع جماعات إسلامية في مدينة بنغازي التي مزقتها الحرب يوم الاثنين."
    assert [e.event_date for e in _conflict(_extract(pipeline, text))] == ["2015-10-12"]


def test_a_burning_told_after_a_comma_with_its_own_doer(pipeline: Pipeline) -> None:
    text = (
        "واستهدفت طائرات التحالف أمس معسكرا للحوثيين في مدينة يريم، وأحرق مسلحو جماعة الحوثي منشأة نفطية في مدينة"
        " تعز."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1", "place") == [
        ("Air/drone strike", "INTMIL", "يريم"),
        ("Looting/property destruction", "YEMREB", "تعز"),
    ]


def test_an_ambush_named_with_its_side_before_the_verb_telling_what_it_hit(pipeline: Pipeline) -> None:
    text = "وقتل 22 من مسلحي الحوثي أمس في كمين للمقاومة الشعبية استهدف تعزيزات عسكرية شرقي مدينة تعز."
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "actor2", "fatalities") == [
        ("YEMUAF", "YEMREB", 22)
    ]


def test_companions_told_past_an_apposition_died_with_the_one_named(pipeline: Pipeline) -> None:
    text = (
        "أفادت مصادر قبلية أمس بمقتل القيادي أبو حمزة المأربي، ابن عم زعيم الجماعة، برفقة قياديين آخرين في "
        "المعارك الدائرة بمحافظة مأرب."
    )
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll told once for an act at several places goes to the first place named (ACLED)
        (
            "قالت مصادر أمنية إن قوات البيشمركة اشتبكت أمس مع عناصر داعش لدى محاولتهم اقتحام بلدتي المقدادية"
            " وبلدروز، ما أسفر عن مقتل 22 مسلحا.",
            [("المقدادية", 22), ("بلدروز", 0)],
        ),
        # a lead placed only by the way it lies from a city is the act its detail tells at named places
        (
            "قتل 22 مسلحا من تنظيم داعش أمس في معارك شمال شرقي بعقوبة. وقالت مصادر أمنية إن قوات البيشمركة اشتبكت"
            " مع عناصر داعش لدى محاولتهم اقتحام بلدتي المقدادية وبلدروز ما أسفر عن مقتل 22 مسلحا.",
            [("المقدادية", 22), ("بلدروز", 0)],
        ),
    ],
)
def test_an_unsplit_toll_goes_to_the_first_place_named(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "place", "fatalities") == expected


def test_the_second_of_two_places_an_act_was_between_is_not_its_place(pipeline: Pipeline) -> None:
    text = "قتل خمسة جنود ليبيين أمس في هجوم لتنظيم داعش على نقطة تفتيش على الطريق الرابط بين أجدابيا وطبرق."
    assert [e.place.name_ar if e.place else None for e in _conflict(_extract(pipeline, text))] != ["طبرق"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fire's source (مصدرها) is whence it came and who fired it, not where it fell nor whom it hit
        (
            "وقتل عشرة أشخاص أمس جراء سقوط قذيفة صاروخية في شارع الثورة بدمشق مصدرها حي جوبر.",
            [(None, "شارع الثورة")],
        ),
        ("وقتل عشرة أشخاص أمس جراء سقوط قذائف على مدينة درعا مصدرها قوات النظام.", [("SYRMIL", "درعا")]),
    ],
)
def test_the_source_of_the_fire(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "actor1", "place") == expected


@pytest.mark.parametrize(
    "text",
    [
        # an act a side avoids is not done
        "وقال المصدر إن الجيش الحر يتجنب الدخول إلى مناطق الأكراد في ريف حلب.",
        "وقال المصدر إن الجيش الحر تجنب اقتحام بلدة صرين في ريف حلب.",
        # nor one a side watches
        "وعلى تركيا أن تراقب عن كثب تقدم قوات الأكراد السورية ضد قوات داعش في ريف الرقة.",
    ],
)
def test_an_act_avoided_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # the act those arrested are suspected of is what they are held for, not one more act (unless a
        # relative clause tells it: see test_a_date_in_the_relative_clause_after_the_trigger_is_its_own)
        "وأعلن وزير الداخلية العراقي أمس اعتقال المتورطين بتفجير سوق مدينة الخالص.",
        "واعتقلت الشرطة العراقية أمس المتورطين بتفجير سوق مدينة الخالص.",
        "واعتقلت الشرطة العراقية أمس خمسة من المشتبه بتورطهم في تفجير سوق مدينة الخالص.",
    ],
)
def test_the_arrest_of_those_suspected_of_an_act(pipeline: Pipeline, text: str) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "actor1") == [("Arrests", "IRQMIL")]


def test_an_arrest_and_the_act_told_in_a_relative_clause_those_held_are_suspected_of(
    pipeline: Pipeline,
) -> None:
    text = (
        "وأعلن وزير الداخلية العراقي امس الأحد اعتقال المتورطين في التفجير الذي استهدف سوقا شعبية في مدينة "
        "الحلة الجمعة."
    )
    events = _conflict(_extract(pipeline, text, published=dt.date(2015, 7, 20)))
    assert [(e.sub_event_type, e.actor1.code if e.actor1 else None, e.event_date) for e in events] == [
        ("Arrests", "IRQMIL", "2015-07-19"),
        ("Remote explosive/landmine/IED", None, "2015-07-17"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the past weeks or months as a whole, before the acts: what went on, no act of a day
        "الا ان التنظيم عاود في الأسابيع الماضية تنفيذ تفجيرات انتحارية وبعبوات ناسفة في محافظة ديالى.",
        "وشن التنظيم في الأشهر الأخيرة هجمات على مواقع الجيش في مدينة الرمادي.",
    ],
)
def test_acts_of_the_past_weeks_as_a_whole_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


def test_the_past_weeks_in_what_is_said_of_a_place_leave_the_act(pipeline: Pipeline) -> None:
    text = (
        "وقتل جندي تركي اليوم في اشتباكات مع تنظيم داعش قرب قرية البيلي، وهي منطقة أرسلت إليها تركيا تعزيزات في"
        " الأسابيع الأخيرة."
    )
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [1]


@pytest.mark.parametrize(
    "text",
    [
        # a death told already, weighed by a verb; the acts someone was in charge of (his role)
        "وقال المتحدث باسم الوزارة إن مقتل القيادي أبو خليل يشكل ضربة جديدة للتنظيم.",
        "وأوضحت الوزارة أنه كان مسؤول عمليات التفجير والهجمات الانتحارية في التنظيم.",
        # a death pointed back to its time and called a blow, the blow a strong one dealt to a side
        "ووصفت الحكومة مقتل زعيم التنظيم آنذاك بأنه «ضربة قوية للإرهاب».",
        "واعتبر المحللون مقتل القيادي بأنه ضربة كبيرة للجماعة.",
    ],
)
def test_a_death_weighed_and_a_role_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        # the numbers of a side's dead (a plural of counts) are a tally, no act
        "وتتحدث وسائل الإعلام عن أعداد قتلى الحزب في سوريا التي بلغت 120 قتيلا.",
        # a battle made definite by its genitive, described by a present verb that takes it back, goes on
        "ويشارك الحزب في معارك القلمون التي تخوضها قوات النظام ضد المعارضة.",
    ],
)
def test_a_tally_and_a_battle_that_goes_on_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert _conflict(_extract(pipeline, text)) == []


def test_a_place_as_written_keeps_no_quotes(pipeline: Pipeline) -> None:
    (e,) = _conflict(_extract(pipeline, 'وسيطر الثوار أمس على تلة "جورة الماء" في ريف درعا الغربي.'))
    assert e.place is not None and e.place.name_ar == "تلة جورة الماء"


def test_a_suspect_identified_in_an_attack_is_no_attack(pipeline: Pipeline) -> None:
    text = "وقال رئيس الوزراء إن الشرطة التركية تعرفت على هوية مشتبه به في الهجوم."
    assert _conflict(_extract(pipeline, text)) == []


def test_companions_counted_after_an_apposition_with_ma(pipeline: Pipeline) -> None:
    text = "وقتل القيادي في التنظيم أبو محمد، أحد أبرز قادته، مع خمسة من حراسه في غارة على مدينة الرقة أمس."
    assert [e.fatalities for e in _conflict(_extract(pipeline, text))] == [6]


def test_a_placeless_lead_of_one_fight_gives_its_dead_and_day_to_the_fight_told_next(
    pipeline: Pipeline,
) -> None:
    text = (
        "قتل 5 أشخاص وأصيب 12 أمس الثلاثاء خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة وجماعات مسلحة."
        " واندلع القتال أول أمس الإثنين في بلدة أجدابيا قرب ميناء البريقة النفطي."
    )
    assert _rows(_conflict(_extract(pipeline, text)), "place", "fatalities") == [("أجدابيا", 5)]
    assert [e.event_date for e in _conflict(_extract(pipeline, text))] == ["2015-10-13"]


def test_when_the_fighting_broke_out_days_back_is_no_fight_of_that_day(pipeline: Pipeline) -> None:
    text = (
        "قال مسؤولون اليوم إن العشرات سقطوا قتلى في اشتباكات بين قبيلتين في أكبر مدن الجنوب الليبي. وقال عميد"
        " بلدية مدينة سبها إن الاشتباكات تفجرت بين الطرفين قبل أربعة أيام في ضاحية من ضواحي المدينة. وقال عميد"
        " البلدية هاتفيا من سبها: قتل حوالى 29 فردا من الطوارق وجرح أربعة في الاشتباكات."
    )
    events = _conflict(_extract(pipeline, text))
    assert [(e.place.name_ar, e.fatalities, e.event_date) for e in events] == [("سبها", 29, "2015-10-14")]


@pytest.mark.parametrize(
    "text",
    [
        # the killing a man is arrested for is another act: an arrest has no dead of its own
        "وأعلنت الشرطة أمس اعتقال رجل في مدينة اللاذقية كونه قتل ضابطا في الجيش.",
        "واعتقلت الشرطة أمس رجلا في مدينة اللاذقية لأنه قتل ضابطا في الجيش.",
    ],
)
def test_an_arrest_has_no_dead(pipeline: Pipeline, text: str) -> None:
    assert _rows(_conflict(_extract(pipeline, text)), "sub", "fatalities") == [("Arrests", 0)]


def test_arms_deployed_are_no_fire(pipeline: Pipeline) -> None:
    text = "ونشرت روسيا منظومة صواريخ في قاعدة حميميم باللاذقية."
    assert _conflict(_extract(pipeline, text)) == []


def test_the_toll_of_the_attack_told_days_later_is_the_bombings(pipeline: Pipeline) -> None:
    text = (
        "أعلنت الشرطة أن انتحاريا فجر نفسه الاثنين في مدينة سروج. وقال رئيس الوزراء في إقليم شانلي أورفا أمس إن"
        " حصيلة الهجوم ارتفعت من 31 إلى 32 قتيلا."
    )
    events = _conflict(_extract(pipeline, text))
    assert _rows(events, "sub", "place", "fatalities") == [("Suicide bomb", "سروج", 32)]
