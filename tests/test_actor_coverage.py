"""Actor coverage: named sides of the 2015 wars (Syria, Iraq, Yemen, Libya, Turkey, Lebanon) that the lexicon
names and codes. Each row is a short report written for the project; the event it gives must carry the side's
code in the named role."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    # Iraq
    ("قصفت قوات زيرفاني مواقع لتنظيم داعش قرب بلدة بعشيقة شرق الموصل أمس.", "actor1", "IRQMIL"),
    ("وشنت كتائب حزب الله هجوما على مواقع تنظيم داعش في قضاء بيجي أمس.", "actor1", "IRQUAF"),
    ("واشتبك مقاتلو حركة النجباء مع عناصر داعش قرب مدينة سامراء أمس.", "actor1", "IRQUAF"),
    ("واشتبكت وحدات مقاومة سنجار مع عناصر داعش غرب جبل سنجار أمس.", "actor1", "IRQUAF"),
    ("وقال مسؤول إن الدواعش أعدموا خمسة مدنيين في بلدة هيت أمس.", "actor1", "IRQREB"),
    ("وتبنى جيش رجال الطريقة النقشبندية هجوما على دورية للجيش العراقي في الحويجة أمس.", "actor1", "IRQREB"),
    ("وفجر الدواعش سيارة مفخخة عند حاجز للجيش العراقي في مدينة الرمادي أمس.", "actor1", "IRQREB"),
    # Syria
    ("هاجمت الفرقة 30 مواقع لتنظيم داعش قرب بلدة مارع في ريف حلب الشمالي أمس.", "actor1", "SYRREB"),
    ("واستهدف لواء صقور الجبل بصواريخ غراد تجمعا لقوات النظام في بلدة حندرات أمس.", "actor1", "SYRREB"),
    (
        "وقصفت الفرقة الساحلية الثانية بقذائف الهاون مواقع قوات النظام في قرية دورين بريف اللاذقية أمس.",
        "actor1",
        "SYRREB",
    ),
    ("واشتبكت وحدات الحماية مع قوات النظام في حي غويران بمدينة الحسكة أمس.", "actor1", "SYRREB"),
    ('واشتبكت ميليشيا "الدفاع الوطني" مع الفصائل في بلدة مورك بريف حماة أمس.', "actor1", "SYRUAF"),
    ("واشتبكت الجبهة الإسلامية مع قوات النظام في بلدة المليحة بالغوطة الشرقية أمس.", "actor1", "SYRREB"),
    ("وسيطر جيش النصر على حاجز للنظام قرب بلدة الزيارة في سهل الغاب أمس.", "actor1", "SYRREB"),
    ("وهاجم لواء أسد الله الغالب مواقع الفصائل في حي جوبر بدمشق أمس.", "actor1", "SYRUAF"),
    ("واعتقلت المخابرات الجوية عشرة شبان في حي الوعر بمدينة حمص أمس.", "actor1", "SYRMIL"),
    ("وأعدمت ولاية حمص ثلاثة رجال في مدينة تدمر أمس.", "actor1", "SYRREB"),
    ("وتبنت ولاية صنعاء تفجير سيارة مفخخة قرب مسجد في حي الجراف بصنعاء أمس.", "actor1", "YEMREB"),
    ("واستهدفت مقاومة تعز بقذائف الهاون مواقع الحوثيين في جبل جرة أمس.", "actor1", "YEMUAF"),
    ("وهاجمت قوة الردع الخاصة مقرا لمسلحين في حي سوق الجمعة بطرابلس أمس.", "actor1", "LBYUAF"),
    ("وقتل مسلحون من حزب الله التركي شابا في مدينة ديار بكر أمس.", "actor1", "TURREB"),
    ("واعتقل جهاز الشاباك ثلاثة شبان فلسطينيين في مدينة الخليل أمس.", "actor1", "ISRMIL"),
    # Yemen
    ("وقصف مقاتلو القبائل مواقع الحوثيين في مديرية بيحان بمحافظة شبوة أمس.", "actor1", "YEMUAF"),
    ("وشنت مقاتلات تابعة للتحالف العربي غارات على قاعدة العند في محافظة لحج أمس.", "actor1", "SAUMIL"),
    # Libya
    ("وأعلن مجلس شورى مقاتلي درنة أنه سيطر على حي الساحل الشرقي في مدينة درنة أمس.", "actor1", "LBYREB"),
    ("وهاجمت قوات الزنتان مواقع قوات فجر ليبيا قرب بلدة ككلة أمس.", "actor1", "LBYUAF"),
    # Turkey
    ("وهاجم عناصر بي كي كي مركزا للشرطة في ولاية ماردين أمس.", "actor1", "TURREB"),
    ("وأطلق مسلحو الشبيبة الوطنية الثورية النار على دورية للشرطة في مدينة نصيبين أمس.", "actor1", "TURREB"),
    ("وهاجم مسلحون مركزا للدرك في بلدة دوغوبيازيد أمس.", "actor2", "TURMIL"),
    (
        "وأصيب ثلاثة من عناصر الدرك بانفجار عبوة ناسفة في ولاية ديار بكر جنوب شرق تركيا أمس.",
        "actor2",
        "TURMIL",
    ),
    ("واعتقلت الشرطة التركية عشرين من أعضاء حزب الشعوب الديموقراطي في ديار بكر أمس.", "actor2", "TUROPP"),
    # Lebanon
    (
        "وأعلنت كتائب عبد الله عزام مسؤوليتها عن تفجير سيارة مفخخة في الضاحية الجنوبية لبيروت أمس.",
        "actor1",
        "LBNREB",
    ),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_named_side_is_coded(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got
