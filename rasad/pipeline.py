"""The extraction pipeline: small components ``Doc -> Doc`` run in order, then drafts become events.

normalize → segment (sentences, clauses) → match (lexicons) → toponyms (recognize + geocode) → dates →
assemble (conflict, political) → finalize (merge, evidence). Everything is a pure function of the article,
the lexicons and the gazetteer, which is what makes it testable and trivially parallel.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Protocol

from rasad.assemble.conflict import (
    ConflictAssembler,
    Draft,
    _imperfect,
    conflict_triggers,
    is_historical,
    long_gone,
    opens_new_topic,
)
from rasad.assemble.doc import (
    RELATIVE_PRONOUNS,
    Clause,
    Doc,
    held_by,
    place_relative,
    relative_pronoun_before,
    span_cover,
)
from rasad.assemble.finalize import (
    fold_attacks_into_their_bombs,
    fold_car_bombs_into_their_bombers,
    fold_city_into_quarters,
    fold_governorate_into_the_town_told_next,
    fold_placeless_summaries,
    fold_region_into_places,
    fold_summed_tolls,
    fold_tolls_into_the_act_told,
    merge_drafts,
    to_event,
)
from rasad.assemble.political import PoliticalAssembler
from rasad.geo.resolve import NEIGHBOURHOOD_TYPES
from rasad.lexicons.load import load_lexicon
from rasad.match.matcher import Matcher
from rasad.match.names import (
    family_name_mentions,
    forces_mentions,
    group_anaphora_mentions,
    latter_mentions,
    local_alias_mentions,
    official_mentions,
    opens_a_lineage,
    resolution_mentions,
    role_person_mentions,
    state_governments,
    state_militaries,
)
from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK, Article, DateValue, Event
from rasad.text.normalize import NormText, normalize
from rasad.text.scan import Literals
from rasad.text.sentences import split_clauses, split_sentences
from rasad.time import DateContext, find_time_expressions, infer_published, is_future, is_quoted_past
from rasad.time.context import opens_with_telling, reference_day, statement_before, telling_date_only
from rasad.time.finder import stretches_may_hold


class Geo(Protocol):
    """What the pipeline needs from geocoding (``rasad.geo``)."""

    def recognize(self, norm: NormText) -> list[Any]: ...

    def resolve(self, toponyms: list[Any], *, country: str | None, norm: NormText) -> list[Any]: ...


class GazetteerGeo:
    """:class:`Geo` over a gazetteer index: recognition and context-ranked resolution from ``rasad.geo``."""

    def __init__(self, gazetteer: Any) -> None:
        from rasad.geo import Geocoder

        self.gazetteer = gazetteer
        self.geocoder = Geocoder(gazetteer)

    @classmethod
    def open(cls, path: Path | None = None) -> GazetteerGeo:
        from rasad.geo import Gazetteer

        return cls(Gazetteer.open(path))

    def recognize(self, norm: NormText) -> list[Any]:
        from rasad.geo import recognize

        return recognize(norm, self.gazetteer)

    def resolve(self, toponyms: list[Any], *, country: str | None, norm: NormText) -> list[Any]:
        # the toponyms are the whole article's (minus words that are not places): they are the context
        return self.geocoder.resolve(toponyms, country=country, words=norm.text)

    def countries(self, toponym: Any) -> set[str]:
        """The countries that have a place of this name."""
        return {c.country for c in self.geocoder.candidates(toponym) if c.country}


class Segmenter:
    requires = ("norm",)
    assigns = ("sentences", "clauses")

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        doc.body_start = headline_end(text)
        doc.sentences = split_sentences(text)
        doc.headings = _headings(text, doc.sentences)
        clauses: list[Clause] = []
        for si, (s, e) in enumerate(doc.sentences):
            for cs, ce in split_clauses(text, s, e):
                clauses.append(Clause(index=len(clauses), sentence=si, start=cs, end=ce))
        doc.clauses = clauses
        return doc


class LexiconTagger:
    requires = ("clauses",)
    assigns = ("mentions",)

    def __init__(self, *, matcher: Matcher | None = None) -> None:
        self.matcher = matcher or Matcher.default()

    def __call__(self, doc: Doc) -> Doc:
        found = self.matcher.scan(doc.norm)
        text = doc.norm.text
        # (a side's word inside a weapon's name is the weapon's: "مضادات الطيران" are guns, not aircraft)
        arms = [(m.nspan.start, m.nspan.end) for m in found if m.kind == "weapons" and " " in m.norm]
        # the actors dropped: an idiom's name (looked at only where the text ends with one), a weapon's word or
        # another person's first name ("هادي بن علي اليامي"); most articles drop none, and keep the list as found
        dropped = {
            id(m)
            for m in found
            if m.kind == "actors"
            and (
                (text.endswith(_IDIOM_NAMES, 0, m.nspan.end) and in_an_idiom(text, m.nspan.end))
                or opens_a_lineage(text, m)
                or (
                    arms
                    and any(
                        a <= m.nspan.start and m.nspan.end <= b and b - a > m.nspan.end - m.nspan.start
                        for a, b in arms
                    )
                )
            )
        }
        doc.mentions = [m for m in found if id(m) not in dropped] if dropped else found
        again = family_name_mentions(doc.norm, doc.mentions)
        if again:
            doc.mentions = sorted(doc.mentions + again, key=_mention_order)
        _distribute_mentions(doc.clauses, doc.mentions)
        return doc


# the kinds of mention whose words are no place (see _word_not_place)
_WORD_KINDS = frozenset(("triggers", "cues", "victims", "weapons"))


class Toponymizer:
    requires = ("clauses", "mentions")
    assigns = ("toponyms", "places", "country")

    def __init__(self, *, geo: Geo | None) -> None:
        self.geo = geo

    def __call__(self, doc: Doc) -> Doc:
        if self.geo is None:
            doc.country = _country_from_actors(doc)
            return doc
        # the spans of the lexicon's words, and where each report of violence starts (one pass over the mentions)
        spans: list[tuple[int, int]] = []
        violence: list[int] = []
        for m in doc.mentions:
            if m.kind in _WORD_KINDS:
                span = m.nspan
                spans.append((span.start, span.end))
                if m.kind == "triggers" and m.data["entry"].get("category") == "conflict":
                    violence.append(span.start)
        violence.sort()
        words = span_cover(spans)
        doc.toponyms = [
            t
            for t in self.geo.recognize(doc.norm)
            if not _word_not_place(t, words)
            and not _the_two_named_before(doc.text, t)
            # (only where the text ends with an idiom's name before its end, as LexiconTagger asks it)
            and not (doc.norm.text.endswith(_IDIOM_NAMES, 0, t.end) and in_an_idiom(doc.norm.text, t.end))
        ]
        hint = _country_from_actors(doc)
        # Read the places on their own first (the actors can mislead: Turkish jets over Syria, Hezbollah in
        # Syria), then say where the article is — by the places named at town level or finer, most of all near a
        # report of violence (a Syria story quoting Washington stays in Syria) — and read them in that light.
        first = list(self.geo.resolve(doc.toponyms, country=None, norm=doc.norm))
        votes: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        states: Counter[str] = Counter()  # the countries named as such
        homes = getattr(self.geo, "countries", None)
        for t, p in zip(doc.toponyms, first, strict=True):
            if p is None or not p.country:
                continue
            if getattr(t, "type_word", None) in NEIGHBOURHOOD_TYPES:
                continue  # a quarter's name is found in many cities (حي الميدان): no vote for a country
            town = p.precision in (1, 2)
            if not town and not (p.admin1 and p.precision == 3):
                states[p.country] += 2
                continue  # a country's own name says little of where the report is (unless nothing else does)
            # the first report of violence from the window's start on, if it is inside the window
            v = bisect_left(violence, t.start - _VIOLENCE_WINDOW)
            near = v < len(violence) and violence[v] <= t.start + _VIOLENCE_WINDOW
            if not town:
                # a province or its countryside ("ريف حماة") says the country when no town does: "قصف الطيران
                # الروسي ريف حماة" is in Syria, whatever the planes' country
                regions[p.country] += 2 if near else 1
                continue
            country = p.country
            if hint and country != hint and homes is not None and hint in homes(t):
                # a name the actors' country also has (بيجي: Bayji in Iraq, a name of Beijing) votes there
                country = hint
            votes[country] += 3 if near else 1
        if not votes:
            # no town: the provinces named, else the countries — when the actors' country is none of them
            # ("مخيم درعا للاجئين الفلسطينيين جنوب سوريا": Syria, whatever the refugees' nationality)
            votes = regions or (states if hint not in states else Counter())
        if hint:
            votes[hint] += 1  # the actors only break a tie
        doc.country = votes.most_common(1)[0][0] if votes else hint
        doc.places = first
        if doc.country is not None:
            doc.places = list(self.geo.resolve(doc.toponyms, country=doc.country, norm=doc.norm))
        idx = list(range(len(doc.toponyms)))
        _distribute(
            doc.clauses, idx, key=lambda i: doc.toponyms[i].start, add=lambda c, i: c.toponyms.append(i)
        )
        return doc


class PersonLinker:
    """People introduced with a state role ("عز الدين الاصبحي وزير حقوق الانسان في اليمن") become actors of
    that state wherever their family name comes (``rasad.match.names.role_person_mentions``); an office named
    with a nationality ("الوزير الايراني") is that state's government (``official_mentions``)."""

    requires = ("mentions", "toponyms")
    assigns = ("mentions",)

    def __call__(self, doc: Doc) -> Doc:
        extra = role_person_mentions(doc.norm, doc.mentions, doc.toponyms, doc.places, _governments())
        extra += official_mentions(doc.norm, doc.mentions + extra, _governments())
        extra += group_anaphora_mentions(doc.norm, doc.mentions + extra)
        extra += local_alias_mentions(doc.norm, doc.mentions + extra, doc.country)
        extra += resolution_mentions(doc.norm, doc.mentions + extra)
        extra += latter_mentions(doc.norm, doc.mentions + extra)
        forces = forces_mentions(doc.norm, doc.mentions + extra, _governments(), _militaries())
        if forces:
            _drop_covered(doc, forces)
        extra += forces
        if extra:
            doc.mentions = sorted(doc.mentions + extra, key=_mention_order)
            touched: dict[int, Clause] = {}

            def add(c: Clause, m: Any) -> None:
                c.mentions.append(m)
                touched[c.index] = c

            _distribute(doc.clauses, extra, key=lambda m: m.nspan.start, add=add)
            for c in touched.values():  # only the clauses that took a mention need their order again
                c.mentions.sort(key=_mention_order)
        return doc


def _drop_covered(doc: Doc, forces: list[Any]) -> None:
    """The actor mentions a forces mention holds ("جنديا تركيا" holds تركيا, Turkey) give way to it, in the
    document and in their clauses."""
    spans = [(f.nspan.start, f.nspan.end) for f in forces]

    def covered(m: Any) -> bool:
        return m.kind == "actors" and held_by(m.nspan.start, m.nspan.end, spans)

    if not any(covered(m) for m in doc.mentions):
        return
    doc.mentions = [m for m in doc.mentions if not covered(m)]
    for c in doc.clauses:
        if any(covered(m) for m in c.mentions):
            c.mentions = [m for m in c.mentions if not covered(m)]
            c._kinds = None  # (the clause's mentions by kind are read again)


def _mention_order(m: Any) -> tuple[int, int]:
    """By start, the longer first (``start - end`` is ``-len(m.nspan)`` without a call to Span.__len__)."""
    return (m.nspan.start, m.nspan.start - m.nspan.end)


# (a country's government and army entries: the same tables the matcher's names use)
_governments = state_governments
_militaries = state_militaries


class DateResolver:
    requires = ("clauses",)
    assigns = ("clause dates",)

    def __call__(self, doc: Doc) -> Doc:
        art = doc.article
        published, basis = art.published, art.published_basis
        if published is None:
            inferred = infer_published(doc.text)
            if inferred is not None:
                published, basis = inferred
                doc.warnings.append(f"publication date inferred from the text: {published} ({basis})")
            else:
                doc.warnings.append("no publication date: relative dates are left unresolved")
        if published != art.published:
            doc.article = dataclasses.replace(art, published=published, published_basis=basis)
        text = doc.text
        reference = reference_day(text, published)
        doc.memo["reference_day"] = reference
        ctx = DateContext(published, published_basis=basis, reference=reference)
        moved: dict[int, DateValue] = {}  # clause index → the date it set
        source: list[int | None] = []  # clause index → the clause whose date it inherits
        frames: Counter[dt.date] = Counter()
        voter: Clause | None = None  # the last clause that voted for a frame
        # the votes before the first item on another subject ("من جهة اخرى، …"، "على صعيد آخر، …"): the lead's
        lead_votes: Counter[dt.date] | None = None
        side_start = len(text)  # where the first item on another subject starts
        sentence = -1
        aside = False  # the sentence is an aside ("يذكر ان …"): background, no vote for a frame
        last: int | None = None
        # (the clauses that cannot hold a time expression inherit the running date, which they do not move)
        may_hold = stretches_may_hold(text, [(c.start, c.end) for c in doc.clauses])
        inherited: DateValue | None = None  # what ctx.inherited() gives, asked once while the context stays
        ahead_of: DateValue | None = None  # the running date before a day after publication moved it
        for c, may in zip(doc.clauses, may_hold, strict=True):
            if ctx.running.precision == TIME_MONTH and (
                text.startswith(_LATER_ACT, c.start)
                or (c.index and "\n" in text[doc.clauses[c.index - 1].end : c.start])
            ):
                ctx.close_month()  # (a month named dates its own episode only)
                inherited = None
            if c.sentence != sentence:
                sentence = c.sentence
                aside = text.startswith(_ASIDE, c.start)
                if (
                    ahead_of is not None
                    and published is not None
                    and _after_publication(ctx.running, published)
                ):
                    # a day after the report set the running date ("يبدا الوزير غدا جولة تشمل …"): the sentences
                    # after it are back at the report's day ("وكشف الوزير عن …"), no act of tomorrow
                    ctx.restore(ahead_of)
                    inherited = None
                ahead_of = None
                if lead_votes is None and c.start >= doc.body_start and opens_new_topic(doc, sentence):
                    lead_votes = frames.copy()
                    side_start = c.start
            if not may:
                if inherited is None:
                    inherited = ctx.inherited()
                c.prior_date = c.date = inherited
                source.append(last)
                continue
            inherited = None  # (a clause that may hold a date may move or restore the running date)
            before = ctx.running
            c.prior_date = ctx.inherited()
            c.date = ctx.date_for(
                text,
                c.start,
                c.end,
                past=_past_verbs(c),
                act_undated=last is None or doc.clauses[last].sentence != c.sentence,
            )
            if _this_week_of_the_day_told(text, c, before):
                # "وقال البيان إن الغارات التي نفذت أمس الخميس … وتابع البيان أن الضربات التي نفذت هذا الأسبوع
                # ساعدت …": the statement goes on with the day it told, which the week holds
                c.date = DateValue(before.date, TIME_DAY, "inherited")
            source.append(last)
            if ctx.running is before:
                continue
            if ahead_of is None and published is not None and _after_publication(ctx.running, published):
                ahead_of = before
            if _background_date(doc, c):
                ctx.restore(before)  # the date of what a relative clause says, not of the report
                if _place_story_date(doc, c):
                    c.date = c.prior_date  # (the act told before that relative clause is of the running day)
                    exprs = find_time_expressions(text, c.start, c.end)
                    doc.memo.setdefault("place_stories", {})[c.index] = min(
                        place_relative(doc, c.start, e.start) or c.end for e in exprs
                    )
                continue
            if _of_an_earlier_thing(text, c, next_to=True):
                # "وتزامنت الغارات التي جاءت بعد اتصال بين الرئيسين يوم الاربعاء مع …": the day of what the act
                # came after, not of the act, nor of what the next sentences tell (the clause keeps it: the
                # thing named there may be the act the clause reports)
                ctx.restore(before)
                continue
            if (
                last is not None
                and doc.clauses[last].sentence == c.sentence
                and _SOURCE_TOLD.match(text, c.start)
                and not any(m.kind == "triggers" for m in c.mentions)
            ):
                # "قتل 30 شخصا في سلسلة تفجيرات اول امس، بحسب ما افادت مصادر امنية امس": the day the source
                # told it, not the day of the acts the next sentences go on with
                ctx.restore(before)
                continue
            # (a tally of the last hours told in the sentence right before: the statement goes on with it, in a
            # new paragraph too)
            tally = (
                last is not None
                and doc.clauses[last].sentence + 1 == c.sentence
                and _an_hours_tally(text, doc.clauses[last])
            )
            if (
                last is not None
                and doc.clauses[last].start >= doc.body_start
                and (
                    "\n" not in text[doc.clauses[last].end : c.start]
                    or _SAME_STATEMENT.match(text, c.start)
                    or tally
                )
                and _told_of_the_running_day(doc, c, before, published, tally=tally)
            ):
                # "قتل خمسة مدنيين في غارة امس … وقال الجيش في بيان صباح اليوم ان طائراته قصفت مواقع": the
                # statement's day, not the day of the act it tells, which goes on with the story's
                ctx.restore(before)
                c.date = c.prior_date
                continue
            moved[c.index] = ctx.running
            last = c.index
            if (
                c.start >= doc.body_start
                and _recent(ctx.running, published)
                and not _tells_what_is_to_come(doc, c)
                and not aside
            ):
                frames[ctx.running.date] += 1
                voter = c
        frame: DateValue | None = None
        if frames:
            # the article's date frame: its most frequent recent date (ties: the latest, the report's "now")
            lead_date = max(frames, key=lambda d: (frames[d], d))
            frame = DateValue(lead_date, 1, "inherited")
        # what the lead tells (up to the first item on another subject) is of the lead's frame: the votes of
        # the side stories told after it (two Friday dates of other subjects) do not outvote its own (a
        # Thursday); the side items' undated paragraphs take the article's frame, of all the votes
        lead = frame
        if lead_votes:
            lead = DateValue(max(lead_votes, key=lambda d: (lead_votes[d], d)), 1, "inherited")
        if frame is not None:  # (without a frame no clause takes one)
            # a clause's paragraph: the number of line breaks before it
            breaks = _line_breaks(text)
            paragraph = [bisect_left(breaks, c.start) for c in doc.clauses]
            # the one date of a side item told after an undated lead does not date the lead
            lead_frame = (
                voter is None or len(frames) > 1 or frames[frame.date] > 1 or not _side_item(doc, voter)
            )
            for c in doc.clauses:
                if c.date is None or c.date.basis not in ("inherited", "publication"):
                    continue
                src = source[c.index]
                if src is None and not lead_frame:
                    continue
                if (
                    src is None
                    or (
                        paragraph[src] != paragraph[c.index]
                        and not _retells_a_statement(text, c.start)
                        and not _goes_on_telling(doc, doc.clauses[src], c)
                    )
                    or _new_item_since(doc, doc.clauses[src], c)
                ):
                    # before the first date, in a new paragraph or after a turn to another item ("وفي سياق
                    # متصل، …"، "الى ذلك، …"): the article's frame ("… قال المرصد أمس"; a roundup's undated
                    # items), not the publication day nor the last item's own date
                    c.date = lead if c.start < side_start else frame
        # A date written late in a sentence covers the clauses of the same item before it: "… اشتباكات عنيفة
        # منذ، صباح أمس" (a comma splits them); it stops at the clause that opened the item (كما، فيما …).
        by_index = {c.index: c for c in doc.clauses} if moved else {}
        for i, dv in moved.items():
            if _OTHER_ITEM.match(text, by_index[i].start) or _opens_with_its_act(text, by_index[i]):
                # ("ترافقت الاشتباكات مع قصف …، في حين القى الطيران صباح امس …"، "…، واختطف مجهولون يوم اول امس
                # عنصرا": that clause's day only)
                continue
            j = i - 1
            while j >= 0 and by_index[j].sentence == by_index[i].sentence and j not in moved:
                cj = by_index[j]
                if cj.date is not None and cj.date.basis in ("inherited", "publication"):
                    cj.date = DateValue(dv.date, dv.precision, "inherited")
                if _opens_item(text, cj.start):
                    break
                j -= 1
        # What an act led to is of the act's date, even an act told as background ("وكان جهاديون فتحوا الخميس
        # النار على مركز حدودي، مما ادى الى مقتل ضابط صف"), whose date does not move the running one
        for c in doc.clauses[1:]:
            dv = c.date
            if (
                dv is None
                or dv.basis not in ("inherited", "publication")
                or not text.startswith(_LED_TO, c.start)
            ):
                continue
            prev = doc.clauses[c.index - 1]
            pv = prev.date
            if prev.sentence == c.sentence and pv is not None and pv.basis in ("relative", "explicit"):
                c.date = pv  # (the act's own date: a draft of what it led to is of no other day)
        _carry_flashbacks(doc)
        _carry_to_what_came_at_once(doc, published)
        # A week or a month set off by commas before what it dates: "فقد دارت، الاسبوع الماضي، اشتباكات …" (a
        # clause of the date alone): the clauses after it in the sentence are of that week, up to the next item
        for c in doc.clauses:
            dv = c.date
            if dv is None or dv.precision == 1 or dv.basis not in ("relative", "explicit"):
                continue
            if not _date_alone(doc, c):
                continue
            for cj in doc.clauses[c.index + 1 :]:
                if cj.sentence != c.sentence or _opens_item(text, cj.start):
                    break
                if cj.date is not None and cj.date.basis in ("inherited", "publication"):
                    cj.date = DateValue(dv.date, dv.precision, "inherited")
        # … and the clause right before it in the sentence, when that clause has no date of its own: "كما اتهمت
        # الحكومة، خلال شهر ابريل الماضي، …"، "… والتي دمرت خلال المعركة بين التنظيم والوحدات الكردية، بين سبتمبر
        # ويناير الماضيين."، "واكد ان القوات احكمت السيطرة، قبل نحو شهرين."
        for c in doc.clauses[1:]:
            dv = c.date
            if dv is None or dv.precision == TIME_DAY or dv.basis not in ("relative", "explicit"):
                continue
            prev = doc.clauses[c.index - 1]
            if prev.sentence != c.sentence or not _undated(prev) or not _date_alone(doc, c):
                continue
            prev.date = DateValue(dv.date, dv.precision, "inherited")
        # A week or a month that ends its clause dates what the next clause goes on with when that clause only
        # completes the verb before the comma ("واقر التنظيم في منتصف يونيو، بمقتل زعيمه في غارة"، "قصفت القوات
        # البلدة خلال الشهر الماضي، ضد اهالي …"): a preposition's object or its like, no verb of its own
        for c in doc.clauses[:-1]:
            dv = c.date
            if dv is None or dv.precision == TIME_DAY or dv.basis not in ("relative", "explicit"):
                continue
            if not _date_ends(doc, c):
                continue
            for cj in doc.clauses[c.index + 1 :]:
                if cj.sentence != c.sentence or not _goes_on_with(text, cj.start):
                    break
                if cj.date is None or cj.date.basis not in ("inherited", "publication"):
                    break
                cj.date = DateValue(dv.date, dv.precision, "inherited")
        # … and back to the verb whose object the clause of that week holds, across a clause set off by commas
        # between that tells of the doer: "بعد ان قتل انتحاري، يشتبه بانه ينتمي للتنظيم، 20 شخصا في بلدة حدودية
        # الاسبوع الماضي" (the killing is of last week)
        for c in doc.clauses[1:]:
            dv = c.date
            if dv is None or dv.precision == TIME_DAY or dv.basis not in ("relative", "explicit"):
                continue
            if not _date_ends(doc, c) or not _object_alone(doc, c):
                continue
            for cj in reversed(doc.clauses[max(0, c.index - 2) : c.index]):
                gap = text[cj.end : doc.clauses[cj.index + 1].start]
                if cj.sentence != c.sentence or not _undated(cj) or ("،" not in gap and "," not in gap):
                    break  # (set off by a comma each)
                if _past_verbs(cj):
                    for ck in doc.clauses[cj.index : c.index]:
                        ck.date = DateValue(dv.date, dv.precision, "inherited")
                    break
                if any(m.kind == "triggers" for m in cj.mentions) or cj.index != c.index - 1:
                    break
        # An act told after or before the act before it, with no day of its own ("وبعد ذلك بقليل فقد المسلحون
        # السيطرة على المدينة"، "وقبل ذلك فر عشرات المسلحين"): not of that act's day, only of days near it
        recently = any(
            w in text for w in _RECENTLY_WORDS
        )  # (most articles hold neither: no search per clause)
        for c in doc.clauses:
            dv = c.date
            if (
                dv is not None
                and dv.basis in ("inherited", "publication")
                and dv.precision == TIME_DAY
                and (
                    (dv.basis == "inherited" and text.startswith(_AFTER_OR_BEFORE_THAT, c.start))
                    or (recently and _RECENTLY.search(text, c.start, c.end) is not None)
                )
            ):
                # (and an act told as done of late, "بعد تفجير انتحاري وقع مؤخرا في المدينة": no day of its own)
                c.date = DateValue(dv.date, TIME_WEEK, "inherited")
        return doc


def _own_day(c: Clause) -> bool:
    dv = c.date
    return (
        dv is not None
        and dv.date is not None
        and dv.precision == TIME_DAY
        and dv.basis in ("relative", "explicit")
    )


def _undated(c: Clause) -> bool:
    return c.date is not None and c.date.basis in ("inherited", "publication")


def _carry_flashbacks(doc: Doc) -> None:
    """An earlier act told with its own day in a flashback ("وكان مسلحون فتحوا امس، النار على مركز حدودي،
    ما ادى الى مقتل جندي"، "وكانت القوات قد قصفت مساء الاربعاء القرية") does not move the running date, but
    the clauses after it in its sentence that only go on telling it (the comma after the day, what the act led
    to) are of that day, up to the next item ("فيما …"، "في حين …")."""
    text = doc.text
    for c in doc.clauses:
        if not _own_day(c) or not is_quoted_past(text, c.start, c.end):
            continue
        for cj in doc.clauses[c.index + 1 :]:
            if cj.sentence != c.sentence or _opens_item(text, cj.start) or not _undated(cj):
                break
            cj.date = DateValue(c.date.date, TIME_DAY, "inherited")  # type: ignore[union-attr]


# (normalized) an act told as done at once after, or at the same time as, the act told before it: "رد على
# الفور"، "ورد فورا"، "بالتزامن مع الضربة"، "تزامنا مع القصف" (that act named again: not "بالتزامن مع عمليات",
# acts of no one day)، "في الوقت ذاته"
_AT_ONCE = re.compile(
    r"(?<!\w)(?:علي الفور|[وف]?فورا|[وف]?(?:بالتزامن|تزامنا) مع ال|[وف]?في الوقت (?:نفسه|ذاته)(?!\w))"
)
# what every match of _AT_ONCE holds: a text without any of them has no clause to carry a day to
_AT_ONCE_WORDS = ("علي الفور", "فورا", "بالتزامن مع ال", "تزامنا مع ال", "في الوقت نفسه", "في الوقت ذاته")


def _carry_to_what_came_at_once(doc: Doc, published: dt.date | None) -> None:
    """A clause of an act done at once after, or at the same time as, the act told before it (:data:`_AT_ONCE`)
    with no day of its own is of that act's day — the last day an act was told on, even in a flashback ("وكان
    مسلحون فتحوا الخميس النار … رد الجيش على الفور بقصف مواقعهم"), not the statement's ("وقالت الرئاسة في
    بيان صباح اليوم ان الطائرات قصفت امس مواقع … وبالتزامن مع الضربة قصفت المدفعية …"), nor the day of a
    telling. The clauses after it that go on without a day of their own, in its paragraph, are of that day
    too, up to the next item."""
    text = doc.text
    if not any(w in text for w in _AT_ONCE_WORDS):
        return  # (most articles: the days of the acts told are not even looked for)
    act: DateValue | None = None
    clauses = doc.clauses
    i = 0
    while i < len(clauses):
        c = clauses[i]
        i += 1
        if _own_day(c):
            if _recent(c.date, published) and not _telling_day(doc, c):
                act = c.date
            continue
        if act is None or not _undated(c) or _AT_ONCE.search(text, c.start, c.end) is None:
            continue
        c.date = DateValue(act.date, TIME_DAY, "inherited")
        while i < len(clauses):
            cj = clauses[i]
            if not _undated(cj) or _opens_item(text, cj.start) or "\n" in text[clauses[i - 1].end : cj.start]:
                break
            cj.date = c.date
            i += 1


def _telling_day(doc: Doc, c: Clause) -> bool:
    """The clause's day is the day of a telling (:func:`telling_date_only`), its verb of telling or its «إن»
    perhaps in another clause of its sentence ("وافادت الوزارة، في بيان صباح اليوم، ان الطائرات قصفت …")."""
    first = last = c
    while first.index > 0 and doc.clauses[first.index - 1].sentence == c.sentence:
        first = doc.clauses[first.index - 1]
    while last.index + 1 < len(doc.clauses) and doc.clauses[last.index + 1].sentence == c.sentence:
        last = doc.clauses[last.index + 1]
    e = telling_date_only(doc.text, first.start, last.end)
    return e is not None and c.start <= e.start < c.end


def _retells_a_statement(text: str, start: int) -> bool:
    """The paragraph of the clause at ``start`` opens with more of a statement told before ("وقال البيان الذي
    صدر امس ان …"): it goes on with the story of the paragraph before, not an item of its own."""
    at = text.rfind("\n", 0, start) + 1
    while at < start and text[at].isspace():
        at += 1
    return _SAME_STATEMENT.match(text, at) is not None


def _goes_on_telling(doc: Doc, src: Clause, c: Clause) -> bool:
    """The paragraph of ``c`` opens with a verb of telling ("وقال المبعوث إن …"، "ونقل التلفزيون عن مصدر قوله
    …") and the clause ``src`` whose date it inherits dated a statement, a verb of telling or its noun before
    its date ("وقال المبعوث في بيان صدر الليلة قبل الماضية …"، "في اعقاب اعلان القوات امس الاول عن تدمير …"):
    the paragraph goes on with what was told then, not an item of the article's date frame."""
    text = doc.text
    at = text.rfind("\n", 0, c.start) + 1
    while at < c.start and text[at].isspace():
        at += 1
    if not opens_with_telling(text, at):
        return False
    exprs = find_time_expressions(text, src.start, src.end)
    if not exprs or not statement_before(text, src.start, exprs[0].start):
        return False
    # (nothing between them opens another item or names a day of its own: "الى ذلك …"، "وكان الوزير ترأس اول
    # من امس اجتماعا …"; a month told in passing is no day: "وفي الشهر الماضي وقعت الفصائل اتفاقا")
    return not any(
        _opens_item(text, cj.start) or text.startswith(_NEW_ITEM, cj.start) or _own_day(cj)
        for cj in doc.clauses[src.index + 1 : c.index]
    )


# (normalized) a statement told before, its verb of telling with the noun: "وقال البيان الذي صدر امس ان …"
_SAME_STATEMENT = re.compile(r"[وف]?(?:قال|اضاف|ذكر|افاد|اوضح|اكد)(?:ت)? (?:البيان|التقرير)(?!\w)")


def _new_item_since(doc: Doc, src: Clause, c: Clause) -> bool:
    """A sentence after that of ``src`` up to that of ``c`` opens with a turn to another item ("وفي السياق، اكدت
    مصادر طبية مقتل …"، "من جهة اخرى، …"، "الى ذلك، …"، "ميدانيا، …"): the day ``src`` named was of the account
    told before it, which that turn finished."""
    text = doc.text
    for sentence in range(src.sentence + 1, c.sentence + 1):
        start = doc.sentences[sentence][0]
        head = text[start : start + 30].lstrip()
        if head.startswith(_TURNS) or _IN_THE_CONTEXT.match(head) or opens_new_topic(doc, sentence):
            return True
    return False


# (normalized) what opens a sentence of another item: "الى ذلك، …"، "ميدانيا، …"، "وعلى صعيد …"، "في سياق متصل"،
# "من جانب اخر" — not a side's answer in the same story ("من جانبه، اكد المبعوث خلال اللقاء …"), nor "في غضون
# ذلك" (meanwhile: the same time)
_TURNS = tuple(
    f"{c}{w}"
    for c in ("", "و")
    for w in (
        "الي ذلك",
        "في سياق",
        "ميدانيا",
        "علي صعيد",
        "علي الصعيد",
        "من جانب اخر",
        "من ناحيه اخري",
        "من ناحيه ثانيه",
    )
)
# "وفي السياق، …" alone (not "في السياق ذاته"، "في السياق نفسه": the same story, told on)
_IN_THE_CONTEXT = re.compile(r"و?في السياق\s*[،,]")


def _side_item(doc: Doc, c: Clause) -> bool:
    """The clause is in a side item told after the lead: a sentence of the body after its first that opens an
    item of its own ("وفي درعا، قتل مقاتلان يوم الاحد …"، "من جهة اخرى، …") and tells an act of its own (a
    conflict trigger in the clause), not who told the lead's news ("وقال المرصد يوم الاحد إن …")."""
    first = c
    while first.index > 0 and doc.clauses[first.index - 1].sentence == c.sentence:
        first = doc.clauses[first.index - 1]
    if first.index == 0 or doc.clauses[first.index - 1].end <= doc.body_start:
        return False  # (the first sentence of the body: the lead)
    text = doc.text
    if not (_opens_item(text, first.start) or text.startswith(_NEW_ITEM, first.start)):
        return False
    if text.startswith(_SAME_CONTEXT, first.start):
        return False  # ("في السياق ذكرت مصادر ان …": more of the lead's news, not an item of its own)
    return any(m.kind == "triggers" and m.data["entry"].get("category") == "conflict" for m in c.mentions)


# what opens an aside, background to the report (normalized): "يذكر ان المقاومة تبنت هجوما اخر مساء الخميس"
_ASIDE = ("يذكر ان", "ويذكر ان", "يشار الي ان", "ويشار الي ان", "تجدر الاشاره", "وتجدر الاشاره")
_SAME_CONTEXT = ("في السياق", "وفي السياق", "في سياق", "وفي سياق")  # (in the same context, in a related one)


def _past_verbs(c: Clause) -> tuple[int, ...]:
    """Where the clause's trigger verbs in the past start ("وقصفت الطائرات يوم الاثنين …": not يقصف, سيقصف)."""
    return tuple(
        m.nspan.start
        for m in c.mentions
        if m.kind == "triggers"
        and m.data["entry"].get("pos") == "verb"
        and not _imperfect(m)
        and not m.data.get("prefix", "").endswith("س")
    )


# what came after the act told before it: «… في مارس، قبل أن تستعيدها القوات» (normalized)
_LATER_ACT = ("قبل ان ", "وقبل ان ")

# (normalized) what opens a clause of an act after or before the one told before it
_AFTER_OR_BEFORE_THAT = tuple(
    f"{c}{w}{sep}"
    for c in ("", "و", "ف")
    for w in ("بعد ذلك", "بعدها", "بعيد ذلك", "قبل ذلك", "قبلها")
    for sep in (" ", "،", ",")
)
# (normalized) "of late": "وقع مؤخرا"، "في الاونة الاخيرة"
_RECENTLY_WORDS = ("مؤخرا", "في الاونه الاخيره")
_RECENTLY = re.compile(r"(?<!\w)(?:" + "|".join(_RECENTLY_WORDS) + r")(?!\w)")
_LED_TO = ("مما ادي", "ما ادي", "مما اسفر", "ما اسفر")  # a clause of what the act before it led to


def _date_alone(doc: Doc, c: Clause) -> bool:
    """The clause holds a time expression and nothing else (a preposition, punctuation aside), or a span
    between two ("بين سبتمبر ويناير الماضيين")."""
    exprs = find_time_expressions(doc.text, c.start, c.end)
    if not exprs or len(exprs) > 2:
        return False
    text = doc.text
    rest = " ".join(
        text[a:b]
        for a, b in zip([c.start] + [e.end for e in exprs], [e.start for e in exprs] + [c.end], strict=True)
    )
    words = _WORDS_ONLY.findall(rest)
    if len(exprs) == 1:
        return all(w in ("في", "خلال", "و") for w in words)
    return bool(words) and words[0] == "بين" and all(w in _SPAN_WORDS for w in words)


# the words of a span between two dates (normalized): "بين سبتمبر ويناير الماضيين"
_SPAN_WORDS = frozenset(("في", "خلال", "بين", "و", "الماضيين", "الماضيتين", "المنصرمين"))


_WORDS_ONLY = re.compile(r"[\u0621-\u064a]+")


def _date_ends(doc: Doc, c: Clause) -> bool:
    """The clause's last time expression ends it (punctuation aside) and dates it, no span begun then: "واقر
    التنظيم في منتصف يونيو" (not "التي تصل الي عدن منذ مارس الماضي")."""
    exprs = find_time_expressions(doc.text, c.start, c.end)
    return (
        bool(exprs)
        and not _WORDS_ONLY.search(doc.text, exprs[-1].end, c.end)
        and not _since(doc.text, exprs[-1].start)
    )


# what opens a clause that completes the verb before its comma (normalized): a preposition and its object
# ("بمقتل زعيمه"، "ضد اهالي المدينه"، "علي مواقع"، "بينهم طفلان") — not a clause's own opener (بحسب، بعد، لكن,
# بينما) nor a verb in the past that starts with ب or ل (بلغت، باتت، لقوا)
_GOES_ON = re.compile(r"(?:ضد|علي|الي|عن|بينهم|بينها|بينهما|[بل][\u0621-\u064a]{3,})(?![\u0621-\u064a])")
_OWN_OPENERS = frozenset(
    "بحسب بعد بعدما بعدها لكن لكنه لكنها لذلك لهذا لانه لانها بينما بانه بانها بان بلغ بلغت بلغوا بدات بداوا باتت"
    " باتوا بقيت بقوا باشر باشرت باشروا بحثت بحثوا بادرت بعثت بررت بنت لقيت لقوا لجات لجاوا لحقت لفتت لاسيما".split()
)


def _object_alone(doc: Doc, c: Clause) -> bool:
    """The clause holds no act nor verb of its own, only what a verb before it takes: a count and its noun
    ("20 شخصا في بلدة حدودية الاسبوع الماضي"), not a clause that opens with و or a word of its own."""
    if any(m.kind == "triggers" for m in c.mentions):
        return False
    return bool(re.match(r"[0-9\u0660-\u0669]", doc.text[c.start : c.start + 1]))


def _goes_on_with(text: str, start: int) -> bool:
    """The clause at ``start`` completes the verb of the clause before it (:data:`_GOES_ON`)."""
    m = _GOES_ON.match(text, start)
    return m is not None and m.group() not in _OWN_OPENERS


# a clause that only says who told it: "بحسب ما افادت مصادر امنية امس"، "وفق ما ذكرت الوكالة"
_THIS_WEEK_REACH = 3  # days from the middle of this week to the day told, within it


def _this_week_of_the_day_told(text: str, c: Clause, running: DateValue) -> bool:
    """The clause goes on with a statement (it opens with a verb of telling: "وتابع البيان أن …") and its only
    date is this week (هذا الأسبوع، الأسبوع الجاري), which holds the day the story runs at, named before it (not
    the publication day): a vaguer span of the same account, not a day of its own."""
    dv = c.date
    if (
        dv is None
        or dv.date is None
        or dv.precision != TIME_WEEK
        or running.date is None
        or running.precision != TIME_DAY
        or running.basis not in ("relative", "explicit")
        or abs((running.date - dv.date).days) > _THIS_WEEK_REACH
        or not opens_with_telling(text, c.start)
    ):
        return False
    exprs = find_time_expressions(text, c.start, c.end)
    return bool(exprs) and all(e.unit == "week" and e.offset == 0 for e in exprs)


_SOURCE_TOLD = re.compile(
    r"(?:بحسب|حسب|وفق|وفقا ل|طبقا ل)(?: ما)? ?(?:افاد|افادت|افادوا|ذكر|ذكرت|قال|قالت|اعلن|اعلنت|اكد|اكدت|اوردت|اورد|نقل"
    r"|نقلت)(?!\w)"
)


def _background_date(doc: Doc, c: Clause) -> bool:
    """A clause of statements whose dates all sit in relative clauses ("اعرب عن امله في ان تحترم … الهدنه التي
    اعلنتها القياده امس الاول"): those dates are of the things referred to. A clause reporting violence keeps
    them ("ارتفع عدد قتلى الغارات التي شنها الطيران امس"): there the relative clause is the event."""
    exprs = find_time_expressions(doc.text, c.start, c.end)
    if exprs and all(e.kind != "relative" and _since(doc.text, e.start) for e in exprs):
        # "ويشن الجيش منذ 11 يوليو حملة قصف": when something began, not the day now told ("منذ صباح امس"
        # still is: the fighting going on since yesterday morning is yesterday's)
        return True
    if exprs and _place_story_date(doc, c, exprs):
        return True
    if any(m.kind == "triggers" and m.data["entry"].get("category") == "conflict" for m in c.mentions):
        return False
    return bool(exprs) and all(relative_pronoun_before(doc.text, c.start, e.start) is not None for e in exprs)


def _place_story_date(doc: Doc, c: Clause, exprs: list | None = None) -> bool:
    """ "قتلوا في قصف تعرض له منزلهم في منطقة دار سعد التي ارتكب فيها الحوثيون قبل يومين مجزرة": every date
    of the clause is in a relative clause about a place named after its act — the day of what the place saw
    before, not of the act told."""
    if exprs is None:
        exprs = find_time_expressions(doc.text, c.start, c.end)
    # (a time gone by — "قبل يومين"، "منذ 28 مايو"، "الاسبوع الماضي" — not a day, which after a relative clause
    # often dates the act before it: "قتلوا في مدينة بنغازي التي مزقتها الحرب يوم الاثنين")
    return bool(exprs) and all(
        (e.kind == "period" or doc.text.startswith("قبل", e.start) or _since(doc.text, e.start))
        and (rel := place_relative(doc, c.start, e.start)) is not None
        and any(m.kind == "triggers" and m.nspan.end <= rel for m in c.mentions)
        for e in exprs
    )


def _told_of_the_running_day(
    doc: Doc, c: Clause, before: DateValue, published: dt.date | None, *, tally: bool = False
) -> bool:
    """The clause's only date is the day a statement was made ("وقال الجيش في بيان صباح اليوم ان …", see
    :func:`telling_date_only`), the act it tells (a conflict trigger after the date) has none of its own, the
    clause tells no political act, and the story runs at a recent day its body named before it in the same
    paragraph (the caller checks where), told by the same item: the act goes on with that day. After a tally of
    the last hours (``tally``: "قتل 50 عنصرا خلال ال48 ساعه الماضيه. وقال المرصد في بيان اليوم ان غالبيتهم …")
    the statement goes on with that tally, its items told next, though the clause names no act itself."""
    if before.basis not in ("relative", "explicit") or not _recent(before, published):
        return False
    moved_to = c.date
    if moved_to is None or moved_to.date is None or before.date is None or moved_to.date <= before.date:
        return False
    e = telling_date_only(doc.text, c.start, c.end)
    if e is None:
        return False
    first = c
    while first.index > 0 and doc.clauses[first.index - 1].sentence == c.sentence:
        first = doc.clauses[first.index - 1]
    if doc.text.startswith(_NEW_ITEM, first.start):
        return False  # ("من ناحيتها، اعلنت القوات امس انها …": another side's news, of its own day)
    act = False
    for m in c.mentions:
        if m.kind != "triggers":
            continue
        if m.data["entry"].get("category") != "conflict":
            if m.nspan.end <= e.start and _STATEMENT_WHICH.search(
                doc.text, max(0, m.nspan.start - 30), m.nspan.start
            ):
                continue  # "وذكر التقرير الذي نشر امس ان …": the statement's own verb, no act told
            return False
        act = act or m.nspan.start >= e.end
    return act or tally


def _an_hours_tally(text: str, c: Clause) -> bool:
    """The clause counts what the last hours saw: "قتل 50 عنصرا خلال ال48 ساعه الماضيه" (see
    :func:`rasad.time.finder._hours`)."""
    return any(e.part == "hours" for e in find_time_expressions(text, c.start, c.end))


# (normalized) what an act came after or before, or began with: "بعد"، "قبل"، "عقب"، "اثر"، "بدءا من"
# (not بعيد, "far" as well; not "علي بعد عشره كلم", a distance)
_EARLIER = frozenset(("بعد", "وبعد", "قبل", "وقبل", "عقب", "وعقب", "اثر", "باثر", "بدءا"))
_EARLIER_REACH = 14  # words from the anchor to the date
# the anchors that name a thing of another day by themselves, without a relative clause: "غداه هجوم الخميس"
_DAY_NEXT_TO = frozenset(("غداه", "وغداه", "عشيه", "وعشيه"))
_EARLIER_HINT = Literals(_EARLIER | _DAY_NEXT_TO)  # (every anchor of _of_an_earlier_thing)
# a span between the act and the thing named ("بعد يومين من"، "قبل ثلاثه ايام من"، "بعد اسبوع من")
_SPAN = re.compile(
    r"(?:\S+ )?(?:يوم|يوما|يومين|ايام|اسبوع|اسبوعين|اسابيع|ساعه|ساعتين|ساعات|شهر|شهرين|اشهر) من"
)
_RELATIVE_BEFORE = 3  # words a relative pronoun may stand before the anchor ("التي جاءت بعد …")


def _of_an_earlier_thing(text: str, c: Clause, *, next_to: bool = False) -> bool:
    """Every date of the clause is of a thing named after بعد/قبل/عقب/اثر, a relative clause before or after the
    anchor ("وتزامنت الغارات التي جاءت بعد اتصال بين الرئيسين يوم الاربعاء مع حملة مداهمات"، "بعد المعارك التي
    اندلعت السبت الماضي"، "بدءا من التفجير الذي استهدف المدينة يوم 20 يوليو"): the day of what the act came
    after, not a day the story runs at (not "بعد ظهر امس"، "قبل يومين": the anchor is the date's own). After
    غداه/عشيه (the day after, the eve of: with ``next_to``; not "عشيه الاحد", the date's own) or a span ("بعد
    يومين من تفجير في السوق الجمعه") the thing is named without a relative clause: with ``next_to`` only (the
    conflict engine dates an act told after غداه by itself, see ``ConflictAssembler._a_day_from``)."""
    anchors = _EARLIER | _DAY_NEXT_TO if next_to else _EARLIER
    exprs = find_time_expressions(text, c.start, c.end)
    if not exprs:
        return False
    for e in exprs:
        if not _EARLIER_HINT.any_within(text, c.start, e.start):
            return False  # (no anchor before the date: the words need not be read)
        words = [(c.start + w.start(), w.group()) for w in re.finditer(r"\S+", text[c.start : e.start])]
        anchor = next(
            (
                k
                for k in range(len(words) - 1, max(-1, len(words) - 1 - _EARLIER_REACH), -1)
                if words[k][1] in anchors
                and not any(x.start <= words[k][0] < x.end for x in exprs)
                and (k == 0 or words[k - 1][1] != "علي")
            ),
            None,
        )
        if anchor is None:
            return False
        before = [w for _, w in words[max(0, anchor - _RELATIVE_BEFORE) : anchor]]
        after = [w for _, w in words[anchor + 1 :]]
        if not after or after[0] in ("ان", "ما"):
            return False  # ("بعد ان قتل …": a verb of its own, the act the clause tells maybe)
        if not any(w in RELATIVE_PRONOUNS for w in before + after) and not (
            next_to
            and (
                words[anchor][1] in _DAY_NEXT_TO or any(_SPAN.fullmatch(" ".join(after[:n])) for n in (2, 3))
            )
        ):
            return False
    return True


def _tells_what_is_to_come(doc: Doc, c: Clause) -> bool:
    """The clause's only date is the day a statement was made and what it tells is to come ("وقال مكتب رئيس
    الوزراء يوم الخميس ان تركيا ستتخذ كل الاجراءات"): the day of a telling, of no act, no vote for the article's
    date frame."""
    e = telling_date_only(doc.text, c.start, c.end)
    return e is not None and is_future(doc.text, e.end, c.end)


# a statement noun and the relative pronoun that opens what is said of it (normalized): "التقرير الذي نشر"
_STATEMENT_WHICH = re.compile(r"(?:البيان|التقرير|الاعلان|التصريح|بيان|تقرير|تصريح) (?:الذي|التي) $")


_NEW_ITEM = (
    "من ناحي",
    "من جهت",
    "من جهه",
    "من جانب",
    "الي ذلك",
    "والي ذلك",
    "في غضون",
    "في سياق",
    "وفي سياق",
)


def _since(text: str, start: int) -> bool:
    """The date at ``start`` is the start of a span: "منذ 11 يوليو"، "منذ الاثنين"."""
    return text[max(0, start - 8) : start].split()[-1:] == ["منذ"]


def _line_breaks(text: str) -> list[int]:
    out: list[int] = []
    i = text.find("\n")
    while i != -1:
        out.append(i)
        i = text.find("\n", i + 1)
    return out


def _opens_with_its_act(text: str, c: Clause) -> bool:
    """The clause opens with و, the word of an act and a doer of its own ("…، واختطف مجهولون يوم اول امس
    عنصرا"، "…، وقصفت الطائرات امس …"): another act told alongside the one before it, not a date that completes
    it (not "زار المبعوث طهران، والتقى الثلاثاء بمسؤولين", the same doer going on)."""
    if not text.startswith("و", c.start):
        return False
    opening = [
        m
        for m in c.mentions
        if m.kind == "triggers" and m.nspan.start - len(m.data.get("prefix", "")) == c.start
    ]
    return any(
        d.kind in ("actors", "weapons") and 0 < d.nspan.start - m.nspan.end <= 1
        for m in opening
        for d in c.mentions
    )


def _opens_item(text: str, start: int) -> bool:
    head = text[start : start + 12]
    return head.startswith(_ITEM_OPENERS)


# (normalized) what opens a clause of another act told alongside the one before it (while, whereas, as also):
# "…، في حين القى الطيران …" — not the circumstance of the act before it, "…، بينما كان يتنقل قرب البلدة"
_OTHER_ITEM = re.compile(r"(?:فيما|بينما|في حين|كما|وكما) (?!(?:كان|كانت|كانوا|كانا|هو|هي|هم)(?!\w))")
_ITEM_OPENERS = ("كما", "وكما", "فيما", "بينما", "في حين", "حيث", "الي ذلك", "من جهه", "وفي ", "في ")


_LEAD_WINDOW_DAYS = 7


def _undated_state(d: Draft) -> bool:
    """A siege, ban or closure (a weak word of Strategic developments/Other) told with no date in the text at
    all, only the report's day: a state of things described ("فتفيد الانباء بمنع المتطرفين اربعة الاف عائلة
    من الخروج"), not a development of a day."""
    return (
        d.sub_event_type == "Other"
        and bool(d.trigger.data["entry"].get("weak"))
        and d.date is not None
        and d.date.basis == "publication"
    )


def _after_publication(dv: DateValue | None, published: dt.date) -> bool:
    """A date wholly after the publication date: a day after it, a week starting after its week, a later
    month (a week or month of the report's own may hold days after it and still be told as done)."""
    if dv is None or dv.date is None:
        return False
    if dv.precision == TIME_DAY:
        return dv.date > published
    if dv.precision == TIME_WEEK:
        return dv.date > published + dt.timedelta(days=7)
    return (dv.date.year, dv.date.month) > (published.year, published.month)


def _long_before(dv: DateValue | None, published: dt.date) -> bool:
    """An act dated by its own words weeks before the report ("وبدأ هذا الجيش -الذي سيطر قبل شهرين على جل
    محافظة إدلب- هجوما"، "ودمرتها معارك انتهت في يناير"): background, though its clause tells news (a clause
    dated so is left out as a whole before: see :func:`rasad.assemble.conflict.is_historical`)."""
    return (
        dv is not None
        and dv.date is not None
        and dv.basis in ("explicit", "relative")
        and long_gone(dv, published)
    )


def _recent(dv: DateValue, published: dt.date | None) -> bool:
    return (
        dv.date is not None
        and dv.precision == 1
        and published is not None
        and 0 <= (published - dv.date).days <= _LEAD_WINDOW_DAYS
    )


class Pipeline:
    """``Pipeline()(article) -> list[Event]``. Load once, call per article (safe to reuse, not to share
    across threads while running)."""

    def __init__(
        self, *, geo: Geo | None | str = "default", matcher: Matcher | None = None, historical: bool = False
    ) -> None:
        """``historical``: keep the conflict acts dated weeks before the publication date (background told in
        passing, left out by default with a warning) as events of status ``historical``; and so the political acts told
        as background with a date of their own ("وكان الجبير قد التقى لافروف في الدوحة الاسبوع الماضي")."""
        if geo == "default":
            geo = default_geo()
        self.historical = historical
        self.components: list[Callable[[Doc], Doc]] = [
            Segmenter(),
            LexiconTagger(matcher=matcher),
            Toponymizer(geo=geo),  # type: ignore[arg-type]
            PersonLinker(),
            DateResolver(),
        ]

    def make_doc(self, article: Article) -> Doc:
        doc = Doc(article=article, norm=normalize(article.text))
        for component in self.components:
            doc = component(doc)
        return doc

    def __call__(self, article: Article) -> list[Event]:
        return self.extract_doc(self.make_doc(article))

    def extract_with_warnings(self, article: Article) -> tuple[list[Event], list[str]]:
        """The events and what the user should know about how they were obtained (an inferred or missing
        publication date)."""
        doc = self.make_doc(article)
        return self.extract_doc(doc), list(doc.warnings)

    def extract_doc(self, doc: Doc) -> list[Event]:
        # (what the readers found, before the assemblers add theirs: for a second look at the acts of weeks ago)
        memo = dict(doc.memo) if self.historical else {}
        conflict = ConflictAssembler(doc).run()
        splitter = _DateSplitter(doc)
        political = PoliticalAssembler(doc, date_splitter=splitter, historical=self.historical).run()
        published = doc.article.published
        conflict = _finish_conflict(doc, conflict, published)
        if published is not None:
            # (asked last: an act of weeks ago still takes what belongs to it — the destruction its battles
            # caused, the toll told of it — before it goes)
            old = [d for d in conflict if _long_before(d.date, published)]
            if old:
                conflict = [d for d in conflict if not _long_before(d.date, published)]
            if self.historical:
                old += _dated_background(doc, memo, published, told=conflict + old)
                for d in old:
                    d.status = "historical"
                conflict += old
            elif n_old := len(old) + _count_dated_background(doc, published, told=conflict + old):
                doc.warnings.append(
                    f"{n_old} conflict act(s) dated weeks before the publication date left out as background"
                    " (--historical, or Pipeline(historical=True), keeps them with status 'historical')"
                )
        drafts = conflict + merge_drafts(doc, political)
        return [to_event(doc, d) for d in drafts]


def _finish_conflict(doc: Doc, conflict: list[Draft], published: dt.date | None) -> list[Draft]:
    """The conflict drafts of the assembler, filtered, merged and folded into the events of the article."""
    if published is not None:
        # an act dated after the report is one announced or foreseen ("طردت … في أبريل المقبل"), not done
        conflict = [d for d in conflict if not _after_publication(d.date, published)]
    conflict = [d for d in conflict if not _undated_state(d)]
    conflict = merge_drafts(doc, conflict)
    for fold in (
        fold_city_into_quarters,
        fold_region_into_places,
        fold_placeless_summaries,
        fold_summed_tolls,
        fold_tolls_into_the_act_told,
        fold_attacks_into_their_bombs,
        fold_car_bombs_into_their_bombers,
        fold_governorate_into_the_town_told_next,
    ):
        conflict = fold(doc, conflict)
    return conflict


def _dated_long_before(doc: Doc, published: dt.date) -> list[Clause]:
    """The clauses dated by their words weeks before the publication date."""
    return [
        c
        for c in doc.clauses
        if c.date is not None and c.date.date is not None and c.date.basis != "publication"
        and long_gone(c.date, published)
    ]  # fmt: skip


def _count_dated_background(doc: Doc, published: dt.date, *, told: list[Draft]) -> int:
    """How many clauses dated weeks before the publication date tell conflict acts the assembler left out as
    background (cheap: for the warning of :meth:`Pipeline.extract_doc`; :func:`_dated_background` finds them)."""
    old = _dated_long_before(doc, published)
    if not old:
        return 0
    starts = sorted(s for d in told for role, s, _ in d.spans if role == "trigger")
    return sum(
        1
        for c in old
        if conflict_triggers(doc, c) and is_historical(doc, c)
        and bisect_left(starts, c.start) == bisect_left(starts, c.end)
    )  # fmt: skip


def _dated_background(
    doc: Doc, memo: dict[str, Any], published: dt.date, *, told: list[Draft]
) -> list[Draft]:
    """The conflict acts of clauses the assembler leaves out whole because their own date lies weeks before the
    publication date ("قصفت قوات النظام يوم 3 يونيو حي جوبر" in a report of late July): those it finds when it
    is not told the publication date (the dates stay as resolved against it), dated so, and not told already.
    Asked only of an article holding such a clause."""
    if not _dated_long_before(doc, published):
        return []
    undated = dataclasses.replace(
        doc, article=dataclasses.replace(doc.article, published=None), warnings=[], memo=dict(memo)
    )
    seen = {(s, e) for d in told for role, s, e in d.spans if role == "trigger"}
    drafts = _finish_conflict(undated, ConflictAssembler(undated).run(), published)
    return [
        d
        for d in drafts
        if d.date is not None and d.date.date is not None and d.date.basis != "publication"
        and long_gone(d.date, published)
        and not any((s, e) in seen for role, s, e in d.spans if role == "trigger")
    ]  # fmt: skip


class _DateSplitter:
    """Several dates in one political clause: each with its normalized start offset."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        art = doc.article
        self.ctx = DateContext(
            art.published, published_basis=art.published_basis, reference=doc.memo.get("reference_day")
        )

    def __call__(self, clause: Clause, *, future: bool) -> list[tuple[int, Any]]:
        pairs = self.ctx.dates_in(
            self.doc.text, clause.start, clause.end, future=future, past=_past_verbs(clause)
        )
        return [(e.start, dv) for e, dv in pairs if dv.date is not None]


_HEADLINE_WORDS = 16
_VIOLENCE_WINDOW = 150
_HEADING_WORDS = 5


def _is_heading(text: str, start: int, end: int) -> bool:
    """A sub-heading inside the body ("غارات أسدية", "معارك اللاذقية"): a short line of its own without a full
    stop. It names what the paragraph below reports; the events come from that paragraph."""
    if start != 0 and text[start - 1] != "\n":
        return False  # (most sentences: not at the start of a line)
    line_end = text.find("\n", end)
    own_line = line_end == end or end == len(text) or text[end:line_end].strip() == ""
    body = text[start:end].strip()
    return own_line and not body.endswith((".", "!", "?")) and len(body.split()) <= _HEADING_WORDS


# what opens a caption of a link at the foot of an article: the linked story's headline follows (normalized)
_LINK_CAPTIONS = ("رابط الخبر", "رابط المقال", "رابط التقرير", "اقرا ايضا", "اقرا المزيد", "اقرا كذلك")


def _headings(text: str, sentences: list[tuple[int, int]]) -> set[int]:
    """The sentences that are headings or link captions; a caption's headline runs to the end of its line,
    whatever full stops it holds ("رابط الخبر بصحيفة الوئام: العراق.. داعش يفجر حمام سباحة")."""
    out: set[int] = set()
    caption_end = -1
    for i, (s, e) in enumerate(sentences):
        if s < caption_end:
            out.add(i)
        elif _is_link_caption(text, s):
            out.add(i)
            nl = text.find("\n", s)
            caption_end = len(text) if nl == -1 else nl
        elif _is_heading(text, s, e):
            out.add(i)
        elif i == len(sentences) - 1 and text[s : s + 20].lstrip().startswith(_TAG_LISTS):
            out.add(i)  # "سمات تركيا داعش سلاح الجو سوريا قصف": the site's tags under the story, no report
    return out


# what opens the list of a site's tags under a story (normalized): "سمات"، "وسوم"، "الكلمات الدالة"
_TAG_LISTS = ("سمات ", "وسوم ", "الوسوم ", "الكلمات الدال", "كلمات دال", "كلمات مفتاحي")


def _is_link_caption(text: str, start: int) -> bool:
    """ "رابط الخبر بصحيفة …: الحوثيون قصفوا عدن"، "اقرأ أيضا: …": a link and the headline of the story it leads
    to (this one, or another), not a report."""
    return text[start : start + 40].lstrip().startswith(_LINK_CAPTIONS)


_HEADLINE_LINES = 3


def headline_end(text: str) -> int:
    """Where the body starts: news articles open with headline lines (short, no final full stop) that repeat
    what the body reports; events are taken from the body. A text that is all short lines has no headline."""
    pos = 0
    for _ in range(_HEADLINE_LINES):
        nl = text.find("\n", pos)
        if nl == -1:
            return pos  # the last line is the body (a one-line text has no headline)
        line = text[pos:nl].strip()
        if not line or len(line.split()) >= _HEADLINE_WORDS or line.endswith((".", ":")):
            return pos
        pos = nl + 1
    return pos


def _distribute(clauses: list[Clause], items: Iterable[Any], *, key, add) -> None:  # noqa: ANN001
    ci = 0
    n = len(clauses)
    # each item's key once, in the order sorted(items, key=key) gives (a stable sort on the key alone)
    for pos, item in sorted([(key(item), item) for item in items], key=_FIRST):
        while ci < n and clauses[ci].end <= pos:
            ci += 1
        if ci == n:
            break
        if clauses[ci].start <= pos:
            add(clauses[ci], item)


_FIRST = itemgetter(0)


def _distribute_mentions(clauses: list[Clause], mentions: list[Any]) -> None:
    """Each mention to the clause that holds its start: ``_distribute`` by ``m.nspan.start``, without its sort
    and its calls of a key and of an adder for each of the hundred mentions of an article when they come in text
    order, as the matcher gives them. The clauses are in order and do not overlap (the segmenter's): each takes
    the run of mentions that start inside it, found by bisection (a step per clause, not per mention)."""
    starts = [m.nspan.start for m in mentions]
    if starts != sorted(starts):
        _distribute(clauses, mentions, key=lambda m: m.nspan.start, add=lambda c, m: c.mentions.append(m))
        return
    i = 0
    for c in clauses:
        i = bisect_left(starts, c.start, i)
        j = bisect_left(starts, c.end, i)
        if j > i:
            c.mentions += mentions[i:j]
            i = j


@cache
def _type_words() -> frozenset[str]:
    return frozenset(k for e in load_lexicon("place_types") for k in e.keys)


def _word_not_place(t: Any, covers: Callable[[int, int], bool]) -> bool:
    """A "place" that is really a lexicon word: a verb read as a village (اغار), a bare type word (سوق)."""
    if t.name.strip() in _type_words():  # toponym names are already normalized
        return True
    if getattr(t, "type_word", None):
        return False
    return covers(t.start, t.end)


# words after a name that make it part of an idiom (normalized): "مسقط راس الرئيس هادي" is his birthplace, no
# Muscat and no government of Oman; "رجال الامن حماة الوطن" are the homeland's protectors, no Hama
_IDIOM_ENDS = {"مسقط": ("راس",), "حماه": ("الوطن", "الديار", "الحمي")}
_IDIOM_NAMES = tuple(_IDIOM_ENDS)  # (what the text ends with before a name that may open an idiom)


def in_an_idiom(text: str, end: int) -> bool:
    """The name ending at ``end`` opens an idiom (the word after it completes one of _IDIOM_ENDS)."""
    start = text.rfind(" ", 0, end) + 1
    follows = _IDIOM_ENDS.get(text[start:end].lstrip("وبل"))
    if follows is None or text[end : end + 1] != " ":
        return False
    return text[end + 1 : end + 12].split(maxsplit=1)[:1] in [[w] for w in follows]


# dual type words that are also names: القريتين (al-Qaryatayn, Homs) → the construct form that names two places
_DUAL_NAMES = {"القريتين": "قريتي", "البلدتين": "بلدتي", "المدينتين": "مدينتي", "الحيين": "حيي"}


def _the_two_named_before(text: str, t: Any) -> bool:
    """ "في قريتي تل اعور والفريكة … سيطرة قوات الاسد على القريتين": "the two villages" named before, not the
    town of that name far away."""
    pair = _DUAL_NAMES.get(t.name.strip())
    return (
        pair is not None
        and t.type_word
        is None  # ("مدينة القريتين": a town named so, whatever two villages were named before)
        and re.search(rf"(?<![\u0621-\u064a])[وفبل]?{pair}(?![\u0621-\u064a])", text[: t.start]) is not None
    )


def _country_from_actors(doc: Doc) -> str | None:
    """The country the article reports from, by its local actors: rebels, militias, civilians, opposition count
    most; a state's forces count only a little (foreign air forces fight abroad)."""
    votes: Counter[str] = Counter()
    governments: Counter[str] = Counter()
    for m in doc.mentions:
        if m.kind != "actors":
            continue
        e = m.data["entry"]
        code, ctry = e.get("code"), e.get("country")
        if ctry and code:
            role = code[3:]
            # rebels, civilians and the opposition are local; militias and armies also fight abroad
            votes[ctry] += 3 if role in ("REB", "CVL", "OPP") else 1 if role in ("MIL", "UAF") else 0
            if role == "GOV" and " " in m.norm:
                governments[ctry] += 1  # (not a capital standing for its government: "قلعة القاهرة" in Taiz)
    votes = Counter({k: v for k, v in votes.items() if v > 0})
    # governments speak of other countries' wars; a report naming no other side is of the government it names
    # ("سقطت طائرة حربية تابعة للنظام السوري في سوق … وسط مدينة اريحا": Ariha in Syria, not Jericho)
    votes = votes or governments
    return votes.most_common(1)[0][0] if votes else None


def default_geo(path: Path | None = None) -> Geo:
    """The geocoder over the user's gazetteer index (built from the embedded default on first use)."""
    return GazetteerGeo.open(path)
