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
        (
            "وقالت الوزارة إن داعش يقف وراء التفجير الذي استهدف سوقا في مدينة بغداد أمس.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_acts_told_beside_them(pipeline: Pipeline, text: str, sub_event_type: str) -> None:
    assert sub_event_type in [e.sub_event_type for e in _conflict(pipeline, text)]
