"""Political and dialect variants of the sides' names: what each camp calls the other (عفاش for Saleh, عصابات
الأسد for the regime's forces), and the partisans of a leader (أنصار صالح) named for his forces."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline
from tests.test_extraction import WED

# (text, role, expected code)
ROWS = [
    ("وهاجم أنصار صالح مواقع المقاومة الشعبية في مديرية الوازعية أمس.", "actor1", "YEMMIL"),
    ("وقصفت قوات عفاش الأحياء السكنية في مدينة تعز بالمدفعية أمس.", "actor1", "YEMMIL"),
    ("وقصفت ميليشيات الحوثي وعفاش قرى مديرية حيفان بالكاتيوشا أمس.", "actor1", "YEMREB"),
    ("واقتحمت شبيحة الأسد بلدة البيضا في ريف بانياس أمس.", "actor1", "SYRUAF"),
    ("وقصفت عصابات الأسد بلدة كفرنبل بالمدفعية الثقيلة أمس.", "actor1", "SYRMIL"),
    # Kurdish fighters of no group nor article: the Kurdish force of the country where they fight
    ("وفجر انتحاري سيارة مفخخة عند حاجز لمقاتلين أكراد جنوب مدينة كوباني السورية أمس.", "actor2", "SYRREB"),
    ("وهاجم مقاتلون أكراد مركزا للدرك في ولاية هكاري جنوب شرق تركيا أمس.", "actor1", "TURREB"),
    ("وصد مقاتلون أكراد هجوما لتنظيم داعش على قرية قرب سنجار شمال العراق أمس.", "actor1", "IRQMIL"),
]


@pytest.mark.parametrize(("text", "role", "code"), ROWS, ids=[f"{i}-{r[2]}" for i, r in enumerate(ROWS)])
def test_variant_is_coded(pipeline: Pipeline, text: str, role: str, code: str) -> None:
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "conflict"]
    assert events, "no conflict event"
    got = [getattr(e, role).code if getattr(e, role) else None for e in events]
    assert code in got, got
