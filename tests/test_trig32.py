"""Which sentences are conflict acts, and of which type: a blast no bomb is named for takes the cause the next
sentences tell of it (the rockets that hit the building, the bomber who blew himself up there); a car bomb whose
driver is told after as a suicide bomber is a suicide bombing."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _types(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "هز انفجار قوي مبنى البلدية في مدينة حمص صباح السبت، ما أسفر عن أضرار مادية."
            " وقالت مصادر محلية إن الانفجار ناتج عن سقوط صاروخ غراد أطلق من ريف المدينة.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "دوى انفجار عنيف في حي الشيخ عثمان بمدينة عدن مساء الأحد."
            " وقال سكان إن الانفجار نجم عن سقوط صواريخ كاتيوشا على الحي.",
            ["Shelling/artillery/missile attack"],
        ),
        (
            "قالت وزارة الداخلية أمس إن الانفجار الذي هز بلدة الميادين عمل إرهابي."
            " وأعلنت الوزارة مقتل 14 شخصا في الانفجار."
            " وأفاد مراسل بأن المعلومات الأولية تشير إلى أن انتحاريين اثنين دخلا المركز الثقافي وفجرا نفسيهما.",
            ["Suicide bomb"],
        ),
        (
            "قتل سبعة أشخاص في انفجار سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي يوم الاثنين."
            " وقال مصدر أمني إن انتحاريا كان يقود السيارة وفجرها عند الحاجز.",
            ["Suicide bomb"],
        ),
        # the one who blew himself up named between the verb and نفسه
        (
            "وفجر أحد عناصر التنظيم نفسه أمس وسط تجمع لمقاتلي العشائر في قرية البو حياة.",
            ["Suicide bomb"],
        ),
        ("وفجر مسلح من داعش أمس نفسه عند مدخل بلدة الشدادي.", ["Suicide bomb"]),
        # … not the dawn of a day: "فجر اليوم نفسه"
        ("وقصفت الطائرات بلدة الشدادي فجر اليوم نفسه.", ["Air/drone strike"]),
        # the blast stays a bomb's when nothing told after names its cause
        (
            "هز انفجار قوي مبنى البلدية في مدينة حمص صباح السبت. وتوجهت سيارات الإسعاف إلى موقع الانفجار.",
            ["Remote explosive/landmine/IED"],
        ),
        # car bombs a side blew up before they reached it are that side's act, not the bombers'
        (
            "وقالت الوكالة إن بلدة عين عيسى شهدت ظهر أمس تفجير قوات الأسايش لسيارتين مفخختين بعدما وصلتها معلومات"
            " عن تجهيزهما بالمتفجرات. وأضافت أن السيارتين المفخختين يقودهما انتحاريان من تنظيم داعش، انفجرتا عند"
            " مدخل البلدة.",
            ["Remote explosive/landmine/IED"],
        ),
        # a bomber told of another town is another act's
        (
            "هز انفجار قوي سوق مدينة بعقوبة أمس. وفي مدينة الرمادي فجر انتحاري نفسه أمس عند حاجز للجيش.",
            ["Remote explosive/landmine/IED", "Suicide bomb"],
        ),
    ],
)
def test_a_blast_takes_the_cause_told_after(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _types(pipeline, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a fight weighed as an option or resolved on, not fought
        "وقال مصدر معارض إن أحد الخيارات المطروحة يتمثل في فتح معركة في مدينة درعا.",
        "وقالت المصادر إن الفصائل اتخذت قرارا أمس بتخفيف الضغط عن مدينة درعا عبر فتح معارك أخرى في ريف القنيطرة.",
        "وقال المسؤول إن من بين الخيارات المطروحة شن هجوم بري على مدينة الرقة.",
        "واتخذت القيادة قرارا بشن غارات على مواقع التنظيم في مدينة الرقة.",
        # a side's part in the war, told in the present with no day
        "وقال ناشطون إن عناصر من حزب الله موجودة في بلدة نبل وتخوض المعارك إلى جانب قوات النظام.",
        "وقال المصدر إن مقاتلين أجانب يخوضون المعارك في صفوف التنظيم في مدينة الرقة.",
        "وتشارك قوات النخبة في القتال إلى جانب الجيش في مدينة الرمادي.",
        # an act remembered, or what a state has lasted since, or what reports something came after told
        "ونظم الأهالي أمس وقفة في ذكرى مقتل 30 مدنيا في قصف على مدينة دوما.",
        "ولم تهدأ المدينة منذ مقتل القائد العسكري في غارة على مدينة الحسكة.",
        "ويأتي ذلك بعد تقارير أشارت إلى استخدام التنظيم عبوات ناسفة في مدينة تدمر.",
        "ويأتي القرار بعد تقارير عن مقتل 12 مدنيا في غارة على مدينة إدلب.",
        # what a stretch of recent days came after
        "وشهدت البلاد مؤخرا موجة من العنف في الجنوب بعد تفجير انتحاري أودى بحياة 20 شخصا في بلدة القائم.",
        # what an initiative stipulates, what a practice does
        "وقال الوزير إن مبادرة الوسطاء تقضي بانسحاب الحوثيين من مدينة تعز مقابل وقف الغارات.",
        "وأعرب الأمين العام عن اعتقاده بأن سياسة الاستيطان والمزاولة القاسية بهدم منازل الفلسطينيين في الخليل"
        " أدت إلى التطرف.",
    ],
)
def test_no_act_of_the_day(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وانسحب الحوثيون أمس من مدينة تعز.", ["Non-violent transfer of territory"]),
        ("وقال المسؤول إن الجيش شن أمس هجوما على مدينة الرقة بعد قرار القيادة.", ["Armed clash"]),
        ("وقتل أمس 20 شخصا بعد تفجير انتحاري في بلدة القائم.", ["Suicide bomb"]),
        ("وهدمت القوات الإسرائيلية أمس منزلين في بلدة الخليل.", ["Looting/property destruction"]),
        # a fight opened, announced with its day, is fought
        ("وأعلنت الفصائل أمس فتح معركة لتحرير مدينة درعا.", ["Armed clash"]),
        # a fight going on as the report is written
        ("وتخوض القوات حاليا معارك عنيفة مع المسلحين في مدينة الرمادي.", ["Armed clash"]),
        # a fight a side was taking part in then
        ("وقال الأسير إن القيادي كان يشارك أمس في المواجهات في حي العروسة بمدينة عدن.", ["Armed clash"]),
        # an act told after a comma is its own
        (
            "ويأتي القرار بعد تقارير عن مقتل 12 مدنيا، وقتل أمس خمسة أشخاص في غارة على مدينة إدلب.",
            ["Air/drone strike"],
        ),
    ],
)
def test_acts_of_the_day_stay(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _types(pipeline, text) == expected


_COLUMN = (
    "بخلاف ما يقوله المشككون، فإن رواية الحكومة معقولة. وكان التنظيم قد بادر مبكرا باختطاف وقتل صحفيين غربيين،"
    " وهذا طبع التنظيمات الإرهابية.\nومن يعرف تاريخ هذه الجماعات يعرف أن تفجير الأسواق عادتها.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a writer's column, signed with the writer's address or followed by the list of the writer's columns:
        # the acts it argues from are no news
        (_COLUMN + "writer@example-news.com", []),
        (_COLUMN + "مقالات أخرى للكاتبالحرب والسلام !", []),
        # an act the column tells with a day of its own is news
        (
            "وقتل أمس عشرة أشخاص في تفجير سيارة مفخخة في سوق مدينة بعقوبة. وهذا طبع التنظيمات الإرهابية.\n"
            "writer@example-news.com",
            ["Remote explosive/landmine/IED"],
        ),
    ],
)
def test_a_column_argues_from_acts(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _types(pipeline, text) == expected
