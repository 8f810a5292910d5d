"""Officials, spokesmen and commanders of the 2015 wars named without their office are their side's."""

from __future__ import annotations

import pytest

from rasad.match.matcher import Matcher
from rasad.model import Article
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from tests.test_extraction import WED


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # Yemen: the ministers, spokesman and governor of Hadi's government, its chief of staff, the Houthis' men
        ("وقال عبده الحذيفي إن الأجهزة الأمنية ستعود إلى عدن", "عبده الحذيفي", "YEMGOV"),
        ("وأعلن راجح بادي أن الحكومة ستنتقل إلى عدن", "راجح بادي", "YEMGOV"),
        ("واستقبل نايف البكري وفدا من الهلال الأحمر", "نايف البكري", "YEMGOV"),
        ("وتفقد محمد علي المقدشي جبهات القتال في مأرب", "محمد علي المقدشي", "YEMMIL"),
        ("ورفض محمد عبد السلام القرار الأممي", "محمد عبد السلام", "YEMREB"),
        ("وقال الناطق باسم الحوثيين إن الجماعة لن تنسحب", "الناطق باسم الحوثيين", "YEMREB"),
        # Iraq: the interior minister, the speaker of parliament, the joint operations' spokesman
        ("وأعلن محمد سالم الغبان اعتقال خلية إرهابية", "محمد سالم الغبان", "IRQGOV"),
        ("ودعا سليم الجبوري إلى حماية النازحين", "سليم الجبوري", "IRQGOV"),
        ("وقال العميد يحيى رسول إن القوات تقدمت", "العميد يحيى رسول", "IRQMIL"),
        # Syria, Lebanon, Libya
        ("وقال فيصل المقداد إن دمشق ترفض الشروط", "فيصل المقداد", "SYRGOV"),
        ("ودعا نبيه بري إلى انتخاب رئيس", "نبيه بري", "LBNGOV"),
        ("وقال عبد الرزاق الناظوري إن الجيش سيحرر بنغازي", "عبد الرزاق الناظوري", "LBYMIL"),
    ],
)
def test_person_is_coded(text: str, name: str, code: str) -> None:
    norm = normalize(text)
    found = [
        (norm.raw_text(m.nspan.start, m.nspan.end), m.data["entry"].get("code"))
        for m in Matcher.default().scan(norm)
        if m.kind == "actors"
    ]
    assert (name, code) in found, found


def test_spokesman_threatens(pipeline: Pipeline) -> None:
    text = "ولوح محمد عبد السلام بوقف التعامل مع الأمم المتحدة إذا لم تدن الغارات."
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "political"]
    assert [(e.plover_type, e.actor1.code if e.actor1 else None) for e in events] == [("THREATEN", "YEMREB")]
