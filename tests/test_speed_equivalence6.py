"""Fast paths of the speed pass of the front stages (segmenter, lexicon tagger, person linker, dates, counts)
give what the plain code they stand in for gives."""

from __future__ import annotations

import datetime as dt
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st
from pytest import MonkeyPatch

from rasad import pipeline as pipeline_module
from rasad.assemble.doc import Clause, Doc
from rasad.lexicons.load import load_lexicon
from rasad.match import names
from rasad.match.matcher import Matcher
from rasad.model import Article, Span
from rasad.pipeline import Pipeline
from rasad.text.normalize import normalize
from rasad.time import finder


@cache
def _matcher() -> Matcher:
    return Matcher.default()


# -- dates: the stretches that may hold an expression, a numeric date only where a numeric hint is ---------------

_TIME_PIECES = ["امس", "اليوم", "غد", "بغداد", "1/2/2015", "2016-10-6", "3-4", "6.10.2016", "5", "/", "تحليل"]
_TIME_PIECES += ["ليل", "الخميس", "6 اكتوبر", "منذ يومين", " ", " ", "، ", ".", "ق", "قتل"]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_TIME_PIECES), max_size=12).map("".join),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
)
def test_stretches_may_hold_is_may_hold_of_each(text: str, ranges: list[tuple[int, int]]) -> None:
    stretches = [(min(a, len(text)), min(max(a, b), len(text))) for a, b in ranges]
    assert finder.stretches_may_hold(text, stretches) == [finder._may_hold(text, a, b) for a, b in stretches]


def _always(text: str, start: int, stop: int) -> bool:
    return True


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TIME_PIECES), max_size=12).map("".join))
def test_numeric_dates_read_only_where_a_hint_is(text: str) -> None:
    """A stretch without a numeric hint is not searched for numeric dates: it holds none."""
    stretches = [(a, b) for a in range(0, len(text) + 1, 3) for b in range(a, len(text) + 1, 4)]
    fast = [finder._find_uncached(text, a, b) for a, b in stretches]
    with MonkeyPatch.context() as patch:
        patch.setattr(finder, "_numeric_hint_in", _always)
        assert [finder._find_uncached(text, a, b) for a, b in stretches] == fast


def test_rules_of_a_mask_in_order() -> None:
    for mask in range(1 << len(finder._RULES)):
        assert finder._rules_of(mask) == tuple(r for i, r in enumerate(finder._RULES) if mask >> i & 1)


_REPORTS = [
    "قتل خمسه مدنيين امس في قصف جوي علي مدينه حلب، فيما قالت مصادر ان الاشتباكات استمرت.\nوفي 6/10/2016 "
    "اعلن الجيش السيطره علي البلده. وكان المسلحون قد هاجموا يوم الخميس الماضي حاجزا، مما ادي الي مقتل جندي.",
    "اشتباكات عنيفه اليوم في ريف حماه\nقصفت الطائرات الروسيه، الاسبوع الماضي، مواقع للمعارضه. وقال المرصد ان "
    "عشرات القتلي سقطوا. في حين لم يعلق النظام.",
    "عنوان قصير\nقال مسؤول ان الهدنه التي اعلنتها القياده امس الاول ستستمر. من جهه اخري قتل شخصان.",
]


def _dates(pipe: Pipeline, text: str, published: dt.date | None) -> list[tuple]:
    doc = pipe.make_doc(Article(id="t", text=text, published=published))
    return [(c.start, c.end, c.prior_date, c.date) for c in doc.clauses]


def test_clauses_without_a_hint_inherit_as_date_for_gives(pipeline: Pipeline) -> None:
    """The dates stage passes over the clauses that cannot hold an expression: the dates date_for gives when
    asked of every clause."""
    for text in _REPORTS:
        for published in (dt.date(2016, 10, 8), None):
            fast = _dates(pipeline, text, published)
            with MonkeyPatch.context() as patch:
                patch.setattr(
                    pipeline_module, "stretches_may_hold", lambda text, stretches: [True for _ in stretches]
                )
                assert fast == _dates(pipeline, text, published)


# -- lexicon tagger: the actors dropped, the mentions given to their clauses --------------------------------------


def _plain_kept(text: str, found: list) -> list:
    arms = [(m.nspan.start, m.nspan.end) for m in found if m.kind == "weapons" and " " in m.norm]
    return [
        m
        for m in found
        if m.kind != "actors"
        or not (
            pipeline_module.in_an_idiom(text, m.nspan.end)
            or names.opens_a_lineage(text, m)
            or any(
                a <= m.nspan.start and m.nspan.end <= b and b - a > m.nspan.end - m.nspan.start
                for a, b in arms
            )
        )
    ]


_TAGGER_TEXTS = [
    "ولد في مسقط راس الرئيس هادي، وزار الرئيس مسقط امس",
    "قال رجال الامن حماه الوطن ان قوات النظام قصفت حماه وريف حماه الديار",
    "اطلقت مضادات الطيران النار علي طائرات التحالف، وقصف الطيران الروسي مسقط",
    "قتل عز الدين الاصبحي وزير حقوق الانسان، ثم قال الاصبحي ان الحوثيين هاجموا",
    "قال الرئيس بشار الاسد ان الجيش تقدم، واضاف الاسد ان وللاسد وبالاسد",
    "وطالب الدكتور هادي بن علي اليامي الرئيس هادي بالعودة",
]


def test_tagger_keeps_the_mentions_the_plain_filter_keeps(pipeline: Pipeline) -> None:
    tagger = pipeline.components[1]
    for raw in _TAGGER_TEXTS:
        doc = pipeline.components[0](Doc(article=Article(id="t", text=raw), norm=normalize(raw)))
        found = tagger.matcher.scan(doc.norm)
        kept = _plain_kept(doc.norm.text, found)
        again = names.family_name_mentions(doc.norm, kept)
        expected = sorted(kept + again, key=pipeline_module._mention_order) if again else kept
        tagger(doc)
        assert doc.mentions == expected, raw
        assert [m for c in doc.clauses for m in c.mentions] == [
            m for m in expected if any(c.start <= m.nspan.start < c.end for c in doc.clauses)
        ]


class _Item:
    def __init__(self, start: int) -> None:
        self.nspan = Span(start, start + 1)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.integers(1, 6), max_size=8),
    st.lists(st.integers(0, 40), max_size=12),
    st.booleans(),
)
def test_mentions_go_to_their_clauses_as_distribute_gives(
    gaps: list[int], starts: list[int], order: bool
) -> None:
    bounds, pos = [], 0
    for i, g in enumerate(gaps):
        bounds.append((pos + i % 2, pos + g))  # (a gap of one character between some clauses)
        pos += g
    items = [_Item(s) for s in (sorted(starts) if order else starts)]

    def clauses() -> list[Clause]:
        return [Clause(index=i, sentence=0, start=a, end=b) for i, (a, b) in enumerate(bounds)]

    fast, plain = clauses(), clauses()
    pipeline_module._distribute_mentions(fast, items)
    pipeline_module._distribute(
        plain, items, key=lambda m: m.nspan.start, add=lambda c, m: c.mentions.append(m)
    )
    assert [c.mentions for c in fast] == [c.mentions for c in plain]


# -- person linker: "the latter" tried where الاخير is written, an entry's heads asked once ------------------------

_LATTER_PIECES = [
    "الاخيره",
    "الاخير",
    "والاخيره",
    "بالاخير",
    "فالاخيره",
    "لالاخير",
    "الاخيرين",
    "اخير",
    "ايامه",
]
_LATTER_PIECES += [
    "قوات النظام",
    "تنظيم داعش",
    "المقاومه الشعبيه",
    "دخول",
    "وقالت",
    "الفتره",
    " ",
    " ",
    ", ",
    "5",
]


def _plain_finditer_at(pattern, text: str, starts, stop=None) -> list:  # noqa: ANN001
    return list(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LATTER_PIECES), max_size=14).map("".join))
def test_latter_found_where_the_pattern_finds_it(text: str) -> None:
    norm = normalize(text)
    mentions = _matcher().scan(norm)
    fast = names.latter_mentions(norm, mentions)
    with MonkeyPatch.context() as patch:
        patch.setattr(names, "finditer_at", _plain_finditer_at)
        assert names.latter_mentions(norm, mentions) == fast


def test_headed_by_as_read_off_the_entry() -> None:
    nouns = sorted(set(names._GROUP_HEADS.values()))
    for _ in range(2):  # (asked again: the kept answers)
        for entry in load_lexicon("actors"):
            for noun in nouns:
                assert names._headed_by(entry, noun) is names._headed_by_uncached(entry, noun), (
                    entry.id,
                    noun,
                )
