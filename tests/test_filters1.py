"""Texts that report no conflict event of a day: what goes on now and then, a protest called for, a condition,
a threat or a warning, a denial (conflict trigger filters)."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


@pytest.mark.parametrize(
    "text",
    [
        # now and then: what goes on, no day
        "وتشهد البلدة بين فترة وأخرى اشتباكات بين الجيش والمسلحين في مدينة درنة.",
        "وتشهد مدينة بنغازي اشتباكات من حين لآخر بين الجيش والمسلحين.",
        "وتشهد أحياء مدينة حلب مواجهات بين الفينة والأخرى بين المعارضة والنظام.",
        # a protest called for is yet to come
        "ودعا الاتحاد أعضاءه إلى مسيرة يوم الجمعة في مدينة عدن.",
        "ودعت حركة شبابية إلى تظاهرات في ساحة التحرير ببغداد يوم الجمعة.",
        # a condition
        "وقال الوزير إنه في حال شن المسلحون هجوما على مدينة الرمادي فإن الجيش سيرد بقوة.",
        "وقال المتحدث إنه إذا ما قصفت الطائرات مدينة حلب فإن المعارضة سترد.",
        # a threat or a warning
        "وهدد التنظيم بتفجير الجسر في مدينة الموصل.",
        "وتوعدت الجماعة بمهاجمة مواقع الجيش في مدينة عدن.",
        "وحذر القائد من هجوم وشيك على مدينة حلب.",
        # … the side threatened named between the threat and the act, and the acts joined to it
        "ويهدد تنظيم داعش سكان مدينة دير الزور بالاعتقال.",
        "ويتوعد المسلحون أهالي بلدة القائم بالاعتقال والإعدام إذا تعاونوا مع الجيش.",
        # … the act after a verbal noun of launching it (a noun of operations between)
        "وتوعد التنظيم أمس بشن هجمات جديدة على مواقع الجيش في مدينة الرمادي.",
        "وهدد قائد الجماعة بتنفيذ عمليات انتحارية في مدينة بغداد.",
        # … more of them threatened; what a threatened answer is to answer, told by no clause of its own
        "وتوعدت الحركة بمزيد من الهجمات على مواقع الجيش في مدينة العريش.",
        "وتوعد الحوثيون أمس برد مزلزل على غارات التحالف في مدينة صعدة.",
        # … or sworn, or a side said ready for it
        "وأقسم القائد على تحرير مدينة تعز من الميليشيات.",
        "وقال القائد إن قواته مستعدة لخوض معركة تحرير مدينة صنعاء.",
        # … or vowed, a battle named for the time of the vow
        "وقال القائد: كما تعهدنا في بداية المعركة فإننا سنطرد المتمردين إلى مدينة صعدة.",
        # an act a side is about to do
        "وقال القائد إن قواته باتت على وشك اقتحام مدينة الرمادي.",
        "ونحن قاب قوسين أو أدنى من تحرير مدينة تعز وطرد الميليشيات منها.",
        # an act an aim is to prevent
        "وقال المصدر إن المسلحين نشروا المدنيين في المباني لمنع قوات النظام من قصف مدينة دوما.",
        # acts paused in a truce
        "وأعلن التحالف أمس هدنة لمدة خمسة أيام، تتوقف خلالها الغارات على مدينة صعدة.",
        # blows of a side on the ground under which others flee: pressure, no strike
        "وفر عشرات المسلحين أمس من مدينة عدن إلى لحج تحت ضربات المقاومة الشعبية.",
        # … nor is the grievance a threat is told to answer, with no day of its own
        "وهدد التنظيم الحكومة التركية بالرد بعد أن «اعتقلت إخواننا من المواطنين في مدينة أضنة».",
        # a statement hedged: what the speaker declines to assert
        "ولا يمكننا القول إن الاشتباكات في حي الميدان انتهت.",
        "ومن المبكر الحديث عن سيطرة الجيش على مدينة الرمادي.",
        # the importance of an act, taking part in it refused
        "وأكد القائد أهمية المعارك الدائرة في ريف إدلب.",
        "وبرزت خلافات داخل معسكرات الحوثيين في مدينة إب بعد رفض بعض الضباط المشاركة في القتال.",
        # … its reasons asked
        "وردا على سؤال عن أسباب اعتقال العشرات من أهالي بلدة الشيوخ، قال المسؤول إن ذلك إجراء طبيعي.",
        # a tunnel told as a passage, blown up: a way in destroyed, no bomb set off at anyone
        "وقال ناشطون إن الوضع في المدينة صعب بعد إقدام حزب الله أمس على تفجير آخر نفق يربط بلدة مضايا بمحيطها.",
        "وفجرت قوات الجيش أمس نفقا كان يستخدمه المسلحون للتسلل في حي جوبر.",
        # an advance tried now, no ground told taken and no fight told
        "ويحاول التنظيم التقدم للسيطرة على قرى قرب مدينة مارع.",
        "وتحاول قوات النظام التقدم نحو بلدة مورك.",
        "ويحاول الحوثيون التقدم نحو مواقع المقاومة للسيطرة عليها في منطقة الجفينة.",
        # a denial of the act named right after the one who denies it
        "ونفى الجيش قصف مدينة الرمادي.",
        # … or by the participle of denying
        "وشككت الوزارة في التقرير نافية اعتقال أي من أفراد القوة في مدينة اعزاز.",
        # entering a war, talks or force of law takes no ground
        "وأعلنت تركيا أمس الدخول في الحرب على تنظيم داعش في مدينة جرابلس.",
        "ودخل اتفاق وقف إطلاق النار في مدينة الزبداني حيز التنفيذ صباح أمس.",
        # acts told along with what the sentence is about are its circumstance
        "وتحولت أجواء محافظة حلب أمس إلى مناطق طيران لطائرات التحالف، بالتزامن مع عمليات عسكرية تنفذها القوات "
        "التركية ضد أهداف تابعة لتنظيم داعش.",
        # what something is not; who is behind an act known; what goes on
        "وقال الوزير إن ما حدث في مدينة الرمادي ليس هجوما على الجيش.",
        "واتهمت المعارضة الحكومة بالوقوف وراء التفجير في مدينة حلب.",
        "وقالت الجماعة إنها ليست طرفا فيما يدور من اشتباكات في مدينة عدن بين الحوثيين والجيش.",
        "وحذر الوزير مما يجري من أحداث ومعارك في مدينة درنة بين الجيش والمسلحين.",
        # a possibility weighed: what may happen, nothing done
        "وقالت المصادر إن إمكان اقتحام المحتجين لمبنى البرلمان في بغداد أمر وارد.",
        "وأشار المصدر إلى احتمال وجود مندسين مهمتهم إثارة الشغب في ساحة رياض الصلح.",
        # … or intended: what a side declared it means to do, however long ago
        "وفي أواخر الشهر الماضي أعلنت الدولتان نيتهما لتوفير غطاء جوي للفصائل وطرد التنظيم من مدينة جرابلس.",
        # barrels as a barrier around a post: no barrel bomb dropped
        "داخل مبنى محاط ببراميل وسواتر ترابية في حي الشيخ مقصود، قال ضابط إن المسلحين انسحبوا.",
        "وأغلق المسلحون مدخل بلدة الحولة ببراميل مملوءة بالرمل.",
        # a part taken in a campaign, summed up: no strike of a day told
        "ويتكبد التنظيم خسائر كبيرة مع بدء الأسبوع الثالث للمعارك في مدينة بيجي، ساهمت فيها طائرات التحالف "
        "بغارات مكثفة على تجمعاته.",
        "وساهم طيران التحالف في إلحاق خسائر كبيرة بالتنظيم في مدينة الحويجة من خلال استهداف تحركاته.",
        # ground held over a span of time: a state, no taking
        "وسيطر المتمردون على قاعدة الديلمي الجوية شمال صنعاء معظم الفترة التي انقضت.",
        "وسيطرت قوات المعارضة على بلدة كفرزيتا معظم السنوات الماضية.",
        # early in the last month is weeks gone by: background
        "وقصفت طائرات النظام بلدة كفرنبل مطلع الشهر الماضي ما أدى إلى مقتل خمسة مدنيين.",
        # arms or vehicles taken: no ground changed hands
        "وقالت مصادر في المقاومة إن مقاتليها استولوا أمس على ثلاث مدرعات للحوثيين في مديرية الوازعية.",
        # a day's toll of a city summed up, no act told
        "وأعلن مدير الصحة أن حصيلة القتلى بين المدنيين أمس في عدن وضواحيها بلغت 12 قتيلا و80 جريحا.",
        # an act told after بعد أن with no day of its own: background already told
        "وتعهد القائد بتحرير مدينة الضالع بعد أن سيطر الحوثيون عليها.",
        "وعاد السكان إلى منازلهم في مدينة الحوطة يوم الأحد بعد أن سيطرت القوات على البلدة.",
    ],
)
def test_no_event_of_a_day(pipeline: Pipeline, text: str) -> None:
    assert _conflict(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        # the act told, beside those words
        ("وقصفت الطائرات مدينة حلب أمس، وتشهد المدينة اشتباكات من حين لآخر.", "Air/drone strike"),
        ("وخرج المئات في مسيرة في مدينة عدن أمس تلبية لدعوة الحزب.", "Peaceful protest"),
        ("ولبى الآلاف أمس دعوة الحزب إلى تظاهرة في ساحة التحرير ببغداد.", "Peaceful protest"),
        ("ونفى الجيش مسؤوليته عن قصف مدينة الرمادي أمس.", "Shelling/artillery/missile attack"),
        # a threat told in a clause of its own, the act after the comma
        ("وهدد التنظيم سكان الحي، واعتقل أمس عشرة شبان في مدينة الرقة.", "Arrests"),
        # a threat told in a clause of its own, the act launched after the comma
        ("وهدد التنظيم بالانتقام، وشن أمس هجمات على مواقع الجيش في مدينة الرمادي.", "Armed clash"),
        # the acts a threatened answer is to answer, told by a clause of their own with their day
        ("وتوعد الحوثيون برد مزلزل على غارات التحالف التي استهدفت أمس مدينة صعدة.", "Air/drone strike"),
        # blows from the air under which others flee are strikes
        ("وفر المسلحون أمس من مدينة زنجبار تحت ضربات طيران التحالف.", "Air/drone strike"),
        # the advance a shelling was to prevent is no act of its own
        (
            "وقتل خمسة مسلحين أمس في قصف للجيش على مدينة الرمادي لمنعهم من التقدم.",
            "Shelling/artillery/missile attack",
        ),
        # a storming prevented, told as done, is an attack repelled
        ("ومنعت القوات أمس المسلحين من اقتحام مدينة الرمادي بعد اشتباكات عنيفة.", "Armed clash"),
        # the strikes before they stopped; a fight after what was near
        ("وقصفت الطائرات أمس مدينة صعدة قبل أن تتوقف الغارات مع بدء الهدنة.", "Air/drone strike"),
        ("وكانت المدينة على وشك السقوط، لكن قوات الجيش صدت أمس هجوما للمسلحين عليها.", "Armed clash"),
        # the grievance a threat answers, told with a day of its own
        (
            "وهدد التنظيم الحكومة بالرد بعد أن اعتقلت الشرطة أمس عشرة من عناصره في مدينة غازي عنتاب.",
            "Arrests",
        ),
        # a ground retaking tried now, in a sentence that tells the fight: a side of that fight
        (
            "ودارت معارك عنيفة أمس في حي الراموسة، فيما يحاول الثوار استعادة السيطرة على النقاط التي خسروها في "
            "حي العامرية.",
            "Armed clash",
        ),
        # a tunnel blown under a position is a bomb
        (
            "وأعلنت الفصائل أمس تفجير نفق بطول 300 متر قرب حاجز للجيش في بلدة الفوعة بهدف السيطرة على نقاط.",
            "Remote explosive/landmine/IED",
        ),
        # an advance foiled: a fight, no ground changing hands
        ("وأحبطت فصائل المعارضة أمس محاولة تقدم نفذتها قوات النظام باتجاه قرية الزيادية.", "Armed clash"),
        # … who tried it told inside the phrase
        ("وأحبط الجيش العراقي أمس محاولة لداعش التقدم نحو ناحية البغدادي.", "Armed clash"),
        (
            "وقالت الوزارة إن داعش يقف وراء التفجير الذي استهدف سوقا في مدينة بغداد أمس.",
            "Remote explosive/landmine/IED",
        ),
        # a blast told as caused by the shelling or the strike named after it: that act
        (
            "وقالت مصادر محلية إن الانفجار نتج عن قصف الحوثيين لمنشآت النفط في منطقة الضباب أمس.",
            "Shelling/artillery/missile attack",
        ),
        (
            "وقال سكان إن الانفجارات ناجمة عن غارات لطيران التحالف على معسكر في مدينة ذمار أمس.",
            "Air/drone strike",
        ),
        # … told by the strike in the next sentence, at a unit named for its arms (a number, no count of rockets)
        (
            "وهزت سلسلة انفجارات عنيفة فجر أمس مدينة ذمار. وجاءت الانفجارات عقب قصف طيران التحالف بعدد من "
            "الغارات لمعسكر اللواء 33 صواريخ. وأكد سكان سماع دوي انفجارات كبيرة وتطاير عدد من الصواريخ إلى أحياء "
            "قريبة من المعسكر.",
            "Air/drone strike",
        ),
        # a day late in the last month, recent enough to be news (as «أواخر أيلول» is)
        (
            "وقصفت طائرات النظام بلدة كفرنبل أواخر الشهر الماضي ما أدى إلى مقتل خمسة مدنيين.",
            "Air/drone strike",
        ),
        # a summed-up toll with its act named is that act's
        (
            "وقال المسؤول إن حصيلة القتلى في التفجير الذي استهدف سوقا في مدينة بعقوبة أمس بلغت 12 قتيلا.",
            "Remote explosive/landmine/IED",
        ),
        # barrels dropped, named bare
        ("وألقى الطيران المروحي أمس براميل على بلدة داعل.", "Air/drone strike"),
    ],
)
def test_acts_told_beside_them(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "sub_event_type", "place"),
    [
        # an act told after بعد أن / بعدما with a day of its own is reported, at the place of its phrase, not
        # background (the clause before it a vow or a state, no act)
        (
            "وتعهد القائد بتحرير مدينة إب بعد أن سيطرت قوات الجيش أمس على مدينة الضالع.",
            "Government regains territory",
            "الضالع",
        ),
        (
            "وتعهد القائد بتحرير مدينة إب بعدما سيطرت قوات الجيش أمس على مدينة الضالع.",
            "Government regains territory",
            "الضالع",
        ),
        (
            "وقال المتحدث إن قوات الجيش باتت على مشارف مدينة زنجبار بعد أن سيطرت يوم الاثنين على بلدة الكود.",
            "Government regains territory",
            "الكود",
        ),
    ],
)
def test_an_act_told_after_with_its_day(
    pipeline: Pipeline, text: str, sub_event_type: str, place: str
) -> None:
    assert [(e.sub_event_type, e.place.name_ar if e.place else None) for e in _conflict(pipeline, text)] == [
        (sub_event_type, place)
    ]
