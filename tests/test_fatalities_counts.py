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
        # victims (ضحايا) are the dead or the hurt: with no number, no count of the dead, as "عدد من الضحايا"
        ("سقط ضحايا في قصف جوي على بلدة سراقب أمس.", [0]),
        ("قصفت قوات النظام بلدة سراقب أمس ما أدى إلى وقوع ضحايا بين المدنيين.", [0]),
        ("سقط كثير من الضحايا في قصف جوي على بلدة سراقب أمس.", [0]),
        # … set against the hurt they are the dead: some dead (3)
        ("سقط ضحايا وجرحى في قصف جوي على بلدة سراقب أمس.", [3]),
        ("سقط عدد من الضحايا والجرحى في قصف جوي على بلدة سراقب أمس.", [3]),
        # the dead named one by one after "كل من": each name is one dead
        ("قتل كل من سالم ورامي وخالد في قصف جوي على بلدة سراقب أمس.", [3]),
        (
            "استشهد كل من الطفل سالم الخطيب، والشاب رامي العمر، والسيدة هدى في قصف جوي على بلدة سراقب أمس.",
            [3],
        ),
        ("أسفر القصف على بلدة سراقب أمس عن مقتل كل من وليد الحمد وباسل العمر.", [2]),
        # … whoever was there is some people, unnumbered (3)
        ("قتل كل من كانوا في المنزل في قصف جوي على بلدة سراقب أمس.", [3]),
        # two dead of two sides joined by و, an adjective of the first between, or "وأحد" (and one of) the men of
        # a group
        (
            "اندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم قرب بيجي قتل خلالها جندي عراقي وأحد مسلحي التنظيم.",
            [2],
        ),
        ("اندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم قرب بيجي قتل خلالها جندي وأحد متشددي التنظيم.", [2]),
        ("اندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم قرب بيجي قتل خلالها جندي عراقي وأحد المسلحين.", [2]),
        ("اندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم قرب بيجي قتل خلالها جندي عراقي ومسلح.", [2]),
        # … not "one" describing the one counted
        ("اندلعت اشتباكات أمس بين الجيش ومسلحي التنظيم قرب بيجي قتل خلالها جندي واحد وأصيب ثلاثة.", [1]),
        # a count, من and the side whose name holds a victim noun, then the plural verb of their death
        (
            "اندلعت اشتباكات وسط مدينة تعز أمس. وأضافت المصادر أن 40 من مسلحي الحوثي قتلوا في الاشتباكات.",
            [40],
        ),
        # fell (سقوط، سقط), a count of people right after it: the dead; not when how they fell is told
        ("تقدمت المقاومة نحو بلدة الحوطة بعد معارك عنيفة أسفرت أمس عن سقوط أكثر من 50 انقلابيا.", [50]),
        ("اندلعت مواجهات عنيفة في أطراف مدينة تعز أمس أسفرت عن سقوط 16 من الحوثيين.", [16]),
        ("اندلعت مواجهات عنيفة في أطراف مدينة تعز أمس أسفرت عن سقوط 16 حوثيا وإصابة 20 آخرين.", [16]),
        ("اندلعت مواجهات عنيفة في أطراف مدينة تعز أمس أسفرت عن سقوط 16 من الحوثيين بين قتيل وجريح.", [3]),
        ("اندلعت مواجهات عنيفة في أطراف مدينة تعز أمس أسفرت عن سقوط 16 حوثيا في الأسر.", [0]),
        # … the city's toll of two sides, then a quarter's count of each, none above the city's: counted in it
        (
            "قتل نحو 30 من الحوثيين وقوات صالح و7 من المقاومة الشعبية في مواجهات بمدينة تعز أمس. وشهدت الأطراف "
            "الشمالية لمدينة تعز مواجهات عنيفة أسفرت عن سقوط 18 من الحوثيين وقوات صالح ومقتل 7 وإصابة 30 من "
            "المقاومة في حي الزنوج.",
            [37],
        ),
        # the dead a source goes on to tell in the next sentence, with no act of their own that stands: the act's
        # told just before (not across a paragraph)
        (
            "نفذت المقاومة الشعبية أمس عمليتين استهدفتا مواقع للحوثيين في محافظة إب. وأوضح مصدر في المقاومة أن "
            "هناك قتلى وجرحى في صفوف الحوثيين الذين سقطوا إثر استهداف مواقع تابعة لهم قرب مدينة يريم.",
            [3],
        ),
        (
            "نفذت المقاومة الشعبية أمس عمليتين استهدفتا مواقع للحوثيين في محافظة إب.\nوأوضح مصدر في المقاومة أن "
            "هناك قتلى وجرحى في صفوف الحوثيين الذين سقطوا إثر استهداف مواقع تابعة لهم قرب مدينة يريم.",
            [0],
        ),
        # (a patrol targeted is an act that stands, an attack on the armed men in it: the dead are its own)
        (
            "نفذت المقاومة الشعبية أمس عمليتين استهدفتا مواقع للحوثيين في محافظة إب.\nوأوضح مصدر في المقاومة أن "
            "هناك قتلى وجرحى في صفوف الحوثيين الذين سقطوا إثر استهداف دورية تابعة لهم قرب مدينة يريم.",
            [3],
        ),
        # … nor the dead of an act of another day the source names
        (
            "فجر انتحاري نفسه أمس وسط حشد من الشباب في مدينة سوروتش. وتابعت الصحف أن السلطات تحقق في وجود روابط "
            "بين الهجوم في سوروتش والهجوم الذي أوقع أربعة قتلى خلال اجتماع لحزب معارض في 5 يونيو في ديار بكر.",
            [0],
        ),
        # a toll that rose, the number it rose to told after a relative clause that says which fight
        (
            "ارتفعت حصيلة قتلى الاشتباكات التي تدور في مدينة سرت بين قوات فجر ليبيا وتنظيم داعش إلى 14 شخصا.",
            [14],
        ),
        (
            "ارتفعت حصيلة قتلى الاشتباكات، التي تدور في مدينة سرت بين قوات فجر ليبيا وتنظيم داعش إلى 14 شخصا.",
            [14],
        ),
        (
            "ارتفعت حصيلة قتلى الاشتباكات، التي تدور في مدينة سرت بين قوات فجر ليبيا وتنظيم داعش، إلى 14 شخصا.",
            [14],
        ),
        # the singular قضى (died) with its dead counted, or named with no article, right after it
        ("قضى أربعة مدنيين في قصف جوي على بلدة كفرزيتا أمس.", [4]),
        ("قضت امرأتان في قصف جوي على بلدة كفرزيتا أمس.", [2]),
        ("قضى طفل في قصف جوي على بلدة كفرزيتا أمس.", [1]),
        # … not the time spent by those named with the article
        ("قضى المسلحون ساعات في قصف بلدة كفرزيتا أمس.", [0]),
        # the dead told before an act said to have hurt nobody are not its
        (
            "قصفت قوات النظام مناطق في جرود القلمون أمس، ولم ترد معلومات عن إصابات، فيما قضى رجل من مدينة دوما"
            " اثر انفجار في مستودع للوقود في دوما، بينما قصفت قوات النظام مناطق في بلدة كناكر بريف دمشق الغربي،"
            " دون أنباء عن إصابات.",
            [0, 0],
        ),
        # a range is the lower figure, not the two added up
        ("قتل ما بين 12 و18 مدنيا في غارة جوية على مدينة إدلب أمس.", [12]),
        ("قتل بين عشرة وخمسة عشر شخصا في قصف مدفعي على مدينة درعا أمس.", [10]),
        ("لقي ستة أو سبعة جنود حتفهم في هجوم على حاجز قرب مدينة حماة أمس.", [6]),
        # a group, then what it is made of: the count; a group alone: some dead, unnumbered (3)
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل عائلة مكونة من خمسة أشخاص.", [5]),
        ("استهدفت طائرة حربية مشفى في مدينة سراقب أمس، ما أدى لمقتل طاقم طبي مؤلف من رجلين وامرأة.", [3]),
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل عائلة بأكملها.", [3]),
        ("قصفت طائرة حربية منزلا في مدينة سراقب أمس، ما أدى لمقتل رب عائلة.", [1]),
        # "many" dead (الكثير من) are unnumbered dead: 3, as عدد من
        ("دارت اشتباكات في بلدة كفرزيتا أمس، وقتل الكثير من عناصر قوات النظام.", [3]),
        ("هاجم مقاتلو المعارضة حاجزا قرب بلدة مضايا أمس، وتمكنوا من تدمير دبابة وقتل الكثير من الجنود.", [3]),
        ("أسفر القصف المدفعي على مدينة الضالع أمس عن مقتل عدد كبير من المدنيين.", [3]),
        ("قتل أعداد كبيرة من المسلحين في اشتباكات مع الجيش قرب مدينة بيجي أمس.", [3]),
        # a married couple (زوجان) is two, as any dual of people
        ("قتل زوجان مسنان في قصف على بلدة كفرنبل أمس.", [2]),
        ("قتل ممرضان في قصف على مستشفى بلدة كفرنبل أمس.", [2]),
        ("قتل مجندان في هجوم على حاجز قرب مدينة العريش أمس.", [2]),
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
        # … so the one at his side: his escort, driver or guard
        ("اغتال مسلحون القيادي أبو بكر وسائقه في مدينة المكلا أمس.", [2]),
        ("قتل القاضي سالم العبيدي وحارسه بتفجير عبوة ناسفة في مدينة درنة أمس.", [2]),
        ("قتل القيادي أبو بكر وأصيب مرافقه في مدينة المكلا أمس.", [1]),
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
        # … the dual of people no lexicon knows as victims ("ومسلحان"), or "two" after their plural ("ومسلحين
        # اثنين"), joined by و: two more dead
        ("قتل شرطي ومسلحان في اشتباك قرب مدينة بعقوبة أمس.", [3]),
        ("قتل جنديان وحوثيان في اشتباك بين المقاومة والحوثيين في مدينة تعز أمس.", [4]),
        ("اندلعت اشتباكات قرب مدينة بيجي أمس أسفرت عن مقتل جندي ومتشددين اثنين.", [3]),
        # (not the wounded two, nor two who got away, nor an unnumbered plural)
        ("قتل شرطي وجريحان في هجوم لمسلحين على حاجز قرب مدينة بعقوبة أمس.", [1]),
        ("قتل شرطي ونجا اثنان في هجوم لمسلحين على حاجز قرب مدينة بعقوبة أمس.", [1]),
        ("قتل شرطي ومسلحين في هجوم على حاجز قرب مدينة بعقوبة أمس.", [1]),
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
        # — the doers are not the dead —
        # a plural right after the verb of killing, then the one killed in the accusative: the plural killed
        ("قتل مسلحون أمس جنديا في مدينة حلب.", [1]),
        ("قتل متشددون أمس شرطيا في مدينة الرمادي.", [1]),
        ("قتل عناصر من التنظيم صباح أمس مدنيا في مدينة الرمادي.", [1]),
        # … or a dual: two dead, no more
        ("قتل حوثيون أمس طفلين في مدينة تعز.", [2]),
        # — the citizens counted —
        # the definite citizens counted after the day and the act that killed them
        ("وقتل في اليوم ذاته خمسة من المواطنين في قصف على مدينة تعز.", [5]),
        ("وقتل في قصف على مدينة إدلب أمس أربعة من المواطنين.", [4]),
        # — a rate is no toll —
        # the dead of every day are a rate, no toll of the act told
        ("تدور معارك عنيفة في مدينة الزبداني منذ أمس حيث يقتل العشرات من المقاتلين يوميا.", [0]),
        ("اندلعت اشتباكات في مدينة الزبداني أمس، ويقتل فيها خمسة مقاتلين كل يوم.", [0]),
        # a habit told in another phrase leaves the act's dead alone
        ("قتل أربعة مدنيين في قصف على مدينة دوما أمس، والقصف يتكرر يوميا.", [4]),
        # — some over a number —
        # some over a ten or a hundred: the least of the span it tells
        ("قتل نيف وعشرون مقاتلا في غارة على مدينة الرمادي أمس.", [21]),
        ("قتل مئة ونيف من المقاتلين في غارة على مدينة الرمادي أمس.", [101]),
        # — the dead counted before their verb —
        # the dead counted, a comma, then their verb of death: all the groups counted before it
        (
            "وقال المرصد إن 28 عنصرا من تنظيم الدولة و18 مقاتلا من الفصائل، قتلوا في الاشتباكات في ريف حلب أمس.",
            [46],
        ),
        ("وذكرت مصادر محلية أن تسعة جنود، قتلوا في هجوم على حاجز للجيش في مدينة درعا أمس.", [9]),
        # a group's noun and side may be long before the next count of the list
        (
            "وقالت مصادر إن 12 عنصرا من قوات الجيش والشرطة المحلية و7 مسلحين من التنظيم قتلوا "
            "في الاشتباكات في مدينة الرمادي أمس.",
            [19],
        ),
        # (an aside among the counted dead still leaves the count before it)
        (
            "وقال المرصد إن خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا في الاشتباكات في ريف حلب أمس.",
            [5],
        ),
        # — a toll risen to replaces the one told —
        # the toll risen to is the new total of the same dead, not more dead
        ("قتل 5 أشخاص في القصف على مدينة حلب أمس، ليرتفع عدد القتلى إلى 20.", [20]),
        ("قتل 4 مدنيين في غارة على مدينة إدلب أمس، وارتفعت حصيلة القتلى إلى 11 قتيلا.", [11]),
        ("قتل 6 أشخاص في قصف على مدينة دوما أمس، ما يرفع عدد القتلى إلى 14.", [14]),
        # … the toll named definite, or told before its verb of rising ("وقال مصدر إن عدد القتلى ارتفع")
        ("قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس، ثم ارتفعت الحصيلة إلى 13 قتيلا.", [13]),
        ("قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس، قبل أن ترتفع الحصيلة إلى 13 قتيلا.", [13]),
        (
            "قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس، وقال مصدر في الشرطة إن عدد القتلى ارتفع إلى 13.",
            [13],
        ),
        # … and in the next sentence, with no act of its own
        ("قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس. وارتفعت حصيلة الضحايا إلى 13 قتيلا.", [13]),
        ("قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس. وارتفع عدد القتلى إلى 13.", [13]),
        # (not a total since a day long gone, nor a toll a new paragraph tells)
        (
            "قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس. وارتفع عدد القتلى منذ بداية الشهر إلى 130.",
            [7],
        ),
        ("قتل 7 أشخاص في انفجار سيارة مفخخة في مدينة كركوك أمس.\nوارتفع عدد القتلى إلى 13.", [7]),
        # (others killed elsewhere are more dead)
        ("قتل 5 أشخاص في القصف على مدينة حلب أمس، وقتل 3 آخرون في قصف على مدينة إدلب.", [5, 3]),
        # — the claimants count is another account —
        # the side that claims the act counts the dead told before otherwise: the lower account stands
        (
            "قال الجيش إن ثلاثة جنود قتلوا في هجوم على مركز للشرطة في مدينة ماردين أمس. وتبنت الجماعة الهجوم "
            "وقالت في بيان إن عشرات الجنود قتلوا فيه.",
            [3],
        ),
        # (another act claimed is another act: "تبنت هجوما آخر")
        (
            "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. وتبنت الجماعة هجوما آخر على دورية للشرطة في "
            "مدينة رفح ما أسفر عن مقتل أربعة.",
            [2, 4],
        ),
        (
            "قتل جنديان في هجوم على حاجز للجيش في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم، "
            "وقال إن 15 جنديا قتلوا فيه.",
            [2],
        ),
        # (with no count told before, the claim's count is the only one)
        (
            "هاجم مسلحون حاجزا للجيش في مدينة العريش أمس. وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم، وقال إن 15 "
            "جنديا قتلوا فيه.",
            [15],
        ),
        # — vague and bombers among the dead —
        # some over ten: the least, 13
        ("قتل بضعة عشر شخصا في قصف على مدينة إدلب أمس.", [13]),
        ("قتلت بضع عشرة امرأة في قصف على مدينة إدلب أمس.", [13]),
        # (a few, and a few dozen, as before)
        ("قتل بضعة أشخاص في قصف على مدينة إدلب أمس.", [3]),
        ("قتل بضع عشرات من الأشخاص في قصف على مدينة إدلب أمس.", [12]),
        # the suicide attacker among the dead is not counted
        ("قتل عشرة أشخاص بينهم الانتحاري في تفجير انتحاري في مدينة بغداد أمس.", [9]),
        ("قتل 12 شخصا بينهم الانتحاريان في تفجيرين انتحاريين في مدينة بغداد أمس.", [10]),
        ("قتل سبعة أشخاص بينهم منفذ الهجوم في تفجير في مدينة بعقوبة أمس.", [6]),
        ("قتل عشرة أشخاص بينهم طفلان في تفجير انتحاري في مدينة بغداد أمس.", [10]),
        # — the dead told meanwhile elsewhere —
        # dead told meanwhile in another province are not the act's
        (
            "انفجرت سيارة مفخخة في مدينة بغداد أمس راح ضحيتها أربعة أشخاص، وفيما قتل 20 من عناصر الحشد في مدينة "
            "بيجي، قصفت طائرات التحالف مواقع في مدينة الموصل.",
            [4, 0],
        ),
        (
            "انفجرت سيارة مفخخة في مدينة بغداد أمس راح ضحيتها أربعة أشخاص، وفيما قتل 20 من عناصر الحشد في مدينة "
            "بيجي.",
            [4],
        ),
        # — the dead told meanwhile are anothers —
        # what went on meanwhile, told after a background phrase, is not the dead of the act told first
        (
            "لقي ثمانية مدنيين مصرعهم امس بقصف مدفعي للحوثيين على حي المنصورة في عدن، ويأتي ذلك في الوقت الذي "
            "أعلنت فيه مصادر عسكرية عن مقتل 22 مسلحا حوثيا باشتباكات قرب قاعدة العند.",
            [8, 22],  # (the clash told meanwhile is an event of its own, with its own dead)
        ),
        # ("في وقت متأخر" is the time of the act itself)
        (
            "قتل خمسة جنود في هجوم لتنظيم داعش على حاجز في مدينة الرمادي في وقت متأخر من ليل أمس.",
            [5],
        ),
        # — two sources of one fight —
        # two sources count the same side's dead of one fight: the lower stands, however far apart
        (
            "قالت مصادر طبية إن 33 مقاتلا من المعارضة قتلوا في المعارك مع قوات النظام في بلدة مورك بريف حماة "
            "أمس. وقال التلفزيون السوري إن قوات الجيش قتلوا 50 مقاتلا من المعارضة في المعارك في مورك.",
            [33],
        ),
        # each side's dead told by its own source are added
        (
            "قتل 29 مقاتلا من الطوارق في اشتباكات مع مسلحين من التبو في مدينة أوباري جنوب ليبيا أمس، بحسب "
            "مصدر طوارقي. وقال مصدر من التبو إن 8 من مقاتليهم قتلوا في الاشتباكات.",
            [37],
        ),
        # — both sides dead in one fight —
        # the soldiers killed in an ambush and a militant killed in it are both the fight's dead
        (
            "قتل 3 جنود في كمين نصبه مسلحون من تنظيم داعش لدورية للجيش قرب مدينة العريش أمس، وقتل «إرهابي» "
            "في تبادل إطلاق النار.",
            [4],
        ),
        # — more dead joined to a count past its side, a comma or a word of about —
        ("قتل قرابة 30 من الحوثيين وقوات صالح و6 من المقاومة الشعبية في مواجهات بمدينة تعز أمس.", [36]),
        (
            "أسفرت الاشتباكات في مدينة الحسكة أمس عن مقتل العشرات من عناصر التنظيم، ونحو 15 مقاتلا من الوحدات "
            "الكردية.",
            [27],
        ),
        ("قتل 7 جنود، و4 مدنيين في هجوم على حاجز قرب مدينة حماة أمس.", [11]),
        # — a range written with الي is its lower figure; a toll that rose "from … to …" is the last —
        ("وقالت مصادر طبية إن 35 إلى 40 شخصا لقوا حتفهم في قصف على مدينة حلب أمس.", [35]),
        ("ارتفعت حصيلة القتلى من 31 إلى 32 شخصا في قصف على مدينة حلب أمس.", [32]),
        # — the count, a long name of their side, then the plural verb of their death —
        (
            "ذكرت مصادر أن سبعة من عناصر الكتيبة الرابعة الموالية للحكومة السابقة في العاصمة لقوا مصرعهم في كمين "
            "للمقاومة قرب مدينة لحج أمس.",
            [7],
        ),
        # — a death word denied, with no number, is no dead; a number the text cannot give is some —
        ("قصفت الطائرات مواقع في بلدة اليادودة أمس دون سقوط ضحايا.", [0]),
        ("قال الجيش إن مقاتليه صدوا الهجوم على بلدة اليادودة أمس دون ذكر لأي ضحايا في صفوفهم.", [0]),
        ("قصفت الطائرات مواقع في بلدة اليادودة أمس ولم ترد أنباء عن قتلى.", [0]),
        ("قصفت الطائرات مواقع في بلدة اليادودة أمس ولم يتسن تحديد عدد القتلى.", [3]),
        # — the number a toll rose to, those named among them, then the toll's head: the number is the toll —
        ("ارتفع إلى 7 بينهم طفلان عدد القتلى جراء قصف الطيران على بلدة الغارية أمس.", [7]),
        (
            "وارتفع إلى 9 بينهم رئيس المجلس المحلي في البلدة وأربعة أطفال، وامرأة عدد القتلى الذين قضوا أمس "
            "جراء قصف الطيران المروحي على بلدة الغارية.",
            [9],
        ),
        # — one leader killed, told first by his noun alone, is one of the dead counted after: no account of
        # his own, nor others besides them —
        (
            "اشتدت المعارك في مدينة الزبداني أمس، ما أدى بحسب ناشطين إلى مقتل قيادي من حزب الله. وقالت شبكة شام "
            "إن عددا من عناصر حزب الله بينهم قيادي ميداني قتلوا مساء أمس في المعارك مع المعارضة في الزبداني. "
            'ونقلت الشبكة عن مصادر ميدانية أن "ستة عناصر من حزب الله قتلوا خلال المواجهات مع المعارضة في '
            'الزبداني".',
            [6],
        ),
        # — a city's battle toll summing both sides' dead, then one side's dead at a quarter: counted once —
        (
            "اندلعت مواجهات عنيفة في مدينة تعز أمس قتل فيها 20 من الحوثيين و6 من المقاومة الشعبية. وشهد حي "
            "الزنوج بالمدينة مواجهات أسفرت عن مقتل 6 من المقاومة.",
            [26],
        ),
        # … a bare toll of a city's wave of violence, then one of its parts at a village: the village's own
        (
            "أعلن مسؤولون أمنيون أمس مقتل 9 من عناصر داعش و7 مدنيين في موجة عنف في مناطق تابعة لمدينة بعقوبة. "
            "وقالوا إن قوات البيشمركة شنت عملية عسكرية على قرى الكصيبة التابعة لناحية قرة تبة شمال شرق بعقوبة "
            "قتلت خلالها 9 مسلحين من داعش.",
            [9],
        ),
        # an unnamed quarter of a city named in the article, its dead told vaguely, is the named quarter shelled
        # that day, its dead counted there (not a second shelling)
        (
            "قصفت قوات النظام حي الشعار في مدينة حلب أمس مما أدى إلى مقتل 14 مدنيا. وكانت قوات النظام قصفت أمس "
            "أحد أحياء شرق حلب، ما أسفر عن سقوط عشرات القتلى والجرحى.",
            [14],
        ),
        (
            "قصف المسلحون منطقة الشيخ عثمان في مدينة عدن أمس مما أدى إلى مقتل 9 مدنيين. وكان المسلحون قصفوا "
            "أمس أحد أحياء شمال عدن، ما أسفر عن سقوط قتلى.",
            [9],
        ),
        # … its own count of dead is another shelling's
        (
            "قصفت قوات النظام حي الشعار في مدينة حلب أمس مما أدى إلى مقتل 14 مدنيا. وكانت قوات النظام قصفت أمس "
            "أحد أحياء شرق حلب، ما أسفر عن مقتل 5 أشخاص.",
            [14, 5],
        ),
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
