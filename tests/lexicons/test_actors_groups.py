"""Armed groups of 2015 the lexicon names: Syrian rebel factions, Iraqi insurgents and militias, Yemen's tribal
alliances, Libya's Derna and Karama forces, the forces that back the coalition. Each row is a short report written
for the project."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    ("واستهدفت فرقة فلوجة حوران حاجزا لقوات النظام قرب بلدة داعل بريف درعا أمس.", "actor1", "SYRREB"),
    ("وقصفت كتائب ثوار الشام مواقع تنظيم داعش قرب بلدة مارع أمس.", "actor1", "SYRREB"),
    ("وهاجم جيش سوريا الجديد مواقع تنظيم داعش قرب البوكمال أمس.", "actor1", "SYRREB"),
    ("واشتبكت حركة المثنى الإسلامية مع فصائل الجيش الحر في بلدة نوى بريف درعا أمس.", "actor1", "SYRREB"),
    ("واشتبكت قوات الصناديد مع عناصر داعش قرب بلدة تل حميس بريف الحسكة أمس.", "actor1", "SYRREB"),
    ("وتبنى الجيش الإسلامي في العراق هجوما على رتل للجيش قرب مدينة سامراء أمس.", "actor1", "IRQREB"),
    ("واشتبكت قوات الحشد الوطني مع عناصر داعش قرب بلدة بعشيقة شرق الموصل أمس.", "actor1", "IRQUAF"),
    (
        "وسيطر مسلحو حلف قبائل حضرموت على حقل نفطي قرب مدينة سيئون في محافظة حضرموت اليمنية أمس.",
        "actor1",
        "YEMUAF",
    ),
    ("واشتبكت كتيبة شهداء أبو سليم مع عناصر داعش في حي الفتائح بمدينة درنة أمس.", "actor1", "LBYREB"),
    ("وتقدمت قوات الكرامة في محور الصابري بمدينة بنغازي بعد اشتباكات مع المتشددين أمس.", "actor1", "LBYMIL"),
    # fighters on the ground named as the coalition's supporters are the local side it backs, not the coalition:
    # in Yemen the army loyal to Hadi
    (
        "وقال سكان إن قوات يمنية مؤيدة للتحالف اشتبكت مع المتمردين الحوثيين قرب مدينة الحوطة في لحج أمس.",
        "actor1",
        "YEMMIL",
    ),
    ("وسيطرت عناصر موالية للتحالف على مدينة الحوطة في محافظة لحج اليمنية أمس.", "actor1", "YEMMIL"),
    ("وتقدمت القوات الموالية للتحالف نحو مدينة الحوطة في لحج بعد معارك مع الحوثيين أمس.", "actor1", "YEMMIL"),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_group_is_coded(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got
