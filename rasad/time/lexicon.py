"""Word tables for Arabic time expressions, keyed by their *normalized* form.

The tables are written as Arabic is printed (أكتوبر، الإثنين، ذو الحجة) and normalized once at import with
``normalize_key`` (أ/إ/آ→ا, ى→ي, ة→ه), so a key always looks like the text the finder runs on: أكتوبر is
looked up as ``اكتوبر``. Every table is a read-only ``MappingProxyType`` or a tuple: nothing here changes after
import.

Month names come in four families, all in use in the same newspapers (often paired: «تموز (يوليو)»,
«آذار/مارس»):

- Egyptian/Western transliterations: يناير … ديسمبر (yanāyir … dīsambir), with variants يونيه، يوليه، أغسطس/آغسطس;
- Levantine/Iraqi Syriac names: كانون الثاني … كانون الأول (kānūn al-thānī … kānūn al-awwal), also written
  without the article («تشرين أول»، «كانون ثاني»), as the Hijri ربيع أول / ربيع ثاني;
- Maghrebi French-derived names: جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت (janfī, fīfrī, afrīl, māy, jwān,
  jwīliya, ūt);
- Hijri months: محرم … ذو الحجة, converted with ``hijridate``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from rasad.text.normalize import normalize_key

GREGORIAN = "gregorian"
HIJRI = "hijri"


def _table(pairs: Iterable[tuple[str, object]]) -> Mapping[str, object]:
    out: dict[str, object] = {}
    for word, value in pairs:
        key = normalize_key(word)
        if key in out and out[key] != value:
            raise ValueError(f"time lexicon: {word!r} ({key!r}) maps to both {out[key]!r} and {value!r}")
        out[key] = value
    return MappingProxyType(out)


def _each(words: str, value: object) -> list[tuple[str, object]]:
    return [(w, value) for w in words.split("|")]


# month name → (calendar, month number)
MONTHS: Mapping[str, tuple[str, int]] = _table(  # type: ignore[assignment]
    [
        *_each("يناير|كانون الثاني|كانون ثاني|جانفي", (GREGORIAN, 1)),
        *_each("فبراير|شباط|فيفري", (GREGORIAN, 2)),
        *_each("مارس|آذار", (GREGORIAN, 3)),
        *_each("أبريل|إبريل|ابريل|نيسان|أفريل", (GREGORIAN, 4)),
        *_each("مايو|أيار|ماي", (GREGORIAN, 5)),
        *_each("يونيو|يونيه|حزيران|جوان", (GREGORIAN, 6)),
        *_each("يوليو|يوليه|تموز|جويلية|جويلييه", (GREGORIAN, 7)),
        *_each("أغسطس|آغسطس|اغسطس|آب|أوت", (GREGORIAN, 8)),
        *_each("سبتمبر|أيلول", (GREGORIAN, 9)),
        *_each("أكتوبر|اكتوبر|تشرين الأول|تشرين أول", (GREGORIAN, 10)),
        *_each("نوفمبر|تشرين الثاني|تشرين ثاني", (GREGORIAN, 11)),
        *_each("ديسمبر|كانون الأول|كانون أول", (GREGORIAN, 12)),
        *_each("محرم", (HIJRI, 1)),
        *_each("صفر", (HIJRI, 2)),
        *_each("ربيع الأول|ربيع أول", (HIJRI, 3)),
        *_each("ربيع الثاني|ربيع الآخر|ربيع ثاني|ربيع آخر", (HIJRI, 4)),
        *_each("جمادى الأولى|جمادى الأول", (HIJRI, 5)),
        *_each("جمادى الثانية|جمادى الآخرة|جمادى الثاني", (HIJRI, 6)),
        *_each("رجب", (HIJRI, 7)),
        *_each("شعبان", (HIJRI, 8)),
        *_each("رمضان", (HIJRI, 9)),
        *_each("شوال", (HIJRI, 10)),
        *_each("ذو القعدة|ذي القعدة", (HIJRI, 11)),
        *_each("ذو الحجة|ذي الحجة", (HIJRI, 12)),
    ]
)

# Month names that are also ordinary words or personal names: مارس (mārasa, "he practised"), آب (āb, "father"),
# ماي, صفر (ṣifr, "zero"), رجب / شعبان / رمضان (first names: رجب طيب أردوغان), محرم (muḥarram, "forbidden").
# يوليه is also the verb yūlīhi ("he accords it"): «ما يوليه الملك من اهتمام».
# They count as a month only with a day number before them, or شهر, a year, الماضي/المقبل … or a phase word.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(
    normalize_key(w) for w in "مارس|آب|ماي|أوت|جوان|صفر|رجب|شعبان|رمضان|محرم|شوال|يوليه".split("|")
)

# Weekdays, Python numbering (Monday 0). Written with the article: a bare احد is "one", اثنين is "two".
WEEKDAYS: Mapping[str, int] = _table(  # type: ignore[assignment]
    [
        ("الإثنين", 0),
        ("الاثنين", 0),
        ("الثلاثاء", 1),
        ("الأربعاء", 2),
        ("الأربعا", 2),
        ("الخميس", 3),
        ("الجمعة", 4),
        ("السبت", 5),
        ("الأحد", 6),
    ]
)

# Ordinal day numbers as written in dates: «السادس من أكتوبر» (al-sādis min uktūbar), «الحادي والعشرين من …».
_UNITS_ORD = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]


def _ordinal_days() -> list[tuple[str, object]]:
    rows: list[tuple[str, object]] = [(w, i + 1) for i, w in enumerate(_UNITS_ORD)]
    rows += [("العاشر", 10), ("الحادي عشر", 11), ("الحادي عشرة", 11)]
    for i, w in enumerate(_UNITS_ORD[1:], start=2):
        rows.append((f"{w} عشر", 10 + i))
    rows += [("العشرين", 20), ("الثلاثين", 30)]
    for tens_word, tens in (("العشرين", 20), ("الثلاثين", 30)):
        units = ["الحادي", *_UNITS_ORD[1:]]
        for i, w in enumerate(units, start=1):
            if tens + i <= 31:
                rows.append((f"{w} و{tens_word}", tens + i))
    rows += [("الأولى", 1)]
    # «غرة» (ghurrat, the first day of a month): «في غرة رمضان»، «غرة الشهر الجاري»
    rows += [("غرة", 1)]
    return rows


ORDINAL_DAYS: Mapping[str, int] = _table(_ordinal_days())  # type: ignore[assignment]

# Cardinal counts for «منذ ثلاثة أيام» (mundhu thalāthat ayyām), «قبل عشرة أيام». A small table of our own: only
# the counts that come before a time unit in news.
COUNTS: Mapping[str, int] = _table(  # type: ignore[assignment]
    [
        *_each("واحد|يوم واحد", 1),
        *_each("اثنين|اثنان", 2),
        *_each("ثلاثة|ثلاث", 3),
        *_each("أربعة|أربع", 4),
        *_each("خمسة|خمس", 5),
        *_each("ستة|ست", 6),
        *_each("سبعة|سبع", 7),
        *_each("ثمانية|ثماني|ثمان", 8),
        *_each("تسعة|تسع", 9),
        *_each("عشرة|عشر", 10),
        *_each("أحد عشر|إحدى عشرة", 11),
        *_each("اثني عشر|اثنا عشر|اثنتي عشرة", 12),
        *_each("خمسة عشر|خمس عشرة", 15),
        *_each("عشرين", 20),
        *_each("ثلاثين", 30),
    ]
)

# Time units after منذ/قبل: singular, dual (the dual is itself the count: يومين = two days), plural.
# value: (unit, count implied by the form or None when a count word must precede it)
UNITS: Mapping[str, tuple[str, int | None]] = _table(  # type: ignore[assignment]
    [
        *_each("يوم|يوما", ("day", 1)),
        *_each("يومين|يومان", ("day", 2)),
        *_each("أيام", ("day", None)),
        *_each("أسبوع|أسبوعا", ("week", 1)),
        *_each("أسبوعين|أسبوعان", ("week", 2)),
        *_each("أسابيع", ("week", None)),
        *_each("شهر|شهرا", ("month", 1)),
        *_each("شهرين|شهران", ("month", 2)),
        *_each("أشهر|شهور", ("month", None)),
        # years: «قبل عام» (a year ago), dated to its month (ACLED has no coarser precision)
        *_each("عام|عاما|سنة", ("year", 1)),
        *_each("عامين|عامان|سنتين|سنتان", ("year", 2)),
        *_each("أعوام|سنوات", ("year", None)),
    ]
)

# Parts of the day before أمس / اليوم / a weekday: «ظهر أمس» (ẓuhr ams, "yesterday noon"). They do not change
# the date, except that a night is dated by its evening (see finder).
PARTS_OF_DAY: Mapping[str, str] = _table(  # type: ignore[assignment]
    [
        *_each("فجر|فجرا", "dawn"),
        *_each("صباح|صبيحة|صباحا", "morning"),
        *_each("ظهر|ظهيرة|ظهرا", "noon"),
        *_each("عصر|عصرا", "afternoon"),
        *_each("مساء|مساءا|عشية", "evening"),
        *_each("ليل|ليلة|منتصف ليل|منتصف ليلة|ليلا", "night"),
    ]
)

# Direction words after a weekday, month or period: «الخميس المقبل» (al-khamīs al-muqbil, "next Thursday").
DIRECTIONS: Mapping[str, str] = _table(  # type: ignore[assignment]
    [
        *_each("الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|السابق|السابقة|المنقضي", "past"),
        *_each("المقبل|المقبلة|القادم|القادمة", "future"),
        *_each("الجاري|الجارية|الحالي|الحالية", "current"),
    ]
)

# Phase of a week or month: «مطلع الشهر الجاري» (maṭlaʿ al-shahr al-jārī, "early this month"), «منتصف يوليو»,
# «أواخر تموز».
PHASES: Mapping[str, str] = _table(  # type: ignore[assignment]
    [
        *_each("مطلع|بداية|بدايات|أوائل|مستهل|أول|مطالع", "early"),
        *_each("منتصف|أواسط|وسط", "mid"),
        *_each("أواخر|نهاية|آخر|ختام|أخير", "late"),
    ]
)
