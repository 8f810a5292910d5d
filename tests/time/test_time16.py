"""Clause dates of acts told in a flashback, done at once after or with the act before, and of more of a
statement told before (rows of our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize

THU = dt.date(2016, 10, 6)
SAT = dt.date(2016, 10, 8)
FRI = dt.date(2016, 10, 7)

ROWS = [
    # a flashback with its own day, a comma after the day: the rest of its sentence is of that day, the next
    # sentence back at the report's
    (
        "قصفت الطائرات مواقع المسلحين في مدينة الرمادي اليوم. وكان مسلحون أطلقوا أمس، النار على نقطة للشرطة "
        "في بلدة هيت، ما أدى إلى مقتل شرطي. وقصفت المدفعية قرية قريبة.",
        THU,
        {"النار علي نقطه": "2016-10-05", "ما ادي": "2016-10-05", "وقصفت المدفعيه": "2016-10-06"},
    ),
    # done at once after the act of a flashback: of that act's day, and what goes on telling it
    (
        "قصفت الطائرات مواقع المسلحين في مدينة الرمادي اليوم السبت. وكانت مجموعة مسلحة هاجمت الأربعاء موقعا "
        "للجيش قرب الحدود. ورد الجيش على الفور بقصف مواقع المهاجمين. وأطلقت دباباته عدة قذائف.\n"
        "وقال وزير الدفاع إن العمليات مستمرة.",
        SAT,
        {"على الفور": "2016-10-05", "واطلقت دباباته": "2016-10-05", "وقال وزير": "2016-10-08"},
    ),
    # at the same time as the strike told before: the strike's day, not the day of the statement telling it
    (
        "قالت الوزارة إن الطائرات قصفت أمس الجمعة مواقع للتنظيم. وأفادت الوزارة، في بيان صباح اليوم السبت، "
        "أن الطائرات دمرت مخازن للذخيرة. وأشارت إلى أنه بالتزامن مع الضربة الجوية، قصفت المدفعية أهدافا "
        "للتنظيم، فيما أكدت الوزارة مواصلة العمليات.",
        SAT,
        {"قصفت المدفعيه": "2016-10-07", "فيما اكدت": "2016-10-08"},
    ),
    # more of a statement told in the paragraph before: the act it tells goes on with that statement's day,
    # not the day the statement came out
    (
        "قصفت الطائرات مواقع في ريف حلب أمس.\n"
        "من جهة أخرى، قال التحالف في بيان إن طائراته نفذت 20 غارة على مواقع التنظيم أمس الأول.\n"
        "وقال البيان الذي صدر أمس إن ست غارات نفذت قرب مدينة الحسكة.",
        SAT,
        {"نفذت قرب": "2016-10-06"},
    ),
    # a day told after «في حين» (while) is of that clause only, not of the undated act before it
    (
        "قصفت الطائرات مواقع في ريف حماة اليوم.\n"
        "وتستمر الاشتباكات في محيط بلدة المنصورة، ترافقت مع قصف الطيران لمناطق في قرية العنكاوي، في حين ألقى "
        "الطيران المروحي براميل متفجرة صباح أمس على قرية الزكاة.",
        SAT,
        {"قصف الطيران لمناطق": "2016-10-08", "براميل متفجره": "2016-10-07"},
    ),
    # … and so is a day told in a clause that opens with و and an act of its own
    (
        "قصفت الطائرات مواقع في ريف حماة اليوم.\n"
        "وجددت قوات النظام قصفها لمناطق في بلدة حلفايا دون أنباء عن إصابات، واختطف مسلحون مجهولون أمس "
        "الأول شابا في مدينة صوران.",
        SAT,
        {"قصفها لمناطق": "2016-10-08", "واختطف مسلحون": "2016-10-06"},
    ),
    # … not when the doer goes on: his visit and the meeting told with its day are of that day
    (
        "قصفت الطائرات مواقع في ريف حماة اليوم.\n"
        "وزار المبعوث الأممي العاصمة العمانية مسقط، والتقى الخميس بمسؤولين في وزارة الخارجية.",
        SAT,
        {"وزار المبعوث": "2016-10-06", "والتقي الخميس": "2016-10-06"},
    ),
    # … nor when a date alone after a comma completes the act before it
    (
        "قصفت الطائرات مواقع في ريف حماة اليوم.\nواندلعت اشتباكات عنيفة في محيط بلدة حلفايا منذ، صباح أمس.",
        SAT,
        {"اشتباكات عنيفه": "2016-10-07"},
    ),
    # «بينما كان» (while he was): the circumstance of the act before it, whose day it gives
    (
        "قالت الوزارة في بيان اليوم، إن قياديا في التنظيم قتل في ضربة جوية، بينما كان يتنقل في سيارة قرب "
        "بلدة سرمدا في الثالث من أكتوبر.",
        SAT,
        {"قتل في ضربه": "2016-10-03"},
    ),
    # a turn to another item ("وفي السياق"، "إلى ذلك"): its undated acts take the article's frame, not the day of
    # the account told before it
    (
        "قصفت الطائرات مواقع التنظيم في مدينة الموصل أمس الخميس. وقال مصدر إن مسلحين خطفوا عشرة رعاة يوم "
        "الأربعاء في بلدة تلعفر. وفي السياق، قتل خمسة أشخاص في انفجار سيارة مفخخة في حي الكرادة.",
        FRI,
        {"خطفوا عشره": "2016-10-05", "قتل خمسه": "2016-10-06"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في مدينة الموصل أمس الخميس. وقال مصدر إن مسلحين خطفوا عشرة رعاة يوم "
        "الأربعاء في بلدة تلعفر. إلى ذلك، قتل خمسة أشخاص في انفجار سيارة مفخخة في حي الكرادة.",
        FRI,
        {"قتل خمسه": "2016-10-06"},
    ),
    # … not a side's answer in the same story ("من جانبه"), nor the same context told on ("في السياق ذاته")
    (
        "قصفت الطائرات مواقع التنظيم في مدينة الموصل أمس الخميس. والتقى المبعوث الدولي وزير الخارجية يوم "
        "الأربعاء في طهران. من جانبه، أكد المبعوث خلال اللقاء ضرورة الحل السياسي. في السياق ذاته، نقلت قناة "
        "محلية عن مساعد الوزير تأكيده أهمية الزيارة.",
        FRI,
        {"اكد المبعوث": "2016-10-05", "نقلت قناه": "2016-10-05"},
    ),
    # a day of what the act came after (بعد … التي): not carried to the sentences after it
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وتزامنت الغارات التي جاءت بعد اتصال هاتفي بين "
        "الرئيسين يوم الأربعاء مع حملة مداهمات في المدينة. واعتقلت الشرطة عشرين مشتبها به في حي الميدان.",
        SAT,
        {"واعتقلت الشرطه": "2016-10-08"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وأعلنت الفصائل سيطرتها على بلدة عين عيسى بعد "
        "المعارك التي اندلعت فيها يوم الأربعاء الماضي. وقتل ثلاثة مدنيين في قصف على حي الثكنة.",
        SAT,
        {"وقتل ثلاثه": "2016-10-08"},
    ),
    # … nor the day of what the act came the day after (غداة) or before (عشية), or some days after or before
    # («بعد يومين من»), with or without a relative clause
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وقتل خمسة جنود في كمين غداة الهجوم الذي وقع يوم "
        "الأربعاء على البلدة. وقصفت المدفعية قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-08"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وشددت الشرطة الإجراءات في المدينة غداة هجوم "
        "انتحاري على سوق البلدة يوم الخميس. وقصفت المدفعية قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-08"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وقتل خمسة جنود في كمين عشية الاجتماع الذي عقد "
        "يوم الأحد في جنيف. وقصفت المدفعية قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-08"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وقتل خمسة جنود في كمين بعد يوم من تفجير انتحاري "
        "في سوق البلدة الخميس الماضي. وقصفت المدفعية قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-08"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وقتل ثلاثة جنود في كمين قبل يومين من المحادثات "
        "المقررة يوم الاثنين في جنيف. وقصفت المدفعية قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-08"},
    ),
    # … but the eve of a day is the date's own ("عشية الجمعة"), carried on
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم. وقتل خمسة جنود في كمين عشية الجمعة. وقصفت المدفعية "
        "قرية قريبة.",
        SAT,
        {"وقصفت المدفعيه": "2016-10-06"},
    ),
    # … not a part of the day after بعد ("بعد ظهر أمس"), nor a verb of its own after it ("بعد أن قصفتها"): the
    # story's day, carried on
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وقتل خمسة مدنيين في الغارات التي شنتها الطائرات "
        "بعد ظهر أمس على البلدة. وقالت مصادر طبية إن عشرة آخرين أصيبوا في القصف.",
        SAT,
        {"وقالت مصادر": "2016-10-07"},
    ),
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وانسحب المسلحون من البلدة بعد أن قصفتها "
        "المدفعية يوم الخميس. وقالت مصادر محلية إن عشرة منهم قتلوا في القصف.",
        SAT,
        {"وقالت مصادر": "2016-10-06"},
    ),
    # … nor a distance ("على بعد أمتار من"): the day dates the act and is carried on
    (
        "قصفت الطائرات مواقع التنظيم في ريف الرقة اليوم السبت. وانفجرت عبوة ناسفة على بعد أمتار من دورية للجيش "
        "كانت تمر في الشارع الذي يربط البلدتين صباح الخميس. وقالت مصادر إن جنديين أصيبا في الانفجار.",
        SAT,
        {"وقالت مصادر": "2016-10-06"},
    ),
    # a week that ends the sentence dates the verb whose object its clause holds, across a clause set off by
    # commas between
    (
        "وألغيت المسيرة بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، 20 شخصا في بلدة حدودية الأسبوع الماضي.",
        SAT,
        {"قتل انتحاري": "2016-10-04"},
    ),
    # an act told without a day, then the day of the source it is told after («بحسب ما أفاد أمس»): the act's
    # day, and the day the story runs at (not that of a statement of another day told later)
    (
        "قتل 30 شخصا على الأقل في اشتباكات بين عشيرتين في مدينة الكفرة، بحسب ما أفاد أمس الأربعاء مسؤول محلي. "
        "وقال المسؤول إن المعارك تدور بالأسلحة المتوسطة. ودعت الحكومة في بيان يوم الاثنين إلى وقف القتال.",
        THU,
        {"قتل 30": "2016-10-05", "المعارك تدور": "2016-10-05", "ودعت الحكومه": "2016-10-03"},
    ),
    # a tally of the last hours, then the statement in the next paragraph: its items are of the tally's day
    (
        "قتل 40 عنصرا من التنظيم خلال الساعات الـ48 الماضية في غارات للتحالف على ريف الرقة.\nوقال المرصد في "
        "بيان اليوم السبت إن غالبيتهم من السوريين، وأشار إلى مقتل 12 منهم في قصف على مدينة الطبقة.",
        SAT,
        {"واشار الي": "2016-10-07"},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROWS)
def test_clause_dates(pipeline: Pipeline, text: str, published: dt.date, expected: dict[str, str]) -> None:
    doc = pipeline.make_doc(Article(id="t", text=text, published=published))
    got = {}
    for part in expected:
        key = normalize(part).text
        c = next(c for c in doc.clauses if key in doc.text[c.start : c.end])
        assert c.date is not None
        got[part] = c.date.iso()
    assert got == expected


def test_a_clause_told_as_done_of_late_is_of_days_near_the_report(pipeline: Pipeline) -> None:
    # "وقع مؤخرا" (happened of late), no day of its own: the report's week, not its day (the act itself is
    # background and no event: see tests/test_trig30.py)
    text = "وقال الوزير إن الحكومة ستشدد الإجراءات على الحدود بعد تفجير انتحاري وقع مؤخرا في مدينة إدلب."
    doc = pipeline.make_doc(Article(id="t", text=text, published=SAT))
    c = next(c for c in doc.clauses if "مؤخرا" in doc.text[c.start : c.end])
    assert c.date is not None
    assert (c.date.iso(), c.date.precision) == ("2016-10-08", 2)
