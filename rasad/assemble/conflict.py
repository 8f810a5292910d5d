"""Conflict events: per clause, the strongest trigger with its nearest compatible arguments.

ACLED's rules drive the choices: one event per location, day, actor pair and event type; the more specific
sub-event wins (territory changing hands over a clash; aircraft → air strike; artillery, mortars, rockets
from the ground → shelling); deaths go to the event the clause reports, or to the first place named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from rasad.assemble.actors import (
    COUNTRY_NAMES,
    actor_from_mention,
    army_named_before,
    as_armed,
    as_military,
    as_police,
    civilians,
    insurgents_of_the_foe,
    is_generic,
    means_of,
    name_as_written,
    police_forces,
    protesters,
    relocate,
    rioters,
    state_forces,
)
from rasad.assemble.doc import Clause, Doc, relative_pronoun_before
from rasad.assemble.fatalities import (
    CARRIED_OUT,
    SENTENCING,
    Casualties,
    by_hands,
    count_casualties,
    in_a_units_name,
    none_hurt,
    numbers_in,
    tolls_by_place,
)
from rasad.assemble.fatalities import (
    THREATENING as _THREATENING,
)
from rasad.geo.capitals import CAPITAL_WORDS, COUNTRY_KEYS
from rasad.geo.keys import name_key
from rasad.geo.lexicon import ADJECTIVES, DIRECTION_ADJECTIVES, DIRECTIONS, NAME_HEADS, RELATIONS, TYPE_WORDS
from rasad.geo.polygons import haversine_km
from rasad.geo.recognize import lands_country, settlement_country
from rasad.lexicons.load import load_lexicon
from rasad.match.names import state_of_nationality_word
from rasad.model import (
    GEO_NEAR,
    GEO_TOWN,
    INTER_EXTERNAL,
    INTER_STATE,
    TIME_DAY,
    TIME_MONTH,
    TIME_WEEK,
    Actor,
    DateValue,
    Mention,
    Span,
)
from rasad.text.normalize import NormText
from rasad.text.numbers import find_numbers
from rasad.text.scan import Literals
from rasad.time import find_time_expressions, is_future, is_quoted_past
from rasad.time.context import (
    _FUTURE_CUES,  # (what is_future looks for first: see _hints_near)
    day_of_a_run,
    opens_with_telling,
    resolve_written,
    telling_date_only,
    tells_what_follows,
)
from rasad.time.expr import DATE

AIR, ARTILLERY, NAVAL = "air", "artillery", "naval"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")

# Precedence of sub-event types within one clause (higher wins): the most specific description of the event.
PRECEDENCE = {
    "Government regains territory": 95,
    "Non-state actor overtakes territory": 95,
    "Suicide bomb": 90,
    "Chemical weapon": 88,
    "Remote explosive/landmine/IED": 85,
    "Grenade": 80,
    "Air/drone strike": 75,
    "Shelling/artillery/missile attack": 70,
    "Abduction/forced disappearance": 65,
    "Sexual violence": 64,
    "Arrests": 60,
    "Attack": 50,
    "Armed clash": 45,
    # (a crowd that fought the forces riots, whatever the forces did: ACLED)
    "Violent demonstration": 44,
    "Excessive force against protesters": 43,
    "Protest with intervention": 42,
    "Mob violence": 41,
    "Peaceful protest": 40,
    "Looting/property destruction": 30,
    "Disrupted weapons use": 29,
    "Non-violent transfer of territory": 28,
    # what a clause describes around the act it tells ("هاجموا عربتين …، ومنعتهما من الوصول"): last
    "Other": 27,
    "Agreement": 26,
    "Change to group/activity": 25,
    "Headquarters or base established": 25,
}
MEANS_SUBTYPE = {
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "drone": ("Explosions/Remote violence", "Air/drone strike"),
    "artillery": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "grenade": ("Explosions/Remote violence", "Grenade"),
    "chemical": ("Explosions/Remote violence", "Chemical weapon"),
}
_ATTEMPT = (
    ("يحاول", "تحاول", "يحاولون", "محاوله", "محاولات", "محاولتهم", "يسعي", "تسعي", "لاستعاده")
    + ("حاول", "حاولت", "حاولوا", "حاولا", "سعي", "سعت", "سعوا")  # "حاولوا فجر الاحد التقدم في …"
)
_ANNOUNCING = frozenset(
    ("اعلان", "باعلان", "لاعلان", "واعلان")
)  # (normalized) the announcement of a campaign
# (normalized) the past verbs of trying, and the noun with its subject after it: "اثناء محاولة عناصر ميليشيات
# حزب الله التقدم"
# (and the present verbs: "التي يحاول الجيش ومليشيا الحشد استعادتها")
_TRIED = re.compile(
    r"(?<!\w)[وب]?(?:حاول|حاولت|حاولوا|حاولا|محاوله|محاولات|محاولته|محاولتها|محاولتهم"
    r"|يحاول|تحاول|يحاولون|يحاولان|تحاولان)(?!\w)"
)
_TRIED_REACH = 60  # characters from a verb of trying to the act tried, its subject between
# a gloss in brackets after a name ("جبهة النصرة (فرع تنظيم القاعدة في سوريا)"), not counted in _TRIED_REACH
_GLOSS = re.compile(r"\([^()]{1,80}\)")
_BRACKETS = re.compile(
    r"\([^()]*\)"
)  # (a bracketed gloss between two names of a side, its own name kept out)
# could not: "لم تستطع القوات التقدم"، "لم يتمكنوا من اقتحام"
# (it opens with the letter of لم or ولم, checked for a word start once taken: the engine jumps to it)
# could not, failed (normalized): "لم تتمكن من"، "فشل جيش النظام في اقتحام"، "اخفق فيها الحوثيون من السيطرة على"
_COULD_NOT = re.compile(
    r"(?:ل(?<!\wل)|ول(?<!\wول))م (?:[تي]ستطع|[تي]تمكن|[تي]ستطيعوا|[تي]تمكنوا)(?!\w)"
    r"|(?<!\w)[وف]?(?:اخفق|اخفقت|اخفقوا|فشل|فشلت|فشلوا)(?!\w)"
)
# what every match of _COULD_NOT holds, looked for first (most triggers have none of them before)
_COULD_NOT_HINT = Literals(("ستطع", "ستطيع", "تمكن", "اخفق", "فشل"))
_BETWEEN = "بين "
# verbs of saying (normalized, without و): the side named with them speaks, it does not act
_SAYING = frozenset(
    "قال قالت اكد اكدت ذكر ذكرت افاد افادت اضاف اضافت اعلن اعلنت اوضح اوضحت اشار اشارت نقل نقلت بحسب حسب وفق "
    "وفقا تابع تابعت زعم زعمت ادعي ادعت نفي نفت".split()
)


def _opens_a_statement(text: str, c: Clause) -> bool:
    """The clause opens with a verb of saying ("واشاروا الى"، "واضاف"): a new statement."""
    first = text[c.start : c.start + 12].split()[:1]
    if not first:
        return False
    w = first[0].lstrip("و")
    return w in _SAYING or (w.endswith("وا") and w[:-2] in _SAYING)


# the same verbs in the present ("وبينما تقول بغداد ان"، "فيما تؤكد دمشق ان"): whose words follow, of a capital its
# government
_SAYING_NOW = frozenset(
    "تقول يقول تؤكد يؤكد تعلن يعلن تزعم يزعم تنفي ينفي تتهم يتهم تري يري تعتبر يعتبر".split()
)
_SOURCE_PREPOSITIONS = frozenset(("بحسب", "حسب", "وفق", "وفقا", "نقل", "نقلت"))  # (of _SAYING: not a subject)
_THEN_TOLD = ("بعدما ", "بعد ان ", "اثر ", "جراء ", "عندما ", "حين ", "حينما ")  # how an act came about
_WHEREBY = ("حيث ", "اذ ")  # clause openers that say how or where the act before went
_ONE_HAND = re.compile(r"من (?:جهه|ناحيه|طرف)(?!\w)")
_ADDITIVE = ("ايضا", "كما")
_MILITARY_OBJECTS = frozenset(
    (
        "اهداف",  # "دمر الجيش اهدافا للتنظيم": targets struck
        "اهدافا",
        "مواقع",
        "موقع",
        "دبابه",
        "دبابات",
        "اليات",
        "اليه",
        "اطقم",
        "طقم",
        "طقمين",
        "عربه",
        "عربات",
        "مدرعه",
        "مدرعات",
        "تحصينات",
        "مخازن",
        "مستودعات",
        "مقرات",
        "مقر",
        "تجمعات",
        "مدفع",
        "مدافع",
        "راجمه",
        "اسلحه",
        "جسر",
        "جسرين",
        "رتل",
        "مركبات",
        "عناصر",  # "تم تدمير العناصر المعتدية": the fighters who attacked, wiped out in the fight
        # duals and the rest of what armies field (normalized)
        "دبابتين",
        "اليتين",
        "عربتين",
        "مدرعتين",
        "مدفعين",
        "راجمات",
        "مضاد",
        "مضادات",
        "منصه",
        "منصات",
        "مخزن",
        "مستودع",
        "ذخائر",
        # what fighters hold: posts, earthworks, tunnels, supply lines, hideouts
        "نقاط",
        "نقاطا",
        "نقطه",
        "دشم",
        "نفق",
        "نفقا",
        "انفاق",
        "خطوط",
        "بؤر",
        "بؤرا",
        "اوكار",
        "وكر",
        "مركبه",
        "مركبتين",
        "رشاشات",
    )
)
# a strike aimed at the fight itself: "على منطقة الاشتباكات"، "على مواقع المعارك" (normalized, right after the act)
_ON_THE_FIGHT = re.compile(
    r"(?: \S+){0,2}? (?:علي|ضد) (?:منطقه|مناطق|مواقع|محاور|محور|ساحه|خطوط|جبهات|اماكن) "
    r"(?:ال)?(?:اشتباكات|اشتباك|معارك|مواجهات|قتال)(?!\w)"
)
_ON_THE_FIGHT_REACH = 50  # characters after the act
_INTERNAL = re.compile(
    r" (?:ال)?داخلي(?:ه|ين)?(?!\w)"
)  # fighting within one side: "معارك داخلية" (normalized)
_LONGEST_NAME = 80  # characters: no actor or place name is longer
_UPCOMING = frozenset(
    ("المقبل", "المقبله", "القادم", "القادمه", "المرتقب", "المرتقبه", "المحتمل", "المحتمله")
)
_MOTION = (
    "متجه",
    "متوجه",
    "قادم",
    "توجه",
    "في طريق",
    "طريقه",
    "طريقها",
    "فار",
    "نازح",
    # where people come from: "عائلات متحدرة من الفوعة" (not where they are)
    "متحدر",
    "منحدر",
    "ينحدر",
    "تعود",
    "عادت",
    "عاد",
    "يعود",
    # the wounded taken to hospital: "تم نقل الجرحى الى العاصمة بغداد"
    "نقل",
    "ونقل",
    "اسعاف",
)
# the fighting told as where people fell, with no place ("قتلوا في المعارك"): a town after it with من is theirs
_FIGHTS_TOLD_BARE = frozenset("المعارك القتال الاشتباكات المواجهات".split())
# who fled (normalized), and where to: "قيادات هربت صباح امس باتجاه مدينة شقرة" (where they fled from may be
# where they lost the ground: "هربوا من زنجبار")
_FLED = (
    "هرب",
    "هروب",
    "فرار",
    "فروا",
    "فرت",
    # a reinforcement's goal: "تعزيزات باتجاه مدينة X" (the clash on the way is elsewhere)
    "تعزيز",
)
# a side's withdrawal or falling back, whose goal (الى/نحو/باتجاه X) is not where it withdrew: "انسحبوا الى مدينة
# X"، "اجبرته على الانسحاب الى قرية Y"، "لتنسحب القوات نحو X"
_WITHDREW = (
    "انسحب",
    "انسحاب",
    "الانسحاب",
    "بالانسحاب",
    "للانسحاب",
    "تنسحب",
    "ينسحب",
    "لتنسحب",
    "تراجع",
    "تتراجع",
    "يتراجع",
)
# the kinds of news outlet a town's name may name (normalized): "شبكة حلب نيوز"، "اذاعة دمشق" (see _names_an_outlet)
_OUTLETS = frozenset(("شبكه", "اذاعه", "راديو", "تلفزيون", "وكاله"))
# the kinds of the sources telling the news (normalized): "مصادر محلية"، "مصدر عسكري" (see _where_a_source_is)
_SOURCE_KINDS = frozenset(
    "محليه ميدانيه عسكريه امنيه قبليه طبيه حكوميه رسميه مطلعه خاصه محلي ميداني عسكري امني قبلي طبي حكومي رسمي "
    "مطلع خاص".split()
)
_COMMANDERS = frozenset(("قائد", "قاده", "قائدا"))  # (normalized; see _in_a_title)
# "في ذات اليوم"، "في اليوم نفسه"، "في نفس اليوم"، "في اليوم ذاته" (normalized; see _place_of_the_day_told_before)
_SAME_DAY = re.compile(r"(?:ذات|نفس) اليوم|اليوم (?:نفسه|ذاته)")
# stationed (normalized): "القوات المتمركزة في X"، "دبابة تتمركز في X" (see _where_a_side_is_stationed)
STATIONED = frozenset(
    "متمركز متمركزه متمركزين متمركزون المتمركز المتمركزه المتمركزين المتمركزون تتمركز يتمركز يتمركزون "
    "المرابط المرابطه المرابطين المرابطون".split()
)
# the words right before a place that make it a man's office or origin (normalized; see
# _of_a_mans_office_or_origin): "مختار قرية X"، "محافظ X"، "ابن مدينة X"، "من ابناء X"، "من اهالي X" …
_OFFICE_OR_ORIGIN = frozenset(("مختار", "محافظ", "ابن", "ابنه", "ابناء", "اهالي"))
# … "رئيس بلدية X"، "رئيس مجلس X"، "رئيس المجلس المحلي لبلدة X"
_OFFICE_OF_A_PLACE = frozenset(
    (
        ("رئيس", "بلديه"),
        ("عميد", "بلديه"),
        ("رئيس", "مجلس"),
        ("رئيس", "المجلس", "المحلي"),
        ("رئيس", "المجلس", "البلدي"),
    )
)
_LOCATIVE = frozenset(
    ("في", "الي", "علي", "من", "قرب", "داخل", "نحو", "باتجاه", "شمال", "جنوب", "شرق", "غرب")
)
_RELATIVE = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
_RELATIVE_AND = _RELATIVE | {"و" + w for w in _RELATIVE}  # (see _with_and)
_TARGET_WORDS = frozenset(
    ("علي", "ضد", "في", "مواقع", "معاقل", "مقرات", "تجمعات", "تجمع", "نقاط", "حواجز", "مناطق", "اهداف", "هدف",
     "موقع", "معقل", "مقر", "وكر", "اوكار", "اوكارا", "مخابئ", "مخبا", "مخزن", "مخازن", "نقطه", "حاجز", "ثكنه",
     # where a force is quartered: "استهداف ثكنات الجيش"، "تمركزات لقوات النظام"
     "ثكنات", "معسكر", "معسكرات", "تمركزات", "تحصينات",
     # a side's bases and camps: "قصف قواعد حزب العمال"، "حملة قصف لمخيمات لناشطي الحزب"
     "قاعده", "قواعد", "مخيم", "مخيمات",
     # what is left of a side: "تطهير جيوب الحوثيين"، "مطاردة فلول التنظيم"، "بقايا الميليشيات"
     "جيوب", "فلول", "بقايا")
)  # fmt: skip
# A trigger noun governed by one of these is not a report of an event: "وقف القصف" (stopping the
# shelling), "مع استمرار عمليات القصف" (as the shelling goes on), "وضع نهاية لجميع المعارك", "كاسحات ألغام"
# (mine sweepers), "تفكيك عبوة ناسفة" (defusing a bomb), "أوامر اعتقال"، "مذكرة توقيف" (warrants), "منصات
# الصواريخ"، "تهريب الصواريخ"، "مخازن العبوات" (arms kept, moved, made: none fired), "مكافحة التهديد الكيميائي"،
# "ترسانة الأسلحة الكيماوية"، "مخزون الغازات السامة" (a threat, an arsenal, a stockpile: nothing used).
# wishes and plans (normalized, without و): the deaths they name are nobody's ("يريد قتل عصفورين بحجر واحد")
_WISHES = frozenset(
    "يريد تريد يريدون اراد ارادت ارادوا تخطط يخطط يخططون تعتزم يعتزم يعتزمون تنوي ينوي بهدف بغرض بقصد".split()
)
_GOVERNORS = frozenset(
    """
    وقف لوقف بوقف استمرار انهاء لانهاء نهايه لجميع تصعيد ادانه يدين تدين الراميه الرامي بهدف بغرض بقصد محاوله لمحاوله
    كخط استعداد استعدادا استعدادات الاستعدادات تحضير التحضير تحضيرات التحضيرات تسعي يسعي تهدف يهدف خطه سيتم ستكون سيكون احتمال مخاوف خشيه تهديد يهدد منذ
    لمنع ليمنع لتمنع
    تقضي يقضي تنص ينص
    تورط تورطا تورطه تورطهم التورط بالتورط المساعده بالمساعده
    اوقف اوقفت اوقفوا ايقاف لايقاف علق علقت علقوا تعليق توقف توقفت
    تتوقف يتوقف
    تعهدنا تعهدوا يتعهدون نتعهد اقسم اقسمت اقسموا يقسم نقسم مستعد مستعده مستعدون مستعدين
    صلته صلتها صلتهم صلتهما علاقته علاقتها علاقتهم للاشتباه بالاشتباه يشتبه
    تخطط يخطط يخططون تعتزم يعتزم يعتزمون تنوي ينوي يريد تريد يريدون اراد ارادت ارادوا
    كاسحات كاسحه نزع لنزع ازاله لازاله تفكيك لتفكيك بتفكيك مفعول سياراته سياراتهم عرباته عرباتهم
    يتم قواعد بقواعد لقواعد منصات منصه لمنصات مخازن مخزن مستودعات مستودع تهريب لتهريب شحنه شحنات تصنيع لتصنيع مصنع مصانع
    اوامر مذكره مذكرات بموجب يشكل تشكل يعتبر تعتبر
    العزم عازمه عازم عازمون الاصرار اصرار مصممه مصمم كيفيه امعان الامعان تمادي التمادي
    تلزيم تكليف بتكليف لانتزاع للبدء لبدء لتعزيز تعزيز لفرض لبسط لاحكام لتوسيع لشن لتنفيذ للقيام يستكمل تستكمل لاستكمال السماح بالسماح
    اي لاي باي
    مطالبين مطالبا مطالبه المطالبه بالمطالبه مطالبتهم طالبت طالبوا يطالب تطالب يطالبون
    مطالبات المطالبات بالمطالبات مطالباتهم مطالبته مطالبتها
    يبطئ تبطئ يبطئون ابطا ابطات يعيق تعيق يعيقون اعاق اعاقت يعرقل تعرقل يعرقلون عرقل عرقلت يؤخر تؤخر يؤخرون
    احتجاجا تنديدا استنكارا اجل لاجل الهادفه الهادف الهادفين هادفه فضلا هدف اهداف
    بالعمل تعليمات تعليماته تعليماتها بتعليمات تعهد تعهدت يتعهد تتعهد متعهدا
    كلفه تكلفه بكلفه سعر اسعار ثمن شراء لشراء بيع صفقه صفقات
    يستهدف تستهدف يستهدفون
    التنافس تنافس الصراع صراع التسابق تسابق
    تريث تريثت تريثوا يتريث تتريث امتنع امتنعت امتنعوا يمتنع تمتنع
    يتجنب تتجنب يتجنبون تجنب تجنبت تجنبوا لتجنب بتجنب تفادي لتفادي يتفادي تتفادي
    تراقب يراقب تراقبان يراقبون مراقبه لمراقبه
    التهديد ترسانه الترسانه مخزون مخزونات
    انتظار بانتظار لانتظار انتظارا ترقب ترقبا يترقب تترقب يترقبون
    اهميه باهميه لاهميه المشاركه بالمشاركه للمشاركه اسباب لاسباب باسباب ملابسات
    """.split()
)
# (the importance of an act, "اكد اهمية المعارك"، taking part in it, "رفض الضباط المشاركة في القتال", its reasons
# and circumstances, "سؤال عن اسباب اعتقال العشرات": what is said of it or asked, no act of a day)
# Clauses that only add circumstances to the previous one: "وسط قصف مدفعي" (amid shelling).
# (amid: "مع استمرار المعارك في …"; along with: "، بالتزامن مع عمليات عسكرية نفذتها القوات التركية")
_CIRCUMSTANTIAL = (
    "وسط",
    "فضلا عن",
    "في ظل",
    "مع استمرار",
    "مع تواصل",
    "بالتزامن مع",
    "تزامنا مع",
    "بالتوازي مع",
)
# a battle with both its sides named: "وسط استمرار الاشتباكات بين الفرقة الرابعة والفصائل" (an event of its own)
_BOTH_SIDES = re.compile(r"(?:\S+ )?بين (?:\S+ ){0,2}?\S+ و")
# … or told side by side: "بين قوات النظام من جهة، والفصائل المقاتلة من جهة أخرى"
_ONE_SIDE_AND_THE_OTHER = re.compile(r"(?:\S+ )?بين [^,،.]{1,60}? من جهه[,،]? و")


# A period of several units or a start date with a year: the sentence sums up a time span.
_PERIOD = re.compile(
    r"(?:خلال|طوال|طيله|علي مدي|علي مدار) (?:\S+ )?(?:ال)?(?:اشهر|شهرا|شهور|ايام|يوما|اسابيع|اسبوعا|سنوات|سنه|اعوام|عاما"
    r"|اسبوعين|شهرين|عامين|سنتين)"
    r"|منذ (?:\d{1,2} )?\S+ ?/? ?\S* \d{4}"
    # since something began: "منذ ان باشر متمردو حزب العمال شن هجمات يومية" (a tally since then)
    r"|منذ ان (?:\S+ )?(?:بدا|بدات|بداوا|باشر|باشرت|باشروا|اطلق|اطلقت|انطلقت|اندلع|اندلعت|استانف|استانفت)(?!\w)"
    # weeks after a campaign began: "بعد اسبوعين على بدء الحملة العسكرية" (a tally of the campaign so far)
    r"|بعد (?:\S+ )?(?:اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|عام|عامين|سنه|سنتين|سنوات) (?:علي|من) "
    r"(?:بدء|بدايه|انطلاق|انطلاقه|اندلاع)"
    # a month as a whole: "خلال يوليو الحالي"، "طوال الشهر الماضي"، "خلال شهر رمضان"
    r"|(?:خلال|طوال|طيله) (?:شهر |الشهر )?(?:الجاري|الحالي|الماضي|المنصرم|رمضان|يناير|فبراير|مارس|ابريل|مايو"
    r"|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين)(?!\w)"
)
# a week or a month, indefinite (normalized): "وخلال اسبوع، شن الجيش عشرات الغارات" — with acts counted in tens,
# a tally of that span (the dead of a battle counted over it are the battle's: "مقتل 40 شخصا خلال اسبوع واحد");
# every match opens with one of _PERIOD_OPENERS, looked for first
_SPAN_OF_ACTS = re.compile(r"(?:خلال|طوال|طيله|علي مدي|علي مدار) (?:اسبوع|شهر)(?!\w)")
# the past weeks or months as a whole, before the acts they govern: "عاود في الاسابيع الماضية تنفيذ تفجيرات"
# (not in what is said of a place after them: "… ومنطقة ارسلت اليها تركيا تعزيزات في الاسابيع الاخيرة")
_RECENT_PERIOD = re.compile(
    r"في (?:ال)?(?:اسابيع|اشهر|شهور|سنوات|اعوام)(?: (?:ال)?قليله)? (?:ال)?(?:ماضيه|اخيره|فائته)(?!\w)"
)
_SINCE_THEN = tuple(p + "منذ ذلك " + w for p in ("", "و") for w in ("الحين", "الوقت", "التاريخ", "اليوم"))
# hundreds of towns hit: a description of a campaign ("استهدفت البراميل مئات المدن والبلدات")
_HUNDREDS_OF_PLACES = re.compile(r"(?:مئات|الاف) (?:من )?(?:المدن|البلدات|القري|المناطق|الاحياء|المواقع)")


# The quick look before _HUNDREDS_OF_PLACES: one of its counting words, found as literals (most sentences have
# neither, and the pattern opens with the commonest letters).
_HUNDREDS = Literals(("مئات", "الاف"))
# many towns of a whole country: "قصف قوات النظام العديد من المدن والاحياء السورية"، "في كثير من المدن والمحافظات
# اليمنية" — a country-wide summary, no event of one place
_COUNTRY_WIDE = re.compile(
    r"(?:العديد|عدد|عددا|كثير|الكثير|مختلف) من (?:المدن|البلدات|القري|المناطق|الاحياء|المحافظات)"
    r"(?: و\S+){0,2} (?:السوريه|اليمنيه|العراقيه|الليبيه|التركيه|اللبنانيه)(?!\w)"
)
# what every match of _COUNTRY_WIDE holds, looked for first (most clauses name no places so counted)
_COUNTRY_WIDE_HINT = Literals(
    "من " + w for w in ("المدن", "البلدات", "القري", "المناطق", "الاحياء", "المحافظات")
)


# a sentence told by a report (a rights group's periodic tally): "واوضح التقرير"، "وبحسب التقرير"
_REPORT_SAYS = re.compile(
    r"\s*(?:و?كما )?(?:و|ف)?(?:اوضح|اضاف|ذكر|افاد|اشار|وثق|اكد|لفت|بحسب|حسب|وفق)\S* (?:ال)?تقرير"
)  # (also "كما اشار التقرير")
# every match of _PERIOD opens with one of these: a sentence without any is no period, and the literal words are
# found several times faster than the whole pattern is tried at every letter
# acts told as going on for days: "في غارات جوية مستمرة منذ ثلاثة ايام" (their dead a tally of those days) — acts,
# not a war or a crisis ("في حرب اليمن المستمرة منذ أربعة شهور" names the war of an act told); every match holds
# منذ, one of _PERIOD_OPENERS, looked for first
_ACTS_GOING_ON = re.compile(
    r"(?:غارات|ضربات|هجمات|اشتباكات|معارك|مواجهات|قصف)(?: \S+)? (?:ال)?(?:مستمر|متواصل)ه? منذ (?:\S+ )?"
    r"(?:ايام|يومين|اسابيع|اسبوعين|اشهر|شهور|شهرين|سنوات|اعوام|عامين)(?!\w)"
)
# a technical fault (normalized) told as the cause of a crash: "سقوط الطائرة ناجم عن خلل فني" (an accident)
_TECHNICAL_FAULT = re.compile(r"(?<!\w)(?:ال)?(?:خلل|عطل|عطب|اعطال)(?: \S+)? (?:ال)?(?:فني|تقني)(?!\w)")
_PERIOD_OPENERS = Literals(("خلال", "طوال", "طيله", "علي مد", "منذ", "بعد"))
# No single ACLED event (one place, one day) is coded with thousands of deaths: such figures are tolls.
AGGREGATE_TOLL = 1000
# a running total so far (normalized) of at least this many dead sums up a campaign: "حتى الآن أكثر من 400 قتيل"
# a clause that opens with a total risen to or reached (normalized): "، ليرتفع عدد القتلى منذ بداية الشهر الى 200"
_RUNNING_TOTAL = re.compile(
    r"(?:ل|و|وب(?:ذلك|هذا) |ف)?(?:يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ|ارتفع|ارتفعت|بلغ|بلغت|وصل|وصلت)(?!\w)"
)
_SO_FAR = re.compile(r"(?<!\w)(?:حتي|الي|لحد) (?:الان|اللحظه|هذه اللحظه)(?!\w)")
_SO_FAR_HINT = Literals(("الان", "اللحظه"))
_RUNNING_TOLL = 100
_TOTAL_WORDS = frozenset(("اجمالي", "الاجمالي", "العدد الاجمالي", "ما مجموعه"))  # (statistic cues) a total
_PATROL = frozenset(("دوريه", "دوريات"))  # (normalized) a patrol: an armed side's men on their rounds
_FIGHTING_CODES = frozenset(("MIL", "REB", "UAF"))  # the ends of the codes of armed sides
_STRUCK_SENTENCES = 3  # sentences back a side's air strikes may name whom its further strikes hit
_DESTROYED = frozenset(("دمر", "دمرت", "دمروا", "نسف", "نسفت", "نسفوا"))  # (normalized) destroyed, the verb
_ACT_TO_DOER = 12  # characters from an act to its doer told right after it (a word or two between)
_TOTAL_REACH = 30  # characters from the word of a total to its number
_MANY_ACTS = 10  # acts counted in tens, told with no place nor day, are a summary
_VIOLENT_ACTS = frozenset(("Battles", "Explosions/Remote violence", "Violence against civilians"))
_YEAR = re.compile(r"199\d|20[0-2]\d")  # the years news names (a count such as 2041 براميل is none)
# what every number of AGGREGATE_TOLL or more holds: four digits (a figure, not a year), or a word of thousands,
# millions (normalized: الف، الاف، الفا، مليون، ملايين، مليار — or a word that starts like one: the words are
# looked for as literals, as a pattern of them, ال(?:فا?|اف)|ملي(?:ون|ار)|ملايين, finds them). Only whether a
# sentence has one matters.
_THOUSANDS_WORDS = Literals(("الف", "الاف", "مليون", "مليار", "ملايين"))
_THOUSANDS_FIGURE = re.compile(r"\d(?:\d{3}|[,.،٬]\d{3})")


def bare_blast(d: Draft) -> bool:
    """A blast no bomb is named for ("انفجارات دوت في جنوب العاصمة"): what the strikes or shells told with it
    did, if any were."""
    return (
        d.sub_event_type == "Remote explosive/landmine/IED"
        and d.trigger.data["entry"].id == "explosion"
        and d.means == "ied"
        and not d.weapons
    )


def _a_day_apart(a: DateValue | None, b: DateValue | None) -> bool:
    """Both undated, or dated at most a day apart."""
    if a is None or b is None or a.date is None or b.date is None:
        return (a is None or a.date is None) and (b is None or b.date is None)
    return abs((a.date - b.date).days) <= 1


def _planted_after_another_act(sub: str | None, before: Draft) -> bool:
    """A bomb or mine told after shelling, strikes or a fight ("اشتباكات بين قوات النظام وداعش …، فيما سمع دوي
    انفجار عبوة ناسفة موضوعة بدراجة نارية"): whoever shelled or fought did not plant it; told with no one named,
    it is unattributed (not so after attacks a side claimed: "هجمات تبنى بعضها التنظيم … حيث ادى تفجير سيارة")."""
    return sub == "Remote explosive/landmine/IED" and (
        before.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")
        or before.trigger.data["entry"].id in _GROUND_FIGHTS
    )


def _thousands_written(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word of thousands or a figure of thousands that is not a year. (The
    figures are looked for only where there is a digit, the words with str.find: one pattern of both, opening
    with the commonest letters, is tried at every position, several times slower.)"""
    if _THOUSANDS_WORDS.any_within(text, start, end):
        return True
    if _DIGIT.search(text, start, end) is None:
        return False
    return not all(_YEAR.fullmatch(x.group()) for x in _THOUSANDS_FIGURE.finditer(text, start, end))


# Strategic developments other than arrests and looting are often described rather than reported.
_WEAK_STRATEGIC = frozenset(
    (
        "Other",
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Disrupted weapons use",
    )
)
# a flashback dated within this many days before publication is still news
RECENT_DAYS = 7
# an event dated more than this many days before publication is background, not this report's news
OLD_DAYS = 31
# … and one dated to a week (of a month named: "في الاسبوع الاخير من حزيران") more than this many days before it
OLD_WEEK_DAYS = 3 * RECENT_DAYS


_EXACT_DAY_SENTENCES = 2  # sentences after an act dated to a part of a month in which its day may be told
_PART_DAYS = (
    5  # days from the day a week or a part of a month is dated on to its ends (مطلع: the 1st to 10th)
)


def _within_the_part(day: dt.date, part: DateValue) -> bool:
    """``day`` falls within the week or the month ``part`` stands for (a week's or a phase's day ± five days,
    a month's month)."""
    if part.date is None:
        return False
    if part.precision == TIME_MONTH:
        return (day.year, day.month) == (part.date.year, part.date.month)
    return abs((day - part.date).days) <= _PART_DAYS


def long_gone(dv: DateValue, published: dt.date) -> bool:
    """``dv`` lies weeks before the report: more than OLD_DAYS before it, a month before its month ("في حزيران
    الماضي" in a report of early July), a week more than three weeks before it."""
    if dv.date is None:
        return False
    days = (published - dv.date).days
    if days > OLD_DAYS:
        return True
    if dv.precision == TIME_MONTH:
        return (dv.date.year, dv.date.month) < (published.year, published.month)
    return dv.precision == TIME_WEEK and days > OLD_WEEK_DAYS


# the words of a fight on the ground, which no side's aircraft wage
_GROUND_FIGHTS = frozenset(
    ("clash_noun", "clash_verb", "battle_noun", "confrontation_noun", "fighting_noun", "combat_phrase")
)
# the attack a side repelled, named right after the verb: "صدوا الهجمات"، "تصدت لهجوم"، "صدوا محاولات التقدم"
_AN_ATTACK_REPELLED = re.compile(r" (?:ل|ب)?(?:ال)?(?:هجوم|هجمات|هجمه|اقتحام|محاول|تقدم|زحف)")


@dataclass(slots=True)
class Draft:
    clause: Clause
    trigger: Mention
    event_type: str
    sub_event_type: str | None
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc: list[Actor] = field(default_factory=list)
    place_index: int | None = None
    date: DateValue | None = None
    casualties: Casualties = field(default_factory=Casualties)
    weapons: list[str] = field(default_factory=list)
    means: str | None = None
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # role, normalized start, end
    category: str = "conflict"
    plover_type: str | None = None
    status: str = "occurred"
    carried_actor: bool = False
    inherited_place: bool = False
    # once its toll sums the dead of both sides: the side whose dead were counted first, their count and where
    # (so a lower account of that side's dead told later stands for them: ACLED)
    first_side: tuple[str, int, tuple[int, int]] | None = None

    def note_evidence(
        self, doc: Doc, agent: Mention | None, target: Mention | None, place_index: int | None
    ) -> None:
        """Record where the trigger, the sides and the place stand in the text (the event's evidence)."""
        self.spans.append(("trigger", self.trigger.nspan.start, self.trigger.nspan.end))
        if agent is not None:
            self.spans.append(("actor1", agent.nspan.start, agent.nspan.end))
        if target is not None:
            self.spans.append(("actor2", target.nspan.start, target.nspan.end))
        if place_index is not None:
            t = doc.toponyms[place_index]
            self.spans.append(("place", t.start, t.end))


# (trigger ids) a killing that, told after an abduction of the same people, is what became of them
_KILLS_OF_THE_HELD = frozenset(
    (
        "execute",
        "assassinate",
        "kill_verb",
        "kill_them",
        "slaughter",
        "slaughter_them",
        "killing_noun",
        "execute_noun",
    )
)
# object pronouns on a verb (normalized): "واعدموه"، "ثم قتلوهم" — the people just named
_HIM_THEM = ("ه", "هم", "ها", "هما")


def _killed_when_held(text: str, trig: Mention, trigs: Sequence[Mention], nxt: Clause | None) -> bool:
    """An abduction the clause, or the next one opening with the killing, goes on to tell the killing of its
    victims ("خطف مسلحون شابا واعدموه"، "اختطاف وقتل ثلاثة مدنيين"، "… ثم اعدموهم"): ACLED codes the killing,
    the abduction folded into it."""
    for t in trigs:
        if t.nspan.start <= trig.nspan.start or t.data["entry"].id not in _KILLS_OF_THE_HELD:
            continue
        if _entry(t).get("pos") == "verb" and t.norm.endswith(_HIM_THEM):
            return True
        if not text[trig.nspan.end : t.nspan.start].strip(" و"):
            return True  # "اختطاف وقتل"
    if nxt is None:
        return False
    return any(
        t.data["entry"].id in _KILLS_OF_THE_HELD
        and _entry(t).get("pos") == "verb"
        and t.norm.endswith(_HIM_THEM)
        and not text[nxt.start : t.nspan.start].strip(" ،,و").removeprefix("ثم").strip()
        for t in nxt.of("triggers")
    )


def _the_held_killed(text: str, m: Mention, trigs: Sequence[Mention]) -> bool:
    """A noun of people held (الرهائن، المختطفين) that is the object of a killing told just before it, its doers
    between ("قتل مسلحون الرهائن الخمسة"، "اعدام المختطفين"): whom the killing hit, held already — the killing is
    the act (an attack on the defenceless), no abduction."""
    if m.norm.removeprefix("و") not in _CAPTIVES:
        return False
    return any(
        t.data["entry"].id in _KILLS_OF_THE_HELD
        and 0 <= m.nspan.start - t.nspan.end <= _OBJECT_CHARS
        and not any(w[-1] in ".،؛:," for w in _words_between(text, t.nspan.end, m.nspan.start))
        for t in trigs
    )


def _captive(text: str, m: Mention) -> bool:
    """A victim named as held (اسيرا، الرهائن، المختطفين): killed with no fight, the defenceless is attacked."""
    if m.norm.removeprefix("و") in _CAPTIVES:
        return True
    nxt = text[m.nspan.end : m.nspan.end + 12].split(maxsplit=1)
    return bool(nxt) and nxt[0] in _CAPTIVES


def _entry(m: Mention) -> dict:
    return m.data["entry"].data


_IN_THE_COURSE = frozenset(("في", "خلال", "اثناء"))  # (normalized) an act in the course of another


def _taken_in_a_fight(text: str, m: Mention, trigs: Sequence[Mention]) -> bool:
    """An arrest told as made in a fight the clause names after it ("واعتقل ثلاثة آخرون في اشتباك مع قوات
    الامن"): the fight is the event, the arrest a part of it."""
    return _entry(m).get("sub_event_type") == "Arrests" and any(
        t.nspan.start > m.nspan.end
        and _entry(t).get("event_type") == "Battles"
        and _entry(t).get("pos") == "noun"
        and _prev_word(text, t) in _IN_THE_COURSE
        for t in trigs
    )


def _rank(m: Mention) -> int:
    st = _entry(m).get("sub_event_type")
    if st == "Excessive force against protesters":
        return (
            100  # its words name whom it hit ("الرصاص على المتظاهرين"): more than the firing they are part of
        )
    base = PRECEDENCE.get(st or "", 55)
    if _entry(m).get("voice") == "victim":
        base = 5
    elif _entry(m).get("weak"):
        base -= 20
    return base


def _prev_word(text: str, m: Mention) -> str:
    """The word right before the word that holds ``m`` (its clitics are part of that word), or ""."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    end = word_start - 1
    if end <= 0 or text[end] != " ":
        return ""
    return text[text.rfind(" ", 0, end) + 1 : end]


def _words_between(text: str, a: int, b: int) -> list[str]:
    return text[a:b].split() if b > a else []


def _loyal_to(text: str, agent: Mention, m: Mention) -> bool:
    """``m`` is named as whom ``agent`` is loyal to, right after it: "المقاومة الشعبية المؤيدة للرئيس عبد ربه
    منصور هادي"، "القوات الموالية للحكومة" (adjectives of the agent between, and a title before the name)."""
    prefix = m.data.get("prefix", "")
    words = [w.strip("،,") for w in _words_between(text, agent.nspan.end, m.nspan.start - len(prefix))]
    at = next((k for k, w in enumerate(words) if w in _LOYAL_WORDS), None)
    if at is None or len(words) > 4 or not all(w.startswith("ال") for w in words[:at]):
        return False
    title = words[at + 1 :]
    if not title:
        return prefix.lstrip("و").startswith("ل")
    return len(title) == 1 and title[0].startswith("ل") and not prefix


# (normalized) the past verbs of throwing by hand: "ألقى مجهولون عبوة"، "رمى مسلح قنبلة" (not "القي القبض")
_THROWING = frozenset(("القي", "القت", "القوا", "رمي", "رمت", "رموا", "قذف", "قذفت", "قذفوا"))


def _thrown(text: str, m: Mention) -> bool:
    """A verb of throwing is among the three words before the device ``m`` (its doer between them)."""
    return any(w.lstrip("وف") in _THROWING for w in _words_before(text, m, 3, chars=40))


def _words_before(text: str, m: Mention, k: int, *, chars: int) -> list[str]:
    """The last ``k`` words within ``chars`` characters before the word that holds ``m`` (its clitics, the
    article of a noun, are part of that word, not words before it), in its sentence: "… حتى تحقق هذا الهدف.
    ادت غارة" — what ends the sentence before is no word of this one; quotation marks around a name are no
    word either ("احد قادة «داعش»")."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    # (a conditional, not max(0, …): the builtin parses its arguments as keywords, at some ten times the cost)
    window = text[word_start - chars if word_start > chars else 0 : word_start]
    # (most windows hold no end: four substring tests, a fraction of a pattern's search or of four rfind)
    if "." in window or "\n" in window or "!" in window or "?" in window:
        cut = window.rfind(".")
        for end in ("\n", "!", "?"):
            at = window.rfind(end)
            cut = at if at > cut else cut
        window = window[cut + 1 :]
    if '"' in window:
        window = window.replace('"', " ")
    # (the last k words split off the end: the whole window is not cut into words for the one or two asked)
    return window.rsplit(None, k)[-k:] if k > 0 else window.split()[-k:]


_ALONGSIDE = frozenset(("تزامنا", "بالتزامن", "تزامن", "بموازاه"))  # (normalized) along with what goes on
_OTHERS_TOO = frozenset(("اخرين", "اخرون", "اخريات"))
_HABIT_OBJECT = 32  # characters from a verb of what goes on to the act it names as its object
_FIRING = frozenset(("fire_projectiles", "shelling_verb"))  # the verbs whose object names what is fired
_DISTANCE_UNITS = ("كلم", "كم", "كيلومترا", "كيلومترات", "كيلومتر", "ميلا", "اميال")
_BETWEEN_WORDS = frozenset(("بين", "وبين"))
# (normalized) a road between the places after it: "الطريق الرابط بين"، "طريق عام يصل بين"، "الطريق الدولي بين"
_SECOND_OF_A_PAIR = re.compile(
    r" و(?:\S+ )?"
)  # (normalized) "ومديرية "، "و": the second of two places between
_A_ROAD_BETWEEN = re.compile(r"(?<!\w)(?:ال)?طريق(?: \S+){0,2} (?:و)?بين (?:\S+ )?$")


def _a_distance_unit(word: str) -> bool:
    """The word is a unit of distance, alone or after its number ("كم"، "10كلم"، "وكيلومترات") — not a word that
    merely ends in one: "الحزب الحاكم في X" (كم), "جميلا" (ميلا) name no distance."""
    for unit in _DISTANCE_UNITS:
        if word.endswith(unit):
            head = word[: -len(unit)].lstrip("و")
            return all(ch.isdigit() or ch in ".,٫" for ch in head)
    return False


# (normalized) "the two sides" a fight is said to be between, right after its word: "الاقتتال بين الطرفين"
_TWO_SIDES = re.compile(r" (?:\S+ ){0,2}?بين (?:ال)?(?:طرفين|جانبين|فريقين)\b")
# ranks counted from a first (normalized, without ال and the feminine ending): "ثاني اكبر مدينه بعد"
_RANKS_COUNTED = frozenset("ثاني ثالث رابع خامس سادس سابع ثامن تاسع عاشر".split())
_IN_THE_MEANS = frozenset(("في", "جراء", "اثر", "بسبب", "نتيجه", "اثناء", "خلال"))
# what names an act as done before a step to come: "ستتخذ الاجراءات في اعقاب هجمات شنها التنظيم"
_EXECUTIONS = frozenset(("execute", "execute_noun"))  # (trigger ids) a captive put to death


# the bombers' own device, gone off in their hands: "بانفجار عجلة اثناء محاولتهم تفخيخها"، "اثناء تجهيز سيارة
# مفخخة"، "انفجرت عبوة كانوا يعدونها" (ACLED: the group is the first side of its accident, with no second)
_OWN_DEVICE = re.compile(
    r"(?<!\w)(?:اثناء|خلال|لدي|عند)\s+(?:محاولت(?:هم|ه|ها)\s+)?(?:تفخيخ|تجهيز|اعداد|تصنيع|صنع|زرع|زراعه|تركيب)"
    r"|(?<!\w)(?:كانوا|كان|كانت)\s+(?:(?:يعد|يجهز|يصنع|يزرع|يفخخ|يركب|ينقل|يحمل)\S*(?:ها|ه)(?!\w)"
    # (not one another side had planted: "انفجار عتاد اثناء عملية لازالة عبوات … كان زرعها تنظيم داعش")
    r"|(?:يحاولون|يحاول)\s+(?:تفخيخ|تجهيز|زرع|تركيب))"
)
# (normalized) the security or police forces of a side: what they do in holding people is an arrest
_POLICE_WORDS = re.compile(r"(?<!\w)(?:ال)?(?:امن|امنيه|شرطه|اسايش|حسبه)(?!\w)")


def _put_to_death_after(clauses: Sequence[Clause], trig: Mention) -> bool:
    """A sentence that tells, after a seizure, the execution of those seized ("اعتقل التنظيم 15 خياطا … وأعدم
    أربعة منهم"): the seizure is part of that killing (an attack), no abduction of its own."""
    return any(
        t.nspan.start > trig.nspan.end and t.data["entry"].id in _EXECUTIONS
        for c in clauses
        for t in c.of("triggers")
    )


# (normalized) a man held, named right after the victim ("ذبحوا جنديا اسيرا") or as the victim ("قتل الرهائن")
_CAPTIVES = frozenset(
    "اسير اسيرا اسيرين اسري الاسير الاسري الاسيرين مختطف مختطفا مختطفين المختطف المختطفين رهينه رهائن الرهينه"
    " الرهائن محتجز محتجزا محتجزين المحتجز المحتجزين".split()
)
_IN_THE_WAKE = frozenset(("بعد", "عقب", "اثر", "اعقاب", "جراء", "بسبب", "ضد", "منفذي", "مرتكبي"))


# a conjunct opening with a verb in the future ("، وستواصل القوات عملياتها"، "وسوف ..."): where a future told
# after an act begins
_FUTURE_CONJUNCT = re.compile(r"[،,؛]\s*و(?=سوف\s|س[يتن]\w)")


def _future_only_after(text: str, t: Mention, start: int, end: int) -> bool:
    """The future of the clause (``start``–``end``) is told only in a conjunct of its own after the act ``t``
    ("وقتل خمسة مدنيين في قصف على المدينة، وستواصل القوات عملياتها"): it does not make the act to come."""
    for m in _FUTURE_CONJUNCT.finditer(text, t.nspan.end, end):
        if is_future(text, m.start(), end):
            return (
                not is_future(text, start, m.start()) and _COMING_DAYS.search(text, start, m.start()) is None
            )
    return False


def _done_before_it(text: str, t: Mention, start: int, end: int | None = None) -> bool:
    """In a clause about what will be done (from ``start``), the act told as done: the noun of an act already
    past ("سيشرف المركز على التحقيقات حول الانفجار الذي استهدف مواطنين"، "ستتخذ الاجراءات في اعقاب هجمات شنها
    التنظيم"), or a verb in the past told before anything to come ("اعلنت انها قتلت رجلا مساء الثلاثاء، مؤكدة
    انها ستواصل عملياتها")."""
    e = _entry(t)
    if e.get("sub_event_type") in TERRITORY:  # ("لدعم التقدم الذي احرز": headway)
        return False
    before = _words_before(text, t, 1, chars=12)
    # a word of a noun entry right after ان with a pronoun is a verb in the past ("قال انه قصف مواقع")
    if e.get("pos") == "verb" or (before and before[0] in _THAT_IT):
        return (
            not _imperfect(t)
            and not t.data.get("prefix", "").endswith("س")
            and not is_future(text, start, t.nspan.start)
            and _COMING_DAYS.search(text, start, t.nspan.start) is None
        )
    if before and before[0].removeprefix("و").removeprefix("ف") in _IN_THE_WAKE:
        return True
    if end is not None and _future_only_after(text, t, start, end):
        return True
    after = text[t.nspan.end : t.nspan.end + 40].split()[:3]
    # the relative clause of a past act ("الذي استهدف"، "التي وقعت"), the past verb that took the act ("شنها")
    if len(after) >= 2 and after[0] in _RELATIVE:
        return after[1][0] not in "يتنس"
    return bool(after) and after[0] in _PAST_OF_ACTS


def _answer_told_after_its_act(doc: Doc, clause: Clause) -> bool:
    """ "… الذي اعلن تبني مقتل شرطيين الاربعاء في جيلان بينار، ردا على هجوم سوروتش": a clause that opens with
    the answer comes after the act that answered, told in the clauses of the sentence before it: their dead are
    that act's, not those of the act answered (which the sentence sets as background)."""
    return (
        doc.text.startswith("ردا ", clause.start)
        and clause.index > 0
        and doc.clauses[clause.index - 1].sentence == clause.sentence
    )


# an operation or a campaign named bare, as the one told before (normalized): "واستهدفت العملية ايضا …"
_OPERATIONS_TOLD = frozenset(("العمليه", "العمليات", "الحمله", "الحملات"))


def _operation_restated(text: str, m: Mention) -> bool:
    """ "واستهدفت الحملة ايضا عناصر من الحزب": a verb of aiming whose subject, right after it, is the bare
    operation or campaign told before (no adjective of its own: not "العملية الانتحارية") tells whom that one was
    aimed at, no act of its own."""
    after = text[m.nspan.end : m.nspan.end + 30].split()[:2]
    return (
        not m.data.get("suffix")
        and len(after) == 2
        and after[0] in _OPERATIONS_TOLD
        and not after[1].startswith("ال")
    )


def _object_of_a_future_verb(text: str, m: Mention) -> bool:
    """A verbal noun right after a verb in the future ("ستواصل القتال"، "وسيشن هجوما"): what is to come."""
    prev = _prev_word(text, m)
    return prev[:1] in "وفس" and len(prev) > 3 and prev.isalpha() and is_future(prev)


# past verbs that take an act as their object: "هجمات شنها التنظيم"، "العملية التي نفذها"
_PAST_OF_ACTS = frozenset(("شنها", "نفذها", "شنه", "نفذه", "ارتكبها", "ارتكبه", "تبناها", "تبناه"))


def _vague_again(text: str, c: Clause, cas: Casualties, counted: Casualties) -> bool:
    """The clause's dead are counted only by a vague quantity (عدد من، العديد من، عشرات) after the act's dead
    were given a number."""
    if not (cas.fatalities and counted.explicit and counted.fatalities):
        return False
    numbers = numbers_in(text, c.start, c.end)
    return bool(numbers) and all(getattr(n, "kind", "digits") == "vague" for n in numbers)


# nouns of aircraft that take their owner as a genitive: "طائرات الجيش الليبي"، "مقاتلات التحالف" (normalized)
_AIRCRAFT_HEADS = frozenset(
    ("طائرات", "طائره", "طيران", "مقاتلات", "مقاتله", "مروحيات", "مروحيه", "قاذفات", "الطائرات", "الطائره")
)


# prepositions that make the word after them a verbal noun: "تمكنت من دحر داعش"، "بعد طرد المسلحين"
_NOUN_MAKERS = frozenset(("من", "بعد", "عقب", "اثر", "اثناء", "خلال", "اعقاب", "في", "علي"))


# acts of driving a side out (normalized stems): their object is a side, where taking a place has a place
_EXPEL = ("طرد", "دحر", "اخراج")


# words that name a side as the support of another: "القوات الحكومية المدعومة بمقاتلي المقاومة"، "بدعم من
# طيران التحالف"، "بمساندة الحشد الشعبي"
# (and as its trainer: "القوة السورية الجديدة التي دربها الجيش الامريكي", no side of what its trainees do)
_TRAINED = frozenset("دربها دربتها دربهم دربتهم دربه دربته تدربها يدربها".split())
_SUPPORT = _TRAINED | frozenset(
    "المدعومه المدعوم المدعومين المدعومون مدعومه مدعوما مدعومين بدعم بمسانده باسناد بمساعده بغطاء باسناد"
    " المسنوده المسنود المسنودين المسنودون مسنوده مسنودا مسنودين"
    # and as its leader: "التحالف العربي الذي تقوده المملكة"، "بقيادة السعودية"
    " تقوده يقوده تقودها يقودها بقياده بزعامه"
    # and as the verb of its support: "مقاتلين محليين تدعمهم قوات التحالف"
    " تدعمه تدعمها تدعمهم يدعمه يدعمها يدعمهم تسانده تساندها تساندهم يسانده يساندها يساندهم".split()
)


# (normalized) a verb of making possible opening a clause, an act named as its subject: "ومكن سقوط المدينة …"
_ENABLING = tuple(w + " " for w in ("مكن", "ومكن", "مكنت", "ومكنت", "اتاح", "واتاح", "اتاحت", "واتاحت"))
_BACKGROUND_RUN = 2  # sentences without an act before one that tells a lone change of hands as background
# (normalized) a word that opens a sentence on a verb in the present: و + ي/ت + a stem not ending as a past one
_PRESENT_OPENING = re.compile(r"و[يت][\u0621-\u064a]{2,}(?<![تا])$")
_LEADING = frozenset("تقوده يقوده تقودها يقودها بقياده بزعامه".split())  # (of _SUPPORT) who leads, not helps


def _backed_by(text: str, m: Mention) -> bool:
    """The side is named as what backs the one before it in a fight ("تدعمهم قوات التحالف"، "بدعم من طيران
    التحالف"): not as its leader or trainer."""
    word = _support_word(text, m)
    return word in _SUPPORT and word not in _LEADING and word not in _TRAINED


def _support_word(text: str, m: Mention) -> str:
    """The word before the side, past the fillers of a phrase of support ("بدعم جوي من"), without its و."""
    before = _words_before(text, m, 5, chars=40)
    while before and before[-1] in _SUPPORT_FILLERS:
        before = before[:-1]
    return before[-1].removeprefix("و") if before else ""


def _backs_the_one_before(text: str, agent: Mention, m: Mention) -> bool:
    """A backer named by a word that qualifies the noun before it ("تدعمهم"، "المدعومة من") backs that noun: the
    agent only when nothing but its adjectives stands between them ("مقاتلون محليون تدعمهم قوات التحالف"), not the
    fighters it attacked ("هاجمت الجبهة مقاتلين تدعمهم الولايات المتحدة"); "بدعم من"، "بغطاء جوي من" back the
    clause's doer wherever they stand."""
    between = _words_between(text, agent.nspan.end, m.nspan.start - len(m.data.get("prefix", "")))
    while between and between[-1] in _SUPPORT_FILLERS:
        between = between[:-1]
    if not between or between[-1].removeprefix("و")[:1] == "ب":
        return True
    return all(w.endswith(("ي", "يه", "ية", "يين", "يون")) for w in between[:-1])


def _supporting(text: str, m: Mention) -> bool:
    """The side is named as the support of the one before it: it fights with it, it is not what is hit."""
    before = _words_before(text, m, 5, chars=40)
    # "بدعم من"، "المدعومة من قبل"، "بمساندة غطاء جوي من طيران التحالف"
    while before and before[-1] in _SUPPORT_FILLERS:
        before = before[:-1]
    return bool(before) and before[-1].removeprefix("و") in _SUPPORT  # "وبمساندة غطاء جوي"


# fighting with someone: "بعد اشتباكات مع"، "عقب مواجهات مع"
_FIGHTING_WORDS = frozenset(
    (
        "اشتباكات",
        "الاشتباكات",
        "معارك",
        "المعارك",
        "مواجهات",
        "المواجهات",
        "قتال",
        "اشتباك",
        "مواجهه",
        "معركه",
    )
)
_SUPPORT_FILLERS = frozenset(("من", "قبل", "غطاء", "جوي", "ناري", "كثيف", "مباشر", "مكثف"))


_OWNED_BY = frozenset(("التابع", "التابعه", "التابعين", "التابعون", "المنضوي", "المنضويه", "المنضوين"))


def _owner_of(text: str, agent: Mention, m: Mention) -> bool:
    """``m`` is named as the side ``agent`` belongs to, right after it: "جيش الفتح التابع للمعارضة السورية"."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    between = text[agent.nspan.end : word_start].split()
    return len(between) == 1 and between[0] in _OWNED_BY


def _nisba(word: str) -> bool:
    """A definite adjective of relation: الشرعي، السوري، الوطنيه."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "يه"))


def _joined_forces(between: str | None) -> bool:
    words = between.split() if between else []
    return (
        bool(words)
        and words[0].startswith("و")
        and len(words) <= 4
        and all(w.removeprefix("و") in _FORCES_WORDS for w in words)
    )


# a side named as acting along with the doer: "نفذت الولايات المتحدة مع شركائها في التحالف ضربات"، "بالتعاون مع"
_ALONG_WITH = frozenset(("مع", "ومع", "بالتعاون", "بالتنسيق", "بالاشتراك", "بمشاركه", "جانب"))
_ALONG_WITH_REACH = 4  # words from the doer to a side acting along with it
# the acts of fighting whose other side مع names ("اشتبك الجيش مع …"، "معارك الجيش مع …")
_FOUGHT_WITH_ACTS = frozenset(
    ("clash_noun", "clash_verb", "battle_noun", "confrontation_noun", "fighting_noun", "combat_phrase")
)


# (normalized) the words before a side another fights alongside: "الى جانب قوات النظام"، "بجانب الحوثيين"
_ALONGSIDE_WORDS = (["الي", "جانب"], ["والي", "جانب"], ["بجانب"])
# air cover or support named by the nationality of whose it was (normalized): "بإسناد جوي روسي"، "وبغطاء جوي تركي"
_AIR_COVER_OF = re.compile(r"(?<!\S)و?ب(?:اسناد|غطاء|دعم|مسانده) جوي (\S+)")
_BODIES = ("جثث", "جثت", "جثه", "جثمان", "جثامين")  # (normalized) bodies: "جثتي عنصرين من …"
_BODIES_AGAIN = tuple("ال" + w for w in _BODIES)  # the bodies told again: "الجثتين"، "الجثث"
# (normalized) a side's partners or allies with whom it acts: "مع شركائها في التحالف"، "مع حلفائه من …"
_PARTNERS = frozenset(w + s for w in ("شركائ", "شركاء", "حلفائ", "حلفاء") for s in ("ها", "ه", "هم", "هما"))


def _its_partners(text: str, m: Mention) -> bool:
    """ "مع شركائها في التحالف"، "مع حلفائه من الميليشيات": the side is named as the partners with whom the
    subject acts."""
    before = [w.lstrip("و") for w in _words_before(text, m, 3, chars=32)]
    k = next((i for i, w in enumerate(before) if w in _PARTNERS), None)
    return (
        k is not None and k >= 1 and before[k - 1] == "مع" and all(w in ("في", "من") for w in before[k + 1 :])
    )


# (normalized) a side's taking part in a fight, right after it: "حزب الله لمشاركته في القتال"
_TAKING_PART = frozenset(
    ("مشاركته", "لمشاركته", "بمشاركته", "مشاركتها", "لمشاركتها", "مشاركتهم", "لمشاركتهم")
)


def _fought_alongside(text: str, m: Mention) -> bool:
    """The side is named as the one another fights alongside: "الى جانب قوات النظام"، "بجانب الحوثيين"."""
    words = _words_before(text, m, 2, chars=16)
    return words[-1:] == ["بجانب"] or words in _ALONGSIDE_WORDS


def _along_with(between: str | None, trig: Mention) -> bool:
    """The side after the doer is joined to it by مع (or بالتعاون مع، بمشاركة، الى جانب): it acts with the
    doer, it is not the target — unless the act is a fight, whose other side مع names (see _FOUGHT_WITH_ACTS)."""
    words = between.split() if between else []
    if not words or len(words) > _ALONG_WITH_REACH or trig.data["entry"].id in _FOUGHT_WITH_ACTS:
        return False
    first = words[1] if words[0] in ("الي", "والي") and len(words) > 1 else words[0]
    return first in _ALONG_WITH and (first != "جانب" or words[0] != first)


# positions a pronoun says whose they are, right after an act: "غارات على تجمعاته"، "استهدفت مواقعهم" (see
# _whose_positions; no singular, which names a side's own site: "على موقعها الالكتروني"، "ومقره")
# shells falling (normalized; see _shells_fell_of)
_FELL_WORDS = frozenset(("سقطت", "سقط", "سقوط", "تساقطت", "تساقط", "سقطتا"))
# camps and barracks, one or two or more (normalized; see _camps_hit)
_CAMP_WORDS = frozenset(("معسكر", "معسكري", "معسكرين", "معسكرا", "معسكرات", "ثكنه", "ثكنتي", "ثكنات"))
_POSITION_NOUNS = frozenset(
    "مواقع معاقل مقرات تجمعات نقاط حواجز اهداف اوكار مخابئ مخازن ثكنات معسكرات تمركزات تحصينات جيوب".split()
)
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه")
# (normalized) one position, whose side a pronoun after li- names ("تجمعا لهم"، "مقرا له"), and that pronoun
_POSITION_SINGULARS = frozenset("تجمع تجمعا موقع موقعا مقر مقرا نقطه مركز مركزا حاجز حاجزا".split())
_OF_THEM = (" لهم ", " لهم،", " لهم.", " لهم,", " لهما ", " لها ", " لها،", " لها.", " له ", " له،", " له.")
_POSITIONS_WORDS = 4  # words from the act (or its doer after it) to the positions
_POSITIONS_REACH = 60  # characters likewise
_HELD_ACTS = frozenset(("control_present", "stationed"))  # (what a place's holder does there, no act on it)


def _of_another_act(text: str, trig: Mention, m: Mention, triggers: Sequence[Mention]) -> bool:
    """A side named after a relative of another noun than the act (a preposition between the act and the
    relative), with an act of that relative clause before it, is that act's side: "غارات على تجمعاته وسياراته
    المفخخة التي استخدمها بهجمات انتحارية ضد القوات العراقية" (not the strikes' target); so is a side named
    after بين, of an act a word of time puts before or after this one ("بعد اشتباكات بين …")."""
    for t in triggers:
        if not (trig.nspan.end <= t.nspan.start and t.nspan.end <= m.nspan.start):
            continue
        if t.data["entry"].id in _HELD_ACTS or _entry(t).get("sub_event_type") in TERRITORY:
            continue  # ("على المدينة التي يسيطر عليها التنظيم": its holder)
        gap = _words_between(text, trig.nspan.end, t.nspan.start)
        if (
            gap
            and gap[-1].lstrip("و") in _OTHER_ACTS_TIME
            and _entry(trig).get("voice") != "victim"
            and _words_between(text, t.nspan.end, m.nspan.start)[:1] == ["بين"]
        ):
            # "قصفت الطائرات البلدة بعد اشتباكات بين الثوار وقوات النظام": the sides of the fight (not "سيطرت
            # على البلدة بعد مواجهات مع المتمردين", whom it was taken from)
            return True
        rel = next((k for k, w in enumerate(gap) if w in _RELATIVE_AND), None)
        if rel is not None and any(w.lstrip("و") in _GOVERNING_PREPOSITIONS for w in gap[:rel]):
            return True
    return False


def _sent_to_or_lost_in(text: str, m: Mention) -> bool:
    """Fighting named as where men are sent ("الدفع بأبناء القبائل إلى المعارك") or as what losses were
    suffered in ("بعد الخسائر البشرية الكبيرة التي منيت بها هذه القوات في المواجهات"): the war in general."""
    before = _words_before(text, m, 11, chars=90)
    if before[-1:] in (["الي"], ["والي"]) and _definite(m):
        return True
    return any(
        a.lstrip("و") == "بعد" and b.startswith("الخسائر") for a, b in zip(before, before[1:], strict=False)
    )


# the dead of a side, its genitive after them (normalized): "عدد قتلى النظام"
_DEAD_OF = (["قتلي"], ["ضحايا"], ["خسائر"], ["جرحي"])


# protests someone broke up: the protesters are actor1, who intervened actor2
_INTERVENED = frozenset(("Protest with intervention", "Excessive force against protesters"))
# (normalized, without و) verbs and nouns of breaking up a crowd, the crowd named after them with the force between:
# "وفرقت قوات الامن المركزي متظاهرين"، "فضت الشرطة اعتصاما"، "قمعت قوات الامن مسيرة"
_BREAK_UP = frozenset("فرقت فرقوا فضت فضوا قمعت قمعوا تفريق لتفريق بتفريق فض لفض بفض قمع لقمع".split())
_BREAK_UP_WORDS = 6  # words from the verb of breaking up to the crowd it broke up


def _broken_up(text: str, clause: Clause, m: Mention) -> bool:
    """The protest ``m`` is the object of a verb of breaking up told before it in its clause ("فرقت قوات الامن
    المركزي متظاهرين امام …"): someone intervened, it was no peaceful protest."""
    reach = m.nspan.start - clause.start
    if reach <= 0:
        return False
    words = _words_before(text, m, _BREAK_UP_WORDS, chars=min(reach, 80))
    return any(w.lstrip("و") in _BREAK_UP for w in words)


def _killed_in_the_protest(text: str, clause: Clause, m: Mention) -> str | None:
    """A death told before the protest ``m`` in its clause: "course" where the protest is named as what it
    happened in ("استشهد شاب خلال مظاهرة"، "مقتل متظاهر في تظاهرة"), "counted" where its crowd is the dead counted
    ("قتل ثلاثة متظاهرين"); None otherwise (not the death a crowd protests, told after it: "احتجاجا على مقتل …")."""
    for t in clause.of("triggers"):
        if t.nspan.end > m.nspan.start or _entry(t).get("voice") != "victim":
            continue
        gap = _words_between(text, t.nspan.end, m.nspan.start - len(m.data.get("prefix", "")))
        if any(w[-1] in ".،؛:," for w in gap):
            continue  # (another's death, told before: "استشهاد فلان عند الحاجز، وفلان خلال مظاهرة")
        if _prev_word(text, m).lstrip("و") in _IN_THE_COURSE:
            return "course"
        if not gap or (len(gap) == 1 and numbers_in(text, t.nspan.end, m.nspan.start)):
            return "counted"
    return None


# fights a crowd may be a side of (ACLED: a crowd that fights the forces riots): "مواجهات بين قوات الامن ومتظاهرين"
_CROWD_FIGHTS = frozenset(("clash_noun", "clash_verb", "confrontation_noun", "combat_phrase"))
_CROWD_REACH = 80  # chars from the word of the fight to its sides
_FIRE_OF = re.compile(
    r"(?<!\w)برصاص(?!\w)|(?<!\w)بنيران(?!\w)"
)  # (normalized) by the fire of: "برصاص قوات …"
# (normalized) arms told of the fight or its sides, or fire exchanged: armed men fight a battle ("مواجهات مسلحة
# بين …"، "اشتباكات بين مسلحين وقوات الامن"، "تبادل لاطلاق النار")
_ARMED_FIGHT = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:مسلح|مسلحه|مسلحين|مسلحون|تبادل|تبادلا)(?!\w)")
# (normalized) the words a side of a fight follows: "بين الشبان وقوات الاحتلال"، "اشتبك محتجون مع الشرطة"
_FIGHT_SIDE_WORDS = frozenset(("بين", "وبين", "مع"))
# (victims' groups) the young men or boys a crowd is of ("شبان"، "فتية"); not civilians at large (المدنيين،
# الاهالي: in a fight, those caught in it)
_CROWD_GROUPS = frozenset(("man", "child"))


def _crowd_broken_up(text: str, clause: Clause, m: Mention) -> bool:
    """A crowd (المحتجين، المعتصمين، مظاهرة) named within a few words after the verb of breaking up ``m`` ("فرقت قوات
    الامن المحتجين"، "فضت الشرطة بالقوة اعتصاما"): not "فض الاشتباك" or "فرقت بين"."""
    end = m.nspan.end
    for x in (*clause.of("actors"), *clause.of("triggers")):
        if x.nspan.start < end or len(_words_between(text, end, x.nspan.start)) > _BREAK_UP_WORDS:
            continue
        if (x.kind == "actors" and x.data["entry"].id == _PROTESTERS) or (
            x.kind == "triggers"
            and _entry(x).get("event_type") == "Protests"
            and _entry(x).get("pos") == "noun"
        ):
            return True
    return False


_PROTESTERS = "generic-protesters"  # (the actors entry of a crowd named again: المتظاهرين، المعتصمين)
# (trigger entries) violence a crowd may do: storming, burning, attacking, wrecking, looting, beating
# a verb of setting fire right before its subject (normalized), and the fire after it: "اضرم محتجون النار"
_SET_ON_FIRE_BY = re.compile(r"(?<!\w)[وف]?(?:اضرم|اضرمت|اضرموا) (?:ال)?$")
_FIRE_SET = re.compile(r"(?: [\u0621-\u064a]+)? (?:النار|النيران)(?!\w)")
_CROWD_VIOLENCE = frozenset(("storm", "burn", "attack_verb", "destroy", "loot", "assault"))
_TYRES = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:اطارات|دواليب)(?!\w)")  # (normalized) tyres burned in a protest
_TYRES_REACH = 40  # chars from the verb of burning to the tyres burned (past its subject)


def _tyres_burned(text: str, m: Mention) -> bool:
    """ "احرق المتظاهرون الاطارات": tyres burned, a protest's (ACLED: no violence, no property destroyed)."""
    return (
        m.data["entry"].id == "burn"
        and _TYRES.search(text, m.nspan.end, m.nspan.end + _TYRES_REACH) is not None
    )


def _crowd_did_violence(text: str, clause: Clause, m: Mention) -> bool:
    """The crowd ``m`` (متظاهرون، محتجون، مئات المتظاهرين) is the subject of a violent act told right before or
    after it ("اقتحم متظاهرون مبنى المحافظة"، "احرق محتجون غاضبون مقر الحزب"، "متظاهرون هاجموا"): they rioted (not
    tyres burned: "احرق متظاهرون الاطارات" is a protest's)."""
    if "متظاهر" not in m.norm and "محتج" not in m.norm:
        return False  # (a protest named, no crowd: "اقتحام مظاهرة")
    if _SET_ON_FIRE_BY.search(text, max(clause.start, m.nspan.start - 20), m.nspan.start) is not None and (
        _FIRE_SET.match(text, m.nspan.end) is not None
    ):
        return True  # "واضرم محتجون النار في مقر الحزب": the crowd between the verb and the fire it set
    for t in clause.of("triggers"):
        if t.data["entry"].id not in _CROWD_VIOLENCE or _tyres_burned(text, t):
            continue
        if t.nspan.end <= m.nspan.start and not _words_between(
            text, t.nspan.end, m.nspan.start - len(m.data.get("prefix", ""))
        ):
            return True  # "اقتحم متظاهرون"
        if (
            _entry(t).get("pos") == "verb"
            and t.nspan.start >= m.nspan.end
            and len(_words_between(text, m.nspan.end, t.nspan.start - len(t.data.get("prefix", "")))) <= 1
        ):
            return True  # "متظاهرون غاضبون اقتحموا"
    return False


# acts of the forces that are an intervention in a protest when their object is a crowd (see _crowd_broken_up)
_ON_A_CROWD = frozenset(("Attack", "Armed clash", "Arrests"))
_LIVE_FIRE = frozenset(("shooting", "fire_projectiles"))  # (trigger entries) fire


# a pronoun or demonstrative as the object of an act, pointing back at a side named just before (see _referred_to)
# (and the dead counted "of them": "قتل 29 منهم في استهداف …")
_REFERENCE = re.compile(r"(?<!\S)(?:عليهم|\d+ منهم|(?:تلك|هذه) (?:المواقع|المعاقل|المقرات|التجمعات))(?!\S)")
_REFERENCE_REACH = 24  # chars before the act its object may stand ("فتحوا عليهم نيران …")
_REFERENCE_CLAUSES = 6  # clauses back the side pointed at may be named

# words of kinship before a name (normalized): the one named is a relative's point of reference
# (and kin at large: "احد اقرباء الرئيس"، "احد اقارب الوزير")
_KIN = frozenset(
    (
        "ابن",
        "نجل",
        "شقيق",
        "شقيقه",
        "زوجه",
        "زوج",
        "ابنه",
        "ابنا",
        "حفيد",
        "صهر",
        "عم",
        "خال",
        "اقرباء",
        "اقارب",
    )
)


def _in_a_name(t: Mention, c: Clause) -> bool:
    """Trigger ``t`` is a word of an actor's name the clause holds ("مليشيا الحشد الشعبي")."""
    return any(a.span.start <= t.span.start and t.span.end <= a.span.end for a in c.of("actors"))


def _kin_of(text: str, m: Mention) -> bool:
    """ "توقيف سليمان الاسد ابن عم بشار الاسد": the side a relative is named by is no side of the act; nor is
    the one whose birthplace names a town ("قصفت مدينة القرداحة (مسقط رأس الرئيس بشار الأسد)")."""
    before = _words_before(text, m, 3, chars=30)
    if before and before[-1] in _KIN and not m.data.get("prefix"):
        return True
    return "راس" in before and before.index("راس") > 0 and before[before.index("راس") - 1].endswith("مسقط")


# verbs of holding a side responsible (normalized), the side and المسؤولية after: "محملا تنظيم القاعدة المسؤولية"
_HOLDING = frozenset(("حمل", "حملت", "حملوا", "يحمل", "تحمل", "محملا", "محمله", "محملين", "محملون"))


def _blamed(text: str, m: Mention) -> bool:
    """The side a source holds responsible for the act: "محملا تنظيم القاعدة المسؤولية" (not a side bearing
    its own: "تحمل الحكومة مسؤولياتها")."""
    if not text.startswith((" المسؤوليه", " مسؤوليه"), m.nspan.end):
        return False  # (most sides: the word after them is read first, the words before need not be)
    before = _words_before(text, m, 2, chars=20)
    # (the verb right before the side, or its subject between: "وحملت السلطات التنظيم")
    return any(w.lstrip("و") in _HOLDING for w in before)


# verbs of laying the blame (normalized): "القت السلطات المسؤولية على …"
_LAYING = frozenset(("القي", "القت", "القيت", "القوا", "يلقي", "تلقي", "يلقون"))


def _blame_laid_for_it(text: str, m: Mention) -> bool:
    """ "والقيت المسؤولية عن الهجوم على التنظيم": the blame for the act (عن and a word or two of it) laid on the
    side after على (not "اعلن مسؤوليته عن الهجوم على الجنود": a claim, and على names whom the act hit)."""
    before = _words_before(text, m, 7, chars=70)[:-1]  # (the على right before the side, read by the caller)
    k = next((i for i in range(len(before) - 1, -1, -1) if before[i].lstrip("وب") == "المسؤوليه"), None)
    if k is None or k == 0 or before[k - 1].lstrip("و") not in _LAYING:
        # (the subject may stand between: "والقت السلطات المسؤولية")
        if k is None or k < 2 or before[k - 2].lstrip("و") not in _LAYING:
            return False
    rest = before[k + 1 :]
    return 2 <= len(rest) <= 3 and rest[0] in ("عن", "في") and "علي" not in rest


# (normalized) the words an act charged to a side is named after: "بتنفيذ الهجوم"، "مسؤولية التفجير"، "بالمسؤولية
# عن الهجوم"
_CHARGE_OF = frozenset(("بتنفيذ", "بارتكاب", "بشن", "مسؤوليه", "بمسؤوليه"))
_RESPONSIBILITY_FOR = frozenset(("المسؤوليه", "بالمسؤوليه", "مسؤوليه", "بمسؤوليه"))


def _charged_with(text: str, m: Mention) -> bool:
    """The act ``m`` is named as what a side is charged with: "بتنفيذ الهجوم"، "مسؤولية التفجير"، "المسؤولية عن
    الهجوم"."""
    before = _words_before(text, m, 2, chars=30)
    return bool(before) and (
        before[-1] in _CHARGE_OF
        or (before[-1] == "عن" and len(before) == 2 and before[0] in _RESPONSIBILITY_FOR)
    )


# verbs of accusing (normalized), and of holding responsible (_HOLDING): their subject charges another with the act
_ACCUSING_VERBS = _HOLDING | frozenset(
    ("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "متهما", "متهمه")
)
_ACCUSING_HINT = Literals(_ACCUSING_VERBS)  # (see _blame_of_the_act_told)


def _accuser(text: str, m: Mention, trig: Mention, actors: list[Mention]) -> bool:
    """``m`` is the subject of a verb of accusing right before it ("اتهمت المعارضة …"، "وحملت الحكومة …"), the
    act after it what it charges another with: the charge, the act with bi- ("بقصف") or a responsibility
    ("مسؤولية التفجير"), comes after a word or more that are no side named with ``m`` (whom it accuses: "اتهمت
    المعارضة جهات مجهولة بقصف …"). Right before the charge, or with a side joined to it by و, it is the one
    accused, the verb's subject told before ("وحمل مليشيات الحوثيين وصالح مسؤولية تفجير …")."""
    before = _words_before(text, m, 1, chars=12)
    if not before or before[0].lstrip("و") not in _ACCUSING_VERBS or trig.nspan.start < m.nspan.end:
        return False
    if trig.data.get("prefix", "").lstrip("وف").startswith("ب"):
        charge = trig.nspan.start - len(trig.data.get("prefix", ""))
    else:
        charge = text.find("مسؤولي", m.nspan.end, trig.nspan.start)
        if charge == -1:
            return False
    between = text[m.nspan.end : charge]
    for x in actors:
        if m.nspan.end <= x.nspan.start and x.nspan.end <= charge:
            between = between.replace(x.norm, " ")  # (the sides named with it)
    words = between.split()
    return bool(words) and not words[0].startswith("و")  # ("وصالح": a side joined to it, named or not)


# the titles a leader is named after (normalized): "القوات الموالية للرئيس اليمني عبدربه منصور هادي"
_TITLES = frozenset(
    ("الرئيس", "للرئيس", "رئيس", "الزعيم", "للزعيم", "زعيم", "القائد", "للقائد", "المخلوع", "للمخلوع")
)


def _leader_named(text: str, m: Mention, actors: list[Mention]) -> bool:
    """The leader a side is named for, right after its title (a word of nationality between): "القوات الموالية
    للرئيس اليمني عبدربه منصور هادي" — one side, those forces."""
    for p in actors:
        if (
            p is not m
            and 0 < m.nspan.start - p.nspan.end <= 2
            and not text[p.nspan.end : m.nspan.start].strip()
        ):
            return not _TITLES.isdisjoint(p.norm.split()[-2:])
    return False


# a fight "with it/them" (normalized): "اعلنت المقاومة مقتل 15 من الحوثيين في اشتباكات معها" — the teller fought
_FOUGHT_WITH_IT = re.compile(
    r"(?:اشتباكات|الاشتباكات|اشتباك|مواجهات|المواجهات|مواجهه|معارك|المعارك|معركه) مع(?:ها|ه|هم|هما)(?![\w])"
)
_FOUGHT_WITH_IT_REACH = 60  # characters after the act


def _fought_with_it(text: str, trig: Mention, clause: Clause) -> bool:
    """A fight told right after the act, waged "with" a pronoun: the side told of it fought."""
    end = trig.nspan.end + _FOUGHT_WITH_IT_REACH
    end = end if end < clause.end else clause.end
    return (
        " مع" in text[trig.nspan.start : end]
        and _FOUGHT_WITH_IT.search(text, trig.nspan.start, end) is not None
    )


# the words naming a man by the armed group he leads, right before its name (normalized), a word of its kind
# between or not: "زعيم جماعة …"، "امير تنظيم …"، "القيادي في …"
_HEAD_OF = frozenset(("زعيم", "قائد", "امير", "مؤسس", "القيادي", "قيادي"))
_GROUP_KIND_WORDS = frozenset("جماعه مجموعه تنظيم حركه جبهه كتائب كتيبه لواء ميليشيا مليشيا فصيل في".split())


def _led_by_the_fallen(text: str, m: Mention) -> bool:
    """The side a man is named as the head of, before a verb of his death: "خالد العمري (زعيم جماعة جند الاقصى)
    قتل" — his side lost him; it killed no one."""
    words = _words_before(text, m, 2, chars=24)
    if words and words[-1] in _GROUP_KIND_WORDS:
        words = words[:-1]
    return bool(words) and words[-1].lstrip("(«") in _HEAD_OF


# where fire comes from (normalized), after من: "من مواقع قوات الاسد"، "من مناطق سيطرة الحوثيين"
_ORIGINS = frozenset(
    ("مواقع", "مناطق", "مرابض", "مقرات", "تجمعات", "جهه", "ناحيه", "اماكن", "مراكز", "ثكنات")
)


# how many of something (normalized): "عدد من مواقع"، "بعض من"، "عشرات من"
_SHARES = frozenset(
    ("عدد", "بعض", "احد", "احدي", "العديد", "عشرات", "مئات", "كثير", "الكثير", "مجموعه", "جمله")
)


# "its source" (normalized): "سقطت قذيفة على شارع الثورة مصدرها حي جوبر / قوات النظام"
# the nouns of an act a bare place name may follow as the name of that act: "هجوم سوروتش"، "بعد تفجير سروج" — an
# act known by its place, told as background (not where anything the clause reports was)
_ACT_NAMED_BY_PLACE = frozenset("هجوم تفجير انفجار اعتداء مجزره مذبحه هجمات تفجيرات اعتداءات".split())
_SOURCE_OF_FIRE = frozenset(("مصدرها", "مصدره", "مصدرهما", "مصدرها:", "ومصدرها"))
# the verbs of firing whose doer a place after من fired from (normalized, past and present)
_FIRED_FROM_VERBS = (
    "قصف", "يقصف", "تقصف", "اطلق", "يطلق", "تطلق", "استهدف", "يستهدف", "تستهدف", "انطلق", "ينطلق", "تنطلق"
)  # fmt: skip
# the words between من and the name of the place fired from: "من ولاية هكاري"، "من داخل الاراضي …"
_FIRED_FROM_AREAS = frozenset("ولايه محافظه مدينه بلده منطقه قريه داخل جهه جانب الاراضي اراضي".split())
_HIT_PARTS = frozenset("مواقع المواقع احياء الاحياء مقرات المقرات مراكز".split())  # "قصف مواقع من ريف حلب"
_ORIGIN_WORDS = [[w] for w in sorted(_ORIGINS)]  # (one word of _ORIGINS, as _words_between lists it)


def _fired_from(text: str, m: Mention) -> bool:
    """The side after "من مواقع" / "من مناطق سيطرة" is where the fire came from (not a share of its positions:
    "عدد من مواقع المتمردين"); so is the side named as the fire's source ("قذائف مصدرها قوات النظام"، "مصدرها
    مواقع الفصائل")."""
    if m.data.get("prefix"):
        return False
    before = _words_before(text, m, 4, chars=40)
    if before[-1:] and before[-1] in _SOURCE_OF_FIRE:
        return True
    if before[-1:] == ["سيطره"]:
        before = before[:-1]
    if len(before) >= 2 and before[-2] in _SOURCE_OF_FIRE and before[-1] in _ORIGINS:
        return True  # "قذائف مصدرها مواقع الفصائل"
    if len(before) < 2 or before[-2] != "من" or before[-1] not in _ORIGINS:
        return False
    return len(before) < 3 or before[-3] not in _SHARES


# "others" after a counted noun (normalized): "و21 مسلحا اخرين من تنظيم داعش"
_OTHER_ONES = frozenset(("اخرين", "اخرون", "اخر", "اخري", "اخران"))


def _dateline(first: str) -> bool:
    """The first line of a report names its source and where it was filed: "عين اليوم - اسطنبول" (a source, a
    dash, a city), "بيروت 26 شوال 1436 ه الموافق 11 اغسطس 2015 م واس" (the agency last)."""
    words = first.split()
    return (len(words) <= 6 and "-" in words) or (len(words) <= 14 and words[-1:] == ["واس"])


def _in_ranks(text: str, m: Mention) -> bool:
    """The side in whose ranks the dead fell ("سقوط قتلى في صفوف عناصر المليشيا"), or whose dead they were
    ("ثمانية قتلى من حزب الله"، "الثمانية قتلى للحزب"): the one hit, no subject."""
    before = _words_before(text, m, 2, chars=24)
    if not _RANKS.isdisjoint(before):
        return True
    if m.data.get("prefix", "").lstrip("وف").startswith("ل"):
        return before[-1:] != [] and before[-1] in _THE_DEAD
    # ("قتلى وجرحى من الحوثيين": the hurt joined to the dead; "واصيب 11 اخرين من الحوثيين": others of them)
    if (
        len(before) == 2
        and before[1] == "من"
        and (before[0].removeprefix("و") in _THE_DEAD or before[0] in _OTHERS_TOO)
    ):
        return True
    # ("ان 8 حوثيين ومن قوات صالح قتلوا": men of an ally joined to a count of men, of the same dead)
    if len(before) == 2 and before[1] == "ومن":
        at = m.nspan.start - len(m.data.get("prefix", ""))
        first = text.rfind(before[0], max(0, at - 40), at)
        return first > 0 and any(0 <= first - n.end <= 1 for n in numbers_in(text, max(0, first - 16), first))
    return False


_RANKS = frozenset(("صفوف", "بصفوف"))
# (normalized) the men of a side named as such after من: "قائدا من قادة الحوثيين"، "ثلاثة من عناصر التنظيم"
_ITS_MEN = frozenset("قاده قيادات قيادي قياديي عناصر مقاتلي مسلحي جنود افراد اعضاء ضباط رجال".split())


_FELL_CAPTIVE = ("وقع في", "وقعوا في", "وقعا في")  # (normalized) "وقع في الاسر": was taken captive


def _one_of_its_men(text: str, m: Mention) -> bool:
    """The side is named as whose men the one or ones told before were: "قائدا كبيرا من قادة الحوثيين"،
    "ثلاثة من عناصر داعش" (the words right before it are من and a word of its men)."""
    before = _words_before(text, m, 2, chars=24)
    return len(before) == 2 and before[0] == "من" and before[1] in _ITS_MEN


# the dead and hurt as a count's noun (normalized): "ثمانية قتلى من …"، "20 جريحا لـ …"
_THE_DEAD = frozenset("قتلي قتيلا قتيل قتيلان قتيلين شهداء شهيدا شهيد شهيدين جرحي جريحا جريح مصابين".split())


def _taken_back(text: str, m: Mention, trig: Mention) -> bool:
    """The side right after an act of driving out that is a verbal noun is the side driven out, not the one
    driving it: "وتمكنت من دحر داعش من القرية"، "بعد طرد التنظيم" — the verbal noun's genitive is its object
    (a group named again by its head noun alone, "دحر التنظيم", is read so after any form of the act). Taking a
    place is not so: "بعد تحرير قوات الشرعية لمدينة الضالع"، "سيطرة التنظيم على" name who took it."""
    if _entry(trig).get("sub_event_type") not in TERRITORY or not trig.norm.startswith(_EXPEL):
        return False
    if m.data.get("antecedent"):
        return True
    if trig.data.get("prefix", "").lstrip("وف")[:1] in ("ب", "ل"):
        return True  # "وذلك بطرد الحوثيين من المحافظة"، "عملية لطرد المسلحين": a preposition takes no verb
    before = _words_before(text, trig, 1, chars=12)
    return bool(before) and before[-1].lstrip("و") in _NOUN_MAKERS


# "that he/she/they" (normalized) → whether a verb form agrees with the pronoun: he (قصف، يقصف), she (قصفت،
# تقصف), they (قصفوا، يقصفون)
_PRONOUN_SUBJECTS: dict[str, Callable[[str], bool]] = {}
for _head in ("انه", "لانه", "بانه", "كونه"):
    _PRONOUN_SUBJECTS[_head] = lambda v: not v.endswith(("ت", "وا")) and not v.startswith("ت")
    _PRONOUN_SUBJECTS[_head + "ا"] = lambda v: v.endswith("ت") or v.startswith("ت")
    _PRONOUN_SUBJECTS[_head + "م"] = lambda v: v.endswith(("وا", "ون"))


_TOWARDS = frozenset(("باتجاه", "نحو", "صوب", "تجاه"))


def _headway_on_a_front(text: str, trig: Mention) -> bool:
    """Progress made on a front ("الجيش احرز تقدما في محور الصابري"، "تقدم على جبهة نهم"): fighting there, no
    place taken."""
    if trig.data["entry"].id != "advance":
        return False
    after = text[trig.nspan.end : trig.nspan.end + 40].split()[:4]
    # (so is an advance towards a place: "تقدمت المقاومة الشعبية باتجاه قيادة المحور" has not taken it)
    return any(w.lstrip("وبل") in _FRONTS or w in _TOWARDS for w in after)


def _told_of_itself(text: str, last: Mention, trig: Mention) -> bool:
    """A pronoun of the teller and a verb that agrees with it stand between the last side named and the act:
    "… الامم المتحدة يوم الجمعة انها بدات في شن غارات" — who did it is the subject of the telling."""
    words = _words_between(text, last.nspan.end, trig.nspan.start - len(trig.data.get("prefix", "")))
    for k, w in enumerate(words):
        agrees = _PRONOUN_SUBJECTS.get(w.lstrip("و"))
        if agrees is not None and k + 1 < len(words) and agrees(words[k + 1].lstrip("وف")):
            return True
    return False


def _act_right_before(text: str, clause: Clause, trig: Mention) -> bool:
    """The verb ``trig`` stands right after a noun that names an act, with no و between ("في حملة مداهمات استهدفت
    عناصر الحزب"): it tells what that act did, the act its subject — the side after it is what it hit."""
    if (
        _entry(trig).get("pos") != "verb"
        or trig.data.get("prefix", "").startswith("و")
        or _suffixed(text, trig)
        or trig.norm.endswith(("ه", "ها", "هما", "هم"))
    ):
        return False  # (an object pronoun in the verb is the act: "هجوم شنه مقاتلو المعارضة" — its doer after it)
    start = trig.nspan.start - len(trig.data.get("prefix", ""))
    for t in clause.of("triggers"):
        if t is trig or _entry(t).get("pos") != "noun" or not t.nspan.end < start:
            continue
        between = _words_between(text, t.nspan.end, start - 1)
        # (or with where it was between: "سلسلة مداهمات في 13 محافظة استهدفت عناصر …")
        if not between or (
            len(between) <= _WHERE_BETWEEN
            and between[0] == "في"
            and not any(t.nspan.end < m.nspan.start < start for m in clause.of("actors"))
        ):
            return True
    return False


_WHERE_BETWEEN = 3  # words of a place between an act and the verb that tells what it hit


def _plural_verb(trig: Mention) -> bool:
    """A verb with the plural ending has its subject in it ("واستهدفوا قوات النظام": they targeted the regime's
    forces); a verb before its named subject stays singular (استهدف الثوار …)."""
    return (
        _entry(trig).get("pos") == "verb"
        and _entry(trig).get("voice") != "victim"  # (قتلوا: they were killed, told of the dead)
        and len(trig.norm) > 4
        and trig.norm.endswith(("وا", "ون"))
    )


def _pronoun_subject(text: str, trig: Mention) -> bool:
    """A verb right after "انه"، "لانه"، "بانها" that agrees with the pronoun has its subject in it: the side
    named after it is its object ("اعلن الجيش انه قصف مواقع داعش"، "لانه هاجم التنظيم"). A verb that does not
    agree has its subject after it, the pronoun standing for the matter ("اعلن المرصد انه قصفت قوات النظام")."""
    if _entry(trig).get("pos") != "verb":
        return False
    before = _words_before(text, trig, 1, chars=12)
    agrees = _PRONOUN_SUBJECTS.get(before[-1].lstrip("و")) if before else None
    return agrees is not None and agrees(trig.norm)


def _aircraft_of(text: str, m: Mention) -> str | None:
    """``AIR`` when the side is named as the owner of aircraft ("قصفت طائرات الجيش الليبي مواقع"): the act is
    theirs, done from the air."""
    if m.data.get("prefix", ""):
        return None  # "للجيش", "بالجيش": not a genitive
    before = _words_before(text, m, 1, chars=12)
    return AIR if before and before[-1] in _AIRCRAFT_HEADS else None


_NEGATIONS = frozenset(("لم", "لا", "لن", "دون", "بدون", "عدم", "ينفي", "نفي", "نفت", "ولم", "ولا", "ولن"))


# weapons that carry rather than are what is fired or dropped ("القت طائرات التحالف منشورات")
_CARRIERS = frozenset(("air_rockets", "drone"))
# words of aircraft, by their start (طائرات، طائرة، الطيران، مقاتلات، مروحيات، سلاح الجو)
_AIRCRAFT_WORDS = ("طائر", "الطائر", "الطيران", "طيران", "مقاتلات", "المقاتلات", "مروحي", "المروحي", "الجو")
# countries whose news is one story on one ground: Israeli forces act in the West Bank and Gaza
_ONE_THEATRE = ({"ISR", "PSE"},)
# words of time that name another act after them (normalized): "غداة تبادل لاطلاق النار بين …" (see
# ConflictAssembler._another_acts_pair)
_OTHER_ACTS_TIME = frozenset(("غداه", "عشيه", "عقب", "بعد", "اثر", "اعقاب"))  # (not قبل: "من قبل", by)
_WHERE_REACH = 40  # characters from an act to the place written as where it was
# a place pointed back to by its kind: "في تلك المديرية"، "في هذه المدينة"، "في المدينة ذاتها" (normalized)
_POINTED_KINDS = "المديريه|المدينه|المحافظه|البلده|القريه|الناحيه|القضاء"
# … or by its kind alone, as where an act fell (normalized): "على مناطق في البلدة"، "في المدينة"
_THE_KIND_AGAIN = re.compile(r"(?<!\w)(?:في|علي) (?:البلده|المدينه|القريه)(?=[\s.,،]|$)")

# "… مناطق في بلدة X ومناطق أخرى في بلدة Y": the act's object again, at another place (the words between two places);
# so is the act's count again, "أربع غارات قرب الموصل ومثلها قرب الرمادي"
_OTHER_AREAS = re.compile(
    r"\s*و(?:(?:مناطق|اماكن|مواقع|نقاط|اهداف|مقرات)(?: اخري)?|مثله|مثلها|مثلهما|مثلهم)\s+(?:في\s+)?"
)
# "ضربات أصابت مواقع بالقرب من X وY وحقول ألغام قريبة من Z": another target of the act near the next place, joined
# by و (one or two words, then near; an aside in brackets after the place before: "عين العرب (كوباني)")
_ALSO_NEAR = re.compile(
    r"\s*(?:\([^()]{1,16}\)\s*)?و[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})?"
    r"(?P<near> (?:(?:ال)?قريبه من|(?:ب)?القرب من|قرب))?\s+"
)  # (the words of near may open the next place's phrase: relation "near")
# "، وسيارة مفخخة أخرى استهدفت …"، "، وغارة ثانية على …": another act of a kind, named as such, after a comma
_ANOTHER_OF_ITS_KIND = re.compile(
    r"[،,]\s*و[\u0621-\u064a]{3,}(?: [\u0621-\u064a]{3,})? (?:اخري|ثانيه|ثالثه)(?![\u0621-\u064a])"
)
# "… في محافظة X بالإضافة إلى ثلاث غارات على مواقعهم في محافظة Y": another act of the kind, at the next place
_AS_WELL_AS = re.compile(r"\s*[،,]?\s*و?(?:بالاضافه|اضافه) (?:الي|ل)")
_AS_WELL_AS_REACH = 90  # characters from the place before to the next place
# "سيطرت على تل X مرورا بقرية Y ووصولا الى قرية Z"، "من X بدءا من Y وانتهاء بZ": the places a route took in, each
# where the act was (past what the place before is said to be: "تل X الاستراتيجي")
_ON_THE_WAY = re.compile(
    r'[\s"]*(?:ال[\u0621-\u064a]+\s+)?[\s"،,]*و?(?:مرورا|وصولا|بدءا|انتهاء)(?:\s+(?:الي|حتي|من))?[\s"]*'
)
# what opens a clause that goes on with the places of the act told before it: "، وعلى حي X"، "، وفي X"، "، بالإضافة
# إلى X" (see ConflictAssembler._list_goes_on)
_LIST_GOES_ON = re.compile(r"(?:و(?:في|علي) |و?(?:بالاضافه|اضافه) (?:الي |ل))")
# a pair of places named again by the definite dual of its kind ("على القريتين"، "في محيط البلدتين"): the dual, a
# clitic ب before it or not (see ConflictAssembler._pair_pointed_back)
_PAIR_WORD = re.compile(r"(?<!\S)[وف]?(ب)?ال(?:قريتين|بلدتين|مدينتين|حيين|قريتان|بلدتان|مدينتان|حيان)(?!\S)")
# the words of where before it: "على القريتين"، "في محيط البلدتين"، "دخول البلدتين"
_PAIR_WHERE = frozenset("علي في محيط اطراف داخل دخول اقتحام".split())
_PAIR_REACH = 600  # characters back from the dual to the pair it names
_OVER_DAYS = re.compile(
    r"خلال (?:ال\s?)?(?:\S+ )?(?:يومين|ايام|الايام|ساعه|ساعات|الساعات|اسبوع|الاسبوع|اسابيع)(?!\S)"
)
_LIST_ITEM_WORDS = 12  # words of such a clause up to its first comma: one place and what locates it
_ASIDE_IN_BRACKETS = re.compile(
    r"\([^()]{1,16}\)"
)  # an aside in brackets after a place ("(جنوب)"، "(شمال غرب)")
_LIST_GAP = 24  # characters between one place of a list and the next (the first's adjectives, و and في)


def _said_of_a_name(w: str) -> bool:
    """A word after a place's name that says what the place is ("قاعدة العند الجوية"، "محطة X الحرارية"، "حي X
    السكني"): an adjective, no place of its own."""
    return (
        w in ADJECTIVES
        or w in DIRECTION_ADJECTIVES
        or (len(w) > 5 and w.startswith("ال") and w.endswith("يه"))
    )


def _locates(t: Any) -> bool:
    """The toponym is told as a region or a place another lies off ("ريف إدلب"، "جنوب مدينة X")."""
    relation = getattr(t, "relation", None) or ""
    return relation == "countryside" or relation.endswith("-of")


def _streets(text: str, t: Any) -> bool:
    """The place is a street or one of a list of streets ("على شارعي الثورة وبغداد"): no place of its own."""
    if getattr(t, "type_word", None) == "شارع":
        return True
    return any(
        w.lstrip("وب").startswith("شارع") for w in text[max(0, t.phrase_start - 40) : t.start].split()[-4:]
    )


_POINTED = re.compile(
    rf"(?<!\w)(?:تلك|هذه|ذات|نفس) ({_POINTED_KINDS})(?!\w)|(?<!\w)({_POINTED_KINDS}) (?:ذاتها|ذاته|نفسها|نفسه)(?!\w)"
)
# a source inside a side: "مصدر في وزارة الداخلية"، "مسؤول امني في …"، "متحدث باسم …"
_SOURCE_HEADS = (
    "مصدر",
    "مصادر",
    "مصدران",
    "مصدرين",
    "مسؤول",
    "مسؤولون",
    "مسؤولين",
    "مسؤولان",
    "متحدث",
    "ناطق",
    "ضابط",
    "ضباط",
)
# military and police ranks (normalized), said before an officer's name
_RANK_TITLES = frozenset("العميد اللواء العقيد المقدم الرائد النقيب الملازم الفريق".split())
_SOURCE_WORDS = frozenset(
    "مصدر مصادر مصدران مصدرين مسؤول مسؤولون مسؤولين مسؤولان متحدث المتحدث ناطق الناطق ضابط ضباط باسم في ب من عسكري "
    "امني طبي محلي رسمي "
    "عسكريه امنيه طبيه محليه رسميه".split()
)
# whose spokesman speaks, written before its name ("الناطق باسم"، "متحدثا باسم"، "الناطق الرسمي باسم"): a teller
_SPOKESMEN = frozenset(("متحدث", "المتحدث", "متحدثا", "ناطق", "الناطق", "ناطقا"))


def _spokesman_of(text: str, m: Mention) -> bool:
    words = _words_before(text, m, 3, chars=36)
    return words[-1:] == ["باسم"] and any(w.lstrip("و") in _SPOKESMEN for w in words[:-1])


_CONDEMNATIONS = frozenset(("condemn", "condemn_noun"))


# present verbs of being posted somewhere (normalized): what is posted there is no act of a day
_POSTED = frozenset(
    "يتمركز تتمركز يتمركزون يتحصن تتحصن يتحصنون ينتشر تنتشر ينتشرون يتواجد تتواجد يتواجدون يوجد توجد".split()
)


def _source_cue(m: Mention) -> bool:
    return m.kind == "cues" and m.data["entry"].get("kind") == "source"


def _condemnation(m: Mention) -> bool:
    return m.kind == "triggers" and m.data["entry"].id in _CONDEMNATIONS


def _negated(text: str, m: Mention) -> bool:
    return not _NEGATIONS.isdisjoint(_words_before(text, m, 3, chars=30))


_NEGATED_MEANS_REACH = 5  # words from a negation to the means (بنيران، بقذيفة) of the verb it denies


def _negated_means(text: str, m: Mention) -> bool:
    """The means a denied verb names: "ان الطائرة لم تسقط نتيجة لاصابتها بنيران" — no fire hit it."""
    if _entry(m).get("pos") != "noun" or not m.data.get("prefix", "").lstrip("وف").startswith("ب"):
        return False
    before = _words_before(text, m, _NEGATED_MEANS_REACH, chars=45)
    return any(w in ("لم", "لن", "ولم", "ولن") for w in before[:-1])


def _with_and(words: frozenset[str]) -> frozenset[str]:
    """The words and the same words with و (and) before them: ``w in _with_and(W)`` is ``w in W or (w[:1] ==
    "و" and w[1:] in W)``, one set test (the trigger checks run for every trigger: isdisjoint over a few words
    costs a fraction of any() over a generator)."""
    return words | {"و" + w for w in words}


_GOVERNORS_AND = _with_and(_GOVERNORS)
_TIMES_SINCE = frozenset(
    "صباح مساء فجر ظهر عصر ليل امس اليوم ساعات الساعات ايام يومين الصباح الفجر الليله".split()
)


def _since_a_time(before: list[str], others: frozenset[str]) -> bool:
    """منذ (the one of ``others`` among the words ``before`` an act) governs a time, not the act after it:
    "تدور منذ صباح امس اشتباكات عنيفة" (the clashes go on since yesterday morning; "منذ اندلاع الاشتباكات"
    governs them)."""
    if "منذ" not in before:
        return False
    k = before.index("منذ")
    return not others.intersection(before[:k] + before[k + 1 :]) and not _TIMES_SINCE.isdisjoint(
        before[k + 1 :]
    )


_PERSISTING = _with_and(frozenset(("امعان", "تمادي")))  # persisting in (a practice): "امعان X في تدمير"
# (with the one asked as a pronoun too: "وطالبهم بالاستسلام" — asked them to surrender)
_DEMANDED = _with_and(
    frozenset(("طالب", "طالبهم", "طالبه", "طالبها", "طالبوا", "طالبوهم", "طالبت", "طالبتهم"))
)
# what _governed looks at first: the words it reads, found in the shared pass over the text (rasad.text.scan;
# so many words are quicker looked up there than each looked for in the stretch)
_GOVERNING_WORDS = Literals(_GOVERNORS | _DEMANDED)


def _governed(text: str, m: Mention) -> bool:
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    # (most triggers have no governing word before them: its words need not be read, see _in_reach)
    if _GOVERNING_WORDS.any_within(text, word_start - 30 if word_start > 30 else 0, word_start):
        before = _words_before(text, m, 3, chars=30)
        if before[-2:] in (["مع", "استمرار"], ["وسط", "استمرار"]):
            # "ترافق مع استمرار الاشتباكات"، "وسط استمرار الاشتباكات": the clashes went on that day too — not
            # when what came with them is the act told ("وتأتي تلك الغارات مع استمرار المواجهات": the backdrop)
            return not _CAME.isdisjoint(_words_before(text, m, 6, chars=50))
        if not _GOVERNORS_AND.isdisjoint(before) and not _since_a_time(before, _GOVERNORS_AND):
            return True
        if before[-1:] == ["في"] and not _PERSISTING.isdisjoint(_words_before(text, m, 7, chars=60)):
            return True  # "وامعان (حزب الله) في تدمير الزبداني": a side's persistence in it, its name between
        if m.data.get("prefix", "").lstrip("و").startswith("ب") and not _DEMANDED.isdisjoint(before):
            return True  # "وطالب بعض الأهالي بإعدامه": demanded (طالب alone is also a student: "قتل طالب في قصف")
    # so does a practice: "المواقع التي … تمارس من خلالها عمليات القنص ضد المدنيين" is what goes on there
    if _in_reach(_PRACTICE_HINT, text, m, chars=45) and not _PRACTICE.isdisjoint(
        w.lstrip("و") for w in _words_before(text, m, 5, chars=45)
    ):
        return True
    # a suspension reaches further: "علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على احياء الفلوجة"; علق
    # … على is commenting on it ("علق الوزير على القصف")
    if not _in_reach(_SUSPENDING_HINT, text, m, chars=60):
        return False
    words = _words_before(text, m, _SUSPEND_REACH, chars=60)
    return any(w in _SUSPENDING_AND and "علي" not in words[i + 1 :] for i, w in enumerate(words))


_SCHEDULED = frozenset(("مقررا", "مقرره", "مقرر", "مخططا", "مخطط", "مزمعا"))  # (normalized) set for later
# (the words of _SCHEDULED and _UPCOMING are looked for in the stretch after the act before it is split: a word
# of it is a piece of the stretch)
_SCHEDULED_HINT = Literals(_SCHEDULED)
_UPCOMING_HINT = Literals(_UPCOMING)


def _scheduled(text: str, clause: Clause, m: Mention) -> bool:
    """An act named as what was set for later: "بينما كان الهجوم على الفوعة وكفريا مقررا"."""
    if _entry(m).get("pos") != "noun":
        return False
    end = min(clause.end, m.nspan.end + 50)
    if not _SCHEDULED_HINT.any_within(text, m.nspan.end, end):
        return False  # (most acts)
    after = text[m.nspan.end : end].split()[:6]
    return any(w.rstrip('.,،»"') in _SCHEDULED for w in after)


def _upcoming(text: str, m: Mention) -> bool:
    # (a full stop or comma may end the word: "في المعارك المقبلة.")
    return _UPCOMING_HINT.any_within(text, m.nspan.end, m.nspan.end + 30) and not _UPCOMING.isdisjoint(
        w.rstrip(".,،؛") for w in text[m.nspan.end : m.nspan.end + 30].split()[:2]
    )


def _in_reach(hint: Literals, text: str, m: Mention, *, chars: int) -> bool:
    """Whether ``hint`` occurs within ``chars`` characters before the word that holds ``m``. The words
    :func:`_words_before` gives for the same ``chars`` are cut from that stretch: when ``hint`` finds what each
    word of a list holds, no such word is among them without it — a quick look that spares most triggers the
    split into words."""
    if hint.lacks is text:
        return False  # (no word of ``hint`` anywhere in the article: most hints, for most triggers)
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    return hint.any_within(text, word_start - chars if word_start > chars else 0, word_start)


# (what the hints below are made with: the shared pass of rasad.text.scan, whose occurrences are looked up with
# a bisection — quicker than substring tests of each stretch, as they are asked of the article's text only)
_any_of = Literals
_RECENT_PERIOD_HINT = _any_of(("اسابيع", "اشهر", "شهور", "سنوات", "اعوام"))  # (see _RECENT_PERIOD)


# verbs of helping (normalized, the clitic و taken off): who helped is no doer of the act the others did with it
_HELPING = frozenset(
    "ساعد ساعدت ساعدوا ساعدا ساعدتا يساعد تساعد يساعدون تساعدان ساعدته ساعدتها ساعدتهم ساعدهم".split()
)
# … and of contributing (normalized): "ساهمت فيها طائرات التحالف بغارات مكثفة"، "ساهم الطيران في الحاق خسائر
# بالتنظيم من خلال استهداف تحركاته" — a part taken in a campaign, summed up, no act of a day
_CONTRIBUTING = frozenset("ساهم ساهمت ساهموا ساهما يساهم تساهم يساهمون اسهم اسهمت اسهموا".split())
_HELP_HINT = _any_of(("ساعد",))
_CONTRIBUTING_HINT = _any_of(("ساهم", "اسهم"))
_HELP_REACH = 70  # characters from a verb of helping to the act it helped
_CONTRIBUTION_REACH = 110  # … and of contributing to the act it contributed with (in words, at most)
_CONTRIBUTION_WORDS = 16


def _helping(word: str) -> bool:
    """A verb of helping (normalized, و taken off), its object pronoun and the لـ of an aim or the سـ of what is
    to come on it: "ساعدت"، "يساعدها"، "ليساعدها في اقتحام تلك المواقع" (what help is sought for, no act)."""
    if word in _HELPING:
        return True
    if word[:2] in ("لي", "لت", "سي", "ست"):
        word = word[1:]
    return word in _HELPING or any(
        word.endswith(p) and word.removesuffix(p) in _HELPING for p in _OBJECT_PRONOUNS
    )


def _helped(text: str, m: Mention) -> bool:
    """ "وساعدت الطائرات بدون طيار القوات على توجيه ضربات": the aircraft helped, the help told in general — the
    aircraft right after the verb of helping are the helper, the act after its على / في what was helped to."""
    if not _in_reach(_HELP_HINT, text, m, chars=_HELP_REACH):
        return False  # (most triggers: no verb of helping before them)
    words = [w.removeprefix("و") for w in _words_before(text, m, 10, chars=_HELP_REACH)]
    for i in range(len(words) - 1, -1, -1):
        if _helping(words[i]):
            rest = words[i + 1 :]
            return not rest or "علي" in rest or "في" in rest
    return False


def _contributed(text: str, clause: Clause, m: Mention) -> bool:
    """ "ساهمت فيها طائرات التحالف بغارات مكثفة"، "ساهم الطيران في الحاق خسائر بالتنظيم من خلال استهداف
    تحركاته": the part a side took in a campaign, summed up with no day of its own (see _CONTRIBUTING) — not
    "وساهمت الطائرات امس بغارات على …", the act of that day."""
    if not _in_reach(_CONTRIBUTING_HINT, text, m, chars=_CONTRIBUTION_REACH):
        return False  # (most triggers)
    if clause.date is not None and clause.date.basis in ("relative", "explicit"):
        return False
    words = _words_before(text, m, _CONTRIBUTION_WORDS, chars=_CONTRIBUTION_REACH)
    return not _CONTRIBUTING.isdisjoint(w.removeprefix("و") for w in words)


# weeks or more ago, told after an act (normalized): "ضربة جوية استهدفت قيادات في القاعدة قبل اسابيع" — an act
# of an earlier time, no act of the day the article reports (a day or days ago are dated: "قبل يومين")
_AGO_UNITS = "اسابيع اسبوعين اشهر شهور شهرين سنوات سنين اعوام عامين سنتين".split()
_WEEKS_AGO = re.compile(r"(?<!\w)قبل (?:(?:بضعه|بضع|عده) )?(?:" + "|".join(_AGO_UNITS) + r")(?!\w)")
_WEEKS_AGO_HINT = _any_of(["قبل " + u for u in _AGO_UNITS] + ["قبل بضع", "قبل عده"])
_WEEKS_AGO_REACH = 70  # characters from an act to the time told after it
_WHAT_IT_HIT = frozenset(("target_verb",))  # (the verb of what the act hit, told between: "استهدفت قيادات")


def _weeks_ago(text: str, clause: Clause, m: Mention, triggers: Sequence[Mention]) -> bool:
    """The act is told as done weeks or more ago, the time right after it in its clause with no other act
    between ("الاماكن التي وقعت بها ضربة جوية استهدفت قيادات قبل اسابيع"; not "غارة على مواقع سيطر عليها
    التنظيم قبل اشهر": the seizure was then)."""
    end = min(clause.end, m.nspan.end + _WEEKS_AGO_REACH)
    if not _WEEKS_AGO_HINT.any_within(text, m.nspan.end, end):
        return False  # (most acts)
    found = _WEEKS_AGO.search(text, m.nspan.end, end)
    if found is None:
        return False
    return not any(
        m.nspan.end <= t.nspan.start < found.start() and t.data["entry"].id not in _WHAT_IT_HIT
        for t in triggers
    )


# a time some days or a week gone by, told vaguely (normalized): "قبل ايام"، "قبل بضعة ايام"، "الاسبوع الماضي"،
# "في وقت سابق هذا الاسبوع" — what a subordinate phrase dated so tells is background (see _subordinate_gone_by)
_VAGUELY_GONE_BY_HINT = _any_of(("ايام", "الاسبوع"))
_SUBORDINATE_TIME_REACH = 110  # characters from an act in a subordinate phrase to the time that dates it
_AFTER_THAT_WORDS = frozenset(("بعدما", "وبعدما"))  # (normalized) after (that), one word


def _vaguely_gone_by(x: Any) -> bool:
    """The time expression ``x`` tells some days or a week gone by without a day: "قبل ايام" (not "قبل يومين"),
    "الاسبوع الماضي"، "هذا الاسبوع"."""
    if x.kind == "relative":
        return x.unit == "day" and x.part == "some days" and x.direction == "past"
    return x.kind == "period" and x.unit == "week" and x.offset in (-1, 0)


def _subordinate_gone_by(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The act lies in a relative clause or after بعد أن, dated there some days or a week ago with no day of its
    own ("لطرد المسلحين من المحافظة التي اعلنت السلطات السيطرة عليها قبل ايام"، "بعد ان قتل انتحاري … 32 شخصا
    في بلدة على الحدود الاسبوع الماضي"): how things came to stand, background to the day's news. (A day named
    dates it: "التي سيطر عليها التنظيم امس" is the act itself.)"""
    text = doc.text
    end = min(doc.sentences[clause.sentence][1], m.nspan.end + _SUBORDINATE_TIME_REACH)
    if not _VAGUELY_GONE_BY_HINT.any_within(text, m.nspan.end, end):
        return False  # (most acts)
    before = _words_before(text, m, 3, chars=24)
    after_that = any(
        a.lstrip("و") == "بعد" and b == "ان" for a, b in zip(before, before[1:], strict=False)
    ) or not _AFTER_THAT_WORDS.isdisjoint(before)
    if not after_that and relative_pronoun_before(text, clause.start, m.nspan.start) is None:
        return False
    exprs = find_time_expressions(text, m.nspan.end, end)
    return bool(exprs) and _vaguely_gone_by(exprs[0])


_SUSPENDING = frozenset(("علق", "علقت", "علقوا", "تعليق", "يعلق", "تعلق"))
_SUSPENDING_AND = _with_and(_SUSPENDING)
_SUSPENDING_HINT = _any_of(_SUSPENDING)  # (see _in_reach)
_PRACTICE = frozenset(
    ("تمارس", "يمارس", "يمارسون", "تمارسها", "يمارسها", "ممارسه", "ممارسات", "الممارسه", "الممارسات")
    + ("مزاوله", "المزاوله")  # "والمزاولة القاسية بهدم منازل الفلسطينيين": a practice
)
_PRACTICE_HINT = _any_of(_PRACTICE)
_SUSPEND_REACH = 6  # words from a verb of suspending to the act suspended


# present verbs of making headway: "تسجل قوى المعارضة مزيدا من التقدم"، "ما زالوا يحققون التقدم" tell a trend
_HEADWAY = frozenset(("يحقق", "تحقق", "يحققون", "يسجل", "تسجل", "يسجلون", "يحرز", "تحرز", "يحرزون"))
_HEADWAY_AND = _with_and(_HEADWAY)
_HEADWAY_HINT = _any_of(_HEADWAY)  # (see _in_reach)


def _making_headway(text: str, m: Mention) -> bool:
    """A noun trigger carried by a present verb of making headway, a few words before it."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_HEADWAY_HINT, text, m, chars=40):
        return False
    return not _HEADWAY_AND.isdisjoint(_words_before(text, m, _HEADWAY_REACH, chars=40))


# a general duty told in the present: "وتقوم المواقع المرابطة … برصد ومواجهة كل التحركات" (what a side does,
# to every move, no act of a day); and an advance towards whole provinces ("تواصل القوات تقدمها باتجاه محافظتي
# تعز والضالع"): no place fought over
_DUTY_HINT = Literals(("يقوم", "تقوم"))
_DUTY_DOER = re.compile(r"(?<!\w)[وف]?(?:يقوم|تقوم|يقومون|يقومان|تقومان)(?!\w)")
_DUTY_REACH = 60  # characters from the verb of doing to the act it does
_EVERY_ONE = re.compile(r"\S*\s+ل?(?:كل|اي|جميع|كافه)(?!\w)")
_TOWARDS_PROVINCES = re.compile(r"\S*\s+(?:باتجاه|نحو|صوب) (?:محافظه|محافظتي|محافظتين|محافظات)(?!\w)")


_AND_THAT = re.compile(r"(?<!\w)و(?:ان|بان) ")  # a second report of a clause (see _second_report)


def _general_duty(text: str, m: Mention) -> bool:
    if _entry(m).get("pos") != "noun":
        return False
    if m.data["entry"].id == "advance" and _TOWARDS_PROVINCES.match(text, m.nspan.end - 1) is not None:
        return True
    start = max(0, m.nspan.start - _DUTY_REACH)
    if not _DUTY_HINT.any_within(text, start, m.nspan.start):
        return False  # (most acts)
    doer = _DUTY_DOER.search(text, start, m.nspan.start)
    return (
        doer is not None
        and not any(p in text[doer.end() : m.nspan.start] for p in ".،,؛")
        and _EVERY_ONE.match(text, m.nspan.end - 1) is not None
    )


# a siege that goes on, not one laid that day: "تواصل المقاومة فرض حصار خانق"، "تفرض حصارا"، "الحصار المستمر"
_GOING_ON = frozenset(
    "تفرض يفرض تفرضه يفرضه تفرضها يفرضون تواصل يواصل تواصلان يواصلون واصلت واصل استمرت استمر تستمر يستمر "
    "استمرار مواصله مواصلتها يحكم تحكم تطبق يطبق".split()
)
_GOING_ON_AFTER = frozenset(("المستمر", "المفروض", "المتواصل", "الذي", "التي", "المطبق", "الخانق"))


def _siege_going_on(text: str, m: Mention) -> bool:
    if m.data["entry"].id not in ("siege", "siege_verb"):
        return False
    before = {w.lstrip("و") for w in _words_before(text, m, 4, chars=40)}
    after = text[m.nspan.end : m.nspan.end + 40].split()[:4]
    return (
        not _GOING_ON.isdisjoint(before)
        or (bool(after) and after[0] in _GOING_ON_AFTER)
        or not _GOING_ON.isdisjoint(after)  # "الحصار شبه الكامل الذي تفرضه القوات"
    )


# nouns of an act a suicide adjective may qualify (normalized, without ال): "الاعتداء الانتحاري"
_ACT_NOUNS = frozenset(
    "اعتداء اعتداءات هجوم هجمات هجومين تفجير تفجيرات تفجيرين عمليه عمليات انفجار انفجارات اعتداءين".split()
)
# what a definite bomber word is said of as a person: his identity, body, name
_OF_THE_BOMBER = frozenset(("المهاجم", "منفذ", "هويه", "جثه", "اسم", "راس", "عائله", "والد", "شقيق"))


def _the_bomber(text: str, m: Mention) -> bool:
    """The suicide bomber named again as a person: definite (الانتحاري، المهاجم الانتحاري، هوية الانتحاري) but
    for the adjective of an act (الاعتداء الانتحاري) — not an act told (فجر انتحاري نفسه، فجر انتحاري حزامه)."""
    if m.norm.removeprefix("ال") in ("انتحاريين", "انتحاريون") and (
        m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال")
    ):
        # "تصفية مجموعة من الانتحاريين الحوثيين": the bombers as men, their act no act (an act is told by its
        # noun: "هجمات انتحارية"، or "فجر انتحاريان")
        return _prev_word(text, m).lstrip("و") in ("من", "مجموعه", "عشرات", "مئات", "تصفيه", "قتل", "اعتقال")
    if m.norm.removeprefix("ال") not in ("انتحاري", "انتحاريه"):
        return False
    prev = _prev_word(text, m).lstrip("و")
    if m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال"):
        # "ان الانتحاري شاب تركي": the one told of (his act, told again, has its verb: فجر نفسه) — but for the
        # adjective of an act (الاعتداء الانتحاري)
        return prev.removeprefix("ال") not in _ACT_NOUNS
    return prev in _OF_THE_BOMBER


_SITE_HINT = _any_of(("مكان", "موقع"))  # (see _hints_near)


def _site_of_the_act(text: str, m: Mention) -> bool:
    """ "مكان التفجير"، "موقع الانفجار": the site of an act (definite) told before."""
    if _entry(m).get("pos") != "noun" or not (m.norm.startswith("ال") or m.data.get("prefix", "") == "ال"):
        return False
    return _prev_word(text, m) in ("مكان", "موقع")


# the devices an explosion is told by (not the blast words: انفجار، تفجير)
_DEVICES = frozenset(("ied", "landmine", "car_bomb", "suicide"))
# what handles a device before it goes off: made, put together, stored, tied on, seized, made safe
_HANDLED = frozenset(
    (
        *"تصنيع صناعه صنع تجميع تجهيز تخزين تهريب حيازه ربط ضبط مصادره تعطيل ازاله".split(),
        *"معمل معملا معامل ورشه ورش مصنع مصانع مخزن مخازن مستودع مستودعات".split(),
    )
)
# what a device is carried in or fitted to: "سيارات مجهزة بعبوات ناسفة"، "شاحنة محملة بالعبوات"
_LADEN = frozenset("مجهزه مجهز مجهزين محمله محمل محملين مزوده مزود محشوه مليئه مملوءه".split())


_MINEFIELD = frozenset(("حقل", "حقول", "الحقل", "الحقول", "بحقل", "بحقول"))


def _device_handled(text: str, m: Mention) -> bool:
    """A bomb named as a thing made, stored, carried or seized, not as one gone off: "معمل لتجميع العبوات
    الناسفة"، "قاموا بربط أحزمة ناسفة"، "سيارات مجهزة بعبوات ناسفة" (a blast it made is told by its own word)."""
    prev = _prev_word(text, m)
    if m.data.get("prefix", "").lstrip("وف").startswith("ب") and prev in _LADEN:
        return True
    if not _MINEFIELD.isdisjoint((m.norm.split()[0], prev.lstrip("و"))):
        return True  # "استهدفت الغارات حقول ألغام قرب الرقة": mines laid, what was hit, none gone off
    word = prev.lstrip("وف")
    word = word[2:] if word.startswith("لل") else word[1:] if word[:1] in ("ب", "ل") else word
    return word.removeprefix("ال") in _HANDLED


def _among_the_dead(text: str, m: Mention) -> bool:
    """ "من بين القتلى"، "بين الضحايا": the dead already counted, named again to say who they were (not "بين
    قتيل وجريح", a count of the dead and the hurt)."""
    definite = m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال")
    if not definite or m.norm.removeprefix("ال") not in ("قتلي", "ضحايا", "شهداء"):
        return False
    # (or who they were, told one by one: "والقتلى هم 21 من حزب الله و62 من مقاتلي المعارضة")
    return _words_before(text, m, 1, chars=8) == ["بين"] or text.startswith(" هم ", m.nspan.end)


_NEXT_REACH = 12  # characters: the words "قبل ان" before a verb, and no side between


# "في كل أنحاء البلاد"، "في مختلف المحافظات"، "في عموم البلاد"، "في أنحاء العراق": an act told across the country
_CAMPAIGN_TYPES = frozenset(("Strategic developments", "Protests"))
_THE_COUNTRY_WORDS = ("البلاد ", "البلاد.", "البلاد,", "المحافظات", "الولايات")
_THROUGHOUT_WORDS = ("انحاء", "ارجاء", "ربوع", "عموم", "المحافظات", "الولايات", "محافظ", "ولاي")
# (the sentence may end on the governorates: "في مختلف المحافظات."; "في 13 محافظة"، "في 5 ولايات": a count of
# provinces is across the country too)
_THROUGHOUT = re.compile(
    r"(?<!\S)[وف]?(?:في|علي) (?:(?:كل|كافه|جميع|مختلف|سائر) )?(?:(?:انحاء|ارجاء|ربوع|عموم) (?=\S)|"
    r"(?:(?<=كل )|(?<=كافه )|(?<=جميع )|(?<=مختلف )|(?<=سائر ))(?:المحافظات|الولايات)(?!\w)|"
    r"(?:[3-9]|[1-9][0-9]) (?:محافظه|محافظات|ولايه|ولايات)(?!\w))"
)


def told_throughout(doc: Doc, c: Clause, trig: Mention) -> re.Match[str] | None:
    """The words after the act ``trig`` in its clause that tell it across a country ("أوقفت الشرطة 251 شخصا في
    حملة في كل أنحاء البلاد"), not those of another act told after it ("… الضربات مع حملات مداهمة في جميع أنحاء
    البلاد")."""
    text = doc.text
    at = trig.nspan.end
    if at >= c.end or not any(w in text[at : c.end] for w in _THROUGHOUT_WORDS):
        return None
    g = _THROUGHOUT.search(text, at, c.end)
    if g is None:
        return None
    kind = _entry(trig).get("event_type")
    for t in conflict_triggers(doc, c):
        # (a campaign of raids or protests told between is what went on across the country; "حملة استهدفت
        # أفرادا … أطلقت في كل أنحاء البلاد" keeps the arrests its own)
        if at <= t.nspan.start < g.start() and _entry(t).get("event_type") in _CAMPAIGN_TYPES - {kind}:
            return None
    return g


def _scattered(text: str, m: Mention) -> bool:
    """The act is told as scattered ("معارك متفرقة"، "اشتباكات متفرقة"، "غارات في مناطق متفرقة")."""
    return _SCATTERED.match(text, m.nspan.end) is not None


_SCATTERED = re.compile(r"(?: \S+)?(?: في (?:مناطق|اماكن|انحاء|جبهات))? (?:متفرقه|متفرقات|متعدده)(?!\w)")


def _next_in_the_story(text: str, m: Mention) -> bool:
    """The verb stands right after "قبل ان" (before it did): in a story told in the past, what was done next
    (after بعد ان the imperfect is what is yet to come: "بعد ان يسيطر")."""
    if not _in_reach(_BEFORE_HINT, text, m, chars=14):
        return False  # (most acts)
    before = _words_before(text, m, 2, chars=14)
    return len(before) == 2 and before[0].lstrip("و") == "قبل" and before[1] == "ان"


_BEFORE_HINT = Literals(("قبل",))  # (see _next_in_the_story and _in_reach)
# (normalized) an operation named by the ground it is to free: "عملية تحرير المدينة"، "معركة تحرير درعا"
_OPERATION_WORDS = frozenset(("عمليه", "عمليات", "معركه", "معارك", "حمله", "حملات", "خطه"))
# (normalized) what an operation named so is told to have come to: "انتهاء عملية تحرير المدينة" — ground taken
_OPERATION_DONE = frozenset(("انتهاء", "انتهت", "اكتمال", "اكتملت", "اتمام", "ختام", "نجاح", "نجحت", "انجاز"))


def _operation_named(text: str, m: Mention) -> bool:
    """The verbal noun of freeing a place names an operation (عملية، معركة، حملة تحرير …): what it is to take,
    going on, begun or planned, no ground told taken; unless the operation is told to have ended or won
    ("أعلن الجيش انتهاء عملية تحرير المدينة")."""
    if m.norm not in ("تحرير", "تطهير") or m.data.get("prefix"):
        return False
    before = [w.lstrip("وف") for w in _words_before(text, m, 3, chars=40)]
    if not before or not any(
        before[-1].startswith(p) and before[-1][len(p) :] in _OPERATION_WORDS
        for p in ("", "ال", "بال", "لل", "ب", "ل")
    ):
        return False
    return _OPERATION_DONE.isdisjoint(before[:-1])


def _result_of_the_story(text: str, m: Mention) -> bool:
    """A territory verb with the lam of result (control_result) after a comma, its side named right after it: "…، لتسيطر
    المعارضة على التل": what the acts told before ended in (the subjunctive tells the past there). Without a
    side after it the lam may state an aim ("هاجموا القرية ليسيطروا عليها")."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    if not text[max(0, word_start - 3) : word_start].rstrip().endswith(("،", ",")):
        return False
    after = text[m.nspan.end : m.nspan.end + 40].split()
    return bool(after) and not after[0].startswith(("على", "عليه", "عليها"))


def _imperfect(m: Mention) -> bool:
    """A verb in the imperfect: يـ (he does) or the Form V/X تتـ/تستـ (she does), or a تـ form whose يـ
    form the entry also lists (تقصف beside يقصف: "she shells"). Other past tense ت-verbs (تمكن، تقدم) are
    left alone: they are perfects of Form V. Entries of verbal nouns list their verbs too (يتقدم، يقتحم beside
    تقدم، اقتحام): no noun of theirs opens with يـ or تتـ."""
    if m.data.get("prefix", "").endswith("س"):
        return False
    if m.norm.startswith(("ي", "تت", "تست")):
        return True
    return m.norm.startswith("ت") and "ي" + m.norm[1:] in m.data["entry"].keys


# who holds a place, told in a relative clause after it: "بلدة اريحا التي تسيطر عليها المعارضة"، "المناطق
# الخاضعة لسيطرة التنظيم"، "القرية التي كانت تحت سيطرة الفصائل" (normalized, up to the side's word)
_HELD_BY = re.compile(
    # (no relative after an indefinite place: "على قرية يسيطر عليها"; the group's head noun may come first:
    # "يسيطر عليها تنظيم «داعش»")
    r"(?:(?:التي|الذي|اللتين|الخاضعه|الخاضع|الواقعه|الواقع)(?: (?:كانت|كان|تقع|يقع))? )?"
    r"(?:[تي]سيطر(?:ون)? (?:عليها|عليه|عليهما)|تحت سيطره|لسيطره)"
    r"(?: (?:تنظيم|حركه|جماعه|جبهه|قوات|فصائل|ميليشيات|مليشيات|ميليشيا|مليشيا))? [«\"]?$"
    # (and areas named by who holds them: "غارات على مناطق سيطرة المعارضة"، "احياء تحت سيطرة الحوثيين")
    r"|(?:ال)?(?:مناطق|منطقه|احياء|قري|قرى|بلدات|مدن) (?:تحت |ل)?(?:سيطره|نفوذ) $"
)


# a clause that tells the toll of the act before it (normalized): "…، قتل خلالها العشرات من …"
_ITS_TOLL = re.compile(r"[\s،,]*و?(?:قتل|سقط|لقي|استشهد)\S* (?:خلالها|خلاله|فيها|فيه)\s")
# a fight told as lasting (normalized), the toll of which the clause after it tells: "اشتباكات استمرت لاكثر من
# عشرين يوما، قتل خلالها …"
_LASTED = frozenset(("استمرت", "استمر", "دامت", "دام"))
_LONG_UNITS = frozenset(
    "اسبوع اسبوعا اسبوعين اسابيع شهر شهرا شهرين اشهر شهور عام عاما عامين اعوام سنه سنوات".split()
)
_DAY_UNITS = frozenset(("يوما", "ايام", "يوم"))
_LONG_DAYS = 3  # a fight of more days than this is a campaign: its toll is no one day's
_LASTED_WORDS = 6  # words from the verb of lasting to the unit of its length ("استمرت لاكثر من عشرين يوما")


def _dead_of_a_long_fight(text: str, c: Clause) -> bool:
    """The clause tells the toll of a fight told right before as lasting many days ("عقب اشتباكات استمرت لاكثر من
    عشرين يوما، قتل خلالها العشرات …"): the dead of the weeks, no one day's act's (ACLED: not a day's toll)."""
    if _ITS_TOLL.match(text, c.start) is None:
        return False
    words = text[max(0, c.start - 80) : c.start].replace(",", " ").replace("،", " ").split()
    if not words or words[-1] not in _DAY_UNITS | _LONG_UNITS:
        return False
    lasted = words[-_LASTED_WORDS:]
    if not any(w in _LASTED for w in lasted):
        return False
    if words[-1] in _LONG_UNITS:
        return True
    length = " ".join(lasted)
    return any(n.value > _LONG_DAYS for n in numbers_in(length, 0, len(length)))


# the aim of the act told before, in a clause of its own (normalized): "…، بعد استهدافه تجمعا في …"
_ITS_AIM = re.compile(r"[\s،,]*(?:بعد |عبر |و)?(?:ب?استهداف|مستهدف)\S*\s")
# the cause of a toll told before it (normalized): "قتل 3 اطفال، جميعهم … جراء سقوط قذيفة"
_CAUSED_BY = re.compile(r"(?:^|\s)(?:جراء|اثر|بسبب|نتيجه)\s")
# (normalized) what opens a clause telling an act's result: "، ما اسفر عن …"، "مما ادى الى …"
_RESULT_OPENING = re.compile(r" ?(?:ما|مما) (?:اسفر|ادي|اوقع|خلف|تسبب)(?![\u0621-\u064a])")


def _holds_a_place(text: str, m: Mention) -> bool:
    """The side said to hold the place where an act fell ("سقطت مقاتلة سورية على سوق في بلدة اريحا التي تسيطر
    عليها المعارضة"): no side of the act when the dead are civilians (of a shelling of its positions it is)."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    return _HELD_BY.search(text, max(0, word_start - 40), word_start) is not None


def _relative(text: str, m: Mention) -> bool:
    """In a relative clause (الذي/التي … يسيطر عليها) a trigger describes, it does not report."""
    return _in_reach(_RELATIVE_HINT, text, m, chars=25) and not _RELATIVE_AND.isdisjoint(
        _words_before(text, m, 2, chars=25)
    )  # ("الذين يتعرضون لغارات")


_RELATIVE_HINT = _any_of(_RELATIVE)  # (see _in_reach; the words with و hold them)


def _purpose(text: str, m: Mention) -> bool:
    """لتحرير، لاقتحام، للسيطرة: a verbal noun with li- states an aim, unless it is suffered (تعرض لقصف)."""
    if not m.data.get("prefix", "").lstrip("وف").startswith("ل") or _entry(m).get("pos") != "noun":
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    # the verb of suffering may stand at the head of the sentence, its subject and a place between: "تعرضت بعد
    # منتصف الليل مناطق في مدينة داريا بالغوطة الغربية، لقصف …"
    window = text[max(0, word_start - 120) : word_start]
    before = window[window.rfind(".") + 1 :].split()[-_SUFFER_REACH:]
    return not any(w.lstrip("وف").startswith(("تعرض", "يتعرض", "تتعرض")) for w in before)


# (normalized) a verb of preventing with ل, its object between it and من + the act: "لمنع قوات النظام من قصف
# المدينة"، "ليمنعهم من اقتحام البلدة" — the aim of something, the act prevented (a prevention told as done,
# "منعت القوات المسلحين من اقتحام البلدة", is an attack repelled: a fight)
_PREVENTING = re.compile(r"ل[يت]?منع(?:وا)?(?:ه|ها|هم|هما|نا)?")
# … or of standing in the way, right before دون + the act: "للحيلولة دون اقتحام المدينة"
_BARRING = frozenset(("للحيلوله",))
_PREVENT_HINT = _any_of(("منع", "حيلوله"))
# words from the verb of preventing to the act (the one prevented and its adjectives between)
_PREVENT_WORDS = 7


def _prevented(text: str, m: Mention) -> bool:
    """The act is what is prevented ("لمنع قوات النظام من قصف المدينة"، "للحيلولة دون اقتحام القوات للمدينة"):
    nothing done (a fight told in the sentence is an act of its own)."""
    if _entry(m).get("pos") != "noun" or m.data.get("prefix", "").lstrip("و") not in ("", "ال"):
        return False
    before = _words_before(text, m, _PREVENT_WORDS, chars=70)
    if not before or before[-1] not in ("من", "دون"):
        return False
    for i in range(len(before) - 2, -1, -1):
        word = before[i]
        if word[-1] in "،,؛:":
            return False
        word = word.lstrip("و")
        if before[-1] == "من" and _PREVENTING.fullmatch(word):
            return True
        if before[-1] == "دون" and word in _BARRING:
            return True
    return False


# (normalized) an act told as near, not yet done: "على وشك اقتحام المدينة"، "قاب قوسين او ادنى من تحرير تعز"
_NEAR_TO = frozenset(("وشك", "قوسين", "يوشك", "توشك", "اوشك", "اوشكت", "يوشكون"))
_NEAR_TO_HINT = _any_of(("وشك", "قوسين"))
_NEAR_TO_WORDS = 6  # words from the word of nearness to the act ("او ادنى من تحقيق الانتصار وطرد" between)


def _about_to(text: str, m: Mention) -> bool:
    """The act is what a side is said to be about to do ("باتت على وشك اقتحام المدينة"، "نحن قاب قوسين او ادنى
    من تحقيق الانتصار وطرد الحوثي"): not done."""
    if _entry(m).get("pos") != "noun":
        return False
    before = _words_before(text, m, _NEAR_TO_WORDS, chars=60)
    for word in reversed(before):
        if word[-1] in "،,؛:":
            return False
        if word in _NEAR_TO or (word[:1] == "و" and word[1:] in _NEAR_TO):  # (وشك itself opens with و)
            return True
    return False


def _speculative(text: str, m: Mention) -> bool:
    """ "الاحتمال الاكبر هو ان يكون الامر هجوما انتحاريا": what the attack may have been, not one more attack."""
    start = m.nspan.start
    lo = start - 40 if start > 40 else 0
    if _TO_BE_HINT.any_within(text, lo, start):  # (most triggers: none)
        before = _words_between(text, lo, start)[-4:]
        if any(a == "ان" and b in ("يكون", "تكون") for a, b in zip(before, before[1:], strict=False)):
            return True
    # dead not known to be: "ولا يعرف حتى الان ما اذا كان هناك جرحى او قتلى" (but "لم يوضح ما اذا كانت الغارة
    # تمت بطائرة بدون طيار": the raid told, not whether it was)
    if (
        _entry(m).get("voice") == "victim"
        and not _definite(m)
        and _in_reach(_WHETHER_HINT, text, m, chars=70)
    ):
        before = _words_before(text, m, 8, chars=70)
        if any(a == "ما" and b == "اذا" for a, b in zip(before, before[1:], strict=False)):
            return True
    # what could come of something: "معلومات يمكن ان تقود الى القبض على الفضلي"، "ربما يؤدي الى هجوم"
    if not _in_reach(_MAY_HINT, text, m, chars=70):
        return False
    return not _MAY.isdisjoint([w.lstrip("و") for w in _words_before(text, m, 8, chars=70)])


_MAY = frozenset(
    ("يمكن", "يمكنه", "يمكنها", "يمكنهم", "ربما", "يحتمل", "المحتمل", "لقاء",
     # what someone can do: "تستطيع السلطات العسكرية اعتقال مشتبه به لستة اشهر"
     "تستطيع", "يستطيع", "يستطيعون", "بامكان", "بامكانها", "بامكانه", "يحق", "ممكنا", "بمقدور", "بمقدوره",
     "بمقدورها", "بمقدورهم",
     # what is feared: "تريثت في اقتحام القاعدة … خوفا من وقوع مجزرة بحقهم"
     "خوفا", "خشيه", "تخوفا", "مخافه",
     # and who fears it: "يتخوف الاهالي من تقدم التنظيم"، "تعيش المدينة حالة خوف من توالي سقوط الصواريخ"
     "خوف", "يتخوف", "تتخوف", "يتخوفون", "يخشي", "تخشي", "يخشون",
     # what threatens: "حذرت الحكومة من خطر حدوث هجوم ارهابي"
     "خطر", "مخاطر",
     # what is allowed: "وافقت على السماح للجيش الامريكي بشن ضربات جوية"
     "السماح", "بالسماح", "للسماح", "يسمح", "تسمح", "سمحت", "سمح",
     # a possibility weighed: "ان امكان اقتحام المبنى امر وارد"، "بسبب احتمال وجود عناصر مهمتها اثارة الشغب"
     "احتمال", "باحتمال", "لاحتمال", "احتماليه", "باحتماليه", "امكان", "بامكان", "امكانيه", "بامكانيه",
     # an intention declared: "اعلنت الدولتان نيتهما توفير غطاء جوي للمسلحين وطرد التنظيم من المنطقة"
     "نيه", "نيته", "نيتها", "نيتهم", "نيتهما", "بنيه", "بنيتها", "بنيته")
)  # fmt: skip
_MAY_HINT = Literals(_MAY)  # (many words: looked up in the shared pass, see rasad.text.scan)
_TO_BE_HINT = _any_of(("يكون", "تكون"))
_WHETHER_HINT = _any_of(("اذا",))
# a relative clause of result right after an act: "الهجوم الذي اوقع 32 قتيلا"، "التفجير الذي اسفر عن مقتل …"
_RESULT_RELATIVE = re.compile(
    r" (?:\S+ )?(?:الذي|التي|اللذين|اللتين)(?: \S+)? (?:اوقع|اوقعت|اسفر|اسفرت|خلف|خلفت|ادي|ادت|قتل|قتلت|اودي|اودت)(?!\w)"
)
# what opens the companions of the dead told after them (normalized): "، برفقة قياديين آخرين"
_COMPANION_OPENERS = ("برفقه ", "رفقه ", "بصحبه ")
# what opens a clause naming some of the dead before it (normalized): "قتل 10 مدنيين، بينهم 4 نساء و3 اطفال"
_SHARE_OPENERS = ("بينهم ", "من بينهم ", "ومن بينهم ", "منهم ", "بينهن ", "منهن ", "بينهما ")
# what opens an apposition saying who the dead was (normalized): "، ابن شقيق زعيم الجماعة،"
_APPOSED = ("ابن ", "نجل ", "شقيق ", "احد ", "ابرز ", "القيادي ", "قائد ", "زعيم ", "مسؤول ", "امير ")
_POINTED_HINT = _any_of(("تلك", "هذه", "ذات", "نفس"))  # (see _POINTED)
_PAIR_HINT = _any_of(("تين", "تان", "حيين", "حيان"))  # (see _PAIR_WORD)


_CLOSING_QUOTES = frozenset("»\"”’')")
# a group placed in a country's land, on its side of a border or across the border with it, right after it is
# named (past a word or two that describe it: "المتطرف"؛ normalized): "في الاراضي السوريه"، "عبر الحدود مع
# سوريا"، "عبر الحدود العراقيه"، "على الجانب التركي"، "داخل العراق" (the country or its adjective is group 1)
_PLACED_ACROSS = re.compile(
    r"(?: ال[\u0621-\u064a]+){0,2}? (?:(?:داخل|في|علي|من) (?:ال)?(?:اراضي|جانب)|عبر (?:ال)?حدود(?: مع)?|داخل)"
    r" ([\u0621-\u064a]+)"
)
# a border named with the state on its other side (normalized): "الحدود مع سوريا"، "الحدود السوريه"، "الجانب
# العراقي من الحدود" (the state or its adjective is group 1)
# fighting across a border (normalized): "عبر الحدود"، "من الجانب السوري"، "على الجانب الاخر من الحدود"، "داخل
# الاراضي السوريه"
_ACROSS_THE_BORDER = re.compile(
    r"(?<![\u0621-\u064a])(?:عبر الحدود|(?:من|علي) الجانب|داخل (?:ال)?اراضي)(?![\u0621-\u064a])"
)
_A_BORDER_WITH = re.compile(
    r"(?<![\u0621-\u064a])(?:(?:ال)?حدود(?: مع)?|الجانب|داخل (?:ال)?اراضي) ([\u0621-\u064a]+)"
)
_SUFFERED = frozenset(("تعرض", "تعرضت", "مقتل", "سقوط", "استهداف"))
# (normalized) it suffered (an act)
_SUFFERED_VERBS = frozenset(("تعرض", "تعرضت", "تعرضوا", "تعرضا", "تعرضتا"))
_SURVIVED = frozenset(("نجا", "نجت", "نجوا", "ينجو", "تنجو"))  # (normalized) survived: "نجا المحافظ من"
_KILLED_ONE = frozenset(("قتل", "اغتيل"))  # the bare verb (killed, or was killed) before whom it names
# offices held by one person (normalized, without ال): who is named with them after قتل is the one killed, no
# killer ("قتل رئيس الوزراء في انفجار"), as an office does not kill
_OFFICES = frozenset(("محافظ", "رئيس", "وزير", "مدير", "نائب", "زعيم", "مسؤول", "قائمقام", "عميد", "امين"))
# words that open no object of a verb: particles, prepositions, conjunctions (normalized)
_NO_OBJECT = frozenset(
    "ان انه انها بان الي علي في من عن مع بعد قبل اثر جراء حيث اذ اذا ما مما لا لم لن قد كما بينما فيما حين "
    "التي الذي الذين وسط خلال منذ رغم بسبب نتيجه عقب".split()
)
# a charge or pretext (normalized): the act after it is what someone is accused of, not one told as done
_PRETEXTS = frozenset(("بدعوي", "بحجه", "بذريعه", "بتهمه", "بتهم", "لاتهامه", "لاتهامهم", "بزعم"))
# those suspected of an act: "اعتقال المتورطين بتفجير السوق"، "المشتبه بتورطهم في" (see _suspected_of)
_SUSPECTED = frozenset(
    ("المتورطين", "المتورطون", "متورطين", "المتهمين", "المتهمون", "متهمين", "المشتبه", "المشتبهين", "مشتبه")
)
_PRETEXT_HINT = _any_of(_PRETEXTS)  # (see _in_reach)
_SUSPECTED_HINT = _any_of(_SUSPECTED)
_RESPONSIBLE = frozenset(("المسؤول", "المسؤولين", "المسؤولون", "المسؤوله"))  # (+ عن; not المسؤولية: a claim)
_RESPONSIBLE_HINT = _any_of(("مسؤول",))
# (normalized) the day after and the eve of what is named after it: the days an act told before lies from it
_A_DAY_FROM = {"غداه": 1, "عشيه": -1}
_THE_DAY_REACH = 14  # words from غداة / عشية to the date of what it names
# (normalized) "بعد يومين من"، "قبل ثلاثه ايام علي": the days an act lies from what is named after it
_DAYS_COUNT = {"يوم": 1, "يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7}
_DAYS_FROM = re.compile(
    r"(?<!\S)و?(بعد|قبل) (?:(يوم|يومين)|(ثلاثه|اربعه|خمسه|سته|سبعه|[2-7]) ايام) (?:من|علي) "
)
# those named as the doers or suspects of an act (see ConflictAssembler._doers_of_an_act_told)
_DOERS = (
    _SUSPECTED | _RESPONSIBLE | frozenset(("منفذ", "منفذي", "منفذو", "مرتكبي", "مرتكبو", "مدبري", "مدبرو"))
)


def _suspected_of(text: str, m: Mention, dated: bool = True) -> bool:
    """An act named as what people are suspected of ("اعتقال المتورطين بتفجير السوق"، "خمسة من المشتبه بتورطهم
    في تفجير …") refers to one, unless a relative clause after it tells it ("… المتورطين في التفجير الذي
    استهدف سوقا في الحلة الجمعة": the bombing is told, with its day and place — when ``dated``, a day told after it:
    with no day of its own, "المتورطين بالتفجير الذي استهدف المدينة" names the act told before)."""
    if _in_reach(_RESPONSIBLE_HINT, text, m, chars=24):
        before = _words_before(text, m, 2, chars=24)
        if len(before) == 2 and before[0].lstrip("و") in _RESPONSIBLE and before[1] == "عن":
            return True  # "لتحديد هوية المسؤولين عن اختطاف الموظفين": whoever did an act told
    if not _in_reach(_SUSPECTED_HINT, text, m, chars=40):
        return False
    if _SUSPECTED.isdisjoint(w.lstrip("و") for w in _words_before(text, m, 4, chars=40)):
        return False
    return not dated or _RELATIVE.isdisjoint(text[m.nspan.end : m.nspan.end + 30].split()[:3])


# acts done to a person for what he is charged with, and the words that say the charge (those pretexts, and
# "بعدما اتهمته بالتعامل مع …")
_PUNISHMENTS = frozenset(("Attack", "Abduction/forced disappearance", "Arrests"))
_CHARGE_WORDS = _PRETEXTS | frozenset(
    ("بعدما", "اتهمته", "اتهمتهم", "بالتعامل", "المتهم", "والمتهم", "المتهمه", "والمتهمه")
)
_OPENERS = frozenset(("في", "وقت", "فيما", "بينما", "حين", "كما", "كذلك", "ثم", "وفي"))
# verbs that open a clause whose subject was named before it: "قامت بعملية …"، "تمكنت من …"
_LIGHT_VERBS = frozenset(
    ("قام", "قامت", "قاموا", "تمكن", "تمكنت", "تمكنوا", "نفذ", "نفذت", "نفذوا", "شن", "شنت", "شنوا",
     "واصل", "واصلت", "واصلوا", "اقدم", "اقدمت", "اقدموا")
)  # fmt: skip
# definite words after مواجهه that still make it a clash: المسلحه (armed), الدائره (ongoing), العنيفه
_CLASH_WORDS = frozenset(("المسلحه", "الدائره", "العنيفه", "الاخيره", "الاولي", "الاعنف"))
_PARTITIVE_REACH = 5  # words from a count to the side its people belong to (اثنين من كبار قادة داعش)
_SUFFER_REACH = 14  # words from تعرض (suffered) to the لـ-noun of what was suffered
_AFTER_REACH = 4  # words from بعد / عقب / منذ to the fighting its phrase names
_HEADWAY_REACH = 7  # words from a verb of making headway to the noun it carries (subject, مزيدا من …)
# an act attributed to or claimed by a side: "نسب الى"، "نسبت الى"، "تبناه"، "ألقي باللوم فيه على"
_CLAIMED = frozenset(
    ("نسب", "نسبت", "ينسب", "تنسب", "المنسوب", "المنسوبه", "تبناه", "تبنتها", "تبناها", "تبناهما", "تبنته",
     "تبني", "تبنت", "وتبني", "وتبنت",
     "باللوم", "مسؤوليته", "مسؤوليتها")
)  # fmt: skip
# the act taken back by the verb of its doer right after it: "بهجوم عنيف شنته صباح امس الفصائل"، "مجزرة
# ارتكبتها قوات النظام" (of that act only: "قصفت مواقع للجبهة بعد هجوم شنته الجبهة" — the shelling is not hers)
_TAKEN_BACK_BY = frozenset(
    ("شنه", "شنته", "شنها", "شنتها", "شنوه", "شنوها", "نفذه", "نفذته", "نفذها", "نفذتها", "نفذوه", "نفذوها",
     "ارتكبه", "ارتكبته", "ارتكبها", "ارتكبتها", "ارتكبوها", "خاضه", "خاضته", "خاضها", "خاضتها", "خاضوها",
     "زرعه", "زرعته", "زرعها", "زرعتها", "زرعوها",  # "الغام زرعها المتمردون"
     # attributed, the perpetrator after الى: "اعتداء انتحاري نسبته السلطات الى تنظيم داعش"
     "نسبته", "نسبتها", "نسبه", "نسبها", "نسبوه", "نسبوها")
)  # fmt: skip
_PREPOSITIONS = frozenset("بعد قبل في علي من الي عن خلال اثر عقب مع ضد منذ".split())
_TAKEN_BACK_REACH = 50  # characters from the act to the side after the verb that takes it back
# "قصف عشوائي قام به المتمردون": done by them (قام with its act after it, "قامت بمهاجمة وكر لداعش", is the doer's
# own verb, and the side after it the target)
_DONE_BY = frozenset(("قام", "قامت", "قاموا"))
_CARRIED_OUT_BY = frozenset(("تنفيذ", "تدبير", "صنع"))  # "من تنفيذ X": carried out by X
_IT = frozenset(("به", "بها", "بهم", "بهما"))
# the verbs of attributing, whose perpetrator comes after الى (normalized)
_ATTRIBUTED = frozenset(
    ("نسب", "نسبت", "ينسب", "تنسب", "نسبته", "نسبتها", "نسبه", "نسبها", "نسبوه", "نسبوها", "ونسبت", "ونسب")
)
_HANDS = frozenset(("يد", "ايدي"))
_DONE_TO_WORDS = 3  # words of whom an act was done to, between its word and the hands that did it
# (normalized) a side's men named before it in the construct state: "متمردي حزب العمال"، "مسلحي داعش"
_MEN_OF = frozenset(
    ("متمردي", "مقاتلي", "مسلحي", "متشددي", "عناصر", "مليشيات", "ميليشيات", "مليشيا", "ميليشيا")
)


def _men_of(text: str, m: Mention, side: Mention) -> bool:
    """ "مسلحين من تنظيم داعش": the generic gunmen are some of the side named right after them with من."""
    return (
        is_generic(m)
        and m.nspan.end <= side.nspan.start
        and text[m.nspan.end : side.nspan.start].strip() == "من"
    )


_CLAIMED_AND = _with_and(_CLAIMED)
_CLAIMED_IT = frozenset(
    ("تبناه", "تبنته", "تبناها", "تبنتها", "تبناهما", "تبنتهما")
)  # the act as its pronoun
_CLAIM_CLAUSES = 3  # clauses back in the sentence an act's attribution may stand in one of its own
_CLAIM_OPENING = 4  # words of such a clause before its verb of attributing
_ALSO = frozenset(("ايضا", "كذلك"))  # (normalized) "نسبت ايضا الى …"
# (normalized) what opens a clause of acts that went with a fight: "ترافقت مع قصف"، "تزامنت مع غارات"
_WENT_WITH = re.compile(r" ?و?(?:ترافقت|ترافق|تزامنت|تزامن|رافقها|رافقتها|تخللها|تخللتها) ")
# (normalized) what joins a fight that went on beside an act told before it: "مع استمرار الاشتباكات"، "تزامنا مع
# اشتباكات" (the fight right after the words)
_FIGHT_GOING_ON_WITH = re.compile(
    r" (?:مع استمرار|مع تواصل|بالتزامن مع|تزامنا مع|وسط استمرار|وسط) (?:ال)?\S*$"
)
_WENT_WITH_CLAUSES = 3  # clauses of the sentence after the fight that may tell what went with it
_ATTACKER_REACH = 3  # words from the attack a repel verb tells to its side ("لهجوم شنته صباح امس قوات …")
_REPELLED_REACH = 40  # characters from a repel verb to the attack it repelled (its subject between)
_STRUCK_REACH = 6  # words from ضربت to its object (a subject and a time between)
_PREPOSITION_TARGETS = frozenset(("علي", "ضد", "في"))
_STATEMENTS = frozenset(
    ("بيان", "بيانه", "بيانها", "بلاغ")
)  # (normalized) a side's statement: "بيان جيش الفتح"
# (normalized) كان opening a sentence, its subject right after it: "وكان الحوثيون …"
_KANA = re.compile(r" ?(?:و|ف)?(?:كان|كانت) ")
# (normalized) verbs of setting about an act whose subject is their pronoun: "عمدوا الى قصف"، "عمدت الى اعدام"
_SET_ABOUT = frozenset(("عمد", "عمدت", "عمدوا", "يعمد", "تعمد", "يعمدون", "لجا", "لجات", "لجاوا", "لجؤوا"))
_SET_ABOUT_OPENERS = frozenset(("بل", "ثم", "كما", "حيث", "قد", "وقد", "فقد", "ولكن", "لكن", "لكنهم"))
_SUBJECT_REACH = 5  # words before a clause's subject (وقالت مصادر محلية ان …)
# armed men named by what they are, not whose: their side follows with a word of belonging (see _belongs)
_FORCES = frozenset(
    ("القوات", "قوات", "العناصر", "عناصر", "المسلحين", "مسلحين", "مسلحون", "الميليشيات", "ميليشيات",
     "المقاتلين", "مقاتلين", "الوحدات", "وحدات", "الكتائب", "كتائب", "الطائرات", "طائرات", "قوه", "القوه",
     "اللواء", "لواء", "الالويه", "الويه", "الفرقه", "فرقه", "الكتيبه", "كتيبه", "العسكريه", "الجنود", "جنود",
     # fighters named by what they are: "المتشددون الموالون لداعش"، "المقاتلون التابعون للتنظيم"
     "المتشددون", "المتشددين", "متشددون", "متشددين", "المقاتلون", "مقاتلون", "المسلحون", "الجهاديون",
     "الجهاديين", "جهاديون", "جهاديين", "المتطرفون", "المتطرفين", "متطرفون", "متطرفين",
     "الفصائل", "فصائل", "المجموعات", "مجموعات", "الجماعات", "جماعات")
)  # fmt: skip
# a speaker's participle that opens a clause of something else he says (normalized)
_SAYING_PARTICIPLES = frozenset(
    "مؤكدا مؤكده مشيرا مشيره مضيفا مضيفه موضحا موضحه لافتا لافته معتبرا معتبره منوها منوهه قائلا قائله".split()
)
_GUNMEN = frozenset(("generic-gunmen", "generic-unknown-gunmen"))  # gunmen of no side named by the word
# a side's men at a post or on a patrol, who act as the side: "نقطة مسلحة تابعة للحوثيين"، "دورية تابعة للشرطة"
_POSTS = frozenset(
    ("نقطه", "النقطه", "حاجز", "الحاجز", "دوريه", "الدوريه", "دوريات", "الدوريات", "مفرزه", "المفرزه",
     "سريه", "السريه", "خليه", "الخليه", "مجموعه", "المجموعه", "عربه", "العربه", "دبابه", "الدبابه")
)  # fmt: skip
# the words between two sides joined by و that name the second's men: "للحوثيين وقوات الرئيس المخلوع علي
# عبدالله صالح"، "وميليشيات الرئيس السابق" (forces words, and the titles of their leader)
_FORCES_WORDS = _FORCES | frozenset(
    "مسلحي مقاتلي ميليشيا مليشيات مليشيا الرئيس المخلوع السابق اليمني انصار انصاره".split()
)
_BELONGING = frozenset(
    ("تابعه", "تابع", "التابعه", "التابع", "تابعون", "تابعين", "التابعين", "تابعتين",
     # loyal to: "القوات الموالية للحوثيين" are the Houthis' side
     "المواليه", "الموالي", "الموالين", "الموالون", "مواليه", "موال", "موالون", "موالين",
     # under a side's banner: "الفصائل المنضوية تحت جيش الفتح"
     "المنضويه", "المنضوين", "المنضوون", "منضويه", "المنطويه")
)  # fmt: skip
# loyal to or backing a side (normalized): the forces of the side named after them ("المؤيدة للرئيس")
_LOYAL_WORDS = _BELONGING | frozenset(
    ("المؤيده", "المؤيد", "المؤيدين", "المؤيدون", "مؤيده", "مؤيدين", "مؤيدون",
     "المناصره", "المناصرين", "المناصرون", "مناصره", "مناصرين")
)  # fmt: skip
_PRONOUNS = frozenset(("هي", "وهي", "فهي", "هو", "وهو", "فهو"))
_THAT = frozenset(("ان", "بان", "وان"))  # (normalized: أن، إن، بأن) what a saying opens
_POINTING_BACK = _PRONOUNS | frozenset(
    ("وهذا", "وهذه", "هذا", "هذه", "وذلك", "ويعد", "وتعد", "ويعتبر", "وتعتبر")
)
# ranks an act is given among others of its kind (normalized): first, second, worst, bloodiest, biggest …
_ORDINAL_RANKS = frozenset("اول ثاني ثالث اخر اسوا اعنف اكبر اخطر ادمي اشد ابرز".split())
_RANK_HINT = _any_of(_ORDINAL_RANKS)


# an act ranked among those of a time: "وهو اعنف هجوم علي الجيش منذ بدايه الشهر"، "وهو الهجوم الاعنف منذ …" (the
# words before the time)
_RANKED = re.compile(
    r"(?<!\w)[وف]?(?:هو|هي|هذا|هذه|ذلك|يعد|تعد|يعتبر|تعتبر) (?:(?:{0}) \S+|ال\S+ ال(?:{0})) (?:\S+ ){{0,5}}$".format(
        "|".join(sorted(_ORDINAL_RANKS))
    )
)


def _ranked_since(text: str, at: int) -> bool:
    """The period at ``at`` ends a ranking of the act just told ("وهو اعنف هجوم … منذ بدايه الشهر"): a time the
    act is measured against, not the span of a tally."""
    return _RANKED.search(text, at - 70 if at > 70 else 0, at) is not None


# states a place or people have been in for a while (normalized): "مدينة الزبداني المحاصرة منذ أشهر"، "المعتقلين
# منذ سنوات" — the time belongs to the state, no tally of acts
_IN_A_STATE = frozenset(
    "المحاصره المحاصر المحاصرين المحاصرتين المحاصرتان محاصره محاصر الخاضعه الخاضع المغلق المغلقه مغلق مغلقه "
    "المعتقل المعتقلين المعتقلون معتقل المختطف المختطفين المختطفون مختطف المحتجز المحتجزين المحتجزون محتجز "
    "المفقود المفقودين مفقود النازحين النازحون المهجرين".split()
)


def _state_since(text: str, at: int) -> bool:
    """The period at ``at`` says how long a place or people named right before have been in a state (besieged,
    held, missing): "الزبداني المحاصرة منذ أشهر"."""
    end = at - 1
    if end <= 0 or text[end] != " ":
        return False
    return text[text.rfind(" ", 0, end) + 1 : end].lstrip("و") in _IN_A_STATE


def _restated(text: str, m: Mention) -> bool:
    """ "… على صعدة وذمار، وهي الهجمات التي اسفرت عن …": a pronoun and the definite noun point back to the
    attacks just told; the clause adds their toll, not new attacks. So does a pronoun and a rank before the noun:
    "وهو اول هجوم من نوعه منذ …"، "وهذا اسوا هجوم في تركيا منذ …" rank the act just told."""
    if not _definite(m):
        if not _RANK_HINT.any_within(text, m.nspan.start - 12 if m.nspan.start > 12 else 0, m.nspan.start):
            return False  # (most triggers: no rank word right before them, the words before need not be read)
        before = _words_before(text, m, 2, chars=20)
        return len(before) == 2 and before[0] in _POINTING_BACK and before[1] in _ORDINAL_RANKS
    before = _words_before(text, m, 2, chars=24)
    if before and (before[-1] in _PRONOUNS or before[-1] in _CAME):
        return True
    if len(before) == 2 and before[1] == "عمليه" and before[0] in _DONE_PASSIVE:
        return True  # "وتمت عملية الاعدام في ساحة …": the act told before, said to have taken place
    # "ويأتي الهجوم بعد …"، "وان الهجوم جاء بعد الحصار": what the act came after or with, told of the act told
    return text[m.nspan.end : m.nspan.end + 8].split()[:1] in _CAME_AFTER


# verbs that weigh a death told before (normalized): "مقتل السوداني يشكل ضربة جديدة للتنظيم"
_WEIGHS = frozenset(
    "يشكل تشكل سيشكل يعد تعد يعتبر تعتبر يمثل تمثل سيمثل يدل تدل سيؤدي سيساعد سيحد سيضعف يضعف".split()
)
# words that tell a death's circumstances after it (normalized): the death told, not weighed
_DEATH_CIRCUMSTANCES = frozenset("في اثر جراء خلال بعد علي برصاص بقصف بغاره بانفجار مع برفقه".split())
# a time pointed back to (normalized): "ووصف البيت الابيض مقتل الوحيشي انذاك بانه ضربة قوية"
_AT_THAT_TIME = frozenset(("انذاك", "حينها", "حينذاك", "وقتها", "يومها"))
# verbs that call a thing something (normalized), with بانه after what they call: "وصف مقتله بانه ضربة"
_CALLS = frozenset("وصف وصفت وصفوا اعتبر اعتبرت اعتبروا عد عدت".split())
# (every word after a death that _weighed looks for: see _hints_near)
_WEIGHED_HINT = _any_of(_WEIGHS | _AT_THAT_TIME | {"بانه", "بانها"})


# arms deployed or named as a system (normalized): "نشرت روسيا منظومة صواريخ"، "بطاريات صواريخ باتريوت"
_DEPLOYED = frozenset(
    "نشر نشرت نشروا ينشر تنشر نشرها نشره بنشر لنشر منظومه منظومات بطاريه بطاريات منصات".split()
)
_DEPLOYED_HINT = _any_of(_DEPLOYED)  # (see _in_reach)


def _deployed_arms(text: str, m: Mention) -> bool:
    """A weapon named as what was deployed or as a system ("ونشرت روسيا منظومة صواريخ في قاعدة حميميم") is
    arms placed, no fire."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_DEPLOYED_HINT, text, m, chars=36):
        return False
    return any(w.lstrip("و") in _DEPLOYED for w in _words_before(text, m, 3, chars=36))


# arms seized (normalized): "وتمكنوا من اغتنام منصات الصواريخ وعدد من صواريخ الفيل"، "استولوا على مدافع"
_ARMS_SEIZED = frozenset(
    "اغتنام واغتنام باغتنام اغتنم اغتنمت اغتنموا غنم غنمت غنموا غنائم الاستيلاء والاستيلاء استولي استولت استولوا"
    " مصادره ومصادره صادر صادرت صادروا ضبط".split()
)
_ARMS_SEIZED_HINT = _any_of(_ARMS_SEIZED)  # (see _in_reach)
_ARMS_SEIZED_REACH = 50  # characters from the verb of seizing to the arms it took (a list between)


def _arms_seized(text: str, m: Mention, trigs: Sequence[Mention]) -> bool:
    """A weapon named as what was seized ("وتمكنوا من اغتنام منصات الصواريخ وعدد من صواريخ الفيل"), a list of
    arms at most between (no other act: "استولوا على البلدة بعد قصفها بقذائف الهاون" fired them): arms taken,
    no fire."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_ARMS_SEIZED_HINT, text, m, chars=_ARMS_SEIZED_REACH):
        return False
    before = _words_before(text, m, 7, chars=_ARMS_SEIZED_REACH)
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w in _ARMS_SEIZED or w.removeprefix("و") in _ARMS_SEIZED:
            at = text.rfind(" ".join(before[i:]), 0, m.nspan.start)
            if at == -1:
                return False
            at += len(w)  # (the act of seizing itself is no act between)
            return not any(
                at <= t.nspan.start < m.nspan.start
                and (
                    _entry(t).get("event_type") != "Explosions/Remote violence"
                    or _entry(t).get("pos") == "verb"
                )
                for t in trigs
            )
        if w[-1] in ".،؛:,":
            return False
    return False


# present verbs of meeting something with a deed (normalized): "يرد التنظيم على تلك المظاهرات باطلاق النار"
_MEETS_WITH = frozenset("يرد ترد يردون يردان يتعامل تتعامل يتعاملون".split())
_MEETS_WITH_HINT = _any_of(_MEETS_WITH)  # (see _in_reach)
_MEETS_WITH_REACH = 70  # characters from the verb to the deed it meets something with (what it meets between)


def _met_with_in_the_present(text: str, m: Mention) -> bool:
    """ "لكن التنظيم يرد على تلك المظاهرات باطلاق النار واحتجاز المتظاهرين": acts named after a verb in the
    present of meeting something with a deed — what is met, and the deeds it is met with: how a side deals with
    it, no act of a day."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_MEETS_WITH_HINT, text, m, chars=_MEETS_WITH_REACH):
        return False
    words = _words_before(text, m, 10, chars=_MEETS_WITH_REACH)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w[-1] in ".،؛:,!?":
            return False
        if w.removeprefix("و").removeprefix("ف") in _MEETS_WITH:
            # (what is met follows, its doer at most between: "يرد التنظيم على"، "تتعامل القوات مع" — not "ولم
            # ترد انباء عن اصابات", news that came; nor "لم تجد ما ترد به على تراجعها سوى شن حملة قصف", the deed
            # a verb of the past tells done)
            return (i == 0 or words[i - 1] not in ("ما", "بما", "مما")) and not {"علي", "مع"}.isdisjoint(
                words[i + 1 : i + 4]
            )
    return False


# present verbs of including (normalized): "الدعم الذي يشمل التدريب والسلاح والضربات الجوية"، "خطة تتضمن تحرير
# المحافظات": what a plan or a kind of help holds, no act of a day
_INCLUDES = frozenset("يشمل تشمل يتضمن تتضمن يشتمل تشتمل سيشمل ستشمل سيتضمن ستتضمن".split())
_INCLUDES_HINT = _any_of(_INCLUDES)  # (see _in_reach)
_INCLUDES_REACH = 80  # characters from the verb of including to the act it lists


# the past of including, and what it may sum up: crimes, violations, patterns of conduct ("الجرائم المرتكبة من جانب
# المسلحين والتي شملت القصف العشوائي للاحياء")
_INCLUDED_PAST = frozenset("شمل شملت تضمن تضمنت اشتمل اشتملت".split())
_INCLUDED_PAST_HINT = Literals(("شمل", "تضمن"))
_CONDUCT = frozenset("جرائم الجرائم انتهاكات الانتهاكات ممارسات الممارسات انماط".split())
_CONDUCT_REACH = 90  # characters from the verb back to the conduct it sums up
_LISTED_REACH = (
    160  # characters from the past verb of including to the act it lists (a list with commas between)
)


def _listed_as_included(text: str, m: Mention) -> bool:
    """An act's noun among what a present verb of including lists ("والذي يشمل التدريب والسلاح والمعلومات
    والضربات الجوية"، "خطة تتضمن عددا من المراحل بينها تطهير عدن وتحرير لحج"), or what crimes or violations
    included ("الجرائم المرتكبة من جانب المسلحين شملت القصف العشوائي"): a kind of act, not one done ("وشملت
    الحملة امس قصف مواقع المسلحين" is)."""
    if _entry(m).get("pos") != "noun":
        return False
    if _in_reach(_INCLUDES_HINT, text, m, chars=_INCLUDES_REACH) and any(
        w.lstrip("و") in _INCLUDES for w in _words_before(text, m, 12, chars=_INCLUDES_REACH)
    ):
        return True
    if not _in_reach(_INCLUDED_PAST_HINT, text, m, chars=_LISTED_REACH):
        return False  # (most triggers)
    before = _words_before(text, m, 36, chars=_LISTED_REACH + _CONDUCT_REACH)
    # (each word's next one, the act's own word last)
    nexts = [*before[1:], "و" if m.data.get("prefix", "").startswith("و") else ""]
    for i in range(len(before) - 1, -1, -1):
        if before[i][-1] in ".،؛:," and not (before[i][-1] in "،," and nexts[i].startswith("و")):
            return False  # (a list goes on past its commas: "شملت القصف …، واعدامات …، والقصف …")
        if before[i].lstrip("و") in _INCLUDED_PAST:
            return any(w in _CONDUCT for w in before[max(0, i - 12) : i])
    return False


# (normalized) an inquiry or a resolution, what it is into or about named after it with في / بشان / حول: "ويدعو الى
# التحقيق في الهجمات بغاز الكلور"، "قرار بشان استخدام الاسلحة الكيميائية"
_INQUIRIES = _with_and(
    frozenset(
        """تحقيق التحقيق بالتحقيق للتحقيق تحقيقا تحقيقات التحقيقات بالتحقيقات تحقيقه
        قرار قرارا القرار بقرار لقرار قرارات""".split()
    )
)
_INQUIRY_HINT = _any_of(("تحقيق", "قرار"))
_INQUIRY_ABOUT = frozenset(("في", "بشان", "حول", "عن"))


def _inquired_into(text: str, m: Mention) -> bool:
    """ "ويدعو الى التحقيق في الهجمات بغاز الكلور"، "قرار بشان الهجمات الكيميائية": acts an inquiry or a
    resolution is into or about (a word of them, the word after it one of في / بشان / حول / عن, right before the
    act) are those told before or conduct summed up, no act of the day — unless a relative clause after it tells
    the one act ("التحقيق في الانفجار الذي وقع امس")."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_INQUIRY_HINT, text, m, chars=30):
        return False  # (most triggers: no inquiry nor resolution named right before them)
    before = _words_before(text, m, 3, chars=30)
    if (
        not any(
            w in _INQUIRIES
            and (
                before[i + 1 : i + 2] in (["في"], ["بشان"], ["حول"], ["عن"])
                # (an adjective between: "التحقيقات الحالية حول الانفجار")
                or (
                    before[i + 1 : i + 2]
                    and before[i + 1].startswith("ال")
                    and before[i + 2 : i + 3] in (["في"], ["حول"])
                )
            )
            for i, w in enumerate(before)
        )
        and not (before[-1:] and before[-1] in _INQUIRIES)
    ):
        return False
    return _RELATIVE.isdisjoint(text[m.nspan.end : m.nspan.end + 30].split()[:3])


_RIGHTS_HINT = _any_of(("رايتس", "رايتش", "العفو الدوليه"))  # (normalized) the names of rights groups
_RIGHTS_REACH = 120  # characters from a rights group's name to the act it speaks of


def _spoken_of_by_rights_group(text: str, clause: Clause, m: Mention) -> bool:
    """ "دانت منظمة هيومن رايتس ووتش الخميس قصف المتمردين لمناطق سكنية": an act a rights group condemns, accuses of
    or calls to look into (a political word before it, the group its subject) is the conduct its report sums up, no act of
    a day — unless a relative clause after it tells the one act ("الهجوم الذي استهدف …")."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_RIGHTS_HINT, text, m, chars=_RIGHTS_REACH):
        return False  # (most triggers: no rights group named before them)
    group = next(
        (
            a
            for a in clause.of("actors")
            if a.nspan.end <= m.nspan.start and (a.data["entry"].get("code") or "").endswith("HRI")
        ),
        None,
    )
    if group is None or not any(
        t.data["entry"].get("category") == "political" and t.nspan.end <= m.nspan.start
        for t in clause.of("triggers")
    ):
        return False
    return _RELATIVE.isdisjoint(text[m.nspan.end : m.nspan.end + 30].split()[:3])


# (normalized, with و) the fates a side's men are split among besides the dead and wounded: "بين قتيل وجريح
# واسير وفار"
_FATES = frozenset(("واسير", "واسري", "وفار", "وفارين", "ومفقود", "ومفقودين", "ومعتقل"))


def _among_fates(text: str, m: Mention) -> bool:
    """ "بدات الجماعة في فقدان قوتها البشرية بين قتيل وجريح واسير وفار": the dead named among the fates of a
    side's men (captive, fled, missing) sum up its losses over time, no act of a day; "سقط عشرات بين قتيل
    وجريح في المواجهات" is a toll."""
    if _prev_word(text, m) != "بين":
        return False  # (most triggers)
    return not _FATES.isdisjoint(text[m.nspan.end : m.nspan.end + 40].split()[:4])


def _in_rights_groups_findings(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "وجاء في بيان لهيومن رايتس ووتش: امطرت القوات الموالية للحوثيين مناطق مأهولة بقذائف الهاون": an act a
    rights group's statement or report tells (its name before it in the sentence), with no day of its own (the
    clause's date not written in it, or the day it was published or the day before: "قالت هيومن رايتس ووتش
    اليوم الخميس إن القوات … اطلقت قذائف", the day of the statement), is its findings over time, no act of a day; one with a day
    of its own before ("في 19 يوليو") is told."""
    s0 = doc.sentences[clause.sentence][0]
    if not _RIGHTS_HINT.any_within(doc.text, s0, m.nspan.start):
        return False  # (most triggers: no rights group named before them in the sentence)
    dv = clause.date
    return (
        dv is None
        or dv.basis not in ("explicit", "relative")
        or dv.date is None
        or (doc.article.published is not None and (doc.article.published - dv.date).days <= 1)
    )


def _weighed(text: str, m: Mention) -> bool:
    """ "وقال البنتاغون ان مقتل السوداني يشكل ضربة جديدة"، "مقتل الفضلي سيساعد في …": a death named as the
    subject of a verb that weighs it is the death told already, no death more; so is one pointed back to its
    time or called something ("ووصف البيت الابيض مقتل الوحيشي انذاك بانه ضربة قوية")."""
    if _entry(m).get("pos") != "noun" or _entry(m).get("voice") != "victim":
        return False
    for w in text[m.nspan.end : m.nspan.end + 50].split()[:4]:
        if w in _WEIGHS or w in _AT_THAT_TIME:
            return True
        if w in ("بانه", "بانها") and any(
            x.lstrip("و") in _CALLS for x in _words_before(text, m, 3, chars=40)
        ):
            return True
        if w in _DEATH_CIRCUMSTANCES:
            return False
    return False


# who is in charge of a kind of act (normalized): "كان مسؤول عمليات التفجير والهجمات الانتحارية"
_IN_CHARGE = frozenset(("مسؤول", "مسؤولا", "المسؤول", "مسوول", "مسوولا", "المسوول"))
_IN_CHARGE_HINT = _any_of(_IN_CHARGE)  # (see _in_reach)


def _in_charge_of(text: str, m: Mention) -> bool:
    """The acts someone is in charge of ("مسؤول عمليات التفجير"، "المسؤول عن الهجمات") name his role, not an
    act of a day."""
    if not _in_reach(_IN_CHARGE_HINT, text, m, chars=24):
        return False  # (most triggers: the words before need not be read)
    before = _words_before(text, m, 2, chars=24)
    return bool(before) and (
        before[-1] in _IN_CHARGE
        or (len(before) == 2 and before[0] in _IN_CHARGE and before[1] in ("عمليات", "عن"))
    )


# verbs of coming (normalized): "ويأتي الهجوم بعد ساعات من …" places the act already told in its time
_CAME = frozenset(
    w + v
    for w in ("", "و", "ف")
    for v in ("ياتي", "تاتي", "جاء", "جاءت", "اتي", "اتت", "تزامن", "يتزامن", "تتزامن")
)
# passive verbs of taking place (normalized) before a definite act as a bare operation: the act told before
_DONE_PASSIVE = frozenset(w + v for w in ("", "و", "ف") for v in ("تمت", "تم", "جرت", "نفذت"))
_CAME_AFTER = [[w] for w in ("جاء", "جاءت", "ياتي", "تاتي", "اتي", "اتت")]


_WHICH_HINT = Literals(("التي", "الذي"))  # (see _habitual)
_DOES_IT = re.compile(
    r"\S*\s+(?:(?:التي|الذي) )?(?:تقوم|يقوم|يقومون|تقومان|يقومان) (?:بها|به|بهم|بهما)(?!\w)"
)
# what every match of _DOES_IT holds: its verb, somewhere after where it is tried (most articles have none)
_DOES_IT_VERBS = Literals(("تقوم", "يقوم"))


def _habitual(text: str, m: Mention) -> bool:
    """ "الهجمات التي تنفذها المقاومة"، "المواجهات التي تشهدها المحافظة": the attacks a side carries out, the
    clashes a province sees — a definite noun described by a present verb that takes it back as its object
    (-ها، -ه) tells what goes on, not an event of a day; so are "اعتقالات تقوم بها الجماعة" (what a side does,
    any noun)."""
    if (
        _DOES_IT_VERBS.any_within(text, m.nspan.end - 1, len(text))
        and _DOES_IT.match(text, m.nspan.end - 1) is not None
        and _entry(m).get("pos") == "noun"
    ):
        return True
    if not _WHICH_HINT.any_within(text, m.nspan.end, m.nspan.end + 40):
        return False  # (most acts: no التي nor الذي after them, the words need not be read)
    after = text[m.nspan.end : m.nspan.end + 40].split()[:3]
    if not _definite(m):
        # (or made definite by its genitive: "معركة الزبداني التي يخوضها الحزب")
        if not (after and after[0].startswith("ال") and len(after[0]) > 3):
            return False
        after = after[1:]
    after = after[:2]
    return (
        len(after) == 2
        and after[0] in ("التي", "الذي")
        and after[1].startswith(("ت", "ي"))
        and after[1].endswith(("ها", "ه", "هم"))
        and len(after[1]) >= 5
    )


_FREQUENCY = re.compile(
    r"(?:شبه )?(?:يوميه|يوميا|يومي|اسبوعيه|اسبوعيا|اسبوعي)(?!\w)|بشكل (?:شبه )?(?:يومي|اسبوعي|متكرر|دوري)"
    r"|بين الحين والاخر|(?:ال)?(?:متزايده|متكرره|متصاعده)(?!\w)"
)
# "تبادر في كل مرة بخرق الهدنة والقيام بالاعتداءات"، "نفذوا في الآونة الأخيرة سلسلة من التفجيرات"؛ "والحادث هو
# الأخير في سلسلة هجمات": the series the incident told belongs to
_EVERY_TIME = re.compile(
    r"(?:في )?كل مره|كلما|طالما|في الاونه الاخيره|(?:الاخير|الاخيره|(?:ال)?احدث) (?:في|ضمن) (?:سلسله|سلسه|موجه)(?: من)? (?:ال)?$"
)
_EVERY_TIME_REACH = 40
# "تعرضت للقصف بصواريخ غراد عدة مرات في الآونة الأخيرة": acts told as repeated, after the act within its phrase
_REPEATED = re.compile(
    r"[^.,،؛:]{0,24}?(?:في الاونه الاخيره|(?:ل)?عده مرات|مرات (?:عده|عديده)|مرارا|بانتظام|باستمرار)(?!\w)"
)
# particles of condition right before a verb (normalized): "وإن قتلت مسلحا"، "إذا قصفت"، "لو هاجموا"
_CONDITIONAL = frozenset(("وان", "اذا", "واذا", "فاذا", "لو", "ولو", "فلو", "لئن"))
# "في حال"، "في حالة" and "إذا ما" open a condition too (normalized): "في حال شن المسلحون هجوما"
_IF_HINT = _any_of(("اذا", "لو", "حال", "لئن"))
_IF_WORDS = _CONDITIONAL - {"وان"}  # (وأن is also "and that")
_IF_REACH = 40  # characters from a particle of condition to the act (a light verb and its subject between)
# the verbs of bringing an act about, after a particle of condition, with the act as their object
_IF_DONE = frozenset(("وقع", "وقوع", "حدث", "حدوث", "تعرض", "تعرضت"))


def _conditional(text: str, m: Mention) -> bool:
    """A condition: "في حال شن المسلحون هجوما"، "إذا ما قصفت الطائرات"، "لو نفذت الطائرات غارات" — nothing done."""
    if not _in_reach(_IF_HINT, text, m, chars=_IF_REACH):
        return False  # (most acts)
    before = _words_before(text, m, 4, chars=_IF_REACH)
    noun = _entry(m).get("pos") == "noun"
    for i, w in enumerate(before):
        if not (w in _IF_WORDS or (w in ("حال", "حاله") and i > 0 and before[i - 1] == "في")):
            continue
        rest = before[i + 1 :]
        if rest[:1] == ["ما"]:
            rest = rest[1:]
        if not rest:
            return True  # "إذا ما قصفت"، "في حال هجوم"
        if noun and (rest[0] in _LIGHT_VERBS or rest[0] in _WAGING or rest[0] in _IF_DONE):
            return True
    return False


# a negated predicate (normalized): "ما حدث ليس هجوما على الجيش" — what something is not
_NOT_SO = frozenset(("ليس", "ليست", "ليسوا", "لسنا", "لست", "وليس", "وليست", "فليس"))
_NOT_SO_HINT = Literals(("ليس", "لسنا", "لست"))  # (in every word of _NOT_SO: see _in_reach)
# the doer of a known act (normalized): "يقف وراء التفجير"، "بالوقوف وراء الهجوم"
_BEHIND = frozenset(("وراء", "ووراء"))
_BEHIND_TOO = frozenset(("خلف", "وخلف"))  # (after a word of standing only: "خلف القصف دمارا" is what it left)
_BEHIND_HINT = Literals(("وراء", "خلف"))  # (in every word of _BEHIND and _BEHIND_TOO: see _in_reach)
# a side said to stand behind the act, right after it (normalized): "المتشددين يقفون وراءه"، "التنظيم هو من يقف
# خلف الهجوم"
_STANDS_BEHIND_IT = re.compile(
    r" (?:(?:هو|هي|هم) (?:من|الذي|التي|الذين) )?(?:يقف|تقف|يقفون|يقفان|تقفان) (?:وراء|خلف)(?:ه|ها)?(?![\u0621-\u064a])"
)
_STANDING = frozenset(
    ("الوقوف", "وقوف", "وقوفه", "وقوفها", "وقوفهم", "يقف", "تقف", "يقفون", "يقفان", "تقفان")
)


def _not_an_act_of_a_day(text: str, m: Mention) -> bool:
    """ "ليس هجوما على الجيش": what something is not, no act of a day."""
    if not _in_reach(_NOT_SO_HINT, text, m, chars=12):
        return False  # (most acts)
    before = _words_before(text, m, 1, chars=12)
    return bool(before) and before[-1] in _NOT_SO


def _behind_the_act(text: str, m: Mention) -> bool:
    """ "يقف وراء التفجير"، "المتهم بالوقوف خلف العملية الانتحارية التي وقعت في 20 يوليو": who is behind an act
    known, the act named again (not when a relative clause tells it by what it did: "وراء التفجير الذي استهدف
    سوقا امس")."""
    if not _in_reach(_BEHIND_HINT, text, m, chars=24):
        return False  # (most acts)
    before = _words_before(text, m, 2, chars=24)
    if not before or not _definite(m):
        return False
    if before[-1] not in _BEHIND and not (
        before[-1] in _BEHIND_TOO and len(before) == 2 and before[0].lstrip("وبل") in _STANDING
    ):
        return False
    # (a relative clause that tells the act by what it did is its report; "التي وقعت في 20 يوليو" only names
    # the act known)
    after = text[m.nspan.end : m.nspan.end + 40].split()[:4]
    return not any(
        w in _RELATIVE and (i + 1 == len(after) or after[i + 1] not in _TOOK_PLACE)
        for i, w in enumerate(after[:3])
    )


_EXPECTED_HINT = Literals(("توقع",))  # (normalized) expecting: يتوقع، تتوقع، توقعت، المتوقع، متوقعا، توقعات
_EXPECTED_REACH = 40  # characters from the word of expecting to the act expected (its start between: بدء)


def _expected(text: str, m: Mention) -> bool:
    """ "قالت مصادر انها تتوقع بدء الهجوم النهائي خلال ساعات"، "وسط توقعات بشن هجوم": an act expected (a word of
    expecting within a few words before it, no end of a phrase between), not done."""
    if not _in_reach(_EXPECTED_HINT, text, m, chars=_EXPECTED_REACH):
        return False  # (most triggers: no word of expecting right before them)
    before = _words_before(text, m, 4, chars=_EXPECTED_REACH)
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        if w[-1] in ".,،؛:":
            return False
        if "توقع" in w:
            return True
    return False


_CONTINUES_HINT = Literals(("تواصل", "تستمر", "يستمر"))  # (normalized) a present verb of going on
_CONTINUES = frozenset(("تتواصل", "يتواصل", "تستمر", "يستمر", "وتتواصل", "ويتواصل", "وتستمر", "ويستمر"))


def _still_going_on(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "وتتواصل الهجمات ردا على الغارات منذ التفجير في 20 يوليو": acts named as the subject of a present verb of
    going on, right after it, in a clause whose written day is days back (the day they go on since), are what
    goes on, no act of that day ("تستمر الاشتباكات في محيط القرية" is the report's, and so is "تتواصل
    الاشتباكات منذ صباح اليوم")."""
    text = doc.text
    if _entry(m).get("pos") != "noun" or not _in_reach(_CONTINUES_HINT, text, m, chars=12):
        return False  # (most triggers: no verb of going on right before them)
    before = _words_before(text, m, 1, chars=12)
    if not before or before[-1] not in _CONTINUES or not _definite(m):
        return False
    dv, published = clause.date, doc.article.published
    return (
        dv is not None
        and dv.basis in ("explicit", "relative")
        and dv.date is not None
        and published is not None
        and (published - dv.date).days > 2
    )


_WITNESSES_HINT = Literals(("تشهد", "يشهد", "يخوض", "تخوض", "يشن", "تشن"))  # (see _sees_as_a_state)
# (normalized) the present of شهد (a place that sees acts), and of waging
_WITNESSES = frozenset(
    ("تشهد", "يشهد", "تشهدان", "يشهدان", "يشن", "تشن", "يشنون", "يخوض", "تخوض", "يخوضون", "تخوضان", "يخوضان")
)
_WITNESSES_REACH = 50  # characters from the verb to the act it sees (the place, its subject, between)
# what marks a state of things: many acts a place sees, or a note of the background ("يذكر ان …")
_MANY_SEEN = frozenset("عديده كثيره متكرره يوميه شبه".split())  # (normalized: "تشهد معارك عديدة")
_SEES = frozenset(("تشهد", "يشهد", "تشهدان", "يشهدان"))  # (of _WITNESSES: a place that sees acts)
_NOTED = re.compile(r"\s*[وف]?(?:يذكر|يشار|الجدير بالذكر|جدير بالذكر|ومعلوم|معلوم)(?!\w)")
# (normalized) many places an act is seen at, right after it: "تشهد اشتباكات في العديد من محاورها"، "في عدة
# مناطق"، "على اكثر من جبهة"، "في مختلف الجبهات"
_AT_MANY_PLACES = re.compile(r"\s+(?:في|علي) (?:العديد من|عدد من|عده|اكثر من|مختلف|كل|جميع|معظم) ")


def _sees_as_a_state(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "يذكر ان مدينة درنة تشهد معارك عديدة بين …، كما يخوض الجيش معارك مع التنظيم": acts a place sees or a
    side wages (a present verb before them, a subject between), with no day of their own and told as a state of
    things — many a place sees, or in a sentence that notes the background (يذكر ان، يشار الى ان) — are what
    goes on there, no act of a day."""
    text = doc.text
    if _entry(m).get("pos") != "noun" or not _in_reach(_WITNESSES_HINT, text, m, chars=_WITNESSES_REACH):
        return False  # (most triggers: no such present verb right before them)
    dv = clause.date
    if dv is not None and dv.basis in ("explicit", "relative"):
        return False  # "تشهد المدينة منذ صباح اليوم اشتباكات": the day's
    before = _words_before(text, m, 5, chars=_WITNESSES_REACH)
    if not any(w.lstrip("و") in _WITNESSES for w in before) or any(w[-1] in ".،؛:" for w in before):
        return False
    if not _MANY_SEEN.isdisjoint(text[m.nspan.end : m.nspan.end + 20].split()[:2]) and any(
        w.lstrip("و") in _SEES for w in before
    ):
        return True  # (not "تخوض الفصائل معارك مستمرة مع قوات النظام": the fighting of the report's days)
    if (
        _AT_MANY_PLACES.match(text, m.nspan.end) is not None and any(w.lstrip("و") in _SEES for w in before)
    ) or (_NOTED.match(text, doc.sentences[clause.sentence][0]) is not None):
        # "غير ان المدينة تشهد اشتباكات في العديد من محاورها": fighting all over, what goes on (and what the
        # sentence goes on to say it brought: see _told_on_from_a_state)
        doc.memo.setdefault("state_acts", {}).setdefault(clause.sentence, m.nspan.end)
        return True
    return False


# (normalized) what opens a clause that goes on with what the clause before brought or came with: "مما ادى الى
# …"، "اضافة الى …"، "فضلا عن …"
_GOING_ON_WITH = re.compile(r"\s*[وف]?(?:مما|ما ادي|ادي|اضافه الي|بالاضافه الي|فضلا عن|علاوه علي)(?!\w)")


def _told_on_from_a_state(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "… تشهد اشتباكات في العديد من محاورها، مما ادى الى سقوط اعداد كبيرة من المدنيين، اضافة الى تعرض ضباط
    وصحفيين للاغتيال": a clause of the sentence that goes on from acts told as a state of things (see
    _sees_as_a_state) tells what that state brought, no act of a day either."""
    told = doc.memo.get("state_acts")
    if not told:
        return False  # (most texts: no acts told as a state)
    # (or the sentence right after, a semicolon between: "… في العديد من محاورها ; مما ادى الى …")
    end = told.get(clause.sentence, told.get(clause.sentence - 1))
    return (
        end is not None and end <= m.nspan.start and _GOING_ON_WITH.match(doc.text, clause.start) is not None
    )


# a protest called for (normalized, without و): "دعا الحزب أنصاره إلى مسيرة يوم الجمعة"، "دعوات للتظاهر"
_CALLING = frozenset(
    "دعا دعت دعوا يدعو تدعو يدعون داعيا داعيه دعوه الدعوه دعوات الدعوات ناشد ناشدت حث حثت يحث تحث".split()
)
_CALLING_HINT = _any_of(("دعا", "دعت", "دعو", "داعي", "ناشد", "حث", "طالب"))
# … or demanded: a turnout asked for ("طالب الاتحاد انصاره بالخروج في مظاهرات")
_DEMANDING = frozenset("طالب طالبت طالبوا يطالب تطالب يطالبون مطالبا مطالبين".split())
_TURNOUT = frozenset(
    "الخروج للخروج بالخروج النزول للنزول بالنزول المشاركه للمشاركه بالمشاركه الاحتشاد للاحتشاد بالاحتشاد".split()
)
_ANSWERED = frozenset(
    "لبي لبت لبوا تلبيه استجاب استجابت استجابوا استجابه".split()
)  # (normalized) a call answered
_CALLED_REACH = 50  # characters from the call to the protest (who is called between)


def _called_for(text: str, m: Mention) -> bool:
    """The protest is what a side calls people to ("دعا الحزب انصاره الى مسيرة يوم الجمعة"): planned, no protest
    told (the call is the side's request, a political event)."""
    if not _in_reach(_CALLING_HINT, text, m, chars=_CALLED_REACH):
        return False
    before = _words_before(text, m, 9, chars=_CALLED_REACH + 30)  # (the call's 7 words, and who answered it)
    first = len(before) - 7 if len(before) > 7 else 0
    at = next(
        (i for i in range(first, len(before)) if (w := before[i].lstrip("و")) in _CALLING or w in _DEMANDING),
        None,
    )
    if at is None or not _ANSWERED.isdisjoint(w.lstrip("و") for w in before[:at]):
        return False  # (a call answered: "لبى الآلاف دعوة الحزب الى تظاهرة" — held)
    if not _TURNOUT.isdisjoint(before[at + 1 :]):
        return True  # "طالب انصاره بالخروج في مظاهرات"، "دعا الى الخروج في تظاهرة": a turnout asked for
    if before[at].lstrip("و") in _DEMANDING:
        return False  # (what else is demanded is no protest: "طالبوا بالافراج عن المعتقلين")
    to = m.data.get("prefix", "").lstrip("وف").startswith("ل") or "الي" in before[at + 1 :]
    return to and not any(w in _NO_OBJECT and w != "الي" for w in before[at + 1 :])


# threats (_THREATENING, in fatalities: the dead threatened are none) and warnings of an act (normalized,
# without و): "هدد التنظيم بتفجير الجسر" (بـ + the act)، "حذر القائد من هجوم" (من + the act), the side that
# threatens between
_WARNING = frozenset("حذر حذرت حذروا يحذر تحذر يحذرون محذرا محذره".split())
_THREAT_HINT = _any_of(("هدد", "توعد", "لوح", "حذر"))
# (normalized) a verbal noun of launching an act, with بـ, after a threat: "توعد بشن هجمات"، "هدد بتنفيذ عمليات"
_LAUNCHING_WITH = frozenset(("بشن", "بتنفيذ", "بتكثيف", "بمواصله", "بتصعيد"))
_LAUNCHING_WITH_HINT = _any_of((*_LAUNCHING_WITH, "بمزيد"))
_OPERATION_NOUNS = frozenset(("عمليات", "عمليه", "العمليات"))  # (normalized) "بتنفيذ عمليات انتحارية"
_THREAT_REACH = 30
# (who threatens and whom, named between the threat and the act with بـ: "ويهدد التنظيم سكان المدينة بالاعتقال")
_THREATENED_REACH = 60
_THREATENED_WORDS = 7


# (normalized) a statement hedged, the act in what it declines to assert: "لا يمكننا القول ان الاشتباكات انتهت"،
# "من المبكر القول ان الهجوم …"، "من السابق لاوانه الحديث عن …"
_HEDGE = re.compile(
    r"(?<!\S)(?:[وف]?(?:لا|لن|ليس)\s+(?:يمكن|يمكننا|يمكنني|نستطيع|استطيع|يستطيع|تستطيع)|"
    r"(?:من\s+)?(?:المبكر|السابق\s+لاوانه|الصعب))\s+(?:القول|الجزم|التاكيد|الحديث)(?!\w)"
)
_HEDGE_HINT = _any_of(("القول", "الجزم", "التاكيد", "الحديث"))
_HEDGE_REACH = 90  # characters from the hedge to the act


def _hedged(text: str, m: Mention) -> bool:
    """The act is in what a speaker declines to assert (see _HEDGE), in its sentence."""
    if not _in_reach(_HEDGE_HINT, text, m, chars=_HEDGE_REACH):
        return False
    before = " ".join(_words_before(text, m, 12, chars=_HEDGE_REACH))
    return _HEDGE.search(before) is not None


# (normalized) a verb of trying in the present: "ويحاول التنظيم التقدم للسيطرة على قرى" — an aim pursued, no
# ground taken and no fight told (a fight told in the clause is an act of its own)
_TRYING_NOW = frozenset(("يحاول", "تحاول", "يحاولون", "تحاولان", "يسعي", "تسعي", "يسعون"))
_TRYING_NOW_HINT = _any_of(_TRYING_NOW)  # (see _hints_near)
# (normalized) the fight told in the attempt's sentence: "تحاول التقدم … لكنها تلاقي مقاومة عنيفة"، "المعارك كانت
# الاعنف في …، فيما يحاول الثوار استعادة السيطرة على النقاط" (the attempt is that fight's side)
_MET_WITH_A_FIGHT = re.compile(r"(?<!ال)مقاومه|اشتباك|معارك|مواجهات|قتال")
_MET_REACH = 300
# words and characters back from "وذلك ب…" (the means told after an aim) to the verb of aiming
_AIM_WORDS, _AIM_REACH = 12, 120


def _tried_now(text: str, m: Mention) -> bool:
    if _entry(m).get("sub_event_type") not in TERRITORY:
        return False
    before = _words_before(text, m, 4, chars=40)
    if before[-1:] == ["وذلك"] and m.data.get("prefix", "").startswith("ب"):
        # "تسعى القوات بمساعدة الطيران الى تأمينها، وذلك بطرد الحوثيين من المحافظة": the means of the aim
        before = _words_before(text, m, _AIM_WORDS, chars=_AIM_REACH)
    if not any(w.lstrip("و") in _TRYING_NOW for w in before):
        return False
    lo = m.nspan.start - _MET_REACH if m.nspan.start > _MET_REACH else 0
    start = text.rfind(".", lo, m.nspan.start) + 1 or lo
    end = text.find(".", m.nspan.end, m.nspan.end + _MET_REACH)
    return _MET_WITH_A_FIGHT.search(text, start, end if end != -1 else m.nspan.end + _MET_REACH) is None


# (normalized) the grounds a threat gives, after it: "هدد التنظيم الحكومة بالرد بعد ان «قبضت على اخواننا …»"
_GROUNDS = re.compile(r"(?<!\S)(?:بعد\s+ان|بعدما|لانها|لانه|لانهم|بسبب|بحجه)(?!\w)")
_GROUNDS_REACH = 200  # characters from the threat to the act
# (normalized) the answer threatened, its adjectives between it and على + the act: "توعد الحوثيون برد مزلزل على
# غارات التحالف"
_ANSWER_THREATENED = re.compile(r"(?<!\S)(?:بالرد|برد)(?:\s+\S+){0,2}\s+علي$")


def _grounds_of_a_threat(text: str, clause: Clause, m: Mention) -> bool:
    """The act is what a side's threat is told to answer, in its sentence, with no day of its own: a grievance
    told, no act of a day; or what the answer it threatens is to answer ("توعد الحوثيون برد مزلزل على غارات
    التحالف"), unless a clause of its own tells it ("… على الغارات التي استهدفت مواقعها امس")."""
    if not _in_reach(_THREAT_HINT, text, m, chars=_GROUNDS_REACH):
        return False
    before = _words_before(text, m, 30, chars=_GROUNDS_REACH)
    at = next((i for i, w in enumerate(before) if w.strip("«»").lstrip("و") in _THREATENING), None)
    if at is None:
        return False
    between = " ".join(before[at + 1 :])
    if _ANSWER_THREATENED.search(between) is not None:
        return _RELATIVE.isdisjoint(text[m.nspan.end : m.nspan.end + 40].split()[:3])
    if clause.date is not None and clause.date.basis in ("explicit", "relative"):
        return False
    return _GROUNDS.search(between) is not None


def _threatened(text: str, m: Mention) -> bool:
    """The act is what a side threatens or warns of: "هدد التنظيم بتفجير الجسر"، "حذر الجيش من هجوم"، "يهدد
    التنظيم سكان المدينة بالاعتقال" (the side threatened named between; no comma between, where a clause of its
    own may begin)."""
    if not _in_reach(_THREAT_HINT, text, m, chars=_THREATENED_REACH):
        return False
    # (the بـ may be the prefix or a piece of the form: "بتفجير"; or that of the act it is joined to: "بالقتل
    # والخطف")
    prefix = m.data.get("prefix", "")
    if _entry(m).get("pos") == "noun" and (
        (prefix + m.norm).lstrip("وف")[:1] in ("ب", "ا")
        or _LAUNCHING_WITH_HINT.any_within(text, max(0, m.nspan.start - 24), m.nspan.start)
    ):
        before = _words_before(text, m, _THREATENED_WORDS, chars=_THREATENED_REACH)
        at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lstrip("و") in _THREATENING), None)
        if at is None or any(w[-1] in "،,؛:" for w in before[at:]):
            return False
        # (or the act after a verbal noun of launching it: "توعد التنظيم بشن هجمات جديدة"، "هدد بتنفيذ عمليات")
        return (
            (prefix + m.norm).lstrip("وف").startswith("ب")
            or (prefix.startswith("و") and before[-1].startswith("بال"))
            or (at < len(before) - 1 and before[-1].lstrip("و") in _LAUNCHING_WITH)
            or (at < len(before) - 2 and before[-2:] == ["بمزيد", "من"])  # "توعدت بمزيد من الهجمات"
            # (a noun of operations between: "هدد بتنفيذ عمليات انتحارية")
            or (
                at < len(before) - 2
                and before[-2].lstrip("و") in _LAUNCHING_WITH
                and before[-1] in _OPERATION_NOUNS
            )
        )
    before = _words_before(text, m, 3, chars=_THREAT_REACH)
    return before[-1:] == ["من"] and any(w.lstrip("و") in _WARNING for w in before[:-1])


# a victory welcomed, praised or congratulated on (normalized, without و): "رحب الوزير بتحرير عدن"، "اشاد الرئيس
# بتحرير المدينة"، "هنا الملك الرئيس بتحرير عدن" (the act after بـ)
_PRAISING = frozenset(
    "رحب رحبت رحبوا يرحب ترحب يرحبون مرحبا مرحبه ترحيب ترحيبه ترحيبها ترحيبهم الترحيب اشاد اشادت اشادوا يشيد تشيد "
    "يشيدون مشيدا مشيده اشاده اشادته اشادتها هنا هنات هناوا يهنئ تهنئ مهنئا مهنئه تهنئه تهنئته تهنئتها".split()
)
# … and blessed, its object with no بـ: "بارك المجلس استعادة تكريت"
_BLESSING = frozenset("بارك باركت باركوا يبارك تبارك يباركون مباركا مباركه".split())
_PRAISING_HINT = _any_of(("رحب", "رحيب", "شاد", "شيد", "هنا", "هنئ", "بارك", "مبارك"))
_PRAISE_REACH = 60  # characters from the praise to the act praised (who praises, and whom, between)


# (trigger ids) verbs of asking: "طالب مجلس الأمن الحوثيين بالانسحاب"، "دعا الطرفين الى وقف …"، "حث … على"
_ASKING = frozenset(("demand", "request_call", "urge", "ask"))
_ASKED_REACH = (
    6  # words from the verb of asking to the act it asks for (its subject and the one asked between)
)


# the care or restraint asked for in acting, right before the act it is asked in ("بتوخي الدقة في قصف …"،
# "ضرورة تجنب المدنيين عند شن الغارات"، "بمراعاة الحذر اثناء العمليات"): the acts to come, none done
_MANNER_ASKED = re.compile(
    r"(?<!\S)[وب]?(?:توخي|تحري|مراعاه|تجنب)(?: \S+){0,3} (?:في|عند|خلال|اثناء|لدي)(?: (?:شن|تنفيذ))? ?$"
)
_MANNER_REACH = 50  # characters before the act its manner asked for may take


def _asked_for(text: str, m: Mention, triggers: Sequence[Mention]) -> bool:
    """The act is what a verb of asking before it in the clause asks for ("طالب مجلس الأمن الحوثيين بالانسحاب
    من عدن"، "دعت الحكومة المسلحين الى الانسحاب"): a demand (the political code makes the REQUEST), no act."""
    if _entry(m).get("pos") != "noun":
        return False
    start = m.nspan.start - len(m.data.get("prefix", ""))
    before = text[max(0, start - _MANNER_REACH) : start]
    if _MANNER_ASKED.search(before[before.rfind(".") + 1 :]) is not None:
        return True  # "طالب النائب القيادة والتحالف بتوخي الدقة في قصف تجمعات التنظيم": how to act, none done
    prefix = m.data.get("prefix", "").lstrip("وف")
    asker = None
    for t in triggers:
        if t.nspan.end > m.nspan.start:
            break
        if t.data["entry"].id in _ASKING:
            asker = t
    if asker is None:
        return False
    if asker.norm.lstrip("و") == "طالب" and any(
        _entry(t).get("category") == "conflict"
        and t.nspan.end <= asker.nspan.start
        and not _words_between(text, t.nspan.end, asker.nspan.start)
        for t in triggers
    ):
        return False  # "قتل طالب بقصف للطيران": a student killed (the verb's form)
    between = text[asker.nspan.end : m.nspan.start - len(m.data.get("prefix", ""))]
    if any(p in between for p in ".،,؛:") or len(between.split()) > _ASKED_REACH:
        return False
    words = between.split()
    return prefix.startswith("ب") or (words[-1:] in (["الي"], ["علي"]) or words[-2:] == ["الي", "ان"])


def _praised(text: str, m: Mention) -> bool:
    """The act is what a speaker welcomes, praises or congratulates on ("رحب الوزير بتحرير عدن"، "هنا الملك
    الرئيس بتحرير عدن"، "بارك المجلس استعادة تكريت"): what is said of a victory (the political code makes the
    SUPPORT), no act of the sentence."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_PRAISING_HINT, text, m, chars=_PRAISE_REACH):
        return False
    before = _words_before(text, m, 7, chars=_PRAISE_REACH)
    words = [w.lstrip("و") for w in before]
    if not _BLESSING.isdisjoint(words):
        return True
    if _PRAISING.isdisjoint(words):
        return False
    # (not an act told by what it did: "اشاد الوزير بالضربات التي شنتها المقاتلات على مواقع الحوثيين امس")
    return (m.data.get("prefix", "") + m.norm).lstrip("وف").startswith("ب") and _RELATIVE.isdisjoint(
        text[m.nspan.end : m.nspan.end + 30].split()[:3]
    )


# an attack in words: its sharpness ("هجوما حادا"، "هجوما لاذعا"، "هجوما شديد اللهجة") …
_SHARP = frozenset(
    "حاد حادا الحاد لاذع لاذعا اللاذع كلامي كلاميا الكلامي اعلامي اعلاميا الاعلامي اللهجه".split()
)
# … or the words said with it, by a statesman or a party ("شن الوزير هجوما على الحكومة، واصفا إياها …")
SAYING_WITH = frozenset(
    "قائلا قائله واصفا واصفه واصفين منتقدا منتقده متهما متهمه متهمين معتبرا معتبره مطالبا مطالبه "
    # (and what he calls for or stresses with it: "هاجم الوزير الحكومة، داعيا الى …")
    "داعيا داعيه داعين مؤكدا مؤكده مشددا مشدده".split()
)
_SAYING_WITH_HINT = _any_of(SAYING_WITH)
_STATESMEN = frozenset(
    "الرئيس رئيس وزير الوزير وزيره زعيم الزعيم حزب الحزب النائب نائب المتحدث الناطق الملك ملك امير الامير المرشد "
    "السفير سفير الامين رئيسه".split()
)
_SAYING_REACH = 100  # characters from the attack to the words said with it


def _verbal_attack(text: str, m: Mention) -> bool:
    """An attack made in words: "شن الوزير هجوما حادا على الحكومة"، "هاجم رئيس الحزب الحكومة، متهما إياها
    بالفساد" — criticism, a political act."""
    # (right after it, in its own state: "هجوم على المكتب الاعلامي" is an attack on a media office)
    after = [w.strip(_PUNCT) for w in text[m.nspan.end : m.nspan.end + 24].split()[:2]]
    if any(w in _SHARP and (not w.startswith("ال") or w == "اللهجه" or _definite(m)) for w in after):
        return True
    end = m.nspan.end + _SAYING_REACH
    if not _SAYING_WITH_HINT.any_within(text, m.nspan.end, end):
        return False  # (most attacks)
    said = text[m.nspan.end : end].split(".")[0].split()
    if SAYING_WITH.isdisjoint(w.strip(_PUNCT).lstrip("و") for w in said):
        return False
    # the statesman: the subject before a noun ("شن الرئيس … هجوما") or after a verb ("هاجم رئيس الحزب")
    # ("قال الوزير ان مسلحين هاجموا …، داعيا …": one who tells of the attack before its ان is no attacker)
    before = [w.strip(_PUNCT) for w in _words_before(text, m, 5, chars=45)]
    said_at = [i for i, w in enumerate(before) if w in _THAT or w in _THAT_IT]
    near = before[said_at[-1] + 1 :] if said_at else before
    near += said[:2]
    # (each word whole and after its و: وزير، وزيرة begin with the letter themselves)
    return not _STATESMEN.isdisjoint(x for w in near for x in (w.strip(_PUNCT), w.strip(_PUNCT).lstrip("و")))


# a time named by an act (normalized, without و and بـ/لـ/في): "ليلة سيطرة داعش على تدمر"، "في ذكرى سقوط الموصل"
_TIME_OF_AN_ACT = frozenset(("ليله", "يوم", "صبيحه", "عشيه", "غداه", "ساعه", "لحظه"))
_ANNIVERSARY = frozenset(("ذكري", "الذكري"))
_TIME_OF_AN_ACT_HINT = _any_of(_TIME_OF_AN_ACT | _ANNIVERSARY)  # (see _hints_near)


def _time_of_an_act(text: str, m: Mention) -> bool:
    """The act names a time ("غادروا ليلة سيطرة داعش على تدمر"، "في ذكرى سقوط الموصل"): an earlier act, no new one
    (a day of ground taken; any act remembered)."""
    if _entry(m).get("pos") != "noun" or m.data.get("prefix", "").lstrip("و"):
        return False
    prev = _prev_word(text, m).lstrip("و")
    if prev[:1] in ("ب", "ل") and prev[1:] in _TIME_OF_AN_ACT | _ANNIVERSARY:
        prev = prev[1:]
    if prev in _ANNIVERSARY:
        return True
    return prev in _TIME_OF_AN_ACT and _entry(m).get("sub_event_type") in TERRITORY


def _before_it_starts(text: str, m: Mention) -> bool:
    """The act named after "قبل" and its start ("قبل انطلاق عملية استعادتها"، "قبل بدء الهجوم على المدينة"): a time
    before an act yet to come or told elsewhere, no act of the sentence."""
    first = m.norm.split(" ", 1)[0]
    if first in _STARTS:
        return _prev_word(text, m).lstrip("و") == "قبل"
    if not _in_reach(_STARTS_HINT, text, m, chars=35):
        return False  # (most acts)
    before = _words_before(text, m, 3, chars=35)
    return any(a.lstrip("و") == "قبل" and b in _STARTS for a, b in zip(before, before[1:], strict=False))


# (normalized) the start of a campaign a side announces: "اعلنت الفصائل بدء معركة …"، "البدء بمعركة …"
_CAMPAIGN_STARTS = frozenset(("بدء", "البدء", "انطلاق", "اطلاق", "استئناف"))
_CAMPAIGN_NAMES = frozenset(("معركه", "معارك", "عمليه", "هجوم", "حمله"))  # (without ال) what is started
# (normalized) announcing, a verb or its noun: اعلن، اعلنت، الاعلان، باعلان …
_ANNOUNCING_WORD = re.compile(r"[وف]?(?:ب|لل?)?(?:ال)?(?:[اتي]?علن|اعلان)[ء-ي]{0,3}")
_ANNOUNCED_REACH = 20  # words from the word of announcing to the campaign started


def start_announced(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "أعلنت الفصائل أمس بدء معارك في ريف اللاذقية"، "اعلن في بيان … «بدء معركة كفريا والفوعة»": the start of a
    campaign announced, no day's fighting told (the fighting the report tells is the act: see
    finalize.merge_drafts)."""
    if m.norm.removeprefix("ال") not in _CAMPAIGN_NAMES:
        return False
    before = _words_before(doc.text, m, 1, chars=12)
    if not before or before[0].lstrip("و").strip('«"“') not in _CAMPAIGN_STARTS:
        return False
    start = doc.sentences[clause.sentence][0]
    words = doc.text[start : m.nspan.start].split()[-_ANNOUNCED_REACH:]
    return any(_ANNOUNCING_WORD.fullmatch(w) is not None for w in words)


def _campaign_announced(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "اعلن جيش الاسلام، اكبر الفصائل المعارضة، حملة عسكرية على تنظيم داعش في القلمون": a campaign named as
    what a side announced earlier in its sentence, no other act told between — a plan made known, no day's
    fighting told."""
    text = doc.text
    start = doc.sentences[clause.sentence][0]
    end = m.nspan.start - len(m.data.get("prefix", ""))
    found = None
    for w in re.finditer(r"\S+", text[start:end]):
        if _ANNOUNCING_WORD.fullmatch(w.group()):
            found = start + w.start()
    if found is None or len(text[found:end].split()) > _ANNOUNCED_REACH:
        return False
    return not any(
        found <= t.nspan.start < m.nspan.start and _entry(t).get("category") == "conflict"
        for c in doc.clauses[: clause.index + 1]
        if c.sentence == clause.sentence
        for t in c.of("triggers")
    )


# a range of acts summed up, from the first to the last (normalized): "ابتداء من حصار الرئيس … الى اختطاف الوزير،
# وصولا الى عشرات المعتقلين"، "مرورا بتفجير …": what a side has done over time, no act of a day
_RANGE_WORDS = frozenset(("ابتداء", "بدءا", "وصولا", "مرورا", "انتهاء"))
_RANGE_HINT = _any_of(_RANGE_WORDS)
_RANGE_ON = frozenset(("وصولا", "مرورا", "انتهاء"))  # the range's later acts
_RANGE_REACH = 150  # characters from the range's first word to an act it reaches


def _in_a_range(text: str, m: Mention) -> bool:
    if _entry(m).get("pos") != "noun" or not _in_reach(_RANGE_HINT, text, m, chars=_RANGE_REACH):
        return False
    before = _words_before(text, m, 3, chars=30)
    if not _RANGE_ON.isdisjoint(w.lstrip("و") for w in before):
        return (
            True  # "مرورا بتفجير"، "وصولا الى اغتيال" (the first, "ابتداء من التفجير الذي استهدف سوروج يوم 20
        )
        # يوليو", may be told as an act of its own)
    if before[-1:] not in (["الي"], ["والي"]):
        return False
    # "… الى اختطاف الوزير": the range opened before it in its sentence
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    window = text[max(0, word_start - _RANGE_REACH) : word_start]
    at = max(window.rfind("ابتداء "), window.rfind("بدءا "))
    return at >= 0 and "." not in window[at:]


# verbs that say what an act left behind (normalized): "اوقع دمارا"، "خلف دمارا واسعا"، "الحق اضرارا"
_RESULT_VERBS = frozenset(
    "اوقع اوقعت خلف خلفت مخلفا مخلفه الحق الحقت احدث احدثت تسبب تسببت مسببا مسببه ادي ادت".split()
)
# a clause opening with a present verb of using: "ويستخدم كذلك المدفعية وصواريخ من طراز ارض ارض"
_USES = re.compile(r"[وف]?(?:يستخدم|تستخدم|يستخدمون|يستعمل|تستعمل|يستعملون)(?!\w)")
# the quick look of _frequent: every match of _FREQUENCY and of _EVERY_TIME holds one of these words (a word
# added to either pattern needs its word here), and most triggers have none around them
_FREQUENT_HINT = Literals(
    ("يومي", "اسبوعي", "بشكل", "الحين", "متزايد", "متكرر", "متصاعد", "مره", "كلما", "الاونه", "سلس", "موجه")
    + ("مرات", "مرارا", "بانتظام", "باستمرار", "طالما")
)
_FREQUENT_AFTER = 45  # characters after a trigger within which a match of these patterns there ends
# now and then, anywhere in the act's stretch: "تشهد البلدة بين فترة وأخرى اشتباكات"، "من حين لآخر"، "بين الفينة
# والأخرى" (each match holds a word of _FREQUENT_HINT)
_NOW_AND_THEN = re.compile(r"(?:بين|من) (?:ال)?(?:حين|فتره|وقت|فينه) (?:و|ل|الي )(?:ال)?(?:اخر|اخري)(?!\w)")
_NOW_AND_THEN_HINT = _any_of(("حين", "فتره", "وقت", "فينه"))  # (in every match of _NOW_AND_THEN)
_STRETCH_ENDS = ".،؛"  # (what ends the stretch around an act _NOW_AND_THEN is looked for in)


_WAGES = frozenset(
    # (and the dual of two sides: "قوات الجيش والمقاومة تخوضان معارك مع …")
    ("يشن", "تشن", "يشنون", "يخوض", "تخوض", "يخوضون", "يواصل", "تواصل", "يواصلون")
    + ("يشنان", "تشنان", "يخوضان", "تخوضان", "يواصلان", "تواصلان")
)
_SINCE_DATE = re.compile(
    r"منذ (?:\d{1,2} |مطلع |بدايه |منتصف )?(?:شهر )?(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس"
    r"|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|\d{4})"
)
# for how long, weeks or more: "يشن هجمات تستهدف منذ اسابيع قوات الامن"، "منذ اكثر من عشرين يوما" (يوما
# counts eleven days or more)
_SINCE_LONG = re.compile(
    r"منذ (?:(?:اكثر|اقل|نحو|حوالي|قرابه|ما يزيد|ما يقرب) (?:من |عن |علي )?)?(?:\S+ )?"
    r"(?:اسابيع|اسبوعين|اشهر|شهور|شهرين|سنوات|سنين|اعوام|عامين|سنتين|يوما)(?!\w)"
)


_WAGING = _WAGES | frozenset(("خاض", "خاضت", "خاضوا", "شن", "شنت", "شنوا", "خاضا", "خاضتا", "شنتا"))


# (normalized) the words that open a time set between a verb of waging and its fight: "يخوضان منذ الصباح مواجهات"
_TIME_OPENERS = frozenset(("منذ", "طوال", "طيله", "صباح", "مساء", "فجر", "ليل", "ليله", "ظهر"))


def _wages_what_is_told(text: str, m: Mention, trigs: Sequence[Mention]) -> bool:
    """The side is the subject of a relative clause of waging, its object the noun before it, no act told
    ("للحرب التي يخوضها الاكراد والمتشددون"، "ضمن الحملة التي يشنها التحالف"): it wages that war, it is not hit
    by the act. (An act told as that noun is the side's own: "الاشتباكات التي خاضتها الفرقة الرابعة".)"""
    words = _words_before(text, m, 4, chars=40)
    for i in range(len(words) - 1):
        verb = words[i + 1].lstrip("و")
        if (
            words[i].lstrip("و") in _RELATIVE
            and verb.endswith(("ها", "ه"))
            and verb.removesuffix("ها").removesuffix("ه") in _WAGING
            and len(words) - i - 2 <= 1  # (the side right after the verb, or joined to the one there)
        ):
            at = text.rfind(" " + words[i] + " ", 0, m.nspan.start)  # (the relative pronoun)
            # (the act right before it, or its adjective between: "الاشتباكات العنيفة التي خاضتها الفرقة")
            return not any(t.nspan.end <= at and len(text[t.nspan.end : at].split()) <= 1 for t in trigs)
    return False


def _waged(text: str, m: Mention) -> bool:
    """A fight named as the object of a verb of waging right before it (a word between at most, or a time of a
    few words: "تخوض معارك"، "خاضت امس مواجهات"، "يخوضان منذ الصباح مواجهات")."""
    words = _words_before(text, m, 5, chars=44)
    for i, w in enumerate(words):
        if w.lstrip("و") in _WAGING:
            between = words[i + 1 :]
            if len(between) <= 1 or (len(between) <= 3 and between[0] in _TIME_OPENERS):
                return True
    return False


# (what _since_a_date_after, _lasting_long and _broke_out_days_ago look for after the act: see _hints_near)
_AGO_HINT = _any_of(("منذ", "قبل"))


def _since_a_date_after(text: str, m: Mention) -> bool:
    """The act is told since a date, right after its word ("توقيفهم منذ 20 يوليو"، "قتل منذ مطلع يوليو"): what has
    gone on since, summed up."""
    at = text.find("منذ ", m.nspan.end, m.nspan.end + 12)
    if at == -1 or len(text[m.nspan.end : at].split()) > 1:
        return False
    return _SINCE_DATE.match(text, at) is not None


def _lasting_long(text: str, m: Mention) -> bool:
    """A noun act told with how long it has lasted, right after it: "قصف عنيف منذ اكثر من عشرين يوما"، "حصار
    منذ اشهر": what goes on, no act of a day."""
    if _entry(m).get("pos") != "noun":
        return False
    at = text.find("منذ ", m.nspan.end, m.nspan.end + 16)
    if at == -1 or len(text[m.nspan.end : at].split()) > 1:
        return False
    return _SINCE_LONG.match(text, at) is not None


def _campaign_since(text: str, clause: Clause, m: Mention) -> bool:
    """A noun carried by a present verb of waging, in a clause that says since when: an ongoing campaign."""
    if _entry(m).get("pos") != "noun" or text.find("منذ", clause.start, clause.end) == -1:
        return False
    if not _SINCE_DATE.search(text, clause.start, clause.end) and not _SINCE_LONG.search(
        text, clause.start, clause.end
    ):
        return False
    return any(w.lstrip("و") in _WAGES for w in _words_before(text, m, 8, chars=80))


def _begun_long_ago(doc: Doc, clause: Clause, m: Mention) -> bool:
    """A campaign's beginning dated weeks before the report ("وبدأت قوات النظام … في الرابع من يوليو الماضي
    هجوما على مدينة الزبداني"): the background of what goes on, no act of the report's days."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_BEGAN_HINT, doc.text, m, chars=100):
        return False
    dv, published = clause.date, doc.article.published
    if dv is None or dv.date is None or published is None or dv.basis not in ("explicit", "relative"):
        return False
    if (published - dv.date).days < _LONG_AGO_DAYS:
        return False
    return any(w.lstrip("و") in _BEGAN for w in _words_before(doc.text, m, 12, chars=100))


# the outbreak of fighting a few days back (normalized): "ان الاشتباكات تفجرت بين الطرفين قبل اربعة ايام"
_BROKE_OUT_DAYS_AGO = re.compile(
    r"(?:تفجرت|اندلعت|اشتعلت|بدات|تفجر|اندلع|اشتعل|بدا)(?: \S+){0,4} (?:قبل|منذ) (?:\S+ )?(?:ايام|يومين|اسبوع|اسبوعين)(?!\w)"
)


def _broke_out_days_ago(text: str, clause: Clause, m: Mention) -> bool:
    """A fight told by when it broke out, days back ("وقال ان الاشتباكات تفجرت بين الطرفين قبل اربعة ايام"):
    the beginning of what the report tells, no fight of that day (the dead told are those of all its days)."""
    if _entry(m).get("event_type") != "Battles" or _entry(m).get("pos") != "noun":
        return False
    if text.find("قبل", m.nspan.end, clause.end) == -1 and text.find("منذ", m.nspan.end, clause.end) == -1:
        return False
    return _BROKE_OUT_DAYS_AGO.search(text, m.nspan.end, clause.end) is not None


_BROKE_OUT = frozenset(("اندلعت", "اندلع", "تفجرت", "تفجر", "اشتعلت", "اشتعل", "بدات", "بدا"))
_OUTBREAK_CAUSE = frozenset(("بعد", "عقب", "اثر", "خلفيه", "اعقاب", "بسبب"))


def _outbreak_explained(text: str, m: Mention) -> bool:
    """The fight told, named with the article after a verb of breaking out, with what it broke out after a few
    words on ("واندلعت الاشتباكات في المنطقة عقب احراق المواطنين لدبابة"): how it began, no other fight."""
    if not _definite(m) or _prev_word(text, m).lstrip("و") not in _BROKE_OUT:
        return False
    return not _OUTBREAK_CAUSE.isdisjoint(
        w.lstrip("و") for w in text[m.nspan.end : m.nspan.end + 30].split()[:4]
    )


_BEGAN = frozenset(("بدا", "بدات", "بداوا", "بدء", "بدايه", "انطلقت", "انطلق", "انطلاق"))  # (normalized)
_BEGAN_HINT = _any_of(("بدا", "بدء", "بدايه", "انطلق", "انطلاق"))
_LONG_AGO_DAYS = 7  # a beginning this many days or more before the report is background


_MANY_FRONTS = re.compile(r"(?:علي|في) (?:اكثر من|عده|مختلف|كل|جميع|كافه) (?:ال)?(?:جبهه|جبهات|محور|محاور)")
_FRONTS_HINT = _any_of(("جبه", "محور", "محاور"))  # (in every match of _MANY_FRONTS: see _hints_near)


# the people held, named (with the article) by what was done to them (normalized)
_THE_HELD = frozenset(("مختطفين", "مختطفون", "مخطوفين", "مخطوفون", "رهائن"))
# words of where a side moved, in or towards (normalized)
_WHERE_MOVED = frozenset(("في", "الي", "نحو", "صوب", "باتجاه", "داخل", "حتي"))


def _waged_on_fronts(text: str, m: Mention) -> bool:
    """A noun carried by a present verb of waging, on many fronts: "تخوض القوات مواجهات على اكثر من جبهة"; and an
    advance on many fronts."""
    # (right after it: a comma may set the fronts apart, "مواجهات، على اكثر من جبهة،")
    if _entry(m).get("pos") != "noun":
        return False
    if m.data["entry"].id == "advance":
        fronts = _MANY_FRONTS.search(text, m.nspan.end, m.nspan.end + 50)
        # "وتقدم مقاتلي المقاومة على اكثر من محور": how the war goes, only its side between, no day's fight (not
        # "وتقدمت القوات في حي كريتر على اكثر من محور": where it advanced, told)
        return fronts is not None and _WHERE_MOVED.isdisjoint(text[m.nspan.end : fronts.start()].split())
    if not _MANY_FRONTS.search(text, m.nspan.end, m.nspan.end + 30):
        return False
    return any(w.lstrip("و") in _WAGES for w in _words_before(text, m, 8, chars=80))


# a blow told by its force, not its means (normalized): "ضربة قاصمة للميليشيات"، "ضربات موجعة"
_BLOW_FORCE = frozenset(("قاصمه", "موجعه", "مولمه", "مؤلمه", "قاضيه", "استباقيه", "قاسيه"))
# verbs before a blow that make it a setback one suffers or a thing's weight: "يشكل ضربة"، "بعد تلقيهم ضربات"
_BLOW_WEIGHED = frozenset(
    "يشكل تشكل شكل شكلت يمثل تمثل مثل مثلت بمثابه يعد تعد تلقي تلقت تلقوا تلقيه تلقيها تلقيهم تتلقي يتلقي".split()
)
_STRIKE_MEANS = frozenset(("جويه", "صاروخيه", "مدفعيه", "الجويه", "الصاروخيه", "المدفعيه"))
# (normalized) the sides whose blows come from the air, named after them: "تحت ضربات التحالف"
_STRIKERS_FROM_THE_AIR = frozenset(("التحالف", "الطيران", "المقاتلات"))  # (and _AIRCRAFT_HEADS)
# a blow's size, before what it was dealt to (normalized): "ضربة قوية للتنظيم"، "ضربة جديدة لداعش"
_BLOW_TO = frozenset(("جديده", "قويه", "كبيره", "اخري"))
# ان with a pronoun (normalized): what is called something ("وصفه بانه ضربة"، "اعتبر انها ضربة"), the subject
# of what is said ("قال انه دمر")
_THAT_IT = frozenset(("انه", "انها", "انهم", "بانه", "بانها", "بانهم", "وانه", "وانها"))
# (normalized) a side's men named with its pronoun: "ان مقاتليه فجروا …"
_ITS_OWN_MEN = frozenset(
    f"{w}{p}"
    for w in ("مقاتلي", "عناصر", "قوات", "رجال", "مسلحي", "جنود", "وحدات")
    for p in ("ه", "ها", "هم")
)
# a verb of doing with the men named before for its unsaid subject, after an attack (normalized; a word or two of
# adjective between): "هجوم فاشل قاموا به"، "هجوما شنوه"، "الهجوم الذي نفذوه"
_MADE_BY_THEM = re.compile(r"(?: (?:\S+ ){0,2}?)?(?:قاموا بها?|شنوه|شنوها|نفذوه|نفذوها)(?!\w)")
# verbs of a guess about whose something is (normalized): "طائرات يعتقد انها تابعة للتحالف"، "يرجح انها"
_HEDGES = frozenset("يعتقد يرجح يشتبه يظن يبدو قيل".split())


def _a_blow(text: str, m: Mention) -> bool:
    """ "ضربة قاصمة للميليشيات"، "يشكل ضربة جديدة للتنظيم"، "بعد تلقيهم ضربات موجعة": a blow in the figurative
    sense — a setback dealt or suffered — no strike of a day (one told by its means stays one: "ضربة جوية
    قاصمة")."""
    after = text[m.nspan.end : m.nspan.end + 30].split()[:2]
    if after and after[0] in _STRIKE_MEANS:
        return False
    if after and (
        after[0] in _BLOW_FORCE or (after[0] in _BLOW_TO and after[1:2] and after[1].startswith("ل"))
    ):
        return True
    before = _words_before(text, m, 2, chars=20)
    if before[-1:] == ["تحت"] or before == ["تحت", "وقع"]:
        # "فر المسلحون تحت ضربات المقاومة": the pressure of a side on the ground, no strike (a fight told in the
        # sentence is an act of its own); under blows from the air it is one ("تحت ضربات طيران التحالف")
        return not after or (after[0] not in _AIRCRAFT_HEADS and after[0] not in _STRIKERS_FROM_THE_AIR)
    # (or called one: "ووصف البيت الابيض مقتله بانه «ضربة قوية للتنظيم»")
    return any(w.lstrip("و") in _BLOW_WEIGHED or w in _THAT_IT for w in _words_before(text, m, 1, chars=12))


# what acts have become, a word after them at most: "الغارات التركية باتت يومية منذ نحو اسبوع"
_BECAME_FREQUENT = re.compile(
    r"(?:\S+ )?[وف]?(?:باتت|بات|اصبحت|اصبح|صارت|صار|اضحت|اضحي) (?:شبه )?"
    r"(?:يوميه|يوميا|اسبوعيه|اسبوعيا|متكرره|متزايده|متصاعده)(?!\w)"
)


def _frequent(text: str, m: Mention) -> bool:
    """ "بغارات شبه يومية"، "تقصف بشكل يومي"، "اعمال عنف متزايدة"، "في كل مرة": acts said to come every day, more
    and more, or every time tell what goes on, not one day."""
    start = m.nspan.start - _EVERY_TIME_REACH
    around = start if start > 0 else 0, m.nspan.end + _FREQUENT_AFTER
    if not _FREQUENT_HINT.any_within(text, *around):
        return False  # (most triggers: four searches spared)
    return (
        _FREQUENCY.match(text, m.nspan.end + 1) is not None
        or _BECAME_FREQUENT.match(text, m.nspan.end + 1) is not None
        or _FREQUENCY.search(text, max(0, m.nspan.start - 14), m.nspan.start) is not None
        or _EVERY_TIME.search(text, max(0, m.nspan.start - _EVERY_TIME_REACH), m.nspan.start) is not None
        or _EVERY_TIME.match(text, m.nspan.end + 1) is not None
        or _REPEATED.match(text, m.nspan.end) is not None
    )


def _now_and_then(text: str, m: Mention) -> bool:
    """ "بين فترة وأخرى"، "من حين لآخر" in the act's stretch (no full stop nor comma between)."""
    start = m.nspan.start - _EVERY_TIME_REACH
    start = start if start > 0 else 0
    end = m.nspan.end + _FREQUENT_AFTER
    if not _NOW_AND_THEN_HINT.any_within(text, start, end):
        return False  # (most acts)
    for stop in _STRETCH_ENDS:
        start = max(start, text.rfind(stop, start, m.nspan.start) + 1)
        at = text.find(stop, m.nspan.end, end)
        end = end if at == -1 else at
    return _NOW_AND_THEN.search(text, start, end) is not None


_THESE = (["هذه"], ["هذا"], ["تلك"])  # (normalized) demonstratives that point an act back (ذلك: "بعد ذلك")
_INCIDENTS = frozenset(("حوادث", "حالات"))  # (normalized) incidents or cases of an act, not counted nor dated
_USUALLY = ("غالبا ما", "كثيرا ما", "عاده ما", "دائما ما")  # (normalized) what a side often or always does
_USUALLY_HINT = Literals(_USUALLY)  # (any_within: the finds of each word, in one look)


def _usually(text: str, clause: Clause, m: Mention) -> bool:
    """ "وغالبا ما تعمد قوات النظام … الى قصفها جوا": what a side often does, no act of a day."""
    return _USUALLY_HINT.any_within(text, clause.start, m.nspan.start)


# what is seized rather than who is raped: اغتصب السلطة، اغتصاب الحكم، اغتصاب الارض
_SEIZED = ("السلطه", "الحكم", "الشرعيه", "الارض", "اراضي", "الاراضي", "حق", "الحق", "حقوق", "الحقوق", "منصب",
           "الدوله", "المدينه", "ممتلكات", "اموال", "الاموال", "القرار", "الرئاسه")  # fmt: skip


# a permission to use bases, airspace or land for the acts: "سمحت تركيا للولايات المتحدة باستخدام قاعدة
# إنجرليك في شن غارات"، "السماح باستخدام الأجواء لضرب …" (the hint is in every match: most triggers have none)
_PERMIT_HINT = "استخدام"
_PERMIT_REACH = 160
_PERMITTED = re.compile(
    r"(?:سمح|يسمح|تسمح|السماح|بالسماح|وافق|توافق|الموافقه|اذن|الاذن)\w* (?:[^.]* )?[بل]?استخدام "
)


def _permitted(text: str, m: Mention) -> bool:
    at = m.nspan.start
    start = at - _PERMIT_REACH if at > _PERMIT_REACH else 0
    start = max(start, text.rfind(".", start, at) + 1)
    return _PERMITTED.search(text, start, m.nspan.start) is not None


# the titles of a person who leads or speaks (normalized), first word of the mention
_LEADER_TITLES = frozenset(
    ("رئيس", "الرئيس", "وزير", "الوزير", "زعيم", "المتحدث", "الناطق", "رئيسه", "المستشار")
)


def _one_or_another(text: str, clause: Clause, m: Mention) -> bool:
    """The side is one of two named as alternatives ("نفذها الجيش السوري او قوات التحالف"، "التحالف او الجيش")."""
    for o in clause.of("actors"):
        if (
            o.nspan.start >= m.nspan.end
            and text.startswith(" او ", m.nspan.end)
            and o.nspan.start <= m.nspan.end + 4
        ):
            return True
        if (
            o.nspan.end <= m.nspan.start
            and text.startswith(" او ", o.nspan.end)
            and m.nspan.start <= o.nspan.end + 4
        ):
            return True
    return False


def _a_leader(text: str, m: Mention) -> bool:
    """A side named as a person who leads or speaks for it: a title (رئيس الحكومة، وزير الخارجية, in the mention
    or right before it: "رئيس حكومة الاحتلال"), or a name."""
    if (m.data["entry"].get("code") or "")[3:] != "GOV":
        return False
    return (
        m.norm.split()[0] in _LEADER_TITLES
        or _prev_word(text, m) in _LEADER_TITLES
        or "person_of_role" in m.data
        or "family_name_of" in m.data
    )


_DENY_HINTS = ("نف", "نافي")  # (one in every form of _DENYING: most clauses have none before their acts)
# (and the participles: "وشككت الوزارة في التقرير نافية اسر او اعتقال اي من افراد القوة")
_DENYING = frozenset(("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافيه", "نافين"))
_REJECTING = frozenset(("رفض", "رفضت", "رفضوا", "يرفض", "ترفض"))
_REJECT_HINT = "رفض"  # (in every form of _REJECTING)
_DENIAL_HINT = _any_of((*_DENY_HINTS, _REJECT_HINT))  # (see _in_reach)
# the charges a denial or a rejection answers (normalized): "نفت اتهامات المعارضة بقصف المدنيين"
_ACCUSATIONS = frozenset(
    "اتهامات الاتهامات اتهام الاتهام ادعاءات الادعاءات مزاعم المزاعم تقارير التقارير انباء الانباء "
    "روايه الروايه روايات الروايات".split()
)


def _denied(text: str, start: int, m: Mention) -> bool:
    """The act is what a denial of its clause says did not happen: a verb of denying, then أن before it; or what
    the charges a side denies or rejects name ("نفى الجيش الاتهامات بقصف المدنيين"، "رفضت الحكومة اتهامات
    المعارضة بقصف المدنيين")."""
    words = [w.lstrip("و") for w in text[start : m.nspan.start].split()]
    at = next((i for i, w in enumerate(words) if w in _DENYING or w in _REJECTING), None)
    if at is None:
        return False
    after = words[at + 1 :]
    if (
        words[at] in _DENYING
        and len(after) <= _DENIED_OBJECT
        and _entry(m).get("pos") == "noun"
        and not m.data.get("prefix")
        and _NO_OBJECT.isdisjoint(after)
    ):
        return True  # "ونفى الجيش قصف المدينة": the act is what is denied (not "نفى مسؤوليته عن القصف")
    return any(w in _ACCUSATIONS for w in after) or (
        words[at] in _DENYING and any(w in ("ان", "انه", "انها", "بان") for w in after)
    )


_DENIED_OBJECT = 3  # words from a verb of denying to the act it denies (its subject between)


_PRIORITY_REACH = 60
_PRIORITY = re.compile(r"(?:علي راس|من|في مقدمه|اهم) (?:ال)?اولوي(?:ات|ه)(?!\w)")


def _a_priority(text: str, m: Mention) -> bool:
    """The act named as a side's priority or aim ("على رأس أولويات"، "من أولويات"), in its sentence."""
    end = m.nspan.end + _PRIORITY_REACH
    stop = text.find(".", m.nspan.end, end)
    return _PRIORITY.search(text, m.nspan.end, end if stop == -1 else stop) is not None


def _released(text: str, m: Mention) -> bool:
    """Hostages or the abducted named as those to be freed or freed: no abduction told (who they are may stand
    between, before the noun of the held: "الافراج فورا عن العمال الاجانب المختطفين")."""
    held = m.norm.removeprefix("ال") in _THE_HELD
    before = _words_before(text, m, 7 if held else 4, chars=70 if held else 40)
    return any(w.lstrip("وفلب") in _RELEASE or "افراج" in w for w in before)


_RELEASE = frozenset(("سراح", "الافراج", "افراج", "تحرير", "التحرير", "الافرج"))


def _sentenced(text: str, m: Mention) -> bool:
    words = [w.lstrip("و") for w in _words_before(text, m, 9, chars=90)]
    if not CARRIED_OUT.isdisjoint(words):
        return False  # (its doer may be named at length between: "نفذت جبهة النصرة (ذراع القاعدة …) حكم الاعدام")
    return m.data.get("prefix", "").lstrip("وف") == "بال" or not SENTENCING.isdisjoint(words[-3:])


# words of burning said with النيران (flames, not gunfire): before it (its verb or verbal noun) or right after
_BURNING = frozenset(
    "احرقت اشتعلت اشتعال اشعال اشعلت اندلاع اندلعت اخماد لاخماد السنه اضرام اضرمت التهمت تلتهم شبت نشوب".split()
)


def _flames(text: str, m: Mention) -> bool:
    start = text.rfind(" ", 0, m.nspan.start) + 1  # (the word's start: النيران)
    before = text[max(0, start - 14) : start].split()[-1:]
    after = text[m.nspan.end : m.nspan.end + 14].split()[:1]
    return bool(before) and before[0].lstrip("وف") in _BURNING or bool(after) and after[0] in _BURNING


def _usurped(text: str, m: Mention) -> bool:
    nxt = text[m.nspan.end : m.nspan.end + 20].split()[:1]
    return bool(nxt) and nxt[0].rstrip(".,،؛:\"'") in _SEIZED


_APPLIED_FOR = frozenset(
    ("بطلب", "بالشكر", "بشكوي", "بمقترح", "باقتراح", "بمبادره", "بمشروع", "بالتهنئه", "بالتعازي")
)


_UNDERTAKINGS = frozenset(
    "الوصول المفاوضات المحادثات التحقيق التحقيقات المسار الحوار العمليه الملف الجهود التوصل تحديد".split()
)


def _applied(text: str, m: Mention) -> bool:
    """تقدم with li- (تقدموا لبرنامج التدريب، تقدم للانتخابات) or a request (تقدم بطلب، بالشكر) after it applies,
    stands for, thanks: it advances on no ground ("تقدمت لمسافة" still does)."""
    # (quotes around the words are no words: "تحقيق «تقدم كبير» في الوصول الى هوية المشتبه")
    nxt = [w.strip('«»"') for w in text[m.nspan.end : m.nspan.end + 40].split()[:3]]
    if not nxt:
        return False
    w = nxt[0]
    # progress in an undertaking: "تحقيق تقدم كبير في الوصول الى هوية المشتبه به"، "تقدم في المفاوضات"
    rest = nxt[1:] if w in ("كبير", "ملموس", "ملحوظ", "مهم", "جديد", "كبيرا", "ملموسا", "ملحوظا") else nxt
    if rest[:1] == ["في"] and len(rest) > 1 and rest[1] in _UNDERTAKINGS:
        return True
    # with li-, only a form that is a verb: after a noun (صد تقدما للجيش) li- names whose advance it was
    verb = m.norm.lstrip("وف") in ("تقدموا", "تقدمت", "يتقدم", "تتقدم", "يتقدمون")
    if verb and not _APPLIED_FOR.isdisjoint(text[m.nspan.end : m.nspan.end + 60].split(".")[0].split()[:7]):
        return (
            True  # "وتقدمت وزارة الخارجية السورية امس بشكوى رسمية": its subject and a date before the request
        )
    return w in _APPLIED_FOR or (verb and w.startswith("ل") and not w.startswith(("لمساف", "للسيطر")))


# what belongs to the fallen, before a victim's word (normalized): their kin, their memory — "لاسر الشهداء"،
# "ذوي الشهداء"، "ارواح الشهداء"، "ذكري الشهداء"
_OF_THE_FALLEN = frozenset(
    "اسر اسره عائلات عائله ذوي اهالي اهل ابناء ارامل ايتام امهات اباء ارواح روح دماء تضحيات ذكري مقبره "
    "مقابر اضرحه صور".split()
)


# words that open the motive of an act (normalized): "انتقاما لجنوده"، "ردا على"، "ثارا لمقتل"
_MOTIVES = frozenset(("انتقاما", "ثارا", "ردا", "تضامنا", "نصره", "مطالبه", "مطالبين", "مطالبا", "مطالبون"))


def _tells(m: Mention, trigs: list[Mention]) -> bool:
    """``m`` is no noun with the article, or no word of its entry without one is among ``trigs`` (the definite
    noun names an act the clause tells with another word: "عملية الخطف" beside "اختطفوا")."""
    if not _definite(m):
        return True
    entry = m.data["entry"].id
    return not any(t.data["entry"].id == entry and not _definite(t) for t in trigs)


def _definite(m: Mention) -> bool:
    """The trigger's word has the article (its clitics, or its own form: الهجوم، القصف)."""
    return m.data.get("prefix", "").endswith("ال") or m.norm.startswith("ال")


def _takes_an_object(text: str, trig: Mention) -> bool:
    """A plural verb that goes on with its object, so its subject is who did it: "عناصر من جبهة النصرة اختطفوا
    مساء الاربعاء قائد الفرقة" (active); a passive goes on with a phrase instead ("عناصر من الجيش اعتقلوا في
    حملة"، "اصيبوا بجروح"). Words of the time in between are passed over."""
    if _entry(trig).get("voice") == "victim" or not trig.norm.endswith("وا"):  # (a noun ends in no -وا)
        return False
    for w in text[trig.nspan.end : trig.nspan.end + 60].split()[:5]:
        if w in _WHEN_WORDS:
            continue
        return w.isalpha() and w not in _AFTER_A_PASSIVE and not w.startswith(("ب", "و"))
    return False


def _kills_a_count(text: str, trig: Mention) -> bool:
    """A plural verb of death with a count right after it is active, its subject the killers: "مسلحين من داعش
    قتلوا اثنين من جنوده" (a passive plural follows its dead: "الجنود قتلوا في …")."""
    if not trig.norm.endswith("وا"):
        return False
    at = trig.nspan.end
    for w in text[at : at + 40].split()[:4]:
        at = text.index(w, at)
        if w not in _WHEN_WORDS:
            return bool(numbers_in(text, at, at + len(w)))
        at += len(w)
    return False


# the words of a time after a verb (normalized): "مساء الاربعاء"، "امس"، "يوم الخميس الماضي"
_WHEN_WORDS = frozenset(
    "امس اليوم مساء صباح ظهر فجر عصر ليل ليله يوم الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت "
    "الماضي الماضيه الاول".split()
)
# what goes on from a passive verb: a phrase of place, cause or time, not an object
_AFTER_A_PASSIVE = _PREPOSITIONS | frozenset("جراء عند داخل قرب لدي اثناء اثناءها".split())


# those an act is named after, before its noun (normalized): "منفذ الهجوم"، "مرتكبي المجزره"، "ضحايا التفجير"
_AUTHORS_OF = frozenset("منفذ منفذي منفذو منفذه مرتكب مرتكبي مرتكبو مدبر مدبري مدبرو ضحايا".split())
_AUTHORS_HINT = _any_of(_AUTHORS_OF)  # (see _hints_near)
_ATTACK_ENTRY = "attack_noun"  # هجوم، هجمات: an attack of no said kind


def _by_its_author(doc: Doc, clause: Clause, m: Mention) -> bool:
    """An act named again after its author or its victims ("منفذ الهجوم"، "ضحايا التفجير"), the noun with the
    article, once an earlier clause of the body has reported an act of its type: it is that act. (The first
    telling may well name it so: "ان شابا هو منفذ الهجوم الانتحاري الذي اوقع 32 قتيلا"; an act named before
    only as background, "ردا على الهجوم الانتحاري", reported none.)"""
    if not _definite(m) or _prev_word(doc.text, m).lstrip("وفبل") not in _AUTHORS_OF:
        return False
    # "منفذ الهجوم": the attack of any kind told before; "منفذ الهجوم الانتحاري": one of its kind
    kind = None if m.data["entry"].id == _ATTACK_ENTRY else _entry(m).get("sub_event_type")
    return any(
        kind is None or _entry(t).get("sub_event_type") == kind
        for c in doc.clauses[: clause.index]
        if c.start >= doc.body_start
        for t in conflict_triggers(doc, c)
    )


def _of_the_fallen(text: str, m: Mention) -> bool:
    """A victim's word after a noun of what belongs to the fallen (their kin, their memory): no death told."""
    prev = _prev_word(text, m)
    if prev == "من":
        # "صلاة الميت على ارواح 25 من القتلى": a part of the fallen, counted
        words = _words_before(text, m, 3, chars=30)[:-1]
        return any(_fallen_word(w) for w in words[-2:])
    return _fallen_word(prev)


def _fallen_word(word: str) -> bool:
    bare = word[1:] if word[:1] in ("و", "ف") else word  # ولاسر: و + ل + اسر
    return (
        word in _OF_THE_FALLEN
        or bare in _OF_THE_FALLEN
        or (bare[:1] in ("ل", "ب") and bare[1:] in _OF_THE_FALLEN)
    )


def _inside_name(doc: Doc, m: Mention) -> bool:
    """A trigger word inside a name: ميدان التحرير (a square), لواء شهداء اليرموك (a brigade)."""
    names = doc.memo.get("names")
    if names is None:
        # (start, end, typed) of every name, by start: actors, and toponyms (typed: a type word introduces them)
        names = [
            (a.nspan.start, a.nspan.end, False)
            for a in doc.mentions
            if a.kind == "actors" and "forces_of" not in a.data  # ("غارة امريكية" names the act's side)
        ]
        names += [(t.start, t.end, bool(getattr(t, "type_word", None))) for t in doc.toponyms]
        names.sort()
        doc.memo["names"] = (names, [n[0] for n in names])
        names = doc.memo["names"]
    spans, starts = names
    if m.kind == "triggers" and in_a_units_name(doc.text, m):
        return True  # "كتيبة شهداء القلمون": a group no lexicon knows
    s, e = m.nspan.start, m.nspan.end
    # a longer name around the word (ميدان التحرير), or a place name a type word introduces (حي التحرير); names
    # are a few words long, so only those starting shortly before the word can hold it
    lo = bisect_left(starts, s - _LONGEST_NAME)
    hi = bisect_right(starts, s)
    # (a strike word opening a side's name is the strike, the rest its agent: "بغارات التحالف")
    strike = _entry(m).get("sub_event_type") == "Air/drone strike"
    # (a loop, not any() of a generator: that costs several times as much for the few names looked at here)
    for a, b, typed in spans[lo:hi]:
        if e <= b and (b - a > e - s or typed) and not (strike and a == s):
            return True
    return False


_TALKS = frozenset(("discuss_verb", "discuss_noun", "meet_verb"))
_ASIDES = ("بينهم", "من بينهم", "منهم", "بينهما", "بينهن", "ومن بينهم")  # the few named among a count
# the days to come a clause tells of (normalized): "الايام القليلة القادمة ستشهد … تحرير المدينة"
_COMING_DAYS = re.compile(
    r"(?:الايام|الساعات|الاسابيع|الاشهر|الشهور|المرحله|الفتره)(?: القليله)? (?:القادمه|المقبله)"
)
_SEIZING = frozenset(("ضبط", "ضبطت", "ضبطوا"))  # (a seizure: of men, or of arms)
_BOMB_ENTRIES = frozenset(("ied", "car_bomb"))  # bombs that can be destroyed before they go off
_BOMBINGS = frozenset(("Remote explosive/landmine/IED", "Suicide bomb"))  # (the bomb's own words)


def _destroys_a_bomb(text: str, clause: Clause, m: Mention) -> bool:
    """A verb of destroying whose object is a bomb ("تمكنت القوات من تدمير خمس عجلات مفخخة"، "ودمر الجيش
    سيارة مفخخة"): the bomb was stopped, it went not off. A verb right before the bomb has it as its subject
    ("دمرت سيارة مفخخة مقر الشرطة"): only the noun, a verb with a side named between, or one whose subject is
    a pronoun before it ("وقال الجيش انه دمر سيارة مفخخة") has it as object."""
    if m.data["entry"].id != "destroy":
        return False
    for t in clause.of("triggers"):
        if t.data["entry"].id in _BOMB_ENTRIES and 0 <= t.nspan.start - m.nspan.end <= _OBJECT_CHARS:
            return (
                m.norm == "تدمير"
                or any(m.nspan.end <= a.nspan.start < t.nspan.start for a in clause.of("actors"))
                or (_words_before(text, m, 1, chars=8) or [""])[-1] in _THAT_IT
            )
    return False


def conflict_triggers(doc: Doc, clause: Clause) -> list[Mention]:
    """The triggers of the clause that report a conflict event that happened (worked out once per clause)."""
    done: dict[int, list[Mention]] | None = doc.memo.get("conflict_triggers")
    if done is None:
        done = doc.memo["conflict_triggers"] = {}
    found = done.get(clause.index)
    if found is None:
        found = done[clause.index] = _conflict_triggers(doc, clause)
    return list(found)


# (normalized) an act or weapon told as the subject of a verb of hindering in the present, a word or a few of its
# phrase between: "القناصة يعرقلون تقدم الجيش"، "العبوات الناسفة تبطئ تقدم القوات" — what goes on, no act
_HINDERING_AFTER = re.compile(
    r"\S*(?:\s+(?!(?:ما|مما|وهو|وهي|الذي|التي|الذين)\s)[^\s.,،؛:]+){0,4}?\s+[وف]?"
    r"(?:يبطئ|تبطئ|يبطئون|يعيق|تعيق|يعيقون|يعرقل|تعرقل|يعرقلون|يؤخر|تؤخر|يؤخرون|يقطع|تقطع)(?!\w)"
)
# (and of cutting off: "اذ ان احكام السيطرة عليها يقطع طريق الامدادات" — what holding it does, no take-over)
_HINDERING_HINT = Literals(("يبطئ", "تبطئ", "يعيق", "تعيق", "يعرقل", "تعرقل", "يؤخر", "تؤخر", "يقطع", "تقطع"))
_HINDERING_REACH = 60  # characters from the act to the verb


def _hindering(text: str, m: Mention) -> bool:
    end = m.nspan.end
    return (
        _entry(m).get("pos") == "noun"
        and _HINDERING_HINT.any_within(text, end, end + _HINDERING_REACH)
        and _HINDERING_AFTER.match(text, end) is not None
    )


# (normalized) what makes a battle figurative, right after it: "معركة سياسية"، "معركة الانتخابات"، "وسط معركة
# التوازنات الاقليمية"، "معركة اقتصادية" — no arms
_FIGURATIVE_FIGHTS = frozenset(
    """
    سياسيه السياسيه انتخابيه الانتخابيه الانتخابات انتخابات التوازنات الارادات دبلوماسيه الدبلوماسيه
    اعلاميه الاعلاميه الاعلام اقتصاديه الاقتصاديه قانونيه القانونيه قضائيه القضائيه الوعي المصالح النفوذ
    الرئاسه رئاسيه الرئاسيه الافكار العقول الهويه ثقافيه الثقافيه فكريه الفكريه دستوريه الدستوريه
    """.split()
)


def _figurative_battle(text: str, m: Mention) -> bool:
    """A battle noun of no arms: the word right after it makes it politics, ballots, ideas (_FIGURATIVE_FIGHTS)."""
    if m.data["entry"].id != "battle_noun":
        return False
    after = text[m.nspan.end : m.nspan.end + 24].split()[:1]
    return bool(after) and after[0].strip(_PUNCT) in _FIGURATIVE_FIGHTS


# (normalized) present verbs of waging or taking part in fights, and the words after the fight that name the side
# fought alongside or in whose ranks ("الى جانب"، "في صفوف"): a side's part in a war, no fight of a day
_WAGING_NOW = frozenset(("يخوض", "تخوض", "يخوضون", "يخوضان", "تخوضان"))
_TAKING_PART_NOW = frozenset(("يشارك", "تشارك", "يشاركون", "يشاركان", "تشاركان"))
_AS_A_ROLE = frozenset(("جانب", "بجانب", "صفوف", "بصفوف"))
_ROLE_REACH = 3  # words from the fight to the side fought alongside
_NOW_WORDS = frozenset(("حاليا", "الان", "اليوم", "امس"))  # (normalized) a fight told as going on that day
_ROLE_CHARS = 60  # characters before the fight its verb of waging or taking part is looked for in
_ROLE_HINT = Literals(("خوض", "شارك"))  # (in every word of _WAGING_NOW and _TAKING_PART_NOW: see _in_reach)


def _waged_as_a_role(text: str, m: Mention) -> bool:
    """ "عناصر من الحزب … وتخوض المعارك الى جانب القوات النظامية"، "العناصر التي تشارك في محاولات اقتحام
    المنفذ": a fight a side is told (in the present, with no day) to wage alongside another or to take part in —
    its part in the war, no act of a day ("وتخوض القوات حاليا معارك عنيفة" is one going on)."""
    if not _in_reach(_ROLE_HINT, text, m, chars=_ROLE_CHARS):
        return False  # (most acts)
    before = [w.lstrip("و") for w in _words_before(text, m, 6, chars=_ROLE_CHARS)]
    if not before or not _NOW_WORDS.isdisjoint(before) or not _WAS.isdisjoint(before):
        return False  # (nor one a side was waging then: "وانه كان يشارك في المواجهات بمنطقة العروسة")
    if before[-1] in _WAGING_NOW:
        after = text[m.nspan.end : m.nspan.end + 40].split()[:_ROLE_REACH]
        return not _AS_A_ROLE.isdisjoint(after)
    if text[m.nspan.end : m.nspan.end + 30].split()[:2] and not _RELATIVE.isdisjoint(
        text[m.nspan.end : m.nspan.end + 30].split()[:2]
    ):
        return False  # "يشاركون في العملية التي نفذت في توقيت متزامن": the act told, with its day
    # (the fight right after في, or a word of trying between: "تشارك في محاولات اقتحام"; the side named between
    # the verb and في: "وتشارك قوات النخبة في القتال")
    if _entry(m).get("pos") == "verb" or "في" not in before[-2:]:
        return False
    at = len(before) - 1 - before[::-1].index("في")
    return any(w in _TAKING_PART_NOW for w in before[:at][-3:])


# (normalized) an option or a decision a fight is opened by ("احد الخيارات المطروحة يتمثل في فتح معركة"، "اتخذت
# قرارا … عبر فتح معارك اخرى"): the fight weighed or resolved on, not fought
_OPTIONS = frozenset(
    ("خيار", "الخيار", "خيارا", "خيارات", "الخيارات", "قرار", "قرارا", "القرار", "خطه", "الخطه")
)
_OPENING = frozenset(("فتح", "بفتح", "لفتح", "شن", "بشن", "لشن"))  # (opening or launching it)
_OPTION_REACH = 12  # words from the option to the opening of the fight
_OPTION_CHARS = 100  # characters before the fight the option is looked for in
_OPTION_HINT = Literals(("خيار", "قرار", "خطه"))  # (in every word of _OPTIONS: see _in_reach)


def _an_option(text: str, m: Mention) -> bool:
    """A fight named as one to open ("فتح معركة") after an option or a decision: a plan, not a fight."""
    if not _in_reach(_OPTION_HINT, text, m, chars=_OPTION_CHARS):
        return False  # (most acts)
    before = _words_before(text, m, _OPTION_REACH, chars=_OPTION_CHARS)
    if m.norm in _OPENING:
        pass  # (the act named by its launching: "من بين الخيارات المطروحة شن هجوم بري")
    elif before and before[-1].lstrip("و") in _OPENING:
        before = before[:-1]
    else:
        return False
    return any(w.lstrip("و").strip(_PUNCT) in _OPTIONS for w in before)


# (normalized) an act remembered or told as what something came after: "في ذكرى مقتل"، "منذ مقتل القائد في
# غارة"، "بعد تقارير عن مقتل 12 مدنيا": the act is of another day
_REMEMBRANCE = ("ذكري", "ذكراه", "ذكراها", "ذكراهم")
_SINCE_ACTS = frozenset(
    "مقتل اغتيال استشهاد تفجير التفجير هجوم الهجوم مجزره المجزره سقوط اختطاف خطف اعتقال".split()
)
_REPORTS = frozenset(("تقارير", "تقرير", "انباء", "معلومات"))
_REMEMBERED_REACH = 8  # words from the remembrance, since or reports to the act
_REMEMBERED_CHARS = 70  # characters before the act they are looked for in
# (in every word of _REMEMBRANCE, منذ and _REPORTS: see _in_reach)
_REMEMBERED_HINT = Literals(("ذكر", "منذ", "تقارير", "تقرير", "انباء", "معلومات"))


def _of_another_day(text: str, m: Mention) -> bool:
    """The act is named in a remembrance ("احيا انصار الحزب الذكرى الاولى لاغتيال القيادي"), as what a state has
    lasted since ("منذ مقتل القائد في غارة") or as what reports that something came after told ("ويأتي ذلك بعد
    تقارير اشارت الى …"): told of another day, not an act of the report's."""
    if not _in_reach(_REMEMBERED_HINT, text, m, chars=_REMEMBERED_CHARS):
        return False  # (most acts)
    words = _words_before(text, m, _REMEMBERED_REACH, chars=_REMEMBERED_CHARS)
    # (within the phrase: what a comma sets off before it is another's — "…، وقتل امس خمسة في غارة")
    cut = max((i + 1 for i, w in enumerate(words) if w.endswith(("،", ","))), default=0)
    before = [w.lstrip("و").strip(_PUNCT) for w in words[cut:]]
    for i, w in enumerate(before):
        if w.lstrip("بل").removeprefix("ال").startswith(_REMEMBRANCE):
            return True
        if w == "منذ" and (before[i + 1 : i + 2] or [m.norm])[0] in _SINCE_ACTS:
            return True
        if w in _REPORTS and i and before[i - 1] in _OTHER_ACTS_TIME:
            return True
    return False


# an opinion column: the writer's address signed at its end, or the list of the writer's other columns (normalized)
_SIGNED = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$")
_OTHER_COLUMNS = "مقالات اخري للكاتب"
_SIGNATURE_REACH = 120  # characters at the end of the text the signature stands in


def _opinion_column(doc: Doc) -> bool:
    """The article is a writer's column ("… alrashed@example.com"، "مقالات اخرى للكاتب"): its acts are argued
    from, named as examples, not reported — only those told with a day of their own are news."""
    column = doc.memo.get("opinion_column")
    if column is None:
        text = doc.text
        column = _OTHER_COLUMNS in text or bool(_SIGNED.search(text[-_SIGNATURE_REACH:]))
        doc.memo["opinion_column"] = column
    return column


# (normalized) verbs of what an act brought about: "واجبر هجوم سوروتش انقرة على …"، "دفع تفجير الريحانية
# الحكومة الى …"، "اثار اعتداء سوسة موجة غضب"
_BROUGHT_ABOUT = _with_and(
    frozenset(
        "اجبر اجبرت يجبر تجبر ارغم ارغمت يرغم دفع دفعت يدفع تدفع اثار اثارت يثير تثير دعا دعت جعل جعلت"
        " حرك حركت".split()
    )
)


def _named_act_as_cause(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The act, named by its place ("هجوم سوروتش": no article, the place right after it), is the subject of a
    verb of what it brought about: an act told before, named again for its outcome, no new one."""
    if m.data.get("prefix", "").lstrip("و") or _entry(m).get("pos") != "noun" or m.norm.startswith("ال"):
        return False
    if not _in_reach(_BROUGHT_ABOUT_HINT, doc.text, m, chars=10) or _BROUGHT_ABOUT.isdisjoint(
        _words_before(doc.text, m, 1, chars=10)
    ):
        return False
    end = m.nspan.end
    # (or by its doer: "وحرك هجوم الحزب الذي نفذ ردا على … المخاوف من …")
    return any(doc.toponyms[i].phrase_start - end in (0, 1) for i in clause.toponyms) or any(
        a.nspan.start - end in (0, 1) for a in clause.of("actors")
    )


_BROUGHT_ABOUT_HINT = Literals(_BROUGHT_ABOUT)
_SUBJECT_OPENERS = frozenset(
    ("ان", "لكن", "ولكن")
)  # (normalized) what a sentence's subject stands right after
_TURN_REACH = 120  # characters from the act, its subject, to the verb of bringing about


def _cause_of_a_turn(text: str, m: Mention) -> bool:
    """ "غير ان تفجيرا انتحاريا في بلدة حدودية نسب الى التنظيم، جعل سياسة انقرة اكثر تشددا": an act that is the
    subject of its sentence (right after ان or لكن, no article), whose verb — after a comma closes the subject
    phrase — is one of bringing about: the act named for the turn it brought, no act of a day."""
    if m.data.get("prefix") or _entry(m).get("pos") != "noun" or m.norm.startswith("ال"):
        return False
    end = m.nspan.end + _TURN_REACH
    if not _BROUGHT_ABOUT_HINT.any_within(text, m.nspan.end, end):
        return False  # (most triggers: no verb of bringing about after them)
    # (or the noun before it is the act, it an adjective of it: "ان هجوما انتحاريا")
    before = _words_before(text, m, 2, chars=24)
    if not before or (
        before[-1] not in _SUBJECT_OPENERS
        and not (len(before) == 2 and before[0] in _SUBJECT_OPENERS and before[1][-1] not in ".،؛:,")
    ):
        return False
    closed = False
    for w in text[m.nspan.end : end].split():
        if w in _BROUGHT_ABOUT:
            return closed
        if w[-1] in "،,":
            closed = True
        elif w[-1] in ".؛:":
            return False
    return False


# (normalized) a verb of leading to, then الي, right before what it led to: "وقد ادى رفضها الى تظاهرات"
_LED_TO = re.compile(
    r"(?<!\w)[وف]?(?:ادي|ادت|اثار|اثارت|دفع|دفعت)(?: \S+){0,5} (?:الي|لي)(?: (?:خروج|اندلاع|موجه))? ?$"
)
_LED_TO_HINT = Literals(("ادي", "ادت", "اثار", "دفع"))
_LED_TO_REACH = 60  # characters before the protest within which the verb of leading to stands


def _protests_a_stance_led_to(doc: Doc, clause: Clause, m: Mention) -> bool:
    """Protests told as what a stance or a decision led to, with no day of their own ("وقد ادى رفضها الى تظاهرات
    مؤيدة للاكراد في جنوب شرق البلاد"): how things came to stand, no protest of a day. (What an act led to is
    told by its own rules: "ادى القصف الى …".)"""
    text = doc.text
    if _entry(m).get("event_type") != "Protests" or _entry(m).get("pos") != "noun":
        return False
    if clause.date is not None and clause.date.basis in ("explicit", "relative"):
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    lo = max(clause.start, word_start - _LED_TO_REACH)
    if not _LED_TO_HINT.any_within(text, lo, word_start):
        return False  # (most protests)
    led = _LED_TO.search(text, lo, word_start)
    if led is None:
        return False
    # (no act before the verb, the cause: "ادت الغارات الى احتجاجات" is the act's story)
    return not any(
        t.nspan.start < led.start() and _entry(t).get("category") == "conflict" for t in clause.of("triggers")
    )


# (normalized, without ال) a state of a side an act is named as the cause of: "انهيار كبير في صفوف المسلحين"
_COLLAPSE = frozenset("انهيار انهيارات تراجع تقهقر ارتباك تفكك تصدع ضعف انكسار".split())
_BY_FORCE_OF = Literals(("بفعل",))
_BY_FORCE_OF_REACH = 80  # characters before the act within which the state it caused is named


def _cause_of_a_state(text: str, m: Mention) -> bool:
    """ "تحدثت مصادر عن انهيار كبير في صفوف المسلحين بفعل ضربات الطيران": acts named (right after بفعل) as the
    cause of a state of a side — a collapse, a retreat — are no act of a day (the cause of a toll stays one:
    "وقتل عشرة مسلحين بفعل ضربات الطيران")."""
    if not _in_reach(_BY_FORCE_OF, text, m, chars=8) or _entry(m).get("pos") != "noun":
        return False  # (most triggers: no بفعل right before them)
    before = _words_before(text, m, 9, chars=_BY_FORCE_OF_REACH)
    if not before or before[-1].lstrip("و") != "بفعل":
        return False
    for w in reversed(before[:-1]):
        if w[-1] in ".،؛:,":
            return False
        if w.lstrip("و").removeprefix("ال") in _COLLAPSE:
            return True
    return False


# acts repeated, said at the end of the clause that tells them: "وهاجموا سيارات الاسعاف وحاولوا اخراج الجرحى
# منها عدة مرات"
_REPEATED_HINT = Literals(("مرات", "مرارا"))
_REPEATED_END = re.compile(r"(?<!\w)(?:عده مرات|مرات (?:عده|عديده)|مرارا)[.،,؛:!\s]*$")


def _repeated_in_clause(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The clause, with no day of its own, ends by saying its acts came several times: acts summed up, no act of
    a day ("قصفت الطائرات المدينة امس عدة مرات" is the day's)."""
    text = doc.text
    if not _REPEATED_HINT.any_within(text, m.nspan.end, clause.end):
        return False  # (most triggers)
    if _REPEATED_END.search(text, m.nspan.end, clause.end) is None:
        return False
    dv = clause.date
    return dv is None or dv.basis not in ("explicit", "relative")


_TIME_PHRASE = 40  # characters at most of a clause that only names a time


def _time_told_before(doc: Doc, clause: Clause) -> bool:
    """ "وفي احداها (الشهر الماضي)، نجحوا في اخراج جريحين واعتدوا عليهم": the clause before, in the same sentence,
    is a short phrase of a time gone by with no act (not a pluperfect: كان قد), the time of this one, which names
    no day of the last days: background, no act of a day."""
    if clause.index == 0:
        return False
    prev = doc.clauses[clause.index - 1]
    if prev.sentence != clause.sentence or prev.end - prev.start > _TIME_PHRASE or prev.of("triggers"):
        return False
    if not any(
        c.data["entry"].get("kind") == "historical" and not c.norm.startswith(("كان", "سبق"))
        for c in prev.of("cues")
    ):
        return False
    dv = clause.date
    if dv is not None and dv.basis in ("explicit", "relative"):
        return False
    return not _recent(doc, clause)


def _time_told_after(doc: Doc, clause: Clause) -> bool:
    """ "ليلة سيطرة التنظيم على المدينة، في مايو (أيار) الماضي،": the clause after, in the same sentence, is a
    short phrase naming a time weeks before the report, with no act, and this clause has no date of its own:
    that time is this clause's, background, no act of a day."""
    if clause.index + 1 >= len(doc.clauses):
        return False
    nxt = doc.clauses[clause.index + 1]
    if nxt.sentence != clause.sentence or nxt.end - nxt.start > _TIME_PHRASE or nxt.of("triggers"):
        return False
    dv, own, pub = nxt.date, clause.date, doc.article.published
    if own is not None and own.basis in ("explicit", "relative"):
        return False
    return (
        dv is not None and dv.date is not None and pub is not None and dv.basis in ("explicit", "relative")
        and long_gone(dv, pub)
    )  # fmt: skip


def _dated_long_before(doc: Doc, clause: Clause) -> bool:
    """The clause is dated, by its own words or those of the clause it hangs on, weeks before the report."""
    dv, pub = clause.date, doc.article.published
    return (
        dv is not None and dv.date is not None and pub is not None and dv.basis != "publication"
        and long_gone(dv, pub)
    )  # fmt: skip


_GONE_ON_CLAUSES = 3  # clauses at most between a clause and the one dated weeks before that it goes on with


def _where_of_a_time_gone_by(doc: Doc, clause: Clause) -> bool:
    """ "… التي تزامنت مع انزال في دير الزور (في مايو الماضي)، حيث نجحت قوة بقتل قيادي، القيادي في التنظيم،
    واعتقال آخرين"، "وهاجم التنظيم المدينة في الاسبوع الاخير من حزيران، وقتل مائتي مدني": clauses with no date of
    their own, the first opened by حيث or و, go on with the clause before them, dated weeks before the report, in
    a sentence that tells no act of the days of the report before it: background, no act of a day."""
    k = clause.index
    while True:
        c = doc.clauses[k]
        if c.date is not None and c.date.basis in ("explicit", "relative"):
            return False  # (a date of its own)
        k -= 1
        if k < 0 or clause.index - k > _GONE_ON_CLAUSES or doc.clauses[k].sentence != clause.sentence:
            return False
        if _dated_long_before(doc, doc.clauses[k]):
            break
    if not doc.text.startswith(("حيث", "و"), doc.clauses[k + 1].start):
        return False
    for c in doc.clauses[: k + 1]:
        if c.sentence != clause.sentence or not c.of("triggers"):
            continue
        if not (_dated_long_before(doc, c) or _time_told_after(doc, c)):
            return False  # an act of the days of the report, which the clause may go on with
    return True


# (normalized) the first words of a sentence that put a place or a time first
_FRONTED_OPENERS = frozenset(
    "وفي وعلي ومن والي وبعد وقبل وخلال وفيما وبينما واليوم وامس وعند ولدي ووسط وقرب وشمال وجنوب وشرق وغرب".split()
)


def _goes_on_with_a_sentence_gone_by(doc: Doc, clause: Clause) -> bool:
    """ "وكانت المدينة مسرحا لمعارك عنيفة العام الماضي. وتمكن المقاتلون من طرد التنظيم منها": the first clause of
    a sentence opened by و, with no date of its own, after a sentence opened by كان (had been) that tells its acts
    as background (a time gone by, weeks before the report): it goes on with that story, no act of a day."""
    if clause.index == 0 or not doc.text.startswith("و", clause.start):
        return False
    prev = doc.clauses[clause.index - 1]
    if prev.sentence == clause.sentence or prev.sentence != clause.sentence - 1:
        return False
    own = clause.date
    if own is not None and own.basis in ("explicit", "relative"):
        return False
    if doc.text[clause.start : clause.start + 8].split(" ", 1)[0] in _FRONTED_OPENERS:
        return False  # (a place or time put first opens a report of its own: "وفي سهل الغاب استعاد …")
    told = [c for c in doc.clauses[: clause.index] if c.sentence == prev.sentence]
    first = told[0]
    opener = doc.text[first.start : first.start + 6].split(" ", 1)[0]
    if opener not in _WAS:
        return False
    acts = [c for c in told if c.of("triggers")]
    return bool(acts) and all(is_historical(doc, c) for c in acts)


_WIDE_TYPES = frozenset(("محافظه", "ولايه"))  # (type words) a governorate, wider than the towns named in it
# (normalized) a demonstrative that points back to what the sentence before told: "وما كان اسوا من ذلك"، "تلك"
_POINTING_BACK_WORDS = frozenset(("ذلك", "تلك"))
# (normalized) what a sentence opens with to say all know it ("ولا يخفى على أحد"، "ومن المعروف ان"), or that a
# side's conduct went further than it told ("ولم تقتصر جرائم الحوثيين على …، بل عمدوا الى قصف …"): what it tells
# is summed up, no report
_KNOWN_TO_ALL = re.compile(
    r"[وف]?(?:لا يخفي|ليس خافيا|من المعروف ان|كما هو معروف"
    r"|(?:لم|لا) (?:تقتصر|يقتصر) (?:ال)?(?:جرائم|انتهاكات|اعتداءات|ممارسات|وحشيه))(?!\w)"
)


def _points_back_to_a_time_gone_by(doc: Doc, clause: Clause) -> bool:
    """ "وفي الهدنة الاولى التي فرضت في مارس 2015، منع الحوثيون وصول المساعدات. وما كان اسوا من ذلك انهم نهبوا
    تلك المساعدات": the first clause of a sentence opened by و, with no date of its own, that points back (ذلك،
    تلك) to the sentence before, which is dated weeks before the report: it goes on with that time, no act of
    a day."""
    if clause.index == 0 or not doc.text.startswith("و", clause.start):
        return False
    prev = doc.clauses[clause.index - 1]
    if prev.sentence != clause.sentence - 1:
        return False
    own = clause.date
    if own is not None and own.basis in ("explicit", "relative"):
        return False
    if _POINTING_BACK_WORDS.isdisjoint(doc.text[clause.start : clause.end].split()):
        return False
    told = [c for c in doc.clauses[: clause.index] if c.sentence == prev.sentence]
    dated = [c for c in told if c.date is not None and c.date.basis in ("explicit", "relative")]
    return bool(dated) and all(_dated_long_before(doc, c) for c in dated)


# (normalized) the verb of returning fire, and the word after it that makes it a mention ("ورد في البيان")
_RETURNED_FIRE = re.compile(r"(?<!\w)[وف]?(?:رد|ردت|ردوا|ردا|يرد|ترد|يردون)(?! (?:في|ذلك|ذكر|اسم))(?!\w)")
_SHELLING = "Shelling/artillery/missile attack"


def _return_fire_before(doc: Doc, clause: Clause) -> re.Match[str] | None:
    """The verb of returning fire ("ورد الجيش على الفور بفتح النار على مواقعهم") in the clause before, of the same
    sentence, when this one goes on with و and names no place of its own ("واطلقت دبابات عدة قذائف")."""
    if clause.index == 0 or clause.toponyms or not doc.text.startswith("و", clause.start):
        return None
    prev = doc.clauses[clause.index - 1]
    if prev.sentence != clause.sentence:
        return None
    return _RETURNED_FIRE.search(doc.text, prev.start, prev.end)


def _return_fire_told_before(doc: Doc, clause: Clause) -> bool:
    """The clause before tells of fire returned by shelling or from the air ("ورد الجيش على الفور بقصف
    مواقعهم"), and this one goes on with its firing (see _return_fire_before): that return fire, part of the
    incident told, no act of its own. Fire returned by small arms ("فرد الجيش بفتح النار عليهم") folds into the
    clash, and shells fired after it are an attack of their own, by the side that answered."""
    g = _return_fire_before(doc, clause)
    return g is not None and any(
        t.nspan.start > g.end() and _entry(t).get("event_type") == "Explosions/Remote violence"
        for t in doc.clauses[clause.index - 1].of("triggers")
    )


# how far from an act the filters of _conflict_triggers gated by _hints_near look for their hints: before the
# word that holds it (the longest, _LISTED_REACH), and after it (the longest, _TURN_REACH; or to the clause's end)
_NEAR_BEFORE = 160
_NEAR_AFTER = 120
# the filters that look for one of several hints (each returns False when none of its hints is in reach)
_GOVERNED_HINTS = frozenset(h.index for h in (_GOVERNING_WORDS, _PRACTICE_HINT, _SUSPENDING_HINT))
_LISTED_HINTS = frozenset(h.index for h in (_INCLUDES_HINT, _INCLUDED_PAST_HINT))
_SUSPECTED_HINTS = frozenset(h.index for h in (_RESPONSIBLE_HINT, _SUSPECTED_HINT))
_SPECULATIVE_HINTS = frozenset(h.index for h in (_TO_BE_HINT, _WHETHER_HINT, _MAY_HINT))


def _hints_near(text: str, clause: Clause, m: Mention) -> set[int]:
    """The (indexes of the) hints with an occurrence from ``_NEAR_BEFORE`` characters before the word that holds
    the act to ``_NEAR_AFTER`` after it, or to the end of its clause when that is further: a filter that reads the
    text only where its hint occurs within its reach (no further than these) cannot hold when its hint is not
    among them."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    end = m.nspan.end + _NEAR_AFTER
    return Literals.sets_within(
        text,
        word_start - _NEAR_BEFORE if word_start > _NEAR_BEFORE else 0,
        end if end > clause.end else clause.end,
    )


# sea mines (normalized, without ال): "الالغام البحرية" — dropped from aircraft or laid at sea, no landmine
_SEA = frozenset(("بحريه", "البحريه"))
# stores of arms (normalized, without ال and و): "تفجير مخبأ للاسلحة"، "نسف مستودعات ذخيرة"
_STORES = frozenset(("مخبا", "مخابئ", "مخزن", "مخازن", "مستودع", "مستودعات"))
_STORES_HINT = Literals(("مخب", "مخاب", "مخز", "مخاز", "مستودع"))  # (in every word of _STORES: see _in_reach)
_BLOWING_UP = frozenset(("تفجير", "فجر", "فجرت", "فجروا", "نسف", "نسفت", "نسفوا"))


# what barrels stand for when they are no bombs (normalized): a barrier around or across a place ("مبنى محاط
# ببراميل وسواتر ترابية"، "اغلقوا المدخل ببراميل مملوءة بالرمل") or what they hold ("براميل النفط")
_BARRIER_OF = frozenset("محاط محاطه محاطا محاطين محصن محصنه محصنا مسور مسوره مسورا مغلق مغلقه مغلقا".split())
_BARRELS_OF = re.compile(
    r" (?:و?سواتر|ترابيه|رمليه|اسمنتيه|مملوءه|مملوءا|مملوء|مليئه|ممتلئه|فارغه|(?:من )?(?:ال)?(?:نفط|وقود|مياه|ماء|رمل))(?!\w)"
)


def _barrels_as_a_barrier(text: str, m: Mention) -> bool:
    """Barrels named bare (not براميل متفجرة) as a barrier or for what they hold: no barrel bomb dropped."""
    if m.data["entry"].id != "barrel_bomb" or "متفجر" in m.norm or "برميلي" in m.norm:
        return False
    if _BARRELS_OF.match(text, m.nspan.end):
        return True
    before = _words_before(text, m, 1, chars=12)
    return bool(before) and before[0].removeprefix("و") in _BARRIER_OF


# a blast told as the outcome of what the words after it name (normalized): "ان الانفجار نتج عن قصف الحوثيين
# لمنشات النفط"، "الانفجارات ناجمة عن غارات" — the shelling or the strike is the act, the blast what it did
_OUTCOME_OF = re.compile(
    r" (?:\S+ )?(?:قد )?(?:نتج|نتجت|ناتج|ناتجه|ناتجا|ناتجين|نجم|نجمت|ناجم|ناجمه|ناجما|ناجمين) عن "
)
_CAUSE_REACH = 4  # characters from عن to the act named as the cause (its clitics)
_STRIKES = frozenset((_SHELLING, "Air/drone strike"))


def _blast_of_a_strike(text: str, m: Mention, triggers: Sequence[Mention]) -> bool:
    """A blast told as the outcome of a shelling or strike named right after it (see _OUTCOME_OF)."""
    if m.data["entry"].id != "explosion":
        return False
    found = _OUTCOME_OF.match(text, m.nspan.end)
    return found is not None and any(
        0 <= t.nspan.start - found.end() <= _CAUSE_REACH and _entry(t).get("sub_event_type") in _STRIKES
        for t in triggers
    )


# a toll summed up, told as what it amounted to (normalized): "ان حصيلة القتلى بين المدنيين السبت في عدن
# وضواحيها بلغت 17 قتيلا"
_TOLL_AMOUNTED = re.compile(r"حصيله [^.]{0,100}?(?<!\w)(?:بلغت|بلغ|وصلت|وصل|تبلغ|تصل)(?!\w)")
_TOLL_REACH = 160  # characters from the toll word to the dead counted


def _toll_of_no_act(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The dead counted in a toll told as what it amounted to (see _TOLL_AMOUNTED), with no act told in their
    sentence (not "حصيلة القتلى في التفجير الذي استهدف سوقا بلغت 12"): the dead of a day or of a town summed up,
    no act of their own."""
    if _entry(m).get("voice") != "victim":
        return False
    text, (s0, _) = doc.text, doc.sentences[clause.sentence]
    at = text.rfind("حصيله", max(s0, m.nspan.start - _TOLL_REACH), m.nspan.start)
    if at == -1 or _TOLL_AMOUNTED.match(text, at) is None:
        return False
    return not any(
        _entry(t).get("category") == "conflict" and _entry(t).get("voice") != "victim"
        for c in doc.clauses
        if c.sentence == clause.sentence
        for t in c.of("triggers")
    )


# a span of time the ground was held over, told after the verb of control (normalized): "وسيطر المتمردون على
# قاعدة العند … معظم الفترة التي انقضت"، "سيطر التنظيم على المدينة طوال العام الماضي"، "لسنوات"
_HELD_OVER = re.compile(
    r"(?<!\S)(?:(?:معظم|طوال|طيله|جل|اغلب) (?:ال)?(?:فتره|وقت|سنوات|سنه|اشهر|شهور|اعوام|عام|اسابيع|حرب|نزاع|صراع)"
    r"|ل(?:سنوات|اشهر|شهور|اعوام|عقود|عقد|عامين|سنتين|شهرين))(?!\w)"
)


def _held_over_a_span(text: str, clause: Clause, m: Mention) -> bool:
    """Ground told as held over a span of time after the verb of control (see _HELD_OVER): a state, no taking."""
    if _entry(m).get("sub_event_type") not in TERRITORY or _entry(m).get("pos") != "verb":
        return False
    return _HELD_OVER.search(text, m.nspan.end, clause.end) is not None


# the units named for their arms (normalized): "معسكر اللواء 55 صواريخ"، "وحدة الصواريخ"، "سلاح المدفعية"
_UNITS = frozenset("لواء اللواء كتيبه الكتيبه وحده الوحده فوج الفوج سريه السريه سلاح قوات".split())
_UNIT_ARMS = ("صاروخ", "صواريخ", "الصواريخ", "مدفعيه", "المدفعيه")


# arms or vehicles taken, no ground (normalized): "ان المقاومة استولت على اربع دبابات للمسلحين"
_ARMS_TAKEN = re.compile(
    r"(?: \S+)?? (?:علي|عل) (?:(?:عدد|كميات|كميه|[0-9]+|\S+) (?:من )?)?(?:ال)?(?:دبابه|دبابات|مدرعه|مدرعات|اليه|اليات|عربه|عربات"
    r"|اسلحه|سلاح|ذخيره|ذخائر|مدفع|مدافع|رشاش|رشاشات|اطقم|طقم|صاروخ|صواريخ|سياره|سيارات)(?!\w)"
)


def _arms_taken(text: str, m: Mention) -> bool:
    """A verb of taking whose object is arms or vehicles (see _ARMS_TAKEN): no ground changed hands."""
    return _entry(m).get("sub_event_type") in TERRITORY and _ARMS_TAKEN.match(text, m.nspan.end) is not None


def _unit_named_for_its_arms(text: str, m: Mention) -> bool:
    """The arms are the name of a unit they follow, its number between ("قصف … لمعسكر اللواء 55 صواريخ"): no
    rockets fired."""
    if _entry(m).get("pos") != "noun" or not m.norm.startswith(_UNIT_ARMS):
        return False
    before = [w.removeprefix("و") for w in _words_before(text, m, 2, chars=24)]
    if before and before[-1].isdigit():
        before.pop()
    return bool(before) and (before[-1] in _UNITS or before[-1][1:] in _UNITS)


def _sea_mines(text: str, m: Mention) -> bool:
    """A mine word with the adjective "sea" after it: "بالبراميل والالغام البحرية" — a munition aircraft drop,
    no landmine gone off."""
    nxt = _words_between(text, m.nspan.end, min(len(text), m.nspan.end + 12))[:1]
    return bool(nxt) and nxt[0].rstrip(_PUNCT) in _SEA


def _store_blown_up(text: str, m: Mention) -> bool:
    """Blowing up a store of arms: "مع تفجير مخبأ كبير للاسلحة"، "ونسفوا مستودعا للذخيرة" — what a side does
    to arms it found or took, no bomb set off at anyone."""
    if m.norm.lstrip("وب") not in _BLOWING_UP:
        return False
    nxt = _words_between(text, m.nspan.end, min(len(text), m.nspan.end + 20))[:1]
    return bool(nxt) and nxt[0].rstrip(_PUNCT).removeprefix("ال") in _STORES


_TUNNELS = frozenset(("نفق", "نفقا", "انفاق", "نفقين"))
# (normalized) what a tunnel is told to be for, after it: a passage ("نفق يربط المدينة بمحيطها"، "كان يستخدمه
# المسلحون للتسلل"), not a mine dug under a position
_PASSAGE = re.compile(
    r"(?<!\S)(?:ي|ت|كان ي|كانت ت)(?:ربط|صل|ستخدم|ستخدمه|ستخدمها|متد)\S*|(?<!\S)(?:للتسلل|لتهريب|للتهريب|للامداد)"
)
_PASSAGE_REACH = 60


def _tunnel_demolished(text: str, m: Mention) -> bool:
    """Blowing up a tunnel told as a passage ("تفجير آخر نفق يربط المدينة بمحيطها"): a side destroys the way in or
    out, no bomb set off at anyone (a tunnel blown under a position, "تفجير نفق قرب حاجز بهدف السيطرة", stays)."""
    if m.norm.lstrip("وب") not in _BLOWING_UP:
        return False
    # (the tunnel right after the noun, "تفجير (آخر) نفق"; after the verb's subject, "فجرت قوات الجيش امس نفقا")
    verb = not m.norm.lstrip("وب").startswith("ت")
    words = _words_between(text, m.nspan.end, min(len(text), m.nspan.end + 40))[: 5 if verb else 2]
    k = next((i for i, w in enumerate(words) if w.rstrip(_PUNCT).removeprefix("ال") in _TUNNELS), None)
    if k is None or (not verb and k == 1 and words[0] not in ("اخر", "احد", "امس", "اليوم")):
        return False
    return _PASSAGE.search(text, m.nspan.end, min(len(text), m.nspan.end + _PASSAGE_REACH)) is not None


def _arms_in_store(text: str, m: Mention) -> bool:
    """Arms named as what a store holds: "مخبأ كبير للاسلحة والصواريخ"، "مستودعات ذخيرة وقذائف" — none fired."""
    if _entry(m).get("pos") != "noun" or not _in_reach(_STORES_HINT, text, m, chars=35):
        return False
    return any(w.removeprefix("و").removeprefix("ال") in _STORES for w in _words_before(text, m, 4, chars=35))


def _feared(text: str, m: Mention) -> bool:
    """An act named after "من" as what people fear: "يتخوف الاهالي من تقدم التنظيم"، "وسط مخاوف من هجوم"."""
    if not _in_reach(_FEAR_HINT, text, m, chars=_FEAR_CHARS):
        return False  # (most acts)
    before = _words_before(text, m, 12, chars=_FEAR_CHARS)
    if not before or before[-1] != "من":
        return False
    return any(w.removeprefix("و").removeprefix("ف") in _FEAR for w in before[:-1])


# fearing (normalized): "يتخوف الاهالي من"، "تخشى الحكومة من"، "وسط مخاوف من"
_FEAR = frozenset(
    "يتخوف تتخوف يتخوفون تخوف تخوفا تخوفات مخاوف خوف خوفا يخشي تخشي يخشون خشيه قلق قلقا يتوجس تتوجس".split()
)
_FEAR_CHARS = 100  # characters before the act the fearing is looked for in
_FEAR_HINT = Literals(
    ("خوف", "خاوف", "خشي", "خشون", "قلق", "توجس")
)  # (in every word of _FEAR: see _in_reach)


def _some_places_undergo(text: str, m: Mention) -> bool:
    """An act some places (بعض) are said to undergo, in the present: "ان بعض القرى تتعرض لقصف بالهاون" — a general
    remark on what goes on, no act of a day (nor of a place named)."""
    if not _in_reach(_UNDERGOES_HINT, text, m, chars=_UNDERGOES_CHARS):
        return False  # (most acts)
    before = _words_before(text, m, 11, chars=_UNDERGOES_CHARS)
    # (the verb right before the act, or before the act its means go with: "تتعرض لقصف بالهاون")
    at = next((i for i in (-1, -2) if len(before) >= -i and before[i].removeprefix("و") in _UNDERGOES), None)
    if at is None or (at == -2 and not before[-1].startswith("ل")):
        return False
    subject = before[:at]
    said = [i for i, w in enumerate(subject) if w in ("ان", "بان", "وان")]
    if said:
        subject = subject[
            said[-1] + 1 :
        ]  # (the places said to undergo it, not the speakers: "قال بعض القادة ان")
    return any(w.removeprefix("و") in ("بعض", "لبعض") for w in subject)


# undergoing, in the present (normalized): "تتعرض لقصف"، "يتعرضون لهجمات"
_UNDERGOES = frozenset(("تتعرض", "يتعرض", "تتعرضان", "يتعرضان", "يتعرضون", "تتعرضن"))
_UNDERGOES_CHARS = 100  # characters before the act the verb and بعض are looked for in
_UNDERGOES_HINT = Literals(("تعرض",))  # (in every word of _UNDERGOES: see _in_reach)


def _to_take_part_in(text: str, m: Mention) -> bool:
    """An act men are to take part in: "للمشاركة في عمليات تحرير المدينة"، "تمهيدا لتشكيل فوجين يشاركان في
    تحرير المدينة" — a purpose, or a part given in a plan, nothing done yet."""
    if not _in_reach(_TAKE_PART_HINT, text, m, chars=_TAKE_PART_CHARS):
        return False  # (most acts)
    before = [w.removeprefix("و") for w in _words_before(text, m, 12, chars=_TAKE_PART_CHARS)]
    near = before[-4:]
    if any(w in _TO_TAKE_PART for w in near):
        return True
    return any(w in _PARTAKING for w in near) and any(w in _AIMING for w in before[:-1])


# taking part, as a purpose or to come (normalized): "للمشاركة في"، "ليشاركوا في"، "سيشاركون في"
_TO_TAKE_PART = frozenset(
    "للمشاركه للمساهمه ليشارك ليشاركوا ليشاركا لتشارك ستشارك سيشارك سيشاركون ستشاركان سيشاركان".split()
)
# taking part in the present, told after an aim (normalized): "تمهيدا لتشكيل فوجين يشاركان في تحرير …"
_PARTAKING = frozenset("يشارك تشارك يشاركان تشاركان يشاركون".split())
_AIMING = frozenset(("تمهيدا", "بهدف", "بغيه", "استعدادا"))
_TAKE_PART_CHARS = 110  # characters before the act its taking part is looked for in
_TAKE_PART_HINT = Literals(
    ("شارك", "مساهم")
)  # (in every word of _TO_TAKE_PART and _PARTAKING: see _in_reach)
# an act of late (normalized), right after it: "تفجير انتحاري وقع مؤخرا"، "الهجوم الذي وقع مؤخرا"
_RECENTLY = re.compile(r"(?: (?:الذي|التي))? (?:وقع|وقعت|جري|جرت|حدث|حدثت|نفذ|نفذت)? ?مؤخرا(?!\w)")


# lately (normalized), told after an act in its clause: "واشتد القتال في ادلب اخيرا"، "نفذوا في الاونه الاخيره
# سلسله من التفجيرات"
_LATELY = re.compile(r"(?<!\w)(?:مؤخرا|اخيرا|في الاونه الاخيره)(?!\w)")
# what every match of _LATELY and of _RECENTLY holds (the hint of both in _conflict_triggers: see _hints_near)
_LATELY_HINT = Literals(("مؤخرا", "اخيرا", "الاونه"))
_LATELY_REACH = 80  # characters from an act to the word that tells it as of late
_OWN_NOUN_REACH = (
    20  # characters from a verb to the noun of its act after its subject ("نفذ مسلحو الحزب هجمات")
)


def _of_late(text: str, clause: Clause, m: Mention) -> bool:
    """The act is told as of late, with no day of its own ("واشتد القتال في ادلب اخيرا بين …"، "الهجمات التي
    نفذها مقاتلو الحزب في الاونه الاخيره"): a stretch of recent days, no act of a day. (اخيرا right after its
    verb and its subject is "at last": "وسيطرت القوات اخيرا على المدينة" tells the day's act.)"""
    if clause.date is not None and clause.date.basis in ("explicit", "relative"):
        return False
    g = _LATELY.search(text, m.nspan.end, clause.end)
    if g is None or g.start() - m.nspan.end > _LATELY_REACH:
        return False
    # (another act's, told between: "وسيطرت على الملعب، وهو مشروع فجره التنظيم مؤخرا" — not its own noun right
    # after it: "ونفذ مسلحو الحزب هجمات … في الاونه الاخيره")
    if any(m.nspan.end + _OWN_NOUN_REACH < t.nspan.start < g.start() for t in clause.of("triggers")):
        return False
    if g.group() != "اخيرا":
        return True
    # (اخيرا after a place the act was in, or closing the clause: lately)
    return "في" in text[m.nspan.end : g.start()].split() or not text[g.end() : clause.end].strip(' .،,"”»')


# across (normalized): "في انحاء العراق"، "في كل انحاء البلاد"، "في مختلف انحاء"
_ACROSS_LAND = re.compile(r"(?<!\w)في (?:(?:كل|كافه|جميع|مختلف|شتي) )?انحاء ")
_ACROSS_REACH = 100  # characters from an act to where it is told across
# a count of acts (normalized): "ونفذ التحالف 23 غارة"، "12 ضربة جوية"
_COUNT_OF_ACTS = re.compile(
    r"(?<![0-9])[0-9]+ (?:غاره|غارات|ضربه|ضربات|طلعه|طلعات|هجوما|هجمات|عمليه|عمليات)(?!\w)"
)


def _across_a_country(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The act is told across a whole country, with a count of acts in its sentence ("بغارات … على مواقع داعش في
    انحاء العراق، ونفذ التحالف 23 غارة"): statistics summed up over the country, none of a place. (Across a
    city is a place: "داهمت الشرطة 100 موقع في انحاء اسطنبول"; and a sweep of arrests across a country is an
    act of its own: "اوقفت الشرطة 251 شخصا في كل انحاء البلاد".)"""
    text = doc.text
    if text.find("انحاء", m.nspan.end, clause.end) == -1:
        return False  # (most acts)
    g = _ACROSS_LAND.search(text, m.nspan.end, clause.end)
    if g is None or g.start() - m.nspan.end > _ACROSS_REACH:
        return False
    s, e = doc.sentences[clause.sentence]
    if _COUNT_OF_ACTS.search(text, s, e) is None:
        return False  # (no count of acts told with it: the strikes of a day, at the country)
    if text.startswith(("البلاد", "العالم"), g.end()):
        return True
    for i in clause.toponyms:
        if doc.toponyms[i].start == g.end():
            land = doc.places[i]
            return land is not None and (land.gazetteer_id or "").startswith("country:")
    return False


def _told_earlier_in_the_sentence(doc: Doc, clause: Clause, told: Callable[[Clause, Any], bool]) -> bool:
    """An earlier clause of the clause's sentence has a trigger ``told(that clause, trigger)`` holds of."""
    i = clause.index - 1
    while i >= 0 and doc.clauses[i].sentence == clause.sentence:
        c = doc.clauses[i]
        if any(told(c, t) for t in c.of("triggers")):
            return True
        i -= 1
    return False


def _sum_over_a_country_before(doc: Doc, clause: Clause) -> bool:
    """An earlier clause of the sentence tells acts across a whole country (:func:`_across_a_country`)."""
    return _told_earlier_in_the_sentence(
        doc,
        clause,
        lambda c, t: _entry(t).get("event_type") in _VIOLENT_ACTS and _across_a_country(doc, c, t),
    )


# a degree of (normalized): "قدر اكبر من"، "قدرا كبيرا من"، "درجه عاليه من"، "مزيد من"
_DEGREE_OF = re.compile(
    r"(?<!\w)(?:قدر|قدرا|درجه|مزيد|المزيد)(?: (?:اكبر|اعلي|اقل|كبير|كبيرا|عاليه|اعلى))? من(?: \S+(?: و\S+)*)? ?$"
)


def _a_degree_of(text: str, m: Mention) -> bool:
    """A fight named as a degree of a policy's conduct, in a list of such nouns ("السياسة تنطوي على قدر اكبر من
    التدخل والنشاط والاشتباك"، "مزيد من التصعيد والاشتباكات"): no fight of a day."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    lo = word_start - 60
    return _DEGREE_OF.search(text, lo if lo > 0 else 0, word_start) is not None


# which came after (normalized), right after a definite act: "الضربات الجوية التي جاءت بعد اتصال هاتفي"
_WHICH_CAME_AFTER = re.compile(
    r"(?: ال\S+)? (?:التي|الذي|اللذين|اللتين) (?:جاءت|جاء|جاءا|اتت|اتي|تاتي|ياتي) (?:بعد|عقب|اثر|غداه|في اعقاب)(?!\w)"
)


def _came_after_named(text: str, m: Mention) -> bool:
    """A definite act told as what came after something ("وتزامنت الضربات الجوية التي جاءت بعد اتصال هاتفي بين
    الرئيسين مع …"): the act told already, set in its time — no other act."""
    return (
        _entry(m).get("pos") == "noun"
        and m.norm.startswith("ال")
        and _WHICH_CAME_AFTER.match(text, m.nspan.end) is not None
    )


# a day named (normalized): امس، اليوم، الجمعة، يوم الاثنين، 17 يوليو
_DAY_NAMED = re.compile(
    r"(?<!\w)(?:امس|اليوم|(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)|[0-9]{1,2} (?:من )?\S*(?:يو|ما|اب|سبتمبر|اكتوبر|نوفمبر|ديسمبر|يناير|فبراير|مارس|ابريل))(?!\w)"
)


def _day_told_after(text: str, clause: Clause, m: Mention) -> bool:
    """The clause names a day after the act (its relative clause's: "التفجير الذي استهدف سوقا في الحلة الجمعة")."""
    return _DAY_NAMED.search(text, m.nspan.end, clause.end) is not None


def _going_on_with(text: str, m: Mention) -> bool:
    """A clearing told as going on: "واصلت القوات تطهير الناحية"، "مع استمرار تطهير" — no handover yet."""
    if not m.norm.lstrip("وب").startswith(("تطهير", "تحرير")):
        return False  # (a verb is a deed done: "واصلت القوات تقدمها وحررت القرية")
    return any(
        w in _CARRIED_ON or w.removeprefix("و") in _CARRIED_ON for w in _words_before(text, m, 5, chars=45)
    )


def _assault_infiltrators(text: str, c: Clause, m: Mention) -> bool:
    """Assault infiltrators (انغماسيون) named with no belt nor blast in their clause: "اقتحم انغماسيون الحاجز"،
    "وتبع ذلك دخول انغماسيين" — fighters storming a post, a fight, no suicide bombing."""
    if not m.norm.lstrip("وبل").removeprefix("ال").startswith("انغماسي"):
        return False
    return _BLAST_WORDS.search(text, c.start, c.end) is None


# a belt or a blast (normalized): what makes an infiltrator's attack a suicide bombing
_BLAST_WORDS = re.compile(r"ناسف|فجر|انفجار|مفخخ|انتحاري")
# going on with (normalized): "واصلت القوات تطهير الناحية" — the clearing goes on, no ground handed over yet
# (normalized) the present of keeping on ("يواصلون تفجير المساجد"، "يستمر في قصف"; not تواصل, also a past), and
# the verbs of a habit ("اعتادت تنفيذ عمليات تخريبية"، "دأب على قصف")
_KEEPS_ON = frozenset(
    ("يواصل", "يواصلون", "يواصلان", "نواصل", "يستمر", "يستمرون", "ماضون")
    + ("اعتاد", "اعتادت", "اعتادوا", "يعتاد", "تعتاد", "دأب", "دأبت", "دأبوا", "يدأب", "تدأب")
)
_KEEPS_ON_HINT = _any_of(_KEEPS_ON)  # (see _hints_near)


def _kept_up_now(clause: Clause, text: str, m: Mention) -> bool:
    """ "فها هم يواصلون تفجير المساجد وقتل المصلين كما فعلوا من قبل"، "منظمة اعتادت تنفيذ عمليات تفجير": an act
    told as what a side keeps doing, or is used to doing, with no day of its own — what goes on, no act of a
    day."""
    if clause.date is not None and clause.date.basis in ("explicit", "relative"):
        return False
    return any(w.lstrip("وف") in _KEEPS_ON for w in _words_before(text, m, 4, chars=40))


_CARRIED_ON = frozenset(
    ("واصل", "واصلت", "واصلوا", "تواصل", "يواصل", "مواصله", "تواصلت", "استمرار", "استمرت")
)


# (normalized) "فجر X نفسه": a verb of blowing up whose object is the doer himself, the doer named between ("فجر
# احد مسلحي التنظيم امس نفسه"، "فجر مقاتل من داعش نفسه") — the lexicon's forms hold the verb and نفسه side by side
# only. Bare فجر is also dawn: not after a word of time ("في فجر"، "صباح"), nor before a day ("فجر اليوم نفسه").
_BLEW_HIMSELF_UP = re.compile(
    r"(?<!\S)([وف]?)(فجر|فجرت|فجروا|فجرا|فجرتا)((?:\s+[^\s.,،؛:]+){1,4}?)\s+(?:نفسه|نفسها|انفسهم|نفسيهما)(?![\w])"
)
_DAWN_BEFORE = frozenset("في منذ حتي صباح مطلع عند قبيل بعد قبل مع وقت ساعات".split())
_DAWN_OF = frozenset(
    "اليوم يوم امس ذلك تلك هذا الليله الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الثلاثاء".split()
)


@functools.cache
def _suicide_entry() -> Any:
    """The suicide entry of the triggers lexicon, as a verb (its doer the subject after it)."""
    entry = next(e for e in load_lexicon("triggers") if e.id == "suicide")
    return dataclasses.replace(entry, data={**entry.data, "pos": "verb"})


def _blew_himself_up(doc: Doc, clause: Clause, triggers: Sequence[Mention]) -> Mention | None:
    """The verb of "فجر احد المسلحين نفسه" (see _BLEW_HIMSELF_UP) as a suicide act, when the lexicon found none
    there."""
    text = doc.text
    at = text.find("نفس", clause.start, clause.end)
    if at == -1 or text.find("فجر", clause.start, at) == -1:
        return None  # (most clauses)
    for found in _BLEW_HIMSELF_UP.finditer(text, clause.start, clause.end):
        s, e = found.start(2), found.end()
        if found.group(3).split()[0] in _DAWN_OF or any(
            s - 1 <= t.nspan.start < e for t in triggers if t.data["entry"].id == "suicide"
        ):
            continue
        if text[max(clause.start, s - 12) : found.start()].split()[-1:] in [[w] for w in _DAWN_BEFORE]:
            continue
        return Mention(
            kind="triggers",
            span=doc.norm.raw_span(s, found.end(2)),
            norm=found.group(2),
            nspan=Span(s, found.end(2)),
            data={"entry": _suicide_entry(), "prefix": found.group(1)},
        )
    return None


# an advance or a storming tried and foiled, who tried it between (normalized): "احبطت القوات محاولة لداعش التقدم
# نحو المنطقة"، "صدوا محاولة جديدة للتقدم" — the fight the lexicon's "محاولة تقدم" tells, words inside the phrase
_ADVANCE_FOILED = re.compile(
    r"(?<!\S)[وف]?(?:احبط|احبطت|احبطوا|احباط|افشل|افشلت|افشلوا|افشال|صد|صدت|صدوا|تصدت|تصدي|تصدوا)"
    r"(?:\s+[^\s.,،؛:]+){0,3}?\s+(محاوله|محاولات)(?:\s+[^\s.,،؛:]+){1,2}?\s+(?:لل|ل|ال)?(?:تقدم|اقتحام)(?!\w)"
)


@functools.cache
def _attack_entry() -> Any:
    """The attack noun entry of the triggers lexicon (of "محاولة تقدم": a fight)."""
    return next(e for e in load_lexicon("triggers") if e.id == "attack_noun")


def _advance_foiled(doc: Doc, clause: Clause, triggers: Sequence[Mention]) -> Mention | None:
    """The noun of an advance tried and foiled with words inside the phrase (see _ADVANCE_FOILED), as the attack
    the lexicon finds in "محاولة تقدم", when it found none there."""
    text = doc.text
    if text.find("محاول", clause.start, clause.end) == -1:
        return None  # (most clauses)
    for found in _ADVANCE_FOILED.finditer(text, clause.start, clause.end):
        s, e = found.span(1)
        if not any(t.nspan.start <= s < t.nspan.end for t in triggers):
            return Mention(
                kind="triggers",
                span=doc.norm.raw_span(s, e),
                norm=found.group(1),
                nspan=Span(s, e),
                data={"entry": _attack_entry(), "prefix": ""},
            )
    return None


def _conflict_triggers(doc: Doc, clause: Clause) -> list[Mention]:
    triggers = clause.of("triggers")
    blown = _blew_himself_up(doc, clause, triggers)
    if blown is not None:
        triggers = tuple(sorted((*triggers, blown), key=lambda t: t.nspan.start))
    tried = _advance_foiled(doc, clause, triggers)
    if tried is not None:
        triggers = tuple(sorted((*triggers, tried), key=lambda t: t.nspan.start))
    if not triggers:
        return []  # (most clauses)
    out = []
    text = doc.text
    stoppers = [t for t in triggers if _stop_verb(t)]
    background: list[Mention] = []  # acts named as background, which a verb right after may go on telling
    governed_end = -1  # end of the last act named under a governing word (a purpose, a stop, a plan)
    background_battle_end = 0  # end of a battle named as the background of the clause ("بعد معارك")
    past_year: bool | None = None  # the clause names a year gone by (worked out when first needed)
    summed_up: bool | None = None  # an earlier clause of the sentence sums gains up (worked out when needed)
    run_in_heading: bool | None = (
        None  # the clause is a sub-heading run into its sentence (see _run_in_heading)
    )
    habit_end = 0  # end of an act told in the present, as what goes on (its means after it go on with it)
    habit_fire = False  # that act is a firing (what it fires after it goes on with it)
    sentence_end = 0  # end of a death sentence passed (see _sentenced)
    # the ends of the clause's verbs of talks and of defusing, which the acts after them are checked against
    talks_end: int | None = None  # the first end of a verb of talks (بحث، تناول، التقى)
    defused_ends: list[int] = []
    for t in triggers:
        tid = t.data["entry"].id
        if tid in _TALKS and (talks_end is None or t.nspan.end < talks_end):
            talks_end = t.nspan.end
        elif tid == "disrupted_weapons" or t.norm in _SEIZING or _destroys_a_bomb(text, clause, t):
            defused_ends.append(
                t.nspan.end
            )  # (a bomb seized is not one gone off either: "وضبطت الشرطة عبوة")
    tally_end = (
        0  # end of an act told since a date (see _since_a_date_after): what the clause tells after it sums up
    )
    if _time_told_before(doc, clause):
        return []  # "وفي احداها (الشهر الماضي)، … واعتدوا عليهم": the time of the clause before, gone by
    if _time_told_after(doc, clause):
        return []  # "ليلة سيطرة التنظيم على المدينة، في مايو (أيار) الماضي،": the time of the clause after, gone by
    if _where_of_a_time_gone_by(doc, clause):
        return []  # "… (في مايو الماضي)، حيث نجحت قوة بقتل قيادي": where that time gone by went on
    if _goes_on_with_a_sentence_gone_by(doc, clause) or _points_back_to_a_time_gone_by(doc, clause):
        return []  # "وكانت المدينة مسرحا لمعارك العام الماضي. وتمكن المقاتلون من طردهم": that story goes on
    if _KNOWN_TO_ALL.match(doc.text, doc.sentences[clause.sentence][0]) is not None and not (
        clause.date is not None and clause.date.basis in ("explicit", "relative")
    ):
        return []  # "ولا يخفى على أحد الاعتقالات التي قام بها الحوثيون …": what all know, summed up, no report
    if _opinion_column(doc) and (clause.date is None or clause.date.basis not in ("explicit", "relative")):
        return []  # "بادر «داعش» مبكرا باختطاف وقتل غربيين" in a column: an example argued from, no news
    if not clause.toponyms and _sum_over_a_country_before(doc, clause):
        return []  # "… في انحاء العراق، ونفذ التحالف 23 غارة": the sum goes on, no place of its own
    across = False  # an act of the clause is told across a whole country (see _across_a_country)
    mishap = any(t.data["entry"].id == "explosion" and _mishap(text, clause, t) for t in triggers)
    for m in triggers:
        e = _entry(m)
        if e.get("category") != "conflict" or e.get("status") == "planned":
            continue
        # the hints that occur around the act (see _hints_near): a look that spares most triggers the call of
        # each filter below that only reads the text where its hint occurs
        near = _hints_near(text, clause, m)
        pos, event_type, sub, voice = (
            e.get("pos"),
            e.get("event_type"),
            e.get("sub_event_type"),
            e.get("voice"),
        )
        if pos == "verb" and m.data.get("prefix", "").endswith("س"):
            continue  # "انهم سيقصفون مواقع التنظيم": the future prefix, nothing done yet
        if sub == _SHELLING and _return_fire_told_before(doc, clause):
            continue  # "ورد الجيش بفتح النار على مواقعهم، واطلقت دبابات عدة قذائف": the same return fire
        if _figurative_battle(text, m):
            continue  # "وسط معركة التوازنات الاقليمية"، "معركة سياسية": no fight of arms
        if _ROLE_HINT.index in near and _waged_as_a_role(text, m):
            continue  # "وتخوض المعارك الى جانب القوات النظامية": a side's part in the war
        if (pos == "noun" or m.norm in _OPENING) and _OPTION_HINT.index in near and _an_option(text, m):
            continue  # "احد الخيارات المطروحة يتمثل في فتح معركة في القنيطرة": weighed, not fought
        if _REMEMBERED_HINT.index in near and _of_another_day(text, m):
            continue  # "في ذكرى مقتل …"، "منذ مقتل القائد في غارة"، "بعد تقارير عن …": another day's act
        if _HINDERING_HINT.index in near and _hindering(text, m):
            continue  # "العبوات الناسفة تبطئ تقدم القوات": what hinders an advance, no act of a day
        if _BROUGHT_ABOUT_HINT.index in near and _named_act_as_cause(doc, clause, m):
            continue  # "واجبر هجوم سوروتش انقرة على …": an act told before, named for what it brought about
        if _BROUGHT_ABOUT_HINT.index in near and _cause_of_a_turn(text, m):
            break  # (and the acts the subject phrase tells after it: "… نسب الى التنظيم تبعته اشتباكات")
        if _BY_FORCE_OF.index in near and _cause_of_a_state(text, m):
            continue  # "غير ان تفجيرا …، جعل سياسة انقرة اكثر تشددا"، "انهيار كبير … بفعل ضربات الطيران"
        if _REPEATED_HINT.index in near and _repeated_in_clause(doc, clause, m):
            continue  # "وهاجموا سيارات الاسعاف وحاولوا اخراج الجرحى منها عدة مرات": acts summed up
        if _AGO_HINT.index in near and _since_a_date_after(text, m):
            tally_end = m.nspan.end
            continue  # "اعلنت السلطات عن توقيفهم منذ 20 يوليو": a tally since a date, no act of a day
        if tally_end:
            continue  # "… توقيفهم منذ 20 يوليو 847 شخصا اوقفوا للاشتباه …": the tally's parts
        # (a verb after قبل ان is in the subjunctive, which tells the past in a past story: "دفع
        # المتمردين الى الفرار قبل ان تسيطر على مديرية حزم العدين")
        told_next = pos == "verb" and _BEFORE_HINT.index in near and _next_in_the_story(text, m)
        if e.get("status") == "ongoing" and not told_next:
            continue
        eid = m.data["entry"].id
        if eid == "liberate" and _operation_named(text, m):
            continue  # "عملية تحرير المدينة ما زالت قائمة": the operation named, no ground told taken
        if eid == "offensive_launch" and _campaign_announced(doc, clause, m):
            continue  # "اعلن جيش الاسلام حملة عسكرية على التنظيم في القلمون": a campaign announced, no fight told
        if eid == "control_result" and not _result_of_the_story(text, m):
            continue  # "هاجموا القرية ليسيطروا عليها": the aim of the attack, no ground told taken
        if eid == "stationed" and m.data.get("suffix"):
            continue  # "نقاط تمركزها" (their positions): a position held, not a deployment
        if (
            (_imperfect(m) and not told_next)
            or (_HEADWAY_HINT.index in near and _making_headway(text, m))
            or _siege_going_on(text, m)
            or ((eid == "advance" or _DUTY_HINT.index in near) and _general_duty(text, m))
        ):
            habit_end = m.nspan.end
            habit_fire = eid in _FIRING
            continue  # "يشن الجيش حملة …", "تتمركز داخلها وتقصف بشكل يومي": what goes on, not what happened
        if habit_end and pos == "noun" and m.data.get("prefix", "").lstrip("وف").startswith("ب"):
            continue  # "ويقصف النظام … من طائرات حربية او بالبراميل المتفجرة": what it goes on doing it with
        if (
            habit_end
            and pos == "noun"
            and not _ALONGSIDE.isdisjoint(_words_between(text, habit_end, m.nspan.start))
        ):
            continue  # "يستهدف الطيران … الاحياء تزامنا مع غارات يشنها": what goes on alongside what goes on
        if (
            habit_fire
            and pos == "noun"
            and event_type == "Explosions/Remote violence"
            and 0 <= m.nspan.start - habit_end <= _HABIT_OBJECT
            and not any(w.startswith("و") for w in _words_between(text, habit_end, m.nspan.start))
        ):
            continue  # "كما يطلق مقاتلو المعارضة بدورهم قذائف على المناطق": what it goes on firing
        if (_UPCOMING_HINT.index in near and _upcoming(text, m)) or (
            _SCHEDULED_HINT.index in near and _scheduled(text, clause, m)
        ):
            continue  # "المواجهة المقبلة", "الهجوم المرتقب": expected, not yet happened
        if pos == "noun" and _FUTURE_CUES.index in near and _object_of_a_future_verb(text, m):
            continue  # "مؤكدة انها ستواصل القتال": the fighting to come, no cause of the dead told before
        if pos == "verb" and not _CONDITIONAL.isdisjoint(_words_before(text, m, 1, chars=8)):
            continue  # "وإن قتلت مسلحا فإنما …"، "إذا قصفت الطائرات …": a condition, nothing done
        if _THREAT_HINT.index in near and _threatened(text, m):
            governed_end = m.nspan.end  # (and the acts joined to it: "يهدد السكان بالاعتقال والاعدام")
            continue  # "هدد التنظيم بتفجير الجسر": nothing done
        if _grounds_of_a_threat(text, clause, m):
            continue  # "هدد التنظيم الحكومة بالرد بعد ان قبضت على اخواننا": the grievance it answers
        if _HEDGE_HINT.index in near and _hedged(text, m):
            continue  # "لا يمكننا القول ان الاشتباكات انتهت": not asserted
        if _TRYING_NOW_HINT.index in near and _tried_now(text, m):
            continue  # "ويحاول التنظيم التقدم للسيطرة على قرى": an aim pursued, no ground told taken
        if (_IF_HINT.index in near and _conditional(text, m)) or (
            _NOT_SO_HINT.index in near and _not_an_act_of_a_day(text, m)
        ):
            continue  # "في حال شن المسلحون هجوما": nothing done
        if _BEHIND_HINT.index in near and _behind_the_act(text, m):
            if _WHICH_HINT.any_within(text, m.nspan.end, m.nspan.end + 40):
                # (the act told as the one that took place is the background, and its dead told after it: "…
                # التي وقعت في 20 يوليو وادت الى مقتل 32"; the sentence's other words on who did it stay told), and
                # its place is no place the text goes on at
                background.append(m)
                doc.memo.setdefault("background_places", set()).add(clause.index)
            continue  # "المتهم بالوقوف وراء التفجير": the act known, named for who did it
        if (
            (_EXPECTED_HINT.index in near and _expected(text, m))
            or (_WITNESSES_HINT.index in near and _sees_as_a_state(doc, clause, m))
            or (_CONTINUES_HINT.index in near and _still_going_on(doc, clause, m))
        ):
            continue  # "تتوقع بدء الهجوم"، "يذكر ان المدينة تشهد معارك عديدة": expected, or what goes on
        if event_type == "Protests" and pos == "noun" and _called_for(text, m):
            continue  # "دعا الحزب انصاره الى مسيرة يوم الجمعة": a protest to come
        if event_type == "Protests" and _protests_a_stance_led_to(doc, clause, m):
            continue  # "وقد ادى رفضها الى تظاهرات": what a stance led to, no protest of a day
        if (
            eid == "destroy"
            and pos == "noun"
            and not _RESULT_VERBS.isdisjoint(_words_before(text, m, 6, chars=50))
        ):
            continue  # "ما اوقع مستويات غير مسبوقة من التدمير": the ruin an act told left, no act of its own
        if pos == "noun" and _USES.match(text, clause.start):
            continue  # "ويستخدم كذلك المدفعية وصواريخ ارض ارض": the arms a side uses, no act of a day
        if m.nspan.start < doc.body_start or clause.sentence in doc.headings:
            continue  # headline or sub-heading: the body reports it
        if run_in_heading is None:
            run_in_heading = _run_in_heading(
                doc, clause
            )  # (the clause's: worked out once, when first needed)
        if run_in_heading:
            continue
        if (
            (not near.isdisjoint(_GOVERNED_HINTS) and _governed(text, m))
            or _purpose(text, m)
            or (_PREVENT_HINT.index in near and _prevented(text, m))
            or (_NEAR_TO_HINT.index in near and _about_to(text, m))
            or (_PRAISING_HINT.index in near and _praised(text, m))
            or _asked_for(text, m, triggers)
            or _coordinated_after(text, m, governed_end)
            or (_INQUIRY_HINT.index in near and _inquired_into(text, m))
            or (_CASES_HINT.index in near and _cases_of_a_kind(text, m))
            or (pos == "noun" and _KEEPS_ON_HINT.index in near and _kept_up_now(clause, text, m))
        ):
            governed_end = m.nspan.end  # "تهدف الى اقتحام هذه المناطق والسيطرة عليها": both are the aim
            continue
        if _WEEKS_AGO_HINT.index in near and _weeks_ago(text, clause, m, triggers):
            continue  # "ضربة جوية استهدفت قيادات قبل اسابيع": an act of weeks ago, no act of the day
        if _subordinate_gone_by(doc, clause, m):
            background.append(m)
            continue  # "المحافظة التي اعلنت السلطات السيطرة عليها قبل ايام": how things came to stand
        if _HELP_HINT.index in near and _helped(text, m):
            continue  # "ساعدت الطائرات القوات على توجيه ضربات": help given, no strike of a day told
        if _CONTRIBUTING_HINT.index in near and _contributed(text, clause, m):
            continue  # "ساهمت فيها طائرات التحالف بغارات مكثفة": a part taken in a campaign
        if (_TIME_OF_AN_ACT_HINT.index in near and _time_of_an_act(text, m)) or (
            _STARTS_HINT.index in near and _before_it_starts(text, m)
        ):
            continue  # "غادروا ليلة سيطرة داعش على تدمر"، "قبل انطلاق عملية استعادتها": a time named by an act
        if _RANGE_HINT.index in near and _in_a_range(text, m):
            continue  # "ابتداء من حصار الرئيس … الى اختطاف الوزير": acts over time summed up
        if (
            _negated(text, m)
            or (_RELATIVE_HINT.index in near and _relative(text, m))
            or _negated_means(text, m)
        ):
            continue
        if eid == "target_verb" and _operation_restated(text, m):
            continue  # "واستهدفت الحملة ايضا عناصر من الحزب": whom the campaign told before was aimed at
        if stoppers and (
            any(_stops_an_act(text, s, m) for s in stoppers)
            or (_stop_verb(m) and any(_stops_an_act(text, m, t) for t in triggers))
        ):
            continue  # "اوقفت القوات عمليات القصف": stopped the shelling, arrested nobody, shelled nothing
        if stoppers and _stop_verb(m) and _stops_a_thing(text, m):
            continue  # "كما اوقف تحركات المتطرفين": stopped their moves, arrested nobody
        if (
            defused_ends
            and event_type == "Explosions/Remote violence"
            and any(0 <= m.nspan.start - end <= _OBJECT_CHARS for end in defused_ends)
        ):
            continue  # "فككت فرق الهندسة امس عبوة ناسفة": the bomb defused is what was disrupted, it went not off
        if (
            _inside_name(doc, m)
            or (not near.isdisjoint(_SPECULATIVE_HINTS) and _speculative(text, m))
            or _restated(text, m)
            or _habitual(text, m)
        ):
            continue
        if voice == "victim" and _of_the_fallen(text, m):
            continue  # "تتقدم بالتعزية لاسر الشهداء": the martyrs' families, no death told here
        if _SITE_HINT.index in near and _site_of_the_act(text, m):
            continue  # "وجدوا بطاقة هوية في مكان التفجير": the act told before, named for its site
        if m.norm in _SEIZING and any(
            t.data["entry"].id in _DEVICES and 0 <= t.nspan.start - m.nspan.end <= _OBJECT_CHARS
            for t in triggers
        ):
            continue  # "وضبطت الشرطة عبوة ناسفة": bombs seized, nobody arrested
        if eid in _DEVICES and pos == "noun" and _device_handled(text, m):
            continue  # "دمرت معملا لتجميع العبوات الناسفة": a bomb made or stored, none gone off
        if eid == "suicide" and _the_bomber(text, m):
            continue  # "يعتقد انه المهاجم الانتحاري نفسه"، "هوية الانتحاري": the bomber named, no other blast
        if voice == "victim" and _among_the_dead(text, m):
            continue  # "وقال الشهود ان من بين القتلى اطفالا": who the dead just told were, no other death
        if _AUTHORS_HINT.index in near and _by_its_author(doc, clause, m):
            continue  # "… الهجوم الانتحاري الذي اوقع 32 قتيلا. … ان منفذ الهجوم رجل من اديامان": told already
        if _FRONTS_HINT.index in near and _waged_on_fronts(text, m):
            continue  # "تخوض القوات الموالية للشرعية مواجهات، على أكثر من جبهة": a war waged, no day's fight
        if event_type == "Battles" and _outbreak_explained(text, m):
            continue  # "واندلعت الاشتباكات في المنطقة عقب احراق المواطنين لدبابة": how the fight told began
        if _AGO_HINT.index in near and _broke_out_days_ago(text, clause, m):
            continue  # "ان الاشتباكات تفجرت بين الطرفين قبل اربعة ايام": when the fighting told began
        if _campaign_since(text, clause, m) or (_AGO_HINT.index in near and _lasting_long(text, m)):
            continue  # "ويشن الجيش السوري منذ 11 يوليو حملة قصف": a campaign going on since a date, no day of it
        if _BEGAN_HINT.index in near and _begun_long_ago(doc, clause, m):
            # "وبدأت قوات النظام في الرابع من يوليو الماضي هجوما على الزبداني": how the campaign began (and what
            # went with it that day: "، ترافق مع قصف جوي عنيف")
            doc.memo.setdefault("begun_long_ago", set()).add((clause.sentence, clause.date.date))
            continue
        if clause.date is not None and (clause.sentence, clause.date.date) in doc.memo.get(
            "begun_long_ago", ()
        ):
            continue
        if (
            pos == "noun"
            and _prev_word(text, m).lstrip("و") in _INCIDENTS
            and not (clause.date is not None and clause.date.basis in ("relative", "explicit"))
        ):
            continue  # "كذلك سجلت حوادث اختطاف لشرطيين، احيانا مع عائلاتهم": incidents summed up, no day
        if (
            (_FREQUENT_HINT.index in near and _frequent(text, m))
            or _usually(text, clause, m)
            or (_NOW_AND_THEN_HINT.index in near and _now_and_then(text, m))
        ):
            continue  # "وتقوم الطائرات الحربية بغارات شبه يومية على مواقع التنظيم"
        if eid == "strike_noun" and _a_blow(text, m):
            continue  # "يشكل ضربة قاصمة للميليشيات": a setback, no strike
        if (
            event_type == "Explosions/Remote violence"
            and _DEPLOYED_HINT.index in near
            and _deployed_arms(text, m)
        ):
            continue  # "ونشرت روسيا منظومة صواريخ": arms placed, no fire
        if _WEIGHED_HINT.index in near and _weighed(text, m):
            continue  # "مقتل السوداني يشكل ضربة جديدة": the death told, weighed
        if voice == "victim" and _among_fates(text, m):
            continue  # "بين قتيل وجريح واسير وفار": a side's losses summed up
        if (
            _RIGHTS_HINT.index in near and _spoken_of_by_rights_group(text, clause, m)
        ) or _in_rights_groups_findings(doc, clause, m):
            continue  # "دانت منظمة العفو الدولية قصف المتمردين للاحياء": conduct a report sums up
        if not near.isdisjoint(_LISTED_HINTS) and _listed_as_included(text, m):
            continue  # "الدعم الذي يشمل التدريب والضربات الجوية": a kind of help, no strike
        if _IN_CHARGE_HINT.index in near and _in_charge_of(text, m):
            governed_end = m.nspan.end  # (and the acts joined to it: "… التفجير والهجمات الانتحارية")
            continue  # "كان مسؤول عمليات التفجير": a role
        if eid == "sexual_violence" and _usurped(text, m):
            continue  # "بعد ان اغتصبوا السلطة": power seized, nobody raped
        at = m.nspan.start
        if text.find(_PERMIT_HINT, at - _PERMIT_REACH if at > _PERMIT_REACH else 0, at) != -1 and _permitted(
            text, m
        ):
            continue  # "سمحت للولايات المتحدة باستخدام قواعدها في شن غارات": leave to strike, none struck
        if _DENIAL_HINT.any_within(text, clause.start, m.nspan.start) and _denied(text, clause.start, m):
            continue  # "ونفت وزارة الدفاع ان يكون الجيش قد خطف …"، "ورفضت الحكومة اتهامات …": not told as done
        if text.find("اولوي", m.nspan.end, m.nspan.end + _PRIORITY_REACH) != -1 and _a_priority(text, m):
            continue  # "ان استعادة السيطرة على صنعاء على رأس أولويات القوات الحكومية": a goal, not done
        if _in_reach(_PRETEXT_HINT, text, m, chars=30) and not _PRETEXTS.isdisjoint(
            w.lstrip("و") for w in _words_before(text, m, 3, chars=30)
        ):
            continue  # "احرقت ثلاثة شبان بدعوى زرعهم عبوة ناسفة"، "بتهمة تفجير": what someone is charged with
        if not near.isdisjoint(_SUSPECTED_HINTS) and _suspected_of(text, m, _day_told_after(text, clause, m)):
            continue  # "اعتقال المتورطين بتفجير السوق": what those held are suspected of, told before
        if sub == "Abduction/forced disappearance" and _released(text, m):
            continue  # "دعا الى الافراج فورا عن المختطفين"، "اطلاق سراح الرهائن": a release asked or done
        if (
            e.get("sub_event_type") == "Abduction/forced disappearance"
            and m.norm.removeprefix("ال") in _THE_HELD
            and (m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال"))
        ):
            continue  # "يسعى لجمع المعلومات عن المختطفين": the people held, named by what was done to them before
        if eid == "execute_noun" and _sentenced(text, m):
            sentence_end = m.nspan.end
            continue  # "أصدرت محكمة حكم الإعدام على …"، "حكمت بالإعدام على": a sentence passed, nobody killed
        if sentence_end and _prev_word(text, m) == "رميا" and m.nspan.start - sentence_end <= 12:
            continue  # "حكم الاعدام رميا بالرصاص": how the sentence is to be carried out
        if m.norm == "نيران" and _flames(text, m):
            continue  # "فاحرقت النيران خزانات النفط"، "اندلاع النيران": flames, not gunfire
        if eid == "burn" and text[m.nspan.end : m.nspan.end + 12].split()[:1] == ["النيران"]:
            continue  # … nor is what the flames burned anyone's act: it is what the act before did
        if eid == "advance" and _applied(text, m):
            continue  # "تقدموا لبرنامج التدريب"، "تقدم بطلب": applied, thanked — no ground gained
        if voice == "victim" and background_battle_end and m.nspan.start > background_battle_end:
            continue  # "بعد يومين من معارك اسفرت عن مقتل العشرات": the dead of the battle set as background
        if (background_battle_end or background) and _failed_within_the_background(
            text,
            [b.nspan.end for b in background] + ([background_battle_end] if background_battle_end else []),
            m,
        ):
            continue  # "بعد معارك لاكثر من ثلاثة اشهر اخفق فيها الحوثيون من السيطرة على المدينة": its end
        if (
            event_type == "Battles"
            and _after(text, m)
            and not _days_after(text, m)
            and not _told_after_with_its_day(text, clause, m)
        ):
            doc.memo.setdefault("background_places", set()).add(clause.index)
            background_battle_end = m.nspan.end
            continue  # "بعد اشتباكات", "بعد تحرير عدن": background to what the clause reports (its dead are
            # the reported act's: "سيطر الثوار على المرتفع بعد مواجهات اسفرت عن مقتل 22 متمردا")
        if background and _coordinated_after(text, m, background[-1].nspan.end, _BACKGROUND_REACH):
            background.append(m)
            continue  # "بعد التفجير الانتحاري الذي وقع في مدينة سروج والهجمات الارهابية الاخرى": both known
        if event_type != "Battles" and _COULD_NOT_HINT.index in near and _could_not(text, clause, m):
            continue  # "لم تتمكن حتى اللحظة من اثبات نجاحها في تصفية زعيم التنظيم": not done (a battle tried
            # and failed is a clash: see _attempt)
        if past_year is None:
            past_year = _in_a_past_year(doc, clause)  # (the clause's, asked once)
        if past_year:
            continue  # "هجمات 9/11 في نيويورك عام 2001": an act of a year gone by
        if _ELAPSED_HINT.any_within(text, clause.start, m.nspan.start) and _ELAPSED.search(
            text, clause.start, m.nspan.start
        ):
            continue  # "على الرغم من مرور ما يزيد على شهر من اعلان مقتله في غارة جوية": long past
        if (
            _days_after(text, m)
            or (_ANSWER_HINT.index in near and _in_response(text, m))
            or (_KNOWN_AFTER_HINT.index in near and _after_the_known(text, m, doc, clause))
        ):
            background.append(m)
            continue  # "بعد اربعة ايام على هجوم انتحاري": the time since an earlier event
        if (
            (_COMES_HINT.index in near and _comes(text, m))
            or _came_after(doc, clause, m)
            or _came_after_named(text, m)
            or _act_told_comes_after(doc, clause, m)
        ):
            background.append(m)
            continue  # "ويأتي تبادل اطلاق النار بعد …": the act told before, set in its time
        if eid == "repel" and _against_all(text, m):
            continue  # "تصدي (النصرة) لكل الفصائل التي تحظى بدعم اميركي": a stance, no fight
        if _INCIDENT_HINT.index in near and _incident_told_before(doc, clause, m):
            continue  # "استغلال حادثة الحرق": the burning told before, named again as a known incident
        if _AS_HINT.index in near and _as_was_done(text, m):
            background.append(m)
            continue  # "كيفية استعادة بقية اليمن كما تم استعادة عدن": the act a goal is likened to
        if pos == "verb" and _describes(clause, background, m):
            continue  # "بعد ثلاثة ايام على هجوم انتحاري في سوروتش استهدف ناشطين": the earlier act told on
        if _in_words(text, m) or (_ITEM_HINT.index in near and _enumerated(text, m)):
            continue  # "هاجم التنظيم خلال خطبه": in words; "نفذوا هجومين منفصلين، الاول …": each is told after
        if eid in _ATTACKS and _spoken_attack(text, triggers, m):
            continue  # "شن الرئيس هجوما حادا على الحكومة"، "… في خطاب": an attack in words
        if pos == "noun" and (
            (talks_end is not None and talks_end <= m.nspan.start)  # (a verb of talks before it)
            or (not near.isdisjoint(_DISCUSSED_HINTS) and _discussed(text, m))
        ):
            continue  # "بحث الوزير مع نظيره العراقي الهجمات الارهابية لداعش"، "تناولت …": what is talked about
        if sub in TERRITORY and _held(text, m):
            continue  # "لتحريره من سيطرة المتمردين"، "تحت سيطرة التنظيم": who holds it, not who took it
        if sub in TERRITORY and _vague_ground(doc, clause, m):
            summed_up = True  # what the side did after it in the clause sums up too ("وأعدم أجانب")
            continue  # "واستولى على عدد من البلدات": gains summed up, no ground named
        if summed_up is None:
            summed_up = text.startswith("و", clause.start) and _after_vague_ground(doc, clause)
        if summed_up:
            continue  # "… سيطر على بضع بلدات وأعدم أجانب وشن هجمات على سفارات": the same summary goes on
        if sub in TERRITORY and _ground_a_part_of_the_country(doc, clause, m):
            continue  # "تمكنت البشمركة من دحر متشددي التنظيم في شمال البلاد": gains summed up
        if sub in TERRITORY and (_abstract_object(text, m) or _envoy_expelled(text, clause, m)):
            continue  # "استعادة الأمن والاستقرار"، "استعادة الشرعية": no ground changing hands
        if eid in ("destroy", "loot") and _no_property(text, m):
            continue  # "نسف للدستور"، "تخريب الثورة"، "انعكست بالسلب على الحكومة": nothing destroyed or taken
        if _named_campaign(clause, text, m):
            continue  # "ضمن المرحلة الثانية من معركة "الثأر للزبداني"": the name of a campaign, not a battle there
        if _like_another(text, m) and not clause.toponyms:
            # "لقي قائد التنظيم مقتله في غارة مماثلة": an earlier act, told without where; with its own place
            # ("وكانت اشتباكات مماثلة دارت … في منطقة نقيل العرقوب") it is an event of its own
            continue
        if _front(text, m):
            continue
        if event_type == "Battles" and pos == "noun" and _prev_word(text, m) in _ANNOUNCING:
            continue  # "بيانات اعلان المعركة في كفريا والفوعة": a battle announced, no day's fighting told  # "على جبهات القتال"، "بمحاور القتال": the front lines, a place, not a day's fighting
        if event_type == "Battles" and pos == "noun" and _sent_to_or_lost_in(text, m):
            continue  # "الدفع بأبناء قبائلهم إلى المعارك، بعد الخسائر الكبيرة في المعارك": no day's fighting
        prev = _prev_word(text, m)
        if prev in ("مكافحه", "لمكافحه", "ومكافحه"):
            continue  # "شرطة مكافحة الشغب": fighting riots, a police unit's name, is no riot
        if prev in _FACING and pos == "noun":
            continue  # "في مواجهة الهجمات المسلحة": what is faced, no act of the day
        if _FOILING_HINT.index in near and _foiled(text, m):
            continue
        if eid in _FIRING and _anti_aircraft_fire(text, clause, m):
            continue  # "وسط اطلاق المضادات الارضية": fire at aircraft overhead  # "احبطت الوحدات تفجيرين انتحاريين": a bombing stopped before it went off
        if prev in _EXPLOSIVE and eid == "explosion":
            continue  # "مواد سريعة الانفجار": explosive, an adjective
        if (eid == "explosion" or voice == "victim") and mishap:
            continue  # "اثر انفجار في مستودع للمحروقات"، "انفجار انبوب غاز": a blast of fuel, no bomb (its dead
            # are no one's act)
        if eid == "shooting" and prev.lstrip("و") in _BLAZE:
            continue  # "واشتعال النيران في مخازن للوقود": a fire, no shooting
        if event_type == "Explosions/Remote violence" and _controlled(text, m, clause.end):
            continue  # "تفجير عبوات ناسفة وسيارات مفخخة تحت السيطرة": bombs blown up safely by those who found them
        if eid in ("enter", "enter_verb") and (
            _into_a_country(doc, clause, m)
            or _INTO_A_STATE.match(text, m.nspan.end) is not None
            or _unarmed_entering(text, clause, m)
        ):
            # "سهل لهم الدخول الى سوريا": crossing into a country; "اعلان تركيا الدخول في الحرب": into a state of
            # things — no ground taken
            continue
        if eid == "siege" and _besieged_place(doc, clause, m):
            continue  # "الى مدينة دير الزور المحاصرة": a place's state (besieged), no siege laid that day
        if eid in ("siege", "siege_verb") and (_encircled_men(doc, clause, m) or _lifts_the_siege(text, m)):
            # "حاصروا مجموعة من المسلحين"، "بمحاصرة قيادي حوثي": men cut off in a fight, no town besieged; "لفك
            # الحصار": a siege lifted or tried to be, none laid
            continue
        if eid == "seize" and _seized_pronoun(doc, clause, m):
            continue  # "الزوارق … استولت عليها الميليشيات بالقوة": what was seized is named before, maybe no ground
        if _told_on_from_a_state(doc, clause, m):
            continue  # "… تشهد اشتباكات في العديد من محاورها، … اضافة الى تعرض ضباط للاغتيال": what goes on
        if _MEETS_WITH_HINT.index in near and _met_with_in_the_present(text, m):
            continue  # "يرد التنظيم على تلك المظاهرات باطلاق النار واحتجاز المتظاهرين": how it deals with them
        if (
            event_type == "Explosions/Remote violence"
            and _ARMS_SEIZED_HINT.index in near
            and _arms_seized(text, m, triggers)
        ):
            continue  # "وتمكنوا من اغتنام منصات الصواريخ وعدد من صواريخ الفيل": arms taken, none fired
        if eid == "abduct" and _the_held_killed(text, m, triggers):
            continue  # "قتل مسلحون الرهائن الخمسة": the hostages are whom the killing hit, taken before
        if eid == "landmine" and _sea_mines(text, m):
            continue  # "غارات بالصواريخ والالغام البحرية": mines dropped from aircraft, the strike is the act
        if event_type == "Explosions/Remote violence" and (
            _store_blown_up(text, m) or _tunnel_demolished(text, m)
        ):
            continue  # "مع تفجير مخبأ كبير للاسلحة"، "تفجير نفق يربط المدينة بمحيطها": no bomb set off at anyone
        if (
            event_type == "Explosions/Remote violence"
            and _STORES_HINT.index in near
            and _arms_in_store(text, m)
        ):
            continue  # "تفجير مخبأ للاسلحة والصواريخ"، "مستودع للقذائف": arms stored, none fired
        if pos == "noun" and _FEAR_HINT.index in near and _feared(text, m):
            continue  # "ويخشى السكان من تقدم المسلحين نحو بلدتهم": what is feared, nothing done
        if pos == "noun" and _TAKE_PART_HINT.index in near and _to_take_part_in(text, m):
            continue  # "تمهيدا لتشكيل فوجين يشاركان في تحرير المدينة"، "للمشاركة في عمليات تحريرها": to come
        if (across or _across_a_country(doc, clause, m)) and event_type in _VIOLENT_ACTS:
            across = True  # (and the acts told after it in the clause: "… ادت الى مقتل 32 شخصا")
            # (and the dead told before it are the sum's: "قتل وجرح عشرات من داعش بغارات … في انحاء العراق")
            out = [t for t in out if _entry(t).get("voice") != "victim"]
            if not out:
                doc.memo.setdefault("background_clauses", set()).add(clause.index)
            continue  # "غارات … في انحاء العراق": acts summed up over a country
        if pos == "noun" and event_type == "Battles" and _a_degree_of(text, m):
            continue  # "تنطوي على قدر اكبر من التدخل والنشاط والاشتباك": a degree of conduct, no fight
        if _LATELY_HINT.index in near and _of_late(text, clause, m):
            continue  # "واشتد القتال في ادلب اخيرا": fighting of late, no act of a day
        if _LATELY_HINT.index in near and _RECENTLY.match(text, m.nspan.end) is not None:
            continue  # "بعد تفجير انتحاري وقع مؤخرا في المدينة": an act of late, told as background
        if _barrels_as_a_barrier(text, m):
            continue  # "داخل مبنى محاط ببراميل وسواتر ترابية": a barrier, no barrel bomb
        if _blast_of_a_strike(text, m, triggers):
            continue  # "ان الانفجار نتج عن قصف الحوثيين لمنشات النفط": the shelling is the act
        if _arms_taken(text, m):
            continue  # "ان المقاومة استولت على اربع دبابات للمسلحين": arms taken, no ground
        if _unit_named_for_its_arms(text, m):
            continue  # "لمعسكر اللواء 55 صواريخ": a unit's name, no rockets fired
        if _held_over_a_span(text, clause, m):
            continue  # "وسيطر المتمردون على القاعدة معظم الفترة التي انقضت": ground held, no taking
        if _toll_of_no_act(doc, clause, m):
            continue  # "ان حصيلة القتلى بين المدنيين السبت في عدن بلغت 17 قتيلا": the dead summed up
        if pos == "noun" and _UNDERGOES_HINT.index in near and _some_places_undergo(text, m):
            continue  # "ان بعض المناطق في المحافظة تتعرض لقصف بالهاون": what goes on somewhere, no act of a day
        out.append(m)
    if background:
        if not _answer_told_after_its_act(doc, clause):
            doc.memo.setdefault("background_sentences", set()).add(clause.sentence)
        doc.memo.setdefault("background_clauses", set()).add(clause.index)
        doc.memo.setdefault("background_spans", []).extend((b.nspan.start, b.nspan.end) for b in background)
    return out


# near (what is named just before): "القريبة من"، "القريبتان من"
_NEAR_ADJECTIVES = frozenset("القريب القريبه القريبان القريبتان القريبين القريبتين".split())
_COORDINATION_REACH = 30  # characters from an act named under a governing word to one coordinated with it
# what a press conference or a speech was held or given by (عقده، القاها): the place
# after it is where it was said
# a place that lies some kilometres from another: "تبعد بنحو 750 كيلومترا جنوب"، "تقع على بعد 10 كيلومترات من"
_IN_OR_WHICH = re.compile(r"(?<![\u0621-\u064a])(?:في|التي|الذي|[تي]قع|الواقع|الواقعه)(?![\u0621-\u064a])")
_MEASURED_REACH = (
    60  # characters from an act to the place it is told some kilometres from (see _measured_from_the_act)
)
_LIES_AT = re.compile(
    r"(?:[تي]بعد|[تي]قع علي بعد|الواقعه علي بعد|الواقع علي بعد) [^.,،]{0,30}"
    rf"(?:{'|'.join(_DISTANCE_UNITS)}|كيلو متر)\S*"
    r"(?: (?:الي )?(?:ال)?(?:شمال|جنوب|شرق|غرب)\S*)*(?: (?:عن|من))?(?: (?:العاصمه|مدينه|بلده))?\s*$"
)
# a take-off (normalized): "طائرات انطلقت من قاعدة القيادة الجوية في ولاية X"، "اقلعت من مطار X"، "حلقت من": the
# place the aircraft set out from — the base's name and its own words (القيادة الجوية الثامنة), and في, may stand
# between; not a target ("انطلقت من قاعدة انجرليك غارات على مواقع في الرقة") — is never where they struck
_TAKE_OFF = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:انطلق|اقلع|حلق|انطلاق|اقلاع)[\u0621-\u064a]{0,3}"
    r"(?: (?:ال)?(?:طائر|طيران|مقاتل|مروحي)[\u0621-\u064a]*)? من"
    r"(?: (?:ال)?(?:قاعده|مطار|حامله)(?: [\u0621-\u064a]+)?(?: (?:ال[\u0621-\u064a]+|جويه|جوي|عسكريه|عسكري|[0-9]+)){0,4}"
    r"(?: في)?(?: (?:ولايه|محافظه|مدينه|منطقه))?)? ?$"
)
_BASE_USED = ("استخدم", "استخدام", "يستخدم", "تستخدم", "فتح", "فتحت")  # (normalized, no clitics) a base used
_SEATS = frozenset(("مقرها", "مقره", "مقرهم", "مقرات", "مقراتها", "مقراته"))
_AROUND = frozenset(RELATIONS) | frozenset(DIRECTIONS)  # ريف، محيط، اطراف، شمال، غربي …
# a campaign launched (a launch verb's object): "شن حملة على"، "نفذوا حملة امنية"، "نفذت عمليات تمشيط"; or a
# war waged ("وشنت تركيا «حربا على الارهاب»"): no act of a day
_CAMPAIGN = re.compile(
    r"(?: \S+){0,2} [\"«]?(?:حمله|حملات|حربا?|(?:عمليه|عمليات) (?:تمشيط|دهم|مداهمه|مداهمات|تفتيش))(?!\w)"
)
# security operations: "خمس عمليات أمنية متزامنة"، "حملة أمنية واسعة"
_SECURITY_OPERATIONS = re.compile(r"(?<!\w)(?:عمليه|عمليات|حمله|حملات) امنيه(?!\w)")
_CAMPAIGN_NOUNS = frozenset(("حمله", "حملات", "الحمله", "الحملات"))  # the subject of "حملات استهدفت"
# operations the police launch are a security campaign: "شنت الشرطة التركية سلسلة عمليات استهدفت شبكات تجنيد"
_POLICE_OPERATIONS = re.compile(
    r" (?:الشرطه|الامن|قوات الامن|الدرك|قوات الدرك|الاجهزه الامنيه)(?: \S+){0,2} (?:سلسله )?(?:عمليه|عمليات)(?!\w)"
)
# someone taken in a raid: arrested, detained, captured (normalized stems)
_TAKEN = re.compile(r"اعتقا?ل|توقيف|اوقف|القبض|قبض|احتجاز|احتجز|معتقل|موقوف|اسر|خطف|اختطا?ف")
# a fire breaking out or put out: "اشتعال النيران"، "اندلعت النيران"، "اخماد النيران"
_BLAZE = frozenset(
    ("اشتعال", "اشتعلت", "اندلاع", "اندلعت", "اخماد", "لاخماد", "التهمت", "السنه", "نشوب", "شبت")
)
_SETTLEMENT_TYPES = frozenset(("مدينه", "بلده", "قريه", "محله"))  # type words of a town, village, locality


def _town_told_as_such(t: Any) -> bool:
    """A town named by its type word ("مدينة عين العرب") or put somewhere by the text itself ("زحلة (شرق لبنان)"):
    sure of its country, wherever the report is from."""
    return getattr(t, "type_word", None) in _SETTLEMENT_TYPES or bool(getattr(t, "anchor_relation", None))


# words of backing before a side (normalized): "للدفاع عن"، "دعما ل"، "لمساندة": the side backed by the act
_IN_SUPPORT_OF = frozenset(
    "للدفاع دفاعا لحمايه حمايه لمسانده مسانده مساندتها دعما لدعم اسنادا لاسناد اسناد".split()
    # (and the verbs and nouns of helping: "ان ضربات التحالف ساعدت وحدات حماية الشعب على تعزيز سيطرتها")
    + "ساعد ساعدت ساعدوا ساعدتا يساعد تساعد يساعدون لمساعده مساعده".split()
)
# (normalized) getting something from a side, with the pronoun of the thing: "مدرعات حصلت عليها من التحالف"
_GOT_IT = frozenset(
    "تسلمتها تسلمها تسلموها استلمتها استلمها استلموها تلقتها تلقاها تلقوها اشترتها اشتراها اشتروها".split()
)


def _supplier(text: str, m: Mention) -> bool:
    """The side after من that something was got from (حصلت عليها من، تسلمتها من): the supplier of the arms, no
    side of the act."""
    before = _words_before(text, m, 3, chars=32)
    if before[-1:] != ["من"] or len(before) < 2:
        return False
    got = before[-2].lstrip("و")
    return got in _GOT_IT or (
        got in ("عليها", "عليه", "عليهم")
        and len(before) == 3
        and before[0].lstrip("و")[:4] in ("حصلت", "حصلو", "حصل")
    )


# bombs set off (what no state's forces are told to do)
BOMBINGS = frozenset(("Grenade", "Remote explosive/landmine/IED", "Suicide bomb"))
_DIVISION_WORDS = frozenset(("منطقه", "ولايه", "اقليم"))  # type words of a first-level division abroad
_BARREL_STATES = frozenset(("SYR",))  # where barrel bombs are the state air force's weapon alone
# where aircraft of no one named are the state's, until another state's joined them: Russia's over Syria; in
# Libya the army's (of the House of Representatives: the strikes on Benghazi and Derna), for no cut-off
_OWN_AIR_STATES: dict[str, dt.date | None] = {"SYR": dt.date(2015, 9, 30), "LBY": None}
# facing (normalized): "بلدة سروج، التي تقابل بلدة عين العرب"، "المواقع … والتي يقابلها مطار المزة العسكري"
_ACROSS = frozenset(("تقابل", "يقابل", "المقابله", "المقابل", "مقابل"))
# facing (المقابلة لمدينة X، قبالة X), after a country: what follows is a landmark (see _locates_another)
_FACING_A_LANDMARK = frozenset(("المقابله", "المقابل", "قباله"))
# the relative pronoun and the verb of a clause that says where the place before it lies ("الذي يقع قرب")
_WHICH = frozenset(("الذي", "التي", "اللذان", "اللتان"))
_LIES = frozenset(("يقع", "تقع", "يقعان", "تقعان"))
_ACROSS_IT = frozenset(("تقابلها", "يقابلها", "يقابله", "تقابله"))
_HELD_SPEECH = frozenset("عقده عقدته عقداه عقدها عقدوه القاها القاه".split())
# (the speeches a place is named as the venue of: not _SPEECH's statements and posts, "بيان … في حلب" is often
# issued where the act was)
_SPEECHES = frozenset("كلمه كلمته خطاب خطابه تصريح تصريحات تصريحاته مقابله".split())
# the press a statement is told to (امام الصحافيين، للصحافيين): the place after is where it was told
_THE_PRESS = frozenset("الصحافيين الصحفيين الصحافين الصحفيون الصحافيون".split())
_TO_THE_PRESS = frozenset("للصحافيين للصحفيين للصحافين".split())
# a meeting or a visit, and the words that make it when a statement was made (عقب لقائه، خلال اجتماع، على هامش
# القمة، في ختام محادثات): see ConflictAssembler._locates_another
_MEETINGS = frozenset(
    "لقاء لقائه لقاءه لقائها لقاءها لقائهم اجتماع اجتماعه اجتماعها اجتماعهم اجتماعات محادثات محادثاته محادثاتها"
    " مباحثات مباحثاته مباحثاتها قمه زياره زيارته زيارتها مشاورات".split()
)
_WHILE_MEETING = frozenset("عقب بعد خلال اثناء قبيل قبل ختام هامش".split())
_BACKGROUND_REACH = 60  # the same from a background act, which its relative clause may follow


_CASES_HINT = _any_of(("حالات",))  # (in every word _cases_of_a_kind looks for: see _hints_near)


def _cases_of_a_kind(text: str, m: Mention) -> bool:
    """ "وثقت حالات القتل والاعتقالات التعسفية": cases of a kind of act (the noun with the article after حالات),
    summed up, no act of a day (not "سجلت حالات اختطاف في المدينة امس": cases told)."""
    if _entry(m).get("pos") != "noun" or not (
        m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال")
    ):
        return False
    if _prev_word(text, m).lstrip("و") == "حالات":
        return True
    # (or joined by و to the kinds listed after it: "حالات القتل خارج القانون والتهجير والاعتقالات")
    before = _words_before(text, m, 6, chars=60)
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i].lstrip("و") == "حالات"), None)
    return (
        at is not None
        and m.data.get("prefix", "").startswith("و")
        and not any(w[-1] in ".,،؛:" for w in before[at:])
    )


def _coordinated_after(text: str, m: Mention, end: int, reach: int = _COORDINATION_REACH) -> bool:
    """A noun joined by و to an act named just before it under a governing word shares that word; so does an
    adjective right after it ("عمليات التفجير والهجمات الانتحارية": the suicide word of the attacks)."""
    return (
        end >= 0
        and 0 <= m.nspan.start - end <= reach
        and _entry(m).get("pos") == "noun"
        and (
            m.data.get("prefix", "").startswith("و")
            or 0 <= m.nspan.start - len(m.data.get("prefix", "")) - end <= 1
        )
    )


# foiling: a bomb foiled did not go off (a foiled attack, "احبط هجوما", was fought off: a clash)
_FOILING = frozenset(("احبط", "احبطت", "احبطوا", "يحبط", "تحبط", "احباط", "لاحباط", "باحباط"))
_FOILING_AND = _with_and(_FOILING)
_FOILING_HINT = _any_of(_FOILING)  # (see _in_reach)
_BOMBS = frozenset(("Suicide bomb", "Remote explosive/landmine/IED", "Grenade"))
_FOIL_REACH = 6  # words from the verb of foiling to the bombing it stopped


_AT_WORDS = frozenset(
    ("علي", "باتجاه", "نحو", "تجاه", "صوب")
)  # (normalized) what fire is aimed at comes after


def _anti_aircraft_fire(text: str, clause: Clause, m: Mention) -> bool:
    """ "ويحلق طيران التحالف في اجواء العاصمة وسط اطلاق المضادات الارضية": anti-aircraft guns fired at the aircraft
    overhead (no ground target told after them: "اطلقت المضادات الارضية على الاحياء" is told) hit nothing ACLED
    codes."""
    w = next((x for x in clause.of("weapons") if x.nspan.start >= m.nspan.end), None)
    if w is None or w.data["entry"].id != "anti_aircraft" or w.nspan.start - m.nspan.end > _OBJECT_CHARS:
        return False
    words = text[w.nspan.end : clause.end].split()
    for i, x in enumerate(words[:-1]):
        if x.lstrip("و") in _AT_WORDS:
            return words[i + 1].startswith(_AIRCRAFT_WORDS)
    return True


def _foiled(text: str, m: Mention) -> bool:
    """A bombing named as foiled a few words after احبط / احباط: no bomb went off."""
    if _entry(m).get("sub_event_type") not in _BOMBS or not _in_reach(_FOILING_HINT, text, m, chars=60):
        return False
    return not _FOILING_AND.isdisjoint(_words_before(text, m, _FOIL_REACH, chars=60))


_EXPLOSIVE = frozenset(("سريعه", "شديده", "قابله", "قابل"))  # (the word before, see _prev_word)
_FACING = frozenset(("مواجهه", "لمواجهه", "ومواجهه"))  # (the word before, see _prev_word)
_CONTROLLED_REACH = 60  # characters from a blowing-up to "تحت السيطره" that makes it a controlled one


# (normalized) what makes a blowing-up a controlled one: "تحت السيطرة"، "بشكل متحكم به"، "بطريقة محكومة"
_CONTROLLED = re.compile(r"تحت السيطره|(?<!\w)متحكم(?!\w)|(?:بشكل|بطريقه|بصوره) محكوم(?:ه)?(?!\w)")


def _controlled(text: str, m: Mention, end: int) -> bool:
    """A controlled detonation, of mines, bombs or arms found: "تفجير عبوات ناسفة وصواريخ تحت السيطرة"، "فجرت
    الوحدات الالغام بشكل متحكم به" (no attack on anyone)."""
    reach = m.nspan.end + _CONTROLLED_REACH
    return _CONTROLLED.search(text, m.nspan.end, end if end < reach else reach) is not None


_PRONOUN_OBJECTS = frozenset(("عليها", "عليه", "عليهم", "عليهما"))


def _seized_pronoun(doc: Doc, clause: Clause, m: Mention) -> bool:
    """استولى takes ground and goods alike: with a pronoun for its object and no place after it, what it took
    is something named before — a boat, a depot, a town — and a town taken is told where it is named."""
    after = doc.text[m.nspan.end : m.nspan.end + 12].split()[:1]
    if not after or after[0].strip(_PUNCT) not in _PRONOUN_OBJECTS:
        return False
    return not any(doc.toponyms[i].start >= m.nspan.end for i in clause.toponyms)


_RELATIVES = ("الذي ", "التي ", "والذي ", "والتي ")


def _said_of_another(norm: NormText, sayer: Mention, trig: Mention) -> bool:
    """ "اعلنت السلطات التركية ان شابا … هو منفذ الهجوم": what the sayer says (ان and a new subject) is of
    another's act; "اعلن الجيش انه قصف"، "ان قواته …"، "ان ضرباته …" are its own (but not "ان قنبلة انفجرت":
    the ه of the matching key is a ة there)."""
    text = norm.text
    words = _words_between(text, sayer.nspan.end, trig.nspan.start)
    for i, w in enumerate(words):
        if w.lstrip("و") in ("انه", "بانه") and sayer.norm.split()[0].endswith("ات"):
            return True  # "واشارت السلطات التركية الى انه فجر نفسه": he is not they (they would be انها)
        if w in ("ان", "بان"):
            nxt = words[i + 1] if i + 1 < len(words) else None
            if nxt is None:
                # the act right after ان: another's ("قالت الوزارة ان انفجارا في بلدة سروج …") unless a pronoun
                # makes it the sayer's ("اعلن الجيش ان غاراته …")
                return not (trig.data.get("suffix") or trig.norm.endswith(("ها", "هم", "هما")))
            own = not nxt.startswith("ال") and nxt.endswith(("ه", "ها", "هم", "هما")) and len(nxt) > 3
            return not (own and _written_pronoun(norm, sayer.nspan.end, trig.nspan.start, nxt))
    return False


def _written_pronoun(norm: NormText, lo: int, hi: int, word: str) -> bool:
    """``word`` (found first between ``lo`` and ``hi``), which ends in a pronoun by its matching key, ends in one
    as written: -ها، -هم، -هما, or a ه that is no ة (the key writes ة as ه: "قنبلة" is no "قنبله")."""
    if not word.endswith("ه"):
        return True
    at = norm.text.find(" " + word, lo, hi)
    return at != -1 and norm.raw[norm.raw_offset(at + len(word))] == "ه"


def _counted(text: str, clause: Clause, m: Mention) -> bool:
    """People of a side counted (ثلاثة جنود اتراك، 12 جنديا روسيا، جنديان تركيان، جندي تركي) are those lost,
    not those who act."""
    if any(
        v.nspan.start == m.nspan.start and v.data["entry"].get("number") in ("singular", "dual")
        for v in clause.of("victims")
    ):
        return True  # one or two soldiers named as such: "قتل جندي تركي"
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    lo = word_start - 24
    for n in numbers_in(text, lo if lo > clause.start else clause.start, word_start):
        if 0 <= word_start - n.end <= 1:
            return True
    return False


_DEALT_WITH = frozenset(("تناول", "تناولت", "تناولا", "تناولوا", "تتناول", "يتناول"))
_DEALT_WITH_AND = _with_and(_DEALT_WITH)
_DEALT_WITH_HINT = _any_of(_DEALT_WITH)  # (see _in_reach)


def _discussed(text: str, m: Mention) -> bool:
    """What a talk dealt with (تناولت المحادثة ملفي الحرب … والمعركة ضد التنظيم) is a topic, no act; so is
    what goes on, followed from afar ("تتابع ما يجري من اقتتال بقلق شديد")."""
    if _in_reach(_GOES_ON_HINT, text, m, chars=_GOES_ON_REACH):
        # (or told with another word before it: "مما يدور من احداث واشتباكات")
        before = _words_before(text, m, 4, chars=_GOES_ON_REACH)
        for i in range(len(before) - 2):
            if (
                before[i] in _WHAT
                and before[i + 1] in _GOES_ON
                and before[i + 2] == "من"
                and len(before) - i <= 4
            ):
                return True
    at = m.nspan.start
    if "تعلق" in text[at - 16 if at > 16 else 0 : at] and m.data.get("prefix", "").startswith("ب"):
        # "صورا تتعلق بهجوم انتحاري": what pictures or words relate to is a topic, no act
        before = _words_before(text, m, 1, chars=16)
        if before and before[0] in _RELATING:
            return True
    return _in_reach(_DEALT_WITH_HINT, text, m, chars=80) and not _DEALT_WITH_AND.isdisjoint(
        _words_before(text, m, 10, chars=80)
    )


_RELATING = frozenset(("تتعلق", "يتعلق", "المتعلقه", "المتعلق", "متعلقه", "متعلق", "تعلقت", "تعلق"))


_GOES_ON = frozenset(("يجري", "يحدث", "تشهده", "يشهده", "جري", "حدث", "يدور", "تدور", "تجري"))
_WHAT = frozenset(("ما", "مما", "عما", "فيما", "بما", "لما"))  # (normalized) what, of what, about what …
_GOES_ON_REACH = 32
_GOES_ON_HINT = _any_of(_GOES_ON)  # (see _in_reach)
_RELATING_HINT = _any_of(("تعلق",))  # (in every word of _RELATING)
# the hints of the three readings of _discussed (see _hints_near)
_DISCUSSED_HINTS = frozenset(h.index for h in (_GOES_ON_HINT, _RELATING_HINT, _DEALT_WITH_HINT))


@functools.cache
def _actor_entries() -> dict[str, Any]:
    """The actors lexicon by entry id."""
    return {e.id: e for e in load_lexicon("actors")}


# the peoples whose armed men ("المسلحين التركمان", generic gunmen named by their people) are that people's
# militia (normalized)
_PEOPLES = {
    "التركمان": "Turkmen", "التركمانيين": "Turkmen", "التركمانيون": "Turkmen",
    "الايزيديين": "Yazidi", "الايزيديون": "Yazidi", "اليزيديين": "Yazidi", "اليزيديون": "Yazidi",
    "الاشوريين": "Assyrian", "الاشوريون": "Assyrian", "الشبك": "Shabak",
}  # fmt: skip


@functools.cache
def _people_entry(people: str) -> Any:
    gunmen = _actor_entries()["generic-gunmen"]
    data = {
        **gunmen.data,
        "code": "UAF",
        "generic": False,
        "inter": 4,
        "name": f"{people} Ethnic Militia ({{c}})",
    }
    return dataclasses.replace(gunmen, id=f"{people.lower()}-militia", data=data)


def _of_a_people(text: str, m: Mention) -> Mention:
    """Generic gunmen named by their people right after them are that people's militia (see _PEOPLES)."""
    if m.data["entry"].id != "generic-gunmen" or text[m.nspan.end : m.nspan.end + 1] != " ":
        return m
    people = _PEOPLES.get(text[m.nspan.end + 1 : m.nspan.end + 16].split(" ", 1)[0])
    if people is None:
        return m
    return Mention(
        kind=m.kind, span=m.span, norm=m.norm, nspan=m.nspan, data={**m.data, "entry": _people_entry(people)}
    )


def _within_a_side(m: Mention, actors: list[Mention]) -> bool:
    return any(
        o is not m and not is_generic(o) and o.nspan.start <= m.nspan.start and m.nspan.end <= o.nspan.end
        for o in actors
    )


def _comes(text: str, m: Mention) -> bool:
    """The subject of "يأتي/تأتي" (comes) is an act already told, now set against another: "ويأتي القصف بعد …"."""
    if not _in_reach(_COMES_HINT, text, m, chars=16):
        return False
    before = _words_before(text, m, 2, chars=16)
    if before[-1:] and before[-1] in ("هذه", "هذا", "تلك", "ذلك"):
        before = before[:-1]  # "تأتي هذه الغارات بعد …"
    return bool(before) and before[-1].lstrip("و") in _COMING


def _act_told_comes_after(doc: Doc, clause: Clause, m: Mention) -> bool:
    """An act noun right before "يأتي/جاء" and the word of what it came after ("…، وسيارة مفخخة اخرى استهدفت حي
    الشرطة، في هجوم يأتي غداة مقتل 21 شخصا في هجمات …"): the acts the sentence told before it, named again to
    set them against another — no act of its own."""
    if _entry(m).get("pos") != "noun":
        return False
    after = doc.text[m.nspan.end : m.nspan.end + 24].split()[:2]
    if len(after) < 2 or after[0] not in _CAME or after[1].lstrip("و") not in _SET_AFTER:
        return False
    return _told_earlier_in_the_sentence(
        doc, clause, lambda c, t: t in conflict_triggers(doc, c) and _entry(t).get("voice") != "victim"
    )


def _as_was_done(text: str, m: Mention) -> bool:
    """ "… كما تم استعادة عدن": كما right after a word (no mark, no و: not "also") likens something to an act
    done before; it tells no new one."""
    if not _in_reach(_AS_HINT, text, m, chars=14):
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    head = text[max(0, word_start - 14) : word_start]
    k = head.rfind("كما ")
    if k == -1 or head[k + 4 :].split() not in ([], ["تم"], ["حدث"], ["جري"]):
        return False
    at = max(0, word_start - 14) + k
    before = text[max(0, at - 2) : at]
    return len(before) == 2 and before[1] == " " and before[0].isalpha()


_AS_HINT = _any_of(("كما",))
_COMING = ("ياتي", "تاتي")
# what a clause of timing opens with, and the words of the act it is set after (normalized)
_SET_AFTER = frozenset(("بعد", "عقب", "اثر", "غداه", "اعقاب"))


def _acts_set_after(text: str, clause: Clause) -> list[Mention]:
    """The clause's acts named after بعد / عقب with another act told before them (see _set_after_an_act)."""
    acts = clause.of("triggers")
    return [n for n in acts if _set_after_an_act(text, n, acts)]


def _set_after_an_act(text: str, m: Mention, acts: Sequence[Mention]) -> bool:
    """A noun act named right after بعد / عقب / اثر with another act (not a death) told before it in the clause:
    "يشن هجمات تستهدف قوات الامن بعد تفجير استهدف تجمعا", "قصفت قوات النظام البلدة بعد تفجير" — the act the
    clause tells came after it; the sides named before the word are that act's, not the earlier one's."""
    return (
        _entry(m).get("pos") == "noun"
        and _prev_word(text, m).lstrip("و") in _SET_AFTER
        and any(
            a.nspan.end <= m.nspan.start
            and _entry(a).get("category") == "conflict"
            # (or a fight named as what went on: "وتواصلت امس المعارك بريف اللاذقية بعد سيطرة المعارضة على …")
            and (_entry(a).get("pos") == "verb" or _entry(a).get("sub_event_type") == "Armed clash")
            # (not a death or a ruin the act after the word caused: "دمرت دبابة اثر غارة للتحالف")
            and _entry(a).get("voice") != "victim"
            and a.data["entry"].id != "destroy"
            for a in acts
        )
    )


# (normalized) verbs of answering an attack by an act of one's own: "وردت المقاومة باطلاق النار"
_ANSWER_VERBS = frozenset("رد ردت ردوا يرد ترد يردون تردان".split())
_ANSWERED_REACH = (
    90  # characters from a verb of answering to the act named with bi- that answers (its subject,
)
# a time and what it answers between: "ورد الجيش التركي امس على هجمات حزب العمال الكردستاني بقصف …")


def _an_answer(text: str, m: Mention, acts: Sequence[Mention]) -> bool:
    """An act named with bi- after a verb of answering, another act told before it in the clause: "اطلق مسلحون
    النار على نقطة للمقاومة، وردت المقاومة باطلاق النار عليهم" — the answer is the other side's part of the fight
    the clause tells, not the report (its doer is the side the first act hit)."""
    if not m.data.get("prefix", "").lstrip("وف").startswith("ب") or _ANSWER_VERBS.isdisjoint(
        w.lstrip("وف") for w in _words_before(text, m, 4, chars=40)
    ):
        return False
    # (the act answered named after the verb is what was answered, the act after bi- the report: "وردت القوات على
    # الهجوم بقصف مدفعي")
    start = m.nspan.start - 48 if m.nspan.start > 48 else 0
    verb = max(
        (
            w.start()
            for w in re.finditer(r"\S+", text[start : m.nspan.start])
            if w.group().lstrip("وف") in _ANSWER_VERBS
        ),
        default=0,
    )
    return any(
        a.nspan.end <= start + verb
        and _entry(a).get("category") == "conflict"
        and _entry(a).get("voice") != "victim"
        for a in acts
    )


def _fire_returned(text: str, m: Mention) -> bool:
    """Fire named with bi- after a verb of answering: "فرد الجيش بفتح النار"، "وردت القوات على الفور باطلاق
    النار" — fire returned at whoever attacked; or the fire answered: "رد الجيش على اطلاق نار من الجانب السوري"
    (the answer is at whoever fired first)."""
    if m.data.get("prefix", "").lstrip("وف").startswith("ب"):
        return not _ANSWER_VERBS.isdisjoint(w.lstrip("وف") for w in _words_before(text, m, 4, chars=40))
    before = _words_before(text, m, 5, chars=48)
    return before[-1:] == ["علي"] and not _ANSWER_VERBS.isdisjoint(w.lstrip("وف") for w in before[:-1])


def _answered_from(text: str, m: Mention) -> int | None:
    """Where what an act named with bi- answers starts, told after على right after the verb of answering: "ورد
    الحوثيون على هجمات المقاومة بقصف احياء" — from على; None when the act answers nothing named so."""
    if not m.data.get("prefix", "").lstrip("وف").startswith("ب"):
        return None
    verb = _answer_verb_at(text, m, _ANSWERED_REACH)
    if verb is None:
        return None
    at = text.find(" علي ", verb, m.nspan.start)
    return at + 1 if at != -1 else None


def _answer_verb_at(text: str, m: Mention, reach: int = 48) -> int | None:
    """Where the verb of answering (رد، فرد، وردت …) that an act named with bi- answers by starts: "فرد الجيش
    بقصف مواقعهم" — within a few words (``reach`` characters) before it."""
    start = m.nspan.start - reach if m.nspan.start > reach else 0
    return max(
        (
            start + w.start()
            for w in re.finditer(r"\S+", text[start : m.nspan.start])
            if w.group().lstrip("وف") in _ANSWER_VERBS
        ),
        default=None,
    )


def _came_after(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The clause tells when something came: "وجاءت المداهمات بعد مقتل 32 شخصا في تفجير انتحاري" — the act
    after بعد, whose dead the article counted before, is what it came after, told already (one not told yet is
    a report: "وجاء كلام دمرطاش غداة مقتل ستة اشخاص في مواجهات … في مدينة سيلوبي")."""
    text = doc.text
    # (the clause's first word, split off alone: most clauses open with no verb of coming)
    first = text[clause.start : m.nspan.start].split(None, 1) if m.nspan.start > clause.start else []
    if not first or first[0] not in _CAME:
        return False
    words = _words_between(text, clause.start, m.nspan.start)
    # (the blasts heard that came after strikes told with them are the strikes': "وجاءت الانفجارات عقب قصف")
    if len(words) > 1 and words[1] in _BLASTS_HEARD:
        return False
    if _SET_AFTER.isdisjoint(w.lstrip("و") for w in words[1:]):
        return False
    counted = {n.value for n in numbers_in(text, clause.start, clause.end) if n.value >= 2}
    return bool(counted) and any(
        n.value in counted for s, e in doc.sentences if e <= clause.start for n in numbers_in(text, s, e)
    )


_BLASTS_HEARD = frozenset(("الانفجار", "الانفجارات", "الانفجاران", "الانفجارين"))
_COMES_HINT = _any_of(_COMING)


_DESCRIBE_REACH = 60  # characters from an act named as background to a verb that goes on telling it


def _describes(clause: Clause, background: list[Mention], m: Mention) -> bool:
    """A verb right after an act named as background, with no side named between, tells that act on ("هجوم
    انتحاري في سوروتش استهدف مجموعة ناشطين": an indefinite noun and the verb describing it)."""
    for b in background:
        if 0 <= m.nspan.start - b.nspan.end <= _DESCRIBE_REACH and not any(
            b.nspan.end <= a.nspan.start < m.nspan.start for a in clause.of("actors")
        ):
            return True
    return False


# "in which" (normalized): the resumptive pronoun of a clause that tells what went on in the act before it
_IN_WHICH = re.compile(r"(?<!\S)(?:فيها|خلالها|فيه|خلاله)(?!\S)")
_IN_WHICH_REACH = 80  # characters from an act named as background to the act told in it


def _failed_within_the_background(text: str, ends: list[int], m: Mention) -> bool:
    """An act a side failed at, told in a clause about a fight named as background ("بعد معارك عنيفة لاكثر من
    ثلاثة اشهر اخفق فيها الحوثيون من السيطرة على المدينة"): the end of that earlier fight, no act of the day
    (one done in it stays: "بعد معارك تمكنت خلالها القوات من السيطرة على البلدة")."""
    for end in ends:
        if 0 <= m.nspan.start - end <= _IN_WHICH_REACH:
            between = text[end : m.nspan.start]
            if "." not in between and (w := _IN_WHICH.search(between)) is not None:
                return _COULD_NOT.search(text, max(end, m.nspan.start - 60), end + w.start()) is not None
    return False


def _stop_verb(m: Mention) -> bool:
    return _entry(m).get("sub_event_type") == "Arrests" and m.norm.lstrip("و").startswith(("اوقف", "يوقف"))


def _stops_an_act(text: str, m: Mention, act: Mention) -> bool:
    """اوقف is both "arrested" and "stopped": with an act of violence (``act``) for its object, a few words
    after it, it stopped that act (``m`` is then neither an arrest nor is ``act`` an event) — not when people
    counted stand between ("اوقفت 251 شخصا في اطار حملة استهدفت …": those are the ones held)."""
    return (
        act is not m
        and _stop_verb(m)
        and _entry(act).get("category") == "conflict"
        and 0 <= act.nspan.start - m.nspan.end <= 40
        and not numbers_in(text, m.nspan.end, act.nspan.start)
    )


_OBJECT_CHARS = 40  # characters from a verb to its object, its subject and a time between
# what is stopped, not arrested, when it follows اوقف (normalized): moves, work, supplies, flights
_THINGS_STOPPED = frozenset(
    "تحركات تحرك التحركات حركه الحركه عمل العمل ضخ تقدم التقدم زحف امدادات الامدادات اطلاق الملاحه رحلات "
    "الرحلات البث بث تصدير التصدير انتاج الانتاج القتال المفاوضات العمليات عمليات الحرب التمويل تمويل "
    "صرف المساعدات مساعدات الدعم دعم التعامل نشاط نشاطات انشطه الانشطه "
    # its websites and accounts: "وأوقفت مواقعه الإلكترونية"
    "مواقعه مواقعها موقعه موقعها حساباته حساباتها "
    # a vehicle stopped on the road ("أوقف مسلحون سيارة القاضي واغتالوه"): what was done to its riders is told
    # after it (an arrest among them is told with its own verb: "واعتقلوا من فيها")
    "سياره سيارته سيارتها سيارتهم سيارات السياره السيارات حافله الحافله حافلات موكب موكبه الموكب شاحنه "
    "الشاحنه عربه".split()
)


def _stops_a_thing(text: str, m: Mention) -> bool:
    """اوقف with a thing for its object, a side at most between ("اوقفت القوات تقدم المسلحين"، "كما اوقف
    تحركات المتطرفين"): stopped, not arrested."""
    return not _THINGS_STOPPED.isdisjoint(text[m.nspan.end : m.nspan.end + 40].split()[:3])


# what words are said in: an attack made in them is criticism, not violence
_SPEECH = frozenset(
    ("خطبه", "خطب", "خطبته", "خطبها", "خطبهم", "تصريحات", "تصريح", "تصريحاته", "كلمه", "كلمته", "مقال", "مقاله",
     "بيان", "بيانه", "مقابله", "حديث", "حديثه", "تغريده", "تغريدات", "مؤتمر", "لقاء", "برنامج", "الاعلام",
     "خطاب", "خطابات", "خطابا", "كلمات", "شعارات", "هتافات")
)  # fmt: skip


def _in_words(text: str, m: Mention) -> bool:
    """An attack made in a sermon, a statement or an interview ("هاجم التنظيم خلال خطبه"، "هاجم في تصريحات
    الحكومة") is criticism."""
    if m.data["entry"].id not in ("attack_verb", "attack_noun"):
        return False
    words = text[m.nspan.end : m.nspan.end + 50].split(".")[0].split()[:5]  # within its sentence
    if any(w.strip(_PUNCT) in _SPEECH or w.strip(_PUNCT).lstrip("وبفل") in _SPEECH for w in words):
        return True
    # "القوا خطابات هاجموا فيها الحكومة": the speeches named before, in which (فيها) it was made
    after = text[m.nspan.end : m.nspan.end + 8].split()[:1]
    before = _words_before(text, m, 3, chars=30)
    return after in (["فيها"], ["فيه"]) and any(
        w.strip(_PUNCT) in _SPEECH or w.strip(_PUNCT).lstrip("وبفل") in _SPEECH for w in before
    )


def _spoken_attack(text: str, triggers: Sequence[Mention], m: Mention) -> bool:
    """An attack in words (see _verbal_attack); a launch verb's, when the attack it launches is one: "شن الرئيس
    التركي هجوما على روسيا في خطاب"."""
    if m.data["entry"].id != "launch_verb":
        return _verbal_attack(text, m)
    obj = next(
        (
            t
            for t in triggers
            if t.data["entry"].id == "attack_noun" and 0 <= t.nspan.start - m.nspan.end <= _OBJECT_CHARS
        ),
        None,
    )
    return obj is not None and (_in_words(text, obj) or _verbal_attack(text, obj))


def _enumerated(text: str, m: Mention) -> bool:
    """ "نفذوا هجومين منفصلين، الاول استهدف … والثاني …": a count of acts whose items are told one by one after
    it; the items are the events."""
    after = text[m.nspan.end : m.nspan.end + 60]
    if not _ITEM_HINT.any_within(text, m.nspan.end, m.nspan.end + 60):
        return False  # no item is told after it (most triggers): the words need not be read
    words = [m.norm, *after.split()[:6]]  # the act, or the light verb before it
    for i, w in enumerate(words[:3]):
        if w.strip(_PUNCT).endswith(("ين", "تين")) and any(
            x.strip(_PUNCT) in _ITEM_WORDS for x in words[i + 1 : i + 4]
        ):
            return True
    return False


_PUNCT = '.,،:؛;"«»'
_ITEM_WORDS = ("الاول", "الاولي", "احدهما", "اولهما")
_ITEM_HINT = _any_of(_ITEM_WORDS)


# what is restored or controlled that is no ground (normalized): "استعادة الأمن"، "السيطرة على الوضع"
_ABSTRACT = frozenset(
    ("الامن", "الاستقرار", "الهدوء", "الثقه", "هيبه", "الحياه", "الشرعيه", "الدوله", "الوضع", "الاوضاع",
     "الموقف", "الحريق", "النيران", "الحقوق", "زمام", "الاعمار", "السلام", "النظام العام", "الممتلكات",
     "ممتلكات", "الاموال", "اموال")
)  # fmt: skip


_LOSS_VERBS = frozenset(("فقد", "فقدت", "فقدوا", "يفقد", "تفقد", "خسر", "خسرت", "خسروا", "فقدان", "خساره"))


# the words between a side and the act it claims, told after it: "الحزب الذي اعلن تبني مقتل شرطيين"
_CLAIMANT_GAP = frozenset(
    ("الذي", "التي", "الذين", "اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن", "تبني", "تبنت", "تبنوا", "المسؤوليه",
     "مسؤوليه", "عن")
)  # fmt: skip
_CLAIMANT_GAP_WORDS = 5


def _claimant_before(text: str, before: Sequence[Mention], trig: Mention) -> Mention | None:
    """The side right before the claim of the act that follows: "حزب العمال الذي اعلن تبني مقتل شرطيين"،
    "وتبنى التنظيم الهجوم" is told by _claimed_by; here the claimant stands first, then the claim, then the act."""
    if not before:
        return None
    m = before[-1]
    gap = [w.lstrip("و") for w in _words_between(text, m.nspan.end, trig.nspan.start)]
    if not gap or len(gap) > _CLAIMANT_GAP_WORDS or gap[-1] not in ("تبني", "تبنت", "تبنوا", "عن"):
        return None
    if not _CLAIMANT_GAP.issuperset(gap) or _CLAIMING.isdisjoint(gap):
        return None
    return m


def _lost_control(text: str, m: Mention) -> bool:
    """The noun of control lost by its subject: "فقد الحوثيون السيطرة على المدينة", "خسرت القوات السيطرة".
    A verb of taking right after فقد is the particle فـ + قد ("فقد سيطر الثوار"), not a loss."""
    if _entry(m).get("pos") != "noun":
        return False
    return any(w.lstrip("و") in _LOSS_VERBS for w in _words_before(text, m, 3, chars=40))


def _held(text: str, m: Mention) -> bool:
    """Control named as a state ("من سيطرة المتمردين"، "تحت سيطرة التنظيم"، "مناطق سيطرة المعارضة") or as a
    topic ("القلق بشأن السيطرة على حدودها"، "خلاف حول السيطرة على المعبر")."""
    if _entry(m).get("pos") != "noun" and not (m.norm.startswith("سيطرت") and m.data.get("suffix")):
        return False  # ("تحت سيطرتها": the noun with its pronoun, not the verb سيطرت with an object)
    before = _words_before(text, m, 1, chars=12)
    if before and before[-1] in _ABOUT:
        return True
    if not m.norm.startswith(("سيطره", "سيطرت")):
        return False
    if before and (before[-1] == "تحت" or before[-1].lstrip("و") in ("تعتبر", "يعتبر", "تعد", "يعد")):
        return True  # "تحت السيطرة": held, whoever holds it; "وتعتبر السيطرة على المدينة ضروريا": a topic
    if m.data.get("prefix", "").endswith("ال"):
        return False  # "تمكنت من السيطرة على …": the act
    return bool(before) and (before[-1] in ("من", "تحت") or before[-1] in _HOLDINGS)


_ABOUT = frozenset(("بشان", "حول", "بخصوص", "حيال"))  # what is talked or worried about
# ground by who holds it: "مناطق سيطرة المعارضة"، "خطوط سيطرتها"
_HOLDINGS = frozenset(("مناطق", "المناطق", "منطقه", "المنطقه", "اماكن", "خطوط", "نطاق", "حدود", "مساحات"))


_SOME = frozenset(("عدد", "بضع", "عده", "العديد", "بعض"))
_TOWNS = frozenset(
    (
        "البلدات",
        "بلدات",
        "المدن",
        "مدن",
        "القري",
        "قري",
        "المناطق",
        "مناطق",
        "الاراضي",
        "اراضي",
        "المواقع",
        "مواقع",
    )
)


def _goes_on_from_a_placed_act(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The clause opens with the act's verb joined by و to the clause before in its sentence, which tells an act
    of the day at a place it names: what the same side did next there."""
    if clause.index == 0:
        return False
    prev = doc.clauses[clause.index - 1]
    return (
        prev.sentence == clause.sentence
        and bool(prev.toponyms)
        and bool(prev.of("actors"))
        and m.nspan.start - len(m.data.get("prefix", "")) == clause.start
        and m.data.get("prefix", "").startswith("و")
        and any(_entry(t).get("category") == "conflict" for t in prev.of("triggers"))
    )


def _vague_ground(doc: Doc, clause: Clause, m: Mention) -> bool:
    """Ground taken counted but not named ("واستولى على عدد من البلدات"، "سيطر على بضع بلدات"): a summary of a
    side's gains. (With a place right after it — "على عدد من القرى في سهل الغاب" — it is an event.)"""
    date = clause.date
    if date is not None and date.precision == 1 and date.basis in ("relative", "explicit"):
        return False  # "وسيطر التنظيم على بعض المناطق امس": a day's gains
    if _goes_on_from_a_placed_act(doc, clause, m):
        return False  # "اقتحمت المقاومة المربع الامني في مدينة X واستعادت عدة مواقع": the ground there
    text = doc.text
    after = text[m.nspan.end : m.nspan.end + 60].split()[:7]
    # the object after على, a subject maybe between ("واستولى التنظيم على عدد من البلدات")
    on = next((i for i, w in enumerate(after[:4]) if w == "علي"), None)
    if on is not None:
        after = after[on + 1 :]
    if not after or after[0].lstrip("و") not in _SOME:
        return False
    towns = next((w for w in after[1:3] if w.strip(_PUNCT) in _TOWNS), None)
    if towns is None:
        return False
    end = text.find(towns, m.nspan.end) + len(towns)
    return not any(0 <= doc.toponyms[i].start - end <= _PLACE_OF_TOWNS for i in clause.toponyms)


# men (normalized) a siege may be laid on: "حاصروا مجموعة من المسلحين"، "محاصرة عدد كبير من عناصرها"
_MEN_ENCIRCLED = frozenset(
    "قيادي قياديا قائد قاده عناصر عنصر العناصر مجموعه مجموعات عدد العشرات عشرات مسلحين المسلحين مسلحي مقاتلين"
    " المقاتلين مقاتلي افراد جنود الجنود الرئيس رئيس".split()
)


_LIFTING = frozenset(("فك", "كسر", "رفع", "انهاء"))  # (normalized) what is done to a siege laid before


def _lifts_the_siege(text: str, m: Mention) -> bool:
    """The word before names the siege's lifting ("لفك الحصار"، "وكسر الحصار"، "رفع الحصار عن المدينة")."""
    return _prev_word(text, m).lstrip("و").removeprefix("ل") in _LIFTING


def _encircled_men(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The siege is laid on men, not on a town ("حاصروا مجموعة من المسلحين في منطقة قرن"، "بمحاصرة قيادي حوثي
    بارز"): fighters cut off in a fight, told with the fight or alone, no siege of a place."""
    after = doc.text[m.nspan.end : m.nspan.end + 40].split()[:4]
    while after and after[0] in ("علي", "امس", "اليوم", "الثوار", "المقاومه", "القوات"):
        after = after[1:]  # (the besiegers named after the verb: "وحاصرت القوات عناصر …")
    return bool(after) and after[0].lstrip("و") in _MEN_ENCIRCLED


# في and a type word right before a name: a place the text tells of ("وفي إقليم X"، "بمدينة X")
_IN_A_TOLD_PLACE = re.compile(
    r"(?:^|\s)[وف]?(?:في |ب)(?:اقليم|ولايه|محافظه|مدينه|بلده|قريه|ناحيه|مديريه|قضاء) $"
)
_PLACE_OF_TOWNS = 30  # characters from the towns counted to the place that holds them ("في ريف حلب الغربي")
# a part of the country named as the ground, no place in it: "من دحر متشددي التنظيم في شمال البلاد"
_COUNTRY_PART = re.compile(
    r"[^.،,]{0,30}?(?<!\w)(?:في |ب|علي )?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)ي?(?: (?:غرب|شرق)ي?)? البلاد(?!\w)"
)


# "بلدة تركية أخرى": another (town) than the one named
_ANOTHER = re.compile(r" (?:اخري|اخر)(?!\w)")
# a part of a country told by the country's name: "في جنوب سوريا"، "بشمال العراق" (the name follows)
_LAND_PART = re.compile(
    r"[^.،,]{0,30}?(?<!\w)(?:في |ب|علي )?(?:ال)?(?:شمال|جنوب|شرق|غرب|وسط)ي?(?: (?:غرب|شرق)ي?)? "
)


def _ground_a_part_of_the_country(doc: Doc, clause: Clause, m: Mention) -> bool:
    """Ground changing hands told only as a part of the country ("تمكنت البشمركة من دحر متشددي التنظيم في شمال
    البلاد"), no place named between: a side's gains summed up, no event of a day."""
    g = _COUNTRY_PART.match(doc.text, m.nspan.end, m.nspan.end + 60)
    if g is None:
        return False
    return not any(m.nspan.end <= doc.toponyms[i].start < g.end() for i in clause.toponyms)


def _after_vague_ground(doc: Doc, clause: Clause) -> bool:
    """An earlier clause of the sentence sums up ground taken without naming it (:func:`_vague_ground`)."""
    return _told_earlier_in_the_sentence(
        doc, clause, lambda c, t: _entry(t).get("sub_event_type") in TERRITORY and _vague_ground(doc, c, t)
    )


def _abstract_object(text: str, m: Mention) -> bool:
    """A change of territory whose object is no ground: "استعادة الأمن والاستقرار"، "السيطرة على الحريق"."""
    after = text[m.nspan.end : m.nspan.end + 30].split()[:2]
    if after and after[0] in ("علي", "عليه"):
        after = after[1:]
    return bool(after) and after[0].strip(_PUNCT).lstrip("و") in _ABSTRACT


# diplomats and missions (normalized, without ال): "طردت الحكومة السفير الإيراني" sends an envoy away, no ground
_ENVOYS = frozenset(("سفير", "سفراء", "دبلوماسيين", "دبلوماسي", "قائم", "بعثه", "ملحق", "قنصل"))
_ENVOY_REACH = 5  # words from the verb to its object, past its subject


def _envoy_expelled(text: str, clause: Clause, m: Mention) -> bool:
    """ "وطردت الحكومة اليمنية السفير الإيراني": an envoy expelled (a diplomatic act), no ground taken."""
    if not m.norm.startswith("طرد"):
        return False
    after = text[m.nspan.end : clause.end].split()[:_ENVOY_REACH]
    return any(w.lstrip("و").removeprefix("ال") in _ENVOYS for w in after)


# what is "destroyed" or "stolen" in words only: a constitution, a revolution, talks, a victory (normalized,
# without ال)
_UNBUILT = frozenset(
    ("دستور", "ثوره", "عمليه", "مفاوضات", "حوار", "جهود", "اتفاق", "اتفاقيه", "هدنه", "علاقات", "وحده", "وفاق",
     "سمعه", "صوره", "مشروع", "خطه", "مبادره", "تسويه", "سلام", "مسار", "ثقه",
     # … and a victory, its sacrifices, a people's will: "سرقة نصر المقاومة"، "سرقة تضحيات الشهداء"
     "نصر", "انتصار", "انتصارات", "ثورات", "تضحيات", "دماء", "اراده", "احلام", "حلم", "اصوات")
)  # fmt: skip


def _no_property(text: str, m: Mention) -> bool:
    """Destruction or robbery of nothing material: "نسف للدستور"، "تخريب الثورة" (an abstract object), and
    "بالسلب" (negatively), an adverb that reads as robbery."""
    if m.data["entry"].id == "loot" and m.norm == "سلب" and m.data.get("prefix", "").endswith("بال"):
        return True
    after = text[m.nspan.end : m.nspan.end + 30].split()[:1]
    if not after:
        return False
    w = after[0].strip(_PUNCT).lstrip("و")
    w = w[2:] if w.startswith(("لل", "ال")) else w  # (li- and the article: للدستور)
    return w in _UNBUILT


_QUOTES = "\"“”«»'‘’"


def _named_campaign(clause: Clause, text: str, m: Mention) -> bool:
    """A battle or operation noun followed by a name in quotes names a campaign ("معركة "الثأر للزبداني""،
    "عملية «السهم الذهبي»"): its name is no report, and the place in it no battlefield. A side in quotes is
    the act's agent ("تفجير "جيش الفتح" مقرا له")."""
    if _entry(m).get("pos") != "noun":
        return False
    after = text[m.nspan.end : m.nspan.end + 3].lstrip()
    if not after or after[0] not in _QUOTES:
        return False
    opened = text.index(after[0], m.nspan.end) + 1
    return not any(0 <= a.nspan.start - opened <= 1 for a in clause.of("actors"))


_SIMILAR = frozenset(("مماثل", "مماثله", "مماثلا", "مشابه", "مشابهه", "مشابها", "شبيه", "شبيهه"))


def _like_another(text: str, m: Mention) -> bool:
    """An act named as like the one reported ("في غارة مماثلة"، "بهجوم مشابه"): another one."""
    after = text[m.nspan.end : m.nspan.end + 16].split()[:1]
    return bool(after) and after[0].rstrip(".,،") in _SIMILAR


# how a paragraph's body opens (normalized): "من جهته، قال …"
_BODY_OPENERS = frozenset(
    f"من {w}{p}" for w in ("جهت", "جانب", "ناحيت") for p in ("ه", "ها", "هم")
) | frozenset(("من جهه", "في المقابل", "الي ذلك"))


def _run_in_heading(doc: Doc, clause: Clause) -> bool:
    """A sub-heading that lost its line break: "… ضد نظام الاسد. غارات اسدية ولقي ثمانية مدنيين …" — a
    sentence opening with two or three words and no verb before the clause that reports."""
    nxt = doc.clauses[clause.index + 1] if clause.index + 1 < len(doc.clauses) else None
    first = clause.index == 0 or doc.clauses[clause.index - 1].sentence != clause.sentence
    if not first or nxt is None or nxt.sentence != clause.sentence:
        return False  # (the clause's words are read only for the first clause of a sentence that goes on)
    words = doc.text[clause.start : clause.end].split()
    if len(words) > 3 and " ".join(words[-2:]) in _BODY_OPENERS:
        words = words[:-2]  # "مقتل قياديين دواعش من جهته، قال المرصد …": the body opens after the heading
    return (
        len(words) <= 3
        and not words[0].startswith("و")  # "ولقي شخصان حتفهما، …": a sentence going on, not a heading
        and not any(_entry(m).get("pos") == "verb" for m in clause.of("triggers"))
    )


_TIME_UNITS = frozenset(
    ("يوم", "يومين", "ايام", "ساعه", "ساعات", "ساعتين", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر")
    + ("وقت", "فتره", "لحظات", "دقائق", "دقيقه")  # "بعد وقت قصير على مقتل"، "بعد فترة وجيزة من التفجير"
)


_FRONTS = frozenset(
    ("جبهات", "جبهه", "محاور", "محور", "خطوط", "خط", "ساحات", "ساحه", "ميادين", "ميدان", "ارض")
)
# … and the areas of the fighting: "في جميع مناطق القتال" (not a front an advance makes headway on: "تقدمت في مناطق
# محاذية للشارع")
_FIGHTING_GROUNDS = _FRONTS | {"مناطق", "منطقه"}


def _front(text: str, m: Mention) -> bool:
    """Fighting named as the head of a front (جبهات القتال، محاور المواجهة): where the lines are."""
    if _entry(m).get("event_type") != "Battles":
        return False
    before = _words_before(text, m, 1, chars=12)
    if before == ["وسط"] and (m.norm.startswith("ال") or m.data.get("prefix", "").endswith("ال")):
        return True  # "حوصر المدنيون وسط المعارك": the fighting told again, as what something happened amid
    return bool(before) and before[0].lstrip("وبل") in _FIGHTING_GROUNDS


# a year named as the time of something (normalized): "عام 2001"، "في 2012"، "سنة 2003" (not "منذ 2011": a span
# reaching now, which the statistics read)
_YEAR_NAMED = re.compile(
    r"(?<!منذ )(?<!\w)(?:عام|العام|سنه|السنه|في|صيف|شتاء|ربيع|خريف|مطلع|اوائل|اواخر|منتصف|بدايه|نهايه)"
    r" ((?:19|20)\d\d)(?!\d)"
)
# what every match of _YEAR_NAMED holds (the space and the first digits of its year)
_YEAR_HINT = Literals((" 19", " 20"))


_DIGIT = re.compile(r"\d")


# (normalized) the year before the one of publication, named: "العام الماضي"، "السنة الماضية"
_LAST_YEAR = Literals(
    ("العام الماضي", "السنه الماضيه", "العام المنصرم", "السنه المنصرمه", "العام الفائت", "السنه الفائته")
)
_LAST_YEAR_AT = re.compile(r"العام (?:الماضي|المنصرم|الفائت)|السنه (?:الماضيه|المنصرمه|الفائته)")


def _in_a_past_year(doc: Doc, clause: Clause) -> bool:
    """The clause (or the one before it in its sentence, when it has no time of its own) names a year before the
    year of publication as its time — and no day of the last days ("وقتل 30 شخصا في تفجير في سروج امس، وهو اسوا
    هجوم منذ … في عام 2013": the year is the comparison's)."""
    pub = doc.article.published
    if pub is None:
        return False
    start = clause.start
    prev = doc.clauses[clause.index - 1] if clause.index > 0 else None
    if (
        prev is not None
        and prev.sentence == clause.sentence
        and not (clause.date is not None and clause.date.basis in ("explicit", "relative"))
    ):
        # a clause with no time of its own goes on in the year the one before it names: "التي استخدمتها قوات
        # صالح في حرب صيف عام 1994، في حربها ضد الجنوب وسيطرتها على عدن"
        start = prev.start
    if _LAST_YEAR.any_within(doc.text, start, clause.end):
        # "فر العام الماضي الى بكتيكا بعدما غادر وزيرستان، حيث بدا الجيش هجوما واسعا": the year before, named
        # (not in a relative clause: "مدينة الفلوجة التي سيطر عليها التنظيم العام الماضي" is the place's story)
        hit = _LAST_YEAR_AT.search(doc.text, start, clause.end)
        if hit is not None and _RELATIVE_AND.isdisjoint(doc.text[start : hit.start()].split()):
            return not _recent(doc, clause)
    if not _YEAR_HINT.any_within(doc.text, start, clause.end):
        return (
            False  # (most clauses name no year: _YEAR_NAMED, which opens with lookbehinds, is tried nowhere)
        )
    return any(
        int(y.group(1)) < pub.year for y in _YEAR_NAMED.finditer(doc.text, start, clause.end)
    ) and not _recent(doc, clause)


def _could_not(text: str, clause: Clause, m: Mention) -> bool:
    """The act is the first the clause names after "لم تتمكن/لم يستطع" (could not), within a few words."""
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    lo = word_start - 60
    lo = lo if lo > clause.start else clause.start
    if not _COULD_NOT_HINT.any_within(text, lo, word_start):
        return False
    hit = _COULD_NOT.search(text, lo, word_start)
    return hit is not None and not any(
        hit.end() <= t.nspan.start < m.nspan.start for t in clause.of("triggers")
    )


# the time gone by since an act told after it (normalized): "مرور ما يزيد على شهر من"، "مرور 3 اعوام على"
# (it opens with the word, checked for a word start once taken: the engine jumps to it, as to a literal)
_ELAPSED = re.compile(
    r"مرور(?<!\wمرور) (?:\S+ ){0,3}(?:ايام|يومين|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|عام|عامين|اعوام|سنه|سنتين|سنوات)\b"
)
_ELAPSED_HINT = Literals(("مرور",))  # (every match of _ELAPSED opens with it: most clauses have none)


# (normalized) words that name an act by its kind before its verbal noun: "جريمة احراق"، "حادثة الحرق"
_INCIDENT_WORDS = frozenset(("جريمه", "حادثه", "حادث", "واقعه", "مجزره", "عمليه"))
_INCIDENT_HINT = _any_of(_INCIDENT_WORDS)  # (see _hints_near)


# (normalized) standing up to every one of a kind: "تصدي (النصرة) لكل الفصائل التي تحظى بدعم اميركي"
_AGAINST_ALL = re.compile(r"(?:\s+\S+){0,3}?\s+ل(?:كل|جميع|كافه|اي)(?!\w)")
_AGAINST_ALL_REACH = 40  # characters after the act


def _against_all(text: str, m: Mention) -> bool:
    """Repelling "every" one of a kind: a side's stance towards a whole class of foes, no fight of a day."""
    return _AGAINST_ALL.match(text[m.nspan.end : m.nspan.end + _AGAINST_ALL_REACH]) is not None


def _incident_told_before(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The act named as a known incident, its kind and then its definite verbal noun ("استغلال حادثة الحرق"،
    "عن منفذي عملية التفجير"), when the article told an act of that type before: that act named again."""
    if _entry(m).get("pos") != "noun" or not m.data.get("prefix", "").endswith("ال"):
        return False
    if _prev_word(doc.text, m).lstrip("وبل") not in _INCIDENT_WORDS:
        return False
    kind = _entry(m).get("event_type")
    return any(
        _entry(t).get("event_type") == kind
        for c in doc.clauses[: clause.index]
        for t in conflict_triggers(doc, c)
    )


def _days_after(text: str, m: Mention) -> bool:
    """ "بعد اربعة ايام على هجوم انتحاري"، "بعد ساعات من التفجير": how long after an earlier event."""
    if not _in_reach(_AFTER_HINT, text, m, chars=40):
        return _days_after_its_announcement(text, m)
    before = _words_before(text, m, 4, chars=40)
    if before[-1:] and before[-1].lstrip("و") in _INCIDENT_WORDS:
        # "وبعد يومين من جريمة احراق منزل العائلة": the act named by its kind
        before = _words_before(text, m, 5, chars=50)[:-1]
    if (
        len(before) >= 2
        and before[-1] in ("علي", "من")
        and any(w in _AFTER for w in before[:-1])
        and any(w in _TIME_UNITS for w in before[:-1])
    ):
        return True
    return _days_after_its_announcement(text, m)


def _days_after_its_announcement(text: str, m: Mention) -> bool:
    """ "بعد ايام من اعلان الحكومة تحرير المدينة": the act an announcement of days ago told (its maker
    between)."""
    if not _ANNOUNCED_HINT.any_within(text, m.nspan.start - 90 if m.nspan.start > 90 else 0, m.nspan.start):
        return False  # (most triggers)
    words = _words_before(text, m, 13, chars=120)
    for j in range(len(words) - 1, 1, -1):
        if words[j][-1] in ".,،؛:":
            return False
        if words[j] in _ANNOUNCING and words[j - 1] in ("علي", "من"):
            # (not hours: "بعد ساعتين من اعلان بدء المعركة" is the battle of the day, begun that day)
            return (
                any(w in _AFTER for w in words[: j - 1])
                and any(w in _DAYS_UNITS for w in words[: j - 1])
                and _STARTS.isdisjoint(words[j + 1 :])
            )
    return False


_ANNOUNCED_HINT = Literals(("اعلان",))  # (see _days_after)
_DAYS_UNITS = frozenset(("يوم", "يومين", "ايام", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر"))


# (normalized) a fight going on, the verb of a relative clause about it: "المعارك التي تدور في المدينة بين …"
_FIGHT_GOING_ON = frozenset(
    ("تدور", "يدور", "دارت", "دار", "تجري", "يجري", "جرت", "اندلعت", "تستمر", "استمرت")
)
_TOOK_PLACE = frozenset(("وقع", "وقعت", "حدث", "حدثت", "حصل", "حصلت", "جري", "شهدته", "شهدتها"))


# what one enters that is no ground (normalized): a war, talks, a truce, force of law, a new stage
_INTO_A_STATE = re.compile(
    r" (?:في|الي) (?:ال)?(?:حرب|معركه|مواجهه|حوار|مفاوضات|محادثات|تحالف|هدنه|اضراب|مرحله|حيز|عام|شهر)"
    r"|(?: \S+)? حيز التنفيذ"
)


def _into_a_country(doc: Doc, clause: Clause, m: Mention) -> bool:
    """The entry is into a whole country named right after it (الى سوريا، الاراضي التركية …)."""
    for i in clause.toponyms:
        t, p = doc.toponyms[i], doc.places[i]
        if (
            0 <= t.start - m.nspan.end <= 12
            and p is not None
            and (p.gazetteer_id or "").startswith("country:")
        ):
            return True
    return False


# (normalized) who or what enters that is no armed force: aid and its convoys, envoys, inspectors, observers,
# the press, civilians and the displaced (an armed force that enters is named by its men or units; aid words
# are _AID_WORDS)
_UNARMED_ENTRANTS = frozenset(
    "قافله القافله قوافل القوافل شاحنات الشاحنات شاحنه وفد الوفد وفود الوفود بعثه البعثه مفتشو مفتشون مفتشين "
    "المفتشون المفتشين مراقبون مراقبين المراقبون المراقبين صحفيون صحفيين الصحفيون الصحفيين صحافيون صحافيين "
    "الصحافيون الصحافيين مراسل مراسلو مراسلون مدنيون مدنيين المدنيون المدنيين نازحون نازحين النازحون النازحين "
    "لاجئون لاجئين اللاجئون اللاجئين الاهالي اهالي السكان موظفو موظفي اطباء الاطباء الصليب الهلال".split()
)


# (normalized) a patrol or a column of an armed force, the object of a verb or verbal noun of targeting (a convoy,
# قافلة, may carry aid or people fleeing)
_PATROLS = frozenset("دوريه الدوريه دوريتين الدوريتين دوريات الدوريات رتل الرتل ارتال الارتال".split())


def _patrol_targeted(text: str, trig: Mention) -> bool:
    """ "اثر استهداف دورية للجيش"، "استهدفوا رتلا عسكريا": the targeting of a patrol or column of an armed force
    (the word right after the act) is an attack on armed men, whoever did it and with whatever arms."""
    if trig.data["entry"].id not in ("target_noun", "target_verb"):
        return False
    after = text[trig.nspan.end : trig.nspan.end + 30].split()[:1]
    return bool(after) and after[0].removesuffix("ا") in _PATROLS  # ("رتلا": the accusative's alif)


def _owns_the_patrol(text: str, trig: Mention, side: Mention) -> bool:
    """The side named right after the patrol the act targeted is whose it is: "استهداف دورية للجيش"، "دورية
    عسكرية تابعة للحوثيين" (within four words of the act, nothing but the patrol's words between)."""
    return (
        0 <= side.nspan.start - trig.nspan.end <= 40
        and len(text[trig.nspan.end : side.nspan.start].split()) <= 4
    )


# (normalized) a bomb named bare, and what names it another arm (a barrel, a cluster, a mortar's shell)
_THROWING_BY_HAND = frozenset(
    ("رمي", "رمت", "رموا", "قذف", "قذفت", "قذفوا")
)  # (normalized) verbs of drop_bombs
_THROWN_DEVICES = frozenset(("ied", "grenade"))  # (weapon entries) what men throw by hand
_BARE_BOMBS = frozenset("قنبله القنبله قنابل القنابل قنبلتين".split())
_OTHER_BOMBS = frozenset(
    "برميليه البرميليه برميليتين عنقوديه العنقوديه الهاون هاون صوتيه دخانيه ضوئيه".split()
)


def _bomb_thrown(text: str, trig: Mention) -> bool:
    """ "القى مهاجمون ملثمون قنبلة على ثكنة عسكرية": the verb of throwing with its subject between it and a bare
    bomb (the forms of the grenade entry hold the verb and the bomb side by side: "القوا قنبلة") — a bomb thrown,
    whose kind the thrower tells (aircraft drop it, men throw it)."""
    if trig.data["entry"].id != "drop_bombs":
        return False
    words = text[trig.nspan.end : trig.nspan.end + 50].split()[:4]
    for i, w in enumerate(words):
        if w in _BARE_BOMBS:
            return i > 0 and (i + 1 == len(words) or words[i + 1] not in _OTHER_BOMBS)
    return False


# (normalized) nouns of places a participle after them describes: "بلدات محاصرة"، "الاحياء المحاصرة"
_PLACE_NOUNS = frozenset(
    "بلده البلده بلدات البلدات مدينه المدينه مدن المدن قريه القريه قري القري منطقه المنطقه مناطق المناطق حي الحي "
    "احياء الاحياء مخيم المخيم بلدتي البلدتين مدينتي المدينتين".split()
)


# (normalized) what may open a sentence before its subject: "لكن الهجوم …"
_TOPIC_OPENERS = ("", "و", "ف", "لكن ", "ولكن ", "غير ان ", "الا ان ")
_WAS_DONE = frozenset(("تم", "جرت"))  # (normalized) was done, took place: "الاعتداء الذي تم في سوروتش"


def _known_act_as_topic(text: str, clause: Clause, m: Mention) -> bool:
    """ "لكن الاعتداء الذي تم في سوروتش واوقع 32 قتيلا … غير المعطيات": an act opening its sentence, named as
    the one that took place (الذي وقع، الذي تم) with no day of its own, is one the reader knows — the topic of
    what the sentence says of it, no act this report tells ("وقد استهدف الهجوم الذي وقع ظهر امس" tells one)."""
    if (
        _entry(m).get("pos") != "noun"
        or not _definite(m)
        or (clause.date is not None and clause.date.basis in ("relative", "explicit"))
    ):
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    sentence_start = max(text.rfind(".", 0, word_start), text.rfind("\n", 0, word_start)) + 1
    opening = text[sentence_start:word_start].lstrip()
    if opening not in _TOPIC_OPENERS and not (opening.startswith("و") and opening[1:] in _TOPIC_OPENERS):
        return False
    after = text[m.nspan.end : m.nspan.end + 40].split()[:3]
    return any(
        w in ("الذي", "التي")
        and i + 1 < len(after)
        and (after[i + 1] in _TOOK_PLACE or after[i + 1] in _WAS_DONE)
        for i, w in enumerate(after)
    )


# (normalized) a place saw: "شهدت المنطقة معارك"
_SAW = frozenset(("شهدت", "تشهد", "شهد", "يشهد", "وشهدت", "وتشهد", "وشهد", "ويشهد"))


def _place_pointed_at_saw(text: str, clause: Clause, m: Mention) -> bool:
    """ "هذه المنطقة شهدت معارك عنيفة"، "شهدت تلك البلدة اشتباكات": a place pointed at (هذه، تلك) told to have
    seen fighting, with no day of its own — what the place is known for (a speaker describing it), no act of the
    report's days."""
    if _entry(m).get("pos") != "noun" or (
        clause.date is not None and clause.date.basis in ("relative", "explicit")
    ):
        return False
    before = _words_before(text, m, 4, chars=40)
    if not before:
        return False
    if before[-1] in _SAW:
        subject = before[-3:-1]  # "هذه المنطقه شهدت"
    elif len(before) >= 3 and before[-3] in _SAW:
        subject = before[-2:]  # "شهدت هذه المنطقه"
    else:
        return False
    return (
        len(subject) == 2
        and subject[0].lstrip("و") in ("هذه", "تلك", "هذا", "ذلك")
        and subject[1] in _PLACE_NOUNS
    )


def _besieged_place(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "مدينة دير الزور المحاصرة"، "اربع بلدات محاصرة": the participle (besieged) right after a place's name or
    a noun of places describes it — how it stands, no siege laid (the verbal noun takes an object: "محاصرة
    المدينة")."""
    if not m.norm.endswith("محاصره"):
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    if _prev_word(doc.text, m).lstrip("و") in _PLACE_NOUNS:
        return True
    return any(0 < word_start - doc.toponyms[i].end <= 3 for i in clause.toponyms)


def _unarmed_entering(text: str, clause: Clause, m: Mention) -> bool:
    """ "دخلت قافلة مساعدات اممية الى البلدة"، "سمحت بدخول المفتشين الى الموقع"، "ان الوفد دخل المدينة": the
    one entering (the words right after the verb or verbal noun, or right before the verb) is no armed force —
    aid, envoys, the press or civilians reaching a place take no ground."""
    after = text[m.nspan.end : min(clause.end, m.nspan.end + 40)].split()[:3]
    before = _words_before(text, m, 2, chars=30) if _entry(m).get("pos") == "verb" else []
    return any(
        w in _UNARMED_ENTRANTS or w in _AID_WORDS or (w[1:] in _UNARMED_ENTRANTS and w.startswith("و"))
        for w in after + before
    )


_KNOWN_AFTER_HINT = Literals(("بعد", "عقب", "اثر", "منذ"))  # (see _after_the_known and _in_reach)


def _after_the_known(text: str, m: Mention, doc: Doc | None = None, clause: Clause | None = None) -> bool:
    """ "بعد التفجير الانتحاري الذي وقع في مدينة سروج": an act named as the one that took place, right after a
    word of time, is one the reader knows; it sets what the clause tells in its time. (An act the clause reports
    is told by what it did: "بعد الغارة التي استهدفت منزلهم".)"""
    if not _in_reach(_KNOWN_AFTER_HINT, text, m, chars=12):
        return False  # (most acts)
    before = _words_before(text, m, 1, chars=12)
    if not before or before[-1] not in ("بعد", "وبعد", "عقب", "اثر", "منذ", "ومنذ"):
        return False
    if before[-1].endswith("منذ") and _entry(m).get("pos") == "noun":
        return True  # "منذ التفجير الانتحاري في 20 يوليو": the time since an act, which came before it
    if m.data.get("suffix") and _entry(m).get("pos") == "noun":
        return True  # "واكدت انهم من عناصر الفرقة بعد خطفهم": the act of those told of before, a pronoun for them
    if not _definite(m):
        # "بعد تفجير سروج": an act named by its place (in construct with the place's name) is one known too
        # — and so is one a stretch of recent days is told to have followed: "وشهدت تركيا مؤخرا موجة من العنف
        # … بعد تفجير انتحاري"
        return (
            doc is not None
            and clause is not None
            and (
                any(doc.toponyms[i].start == m.nspan.end + 1 for i in clause.toponyms)
                or _RECENT_STRETCH.search(text, clause.start, m.nspan.start) is not None
            )
        )
    after = text[m.nspan.end : m.nspan.end + 50].split()[:4]
    if after and after[0] in _SINCE_THE_KNOWN:
        return True  # "عقب الانفجار الاول للصاروخ"، "بعد الهجوم بساعات": the time after one already told
    if after and _RETURNED_FIRE.fullmatch(after[0]) is not None:
        return True  # "وعلى اثر الهجوم رد الحزب بعمليات انتقامية": the act told, what answered it the news
    for i, w in enumerate(after[:3]):
        if w in ("الذي", "التي"):
            # (or attributed: "اثر الهجوم الانتحاري الذي نسبته السلطات الى التنظيم", the act known)
            return i + 1 < len(after) and (after[i + 1] in _TOOK_PLACE or after[i + 1] in _ATTRIBUTED)
    return False


# a stretch of recent days (normalized): what is told of it came after the act named
_RECENT_STRETCH = re.compile(r"(?<!\w)(?:مؤخرا|في الاونه الاخيره|خلال الايام الماضيه)(?!\w)")
# what follows an act already told when it only marks the time after it
_SINCE_THE_KNOWN = frozenset(
    "الاول الاولي الثاني الثانيه الاخير الاخيره مباشره بساعات بساعه بساعتين بدقائق بقليل بيوم بيومين بايام".split()
)


def _in_response(text: str, m: Mention) -> bool:
    """ "ردا على الهجوم الانتحاري الذي نسب الى …": the act answered was told before; it is no new one."""
    if not _in_reach(_ANSWER_HINT, text, m, chars=90):
        return False  # (most triggers: neither the answer right before them nor one further back)
    before = _words_before(text, m, 2, chars=16)
    if len(before) == 2 and before[0] in _ANSWERING and before[1] == "علي":
        return True  # (and "توعد بالرد على الغارات"، "للرد على الهجمات": the answer threatened or meant)
    # the act named further on in the phrase of the answer: "ردا على تعرض بلدة الزبداني في ريف دمشق لهجوم من
    # قوات النظام" (a noun; "ردا على ذلك، قصفت القوات …" tells a new act, with a verb after a comma)
    if _entry(m).get("pos") != "noun":
        return False
    words = _words_before(text, m, 12, chars=90)
    # (ردا, the accusative "in answer to"; "رد على الفور بفتح النار" is the answer itself; an aside between
    # dashes may stand between them: "ردا - بحسب قولها- على تعرض بلدة الزبداني لهجوم")
    for i, w in enumerate(words):
        if w.removesuffix(",") != "ردا" and not (w == "رد" and i > 0 and words[i - 1].lstrip("و") == "في"):
            continue  # (and "في رد على قصف قوات النظام … بالبراميل المتفجرة", "in answer to")
        j = next((k for k in range(i + 1, min(len(words), i + 5)) if words[k] == "علي"), None)
        if j is None or (
            j > i + 1
            and not any("-" in x for x in words[i + 1 : j])
            and not (w.endswith(",") and words[j - 1].endswith(","))  # (or commas: "ردا، بحسب قولها، على")
        ):
            continue
        return not any("," in x for x in words[j:])
    return False


_ANSWER_HINT = _any_of(("رد",))  # (see _in_reach)
_ANSWERING = frozenset(("ردا", "رد", "بالرد", "للرد", "والرد", "الرد"))  # (normalized) answering, before علي


def _after(text: str, m: Mention) -> bool:
    """ "بعد اشتباكات"، "بعد الخسائر الكبيره في المعارك": fighting named inside a phrase of time (after, since,
    before: within a few words of it) is the background of what the clause reports."""
    if _in_reach(_TIME_PHRASE_HINT, text, m, chars=40):
        before = _words_before(text, m, _AFTER_REACH, chars=40)
        if before[-1:] and before[-1] == "قبل":
            return True  # "قبل المعارك"; further back, قبل is mostly a date (الليلة قبل الماضية)
        if before[-2:-1] == ["قبل"] and before[-1] in _STARTS:
            return True  # "قبل استئناف القتال": before it resumes
        if (
            not _AFTER_WORDS.isdisjoint(before)
            and not _since_a_time(before, _AFTER_WORDS)
            and not _after_an_hour(before)
        ):
            return True
    if _in_reach(_TIME_PHRASE_HINT, text, m, chars=60):
        # "منذ ان بسطت جماعة منافسة سيطرتها على العاصمة": since a verb told with its subject, further back
        wider = _words_before(text, m, _SINCE_THAT_REACH, chars=60)
        if any(a.lstrip("و") == "منذ" and b == "ان" for a, b in zip(wider, wider[1:], strict=False)):
            return True
    # "بعد الالتحام الجزئي لمقاومة اب مع مقاومة تعز وتحرير احدى المناطق": a verbal noun joined by و to the
    # phrase of time goes on naming what came before
    if not m.data.get("prefix", "").startswith("و") or _entry(m).get("pos") != "noun":
        return False
    word_start = m.nspan.start - len(m.data.get("prefix", ""))
    window = text[max(0, word_start - _AFTER_PHRASE_CHARS) : word_start]
    at = max(window.rfind("بعد "), window.rfind("عقب "))
    return at >= 0 and (at == 0 or window[at - 1] in " و") and not _PHRASE_BREAK.search(window, at)


_THAT_AFTER = (["بعد", "ان"], ["وبعد", "ان"], ["بعدما"], ["وبعدما"])  # (normalized) after (that) + a verb
_OWN_DAY_REACH = 60  # characters from the act to a day named in its phrase
_PHRASE_END = re.compile(r"[.,،؛:!?؟]")


def _told_after_with_its_day(text: str, clause: Clause, m: Mention) -> bool:
    """The verb after بعد أن / بعدما is told with a day of its own in its phrase: "تعهد القائد بتحرير تعز بعد
    ان سيطرت قوات الجيش امس على الضالع" — an act of that day the text reports, no background already told
    (those have none: "بعد ان سيطر الحوثيون على المدينة")."""
    # (a verb, or a light verb the act's noun follows: "بعد ان احكموا سيطرتهم امس على …")
    before = _words_before(text, m, 2, chars=14)
    if before[-2:] not in _THAT_AFTER[:2] and before[-1:] not in _THAT_AFTER[2:]:
        return False
    stop = _PHRASE_END.search(text, m.nspan.end, min(clause.end, m.nspan.end + _OWN_DAY_REACH))
    end = stop.start() if stop is not None else min(clause.end, m.nspan.end + _OWN_DAY_REACH)
    return any(
        (x.kind == "relative" and x.unit == "day" and x.offset is not None and -7 <= x.offset < 0)
        or (x.kind == "weekday" and x.direction != "future")
        for x in find_time_expressions(text, m.nspan.start, end)
    )


# the hours بعد names (normalized): "دارت بعد منتصف ليل امس اشتباكات"، "وافاد المرصد بعد ظهر امس بسيطرة …"
_HOURS_AFTER = frozenset(("منتصف", "ظهر", "الظهر", "ظهيره", "الظهيره", "عصر", "العصر", "المغرب", "العشاء"))


def _after_an_hour(before: list[str]) -> bool:
    """Every بعد among the words ``before`` an act names an hour ("بعد منتصف ليل امس"، "بعد ظهر امس"): a time
    of the act, not an act it came after."""
    return all(
        w in _AFTER and i + 1 < len(before) and before[i + 1] in _HOURS_AFTER
        for i, w in enumerate(before)
        if w in _AFTER_WORDS
    )


_AFTER_PHRASE_CHARS = 70  # characters from بعد / عقب to a verbal noun joined to its phrase by و
_PHRASE_BREAK = re.compile(r"[.,،؛:!?]|(?<!\w)(?:ان|الذي|التي|حيث|فيما|بينما)(?!\w)")


_SINCE_THAT_REACH = 7  # words from منذ أن to the act of its clause


_AFTER_WORDS = frozenset(("بعد", "وبعد", "فبعد", "عقب", "وعقب", "اعقاب", "منذ"))  # (في أعقاب: in the wake of)
_STARTS = frozenset(("استئناف", "بدء", "بدايه", "اندلاع", "انطلاق", "تجدد"))  # "قبل استئناف القتال"
_STARTS_HINT = _any_of(_STARTS)  # (see _in_reach, _before_it_starts)
_AFTER = ("بعد", "وبعد")
_AFTER_HINT = _any_of(_AFTER)
_TIME_PHRASE_HINT = _any_of(_AFTER_WORDS | {"قبل"})


def _report_date(doc: Doc, clause: Clause, trig: Mention | None = None) -> DateValue | None:
    """The date of what the clause reports (of ``trig``, else of its first conflict trigger): the clause's date,
    unless it is weeks old and lies in a relative clause after the trigger ("اشتباكات في مدينة عين العرب التي
    طرد مقاتلو داعش منها في يناير الماضي"): then the date the text was at. A recent date in a relative clause is
    the event's own ("قتلى الغارات التي شنها الطيران امس")."""
    d, pub = clause.date, doc.article.published
    if d is None or d.date is None or pub is None or not long_gone(d, pub):
        return d
    exprs = find_time_expressions(doc.text, clause.start, clause.end)
    if not exprs or clause.prior_date is None:
        return clause.date
    rel = relative_pronoun_before(doc.text, clause.start, exprs[0].start)
    if trig is None:
        trig = next((m for m in clause.of("triggers") if _entry(m).get("category") == "conflict"), None)
    if rel is not None and trig is not None and trig.nspan.end <= rel:
        return clause.prior_date
    return clause.date


_WAS = frozenset(("كان", "كانت", "كانوا", "كانا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "فكانوا"))


def _recent(doc: Doc, clause: Clause) -> bool:
    """The clause is dated to a day within the last days before publication."""
    d, pub = _report_date(doc, clause), doc.article.published
    return (
        d is not None and d.date is not None and d.basis in ("relative", "explicit") and d.precision == 1
        and pub is not None and 0 <= (pub - d.date).days <= RECENT_DAYS
    )  # fmt: skip


def pluperfect(doc: Doc, clause: Clause, m: Mention) -> bool:
    """ "مقاتلا كانوا دخلوا سوريا قبل نحو اسبوعين": a verb right after كان (had done) tells background, unless
    the clause dates it within the last days."""
    if _entry(m).get("pos") != "verb":
        return False
    before = _words_before(doc.text, m, 1, chars=10)
    return bool(before) and before[0] in _WAS and not _recent(doc, clause)


def _past_of_a_relative(doc: Doc, clause: Clause, cue: Mention) -> bool:
    """The cue of the past lies in a relative clause told after the clause's act, of what it names ("وقصفت
    الطائرات مدينة الفلوجة التي سيطر عليها التنظيم العام الماضي"): the place's story, not the act's time."""
    acts = conflict_triggers(doc, clause)
    if (
        not acts
        or acts[0].nspan.end > cue.nspan.start
        or "territory" in _entry(acts[0]).get("sub_event_type", "")
    ):
        # (ground taken back from what the relative tells lost: "واستعادت القوات بعض الاراضي التي خسرتها العام
        # الماضي" sums a campaign up)
        return False
    rel = relative_pronoun_before(doc.text, acts[0].nspan.end, cue.nspan.start)
    # (and no act of the clause told in it: "الذي قتل في معارك … في العام الماضي" is the past of those acts)
    return rel is not None and all(m.nspan.start < rel for m in acts)


# what names a day or a part of a month before the month (normalized): "اواخر الشهر الماضي"، "في 27 الشهر الماضي"
_PARTS_OF_A_MONTH = frozenset("اواخر اوائل اواسط مطلع منتصف نهايه بدايه اول اخر اخير اوسط".split())


def _a_day_of_last_month(doc: Doc, clause: Clause, cue: Mention) -> bool:
    """The cue of the last month names a day or a part of it ("اواخر الشهر الماضي"، "في 27 من الشهر الماضي"), as
    the clause's date tells: how long ago is that date's to tell (OLD_DAYS), as for "اواخر ايار" — not the cue's,
    so an act late in the last month, days before the report, stays news."""
    if not cue.norm.endswith("الشهر الماضي"):
        return False
    d = clause.date
    if d is None or d.date is None or d.precision not in (TIME_DAY, TIME_WEEK) or d.basis == "publication":
        return False
    before = [w.removeprefix("و") for w in _words_before(doc.text, cue, 2, chars=30)]
    if before and before[-1] == "من":
        before = before[:-1]
    if not before:
        return False
    w = before[-1]
    return w.isdigit() or any(
        x in _PARTS_OF_A_MONTH for x in (w, w[1:], w.removeprefix("ال"), w.removeprefix("بال"))
    )


def is_historical(doc: Doc, clause: Clause) -> bool:
    """Background mentioned in passing (كان قد، سبق أن، الشهر الماضي): not coded as a new event — unless the
    clause dates it within the last days ("وكانت اشتباكات مماثلة دارت اول من امس": a pluperfect, but news)."""
    for m in clause.of("cues"):
        if (
            m.data["entry"].get("kind") == "historical"
            and not _past_of_a_relative(doc, clause, m)
            and not _a_day_of_last_month(doc, clause, m)
        ):
            past = True
            break
    else:
        past = is_quoted_past(doc.text, clause.start, clause.end)
    d, pub = _report_date(doc, clause), doc.article.published
    if (
        d is not None and d.date is not None and pub is not None
        and long_gone(d, pub) and d.basis != "publication"
    ):  # fmt: skip
        return True  # dated weeks before publication: background, whatever the tense
    if not past:
        return False
    return not _recent(doc, clause)


_CIVILIAN_VICTIMS = frozenset(("civilian", "child", "woman", "journalist", "aid_worker"))
_PEOPLE_GROUPS = _CIVILIAN_VICTIMS | {"person", "man"}  # people of any kind, who can be burned alive
# (normalized) talks whose parties follow: "بعد اتصال هاتفي بين"، "عقب محادثات مع"، "خلال لقاء جمع"
_TALKS_OF = re.compile(
    r"(?<!\w)(?:اتصال|اتصالا|مكالمه|محادثات|مباحثات|لقاء|اجتماع|قمه)(?: (?:هاتفي|هاتفيا|هاتفيه))?"
    r"(?: (?:جري|جمع|عقد))? (?:بين|مع) $"
)


def _party_of_talks(text: str, m: Mention, party: Mention | None) -> bool:
    """``m`` is a party of talks named right before it ("بعد اتصال هاتفي بين اردوغان والرئيس الامريكي"), or the
    one joined by و to such a ``party``: no side of the clause's act."""
    at = m.nspan.start - len(m.data.get("prefix", ""))
    if _TALKS_OF.search(text, max(0, at - 40), at):
        return True
    return (
        party is not None
        and m.data.get("prefix", "").startswith("و")
        and not text[party.nspan.end : at].strip()
    )


# (normalized) heavy guns, weapons of war, named with fire: "نيران رشاشاتها الثقيلة"، "بالرشاشات الثقيله"
_HEAVY_GUNS = re.compile(r"(?<!\w)\w*رشاش\w* (?:ال)?ثقيل\w*|(?<!\w)\w*دوشكا(?!\w)")
_GUNS_REACH = 30  # characters from the word of fire to its guns
# (normalized) the one killed told fighting for a side: "بينما كان يقاتل في صفوف"، "اثناء قتاله الى جانب"
_FOUGHT_FOR = re.compile(
    r"(?<!\w)(?:(?:بينما|حين|حينما|عندما|وهو|وهم) (?:كان |كانوا )?(?:يقاتل|يقاتلون|يحارب|يحاربون)"
    r"|(?:اثناء|خلال) (?:قتاله|قتالهم|مشاركته في القتال))"
    r" (?:في صفوف|بصفوف|الي جانب|مع) "
)
# (normalized) what tells a massacre named as another act the one told answered or followed: "ردا علي مجزرة"
_AFTER_ANOTHER = frozenset(("ردا", "انتقاما", "غداه", "بعد", "منذ", "ذكري"))
_CIVILIAN_TARGETS = (
    "احياء سكنيه",
    "الاحياء السكنيه",
    "منازل",
    "مبان سكنيه",
    "مباني سكنيه",
    "المباني السكنيه",
    # residential areas and blocks, quarters of civilians: "صواريخ كاتيوشا على مناطق سكنية"، "الاحياء المدنية"
    "مناطق سكنيه",
    "المناطق السكنيه",
    "منطقه سكنيه",
    "المنطقه السكنيه",
    "حي سكني",
    "حيا سكنيا",
    "الابنيه السكنيه",
    "ابنيه سكنيه",
    "العمارات السكنيه",
    "الاحياء المدنيه",
    "احياء المدنيين",
    "مناطق المدنيين",
    "سوق شعبي",
    # a gathering of young people or activists: "استهدف انتحاري تجمعا للشباب"، "مجموعه ناشطين شباب"
    "تجمعا للشباب",
    "تجمع للشباب",
    "تجمعا شبابيا",
    "تجمع شبابي",
    "مجموعه ناشطين",
    "مجموعه من الناشطين",
    # a gathering in a centre: "استهدف انتحاري تجمعا في مركز ثقافي"
    "تجمعا في مركز",
    "تجمع في مركز",
    "تجمعا في المركز",
    "تجمع في المركز",
    # a cultural centre, where people gather: "فجر نفسه في حديقة المركز الثقافي" (its visitors are hit)
    "المركز الثقافي",
    "مركز ثقافي",
)
_OBJECT_REACH = 6  # words between a verb and its object, its subject in between: اطلقت قوات النظام قذائف
_PLACE_PREPOSITIONS = frozenset(("في", "قرب", "عند", "بمحيط", "بالقرب", "داخل"))
_NARROW_KM = 15
_NATIONALITY_AFTER = re.compile(r" ([\u0621-\u064a]+)(?![\u0621-\u064a])")
_AIMED_AT = _TARGET_WORDS - {"في"}  # the words a side hit stands after, but for في (see _agent_and_target)
# prepositions written as words of their own, whose noun is no subject (normalized)
_GOVERNING_PREPOSITIONS = frozenset(("الي", "نحو", "باتجاه", "علي", "في", "داخل", "حول", "قرب", "عند", "ضد"))
_VERBAL_NOUNS = frozenset(("مواجهه", "قتال", "محاربه"))
_ATTACKS = frozenset(
    ("attack_verb", "attack_noun", "launch_verb")
)  # what an attack was made with decides its type

# (normalized) what tells the act a blast came of: "نتج عن قصف"، "جراء غارة"
_CAUSED_FROM = frozenset(("نتج", "ناتج", "ناجم", "نجم", "ناتجا", "ناجما"))
_CAUSE_OF_IT = frozenset(("جراء", "اثر", "بسبب", "بفعل", "نتيجه", "عقب"))
_CAME_OF_IT = re.compile(r"و?(?:جاءت|جاء|نتجت|نتج|نجمت|نجم) ")  # "وجاءت الانفجارات عقب قصف …"

# (normalized) a military airport, base or barracks named as what an act hit: "علي مطار الثعله العسكري"
_STATE_BASE = re.compile(
    # (the means named between, before علي: "القي مهاجمون متفجرات بدائية الصنع على ثكنات")
    r"\s+(?:(?:\S+\s+){0,3}?(?:علي|ضد)\s+)?(?:ال)?(?:"
    r"(?:مطار|قاعده|ثكنه|معسكر|كليه)(?:\s+(?!علي\b|في\b|من\b)\S+){0,3}?\s+(?:ال)?(?:عسكري|عسكريه|جوي|جويه)(?!\S)"
    # barracks are a military post by their name alone, when no holder's name follows them
    r"|(?:ثكنه|ثكنات)(?=[\s،,.]*$|[،,.]|\s+(?:في|قرب|بالقرب|داخل|ب\S+|شمال\S*|جنوب\S*|شرق\S*|غرب\S*)(?!\S)))"
)

_HELD_REACH = 40  # characters at most between an act of taking or killing captives and the men it names

# (normalized) weapons and craft that fire, named as a side's (see ConflictAssembler._means_of_a_side)
_ARMED_MEANS = frozenset(
    "دبابه دبابات الدبابات مدفعيه المدفعيه مدافع المدافع راجمات الراجمات مدرعات المدرعات زوارق الزوارق بوارج "
    "البوارج سفن".split()
)

_BY_REACH = 8  # words at most from an act to the side "من قبل" names as its doer


# what a side stands before, passes through or heads for (see ConflictAssembler._faced_or_passed)
_FACED_OR_PASSED = frozenset(("امام", "عبر", "التحم"))
_HEADED_FOR = frozenset(("باتجاه", "اتجاه", "نحو"))
_PLACE_KINDS = frozenset("احياء قري بلدات مناطق مدن مديريات نواحي".split())
# "التحمت بالمقاومة في مديرية X"، "انضموا الى المقاتلين في X": where the side joined up with is
_JOINED_UP_IN = re.compile(r"(?:^| )(?:التحم|التحمت|التحموا|انضم|انضمت|انضموا)(?: \S+){1,3} في$")
_VACUUM = "فراغي"  # (normalized) the vacuum missiles' word ("الصواريخ الفراغية")
# "قصف مماثل"، "هجوم مماثل"، "غارة مماثلة": an act told as like the one before it
_LIKE_THE_ONE_BEFORE = re.compile(r" (?:\S+ )?مماثل(?:ه|ا|ين|ات)?(?!\w)")


class ConflictAssembler:
    """Builds conflict drafts clause by clause, carrying actor and place context the way Arabic does."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.drafts: list[Draft] = []
        self._last_place: int | None = None
        self._last_place_sentence = -1
        # the stretches without an act read since the place was last set, in order, each with whether it is a
        # sentence to be told from a statistic: what they say of where the text is, is worked out only when an
        # event asks for that place (see _settle_place)
        self._unread_places: list[tuple[list[Clause], bool]] = []
        self._quiet_run = (
            0  # sentences in a row without an act that open in the present (a passage of background)
        )
        self._battle_pair: tuple[Actor | None, Actor | None] | None = None
        self._air_actor: Actor | None = None  # whose aircraft the article last named
        self._counted: dict[tuple[str, int], Casualties] = {}
        self._bg_cuts: dict[int, int | None] = {}  # clause → where its acts begin after a background's toll
        # the means of an unattributed agent named as belonging to a side (see _owner), by the side's span
        self._owned_means: dict[tuple[int, int], str | None] = {}
        # the militia named first with the army that leads it after a verb (see _agent_and_target), by the army's span
        self._led_militia: dict[tuple[int, int], Mention] = {}
        # the codes of groups of the country they fired from (see _country_fired_from): carried on, they stay so
        self._fired_from_codes: set[str] = set()
        # (where the strikes start whose side hit is the other side of the fight they went with: see _drafts_for)
        self._hit_in_a_fight: set[int] = set()
        self._usable: dict[int, list[int]] = {}  # clause index → its usable toponyms (see _usable_places)
        self._split_by_place: set[int] = set()  # clauses whose dead were told place by place
        # clause index → the actors that may be sides (see _sides_of)
        self._sides: dict[int, list[Mention]] = {}
        # sentence → its clauses, in order
        self._by_sentence: dict[int, list[Clause]] = {}
        for c in doc.clauses:
            self._by_sentence.setdefault(c.sentence, []).append(c)
        self._named_sides: dict[int, bool] = {}  # toponym index → an actor's name overlaps it (_names_a_side)
        self._home_named: dict[int, bool] = {}  # sentence → it names a place at home (see _names_home)
        self._towns_told: set[str] | None = None  # gazetteer ids of towns named as such (see _in_country)
        self._clause_starts = [c.start for c in doc.clauses]
        self._fault: bool | None = None  # the text puts a crash down to a technical fault (see _accident)

    # -- actors -------------------------------------------------------------------------------------------

    def _aimed_at_next(
        self, c: Clause, trig: Mention, nc: Clause, aside: Clause | None = None
    ) -> Mention | None:
        """The side whose positions the clause right after ``c`` (past a comma) names as where the act was aimed,
        the act the last of ``c``: "…، على تمركزات للجماعات المتشددة" (a target word, then the side); or, past an
        ``aside`` between commas that describes the doer, the object the verb of ``c`` struck: "كما استهدفت طائرات
        التحالف، الذي تقوده المملكة، مركبات عسكرية تابعة للحوثيين"."""
        text = self.text
        kind = _entry(trig).get("event_type")
        if aside is not None:
            if (
                text[c.end : aside.start].strip() not in (",", "،")
                or text[aside.start : aside.start + 8].split(" ", 1)[0] not in _RELATIVE
                or _entry(trig).get("pos") != "verb"
            ):
                return None
            c_end, nc_words = aside.end, text[nc.start : nc.start + 40].split(" ", 3)
            head = nc_words[0].removesuffix("ا") if nc_words else ""  # (the accusative: "مقرا")
            if len(nc_words) < 2 or not {nc_words[0], head} & (_MILITARY_OBJECTS | _TARGET_WORDS):
                return None
            # (an adjective and the word of belonging may stand between: "مركبات عسكرية تابعة للحوثيين")
            skip = [w for w in nc_words[1:3] if w in _OWNED_BY or w.startswith(("عسكري", "تابع"))]
            at = nc.start + sum(len(w) + 1 for w in nc_words[: 1 + len(skip)])
            if text[c_end : nc.start].strip() not in (",", "،"):
                return None
            return next(
                (
                    m
                    for m in nc.of("actors")
                    if m.nspan.start - len(m.data.get("prefix", "")) == at
                    and m.data.get("prefix", "") in ("ل", "لل")
                    and not is_generic(m)
                    and not _civilian(m)
                ),
                None,
            )
        if text[c.end : nc.start].strip() not in (",", "،") or any(
            # (a light verb with a pronoun for the act goes on with it: "غارة نفذها الطيران")
            t.nspan.start >= trig.nspan.end
            and _entry(t).get("event_type") not in (None, kind)
            and not (t.norm.lstrip("و")[:-2] in _LIGHT_VERBS and t.norm.endswith(("ها", "هم")))
            and not (t.norm.lstrip("و")[:-1] in _LIGHT_VERBS and t.norm.endswith("ه"))
            for t in c.of("triggers")
        ):
            return None
        words = text[nc.start : nc.start + 30].split(" ", 2)
        if (
            len(words) < 3
            or words[0] not in ("علي", "ضد")
            or (words[1] not in _TARGET_WORDS and words[1] not in _MILITARY_OBJECTS)
        ):
            return None
        at = nc.start + len(words[0]) + len(words[1]) + 2
        return next(
            (
                m
                for m in nc.of("actors")
                if m.nspan.start - len(m.data.get("prefix", "")) == at
                and m.data.get("prefix", "") in ("", "ل", "لل")
                and not is_generic(m)
                and not _civilian(m)
            ),
            None,
        )

    def _other_of_the_battle(self, actor1: Actor) -> Actor | None:
        """The side of the article's battles (_battle_pair; one side may be unnamed) that is neither ``actor1`` nor
        its ally."""
        return next(
            (
                x
                for x in self._battle_pair or ()
                if x is not None and x.code and x.code != actor1.code and not allied_actors(x, actor1)
            ),
            None,
        )

    def _victims_side_actor(
        self, c: Clause, actor1: Actor | None, trig: Mention | None = None
    ) -> Actor | None:
        """The side the clause's dead are named as, counted (ثمانية حوثيين، 20 من الدواعش: the victims lexicon's
        ``side``), if not the agent's own; or, with the act's ``trig``, the side of the one it was fired at
        ("اطلق مسلحون النار على شرطي"، "وكان الشرطي جالسا … حين اطلق مسلحون النار عليه")."""
        victims, fired_at = list(c.of("victims")), False
        if not any(m.data["entry"].get("kind") in ("killed", "injured") for m in c.of("cues")) and not any(
            # (a verb of their death is told of them too: "العثور على شرطيين قتلا برصاصة")
            _entry(t).get("voice") == "victim" and _entry(t).get("pos") == "verb"
            for t in c.of("triggers")
        ):
            # (only the dead or hurt are counted as a side's loss, or the one fired at, counted or not: "النار
            # على جنود")
            victims = self._fired_at(c, trig) if trig is not None else []
            fired_at = True
        for v in victims:
            side = v.data["entry"].get("side")
            entry = _actor_entries().get(side) if side else None
            if entry is not None and (fired_at or _counted(self.text, c, v)):
                m = Mention(
                    kind="actors", span=v.span, norm=v.norm, nspan=v.nspan, data={**v.data, "entry": entry}
                )
                actor = self._actor(m)
                if actor.code and not (actor1 is not None and actor1.code == actor.code):
                    return as_armed(as_military(actor))
        return None

    def _fired_at(self, c: Clause, trig: Mention) -> list[Mention]:
        """The one a shooting ("النار على") was aimed at: named right after it, or, by its pronoun ("النار عليه"),
        the last one named before it in its sentence."""
        if trig.data["entry"].id != "shooting" or not trig.norm.endswith(("علي", "على")):
            return []
        after = next((v for v in c.of("victims") if v.nspan.start >= trig.nspan.end), None)
        if after is not None:
            return [after] if not self.text[trig.nspan.end : after.nspan.start].strip() else []
        pronoun = self.text[trig.nspan.end : trig.nspan.end + 3]
        if not pronoun.startswith("ه") or pronoun[1:2].isalpha() and pronoun[:2] != "هم":
            return []
        before = [
            v
            for x in self._by_sentence[c.sentence]
            if x.index <= c.index
            for v in x.of("victims")
            if v.nspan.end <= trig.nspan.start and v.data["entry"].get("side")  # (not the doers: "مسلحون")
        ]
        plural = pronoun[:2] == "هم"
        if before and (before[-1].data["entry"].get("number") == "plural") == plural:
            return before[-1:]
        return []

    def _actor(self, m: Mention) -> Actor:
        country = self.doc.country
        code = m.data["entry"].get("code") or ""
        if len(code) == 3 and code not in ("CVL", "INT") and not code.startswith("IGO"):
            # a group of no country named with the country it is in: "غارات ضد تنظيم داعش في سورية"
            fired = self._country_fired_from(m)
            country = fired or self._country_right_after(m) or self._across_a_border(m) or country
            if code == "MIL":
                country = (
                    self._state_telling_of(m)
                    or army_named_before(self.doc, m)
                    or self._state_where(m)
                    or country
                )
            if fired is not None:
                actor = actor_from_mention(
                    m, raw=self.doc.norm.raw, country=country, event_country=self.doc.country
                )
                self._fired_from_codes.add(actor.code or "")
                return actor
        return actor_from_mention(m, raw=self.doc.norm.raw, country=country, event_country=self.doc.country)

    def _clause_at(self, pos: int) -> Clause:
        """The clause that holds the normalized offset ``pos``."""
        return self.doc.clauses[max(0, bisect_right(self._clause_starts, pos) - 1)]

    def _state_telling_of(self, m: Mention) -> str | None:
        """ "اعلنت الداخلية السعودية عن استشهاد ثلاثة من عناصر حرس الحدود": the forces of no country a state's
        ministry or government tells of, earlier in the clause and the only government there, are its own."""
        c = self._clause_at(m.nspan.start)
        organs = {
            x.data["entry"].get("country")
            for x in c.of("actors")
            if x.nspan.end <= m.nspan.start and (x.data["entry"].get("code") or "")[3:] == "GOV"
        }  # (not forces: "غارات طيران التحالف على قوات الحرس الجمهوري" strike the other side's)
        organs.discard(None)
        return organs.pop() if len(organs) == 1 else None

    def _state_where(self, m: Mention) -> str | None:
        """State forces of no country in a clause whose places all lie in one other country are that country's:
        "كما قتلت ناشطة في تبادل اطلاق نار مع الشرطة في احد احياء اسطنبول" in a roundup whose country is Syria."""
        c = self._clause_at(m.nspan.start)
        countries = set()
        for i in self._usable_places(c):
            place, t = self.doc.places[i], self.doc.toponyms[i]
            if not _town_told_as_such(t):
                return (
                    None  # (only a town named as such, or placed by the text, is sure enough of its country)
                )
            countries.add(place.country if place is not None else None)
        if len(countries) != 1:
            return None
        (country,) = countries
        if country is None or country == self.doc.country or {country, self.doc.country} in _ONE_THEATRE:
            return None
        return country

    def _across_a_border(self, m: Mention) -> str | None:
        """A group of no country a state's side fights across a border is on the other side of it, in the state the
        border is named with in the sentence or the one before: "وقال مسؤول ان الطائرات لم تعبر الحدود السوريه.
        ووقع تبادل لاطلاق النار عبر الحدود بين الجيش التركي ومقاتلي داعش"، "قتل جندي تركي برصاص التنظيم من الجانب
        السوري" — the Islamic State in Syria. Only where the sentence tells of fighting across it (عبر الحدود، من
        الجانب …; not a town "على الحدود مع سوريا", which may be where the group struck), names a state's forces or
        government of another state, and the border is with one state."""
        code = m.data["entry"].get("code") or ""
        if len(code) != 3 or code in ("CVL", "MIL", "GOV", "INT") or code.startswith("IGO"):
            return None
        c = self._clause_at(m.nspan.start)
        k = c.sentence
        start, end = self.doc.sentences[k]
        if _ACROSS_THE_BORDER.search(self.text, c.start, c.end) is None:
            # (in the clause that tells of the group: not "… عبر الحدود، بعد تفجير نسب الى التنظيم")
            return None
        states = self._states_named_in(k)
        if not states:
            return None
        before = (
            self.doc.sentences[k - 1][0]
            if k > 0 and "\n" not in self.text[self.doc.sentences[k - 1][0] : start]
            else start
        )
        borders = set()
        for b in _A_BORDER_WITH.finditer(self.text, before, end):
            country = state_of_nationality_word(b.group(1))
            if country is None:
                for i in range(bisect_left(self._toponym_starts(), b.start(1)), len(self.doc.toponyms)):
                    if self.doc.toponyms[i].start != b.start(1):
                        break
                    if self._country_wide(i) and self.doc.places[i] is not None:
                        country = self.doc.places[i].country
            if country is not None and country not in states:  # (not a border of no state: "الحدود الشماليه")
                borders.add(country)
        return borders.pop() if len(borders) == 1 else None

    def _states_named_in(self, sentence: int) -> set[str]:
        """The states whose forces or government the sentence names as sides ("الجيش التركي"، "مسؤول تركي")."""
        start, end = self.doc.sentences[sentence]
        return {
            x.data["entry"].get("country")
            for c in self.doc.clauses
            if start <= c.start < end
            for x in c.of("actors")
            if (x.data["entry"].get("code") or "").endswith(("MIL", "GOV")) and x.data["entry"].get("country")
        }

    def _country_right_after(self, m: Mention) -> str | None:
        """The country a group of no country is placed in right after it is named: "لتنظيم «داعش» في سوريا",
        or across a border, in a country's land or on its side ("مواقع لتنظيم داعش داخل الاراضي السوريه"،
        "اشتباكات مع تنظيم داعش المتطرف عبر الحدود مع سوريا"، "مسلحي التنظيم على الجانب العراقي")."""
        end = m.nspan.end
        while end < len(self.text) and self.text[end] in _CLOSING_QUOTES:
            end += 1  # "لتنظيم «داعش» في سوريا"
        if (across := _PLACED_ACROSS.match(self.text, end)) is not None:
            at = across.start(1)
            country = state_of_nationality_word(across.group(1))
            if country is not None and "عبر" in across.group(0):
                # (across the border from the side of another state the sentence names, that the group fights:
                # not "هاجم مسلحو التنظيم عبر الحدود مع تركيا مدينة كوباني", where they came from)
                states = self._states_named_in(self._clause_at(m.nspan.start).sentence)
                return country if states and country not in states else None
            if country is not None:
                return country
        elif self.text.startswith(" في ", end):
            at = end + 4
        else:
            return None
        for i, t in enumerate(self.doc.toponyms):
            if t.start == at and self._country_wide(i):
                place = self.doc.places[i]
                return place.country if place is not None else None
        return None

    def _crowd_country(self, crowd: Mention) -> str | None:
        """The country of a crowd: its own nationality, named with it ("شبان فلسطينيين"، "الفلسطينيين"), else
        the country the article is in."""
        if crowd.kind == "actors" and (country := self._actor(crowd).country):
            return country
        after = self.text[crowd.nspan.end : crowd.nspan.end + 20].split()[:1]
        return (state_of_nationality_word(after[0]) if after else None) or self.doc.country

    def _crowd_facing_forces(self, clause: Clause, fight: Mention) -> tuple[Mention, Mention] | None:
        """The crowd and the state force a fight is told between, no arms told ("مواجهات بين قوات الامن التركية
        ومتظاهرين"، "اشتبك محتجون مع الشرطة"، "مواجهات بين شبان فلسطينيين وقوات الاحتلال"): an unarmed crowd
        facing the forces riots (ACLED), it fights no battle. None otherwise (armed men, another armed side)."""
        if fight.data["entry"].id not in _CROWD_FIGHTS or _ARMED_FIGHT.search(
            self.text, clause.start, clause.end
        ):
            return None
        text = self.text
        end = min(clause.end, fight.nspan.end + _CROWD_REACH)
        crowd = force = None
        for m in sorted(
            (*clause.of("actors"), *clause.of("victims"), *clause.of("triggers")), key=lambda x: x.nspan.start
        ):
            if not fight.nspan.end <= m.nspan.start < end or (force is not None and crowd is not None):
                continue
            if m.kind == "actors":
                if _a_people(m):
                    side = "crowd"
                elif (self._actor(m).code or "").endswith("MIL") and force is None:
                    side = "force"
                else:
                    return None  # (another armed side fights: "بين قوات الامن وتنظيم داعش")
            elif m.kind == "victims":
                if m.data["entry"].get("group") not in _CROWD_GROUPS:
                    return None  # (fighters: "بين الجيش وعناصر التنظيم")
                side = "crowd"
            elif _entry(m).get("event_type") == "Protests" and _entry(m).get("pos") == "noun":
                side = "crowd"  # "ومتظاهرين"
            else:
                continue
            if crowd is not None and side == "crowd":
                continue  # (the crowd's words told on: "شبان فلسطينيين")
            joined = m.data.get("prefix", "").startswith("و") and (crowd is not None or force is not None)
            led = _FIGHT_SIDE_WORDS.intersection(w.lstrip("و") for w in _words_before(text, m, 2, chars=16))
            first = (
                _entry(fight).get("pos") == "verb"
                and len(_words_between(text, fight.nspan.end, m.nspan.start)) <= 1
            )
            if not (joined or led or first):
                return None
            if side == "crowd":
                crowd = m
            else:
                force = m
        if crowd is None and force is None:
            # "استشهد شاب برصاص قوات الاحتلال خلال مواجهات اندلعت في البلدة": a fight of no sides named, in which
            # a young man of the crowd fell to the fire of a state force told before it
            return self._crowd_shot_in_it(clause, fight)
        if crowd is None and force is not None and _words_before(text, force, 1, chars=10) == ["مع"]:
            # "اصيب خمسة متظاهرين في اشتباكات مع الشرطة": the crowd named before the fight it was in
            crowd = next(
                (
                    m
                    for m in (*clause.of("actors"), *clause.of("triggers"))
                    if m.nspan.end <= fight.nspan.start
                    and (
                        (m.kind == "actors" and _a_people(m))
                        or (
                            m.kind == "triggers"
                            and _entry(m).get("event_type") == "Protests"
                            and _entry(m).get("pos") == "noun"
                        )
                    )
                ),
                None,
            )
        return (crowd, force) if crowd is not None and force is not None else None

    def _crowd_did_it(self, c: Clause, trig: Mention, agent_m: Mention | None) -> bool:
        """The violent act (storming, burning, destroying) was done by a crowd ("واحرق المتظاهرون مقر الحزب"،
        "اقتحم المحتجون مبنى المحافظة"): the crowd rioted."""
        return trig.data["entry"].id in _CROWD_VIOLENCE and (
            (agent_m is not None and agent_m.kind == "actors" and agent_m.data["entry"].id == _PROTESTERS)
            or any(
                _entry(t).get("event_type") == "Protests" and _crowd_did_violence(self.text, c, t)
                for t in c.of("triggers")
            )
        )

    def _riots_dead(self, c: Clause, trigs: list[Mention], last: Draft) -> bool:
        """The clause tells only young men or boys killed or shot, with no place of its own, right after a riot
        drafted in the clause before it: the dead of that riot."""
        if last.sub_event_type != "Violent demonstration" or last.clause.index != c.index - 1 or c.toponyms:
            return False
        if not all(
            _entry(t).get("voice") == "victim" or _entry(t).get("event_type") == "Violence against civilians"
            for t in trigs
        ):
            return False
        # (not whose fire it was: "برصاص الجنود")
        victims = [
            v for v in c.of("victims") if _prev_word(self.text, v).lstrip("و") not in ("برصاص", "بنيران")
        ]
        return bool(victims) and all(v.data["entry"].get("group") in _CROWD_GROUPS for v in victims)

    def _crowd_shot_in_it(self, clause: Clause, fight: Mention) -> tuple[Mention, Mention] | None:
        """The young man (or boy) killed and the state force whose fire killed him, told before a fight named as
        what he fell in ("استشهد شاب برصاص قوات الاحتلال خلال مواجهات"): the crowd and the force of a riot; None
        otherwise."""
        # (confrontations, the word of a crowd's fight, not clashes or battles; no armed side named in the clause)
        if fight.data["entry"].id != "confrontation_noun" or _prev_word(self.text, fight).lstrip("و") not in (
            _IN_THE_COURSE
        ):
            return None
        if any((self._actor(a).code or "")[3:] in ("REB", "UAF") for a in clause.of("actors")):
            return None
        dead = next(
            (
                v
                for v in clause.of("victims")
                if v.nspan.end <= fight.nspan.start and v.data["entry"].get("group") in _CROWD_GROUPS
            ),
            None,
        )
        if dead is None:
            return None
        force = next(
            (
                m
                for m in clause.of("actors")
                if dead.nspan.end <= m.nspan.start < fight.nspan.start
                and (self._actor(m).code or "").endswith("MIL")
                and _FIRE_OF.search(self.text, dead.nspan.end, m.nspan.start) is not None
            ),
            None,
        )
        return (dead, force) if force is not None else None

    def _between(self, clause: Clause) -> tuple[Mention, Mention] | None:
        i = self.text.find(_BETWEEN, clause.start, clause.end)
        if i == -1 or (i > 0 and self.text[i - 1] not in " ,"):
            return None
        if self._another_acts_pair(clause, i):
            return None
        if _TALKS_OF.search(self.text, max(0, i - 40), i + len(_BETWEEN)):
            return None  # "بعد اتصال هاتفي بين اردوغان واوباما": the parties of talks, no sides of a fight
        # (a side named as another's support fights with it: "بين المقاومة الشعبية المسنودة بقوات الجيش الوطني
        # وبين الميليشيات الحوثية")
        # (and the side joined to it: "المدعومة بقوات الجيش الوطني وطائرات التحالف")
        after = self._without_support(clause, [m for m in clause.of("actors") if m.nspan.start > i], None)
        if len(after) < 2:
            return self._clans_named(clause, i + len(_BETWEEN), after)
        # the first side right after بين ("بين مسلحين من قبيلتي التبو والطوارق"), not what is shared out
        # ("توزعت بين ثلاث غارات على مواقع للحوثيين وثلاث اخرى …")
        lead = self.text[
            i + len(_BETWEEN) : after[0].nspan.start - len(after[0].data.get("prefix", ""))
        ].split()
        if len(lead) > 3 or not _TARGET_WORDS.isdisjoint(lead):
            return None
        # "بين جبهة النصرة (فرع تنظيم القاعدة في سوريا) ومقاتلين من …": what the brackets after the first side
        # name glosses it, no other side
        opened = self.text.find("(", after[0].nspan.end, after[0].nspan.end + 3)
        if opened != -1:
            closed = self.text.find(")", opened, clause.end)
            after = [m for m in after if not opened < m.nspan.start < closed] if closed != -1 else after
            if len(after) < 2:
                return None
        # "بين الفرقة الرابعة وحزب الله من جهة والفصائل الاسلامية من جهة اخرى": each side may be several; the
        # other one opens after the first "من جهة"
        hand = _ONE_HAND.search(self.text, after[0].nspan.end, clause.end)
        if hand is not None:
            other = next((m for m in after if m.nspan.start >= hand.end()), None)
            if other is not None:
                return after[0], other
        return after[0], after[1]

    def _attack_they_made(self, clause: Clause, side: Mention) -> int | None:
        """Where the attack ends that the men of ``side`` named before it made, told by a verb of doing whose
        subject is theirs and stands unsaid ("خلال محاولة هجوم فاشلة قاموا بها على قاعدة"، "في هجوم شنوه على"):
        the offset after the verb, or None."""
        for t in clause.of("triggers"):
            if t.nspan.start < side.nspan.end or t.data["entry"].id != "attack_noun":
                continue
            made = _MADE_BY_THEM.match(self.text, t.nspan.end)
            if made is not None:
                return made.end()
        return None

    def _between_after_a_comma(self, clause: Clause, trig: Mention) -> tuple[Mention, Mention] | None:
        """ "اندلعت اشتباكات امس، بين التنظيم وقوات النظام"، "دارت، فجر السبت، بين …": the sides after بين that
        opens the next clause of the sentence (past a clause of time alone) are the sides of the act the clause
        ends with, when it names no side after it nor any act after it."""
        if clause.of("triggers")[-1:] != (trig,) or any(
            m.nspan.start > trig.nspan.start for m in clause.of("actors")
        ):
            return None
        for nc in self.doc.clauses[clause.index + 1 : clause.index + 3]:
            if nc.sentence != clause.sentence or nc.of("triggers"):
                return None
            words = self.text[nc.start : nc.start + 20].split()[:2]
            if self.text.startswith(_BETWEEN, nc.start) or (
                # "المعارك المسلحة، التي تدور في مدينة درنة بين …": a relative clause of the fight going on
                len(words) == 2 and words[0] in _RELATIVE and words[1] in _FIGHT_GOING_ON
            ):
                pair = self._between(nc)
                # (the other side joined by و: not "بين قوات النظام مدعمة بقوات الدفاع الوطني، و…", its support)
                return pair if pair is not None and pair[1].data.get("prefix", "").startswith("و") else None
            if nc.of("actors") or len(self.text[nc.start : nc.end].split()) > 3:
                return None
        return None

    def _object_after_a_comma(self, clause: Clause, trig: Mention, agent: Mention) -> Mention | None:
        """ "استهدفت الفصائل بصاروخ موجه، مدفعا رشاشا لقوات النظام في بلدة …": a verb whose clause ends with its
        subject and instrument has its object in the clause after the comma; the side whose post or weapon that
        object is (li- right after a word or two of it, or the side itself opening the clause) is the one hit.
        Not when the clause after opens with و or names an act of its own."""
        if _entry(trig).get("pos") != "verb" or any(
            m.nspan.start > trig.nspan.start and m is not agent for m in clause.of("actors")
        ):
            return None
        if any(
            t.nspan.start > trig.nspan.start
            and not t.data.get("prefix", "").startswith("ب")
            # (the act named as the verb's subject, its doer after it: "واستهدفت ضربات طيران التحالف، مخازن …")
            and not t.nspan.end <= agent.nspan.start
            for t in clause.of("triggers")
        ):
            return None
        k = clause.index + 1
        if k >= len(self.doc.clauses):
            return None
        nc = self.doc.clauses[k]
        if (
            nc.sentence != clause.sentence
            or any(_entry(t).get("category") == "conflict" for t in nc.of("triggers"))
            or not nc.of("actors")
        ):
            return None
        if self.text[clause.end : nc.start].strip() not in ("،", ",") or self.text.startswith("و", nc.start):
            return None
        side = nc.of("actors")[0]
        gap = _words_between(self.text, nc.start, side.nspan.start - len(side.data.get("prefix", "")))
        if not gap:
            return side
        if len(gap) <= 2 and side.data.get("prefix", "") in ("ل", "لل"):
            return side
        return None

    def _another_acts_pair(self, clause: Clause, at: int) -> bool:
        """The sides after بين at ``at`` are those of an earlier or later act the clause names after a side of its
        own and a word of time: "قصفت طائرات حربية تركية مواقع لتنظيم داعش في سوريا وذلك غداة تبادل لاطلاق النار
        بين الجيش التركي والمسلحين" (the exchange of fire the day before is not the strike's)."""
        word = next(
            (
                w
                for w in reversed(list(_WORD.finditer(self.text, clause.start, at)))
                if w.group().lstrip("و") in _OTHER_ACTS_TIME
            ),
            None,
        )
        return word is not None and any(m.nspan.end <= word.start() for m in clause.of("actors"))

    def _clans_named(self, clause: Clause, at: int, known: list[Mention]) -> tuple[Mention, Mention] | None:
        """ "بين عشيرتي البو نمر والبو فهد"، "بين قبيلتي آل X وآل Y": two tribes or clans a dual names, no
        known side among them, are the two sides, tribal militias both (as many words to each name)."""
        head = _CLAN_DUAL.match(self.text, at, clause.end)
        if head is None:
            return None
        words = [(w.start(), w.end()) for w in _WORD.finditer(self.text, head.end(), clause.end)][:4]
        k = next((j for j in (1, 2) if j < len(words) and self.text[words[j][0]] == "و"), None)
        if k is None or len(words) < 2 * k:
            return None
        first = (words[0][0], words[k - 1][1])
        second = (words[k][0] + 1, words[2 * k - 1][1])
        if any(m.nspan.start < second[1] and first[0] < m.nspan.end for m in known):
            return None
        entry = _actor_entries().get("tribal-militias")
        if entry is None:
            return None
        norm = self.doc.norm
        first_m, second_m = (
            Mention(
                kind="actors",
                span=norm.raw_span(s, e),
                norm=self.text[s:e],
                nspan=Span(s, e),
                data={"entry": entry},
            )
            for s, e in (first, second)
        )
        return first_m, second_m

    def _possessed(self, trig: Mention) -> bool:
        """A noun of an act with a possessive pronoun has its doer in the pronoun: the side named right after it
        is what it was done to ("غداة سيطرته على القريتين وطرده قوات النظام منها"، "قصفها مواقع المعارضة").
        (A bare ه is the pronoun only as written: ة is normalized to it, "ضربة" is no "ضربه".)"""
        suffix = trig.data.get("suffix")
        if not suffix or _entry(trig).get("pos") == "verb":
            return False
        return suffix != "ه" or self.doc.article.text[trig.span.end : trig.span.end + 1] == "ه"

    def _cause_told_after(self, clause: Clause, trig: Mention) -> Mention | None:
        """ "ان الانفجار نتج عن قصف مليشيات الحوثي لمنشآت …"، "وقع الانفجار جراء غارة للتحالف": a blast told with
        the attack that caused it right after it has that attack's sides."""
        if trig.data["entry"].id != "explosion":
            return None
        return self._cause_in_clause(clause, trig)

    def _cause_told_next(self, clause: Clause) -> tuple[Clause, Mention] | None:
        """ "هزت انفجارات مدينة يريم. وجاءت الانفجارات عقب قصف طيران التحالف …": the attack the next sentence says
        the blasts came of (the blast named again right after the verb), in its first clause."""
        if clause.index + 1 >= len(self.doc.clauses):
            return None
        nc = self.doc.clauses[clause.index + 1]
        if nc.sentence != clause.sentence + 1 or not _CAME_OF_IT.match(self.text, nc.start):
            return None
        again = next((t for t in nc.of("triggers") if t.data["entry"].id == "explosion"), None)
        if (
            again is None
            or self.text[nc.start : again.nspan.start - len(again.data.get("prefix", ""))].split()[1:]
        ):
            return None
        cause = self._cause_in_clause(nc, again)
        return (nc, cause) if cause is not None else None

    def _cause_in_clause(self, clause: Clause, trig: Mention) -> Mention | None:
        for t in clause.of("triggers"):
            if t.nspan.start <= trig.nspan.end or t.data["entry"].id == "explosion":
                continue
            if _entry(t).get("event_type") not in ("Explosions/Remote violence", "Battles"):
                return None
            gap = [w.lstrip("و") for w in _words_between(self.text, trig.nspan.end, t.nspan.start)]
            prefix = t.data.get("prefix", "").lstrip("وف")
            if prefix in ("ب", "ل") and gap:
                return None  # (no cause word governs it then: "الانفجار استهدف بقصف …")
            if 1 <= len(gap) <= 3 and (
                (gap[-1] == "عن" and len(gap) >= 2 and gap[-2] in _CAUSED_FROM) or gap[-1] in _CAUSE_OF_IT
            ):
                return t
            return None
        return None

    def _agent_and_target(self, clause: Clause, trig: Mention) -> tuple[Mention | None, Mention | None]:
        if (cause := self._cause_told_after(clause, trig)) is not None:
            return self._agent_and_target(clause, cause)
        # a capital or country written as a place ("في دمشق") is where, not who; named further than a word or two
        # from the act ("ومقره بريطانيا", "تدربوا في الولايات المتحدة") it is not a side of it either
        actors = [m for m in self._sides_of(clause) if not self._distant_country(m, trig)]
        if len(actors) > 1:
            actors = [m for m in actors if not _leader_named(self.text, m, actors)]
        if len(actors) > 1:
            # "طائرة حربية سورية": the generic aircraft inside the state's forces a nationality names are those forces
            actors = [m for m in actors if not (is_generic(m) and _within_a_side(m, actors))]
        if len(actors) > 1:
            # "نفذت الولايات المتحدة مع شركائها في التحالف 15 غارة ضد …": the doer's partners are neither side
            actors = [m for m in actors if not _its_partners(self.text, m)]
        text = self.text
        inside = [m for m in actors if _overlaps(m, trig)]
        after = [m for m in actors if m.nspan.start >= trig.nspan.end]
        if after:
            # "غارات جوية للدفاع عن مقاتلي المعارضة"، "دعما لفصائل المعارضة": the side backed is no target
            # (nor the one the arms used came from: "استخدمت فيها مدرعات حصلت عليها من التحالف")
            after = [
                m
                for m in after
                if _IN_SUPPORT_OF.isdisjoint(_words_before(text, m, 2, chars=24))
                and not _supplier(text, m)
                and not _wages_what_is_told(text, m, clause.of("triggers"))
            ]
        if after and len(clause.of("triggers")) > 1:
            after = [m for m in after if not _of_another_act(text, trig, m, clause.of("triggers"))]
        if after and _entry(trig).get("sub_event_type") in _PUNISHMENTS:
            # "اعدام محام … بعدما اتهمته بالتعامل مع قوات النظام": whom the victim was charged with serving is
            # no side of the act
            after = [
                m
                for m in after
                if _CHARGE_WORDS.isdisjoint(_words_between(text, trig.nspan.end, m.nspan.start))
            ]
        before = [m for m in actors if m.nspan.end <= trig.nspan.start]
        if _entry(trig).get("pos") == "verb" and _next_in_the_story(text, trig):
            # "دفع المتمردين الى الفرار قبل ان تسيطر على …": the sides before قبل ان are the main verb's; the
            # verb after it goes on with that verb's subject, or names its own after it
            before = [m for m in before if m.nspan.start > trig.nspan.start - _NEXT_REACH]
        agent = target = None
        rest = after
        if inside and _entry(trig).get("sub_event_type") in _INTERVENED and _a_crowd(inside[-1]):
            rest = [inside[-1]]  # "الرصاص علي المتظاهرين": the crowd the phrase names is whom it hit
        elif inside and _entry(trig).get("sub_event_type") in _INTERVENED:
            agent = inside[-1]  # "فرقت الشرطة مسيرة": the force the phrase names broke the crowd up
        elif inside and not _civilian(inside[-1]):
            agent = inside[-1]  # the trigger phrase names its agent: "قصف الطيران الروسي"
        elif (
            after
            and not _civilian(after[0])
            # (the side right after the preposition that ends the act's phrase is whom it was aimed at: "اطلقت
            # الشرطة النار على مسلحين")
            and not (trig.norm.endswith(" علي") and not text[trig.nspan.end : after[0].nspan.start].strip())
            and not (_entry(trig).get("pos") == "noun" and _counted(text, clause, after[0]))
            # (nor the dead counted right after a verb of death: "قتل جنديان تركيان في …")
            and not (
                _entry(trig).get("pos") == "verb"
                and _counted(text, clause, after[0])
                and self._the_dead_named(clause, after[0])
            )
            # (nor those counted after a verb whose subject stands right before it: "الشرطة قتلت ثلاثة مسلحين";
            # nor any side after such a verb with no object pronoun in it: "ان القوات استهدفت مسلحين حوثيين",
            # not "مواقع الجيش استهدفتها الطائرات")
            and not (
                _entry(trig).get("pos") == "verb"
                and (_counted(text, clause, after[0]) or not _suffixed(text, trig))
                and self._subject_right_before(clause, trig, before)
            )
            and not _taken_back(text, after[0], trig)
            and not _pronoun_subject(text, trig)
            and not _act_right_before(text, clause, trig)
            and not self._possessed(trig)
            and not _plural_verb(trig)
            and not _governed_by_preposition(
                after[0],
                trig,
                # (the act that the men counted before fell in is no object of a subject: "اعلنت المقاومة
                # مقتل 15 من الحوثيين في غارة للتحالف" — the li- after it is whose strike it was)
                subject_before=not self._means_of_the_dead(clause, trig, before)
                and any(
                    not _civilian(m)
                    and not self._victims_side(clause, m)
                    and not _in_ranks(text, m)
                    and not _counted(text, clause, m)
                    and not self._the_dead_named(clause, m)
                    # (not who said what follows ان: "وقالت السلطات ان ستة مدنيين قتلوا في قصف للطائرات التركية")
                    and not _before_that(text, m, trig)
                    for m in before
                ),
            )
        ):
            gap = _words_between(text, trig.nspan.end, after[0].nspan.start)
            # (after a verb whose subject stands before it, the side after مع is the other one: "التنظيم اشتبك
            # ايضا مع قوات المعارضة")
            # (and after a fight named as the object of a verb of waging: "الفصائل تخوض معارك مستمرة مع قوات
            # النظام"; not "17 فردا من المتمردين قتلوا في مواجهات مع المقاومة", who killed them)
            # (the verb of waging may stand before its subject: "خاضت قوات النظام اشتباكات مع الثوار"; and
            # whoever waged it, named or not, the side after مع is the one fought: "خاضت قوات يمنية اشتباكات مع
            # المتمردين")
            other = "مع" in gap and (
                _waged(text, trig)
                or (
                    (
                        _entry(trig).get("pos") == "verb"
                        or (
                            bool(before)
                            and not _words_between(text, before[-1].nspan.end, trig.nspan.start)
                            and _waged(text, before[-1])
                        )
                    )
                    and any(not _civilian(m) for m in before)
                )
            )
            # (a target word with li- or bi- too: "قصفها لمواقع المعارضة")
            aimed = any(w in _TARGET_WORDS or (w[:1] in "لب" and w[1:] in _TARGET_WORDS) for w in gap)
            # (the genitive of a death word is whose dead they were: "قتلى المعارضة")
            # (and so is the side after من or li-: "ثمانية قتلى من حزب الله"، "قتلى للحزب")
            # (and so is the side a number of the dead are counted from: "مقتل عشرة من عناصر داعش")
            dead_of = _entry(trig).get("voice") == "victim" and (
                (not gap and _entry(trig).get("pos") == "noun")
                or _in_ranks(text, after[0])
                or (
                    gap[-1:] == ["من"]
                    and bool(
                        numbers_in(
                            text, trig.nspan.end, after[0].nspan.start - len(after[0].data.get("prefix", ""))
                        )
                    )
                )
            )
            # (nor a side a preposition governs: "وتقدمت الى محيط المنطقة العسكرية الرابعة": where to)
            governed = bool(gap) and (
                gap[-1].lstrip("و") in _GOVERNING_PREPOSITIONS
                or (len(gap) >= 2 and gap[-2].lstrip("و") in _GOVERNING_PREPOSITIONS and gap[-1] in _AROUND)
            )
            # (nor the subject of a clause that tells of the object: "استهداف منازل كان مسلحو الحوثي يختبئون
            # فيها" — they were hit)
            told_of = len(gap) == 2 and gap[-1] in _WAS
            # (nor a side alongside whom the act's doer acts: "مشاركته في القتال الى جانب قوات النظام" — neither
            # doer nor target)
            alongside = gap in _ALONGSIDE_WORDS
            if alongside:
                rest = after[1:]
            elif len(gap) <= 2 and not aimed and not other and not dead_of and not governed and not told_of:
                agent, rest = after[0], after[1:]  # VSO "اغارت الطائرات الروسيه", idafa "قصف طائرات النظام"
                if (
                    rest
                    and self._second_of_pair(agent, rest[0])
                    and (self._actor(agent).code or "").endswith("UAF")
                    and (self._actor(rest[0]).code or "").endswith("MIL")
                ):
                    # "ونفذ مقاتلو المقاومة والجيش الوطني عمليات تمشيط": the army named with a militia leads it, as
                    # when they are named before the verb (see below); the militia is its associate
                    self._led_militia[(rest[0].nspan.start, rest[0].nspan.end)] = agent
                    agent, rest = rest[0], rest[1:]
        if agent is None and rest and _entry(trig).get("sub_event_type") not in TERRITORY:
            # "القصف الذي تعرض له المخيم من مواقع قوات الاسد": the side the fire came from fired it (whoever
            # is named in between: "وتعرض له مخيم درعا للاجئين الفلسطينيين … من مواقع قوات الاسد")
            source = next((m for m in rest if _fired_from(text, m)), None)
            if source is not None:
                agent, rest = source, [m for m in rest if m is not source]
        if agent is None and rest and self._belongs(rest[0]):
            # "امطرت القوات الموالية للحوثيين …"، "قصفت القوات التابعة للنظام …": unnamed forces said to be a
            # side's are that side
            agent, rest = rest[0], rest[1:]
        elif (
            agent is None
            and rest
            and _entry(trig).get("pos") == "verb"
            and self._means_of_a_side(trig, rest[0])
        ):
            # "وقصفت دبابات تابعة للحوثيين احياء …": the weapons that fired, a side's, right after the verb
            agent, rest = rest[0], rest[1:]
        owner = self._owner(actors, agent, trig) if agent is not None and is_generic(agent) else None
        if owner is not None:
            # "طائرة حربية تابعة للجيش السوري": the army is the agent, the aircraft its means
            self._owned_means[(owner.nspan.start, owner.nspan.end)] = means_of(agent)
            agent, rest = owner, [m for m in rest if m is not owner]
        rest = self._without_support(clause, rest, agent)
        if agent is not None and rest and _loyal_to(text, agent, rest[0]):
            # "هجوم للجان المقاومة الشعبية المؤيدة للرئيس هادي على نقطة للمتمردين": whom the doer is loyal to
            # (and his name, told right after his title) is no target; the side after it is
            loyal = rest[0]
            rest = rest[1:]
            while (
                rest
                and not text[
                    loyal.nspan.end : rest[0].nspan.start - len(rest[0].data.get("prefix", ""))
                ].strip()
            ):
                loyal, rest = rest[0], rest[1:]
        if (
            agent is not None
            and rest
            and self.text[agent.nspan.end : rest[0].nspan.start].strip() == "من"
            and agent.norm.split(" ", 1)[0].lstrip("و") in _FORCES
        ):
            # "اشتباكات مع متشددين من جبهة النصرة": the fighters are men of the side named right after them
            agent, rest = rest[0], rest[1:]
        if agent is not None and len(rest) > 1 and (own := self._actor(agent).code):
            if self._actor(rest[0]).code == own:
                rest = rest[
                    1:
                ]  # "غارات هي الاولى للجيش التركي على مواقع …": the doer named again, not its target
        if rest:
            target = rest[0]
            between = self.text[agent.nspan.end : target.nspan.start].strip() if agent is not None else None
            if (
                between in ("و", "او")  # ("نفذه الجيش السوري او التحالف": who did it, one or the other)
                or _joined_forces(between)
                or _along_with(between, trig)  # ("مع شركائها في التحالف": who acts with the doer)
                or (between == "" and (target.data.get("prefix", "").startswith("و") or is_generic(target)))
            ):
                # "قصف للحوثيين وقوات صالح على احياء سكنية": sides joined by و act together, the next is the
                # target; "طائرات نظام بشار الاسد المروحية": aircraft right after the agent are its own
                # (and the name right after the joined side is that side's: "وقوات الرئيس المخلوع علي
                # عبدالله صالح")
                k = 1
                while k < len(rest) and not self.text[rest[k - 1].nspan.end : rest[k].nspan.start].strip():
                    k += 1
                target = rest[k] if k < len(rest) else None
        if agent is None:
            # "وكالة اعماق التابعة للتنظيم": the owner of something named before is not the one acting
            cands = [
                m
                for m in before
                if not _civilian(m)
                and not self._owns_a_thing(m)
                and not _in_ranks(text, m)
                # (nor a side joined by و to one in whose ranks they fell: "11 اخرين من الحوثيين وقوات صالح")
                and not any(
                    p.nspan.end + 2 == m.nspan.start
                    and text[p.nspan.end : m.nspan.start] == " و"
                    and _in_ranks(text, p)
                    for p in before
                )
                and not _counted(text, clause, m)
                and not self._the_dead_named(clause, m)
                # (nor a side whose positions are named, or aimed at: "استهداف مقرات قوات النظام … بقذائف الهاون"،
                # "الحصار الذي تفرضه المقاومة على الحوثيين"; في is where a source is: "مصدر في الجيش")
                and _AIMED_AT.isdisjoint(_words_before(text, m, 1, chars=12))
                # ("القوة التي دربها الجيش الامريكي قتل": the trainer is no side of what its trainees do)
                and _TRAINED.isdisjoint(_words_before(text, m, 1, chars=10))
                # (nor the side another fought alongside: "لمشاركته في القتال الى جانب نظام الاسد … قتلوا في
                # المعارك" — neither doer nor target of the fight)
                and not _fought_alongside(text, m)
                # (nor the side whose taking part in the fighting is told: "تبريرات حزب الله لمشاركته في القتال
                # الى جانب النظام … قتلوا في المعارك" — a side in the fight, told of, not the killer)
                and _TAKING_PART.isdisjoint(
                    w.lstrip("و") for w in text[m.nspan.end : m.nspan.end + 16].split()[:2]
                )
            ]
            if cands and (answered := _answered_from(text, trig)) is not None:
                # "ورد الحوثيون على هجمات المقاومة بقصف احياء": the side whose acts were answered, named after على,
                # did not do the answer (the subject of the verb of answering did)
                cands = [m for m in cands if not answered <= m.nspan.start < trig.nspan.start]
            if cands and (
                bg := next(
                    (n for n in _acts_set_after(text, clause) if n.nspan.start <= trig.nspan.start), None
                )
            ):
                # "… تستهدف قوات الامن بعد تفجير استهدف تجمعا": the sides before it are the act's told first
                # (and the verb that tells what the earlier act did has that act for its subject)
                cands = [m for m in cands if m.nspan.start >= bg.nspan.end]
            if _entry(trig).get("voice") == "victim":
                # "واعلنت سلطات الاقليم السبت عن ستة قتلى": who tells of the dead did not kill them
                cands = [m for m in cands if not self._subject_of(clause, m, _source_cue)]
                # "خالد العمري (زعيم جماعة جند الاقصى) قتل": the group the man killed led is no killer
                cands = [m for m in cands if not _led_by_the_fallen(text, m)]
            if _entry(trig).get("voice") == "victim" or trig.norm.startswith(_FELL_CAPTIVE):
                # "ان قائدا كبيرا من قادة الحوثيين قتل"، "… وقع في الاسر": the side whose men are told to have
                # fallen or been taken is the one hit
                lost = [m for m in cands if _one_of_its_men(text, m)]
                if lost:
                    cands = [m for m in cands if m not in lost]
                    target = target or lost[-1]
            # a side whose source told of the act did not do it ("واكد مصدر في وزارة الداخلية حصيلة التفجير"،
            # "قال مسؤول محلي ومصادر بالشرطة ان … هاجم انتحاريان"), nor did one telling of another's act
            cands = [
                m
                for m in cands
                # (a side's spokesman tells of others' bombs, but mostly of its own attacks and battles: "قال
                # المتحدث باسم المقاومة إن المعركة …"، "الناطق باسم الجبهة الجنوبية ان الهجوم الاخير استهدف …")
                if not (
                    (
                        self._source_within(clause, m)
                        or (_spokesman_of(text, m) and _entry(trig).get("sub_event_type") in BOMBINGS)
                    )
                    and not self._own_men_told(m, trig)
                )
                and not (
                    _said_of_another(self.doc.norm, m, trig) and self._subject_of(clause, m, _source_cue)
                )
            ]
            if _entry(trig).get("pos") == "noun":
                # "ادانت الخارجية السعودية التفجير الانتحاري": who condemns an act did not do it
                # (nor who attributes it: "ونسب رئيس الوزراء احمد داود اوغلو بوضوح الهجوم الى التنظيم")
                cands = [
                    m
                    for m in cands
                    if not self._subject_of(clause, m, _condemnation)
                    and _ATTRIBUTED.isdisjoint(_words_before(text, m, 5, chars=40))
                    # "اعلنت وزارة الخارجية الايطالية اختطاف اربعة عمال": a government telling of an attack
                    # on people or their abduction reports it (an army telling of its own gains did them)
                    and not (
                        _entry(trig).get("event_type") == "Violence against civilians"
                        and (m.data["entry"].get("code") or "").endswith("GOV")
                        and self._subject_of(clause, m, _source_cue)
                    )
                    # "واعلن وزير الداخلية التركي عن مقتل 30 شخصا في انفجار": a state telling of a bombing did
                    # not set the bomb off
                    and not (
                        _entry(trig).get("sub_event_type") in BOMBINGS
                        and (m.data["entry"].get("code") or "").endswith(("GOV", "MIL"))
                        and self._subject_of(clause, m, _source_cue)
                    )
                ]
            # the subject of a verb of accusing or holding responsible is the accuser, never the doer of the act
            # it charges another with ("اتهمت المعارضة النظام بقصف المدنيين"، "حملت الحكومة جهات مجهولة مسؤولية
            # التفجير"): the accused named after it does it, or nobody named
            cands = [m for m in cands if not _accuser(text, m, trig, actors)]
            # before the act, a side with li- or bi- is the object of something else ("الفصائل المعارضة للنظام")
            plain = [m for m in cands if not m.data.get("prefix", "").lstrip("وف").startswith(("ل", "ب"))]
            # and a side whose positions or arms are named is the one hit ("غارات على مواقع للحوثيين"، "آلية
            # لقوات النظام بصاروخ موجه")
            cands = plain or [
                m
                for m in cands
                if _TARGET_WORDS.isdisjoint(w := _words_before(text, m, 1, chars=12))
                and _MILITARY_OBJECTS.isdisjoint(w)
                # (nor is an office or a government with bi-: "عقب لقائه بوزير الخارجية الايطالي … اختطاف"; with
                # li- it is whom forces are loyal to: "المقاتلين الموالين للحكومة")
                and not (
                    (m.data["entry"].get("code") or "").endswith("GOV")
                    and m.data.get("prefix", "").lstrip("وف").startswith("ب")
                )
            ]
            while (
                len(cands) > 1
                and cands[-2].data["entry"].id == cands[-1].data["entry"].id
                and not text[cands[-2].nspan.end : cands[-1].nspan.start].strip()
            ):
                cands.pop()  # "وقوات الرئيس المخلوع علي عبدالله صالح": the leader's name right after his forces
            if cands:
                agent = cands[-1]
                if (
                    target is None
                    and _entry(trig).get("pos") == "noun"
                    and text.startswith(("هم ", "هم،", "هم.", "هما "), trig.nspan.end)
                    and len(cands) > 1
                    and (self._actor(cands[-2]).code or "") != (self._actor(agent).code or "")
                ):
                    # "ان قوات المعارضة استطاعت ايقاف تقدم قوات النظام، وتكبيدها خسائر جراء استهدافهم بالصواريخ":
                    # "them" are the side named last; the side named before it did the act
                    agent, target = cands[-2], agent
                owner = self._owner(actors, agent, trig) if is_generic(agent) else None
                if owner is not None and owner.nspan.end <= trig.nspan.start:
                    # "طائرة حربية تابعة لقوات النظام استهدفت …": the aircraft's owner, named before the act too
                    self._owned_means[(owner.nspan.start, owner.nspan.end)] = means_of(agent)
                    agent = owner
                teller = (
                    next((x for x in clause.of("actors") if x.nspan.end <= agent.nspan.start), None)
                    if _told_of_itself(text, agent, trig)
                    else None
                )
                if teller is not None and not _civilian(teller):
                    # "ابلغت تركيا الامم المتحدة انها بدات في شن غارات": the pronoun is the teller, named
                    # first (a country too, which as a side of no act is dropped above), the one told after it
                    agent = teller
                elif len(cands) > 1 and self._second_of_pair(cands[-2], agent):
                    # "قوات النظام ومقاتلون من حزب الله حاولوا …": the first named leads, unless a militia is
                    # named first with the forces it fights for ("ميليشيا حزب الله وجيش النظام"); rebels and
                    # an army allied to them keep their order ("الحوثيين وقوات صالح")
                    first, second = self._actor(cands[-2]).code or "", self._actor(agent).code or ""
                    if not (first.endswith("UAF") and second.endswith("MIL")):
                        agent = cands[-2]
                if (
                    # (the same side named again later is no target of its own dead: "مقتل ثمانية من عناصر
                    # حزب الله في كمين … وسط تكتم حزب الله")
                    (target is None or target.data["entry"].id == agent.data["entry"].id)
                    and self._men_lost(clause, agent)
                    and not self._fired(trig)
                    and not _takes_an_object(text, trig)
                    # (nor the side of the killers before a verb that counts its dead, the act this one or the
                    # means of it: "مسلحين من داعش قتلوا اثنين من جنوده في تفجير عبوة")
                    and not any(
                        _kills_a_count(text, t)
                        for t in clause.of("triggers")
                        if agent.nspan.end <= t.nspan.start <= trig.nspan.start
                    )
                ):
                    # "25 عنصرا من الجماعه المتمرده لقوا مصرعهم": the side that lost them; a side that tells of
                    # it as its own deed is the agent ("اعلنت قوات البيشمركة انها تمكنت من قتل … 21 مسلحا اخرين من
                    # تنظيم داعش")
                    # (and so is one telling of a fight "with it": "اعلنت المقاومة مقتل 15 من الحوثيين في اشتباكات
                    # معها")
                    teller = (
                        cands[-2]
                        if len(cands) > 1
                        and (_told_of_itself(text, cands[-2], trig) or _fought_with_it(text, trig, clause))
                        else None
                    )
                    if teller is None:
                        # "وقتلت قوات الامن خمسة من مسلحي داعش في اشتباك": who the verb before says killed them
                        teller = self._killer_before(clause, trig, agent)
                    agent, target = teller, agent
        if target is None:
            target = self._side_that_lost_men(clause, trig, before, agent)
        claimed = self._claimed_by(clause, actors, trig)
        if claimed is None:
            claimed = self._claimed_after(clause)
        if claimed is None and agent is None:
            claimed = self._claimed_before(clause)
        if claimed is None:
            claimed = _claimant_before(text, before, trig)
        if claimed is not None:
            # "هجوم انتحاري نسب الى تنظيم داعش"، "تفجيرين تبناهما التنظيم"، "ألقي باللوم فيه على …"
            agent = claimed
            owner = self._owner(actors, claimed, trig) if is_generic(claimed) else None
            if owner is not None:
                # "غارة نفذتها طائرة حربية تابعة للنظام السوري": the aircraft's owner did it with them
                self._owned_means[(owner.nspan.start, owner.nspan.end)] = means_of(claimed)
                agent = owner
            if target is not None and (
                target.nspan in (claimed.nspan, agent.nspan) or _men_of(self.text, target, claimed)
            ):
                # "عملية انتحارية نفذها احد مسلحي داعش ضد المسلحين التركمان": the claimant named first, the
                # side after it against which it acted (ضد، علي) is the target
                target = next(
                    (
                        m
                        for m in rest
                        if m.nspan.start > claimed.nspan.end
                        and m.data["entry"].id != claimed.data["entry"].id
                        and _words_between(text, claimed.nspan.end, m.nspan.start)[-1:] in (["ضد"], ["علي"])
                    ),
                    None,
                )
                if target is None:
                    # "ثمانية من عناصر الفرقة خطفوا على ايدي جبهة النصرة": the hands named after the act were
                    # read as whom it hit; the side whose men are counted before it was
                    lost = self._side_that_lost_men(clause, trig, before, agent)
                    target = (
                        lost if lost is not None and lost.data["entry"].id != agent.data["entry"].id else None
                    )
        hit = self._sufferer(clause, trig, before)
        if hit is not None:
            # "تعرضت دورية للجيش العراقي لهجوم": the side that suffered the act is the one hit, not its doer
            target = hit
            if agent is not None and agent.data["entry"].id == hit.data["entry"].id:
                agent = None
        if agent is None:
            agent = self._subject_before(clause)
            if agent is not None and target is not None and agent.nspan == target.nspan:
                agent = None
        if agent is None:
            agent = self._hands_later(clause)
        if agent is None:
            agent = self._who_set_about(clause, trig)
        if agent is None and target is None:
            agent = self._subject_of_kana(clause, trig)
        if agent is None:
            agent = self._statement_owner(clause, trig)
        if agent is None:
            agent = self._speakers_men(clause, trig)
        if (
            agent is None
            and target is not None
            and (
                _entry(trig).get("sub_event_type") == "Armed clash"
                # (and the dead a clause counts after the fight it tells the toll of: "عقب اشتباكات استمرت
                # عشرين يوما، قتل خلالها العشرات من عناصر داعش ونحو 20 مقاتلا من وحدات الحماية")
                or (_entry(trig).get("voice") == "victim" and self._toll_of_a_fight(clause))
            )
        ):
            agent = self._other_side_lost(clause, actors, target)
        if agent is None and target is not None and _entry(trig).get("voice") == "victim":
            agent = self._other_side_lost_next(clause, target)
        if target is None and agent is not None and claimed is not None:
            target = self._positions_hit_before(clause, trig, before, agent)
        if agent is not None and (target is None or target.nspan.start > trig.nspan.end):
            # (the dead counted as "his men" name the side hit over one named after the act, in the story of
            # another: "قتلوا اثنين من جنوده في تفجير … ردا على الحملة التي بدأتها انقرة على حزب العمال")
            target = self._whose_men(clause, agent) or target
        if target is None and agent is not None:
            target = self._whose_positions(clause, trig, agent)
        if agent is None and target is None and _entry(trig).get("sub_event_type") == "Armed clash":
            agent, target = self._sides_of_its_toll(clause)
        if (
            target is None
            # (civilians named after the positions pointed at are whom the act spared or hit too: "قصف تلك
            # المواقع لم يوقع اصابات بين المدنيين")
            or (_civilian(target) and _REFERENCE.match(self.text, trig.nspan.end + 1) is not None)
        ) and _entry(trig).get("sub_event_type") not in TERRITORY:
            target = self._referred_to(clause, trig, agent) or target
        if (
            target is not None
            and is_generic(target)
            and (owner := self._owner(actors, target, trig)) is not None
        ):
            # "دمرت البوارج 10 زوارق محملة بمسلحين واسلحة تابعة لميليشيات الحوثي": the men hit are its
            target = owner
        if agent is not None and target is not None and agent.data["entry"].id == target.data["entry"].id:
            target = None
        return agent, target

    def _referred_to(self, clause: Clause, trig: Mention, agent: Mention | None) -> Mention | None:
        """ "فتحوا عليهم نيران مدافعهم"، "قصف تلك المواقع": the act's object is a pronoun or a demonstrative
        pointing back: the side named last in the clauses just before is whom it hit — unless that is civilians,
        fighters counted with no side, or the doer itself (then nobody named)."""
        text = self.text
        lo, hi = max(clause.start, trig.nspan.start - _REFERENCE_REACH), min(clause.end, trig.nspan.end + 16)
        near = text[lo:hi]
        if "عليهم" not in near and "منهم" not in near and "تلك" not in near and "هذه" not in near:
            return None
        ref = _REFERENCE.search(text, lo, hi)
        if ref is None:
            return None
        counted = ref.group().endswith("منهم")  # (the dead "of them" are of the side whose dead were counted)
        own = self._actor(agent).code if agent is not None else None
        for k in range(clause.index - 1, max(-1, clause.index - _REFERENCE_CLAUSES - 1), -1):
            prev = self.doc.clauses[k]
            if prev.sentence < clause.sentence - 2:
                break
            sides = self._sides_of(prev)
            named = [*sides, *(v for v in prev.of("victims") if not any(_overlaps(v, m) for m in sides))]
            # (the doer named again is not whom it hit: "في غارة للتحالف على …، بينما قتل 29 منهم")
            named = [
                m
                for m in named
                if own is None or not m.data["entry"].get("code") or self._actor(m).code != own
            ]
            if counted:
                named = [
                    m
                    for m in named
                    if m.data["entry"].get("group") is not None
                    or self._victims_side(prev, m)
                    or _in_ranks(text, m)
                    or _counted(text, prev, m)
                ]
            if not named:
                continue
            last = max(named, key=lambda m: m.nspan.start)
            if (
                last.data["entry"].get("group") is not None  # (fighters or people counted, of no side named)
                or _civilian(last)
                or not last.data["entry"].get("code")
                or means_of(last) is not None  # (aircraft are a side's means: "الطائرات")
            ):
                return None
            return last
        return None

    def _toll_of_a_fight(self, clause: Clause) -> bool:
        """The clause tells the toll ("قتل خلالها …") of a fight the clause before it in the sentence tells."""
        if clause.index == 0 or not _ITS_TOLL.match(self.text, clause.start, clause.end):
            return False
        prev = self.doc.clauses[clause.index - 1]
        return prev.sentence == clause.sentence and any(
            _entry(t).get("sub_event_type") == "Armed clash" for t in prev.of("triggers")
        )

    def _the_two_sides_told(self, clause: Clause, trig: Mention) -> tuple[Mention, Mention] | None:
        """ "نشب نزاع بين افراد احدى العشائر مع عناصر التنظيم … وقال الحسيني ان الاقتتال بين الطرفين اسفر عن …": a
        fight said to be between "the two sides" was fought by the pair a clause of the sentence before or of its
        own named with بين (the nearest one)."""
        if _TWO_SIDES.match(self.text, trig.nspan.end) is None:
            return None
        for k in range(clause.index - 1, -1, -1):
            prev = self.doc.clauses[k]
            if prev.sentence < clause.sentence - 1:
                break
            pair = self._between(prev)
            if pair is not None:
                return pair
        return None

    def _sides_of_its_toll(self, clause: Clause) -> tuple[Mention | None, Mention | None]:
        """ "اندلعت اشتباكات قرب البلدة، قتل خلالها العشرات من عناصر داعش ونحو 20 مقاتلا من وحدات الحماية": a
        fight of no named side whose toll the next clause counts apart on two sides was fought between them (the
        side counted first the one hit)."""
        nxt = clause.index + 1
        if nxt >= len(self.doc.clauses) or self.doc.clauses[nxt].sentence != clause.sentence:
            return None, None
        toll = self.doc.clauses[nxt]
        if not _ITS_TOLL.match(self.text, toll.start, toll.end):
            return None, None
        lost = [
            m
            for m in self._sides_of(toll)
            if self._victims_side(toll, m) or _in_ranks(self.text, m) or _counted(self.text, toll, m)
        ]
        if not lost:
            return None, None
        agent = self._other_side_lost(toll, lost, lost[0])
        return (agent, lost[0]) if agent is not None else (None, None)

    def _means_of_the_dead(self, clause: Clause, trig: Mention, before: list[Mention]) -> bool:
        """The act (a noun after في or bi-) is what the men of a side counted before it fell in: "مقتل 15 من
        ميليشيا الحوثي في غارة للتحالف"."""
        if _entry(trig).get("pos") != "noun":
            return False
        prefix = trig.data.get("prefix", "").lstrip("و")
        if not (prefix.startswith("ب") or _prev_word(self.text, trig).lstrip("و") in _IN_THE_MEANS):
            return False
        return any(self._victims_side(clause, m) or _counted(self.text, clause, m) for m in before)

    def _men_lost(self, clause: Clause, m: Mention) -> bool:
        """``m`` names the side of men the clause counts ("عنصرا من الجماعه"; see _victims_side) who fell or
        were hit: not men who did something, a verb of doing right after their side ("ان عناصر من الشرطة قاموا
        بتحديد هوية مشتبه به مرتبط بالهجوم": they found him)."""
        if not self._victims_side(clause, m):
            return False
        return (self.text[m.nspan.end : m.nspan.end + 12].split()[:1] or [""])[0].lstrip(
            "و"
        ) not in _LIGHT_VERBS

    def _sufferer(self, clause: Clause, trig: Mention, before: list[Mention]) -> Mention | None:
        """The side that suffered the act (a noun with li-) a verb of suffering tells: the one named between the
        two ("تعرضت دورية للجيش العراقي لهجوم"، "تعرضت مواقع قوات النظام لقصف"), or the one a pronoun on what
        suffered it names right before that verb ("اعلنت القوات المسلحة التركية عن تعرض جنودها لهجومين")."""
        prefix = trig.data.get("prefix", "")
        if not before or not prefix.lstrip("وف").startswith("ل") or _entry(trig).get("pos") != "noun":
            return None
        text, end = self.text, trig.nspan.start - len(prefix)
        at = text.rfind("تعرض", max(clause.start, end - 120), end)
        if at == -1 or len(_words_between(text, at, end)) > _SUFFER_REACH:
            return None
        word_start = text.rfind(" ", 0, at) + 1
        if text[word_start:at].lstrip("وف") not in ("", "ي", "ت") or any(
            at < t.nspan.start < end for t in clause.of("triggers")
        ):
            return None  # (a word of its own, with no other act between it and this one)
        inside = [m for m in before if m.nspan.start > at]
        if inside:
            return inside[0]
        sufferer = (text[at:end].split()[1:2] or [""])[0]
        if not sufferer.endswith(("ها", "ه", "هم")):
            return None
        return next((m for m in reversed(before) if m.nspan.end <= at and not _civilian(m)), None)

    def _other_side_lost(self, clause: Clause, actors: list[Mention], target: Mention) -> Mention | None:
        """ "قتل عشرة من عناصر داعش وثلاثة من الجيش العراقي في اشتباكات": a fight whose dead the clause counts on
        two sides was fought between them; the side that lost men, other than the one hit, is the other side."""
        code = self._actor(target).code
        for m in actors:
            if (
                m is not target
                and m.data["entry"].id != target.data["entry"].id
                and (
                    self._victims_side(clause, m) or _in_ranks(self.text, m) or _counted(self.text, clause, m)
                )
                and not self._teller_of(clause, m)
                # (each counted apart: "الحوثيين وقوات صالح" lost men together, on one side)
                and self._counted_apart(m, target)
                and (other := self._actor(m).code)
                # (two rebel groups share a code: "عشرة من مقاتلي داعش وخمسة من وحدات الحماية")
                and (
                    other != code
                    or (code.endswith("REB") and self._actor(m).name != self._actor(target).name)
                )
            ):
                return m
        return None

    def _other_side_lost_next(self, clause: Clause, target: Mention) -> Mention | None:
        """ "ان 8 حوثيين ومن قوات صالح قتلوا … فيما قتل احد رجال المقاومة … في المواجهات": the dead of another
        side the sentence counts right after (فيما، بينما) were lost in the same fight, by the other side."""
        rest = [c for c in self._by_sentence[clause.sentence] if c.index > clause.index]
        nc = next((c for c in rest[:3] if c.of("actors")), None)
        if nc is None or self.text[nc.start : nc.end].split()[:1] not in (["فيما"], ["بينما"]):
            return None
        if not any(m.data["entry"].get("kind") == "killed" for m in nc.of("cues")):
            return None
        if not any(
            _entry(t).get("sub_event_type") == "Armed clash"
            for c in (clause, *rest)
            for t in c.of("triggers")
        ):
            return None
        return self._other_side_lost(nc, self._sides_of(nc), target)

    def _counted_apart(self, a: Mention, b: Mention) -> bool:
        """A number stands between the two sides: "عشرة من عناصر داعش وثلاثة من الجيش"."""
        first, second = (a, b) if a.nspan.start < b.nspan.start else (b, a)
        end = second.nspan.start - len(second.data.get("prefix", ""))
        return bool(numbers_in(self.text, first.nspan.end, end))

    def _positions_hit_before(
        self, clause: Clause, trig: Mention, before: list[Mention], agent: Mention
    ) -> Mention | None:
        """ "تعرضت مواقع الجيش لقصف … من قبل الحوثيين": the side whose positions are named before an act done
        by another (no other act between) is the one hit."""
        if _entry(trig).get("pos") != "noun" or not before:
            return None
        m = before[-1]
        if m.data["entry"].id == agent.data["entry"].id or _AIMED_AT.isdisjoint(
            _words_before(self.text, m, 1, chars=12)
        ):
            return None
        if any(m.nspan.end <= t.nspan.start < trig.nspan.start for t in clause.of("triggers")):
            return None
        return m

    def _subject_right_before(self, clause: Clause, trig: Mention, before: list[Mention]) -> bool:
        """ "ان الشرطة قتلت ثلاثة مسلحين": a side right before the verb, no word between, none of its dead nor
        a teller of it, is its subject."""
        if not before or _words_between(self.text, before[-1].nspan.end, trig.nspan.start):
            return False
        m = before[-1]
        return not (
            _civilian(m)
            or _in_ranks(self.text, m)
            or _counted(self.text, clause, m)
            or self._victims_side(clause, m)
            or self._source_within(clause, m)
        )

    def _killer_before(self, clause: Clause, trig: Mention, dead: Mention) -> Mention | None:
        """ "وقتلت قوات الامن خمسة من مسلحي داعش في اشتباك": the side's dead, named before the act, are the
        object of an act's verb before them in the clause; that verb's agent is this act's too."""
        verb = None
        for t in clause.of("triggers"):
            if (
                t.nspan.end <= dead.nspan.start
                and _entry(t).get("pos") == "verb"
                and t.nspan.end <= trig.nspan.start
            ):
                verb = t
        if verb is None:
            return None
        agent, target = self._agent_and_target(clause, verb)
        if agent is None or target is None:
            return None
        # (the men it killed, of the side named right after them: "خمسة مسلحين من داعش")
        if target.nspan != dead.nspan and not _men_of(self.text, target, dead):
            return None
        return agent

    def _the_dead_named(self, clause: Clause, m: Mention) -> bool:
        """ "قتل مسلحون من داعش في غارة للتحالف": fighters named right after a verb of death are its dead — its
        subject only when the dead it counts follow ("قتل مسلحون مجهولون امس مدنيين اثنين")."""
        if not any(v.nspan.start == m.nspan.start for v in clause.of("victims")):
            return False
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        verb = next(
            (
                t
                for t in clause.of("triggers")
                if _entry(t).get("voice") == "victim"
                and _entry(t).get("pos") == "verb"
                and 0 <= word_start - t.nspan.end <= 1
            ),
            None,
        )
        if verb is None:
            return False
        for v in clause.of("victims"):
            if v.nspan.start > m.nspan.end and (
                v.data["entry"].get("number") == "dual"
                or any(
                    0 <= v.nspan.start - n.end <= 1 for n in numbers_in(self.text, m.nspan.end, v.nspan.start)
                )
            ):
                return False  # a count of the dead after them: they killed
        return True

    def _whose_men(self, clause: Clause, agent: Mention) -> Mention | None:
        """ "قال الجيش التركي ان مسلحين اكرادا قتلوا اثنين من جنوده": the dead counted as "his men" (من جنوده،
        من عناصرها) are the men of the side named last before them, if that is not who killed them."""
        raw = self.doc.norm.raw
        for v in clause.of("victims"):
            if (
                v.data["entry"].get("group") != "combatant"
                or not self.text.startswith("من ", v.nspan.start - 3)
                or not v.norm.endswith(("ه", "ها", "هم"))
                or raw[self.doc.norm.raw_offset(v.nspan.end - 1)] == "ة"  # (قادة: no pronoun)
            ):
                continue
            sides = [
                m
                for m in clause.of("actors")
                if m.nspan.end <= v.nspan.start and m is not agent and not _civilian(m) and not is_generic(m)
            ]
            if sides and sides[-1].nspan.end <= agent.nspan.start:
                return sides[-1]
        return None

    def _whose_positions(self, clause: Clause, trig: Mention, agent: Mention) -> Mention | None:
        """ "شنت الطائرات غارات على تجمعاته"، "الغارات التي استهدفت مواقعهم": positions named with a pronoun
        right after the act are those of the side named last before it (before its doer, other than the doer),
        in its sentence or the one before."""
        text = self.text
        start = max(trig.nspan.end, agent.nspan.end)
        if "ه" not in text[start : start + _POSITIONS_REACH]:
            return None
        at = None
        for k, w in enumerate(_WORD.finditer(text, start, start + _POSITIONS_REACH)):
            if k >= _POSITIONS_WORDS:
                return None
            stem = w.group().removeprefix("و")
            stem = stem[1:] if stem[:1] in "لب" else stem
            for p in _OBJECT_PRONOUNS:
                if stem.endswith(p) and stem[: -len(p)] in _POSITION_NOUNS:
                    at = w.start()
                    break
            # (or with the pronoun after li-: "قصفت فصائل المعارضة تجمعا لهم"، "غارات على مواقع وتجمعات لهم")
            if (
                at is None
                and (stem in _POSITION_NOUNS or stem in _POSITION_SINGULARS)
                and text.startswith(_OF_THEM, w.end())
            ):
                at = w.start()
            if at is not None:
                break
        if at is None or any(start <= m.nspan.start < at for m in clause.of("actors")):
            return None
        bound = min(trig.nspan.start, agent.nspan.start)
        own = self._actor(agent).code
        for c in reversed(self.doc.clauses[: clause.index + 1]):
            if c.sentence < clause.sentence - 1:
                break
            sides = c.of("actors")
            for k in range(len(sides) - 1, -1, -1):
                m = sides[k]
                if m.nspan.end > bound or m.data["entry"].id == agent.data["entry"].id or _civilian(m):
                    continue
                code = self._actor(m).code or ""
                if code and code != own and code.endswith(("MIL", "REB", "UAF")) and not self._is_place(m):
                    # (of two sides joined by و, the first named: "القوات النظامية وعناصر من حزب الله … تجمعا لهم")
                    first = sides[k - 1] if k > 0 else None
                    if first is not None and self._second_of_pair(first, m) and not _civilian(first):
                        lead = self._actor(first).code or ""
                        if lead and lead != own and lead.endswith(("MIL", "REB", "UAF")):
                            return first
                    return m
        return None

    def _killed_with_it(self, c: Clause, trig: Mention, following: Sequence[Clause]) -> bool:
        """A killing told after the act in its clause, or in the clause joined to it right after (و/ف) that tells
        no act of another kind: "احرقت دورية للتنظيم وقتلت من فيها"."""
        if any(
            t.nspan.start > trig.nspan.end and _entry(t).get("voice") == "victim" for t in c.of("triggers")
        ):
            return True
        if not following or self.text[following[0].start : following[0].start + 1] not in ("و", "ف"):
            return False
        trigs = following[0].of("triggers")
        return bool(trigs) and all(_entry(t).get("voice") == "victim" for t in trigs)

    def _people_burned(self, c: Clause, trig: Mention) -> bool:
        """People right after the burning (a count between at most), or "حتى الموت": burned alive."""
        if self.text.find("حتي الموت", trig.nspan.end, min(c.end, trig.nspan.end + 40)) != -1:
            return True
        return any(
            v.data["entry"].get("group") in _PEOPLE_GROUPS
            and 0 <= v.nspan.start - trig.nspan.end
            and len(self.text[trig.nspan.end : v.nspan.start].split()) <= 2
            for v in c.of("victims")
        )

    def _taken_back_by(self, actors: Sequence[Mention], trig: Mention) -> Mention | None:
        """The side that is the subject of the verb taking ``trig`` back right after it, a few words on (a date,
        "مسلحو" between): "هجوم عنيف شنته صباح امس الفصائل"."""
        for m in actors:
            if 0 <= m.nspan.start - trig.nspan.end <= _TAKEN_BACK_REACH:
                between = self.text[trig.nspan.end : m.nspan.start].replace('"', " ").split()
                # (an adjective and a relative may stand between: "الاشتباكات العنيفة التي خاضتها الفرقة"; or
                # what went off: "انفجارات لالغام ارضية زرعها المتمردون")
                head = [w for w in between[:4] if w not in _RELATIVE][:3]
                at = next((i for i, w in enumerate(head) if w in _TAKEN_BACK_BY), None)
                # (no preposition before the verb: "التقدم بعد معارك خاضتها المقاومة" takes back the battles)
                if at is None or len(between) > 5 or not _PREPOSITIONS.isdisjoint(head[:at]):
                    continue
                if head[at] in _ATTRIBUTED and "الي" not in between[-2:]:
                    continue  # "نسبته السلطات الى (تنظيم) …": who attributes it is no perpetrator
                # the verb of men named before it, its subject in it ("الهجوم الذي نفذوه على نقطة للجيش"), or
                # the side after على or ضد past it, is whom the act was aimed at, not who did it
                rest = between[between.index(head[at]) + 1 :]
                if head[at].endswith(("وه", "وها")) or not _AIMED_PAST_IT.isdisjoint(rest):
                    continue
                return m
        return None

    def _claimed_after(self, clause: Clause) -> Mention | None:
        """ "منفذ الهجوم الانتحاري، الاثنين، الذي تبناه تنظيم داعش": the claim in a relative clause that follows
        in the sentence (a date or a place between at most); or the side the source blames in its clause ("على
        ما اعلن مصدر عسكري محملا تنظيم القاعدة المسؤولية")."""
        for nxt in self.doc.clauses[clause.index + 1 : clause.index + 3]:
            if nxt.sentence != clause.sentence:
                return None
            blamed = next((m for m in nxt.of("actors") if _blamed(self.text, m)), None)
            if blamed is not None:
                return blamed
            # (or a verb of claiming whose pronoun is the act: "تفجير سيارة مفخخة في حي …، تبناه تنظيم داعش"; or
            # of attributing it, in the passive: "عملية انتحارية استهدفت مركزا للدرك، ونسبت الى متمردي الحزب")
            opener = self.text[nxt.start : nxt.end].split()[:1]
            if self.text.startswith(_RELATIVES, nxt.start) or (
                opener and (opener[0].lstrip("و") in _CLAIMED_IT or opener[0] in _ATTRIBUTED)
            ):
                return self._claimed_by(nxt, nxt.of("actors"))
            if nxt.of("actors") or (
                conflict_triggers(self.doc, nxt) and not _RESULTED.match(self.text, nxt.start, nxt.end)
            ):
                return None  # (past the act's toll only: "…، واوقعت قتيلين و24 جريحا، ونسبت الى …")
        return None

    def _claimed_before(self, clause: Clause) -> Mention | None:
        """ "وفي حادثة منفصلة، نسبت ايضا الى حزب العمال الكردستاني، قتل جندي …": the act attributed, in the
        passive, in a clause of its own before it in the sentence (the clauses of the act's telling between) —
        the side after الى is the perpetrator."""
        for prev in reversed(self.doc.clauses[max(0, clause.index - _CLAIM_CLAUSES) : clause.index]):
            if prev.sentence != clause.sentence:
                return None
            words = self.text[prev.start : prev.end].split()
            # (the verb first, or after the words that set the act apart: "وفي حادثة منفصلة نسبت ايضا الى …")
            if not any(w.lstrip("و") in _ATTRIBUTED for w in words[:_CLAIM_OPENING]):
                continue
            for m in prev.of("actors"):
                before = _words_before(self.text, m, 3, chars=30)
                if (
                    before[-1:] == ["الي"]
                    and len(before) > 1
                    and before[-2].lstrip("و") in _ATTRIBUTED | _ALSO
                ):
                    return m
            return None
        return None

    def _side_that_lost_men(
        self, clause: Clause, trig: Mention, before: list[Mention], agent: Mention | None
    ) -> Mention | None:
        """The side named before the act whose men it hit: counted ("قتل 33 مسلحا من مسلحي داعش في غارات
        للتحالف"), in whose ranks they fell, or told to have lost them; of two joined, the first ("5 من الحوثيين
        وقوات صالح قتلوا")."""
        text = self.text
        lost = [
            m
            for m in before
            if m is not agent
            and (
                self._men_lost(clause, m)
                or _in_ranks(text, m)
                or _counted(text, clause, m)
                or (_entry(trig).get("voice") == "victim" and _led_by_the_fallen(text, m))
            )
            and not self._teller_of(clause, m)
        ]
        if not lost:
            return None
        if len(lost) >= 2 and self._second_of_pair(lost[-2], lost[-1]):
            return lost[-2]
        return lost[-1]

    def _claimed_by(
        self, clause: Clause, actors: Sequence[Mention], trig: Mention | None = None
    ) -> Mention | None:
        """The side an act is attributed to or claimed by (نسب الى، تبناه، باللوم على), or done at the hands of
        (على يد، على ايدي), or the subject of the verb that takes ``trig`` back right after it (شنته،
        نفذه): the perpetrator."""
        for m in actors:
            before = _words_before(self.text, m, 3, chars=30)
            if before[-1:] == ["تنظيم"] or (before and before[-1] in _MEN_OF):
                # "ألقي باللوم فيه على تنظيم «داعش»": the group's word outside the quotes is its name's; "ونسبت الى
                # متمردي حزب العمال": so are the side's men, named first
                before = _words_before(self.text, m, 4, chars=40)[:-1]
            if not _CLAIMED_AND.isdisjoint(before):
                if _ATTRIBUTED.isdisjoint(before) or before[-1] == "الي":
                    return m
                continue  # "اعتداء انتحاري نسبته السلطات الى تنظيم داعش": who attributes it is no perpetrator
            if before[-1:] == ["الي"] and trig is not None and self._attributed_to(clause, trig, m):
                return m  # "ونسب رئيس الوزراء … الهجوم الى تنظيم داعش": the perpetrator after الى
            if before[-1:] == ["علي"] and {"المسؤوليه", "بالمسؤوليه"} & {w.lstrip("و") for w in before[:-1]}:
                return m  # "والقيت المسؤولية فيه على التنظيم": the side the blame is laid on
            if before[-1:] == ["علي"] and _blame_laid_for_it(self.text, m):
                return m  # "والقيت المسؤولية عن الهجوم على التنظيم"
            if before[-2:-1] == ["من"] and before[-1] in _CARRIED_OUT_BY:
                return m  # "تفجير انتحاري يشتبه بانه من تنفيذ تنظيم داعش"
            if (
                trig is not None
                and m.nspan.start > trig.nspan.end
                and _STANDS_BEHIND_IT.match(self.text, m.nspan.end)
            ):
                return m  # "تفجير اوقع 32 قتيلا، ويشتبه بان المتشددين يقفون وراءه": the side behind it
            if (
                trig is not None
                and (
                    before[-2:] == ["من", "قبل"]
                    # (the side's men named first: "من قبل مسلحي جبهة النصرة")
                    or (before[-3:-1] == ["من", "قبل"] and before[-1].lstrip("و") in _FORCES_WORDS)
                )
                and self._done_by(clause, trig, m)
            ):
                return m  # "تعرضت القرية لقصف مدفعي عشوائي من قبل الحوثيين"
            if trig is not None and self._taken_back_by([m], trig) is not None:
                return m
            if len(before) >= 2 and before[-2].lstrip("و") in _DONE_BY and before[-1] in _IT:
                return m
            if _blamed(self.text, m):
                return m
            if before[-1:] == ["من"]:
                before = _words_before(self.text, m, 4, chars=40)  # ("على ايدي عناصر من …")
            if self._hands_before(before) and self._at_the_hands(clause, m):
                # "على يد مسلحين من تنظيم داعش": gunmen of a side named right after them are that side's
                side = next((a for a in actors if a.nspan.start >= m.nspan.end), None)
                return side if side is not None and _men_of(self.text, m, side) else m
        return None

    def _done_by(self, clause: Clause, trig: Mention, m: Mention) -> bool:
        """ "لقصف مدفعي عشوائي من قبل الحوثيين": the side after من قبل did the act before it (no other act between,
        nor a side's support: "هجوم على مواقع الجيش المدعوم من قبل التحالف")."""
        if trig.nspan.end > m.nspan.start or _supporting(self.text, m):
            return False
        # (nor the state a place is in, whose own agent it is: "مطار ابو الظهور المحاصر من قبل جبهة النصرة")
        if _words_before(self.text, m, 3, chars=40)[0].lstrip("و") in _IN_A_STATE:
            return False
        # (the arms it was done with are no other act: "استهداف مواقع الجيش بقذائف الهاون من قبل المسلحين")
        between = [t for t in clause.of("triggers") if trig.nspan.end <= t.nspan.start < m.nspan.start]
        # (nor is an act joined to it by و right after it: "لحملة اعدامات وتعذيب من قبل المتطرفين" — both theirs)
        last = trig.nspan.end
        for t in between:
            prefix = t.data.get("prefix", "")
            if not prefix.startswith("ب") and not (
                prefix.startswith("و") and not self.text[last : t.nspan.start - len(prefix)].strip()
            ):
                return False
            last = t.nspan.end
        # (counted from the act's arms, which may stand right before: "استهدفت مواقع قوات النظام في بلدة … امس
        # بقذائف الهاون من قبل مقاتلي الجبهة")
        end = max((t.nspan.end for t in between), default=trig.nspan.end)
        return len(_words_between(self.text, end, m.nspan.start)) <= _BY_REACH

    def _attributed_to(self, clause: Clause, trig: Mention, m: Mention) -> bool:
        """The act is the object of a verb of attributing earlier in the clause, and the side after الى right
        after the act: "ونسب رئيس الوزراء بوضوح الهجوم الى التنظيم" (not an act before the verb: "غارات … بعد
        هجوم انتحاري نسبته الحكومة الى التنظيم", where the strikes are not the group's)."""
        if not trig.nspan.end <= m.nspan.start:
            return False
        verb = None
        for w in re.finditer(r"\S+", self.text[clause.start : m.nspan.start]):
            if w.group().lstrip("و") in _ATTRIBUTED:
                verb = clause.start + w.start()
        if verb is None:
            return False
        kept = conflict_triggers(self.doc, clause)
        if verb < trig.nspan.start:
            return not any(verb < t.nspan.start < trig.nspan.start for t in kept)
        # the act told before the verb, whose object names it again ("في هجوم انتحاري …، ونسب رئيس الوزراء الهجوم
        # الى التنظيم"), no other act between
        return not any(trig.nspan.start < t.nspan.start < verb for t in kept) and any(
            verb < t.nspan.start < m.nspan.start and _definite(t) for t in clause.of("triggers")
        )

    def _subject_of(self, clause: Clause, m: Mention, head: Callable[[Mention], bool]) -> bool:
        """The side is the subject of a verb the lexicon knows (``head``: saying, condemning) right before it,
        a word at most between ("وقد اعلنت سلطات …"، "وقال الجيش"، "ادانت امس الخارجية"), or the name that
        follows such a subject's title ("ندد الرئيس التركي رجب طيب اردوغان")."""
        for h in clause.mentions:
            if h.nspan.end > m.nspan.start or not head(h):
                continue
            if len(_words_between(self.text, h.nspan.end, m.nspan.start)) <= 1:
                return True
            # the title named right after the verb, then the name right after the title
            title = next(
                (
                    a
                    for a in clause.of("actors")
                    if h.nspan.end <= a.nspan.start
                    and a.nspan.end <= m.nspan.start
                    and len(_words_between(self.text, h.nspan.end, a.nspan.start)) <= 1
                ),
                None,
            )
            if title is not None and not self.text[title.nspan.end : m.nspan.start].strip():
                return True
        return False

    def _own_men_told(self, m: Mention, trig: Mention) -> bool:
        """ "قالت مصادر من المقاومة الشعبية ان قواتها القت القبض …": what a side's source tells of its own men
        (ان and a noun with the side's pronoun, as written: not a ة) the side did."""
        norm = self.doc.norm
        words = _words_between(self.text, m.nspan.end, trig.nspan.start)
        for i, w in enumerate(words[:-1]):
            if w in ("ان", "بان"):
                nxt = words[i + 1]
                if nxt.startswith("ال") or len(nxt) <= 3 or not nxt.endswith(("ه", "ها", "هم")):
                    return False
                return _written_pronoun(norm, m.nspan.end, trig.nspan.start, nxt)
        return False

    def _teller_of(self, clause: Clause, m: Mention) -> bool:
        """ "وقال ضابط في الشرطة ان 16 شخصا قتلوا": the side of the officer telling (no act or death named
        before it), not an officer of it who died."""
        return self._source_within(clause, m) and not any(
            x.nspan.end <= m.nspan.start and x.kind in ("triggers", "cues") and not _source_cue(x)
            for x in clause.mentions
        )

    def _source_within(self, clause: Clause, m: Mention) -> bool:
        """ "واكد مصدر في وزارة الداخلية حصيلة التفجير": a source of the side told of it; the side is no agent."""
        for h in clause.mentions:
            if h.nspan.end <= m.nspan.start and _source_cue(h):
                between = _words_between(self.text, h.nspan.end, m.nspan.start)
                # "مسؤول محلي ومصادر بالشرطة"، "رئيس البلدية ومصدران بالشرطة": the sources the side has, the
                # last of those the verb names (joined by و)
                words = [w[1:] if w.startswith("و") and w[1:] in _SOURCE_WORDS else w for w in between][-4:]
                heads = [i for i, w in enumerate(words) if w in _SOURCE_HEADS]
                if heads and _SOURCE_WORDS.issuperset(words[heads[-1] :]):
                    return True
                # "كشف العميد محمد الجبوري في شرطة نينوى عن مقتل …": an officer by his rank and name, of the side
                # (في، من, or bi- on it), tells of it as a source in it does
                name = between[1:-1] if between[-1:] in (["في"], ["من"]) else between[1:]
                if (
                    between[:1]
                    and between[0] in _RANK_TITLES
                    and 1 <= len(name) <= 3
                    and (len(name) < len(between) - 1 or m.data.get("prefix", "") == "ب")
                ):
                    return True
        return False

    def _sides_of_what_went_with(
        self, c: Clause, following: Sequence[Clause]
    ) -> tuple[Mention, Mention] | tuple[None, None]:
        """The two opposed sides the clauses right after the fight name, those clauses telling acts that went
        with it ("ترافقت مع قصف …"، "تزامنت مع …"): the first side of each camp (allies are one camp)."""
        nxt = [x for x in following[: _WENT_WITH_CLAUSES + 1] if x.sentence == c.sentence]
        while nxt and self._time_only(nxt[0]):
            nxt = nxt[1:]  # ("اشتباكات عنيفة منذ، صباح امس، ترافقت مع …": the time set between commas)
        nxt = nxt[:_WENT_WITH_CLAUSES]
        if not nxt or _WENT_WITH.match(self.text, nxt[0].start) is None:
            return None, None
        camps: list[Mention] = []
        for x in nxt:
            for m in x.of("actors"):
                if _civilian(m) or is_generic(m) or self._is_place(m) or not m.data["entry"].get("code"):
                    continue
                side = self._actor(m)
                if not any(
                    (k := self._actor(o)).code == side.code or allied_actors(k, side) or _allies(o, m)
                    for o in camps
                ):
                    camps.append(m)
        return (camps[0], camps[1]) if len(camps) == 2 else (None, None)

    def _attacker_repelled(
        self, c: Clause, trig: Mention, repeller: Mention, agent_m: Mention | None, target_m: Mention | None
    ) -> Mention | None:
        """The side named with the attack a repel verb tells, right after the attack's word ("لهجوم قوات
        النظام"، "لهجمات اخرى للحوثيين") or as the subject of the verb taking it back ("لهجوم شنته قوات النظام")."""
        attack = _AN_ATTACK_REPELLED.search(self.text, trig.nspan.end, trig.nspan.end + _REPELLED_REACH)
        if attack is None:
            return None
        for m in (agent_m, target_m):
            if m is None or m is repeller or m.nspan.start < attack.end() or _civilian(m):
                continue
            gap = _words_between(self.text, attack.end(), m.nspan.start)
            # (no other verb joined between: "صدوا الهجمات واوقعوا خسائر من حزب الله" — whom they hit after)
            if len(gap) <= _ATTACKER_REACH and not any(w.startswith(("و", "ف")) for w in gap):
                return m
        return None

    def _repeller_of(self, c: Clause, trig: Mention) -> Mention | None:
        """The side that repelled the attack the repel verb ``trig`` tells ("تصدى الثوار لهجوم"، "صدت القوات
        هجوما"، "الثوار تصدوا لهجوم"): its subject, named between it and the attack or right before it."""
        if trig.data["entry"].id != "repel":
            return None
        attack = _AN_ATTACK_REPELLED.search(self.text, trig.nspan.end, trig.nspan.end + _REPELLED_REACH)
        if attack is None:
            return None
        between = [m for m in c.of("actors") if trig.nspan.end <= m.nspan.start < attack.start()]
        before = [m for m in c.of("actors") if m.nspan.end <= trig.nspan.start]
        subject = between[0] if between else before[-1] if before else None
        return subject if subject is not None and not _civilian(subject) else None

    def _strikes_a_target(self, c: Clause, trig: Mention) -> bool:
        """ "ان القوات المسلحة ضربت، امس الجمعة، اهدافا تابعة للتنظيم": struck, its object (after its subject,
        or a time set between commas) a word of military targets."""
        words = self.text[trig.nspan.end : c.end].replace(",", " ").split()[:_STRUCK_REACH]
        if not words:
            # the time set off by commas ends the clause: the object opens the next one after it
            for nc in self.doc.clauses[c.index + 1 : c.index + 3]:
                if nc.sentence != c.sentence:
                    break
                if not self._time_only(nc):
                    words = self.text[nc.start : nc.end].split()[:2]
                    break
        words = [w.strip(",") for w in words]
        # (the accusative's alif: "اهدافا")
        return any(
            (w in _TARGET_WORDS or (w.endswith("ا") and w[:-1] in _TARGET_WORDS))
            and w not in _PREPOSITION_TARGETS
            for w in words
        )

    def _fight_fallen_in(self, c: Clause, following: Sequence[Clause]) -> tuple[Mention, Mention] | None:
        """The two sides of a fight "بين X وY" the next clauses of the sentence tell the dead fell in ("في
        المواجهات التي تشهدها المحافظة بين …"), with no other act told in between."""
        for nc in following[:2]:
            if nc.sentence != c.sentence:
                return None
            acts = nc.of("triggers")
            if not acts:
                continue
            fight = acts[0]
            if (
                len(acts) > 1
                or fight.data["entry"].id not in _FOUGHT_WITH_ACTS
                or _words_before(self.text, fight, 1, chars=8) != ["في"]
            ):
                return None
            pair = self._between(nc)
            return pair if pair is not None and pair[0].nspan.start > fight.nspan.end else None
        return None

    def _one_ground(self, i: int, j: int) -> bool:
        """Two place mentions name one place: the same name as written (normalized)."""
        ti, tj = self.doc.toponyms[i], self.doc.toponyms[j]
        return i == j or self.text[ti.start : ti.end] == self.text[tj.start : tj.end]

    def _statement_owner(self, clause: Clause, trig: Mention) -> Mention | None:
        """ "وجاء في بيان جيش الفتح، انه تمكن من استعادة السيطرة على …": an act told after "انه" and a verb that
        agrees with it, in a clause naming nobody before it, is done by the side whose statement the clause before
        quotes."""
        words = self.text[clause.start : trig.nspan.start].split()
        if not words or words[0].lstrip("و") not in _THAT_IT or len(words) > 3:
            return None
        agrees = _PRONOUN_SUBJECTS.get(words[0].lstrip("و"))
        # (a light verb of the past agrees whatever its first letter: "انه تمكن من")
        if (
            agrees is None
            or len(words) < 2
            or not (agrees(words[1].lstrip("وف")) or words[1] in _LIGHT_VERBS)
        ):
            return None
        if any(m.nspan.end <= trig.nspan.start for m in clause.of("actors")):
            return None
        owners = [
            m
            for x in self._by_sentence[clause.sentence]
            if x.index < clause.index
            for m in x.of("actors")
            if not _civilian(m)
            and any(
                w.lstrip("و") in _STATEMENTS or w.lstrip("و")[1:] in _STATEMENTS
                for w in _words_before(self.text, m, 2, chars=20)
            )
        ]
        return owners[-1] if owners else None

    def _speakers_men(self, clause: Clause, trig: Mention) -> Mention | None:
        """ "وقال جيش الفتح على صفحته في فيسبوك، إن مقاتليه فجروا …": an act told after ان by "its men" (مقاتليه،
        عناصرها، قواتهم), in a clause naming no side before it, is done by the side that said so, named right
        after the verb of saying earlier in the sentence."""
        words = self.text[clause.start : trig.nspan.start - len(trig.data.get("prefix", ""))].split()
        if len(words) != 2 or words[0].lstrip("و") not in _THAT or words[1] not in _ITS_OWN_MEN:
            return None
        if any(
            m.nspan.end <= trig.nspan.start and not is_generic(m)
            for m in clause.of("actors")
            if m.nspan.start >= clause.start
        ):
            return None
        for x in reversed(self._by_sentence[clause.sentence]):
            if x.index >= clause.index:
                continue
            for m in x.of("actors"):
                before = _words_before(self.text, m, 1, chars=12)
                if before and before[0].lstrip("و") in _SAYING and not _civilian(m) and not is_generic(m):
                    return m
        return None

    def _subject_of_kana(self, clause: Clause, trig: Mention) -> Mention | None:
        """ "وكان الحوثيون الذين يواجهون عملية للقوات الموالية …، قصفوا في وقت سابق …": a verb of the act that
        opens a clause naming nobody before it goes on with كان and its subject, told at the head of the sentence
        (a relative clause about that subject set between)."""
        if _entry(trig).get("pos") != "verb":
            return None
        lead = self.text[clause.start : trig.nspan.start].split()
        if (
            len(lead) > 1
            or (lead and lead[0] not in ("قد", "وقد"))
            or any(m.nspan.end <= trig.nspan.start for m in clause.of("actors"))
        ):
            return None
        first = self._by_sentence[clause.sentence][0]
        if first.index >= clause.index:
            return None
        opener = _KANA.match(self.text, first.start)
        if opener is None:
            return None
        subject = next((m for m in first.of("actors") if m.nspan.start >= opener.end()), None)
        if subject is None or subject.nspan.start - len(subject.data.get("prefix", "")) != opener.end():
            return None
        return subject if not _civilian(subject) and not is_generic(subject) else None

    def _who_set_about(self, clause: Clause, trig: Mention) -> Mention | None:
        """ "ولم تقتصر جرائم الحوثيين على ضرب المدنيين، بل عمدوا الى قصف …": an act opened by a verb of setting
        about it whose subject is a pronoun (عمدوا الى، عمدت الى) is done by the side the sentence named before, in
        a clause of its own, the last armed one."""
        if _entry(trig).get("pos") != "noun" or trig.data.get("prefix"):
            return None
        words = _words_before(self.text, trig, 3, chars=24)
        if words[-1:] != ["الي"] or len(words) < 2 or words[-2].lstrip("وف") not in _SET_ABOUT:
            return None
        if any(w not in _SET_ABOUT_OPENERS for w in words[:-2]) and len(words) == 3:
            return None
        for c in reversed(self._by_sentence[clause.sentence]):
            if c.index >= clause.index:
                continue
            named = [
                m for m in c.of("actors") if not is_generic(m) and not _civilian(m) and not self._is_place(m)
            ]
            if named:
                return named[-1]
        return None

    def _hands_later(self, clause: Clause) -> Mention | None:
        """ "مقتل المصور …، عاصمة محافظة نينوى …، يوم 15 يوليو على يد تنظيم داعش": the hands named in a later
        clause of the sentence, before any other act, are this act's."""
        for nxt in self.doc.clauses[clause.index + 1 : clause.index + 3]:
            if nxt.sentence != clause.sentence or conflict_triggers(self.doc, nxt):
                return None
            for m in nxt.of("actors"):
                # right at the head of that clause, after a date or a place at most ("يوم 15 يوليو على يد"): further
                # on, the hands belong to something else it tells ("الى جانب اسر ستة حوثيين على يد …")
                head = _words_between(self.text, nxt.start, m.nspan.start)
                if len(head) <= 6 and self._hands_before(head[-4:]) and self._at_the_hands(nxt, m):
                    return m
                if head[:1] and head[0] in _SOURCE_OF_FIRE and (len(head) == 1 or head[1:] in _ORIGIN_WORDS):
                    return m  # "سقوط قذائف على حي المزة، مصدرها (مواقع) الفصائل": where the fire came from
        return None

    @staticmethod
    def _hands_before(before: list[str]) -> bool:
        """ "على يد …", "على ايدي مسلحي …": the words before a side say whose hands did it."""
        return any(
            before[k - 1] == "علي"
            and before[k] in _HANDS
            and all(
                w in _FORCES
                or w.startswith(("مسلحي", "عناصر", "مقاتلي"))
                # (some of a side's men: "على يد مسلحين من تنظيم داعش")
                or (w == "من" and i > k + 1 and before[i - 1].startswith(("مسلحي", "عناصر", "مقاتلي")))
                for i, w in enumerate(before[k + 1 :], k + 1)
            )
            for k in range(1, len(before))
        )

    def _at_the_hands(self, clause: Clause, m: Mention) -> bool:
        """ "مقتل المصور … يوم 15 يوليو على يد تنظيم داعش": the hands are the killer's, unless the phrase hangs on
        another act named right before it ("التدريب على يد عناصر داعش": trained by them)."""
        words = _words_before(self.text, m, 6, chars=70)
        k = max(i for i, w in enumerate(words) if w in _HANDS)
        j = k - 2
        if j >= 0 and words[j].startswith("ال") and words[j] in _WHEN_WORDS:
            # "خطفوا مساء الاربعاء على ايدي …": a day, which is no act, stands between the act and the hands
            while j >= 0 and words[j] in _WHEN_WORDS:
                j -= 1
        head = words[j] if j >= 0 else ""
        if not head.startswith("ال") or head == "الموت":
            return True
        start = self.text.rfind(head, 0, m.nspan.start)
        if any(self.doc.toponyms[i].start <= start < self.doc.toponyms[i].end for i in clause.toponyms):
            return True  # "قتل في بلدة الحويجة على يد …": where the act was, no act of its own
        acts = clause.of("triggers") + clause.of("cues")
        if any(t.nspan.start <= start < t.nspan.end for t in acts):
            return True
        # "اغتيال احد الوجهاء على يد …": the act's word and whom it was done to, a word or two, before the hands
        hands = self.text.rfind("علي ", start, m.nspan.start)
        ends = [t.nspan.end for t in acts if t.nspan.end <= start]
        return bool(ends) and (
            len([w for w in self.text[max(ends) : hands].split() if w not in _WHEN_WORDS]) <= _DONE_TO_WORDS
        )

    def _subject_before(self, clause: Clause) -> Mention | None:
        """ "ان قوات التحالف بقيادة السعودية، قامت بعملية انزال …": a clause that opens with a verb and names
        nobody takes its subject from the clause before it in the sentence, when that one reports nothing."""
        words = self.text[clause.start : clause.end].split()[:1]
        if not words:
            return None
        i = clause.index - 1
        while (
            i >= 0
            and self.doc.clauses[i].sentence == clause.sentence
            and self._time_only(self.doc.clauses[i])
        ):
            i -= 1  # "وواصلت المقاتلات التركية، أمس، قصف …": a time set between commas parts nothing
        prev = self.doc.clauses[i] if i >= 0 else None
        if (
            prev is not None
            and prev.sentence == clause.sentence
            and self.text.startswith(_RELATIVES, clause.start)
        ):
            return self._antecedent(prev, clause)
        if prev is None or prev.sentence != clause.sentence:
            return None
        if (found := conflict_triggers(self.doc, prev)) and not (
            # "امطرت الفصائل المقاتلة المعارضة، اربع بلدات … بالقذائف الصاروخية": the act's verb and its subject,
            # its object and arms split off by a comma, tell one act
            clause.of("triggers")
            and all(_entry(t).get("pos") == "verb" for t in found)
            and self._object_split_off(prev, clause)
        ):
            return None
        posted = False
        if words[0] not in _LIGHT_VERBS:
            # the act as the object of a light verb opening the clause before ("وواصلت المقاتلات التركية، امس،
            # قصف اهداف …"): that verb's subject does it; so does the subject of the clause before when this
            # one goes on with و and its act's verb ("الا ان مقاتلات التحالف باغتتهم، وشنت غارة على المنطقة"),
            # unless that one tells what someone said ("وقال المرصد ان المدينتين قصفتا")
            opener = self.text[prev.start : prev.end].split()[:4]
            while opener[:1] and opener[0] in _OPENERS:
                opener = opener[1:]  # "في وقت اقدمت جبهة النصرة …": the verb after what opens the clause
            light = bool(opener) and (opener[0] in _LIGHT_VERBS or opener[0][1:] in _LIGHT_VERBS)
            trigs = clause.of("triggers")
            goes_on = (
                words[0].startswith("و")
                and bool(trigs)
                and trigs[0].nspan.start == clause.start + 1
                and _entry(trigs[0]).get("pos") != "noun"
                and not prev.of("victims")
                and _SAYING.isdisjoint(w.lstrip("و") for w in self.text[prev.start : clause.end].split())
            )
            # (or with a verb of where it stands, the act's verb after it: "دبابة تابعة للمقاومة وتتمركز في جبل
            # جره قصفت مواقع …" — the tank's owner fired)
            posted = (
                words[0].lstrip("و") in _POSTED
                and bool(trigs)
                and _entry(trigs[0]).get("pos") == "verb"
                and not any(m.nspan.start < trigs[0].nspan.start for m in clause.of("actors"))
            )
            # (the act may come after على: "اقدمت جبهة النصرة في مدينة خان شيخون، على اعدام محام")
            at = clause.start + 4 if self.text.startswith("علي ", clause.start) else clause.start
            if not ((light and trigs and trigs[0].nspan.start == at) or goes_on or posted):
                if not (trigs and self._object_split_off(prev, clause)):
                    return None
        named = [
            m for m in prev.of("actors") if not is_generic(m) and not _civilian(m) and not self._is_place(m)
        ]
        # the subject opens that clause ("ان قوات التحالف بقيادة …"); an actor deep in it, or governed by a
        # preposition or a purpose (لردع المتمردين), is something else's
        if not named:
            return None
        before = _words_between(self.text, prev.start, named[0].nspan.start)
        if posted and len(before) >= 3 and before[-1] in ("ل", "لل") and before[-2] in _BELONGING:
            before = before[
                :-2
            ]  # (the owner of the means whose place the clause tells: "دبابة تابعة للمقاومة")
        if len(before) > _SUBJECT_REACH or any(w.startswith(("ل", "ب")) for w in before):
            return None
        return named[0]

    def _antecedent(self, prev: Clause, clause: Clause) -> Mention | None:
        """ "وسط تحليق للطيران الحربي التابع للجيش السوري، الذي نفذ عدة غارات …": a relative clause whose verb is
        its act takes for subject the side that closes the clause before (the owner named last, of the means), even
        one that tells another act before that side ("وتواصلت المعارك … وسط تحليق للطيران …، الذي نفذ غارات")."""
        trigs = clause.of("triggers")
        at = clause.start + len(self.text[clause.start : clause.end].split(" ", 1)[0]) + 1
        if not trigs or trigs[0].nspan.start != at or _entry(trigs[0]).get("pos") != "verb":
            return None
        actors = prev.of("actors")
        if not actors:
            return None
        m = actors[-1]
        # (an adjective at most after it: "للجيش السوري النظامي، الذي"; and no act of that clause after it)
        tail = self.text[m.nspan.end : prev.end].strip(" ،,«»\"'").split()
        if len(tail) > 1 or (tail and not tail[0].startswith("ال")):
            return None
        if any(t.nspan.start >= m.nspan.start for t in prev.of("triggers")):
            return None
        if _civilian(m) or self._is_place(m) or _in_ranks(self.text, m) or _counted(self.text, prev, m):
            return None
        return m

    def _object_split_off(self, prev: Clause, clause: Clause) -> bool:
        """ "كذلك اعطبت الفصائل المعارضه، اليه لقوات النظام بصاروخ موجه": a comma between a verb with its subject
        and the object: the clause before is that verb and its subject alone, this one opens with no particle."""
        first = self.text[clause.start : clause.end].split()[:1]
        if not first or first[0].startswith(("و", "ف")) or first[0] in _NO_OBJECT:
            return False
        actors = prev.of("actors")
        if len(actors) != 1 or self.text[actors[0].nspan.end : prev.end].strip(" ،,"):
            return False
        before = _words_between(self.text, prev.start, actors[0].nspan.start)
        return (
            1 <= len(before) <= 2
            and before[-1].lstrip("و") not in _SAYING
            and not before[-1].startswith(("ل", "ب", "ال"))
            and all(w in ("كذلك", "كما", "ثم") for w in before[:-1])
        )

    def _time_only(self, c: Clause) -> bool:
        """A clause that only sets the time (", امس،", "، فجر الاحد،")."""
        if c.mentions or len(self.text[c.start : c.end].split()) > 3:
            return False
        return bool(find_time_expressions(self.text, c.start, c.end))

    def _belongs(self, m: Mention) -> bool:
        """Forces and a word of belonging right before the side (القوات الموالية للحوثيين، عناصر تابعة للنظام);
        "نقطة تابعة للمتمردين" is the target's owner, not the agent's."""
        before = [w for w in _words_before(self.text, m, 6, chars=60) if w.strip(_QUOTES)][-5:]
        if (
            len(before) >= 2
            and (before[-1].startswith("لل") or before[-1] in ("تحت", "في"))
            and (before[-2] in _BELONGING)
        ):
            # a title before the name: "الموالية للرئيس عبد ربه منصور هادي"; a banner: "المنضوية تحت جيش الفتح"
            before = before[:-1]
        if len(before) < 2 or before[-1] not in _BELONGING:
            return False
        if len(before) >= 4 and before[-3].lstrip("و") in _HEDGES and before[-2].lstrip("ب") in _THAT_IT:
            before = [
                *before[:-3],
                before[-1],
            ]  # "طائرات يعتقد انها تابعة للتحالف": a guess of whose they are
        # the force noun may take adjectives: "المنطقة العسكرية الثالثة الموالية للرئيس"
        for w in reversed(before[:-1]):
            if w.lstrip("و") in _FORCES:
                return True
            if not (w.startswith("ال") and w.endswith(("ه", "ي"))):
                return False
        return False

    def _whose_bare_arms(self, c: Clause, trig: Mention, previous: list[Draft]) -> Actor | None:
        """The state's forces whose tanks, guns or boats, named bare right after the verb of firing (past a day),
        fired: those that did the last act told, in the clause's sentence or the one before of its paragraph
        ("وقصفت قوات النظام بلدة كفرنبل. وقصفت الدبابات بلدة حاس"), or, with no act told there, those named last
        there ("اعلن الجيش التركي انه رد على اطلاق نار. وقصفت الدبابات من بلدة كلس مواقع للتنظيم")."""
        if _entry(trig).get("pos") != "verb" or any(
            m.nspan.end <= trig.nspan.start and not _civilian(m) for m in c.of("actors")
        ):
            return None
        words = [w for w in _words_between(self.text, trig.nspan.end, c.end) if w not in _WHEN_WORDS][:1]
        if not words or words[0].lstrip("و") not in _ARMED_MEANS:
            return None
        k = c.sentence
        since = self.doc.sentences[k - 1][0] if k > 0 else c.start
        if "\n" in self.text[since : c.start]:
            since = self.doc.sentences[k][0]  # (not over the paragraph's end)
        last = previous[-1] if previous else (self.drafts[-1] if self.drafts else None)
        if last is not None and last.clause.start >= since:
            return (
                last.actor1 if last.actor1 is not None and (last.actor1.code or "").endswith("MIL") else None
            )
        forces = [
            m
            for x in self.doc.clauses[: c.index + 1]
            if x.end > since
            for m in x.of("actors")
            if since <= m.nspan.start < trig.nspan.start
            and (m.data["entry"].get("code") or "").endswith("MIL")
            and m.data["entry"].get("country")
        ]
        return self._actor(forces[-1]) if forces else None

    def _means_of_a_side(self, trig: Mention, m: Mention) -> bool:
        """The side whose guns, tanks or boats are the subject right after the verb: "قصفت مدفعية تابعة لقوات
        النظام"، "اطلقت زوارق تابعة للحوثيين" (not what the verb's doer hit: "استهدفت الغارات دبابة تابعة لهم")."""
        words = _words_between(self.text, trig.nspan.end, m.nspan.start)
        if words[-1:] in (["ل"], ["لل"]):
            words = words[:-1]
        return len(words) == 2 and words[0].lstrip("و") in _ARMED_MEANS and words[1] in _BELONGING

    def _owns_a_thing(self, m: Mention) -> bool:
        """A side said to own something that is no force: "وكالة اعماق التابعة للتنظيم"، "نقطة تابعة للمتمردين"."""
        before = _words_before(self.text, m, 3, chars=40)
        # "قوة امنية تابعة لقوات البيشمركة": a force of a side's is that side (its noun may take an adjective),
        # and so is a post or patrol of its men ("فان النقطة التابعة للحوثيين اطلقت الرصاص"), or its guns and tanks
        # ("وتقوم الدبابات التابعة للجيش بقصف …")
        return (
            bool(before)
            and before[-1] in _BELONGING
            and not any(
                w.lstrip("و") in _FORCES or w.lstrip("و") in _POSTS or w.lstrip("و") in _ARMED_MEANS
                for w in before[:-1]
            )
        )

    def _alone_in_the_air(self, country: str) -> bool:
        """Whether ``country``'s air force was the only one striking in it when the article was published."""
        until, published = _OWN_AIR_STATES[country], self.doc.article.published
        return until is None or (published is not None and published < until)

    def _owner(self, actors: list[Mention], agent: Mention, trig: Mention) -> Mention | None:
        """The side an unattributed agent is said to belong to right after it: "طائرة حربية تابعة للجيش
        السوري"، "مسلحون تابعون لتنظيم داعش"، "طائرة حربية للنظام" (not an aircraft shot down: "اسقط طائرة
        مروحية للجيش العراقي" is the army's loss)."""
        after = [m for m in actors if m.nspan.start >= agent.nspan.end and not is_generic(m)]
        if not after:
            return None
        words = self.text[agent.nspan.end : after[0].nspan.start].split()
        if len(words) >= 2 and words[0].startswith("و") and words[1] in _BELONGING:
            words = words[1:]  # "مسلحين واسلحة تابعة للحوثيين": the men and the arms joined to them are its
        if words[:1] and words[0].lstrip("و") in _HEDGES and words[1:2] and words[1].lstrip("ب") in _THAT_IT:
            words = words[2:]  # "طائرات يعتقد انها تابعة للتحالف": aircraft believed to be its are its own
        if 1 <= len(words) <= 2 and words[0] in _BELONGING and words[1:] in ([], ["ل"], ["لل"]):
            return after[0]
        if words == ["من"] and agent.data["entry"].id in _GUNMEN:
            return after[0]  # "مسلحون من حزب العمال الكردستاني": gunmen of that side
        prefix = after[0].data.get("prefix", "")
        if (
            words == [prefix]
            and prefix.startswith("ل")
            and agent.norm.removeprefix("ال").startswith(_AIRCRAFT_WORDS)
            and trig.data["entry"].id != "shoot_down"
        ):
            return after[0]  # "طائرة حربية للنظام السوري": li- names whose aircraft it is
        return None

    @staticmethod
    def _fired(trig: Mention) -> bool:
        """Fire at someone (النار على) is shot by the members named before it: "فتح عناصر من الحزب النار على"."""
        return trig.norm == "النار علي"

    def _hit_told_next(self, c: Clause, following: Sequence[Clause]) -> Mention | None:
        """The side the clause right after ``c`` in its sentence names as hit when it opens with a verb of
        targeting that has no doer of its own ("، استهدفت مواقع لتنظيم داعش"، "واستهدفت … مركزا للقيادة
        للتنظيم"): what the act told in ``c`` hit."""
        nc = following[0] if following else None
        if nc is None or nc.sentence != c.sentence:
            return None
        first = self.text[nc.start : nc.start + 16].lstrip(" ،,").split(" ", 1)[0]
        verb = next((t for t in nc.of("triggers") if t.data["entry"].id == "target_verb"), None)
        if verb is None or first.lstrip("و") != verb.norm.lstrip("و"):
            return None
        agent, target = self._agent_and_target(nc, verb)
        if agent is not None or target is None or is_generic(target) or _civilian(target):
            return None
        return target

    def _without_support(self, clause: Clause, sides: list[Mention], agent: Mention | None) -> list[Mention]:
        """The sides but those named as another's support, with the ones joined to them ("تدعمهم قوات التحالف
        الذي تقوده السعودية وحكومة الرئيس اليمني": every name of the clause links the chain, a country too),
        and the agent's owner."""
        if not sides:
            return sides
        supported, support = set(), None
        for m in clause.of("actors"):
            if m.nspan.start < sides[0].nspan.start:
                continue
            if _supporting(self.text, m) or (support is not None and self._joined_to(support, m)):
                support = m
                supported.add(id(m))
        return [
            m
            for m in sides
            if id(m) not in supported and not (agent is not None and _owner_of(self.text, agent, m))
        ]

    def _supporter_of(self, clause: Clause, agent: Mention, target: Mention | None) -> Actor | None:
        """The side named as the support of ``agent`` right after it ("مقاتلين محليين تدعمهم قوات التحالف"،
        "قوات المقاومة بدعم من طيران التحالف"), not of the side hit named between them."""
        for m in clause.of("actors"):
            if m.nspan.start < agent.nspan.end:
                continue
            if target is not None and agent.nspan.end <= target.nspan.start < m.nspan.start:
                return None
            return (
                self._actor(m)
                if _backed_by(self.text, m) and _backs_the_one_before(self.text, agent, m)
                else None
            )
        return None

    def _joined_to(self, first: Mention, second: Mention) -> bool:
        """``second`` is joined by و to ``first``, or is the head noun so joined names ("السعودية وحكومة
        الرئيس"), or names it again right after it ("الرئيس اليمني عبد ربه منصور هادي")."""
        if self._second_of_pair(first, second):
            return True
        between = self.text[first.nspan.end : second.nspan.start - len(second.data.get("prefix", ""))].split()
        return not between or (len(between) == 1 and between[0][:1] == "و" and len(between[0]) > 2)

    def _second_of_pair(self, first: Mention, second: Mention) -> bool:
        """``second`` is joined by و to ``first`` right before it: "قوات النظام وحزب الله"، "قوات النظام ومقاتلون
        من حزب الله"."""
        word_start = second.nspan.start - len(second.data.get("prefix", ""))
        between = self.text[first.nspan.end : word_start].split()
        if not between or (len(between) <= 2 and all(_nisba(w) for w in between)):
            # (an adjective or two of the first may stand between: "قوات الجيش الوطني الشرعي والمقاومة")
            return second.data.get("prefix", "").startswith("و")
        return len(between) == 2 and between[0].startswith("و") and between[1] == "من"

    def _fought_with(self, c: Clause, following: Sequence[Clause]) -> Mention | None:
        """The side named after "اشتباكات مع"، "معارك مع" in the clause or the next ones of its sentence."""
        for nc in [c, *following[:4]]:
            if nc.sentence != c.sentence:
                break
            for a in nc.of("actors"):
                # "اشتباكات مع X"، "مواجهات مع قوات موالية للمتمردين": up to two words between مع and the side
                # ("معارك عنيفة مع": an adjective may follow the fighting)
                before = _words_before(self.text, a, 5, chars=50)
                k = len(before) - 1 - before[::-1].index("مع") if "مع" in before else -1
                if (
                    k >= 1
                    and len(before) - k <= 3
                    and _FIGHTING_WORDS & {w.lstrip("و") for w in before[max(0, k - 2) : k]}
                ):
                    return a
        return None

    def _joined_to_a_side(self, clause: Clause, v: Mention) -> bool:
        """Fighters joined by و to a side named right before them act with it: "قوات النظام ومقاتلين من حزب الله
        حاولوا التقدم" (no count, no dead: a second side of the same act)."""
        word_start = v.nspan.start - len(v.data.get("prefix", ""))
        if not self.text.startswith("و", word_start):
            return False
        if any(m.data["entry"].get("kind") in ("killed", "injured") for m in clause.of("cues")):
            return False  # "قتل عناصر من الجيش ومقاتلون من حزب الله": both lost men
        return any(0 <= word_start - a.nspan.end <= 1 for a in clause.of("actors"))

    def _victims_side(self, clause: Clause, m: Mention) -> bool:
        """The actor of a partitive after a victim noun: "عنصرا من الجماعه", "مسلحا من مسلحي داعش"; or one who
        survived the act: "نجا محافظ الانبار من محاولة اغتيال"."""
        prev = _prev_word(self.text, m).lstrip("و")
        if prev in _SURVIVED:
            return True
        if prev in _KILLED_ONE and m.norm.split(maxsplit=1)[0].removeprefix("ال") in _OFFICES:
            return True  # "وقتل محافظ الانبار بانفجار": an official after the bare verb is the one killed
        for v in clause.of("victims"):
            # (quotation marks around the side's name are no word: "احد العناصر في «فيلق الشام»")
            between = (
                self.text[v.nspan.end : m.nspan.start].replace('"', " ").split()
                if v.nspan.end <= m.nspan.start
                else []
            )
            if between[:1] and between[0] in _OTHER_ONES:
                between = between[1:]  # "و21 مسلحا اخرين من تنظيم داعش"
            if between and between[0] == "من" and len(between) <= 2 and not self._joined_to_a_side(clause, v):
                return True  # "من الجماعه"، "من مسلحي داعش"
            if (
                between in (["ل"], ["لل"])
                and between[0] == m.data.get("prefix")
                and v.data["entry"].get("group") == "combatant"
                and (v.data["entry"].get("number") == "dual" or v.norm.endswith("ا"))
            ):
                return True  # the counted men of a side with li-: "50 عنصرا لقوات النظام"، "جنديين للجيش"
            if (
                v.data["entry"].get("number") == "singular"
                and 1 <= len(between) <= 2
                and between[-1] == "في"
                and not m.data.get("prefix")
            ):
                return True  # one of a group: "قياديا تونسيا في تنظيم داعش"، "عنصر في الحزب"
            if (
                between == ["في"]
                and v.data["entry"].get("group") == "combatant"
                and not m.data.get("prefix")
                and not self._is_place(m)
            ):
                return True  # men of a force: "عنصران في الشرطة"، "منتسبين في الجيش"
            if v.nspan.end <= m.nspan.start and not self.text[v.nspan.end : m.nspan.start].strip(' "'):
                # one of a side's men, the side their genitive: "احد قادة «داعش»"
                one = _words_before(self.text, v, 1, chars=10)
                if one and one[0] in ("احد", "احدي"):
                    return True
        # a count, then من and who they were: "بمقتل اثنين من كبار قادة تنظيم داعش"
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        lo = word_start - 50
        lo = lo if lo > clause.start else clause.start
        words = self.text[lo:word_start].split()[-_PARTITIVE_REACH:]
        if words and words[-1] in ("احد", "احدي"):
            return True  # "قتل احد رجال المقاومة": one of them
        if "من" not in words[1:]:
            return False
        k = len(words) - 1 - words[::-1].index("من")
        counted = self.text.rfind(words[k - 1], lo, word_start)
        return any(n.end >= counted + len(words[k - 1]) for n in find_numbers(self.text, counted, word_start))

    def _sides_of(self, clause: Clause) -> list[Mention]:
        """The clause's actors less those that are places or a relative's point of reference (see
        _agent_and_target): the same for every act of the clause, worked out once."""
        sides = self._sides.get(clause.index)
        if sides is None:
            text = self.text
            # (not those of a place's story told after the act: "في منطقة دار سعد التي ارتكب فيها الحوثيون قبل
            # يومين مجزرة")
            story = self.doc.memo.get("place_stories", {}).get(clause.index, clause.end)
            sides = self._sides[clause.index] = []
            kin_end = (
                -1
            )  # (the name right after a relative's point of reference is his: "اقرباء الرئيس بشار الاسد")
            party: Mention | None = None
            for m in clause.of("actors"):
                if m.nspan.start >= story or self._is_place(m):
                    continue
                if _civilian(m) and _aid_recipients(text, m):
                    continue  # (whom aid is to reach: "ايصال المساعدات الانسانية الى السكان")
                if _kin_of(text, m) or (kin_end >= 0 and not text[kin_end : m.nspan.start].strip()):
                    kin_end = m.nspan.end
                    continue
                kin_end = -1
                if _party_of_talks(text, m, party):
                    party = m
                    continue  # (the parties of a call or talks told by the way: "بعد اتصال هاتفي بين X وY")
                party = None
                sides.append(_of_a_people(text, m))
        return sides

    def _distant_country(self, m: Mention, trig: Mention) -> bool:
        if not self.doc.toponyms_at(m.nspan.start, m.nspan.end):
            return False
        a, b = sorted((m.nspan.end, trig.nspan.start)) if m.nspan.end <= trig.nspan.start else (
            trig.nspan.end, m.nspan.start)  # fmt: skip
        return len(_words_between(self.text, a, b)) > 2

    def _is_place(self, m: Mention) -> bool:
        if not self.doc.in_toponym(m.nspan.start, m.nspan.end):
            return False
        if m.data.get("prefix", "").lstrip("وف") in ("ب", "ل", "في"):
            return True
        if self.text[max(0, m.nspan.start - 4) : m.nspan.start].endswith(("في ", "الي ", "من ", "قرب ")):
            return True
        # "قلعة القاهرة"، "حي بغداد": a capital's name after a word of place names a place, not a government; so
        # does one after a word of where around it ("في ريف دمشق الغربي"، "بريف دمشق"، "شمال بغداد")
        before = _words_before(self.text, m, 1, chars=12)
        if not before:
            return False
        w = before[-1]
        bare = w[1:] if w[:1] in ("ب", "و") and w[1:] in _AROUND else w
        return w in TYPE_WORDS or w in NAME_HEADS or w == "قلعه" or bare in _AROUND

    # -- places ---------------------------------------------------------------------------------------------

    def _tells_on(self, clause: Clause, acts: list[Mention], event_type: str | None) -> bool:
        """A clause that goes on telling the same explosion, with no side of its own before its acts: "بانفجار
        سيارة مفخخة، يقودها انتحاري، استهدف مركز تدريب … في قضاء البعاج"."""
        if event_type != "Explosions/Remote violence" or not acts:
            return False
        first = min(t.nspan.start for t in acts)
        return all(_entry(t).get("event_type") == event_type for t in acts) and not any(
            a.nspan.start < first for a in clause.of("actors")
        )

    def _throughout(self, c: Clause, trig: Mention, actor1: Actor | None) -> tuple[int | None] | None:
        """The clause tells its act across a country ("في كل أنحاء البلاد"، "في مختلف المحافظات"، "في أنحاء
        العراق"): that country's place (the one named right after, else that of the state whose forces did it,
        else the article's), or (None,) when the text names no place of the country; None when not told so."""
        g = told_throughout(self.doc, c, trig)
        if g is None:
            return None
        tops, places = self.doc.toponyms, self.doc.places
        for i in c.toponyms:
            if tops[i].start == g.end() and self._country_wide(i):
                return (i,)
        if g.group().endswith(" ") and not self.text.startswith(_THE_COUNTRY_WORDS, g.end()):
            return None  # "في أرجاء المدينة": throughout a town, not the country
        code = (actor1.code or "")[:3] if actor1 is not None else ""
        for country in (code, self.doc.country):
            for i, pl in enumerate(places):
                if (
                    pl is not None
                    and country
                    and pl.country == country
                    and (pl.gazetteer_id or "").startswith("country:")
                ):
                    return (i,)
        return (None,)

    def _clause_places(self, clause: Clause, trig: Mention) -> list[int]:
        tops = self.doc.toponyms
        # the clause's usable places (the same for each of its triggers), then those this act can be at
        idx = [
            i
            for i in self._usable_places(clause)
            if self._in_country(i, trig) and not self._names_an_act(i, trig)
        ]
        # "15 خياطا موصليا": the people's city places the act only where the clause names no place of its own
        idx = [i for i in idx if not tops[i].nisba] or idx
        # "اعتقلت رئيس بلدية X في مدينة Y"، "خطف ابن مدينة X في Y": the town of a man's office or origin is his,
        # not where the act was, when the clause names another place
        # (and a town put right after it with في is where he was: "رئيس بلدية X في مدينة Y")
        idx = (
            [i for i in idx if not self._of_a_mans_office_or_origin(i)]
            or [j for i in idx if (j := self._where_the_man_was(i)) is not None]
            or idx
        )
        # "دبابة تتمركز في جبل X قصفت مواقع … في Y": where the side that fired is stationed is not where its fire
        # fell, when the clause names another place
        if _entry(trig).get("event_type") == "Explosions/Remote violence":
            idx = [i for i in idx if not self._where_a_side_is_stationed(i)] or idx
        # "قالت مصادر محلية في مديرية X ان طائرات … على معسكر في منطقة Y": where the source is, beside another
        # place, is not where the act was
        idx = [i for i in idx if not self._where_a_source_is(i)] or idx
        # "انسحبت القوات الى مدينة X": where the withdrawal went is not where it was (the ground left, named
        # with من or told before, is); the other acts of the clause may be there ("انسحبت الى X واعتقلت …")
        idx = [i for i in idx if not self._withdrawn_to(i, trig, clause)]
        idx = [i for i in idx if self._faced_or_passed(i, trig) not in _FACED_OR_PASSED]
        # (a place the side heads for is where it fought on its way only when the clause names no other)
        idx = [i for i in idx if self._faced_or_passed(i, trig) not in _HEADED_FOR] or idx
        if len(idx) > 1 and _told_after_with_its_day(self.text, clause, trig):
            # "تعهد القائد بتحرير تعز بعد ان سيطرت القوات امس على الضالع": the act told after بعد ان with its
            # own day is at the places of its phrase, not those of what the clause tells before it
            idx = [i for i in idx if tops[i].start > trig.nspan.start] or idx
        if idx and clause.index in self.doc.memo.get("background_clauses", ()):
            cut = self._background_toll_end(clause)
            if cut is not None and trig.nspan.start >= cut:
                # "وبعد يومين على الهجوم الذي اوقع 32 قتيلا في سروج …، قتل جنديان": the background's place is
                # not the act's
                idx = [i for i in idx if tops[i].start >= cut]
        if idx and (
            bg := next(
                (n for n in _acts_set_after(self.text, clause) if n.nspan.start > trig.nspan.end), None
            )
        ):
            # "وقصفت قوات النظام بلدة كفرنبل بعد تفجير استهدف حاجزا لها في بلدة معرة النعمان": the places after
            # the act it came after are that act's — all of them, where the clause names the country the act
            # was in before it ("قصفت دبابات مواقع في سوريا بعد اطلاق نار … ادى الى مقتل جندي في مدينة كيليس")
            before = [i for i in idx if tops[i].start < bg.nspan.start]
            if before or len(idx) > 1:
                idx = before or idx
            elif any(tops[i].start < bg.nspan.start for i in country_places_named_in(self.doc, clause, trig)):
                idx = []
        pointed = self._place_pointed_back(clause)
        if pointed is not None and not any(tops[i].start < pointed[1] for i in idx):
            # "شهدت مواجهات عنيفة بين المقاومة الشعبية في تلك المديرية …، وان الامدادات تصل مدينة عدن": the
            # place named before, pointed to first
            return [pointed[0]]
        pair = self._pair_pointed_back(clause, trig)
        if pair and all(self._specificity(i) >= 3 for i in idx):
            # "سقوط 160 قذيفة على البلدتين الواقعتين في محافظة حلب": the pair of towns named before, each its
            # own event, not the province they lie in
            return pair
        if not idx:
            # "ووقع التفجير على بعد 10 كلم من بلدة X": the act's only place is the one it is measured from (near it)
            idx = [i for i in clause.toponyms if self._measured_from_the_act(clause, i, trig)][:1]
        if not idx and (topic := self._topic_of(clause)) is not None:
            idx = [i for i in self._usable_places(topic) if self._in_country(i, trig)]
        if not idx:
            return []
        # the place a side is named with ("المقاومة الشعبية في تعز") says which of its branches acted; where
        # the act was is another place the clause names ("… ميليشيات الحوثيين من مديرية مشرعة وحدنان")
        own = [i for i in idx if not self._side_locality(clause, i, trig)]
        idx = own or idx
        split = self._another_of_its_kind(clause, trig)
        if split is not None:
            # "قتل وجرح آخرون في انفجار سيارتين مفخختين في منطقة X، وسيارة مفخخة أخرى استهدفت حي Y": the act
            # and another of its kind told on in its clause, each at its own place, the one named first first
            # (which the clause's toll goes to), not the finer-sounding place of the other alone
            parts = [[i for i in idx if tops[i].start < split], [i for i in idx if tops[i].start >= split]]
            if all(parts):
                return [min(p, key=lambda i: (self._specificity(i), tops[i].start)) for p in parts]
        # a coordinated list ("على بلدات A وB وC"): every member is its own event
        groups: dict[int, list[int]] = {}
        for i in idx:
            g = getattr(tops[i], "group", None)
            if g is not None:
                groups.setdefault(g, []).append(i)
        best = min(idx, key=lambda i: (self._specificity(i), abs(tops[i].start - trig.nspan.end)))
        best = self._village_past_the_town_near(idx, best)
        best = self._named_before_the_town_near(idx, best)
        g = getattr(tops[best], "group", None)
        if g is not None and len(groups.get(g, [])) >= 2:
            return self._other_areas(clause, trig, idx, groups[g], groups, self._list_goes_on(clause))
        if (
            len(idx) > 1
            and (first := self._joined_before(idx, best)) is not None
            and getattr(tops[first], "group", None) is None
            and self._specificity(best) < self._specificity(first) <= 1
            # (the list opens right after في or على: not "على شارعي الثورة وبغداد وحي باب توما", a list
            # whose first names are not places of their own)
            and self.text[max(0, tops[first].phrase_start - 5) : tops[first].phrase_start].split()[-1:]
            in (["في"], ["علي"])
        ):
            # "قتل قناصة كانوا يتمركزون في جولة الحوض وحي الجحملية": places of a town joined by و, each with its
            # own type word or none, share one toll told without a split — it goes to the first named, not to the
            # one a type word (حي) makes look finer
            return [first]
        return self._other_areas(clause, trig, idx, [best], groups, self._list_goes_on(clause))

    def _named_before_the_town_near(self, idx: list[int], best: int) -> int:
        """ "وفي بلدة جرمانا قرب دمشق تظاهر المئات": the place named right before the town it is told near (its
        act told after both) is where the act was, placed as finely; ``best`` when there is none."""
        tops, places = self.doc.toponyms, self.doc.places
        t = tops[best]
        if t.relation != "near" or best - 1 not in idx or places[best - 1] is None:
            return best
        prev = tops[best - 1]
        if self.text[prev.end : getattr(t, "phrase_start", t.start)].strip() or self._specificity(
            best - 1
        ) > self._specificity(best):
            return best
        return best - 1

    def _village_past_the_town_near(self, idx: list[int], best: int) -> int:
        """ "في غارة قرب مدينة إدلب على قرية X": a village or town named as such after the town the act is told
        near, placed as finely, is where the act was; ``best`` when the clause names none."""
        tops, places = self.doc.toponyms, self.doc.places
        t = tops[best]
        if t.relation != "near" or t.type_word not in ("مدينه", "بلده", "قريه"):
            return best
        spec = self._specificity(best)
        return next(
            (
                i
                for i in sorted(idx, key=lambda i: tops[i].start)
                if tops[i].start > t.end
                and tops[i].type_word in ("بلده", "قريه")
                and tops[i].relation == "in"
                and places[i] is not None
                and self._specificity(i) <= spec
            ),
            best,
        )

    def _another_of_its_kind(self, clause: Clause, trig: Mention) -> int | None:
        """Where the clause goes on, after ``trig``, with another act of its kind named as such ("، وسيارة مفخخة
        أخرى استهدفت …"، "، وغارة ثانية على …"): the start of that other act's words, else None."""
        text = self.text
        kind = _entry(trig).get("event_type")
        for m in _ANOTHER_OF_ITS_KIND.finditer(text, trig.nspan.end, clause.end):
            if any(
                m.start() < t.nspan.start < m.end() and _entry(t).get("event_type") == kind
                for t in conflict_triggers(self.doc, clause)
            ):
                return m.start()
        return None

    def _pair_pointed_back(self, clause: Clause, trig: Mention) -> list[int]:
        """ "أسفرت عن سيطرة قوات الأسد على القريتين"، "غارات على مناطق في محيط البلدتين": the pair of places of that
        kind the text named last before (in a list: "في قريتي X وY"، "الفوعة وكفريا"), where the clause names the
        pair by its definite dual as where the act was — after a word of where or as the act's object, not
        "سكان البلدتين"، "للدفاع عن البلدتين"; empty when it names none."""
        text, tops = self.text, self.doc.toponyms
        if not _PAIR_HINT.any_within(text, clause.start, clause.end):
            return []  # (most clauses)
        for m in _PAIR_WORD.finditer(text, clause.start, clause.end):
            if any(t.start < m.end() and m.start() < t.end for t in tops):
                continue  # a town of that name: "مدينة القريتين"
            before = _words_between(text, max(clause.start, m.start() - 30), m.start())
            told_where = m.group(1) == "ب" or (before and before[-1].lstrip("و") in _PAIR_WHERE)
            told_hit = (
                trig.nspan.end <= m.start() and len(_words_between(text, trig.nspan.end, m.start())) <= 3
            )
            if not (told_where or told_hit):
                continue
            k = bisect_right([t.end for t in tops], m.start()) - 1
            while k > 0 and (getattr(tops[k], "attached", False) or _locates(tops[k])):
                k -= 1  # (past what locates the pair: "في قريتي X وY جنوب مدينة Z في ريف إدلب")
            if k < 1 or m.start() - tops[k].end > _PAIR_REACH:
                return []
            g = getattr(tops[k], "group", None)
            members = [j for j in range(len(tops)) if g is not None and getattr(tops[j], "group", None) == g]
            if g is None and self._coordinated(k - 1, k):
                members = [k - 1, k]
            if len(members) != 2 or not all(
                self.doc.places[j] is not None and self._in_country(j) for j in members
            ):
                return []
            return members
        return []

    def _list_goes_on(self, clause: Clause) -> list[int]:
        """ "قصف … حيي X وY وسط المدينة، وعلى حي Z في جنوبها"، "تقدمها إلى X، بالإضافة إلى Y": the clauses after
        ``clause`` in its sentence that go on with the act's object — opening on و and the preposition again, or
        on "بالإضافة إلى", a place right after, and no act, side nor verb of saying of their own — and the first
        place of each (see :meth:`_other_areas`)."""
        out: list[int] = []
        tops = self.doc.toponyms
        for x in self._by_sentence[clause.sentence]:
            if x.index <= clause.index:
                continue
            if x.index != clause.index + 1 + len(out) or not x.toponyms:
                break
            # (who holds the place, told after it, is no act nor side of the clause's own: "، وعلى قرية X التي
            # يسيطر عليها تنظيم داعش")
            if any(t.data["entry"].id not in _HELD_ACTS for t in x.of("triggers")) or not all(
                _holds_a_place(self.text, m) for m in x.of("actors")
            ):
                break
            m = _LIST_GOES_ON.match(self.text, x.start)
            first = min(x.toponyms, key=lambda i: tops[i].start)
            if (
                m is None
                or tops[first].phrase_start != m.end()
                or len(self.text[x.start : x.end].split(",", 1)[0].split()) > _LIST_ITEM_WORDS
            ):
                break
            if first not in self._usable_places(x):
                break
            out.append(first)
        return out

    def _coordinated(self, a: int, b: int) -> bool:
        """Place ``b`` is the next of a list after place ``a``: و between them (the preposition told again or
        not), past what ``a``'s name is said to be ("في صعدة وحجة"، "في قاعدة العند الجوية وفي الحوطة"، "على محطة
        X الحرارية وقريتي Y") — not a list of streets, which name no places of their own."""
        tops, text = self.doc.toponyms, self.text
        lo, hi = tops[a].phrase_end, tops[b].phrase_start
        if not 0 <= hi - lo <= _LIST_GAP or _streets(text, tops[a]) or _streets(text, tops[b]):
            return False
        # (an aside in brackets that locates the first: "في اضنه (جنوب) وقونيه (وسط)")
        words = _ASIDE_IN_BRACKETS.sub(" ", text[lo:hi]).split()
        while words and _said_of_a_name(words[0]):
            del words[0]
        if 2 <= len(words) <= 3 and all(w[:1] == "و" and len(w) > 2 for w in words[:-1]):
            # "في دار سعد وصبر وفي منطقة المعاشيق": a name the index does not know, joined by و, does not end
            # the list before the preposition told again
            words = words[-1:]
        if words:
            return words in (["و"], ["وفي"], ["وعلي"])
        word = text[hi : tops[b].start].split()[:1]
        return (
            bool(word)
            and word[0][:1] == "و"
            and (
                word[0][1:] in TYPE_WORDS
                or tops[b].start - hi <= 2
                # (around a place, after a list of them: "قرى X وY ومحيط المحطة الحرارية" — not "في محيط البحوث
                # العلمية ومحيط الكلية الجوية", a landmark read short)
                or (word[0][1:] in RELATIONS and getattr(tops[a], "group", None) is not None)
            )
        )

    def _other_areas(
        self,
        clause: Clause,
        trig: Mention,
        idx: list[int],
        chosen: list[int],
        groups: dict[int, list[int]],
        going_on: list[int] | None = None,
    ) -> list[int]:
        """ "قصف الطيران مناطق في بلدة X ومناطق أخرى في بلدة Y": the act's object named again at another place
        (و and a plural noun of area, أخرى or not, then في) is the same act there too — each its own event, the
        one named first first; a place less fine than those chosen is none of them ("… ومناطق أخرى في ريف إدلب",
        the region around), unless a word of a settlement names it beside no quarter (بلدة X, which the index may
        place only in its province). So is a place after "بالإضافة إلى" and an act of the same kind ("ست غارات
        على مواقعهم في محافظة X بالإضافة إلى ثلاث غارات على مواقعهم في محافظة Y"), the first place after it."""
        tops, text = self.doc.toponyms, self.text
        out = list(chosen)
        kind = _entry(trig).get("event_type")
        going_on = going_on or []
        idx = idx + going_on
        # (not the places of a toll summed over days: "قتل 40 من عناصر التنظيم خلال يومين في غارات على مواقعه في
        # حلب وإدلب" tells no act at each)
        over_days = _OVER_DAYS.search(text, clause.start, clause.end) is not None

        def joined(a: int, b: int) -> bool:
            if _OTHER_AREAS.fullmatch(text, tops[a].phrase_end, tops[b].phrase_start) is not None:
                return True
            if (
                (g := _ALSO_NEAR.fullmatch(text, tops[a].phrase_end, tops[b].phrase_start)) is not None
                and (g.group("near") or getattr(tops[b], "relation", None) == "near")
                and not over_days
                and not any(
                    tops[a].end <= t.nspan.start < tops[b].start for t in conflict_triggers(self.doc, clause)
                )
            ):
                return True
            if (
                _ON_THE_WAY.fullmatch(text, tops[a].phrase_end, tops[b].phrase_start) is not None
                and not over_days
            ):
                return True
            if self._coordinated(a, b) and not over_days:
                return True
            if b in going_on:
                # (the next clause goes on with the list: no place of its own between — what only locates the
                # first, coarser than both, is none: "على قرية X … في ريف حلب الغربي، وعلى قرية Y")
                return not any(
                    tops[a].end <= tops[k].start < tops[b].start
                    and self._specificity(k) <= max(self._specificity(a), self._specificity(b))
                    for k in idx
                )
            lo, hi = tops[a].phrase_end, tops[b].phrase_start
            return (
                hi - lo <= _AS_WELL_AS_REACH
                and _AS_WELL_AS.match(text, lo) is not None
                and not any(lo <= tops[k].start < hi for k in clause.toponyms)
                and any(
                    lo <= t.nspan.start < hi and _entry(t).get("event_type") == kind
                    for t in conflict_triggers(self.doc, clause)
                )
            )

        def fits(j: int) -> bool:
            return j not in out and (
                self._specificity(j) <= max(self._specificity(i) for i in out)
                or (getattr(tops[j], "type_word", None) in _SETTLEMENT_TYPES
                    and getattr(tops[j], "relation", None) == "in"
                    # (not a town beside a quarter: "مناطق في مدينة X ومناطق أخرى في حي Y" — its own city's)
                    and min(self._specificity(i) for i in out) >= 1)
            )  # fmt: skip

        def members(j: int) -> list[int]:
            g = getattr(tops[j], "group", None)
            return groups[g] if g is not None and len(groups.get(g, [])) >= 2 else [j]

        while True:
            first = min(out, key=lambda i: tops[i].start)
            last = max(out, key=lambda i: tops[i].start)
            before = next(
                (j for j in idx if tops[j].end <= tops[first].phrase_start and joined(j, first) and fits(j)),
                None,
            )
            if before is not None:
                out[:0] = [i for i in members(before) if i not in out]
                continue
            after = next(
                (j for j in idx if tops[j].start > tops[last].phrase_end and joined(last, j) and fits(j)),
                None,
            )
            if after is None:
                return out
            out.extend(i for i in members(after) if i not in out)

    def _topic_of(self, clause: Clause) -> Clause | None:
        """ "اما بلدتا خراب الشحم وغرز، فاستهدفهما الطيران": the clause opened by اما names what the فـ clause
        after it tells of by a pronoun on its verb; its places are the act's (not so "اما في ريف حمص، فقد
        اندلعت اشتباكات … في محيط مهين", whose places come after)."""
        if clause.index == 0 or not self.text.startswith("ف", clause.start):
            return None
        verb = self.text[clause.start : clause.end].split(maxsplit=1)[0]
        if len(verb) < 5 or not verb.endswith(("ه", "ها", "هما", "هم")):
            return None
        before = self.doc.clauses[clause.index - 1]
        if before.sentence != clause.sentence or not self.text.startswith(("اما ", "واما "), before.start):
            return None
        return before

    def _place_pointed_back(self, clause: Clause) -> tuple[int, int] | None:
        """ "في تلك المديرية"، "في المدينة ذاتها": the place of that kind named last before the clause — a
        governorate for محافظة, a town or district for the others — and where the words pointing to it are."""
        if not _POINTED_HINT.any_within(self.text, clause.start, clause.end):
            return None  # (most clauses)
        g = _POINTED.search(self.text, clause.start, clause.end)
        if g is None:
            return None
        kind = g.group(1) or g.group(2)
        region = kind == "المحافظه"

        def fits(i: int) -> bool:
            t, place = self.doc.toponyms[i], self.doc.places[i]
            if (
                t.start >= g.start()
                or place is None
                or t.nisba
                or self._country_wide(i)
                or not self._in_country(i)
            ):
                return False
            return (place.precision == 3 or getattr(t, "type_word", None) == "محافظه") == region

        # "the same city" (not "that district": "مواجهات بين المقاومة في تلك المديرية") is the place of the act
        # told last, when of that kind and the sentence names none of it before: "استهدف طيران التحالف مركزا
        # طبيا بمدينة حيس … لعلاج جرحى مقاتليهم في تعز. كما استهدف … المجمع الحكومي في ذات المدينة" (the city
        # of the strike, not the one named in passing after it)
        last = self.drafts[-1].place_index if self.drafts else None
        if (
            last is not None
            and not self.text.startswith(("تلك", "هذه"), g.start())
            and fits(last)
            and not any(
                fits(i)
                for x in self._by_sentence[clause.sentence]
                if x.index <= clause.index
                for i in x.toponyms
            )
        ):
            return last, g.start()
        for i in range(len(self.doc.toponyms) - 1, -1, -1):
            if fits(i):
                return i, g.start()
        return None

    def _usable_places(self, clause: Clause) -> list[int]:
        """The clause's toponyms that can say where an act was, but for the test of the country, which depends on
        the act (:meth:`_in_country`): the same for each of its triggers, worked out once per clause."""
        done = self._usable.get(clause.index)
        if done is None:
            tops = self.doc.toponyms
            done = self._usable[clause.index] = [
                i
                for i in clause.toponyms
                if not getattr(tops[i], "attached", False)
                and not self._refused_word(i)
                and not self._country_wide(i)  # (the place lookup before the tests that read words)
                and not self._between_places(clause, i)
                and not self._compared_with(clause, i)
                and not self._names_an_actor(clause, i)
                and not self._destination(i)
                and not self._source_of_fire(i)
                # (nor the places joined to such a one: "عائلات متحدرة من الفوعة وكفريا")
                and ((k := self._list_start(clause, i)) == i or not (self._destination(k) or self._source_of_fire(k)))
                and not self._locates_another(i)
                and not self._of_the_motive(clause, i)
                and not self._a_speaker(i)
                and not self._in_a_title(i)
                and not self._names_an_outlet(i)
            ]  # fmt: skip
        return done

    def _names_an_outlet(self, i: int) -> bool:
        """A place that names a news outlet ("شبكة حلب نيوز"، "وقالت شبكة ادلب الاخبارية"، "مركز حمص
        الاعلامي"، "اذاعة دمشق"): whose voice it is, not where an act was."""
        t = self.doc.toponyms[i]
        if getattr(t, "type_word", None):
            return False
        start = getattr(t, "phrase_start", t.start)
        words = _words_between(self.text, start - 16 if start > 16 else 0, start)[-1:]
        if not words:
            return False
        word = words[0].removeprefix("و").removeprefix("ل").removeprefix("ب")
        if word == "مركز":  # (the media centre of a town, not the centre of the town)
            return _words_between(self.text, t.end, t.end + 14)[:1] == ["الاعلامي"]
        return word in _OUTLETS

    def _a_speaker(self, i: int) -> bool:
        """A bare name right after a verb of saying is who spoke ("قالت بولدان ان الانفجار وقع"، "واكدت دمشق
        ان …"): a person or a government, not where the act was."""
        t = self.doc.toponyms[i]
        if getattr(t, "type_word", None) or getattr(t, "relation", None) not in (None, "", "in"):
            return False
        start = getattr(t, "phrase_start", t.start)
        if start < 2 or self.text[start - 1] != " ":
            return False
        prev = self.text[self.text.rfind(" ", 0, start - 1) + 1 : start - 1].lstrip("و")
        return (prev in _SAYING and prev not in _SOURCE_PREPOSITIONS) or prev in _SAYING_NOW

    def _withdrawn_to(self, i: int, trig: Mention, clause: Clause) -> bool:
        """Place ``i`` is where the withdrawal ``trig`` went ("انسحبوا الى مدينة X"، "على الانسحاب الى قرية Y"،
        "لتنسحب القوات نحو X"), or the governorate that place is the seat of ("الى مدينة X عاصمة محافظة Y") —
        not when the sentence tells another act after it that names no place of its own, done there ("انسحبت الى X
        وتنفذ حملات اعتقالات")."""
        if not trig.norm.lstrip("وفل").startswith(_WITHDREW) and not trig.norm.startswith(_WITHDREW):
            return False
        tops = self.doc.toponyms
        start = tops[i].phrase_start
        if start <= trig.nspan.end or any(
            t.nspan.start > start
            and not t.norm.lstrip("وفل").startswith(_WITHDREW)
            and not any(tops[u].start > t.nspan.end for u in x.toponyms)
            for x in self._by_sentence[clause.sentence]
            if x.index >= clause.index
            for t in conflict_triggers(self.doc, x)
        ):
            return False
        before = _words_between(self.text, trig.nspan.end, start)
        if before[-1:] == ["عاصمه"] and i > 0 and tops[i - 1].phrase_end < start:
            # (the seat's governorate, right after the goal)
            return (
                self._withdrawn_to(i - 1, trig, clause)
                and len(_words_between(self.text, tops[i - 1].end, start)) == 1
            )
        return len(before) <= 5 and before[-1:] in (["الي"], ["نحو"], ["باتجاه"])

    def _measured_from_the_act(self, clause: Clause, i: int, trig: Mention) -> bool:
        """Place ``i`` is told as some kilometres from where the act ``trig`` was, right after it with no place
        between ("وقع الانفجار على بعد 10 كلم من بلدة X")."""
        tops = self.doc.toponyms
        t = tops[i]
        start = t.phrase_start
        return (
            t.relation == "near"
            and not t.attached
            and 0 < start - trig.nspan.end <= _MEASURED_REACH
            and (at := self.text.find("علي بعد", trig.nspan.end, start)) != -1
            # (not what a place between lies from: "الانفجار في البلدة التي تقع على بعد 10 كلم من X")
            and _IN_OR_WHICH.search(self.text, trig.nspan.end, at) is None
            and not any(trig.nspan.end < tops[j].start < start for j in clause.toponyms)
        )

    def _faced_or_passed(self, i: int, trig: Mention) -> str | None:
        """The word that governs place ``i`` (or the list it opens) after the gain ``trig`` when it is one a side
        stands before or is to pass through ("تقف القوات امام احياء X وY"، "باتجاه الدخول الى المركز عبر حي X"),
        heads for ("تقدمت باتجاه X"), or where the side it joined up with is ("التحمت بالمقاومة في مديرية X",
        "التحم"): ground not told taken; None for another place."""
        if _entry(trig).get("sub_event_type") not in TERRITORY:
            return None
        tops = self.doc.toponyms
        g = getattr(tops[i], "group", None)
        first = min(
            (j for j in range(len(tops)) if g is not None and getattr(tops[j], "group", None) == g), default=i
        )
        start = tops[first].phrase_start
        if start <= trig.nspan.end:
            return None
        before = [w.lstrip("و") for w in _words_between(self.text, trig.nspan.end, start)]
        # (a plural kind of place may stand between: "امام احياء X"، "عبر قري X")
        last = before[-2:-1] if before[-1:] and before[-1] in _PLACE_KINDS else before[-1:]
        if last and (last[0] in _FACED_OR_PASSED or last[0] in _HEADED_FOR):
            return last[0]
        return "التحم" if _JOINED_UP_IN.search(" ".join(before[-5:])) is not None else None

    def _where_a_source_is(self, i: int) -> bool:
        """A place right after the sources telling the news and their kind, then what they said ("مصادر محلية في
        مديرية X ان"، "مصدر عسكري في X لـ"، "قالت مصادر طبية بعدن ان"): where they are, not where the act was."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        type_word = getattr(t, "type_word", None)
        # (a bi- written onto the name or its type word, not the ب that opens بلدة itself)
        bi = (
            start < t.start
            and self.text.startswith("ب", start)
            and (not type_word or self.text.startswith(type_word[:2], start + 1))
        )
        words = [
            w.lstrip("و") for w in _words_between(self.text, start - 40 if start > 40 else 0, start)[-4:]
        ]
        if not bi:
            if words[-1:] != ["في"]:
                return False
            words.pop()
        while words and words[-1] in _SOURCE_KINDS:
            words.pop()
        if not words or words[-1] not in ("مصادر", "مصدر"):
            return False
        after = _words_between(self.text, t.end, t.end + 24)[:2]
        # (what they said, or whom they told it: "… في X ان"، "… في X لوكالة"، "… في X امس ان")
        return (bool(after) and (after[0] == "ان" or (after[0].startswith("ل") and len(after[0]) > 3))) or (
            len(after) == 2 and after[1] == "ان"
        )

    def _in_a_title(self, i: int) -> bool:
        """A place in the title of a commander ("كمينا لقائد محور X"، "قادة جبهة X"): the front he leads, not
        where the act was (not "مقتل قائد في X", where he was killed)."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        words = [
            w.lstrip("و") for w in _words_between(self.text, start - 40 if start > 40 else 0, start)[-4:]
        ]
        while words and words[-1] in ("محور", "جبهه", "قطاع"):
            words.pop()
        return bool(words) and words[-1].removeprefix("ل").removeprefix("ب") in _COMMANDERS

    def _of_a_mans_office_or_origin(self, i: int) -> bool:
        """A place named as a man's office or origin ("رئيس بلدية X"، "رئيس المجلس المحلي لبلدة X"، "مختار قرية
        X"، "محافظ X"، "ابن مدينة X"، "من أبناء بلدة X"، "من أهالي X"): whose he is, not by itself where the act
        was."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        words = _words_between(self.text, start - 40 if start > 40 else 0, start)[-3:]
        if not words:
            return False
        if words[-1].lstrip("و") in _OFFICE_OR_ORIGIN:
            return True
        return tuple(words[-2:]) in _OFFICE_OF_A_PLACE or tuple(words) in _OFFICE_OF_A_PLACE

    def _where_a_side_is_stationed(self, i: int) -> bool:
        """Place ``i`` is told as where a side is stationed ("المتمركزة في X"، "وتتمركز في جبل X"، "المرابطة في
        X")."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        words = _words_between(self.text, start - 30 if start > 30 else 0, start)[-2:]
        return len(words) == 2 and words[1] == "في" and words[0].lstrip("و") in STATIONED

    def _where_the_man_was(self, i: int) -> int | None:
        """The known place put right after place ``i`` of a man's office or origin with في ("رئيس بلدية X في مدينة
        Y"), which the gazetteer reads as where ``i`` lies: where he was; None when there is none."""
        tops, places = self.doc.toponyms, self.doc.places
        j = i + 1
        if (
            j >= len(tops)
            or not getattr(tops[j], "attached", False)
            or places[j] is None
            or self.text[tops[i].end : tops[j].phrase_start].strip() != "في"
            or not self._of_a_mans_office_or_origin(i)
        ):
            return None
        return j

    def _refused_word(self, i: int) -> bool:
        """A bare name the gazetteer holds (no type word, relation nor anchor) that the geocoder refused to place
        is a word of the text, not a place ("شيوخ"، "سحب"): it locates nothing."""
        t = self.doc.toponyms[i]
        return (
            self.doc.places[i] is None
            and getattr(t, "known", False)
            and not getattr(t, "type_word", None)
            and getattr(t, "relation", None) in (None, "", "in")
            and not getattr(t, "anchor", None)
        )

    def _of_the_motive(self, clause: Clause, i: int) -> bool:
        """A place in the motive of the act, not where it was: "قصف ريف ادلب انتقاما لجنوده المحاصرين في بلدتي
        كفريا والفوعة"، "ردا على قصف مدينة درعا"."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        lo = start - 60
        words = _words_between(self.text, lo if lo > clause.start else clause.start, start)[-7:]
        for w in words:
            if (
                w.lstrip('"«(').lstrip("و") in _MOTIVES
            ):  # (a quotation may open on it: "نفذ "ردا على مجزرة …")
                return True
        return False

    def _list_start(self, clause: Clause, i: int) -> int:
        """The first place of the list toponym ``i`` is in: its group's first, or the first of the places joined
        to it by و before it ("بين اجدابيا وطبرق"، "بعد الضالع وعدن"); ``i`` when it stands alone."""
        tops = self.doc.toponyms
        g = getattr(tops[i], "group", None)
        first = min(
            (j for j in clause.toponyms if g is not None and getattr(tops[j], "group", None) == g), default=i
        )
        while (
            j := next(
                (j for j in clause.toponyms if self.text[tops[j].end : tops[first].start].strip() == "و"),
                None,
            )
        ) is not None:
            first = j
        return first

    def _joined_before(self, idx: list[int], i: int) -> int | None:
        """The first of the places of ``idx`` joined by و before place ``i``, whatever type words they bear ("في
        جولة الحوض وحي الجحملية"، "في حي X وقرية Y"); None when none is."""
        tops, text, first = self.doc.toponyms, self.text, None

        def joined(j: int, at: int, start: int) -> bool:
            if tops[j].end > at:
                return False
            gap = text[tops[j].end : at].strip()
            # (the و outside the name, or opening the phrase before its type word or name: "وحي الجحملية")
            return gap == "و" or (not gap and at < start and text.startswith("و", at))

        at, start = tops[i].phrase_start, tops[i].start
        while (
            j := next((j for j in idx if j != i and joined(j, at, start)), None)
        ) is not None and j != first:
            first, at, start = j, tops[j].phrase_start, tops[j].start
        return first

    def _between_places(self, clause: Clause, i: int) -> bool:
        """Places named as what lies between ("مفترق طرق يربط بين مدن ردفان والضالع وتعز"، "الواقعة بين محافظتي
        ابين وشبوة"): a description of where something is, not where the act was — but for the first of the places
        a road runs between, where an act on that road is coded ("غارة على الطريق الرابط بين مديرية عسيلان ومديرية
        بيحان": at Usaylan, not at Bayhan too nor the governorate around both)."""
        tops = self.doc.toponyms
        first = self._list_start(clause, i)
        if (
            first == i
            and i - 1 in clause.toponyms
            and _SECOND_OF_A_PAIR.fullmatch(self.text, tops[i - 1].end, tops[i].start) is not None
        ):
            # (the second of the road's pair with its own type word: "بين مديرية X ومديرية Y")
            return self._on_a_road_between(clause, self._list_start(clause, i - 1))
        at = tops[first].start
        lo = at - 20
        window = self.text[lo if lo > clause.start else clause.start : at].split()[-2:]
        if _BETWEEN_WORDS.isdisjoint(window):
            return False
        return first != i or not self._on_a_road_between(clause, i)

    def _on_a_road_between(self, clause: Clause, i: int) -> bool:
        """Place ``i`` opens the places a road runs between: "الطريق (العام) الرابط بين X"."""
        at = self.doc.toponyms[i].start
        return _A_ROAD_BETWEEN.search(self.text, max(clause.start, at - 45), at) is not None

    def _compared_with(self, clause: Clause, i: int) -> bool:
        """Places a ranked thing is compared with ("لتصبح المحافظة الثالثة المحررة بعد الضالع وعدن"، "الموصل
        ثاني اكبر مدن العراق بعد بغداد"): the places after بعد that the rank counts from, not where the act was."""
        t = self.doc.toponyms[self._list_start(clause, i)]
        at = getattr(t, "phrase_start", t.start)
        lo = at - 60
        words = _words_between(self.text, lo if lo > clause.start else clause.start, at)
        if not words or words[-1] != "بعد":
            return False
        return any(w.removeprefix("ال").removesuffix("ه") in _RANKS_COUNTED for w in words[-6:-1])

    def _names_an_act(self, i: int, trig: Mention | None = None) -> bool:
        """A bare place name right after the noun of an act names that act ("واجبر هجوم سوروتش انقرة"، "بعد
        تفجير سروج"): an act known by its place, not where the act ``trig`` (when not that noun) was."""
        t = self.doc.toponyms[i]
        start = t.phrase_start
        if start < 4 or t.type_word is not None or self.text[start - 1] != " ":
            return False
        w = self.text[self.text.rfind(" ", 0, start - 1) + 1 : start - 1]
        if w not in _ACT_NAMED_BY_PLACE and w[1:] not in _ACT_NAMED_BY_PLACE:
            return False
        return trig is None or not (trig.nspan.start <= start - 2 < trig.nspan.end + 1)

    def _source_of_fire(self, i: int) -> bool:
        """ "سقطت قذيفة صاروخية في شارع الثورة مصدرها حي جوبر": where the fire came from, not where it fell."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        before = _words_between(self.text, start - 24 if start > 24 else 0, start)[-2:]
        if any(w in _SOURCE_OF_FIRE for w in before):
            return True
        if before[-1:] != ["من"] and (before[:1] != ["من"] or before[-1] not in _FIRED_FROM_AREAS):
            return False  # (most places)
        # "قصفت المدفعية التركية من ولاية هكاري مواقع … في شمال العراق": the place the shelling was fired from,
        # its doer alone between the verb and من — not "قصف الطيران بلدات من ريف حلب" (a share of the place)
        words = _words_between(self.text, start - 60 if start > 60 else 0, start)[-6:]
        words = words[: -1 if words[-1] == "من" else -2]
        for k in range(len(words) - 1, -1, -1):
            w = words[k].lstrip("وف")
            if w.startswith(_FIRED_FROM_VERBS):
                return all(
                    x not in _PARTS and x not in _SHARES and x not in _HIT_PARTS for x in words[k + 1 :]
                )
        return False

    def _base_flown_from(self, i: int) -> bool:
        """ "بانطلاق طائرات مقاتلة من قاعدة انجرليك": a base aircraft set out from (see :meth:`_destination`);
        "طائرات انطلقت من قاعدة جوية في ولاية X": the place the base is in."""
        t = self.doc.toponyms[i]
        if getattr(t, "type_word", None) in ("قاعده", "مطار") and self._destination(i):
            return True
        start = getattr(t, "phrase_start", t.start)
        return self._took_off_from(
            start, _words_between(self.text, start - 40 if start > 40 else 0, start)[-3:]
        )

    def _took_off_from(self, start: int, before: list[str]) -> bool:
        """The place at ``start`` (``before``: the words right before it) is where aircraft took off from: "انطلقت
        من قاعدة القيادة الجوية الثامنة في ولاية X"، "اقلعت من مطار X" — never where they struck."""
        if "من" not in before and "في" not in before:
            return False  # (most places)
        lo = start - 90 if start > 90 else 0
        return self.text.find(" من", lo, start) != -1 and _TAKE_OFF.search(self.text, lo, start) is not None

    def _destination(self, i: int) -> bool:
        """ "تعزيزات كانت متجهة الى محافظة تعز", "قادمين من الرقة": where a convoy was going or coming from is not
        where the ambush happened; "طائرات سلاح الجو من قاعدة طبرق الجوية": nor is the base aircraft flew from."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        before = _words_between(self.text, start - 40 if start > 40 else 0, start)[-3:]
        if getattr(t, "type_word", None) in ("قاعده", "مطار"):
            wider = _words_between(self.text, max(0, start - 60), start)[-6:]
            if before[-1:] == ["من"] and any(w.lstrip("و").startswith(_AIRCRAFT_WORDS) for w in wider):
                return True
            # (the clitics stripped, or the و alone: فتحت opens on a ف of its own)
            if any(
                w.lstrip("وفبل").startswith(_BASE_USED) or w.lstrip("و").startswith(_BASE_USED)
                for w in wider[-4:]
            ):
                # "استخدمت الولايات المتحدة قاعدة انغرليك لارسال طائرات دون طيار نفذت هجمات"، "فتحت قاعدة
                # انجرليك للطائرات": the base the aircraft fly from, not where they struck
                return True
        if self._took_off_from(start, before):
            return True
        if before[-1:] in (["العاصمه"], ["مستشفي"]):
            # "نقل الجرحى الى العاصمة بغداد"، "نقلوا الى مستشفى منبج"
            before = _words_between(self.text, max(0, start - 48), start)[-4:-1]
        if before[-1:] not in (["الي"], ["نحو"], ["من"], ["باتجاه"]):
            return False
        if before[-1] == "من" and before[-3:-1] and before[-3] == "في" and before[-2] in _FIGHTS_TOLD_BARE:
            # "والدة أحد الذين قتلوا في المعارك من بلدة X": where the dead came from, after the fighting they fell in
            # (told with no place of its own) — not where it was
            return True
        # (the motion a few words back, its time or the place it left between: "هربت صباح امس من عدن باتجاه")
        wider = [
            w.lstrip("و") for w in _words_between(self.text, start - 60 if start > 60 else 0, start)[-7:-1]
        ]
        return any(w.startswith(_MOTION) for w in wider) or (
            before[-1] != "من" and any(w.startswith(_FLED) for w in wider)
        )

    def _whence(self, i: int) -> bool:
        """ "قادمين من الرقة"، "عائلات متحدرة من الفوعة": where people or a convoy came from (see
        :meth:`_destination`), which says nothing of where the text now is — unlike where they were going
        ("كان قادما باتجاه ميناء درنة، وتم اعتراضه")."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        return _words_between(self.text, start - 12 if start > 12 else 0, start)[-1:] == [
            "من"
        ] and self._destination(i)

    def _country_just_before(self, i: int, start: int) -> bool:
        """A whole country is named close before place ``i`` ("في سوريا المقابلة لمدينة كيليس")."""
        tops = self.doc.toponyms
        k = i - 1
        while k >= 0 and tops[k].end >= start - 40:
            if self._country_wide(k):
                return True
            k -= 1
        return False

    def _locates_another(self, i: int) -> bool:
        """The place says where something else is, not where the act was: the point a distance is measured from
        ("سبها، التي تبعد بنحو 750 كيلومترا جنوب العاصمة طرابلس"), a body's seat ("التي يوجد مقرها في طرابلس"،
        "ومقره بريطانيا"), where a press conference or a speech was held ("في مؤتمر صحافي عقده في انقرة")."""
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        lo = start - 60 if start > 60 else 0
        if self.text.find("بعد", lo, start) != -1 and _LIES_AT.search(self.text, lo, start) is not None:
            return True  # (every distance _LIES_AT reads holds بعد: most places have none before them)
        before = _words_between(self.text, start - 40 if start > 40 else 0, start)[-4:]
        for w in before[-3:]:
            if w.lstrip("و") in _SEATS or _a_distance_unit(w):
                return (
                    True  # (a distance: "في منطقة الثرثار … 55 كلم غرب بغداد", the point it is measured from)
                )
        if before[-1:] and before[-1].lstrip("و") in _ACROSS_IT:
            return True  # "المواقع … والتي يقابلها مطار المزة العسكري": what faces the place told before
        if (
            before
            and (
                before[-1].lstrip("و") in _FACING_A_LANDMARK
                or (
                    len(before) > 1 and before[-2].lstrip("و") in _FACING_A_LANDMARK and before[-1][:1] == "ل"
                )
            )
            and self._country_just_before(i, start)
        ):
            # "المنطقة الحدودية في سوريا المقابلة لمدينة كيليس": a landmark across the border from the country
            # where the act was, not where it was
            return True
        if i > 0 and (
            (before[-2:-1] and before[-1] == "من" and before[-2] in _NEAR_ADJECTIVES)
            or (before[-1:] and before[-1].lstrip("و") in _ACROSS)
        ):
            # "بلدتا خراب الشحم وغرز القريبتان من درعا"، "بلدة سروج، التي تقابل بلدة عين العرب": the town the
            # places named just before lie near or across from
            prev = self.doc.toponyms[i - 1]
            if 0 <= start - prev.end <= 40:
                return True
        if i > 0 and 0 <= start - self.doc.toponyms[i - 1].end <= 80:
            # "سهل الغاب الذي يقع قرب مدينة حماة"، "الزيارة التي تمتد على … وتقع شمال جسر الشغور": a relative clause
            # that puts the place named just before near this one
            gap = _words_between(self.text, self.doc.toponyms[i - 1].end, start)
            if (
                2 <= len(gap) <= 10
                and gap[0].lstrip("و") in _WHICH
                and any(w.lstrip("و") in _LIES for w in gap[-3:])
                and not any(c in self.text[self.doc.toponyms[i - 1].end : start] for c in ".،,؛")
            ):
                return True
        # "قال الوزير عقب لقائه بنظيره الإيطالي في روما إن …"، "خلال اجتماع مع نظيره في موسكو أن …": a meeting or a
        # visit told as when a statement was made, the place closing it and the statement's words (إن، أن) right
        # after, is where the meeting was (not "انفجرت عبوة خلال اجتماع للوجهاء في الرمادي": no statement follows)
        end = getattr(t, "phrase_end", t.end)
        if "ان" in _words_between(self.text, end, end + 30)[:3]:
            window = _words_between(self.text, start - 60 if start > 60 else 0, start)[-7:]
            if any(
                w in _MEETINGS and window[k - 1].lstrip("و") in _WHILE_MEETING
                for k, w in enumerate(window)
                if k > 0
            ):
                return True
        while before and before[-1] in ("في", "من", "مدينه", "العاصمه", "ب"):
            before.pop()
        # "في مؤتمر صحافي في انقرة"، "في كلمة في القاهرة": the speech itself, named right before the place; "وقال
        # امام الصحافيين في انقرة"، "قال للصحافيين في X"، "في تصريح ادلى به في X": where the words were told
        return bool(before) and (
            before[-1] in _HELD_SPEECH
            or before[-1] in _SPEECHES
            or (before[-1] in ("صحافي", "صحفي") and before[-2:-1] in (["مؤتمر"], ["مؤتمرا"]))
            or before[-1] in _TO_THE_PRESS
            or (before[-1] in _THE_PRESS and before[-2:-1] == ["امام"])
            or (before[-1] in ("به", "بها") and before[-2:-1] in (["ادلي"], ["ادلت"], ["ادلوا"]))
        )

    def _side_locality(self, clause: Clause, i: int, trig: Mention) -> bool:
        """The toponym comes right after the first side the clause names, its subject (before the act, or right
        after its verb), with في or bi- alone between: "المقاومة الشعبية في تعز"، "طردت المقاومة الشعبية بمأرب"
        (the doer's branch of that place; a side hit has its place where it was hit: "هاجمت مواقع الحوثيين في
        صرواح"، "غارات على مواقع الحوثي في محافظة عمران")."""
        actors = clause.of("actors")
        if not actors:
            return False
        first = actors[0]
        if (
            first.nspan.end > trig.nspan.start
            and len(_words_between(self.text, trig.nspan.end, first.nspan.start)) > 1
        ):
            return False
        t = self.doc.toponyms[i]
        start = getattr(t, "phrase_start", t.start)
        between = self.text[actors[0].nspan.end : start]
        if between == " في ":
            return True
        if between != " " or not self.text.startswith("ب", start):
            return False
        # (the ب a clitic, not a letter of the type word or the name: "قصفت فصائل المعارضة بلدتي الفوعة وكفريا"
        # names the towns shelled, "طردت المقاومة الشعبية بمحافظة مأرب" the side's branch)
        head = self.text[start : t.start].split()[:1]
        return bool(head) and head[0] not in TYPE_WORDS and head[0] not in RELATIONS

    def _names_an_actor(self, clause: Clause, i: int) -> bool:
        """ "شنت الولايات المتحدة غارات", "قالت موسكو": a country or capital that acts is an actor, not where it
        happened; after a locative preposition ("في دمشق", "الى موسكو") it is a place again."""
        t = self.doc.toponyms[i]
        for m in clause.of("actors"):
            if m.nspan.start <= t.start and t.end <= m.nspan.end:
                break
        else:
            return False  # (no actor holds it)
        word_start = self.text.rfind(" ", 0, t.start) + 1
        place = self.doc.places[i]
        if (
            getattr(t, "type_word", None) in _SETTLEMENT_TYPES
            and place is not None
            and place.country in (self.doc.country, None)
        ):
            # "انفجرت عبوة في مدينة دمشق": the capital named as a city is a place (not so "صوب العاصمة دمشق"،
            # "الواقعة شمال غرب العاصمة دمشق": the capital as a landmark); so is a village of the country that
            # bears a capital's name ("قرى قسطون والقاهرة")
            return False
        prefix = self.text[word_start : t.start]
        before = self.text[max(0, word_start - 6) : word_start].split()[-1:]
        locative = prefix.lstrip("وف")[:1] == "ب" or any(w in _LOCATIVE for w in before)
        if not locative and prefix[:1] == "و":
            # "في اسطنبول وانقره واضنه": a capital joined by و to a place named right before it is the next of
            # the list of places (not "قالت دمشق وموسكو", both actors)
            k = next((k for k in clause.toponyms if self.doc.toponyms[k].end == word_start - 1), None)
            return k is None or self._names_an_actor(clause, k)
        return not locative

    def _country_wide(self, i: int) -> bool:
        """A whole country ("في سوريا", "اليمن") does not locate a conflict event: the place the text was
        last about does better, and failing that the event keeps no place of its own."""
        place = self.doc.places[i]
        if place is None or not (place.gazetteer_id or "").startswith("country:"):
            return False
        # ("جبال قنديل شمال العراق": a place the gazetteer lacks, put in the country the text names, is a place)
        top = self.doc.toponyms[i]
        iso3 = settlement_country(top)
        if iso3 is not None:
            # "في بلدة تركية أخرى": a town of that country other than the one the text was about; "في بلدة تركية"
            # is one only where the article names no town of that country (else it is likely that town: "في
            # بلدة تركية قريبة من الحدود … في بلدة سروج")
            return not (
                _ANOTHER.match(self.text, top.end)
                or not any(
                    p is not None and p.country == iso3 and p.precision in (GEO_TOWN, GEO_NEAR)
                    for p in self.doc.places
                )
            )
        return name_key(top.name) in COUNTRY_KEYS or lands_country(top.name) is not None

    def _in_country(self, i: int, trig: Mention | None = None) -> bool:
        """A place abroad (a country name, a foreign capital) is not where a local event happens — unless its
        sentence names a side of that country and the place comes after the act's word, where it hit ("غارات
        جوية نفذها الجيش السوري على قرية …" in a roundup whose country is another)."""
        place = self.doc.places[i]
        if place is None or self.doc.country is None or place.country is None:
            return True
        if place.country == self.doc.country or {place.country, self.doc.country} in _ONE_THEATRE:
            return True
        t = self.doc.toponyms[i]
        relation = getattr(t, "relation", None) or ""
        if _town_told_as_such(t) or relation == "near" or relation.endswith("-of"):
            # "مدينة عين العرب" in a report from Turkey, "قرب الموصل" in a Syrian roundup, "على قرية شمال شرقي
            # اربيل": a town named as such, or as what something was near or off, is where things happen
            return True
        if getattr(t, "type_word", None) in _DIVISION_WORDS and place.precision == 3 and place.admin1:
            return (
                True  # "وسقطت قذائف على منطقة جازان" of a Yemen report: the neighbour's region named as one
            )
        if trig is None or t.start < trig.nspan.end:
            return False
        if place.precision == 1 and self._where_the_act_was(t, trig, told=place.gazetteer_id):
            return True  # "وانفجرت سيارة مفخخة اليوم في انقرة": the city after the act, where it went off
        if self._names_a_side(i):
            return False  # a capital that also names its government (واشنطن، نيروبي) stays abroad
        return place.country in self._sentence_countries(i)

    def _towns_told_as_such(self) -> set[str]:
        """The gazetteer ids of the towns the article names as such somewhere ("مدينة سوروتش التركية"): its later
        bare mentions of them are of those towns too (worked out once)."""
        told = self._towns_told
        if told is None:
            places = self.doc.places
            told = self._towns_told = {
                p.gazetteer_id
                for t, p in zip(self.doc.toponyms, places, strict=True)
                if p is not None and p.precision == 1 and p.gazetteer_id is not None and _town_told_as_such(t)
            }
        return told

    def _where_the_act_was(self, t: Any, trig: Mention, *, told: str | None = None) -> bool:
        """The place is written as where the act was, right after it in its clause ("في" before it, only the
        act's own words between them: a time, a weapon), and its sentence names no place at home — where a
        name abroad is more likely a word misread ("سقوط قذيفة في الباب الكبير" in a report from Taiz) — unless
        the article names that town as such elsewhere (gazetteer id ``told``: "هجوم انتحاري استهدف مدينة سوروتش
        التركية" then "ووقع الانفجار في حديقة مركز ثقافي في سوروتش الواقعة على بعد عشرة كلم من كوباني")."""
        start = getattr(t, "phrase_start", t.start)
        c = self._clause_at(trig.nspan.start)
        if start > c.end or start - trig.nspan.end > _WHERE_REACH:
            return False
        if not self.text.endswith(" في ", 0, start):
            return False
        return not self._names_home(c.sentence) or (told is not None and told in self._towns_told_as_such())

    def _names_a_side(self, i: int) -> bool:
        """Whether an actor's mention overlaps toponym ``i`` (asked once per toponym)."""
        named = self._named_sides.get(i)
        if named is None:
            t = self.doc.toponyms[i]
            named = self._named_sides[i] = any(
                m.nspan.start < t.end and t.start < m.nspan.end
                for m in self.doc.mentions
                if m.kind == "actors"
            )
        return named

    def _names_home(self, sentence: int) -> bool:
        """Whether the sentence names a place in the article's country (asked once per sentence)."""
        home = self._home_named.get(sentence)
        if home is None:
            country = self.doc.country
            places = self.doc.places
            home = self._home_named[sentence] = any(
                (p := places[j]) is not None and p.country == country
                for x in self._by_sentence[sentence]
                for j in x.toponyms
            )
        return home

    def _sentence_countries(self, i: int) -> frozenset[str]:
        """The countries of the sides the sentence of toponym ``i`` names (by the lexicon)."""
        memo = self.doc.memo.get("sentence_countries")
        if memo is None:
            by_sentence: dict[int, set[str]] = {}
            where: dict[int, int] = {}
            for c in self.doc.clauses:
                names = by_sentence.setdefault(c.sentence, set())
                names.update(
                    m.data["entry"].get("country") for m in c.of("actors") if m.data["entry"].get("country")
                )
                for j in c.toponyms:
                    where[j] = c.sentence
            memo = self.doc.memo["sentence_countries"] = {
                j: frozenset(by_sentence.get(sent, ())) for j, sent in where.items()
            }
        return memo.get(i, frozenset())

    def _named(self, i: int) -> bool:
        return bool(getattr(self.doc.toponyms[i], "name", None))

    def _specificity(self, i: int) -> int:
        """Lower is more specific: a neighbourhood or village beats its city, a city its province."""
        t = self.doc.toponyms[i]
        tw = getattr(t, "type_word", None) or ""
        rel = getattr(t, "relation", None) or ""
        place = self.doc.places[i]
        if rel.endswith("-of") and tw in ("مدينه", "بلده", "قريه"):
            return 2  # "جنوب مدينة عين العرب": around a town named as such, closer than its province
        if rel and rel not in ("in", "near", ""):
            return 4  # "ريف حلب", "شمال حلب": a region relative to an anchor
        if tw in ("حي", "حيي", "احياء", "الحي", "شارع", "حاره", "دوار", "ساحه"):
            return 0
        if (
            tw == "منطقه"
            and (place is None or place.precision == GEO_NEAR)
            and not t.name.startswith(CAPITAL_WORDS)
        ):
            # "في منطقة السجر شمال غرب القضاء"، "منطقة مثلث العلم عند المدخل الشرقي لمدينة عدن": an area the index
            # lacks, or holds only by the town it lies by, is a locality — finer than that town
            return 1
        if tw in ("محافظه", "المحافظه"):
            # "وتعرضت محافظة حلب لقصف … قرية رسم العبود بريف حلب": a governorate named as such is no finer than a
            # region off a city, and coarser than a village or area the index places only in it
            return 4
        if tw in ("ريف", "الريف", "منطقه", "ولايه", "اقليم"):
            return 3
        if t.name.startswith(CAPITAL_WORDS):
            return (
                3  # "العاصمة" named in passing ("التي تربط العاصمة بشمال العراق"): a place named does better
            )
        if place is not None and place.precision == 3:
            return 3
        return 1

    # -- the main walk ------------------------------------------------------------------------------------

    def run(self) -> list[Draft]:
        for s_idx in sorted(self._by_sentence):
            self._sentence(self._by_sentence[s_idx])
        self._blasts_caused_as_told_after()
        self._blasts_caused_by_a_side()
        self._opponents_named_nearby()
        self._exact_day_told_after()
        self._day_of_a_run_from_its_first()
        self._acts_like_the_one_before()
        self._missiles_fired_with_guns()
        return self.drafts

    def _missiles_fired_with_guns(self) -> None:
        """A strike told only by the vacuum missiles it fired, with guns' shells beside them and no aircraft,
        barrel nor raid in its clause ("واستهدفت قوات الأسد بالصواريخ الفراغية وقذائف المدفعية بلدات X وY"), was
        fired from the ground: a shelling (the missiles alone, or with a craft named, are the aircraft's)."""
        for d in self.drafts:
            c = d.clause
            if d.category != "conflict" or d.sub_event_type != "Air/drone strike":
                continue
            weapons = c.of("weapons")
            air = [w for w in weapons if means_of(w) in (AIR, "drone")]
            if (
                not air
                or any(w.data["entry"].id != "vacuum_missile" for w in air)
                or not any(means_of(w) == ARTILLERY for w in weapons)
                or any(means_of(a) in (AIR, "drone") or _aircraft_of(self.text, a) for a in c.of("actors"))
                or any(
                    _entry(t).get("means") in (AIR, "drone") and _VACUUM not in t.norm
                    for t in c.of("triggers")
                )
            ):
                continue
            d.sub_event_type, d.means = _SHELLING, ARTILLERY

    def _acts_like_the_one_before(self) -> None:
        """An act told as like the one before it ("قصف بالبراميل على قرية X، بالإضافة إلى قصف مماثل على قرية Y"),
        no weapon of its own named, was done as that act was: it takes that act's type and means (the one told
        last before it in its sentence or the one before)."""
        for k, d in enumerate(self.drafts):
            trig = d.trigger
            if (
                d.category != "conflict"
                or d.weapons
                or trig.data["entry"].id not in ("shelling_noun", "attack_noun", "target_noun")
                or not _LIKE_THE_ONE_BEFORE.match(self.text, trig.nspan.end)
            ):
                continue
            like = next(
                (
                    x
                    for x in reversed(self.drafts[:k])
                    if x.category == "conflict"
                    and x.trigger.nspan.end <= trig.nspan.start
                    and d.clause.sentence - 1 <= x.clause.sentence <= d.clause.sentence
                ),
                None,
            )
            if like is not None and like.event_type == d.event_type:
                d.sub_event_type, d.means = like.sub_event_type, like.means

    def _day_of_a_run_from_its_first(self) -> None:
        """An act told on the Nth day of a run ("شنت الشرطة لليوم الثاني على التوالي حملة اعتقالات") without a day
        of its own, next to a flashback that tells an act of the same kind on a day of its own ("وكانت الشرطة شنت
        امس عملية كبيرة"): that day was the run's first, the act's is N-1 days after it (no later than the
        report). Without such a flashback the run ends on the day the text is at (most reports)."""
        published = self.doc.article.published
        for d in self.drafts:
            dv = d.date
            if (
                d.category != "conflict"
                or dv is None
                or dv.date is None
                or dv.basis not in ("inherited", "publication")
                or (n := day_of_a_run(self.text, d.clause.start, d.clause.end)) is None
            ):
                continue
            first = self._first_day_of_the_run(d.clause)
            if first is None:
                continue
            day = first + dt.timedelta(days=n - 1)
            # (a run that ends before the day the text is at had another first day: "وكانت الطائرات قصفت يوم
            # الاحد الماضي …" told of the week before)
            if dv.date <= day and (published is None or day <= published):
                d.date = DateValue(day, TIME_DAY, "relative")

    def _first_day_of_the_run(self, c: Clause) -> dt.date | None:
        """The day a flashback in the sentence before or after ``c``'s ("وكانت … شنت امس …") gives an act of a
        kind ``c`` tells too (a trigger of the same entry)."""
        from rasad.pipeline import _own_day  # (pipeline imports this module)

        kinds = {t.data["entry"].id for t in c.of("triggers")}
        for s in (c.sentence + 1, c.sentence - 1):
            clauses = self._by_sentence.get(s) or []
            if not clauses or not kinds & {t.data["entry"].id for x in clauses for t in x.of("triggers")}:
                continue
            for x in clauses:
                if _own_day(x) and is_quoted_past(self.text, clauses[0].start, x.end):
                    return x.date.date  # type: ignore[union-attr]  # (a day of its own: see _own_day)
        return None

    def _exact_day_told_after(self) -> None:
        """An act dated only to a part of a month or a week ("ادت غارة في مطلع يوليو الى مقتل …") takes the day a
        clause after it gives for the act told again ("وقال المتحدث ان القيادي قتل في الثامن من يوليو"): a clause
        with a day of a month written (not أمس: the days after «قبل أيام» are other days' news), within the part
        told, within :data:`_EXACT_DAY_SENTENCES` sentences, that tells the act again (its deaths, or an act of
        its type) and makes no event of its own, with no other act told between them."""
        from rasad.pipeline import _own_day  # (pipeline imports this module)

        published = self.doc.article.published
        drafts = [d for d in self.drafts if d.category == "conflict"]
        made = {d.clause.index for d in self.drafts}
        for i, d in enumerate(drafts):
            dv = d.date
            if (
                dv is None
                or dv.date is None
                or dv.precision not in (TIME_WEEK, TIME_MONTH)
                or dv.basis not in ("explicit", "relative")
            ):
                continue
            nxt = drafts[i + 1].clause.index if i + 1 < len(drafts) else len(self.doc.clauses)
            for c in self.doc.clauses[d.clause.index + 1 : nxt]:
                if c.sentence > d.clause.sentence + _EXACT_DAY_SENTENCES or (
                    c.sentence != d.clause.sentence and self._another_incident(c.sentence)
                ):
                    break
                own = c.date
                if (
                    c.index in made
                    or own is None
                    or own.date is None
                    or not _own_day(c)
                    or (published is not None and own.date > published)
                    or not conflict_triggers(self.doc, c)
                ):
                    continue
                if (
                    _within_the_part(own.date, dv)
                    and self._day_of_a_month_written(c, own.date)
                    and all(
                        _entry(t).get("voice") == "victim" or _entry(t).get("event_type") == d.event_type
                        for t in conflict_triggers(self.doc, c)
                    )
                ):
                    d.date = own
                break

    def _day_of_a_month_written(self, c: Clause, day: dt.date) -> bool:
        """The clause writes ``day`` as a day of a month ("في الـ8 من يوليو"، "في 8 يوليو")."""
        return any(
            e.kind == DATE
            and (dv := resolve_written(e, self.doc.article.published, self.doc.memo.get("reference_day")))
            is not None
            and dv.date == day
            for e in find_time_expressions(self.text, c.start, c.end)
        )

    def _blasts_caused_by_a_side(self) -> None:
        """A blast of no doer whose next sentence says it came of an attack that is no event of its own ("هزت
        انفجارات عنيفة مدينة يريم. وجاءت الانفجارات عقب قصف طيران التحالف لمعسكر …") was set off by that
        attack's doer."""
        for d in self.drafts:
            if d.category != "conflict" or d.actor1 is not None or d.trigger.data["entry"].id != "explosion":
                continue
            if d.clause.of("actors") or any(
                x.clause.sentence == d.clause.sentence + 1 for x in self.drafts if x.category == "conflict"
            ):
                continue  # (the attack told as an event of its own: the blast is merged with it)
            caused = self._cause_told_next(d.clause)
            if caused is None:
                continue
            agent, _ = self._agent_and_target(*caused)
            if agent is not None and not _civilian(agent):
                d.actor1 = self._actor(agent)
                if (means_of(agent) or _aircraft_of(self.text, agent)) == AIR and bare_blast(d):
                    # (the blasts of the strikes of its aircraft: "عقب قصف طيران قوات التحالف")
                    d.event_type, d.sub_event_type = MEANS_SUBTYPE[AIR]
                    d.means = AIR

    def _opponents_named_nearby(self) -> None:
        """ "استعادت المقاومة الشعبية والجيش الوطني القصر الرئاسي …، آخر معاقل المتمردين": a battle told with one
        side only is fought with the one opposing side named around it — in its sentence, the one before it in its
        paragraph (not at places of another province), or the article's lead; two or more opposing sides named
        there leave it open."""
        text = self.text
        for d in self.drafts:
            if (
                d.category != "conflict"
                or d.event_type != "Battles"
                or d.actor1 is None
                or d.actor2 is not None
            ):
                continue
            a1 = d.actor1
            if not a1.code or a1.code[3:] not in _FIGHTING_CODES:
                continue
            if any(
                self._victims_side(d.clause, m) and self._actor(m).code == a1.code
                for m in d.clause.of("actors")
            ):
                # "فيما اسفرت المعارك نفسها عن مقتل 20 عنصرا من التنظيم": the dead of the side's own told of a fight
                # already told — its toll is summed with that fight's (see finalize), not a new pair's
                continue
            s = d.clause.sentence
            para = text.rfind("\n", 0, d.clause.start)
            near = {s, 0} | {x for x in (s - 1,) if x >= 0 and self._sentence_start(x) > para}
            found: dict[str, list[Actor]] = {}
            for c in self.doc.clauses:
                if c.sentence not in near:
                    continue
                if self._apart(c, d.clause) and (c.sentence not in (s, 0) or self._set_beside(c, d.clause)):
                    continue  # (the sides of an act in another province, set beside it, are not its)
                for m in c.of("actors"):
                    if (
                        is_generic(m)
                        or _civilian(m)
                        or m.data["entry"].get("means") == AIR
                        or _support_word(text, m) in _SUPPORT
                        or _supplier(text, m)
                        or (c.sentence == s and _prev_word(text, m).lstrip("وف") in _SAYING)
                    ):
                        # (aircraft fight no battle on the ground: "طيران التحالف"; nor a side's backer, leader or
                        # trainer: "القوة التي دربها الجيش الامريكي"; nor one who tells of it: "وقال الجيش الامريكي ان …";
                        # nor the one arms were got from: "مدرعات حصلت عليها من التحالف")
                        continue
                    other = self._actor(m)
                    if not other.code or other.code[3:] not in _FIGHTING_CODES or _one_camp(other, a1):
                        continue
                    if (other.code == a1.code and _camp_of(other) == _camp_of(a1)) or any(
                        other.code == x.code for x in d.assoc
                    ):
                        continue  # (its own side, or the side acting with it: "المقاومة والجيش")
                    # (sides of one camp are one opposing side: "الحوثيون وقوات صالح")
                    found.setdefault(_camp_of(other), []).append(other)
            if len(found) == 1:
                (camp,) = found.values()
                # (the first named, a faction split from a state's forces after the movement it fights with)
                other = next((x for x in camp if "faction" not in (x.name or "")), camp[0])
                if other.code != a1.code:
                    d.actor2 = other

    def _bodies_told_before(self, c: Clause) -> Actor | None:
        """The armed side whose men's bodies the sentence before (or the clauses before in this one) told found,
        when the clause speaks of the bodies again with the article ("الجثتين"، "الجثث"): that side."""
        if not any(
            (m.data.get("prefix", "") + m.norm).lstrip("و").startswith(_BODIES_AGAIN)
            or m.norm.startswith(_BODIES_AGAIN)
            for m in c.of("cues")
        ):
            return None
        for pc in reversed(self.doc.clauses[max(0, c.index - 6) : c.index]):
            if pc.sentence < c.sentence - 1:
                break
            for q in pc.of("cues"):
                if not q.norm.lstrip("وب").startswith(_BODIES):
                    continue
                for m in pc.of("actors"):
                    if m.nspan.start > q.nspan.end and self._victims_side(pc, m) and not _civilian(m):
                        side = self._actor(m)
                        return side if (side.code or "")[3:] in _FIGHTING_CODES else None
        return None

    def _set_beside(self, a: Clause, b: Clause) -> bool:
        """Two clauses of a sentence with one that opens with a verb of coming between them or at the later one
        ("…، وتأتي هذه التطورات عقب مقتل 12 مسلحا في اشتباكات …"): the later act is told as the background of
        the other."""
        if a.sentence != b.sentence:
            return False
        lo, hi = sorted((a.index, b.index))
        return any(
            self.text[x.start : x.end].split()[:1] and self.text[x.start : x.end].split()[0] in _CAME
            for x in self.doc.clauses[lo + 1 : hi + 1]
        )

    def _sentence_start(self, s: int) -> int:
        return min((c.start for c in self._by_sentence.get(s, ())), default=-1)

    def _blasts_caused_as_told_after(self) -> None:
        """ "هز انفجار قوي مبنى البلدية" … "وقالت مصادر ان الانفجار ناتج عن سقوط صاروخ غراد"، "… ان انتحاريين دخلا
        المركز وفجرا نفسيهما": a blast no bomb is named for takes the means the next sentences tell of it — the
        rockets or shells that caused it, or the bomber who blew himself up there — so long as no other act at
        another place is told between (the blast told again at its place keeps the story going)."""
        drafts = self.drafts
        for i, d in enumerate(drafts):
            # (a car bomb too, its driver told after: "انفجار سيارة مفخخة" … "وقال مصدر ان انتحاريا كان يقودها")
            car = d.sub_event_type == "Remote explosive/landmine/IED" and any(
                t.data["entry"].id == "car_bomb" for t in d.clause.of("triggers")
            )
            if not (bare_blast(d) or car):
                continue
            told, last, cause = [d], d.clause.sentence, None  # the blast and its retellings, what caused it
            for o in drafts[i + 1 :]:
                if o.clause.sentence > last + _CAUSE_SENTENCES or self._another_incident(o.clause.sentence):
                    break  # ("وفي حادث منفصل، فجر انتحاري نفسه …": another act)
                if o.category != "conflict" or not _a_day_apart(o.date, d.date):
                    continue  # (the report's day may date the cause told: "لم يتبن احد اطلاق الصواريخ اليوم")
                # (or the town the blast's own sentence names it in: "هز انفجار مبنى النقابة في مدينة اللاذقية")
                same_ground = o.place_index is None or self._named_in_sentence(
                    o.place_index, d.clause.sentence
                )
                if not same_ground:
                    if o.event_type in _VIOLENT_ACTS and not o.inherited_place:
                        break  # another act, somewhere else
                    continue
                if o.sub_event_type == "Suicide bomb":
                    if d.actor1 is not None and o.actor1 is not None and d.actor1.name != o.actor1.name:
                        break  # "تفجير وحدات حماية الشعب لسيارتين مفخختين" … "يقودهما انتحاريان من داعش": another's act
                    cause = MEANS_SUBTYPE["suicide"]
                elif self._shells_caused(o) and not car:
                    cause = MEANS_SUBTYPE[ARTILLERY]
                    told.append(o)
                elif o.means in (AIR, "drone") and not car and self._blast_named_before(o):
                    cause = MEANS_SUBTYPE[
                        AIR
                    ]  # "وجاءت الانفجارات عقب قصف طيران التحالف": the strike caused it
                elif bare_blast(o):
                    told.append(o)
                    last = o.clause.sentence
                    continue
                elif o.event_type == "Explosions/Remote violence":
                    break  # a blast of another means: another act, or this one told otherwise
                else:
                    continue
                break
            if cause is not None:
                for x in told:
                    x.event_type, x.sub_event_type = cause
                    x.means = "suicide" if cause == MEANS_SUBTYPE["suicide"] else ARTILLERY

    def _named_in_sentence(self, i: int, sentence: int) -> bool:
        """The place mention ``i`` names a place the sentence names too."""
        clauses = self._by_sentence.get(sentence) or []
        if not clauses:
            return False
        start, end = clauses[0].start, clauses[-1].end
        return any(start <= t.start < end and self._one_ground(i, j) for j, t in enumerate(self.doc.toponyms))

    def _another_incident(self, sentence: int) -> bool:
        """The sentence turns to another story ("من جهة أخرى") or tells another incident ("في حادث منفصل"،
        "هجوم آخر")."""
        if opens_new_topic(self.doc, sentence):
            return True
        clauses = self._by_sentence.get(sentence) or []
        return (
            bool(clauses)
            and _ANOTHER_INCIDENT.search(self.text, clauses[0].start, clauses[-1].end) is not None
        )

    def _blast_named_before(self, d: Draft) -> bool:
        """The blast is named again (definite) before the act in its clause: "وجاءت الانفجارات عقب قصف الطيران"."""
        return any(
            t.data["entry"].id == "explosion" and _definite(t) and t.nspan.end <= d.trigger.nspan.start
            for t in d.clause.of("triggers")
        )

    def _shells_caused(self, d: Draft) -> bool:
        """ "ان الانفجار ناتج عن سقوط صاروخ غراد": the blast told again (definite) with the rockets or shells that
        caused it named after it in its clause, and no bomb."""
        if (
            d.sub_event_type != "Remote explosive/landmine/IED"
            or d.trigger.data["entry"].id != "explosion"
            or not _definite(d.trigger)
        ):
            return False
        after = [w for w in d.clause.of("weapons") if w.nspan.start >= d.trigger.nspan.end]
        means = {w.data["entry"].get("means") for w in after}
        return ARTILLERY in means and means.isdisjoint(
            ("suicide", "ied", "chemical", "grenade", AIR, "drone")
        )

    def _takeover_of_the_background(self, clauses: list[Clause]) -> bool:
        """A sentence that tells only a change of hands, with no day of its own, after a passage that tells no act
        ("ويضم الجانبان جماعات مسلحة … . وسيطر المتشددون الموالون لداعش على مدينة سرت"): how things stand, told
        as background, not the day's news."""
        return all(c.date is None or c.date.basis not in ("explicit", "relative") for c in clauses) and all(
            _entry(t).get("sub_event_type") in TERRITORY
            for c in clauses
            for t in conflict_triggers(self.doc, c)
        )

    def _sentence(self, clauses: list[Clause]) -> None:
        text = self.text
        self._claim_of_the_act_told(clauses[0])
        self._blame_of_the_act_told(clauses[0])
        self._claim_of_the_two_acts(clauses)
        if not any([conflict_triggers(self.doc, c) for c in clauses]):  # every clause's (background is noted)
            # no act reported: the sentence only tells where the text now is (its dead, if any, belong to no
            # event of this sentence) — unless it is a statistic (see _settle_place)
            self._unread_places.append((clauses, True))
            # (of sentences that open on a verb in the present: "ويضم الجانبان جماعات مسلحة"، "ويعمل مع حكومته")
            first = self.text[clauses[0].start : clauses[0].start + 16].split()[:1]
            present = bool(first) and _PRESENT_OPENING.match(first[0]) is not None
            self._quiet_run = self._quiet_run + 1 if present else 0
            return
        quiet, self._quiet_run = self._quiet_run, 0
        if quiet >= _BACKGROUND_RUN and self._takeover_of_the_background(clauses):
            return
        if self._statistic(clauses):
            before = self._before_a_running_total(clauses) or self._act_of_a_day_after_a_tally(clauses)
            if before is None:
                # (the acts it sums up, which the next sentence may go on telling: see _tally_told_on)
                self.doc.memo["tally"] = (
                    clauses[0].sentence,
                    {t.data["entry"].id for c in clauses for t in c.of("triggers")},
                )
                return  # aggregated statistics, not an event report
            clauses = before  # (the act of the day told before a running total)
        if self._tally_told_on(clauses) or self._acts_that_go_on_named_again(clauses):
            return
        # "وهي الهجمات التي اسفرت عن سقوط عشرات القتلى": the toll of attacks told before is no event either
        retold = any(_restated(text, m) for c in clauses for m in c.of("triggers"))
        # the dead of a sentence that names acts only as background are theirs ("بعد ثلاثة ايام على هجوم
        # انتحاري … واسفر عن مقتل 32 شخصا"), no event of this report
        # (not when a clause of its own after the background tells an act: "وبعد يومين على الهجوم الذي اوقع 32
        # قتيلا في سروج، قتل جنديان تركيان")
        bg_clauses = self.doc.memo.get("background_clauses", ())
        retold = retold or (
            clauses[0].sentence in self.doc.memo.get("background_sentences", ())
            and not any(
                _entry(t).get("pos") == "verb"
                and (c.index not in bg_clauses or self._after_a_background_toll(c, t))
                for c in clauses
                for t in conflict_triggers(self.doc, c)
            )
        )
        # a cause that cannot stand ("في مواجهة تنظيم داعش": facing, no clash) does not take the dead
        has_cause = retold or any(
            _entry(m).get("voice") != "victim"
            and (not _entry(m).get("weak") or self._supported(c, m) or self._accident(m))
            for c in clauses
            # (not the circumstances told after the dead: "سقط 20 قتيلا في بلدة …، مع استمرار المعارك في محيط
            # البلدات المحاصرة" — the battles going on did not kill them)
            if not (c.index > clauses[0].index and text.startswith(_CIRCUMSTANTIAL, c.start))
            for m in conflict_triggers(self.doc, c)
        )
        sentence_drafts: list[Draft] = []
        pending = Casualties()
        earlier = Casualties()  # dead counted before an item that opens with its own (see below)
        counted = False  # an earlier clause gave the number of dead
        account = False  # after a count, another source began its own account of the dead
        lost: Mention | None = None  # the side of the pending dead, named with them ("احد قادة داعش")
        pending_at: Clause | None = None  # the clause that told the pending dead last
        for ci, c in enumerate(clauses):
            if ci == 0 and _run_in_heading(self.doc, c):
                continue  # "مقتل قاض داعشي وفي بعقوبة، افاد مصدر …": the heading's dead are the body's to tell
            trigs = conflict_triggers(self.doc, c)
            if trigs:  # (most clauses have none to filter)
                if has_cause:
                    trigs = [t for t in trigs if _entry(t).get("voice") != "victim"]
                elif c.index in bg_clauses:
                    # (the dead told in a clause that names an act as background are that act's: "وبعد يومين
                    # على الهجوم الذي اوقع 32 قتيلا"; not a death told after them: "…، قتل جنديان")
                    trigs = [
                        t
                        for t in trigs
                        if _entry(t).get("voice") != "victim" or self._after_a_background_toll(c, t)
                    ]
                trigs = [t for t in trigs if not _entry(t).get("weak") or self._supported(c, t)]
                trigs = [
                    t
                    for t in trigs
                    if not self._condemned_reference(c, t)
                    and not pluperfect(self.doc, c, t)
                    and not _place_pointed_at_saw(text, c, t)
                    and not _known_act_as_topic(text, c, t)
                ]
            if trigs and sentence_drafts and self._riots_dead(c, trigs, sentence_drafts[-1]):
                # "اندلعت مواجهات بين شبان فلسطينيين وقوات الاحتلال، اسفرت عن استشهاد شاب برصاص الجنود": the
                # riot's dead, its toll (ACLED), no attack of its own
                trigs = []
            if trigs and self.text.startswith(_ENABLING, c.start):
                # "ومكن سقوط المدينة المعارضة من السيطرة على معظم المحافظة": an act known, told as what made
                # another possible, and what it made possible — how things came to stand, not the day's acts
                trigs = [t for t in trigs if _entry(t).get("pos") != "noun"]
            if trigs and (  # (a clause without triggers has none to drop: the checks are not asked)
                is_historical(self.doc, c)
                or (
                    self.text.startswith(_CIRCUMSTANTIAL, c.start)
                    and not self._act_of_its_own(c, trigs, sentence_drafts)
                )
            ):
                trigs = []
            if trigs and (
                is_future(self.text, c.start, c.end)
                or _COMING_DAYS.search(self.text, c.start, c.end) is not None
            ):
                trigs = [t for t in trigs if _done_before_it(self.text, t, c.start, c.end)]
            cut = self._background_toll_end(c) if trigs and c.index in bg_clauses else None
            story = self.doc.memo.get("place_stories", {}).get(c.index) if trigs else None
            if story is not None:
                # "… في منطقة دار سعد التي ارتكب فيها الحوثيون قبل يومين مجزرة ذهب ضحيتها العشرات": the acts and
                # dead of the place's story are not those of the clause
                trigs = [t for t in trigs if t.nspan.start < story]
            if counted and trigs and text.startswith(_WHILE, c.start) and not _another_account(text, c.start):
                # "قتل 4 مقاتلين في داريا، في حين هاجم التنظيم حاجزا …، ومعلومات عن قتلى من قوات النظام": the
                # item opened with an act of its own tells its own dead, not the number counted before again
                counted = False
            cas = (
                count_casualties(text, c.start, story, c.mentions, counted_before=counted)
                if story is not None
                else count_casualties(text, cut, c.end, c.mentions, counted_before=counted)
                if cut is not None
                else count_casualties(text, c.start, c.end, c.mentions, counted_before=True)
                if counted
                else self._casualties(c)
            )
            if (
                cas.fatalities
                and story is None
                and cut is None
                and (more := self._companion_clauses(c, clauses))
            ):
                # "بمقتل ابو عبدالله الحوثي، ابن شقيق زعيم الجماعة، برفقة قياديين آخرين": the companions told
                # after the one named died with him
                cas = count_casualties(
                    text,
                    c.start,
                    more[-1].end,
                    [m for x in (c, *more) for m in x.mentions],
                    counted_before=counted,
                )
            if (
                not cas.explicit
                and story is None
                and cut is None
                and (rel := self._toll_risen_past_a_relative(c, clauses)) is not None
            ):
                # "ارتفعت حصيلة قتلى المعارك، التي تدور في مدينة درنة بين …، إلى 11 شخصا": the number the toll
                # rose to, told after the relative clause that says which fight
                cas = count_casualties(
                    text, c.start, rel.end, [*c.mentions, *rel.mentions], counted_before=counted
                )
            if cas.fatalities and _dead_of_a_long_fight(text, c):
                cas = Casualties(injuries=cas.injuries)  # (the dead of weeks of fighting: no day's toll)
            subject_side: Mention | None = None
            if not cas.explicit and cas.fatalities and (told := self._counted_across_an_aside(c)) is not None:
                cas, subject_side = told  # "ان خمسة اشخاص، بينهم طفلان، قتلوا": the five
            if counted and (_another_account(text, c.start) or _total_told_again(text, c)):
                account = True  # "… عن ستة قتلى، فيما تحدثت وسائل اعلام عن تسعة قتلى": one more count, not more dead
            counted = counted or cas.explicit
            if not trigs:
                # "… بعد تحرير عدن والحوطة ولودر": places of a past act named as background are not where the
                # text now is
                self._unread_places.append(([c], False))
                if self._toll_of_background(c):
                    self._dead_of_the_act_answered(clauses, c, cas)
                    continue  # "… بعد ثلاثة ايام على هجوم انتحاري …، واسفر عن مقتل 32 شخصا": that act's dead
                told = sentence_drafts[-1].casualties if sentence_drafts else pending
                if not account and (
                    claimed := _claimed_toll(text, clauses[0], cas, self.drafts, sentence_drafts)
                ):
                    told, account = (
                        claimed,
                        True,
                    )  # (as below: the claimant's account of the dead told before)
                if account and cas.explicit and told.explicit and _same_dead(told, cas):
                    if _risen_total(text, c):
                        # "…، وقال مصدر طبي ان عدد القتلى ارتفع الى 20": the toll risen since, no other account
                        _risen_to(told, cas)
                    else:
                        # two accounts of the same dead: the lower figure stands (ACLED's conservative rule)
                        _keep_lower(told, cas)
                    account = False
                    continue
                if cas.fatalities or cas.injuries:
                    # "كما قتل ستة اشخاص، … جراء استهداف …": an item opener starts the next event's toll
                    if sentence_drafts and not _opens_item(text, c.start):
                        if _vague_again(text, c, cas, sentence_drafts[-1].casualties):
                            # "مقتل 17 حوثيا، … حيث لا تزال هناك العديد من الجثث تحت الانقاض": the dead counted
                            # before, told again without their number
                            cas = Casualties(injuries=cas.injuries)
                        # (of one act told at several places, the first named: "اشتبكت … لدى محاولتهم اقتحام
                        # قرى الهديدة والفسلوج …، ما اسفر عن مقتل 22 مسلحا" — ACLED's rule for an unsplit toll)
                        told = _first_of_its_act(sentence_drafts).casualties
                        if cas.explicit and not told.explicit and told.fatalities and _same_dead(told, cas):
                            # "وقتل مدنيون في قصف …، وقد اعلنت السلطات عن ستة قتلى": the number of the dead
                            # told before without one
                            _numbered(told, cas)
                        elif cas.explicit and told.explicit and _risen_total(text, c):
                            # "قتل 5 اشخاص في القصف، ليرتفع عدد القتلى الى 20": the toll risen to is the
                            # new total of the same dead, not more dead
                            _risen_to(told, cas)
                        elif (
                            cas.explicit
                            and text.startswith(_WHILE, c.start)
                            and self._apart(c, sentence_drafts[-1].clause)
                        ):
                            # "انفجرت سيارات مفخخة في العاصمة …، وفيما قتل 27 من الكتائب في بيجي": dead told
                            # meanwhile in another province are not the act's
                            pass
                        elif cas.explicit and self._tolls_at_the_places_told(c, sentence_drafts, cas):
                            # "قصفت الطائرات مدينتي X وY، ما ادى الى مقتل 7 في X و3 في Y": each place its dead
                            self._split_by_place.add(c.index)
                        elif cas.explicit and self._toll_at_one_more_place(c, sentence_drafts, cas):
                            # "…، مخلفة 3 قتلى بقرية X و5 بقرية Y، اضافة لقتيلين بتل Z": the list goes on
                            self._split_by_place.add(c.index)
                        else:
                            told.add(cas)
                        last = sentence_drafts[-1]
                        if last.actor2 is None and last.event_type in (
                            "Battles",
                            "Explosions/Remote violence",
                        ):
                            # "اقتحم انتحاري بسيارة مفخخة نقطة تفتيش، ما ادى الى مقتل 9 جنود": the side the dead
                            # told after the act are named as was hit
                            last.actor2 = self._victims_side_actor(c, last.actor1)
                            if (
                                last.actor2 is None
                                and last.actor1 is not None
                                and (m := self._lost_side(c)) is not None
                                and (lost_actor := self._lost_actor(m, last)) is not None
                                and not allied_actors(last.actor1, lost_actor)
                            ):
                                # (or of whom they were: "ضربة جوية استهدفت سيارة وقتلت عضوين من الحزب"; not the
                                # doer's allies, who fell fighting with it) — at each place the act was told at
                                for x in sentence_drafts:
                                    if (
                                        x.clause is last.clause
                                        and x.trigger is last.trigger
                                        and x.actor2 is None
                                    ):
                                        x.actor2 = self._lost_actor(m, x) or lost_actor
                    elif cas.explicit and _opens_item(text, c.start):
                        # "قتل نحو 30 … في جبهات القتال، بينما لقي 7 مدنيين مصرعهم … في قصف": the item opened
                        # with its own dead is another story, the dead counted before it are not its — unless
                        # it is a battle, whose sides' dead are told one by one ("ارتفع عدد قتلى الحوثيين الى
                        # 18، في حين قتل 7 مقاتلين من المقاومة، في المواجهات")
                        earlier.add(pending)
                        pending, lost = cas, self._lost_side(c)
                    else:
                        pending.add(cas)
                        lost = self._lost_side(c) or lost
                    pending_at = c
                continue
            dead_before = sentence_drafts[-1].casualties if sentence_drafts else pending
            if not account and (
                claimed := _claimed_toll(text, clauses[0], cas, self.drafts, sentence_drafts)
            ):
                # "وتبنى الحزب الهجوم موضحا في بيان ان عشرات الجنود قتلوا": the claimant's account of the dead
                # of the act told before
                dead_before, account = claimed, True
            if (
                account
                and cas.explicit
                and dead_before.explicit
                and all(_entry(t).get("voice") == "victim" or _entry(t).get("pos") == "noun" for t in trigs)
                and _same_dead(dead_before, cas)
            ):
                # "سقوط خمسة قتلى من عناصر الحزب …، فيما زعمت قيادة الحزب ان عنصرين فقط لقيا حتفهما (في
                # المعارك)": another account of the same dead, told with a verb of dying or where they fell; the
                # lower figure stands (the act it names, when none was told yet, takes the dead counted)
                _keep_lower(dead_before, cas)
                account = False
                if sentence_drafts:
                    continue
                cas = Casualties()
            following = clauses[ci + 1 :]
            drafts: list[Draft] = []
            # the most specific trigger first; if it cannot stand (a vague "استهدف" with no side named), the
            # next one may ("وشنت الجبهة هجوما … استهدف مقاتلين")
            # (of one act's words, the verb that tells it before the noun that names it: "تفاصيل عملية الخطف …
            # عناصر من جبهة النصرة اختطفوا قائد الفرقة")
            # (an act named after بعد / عقب is the background of the act the clause's verb tells before it:
            # "وقصفت قوات النظام بلدة كفرنبل بعد تفجير استهدف حاجزا لها" — the shelling is the report)
            for trig in sorted(
                trigs,
                key=lambda m: (
                    _set_after_an_act(text, m, trigs) or _an_answer(text, m, trigs),
                    _taken_in_a_fight(text, m, trigs),
                    -_rank(m),
                    not _tells(m, trigs),
                    m.nspan.start,
                ),
            ):
                drafts = self._drafts_for(c, trig, trigs, sentence_drafts, following=following)
                if drafts:
                    break
            if drafts and len(trigs) > 1 and (more := self._second_report(c, drafts, trigs, sentence_drafts)):
                # "قال ان الطيران قصف مناطق في الزبداني وان مقاتلي المعارضة ردوا باطلاق الصواريخ على قريتين قرب
                # ادلب": a second report (وان …) in the clause tells an act of its own
                drafts = [*drafts, *more]
            if (
                drafts
                and len(trigs) > 1
                and (fight := self._fight_gone_with(c, drafts, trigs, sentence_drafts))
            ):
                # "اشتباكات عنيفة ترافقت مع قصف جوي": the fight is an event of its own beside the strike
                drafts = [*drafts, *fight]
            if drafts and sentence_drafts and self._amid_at_the_town_before(c):
                # "تدور اشتباكات … في محيط بلدة عتمان، وسط قصف جوي على مناطق في البلدة": at that town
                at = sentence_drafts[-1].place_index
                drafts = [d for d in drafts if d.place_index in (at, drafts[0].place_index)][:1]
                drafts[0].place_index = at
            if drafts and (held := self._held_for(c, drafts[0].trigger, trigs)) is not None:
                # "اعلن الوزير اعتقال المتورطين في التفجير الذي استهدف سوقا … الجمعة": the arrest is told as
                # well as the act those held are suspected of
                arrests = self._drafts_for(c, held, trigs, sentence_drafts, following=following)
                for d in drafts:
                    if d.actor1 is not None and any(
                        a.actor1 is not None and a.actor1.code == d.actor1.code for a in arrests
                    ):
                        # (who arrested them is not who set off the bomb)
                        d.actor1 = None
                        d.spans = [x for x in d.spans if x[0] != "actor1"]
                drafts = [*arrests, *drafts]
            if drafts:
                if cas.fatalities and self._dead_of_the_background(c, drafts[0].trigger, cas):
                    cas = Casualties()  # "وجاءت المداهمات بعد مقتل 32 شخصا في تفجير": the bombing's dead
                if cas.explicit and (split := self._tolls_by_place(c, drafts, cas)):
                    drafts = split  # "قتل 3 في قرية X و5 في قرية Y": each village its act and its dead
                else:
                    drafts[0].casualties.add(cas)
                if subject_side is not None and drafts[0].actor2 is None:
                    drafts[0].actor2 = self._lost_actor(subject_side, drafts[0])
                if cas.explicit and _opens_item(text, c.start):
                    earlier.add(pending)  # (the item that opens with its own dead: see below)
                    pending = Casualties()
                if (
                    (pending.fatalities or pending.injuries)
                    and pending_at is not None
                    and _opens_item(text, c.start)
                    and drafts[0].event_type != "Battles"
                    and self._apart(pending_at, c)
                ):
                    # "قتل ثلاثة حوثيين في محافظة البيضاء، في حين شن طيران التحالف غارات … في مأرب": the dead
                    # of another province, told before the item the act opens, are not its
                    earlier.add(pending)
                    pending, lost = Casualties(), None
                if (
                    (pending.fatalities or pending.injuries)
                    and pending_at is not None
                    and none_hurt(text, c.start, following[0].end if following else c.end)
                ):
                    # "فيما قضى رجل اثر انفجار في مستودع، بينما قصفت القوات بلدة X، دون انباء عن اصابات": the act
                    # told to have hurt nobody takes none of the dead told before it
                    pending, lost = Casualties(), None
                if pending.fatalities or pending.injuries:
                    drafts[0].casualties.add(pending)
                    pending = Casualties()
                    if (
                        lost is not None
                        and (
                            drafts[0].actor2 is None
                            # (or the side carried from the article's other acts, none named in the act's clause:
                            # "كما قتل ستة من مليشيا الحشد الشعبي واصيب 12 في اشتباك مع مقاتلي داعش" — not the army
                            # of the battle told before)
                            or (
                                not drafts[0].carried_actor
                                and drafts[0].actor1 is not None
                                and not any(role == "actor2" for role, _, _ in drafts[0].spans)
                                and (lost_actor := self._lost_actor(lost, drafts[0])) is not None
                                and (lost_actor.code or "")[3:] in ("MIL", "REB", "UAF")
                            )
                        )
                    ):
                        # "مقتل صالح الطائي، احد قادة داعش، في غارة لطيران التحالف": the dead told before
                        # the act were that side's
                        drafts[0].actor2 = self._lost_actor(lost, drafts[0])
                    elif lost is not None and self._civilians_by_default(drafts[0]):
                        # "جنديا تركيا قتل …، برصاص اطلق من الجانب السوري": an armed side's dead make the
                        # shooting a fight with that side, not an attack on civilians
                        side = self._lost_actor(lost, drafts[0])
                        if side is not None and (side.code or "")[3:] in ("MIL", "REB", "UAF"):
                            drafts[0].event_type, drafts[0].sub_event_type = "Battles", "Armed clash"
                            drafts[0].actor2 = side
                lost = None
                if (earlier.fatalities or earlier.injuries) and drafts[0].event_type == "Battles":
                    drafts[0].casualties.add(earlier)
                earlier = Casualties()
            elif cas.fatalities or cas.injuries:
                # its acts made no event ("اسفرت عن قتل 25 …، وتدمير مواقع": the destruction is the strike's):
                # its dead are the act told before
                if sentence_drafts and not _opens_item(text, c.start):
                    _first_of_its_act(sentence_drafts).casualties.add(cas)  # (see above)
                else:
                    pending.add(cas)
            sentence_drafts.extend(drafts)
        if (
            (pending.fatalities or pending.injuries)
            and sentence_drafts
            and sentence_drafts[-1].event_type == "Battles"
        ):
            # "…، اسفرا عن مصرع 11 …، فيما قتل 3 من الثوار": the other side's dead, told last, are the battle's
            # — at the first place it was told at, as the dead before them (ACLED: the dead of several places
            # not split between them go to the first named: "كمينين في نقيل الابل والهجره")
            _first_of_its_act(sentence_drafts).casualties.add(pending)
        if (pending.fatalities or pending.injuries) and not sentence_drafts:
            risen = self._toll_risen_of_the_act_before(clauses, pending)
            act = None if risen is not None else self._act_a_source_goes_on_with(clauses)
            if risen is not None:
                # "قتل 12 شخصا في انفجار سيارة مفخخة. وارتفعت حصيلة الضحايا الى 20 قتيلا": the new total of the
                # dead of the act told just before, not more dead nor another account
                _risen_to(risen.casualties, pending)
            elif act is not None:
                # "نفذت المقاومة عمليتين استهدفتا مواقع للحوثيين. وأوضح مصدر أن هناك قتلى وجرحى في صفوفهم إثر
                # استهداف دورية": the dead a source goes on to tell, with no act of their own that stands, are
                # those of the act told just before
                act.casualties.add(pending)
        sentence_drafts = self._massacres_told_on(sentence_drafts)
        for d in sentence_drafts:
            if d.sub_event_type == "Protest with intervention" and d.casualties.fatalities:
                d.sub_event_type = "Excessive force against protesters"  # a crowd broken up with deaths
            elif d.sub_event_type in ("Peaceful protest", "Arrests") and (
                d.casualties.fatalities or d.casualties.injuries
            ):
                # (and an arrest has no dead of its own: "مطالبين باعتقال ابن عم الاسد … كونه قتل ضابطا" — the
                # killing he is held for is another act)
                # nobody broke it up: the dead the sentence counts are what the crowd protested ("اعتصم الف شخص
                # احتجاجا على قتل …") or another act's, never the protest's (ACLED: a peaceful protest has none)
                d.casualties = Casualties()
            # "قتل نجل النائب على ايدي المقاومة، بينما كان يقاتل في صفوف الحوثيين": a fighter of that side,
            # killed in the fighting — a battle, not an attack on a civilian
            if (
                d.event_type == "Violence against civilians"
                and d.sub_event_type == "Attack"
                and d.actor1 is not None
                and (d.actor2 is None or self._civilians_by_default(d))
                and (side := self._side_fought_for(d)) is not None
            ):
                d.event_type, d.sub_event_type, d.actor2 = "Battles", "Armed clash", side
            # "قتل سبعة عراقيين": the dead a nationality names are that state's civilians
            nationals = self._nationals_counted(d)
            if nationals is not None and (d.actor2 is None or (d.actor2.code or "").endswith("CVL")):
                d.actor2 = civilians(nationals)
            # civilians among the dead make them the target of a strike or attack with none named — and so do
            # the others counted on from a toll of civilians ("قتل 28 مدنيا …. واوضح المرصد ان 7 اخرين قتلوا")
            if (
                d.actor2 is None
                and (d.casualties.detail.get("civilians") or self._others_of_civilians(d))
                and d.event_type != "Battles"
            ):
                d.actor2 = self._where_it_was(
                    self._civilians_of(d.clause), None, d.place_index, d.clause.sentence
                )
            # so do a bomb's dead of no side ("فجر انتحاري نفسه في المدينة ما اوقع 30 قتيلا"): a blast where no side
            # is named as hit, and none of its dead as fighters, hit the people there
            elif (
                d.actor2 is None
                and d.sub_event_type in _BOMBINGS
                and d.casualties.fatalities
                and not d.casualties.detail.get("combatants")
                # (not the bombers' own accident: "لقي اربعة من مسلحي داعش مصرعهم اثناء تجهيز سيارة مفخخة")
                and not _OWN_DEVICE.search(self.text, d.clause.start, d.clause.end)
                and self._no_side_but_the_doer(d)
            ):
                d.actor2 = self._where_it_was(
                    self._civilians_of(d.clause), None, d.place_index, d.clause.sentence
                )
        self.drafts.extend(sentence_drafts)

    def _side_fought_for(self, d: Draft) -> Actor | None:
        """The side the one killed was fighting for, told after the act in its sentence ("، بينما كان يقاتل في
        صفوف ميليشيا الحوثي"، "اثناء قتاله الى جانب الحوثيين"), when it is not the doer's."""
        end = self.doc.sentences[d.clause.sentence][1]
        m = _FOUGHT_FOR.search(self.text, d.trigger.nspan.end, end)
        if m is None:
            return None
        side = next(
            (
                a
                for x in self._by_sentence[d.clause.sentence]
                for a in x.of("actors")
                if m.end() <= a.nspan.start - len(a.data.get("prefix", "")) <= m.end() + 12
            ),
            None,
        )
        if side is None:
            return None
        actor = self._actor(side)
        if not actor.code or actor.code[3:] not in _FIGHTING_CODES or actor.code == d.actor1.code:
            return None
        return as_armed(as_military(actor))

    def _others_of_civilians(self, d: Draft) -> bool:
        """The dead of ``d`` are counted as others only ("7 اخرين قتلوا"), and the toll counted last before
        them, in this sentence or the one before, was of civilians: others of them."""
        cas = d.casualties
        if not cas.fatalities or len(cas.spans) != 1:
            return False
        start, end = cas.spans[0]
        # (the count and its "others" before the verb, "7 اخرين قتلوا", or after it, "وقتل 7 اخرون")
        if _OTHERS_TOO.isdisjoint(self.text[max(0, start - 14) : end + 8].split()[1:-1]):
            return False
        before = [
            x
            for x in self.drafts
            if x.casualties.fatalities
            and x.casualties.spans
            and x.clause.sentence >= d.clause.sentence - 1
            and max(e for _, e in x.casualties.spans) <= start
        ]
        return bool(before) and bool(before[-1].casualties.detail.get("civilians"))

    def _toll_risen_of_the_act_before(self, clauses: Sequence[Clause], toll: Casualties) -> Draft | None:
        """The act told with its counted dead in the sentence right before ``clauses`` (the same paragraph), when
        the sentence, with no act of its own, tells their toll risen ("وارتفع عدد القتلى الى 20") with no day nor
        span of its own; else None."""
        if not self.drafts or not toll.explicit:
            return None
        text = self.text
        first, last = clauses[0], self.drafts[-1]
        if (
            last.clause.sentence != first.sentence - 1
            or "\n" in text[last.clause.end : first.start]
            or not last.casualties.explicit
            or not any(_risen_total(text, c) for c in clauses)
            or text.find("منذ", first.start, clauses[-1].end) != -1
            or any(c.date is not None and c.date.basis in ("explicit", "relative") for c in clauses)
        ):
            return None
        return _first_of_its_act([d for d in self.drafts if d.clause.sentence == last.clause.sentence])

    def _act_a_source_goes_on_with(self, clauses: Sequence[Clause]) -> Draft | None:
        """The act told in the sentence right before ``clauses`` (the same paragraph), a fight or a strike with no
        counted dead of its own, when the sentence opens with a source telling more ("وأوضح مصدر أن …"); else
        None."""
        if not self.drafts:
            return None
        first, last = clauses[0], self.drafts[-1]
        if (
            last.clause.sentence != first.sentence - 1
            or "\n" in self.text[last.clause.end : first.start]
            or not opens_with_telling(self.text, first.start)
            or last.event_type not in ("Battles", "Explosions/Remote violence")
            or last.casualties.explicit
            or last.casualties.fatalities
            or first.sentence in self.doc.memo.get("background_sentences", ())
        ):
            return None
        # (not the dead of an act of another day the source names: "والهجوم الذي اوقع اربعة قتلى … في 5 يونيو")
        day = last.date.date if last.date is not None else None
        if any(
            c.date is not None and c.date.basis in ("explicit", "relative") and c.date.date != day
            for c in clauses
        ):
            return None
        return _first_of_its_act([d for d in self.drafts if d.clause.sentence == last.clause.sentence])

    def _dead_of_the_act_answered(self, clauses: Sequence[Clause], toll: Clause, cas: Casualties) -> None:
        """ "وأوضح أن الغارات جاءت ردا على هجوم نفذه مسلحون الخميس على موقع للجيش قرب الحدود، قتل فيه ضابط صف": the
        dead (``cas`` of clause ``toll``, pointed back to the act: "قتل فيه") of an act a sentence names as answered
        on a day of its own are those of the act of that day told before (the clash at the border), not lost."""
        text = self.text
        if not cas.fatalities or _ITS_TOLL.match(text, toll.start, toll.end) is None:
            return
        for c in clauses:
            if c.index >= toll.index or c.date is None or not _ANSWER_HINT.any_within(text, c.start, c.end):
                continue
            if not any(_in_response(text, m) for m in c.of("triggers")):
                continue
            day = c.date.iso()
            act = next(
                (
                    d
                    for d in reversed(self.drafts)
                    if d.category == "conflict" and d.date and d.date.iso() == day
                ),
                None,
            )
            if act is not None:
                act.casualties.add(cas)
            return

    def _claim_of_the_two_acts(self, clauses: Sequence[Clause]) -> None:
        """ "كما انفجرت سيارة مفخخة في الزعفرانية …. واكدت مصادر طبية حصيلة الهجومين اللذين تبناهما التنظيم": the
        two acts a sentence says a side claimed (a dual, with its relative) are the two told last before it, in
        the two sentences before; those of them of no doer are that side's."""
        if not _CLAIM_HINT.any_within(self.text, clauses[0].start, clauses[-1].end):
            return  # (the verb's stem, in every match of _TWO_ACTS_CLAIMED: most sentences have none)
        for c in clauses:
            g = _TWO_ACTS_CLAIMED.search(self.text, c.start, c.end)
            if g is None:
                continue
            claimant = next(
                (
                    m
                    for m in c.of("actors")
                    if m.nspan.start >= g.end() - 1
                    and not _civilian(m)
                    and not is_generic(m)
                    and not (m.data["entry"].get("code") or "").endswith(("GOV", "MIL", "IGO"))
                    and not self.text[g.end() : m.nspan.start - len(m.data.get("prefix", ""))].strip()
                ),
                None,
            )
            # (bombings or strikes, not a toll of one told again: "وكانت حصيلة غير نهائية للتفجير …")
            acts = [
                d
                for d in self.drafts
                if d.event_type == "Explosions/Remote violence" and _entry(d.trigger).get("voice") != "victim"
            ]
            # (one draft an act, whatever places it holds)
            told = list({id(d.trigger): d for d in acts}.values())[-2:]
            if claimant is None or len(told) < 2 or told[0].clause.sentence < c.sentence - _TWO_CLAIMED_REACH:
                return
            actor = as_armed(self._actor(claimant))
            for d in acts:
                if d.trigger in (told[0].trigger, told[1].trigger) and d.actor1 is None:
                    d.actor1 = self._where_it_was(actor, claimant, d.place_index, d.clause.sentence)
            return

    def _claim_of_the_act_told(self, first: Clause) -> None:
        """ "انفجرت سيارة مفخخة امام مسجد … . وتبنى تنظيم داعش الهجوم": a sentence that opens with a side's claim
        of the act (named definite: the one told, not "تبنى هجوما اخر") names the doer of the act told last before
        it, when that act had none."""
        if not self.drafts:
            return
        text = self.text
        if not _CLAIM_HINT.any_within(text, first.start, first.end):
            return  # (most sentences: no word of a claim, the words need not be read)
        verb = next(
            (
                w
                for i, w in enumerate(re.finditer(r"\S+", text[first.start : first.end]))
                if i < _CLAIM_REACH and w.group().lstrip("و") in _CLAIMS_ACT
            ),
            None,
        )
        if verb is None:
            return
        at = first.start + verb.end()
        claimant = next(
            (
                m
                for m in first.of("actors")
                if not _civilian(m)
                and not is_generic(m)
                and not (m.data["entry"].get("code") or "").endswith(("GOV", "MIL", "IGO"))
                and len(text[first.start : m.nspan.start].split()) <= _CLAIM_REACH
            ),
            None,
        )
        if claimant is None:
            return
        # (the act claimed comes after the verb, and after its subject where that follows: "وتبنى التنظيم الهجوم")
        obj = text[max(at, claimant.nspan.end) : first.end].split()[:2]
        if obj[:1] == ["عن"] and verb.group().lstrip("و") in _ITS_RESPONSIBILITY:
            obj = obj[1:]  # "واعلن تنظيم داعش مسؤوليته عن الهجوم": the act after عن
        if not obj or not (obj[0].startswith("ال") or (obj[0] in _ITS_RESPONSIBILITY and obj[1:2] == ["عن"])):
            return
        self._doer_of_the_act_told(first, claimant)

    def _blame_of_the_act_told(self, first: Clause) -> None:
        """ "قتل خمسة مدنيين في قصف على حي الروضة. واتهمت مصادر محلية ميليشيات الحوثي بالوقوف وراء القصف": a
        sentence that opens with a charge laid on a side for the act named definite (the one told) names the doer
        of the act told last before it, when that act had none."""
        if not self.drafts or not _ACCUSING_HINT.any_within(self.text, first.start, first.end):
            return  # (no verb of accusing in the clause: most sentences, not cut into words)
        text = self.text
        words = islice(re.finditer(r"\S+", text[first.start : first.end]), _CLAIM_REACH)
        verb = next((w for w in words if w.group().lstrip("و") in _ACCUSING_VERBS), None)
        if verb is None:
            return
        at = first.start + verb.end()
        accused = next(
            (
                m
                for m in first.of("actors")
                if m.nspan.start >= at
                and _CHARGED_WITH_THE_ACT.match(text, m.nspan.end, first.end) is not None
            ),
            None,
        )
        if accused is None or _civilian(accused) or is_generic(accused):
            return
        self._doer_of_the_act_told(first, accused)

    def _doer_of_the_act_told(self, first: Clause, doer: Mention) -> None:
        """The act a claim or a charge that opens ``first`` is about, told last before it with no doer of its
        own, is ``doer``'s."""
        # (the act itself, not the toll told after it: "… اقتحم انتحاري بجرار مفخخ مركزا للدرك. واكد الجيش ان
        # جنديين قتلا. وتبنى الحزب الهجوم")
        last = next((d for d in reversed(self.drafts) if _entry(d.trigger).get("voice") != "victim"), None)
        if (
            last is None
            or last.actor1 is not None
            or last.event_type not in _CLAIMABLE
            or last.clause.sentence < first.sentence - _CLAIM_SENTENCES_ALONE
        ):
            return
        if last.clause.sentence < first.sentence - _CLAIM_SENTENCES and any(
            d.trigger is not last.trigger and d.event_type in _CLAIMABLE for d in self.drafts
        ):
            return  # (further on, only the one act the report told is surely the one claimed)
        actor = as_armed(self._actor(doer))
        for d in self.drafts:
            if d.trigger is last.trigger and d.actor1 is None:
                d.actor1 = self._where_it_was(actor, doer, d.place_index, d.clause.sentence)

    def _side_answered_on_its_own(self, c: Clause, trig: Mention) -> Mention | None:
        """The side whose acts the act with bi- answered ("رد الجيش على هجمات حزب العمال بقصف …"), when what the
        act hit right after it is that side's by a pronoun ("بقصف مواقعه"، "باستهداف تجمعاتهم"); else None."""
        answered = _answered_from(self.text, trig)
        if answered is None:
            return None
        after = self.text[trig.nspan.end : trig.nspan.end + 24].split()[:1]
        word = after[0].removeprefix("ل") if after else ""
        stem = next((word[: -len(p)] for p in ("هما", "هم", "ها", "ه") if word.endswith(p)), None)
        if not stem or stem not in _TARGET_WORDS | _MILITARY_OBJECTS:
            return None
        return next(
            (
                m
                for m in c.of("actors")
                if answered <= m.nspan.start < trig.nspan.start and not _civilian(m) and not is_generic(m)
            ),
            None,
        )

    def _side_lost_in_its_result(self, c: Clause, nc: Clause) -> Mention | None:
        """The armed side whose men the clause right after ``c`` in its sentence, telling what the act resulted in
        ("، ما اسفر عن مقتل 44 من ميليشيات الحوثي"، "مما ادى الى مقتل عشرة من عناصر التنظيم"), counts among the
        dead or hurt; else None."""
        if nc.sentence != c.sentence or not _RESULT_OPENING.match(self.text, nc.start):
            return None
        return next(
            (
                m
                for m in nc.of("actors")
                if (
                    _one_of_its_men(self.text, m)
                    or _in_ranks(self.text, m)
                    # ("مقتل 44 من ميليشيات الحوثي": a number of them)
                    or (
                        _words_before(self.text, m, 1, chars=8) == ["من"]
                        and bool(numbers_in(self.text, nc.start, m.nspan.start))
                    )
                )
                and (self._actor(m).code or "")[3:] in _FIGHTING_CODES
            ),
            None,
        )

    def _foe_of_the_fight_it_went_with(
        self, c: Clause, trig: Mention, actor1: Actor, previous: list[Draft]
    ) -> Actor | None:
        """The side of the fight told just before in the sentence that is neither ``actor1`` nor its ally, when the
        clause of the strike opens by telling it went with that fight ("، ترافق مع قصف جوي"، "، وسط قصف جوي");
        else None."""
        if not previous:
            return None
        fight = previous[-1]
        if (
            fight.event_type != "Battles"
            or fight.clause.sentence != c.sentence
            or not 0 < c.index - fight.clause.index <= _WENT_WITH_CLAUSES
        ):
            return None
        head = self.text[c.start : trig.nspan.start]
        if not (_WENT_WITH.match(" " + head) or head.split()[:1] == ["وسط"]):
            return None
        return next(
            (
                x
                for x in (fight.actor1, fight.actor2)
                if x is not None and x.code and x.code != actor1.code and not allied_actors(x, actor1)
            ),
            None,
        )

    def _fight_gone_with(
        self, c: Clause, drafts: list[Draft], trigs: list[Mention], previous: list[Draft]
    ) -> list[Draft]:
        """The drafts of the fight a strike or shelling drafted for the clause is told as going with: a clash
        named before it, "ترافقت مع"، "تزامنت مع" between them ("اشتباكات عنيفة ترافقت مع قصف جوي"); none
        otherwise."""
        first = drafts[0].trigger
        if drafts[0].event_type != "Explosions/Remote violence":
            return []
        text = self.text
        for t in trigs:
            e = _entry(t)
            if (
                e.get("sub_event_type") == "Armed clash"
                and e.get("pos") == "noun"
                and t.nspan.end <= first.nspan.start
                and _WENT_WITH.search(text, t.nspan.end, first.nspan.start)
            ):
                more = self._drafts_for(c, t, [t], [*previous, *drafts])
                return [d for d in more if d.sub_event_type == "Armed clash"]
            if (
                e.get("sub_event_type") == "Armed clash"
                and e.get("pos") == "noun"
                and t.nspan.start > first.nspan.end
                and _FIGHT_GOING_ON_WITH.search(text, first.nspan.end, t.nspan.start) is not None
                and (
                    _BOTH_SIDES.match(text, t.nspan.end + 1, c.end) is not None
                    or _ONE_SIDE_AND_THE_OTHER.match(text, t.nspan.end + 1, c.end) is not None
                )
            ):
                # "استهدفت العشرات من البراميل المتفجرة مع استمرار الاشتباكات العنيفة بين قوات النظام …
                # والفصائل": the fight told after, both its sides named, goes on beside the strike
                more = self._drafts_for(c, t, [t], [*previous, *drafts])
                return [d for d in more if d.sub_event_type == "Armed clash"]
        return []

    def _second_report(
        self, c: Clause, drafts: list[Draft], trigs: list[Mention], previous: list[Draft]
    ) -> list[Draft]:
        """The drafts of the act a second report of the clause tells (وان …، وبان …، after the act drafted), at a
        place of its own named after that report opens; none when it names none or no act of its own."""
        text = self.text
        first = drafts[0].trigger
        cut = next((m.end() for m in _AND_THAT.finditer(text, first.nspan.end, c.end)), None)
        if cut is None:
            # (or fire returned by shelling or from the air, after the act it answers: "هاجم مسلحون مركزا للجيش في
            # عرسال فرد الجيش بقصف مواقعهم في الجرود" — at a place of its own, an act of its own)
            cut = next(
                (
                    a
                    for t in trigs
                    if t.nspan.start > first.nspan.end
                    and _entry(t).get("event_type") == "Explosions/Remote violence"
                    and _an_answer(text, t, trigs)
                    and (a := _answer_verb_at(text, t)) is not None
                ),
                None,
            )
        if cut is None:
            return []  # (most clauses)
        rest = [t for t in trigs if t.nspan.start >= cut]
        tops = self.doc.toponyms
        if not rest or not any(tops[i].start >= cut for i in c.toponyms):
            return []
        for trig in sorted(rest, key=lambda m: (-_rank(m), not _tells(m, rest), m.nspan.start)):
            more = self._drafts_for(c, trig, rest, [*previous, *drafts])
            if more:
                if any(
                    d.place_index is None
                    or tops[d.place_index].start < cut
                    or d.place_index == drafts[0].place_index
                    for d in more
                ):
                    return []  # (the place of the act before, or none: the same act told on)
                return more
        return []

    @staticmethod
    def _civilians_by_default(d: Draft) -> bool:
        """An attack whose civilians no word named (the default second side of violence against civilians)."""
        return (
            d.sub_event_type == "Attack"
            and d.actor2 is not None
            and (d.actor2.code or "").endswith("CVL")
            and not any(role == "actor2" for role, _, _ in d.spans)
            and not d.casualties.detail.get("civilians")
        )

    def _lost_side(self, c: Clause) -> Mention | None:
        """The side a clause's dead are named as: in whose ranks (في صفوف), of whom (عنصرا من الجماعه، احد
        قادة داعش، عدد قتلى النظام), or counted (ثلاثة جنود اتراك)."""
        return next(
            (
                m
                for m in reversed(c.of("actors"))
                if not is_generic(m)
                and (
                    _in_ranks(self.text, m)
                    or self._victims_side(c, m)
                    or _counted(self.text, c, m)
                    or _words_before(self.text, m, 1, chars=12) in _DEAD_OF
                )
            ),
            None,
        )

    def _lost_actor(self, m: Mention, d: Draft) -> Actor | None:
        """The side lost, as the target of ``d`` (the side that acted lost no one to its own act)."""
        actor = self._where_it_was(self._actor(m), m, d.place_index, d.clause.sentence)
        if actor is None or not actor.code or (d.actor1 is not None and d.actor1.code == actor.code):
            return None
        return (
            as_armed(as_military(actor))
            if d.event_type in ("Battles", "Explosions/Remote violence")
            else actor
        )

    def _massacres_told_on(self, drafts: list[Draft]) -> list[Draft]:
        """A massacre whose act the sentence tells right after it is that act: "ارتكبت الميليشيات مجزرة في
        مدينة عدن، جنوب اليمن، بعدما امطرت ضاحية دار سعد بصواريخ الكاتيوشا" — the shelling is the event, by
        the side the massacre names."""
        out = list(drafts)
        for d in drafts:
            if d.trigger.data["entry"].id != "massacre":
                continue
            for nc in self.doc.clauses[d.clause.index + 1 : d.clause.index + 4]:
                act = next((x for x in out if x.clause is nc and x is not d), None)
                if nc.sentence != d.clause.sentence or (
                    nc.of("triggers")
                    and not self.text.startswith(_THEN_TOLD, nc.start)
                    and not (act is not None and d.place_index is None and self._the_means(act))
                ):
                    break
                if act is not None:
                    if act.actor1 is None:
                        act.actor1 = d.actor1
                        act.spans += [sp for sp in d.spans if sp[0] == "actor1"]
                    act.casualties.add(d.casualties)
                    out.remove(d)
                    break
        return out

    def _the_means(self, act: Draft) -> bool:
        """The act is told as what the dead just counted fell in: "…، واصيب نحو 225 اخرون في قصف عنيف
        بصواريخ الكاتيوشا" (a weapon's act after في، جراء، اثر، بسبب)."""
        if (act.event_type, act.sub_event_type) not in MEANS_SUBTYPE.values():
            return False
        before = _words_before(self.text, act.trigger, 1, chars=10)
        return bool(before) and before[0] in _IN_THE_MEANS

    def _air_strike_told_on(self, c: Clause, trig: Mention, previous: list[Draft]) -> bool:
        """A bare "قصف" (no weapon named) in a clause that says where the air strikes just told fell ("نفذ
        الطيران 15 غارة على ريف ادلب، حيث قصف بلدات كنصفرة والبارة") or that goes on from them (كما قصف …): the
        aircraft bombed them. So a bare "targeting" that goes on from them ("كما استهدفت تجمعات للمليشيات في …")."""
        if trig.data["entry"].id not in ("shelling_noun", "shelling_verb", "target_verb") or c.of("weapons"):
            return False
        if trig.data["entry"].id == "target_verb" and any(
            a.nspan.start >= trig.nspan.end
            and not a.data.get("prefix", "").startswith(("ل", "ب"))
            and all(
                w in _FORCES_WORDS or w in ("مقاتلو", "مسلحو", "عناصر", "تنظيم") or not w.strip('"«»')
                for w in _words_between(
                    self.text, trig.nspan.end, a.nspan.start - len(a.data.get("prefix", ""))
                )
            )
            for a in c.of("actors")
        ):
            return False  # "كما استهدف عناصر تنظيم داعش مناطق …": the targeting has a subject of its own
        if self.text.startswith(_WHEREBY, c.start):
            return (
                bool(previous)
                and previous[-1].sub_event_type == "Air/drone strike"
                and previous[-1].clause.index == c.index - 1
            )
        # "شن طيران التحالف غارات …. كما قصف معسكرات تابعة للحرس الجمهوري": the aircraft go on striking
        last = previous[-1] if previous else self.drafts[-1] if self.drafts else None
        if last is None or last.sub_event_type != "Air/drone strike":
            return False
        if (
            last.clause.index == c.index - 1
            # (or opening the next sentence: "دمر طيران التحالف مخازن …. وقصف في وقت سابق من اليوم معسكر …")
            and last.clause.sentence in (c.sentence, c.sentence - 1)
            and trig.nspan.start - len(trig.data.get("prefix", "")) == c.start
            and not c.of("actors")
        ):
            return True  # "وشن طيران التحالف 6 غارات على …، وقصف اهدافا اخرى في همدان": the same aircraft, on
        if last.clause.sentence >= c.sentence - 1 and (
            self._continues(c)
            # "قتل 28 مدنيا في قصف جوي …. واوضح المرصد ان 7 اخرين قتلوا جراء قصف على …": others, of the same
            or not _OTHERS_TOO.isdisjoint(_words_between(self.text, c.start, trig.nspan.start))
        ):
            return True
        # "قصف طيران التحالف … مواقع للحوثيين بمدينة لحج. … وقالت مصادر محلية ان القصف استهدف معسكري لبوزه
        # والعند": the bombing named again, a sentence between at most
        return (
            _definite(trig)
            and trig.data["entry"].id == "shelling_noun"
            and last.clause.sentence >= c.sentence - 2
        )

    def _amid_at_the_town_before(self, c: Clause) -> bool:
        """A circumstantial clause that names no place but points back to the town by its kind ("وسط قصف جوي على
        مناطق في البلدة"): at the place of the act told before it."""
        return (
            not c.toponyms
            and self.text.startswith(_CIRCUMSTANTIAL, c.start)
            and _THE_KIND_AGAIN.search(self.text, c.start, c.end) is not None
        )

    def _act_of_its_own(self, c: Clause, trigs: list[Mention], previous: Sequence[Draft] = ()) -> bool:
        """Whether a circumstantial clause ("وسط …"، "فضلا عن …") tells an act of its own rather than the
        circumstances of the act before it: one in a place it names ("وسط تنفيذ الطيران اربع غارات علي منطقه
        غرز"، "فضلا عن اربع غارات قرب طوز خورماتو"), or points back to by its kind when it is of another type
        than the act drafted before it ("تدور اشتباكات … في محيط بلدة عتمان، وسط قصف جوي على مناطق في البلدة"),
        or a battle whose two sides it names ("وسط استمرار الاشتباكات بين الفرقة الرابعة والفصائل")."""
        if any(t.data["entry"].id == "explosion" for t in trigs):
            return False  # "وسط سماع اصوات انفجارات … يعتقد انها من معسكر مرة": blasts heard, the act's own
        if c.toponyms and self._place_context_ok(c):
            return True
        if (
            previous
            and _THE_KIND_AGAIN.search(self.text, c.start, c.end) is not None
            and all(_entry(t).get("event_type") != previous[-1].event_type for t in trigs)
        ):
            return True
        return (
            any(
                _entry(t).get("event_type") == "Battles"
                and _BOTH_SIDES.match(self.text, t.nspan.end + 1, c.end)
                for t in trigs
            )
            and len(c.of("actors")) >= 2
        )

    def _counted_across_an_aside(self, c: Clause) -> tuple[Casualties, Mention | None] | None:
        """The clause opens with its verb of death, and the dead it tells were counted before an aside set off
        by commas: "ان خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا" — five, of the side named with
        them."""
        if c.index < 1 or not any(
            m.data["entry"].get("kind") == "killed" and m.nspan.start == c.start for m in c.of("cues")
        ):
            return None
        subject = self.doc.clauses[c.index - 1]
        if (
            subject.sentence == c.sentence
            and self.text[subject.end : c.start].strip() in ("،", ",")
            and not self.text.startswith(_ASIDES, subject.start)
        ):
            # "ان 28 عنصرا من التنظيم و18 مقاتلا من الفصائل، قتلوا": the dead counted right before the comma,
            # all of them
            if subject.of("victims") and not any(
                m.data["entry"].get("kind") in ("killed", "injured") for m in subject.of("cues")
            ):
                told = count_casualties(self.text, subject.start, c.end, [*subject.mentions, *c.mentions])
                if told.explicit:
                    return told, self._lost_side(subject)
            return None
        if c.index < 2:
            return None
        aside, subject = subject, self.doc.clauses[c.index - 2]
        if subject.sentence != c.sentence or not self.text.startswith(_ASIDES, aside.start):
            return None
        if any(m.data["entry"].get("kind") in ("killed", "injured") for m in subject.of("cues")):
            return None  # (a clause that tells its own dead)
        victims = subject.of("victims")
        for n in reversed(numbers_in(self.text, subject.start, subject.end)):
            noun = next((v for v in victims if 0 < v.nspan.start - n.end <= 1), None)
            if noun is not None:
                group = noun.data["entry"].get("group")
                detail = {
                    "civilians" if group in ("civilian", "child", "woman", "man") else "combatants": n.value
                }
                told = Casualties(n.value, 0, detail, [(n.start, noun.nspan.end)], True)
                return told, self._lost_side(subject)
        return None

    def _dead_of_the_background(self, c: Clause, trig: Mention, cas: Casualties) -> bool:
        """The clause's dead are told after the act and before an act it names as background: that act's."""
        spans = [s for s, _e in self.doc.memo.get("background_spans", ()) if c.start <= s < c.end]
        return (
            bool(spans)
            and bool(cas.spans)
            and all(trig.nspan.end <= a and e <= max(spans) for a, e in cas.spans)
        )

    def _apart(self, a: Clause, b: Clause) -> bool:
        """Both clauses name places, and no province of the one is a province of the other."""
        places = self.doc.places

        def provinces(c: Clause) -> set[tuple[str | None, str | None]]:
            return {(p.country, p.admin1) for i in c.toponyms if (p := places[i]) is not None and p.admin1}

        pa, pb = provinces(a), provinces(b)
        return bool(pa) and bool(pb) and pa.isdisjoint(pb)

    def _background_places(self) -> set[int]:
        return self.doc.memo.get("background_places", set())

    def _held_for(self, c: Clause, act: Mention, trigs: list[Mention]) -> Mention | None:
        """The arrest before ``act`` when ``act`` is what those arrested are suspected of ("اعتقال المتورطين في
        التفجير الذي …"), told with a relative clause of its own (see _suspected_of)."""
        if _SUSPECTED.isdisjoint(w.lstrip("و") for w in _words_before(self.text, act, 4, chars=40)):
            return None
        return next(
            (
                t
                for t in trigs
                if t.nspan.end <= act.nspan.start
                and _entry(t).get("sub_event_type") == "Arrests"
                and act.nspan.start - t.nspan.end <= 40
            ),
            None,
        )

    def _companion_clauses(self, c: Clause, clauses: list[Clause]) -> list[Clause]:
        """The clauses after ``c`` up to one that opens with the companions of the dead it names ("، برفقة
        قياديين آخرين"), past appositions that say who he was ("، ابن شقيق زعيم الجماعة،"), or the next clause
        when it names some of them ("، بينهم 4 نساء و3 اطفال"); empty when none follows."""
        out: list[Clause] = []
        for x in clauses:
            if x.index <= c.index:
                continue
            head = self.text[x.start : x.start + 12]
            if not out and x.index == c.index + 1 and head.startswith(_SHARE_OPENERS):
                return [x]
            if head.startswith(_COMPANION_OPENERS) or (
                # (مع only with a count of them: "، مع خمسة من حراسه")
                head.startswith("مع ") and numbers_in(self.text, x.start + 3, min(x.end, x.start + 20))
            ):
                return [*out, x]
            if not head.startswith(_APPOSED) or x.of("triggers"):
                return []
            out.append(x)
        return []

    def _toll_risen_past_a_relative(self, c: Clause, clauses: list[Clause]) -> Clause | None:
        """The clause right after ``c`` when ``c`` tells a toll that rose ("ارتفعت حصيلة قتلى المعارك") and that
        clause, a relative one that says which fight, ends with the number it rose to and no death word of its
        own ("، التي تدور في مدينة درنة بين … وتنظيم داعش، إلى 11 شخصا"); else None."""
        if (
            not _RISEN_TOTAL_NOUNS.any_within(self.text, c.start, c.end)
            or _RISEN_TOTAL.search(self.text, c.start, c.end) is None
        ):
            return None
        after = [x for x in clauses if c.index < x.index <= c.index + 2]
        if not after or not self.text.startswith(_RELATIVES, after[0].start):
            return None
        # (the number in the relative clause, or in the clause after it, set off by a comma: "، إلى 14 شخصا")
        if self.text.find(" الي ", after[0].start, after[0].end) != -1:
            told = after[:1]
        elif len(after) > 1 and self.text.startswith("الي ", after[1].start):
            told = after
        else:
            return None
        return None if any(self._casualties(y).fatalities for y in told) else told[-1]

    def _background_toll_end(self, c: Clause) -> int | None:
        """ "وبعد يومين على الهجوم الذي اوقع 32 قتيلا في سروج (جنوب) تبنت الحركة قتل شرطيين": where the toll a
        relative clause gives an act named as background in ``c`` ends — at the first comma or verb of an act
        after it — and the clause's own acts and dead begin (None: no such toll)."""
        if c.index in self._bg_cuts:
            return self._bg_cuts[c.index]
        cut = None
        ends = [e for s, e in self.doc.memo.get("background_spans", ()) if c.start <= s and e <= c.end]
        rel = _RESULT_RELATIVE.match(self.text, max(ends)) if ends else None
        if rel is not None:
            cut = c.end
            comma = self.text.find("،", rel.end(), c.end)
            if comma != -1:
                cut = comma + 1
            for t in c.of("triggers"):
                if rel.end() < t.nspan.start < cut and _entry(t).get("pos") == "verb":
                    cut = t.nspan.start - len(t.data.get("prefix", ""))
                    break
        self._bg_cuts[c.index] = cut
        return cut

    def _after_a_background_toll(self, c: Clause, t: Mention) -> bool:
        """The act ``t`` is told after the toll of an act named as background in its clause (see
        :meth:`_background_toll_end`)."""
        cut = self._background_toll_end(c)
        return cut is not None and t.nspan.start >= cut

    def _toll_of_background(self, c: Clause) -> bool:
        """The clause names an act only as background, or goes on from one that does: its dead are that act's."""
        bg = self.doc.memo.get("background_clauses", ())
        prev = self.doc.clauses[c.index - 1] if c.index > 0 else None
        return c.index in bg or (prev is not None and prev.sentence == c.sentence and prev.index in bg)

    def _casualties(self, c: Clause) -> Casualties:
        """The clause's own count, worked out once (the statistics check and the events both read it); a
        fresh copy each time, as the events add to what they are given."""
        done = self._count(c)
        return Casualties(done.fatalities, done.injuries, dict(done.detail), list(done.spans), done.explicit)

    def _count(self, c: Clause) -> Casualties:
        """The clause's own count, shared: read it, never add to it."""
        key = ("casualties", c.index)
        done = self._counted.get(key)
        if done is None:
            mentions = c.mentions
            wished = [
                m.nspan
                for m in c.of("triggers")
                if _entry(m).get("voice") == "victim"
                and not _WISHES.isdisjoint(w.lstrip("و") for w in _words_before(self.text, m, 2, chars=20))
            ]
            if wished:
                # (a death only wished or planned counts nobody: "يريد قتل عصفورين بحجر واحد")
                mentions = [m for m in mentions if m.nspan not in wished]
            done = self._counted[key] = count_casualties(self.text, c.start, c.end, mentions)
        return done

    def _before_a_running_total(self, clauses: list[Clause]) -> list[Clause] | None:
        """The clauses before a running total that a sentence ends with ("قتل خمسة مدنيين امس في قصف على دوما،
        ليرتفع عدد القتلى منذ بداية الشهر الى 200"): the act told before it is one of the day, the total is no
        event. None when the statistic is the sentence's own."""
        for k in range(1, len(clauses)):
            if (
                _RUNNING_TOTAL.match(self.text, clauses[k].start)
                and any(conflict_triggers(self.doc, c) for c in clauses[:k])
                and not self._statistic(clauses[:k])
            ):
                return clauses[:k]
        return None

    def _act_of_a_day_after_a_tally(self, clauses: list[Clause]) -> list[Clause] | None:
        """The clauses after a tally that tell an act of a day of their own, at a place they name ("وثق المرصد
        مقتل 150 شخصا منذ بداية الشهر، بينهم سبعة مدنيين قتلوا امس في غارة على بلدة سراقب"): that act is one of
        the day, the tally no event. None when no clause after the tally's tells one."""
        for k in range(1, len(clauses)):
            c = clauses[k]
            if (
                c.date is not None
                and c.date.basis in ("relative", "explicit")
                and c.date.precision == 1
                and self._usable_places(c)
                and conflict_triggers(self.doc, c)
                and not self._statistic(clauses[k:])
            ):
                aside = next((a for a in _ASIDES if self.text.startswith(a + " ", c.start)), None)
                if aside is not None:
                    # (its count is the act's toll, no share of the tally's: "بينهم سبعة مدنيين قتلوا امس")
                    start = c.start + len(aside) + 1
                    self._counted[("casualties", c.index)] = count_casualties(
                        self.text, start, c.end, [m for m in c.mentions if m.nspan.start >= start]
                    )
                return clauses[k:]
        return None

    def _total_of_the_act_told(self, clauses: list[Clause], c: Clause, m: Mention) -> bool:
        """The total ``m`` (إجمالي) restates the count of the act an earlier clause of the sentence told: "اوقفت
        الشرطة 251 شخصا …، وافاد بيان «تم توقيف عدد اجمالي بلغ 251 شخصا»" — one act's count, no tally."""
        if m.norm not in _TOTAL_WORDS or c is clauses[0]:
            return False
        total = next(iter(find_numbers(self.text, m.nspan.end, min(c.end, m.nspan.end + _TOTAL_REACH))), None)
        if total is None:
            return False
        for x in clauses:
            if x is c:
                return False
            if conflict_triggers(self.doc, x) and any(
                n.value == total.value for n in find_numbers(self.text, x.start, x.end)
            ):
                return True
        return False

    def _statistic(self, clauses: list[Clause]) -> bool:
        """Aggregates: "خلال عشرة اشهر" (over ten months), "منذ 23 ايلول 2014", "منذ بداية", tolls of thousands."""
        for c in clauses:
            for m in c.of("cues"):
                if (
                    m.data["entry"].get("kind") == "statistic"
                    and not _ranked_since(self.text, m.nspan.start)
                    and not _state_since(self.text, m.nspan.start)
                    and not self._total_of_the_act_told(clauses, c, m)
                ):
                    return True
        s, e = clauses[0].start, clauses[-1].end
        if self.text.startswith(_SINCE_THEN, s):
            return True  # "ومنذ ذلك الحين، قتل 11 عنصرا من القوات الامنية": a tally since the act told before
        opened = _PERIOD_OPENERS.any_within(self.text, s, e)
        period = _PERIOD.search(self.text, s, e) if opened else None
        if period is None and opened and _ACTS_GOING_ON.search(self.text, s, e):
            return True  # "لقوا مصرعهم في غارات جوية مستمرة منذ ثلاثة ايام": the dead of days, no one act's
        if (period is not None and not _ranked_since(self.text, period.start())) or (
            _HUNDREDS.any_within(self.text, s, e) and _HUNDREDS_OF_PLACES.search(self.text, s, e)
        ):
            return True
        if (
            opened
            and _SPAN_OF_ACTS.search(self.text, s, e) is not None
            and any(self._acts_counted(c, _MANY_ACTS) for c in clauses)
        ):
            return True  # "وخلال اسبوع، شن الجيش عشرات الغارات": acts counted over a week, a tally
        if _RECENT_PERIOD_HINT.any_within(self.text, s, e):
            for c in clauses:
                recent = _RECENT_PERIOD.search(self.text, c.start, c.end)
                if recent is not None and any(
                    t.nspan.start >= recent.end() for t in conflict_triggers(self.doc, c)
                ):
                    return True  # "عاود التنظيم في الاسابيع الماضية تنفيذ تفجيرات": what went on for weeks
        if any(
            _COUNTRY_WIDE_HINT.any_within(self.text, c.start, c.end)
            and _COUNTRY_WIDE.search(self.text, c.start, c.end)
            and self._count(c).fatalities
            for c in clauses
        ):
            return True  # "ان 63 شخصا لقوا مصرعهم جراء قصف قوات النظام العديد من المدن والاحياء السورية"
        so_far = _SO_FAR.search(self.text, s, e) if _SO_FAR_HINT.any_within(self.text, s, e) else None
        if so_far is not None:
            if any(
                _SO_FAR.search(self.text, c.start, c.end) and self._count(c).fatalities >= _RUNNING_TOLL
                for c in clauses
            ):
                return True  # "اوقعت الغارات الجوية على مواقع المتمردين حتى الآن أكثر من 400 قتيل": a running total
            if not any(
                c.date is not None and c.date.basis in ("relative", "explicit") and c.date.precision == 1
                for c in clauses
            ) and any(self._acts_counted(c, 2, so_far.end()) for c in clauses if c.end > so_far.end()):
                # acts summed up so far, counted after the words: "وتركزت العمليات حتى الان على اهداف الحزب فيما
                # لم يعلن سوى عن ثلاث غارات على مقاتلي التنظيم" (but not "ولم ترد انباء عن اصابات حتى اللحظة")
                return True
        if (
            not any(c.date is not None and c.date.basis in ("relative", "explicit") for c in clauses)
            and any(self._acts_counted(c, _MANY_ACTS) for c in clauses)
            and not any(self._usable_places(c) for c in clauses)  # (asked last: the dearest)
        ):
            return True  # "لكن عشرات الغارات التي تلت ذلك استهدفت المتمردين": acts counted, no where or when
        if _REPORT_SAYS.match(self.text, s) and not any(
            (c.date is not None and c.date.basis in ("relative", "explicit") and c.date.precision == 1)
            # (or the day the report came out, the act told going on with the story's day: "وذكر التقرير الذي
            # نشر صباح اليوم ان الطائرات قصفت …")
            or telling_date_only(self.text, c.start, c.end) is not None
            for c in clauses
        ):
            return True  # "واوضح التقرير ان قوات النظام قتلت 143 شخصا": a report's tally, no day of its own
        # a toll of thousands is written with four digits (not a year) or a word of thousands
        if not _thousands_written(self.text, s, e):
            return False
        if any(self._count(c).fatalities >= AGGREGATE_TOLL for c in clauses):
            return True
        # thousands of acts: "القت 14297 برميلا متفجرا"، "ما لا يقل عن 12053 غارة" (the numbers of a clause
        # that names no act nor weapon are not read: none can count one)
        return any(
            n.value >= AGGREGATE_TOLL and self._act_after(c, n.end)
            for c in clauses
            if c.of("triggers") or c.of("weapons")
            for n in numbers_in(self.text, c.start, c.end)
        )

    def _acts_that_go_on_named_again(self, clauses: list[Clause]) -> bool:
        """The sentence's only acts are pointed back to ("في هذه الغارات") when the sentences just before told no
        such event: they name what goes on, told before as a habit ("ينفذ الطيران يوميا غارات … وقتل 260 مقاتلا
        في هذه الغارات"), and their dead are its tally."""
        acts = [
            t for c in clauses for t in conflict_triggers(self.doc, c) if _entry(t).get("voice") != "victim"
        ]
        if not acts:
            return False
        first = clauses[0].sentence
        for t in acts:
            kind = _entry(t).get("event_type")
            if not _definite(t) or _words_before(self.text, t, 1, chars=8)[-1:] not in _THESE:
                return False
            if any(d.clause.sentence >= first - 2 and d.event_type == kind for d in self.drafts) or any(
                # (or in the sentence itself: "ان اشتباكات دارت … وان تلك الاشتباكات ادت الى مقتل …")
                x.nspan.start < t.nspan.start and _entry(x).get("event_type") == kind
                for y in clauses
                for x in y.of("triggers")
            ):
                return False
        return True

    def _tally_told_on(self, clauses: list[Clause]) -> bool:
        """The sentence after a tally goes on with it: its acts are those the tally summed up, named again with
        the article, with no place of their own ("… قتلوا خلال اسبوعين من الغارات الجوية التركية. وقالت الوكالة
        ان اربعة من قادة الحزب قتلوا في الغارات التركية")."""
        tally = self.doc.memo.get("tally")
        if tally is None or tally[0] != clauses[0].sentence - 1:
            return False
        acts = [
            t for c in clauses for t in conflict_triggers(self.doc, c) if _entry(t).get("voice") != "victim"
        ]
        return (
            bool(acts)
            and all(t.data["entry"].id in tally[1] and _definite(t) for t in acts)
            and not any(self._usable_places(c) for c in clauses)
        )

    def _acts_counted(self, c: Clause, least: int, after: int = 0) -> bool:
        """A number of at least ``least`` (from ``after`` on) right before an act of violence not told by its
        victim counts acts ("ثلاث غارات"، "عشرات الهجمات"; "آلاف المتظاهرين" counts a crowd). Only a clause
        with such an act has its numbers read."""
        acts = [
            t
            for t in c.of("triggers")
            if _entry(t).get("voice") != "victim"
            and _entry(t).get("event_type") in _VIOLENT_ACTS
            and not _unit_named_for_its_arms(self.text, t)  # (a unit's number: "اللواء 55 صواريخ")
        ]
        return bool(acts) and any(
            n.value >= least
            and any(0 <= t.nspan.start - len(t.data.get("prefix", "")) - n.end <= 2 for t in acts)
            for n in numbers_in(self.text, max(c.start, after), c.end)
        )

    def _act_after(self, c: Clause, end: int) -> bool:
        """A trigger or a weapon begins right after the offset (the thing a number counts)."""
        return any(0 <= m.nspan.start - end <= 2 for m in c.of("triggers") + c.of("weapons"))

    def _supported(self, c: Clause, t: Mention) -> bool:
        if self._confronting(c, t):
            return False
        at = t.nspan.start
        for word in self.text[at - 40 if at > 40 else 0 : at].split()[-3:]:
            if word.lstrip("وف") == "سراح" or "افرج" in word or "الافراج" in word:
                return False  # "اطلقت … سراح عشرين اسيرا", "الافراج عن الاسري": a release, no capture
        if _bomb_thrown(self.text, t):
            return True  # "القى مهاجمون قنبلة على ثكنة": a bomb thrown, named after the thrower
        if t.norm.lstrip("وف") in _THROWING_BY_HAND and not any(
            0 <= w.nspan.start - t.nspan.end
            and len(self.text[t.nspan.end : w.nspan.start].split()) <= _OBJECT_REACH
            and w.data["entry"].id in _THROWN_DEVICES
            for w in c.of("weapons")
        ):
            return False  # "رمي بالرصاص"، "رمى جثة": thrown by hand is a bomb or a device, or nothing fired
        if _entry(t).get("needs") == "weapon" and not any(
            0 <= w.nspan.start - t.nspan.end
            and (
                len(self.text[t.nspan.end : w.nspan.start].split()) <= _OBJECT_REACH
                or w.data.get("prefix", "").lstrip("و").startswith("ب")  # "امطرت … البلدات … بالقذائف"
            )
            for w in c.of("weapons")
            if w.data["entry"].id not in _CARRIERS
        ):
            return False  # "تطلق علي نفسها تسميه", "اطلق سراح": no projectile, no shelling
        if t.data["entry"].id == "fire_projectiles" and any(
            s.data["entry"].id == "shooting"
            and 0 <= s.nspan.start - t.nspan.end
            and len(self.text[t.nspan.end : s.nspan.start].split()) <= _OBJECT_REACH
            for s in c.of("triggers")
        ):
            return False  # "اطلق الحوثيون الرصاص على المواطنين": small-arms fire, the act the shooting tells
        if t.data["entry"].id == "launch_verb" and (
            _CAMPAIGN.match(self.text, t.nspan.end)
            or _POLICE_OPERATIONS.match(self.text, t.nspan.end)
            or self._security_operations_launched(c, t)
        ):
            # "نفذوا حملة أمنية"، "ثم شن حملة على الحزب"، "شنت الشرطة التركية سلسلة عمليات": a campaign (a raid
            # tells its arrests)
            return False
        if t.data["entry"].id == "target_verb" and _prev_word(self.text, t).lstrip("و") in _CAMPAIGN_NOUNS:
            return False  # "شنت حملات استهدفت عناصر الحزب": whom the campaign went after, no act of its own
        if t.data["entry"].id == "raid_noun" and not t.norm.removeprefix("ال").startswith(
            ("مداهم", "دهم", "حمله د")
        ):
            # "نفذوا حملة أمنية على مديريات العدين لملاحقة عناصر المقاومة"، "عمليات تمشيط": a sweep or a
            # security campaign is an arrest only with someone taken ("واعتقلت 15 شخصا"، "القبض على"); a raid
            # on homes (مداهمات) is one
            s0, s1 = self.doc.sentences[c.sentence]
            if not _TAKEN.search(self.text, s0, s1):
                return False
        if t.data["entry"].id == "sniper" and not _POSTED.isdisjoint(
            w.lstrip("و") for w in _words_before(self.text, t, 3, chars=30)
        ):
            return False  # "حيث يتحصن بعض قناصة الحوثي"، "يتمركز فيه قناصة": where snipers are posted, no act
        if t.data["entry"].id == "aircraft_crash":
            # a plane down with nobody hurt on the ground ("سقوط مروحية بعطل فني") is an accident, no event; its
            # dead may follow in the next clause ("سقطت طائرة … في بلدة اريحا واسفر عن مقتل 20")
            if self._accident(t):
                return False  # "وأشارت مصادر أن سقوط الطائرة ناجم عن خلل فني": an accident, however many died
            rest = [x for x in self.doc.clauses[c.index : c.index + 3] if x.sentence == c.sentence]
            return any(
                m.data["entry"].get("kind") in ("killed", "injured") for x in rest for m in x.of("cues")
            )
        if _entry(t).get("sub_event_type") in TERRITORY and _goes_on_from_a_placed_act(self.doc, c, t):
            return True  # "… في مدينة X واستعادت عدة مواقع": the side and the place told just before
        return bool(c.of("actors") or c.of("victims") or c.of("weapons") or c.toponyms)

    def _accident(self, t: Mention) -> bool:
        """An aircraft crash the article puts down to a technical fault ("سقوط الطائرة ناجم عن خلل فني"): an
        accident, no act of violence — nor are the dead it made (the text is searched once, crashes being rare)."""
        if t.data["entry"].id != "aircraft_crash":
            return False
        if self._fault is None:
            self._fault = "فني" in self.text and _TECHNICAL_FAULT.search(self.text) is not None
        return self._fault

    def _security_operations_launched(self, c: Clause, t: Mention) -> bool:
        """The launch verb's object, after its subject and time, is security operations: "شنت قوات الدرك
        التركية، فجر اليوم الجمعة، خمس عمليات أمنية متزامنة" (no other act between)."""
        ops = _SECURITY_OPERATIONS.search(self.text, t.nspan.end, c.end)
        return ops is not None and not any(
            t.nspan.end <= m.nspan.start < ops.start() for m in c.of("triggers")
        )

    def _confronting(self, c: Clause, t: Mention) -> bool:
        """ "لمواجهة داعش", "في مواجهة تنظيم داعش", "ومواجهة النظام": the singular verbal noun with its object
        right after it is *confronting* someone (a purpose, a policy), not a clash; the plural (مواجهات الحوثيين
        والمقاومة) and "مواجهة مع / بين" still report one."""
        if t.norm not in _VERBAL_NOUNS:
            return False
        if t.data.get("prefix", "").lstrip("و").startswith("ل"):
            return True
        before = self.text[max(0, t.nspan.start - 8) : t.nspan.start].split()[-1:]
        if before and before[0] in ("الي", "علي"):
            return True  # "دعا الي مواجهه …", "قادره علي مواجهه …"
        if before and before[0] == "في" and not t.norm.startswith("ال"):
            # "في مواجهة الهجمات المسلحة": facing them; "في مواجهة مع …"، "في مواجهة عنيفة" tell one
            nxt = self.text[t.nspan.end : t.nspan.end + 20].split()[:1]
            return bool(nxt) and nxt[0] not in ("مع", "بين") and not nxt[0].endswith("ه")
        nxt = [m for m in c.of("actors") if m.nspan.start >= t.nspan.end]
        if nxt and not self.text[t.nspan.end : nxt[0].nspan.start].strip():
            return True
        # "ومواجهه النظام": an indefinite verbal noun with a definite word after it has that word as its object
        # (confronting the regime); a clash takes an adjective (مواجهه عنيفه) or مع / بين
        after = self.text[t.nspan.end : t.nspan.end + 20].split()[:1]
        definite = t.data.get("prefix", "").endswith("ال") or t.norm.startswith("ال")
        return not definite and bool(after) and after[0].startswith("ال") and after[0] not in _CLASH_WORDS

    def _place_context_ok(self, c: Clause) -> bool:
        """Whether a clause without an act may say where the text now is: not the dateline, where the report
        was filed ("عين اليوم - اسطنبول"، "القاهره 26 شوال 1436 ه الموافق 11 اغسطس 2015 م واس")."""
        return c.sentence != 0 or not _dateline(self.text[c.start : c.end])

    def _remember_place(self, c: Clause, chosen: int) -> None:
        self._last_place = chosen
        self._last_place_sentence = c.sentence
        self._unread_places.clear()  # (what they said is told again here)

    def _settle_place(self) -> None:
        """Read the stretches without an act noted since the place was last set (see _unread_places): the place
        is the one the last of them that names a usable place says, as when each was read in its turn and
        overwrote the one before. Only the place and the check of a statistic are asked of them, and they do
        not change as the text is read on, so they are read back to front and the earlier ones mostly never.
        A sentence that is a statistic, asked only of one that names a place (counting its dead for the check
        is the costly part), says nothing of where the text is."""
        unread, self._unread_places = self._unread_places, []
        for clauses, whole_sentence in reversed(unread):
            here = [
                c
                for c in clauses
                if c.toponyms and self._place_context_ok(c) and c.index not in self._background_places()
            ]
            if not here or (whole_sentence and self._statistic(clauses)):
                continue
            for c in reversed(here):
                spec = self._places_the_text_is_at(c)
                if spec:
                    self._last_place = min(spec, key=self._specificity)
                    self._last_place_sentence = c.sentence
                    return
                if any(self.doc.places[i] is None and self._unknown_place_told_in(i) for i in c.toponyms):
                    # "وفي إقليم أجدير، أغلق مقاتلو الحزب طريقا": the text has gone on to a place the index lacks
                    # (or has only abroad), not to stay at the town named before
                    self._last_place = None
                    self._last_place_sentence = c.sentence
                    return

    def _places_the_text_is_at(self, c: Clause) -> list[int]:
        """The places a clause without an act names that may say where the text now is (see _settle_place)."""
        return [
            i
            for i in c.toponyms
            if self.doc.places[i] is not None and self._in_country(i) and not self._country_wide(i)
            and not self._names_an_actor(c, i) and not self._locates_another(i)
            # (nor what only locates the place before it: "وفي محافظة مأرب، شرق صنعاء، شنت طائرات …")
            and not getattr(self.doc.toponyms[i], "attached", False)
            and not self._of_the_motive(c, i)  # ("… نصرة لمدينة الزبداني": not where the text is)
            # (nor a place fire or aircraft set out from: "بانطلاق طائرات من قاعدة انجرليك")
            and not self._source_of_fire(i) and not self._base_flown_from(i)
            # (nor where people came from: "عائلات متحدرة من الفوعة وكفريا موجودة في حي X")
            and not self._whence(self._list_start(c, i))
            and not self._names_an_act(i)  # ("واجبر هجوم سوروتش انقرة": an act known by its place)
            # (nor a people's city, "واعتقل 15 خياطا موصليا": where they are from places only the act of
            # its own clause)
            and not self.doc.toponyms[i].nisba
        ]  # fmt: skip

    def _place_of_the_day_told_before(self, c: Clause) -> int | None:
        """ "وقتل في ذات اليوم ثلاثة …" right after a sentence that tells no act drafted ("واندلعت الاشتباكات عقب
        إحراق المواطنين منتصف الأسبوع الماضي لدبابة كانت تتمركز في قرية X"): the act of that day was where that
        sentence is, not at the place of the last act told; None when not told so."""
        if c.sentence == 0 or _SAME_DAY.search(self.text, c.start, c.end) is None:
            return None
        before = self._by_sentence.get(c.sentence - 1, [])
        if not before or any(d.clause.sentence == c.sentence - 1 for d in self.drafts):
            return None
        spec = [i for x in before if self._place_context_ok(x) for i in self._places_the_text_is_at(x)]
        return min(spec, key=self._specificity) if spec else None

    def _told_place_by_place(self, c: Clause, cas: Casualties) -> list[tuple[int, Casualties]] | None:
        """The dead of clause ``c`` told place by place (:func:`tolls_by_place`) when the clause's count ``cas`` is
        the first place's or all of theirs; else None."""
        toponyms = self.doc.toponyms
        places = [
            (i, toponyms[i].phrase_start, toponyms[i].end) for i in c.toponyms if not toponyms[i].attached
        ]
        parts = tolls_by_place(self.text, c.start, c.end, places)
        if not parts or cas.fatalities not in (parts[0][1].fatalities, sum(p.fatalities for _, p in parts)):
            return None
        return parts

    def _moved_to(self, d: Draft, i: int) -> Draft:
        """``d``, placed at toponym ``i`` instead of the place it had (its evidence too)."""
        t = self.doc.toponyms[i]
        d.place_index = i
        d.spans = [x for x in d.spans if x[0] != "place"]
        d.spans.append(("place", t.start, t.end))
        return d

    def _act_also_at(self, first: Draft, i: int) -> Draft:
        """The act of ``first`` at the place of toponym ``i`` too, with no dead yet."""
        t = self.doc.toponyms[i]
        d = dataclasses.replace(
            first,
            place_index=i,
            casualties=Casualties(),
            spans=[x for x in first.spans if x[0] != "place"],
            assoc=list(first.assoc),
            weapons=list(first.weapons),
        )
        d.spans.append(("place", t.start, t.end))
        return d

    def _tolls_at_the_places_told(self, c: Clause, drafts: list[Draft], cas: Casualties) -> bool:
        """The dead of clause ``c`` (no act of its own) told place by place after the acts of its sentence
        (``drafts``, to which it adds): "قصفت الطائرات مدينة X ومدينة Y، ما ادى الى مقتل 7 اشخاص في X و3 في Y" —
        each place's act its own dead, not their sum at the first; a place no act was told at is the first act's
        at that place too ("قصفت الطائرات مدينة X، ما ادى الى مقتل 7 في X و3 في Y"). False (nothing given) where the
        clause tells no such list."""
        parts = self._told_place_by_place(c, cas)
        if parts is None:
            return False
        toponyms = self.doc.toponyms
        first = _first_of_its_act(drafts)
        targets: list[Draft] = []
        for k, (i, _) in enumerate(parts):
            key = toponyms[i].key
            d = next(
                (
                    x
                    for x in drafts
                    if x.place_index is not None and toponyms[x.place_index].key == key and x not in targets
                ),
                None,
            )
            if (
                d is None
                and k == 0
                and first.place_index is not None
                and first.place_index not in {j for j, _ in parts}
                and not first.casualties.fatalities
                and self._specificity(first.place_index) >= self._specificity(i)
            ):
                # "غارات على قرى جبل X، مخلفة 3 قتلى بقرية Y و5 بقرية Z": the act placed at the area around, its
                # villages told with their dead, is the first village's (no event of its own beside theirs)
                d = self._moved_to(first, i)
            if d is None:
                d = self._act_also_at(first, i)
                drafts.append(d)
            targets.append(d)
        for k, (d, (_, dead)) in enumerate(zip(targets, parts, strict=True)):
            if k == 0:
                # (the breakdown told is the first count's: "بينهم 4 أطفال")
                dead.detail = {g: min(n, dead.fatalities) for g, n in cas.detail.items()}
            d.casualties.add(dead)
        return True

    def _toll_at_one_more_place(self, c: Clause, drafts: list[Draft], cas: Casualties) -> bool:
        """The clause right after dead told place by place goes on with the list ("، اضافة لقتيلين بتل X"، "،
        وفي قرية Y قتيلان"): the act at that one place with those dead too (added to ``drafts``); False where
        it does not."""
        if c.index - 1 not in self._split_by_place or _LIST_GOES_ON.match(self.text, c.start) is None:
            return False
        toponyms = self.doc.toponyms
        own = [i for i in c.toponyms if not toponyms[i].attached]
        if len(own) != 1 or any(
            x.place_index is not None and toponyms[x.place_index].key == toponyms[own[0]].key for x in drafts
        ):
            return False
        d = self._act_also_at(_first_of_its_act(drafts), own[0])
        d.casualties.add(cas)
        drafts.append(d)
        return True

    def _tolls_by_place(self, c: Clause, drafts: list[Draft], cas: Casualties) -> list[Draft] | None:
        """The clause's dead told place by place ("قتل 3 مدنيين في قرية X و5 في قرية Y"، "سقط 6 قتلى في بلدة X،
        و5 قتلى في مدينة Y"): the act at each place with its own dead (ACLED: one event per place), not their
        sum at one of them; None where the clause tells no such list."""
        parts = self._told_place_by_place(c, cas)
        if parts is None:
            return None
        first, out = drafts[0], list(drafts)
        at = {i for i, _ in parts}
        for k, (i, dead) in enumerate(parts):
            d = next((x for x in out if x.place_index == i), None)
            if d is None and k == 0 and first.place_index not in at:
                d = self._moved_to(first, i)  # (the act placed at the area around: the first village's)
            elif d is None:
                d = self._act_also_at(first, i)
                out.append(d)
            if k == 0:
                # (the breakdown told is the first count's: "بينهم 4 أطفال")
                dead.detail = {g: min(n, dead.fatalities) for g, n in cas.detail.items()}
            d.casualties = dead
        order = {i: k for k, (i, _) in enumerate(parts)}
        return sorted(out, key=lambda x: order.get(x.place_index, len(parts)))

    def _drafts_for(
        self,
        c: Clause,
        trig: Mention,
        trigs: list[Mention],
        previous: list[Draft],
        *,
        following: Sequence[Clause] = (),
    ) -> list[Draft]:
        e = _entry(trig)
        event_type = e.get("event_type")
        sub = e.get("sub_event_type")
        if sub == "Abduction/forced disappearance" and _killed_when_held(
            self.text,
            trig,
            trigs,
            following[0] if following and following[0].sentence == c.sentence else None,
        ):
            return []  # the killing told after is the act (see _killed_when_held)
        if (
            (
                event_type == "Violence against civilians"
                or e.get("voice") == "victim"
                or trig.data["entry"].id in _FIRING
            )
            and trig.data["entry"].id not in _CROWD_FIGHTS
            and any(
                t.data["entry"].id in _CROWD_FIGHTS and self._crowd_facing_forces(c, t) is not None
                for t in trigs
            )
        ):
            return []  # "استشهد شاب برصاص قوات الاحتلال خلال مواجهات": the dead of a riot, its toll (the riot is drafted)
        if trig.data["entry"].id == "strike_verb" and not self._strikes_a_target(c, trig):
            return []  # "ضربت القوات طوقا حول الحي"، "ضربوا المتظاهرين": a cordon, a beating, no strike
        if trig.data["entry"].id == "disperse_verb" and not _crowd_broken_up(self.text, c, trig):
            return []  # "فض الاشتباك"، "فض النزاع"، "فرقت بين": no crowd broken up
        if trig.data["entry"].id == "chemical" and any(
            t.data["entry"].id == "disperse_protest" for t in trigs
        ):
            return []  # "اصيب متظاهرون بحالات اختناق جراء الغاز المسيل للدموع": tear gas, no chemical weapon
        if sub == "Peaceful protest" and _broken_up(self.text, c, trig):
            sub = "Protest with intervention"  # "فرقت قوات الامن متظاهرين": the crowd a force broke up
        riot = None  # (the crowd and the force a fight is told between, when a crowd fought the forces)
        killers = None  # (the side that fired on a crowd, killing some of it)
        if sub == "Peaceful protest":
            riot = next(
                (
                    pair
                    for t in c.of("triggers")
                    if t.data["entry"].id in _CROWD_FIGHTS
                    and (pair := self._crowd_facing_forces(c, t)) is not None
                    and pair[0] is trig
                ),
                None,
            )
            if riot is not None or _crowd_did_violence(self.text, c, trig):
                # "مواجهات بين قوات الامن التركية ومتظاهرين"، "اقتحم متظاهرون مبنى المحافظة": the protesters fought
                # the forces or did violence, a riot
                event_type, sub = "Riots", "Violent demonstration"
            elif (killed := _killed_in_the_protest(self.text, c, trig)) is not None:
                # "استشهد شاب خلال مظاهرة برصاص قوات الاحتلال": those who fired on the crowd, if named, are the
                # second side
                killers = next(
                    (
                        m
                        for m in c.of("actors")
                        if not _a_crowd(m)
                        and by_hands(self.text, m.nspan.start - len(m.data.get("prefix", "")))
                    ),
                    None,
                )
                if killed == "counted" and killers is None:
                    # "فجر انتحاري نفسه … ما اسفر عن مقتل 20 متظاهرا": protesters named as the dead of another act
                    return []
                sub = "Excessive force against protesters"
        weapons = c.of("weapons")
        told = self.doc.memo.get("background_spans")
        if told:
            # "ردا على الهجوم الانتحاري": the weapon of an act named as background is not this act's
            weapons = [w for w in weapons if not any(s <= w.nspan.start < e for s, e in told)]
        if weapons:
            # "قتلوا ثلاثة شبان بدعوى زرعهم عبوة ناسفة": the arms of a charge are not those of the act
            weapons = [
                w
                for w in weapons
                if _PRETEXTS.isdisjoint(x.lstrip("و") for x in _words_before(self.text, w, 3, chars=30))
            ]
        if weapons and any(w.norm.endswith(("انتحاريين", "انتحاريون")) for w in weapons):
            # "تصفية مجموعة من الانتحاريين": the bombers as men killed are no bomb of this act
            weapons = [w for w in weapons if not _the_bomber(self.text, w)]
        means = e.get("means")
        if trig.data["entry"].id == "suicide" and _assault_infiltrators(self.text, c, trig):
            # "اقتحم انغماسيون الحاجز": fighters storming a post fight it; their arms are no bomb of this act
            event_type, sub, means = "Battles", "Armed clash", None
            weapons = [w for w in weapons if w.data["entry"].get("means") != "suicide"]
        if sub in TERRITORY and trig.data["entry"].id == "liberate" and _going_on_with(self.text, trig):
            event_type, sub = (
                "Battles",
                "Armed clash",
            )  # "واصلت القوات تطهير الناحية": clearing goes on, a fight
        weapon_means = [w.data["entry"].get("means") for w in weapons]
        # actors
        pair = self._between(c)
        if pair is None:
            pair = self._between_after_a_comma(c, trig)
        repeller = None
        if (
            pair is not None
            and _entry(trig).get("sub_event_type") in TERRITORY
            and trig.nspan.start > pair[1].nspan.end
        ):
            pair = None  # "اشتباكات بين الحوثيين والمقاومة عقب دخول الاخيرة الى الحوطة": the entry has its own side
        if pair is not None:
            agent_m, target_m = pair
        else:
            # arguments hang on the clause's verb when it has one: "الثوار استهدفوا معاقل قوات الاسد بقذائف
            # الهاون" takes its agent and target from استهدفوا, its type from قذائف الهاون
            # — unless the act is taken back by its doer's verb: "وقتل ثلاثة جنود في هجوم شنه مسلحو داعش"
            verbs = [t for t in trigs if _entry(t).get("pos") == "verb"]
            if not verbs and trig.data.get("prefix", "").lstrip("و").startswith("ب"):
                # (or on the act a means after it is the instrument of: "اعلنت الكتائب استهداف مقرات قوات
                # النظام براجمات الصواريخ")
                verbs = [
                    t
                    for t in trigs
                    if t.nspan.end <= trig.nspan.start and t.data["entry"].id == "target_noun"
                ][:1]
            anchor = verbs[0] if verbs and self._taken_back_by(c.of("actors"), trig) is None else trig
            agent_m, target_m = self._agent_and_target(c, anchor)
            if agent_m is not None and target_m is None:
                target_m = self._object_after_a_comma(c, anchor, agent_m)
            if agent_m is None and anchor is not trig and trig.nspan.end <= anchor.nspan.start:
                # (a verb after the act that tells what it did has the act for its subject; the act's own
                # doer is the doer: "في كمين للمقاومة استهدف تعزيزات عسكرية")
                # (or the act's own name holds its doer: "في غارة اميركية استهدفته" — the verb's subject, no target)
                own_agent, own_target = self._agent_and_target(c, trig)
                if own_agent is not None and trig.nspan.start <= own_agent.nspan.start < anchor.nspan.start:
                    if target_m is not None and target_m.nspan.end <= anchor.nspan.start:
                        target_m = None  # (the act before the verb is its subject, nothing it hit)
                    agent_m, target_m = own_agent, target_m or own_target
            if (
                agent_m is None
                and target_m is not None
                and sub == "Armed clash"
                and _BETWEEN_WORDS & set(_words_before(self.text, target_m, 2, chars=16))
            ):
                # "اشتباكات … بين قوات الحكومة ومقاتلين متطرفين": the one side named of the two fought
                agent_m, target_m = target_m, None
            if agent_m is None and target_m is not None:
                attack = self._attack_they_made(c, target_m)
                if attack is not None:
                    # "قتل 25 مقاتلا من المعارضة خلال هجوم فاشل قاموا به على قاعدة": the side that lost men in
                    # an attack it made is the attacker; what the attack was on, if a side's, the one hit
                    hit = [m for m in c.of("actors") if m.nspan.start > attack and not _civilian(m)]
                    agent_m, target_m = target_m, hit[0] if hit else None
            if agent_m is None:
                agent_m = self._topic_of_the_saying(c, anchor)
            if (
                agent_m is None
                and sub == "Armed clash"
                and (two := self._the_two_sides_told(c, trig)) is not None
            ):
                # "الاقتتال بين الطرفين": the two sides named just before (the side named hit, if one of them,
                # second)
                first, second = two
                if target_m is not None and self._actor(target_m).code == self._actor(first).code:
                    first, second = second, first
                agent_m, target_m = first, second
            if agent_m is None and target_m is None and sub == "Armed clash":
                # "اشتباكات عنيفة، ترافقت مع قصف لقوات النظام، واستهداف تمركزات لها من قبل مقاتلي الفصائل": a
                # fight of no side named is fought by the two sides of the acts told as going with it
                agent_m, target_m = self._sides_of_what_went_with(c, following)
            repeller = self._repeller_of(c, trig)
            if repeller is not None:
                attacker = self._attacker_repelled(c, trig, repeller, agent_m, target_m)
                if attacker is not None:
                    # "وتصدى الثوار لهجوم شنته قوات النظام": the side that repelled the attack fought the attacker
                    # named with it (the repeller first, as in "تصدى الثوار لهجوم قوات النظام")
                    agent_m, target_m = repeller, attacker
                else:
                    repeller = None  # (the attack told before, its side hit found there: see _repelled)
            if agent_m is None and e.get("voice") == "victim":
                fought = self._fight_fallen_in(c, following)
                if fought is not None:
                    # "بمقتل القيادي الحوثي، ابن شقيق …، في المواجهات التي تشهدها المحافظة بين المقاومة
                    # وميليشيات الحوثي": the sides of the fight told after the dead are the sides; the dead's
                    # own, if named, is the one hit
                    first, second = fought
                    if target_m is not None and target_m.data["entry"].id == first.data["entry"].id:
                        first, second = second, first
                    agent_m, target_m = first, second
        if sub in TERRITORY and _lost_control(self.text, trig):
            # "فقد الحوثيون السيطرة على المدينة لصالح المقاومة": the side that lost it is the one driven out
            agent_m, target_m = target_m, agent_m
        if sub == "Armed clash" and (riot := riot or self._crowd_facing_forces(c, trig)) is not None:
            # "مواجهات بين شبان فلسطينيين وقوات الاحتلال": an unarmed crowd that fought the forces rioted
            event_type, sub = "Riots", "Violent demonstration"
        if riot is not None:
            agent_m, target_m = riot[1], None  # (the force; the crowd is the rioters, see below)
        crowd_of_the_place = False  # (protesters whose country is the place's, set below)
        killed_in_it = (
            sub == "Excessive force against protesters" and e.get("sub_event_type") == "Peaceful protest"
        )
        if killed_in_it:
            agent_m, target_m = killers, None  # (the crowd is the protesters, see below)
        backer = None
        if (
            agent_m is not None
            and event_type == "Battles"
            and pair is None
            and _backed_by(self.text, agent_m)
        ):
            # "دخولها حي النشوة بغطاء جوي من طيران التحالف الذي شن غارات …": the cover or support of a side
            # taking ground or fighting on it is no side of the fight, at most the associate of the side it backed
            backer, agent_m = self._actor(agent_m), self._side_backed(c, agent_m)
        elif agent_m is None and event_type == "Battles" and pair is None and c.index > 0:
            # "نجحت القوات الشرعية، مدعومة بمقاتلي المقاومة، في السيطرة على …": the act told after the clause of
            # the support is the side backed's, the backer its associate
            pc = self.doc.clauses[c.index - 1]
            support = pc.of("actors")[:1] if pc.sentence == c.sentence else []
            side = (
                self._side_backed(pc, support[0]) if support and _backed_by(self.text, support[0]) else None
            )
            if side is not None:
                backer, agent_m = self._actor(support[0]), side
        if backer is None and agent_m is not None and event_type == "Battles" and pair is None:
            # "وتقدمت قوات النظام بإسناد جوي روسي": the air cover of a nationality backs the side, as its associate
            cover = _AIR_COVER_OF.search(self.text, agent_m.nspan.end, min(c.end, trig.nspan.end + 60))
            state = state_of_nationality_word(cover.group(1)) if cover is not None else None
            if state is not None and state != (self._actor(agent_m).country or ""):
                backer = as_armed(state_forces(state))
        led = self._led_militia.get((agent_m.nspan.start, agent_m.nspan.end)) if agent_m is not None else None
        if led is not None and backer is None:
            backer = self._actor(led)  # (the militia the army led: its associate, of its camp)
        if (
            trig.data["entry"].id in ("attack_verb", "attack_noun")
            and agent_m is not None
            and _a_leader(self.text, agent_m)
            and not weapons
            and means is None
        ):
            return []  # "هاجم رئيس حكومة الاحتلال نتنياهو السلطة"، "بمهاجمة سلطته": a leader attacks in words
        # "لم يتضح إن كانت الغارة نفذها الجيش السوري أو قوات التحالف": one side or another, nobody sure which
        unsure = agent_m is not None and _one_or_another(self.text, c, agent_m)
        actor_means = (
            means_of(agent_m)
            or self._owned_means.get((agent_m.nspan.start, agent_m.nspan.end))
            or _aircraft_of(self.text, agent_m)
            if agent_m is not None
            else None
        )
        if means == ARTILLERY and actor_means == AIR:
            means = AIR  # "اطلقت طائرة عسكرية عراقية صاروخين على احد المنازل": missiles fired from the air
        if means is None:
            if actor_means == AIR or AIR in weapon_means or "drone" in weapon_means:
                means = AIR
            elif any(w in weapon_means for w in ("suicide", "ied", "chemical", "grenade")):
                means = next(w for w in ("suicide", "chemical", "ied", "grenade") if w in weapon_means)
                if means == "ied" and trig.data["entry"].id == "drop_bombs":
                    means = "grenade"  # "ألقى مهاجمون متفجرات بدائية على ثكنات": explosives thrown by hand
            elif ARTILLERY in weapon_means or actor_means == NAVAL:
                means = ARTILLERY  # guns and missiles fired from warships too ("قصفت البوارج الحربية")
            elif agent_m is None and self._air_strike_told_on(c, trig, previous):
                means = AIR
            elif _bomb_thrown(self.text, trig):
                means = "grenade"  # "القى مهاجمون قنبلة على ثكنة": a bomb thrown by men, not from the air
        if trig.data["entry"].id == "explosion" and (
            AIR in weapon_means
            or any(means_of(a) == AIR for a in c.of("actors"))
            # "ان القصف استهدف معسكري لبوزه والعند، مشيرة الى سماع دوي انفجارات عنيفة": the strikes' blasts
            or any(_entry(t).get("sub_event_type") == "Air/drone strike" for t in trigs)
            or (
                previous
                and previous[-1].sub_event_type == "Air/drone strike"
                and previous[-1].clause.sentence == c.sentence
            )
        ):
            means = (
                AIR  # "انفجارات دوت … بالتزامن مع تحليق لطيران التحالف": blasts under aircraft are strikes
            )
            event_type, sub = MEANS_SUBTYPE[AIR]
            if agent_m is None and target_m is not None and means_of(target_m) == AIR:
                agent_m, target_m = target_m, None  # the aircraft flying over ("تحليق لطيران التحالف") struck
        elif (
            trig.data["entry"].id == "explosion"
            and not _definite(
                trig
            )  # ("ان الانفجار ناتج عن … صاروخ غراد": the blast told, whatever caused it)
            and ARTILLERY in weapon_means
            and not any(w in weapon_means for w in ("suicide", "ied", "chemical", "grenade"))
        ):
            # "آثار انفجارات ناتجة عن مدافع الهاون"، "انفجار قذيفة هاون": the blast of a shell is a shelling
            means = ARTILLERY
            event_type, sub = MEANS_SUBTYPE[ARTILLERY]
        if (
            sub == "Armed clash"
            and trig.data["entry"].id in _ATTACKS
            and means in ("suicide", "ied", "chemical", "grenade")
        ):
            # "هاجم انتحاريان حمام سباحة"، "هجوم بسيارة مفخخة": the attack is the bombing
            event_type, sub = MEANS_SUBTYPE[means]
        if means == "ied" and actor_means != AIR and _thrown(self.text, trig):
            # "ألقى مجهولون عبوة ناسفة على منزل": a device thrown by hand is a grenade attack, not one planted
            means = "grenade"
            event_type, sub = MEANS_SUBTYPE[means]
        if (
            sub == "Armed clash"
            and actor_means == AIR
            and pair is None
            # ("القوات تتقدم وبدعم طيران التحالف في معارك …": aircraft backing a side in a fight strike nothing told)
            and not (
                agent_m is not None
                and trig.nspan.start > agent_m.nspan.end
                and _supporting(self.text, agent_m)
            )
        ):
            # "شن الطيران الحربي حملة جوية"، "هاجمت طائرات التحالف مواقع الحوثيين": aircraft attacking strike
            event_type, sub = MEANS_SUBTYPE[AIR]
        if trig.data["entry"].id == "strike_verb" and ARTILLERY in (means, actor_means):
            event_type, sub = MEANS_SUBTYPE[ARTILLERY]  # "ضربت المدفعية اهدافا للمسلحين": from the ground
        strike_told = self._strike_told_before(c, trig) if agent_m is None and means is None else None
        if strike_told is not None:
            means = AIR  # "وأشار الى مقتل 11 من داعش جراء استهداف مبنى …": one of the strikes just told
        patrol = _patrol_targeted(self.text, trig)
        if patrol and target_m is None and agent_m is not None and _owns_the_patrol(self.text, trig, agent_m):
            agent_m, target_m = None, agent_m  # "اثر استهداف دورية للجيش": the army's patrol was hit
        if e.get("weak") and event_type == "Explosions/Remote violence" and means is None:
            # "الثوار استهدفوا ثلاثة قناصة": no weapon named — armed sides meeting is a clash, else nothing
            fighters = any(
                v.nspan.start >= trig.nspan.end and v.data["entry"].get("group") == "combatant"
                for v in c.of("victims")
            )  # "استهدفوا ثلاثة قناصة": fighters as the target
            # (a patrol targeted, "اثر استهداف دورية للجيش": armed men hit)
            if (agent_m is None and not (patrol or self._fighters_killed_by_it(c, trig))) or (
                target_m is None and not (fighters or patrol)
            ):
                return []
            event_type, sub = "Battles", "Armed clash"
        if event_type == "Explosions/Remote violence" and (
            sub is None or sub == "Shelling/artillery/missile attack"
        ):
            if means in MEANS_SUBTYPE and means != ARTILLERY:
                event_type, sub = MEANS_SUBTYPE[means]
            elif sub is None:
                sub = "Shelling/artillery/missile attack"
        if sub == "Looting/property destruction" and not self._crowd_did_it(c, trig, agent_m):
            if means in ("air", "drone"):
                event_type, sub = MEANS_SUBTYPE[means]  # "دمرت طائرات التحالف مواقع": the strike is the event
            elif means is None and agent_m is not None and agent_m.data["entry"].id in _COALITIONS:
                # "دمرت قوات التحالف مخزنا للأسلحة"، "كما دمر التحالف أربع منصات": what a coalition of air
                # forces destroys, no other means named, it struck from the air
                event_type, sub = MEANS_SUBTYPE[AIR]
            elif actor_means == NAVAL:
                event_type, sub = "Explosions/Remote violence", "Shelling/artillery/missile attack"
            elif _destroys_a_bomb(self.text, c, trig):
                if any(
                    _entry(t).get("event_type") == "Explosions/Remote violence"
                    and _entry(t).get("sub_event_type") not in _BOMBINGS
                    for t in c.of("triggers")
                ):
                    return []  # "وتدمير سيارة مفخخة بقصف لطيران التحالف": destroyed by the strike, its event
                event_type, sub = "Strategic developments", "Disrupted weapons use"  # a car bomb destroyed
            elif weapons or self._military_object(c, trig, agent_m):
                if self._strike_restated(c, agent_m, previous):
                    return []  # "قصفت طائراته مواقع للتنظيم، ودمر الجيش بالكامل اهدافا له": the strike told
                if (
                    trig.norm not in _DESTROYED
                    or agent_m is None
                    or target_m is None
                    or any(
                        t is not trig
                        and _entry(t).get("event_type") in _VIOLENT_ACTS
                        and not _store_blown_up(self.text, t)  # ("مع تفجير مخبأ للاسلحة": no act of its own)
                        for t in c.of("triggers")
                    )
                ):
                    return []  # destroyed tanks and positions belong to the battle that destroyed them
                # a side that destroyed the other's positions or vehicles, no other act told with it, fought it:
                # "ودمرت وحدة من الجيش مواقع للتنظيمات المسلحة واعطبت الية لهم" (by artillery, shelled it) — the
                # verb told as the news, not the noun of a result or a tally ("ادت عملياتها الى تدمير 58 عربة")
                if means == ARTILLERY:
                    event_type, sub = "Explosions/Remote violence", "Shelling/artillery/missile attack"
                else:
                    event_type, sub = "Battles", "Armed clash"
            elif trig.data["entry"].id == "burn" and self._people_burned(c, trig):
                # "احرقت مليشيات ثلاثة شبان حتى الموت": people burned are attacked, no property destroyed
                event_type, sub = "Violence against civilians", "Attack"
            elif self._killed_with_it(c, trig, following):
                # "احرقت دورية للتنظيم وقتلت من فيها"، "دمروا منزلا وقتلوا من فيه": those killed make it an attack,
                # a fight when what was burned is an armed side's (a patrol)
                side = self._actor(target_m) if target_m is not None else None
                after = _words_between(self.text, trig.nspan.end, c.end)[:3]
                if (side is not None and (side.code or "")[3:] in _FIGHTING_CODES) or any(
                    w.removeprefix("ال") in _PATROL for w in after
                ):
                    event_type, sub = "Battles", "Armed clash"
                else:
                    event_type, sub = "Violence against civilians", "Attack"
        elif trig.data["entry"].id == "massacre" and means in MEANS_SUBTYPE:
            # "مجزرة جديدة ارتكبها الطيران المروحي، بعد القائه برميلا متفجرا": the weapon's event
            event_type, sub = MEANS_SUBTYPE[means]
        elif _entry(trig).get("voice") == "victim":
            if means in MEANS_SUBTYPE:
                event_type, sub = MEANS_SUBTYPE[means]
            elif any(
                v.data["entry"].get("group") == "combatant"
                # (named or not, the article before its name or not: "قتل الحوثيون ثلاثة مدنيين")
                and not (agent_m is not None and agent_m.nspan.start <= v.nspan.start < agent_m.nspan.end)
                # (nor the agent's men named before it: "قتل مسلحون من عناصر داعش خمسة مدنيين")
                and not (agent_m is not None and _men_of(self.text, v, agent_m))
                # (nor the men by whose hands it was done: "قتل مدني على يد مسلحين من التنظيم")
                and not by_hands(self.text, v.nspan.start - len(v.data.get("prefix", "")))
                # (nor a captive: "ذبح مسلحو التنظيم جنديا اسيرا" — no fight, the man held is attacked)
                and not _captive(self.text, v)
                for v in c.of("victims")
            ):
                # (fighters killed; not the gunmen who killed: "قتل مسلحون مجهولون امس مدنيين اثنين")
                event_type, sub = "Battles", "Armed clash"
            else:
                event_type, sub = "Violence against civilians", "Attack"
        told = self._told_before(trig, means) if agent_m is None else None
        told = told or strike_told
        if told is None and agent_m is None and sub == "Attack" and means is None and not weapons:
            told = self._toll_of_strikes_told_before(c, trig)
        if told is not None:
            event_type, sub = told.event_type, told.sub_event_type  # "نفذ التحالف 19 غارة … الهجمات في سوريا"
        elif (
            sub == "Armed clash"
            and trig.data["entry"].id in ("attack_noun", "attack_verb")
            and means is None
            and pair is None
            and not _definite(trig)
            and not trig.norm.endswith("ات")  # ("في هجمات استهدفت مناطق": a toll of several acts summed up)
            and self._civilians_alone_hit(c, trig, agent_m, target_m)
        ):
            # "قتل ثلاثة مدنيين في هجوم لمسلحين على حافلة": an attack that killed civilians alone, on no armed side
            # or post, is violence against them, no fight (not "الهجوم" told again: the act told before, whatever
            # it was)
            event_type, sub = "Violence against civilians", "Attack"
        elif (
            trig.data["entry"].id == "launch_verb"
            and agent_m is None
            and previous
            and previous[-1].clause.sentence == c.sentence
            and previous[-1].event_type == "Explosions/Remote violence"
        ):
            # "ان ستا من الغارات جرت في سورية، نفذت قرب الحسكة": a bare "carried out" with no doer tells where the
            # strikes or shelling just told were carried out, not a fight
            event_type, sub = previous[-1].event_type, previous[-1].sub_event_type
        actor1 = (
            self._actor(agent_m) if agent_m is not None and not is_generic(agent_m) and not unsure else None
        )
        if actor1 is not None and event_type in ("Battles", "Explosions/Remote violence"):
            actor1 = as_armed(as_military(actor1))  # "قصفت روسيا" — a state fights through its forces
        actor2 = self._actor(target_m) if target_m is not None and not is_generic(target_m) else None
        if actor2 is not None and event_type == "Explosions/Remote violence":
            actor2 = as_armed(actor2)  # "غارات على مواقع المعارضة": the opposition struck is its armed wing
        if actor2 is not None and event_type == "Battles":
            actor2 = as_armed(as_military(actor2))
            if (actor2.code or "").endswith("CVL"):
                actor2 = None  # "سيطرت … وسط ترحيب السكان المدنيين": civilians are no side of a battle
        carried = False
        if told is not None:
            actor1, carried = told.actor1, True
        elif (
            agent_m is None
            and event_type == "Explosions/Remote violence"
            and previous
            and previous[-1].event_type == "Battles"
            and previous[-1].clause.sentence == c.sentence
            and (returned := _return_fire_before(self.doc, c)) is not None
        ):
            # "هاجم مسلحون مركزا للجيش فرد الجنود بفتح النار عليهم، واطلقت الدبابات عدة قذائف": the shells are
            # fired by the side that answered the attack, at its attackers
            answer = previous[-1]
            if (
                answer.clause.index == c.index - 1
                and answer.actor1 is not None
                # (its side named after the verb of answering, its subject)
                and any(
                    role == "actor1" and returned.end() <= a < answer.clause.end
                    for role, a, _ in answer.spans
                )
            ):
                # ("…، ورد الجيش التركي بفتح النار على المواقع، واطلقت دبابات عدة قذائف": the return fire told as
                # an act of its own, its side named: that side fired the shells, at whom it answered)
                actor1, carried = answer.actor1, True
                attack = next(
                    (
                        x
                        for x in reversed(previous[:-1])
                        if x.clause.sentence == c.sentence
                        and x.actor2 is not None
                        and x.actor2.code == answer.actor1.code
                    ),
                    None,
                )
                if actor2 is None:
                    actor2 = answer.actor2 or (attack.actor1 if attack is not None else None)
            else:
                actor1, carried = answer.actor2, True
                if actor2 is None:
                    actor2 = answer.actor1
        elif agent_m is None and (side := self._whose_bare_arms(c, trig, previous)) is not None:
            # "اعلن الجيش التركي انه رد على اطلاق نار. وقصفت الدبابات من بلدة كلس مواقع للتنظيم": the tanks or
            # guns that fired, of no side named, are those of the state's forces that acted just before
            actor1, carried = side, True
        elif agent_m is None and (subject := self._subject_of_the_verb_before(c, trig)) is not None:
            # "واقام عناصر الحوثي حاجزا قرب المدينة واختطفوا ثلاثة صحفيين": the plural verb joined by و goes on
            # with the subject the verb before it named
            actor1 = self._actor(subject)
            if event_type in ("Battles", "Explosions/Remote violence"):
                actor1 = as_armed(as_military(actor1))
        elif (
            agent_m is None
            and previous
            and (previous[-1].event_type != "Protests" or event_type == "Protests")
            and (previous[-1].sub_event_type == sub or not _opens_a_statement(self.text, c))
            # (the doer of air strikes fights no ground battle told after them: "استهدفت غارات التحالف القاعدة،
            # ما اسفر عن مقتل 44 مسلحا في اشتباكات عنيفة" — the sides of the article's battles fought it)
            and not (
                previous[-1].sub_event_type == "Air/drone strike" and trig.data["entry"].id in _GROUND_FIGHTS
            )
            and not _planted_after_another_act(sub, previous[-1])
        ):
            # (a new statement of another kind of act tells another act: "… تمكنت خلالها من قتل 11 مسلحا، واشاروا
            # الى مقتل 10 مدنيين في انفجار عبوتين ناسفتين" — the bombs are not the fighters')
            # (a crowd goes on only with its protest: "تظاهروا … مطالبين باعتقال ابن عم الاسد" arrests no one)
            actor1, carried = previous[-1].actor1, True
            head = _words_between(self.text, c.start, trig.nspan.start)
            if (
                actor2 is None
                and head[:1]
                and head[0].lstrip("وف") in _SUFFERED_VERBS
                # (its subject the side that goes on, none named: not "لافتا الى تعرض المدينة لمئات القذائف")
                and not any(w.startswith("ال") for w in head[1:])
            ):
                # "وسيطرت القوات على مبنى الجامعة، وتعرضت لاحقا لتفجيرات": the side that goes on suffered the
                # act, it did not do it (its doer, if any, is named with من قبل / على يد)
                actor1, actor2, carried = None, actor1, False
        elif agent_m is None and self.drafts and self._continues(c):
            prev = self.drafts[-1]
            if prev.event_type == event_type and not _planted_after_another_act(sub, prev):
                actor1, carried = prev.actor1, True
        elif agent_m is None and (last := self._named_again(c, trig, sub)) is not None:
            # "شن حملة قصف عشوائي على الاحياء السكنية. حيث استهدف القصف احياء …": the act just told, named again
            # with the article, is done by the side that did it — and hits the side it hit, when it hits its
            # positions again ("الغارات استهدفت مواقع …")
            actor1, carried = last.actor1, True
            if (
                actor2 is None
                and last.actor2 is not None
                and (self._military_object(c, trig) or self._camps_hit(c, trig))
            ):
                actor2 = last.actor2
        elif agent_m is None and (teller := self._teller_of_the_cause(c)) is not None:
            # "واعلن مقاتلو المعارضة امس، انهم نفذوا هجوما مباغتا، اسفر عن السيطرة على ثلاثة حواجز": what their
            # attack resulted in they did
            actor1 = self._actor(teller)
            if event_type in ("Battles", "Explosions/Remote violence"):
                actor1 = as_armed(as_military(actor1))
            if actor2 is None and event_type == "Battles":
                actor2 = self._other_of_the_battle(actor1)  # (whom it fights in the article's battles)
        elif agent_m is None and (last := self._shells_fell_of(c, trig, sub)) is not None:
            # "امطرت الفصائل المقاتلة المعارضة اربع بلدات بالقذائف …. واكد المرصد مقتل سبعة اشخاص في اكثر من 300
            # قذيفة سقطت على بلدتي الفوعة وكفريا": the shells said to fall, by nobody named, are the shelling just
            # told
            actor1, carried = last.actor1, True
        elif agent_m is None and event_type == "Battles" and self._battle_pair is not None:
            # a battle told without its sides ("معارك عنيفة جرت امس في احياء …") is fought by the sides the
            # article has named for its battles
            a, b = self._battle_pair
            if actor2 is not None and a is not None and b is not None and actor2.code == a.code:
                a, b = b, a  # "25 عنصرا من الجماعه المتمرده لقوا مصرعهم في معارك": the other side fought them
            actor1, carried = a, True
            if actor2 is None:
                actor2 = b
        joined = None  # (the side the state's forces took ground with, its associate)
        if sub in TERRITORY:
            if self._attempt(c, trig) or _headway_on_a_front(self.text, trig):
                if actor1 is None and actor2 is None and self._campaign_named(c, trig):
                    return []  # "ان عملية تحرير مدينة عدن كشفت عن …": a campaign named, by no side, no fight told
                event_type, sub = "Battles", "Armed clash"
            elif trig.data["entry"].id == "advance" and not self._control_told_with(c, trig):
                # "تقدمت قوات الشرطة بعد اشتباكات"، "واصلت المقاومة تقدمها الى المدينة": an advance tells no ground
                # taken — the fighting on the way; control told ("سيطرت"، "استعادت"، "دخلت") is the takeover
                event_type, sub = "Battles", "Armed clash"
            elif (
                actor1 is not None
                and actor1.inter in (INTER_STATE, INTER_EXTERNAL)
                and ((actor1.code or "").endswith(("MIL", "GOV")))
            ):
                sub = "Government regains territory"
            elif (
                actor1 is not None
                and agent_m is not None
                # (not a rebel's: "سيطر الحوثيون وقوات صالح على" — forces split from the state fight with the rebels)
                and not (actor1.code or "").endswith("REB")
                and (partner := self._state_partner(c, agent_m)) is not None
            ):
                # "واستعادت المقاومة الشعبية والقوات الموالية للرئيس … السيطرة على"، "الجيش و«المقاومة اللبنانية»
                # سيطرا على": the state's forces among those who took it — the state regains it, its forces first
                if actor2 is None and self._battle_pair is not None:
                    # (whom the side named first fights in the article's battles is whom the ground was taken from)
                    a, b = self._battle_pair
                    if a is not None and b is not None and actor1.code in (a.code, b.code):
                        actor2 = b if a.code == actor1.code else a
                sub, actor1, joined = "Government regains territory", partner, actor1
            else:
                sub = "Non-state actor overtakes territory"
        if (
            event_type == "Battles"
            and actor1 is not None
            and not carried
            and (actor2 is not None or self._battle_pair is None)
        ):
            self._battle_pair = (actor1, actor2)
        paired = False  # (actor2 is the other side of the article's battles)
        if (
            event_type == "Battles"
            and actor2 is None
            and self._battle_pair is not None
            and actor1 is not None
            # (ground taken after a fight with a side named, whom it was taken from: "سيطر جيش الفتح على سد
            # كوكب، بعد اشتباكات مع لواء شهداء اليرموك" — not the other side of the article's battles)
            and not (sub in TERRITORY and target_m is None and self._fought_with(c, following) is not None)
        ):
            a, b = self._battle_pair
            # (the side's backer, or the backer of the act carried on with, is of its camp: "نجحت القوات
            # الشرعية، مدعومة بمقاتلي المقاومة، في السيطرة …" fights whom the resistance fights)
            camp = {actor1.code}
            if backer is not None:
                camp.add(backer.code)
            if carried and previous and previous[-1].actor1 is actor1:
                camp.update(x.code for x in previous[-1].assoc)
            if a is not None and b is not None:
                if a.code in camp:
                    actor2 = b
                elif b.code in camp:
                    actor2 = a
                paired = actor2 is not None
        if (
            target_m is not None
            and event_type == "Explosions/Remote violence"
            and _holds_a_place(self.text, target_m)
            and self._civilian_victims(c, trig)
        ):
            actor2 = None  # the holder of the place where civilians died was not hit (see _holds_a_place)
        if actor2 is None and event_type in ("Battles", "Explosions/Remote violence"):
            actor2 = self._victims_side_actor(c, actor1, trig)  # "وقتل 8 حوثيين": the Houthis lost them
        if (
            actor2 is None
            and (
                sub in ("Air/drone strike", "Shelling/artillery/missile attack", "Attack") or sub in BOMBINGS
            )
            and (self._civilian_victims(c, trig) or self._civilian_target(c, trig) or self._in_a_massacre(c))
        ):
            actor2 = self._civilians_of(c)
        # (the doer's aircraft, or those of the strikes told just before, which the doer carried on with)
        from_the_air = actor_means == AIR or (
            carried and bool(previous) and previous[-1].sub_event_type == "Air/drone strike"
        )
        # a captive put to death is attacked, fighter or not: "اعدم التنظيم اثنين من عناصر الجيش الحر بعد اسرهما"
        # — and so is one named as held: "ذبح مسلحو التنظيم جنديا اسيرا"
        # — and so is one taken away with no fight told: "وخطفت الجبهة ثمانية عناصر من الفرقة" is an abduction
        executed = (
            trig.data["entry"].id in _EXECUTIONS
            or sub == "Abduction/forced disappearance"
            or any(v.nspan.start >= trig.nspan.end and _captive(self.text, v) for v in c.of("victims"))
        )
        if (
            event_type == "Violence against civilians"
            and actor2 is not None
            and (actor2.code or "")[3:] in ("MIL", "REB", "UAF")
            and not executed
        ):
            # violence against civilians needs civilians: "تصفية عدد من قناصة الحوثي" is fighting — from the air,
            # a strike ("تمكنت طائرات التحالف من تصفية مجموعة من الحوثيين")
            event_type, sub = MEANS_SUBTYPE[AIR] if from_the_air else ("Battles", "Armed clash")
        # the people hit: named after the act, or counted before it ("قتل 6 حوثيين برصاص المقاومة"); not
        # unknown gunmen, who did it ("اغتال مسلحون مجهولون القيادي")
        returned = _fire_returned(self.text, trig)  # "فرد الجيش بفتح النار": fire returned at the attackers
        hit = [
            v
            for v in c.of("victims")
            if (v.nspan.start >= trig.nspan.end or _counted(self.text, c, v))
            and not self.text.startswith(" مجهول", v.nspan.end)
            # (nor the doer: "واحرق مسلحون منزلا وقتلوا من فيه"; nor the doer's men named before it: "على ايدي
            # مسلحين من جماعة الحوثي")
            and not (agent_m is not None and agent_m.nspan.start <= v.nspan.start < agent_m.nspan.end)
            # (nor the verb of answering read as a member: "فرد الجيش بفتح النار")
            and not (v.norm.lstrip("وف") in _ANSWER_VERBS and returned)
            and not (agent_m is not None and _men_of(self.text, v, agent_m))
        ]
        if (
            sub == "Attack"
            and actor2 is None
            and hit
            and not executed
            and all(v.data["entry"].get("group") == "combatant" for v in hit)
        ):
            # "اردت ارهابيين قتلى": fighters killed, not civilians
            event_type, sub = MEANS_SUBTYPE[AIR] if from_the_air else ("Battles", "Armed clash")
            actor2 = self._victims_side_actor(c, actor1, trig)  # "قتل 6 حوثيين برصاص المقاومة": the Houthis
        if (
            sub == "Attack"
            and actor2 is None
            and not executed
            and trig.data["entry"].id == "shooting"
            and not hit
            and (returned or self._military_object(c, trig, agent_m) or self._heavy_guns(c, trig, actor1))
        ):
            # "فرد الجيش بفتح النار على المواقع"، "ورد الجنود باطلاق النار": fire returned, at the attackers, or
            # opened on positions, or an armed side's heavy guns opened on areas ("فتحت قوات النظام نيران
            # رشاشاتها الثقيلة على مناطق في …") is fighting — no attack on civilians (the clash it answers takes
            # it in)
            event_type, sub = MEANS_SUBTYPE[AIR] if from_the_air else ("Battles", "Armed clash")
        if (
            sub == "Attack"
            and actor2 is None
            and target_m is None
            and not executed
            and not hit
            and trig.data["entry"].id == "shooting"
            and carried
            and previous
            and previous[-1].clause.sentence == c.sentence
            and previous[-1].actor2 is not None
            and (previous[-1].actor2.code or "")[3:] in _FIGHTING_CODES
        ):
            # "القى مهاجمون متفجرات على ثكنات في بلدة الجزيرة واطلقوا رصاص البنادق": fire at no one named, by the
            # side that just struck an armed side's post, goes on with that attack — no attack on civilians
            return []
        if (
            sub == "Attack"
            and actor2 is None
            and not executed
            and (bodies := self._bodies_told_before(c)) is not None
        ):
            # "عثرت الشرطة على جثتي عنصرين من قوات الصحوة …. وافاد المصدر بان الجثتين بدت عليهما آثار طلقات
            # نارية": the bodies told again were the fighters of the side named first — fighters killed
            event_type, sub = MEANS_SUBTYPE[AIR] if from_the_air else ("Battles", "Armed clash")
            actor2 = bodies
        if (
            event_type == "Violence against civilians"
            and actor2 is None
            # (fighters of no side named, taken or put to death, are no civilians: "خطف مسلحو داعش خمسة مقاتلين"،
            # "ان ثمانية من العناصر خطفوا")
            and not (
                executed
                and (hit := hit or self._held_told_before(c, trig))
                and all(
                    v.data["entry"].get("group") == "combatant"
                    and (
                        -_HELD_REACH < v.nspan.start - trig.nspan.end < _HELD_REACH
                        or -_HELD_REACH < trig.nspan.start - v.nspan.end < _HELD_REACH
                    )
                    for v in hit
                )
            )
        ):
            actor2 = self._civilians_of(c)
        if (
            target_m is None
            and actor2 is not None
            and actor2.name_ar is None
            and (actor2.code or "").endswith("CVL")
            and (named := next((v for v in hit if v.data["entry"].get("group") in _CIVILIAN_VICTIMS), None))
        ):
            # "قتل مسلحون عشرة ركاب"، "خمسة لاجئين فلسطينيين": the civilians hit, named by a word no actor's
            # entry holds, are the target, as written
            target_m = named
            actor2 = dataclasses.replace(
                actor2, name_ar=name_as_written(named, self.doc.norm.raw), span=named.span
            )
        if sub == "Suicide bomb" and actor1 is not None and (actor1.code or "")[3:] in ("MIL", "GOV"):
            # no state's forces blow themselves up: the state named with the bombing accuses, tells or mourns
            # ("بهجوم انتحاري اتهمت السلطات تنظيم الدولة …"، "اوحى بمسؤولية الرئيس اردوغان في الهجوم الانتحاري")
            actor1, carried = None, False
        if sub == "Air/drone strike":
            if actor1 is not None and (actor1.code or "")[3:] in ("REB", "UAF", "OPP", "CVL"):
                # a rebel, militia or civilian side flies no aircraft: carried over from the clause before ("سيطر
                # جيش الفتح على …، في حين قتل عشرات المدنيين في قصف جوي") it is no agent, and named with the
                # strike it is what was hit ("الغارات ارغمت قيادة حزب العمال على …")
                if not carried and actor2 is None:
                    actor2 = as_armed(actor1) if not (actor1.code or "").endswith("CVL") else actor1
                actor1, carried = None, False
            # "وأغارت الطائرات الحربية ايضا …": unnamed aircraft in a report that has named whose planes
            # strike are those planes, as a coder reads it
            if (
                (actor1 is None or carried)
                and self.doc.country in _BARREL_STATES
                and any(w.data["entry"].id == "barrel_bomb" for w in weapons)
            ):
                # "قصف الطيران المروحي بالبراميل المتفجرة": in Syria only the state's aircraft drop barrel bombs
                # (whoever's aircraft the report named before), and the aircraft named next are theirs
                actor1, carried = state_forces(self.doc.country), False
                self._air_actor = actor1
            elif actor1 is None and self._air_actor is not None:
                actor1, carried = self._air_actor, True
            elif actor1 is not None and not carried:
                self._air_actor = actor1
            elif (
                actor1 is None
                and means != "drone"
                and self.doc.country in _OWN_AIR_STATES
                and self._alone_in_the_air(self.doc.country)
                and (actor2 is None or not (actor2.name or "").startswith("Islamic State"))
            ):
                # "قصف جوي على منطقة الاشتباكات" in Syria before Russia's aircraft came: aircraft of no one named,
                # striking anyone but the Islamic State in Syria (whom the coalition strikes too), are the state's
                actor1 = state_forces(self.doc.country)
        if (
            actor2 is None
            and actor1 is not None
            and sub in ("Air/drone strike", "Shelling/artillery/missile attack")
            and self._battle_pair is not None
            and _ON_THE_FIGHT.match(self.text, trig.nspan.end, trig.nspan.end + _ON_THE_FIGHT_REACH)
        ):
            # "ترافقت مع قصف جوي على منطقة الاشتباكات"، "نفذ عدة غارات على مواقع الاشتباكات": the strike on the
            # fight hits the side of the article's battles that is not the striker's, nor its ally
            actor2 = self._other_of_the_battle(actor1)
        if (
            actor2 is None
            and actor1 is not None
            and target_m is None
            and (answered := self._side_answered_on_its_own(c, trig)) is not None
        ):
            # "ورد الجيش التركي على هجمات حزب العمال بقصف مواقعه": the positions "its" are the answered side's
            side = self._actor(answered)
            side = as_armed(as_military(side)) if event_type == "Battles" else as_armed(side)
            if side.code and side.code != actor1.code and not allied_actors(side, actor1):
                actor2, target_m = side, answered
        if (
            actor2 is None
            and actor1 is not None
            and sub in ("Air/drone strike", "Shelling/artillery/missile attack")
            and following
            and (lost := self._side_lost_in_its_result(c, following[0])) is not None
        ):
            # "واستهدفت غارات التحالف قاعدة العند، ما اسفر عن مقتل 44 من ميليشيات الحوثي": the side whose men the
            # strike's result counts is the one it hit
            side = as_armed(self._actor(lost))
            if side.code and side.code != actor1.code and not allied_actors(side, actor1):
                actor2 = side
        if (
            actor1 is not None
            # (none hit named, or only the striker's own: "ومعلومات عن خسائر بشرية في صفوف قوات النظام")
            and (actor2 is None or actor2.code == actor1.code)
            and sub in ("Air/drone strike", "Shelling/artillery/missile attack")
            and (side := self._foe_of_the_fight_it_went_with(c, trig, actor1, previous)) is not None
        ):
            # "دارت اشتباكات بين التنظيم وقوات النظام في محيط المطار، ترافق مع قصف جوي عنيف على محيط المطار": the
            # strike that went with a fight hit the side of it that is not the striker's, nor its ally
            actor2, target_m = side, None
            self._hit_in_a_fight.add(trig.nspan.start)
        if (
            actor2 is None
            and actor1 is not None
            and (event_type == "Explosions/Remote violence" or trig.data["entry"].id in _ATTACKS)
            and following
            and (
                (aimed := self._aimed_at_next(c, trig, following[0])) is not None
                or len(following) > 1
                and (aimed := self._aimed_at_next(c, trig, following[1], following[0])) is not None
            )
        ):
            # "غارة نفذها الطيران الحربي مساء امس، على تمركزات للجماعات المتشددة": the positions of a side the
            # clause after the comma names are what the act hit (and an attack's: "في هجوم للمقاومة المؤيدة للرئيس
            # هادي، على نقطة للمتمردين")
            side = self._actor(aimed)
            if event_type == "Battles":
                side = as_armed(as_military(side))
            if side.code and side.code != actor1.code and not allied_actors(side, actor1):
                actor2 = side
                if event_type == "Battles" and self._battle_pair == (actor1, None):
                    self._battle_pair = (
                        actor1,
                        actor2,
                    )  # (the sides of the article's battles, now both known)
        if (
            actor2 is None
            and actor1 is not None
            and event_type == "Explosions/Remote violence"
            and (hit := self._hit_told_next(c, following)) is not None
        ):
            # "كما نفذت سبع ضربات جوية قرب الحسكة واستهدفت وحدات تكتيكية ومركزا للقيادة للتنظيم": the verb of
            # targeting right after the act, with no doer of its own, tells whom it hit
            side = as_armed(self._actor(hit))
            if side.code and side.code != actor1.code and not allied_actors(side, actor1):
                actor2 = side
        if (
            actor2 is None
            and (
                (actor1 is not None and (actor1.code or "")[3:] in ("REB", "UAF"))
                # (or by attackers no side is named for, on the ground: "القى مهاجمون ملثمون متفجرات على ثكنات")
                or (actor1 is None and sub != "Air/drone strike")
            )
            and event_type in ("Battles", "Explosions/Remote violence")
            and self.doc.country
            and self._state_base_hit(c, trig, agent_m)
        ):
            # "اطلاق قذائف هاون على مطار الثعلة العسكري"، "هاجمت الفصائل قاعدة جوية": a military airport or base
            # a rebel side strikes is held by the state's forces
            actor2 = as_armed(state_forces(self.doc.country))
        if (
            event_type == "Explosions/Remote violence"
            and actor1 is not None
            and actor2 is not None
            and allied_actors(actor1, actor2)
            # (but Yemen's army split in 2015: the units the coalition strikes are Saleh's, "معسكر اللواء 55
            # التابع للجيش اليمني")
            and actor2.code != "YEMMIL"
        ):
            # "قصف لقوات النظام، واستهداف تمركزات لقوات النظام والمسلحين الموالين لها": no side shells or strikes
            # its allies; the allies named with the act are the target of another one
            actor2 = None
        if (
            actor1 is not None
            and actor2 is not None
            and actor1.code
            and actor1.code == actor2.code
            and (
                actor1.name == actor2.name
                or (event_type != "Battles" and not self._two_named_groups(agent_m, target_m))
                or actor1.code[3:] not in ("REB", "UAF")
            )
            # (two groups of one entry named apart as the two sides are both: "بين قبيلتي الرزيقات والمعاليا")
            and not (
                event_type == "Battles"
                and pair is not None
                and (agent_m, target_m) == pair
                and agent_m.data["entry"].id == target_m.data["entry"].id
                and agent_m.norm != target_m.norm
                and actor1.code[3:] in ("REB", "UAF")
            )
        ):
            # one side named twice ("للميليشيات المتمردة … الحوثية") is not both sides; two of one code that
            # fight each other are ("بين التبو والطوارق"، the rebels and the Islamic State)
            actor2 = None
        if (
            event_type == "Battles"
            and (actor1 is None) != (actor2 is None)
            and _INTERNAL.match(self.text, trig.nspan.end)
        ):
            # "معارك داخلية بين مسلحي داعش"، "اقتتال داخلي": fighting within one side has that side on both ends
            actor1 = actor2 = actor1 or actor2
        assoc: list[Actor] = []
        if (
            event_type == "Battles"
            and actor2 is not None
            and target_m is not None
            and (
                _allies(agent_m, target_m)
                if agent_m is not None
                else actor1 is not None and allied_actors(actor1, actor2)  # (a side carried over)
            )
        ):
            # "هجوم مقاتلي حزب الله والقوات النظامية على بلدة الزبداني"، "المقاومة الشعبية والقوات الموالية لهادي":
            # two sides that fight together are not the two sides of the fight
            assoc, actor2, target_m = [actor2], None, None
        elif (
            event_type == "Battles"
            and actor2 is not None
            and target_m is None
            and actor1 is not None
            and _one_camp(actor1, actor2)
        ):
            # (the side taken from the article's battles, of the doer's own camp: "تمكنت قوات الجيش الوطني والمقاومة
            # الشعبية من احكام السيطرة" — the resistance took it with the army)
            assoc, actor2 = [actor2], None
        if actor1 is not None and actor1.code and agent_m is not None:
            helper = self._supporter_of(c, agent_m, target_m)
            if helper is not None and helper.code and helper.code != actor1.code:
                assoc.append(helper)  # "مقاتلين محليين تدعمهم قوات التحالف": who fought with the side
        if (
            backer is not None
            and backer.code
            and actor1 is not None
            and backer.code != actor1.code
            and all(x.code != backer.code for x in assoc)
        ):
            assoc.append(backer)  # (the cover named as the act's doer, the side it backed found elsewhere)
        if joined is not None and joined.code and actor1 is not None and joined.code != actor1.code:
            if all(x.code != joined.code for x in assoc):
                assoc.append(joined)  # "سيطرت قوات حزب الله والنظام": the militia the army took it with
        if (
            sub == "Arrests"
            and actor1 is not None
            and (actor1.code or "")[3:] in ("REB", "UAF")
            and (agent_m is None or not c.start <= agent_m.nspan.start < c.end)
            and _plural_verb(trig)
            # (the men held named before the verb, its subject: "ان ستة اشخاص اعتقلوا" — not "واعتقلوا 20 شخصا")
            and any(c.start <= v.nspan.start and v.nspan.end <= trig.nspan.start for v in c.of("victims"))
        ):
            # "فتح المسلحون النار على سيارة عسكرية، فيما ذكرت الوكالة ان ستة اشخاص اعتقلوا": the men held after
            # an act were held by the state, not by the side that did the act (see the police below)
            actor1 = None
        if (
            sub == "Arrests"
            and actor1 is not None
            and (actor1.code or "")[3:] in ("REB", "UAF")
            and (actor2 is None or (actor2.code or "").endswith("CVL"))
            # (the doer told, not the side a noun's genitive names: "اعتقال 590 من عناصر داعش" holds them)
            and (
                agent_m.nspan.end <= trig.nspan.start or e.get("pos") == "verb"
                if agent_m is not None
                # (a doer carried over only from an abduction told before: "… وانهم اعتقلوا العشرات"; not from
                # another act, "ان ستة اشخاص اعتقلوا للاشتباه بعلاقتهم بالحادث" were held by the police)
                else carried
                and bool(previous)
                and previous[-1].sub_event_type == "Abduction/forced disappearance"
            )
            and not _put_to_death_after(self._by_sentence[c.sentence], trig)
            # (the police of a side that rules the ground arrest: "اعتقلت قوات الامن الكردية عشرة شبان")
            and not (
                agent_m is not None
                and _POLICE_WORDS.search(self.text, agent_m.nspan.start, agent_m.nspan.end)
            )
            # (a raid alone holds nobody named; fighters held are no civilians: "اعتقال 175 عنصرا من مقاتليها")
            and trig.data["entry"].id not in ("raid", "raid_noun")
            and not any(
                v.nspan.start >= trig.nspan.end and v.data["entry"].get("group") == "combatant"
                for v in c.of("victims")
            )
        ):
            # "احتجز التنظيم 50 عائلة": an armed group holding civilians takes them away (ACLED's arrests are a
            # state's); the fighters of another side it holds stay a capture ("اعتقلت المقاومة عناصر حوثية")
            event_type, sub = "Violence against civilians", "Abduction/forced disappearance"
            if actor2 is None:
                actor2 = self._civilians_of(c)
        if sub == "Arrests" and actor1 is not None:
            actor1 = as_police(actor1)  # "اعلنت السلطات التركية توقيف 251 شخصا": ACLED's police forces arrest
        if _tyres_burned(self.text, trig):
            # "احرق المتظاهرون الاطارات وقطعوا الطرق": a protest (ACLED: burning tyres destroys no one's property)
            event_type, sub = "Protests", "Peaceful protest"
        elif self._crowd_did_it(c, trig, agent_m):
            # "واحرق المتظاهرون مقر الحزب"، "اقتحم المحتجون مبنى المحافظة": the crowd rioted
            event_type, sub = "Riots", "Violent demonstration"
            if agent_m is not None and agent_m.kind == "actors" and agent_m.data["entry"].id == _PROTESTERS:
                actor1 = self._actor(agent_m)  # (the crowd as named, not as an armed side of a fight)
        if (
            sub in _ON_A_CROWD
            and agent_m is not None  # (the force named, not carried over from another act)
            and actor1 is not None
            and (actor1.code or "")[3:] in ("MIL", "GOV")
            and _crowd_broken_up(self.text, c, trig)
        ):
            # "اعتدت قوات الامن بالضرب على المتظاهرين"، "اطلقت الشرطة الرصاص المطاطي على المحتجين"، "اعتقلت الشرطة
            # عشرين متظاهرا": the forces' hand on a crowd is an intervention in its protest — excessive force when
            # they fired on it (ACLED); the crowd is the first side, the force the second (below)
            was, event_type, sub = sub, "Protests", "Protest with intervention"
            if any(
                t.data["entry"].id == "riot" and t.nspan.start > trig.nspan.end and _relative(self.text, t)
                for t in c.of("triggers")
            ):
                # "اطلقت القوات الرصاص المطاطي على الشبان الذين رشقوا الجنود بالحجارة": the crowd described as
                # throwing stones rioted, the forces' fire on it is the riot's (ACLED)
                event_type, sub = "Riots", "Violent demonstration"
            elif (
                was != "Arrests"
                and any(t.data["entry"].id in _LIVE_FIRE for t in c.of("triggers"))
                and not any(t.data["entry"].id == "disperse_protest" for t in c.of("triggers"))
            ):
                sub = "Excessive force against protesters"
        if sub == "Peaceful protest":
            actor2 = target_m = None  # protesters alone (ACLED: no second side until someone intervenes)
            if actor1 is None and self.doc.country:
                actor1 = protesters(self.doc.country)  # "خرج متظاهرون …": ACLED's Protesters (Country)
        elif sub in _INTERVENED and killed_in_it:
            # "استشهد شاب خلال مظاهرة برصاص قوات الاحتلال": the crowd's country's protesters, those who fired
            # (no side carried over from the act before: nobody named fired, none is told)
            actor1, actor2 = protesters(self._crowd_country(trig)), actor1 if killers is not None else None
            agent_m, target_m = None, killers
        elif sub in _INTERVENED and actor1 is not None and (actor1.code or "")[3:] in ("MIL", "GOV"):
            # "فرقت الشرطة بالغاز المسيل للدموع مظاهرة": ACLED's first side is the crowd, the force the second
            # — the crowd of its own nationality or of the country the report is in, not the force's ("اطلقت
            # القوات الاسرائيلية الرصاص المطاطي على المتظاهرين" in the West Bank: Palestinian protesters)
            # (of no nationality named, the crowd is of the country where it gathered: see the places below)
            crowd = target_m if target_m is not None and target_m.data["entry"].get("code") == "OPP" else None
            home = self._crowd_country(crowd) if crowd is not None else self.doc.country
            crowd_of_the_place = home == self.doc.country
            actor1, actor2 = protesters(home or actor1.country), actor1
            agent_m, target_m = crowd, agent_m  # (the crowd's words, if named: "الرصاص على المتظاهرين")
        elif sub in _INTERVENED and actor2 is not None and (actor2.code or "").endswith("OPP"):
            # "اطلق مسلحون مجهولون النار على المتظاهرين": the crowd is the first side whoever fired on it
            actor1, actor2 = actor2, actor1
            agent_m, target_m = target_m, agent_m
        elif sub in _INTERVENED and actor1 is None:
            # "اصيب متظاهرون جراء الغاز المسيل للدموع": the country's crowd
            actor1 = protesters(self.doc.country)
        elif event_type == "Riots" and (actor1 is None or (actor1.code or "")[3:] in ("MIL", "GOV", "OPP")):
            # ACLED's first side of a riot is the rioters, the force they fought (if any) the second: "رشق شبان
            # قوات الشرطة بالحجارة"، "اندلعت اعمال شغب في المدينة"
            crowd = actor1 if actor1 is not None and (actor1.code or "").endswith("OPP") else None
            force, force_m = next(
                (
                    (a, m)
                    for a, m in ((actor1, agent_m), (actor2, target_m))
                    if a is not None and a is not crowd
                ),
                (None, None),
            )
            if force is None or (force.code or "")[3:] not in ("MIL", "GOV"):
                force = force_m = None
            if riot is not None:
                actor1 = rioters(self._crowd_country(riot[0]))
                agent_m, target_m = (riot[0] if riot[0].kind == "actors" else None), riot[1]
            else:
                actor1 = rioters(crowd.country if crowd is not None else self.doc.country)
                agent_m, target_m = (agent_m if crowd is not None else None), force_m
            actor2 = force
        if (
            sub == "Remote explosive/landmine/IED"
            and actor1 is None
            and actor2 is not None
            and (actor2.code or "")[3:] in ("REB", "UAF", "MIL")
            and _OWN_DEVICE.search(self.text, c.start, c.end)
        ):
            # "مقتل 7 من عناصر داعش بانفجار عجلة اثناء محاولتهم تفخيخها": their own device, no one's attack on them
            actor1, actor2, agent_m, target_m = actor2, None, target_m, None
        if sub in _WEAK_STRATEGIC and (actor1 is None or not self._clause_places(c, trig)):
            return []  # "فرار الانقلابيين", "الاستسلام": codable only with a known actor at a named place
        if sub in TERRITORY and not (actor1 is not None and actor1.code) and not self._clause_places(c, trig):
            return []  # "سترفع الحظر على الدخول الى تويتر": ground taken by no one named at no place named
        if sub in TERRITORY and actor1 is not None and actor2 is None and target_m is None:
            # "سيطر جيش الفتح على سد كوكب، بعد اشتباكات مع لواء شهداء اليرموك": who it was taken from
            fought = self._fought_with(c, following)
            if fought is not None and fought is not agent_m:
                opponent = self._actor(fought)
                if opponent.code and opponent.code != actor1.code or opponent.name != actor1.name:
                    actor2, target_m = opponent, fought
        if (sub in TERRITORY or trig.data["entry"].id == "advance") and actor1 is None and actor2 is None:
            return []  # "فتقدمت فيه القوات": ground changing hands (or an advance) between nobody named is not codable
        places = self._clause_places(c, trig)
        if len(places) == 1 and following:
            places = self._narrowed(places[0], following[0], trig) or places
        # (the place a shelling was fired from, in the clause or the next: where it hit is not where the text was)
        fired_from = not places and any(self._source_of_fire(i) for i in c.toponyms)
        if not places and not fired_from:
            # "اقلعت من قاعدة في ولاية X … وقصفت مقرين": aircraft that took off from a place named in the
            # sentence struck somewhere unnamed — not the place the text was about before
            fired_from = any(
                self._base_flown_from(i)
                for x in self._by_sentence[c.sentence]
                if x.index <= c.index
                for i in x.toponyms
                if self.doc.toponyms[i].start < trig.nspan.start
            )
        if not places and (sufferer := self._sufferer_clause(c, trig)) is not None:
            # "تعرضت مناطق في قريتي X وY في ناحية Z، بريف اللاذقية، لقصف جوي": what suffered the act, named with
            # the verb of suffering clauses before it, is where it was — every member of a list, as in one clause
            places = self._clause_places(sufferer, trig)
        if not places:
            # "دارت مواجهات عنيفة بين …، في مديرية ارحب": the place may come in the next clause of the sentence
            victim = _entry(trig).get("voice") == "victim"
            for nc in following:
                # "غارات للطيران التركي، فجر امس، على قرية شمال شرقي اربيل عن مقتل …": the toll of the act
                # (a victim's word after a cause) is not another act that would own the place
                acts = conflict_triggers(self.doc, nc)
                if any(victim or _entry(t).get("voice") != "victim" for t in acts) and not self._tells_on(
                    nc, acts, event_type
                ):
                    break
                if nc.index in self.doc.memo.get("background_clauses", ()):
                    break  # "غارات … على مواقع في سورية، بعد اربعة ايام على تفجير استهدف مدينة سوروتش": not there
                if self.text[nc.start : nc.start + 12].split()[:1] and (
                    self.text[nc.start : nc.start + 12].split()[0].lstrip("و") in _SAYING_PARTICIPLES
                ):
                    break  # "… اكثر من 120 غارة، مؤكدا ان الاهمية تكمن في تلة خطاب": a new statement
                places = self._clause_places(nc, trig)
                if places:
                    break
                fired_from = fired_from or any(self._source_of_fire(i) for i in nc.toponyms)
        inherited_place = not places
        throughout = None if places else self._throughout(c, trig, actor1)
        if throughout is not None:
            # "أوقفت الشرطة 251 شخصا في حملة في كل أنحاء البلاد": the country, not the city named before
            places, inherited_place = [throughout[0]] if throughout[0] is not None else [], False
            fired_from = fired_from or throughout[0] is None
        if not places:
            # (acts told as scattered took place in several places, none of them the last one named: "تمكنت من
            # قتل 21 مسلحا في معارك متفرقة")
            # (nor where the text was about, a shelling told from the place it was fired from: "انطلق قصف
            # المدفعية من مدينة X واستهدف اهدافا قرب الحدود" — it hit across the border, somewhere unnamed)
            inherited = (
                None if fired_from or _scattered(self.text, trig) else self._inherit_place(c, trig, previous)
            )
            places = [inherited] if inherited is not None else [None]
        elif not self.doc.toponyms[places[0]].nisba:
            # (a people's city, "واعتقل 15 خياطا موصليا", is where that act was, not where the text now is)
            self._remember_place(c, places[-1] if len(places) == 1 else places[0])
        date = self._draft_date(c, trig)
        drafts = []
        # (of no place, the one country the clause names as where it was: "بقصف مواقع للجهاديين في المنطقة
        # الحدودية في سوريا", of a report from Turkey — the Islamic State in Syria)
        named = countries_named_in(self.doc, c, trig) if places == [None] else ()
        where = next(iter(named)) if len(named) == 1 else None
        for p in places:
            a1 = self._where_it_was(actor1, agent_m, p, c.sentence, where)
            if (
                crowd_of_the_place
                and p is not None
                and (place := self.doc.places[p]) is not None
                and place.country
            ):
                # "وفي اسطنبول فرقت الشرطة التركية مظاهرة" in a report about Syria: Turkey's protesters
                a1 = protesters(place.country)
            if a1 is None and sub == "Arrests":
                # "وذكرت الوكالة ان ستة اشخاص اعتقلوا": the state's police arrested them
                a1 = self._police_of(p) or self._police_of_state_media(c, trig)
            a2 = self._where_it_was(actor2, target_m, p, c.sentence, where)
            # (a side sheltering across a border, fought there by the state it rebels against, is that state's)
            a1, a2 = (
                insurgents_of_the_foe(a1, agent_m, a2, self.doc.norm.raw),
                insurgents_of_the_foe(a2, target_m, a1, self.doc.norm.raw),
            )
            if paired and sub in TERRITORY and a1 is not None and p is not None:
                # "وجاء في بيان جيش الفتح انه تمكن من استعادة السيطرة على سد كوكب": the ground told taken again
                # by the same side was taken from the side it was taken from before, not the article's other one
                a2 = next(
                    (
                        x.actor2
                        for x in reversed(self.drafts)
                        if x.place_index is not None
                        and self._one_ground(x.place_index, p)
                        and x.sub_event_type == sub
                        and x.actor1 is not None
                        and x.actor1.code == a1.code
                        and x.actor2 is not None
                    ),
                    a2,
                )
            if (
                a2 is None
                and target_m is None
                and sub == "Air/drone strike"
                and a1 is not None
                and p is not None
                # (no one named as hit either: "الغارة استهدفت القيادي" hit the man told of before)
                and not c.of("victims")
            ):
                # "قصف طيران التحالف مواقع للحوثيين في صنعاء … كما شنت مقاتلات التحالف اربع غارات في جبهة
                # الجفينة": the side's further strikes, on no side named, hit whom its strikes just told hit
                a2 = self._target_struck_before(c, a1, p)
            d = Draft(
                clause=c,
                trigger=trig,
                event_type=event_type,
                sub_event_type=sub,
                actor1=a1,
                actor2=a2,
                place_index=p,
                date=date,
                weapons=[w.data["entry"].get("weapon") for w in weapons],
                means=means,
                carried_actor=carried,
                inherited_place=inherited_place,
                assoc=list(assoc),
            )
            d.note_evidence(self.doc, agent_m, target_m, p)
            for w in weapons:
                d.spans.append(("weapon", w.nspan.start, w.nspan.end))
            drafts.append(d)
        if (
            trig.data["entry"].id == "repel"
            and agent_m is not None
            and not carried
            and drafts
            and _AN_ATTACK_REPELLED.match(self.text, trig.nspan.end)
            and (repeller is None or repeller is agent_m)
        ):
            self._repelled(drafts[0], previous)
        return drafts

    def _sufferer_clause(self, c: Clause, trig: Mention) -> Clause | None:
        """The clause before ``c`` in its sentence that opens on the verb of suffering whose لـ-noun ``trig`` is
        ("تعرضت مناطق في قريتي X وY، بريف Z، لقصف"), the first of them from it on that names a place; None when
        the act is no لـ-noun, the verb is in its own clause, or no clause between names a place."""
        if not trig.data.get("prefix", "").lstrip("وف").startswith("ل") or _entry(trig).get("pos") != "noun":
            return None
        text = self.text
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        verb = None
        for x in self._by_sentence[c.sentence]:
            if x.index >= c.index:
                break
            if verb is None:
                words = text[x.start : x.end].split()[:_SUFFER_REACH]
                if not any(w.lstrip("وف").startswith(("تعرض", "يتعرض", "تتعرض")) for w in words):
                    continue
                if len(_words_between(text, x.start, word_start)) > 2 * _SUFFER_REACH or x.of("triggers"):
                    continue
                verb = x
            if x.of("triggers"):
                return None
            if x.toponyms:
                return x
        return None

    def _target_struck_before(self, c: Clause, actor1: Actor, p: int) -> Actor | None:
        """The armed side the last air strikes of ``actor1`` that hit a side named, told in the sentences just
        before, hit — in the same country as ``p``, or a group coded to the country it was hit in, moved to this
        one (none if those strikes hit civilians)."""
        here = self.doc.places[p]
        if here is None or not here.country:
            return None
        for x in reversed(self.drafts):
            if c.sentence - x.clause.sentence > _STRUCK_SENTENCES:
                return None
            if x.sub_event_type != "Air/drone strike" or x.actor1 is None or x.actor1.code != actor1.code:
                continue
            side = x.actor2
            if side is None or x.trigger.nspan.start in self._hit_in_a_fight:
                # (nor the side strikes hit by going with a fight on one front: "… ترافق مع قصف جوي على محيط مطار
                # كويرس" says nothing of whom the aircraft struck elsewhere)
                continue
            if (side.code or "")[3:] not in _FIGHTING_CODES:
                return None
            there = self.doc.places[x.place_index] if x.place_index is not None else None
            country = there.country if there is not None else side.country
            if here.country == country:
                return side
            # ("غارات على مواقع لتنظيم داعش في العراق وست غارات في سورية": the Islamic State in Syria)
            old = COUNTRY_NAMES.get(country or "", "")
            if side.code.endswith("REB") and side.country == country and f"({old})" in (side.name or ""):
                return relocate(side, here.country)
            return None
        return None

    def _repelled(self, d: Draft, previous: list[Draft]) -> None:
        """The side that repelled an attack told just before without a side hit is the side that attack hit: "فشلت
        قوات النظام في اقتحام البلدة. الا ان مقاتلي المعارضة صدوا الهجوم" — the regime fought the rebels."""
        side = d.actor1
        if side is None or not side.code:
            return
        # (over the attacker's own strikes told between: "حاولا من خلال القصف بالبراميل اقتحام المدينة")
        before = None
        for x in reversed([*self.drafts[-3:], *previous]):
            if x.event_type == "Battles":
                before = x
                break
            if x.actor1 is None or x.actor1.code == side.code:
                return
        if (
            before is None
            or before.event_type != "Battles"
            or before.actor2 is not None
            or before.actor1 is None
            or not before.actor1.code
            or before.actor1.code == side.code
            or allied_actors(before.actor1, side)
            or (d.clause.sentence or 0) - (before.clause.sentence or 0) > 1
            or (
                before.place_index is not None
                and d.place_index is not None
                and before.place_index != d.place_index
            )
        ):
            return
        before.actor2 = side
        if d.actor2 is None:
            d.actor2 = before.actor1
        if self._battle_pair is not None and self._battle_pair[0] is before.actor1:
            self._battle_pair = (before.actor1, side)

    def _condemned_reference(self, c: Clause, trig: Mention) -> bool:
        """ "وفيما ادانت رئاسة كردستان القصف": the act condemned, named with the article after an act was
        reported or with no place, is that act again or no report, not one more ("ادانت … الهجوم الذي استهدف …"
        still tells one); so is the act someone is held responsible for ("بمسؤولية الرئيس في الهجوم")."""
        if (
            _entry(trig).get("pos") != "noun"
            or not (
                trig.data.get("prefix", "").endswith("ال")
                or trig.norm.startswith("ال")  # (a form with it)
                # (or made definite by its genitive: "ادان ليون … اختطاف الموظفين الايطاليين")
                or self.text[trig.nspan.end : trig.nspan.end + 4].startswith(" ال")
            )
        ):
            return False
        after = [self.doc.toponyms[i] for i in c.toponyms if self.doc.toponyms[i].start > trig.nspan.end]
        if not self.drafts and after:
            return False  # "ادانت الخارجية الهجوم على مسجد في الكويت": the first report, where it was
        if any(w in _RELATIVE for w in self.text[trig.nspan.end : trig.nspan.end + 30].split()[:3]) and (
            not self.drafts or not self._places_told({t.key for t in after})
        ):
            # "ادانت … الهجوم الذي استهدف …" tells one: the first report, or one at a place no act was told at
            # (after the act was told, "… بالهجوم الذي استهدف الحافلة في مانديرا" only names it again)
            return False
        at = trig.nspan.start
        before = self.text[at - 40 if at > 40 else 0 : at]
        if "مسؤولي" in before and before.endswith(" في "):
            # "اوحي فيها بمسؤوليه الرئيس في الهجوم الانتحاري": who is to blame for the act told (not a claim of
            # it, "اعلن التنظيم مسؤوليته عن الهجوم", which names who did it)
            return True
        if _charged_with(self.text, trig) and any(
            w.lstrip("و") in _ACCUSING_VERBS
            for w in self.text[max(c.start, at - _CONDEMNED_REACH) : at].split()
        ):
            return True  # "واتهمت الحكومة الحوثيين بتنفيذ الهجوم"، "وحملت … مسؤولية التفجير": the act charged
        return any(
            t.data["entry"].id in ("condemn", "condemn_noun")
            and 0 <= trig.nspan.start - t.nspan.end <= _CONDEMNED_REACH
            for t in c.of("triggers")
        )

    def _places_told(self, keys: set[str]) -> bool:
        """Every place of ``keys`` is where an act drafted before was told."""
        told = {self.doc.toponyms[d.place_index].key for d in self.drafts if d.place_index is not None}
        return keys <= told

    def _where_it_was(
        self,
        actor: Actor | None,
        m: Mention | None,
        p: int | None,
        sentence: int | None = None,
        where: str | None = None,
    ) -> Actor | None:
        """A side the lexicon gives no country (داعش, civilians) takes the country of the event's place: "the
        Islamic State in Syria" is SYRREB in an article mostly about Iraq. A place the gazetteer lacks is in the
        country its sentence names ("في بلدة اريحة … في شمال غرب سوريا"); an act of no place, in the country
        ``where`` its clause names."""
        if actor is not None and (
            (m is not None and self._country_fired_from(m) is not None)
            or (m is None and actor.code in self._fired_from_codes)
        ):
            # "متطرفون فتحوا النار من سوريا على مركز حدودي": of where they fired from (see _actor), carried on too
            return actor
        place = self.doc.places[p] if p is not None else None
        home = self.doc.country
        country = place.country if place is not None else None
        if p is None and actor is not None and not (actor.code or "").endswith(("MIL", "GOV")):
            country = where  # (a bare "الجيش" a state tells of stays its own: "أعلنت تركيا أن الجيش قصف …")
        if (
            p is not None
            and place is None
            and sentence is not None
            and actor is not None
            and (actor.code or "").endswith("CVL")
        ):
            country = self._country_named_in(sentence)  # only civilians: a named country may be a side's
        if p is None and not country and actor is not None and m is not None:
            country = self._country_it_was_hit_in(actor, m)
        if actor is None or not country or not home or country == home:
            return actor
        if {country, home} in _ONE_THEATRE or not (actor.code or "").startswith(home):
            return actor
        if m is not None and len(m.data["entry"].get("code") or "") != 3 and not actor.code.endswith("CVL"):
            return actor  # a side of its own country (الجيش العراقي) stays that country's
        if m is not None and actor.country in (self._country_right_after(m), self._across_a_border(m)):
            return actor  # "مواقع داعش في سوريا": the country named with it
        return relocate(actor, country)

    def _country_fired_from(self, m: Mention) -> str | None:
        """ "مسلحون فتحوا النار من سوريا على مركز حدودي تركي"، "اطلق التنظيم قذائف من داخل سوريا": a group of no
        country of its own that fired from a country named right after its fire is of that country."""
        code = m.data["entry"].get("code") or ""
        if len(code) != 3 or code in ("CVL", "MIL", "GOV", "INT") or code.startswith("IGO"):
            return None
        starts = self._toponym_starts()  # (in text order: those in reach, not every toponym, are read)
        for i in range(
            bisect_right(starts, m.nspan.end), bisect_right(starts, m.nspan.end + _FIRED_FROM_REACH)
        ):
            t = self.doc.toponyms[i]
            if not self._country_wide(i):
                continue
            words = self.text[m.nspan.end : t.start].split()
            place = self.doc.places[i]
            if (
                place is not None
                and (words[-1:] == ["من"] or words[-2:] == ["من", "داخل"])
                and not _FIRE_WORDS.isdisjoint(w.lstrip("و") for w in words)
            ):
                return place.country or None
        return None

    def _country_it_was_hit_in(self, actor: Actor, m: Mention) -> str | None:
        """A group of no country in an act of no place, told right after an act of the same kind on the same
        group in another country, is the group there (the story goes on): "قصفت طائرات تركية مواقع لتنظيم داعش
        في سوريا. وقال البيان ان الطائرات قصفت مقرين لمسلحي داعش" — the Islamic State in Syria both times."""
        if len(m.data["entry"].get("code") or "") != 3 or not self.drafts or not actor.code:
            return None
        last = self.drafts[-1]
        if any(
            _entry(t).get("event_type") != last.event_type
            for t in self._clause_at(m.nspan.start).of("triggers")
        ):
            return None  # (another kind of act: "القت الشرطة التركية القبض على عناصر من التنظيم")
        for side in (last.actor2, last.actor1):
            if (
                side is not None
                and side.country
                and side.country != actor.country
                and (side.code or "")[3:] == actor.code[3:]
                and relocate(actor, side.country).name == side.name
            ):
                return side.country
        return None

    def _country_named_in(self, sentence: int) -> str | None:
        """The one country a sentence names as a place ("في شمال غرب سوريا"), if it names one."""
        named = {
            self.doc.places[i].country
            for c in self.doc.clauses
            if c.sentence == sentence
            for i in c.toponyms
            if self._country_wide(i)
        }
        return next(iter(named)) if len(named) == 1 else None

    def _police_of_state_media(self, c: Clause, trig: Mention) -> Actor | None:
        """ "اعلن التلفزيون السوري عن توقيف …": an arrest a state's own television or news agency tells, with no
        one named making it, was made by that state's police (wherever armed groups arrest too)."""
        told = _STATE_MEDIA.search(self.text, c.start, trig.nspan.start)
        country = state_of_nationality_word(told.group(1)) if told is not None else None
        return police_forces(country) if country else None

    def _police_of(self, p: int | None) -> Actor | None:
        """Who arrests where no one is named: the police of the state the place is in, where one state polices its
        land (not where armed groups hold towns and arrest too: Syria, Yemen, Libya, Palestine)."""
        place = self.doc.places[p] if p is not None else None
        country = place.country if place is not None else self.doc.country
        return police_forces(country) if country in _POLICED else None

    def _draft_date(self, c: Clause, trig: Mention) -> DateValue | None:
        """The clause's date, unless the trigger has its own: "ظهر الاثنين … ودمرتها معارك انتهت في كانون
        الثاني" (a date right after it, when the clause has several), "غداه هجوم انتحاري" (the day before)."""
        exprs = find_time_expressions(self.text, c.start, c.end)
        d = c.date
        if (
            d is not None
            and d.date is not None
            and d.precision == 1
            and (days := self._a_day_from(c, trig, exprs))
        ):
            # "وقتل خمسة جنود في كمين غداة الهجوم الذي استهدف السوق الاحد": the day after that Sunday
            return DateValue(d.date + dt.timedelta(days=days), 1, "relative")
        if (
            c.prior_date is not None
            and c.date is not c.prior_date
            and (self._outside_what_it_came_after(c, trig) or self._doers_of_an_act_told(c, trig, exprs))
        ):
            return c.prior_date
        report = _report_date(self.doc, c, trig)
        if report is not c.date:
            return report  # the clause's dates are a relative clause's (see _report_date)
        if len(exprs) >= 2:
            own = [e for e in exprs if self._its_own_date(trig, e)]
            if not own and self._date_of_the_telling(c, exprs[0], trig):
                # "اعلنت وزارة الدفاع الثلاثاء ان غارة … ادت في مطلع يوليو الى مقتل …": the act's own date
                own = [e for e in exprs if e.start >= trig.nspan.end][:1] or [
                    # (or between the telling and the act's word: "اعلنت الوزارة امس ان قياديا قتل في منتصف يوليو
                    # في غارة"، the date nearest the act)
                    e
                    for e in reversed(exprs[1:])
                    if e.end <= trig.nspan.start
                ][:1]
            if own:
                dv = resolve_written(own[0], self.doc.article.published, self.doc.memo.get("reference_day"))
                if dv is not None and dv.date is not None:
                    return dv
        d = c.date
        if d is None or d.date is None or d.precision != 1 or d.basis not in ("inherited", "publication"):
            return d
        # (or a few words before, what suffered it or its dead between: "غداة تعرض مناطق مماثلة في العاصمة
        # لتفجيرين"، "غداة مقتل 23 شخصا على الاقل في تفجيرين")
        at = trig.nspan.start
        lo = at - 60
        before = self.text[lo if lo > c.start else c.start : at].split()[-9:]
        if "غداه" not in before[-2:] and not ("غداه" in before and not _SUFFERED.isdisjoint(before)):
            return d
        day = self._day_of_what_came(c) or d.date
        return DateValue(day - dt.timedelta(days=1), 1, "relative")

    def _day_of_what_came(self, c: Clause) -> dt.date | None:
        """ "ووجه زعيم الحزب نداء السبت … وجاء كلامه غداة مقتل ستة اشخاص": a clause of no date of its own that
        opens with a verb of coming (جاء، ياتي) comes on with what the sentence before told — the day that
        sentence names last, not the running day of the report (a statement's day does not move it)."""
        first = self.text[c.start : c.start + 12].split()[:1]
        if (
            not first
            or first[0] not in _CAME
            or c.sentence == 0
            or find_time_expressions(self.text, c.start, c.end)
        ):
            return None
        start, end = self.doc.sentences[c.sentence - 1]
        for e in reversed(find_time_expressions(self.text, start, end)):
            dv = resolve_written(e, self.doc.article.published, self.doc.memo.get("reference_day"))
            if dv is not None and dv.date is not None and dv.precision == 1:
                return dv.date
        return None

    def _outside_what_it_came_after(self, c: Clause, trig: Mention) -> bool:
        """Every date of the clause is of a thing named after بعد/قبل/عقب/اثر (see
        :func:`rasad.pipeline._of_an_earlier_thing`) and the act lies outside that phrase, before its anchor or
        after its date ("وتزامنت الغارات التي جاءت بعد اتصال بين الرئيسين يوم الاربعاء مع حملة مداهمات"): the day
        the text runs at, not the day of what it came after (an act named inside it has that day: "بعد
        التفجير الذي استهدف المدينة يوم 20 يوليو")."""
        from rasad.pipeline import (
            _EARLIER,
            _EARLIER_REACH,
            _of_an_earlier_thing,
        )  # (pipeline imports this module)

        if not _of_an_earlier_thing(self.text, c):
            return False
        at = trig.nspan.start
        words = self.text[c.start : at].split()
        for e in find_time_expressions(self.text, c.start, c.end):
            if at >= e.end:
                continue
            if any(
                words[k] in _EARLIER and (k == 0 or words[k - 1] != "علي")
                for k in range(max(0, len(words) - _EARLIER_REACH), len(words))
            ):
                return False  # (the act told between the anchor and the date)
        return True

    def _doers_of_an_act_told(self, c: Clause, trig: Mention, exprs: list[Any]) -> bool:
        """Every date of the clause is in a relative clause after the act, that tells another act the act's
        people are named the doers or suspects of ("واعتقلت الشرطة المتورطين في التفجير الذي استهدف سوقا الاحد"،
        "وقتلت القوات اثنين من منفذي الهجوم الذي وقع الاثنين الماضي"): that act's day, not the arrest's."""
        if not exprs:
            return False
        rel = relative_pronoun_before(self.text, trig.nspan.end, exprs[0].start)
        if rel is None or any(relative_pronoun_before(self.text, rel, e.start) is None for e in exprs):
            return False
        told = [
            m
            for m in c.of("triggers")
            if m is not trig
            and _entry(m).get("category") == "conflict"
            and trig.nspan.end <= m.nspan.start
            and m.nspan.end <= rel
            and len(_words_between(self.text, m.nspan.end, rel)) <= 2
        ]
        if not told:
            return False
        words = _words_between(self.text, trig.nspan.end, told[-1].nspan.start)
        return any(w.lstrip("و") in _DOERS or (w[:1] in "لب" and w[1:] in _DOERS) for w in words)

    def _a_day_from(self, c: Clause, trig: Mention, exprs: list[Any]) -> int:
        """The days the act lies from the thing named after غداة (the day after) or عشية (the eve of) that
        follows it, when every date of the clause is that thing's ("قتل خمسة جنود غداة الهجوم الذي استهدف
        السوق الاحد": Monday): 1 or -1; else 0 (the act's own date before it: "قتل خمسة امس غداة اشتباكات")."""
        if not exprs:
            return 0
        words = _words_between(self.text, trig.nspan.end, exprs[0].start)[-_THE_DAY_REACH:]
        days = [_A_DAY_FROM[w.lstrip("و")] for w in words if w.lstrip("و") in _A_DAY_FROM]
        # ("بعد يومين من الهجوم الذي استهدف السوق الاحد": two days after it, "قبل يوم من": the day before)
        for m in _DAYS_FROM.finditer(" ".join(words)):
            n = _DAYS_COUNT.get(m.group(2)) or _DAYS_COUNT.get(m.group(3)) or int(m.group(3) or 0)
            days.append(n if m.group(1) == "بعد" else -n)
        return days[-1] if days else 0

    def _its_own_date(self, trig: Mention, e: Any) -> bool:
        """The date ``e`` is the act's own: right after the trigger ("معارك انتهت في كانون الثاني") or in the
        relative clause that opens right after it ("اعتقال المتورطين بالتفجير الذي استهدف ناحية بني سعد
        بمحافظة ديالى الجمعة")."""
        if e.start < trig.nspan.end:
            return False
        between = _words_between(self.text, trig.nspan.end, e.start)
        return len(between) <= 2 or (len(between) <= 8 and bool(between) and between[0] in _RELATIVE_AND)

    def _date_of_the_telling(self, c: Clause, e: Any, trig: Mention) -> bool:
        """The date ``e`` dates the telling (a verb of saying before it, ان between it and the act), not the
        act told."""
        if e.start > trig.nspan.start:
            return False
        said = any(w.lstrip("و") in _SAYING for w in _words_between(self.text, c.start, e.start))
        return said and tells_what_follows(_words_between(self.text, e.end, trig.nspan.start))

    def _civilian_victims(self, c: Clause, trig: Mention) -> bool:
        """Civilians among the victims of this clause, of the sentence before it ("ولقي ثمانيه مدنيين، بينهم سته
        من عائله واحده، مصرعهم في قصف لطائرات النظام") or of the clauses after it that tell its toll."""
        # (not a word that describes a side named right before it: "تنظيم «داعش» الارهابي")
        own = [
            v
            for v in c.of("victims")
            if not any(
                a.nspan.end <= v.nspan.start
                and not self.text[a.nspan.end : v.nspan.start - len(v.data.get("prefix", ""))].strip(' "«»')
                for a in c.of("actors")
            )
        ]
        if own:
            return any(
                v.data["entry"].get("group") in _CIVILIAN_VICTIMS
                and not self._telling(v)
                and not _aid_recipients(self.text, v)
                for v in own
            )
        clauses = []
        for x in reversed(self.doc.clauses[: c.index]):
            if x.sentence != c.sentence:
                break
            if found := conflict_triggers(self.doc, x):
                # "قتل 3 اطفال، جميعهم دون سن ال 12 جراء سقوط قذيفة": a toll told before the act that caused it
                if (
                    all(_entry(t).get("voice") == "victim" for t in found)
                    and (
                        _CAUSED_BY.search(self.text, c.start, trig.nspan.start)
                        # ("قتل 12 شخصا بينهم اربعة اطفال امس، في غارات جوية": the act the dead fell in)
                        or self.text[c.start : trig.nspan.start - len(trig.data.get("prefix", ""))].strip()
                        == "في"
                    )
                ):
                    clauses.append(x)
                break  # "… على كفرناها ما ادى لسقوط شهيد طفل، كما اغارت على …": that toll is the other strike's
            clauses.append(x)
        for x in self.doc.clauses[c.index + 1 :]:
            if x.sentence != c.sentence:
                break
            if conflict_triggers(self.doc, x):
                if _RESULTED.match(self.text, x.start, x.end):
                    clauses.append(x)  # "…، ما ادى الي مقتل ثلاثه مدنيين": the toll it took
                break
            clauses.append(x)  # "…، ادى الي اصابه ثلاثه مدنيين"
        return any(
            v.data["entry"].get("group") in _CIVILIAN_VICTIMS and not _aid_recipients(self.text, v)
            for x in clauses
            for v in x.of("victims")
        )

    @staticmethod
    def _two_named_groups(agent_m: Mention | None, target_m: Mention | None) -> bool:
        """The doer and the side hit are two armed groups each named by an entry of its own, neither a generic
        word ("فجر احد مسلحي داعش نفسه وسط مجموعة من المسلحين التركمان"): both sides of the act though their
        codes are one."""
        return (
            agent_m is not None
            and target_m is not None
            and agent_m.data["entry"].id != target_m.data["entry"].id
            and not is_generic(agent_m)
            and not is_generic(target_m)
        )

    def _nationals_counted(self, d: Draft) -> str | None:
        """The state whose nationality, written as a noun right after the count of the act's dead, names them
        ("قتل سبعة عراقيين"، "مقتل 21 مصريا"): civilians of that state, not of the article's country — unless the
        dead are counted as fighters ("ثلاثة جنود سوريين") or named as men of a side after it ("من عناصر …")."""
        cas = d.casualties
        if not cas.fatalities or not cas.spans or cas.detail.get("combatants") or d.event_type == "Battles":
            return None
        end = max(e for _, e in cas.spans)
        m = _NATIONALITY_AFTER.match(self.text, end)
        if m is None or self.text[m.end() : m.end() + 4] == " من ":
            return None
        return state_of_nationality_word(m.group(1))

    def _no_side_but_the_doer(self, d: Draft) -> bool:
        """The sentence of ``d`` counts its dead and names no side but its doer, and no fighters among the people
        it counts: its dead may be no one's men ("ما اوقع 30 قتيلا"; not "قتلى في صفوف الحوثيين"، "مقتل عدد من
        عناصر الحاجز"، "قتلى للواء … اثر تفجير جيش الفتح مقرا له")."""
        start, end = self.doc.sentences[d.clause.sentence]
        if not d.casualties.spans or any(not (start <= a and b <= end) for a, b in d.casualties.spans):
            return False  # (dead told elsewhere may be anyone's)
        clauses = self._by_sentence[d.clause.sentence]
        doer = {(s, e) for role, s, e in d.spans if role == "actor1"}
        named = {
            m.data["entry"].id
            for x in clauses
            for m in x.of("actors")
            if (m.nspan.start, m.nspan.end) in doer
        }
        sentence = d.clause.sentence
        before = self._by_sentence.get(sentence - 1, [])
        if any(v.data["entry"].get("group") == "combatant" for x in before for v in x.of("victims")):
            return (
                False  # (fighters' dead told just before may be the same: "بمقتل 14 مسلحا من داعش. وقال …")
            )
        for x in clauses:
            if any(
                v.data["entry"].get("group") == "combatant"
                # (not the doer's own word, named after the act: "ويشتبه بان المتشددين يقفون وراءه"; nor, wherever
                # the doer is named, the adjective in its name: "تنظيم داعش الارهابي يقف وراء الاعتداء")
                and not any(
                    s <= v.nspan.start < e and (s >= d.trigger.nspan.end or v.nspan.start > s)
                    for s, e in doer
                )
                for v in x.of("victims")
            ):
                return False
            for m in x.of("actors"):
                code = self._actor(m).code or ""
                if _civilian(m) or code.endswith("GOV") or code.startswith("IGO"):
                    continue  # (who tells of it: "اعلنت السلطات التركية ان انتحاريا …")
                if m.data["entry"].id not in named:
                    return False
        # (nor when the sentence after tells the doer's blasts again with an armed side they hit: "نفذ التنظيم
        # تفجيرين انتحاريين قرب البلدة. وقال المرصد ان عناصر من التنظيم فجروا شاحنتين استهدفتا نقطتي تفتيش
        # للوحدات الكردية")
        for x in self._by_sentence.get(sentence + 1, []):
            if not any(_entry(t).get("sub_event_type") in _BOMBINGS for t in x.of("triggers")):
                continue
            sides = {
                m.data["entry"].id
                for m in x.of("actors")
                if (self._actor(m).code or "")[3:] in _FIGHTING_CODES
            }
            if sides & named and sides - named:
                return False
        return True

    def _civilians_of(self, c: Clause) -> Actor:
        """The civilians of the country their nationality names after them in the clause's sentence ("مصير
        المدنيين العراقيين العالقين في قصف طائرات أف 16 التركية": Iraq's), else of the article's country."""
        return civilians(self._civilians_nationality(c.sentence) or self.doc.country)

    def _civilians_nationality(self, sentence: int) -> str | None:
        """The country of the civilians the sentence names with their nationality after them."""
        for x in self._by_sentence[sentence]:
            for v in x.of("victims"):
                if v.data["entry"].get("group") in _CIVILIAN_VICTIMS:
                    if v.data["entry"].id == "nationals":  # the people counted by it: "ثلاثة سوريين"
                        country = state_of_nationality_word(self.text[v.nspan.start : v.nspan.end])
                    else:
                        m = _NATIONALITY_AFTER.match(self.text, v.nspan.end)
                        country = state_of_nationality_word(m.group(1)) if m else None
                    if country is not None:
                        return country
        return None

    def _telling(self, v: Mention) -> bool:
        """The people are who tell of it: "وافاد سكان بسماع دوي انفجارات"، "بحسب سكان"."""
        before = _words_before(self.text, v, 1, chars=12)
        return bool(before) and before[0].removeprefix("و") in _SAYING

    def _side_backed(self, c: Clause, backer: Mention) -> Mention | None:
        """The side the backer is named as the support of, right before the word of support with only a comma
        between, in the clause or the one before it in the sentence: "نجحت القوات الشرعية، مدعومة بمقاتلي
        المقاومة، في السيطرة على …" — the side backed did it."""
        start = backer.nspan.start - len(backer.data.get("prefix", ""))
        clauses = [c]
        if c.index > 0 and self.doc.clauses[c.index - 1].sentence == c.sentence:
            clauses.append(self.doc.clauses[c.index - 1])
        for cl in clauses:
            sides = [m for m in cl.of("actors") if m.nspan.end <= start - 2]
            if not sides:
                continue
            m = sides[-1]
            words = self.text[m.nspan.end : start].replace("،", " ").replace(",", " ").split()
            while words and words[-1] in _SUPPORT_FILLERS:
                words = words[:-1]
            word = words[0].removeprefix("و") if len(words) == 1 else ""
            if word in _SUPPORT and word not in _LEADING and word not in _TRAINED and not _civilian(m):
                return m
            return None
        return None

    def _in_a_massacre(self, c: Clause) -> bool:
        """The sentence of the act calls it a massacre ("وسقط عشرات القتلى في مجزرة جديدة ارتكبها الطيران
        المروحي بعد القائه برميلا متفجرا"، "ارتكبت طائرات النظام مجزرة في البلدة"): the people it killed were
        civilians — not a massacre the act answered or followed ("ردا علي مجزرة سوروتش"، "غداة المجزرة")."""
        return any(
            t.data["entry"].id == "massacre"
            and _AFTER_ANOTHER.isdisjoint(_words_before(self.text, t, 2, chars=20))
            for x in self._by_sentence[c.sentence]
            for t in x.of("triggers")
        )

    def _civilian_target(self, c: Clause, trig: Mention) -> bool:
        """ "قصفوا احياء سكنيه", "استهدفت الغاره منازل المواطنين": a civilian target named after the trigger."""
        end = trig.nspan.end + 80
        stop = c.end
        if stop < end and c.index + 1 < len(self.doc.clauses):
            # (and the aim told in the next clause: "شن التنظيم هجوما انتحاريا، بعد استهدافه تجمعا في مركز …")
            nc = self.doc.clauses[c.index + 1]
            if nc.sentence == c.sentence and _ITS_AIM.match(self.text, nc.start, nc.end):
                stop = nc.end
        after = self.text[trig.nspan.end : stop if stop < end else end]
        return any(w in after for w in _CIVILIAN_TARGETS)

    def _narrowed(self, chosen: int, nc: Clause, trig: Mention) -> list[int]:
        """ "اما في دمشق فدارت اشتباكات …، في اطراف حي جوبر": a clause of its own that only adds a finer place
        within the one named (a quarter of the city, a village near it) says where the fighting was."""
        head = self.text[nc.start : nc.start + 6].split()[:1]
        if not head or head[0] not in _PLACE_PREPOSITIONS or conflict_triggers(self.doc, nc):
            return []
        here = self.doc.places[chosen]
        if here is None or not here.geocoded or here.precision not in (1, 2):
            return []
        out = []
        for i in self._clause_places(nc, trig):
            p = self.doc.places[i]
            if (
                i != chosen
                and p is not None
                and p.geocoded
                and haversine_km(here.latitude, here.longitude, p.latitude, p.longitude) <= _NARROW_KM
                and self._specificity(i) <= self._specificity(chosen)
            ):
                out.append(i)
        return out[:1]

    def _civilians_alone_hit(
        self, c: Clause, trig: Mention, agent: Mention | None, target: Mention | None
    ) -> bool:
        """The clause's victims are civilians (a child, women, civilians), none a fighter but the doer named with
        the act ("هجوم لمسلحين"، "هجوم شنه مسلحون"), and what was attacked is no armed side nor military post."""
        vs = c.of("victims")
        if not vs or not any(v.data["entry"].get("group") in _CIVILIAN_VICTIMS for v in vs):
            return False
        text = self.text
        for v in vs:
            group = v.data["entry"].get("group")
            if group in _CIVILIAN_VICTIMS:
                continue
            if group != "combatant":
                return False  # (people of no kind told: the count is not known to be civilians')
            if agent is not None and agent.nspan.start <= v.nspan.start < agent.nspan.end:
                continue
            if (
                v.nspan.start > trig.nspan.end
                and len(_words_between(text, trig.nspan.end, v.nspan.start)) <= 1
            ):
                continue  # "هجوم لمسلحين"، "هجوم شنه مسلحون": the attackers
            return False
        if target is not None:
            side = self._actor(target)
            if (side.code or "")[3:] in _FIGHTING_CODES:
                return False
        return not self._military_object(c, trig, agent)

    def _strike_restated(self, c: Clause, agent: Mention | None, previous: list[Draft]) -> bool:
        """A strike or shelling told in this sentence or the one before, by the side that destroyed the military
        objects now told (or by any side, when no doer is named), or told earlier by that side when the
        destruction has no place of its own: the destruction restates its result."""
        code = self._actor(agent).code if agent is not None else None
        if any(
            d.event_type == "Explosions/Remote violence"
            and 0 <= c.sentence - d.clause.sentence <= 1
            and (code is None or d.actor1 is None or d.actor1.code == code)
            for d in previous[-3:]
        ):
            return True
        # (further on, with no place of its own: "… كما اعلن ان «الجيش دمر بالكامل اهدافا للتنظيم»" — the strikes
        # its side was told to have made)
        return (
            code is not None
            and not c.toponyms
            and any(
                d.event_type == "Explosions/Remote violence"
                and d.actor1 is not None
                and d.actor1.code == code
                for d in self.drafts
            )
        )

    def _state_base_hit(self, c: Clause, trig: Mention, agent: Mention | None) -> bool:
        """What the act is done to, right after it (or after its doer told right after it: "قصفت الفصائل مطار
        كويرس العسكري"), is a military airport, base or barracks ("مطار X العسكري"، "قاعدة عسكرية")."""
        for t in c.of("triggers"):
            if t is not trig and (
                t.nspan.start > trig.nspan.start or _entry(t).get("category") != "conflict"
            ):
                continue  # (or after the verb of the act told before its means: "هاجمت الجبهة مطار … بسيارات")
            at = t.nspan.end
            # (a word of the doer's before its name: "القى مهاجمون ملثمون متفجرات على ثكنات")
            side = next(
                (
                    m
                    for m in c.of("actors")
                    if at <= m.nspan.start and len(_words_between(self.text, at, m.nspan.start)) <= 1
                ),
                None,
            )
            if side is not None and side is (agent or side):
                at = side.nspan.end
            if _STATE_BASE.match(self.text, at, c.end) is not None:
                return True
        return False

    def _held_told_before(self, c: Clause, trig: Mention) -> list[Mention]:
        """The people named right before an act of taking or killing captives, as its subject ("ان ثمانية من
        العناصر خطفوا"): those it took."""
        return [
            v
            for v in c.of("victims")
            if v.nspan.end <= trig.nspan.start and trig.nspan.start - v.nspan.end < _HELD_REACH
        ][-1:]

    def _heavy_guns(self, c: Clause, trig: Mention, actor1: Actor | None) -> bool:
        """An armed side's fire told by its heavy guns ("نيران رشاشاتها الثقيلة"، "برشاشات الدوشكا"), a weapon of
        war: fire at the other side's ground, no one of the people there named hit."""
        if actor1 is None or (actor1.code or "")[3:] not in _FIGHTING_CODES:
            return False
        start, end = max(c.start, trig.nspan.start - _GUNS_REACH), min(c.end, trig.nspan.end + _GUNS_REACH)
        return _HEAVY_GUNS.search(self.text, start, end) is not None

    def _military_object(self, c: Clause, trig: Mention, agent: Mention | None = None) -> bool:
        """What the act is done to, in the words after it (or after its doer told right after it: "ودمرت وحدة
        من الجيش مواقع للمسلحين"), is a military object."""
        after = _words_between(self.text, trig.nspan.end, c.end)[:4]
        if agent is not None and trig.nspan.end <= agent.nspan.start < trig.nspan.end + _ACT_TO_DOER:
            after += _words_between(self.text, agent.nspan.end, c.end)[:3]
        return any(w.lstrip("و").removeprefix("ال") in _MILITARY_OBJECTS for w in after)

    def _told_before(self, trig: Mention, means: str | None) -> Draft | None:
        """The strikes told before that "the attacks" (الهجمات، الهجوم) with no side of their own go on about:
        "نفذ التحالف 19 غارة جوية … وأضاف البيان أن الهجمات في سوريا تركزت قرب مدينة الحسكة"."""
        if trig.data["entry"].id != "attack_noun" or not trig.data.get("prefix", "").endswith("ال") or means:
            return None
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.event_type != "Explosions/Remote violence" or last.actor1 is None:
            return None
        return last

    def _toll_of_strikes_told_before(self, c: Clause, trig: Mention) -> Draft | None:
        """The strikes or shelling told just before (in the sentence or the one before) whose dead a clause of a
        count and a place alone tells, no side, means nor act of its own: "مجزرتين نفذهما طيران النظام الحربي.
        وسقط 20 قتيلا في بلدة X، كما سقط 6 قتلى في بلدة Y"."""
        last = self.drafts[-1] if self.drafts else None
        if (
            _entry(trig).get("voice") != "victim"
            or last is None
            or last.sub_event_type not in ("Air/drone strike", "Shelling/artillery/missile attack")
            or last.actor1 is None
            or not 0 <= c.sentence - last.clause.sentence <= 1
            or any(not _civilian(m) for m in c.of("actors"))
            or any(_entry(t).get("voice") != "victim" for t in c.of("triggers"))
            # (not a day's toll summed up for a place: "ان حصيلة القتلى بين المدنيين السبت في عدن بلغت 17 قتيلا")
            or "حصيله" in self.text[c.start : c.end]
            or not c.toponyms
            or not self._count(c).explicit
        ):
            return None
        return last

    def _strike_told_before(self, c: Clause, trig: Mention) -> Draft | None:
        """The air strikes told in the sentence before, which a bare "targeting" with its own toll and no side
        goes on about: "بمقتل 51 من عناصر التنظيم جراء قصف طائرات التحالف … وأشار الى مقتل 11 من داعش جراء
        استهداف مبنى … في مدينة الميادين"."""
        if trig.data["entry"].id != "target_noun":
            return None
        last = self.drafts[-1] if self.drafts else None
        if (
            last is None
            or last.sub_event_type != "Air/drone strike"
            or last.actor1 is None
            or not 0 < c.sentence - last.clause.sentence <= 1
            or not self._count(c).explicit
        ):
            return None
        return last

    def _topic_of_the_saying(self, c: Clause, verb: Mention) -> Mention | None:
        """ "واضاف … ان طائرات التحالف العربي الذي تقوده المملكة، لردع المتمردين …، شنت غارات": a verb opening
        its clause, with no subject of its own, has for subject the side named right after ان earlier in its
        sentence, whatever clauses stand between."""
        if _entry(verb).get("pos") != "verb" or c.index == 0:
            return None
        head = _words_between(self.text, c.start, verb.nspan.start - len(verb.data.get("prefix", "")))
        if head:
            return None  # (the verb does not open its clause)
        for prev in reversed(self.doc.clauses[: c.index]):
            if prev.sentence != c.sentence:
                return None
            if conflict_triggers(self.doc, prev):
                return None  # an act told between: the topic's verb may be that one
            for m in prev.of("actors"):
                before = _words_before(self.text, m, 1, chars=8)
                if before and before[0] in _THAT and not _civilian(m):
                    return m
        return None

    def _named_again(self, c: Clause, trig: Mention, sub: str | None) -> Draft | None:
        """The last act told, when ``trig`` names it again with the article (القصف، الغارات) in its sentence or
        the next, as an act of its kind by a side the text named."""
        if _entry(trig).get("pos") != "noun" or not (
            trig.data.get("prefix", "").endswith("ال") or trig.norm.startswith("ال")
        ):
            return None
        # (a sentence of no act between at most: "قصف طيران التحالف … مواقع للحوثيين بمدينة لحج. سياسيا هنأ
        # البرلمان العربي …. وقالت مصادر محلية ان القصف استهدف معسكري لبوزه والعند")
        # (not in a paragraph that turns to another story: "…\nمن جهة اخرى ارتفعت حصيلة قتلى المعارك في درنة" —
        # its fight is not the one told before, by the unit that fought there)
        if self._turns_to_another_story(c):
            return None
        return self._last_act_by_a_side(c, sub, sentences=2)

    def _turns_to_another_story(self, c: Clause) -> bool:
        """The clause's sentence opens a paragraph that turns to another story ("من جهة اخرى"، "على صعيد اخر")
        after the acts told before it: the sides of those acts are not this one's unless it names them again."""
        if not self.drafts or self.drafts[-1].clause.sentence == c.sentence:
            return False
        start = self.doc.sentences[c.sentence][0]
        return "\n" in self.text[self.drafts[-1].clause.end : start] and opens_new_topic(self.doc, c.sentence)

    def _last_act_by_a_side(self, c: Clause, sub: str | None, *, sentences: int) -> Draft | None:
        """The act told last, when a side the text named did it, it is of kind ``sub`` and told in the clause's
        sentence or at most ``sentences`` before."""
        last = self.drafts[-1] if self.drafts else None
        if (
            last is None
            or last.actor1 is None
            or last.sub_event_type != sub
            or not 0 <= c.sentence - last.clause.sentence <= sentences
        ):
            return None
        return last

    def _teller_of_the_cause(self, c: Clause) -> Mention | None:
        """The side that tells, in its sentence, that it did what this clause says resulted in the act: "واعلن
        مقاتلو المعارضة امس، انهم نفذوا هجوما مباغتا، اسفر عن السيطرة على …" (a clause of result after one opening
        with انهم and a verb that agrees with it, the teller before that)."""
        if c.index < 2 or not _RESULTED.match(self.text, c.start, c.end):
            return None
        cause = self.doc.clauses[c.index - 1]
        words = self.text[cause.start : cause.end].split()[:2]
        agrees = _PRONOUN_SUBJECTS.get(words[0].lstrip("و")) if words else None
        if (
            cause.sentence != c.sentence
            or agrees is None
            or len(words) < 2
            or not (agrees(words[1]) or words[1] in _LIGHT_VERBS)
            or cause.of("actors")
        ):
            return None
        told = self.doc.clauses[c.index - 2]
        if told.sentence != c.sentence:
            return None
        sides = [
            m
            for m in told.of("actors")
            if not _civilian(m)
            and not is_generic(m)
            and any(w.lstrip("و") in _SAYING for w in _words_before(self.text, m, 2, chars=24))
        ]
        return sides[-1] if sides else None

    def _shells_fell_of(self, c: Clause, trig: Mention, sub: str | None) -> Draft | None:
        """The shelling told last, in this sentence or the one before, when the clause tells shells falling
        ("قذيفة سقطت على"، "سقوط 160 قذيفة على") and names no side: the same side's shells."""
        if sub != "Shelling/artillery/missile attack" or any(not _civilian(m) for m in c.of("actors")):
            return None
        words = [w.lstrip("وف") for w in _words_between(self.text, c.start, c.end)]
        if not any(w in _FELL_WORDS for w in words):
            return None
        aimed = self._last_act_by_a_side(c, "Armed clash", sentences=1)
        if aimed is not None and self._aimed_with_no_means(aimed) and self._fell_where_aimed(c, aimed):
            # "اعلنت … استهداف ثكنات الجيش في معسكري نبل والزهراء. واكد المرصد سقوط اكثر من 160 قذيفة على
            # البلدتين": the act aimed at a side's posts, told with no means (a clash by default), was that
            # shelling
            for d in self.drafts:
                if d.trigger is aimed.trigger:
                    d.event_type, d.sub_event_type, d.means = "Explosions/Remote violence", sub, ARTILLERY
            return aimed
        return self._last_act_by_a_side(c, sub, sentences=1)

    def _fell_where_aimed(self, c: Clause, aimed: Draft) -> bool:
        """The clause names no place but those of the act aimed (its drafts'), or the governorate they lie in
        ("على البلدتين الواقعتين في محافظة حلب")."""
        keys = {
            self.doc.toponyms[d.place_index].key
            for d in self.drafts
            if d.trigger is aimed.trigger and d.place_index is not None
        }
        return all(
            self.doc.toponyms[i].key in keys or self.doc.toponyms[i].type_word in _WIDE_TYPES
            for i in c.toponyms
        )

    @staticmethod
    def _aimed_with_no_means(d: Draft) -> bool:
        """The draft is a clash only by default: an act of aiming at a side (استهدف، استهداف), a weak trigger
        of strikes and shelling, told with no means."""
        e = _entry(d.trigger)
        return (
            e.get("weak", False)
            and e.get("event_type") == "Explosions/Remote violence"
            and d.means is None
            and not d.weapons
        )

    def _camps_hit(self, c: Clause, trig: Mention) -> bool:
        """What the act hit, in the words right after it, is a camp or barracks ("استهدف معسكري لبوزه والعند")."""
        after = _words_between(self.text, trig.nspan.end, c.end)[:3]
        return any(w.lstrip("و").removeprefix("ال") in _CAMP_WORDS for w in after)

    def _subject_of_the_verb_before(self, c: Clause, trig: Mention) -> Mention | None:
        """A clause opened by a plural verb joined with و (or كما) and no side of its own ("… واختطفوا ثلاثة صحفيين") goes
        on with the subject named right after the verb that opens the clause before it in the sentence ("واقام
        عناصر الحوثي حاجزا"، "وفي ولاية ماردين، اغلق مقاتلو الحزب طريقا"): that side. Not after a verb of saying
        (what was said is no act of the speaker's), nor of being killed or hit."""
        verb = trig.norm.split(" ", 1)[0]
        # (or by كما: "وكان مقاتلو المقاومة قطعوا طرق الامداد، كما سيطروا على الوادي")
        head = self.text[c.start : trig.nspan.start - len(trig.data.get("prefix", ""))].split()
        if (
            not verb.endswith("وا")
            or len(verb) < 5
            or _entry(trig).get("voice") == "victim"
            or not (trig.data.get("prefix", "").startswith("و") or head in (["كما"], ["وكما"]))
        ):
            return None
        if head and head not in (["كما"], ["وكما"]):
            return None
        if c.index == 0 or any(c.start <= m.nspan.start < trig.nspan.start for m in c.of("actors")):
            return None
        prev = self.doc.clauses[c.index - 1]
        if prev.sentence != c.sentence or not prev.of("actors"):
            return None
        m = prev.of("actors")[0]
        words = _words_between(self.text, prev.start, m.nspan.start - len(m.data.get("prefix", "")))
        if words[1:2] and words[1] in _FORCES_WORDS | {"مقاتلو", "مسلحو", "عناصر"}:
            words = words[:1]  # "اغلق مقاتلو حزب العمال": the side's men
        if (
            len(words) != 1
            or m.data.get("prefix", "").lstrip("و")
            or words[0].lstrip("و") in _SAYING
            or is_generic(m)
            or _civilian(m)
            or any(
                _entry(t).get("voice") == "victim"
                for t in prev.of("triggers")
                if t.nspan.start < m.nspan.start
            )
        ):
            return None
        return m

    def _continues(self, c: Clause) -> bool:
        end = c.start + 40
        head = self.text[c.start : c.end if c.end < end else end]
        return any(w in head.split()[:4] for w in _ADDITIVE) or head.startswith(("كما", "وكما"))

    def _attempt(self, c: Clause, trig: Mention) -> bool:
        # the words before the word that holds the trigger (its article is no word: "حاولوا فجر الاحد التقدم")
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = _words_between(self.text, c.start, word_start)[-3:]
        if any(w in _ATTEMPT or w.lstrip("و") in _ATTEMPT for w in before) or trig.norm.startswith("لاستعاد"):
            return True
        # a past verb of trying further back, its subject between: "حاول خلالها مقاتلون من فصائل اسلامية دخول
        # البلدتين" (no other act between)
        lo = word_start - _TRIED_REACH
        # (a subject's gloss in brackets is no part of the reach: "حاول خلالها مقاتلون من جبهة النصرة (فرع تنظيم
        # القاعدة في سوريا) دخول البلدتين")
        lo -= sum(len(g) for g in _GLOSS.findall(self.text, max(c.start, lo - 80), word_start))
        g = _TRIED.search(self.text, lo if lo > c.start else c.start, word_start)
        if g is not None and not any(
            g.end() <= t.nspan.start < trig.nspan.start and not _in_a_name(t, c) for t in c.of("triggers")
        ):
            return True
        if self._campaign_named(c, trig):
            return True  # "استئناف معركة تحرير درعا": a campaign named for the ground it means to take
        # "لم تستطع ميليشيا حزب الله وجيش النظام التقدم نحو المدينة": tried and failed
        return _COULD_NOT.search(self.text, c.start, word_start) is not None

    def _fighters_killed_by_it(self, c: Clause, trig: Mention) -> bool:
        """A verbal noun of targeting with the pronoun of fighters told killed before it ("قتل الضابط مع ثلاثة عناصر
        من قوات النظام جراء استهدافهم في حي جوبر"): they were its target, by a side not named — a fight with
        them (no means named), not nothing."""
        if _entry(trig).get("pos") != "noun" or not self.text.startswith(("هم", "هما"), trig.nspan.end):
            return False
        killed = any(
            _entry(t).get("voice") == "victim" and t.nspan.end <= trig.nspan.start for t in c.of("triggers")
        )
        return killed and any(
            v.nspan.end <= trig.nspan.start and v.data["entry"].get("group") == "combatant"
            for v in c.of("victims")
        )

    def _state_partner(self, c: Clause, agent_m: Mention) -> Actor | None:
        """The state's forces joined by و to the side named as the doer, or to a name it is glossed with
        ("المقاومة الشعبية والقوات الموالية للرئيس"، "الجيش و«المقاومة اللبنانية» (حزب الله)"): that state
        military, else None."""
        sides = sorted((x for x in c.of("actors") if x.nspan.start >= c.start), key=lambda x: x.nspan.start)
        if agent_m not in sides:
            return None
        k = sides.index(agent_m)
        chain = [agent_m]
        for step in (-1, 1):  # (the names joined before it, then after it)
            j = k
            while 0 <= j + step < len(sides):
                x, y = (sides[j + step], sides[j]) if step < 0 else (sides[j], sides[j + step])
                joint = _BRACKETS.sub("", self.text[x.nspan.end : y.nspan.start]).replace(" ", "")
                if joint.strip('«»"“”()') not in ("و", ""):
                    break
                j += step
                chain.append(sides[j])
        for x in chain[1:]:
            side = self._actor(x)
            if side.inter == INTER_STATE and (side.code or "").endswith("MIL") and len(side.code or "") == 6:
                return side
        last = max(chain, key=lambda x: x.nspan.end)
        after = self.text[last.nspan.end : last.nspan.end + 12].split()[:1]
        first = min(chain, key=lambda x: x.nspan.start)
        if (
            after
            and after[0].strip("،,.") == "والنظام"
            and (first.norm.split()[0] in _FORCES or _prev_word(self.text, first).lstrip("و") in _FORCES)
            and (country := self._state_where(agent_m) or self.doc.country)
        ):
            # "سيطرة قوات حزب الله والنظام على سهل الزبداني": the forces word governs both; the regime's (of the
            # country fought in) are its army
            return state_forces(country)
        return None

    def _control_told_with(self, c: Clause, trig: Mention) -> bool:
        """The sentence of an advance also tells ground taken, by another act of taking it: "فتقدموا وحققوا انتصارا
        … بعد ان سيطروا على منطقة X"، "احراز تقدم جديد، تمثل في استعادة مثلث X" — the advance is the takeover told
        (not ground meant to be taken: "تقدمت القوات للسيطرة على المدينة")."""
        for x in self.doc.clauses:
            if x.sentence != c.sentence:
                continue
            for t in x.of("triggers"):
                e = _entry(t)
                if (
                    t is not trig
                    and e.get("category") == "conflict"
                    and e.get("sub_event_type") in TERRITORY
                    and t.data["entry"].id not in ("advance", "control_result")
                    and e.get("status") != "planned"
                    and not _purpose(self.text, t)
                    and not self._attempt(x, t)
                ):
                    return True
        return False

    def _campaign_named(self, c: Clause, trig: Mention) -> bool:
        """The trigger names a campaign by the ground it means to take: "معركة تحرير درعا"، "عملية تحرير عدن"."""
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = _words_between(self.text, c.start, word_start)[-1:]
        return bool(before) and before[0].lstrip("وبل") in _CAMPAIGNS

    def _around(self, wide: int, narrow: int) -> bool:
        """Place ``wide`` is the area around ``narrow`` (مطار كويرس … في ريف حلب): same governorate, less
        specific."""
        a, b = self.doc.places[wide], self.doc.places[narrow]
        return (
            a is not None
            and b is not None
            and a.admin1 is not None
            and a.admin1 == b.admin1
            and self._specificity(wide) > self._specificity(narrow)
        )

    def _inherit_place(self, c: Clause, trig: Mention, previous: list[Draft]) -> int | None:
        """The place the text was last about: the sentence's last event's, unless a clause of the sentence after
        it named another ("… في اطراف حي جوبر، … في حين تعرضت … مناطق في مدينة داريا، لقصف …")."""
        told = self._place_of_the_day_told_before(c)
        if told is not None:
            return told
        place = self._last_place_for(c, previous)
        if place is not None and self._told_on_another_day(place, c, previous):
            return None
        if place is not None and self._at_a_part_of_the_country(c, trig):
            # "واعلنت القوات المسلحة عن تعرض جنودها لهجومين في شرق البلاد": a part of the country, not the town
            # the text was about — the country itself, where the text names it
            return self._the_country_place()
        if place is not None and self._at_a_part_of_a_land_named(c, trig):
            return None
        if place is not None and c.toponyms:
            # "… كما نفذت 17 ضربة جوية في العراق": a country the clause names that is not the place's is where
            # the act was, not the place the text was about
            named = countries_named_in(self.doc, c, trig)
            there = self.doc.places[place].country if self.doc.places[place] is not None else None
            if named and there not in named and not any({there, n} in _ONE_THEATRE for n in named):
                return None
        if place is not None and self.doc.places[place] is not None and c.of("victims"):
            # "مصير المدنيين العراقيين العالقين في قصف طائرات اف 16 التركية … عن ستة قتلى": the civilians of
            # another country than the place's were hit there, not at the place the text was about
            there = self.doc.places[place].country
            theirs = self._civilians_nationality(c.sentence)
            if (
                theirs is not None
                and there is not None
                and theirs != there
                and {there, theirs} not in _ONE_THEATRE
            ):
                return self._their_country_named(c, theirs)
        if place is not None and self.doc.places[place] is not None and c.of("victims") and c.toponyms:
            # "وقد اعلنت سلطات اقليم كردستان العراق عن ستة قتلى من السكان المحليين": the authorities of a place in
            # another country than the place's tell of the dead — theirs, in the place they govern, not at the
            # place the text was about
            there = self.doc.places[place].country
            actors = c.of("actors")
            for i in c.toponyms:
                p, t = self.doc.places[i], self.doc.toponyms[i]
                if (
                    p is not None
                    and p.country not in (None, there)
                    and {there, p.country} not in _ONE_THEATRE
                    # (the name opens inside an actor's mention: "سلطات اقليم كردستان")
                    and any(m.nspan.start < t.start < m.nspan.end for m in actors)
                ):
                    return i
        return place

    def _unknown_place_told_in(self, i: int) -> bool:
        """The toponym is told as where things are, by في and a type word: "وفي إقليم X،"، "في مدينة X"."""
        start = self.doc.toponyms[i].phrase_start
        return _IN_A_TOLD_PLACE.search(self.text, max(0, start - 20), start) is not None

    def _at_a_part_of_the_country(self, c: Clause, trig: Mention) -> bool:
        """The act is told right after at a part of the country ("في شرق البلاد"، "بجنوب البلاد"), no place
        named between."""
        end = trig.nspan.end
        g = _COUNTRY_PART.match(self.text, end, min(c.end, end + 60))
        return g is not None and not any(end <= self.doc.toponyms[i].start < g.end() for i in c.toponyms)

    def _at_a_part_of_a_land_named(self, c: Clause, trig: Mention) -> bool:
        """The act is told right after at a part of the article's country by its name ("قتل مدنيون في قصف جوي
        لمناطق في جنوب سوريا وشمالها"): a summary over the country, not an act at the town the text was about."""
        end = trig.nspan.end
        g = _LAND_PART.match(self.text, end, min(c.end, end + 60))
        if g is None:
            return False
        named = [i for i in c.toponyms if end <= self.doc.toponyms[i].start <= g.end()]
        if len(named) != 1 or self.doc.toponyms[named[0]].start != g.end():
            return False
        land = self.doc.places[named[0]]
        return (
            land is not None
            and land.country == self.doc.country
            and (land.gazetteer_id or "").startswith("country:")
        )

    def _the_country_place(self) -> int | None:
        """The first toponym that names the article's country as a whole, if any."""
        country = self.doc.country
        for i, pl in enumerate(self.doc.places):
            if (
                pl is not None
                and country
                and pl.country == country
                and (pl.gazetteer_id or "").startswith("country:")
            ):
                return i
        return None

    def _their_country_named(self, c: Clause, theirs: str) -> int | None:
        """The last place named before the clause, in its sentence or the one before, that is the whole country
        of the civilians hit ("… غارات على مواقع في جبال شمال العراق. غير أن مصير المدنيين العراقيين العالقين في
        قصف …": Iraq); None when none is."""
        tops, places = self.doc.toponyms, self.doc.places
        for i in range(bisect_left(self._toponym_starts(), c.start) - 1, -1, -1):
            if tops[i].start < c.start - _COUNTRY_LOOKBACK:
                break
            p = places[i]
            if p is not None and p.country == theirs and (p.gazetteer_id or "").startswith("country:"):
                return i
        return None

    def _toponym_starts(self) -> list[int]:
        starts = self.doc.memo.get("toponym_starts")
        if starts is None:
            starts = self.doc.memo["toponym_starts"] = [t.start for t in self.doc.toponyms]
        return starts

    def _told_on_another_day(self, place: int, c: Clause, previous: list[Draft]) -> bool:
        """The place is that of the last act told at a place, a background act given a date of its own more than
        a week before the clause's day ("… التفجير الذي وقع في 20 تموز في سوروتش. … وبحسب الوكالة فان الغارات
        ارغمت …"): the text went back to that day to tell it, and an act of the clause's day told after it was
        not there."""
        now = c.date.date if c.date is not None else None
        if now is None:
            return False
        last = next(
            (d for ds in (previous, self.drafts) for d in reversed(ds) if d.place_index is not None), None
        )
        if last is None or last.place_index != place:
            # (or the place was named in a stretch of no act noted, that dates itself so: "… العملية التي وقعت في
            # 20 تموز في سوروتش", the act told as a side's deed no act of its own; a day, not a month: "يسيطر
            # عناصرها منذ أبريل على المكلا" tells no act of April)
            told = self._clause_at(self.doc.toponyms[place].start).date
            if told is None or told.precision != TIME_DAY:
                return False
        else:
            told = last.date
        return (
            told is not None
            and told.date is not None
            and told.basis in ("explicit", "relative")
            and (now - told.date).days > _A_WEEK
        )

    def _last_place_for(self, c: Clause, previous: list[Draft]) -> int | None:
        self._settle_place()
        last = self._last_place
        if opens_new_topic(self.doc, c.sentence) and self._last_place_sentence != c.sentence:
            # "من جهة أخرى، قتل تسعة جنود … في جنوب شرق اليمن": another story, not the last one's place
            last = None
        told = previous[-1] if previous else self.drafts[-1] if self.drafts else None
        if (
            last is not None
            and told is not None
            and told.place_index is None
            and self._last_place_sentence < told.clause.sentence
            and told.clause.toponyms
            and country_places_named_in(self.doc, told.clause, told.trigger)
        ):
            # "كما بدأت انقرة بشن غارات ضد مواقع للتنظيم في سورية. … شن الجيش التركي عشرات الغارات": the last
            # act told was somewhere in a country, no finer place named — the text has left the place named
            # before it
            return None
        for d in reversed(previous):
            if d.place_index is not None:
                tops = self.doc.toponyms
                if (
                    last is not None
                    and self._last_place_sentence == c.sentence
                    and tops[last].start > tops[d.place_index].start
                    and not self._around(last, d.place_index)
                ):
                    return last
                return d.place_index
        return last


_COUNTRY_LOOKBACK = 400  # characters before a clause a country its civilians are of may be named in
_A_WEEK = 7  # days: an act dated further back than a week before the clause's day is the background


def _first_of_its_act(drafts: list[Draft]) -> Draft:
    """The first of the drafts the last act of ``drafts`` made (one per place it was told at)."""
    last = drafts[-1]
    return next(d for d in drafts if d.clause is last.clause and d.trigger is last.trigger)


def countries_named_in(doc: Doc, c: Clause, trig: Mention) -> set[str]:
    """The countries the clause names as where its act ``trig`` was ("نفذت 17 ضربة جوية في العراق"، "غارات على
    مواقع التنظيم في سوريا"، "شمال العراق"): close after the act, not in a relative clause that describes
    something else ("… المتظاهرين الذين احتجوا على العمليات … في شمال العراق"), and not as a side ("برنامج تقوده
    الولايات المتحدة")."""
    return {p.country for i in country_places_named_in(doc, c, trig) if (p := doc.places[i]) and p.country}


def country_places_named_in(doc: Doc, c: Clause, trig: Mention) -> list[int]:
    """The toponyms of :func:`countries_named_in`, in the order of the text."""
    named = []
    for i in c.toponyms:
        p = doc.places[i]
        if p is None or not (p.gazetteer_id or "").startswith("country:") or not p.country:
            continue
        t = doc.toponyms[i]
        if not 0 <= t.start - trig.nspan.end <= _COUNTRY_REACH:
            continue
        if not _RELATIVE.isdisjoint(doc.text[trig.nspan.end : t.start].split()):
            continue
        word_start = doc.text.rfind(" ", 0, t.start) + 1
        if (
            getattr(t, "relation", "in") != "in"
            or doc.text[word_start : t.start].lstrip("وف")[:1] == "ب"
            # ("غارة جوية فوق سوريا": the sky over it)
            or doc.text[max(0, word_start - 6) : word_start].split()[-1:] in (["في"], ["فوق"], ["داخل"])
            or _parts_of(doc.text, word_start)
            # ("في سورية والعراق": the second of two countries joined by و is where the act was too)
            or (
                doc.text[word_start : t.start] == "و"
                and bool(named)
                and not doc.text[doc.toponyms[named[-1]].end : word_start].strip()
            )
        ):
            named.append(i)
    return named


_COUNTRY_REACH = 70  # characters from an act to the country named as where it was
# the parts of a country an act is told in: "قصف المناطق الجنوبية من السعودية"
_PARTS = frozenset(
    "مناطق المناطق اجزاء الاجزاء انحاء مدن المدن قري القري بلدات البلدات اراضي الاراضي".split()
)


def _parts_of(text: str, word_start: int) -> bool:
    """The name at ``word_start`` follows من after the parts of it an act is told in (an adjective between)."""
    before = text[max(0, word_start - 40) : word_start].split()[-4:]
    return len(before) >= 2 and before[-1] == "من" and not _PARTS.isdisjoint(before[-3:-1])


# characters from a word of condemning to the act it condemns, in its clause: who condemned, and where and when,
# may stand between ("وادان ليون في تصريح صحفي عقب لقائه بوزير الخارجية … في روما الليلة الماضية اختطاف …")
_CONDEMNED_REACH = 120
# the coalitions by their bare names (actor entries), whose arm in the wars of 2015 is their aircraft
_COALITIONS = frozenset(("arab-coalition", "international-coalition", "coalition"))
# the sides that fought together in the wars the news of 2015 tells (actor entries): each is no enemy of another
# of its bloc; the coalitions' generic names are in each bloc they fight in
_BLOCS = (
    frozenset(
        ("syria-military", "syria-air-force", "syria-ndf", "syria-government", "syria-pro-regime-militias",
         "hezbollah", "iran-military", "russia-military", "russia-air-force")
    ),
    frozenset(
        ("yemen-popular-resistance", "yemen-military", "yemen-government", "arab-coalition", "arab-coalition-air",
         "saudi-military", "saudi-air-force", "saudi-government", "uae-military", "coalition", "coalition-air")
    ),
    frozenset(("yemen-houthis", "yemen-houthi-saleh", "yemen-saleh-forces")),
    frozenset(
        ("iraq-military", "iraq-air-force", "iraq-peshmerga", "iraq-pmf", "iraq-pmf-factions",
         "international-coalition", "international-coalition-air", "coalition", "coalition-air")
    ),
)  # fmt: skip


def _allies(a: Mention, b: Mention) -> bool:
    ids = {a.data["entry"].id, b.data["entry"].id}
    return len(ids) == 2 and any(ids <= bloc for bloc in _BLOCS)


def allied_actors(a: Actor, b: Actor) -> bool:
    """Two sides of one bloc of _BLOCS, by the code and name they carry (see allied_sides)."""
    if not a.code or not b.code:
        return False
    keys = {side_key(a.code, a.name), side_key(b.code, b.name)}
    return len(keys) == 2 and any(keys <= bloc for bloc in allied_sides())


def _one_camp(a: Actor, b: Actor) -> bool:
    """allied_actors, the state's forces named with no faction ("Military Forces (Yemen)", bare الجيش) taken as the
    state's own (not a faction split from it)."""
    return allied_actors(_the_states_own(a), _the_states_own(b))


def _camp_of(a: Actor) -> str:
    """The bloc of _BLOCS a side is of (if of none, its code — the Islamic State apart: it fights the other rebel
    groups coded as it is)."""
    key = side_key(a.code or "", a.name)
    own = f"{a.code}:IS" if (a.name or "").startswith("Islamic State") else key
    return next((min(b) for b in allied_sides() if key in b), own)


def _the_states_own(a: Actor) -> Actor:
    if (
        not a.code
        or side_key(a.code, a.name) == a.code
        or any(side_key(a.code, a.name) in b for b in allied_sides())
    ):
        return a
    own = sorted(k for b in allied_sides() for k in b if k.startswith(f"{a.code}:") and "faction" not in k)
    return dataclasses.replace(a, name=own[0].split(":", 1)[1]) if own else a


def side_key(code: str, name: str | None) -> str:
    """What tells a side within _BLOCS by the code and name a draft's actor carries: the code, but for YEMMIL,
    which is both Hadi's army and Saleh's forces, told apart by name."""
    return f"{code}:{name}" if code == "YEMMIL" else code


@functools.cache
def allied_sides() -> tuple[frozenset[str], ...]:
    """The blocs of _BLOCS by side_key: what the drafts' actors carry once merged."""
    entries = _actor_entries()
    return tuple(
        frozenset(side_key(entries[i].get("code"), entries[i].get("name")) for i in bloc if i in entries)
        for bloc in _BLOCS
    )


# what opens another story in the same report (normalized)
_NEW_TOPIC = ("من جهه اخري", "من جهه ثانيه", "في سياق اخر", "في سياق منفصل", "علي صعيد اخر", "في جانب اخر",
              "وفي سياق اخر", "وعلي صعيد اخر", "وفي جانب اخر", "ومن جهه اخري", "في تطور اخر", "وفي تطور اخر")  # fmt: skip


def opens_new_topic(doc: Doc, sentence: int) -> bool:
    """Whether the sentence opens with a turn to another story ("من جهة أخرى"، "على صعيد آخر"): what it reports
    is not at the place of the story before it, nor a summary of it."""
    start = doc.sentences[sentence][0]
    return doc.text[start : start + 30].lstrip().startswith(_NEW_TOPIC)


def town_told_next(doc: Doc, sentence: int, here: Any, name: str) -> int | None:
    """The toponym of the one town the gazetteer holds in governorate ``here`` (a Place, told as ``name``) that the
    sentence after ``sentence`` names as where something was (after في or bi-), when that sentence goes on telling
    (مشيرا، وأضاف) of no act of its own but what it names weakly: "نفذ طيران التحالف غارات في محافظة حجة. مشيرا
    إلى استهداف منازل … بمدينة حرض" — the town of the governorate where the act told was. (Not its seat by the
    governorate's own name: "قيادات الحوثيين في إب" after "محافظة إب" is the governorate told again.)"""
    clauses = [c for c in doc.clauses if c.sentence == sentence + 1]
    opening = doc.text[clauses[0].start : clauses[0].start + 16].split()[:1] if clauses else []
    if (
        not opening
        or opening[0].lstrip("و") not in _SAYING | _SAYING_PARTICIPLES
        or any(_entry(x).get("weak") is not True for c in clauses for x in conflict_triggers(doc, c))
    ):
        return None
    towns: dict[str, int] = {}
    for c in clauses:
        for i in c.toponyms:
            t, p = doc.toponyms[i], doc.places[i]
            if (
                p is None
                or t.attached
                or t.type_word == "محافظه"
                or name_key(t.name) == name_key(name)
                or p.precision not in (GEO_TOWN, GEO_NEAR)
                or (p.country, p.admin1) != (here.country, here.admin1)
            ):
                continue
            before = doc.text[max(0, t.phrase_start - 8) : t.phrase_start].split()[-1:]
            if doc.text.startswith(("ب", "وب"), t.phrase_start) or before in (["في"], ["وفي"]):
                towns.setdefault(name_key(t.name), i)
    return next(iter(towns.values())) if len(towns) == 1 else None


# what opens the toll an act took, told after it (normalized): "، ما ادى الى مقتل …"، "واسفرت عن …"
_RESULTED = re.compile(r"\W*و?(?:م?ما )?(?:ادي|ادت|اسفر|اسفرت|خلف|خلفت|اوقع|اوقعت)(?!\w)")


def told_as_a_result(doc: Doc, clause: Clause) -> bool:
    """The clause opens on what an act told before it led to: "…، واسفرت عن حرق …"، "ما ادى الى …"."""
    return _RESULTED.match(doc.text, clause.start) is not None


# a dual of tribe, clan or family in construct right after بين (normalized): "بين عشيرتي …" (the indefinite
# "بين قبيلتين" names neither)
_CLAN_DUAL = re.compile(r"(?:قبيلتي|عشيرتي|عائلتي) ")
_WORD = re.compile(r"[\u0621-\u064a]+")


def _before_that(text: str, m: Mention, trig: Mention) -> bool:
    """The side stands before an ان that opens what is told up to the act (the speaker of a verb of saying)."""
    return any(w in _THAT or w in _THAT_IT for w in text[m.nspan.end : trig.nspan.start].split())


def _suffixed(text: str, trig: Mention) -> bool:
    """The verb's word goes on past the trigger, an object pronoun in it: "استهدفتها"، "قصفهم"."""
    return trig.nspan.end < len(text) and text[trig.nspan.end].isalpha()


def _governed_by_preposition(m: Mention, trig: Mention, *, subject_before: bool) -> bool:
    """After a verb, للحوثيين / بالمسلحين is an object, never the subject ("نصب الثوار كمينا للحوثيين"). After
    a verbal noun, li- marks the agent: "قصف لطائرات النظام" (shelling by the regime's planes)."""
    p = m.data.get("prefix", "").lstrip("وف")[:1]
    if _entry(trig).get("pos") == "noun" and not subject_before:
        return p in ("ب", "ك")  # with a subject before it ("نصب الثوار كمينا للحوثيين") li- marks the target
    return p in ("ل", "ب", "ك")


# what names a campaign by its aim (normalized): "معركة تحرير درعا"، "عملية تحرير تكريت"
_CAMPAIGNS = frozenset(("معركه", "معارك", "عمليه", "عمليات", "حمله", "المعركه", "العمليه", "الحمله"))
# states whose police make the arrests told without a side (ISO3)
# a state's television, radio or news agency telling (normalized), its nationality adjective the group:
# "اعلن التلفزيون السوري"، "ذكرت وكالة الانباء العراقية الرسمية"
_STATE_MEDIA = re.compile(
    r"(?<![^\sو])(?:التلفزيون|التليفزيون|الاذاعه|وكاله الانباء) (?:(?:الرسمي|الحكومي)ه? )?(\S+)"
)
_POLICED = frozenset(
    "TUR IRQ LBN JOR EGY SAU KWT BHR ARE QAT OMN TUN DZA MAR IRN ISR SDN USA GBR FRA DEU BEL NLD ITA ESP".split()
)
_ITEM_OPENERS = ("كما", "وكما", "فيما", "بينما", "في حين")


# what blows up by mishap (normalized): gas pipes and cylinders, fuel depots and tanks, generators
_MISHAP = re.compile(
    r"(?:انبوب|انابيب|خط|اسطوانه|اسطوانات|قاروره|جره)(?: \S+)? (?:ال)?(?:غاز|نفط)(?!\w)"
    r"|(?:مستودع|مستودعات|خزان|خزانات|محطه|صهريج)(?: \S+)? (?:لل|ال)?(?:محروقات|وقود|غاز|بنزين|مازوت)(?!\w)"
    r"|(?:مولد|مولده|محول|محوله) (?:ال)?كهرب"
)
_MISHAP_REACH = 40  # characters after the blast's word its thing is named within
_MISHAP_HINT = _any_of(("غاز", "نفط", "محروقات", "وقود", "بنزين", "مازوت", "كهرب"))


def _mishap(text: str, clause: Clause, m: Mention) -> bool:
    """A blast of a thing that blows up by mishap, with no bomb nor attacker named in the clause: "قضى رجل اثر
    انفجار في مستودع للمحروقات"، "انفجار انبوب غاز" (ACLED codes no accident)."""
    end = min(clause.end, m.nspan.end + _MISHAP_REACH)
    if not _MISHAP_HINT.any_within(text, m.nspan.end, end):
        return False
    if clause.of("weapons") or any(
        t is not m and _entry(t).get("event_type") == "Explosions/Remote violence"
        for t in clause.of("triggers")
    ):
        return False  # "انفجار عبوة ناسفة قرب محطة وقود"، "قصف … ادى الى انفجار خزان وقود": an attack's
    return _MISHAP.search(text, m.nspan.end, end) is not None


def _opens_item(text: str, start: int) -> bool:
    return text.startswith(_ITEM_OPENERS, start)


# verbs a source gives its own account with (normalized): "فيما تحدثت وسائل اعلام عن …"، "بينما ذكرت مصادر ان …"
_ACCOUNT_VERBS = _SAYING | frozenset(("تحدث", "تحدثت", "تحدثوا", "افادوا", "قالوا", "ذكروا", "اكدوا"))
_WHILE = ("فيما ", "بينما ", "في حين ", "وفيما ", "وبينما ", "وفي حين ")


# (normalized) "other" after the source a clause opens with: "وقالت مصادر اخرى ان …"، "وبحسب رواية اخرى"
_OTHER_SOURCE = frozenset(("اخري", "اخر", "ثانيه"))
_SOURCE_REACH = 4  # words from the verb to "other" ("وذكرت مصادر طبية اخرى")


def _another_account(text: str, start: int) -> bool:
    """The clause opens another source's account: "فيما تحدثت وسائل اعلام …"، "بينما ذكرت مصادر …"، "وقالت
    مصادر اخرى ان …"."""
    words = text[start : start + 60].split()
    if not text.startswith(_WHILE, start):
        # a source told as another: "، وقالت مصادر اخرى ان سبعة جنود قتلوا"، "وبحسب مصادر اخرى"
        return (
            bool(words)
            and words[0][:1] == "و"
            and (words[0][1:] in _ACCOUNT_VERBS or words[0][1:] in ("بحسب", "حسب", "وفق", "في"))
            and not _OTHER_SOURCE.isdisjoint(words[1 : 1 + _SOURCE_REACH])
        )
    skip = 2 if words[:2] in (["في", "حين"], ["وفي", "حين"]) else 1
    return len(words) > skip and words[skip] in _ACCOUNT_VERBS


# a toll's total (normalized): "عدد القتلى"، "حصيلة الضحايا"
_TOTAL_TOLL = re.compile(r"(?<!\w)(?:عدد|حصيله) (?:ال)?(?:قتلي|ضحايا)(?!\w)")


def _total_told_again(text: str, c: Clause) -> bool:
    """The clause opens with a source that says what the toll was: "، وقالت مصادر محلية ان عدد القتلى بلغ 15"
    — another account of the dead counted before, not more dead."""
    head = text[c.start : c.start + 12].split()[:1]
    return (
        bool(head)
        and head[0].startswith("و")
        and head[0][1:] in _ACCOUNT_VERBS
        and _TOTAL_TOLL.search(text, c.start, c.end) is not None
    )


# the kinds of dead a count can name; counts of two different kinds are no two accounts of the same dead
_KINDS_OF_DEAD = ("civilians", "combatants")


def _same_dead(a: Casualties, b: Casualties) -> bool:
    kinds_a = {k for k in _KINDS_OF_DEAD if a.detail.get(k)}
    kinds_b = {k for k in _KINDS_OF_DEAD if b.detail.get(k)}
    return not (kinds_a and kinds_b and kinds_a.isdisjoint(kinds_b))


def _numbered(told: Casualties, count: Casualties) -> None:
    """``count`` numbers the dead ``told`` named without a number: its figure replaces the vague one."""
    kinds = [k for k in _KINDS_OF_DEAD if told.detail.get(k)]
    told.fatalities = count.fatalities
    told.detail = dict(count.detail)
    for k in kinds:
        told.detail.setdefault(k, count.fatalities)  # (the kind of dead named first, counted now)
    told.injuries += count.injuries
    told.spans.extend(count.spans)
    told.explicit = True


# a toll that rose to a new total (normalized): "ليرتفع عدد القتلى"، "ما يرفع حصيلة الضحايا"، "لتصل حصيلة القتلى"،
# "ثم ارتفعت الحصيلة"، "قبل ان يرتفع العدد"
_RISEN_TOTAL = re.compile(
    r"(?<!\w)[ولف]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|ارتفاع|يرفع|ترفع|رفع|رفعت|تصل|يصل|يبلغ|تبلغ)"
    r" (?:\S+ )?(?:ال)?(?:عدد|حصيله)(?!\w)"
)
# … told with the toll first: "وقال مصدر طبي ان عدد القتلى ارتفع الى 20"
_TOTAL_RISEN = re.compile(r"(?<!\w)(?:عدد|حصيله) (?:\S+ ){0,3}?(?:قد )?(?:ارتفع|ارتفعت)(?!\w)")
# the nouns every match of _RISEN_TOTAL holds (a look before the pattern, which opens with a lookbehind, is tried at
# every place of a clause)
_RISEN_TOTAL_NOUNS = Literals(("عدد", "حصيله"))


def _risen_total(text: str, c: Clause) -> bool:
    """The clause tells the toll risen to a new total: "، ليرتفع عدد القتلى الى 20"، "وقال مصدر ان عدد القتلى ارتفع
    الى 20"."""
    return (
        _RISEN_TOTAL.search(text, c.start, min(c.end, c.start + 40)) is not None
        or _TOTAL_RISEN.search(text, c.start, c.end) is not None
    )


def _risen_to(told: Casualties, total: Casualties) -> None:
    """``total`` is the toll of the dead ``told`` counts, risen since: it replaces it (never lowers it)."""
    if total.fatalities > told.fatalities:
        told.fatalities = total.fatalities
        for k, v in total.detail.items():
            told.detail[k] = max(v, told.detail.get(k, 0))
    told.injuries = max(told.injuries, total.injuries)
    told.spans.extend(total.spans)


# the words a side claims an act with (normalized): "وتبنى الحزب الهجوم"، "واعلن التنظيم مسؤوليته عن التفجير"
_CLAIMING = frozenset(
    ("تبني", "تبنت", "تبنوا", "وتبني", "وتبنت", "وتبنوا", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه")
)
_CLAIM_REACH = 8  # words from a sentence's start to its claim
# (normalized) what a side is charged with, right after it: the act told, named definite ("بالوقوف وراء القصف")
_CHARGED_WITH_THE_ACT = re.compile(
    r"\s+(?:ب(?:الوقوف|الضلوع)\s+(?:وراء|خلف|في)|بتنفيذ|بارتكاب|بالمسؤوليه\s+عن)\s+ال(?:هجوم|هجمات|تفجير|"
    r"تفجيرات|انفجار|قصف|اعتداء|عمليه|هجومين|تفجيرين|مجزره|غاره|غارات)(?!\w)"
)
_FIRED_FROM_REACH = 40  # characters from a group to the country it fired from ("فتحوا النار من سوريا")
# (normalized) the fire a group opens or launches from a country
_FIRE_WORDS = frozenset(
    ("النار", "النيران", "قذائف", "القذائف", "صواريخ", "الصواريخ", "اطلقوا", "اطلق", "اطلقت")
)
_AIMED_PAST_IT = frozenset(("علي", "ضد"))  # (normalized) what an act was made on or against
# the verbs of claiming an act named after them (normalized, without و): "وتبنى التنظيم الهجوم"، "اعلن مسؤوليته عن"
_CLAIMS_ACT = frozenset(("تبني", "تبنت", "تبنوا", "يتبني", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه"))
_ITS_RESPONSIBILITY = frozenset(("مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "المسؤوليه"))
_CLAIM_HINT = Literals(("تبن", "مسؤولي"))  # (in every word of _CLAIMS_ACT: see _claim_of_the_act_told)
_CLAIM_SENTENCES = 2  # sentences from the act to a claim of it
# two acts named as claimed by the side after the verb (normalized): "الهجومين اللذين تبناهما التنظيم"
_TWO_CLAIMED_REACH = 3  # sentences from the first of the two acts to their claim
_TWO_ACTS_CLAIMED = re.compile(
    r"(?:الهجومين|التفجيرين|الانفجارين|الاعتداءين|العمليتين) (?:اللذين|اللتين) تبناهما "
)
_CLAIM_SENTENCES_ALONE = 8  # sentences from the one act a report told to a claim of it
_CAUSE_SENTENCES = 2  # sentences from a blast (or its last retelling) to the cause told of it
# another incident told (normalized): "في حادث منفصل"، "هجوم آخر"، "تفجير ثان"
_ANOTHER_INCIDENT = re.compile(
    r"(?<!\w)(?:(?:ال)?(?:حادث|حادثه|هجوم|تفجير|انفجار|اعتداء) (?:ال)?(?:منفصل|منفصله|اخر|ثان|ثاني))(?!\w)"
)
_CLAIMABLE = frozenset(("Explosions/Remote violence", "Battles", "Violence against civilians"))


def _claimed_toll(
    text: str, first: Clause, cas: Casualties, drafts: list[Draft], sentence_drafts: list[Draft]
) -> Casualties | None:
    """The sentence opens with a side's claim of the act told before ("وتبنى حزب العمال الهجوم …") and counts
    its dead (``cas``), none counted yet in the sentence: the dead of the act told last before, whose count this
    is another account of."""
    if not cas.explicit or not drafts or not drafts[-1].casualties.explicit:
        return None
    if any(d.casualties.fatalities for d in sentence_drafts):
        return None
    if _CLAIMING.isdisjoint(text[first.start : first.end].split()[:_CLAIM_REACH]):
        return None
    # (the act told before is named again, definite: "تبنت هجوما اخر" is another)
    if not any(text.endswith("ال", 0, t.nspan.start) for t in first.of("triggers")):
        return None
    return drafts[-1].casualties


def _keep_lower(told: Casualties, other: Casualties) -> None:
    """``other`` is another source's count of the dead ``told`` counts: the lower figure is kept."""
    if other.fatalities < told.fatalities:
        told.fatalities = other.fatalities
        for k, v in told.detail.items():
            told.detail[k] = min(v, other.fatalities)
    if 0 < other.injuries < told.injuries or not told.injuries:
        told.injuries = other.injuries or told.injuries


# (normalized) aid and relief: the people named right after them are whom it goes to
_AID_WORDS = frozenset(
    "المساعدات مساعدات المساعده مساعده الاغاثه اغاثه الاغاثيه اغاثيه الانسانيه انسانيه الغذائيه غذائيه حصص "
    "الاغذيه اغذيه الادويه ادويه الامدادات امدادات".split()
)


def _aid_recipients(text: str, v: Mention) -> bool:
    """People named as whom aid goes to ("ايصال المساعدات الانسانية الى السكان"، "بالقاء حصص غذائية
    للسكان"): no victims of an act."""
    return not _AID_WORDS.isdisjoint(w.removeprefix("و") for w in _words_before(text, v, 3, chars=40))


def _a_people(m: Mention) -> bool:
    """A side that may be a crowd facing the forces: protesters or a party's crowd (OPP), or a people named by
    its nationality (الفلسطينيين) — not civilians at large (المدنيين، الاهالي: in a fight, those caught in it)."""
    code = m.data["entry"].get("code") or ""
    return code.endswith("OPP") or (code.endswith("CVL") and bool(m.data["entry"].get("country")))


def _a_crowd(m: Mention) -> bool:
    """A side named as a crowd or as civilians (المتظاهرين، الاهالي): no force that breaks a protest up."""
    return _civilian(m) or (m.data["entry"].get("code") or "").endswith("OPP")


def _civilian(m: Mention) -> bool:
    code = m.data["entry"].get("code") or ""
    return code.endswith("CVL") or code.startswith("NGO")  # (NGOs: civil bodies, no fighting side)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.nspan.start < b.nspan.end and b.nspan.start < a.nspan.end
