"""Which of the places a clause names is where its act was (conflict assembler): places named for something else
than the act — a rank counted from them — are not."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

SUN = dt.date(2015, 8, 9)  # a Sunday: أمس = Saturday 2015-08-08


def _places(pipeline: Pipeline, text: str) -> list[tuple]:
    events = pipeline(Article(id="t", text=text, published=SUN))
    return [
        (e.sub_event_type, e.place.name_ar if e.place else None) for e in events if e.category == "conflict"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the places after بعد that a rank counts from ("the third … after A and B") are not the act's
        (
            "واستعادت قوات الجيش أمس السيطرة على محافظة لحج لتصبح المحافظة الثالثة المحررة بعد الضالع وعدن.",
            [("Government regains territory", "لحج")],
        ),
        (
            "وقصفت الطائرات أمس محافظة نينوى ثانية كبرى محافظات البلاد بعد بغداد.",
            [("Air/drone strike", "نينوى")],
        ),
        # a rank with no بعد after it compares the place with nothing named
        (
            "وقصفت الطائرات أمس مدينة الموصل ثانية كبرى مدن العراق.",
            [("Air/drone strike", "الموصل")],
        ),
    ],
)
def test_places_a_rank_is_counted_from_are_not_the_acts(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one strike, named again in the next sentence (الغارة) at a finer place than the governorate
        (
            "وأدت غارة شنتها طائرة بدون طيار أمس في محافظة الأنبار إلى مقتل خمسة مسلحين. وقال شهود إن الغارة "
            "استهدفت سيارة كان يستقلها المسلحون في مدينة هيت.",
            [("Air/drone strike", "هيت")],
        ),
    ],
)
def test_one_strike_told_again_at_a_finer_place(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


def test_civilians_of_another_country_were_not_hit_at_the_place_told_before(pipeline: Pipeline) -> None:
    # the act names no place: it takes none from the sentence before, in another country than its victims'
    text = (
        "وقتل جندي تركي أمس عندما انفجر لغم أرضي في مدينة مديات بمحافظة ماردين. وقالت سلطات إقليم كردستان إن ستة "
        "من المدنيين العراقيين قتلوا أمس في قصف للطائرات التركية."
    )
    assert _places(pipeline, text) == [("Remote explosive/landmine/IED", "مديات"), ("Air/drone strike", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building of no name of its own is coded at the town it stands in, by the town's name
        ("قصفت طائرات النظام أمس مبنى المحكمة في مدينة دوما.", [("Air/drone strike", "دوما")]),
        # … and two such buildings of one town are one place: one event there
        (
            "قصفت طائرات النظام أمس مبنى المحكمة في مدينة دوما، كما قصفت مبنى البلدية في مدينة دوما.",
            [("Air/drone strike", "دوما")],
        ),
        # … a party's seat too: an adjective after the party that ends as a unit of distance does (الحاكم: كم)
        # measures nothing from the town
        (
            "انفجرت عبوة ناسفة أمس أمام مقر الحزب الحاكم في مدينة أضنة فقتلت حارسين.",
            [("Remote explosive/landmine/IED", "أضنة")],
        ),
        ("هاجم مسلحون أمس مكتب الحزب الحاكم في غازي عنتاب وقتلوا شرطيا.", [("Armed clash", "غازي عنتاب")]),
    ],
)
def test_a_building_is_coded_at_its_town(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object named again at another place ("ومناطق أخرى في بلدة Y"): the same act there too
        (
            "وقصف الطيران المروحي أمس بالبراميل مناطق في بلدة كفرنبل ومناطق أخرى في بلدة معرة النعمان.",
            [("Air/drone strike", "كفرنبل"), ("Air/drone strike", "معرة النعمان")],
        ),
        (
            "وقصفت قوات النظام أمس أماكن في قريتي الكبينة والتفاحية وأماكن أخرى في بلدة كنسبا.",
            [
                ("Shelling/artillery/missile attack", "الكبينة"),
                ("Shelling/artillery/missile attack", "التفاحية"),
                ("Shelling/artillery/missile attack", "كنسبا"),
            ],
        ),
        # not the region around it, nor a side's positions
        (
            "وقصفت قوات النظام أمس أماكن في بلدة كفرنبل ومناطق أخرى في ريف إدلب.",
            [("Shelling/artillery/missile attack", "كفرنبل")],
        ),
        # another act of the kind after بالإضافة إلى, at the next place
        (
            "وشن الطيران أمس خمس غارات على مواقع المسلحين في محافظة صعدة بالإضافة إلى غارتين على مواقعهم في "
            "محافظة حجة.",
            [("Air/drone strike", "صعدة"), ("Air/drone strike", "حجة")],
        ),
        # (not an act of another kind, nor the place of no act of its own)
        (
            "وشن الطيران أمس غارات على مواقع المسلحين في محافظة صعدة بالإضافة إلى مخازن أسلحة في محافظة حجة.",
            [("Air/drone strike", "صعدة")],
        ),
        # a village of the country that bears a capital's name is a place, not that capital's government
        (
            "وقصف الطيران المروحي أمس قرى قسطون والقاهرة في سهل الغاب.",
            [("Air/drone strike", "قسطون"), ("Air/drone strike", "القاهرة")],
        ),
        (
            "وقصفت قوات النظام أمس بالمدفعية قرية القاهرة في ريف حماة.",
            [("Shelling/artillery/missile attack", "القاهرة")],
        ),
        # places each around which, joined by و
        (
            "ودارت اشتباكات أمس في محيط بلدة كفرنبل وأطراف بلدة حيش بين قوات النظام والفصائل.",
            [("Armed clash", "كفرنبل"), ("Armed clash", "حيش")],
        ),
        # a verb after the place is no second place of a list
        (
            "وقصفت الطائرات أمس مواقع في حلب وقتلت عشرة مسلحين.",
            [("Air/drone strike", "حلب")],
        ),
        # the places a route took in (مرورا بـ، ووصولا إلى), a quoted hill the first
        (
            'وسيطرت فصائل المعارضة أمس على "تل الحمرا" الاستراتيجي مروراً بقرية "الجلمة" ووصولاً إلى قرية "المغير".',
            [
                ("Non-state actor overtakes territory", "تل الحمرا"),
                ("Non-state actor overtakes territory", "الجلمة"),
                ("Non-state actor overtakes territory", "المغير"),
            ],
        ),
        # a town named after a list's type word and و is one more place of it (not Medina, where the index has a
        # town of that word)
        (
            "وقصفت قوات النظام أمس بلدتي الحراك وناحتة ومدينة إنخل.",
            [
                ("Shelling/artillery/missile attack", "الحراك"),
                ("Shelling/artillery/missile attack", "ناحتة"),
                ("Shelling/artillery/missile attack", "إنخل"),
            ],
        ),
        # the second of a pair the index lacks, right before the side of a known place that locates the two
        (
            "وشنت مقاتلات التحالف أمس غارات على مواقع المسلحين في منطقة الصوان والعبر شمال غرب صنعاء.",
            [("Air/drone strike", "الصوان"), ("Air/drone strike", "العبر")],
        ),
        # the act's count told again at another place ("ومثلها قرب Y")
        (
            "وشنت طائرات التحالف أمس خمس غارات قرب تكريت ومثلها قرب الفلوجة.",
            [("Air/drone strike", "تكريت"), ("Air/drone strike", "الفلوجة")],
        ),
        # a governorate named as such is coarser than a village the index places only there
        (
            "وتعرضت محافظة إدلب أمس لقصف الطيران المروحي بالبراميل المتفجرة قرية معرزاف بريف إدلب الجنوبي.",
            [("Air/drone strike", "معرزاف")],
        ),
        # another act of the kind told on after a comma ("وسيارة مفخخة أخرى"، "وغارة ثانية"), at its own place:
        # each its own event, the first named first (not the finer-sounding place of the other alone)
        (
            "وقتل وجرح آخرون أمس في انفجار سيارتين مفخختين في منطقة الكرادة بمدينة بغداد، وسيارة مفخخة أخرى "
            "استهدفت حي الجهاد جنوب غربي المدينة.",
            [("Remote explosive/landmine/IED", "الكرادة"), ("Remote explosive/landmine/IED", "الجهاد")],
        ),
        (
            "وشنت طائرات التحالف أمس غارة على منطقة الصوان بمدينة صنعاء، وغارة ثانية على حي الحصبة.",
            [("Air/drone strike", "الصوان"), ("Air/drone strike", "الحصبة")],
        ),
        # the list named with the verb of suffering, clauses before the act it suffered (تعرضت X وY، …، لقصف)
        (
            "وتعرضت أمس مناطق في بلدتي كفرنبل وحاس، في ريف إدلب الجنوبي، لقصف جوي.",
            [("Air/drone strike", "كفرنبل"), ("Air/drone strike", "حاس")],
        ),
        (
            "تعرضت قريتا الحلوة والروضة في ناحية ربيعة، بريف اللاذقية الشمالي، لقصف مدفعي عنيف يوم أمس.",
            [
                ("Shelling/artillery/missile attack", "الحلوة"),
                ("Shelling/artillery/missile attack", "الروضة"),
            ],
        ),
        # the preposition told again for the next place, who holds each told after it (التي يسيطر عليها …)
        (
            "وشن الطيران الحربي أمس غارات على بلدة تلبيسة التي تسيطر عليها الفصائل في ريف حمص الشمالي، وعلى "
            "قرية الزارة التي يسيطر عليها تنظيم داعش.",
            [("Air/drone strike", "تلبيسة"), ("Air/drone strike", "الزارة")],
        ),
        # another target joined by و near the next place ("ومخازن أسلحة قريبة من Y") is the act there too
        (
            "وقال التحالف إن طائراته نفذت أمس سبع ضربات في العراق أصابت مواقع قتالية قرب الموصل ومخازن أسلحة "
            "قريبة من تلعفر.",
            [("Air/drone strike", "الموصل"), ("Air/drone strike", "تلعفر")],
        ),
        (
            "وأصابت ضربات التحالف أمس مواقع للتنظيم بالقرب من دير الزور والميادين وجسورا قريبة من البوكمال.",
            [
                ("Air/drone strike", "دير الزور"),
                ("Air/drone strike", "الميادين"),
                ("Air/drone strike", "البوكمال"),
            ],
        ),
    ],
)
def test_each_place_of_a_list_is_an_event(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the front a commander leads (قائد محور X) is his title, not where he was ambushed
        (
            "ونصب مسلحون قبليون في مديرية لودر كمينا لقائد محور البيضاء أمس وقتلوا ثلاثة من مرافقيه.",
            [("Armed clash", "لودر")],
        ),
        # where the reinforcements were heading is not where the clash was
        (
            "وقتل قائد حوثي أمس في مواجهات أثناء محاولته قيادة تعزيزات باتجاه مدينة عدن.",
            [("Armed clash", None)],
        ),
        # where the dead came from, after the fighting they fell in ("قتلوا في المعارك من بلدة X"), is not where it
        # was
        (
            "وشيع الحزب أمس أحد عناصره الذين قتلوا في المعارك من بلدة شمسطار البقاعية.",
            [("Armed clash", None)],
        ),
        # where the sources telling the news are, beside the place of the act, is not that place
        (
            "وقالت مصادر محلية في مديرية المخا إن طائرات التحالف شنت أمس غارات على معسكر في منطقة باب المندب.",
            [("Air/drone strike", "باب المندب")],
        ),
        # (the sources' place alone: the act's, for want of another)
        (
            "وقالت مصادر محلية في مدينة تعز إن طائرات التحالف شنت أمس غارات على معسكر للحوثيين.",
            [("Air/drone strike", "تعز")],
        ),
        # where a statement on the act was told (to the press, in a statement given there) is not where it was
        (
            "وقتل 30 شخصا أمس في تفجير انتحاري في بلدة سروج. وقال رئيس الوزراء أمام الصحافيين في أنقرة إن "
            "التفجير ناجم عن هجوم انتحاري.",
            [("Suicide bomb", "سروج")],
        ),
        (
            "وقتل 30 شخصا أمس في تفجير انتحاري في بلدة سروج. وقال رئيس الوزراء في تصريح أدلى به في أنقرة إن "
            "التفجير ناجم عن هجوم انتحاري.",
            [("Suicide bomb", "سروج")],
        ),
        (
            "وقتل 30 شخصا أمس في تفجير انتحاري في بلدة سروج. وقال الوزير للصحافيين في أنقرة إن التفجير ناجم عن "
            "هجوم انتحاري.",
            [("Suicide bomb", "سروج")],
        ),
        # the town of a man's office or origin is his, not where the act was, when the clause names another place
        (
            "واعتقلت قوات الأمن أمس رئيس المجلس المحلي لبلدة داعل أثناء مروره على حاجز في مدينة درعا.",
            [("Arrests", "درعا")],
        ),
        (
            "وخطف مسلحون أمس مهندسا من أبناء مدينة الرمادي في العاصمة بغداد.",
            [("Abduction/forced disappearance", "بغداد")],
        ),
        (
            "واعتقل الحوثيون أمس الصحفي محمد علي ابن مدينة إب في العاصمة صنعاء.",
            [("Arrests", "صنعاء")],
        ),
        (
            "واغتال مسلحون أمس عميد بلدية سبها أثناء مروره في مدينة أوباري.",
            [("Attack", "أوباري")],
        ),
        # (a town put right after it with في, which the gazetteer reads as where his town lies, is where he was)
        (
            "واعتقلت قوات النظام أمس رئيس بلدية معرة النعمان في مدينة حماة.",
            [("Arrests", "حماة")],
        ),
        # (his town alone: the act's, for want of another)
        (
            "واعتقلت قوات الأمن أمس رئيس بلدية داعل.",
            [("Arrests", "داعل")],
        ),
        # a town that names a news outlet is whose voice it is: the act told is at the town the report names
        (
            "قتل أربعة مدنيين في غارة جوية على بلدة سرمين أمس، وقالت شبكة حماة الإخبارية إن الطائرات استهدفت"
            " السوق.",
            [("Air/drone strike", "سرمين")],
        ),
        (
            "وقصف الطيران الحربي أمس بلدة بنش، بحسب ما أفاد مركز حلب الإعلامي.",
            [("Air/drone strike", "بنش")],
        ),
        # a place the index lacks, named before the side of a known city it lies on, is the place, not the city
        (
            "واستهدف كمين للمقاومة أمس تعزيزات للحوثيين في منطقة القاعدة شرقي تعز.",
            [("Armed clash", "القاعدة")],
        ),
        # an act on a road between two places is at the first named (not at the second, with its type word, too,
        # nor at the governorate around both)
        (
            "شن طيران التحالف أمس غارة على الطريق العام الرابط بين مديرية عسيلان ومديرية بيحان فقتل عشرة مسلحين.",
            [("Air/drone strike", "عسيلان")],
        ),
        (
            "قتل أربعة جنود أمس في هجوم لمسلحين على حاجز على الطريق الدولي بين أجدابيا وطبرق.",
            [("Armed clash", "أجدابيا")],
        ),
    ],
)
def test_places_of_a_title_a_source_a_convoys_goal_or_a_reference_city_are_not_the_acts(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected


def test_a_place_is_named_without_the_invisible_marks_written_inside_it(pipeline: Pipeline) -> None:
    # a right-to-left embedding around a name pasted from another page: the gazetteer reads through it, and the
    # name given out is the name as read, not with the marks
    text = "وقصفت طائرات التحالف أمس مواقع للحوثيين في منطقة \u202bباب\u202c المندب."
    assert _places(pipeline, text) == [("Air/drone strike", "باب المندب")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual type word opening on ب right after the side that shelled is no "بـ" of the side's branch: each
        # town of the pair is shelled
        (
            "وقصفت فصائل المعارضة بلدتي نبل والزهراء أمس بعشرات القذائف.",
            [("Shelling/artillery/missile attack", "نبل"), ("Shelling/artillery/missile attack", "الزهراء")],
        ),
        # (the side's branch, named with a ب clitic, is not where it acted)
        (
            "وطردت المقاومة الشعبية بمحافظة مأرب أمس مسلحي الحوثي من مديرية صرواح.",
            [("Non-state actor overtakes territory", "صرواح")],
        ),
    ],
)
def test_a_pair_of_towns_after_the_side_is_where_it_acted(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a side withdrew to is not where the withdrawal was: the ground it left is, named with من
        (
            "وانسحب مسلحو تنظيم داعش أمس من بلدة مارع باتجاه مدينة الباب.",
            [("Non-violent transfer of territory", "مارع")],
        ),
        # … and with none named, the goal (and the governorate it is the seat of) places nothing
        (
            "وقال المصدر إن ما تبقى من مسلحي الحوثي انسحبوا أمس إلى مدينة زنجبار عاصمة محافظة أبين.",
            [],
        ),
        # (another act told after, naming no place of its own, is done at the goal; citizens held by an armed
        # group are abducted: see tests/test_types3_seizures.py)
        (
            "وانسحبت قيادات الحوثي أمس إلى مدينة لودر وتنفذ حملة اعتقالات بحق المواطنين.",
            [("Abduction/forced disappearance", "لودر")],
        ),
    ],
)
def test_where_a_side_withdrew_to_is_not_where_it_withdrew(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places joined by و after one act, bare or with the preposition told again, past what the first is said
        # to be (الجوية): one event at each (ACLED: one event per place)
        (
            "وشنت طائرات التحالف أمس غارات على مواقع للحوثيين في مناطق متفرقة في صعدة وعمران.",
            [("Air/drone strike", "صعدة"), ("Air/drone strike", "عمران")],
        ),
        (
            "وكثفت طائرات التحالف غاراتها أمس على مواقع المسلحين في قاعدة العند الجوية وفي الحوطة.",
            [("Air/drone strike", "العند"), ("Air/drone strike", "الحوطة")],
        ),
        # … or in the clause after, that goes on with the act's object and tells nothing of its own
        (
            "وقصف الجيش العراقي أمس براجمات الصواريخ حيي المنصور والقادسية وسط المدينة، وعلى حي الزهور في جنوبها.",
            [("Shelling/artillery/missile attack", x) for x in ("المنصور", "القادسية", "الزهور")],
        ),
        (
            "وقصفت الطائرات أمس مواقع للمسلحين في مدينة هيت، بالإضافة إلى الرطبة غرب الأنبار.",
            [("Air/drone strike", "هيت"), ("Air/drone strike", "الرطبة")],
        ),
        # (streets are no places of their own: the quarter after them stays the one place)
        (
            "وقتل خمسة أشخاص أمس جراء سقوط قذائف على شارعي الثورة وبغداد وحي القصاع في دمشق.",
            [("Shelling/artillery/missile attack", "القصاع")],
        ),
    ],
)
def test_each_place_joined_by_and_is_an_event(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pair named again by the definite dual of its kind is where the act was: each its own event, the
        # toll at the first
        (
            "واندلعت اشتباكات أمس بين قوات المعارضة وقوات النظام في قريتي تل أعور والفريكة بريف إدلب، أسفرت عن سيطرة "
            "قوات النظام على القريتين، بعد مقتل 30 من عناصرها.",
            [("Government regains territory", "تل أعور"), ("Government regains territory", "الفريكة")],
        ),
        # where people come from, and the places they demand be protected, are not where they protested
        (
            "وكانت عائلات متحدرة من بلدتي نبل والزهراء موجودة في حي المزة بدمشق، تظاهرت أمس مطالبة بحماية سكان نبل "
            "والزهراء.",
            [("Peaceful protest", "المزة")],
        ),
        (
            "وكانت عائلات متحدرة من نبل والزهراء موجودة في ضاحية قدسيا قرب دمشق، تظاهرت أمس، مطالبة بحماية سكان نبل "
            "والزهراء.",
            [("Peaceful protest", "قدسيا")],
        ),
    ],
)
def test_a_pair_named_again_is_where_the_act_was_and_where_people_came_from_is_not(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an area named as such and placed by the town it lies by is the place, not that town
        (
            "وسيطرت المقاومة الشعبية أمس على منطقة مثلث الشيخ عند المدخل الشرقي لمدينة عدن.",
            [("Non-state actor overtakes territory", "مثلث الشيخ")],
        ),
        (
            "وقتل ضابط أمس جراء الاشتباكات الدائرة في منطقة الصابري بمدينة بنغازي.",
            [("Armed clash", "الصابري")],
        ),
    ],
)
def test_an_area_by_a_town_is_the_place_not_the_town(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shelling is where its fire fell, not where the side that fired is stationed, when the clause names both
        (
            "وقصفت مدفعية قوات النظام المتمركزة في جبل الأربعين أمس مواقع المعارضة في بلدة كفرنبل.",
            [("Shelling/artillery/missile attack", "كفرنبل")],
        ),
        (
            "وقصفت دبابة للمقاومة تتمركز في جبل صبر أمس مواقع الحوثيين في مدينة التربة.",
            [("Shelling/artillery/missile attack", "التربة")],
        ),
        # (a clash with the forces stationed there is there)
        (
            "ودارت أمس اشتباكات بين الفصائل والقوات المتمركزة في بلدة كفرنبل.",
            [("Armed clash", "كفرنبل")],
        ),
        # a village named as where the act was, after the town the act is told near, is the place
        (
            "وقتل خمسة مدنيين أمس في غارة قرب مدينة إدلب على قرية كفرعويد.",
            [("Air/drone strike", "كفرعويد")],
        ),
        (
            "وقتل خمسة مدنيين أمس في غارة جوية قرب مدينة إدلب استهدفت بلدة بنش.",
            [("Air/drone strike", "بنش")],
        ),
        # (not a village of another act of the sentence)
        (
            "وقتل خمسة مدنيين أمس في غارة قرب مدينة إدلب، وقصفت المدفعية قرية الشيخ مصطفى.",
            [("Air/drone strike", "إدلب"), ("Shelling/artillery/missile attack", "الشيخ مصطفى")],
        ),
        # an act told "the same day" right after a sentence that tells no act drafted is where that sentence is,
        # not at the place of the last act told
        (
            "وقصفت دبابة للمقاومة تتمركز في جبل صبر أمس مواقع للحوثيين في منطقة الحوبان. واندلعت الاشتباكات في "
            "المنطقة بعد أن أحرق السكان قبل أسبوع دبابة للميليشيات كانت تتمركز في قرية الشقب بهدف قصف مدينة تعز. "
            "وقتل في اليوم نفسه أربعة من السكان.",
            [("Shelling/artillery/missile attack", "الحوبان"), ("Attack", "الشقب")],
        ),
        (
            "وقصفت الطائرات أمس مواقع للتنظيم في مدينة الرقة. واندلعت الاشتباكات في المنطقة بعد أن أحرقت الفصائل "
            "قبل أسبوع دبابة في قرية السلحبية. وقتل في ذات اليوم خمسة مدنيين.",
            [("Air/drone strike", "الرقة"), ("Attack", "السلحبية")],
        ),
    ],
)
def test_where_fire_fell_and_where_the_same_day_was(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _places(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place fronted before the act (وفي X، …، VERB) with the city it lies off set between commas: the place
        # is X, not the city that only orients it
        (
            "وفي محافظة البيضاء، جنوب شرق صنعاء، قصفت طائرات التحالف أمس مواقع للحوثيين.",
            [("Air/drone strike", "البيضاء")],
        ),
        (
            "وفي مدينة مأرب، شرق صنعاء، شنت طائرات التحالف أمس غارات على تجمعات للمتمردين.",
            [("Air/drone strike", "مأرب")],
        ),
        # … or told with "lying to the north of": the place lies off the city, it is not in it
        (
            "وفي محافظة الجوف، الواقعة إلى الشمال من العاصمة صنعاء، سيطر مسلحو القبائل أمس على معسكر للحوثيين.",
            [("Non-state actor overtakes territory", "الجوف")],
        ),
        (
            "وفي مديرية حيس الواقعة جنوب مدينة الحديدة قصفت طائرات التحالف أمس مواقع الحوثيين.",
            [("Air/drone strike", "حيس")],
        ),
        # the place named right before the town it is told near, fronted before the act, is where it was
        (
            "وفي بلدة جرمانا قرب دمشق قصفت قوات النظام أمس منازل المدنيين.",
            [("Shelling/artillery/missile attack", "جرمانا")],
        ),
        (
            "وفي مدينة زنجبار بالقرب من عدن اندلعت أمس اشتباكات بين المقاومة والحوثيين.",
            [("Armed clash", "زنجبار")],
        ),
    ],
)
def test_a_fronted_place_is_not_the_city_that_orients_it(
    pipeline: Pipeline, text: str, expected: list
) -> None:
    assert _places(pipeline, text) == expected
