"""The trigger lexicon (``rasad/lexicons/ar/triggers.yaml``): validity, examples, coverage, lookups."""

from __future__ import annotations

import re

import pytest

from rasad.lexicons.load import Entry, load_lexicon
from rasad.lexicons.schema import ACLED_TYPES
from rasad.text.normalize import normalize_key

TRIGGERS = load_lexicon("triggers")

# Proclitics the matcher strips: conjunction و/ف, then a preposition or the article (بال، لل، ال …) or the
# future سـ on verbs. وبالغارات: wa-bi-l-ghārāt.
_PREFIX = "(?:[وف]?(?:ال|بال|لل|كال|[بلكس])?)"
# Attached pronouns and the dual/plural endings an example may add to a listed stem: قصفتها (qaṣafat-hā).
_SUFFIX = "(?:ه|ها|هما|هم|هن|ني|نا|كم|ك|وا|ت|ن|ا)?"

# ACLED sub-event types deliberately without a trigger of their own: they are decided from context.
# "Government regains territory" shares its triggers with "Non-state actor overtakes territory" (سيطر،
# استعاد، حرر …): the entries carry the non-state sub-type and the assembler switches by the agent.
UNTRIGGERED_SUB_EVENTS = {"Government regains territory"}

# One-word forms whose ال is part of the stem, not the article: التقى (iltaqā, met), التمس (iltamasa, asked).
STEM_AL = {"التقى", "التقت", "التقوا", "التمس"}

# PLOVER types the eval README lists (the political types gold events may carry).
README_PLOVER = (
    "CONSULT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "AGREE",
    "SUPPORT",
    "AID",
    "SANCTION",
    "MOBILIZE",
    "CONCEDE",
    "COOPERATE",
    "RETREAT",
)


def _form_pattern(key: str) -> re.Pattern[str]:
    # As the matcher: proclitics before the first word only, an attached pronoun or verb ending after the last;
    # the inner words of a phrase are literal (القصف الجوي lists its second ال itself).
    words = [re.escape(w) for w in key.split()]
    words[0] = _PREFIX + words[0]
    words[-1] = words[-1] + _SUFFIX
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")


def _occurs(entry: Entry, text: str) -> bool:
    norm = normalize_key(text)
    return any(_form_pattern(k).search(norm) for k in entry.keys)


def _lookup_table() -> dict[str, Entry]:
    return {k: e for e in TRIGGERS for k in e.keys}


_TABLE = _lookup_table()
_STRIP_PREFIXES = ("وبال", "وال", "بال", "فال", "لل", "ال", "وب", "ول", "وس", "فس", "و", "ف", "ب", "ل", "س")
_STRIP_SUFFIXES = ("هما", "ها", "هم", "هن", "ه")


def lookup(word: str) -> Entry | None:
    """The entry of ``word`` as printed, with the matcher's clitic stripping (longest known key first)."""
    key = normalize_key(word)
    candidates = [key]
    for p in _STRIP_PREFIXES:
        if key.startswith(p) and len(key) - len(p) >= 2:
            candidates.append(key[len(p) :])
    for c in list(candidates):
        for s in _STRIP_SUFFIXES:
            if c.endswith(s) and len(c) - len(s) >= 2:
                candidates.append(c[: -len(s)])
    for c in candidates:
        if c in _TABLE:
            return _TABLE[c]
    return None


def test_loads_with_enough_entries() -> None:
    assert len(TRIGGERS) >= 80
    assert sum(len(e.keys) for e in TRIGGERS) >= 500


@pytest.mark.parametrize("entry", TRIGGERS, ids=lambda e: e.id)
def test_example_contains_a_form(entry: Entry) -> None:
    for example in entry.examples:
        assert _occurs(entry, example), f"{entry.id}: no form of {entry.forms} in {example!r}"


@pytest.mark.parametrize("entry", TRIGGERS, ids=lambda e: e.id)
def test_matcher_finds_the_entry_in_its_examples(entry: Entry) -> None:
    matcher_mod = pytest.importorskip("rasad.match.matcher")
    from rasad.text.normalize import normalize

    matcher = matcher_mod.Matcher({"triggers": TRIGGERS})
    for example in entry.examples:
        ids = {m.data["entry"].id for m in matcher.scan(normalize(example))}
        assert entry.id in ids, f"{entry.id}: matcher found {sorted(ids)} in {example!r}"


@pytest.mark.parametrize("entry", TRIGGERS, ids=lambda e: e.id)
def test_entry_is_coherent(entry: Entry) -> None:
    if entry.get("category") == "conflict":
        assert entry.get("sub_event_type") in ACLED_TYPES[entry.get("event_type")]
        assert entry.get("plover_type") is None
    else:
        assert entry.get("event_type") is None and entry.get("sub_event_type") is None
    if entry.get("means") is not None:
        assert entry.get("means") in ("air", "artillery", "ied", "suicide", "grenade", "chemical", "drone")
    # forms are listed bare: a leading و/ال on a one-word form is a clitic the matcher handles
    for form in entry.forms:
        if " " not in form and form not in STEM_AL:
            assert not form.startswith("ال"), f"{entry.id}: clitic variant {form!r}"


@pytest.mark.parametrize(
    ("event_type", "sub_event_type"),
    [(t, s) for t, subs in ACLED_TYPES.items() for s in subs if s not in UNTRIGGERED_SUB_EVENTS],
)
def test_every_reported_acled_sub_event_has_a_trigger(event_type: str, sub_event_type: str) -> None:
    assert any(
        e.get("event_type") == event_type and e.get("sub_event_type") == sub_event_type for e in TRIGGERS
    )


@pytest.mark.parametrize("plover", README_PLOVER)
def test_every_readme_plover_type_has_a_trigger(plover: str) -> None:
    assert any(e.get("plover_type") == plover for e in TRIGGERS)


# (phrase in context, the trigger word as printed in it, expected sub-event type; ACLED sub-event names are
# unique, so the event type follows from it)
_PARENT = {s: t for t, subs in ACLED_TYPES.items() for s in subs}
LOOKUP_ROWS = [
    ("دارت اشتباكات عنيفة بين الطرفين", "اشتباكات", "Armed clash"),
    ("واشتبكت القوات مع المسلحين", "واشتبكت", "Armed clash"),
    ("تواصلت المعارك في الريف", "المعارك", "Armed clash"),
    ("نصب المقاتلون كمينا لدورية", "كمينا", "Armed clash"),
    ("قتل جنديان في مواجهات مع المسلحين", "مواجهات", "Armed clash"),
    ("شن التنظيم هجوما على المطار", "هجوما", "Armed clash"),
    ("تصدت الوحدات لهجوم المسلحين", "تصدت", "Armed clash"),
    ("سيطر المسلحون على التلة", "سيطر", "Non-state actor overtakes territory"),
    ("وسيطرت القوات على الطريق", "وسيطرت", "Non-state actor overtakes territory"),
    ("استعادت القوات البلدة", "استعادت", "Non-state actor overtakes territory"),
    ("بعد تحرير المدينة من المسلحين", "تحرير", "Non-state actor overtakes territory"),
    ("وأحرز المقاتلون تقدما في الجبهة", "تقدما", "Non-state actor overtakes territory"),
    ("وكان المسلحون قد استولوا على المعسكر", "استولوا", "Non-state actor overtakes territory"),
    ("انسحبت الفصائل من القرية", "انسحبت", "Non-violent transfer of territory"),
    ("شنت المقاتلات غارات على المواقع", "غارات", "Air/drone strike"),
    ("قتل مدنيان في الغارة", "الغارة", "Air/drone strike"),
    ("وأغارت الطائرات على البلدة", "وأغارت", "Air/drone strike"),
    ("ألقت المروحيات براميل متفجرة", "براميل", "Air/drone strike"),
    ("قتل قيادي بطائرة بدون طيار", "بطائرة بدون طيار", "Air/drone strike"),
    ("تعرضت القرية لقصف مدفعي", "قصف", "Shelling/artillery/missile attack"),
    ("قصفت القوات الأحياء السكنية", "قصفت", "Shelling/artillery/missile attack"),
    ("سقطت قذائف هاون على الحي", "قذائف", "Shelling/artillery/missile attack"),
    ("أطلق المسلحون صواريخ على المدينة", "صواريخ", "Shelling/artillery/missile attack"),
    ("واستهدفت المدفعية تجمعات المسلحين", "واستهدفت", "Shelling/artillery/missile attack"),
    ("انفجرت عبوة بدورية للشرطة", "عبوة", "Remote explosive/landmine/IED"),
    ("قتل راع بانفجار لغم", "لغم", "Remote explosive/landmine/IED"),
    ("دوى انفجار في السوق", "انفجار", "Remote explosive/landmine/IED"),
    ("تبنى التنظيم التفجير", "التفجير", "Remote explosive/landmine/IED"),
    ("فجر انتحاري نفسه في المسجد", "انتحاري", "Suicide bomb"),
    ("ألقى مجهول قنبلة يدوية على المحل", "قنبلة يدوية", "Grenade"),
    ("اتهم ناشطون القوات باستخدام الكيماوي", "الكيماوي", "Chemical weapon"),
    ("أعدم التنظيم رجلين في الساحة", "أعدم", "Attack"),
    ("نجا المسؤول من محاولة اغتيال", "اغتيال", "Attack"),
    ("ارتكبت الميليشيا مجزرة في القرية", "مجزرة", "Attack"),
    ("واستشهد طفل في القصف", "واستشهد", "Attack"),
    ("وخطف مسلحون عاملين أجنبيين", "وخطف", "Abduction/forced disappearance"),
    ("أدانت المنظمة اختطاف الصحفيين", "اختطاف", "Abduction/forced disappearance"),
    ("وثقت المنظمة حالات اغتصاب", "اغتصاب", "Sexual violence"),
    ("تظاهر المئات أمام الوزارة", "تظاهر", "Peaceful protest"),
    ("خرجت مظاهرات في المدن", "مظاهرات", "Peaceful protest"),
    ("نظم الأهالي اعتصاما أمام المبنى", "اعتصاما", "Peaceful protest"),
    ("اندلعت أعمال شغب في الحي", "شغب", "Violent demonstration"),
    ("اعتقلت قوات الأمن خمسة أشخاص", "اعتقلت", "Arrests"),
    ("وداهمت دورية منزلا", "وداهمت", "Arrests"),
    ("نهب المسلحون المستشفى", "نهب", "Looting/property destruction"),
    ("هدمت الجرافات المنازل", "هدمت", "Looting/property destruction"),
    ("أبطلت الفرق مفعول العبوة", "أبطلت", "Disrupted weapons use"),
    ("نزحت مئات العائلات", "نزحت", "Other"),
    ("تسببت ضربات التحالف في تدمير الجسر", "ضربات", "Air/drone strike"),
    ("قتل مدنيان بالبراميل المتفجرة", "بالبراميل المتفجرة", "Air/drone strike"),
    ("أسقطت مروحية قنابل برميلية على الحي", "قنابل برميلية", "Air/drone strike"),
    ("اقترب المهاجم من الحاجز ورمى القنبلة", "ورمى القنبلة", "Grenade"),
    ("خطف المسلحون تاجرا ثم أعدموه في الساحة", "أعدموه", "Attack"),
    ("أطلق مجهولون النار على القاضي فاغتالوه", "فاغتالوه", "Attack"),
    ("اعترض مسلحون سيارة الطبيب واختطفوه", "واختطفوه", "Abduction/forced disappearance"),
    ("قتل القائد بغارة استهدفته قرب الحدود", "استهدفته", "Shelling/artillery/missile attack"),
    ("قتل ثلاثة بانفجار سيارة مفخخة", "سيارة مفخخة", "Remote explosive/landmine/IED"),
    ("أصيب العشرات بغاز الكلور", "بغاز الكلور", "Chemical weapon"),
    ("اعتدى مسلحون على صحفي في السوق", "اعتدى", "Attack"),
    ("جابت مسيرة شعبية شوارع البلدة", "مسيرة", "Peaceful protest"),
    ("استخدمت الشرطة الغاز المسيل للدموع", "الغاز المسيل للدموع", "Protest with intervention"),
    ("فتح الجنود النار على المتظاهرين", "النار على المتظاهرين", "Excessive force against protesters"),
    ("سحل أهالي غاضبون المتهم", "سحل", "Mob violence"),
    ("أعلنت الفصائل إسقاط طائرة حربية", "إسقاط طائرة", "Disrupted weapons use"),
    ("أنشأت القوات قاعدة عسكرية جديدة", "قاعدة عسكرية جديدة", "Headquarters or base established"),
    ("أعلنت الفصائل انطلاق معركة جديدة", "انطلاق معركة", "Change to group/activity"),
    ("استسلم عشرات المسلحين للجيش", "استسلم", "Agreement"),
]

PLOVER_ROWS = [
    ("يزور الوزير موسكو الخميس", "يزور", "CONSULT"),
    ("سيزور الرئيس باريس", "سيزور", "CONSULT"),
    ("في زيارة رسمية للرياض", "زيارة", "CONSULT"),
    ("التقى الوزير نظيره الروسي", "التقى", "CONSULT"),
    ("بعد محادثات في جنيف", "محادثات", "CONSULT"),
    ("واستقبل الملك وزير الخارجية", "واستقبل", "CONSULT"),
    ("دعا الأمين العام الأطراف إلى ضبط النفس", "دعا", "REQUEST"),
    ("وطالبت المنظمة بالإفراج عن المعتقلين", "وطالبت", "REQUEST"),
    ("ناشدت الحكومة المنظمات الدولية", "ناشدت", "REQUEST"),
    ("وزعت فرنسا مسودة قرار", "مسودة قرار", "REQUEST"),
    ("اتهمت الحكومة المتمردين", "اتهمت", "ACCUSE"),
    ("أدانت الجامعة العربية الهجوم", "أدانت", "ACCUSE"),
    ("أبدت استنكارها للاختطاف", "استنكارها", "ACCUSE"),
    ("رفضت المعارضة المبادرة", "رفضت", "REJECT"),
    ("استبعد الوزير أي تحالف", "استبعد", "REJECT"),
    ("نفى المتحدث الاتهامات", "نفى", "REJECT"),
    ("لكن الوزارة نفته في بيان", "نفته", "REJECT"),
    ("استخدمت روسيا الفيتو", "الفيتو", "REJECT"),
    ("هدد القائد باقتحام المدينة", "هدد", "THREATEN"),
    ("توعد التنظيم بالانتقام", "توعد", "THREATEN"),
    ("توصل الطرفان إلى اتفاق", "اتفاق", "AGREE"),
    ("رحبت الخارجية بالبيان", "رحبت", "SUPPORT"),
    ("وأشاد الوزير بالدعم", "وأشاد", "SUPPORT"),
    ("وصلت قوافل الإغاثة إلى المدينة", "قوافل", "AID"),
    ("فرضت واشنطن عقوبات جديدة", "عقوبات", "SANCTION"),
    ("دفع الجيش بتعزيزات إلى الجبهة", "بتعزيزات", "MOBILIZE"),
    ("اتفقا على تعزيز التنسيق الأمني", "التنسيق", "COOPERATE"),
    ("أعلنت الحكومة الإفراج عن المعتقلين", "الإفراج عن", "CONCEDE"),
    ("أعلن التحالف هدنة إنسانية", "هدنة", "RETREAT"),
    ("بعد انهيار وقف إطلاق النار", "وقف إطلاق النار", "RETREAT"),
    ("وصل وفد حكومي إلى مسقط", "وفد", "CONSULT"),
    ("تستضيف فيينا اجتماعا دوليا", "تستضيف", "CONSULT"),
    ("تلقى الأمير اتصالا هاتفيا من الرئيس", "اتصالا هاتفيا", "CONSULT"),
    ("شدد الوزير على ضرورة وقف القصف", "ضرورة", "REQUEST"),
    ("أعلنت واشنطن إرسال قوات إضافية", "إرسال قوات", "MOBILIZE"),
    ("أعلنت الرياض قطع العلاقات مع طهران", "قطع العلاقات", "SANCTION"),
    ("دان الوزير الهجوم على السوق", "دان", "ACCUSE"),
    ("سيتم التصدي لأي تحرك عسكري", "سيتم التصدي", "THREATEN"),
    ("وقال إن بلاده سترد بقوة على أي عدوان", "سترد بقوة", "THREATEN"),
]


@pytest.mark.parametrize(("context", "word", "sub_event_type"), LOOKUP_ROWS)
def test_conflict_lookup(context: str, word: str, sub_event_type: str) -> None:
    assert word in context
    entry = lookup(word)
    assert entry is not None, f"{word!r} not in the lexicon"
    assert (entry.get("category"), entry.get("event_type"), entry.get("sub_event_type")) == (
        "conflict",
        _PARENT[sub_event_type],
        sub_event_type,
    )


@pytest.mark.parametrize(("context", "word", "plover"), PLOVER_ROWS)
def test_political_lookup(context: str, word: str, plover: str) -> None:
    assert word in context
    entry = lookup(word)
    assert entry is not None, f"{word!r} not in the lexicon"
    assert (entry.get("category"), entry.get("plover_type")) == ("political", plover)


@pytest.mark.parametrize(
    ("word", "flag", "value"),
    [
        ("استهدف", "weak", True),
        ("هاجم", "weak", True),
        ("دمر", "weak", True),
        ("قتل", "weak", True),
        ("قتل", "voice", "victim"),
        ("استشهد", "voice", "victim"),
        ("مقتل", "voice", "victim"),
        ("لقوا مصرعهم", "voice", "victim"),
        ("غارات", "means", "air"),
        ("قذائف هاون", "means", "artillery"),
        ("عبوة ناسفة", "means", "ied"),
        ("حزام ناسف", "means", "suicide"),
        ("غاز الكلور", "means", "chemical"),
        ("قنبلة يدوية", "means", "grenade"),
        ("طائرة بدون طيار", "means", "drone"),
    ],
)
def test_flags(word: str, flag: str, value: object) -> None:
    entry = lookup(word)
    assert entry is not None
    assert entry.get(flag) == value


def test_bare_qasf_leaves_means_to_the_assembler() -> None:
    entry = lookup("قصف")
    assert entry is not None and entry.get("pos") == "noun" and entry.get("means") is None


# Words left out on purpose: far more often something else in news text.
@pytest.mark.parametrize(
    "word",
    [
        "قبل",  # qabla 'before', not qabila 'accepted'
        "فجر",  # fajr 'dawn' (فجر اليوم), not fajjara 'blew up'
        "أسر",  # usar 'families'
        "أيد",  # aydin 'hands' (على أيدي), not ayyada 'supported'
        "ثمن",  # thaman 'price'
        "عقوبة",  # judicial penalty; بعقوبة is Baqubah
        "تدمر",  # Palmyra
        "سلم",  # silm 'peace' (السلمي)
        "تدخل",  # tadakhkhul 'intervention'
        "تلقى",  # 'received'
    ],
)
def test_ambiguous_word_not_listed(word: str) -> None:
    assert normalize_key(word) not in _TABLE
