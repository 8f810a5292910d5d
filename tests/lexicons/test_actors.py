"""The actor lexicon ``rasad/lexicons/ar/actors.yaml``: schema, codes, examples and the key variants."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasad.errors import LexiconError
from rasad.lexicons.load import Entry, load_file, load_lexicon
from rasad.match.matcher import Matcher
from rasad.text.normalize import normalize, normalize_key

# (NGOs: CAMEO's non-governmental organisations — human rights, media, health and relief)
CODE = re.compile(
    r"^[A-Z]{3}(MIL|GOV|REB|UAF|CVL|OPP)$|^IGO[A-Z]{3}$|^INTMIL$|^(MIL|GOV|REB|UAF|CVL|OPP)$|^NGO(HRI|MED|HLH)$"
)
ISO3 = re.compile(r"^[A-Z]{3}$")
# the proclitics the matcher strips: و ف ب ل ك, the article ال and لل (لل+ال: lil-)
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "كال", "ولل")


def _occurs(key: str, text: str) -> bool:
    """``key`` occurs in ``text`` as whole words, possibly after a proclitic (وقوات, للتحالف, بالمدنيين)."""
    for p in PROCLITICS:
        form = p + key
        if p == "لل" and key.startswith("ال"):
            form = "لل" + key[2:]  # ل + الثوار → للثوار: li-th-thuwwār
        if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            return True
    return False


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # one test per entry, parametrized at collection time rather than at import
    if "entry" in metafunc.fixturenames:
        metafunc.parametrize("entry", load_lexicon("actors"), ids=lambda e: e.id)


@pytest.fixture(scope="module")
def by_key() -> dict[str, Entry]:
    return {key: entry for entry in load_lexicon("actors") for key in entry.keys}


def test_lexicon_size() -> None:
    entries = load_lexicon("actors")
    assert len(entries) >= 60
    assert sum(len(e.keys) for e in entries) >= 300


def test_example_contains_an_alias(entry: Entry) -> None:
    for example in entry.examples:
        text = normalize_key(example)
        assert any(_occurs(key, text) for key in entry.keys), f"no alias of {entry.id} in {example!r}"


def test_codes(entry: Entry) -> None:
    code, country = entry.get("code"), entry.get("country")
    if entry.get("generic"):
        assert code is None
        assert country is None
        return
    assert code is not None and CODE.match(code), code
    if code.startswith(("IGO", "NGO")) or code == "INTMIL" or len(code) == 3:
        # IGOs, NGOs, multinational coalitions and the country-less roles the assembler completes
        assert country is None
    else:
        assert country is not None and ISO3.match(country)
        assert code.startswith(country), (code, country)
    role = code[-3:]
    if role == "CVL":
        assert entry.get("inter") == 7
    if role == "REB":
        assert entry.get("inter") == 2


def test_aliases_are_written_as_printed(entry: Entry) -> None:
    for form in entry.forms:
        assert form == form.strip() and "  " not in form
        assert not re.search(r"[\u064b-\u065f\u0640]", form), f"diacritics or tatweel in {form!r}"


# The important variants: (alias as printed, expected code). Keys are looked up after normalization.
VARIANTS = [
    ("قوات النظام", "SYRMIL"),
    ("قوات الأسد", "SYRMIL"),
    ("جيش النظام", "SYRMIL"),
    ("الجيش العربي السوري", "SYRMIL"),
    ("الجيش السوري", "SYRMIL"),
    ("القوات الحكومية السورية", "SYRMIL"),
    ("طائرات النظام", "SYRMIL"),
    ("مروحيات النظام", "SYRMIL"),
    ("الطيران الحربي التابع للنظام", "SYRMIL"),
    ("الشبيحة", "SYRUAF"),
    ("قوات الدفاع الوطني", "SYRUAF"),
    # the armed opposition named generically takes the country of the event (and its role there)
    ("الثوار", "REB"),
    ("فصائل المعارضة", "REB"),
    ("المعارضة المسلحة", "REB"),
    ("فصائل المعارضة السورية", "SYRREB"),
    ("الجيش الحر", "SYRREB"),
    ("الجيش السوري الحر", "SYRREB"),
    ("جيش الفتح", "SYRREB"),
    ("أحرار الشام", "SYRREB"),
    ("جيش الإسلام", "SYRREB"),
    ("جبهة النصرة", "SYRREB"),
    ("وحدات حماية الشعب الكردية", "SYRREB"),
    ("الحكومة السورية", "SYRGOV"),
    ("النظام السوري", "SYRGOV"),
    ("بشار الأسد", "SYRGOV"),
    ("الائتلاف الوطني السوري", "SYROPP"),
    ("داعش", "REB"),
    ("تنظيم الدولة", "REB"),
    ("تنظيم الدولة الإسلامية", "REB"),
    ("تنظيم القاعدة", "REB"),
    ("أنصار الشريعة", "REB"),
    ("المدنيين", "CVL"),
    ("الأهالي", "CVL"),
    ("المدنيين السوريين", "SYRCVL"),
    ("القوات العراقية", "IRQMIL"),
    ("الجيش العراقي", "IRQMIL"),
    ("الشرطة العراقية", "IRQMIL"),
    ("البيشمركة", "IRQMIL"),
    ("الحشد الشعبي", "IRQUAF"),
    ("أبناء العشائر", "UAF"),
    ("الحوثيون", "YEMREB"),
    ("الحوثين", "YEMREB"),  # (the name slipped into with one ي)
    ("الحوثي", "YEMREB"),
    ("جماعة الحوثي", "YEMREB"),
    ("أنصار الله", "YEMREB"),
    ("الميليشيات الحوثية", "YEMREB"),
    ("المليشيا الحوثية", "YEMREB"),
    ("المتمردون الحوثيون", "YEMREB"),
    ("ميليشيات الحوثي وصالح", "YEMREB"),
    ("قوات صالح", "YEMMIL"),
    ("القوات الموالية لصالح", "YEMMIL"),
    ("قوات المقاومة الشعبية", "YEMUAF"),
    ("الجيش الوطني", "YEMMIL"),
    ("الجيش اليمني", "YEMMIL"),
    ("قوات الشرعية", "YEMMIL"),
    ("القوات الموالية لهادي", "YEMMIL"),
    ("الحكومة اليمنية", "YEMGOV"),
    ("الرئيس هادي", "YEMGOV"),
    ("عبدربه منصور هادي", "YEMGOV"),
    ("التحالف العربي", "SAUMIL"),
    ("طيران التحالف العربي", "SAUMIL"),
    ("التحالف الدولي", "INTMIL"),
    ("طائرات التحالف الدولي", "INTMIL"),
    ("طيران التحالف", "INTMIL"),
    ("قوات التحالف", "INTMIL"),
    ("الطيران الروسي", "RUSMIL"),
    ("الطائرات الروسية", "RUSMIL"),
    ("القوات الروسية", "RUSMIL"),
    ("روسيا", "RUSGOV"),
    ("الكرملين", "RUSGOV"),
    ("لافروف", "RUSGOV"),
    ("بوتين", "RUSGOV"),
    ("خادم الحرمين الشريفين", "SAUGOV"),
    ("العاهل السعودي", "SAUGOV"),
    ("الجبير", "SAUGOV"),
    ("وزير الخارجية السعودي", "SAUGOV"),
    ("قوات حفتر", "LBYMIL"),
    ("الجيش الوطني الليبي", "LBYMIL"),
    ("قوات فجر ليبيا", "LBYUAF"),
    ("المؤتمر الوطني العام", "LBYGOV"),
    ("حكومة الوفاق", "LBYGOV"),
    ("حزب الله", "LBNUAF"),
    ("ميليشيا حزب الله", "LBNUAF"),
    ("الجيش اللبناني", "LBNMIL"),
    ("جيش الاحتلال", "ISRMIL"),
    ("الجيش الإسرائيلي", "ISRMIL"),
    ("قوات الاحتلال", "ISRMIL"),
    ("حماس", "PSEREB"),
    ("كتائب القسام", "PSEREB"),
    ("الحرس الثوري", "IRNMIL"),
    ("ميليشيات إيران", "IRNMIL"),
    ("الميليشيات الإيرانية", "IRNMIL"),
    ("طهران", "IRNGOV"),
    ("ظريف", "IRNGOV"),
    ("الجيش التركي", "TURMIL"),
    ("أردوغان", "TURGOV"),
    ("داود أوغلو", "TURGOV"),
    ("حزب العمال الكردستاني", "TURREB"),
    ("الجيش الأمريكي", "USAMIL"),
    ("الجيش الأميركي", "USAMIL"),
    ("الولايات المتحدة", "USAGOV"),
    ("واشنطن", "USAGOV"),
    ("البيت الأبيض", "USAGOV"),
    ("الخارجية الأمريكية", "USAGOV"),
    ("كيري", "USAGOV"),
    ("أوباما", "USAGOV"),
    ("فرنسا", "FRAGOV"),
    ("وزير الخارجية الفرنسي", "FRAGOV"),
    ("وزارة الخارجية الفرنسية", "FRAGOV"),
    ("الرئيس الروسي", "RUSGOV"),
    ("وزير الخارجية الروسي", "RUSGOV"),
    ("باريس", "FRAGOV"),
    ("أنقرة", "TURGOV"),
    ("الصين", "CHNGOV"),
    ("إيطاليا", "ITAGOV"),
    ("الأمم المتحدة", "IGOUNO"),
    ("مجلس الأمن", "IGOUNO"),
    ("مجلس الأمن الدولي", "IGOUNO"),
    ("الأمين العام للأمم المتحدة", "IGOUNO"),
    ("المبعوث الأممي", "IGOUNO"),
    ("دي ميستورا", "IGOUNO"),
    ("بان كي مون", "IGOUNO"),
    ("الجامعة العربية", "IGOARL"),
    ("جامعة الدول العربية", "IGOARL"),
    ("الاتحاد الأوروبي", "IGOEUR"),
    ("مجلس التعاون الخليجي", "IGOGCC"),
    ("حلف الناتو", "IGONAT"),
    # named sides of the 2015 wars, spelling variants (tests/test_actor_coverage.py runs them in reports)
    ("قوات هادي", "YEMMIL"),
    ("الجيش الوطني اليمني", "YEMMIL"),
    ("مقاتلو القبائل", "UAF"),
    ("طائرات تابعة للتحالف العربي", "SAUMIL"),
    ("الدواعش", "REB"),
    ("تنظيم خراسان", "SYRREB"),
    ("الفرقة 30 مشاة", "SYRREB"),
    ("الفرقة الساحلية الأولى", "SYRREB"),
    ("لواء التوحيد", "SYRREB"),
    ("فرقة السلطان مراد", "SYRREB"),
    ("جيش الثوار", "SYRREB"),
    ("غرفة عمليات بركان الفرات", "SYRREB"),
    ("وحدات الحماية الكردية", "SYRREB"),
    ("بي واي دي", "SYROPP"),
    ("مقاتلو البيشمركة", "IRQMIL"),
    ("الزيرفاني", "IRQMIL"),
    ("حركة حزب الله النجباء", "IRQUAF"),
    ("كتائب الإمام علي", "IRQUAF"),
    ("رجال الطريقة النقشبندية", "IRQREB"),
    ("وحدات حماية سنجار", "IRQUAF"),
    ("مجلس مجاهدي درنة", "LBYREB"),
    ("كتائب الزنتان", "LBYUAF"),
    ("جيش القبائل", "LBYUAF"),
    ("حرس المنشآت النفطية", "LBYUAF"),
    ("منظمة بي كي كي", "TURREB"),
    ("حركة الشبيبة الوطنية الثورية", "TURREB"),
    ("صقور حرية كردستان", "TURREB"),
    ("حزب الشعب الديموقراطي", "TUROPP"),
    ("صلاح الدين دمرداش", "TUROPP"),
    ("قوات الدرك", "MIL"),
    ("كتائب عبدالله عزام", "REB"),
    ("فتح الإسلام", "REB"),
    ("تنظيم الإخوان", "OPP"),
    ("حركة فجر الشام", "SYRREB"),
    ("جيش المهاجرين والأنصار", "SYRREB"),
    ("جيش أحرار العشائر", "SYRREB"),
    ("ألوية الفرقان", "SYRREB"),
    ("نسور الزوبعة", "SYRUAF"),
    ("لواء ذو الفقار", "SYRUAF"),
    ("فرع المخابرات الجوية", "SYRMIL"),
    ("ولاية برقة", "REB"),
    ("ولاية ديالى", "REB"),
    ("الاستخبارات العسكرية", "MIL"),
    ("قوات النجدة", "MIL"),
    ("المقاومة التهامية", "YEMUAF"),
    ("ثوار مصراتة", "LBYUAF"),
    ("غرفة عمليات ثوار ليبيا", "LBYUAF"),
    ("مجلس شورى شباب الإسلام", "LBYREB"),
    ("الموساد", "ISRMIL"),
    # misspellings and descriptions of the sides (tests/test_actor_coverage.py runs them in reports)
    ("ميلشيات حوثية", "YEMREB"),
    ("القوات الموالية للحوثيين", "YEMREB"),
    ("الموالون لصالح", "YEMMIL"),
    ("القوات الشرعية", "YEMMIL"),
    ("المتشددون", "REB"),
    ("متشددين", "REB"),
    ("التكفيريين", "REB"),
    ("المتشددون الموالون لداعش", "REB"),
    ("المسلحين الموالين لها", "UAF"),
    ("مسلحي المعارضة", "REB"),
    ("القوة المسلحة السورية الجديدة", "SYRREB"),
    ("قوات حماية الشعب الكردية", "SYRREB"),
    ("قوات الدفاع الشعبي الكردستاني", "TURREB"),
    ("خلية الإعلام الحربي", "IRQMIL"),
    ("قيادة عمليات الجزيرة والبادية", "IRQMIL"),
    ("قوات بشمركة", "IRQMIL"),
    ("القطعات الأمنية", "MIL"),
    ("قوات مكافحة الإرهاب", "MIL"),
    ("مسلحي التبو", "LBYUAF"),
    ("قبيلة أولاد سليمان", "LBYUAF"),
    # the men of a tribe in a fight: "نزاع بين أفراد إحدى العشائر … مع عناصر التنظيم"
    ("أفراد إحدى العشائر", "UAF"),
    ("أفراد من عشيرة", "UAF"),
    # an Iranian official named in full (the head of the atomic energy organization)
    ("علي أكبر صالحي", "IRNGOV"),
]


@pytest.mark.parametrize(("alias", "code"), VARIANTS)
def test_variant_codes(alias: str, code: str, by_key: dict[str, Entry]) -> None:
    entry = by_key.get(normalize_key(alias))
    assert entry is not None, f"{alias!r} is not in the actor lexicon"
    assert entry.get("code") == code


@pytest.mark.parametrize(
    ("alias", "means"),
    [
        ("الطيران الروسي", "air"),
        ("الطائرات الروسية", "air"),
        ("طائرات النظام", "air"),
        ("مروحيات النظام", "air"),
        ("الطيران الحربي التابع للتحالف", "air"),
        ("قوات النظام", None),
        ("طائرة عمودية", "air"),
        ("طائرة حربية", "air"),
    ],
)
def test_means(alias: str, means: str | None, by_key: dict[str, Entry]) -> None:
    assert by_key[normalize_key(alias)].get("means") == means


@pytest.mark.parametrize(
    "alias",
    [
        "الطائرات الحربية", "الطيران الحربي", "مسلحون مجهولون", "مجهولون",
        # aircraft named by their kind, singular too: "طائرة حربية"، "طائرة عمودية دمرت جرافة"، "مروحية"
        "طائرة حربية", "طائرة عسكرية", "طائرة عمودية", "الطائرات العمودية", "مروحية", "طائرات هليكوبتر",
    ],
)  # fmt: skip
def test_generic_agents(alias: str, by_key: dict[str, Entry]) -> None:
    entry = by_key[normalize_key(alias)]
    assert entry.get("generic") is True
    assert entry.get("code") is None


# Bare words that would mislead: القاعدة would fire on قاعدة العند (al-Anad base); المقاومة names no side by itself.
# (النصرة is the Front's: نصرة, support, is written without the article, which its bare key needs back — see
# test_the_front_named_bare.) (الجيش does: the army of the country the report is about, or the army named
# with its country just before — see test_extraction.py::test_the_army_named_bare; its bare key needs the
# article back, so "جيش العزة" is no state army.)
@pytest.mark.parametrize("word", ["القاعدة", "المعارضة", "المقاومة", "العبادي", "النظام", "عملية الكرامة"])
def test_ambiguous_bare_words_are_not_aliases(word: str, by_key: dict[str, Entry]) -> None:
    assert normalize_key(word) not in by_key


@pytest.mark.parametrize(
    ("text", "front"),
    [
        ("وخطفت «النصرة» ثمانية مقاتلين", True),
        ("غارات التحالف تقتل آلافا من داعش والنصرة", True),
        # support, not the Front
        ("ودعا إلى نصرة الشعب السوري", False),
        ("وخرجوا لنصرة أهالي الزبداني", False),
    ],
)
def test_the_front_named_bare(text: str, front: bool) -> None:
    found = Matcher.default().scan(normalize(text), kinds=["actors"])
    assert any(m.data["entry"].id == "syria-nusra" for m in found) is front


def test_hamza_variants_share_a_key(by_key: dict[str, Entry]) -> None:
    # أحرار / احرار and الإسلامية / الاسلامية are one key after normalization: listed once, matched both ways
    assert by_key[normalize_key("احرار الشام")].id == "syria-ahrar-al-sham"
    assert by_key[normalize_key("تنظيم الدولة الاسلامية")].id == "islamic-state"


# ---------------------------------------------------------------- the loader rejects malformed actor files

GOOD = """\
- id: t
  aliases: [قوات النظام]
  code: SYRMIL
  name: Military Forces of Syria (2000-)
  inter: 1
  country: SYR
  example: قصفت قوات النظام البلدة
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_loader_accepts_a_minimal_entry(tmp_path: Path) -> None:
    (entry,) = load_file(_write(tmp_path, GOOD), "actors")
    assert entry.keys == (normalize_key("قوات النظام"),)


def test_loader_rejects_unknown_key(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="unknown key"):
        load_file(_write(tmp_path, GOOD + "  colour: red\n"), "actors")


def test_loader_rejects_duplicate_alias(tmp_path: Path) -> None:
    # قوات النظام and قوات النظام with a hamza-free spelling differ in print only: one key
    second = GOOD.replace("id: t", "id: u").replace("[قوات النظام]", "[جيش النظام, قوات النظام]")
    with pytest.raises(LexiconError, match="duplicate form"):
        load_file(_write(tmp_path, GOOD + second), "actors")


def test_loader_rejects_normalized_duplicate(tmp_path: Path) -> None:
    second = GOOD.replace("id: t", "id: u").replace("[قوات النظام]", "[الطائرات الروسية]")
    third = GOOD.replace("id: t", "id: v").replace("[قوات النظام]", "[الطائرات الروسيه]")
    with pytest.raises(LexiconError, match="duplicate form"):
        load_file(_write(tmp_path, GOOD + second + third), "actors")


def test_loader_rejects_entry_without_example(tmp_path: Path) -> None:
    text = "".join(line + "\n" for line in GOOD.splitlines() if not line.startswith("  example"))
    with pytest.raises(LexiconError, match="missing required key 'example'"):
        load_file(_write(tmp_path, text), "actors")


def test_loader_rejects_bad_inter(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="inter"):
        load_file(_write(tmp_path, GOOD.replace("inter: 1", "inter: 9")), "actors")


def test_the_sides_victims_are_named_as_are_actors() -> None:
    """A victim noun's ``side`` (حوثيين → the Houthis) names an entry of the actors lexicon, with a code."""
    actors = {e.id: e for e in load_lexicon("actors")}
    sides = [e.get("side") for e in load_lexicon("victims") if e.get("side")]
    assert sides, "some victim nouns name their side"
    for side in sides:
        assert side in actors and actors[side].get("code"), side


@pytest.mark.parametrize(
    ("alias", "codes"),
    [
        # the resistance of whichever country the report is about: the Popular Resistance in Yemen, and not the
        # West Bank's campaign of protest; the committees of the name are Gaza's armed group in a Palestinian report
        ("المقاومة الشعبية", {"YEMUAF"}),
        ("لجان المقاومة الشعبية", {"YEMUAF", "PSEREB"}),
    ],
)
def test_names_of_a_side_only_in_its_country(alias: str, codes: set[str], by_key: dict[str, Entry]) -> None:
    key = normalize_key(alias)
    assert key not in by_key
    local = {
        e.get("code")
        for e in load_lexicon("actors")
        for a in e.get("local_aliases") or ()
        if normalize_key(a) == key
    }
    assert local == codes


@pytest.mark.parametrize("code", ["NGO", "NGOXYZ", "IRQNGO", "NGOMEDX", "XYZ", "SYRXYZ"])
def test_code_pattern_rejects_unknown_codes(code: str) -> None:
    assert not CODE.match(code)
