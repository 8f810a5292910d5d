"""Political events (PLOVER): visits, talks, demands, accusations, rejections, agreements, aid …

One event per clause and date: the first political trigger, its speaker or agent as actor1 (the actor named
before it, after it in verb-first order, the sentence's speaker, or the article's running political actor),
the counterpart as actor2 (a named actor after it, or the government of the place visited), and a status
from modality: سيزور / من المقرر → planned, كان قد → historical, نفى → denied.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache
from itertools import islice
from typing import Any

from rasad.assemble.actors import COUNTRY_NAMES, actor_from_mention, army_named_before, civilians, is_generic
from rasad.assemble.conflict import (
    _BELONGING,
    SAYING_WITH,
    Draft,
    _actor_entries,
    _entry,
    _inside_name,
    _negated,
    _plural_verb,
    _words_before,
)
from rasad.assemble.doc import Clause, Doc, relative_pronoun_before
from rasad.lexicons.load import load_lexicon
from rasad.match.names import STATE_ROLES, state_of_nationality, state_of_nationality_word
from rasad.model import (
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
from rasad.text.normalize import QUOTES_TO_SPACES, normalize_key
from rasad.time import find_time_expressions, is_future, is_quoted_past
from rasad.time.expr import DATE, DAY, RELATIVE, WEEKDAY, TimeExpr

_NEAR_WORDS = 8
# nouns of asking (normalized): "طلب ملح لواشنطن" — the side after لـ is the one who asks
_REQUEST_NOUNS = frozenset(("طلب", "طلبا", "دعوه", "نداء", "مطالب", "مطلب", "مناشده"))
# the singular heads of bodies (normalized, without ال) a verb with the plural ending never has as its subject
_SINGULAR_BODIES = frozenset(("طيران", "جيش", "نظام", "حكومه", "تنظيم", "تحالف", "مجلس", "وزاره", "حزب"))
# the pluperfect's cues (normalized) and the forms of كان that open it
_PLUPERFECT = frozenset(("كان قد", "كانت قد", "كانوا قد"))
_WAS_FORMS = frozenset(("كان", "كانت", "كانوا", "كانا", "كانتا"))
_SAID_PLUPERFECT_WORDS = (
    16  # words from كان to an act in what its verb of saying says (_said_in_a_pluperfect)
)
_OLDER_DAYS = 14  # days before publication from which a date tells of background, not of the news
# days before publication within which an act the press recalls (كان … قد، التي جرت) is still the news'
_RECALL_DAYS = 3
# the words of a setting after which something was said (normalized): "اكد بعد محادثات مع …"
_AFTER = frozenset(("بعد", "وبعد", "عقب", "وعقب", "اثر", "واثر"))
# the present of imposing (normalized), whose future (ستفرض) announces sanctions to come
_IMPOSING = frozenset(("يفرض", "تفرض"))
# the speaker's own state or government, named by a pronoun (normalized): "ان بلاده ترفض …"
_OWN_STATE = frozenset("بلاده بلادها بلادنا حكومته حكومتها حكومتنا دولته دولتها".split())
# the words of time a setting noun follows (normalized): "بعد زيارته"، "قبل لقائه"، "خلال اجتماعه"
_SETTING_NOUNS = frozenset(("بعد", "قبل", "عقب", "خلال", "اثناء", "اثر"))
# of them, those of an occasion before or after the act, not the act's own (normalized)
_OTHER_OCCASION = frozenset(("بعد", "قبل", "عقب", "اثر"))
_DURING = frozenset(("خلال", "اثناء"))  # a meeting a statement was made during: "اكد خلال لقائه نظيره …"
_SETTING = frozenset(("بعد", "عقب", "خلال", "اثناء", "وخلال", "وبعد", "هامش", "اثر", "واثر", "وعقب"))
# the prepositions that open what is asked for after a verb of asking (normalized): "حث على …"، "دعا الى …"
_CONTENT = frozenset(("علي", "الي", "بضروره"))
# the words of a lineage in a person's name (normalized): the علي after them is a name ("محمد بن علي"), not على
_LINEAGE = frozenset(("بن", "ابن", "ابو", "ابي", "بنت"))


def _asks_content(words: list[str]) -> bool:
    """The words hold what a verb of asking asks for (على، الى، بضرورة) — not علي in a name ("بن علي"), nor the
    على of the mouth a side speaks by ("دعا الوزير، على لسان المتحدث باسمه، الحكومة الى …": an aside)."""
    return any(
        w in _CONTENT
        and not (w == "علي" and k and words[k - 1] in _LINEAGE)
        and not (w == "علي" and words[k + 1 : k + 2] == ["لسان"])
        for k, w in enumerate(words)
    )


_LIST_GLUE = " \u060c,و"  # what may stand between the places of a list: "بريطانيا وبلجيكا، وفرنسا"
_DENIED_THAT_REACH = 4  # words from a verb of denying, past its subject, to the ان of what it denies
_ASK_REACH = 12  # words from a verb of asking, past its addressee, to the الى / على of what it asks
# the past days a call is dated by even after what it asks for ("دعا الى الحوار امس")
_PAST_DAYS = (["امس"], ["وامس"], ["اول"], ["البارحه"])

_THAT = frozenset(("ان", "انه", "انها", "بان", "بانه", "بانها"))
# a verbal noun of what a statement is about, with its ب / ل (normalized): "بتكثيف"، "لارسال"، "باستعادة"،
# "لاختطاف"، "بوقف"، "بخطف" — a place after it is in the object, not where the statement was made
_OBJECT_MASDAR = re.compile(
    r"^و?(?:ب|ل)(?:ال|ل)?(?:ا\S\Sا\S|ت\S\Sي\S|است\S\Sا\S|ا\S\S\Sا\S|وقف|سحب|دعم|رفع|فتح|منع|فك|خطف|قتل|قصف|ضرب)$"
)
# nouns of the occasion a statement is made at (normalized): a place after them is its venue even past a
# relative clause or a verbal noun ("… الذي قال … في مؤتمر صحفي في عمان")
_OCCASIONS = frozenset(
    "مؤتمر المؤتمر تصريح تصريحات كلمه الكلمه خطاب الخطاب لقاء اللقاء اجتماع الاجتماع زياره الزياره".split()
)
# a speaker going on, unnamed, in the sentence after his statement (normalized): "وكان يتحدث في مؤتمر صحفي في
# …"، "وقال في مؤتمر صحافي في انقره ان …"
_SPEAKING_ON = frozenset("يتحدث تتحدث تحدث تحدثت يدلي تدلي قال قالت اضاف اضافت صرح صرحت".split())
# the press a statement is made to or before (normalized): the place after it is the statement's venue
_PRESS = frozenset(
    "مؤتمر صحفي صحافي لصحافيين لصحفيين للصحافيين للصحفيين الصحافيين الصحفيين صحافيين صحفيين".split()
)
_SPEAKING_ON_REACH = 8  # words from the verb of speaking to the place of the press conference
# a visit a statement is made during (normalized): "خلال زيارة الى …"، "اثناء زيارته لـ…"
_VISIT_NOUNS = frozenset("زياره زيارته زيارتها جولته جولتها".split())
_DURING_VISIT = _DURING | {"في"}  # "في زيارته لانقرة" too
_VISIT_REACH = 4  # words between the visit and the place visited ("الى الشطر الشمالي من قبرص")
_EARLIER_REACH = 14  # words before an act to the visit it is told within
# the words that tell an act within a visit (normalized): "حيث التقى"، "التقى خلالها"، "التي التقى فيها"
_WITHIN_VISIT = frozenset(("حيث", "خلالها", "فيها", "التي", "اثناءها"))
_DAYS_BACK = {"يوم": 1, "يومين": 2}  # بعد يوم من زيارة …: the visit a day before
# participles a speaker goes on with (normalized): "…، متهما اسرائيل بتنفيذ العملية"، "…، مؤكدا ان …"
_SAYING_ON_PARTICIPLES = frozenset(
    "قائلا مؤكدا مضيفا مشيرا موضحا مشددا معتبرا متهما محملا قائله مؤكده مضيفه مشيره موضحه مشدده معتبره متهمه محمله"
    .split()
)  # fmt: skip
_BARE_COUNTERPARTS = frozenset(("نظيره", "نظيرها", "نظيريه", "نظرائه", "نظرائها"))
_COUNTERPART_REACH = 10  # words from talks (بحث), past their subject and venue, to the bare counterpart
_VISIT_AFTER_ACT = 14  # words from the act's verb to the place of the visit told after it (and its subject)
_TITLE_WORDS = 3  # words of a speaker's bare title between كان and the verb ("وكان رئيس الوزراء يتحدث …")
_DENIALS = frozenset(("deny", "deny_noun"))
# acts done by saying: their nominal forms (داعيا، مطالبا، عن امله) report the act itself
# the acts aimed at another side, which may be another body of the doer's own state
_DIRECTED = frozenset(("ACCUSE", "REQUEST", "REJECT", "THREATEN"))
_SPEECH_ACTS = frozenset(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "DISAPPROVE"))
# statements a state makes from nowhere the text names (not a veto or a refusal, cast where it is)
_STATEMENT_TYPES = _SPEECH_ACTS - {"REJECT"}
_EXPRESS_VERBS = frozenset(("اعرب", "اعربت", "اعربوا", "عبر", "عبرت", "عبروا", "يعرب", "تعرب"))
_OBJECT_WORDS = frozenset(("الي", "مع", "علي", "ضد", "من", "في", "ب", "عن", "لدي"))
# the same light verbs in the future: "سيقوم الوزير يوم الاحد بزيارة"، "ستجري المحادثات"، "سيعقد اجتماعا"
_LIGHT_FUTURE = frozenset(
    "يقوم تقوم يقومون يجري تجري يعقد تعقد يبدا تبدا يوقع توقع يعلن تعلن يقدم تقدم يصدر تصدر ينفذ تنفذ يتخذ تتخذ"
    " ينطلق تنطلق تستانف يستانف يفرض تفرض"
    .split()
)  # fmt: skip


# the verbs of a passive with a verbal noun (normalized): "جرى عرقلتها" (it was obstructed), "تم رفضه"
_PASSIVE_AUXILIARIES = frozenset(("جري", "جرت", "يجري", "تجري", "تم", "يتم", "تمت"))

# A political noun (زيارة، مفاوضات، وقف إطلاق النار) reports an event when the clause dates it or a light
# verb carries it ("اجرى محادثات", "وقع اتفاقا"); otherwise it is a topic ("يمهد الطريق امام وقف اطلاق النار").
# verbs of intending (normalized), whose object noun is an act to come: "تعتزم روسيا استضافة جولة محادثات"
_INTENDING = frozenset(("يعتزم", "تعتزم", "يعتزمون", "ينوي", "تنوي"))
# verbs of getting ready (normalized), whose complement with لـ is an act to come: "يستعد الوزير لزيارة القاهرة"
_PREPARING = frozenset(("يستعد", "تستعد", "يستعدون", "يتاهب", "تتاهب"))
_PREPARING_REACH = 5  # words from the verb of getting ready, past its subject, to the act
_LIGHT_VERBS = frozenset(
    (
        "بدء",  # "اعلنت القياده بدء هدنه": the start of a truce is its declaration
        "اعلان",
        "انطلاق",
        "اجري",
        "اجرت",
        "اجروا",
        "عقد",
        "عقدت",
        "بدا",
        "بدات",
        "انطلق",  # "انطلقت في جنيف امس محادثات بين …": talks set off are held
        "انطلقت",
        "استانفت",  # "استؤنفت امس المفاوضات"، "استانفت الاطراف المحادثات": resumed
        "استؤنفت",
        "وقع",
        "وقعت",
        "اعلن",
        "اعلنت",
        "جرت",
        "جري",
        "شهد",
        "شهدت",
        "قدم",
        "قدمت",
        "اصدر",
        "اصدرت",
        "تبني",
        "تبنت",
        "اتخذ",
        "اتخذت",
        "استخدم",
        "استخدمت",
        "توصل",  # "توصلت الحكومة والحوثيون امس الى اتفاق"
        "توصلت",
        "توصلوا",
        "توصلا",
        "فرض",  # "فرضت الولايات المتحدة امس عقوبات جديدة"
        "فرضت",
        "فرضوا",
        "قام",  # "قام الوزير بزيارة …"، "قامت القوات بعملية انزال …"
        "قامت",
        "قاموا",
        "نفذ",
        "نفذت",
        "نفذوا",
    )
)


_OBLIGED_REACH = 3  # words between a side that must do something (على X) and the act it must do
_TRAVEL = frozenset(("arrive", "arrival_noun"))  # lexicon entries of travel (see _official_travel)
_TRAVEL_OR_VISIT = _TRAVEL | {"visit"}
# conflict acts that are political ones too, by lexicon entry: a landing of troops and equipment is also a
# mobilization (PLOVER MOBILIZE); both are emitted
ALSO_POLITICAL = {"landing_troops": "MOBILIZE", "seize": "SANCTION", "attack_verb": "ACCUSE"}
# the words after a verb of attacking that make it one said, not fought (normalized): "هاجم رئيس الوزراء حزب
# المعارضة قائلا …"، "يهاجم الرئيس زعيم الحزب باتهامه بـ…" — a verbal attack of an official (ACCUSE)
# (the words of saying a verbal attack is told with in conflict.py, and his charge or speech)
_VERBAL_ATTACK = (
    SAYING_WITH
    | frozenset(
        "باتهامه باتهامها كلمه خطاب داعيا داعيه مطالبا مطالبه".split()  # (and what it asks: "…، داعية لدعم الاستيطان")
    )
)
_VERBAL_ATTACK_REACH = (
    14  # words (its subject and object too) from the verb of attacking to the word of saying
)
# days between a date a statement inherits and a later day the article told before it, past which the inherited
# date is a background act's (a kidnapping "يوم 4 يونيو الماضي" told after a killing of 15 July)
_BACKGROUND_GAP = 7
_OBJECT_REACH = 5  # words from a bare verb of diplomacy (حملت، قطعت، طردت) to its object, past the subject
# the same for holding a side responsible, past both the subject and the side held: "حمل وزير الخارجية السوري
# الحكومة التركية المسؤولية"
_BLAME_REACH = 10
# the participles of holding responsible that also mean 'loaded' (normalized): "… محملا تنظيم القاعدة المسؤولية"
# the words a speaker before a colon may take at a sentence's opening ("وزير الداخلية العراقي محمد الغبان:")
_COLON_SPEAKER_WORDS = 8
# the adjectives after النظام that make it another than the Syrian regime (normalized)
_REGIME_NOT_SYRIAN = frozenset(
    "الايراني العراقي الليبي المصري التركي الدولي العالمي الاقليمي الداخلي الاساسي القضائي الجديد العام".split()
)
_LOADED = frozenset(("محملا", "محمله"))
# the object a bare verb needs to be an act of diplomacy, by lexicon entry (normalized word starts): "حملت الحكومة
# اليمنيه الحوثيين مسؤوليه …"، "قطعت السعوديه علاقاتها مع ايران"، "طردت الحكومه السفير" (seize: only طرد)
_OBJECT_NEEDED = {
    "hold_responsible": ("مسؤوليه", "المسؤوليه"),
    "sever_ties": ("علاقات", "العلاقات", "سفير", "السفير", "سفراء", "السفراء", "عضويه"),
    "seize": ("سفير", "السفير", "سفراء", "السفراء", "دبلوماسي", "الدبلوماسي"),
    # a vow to fight or punish a side: "تعهد رئيس الوزراء بملاحقة منفذي الهجوم" (see also _VOWED_MEASURES)
    "vow_fight": (
        "بمحاربه", "بملاحقه", "بمطارده", "بالقضاء", "بمعاقبه", "بالانتقام", "بالثار", "بسحق", "بدحر",
        "بالتصدي", "بضرب", "بمحاسبه", "بتطهير", "بهزيمه", "بالحاق", "بشن",
    ),
}  # fmt: skip
# the measures a vow takes against a side (normalized): "وعد باتخاذ اجراءات اكثر حسما ضد المتشددين"
_VOWED_MEASURES = frozenset(("باتخاذ", "باجراءات"))
# the ills a vow to fight is against, no side (normalized): "تعهد بمحاربة الفساد"، "بالقضاء على الفقر"
_VOWED_ILLS = frozenset(
    "الفساد الفقر البطاله الجوع الامراض المرض الاميه المخدرات الجريمه التهريب الغلاء".split()
)
# the verbs of sending that carry aid (normalized): "ارسلت السعودية اربع طائرات اغاثية الى عدن"
_AID_SENDING = frozenset(
    "ارسل ارسلت ارسلوا بعث بعثت سير سيرت سيروا وزع وزعت وزعوا ادخل ادخلت ادخلوا اوصل اوصلت شحن شحنت"
    " سلم سلمت سلموا".split()  # ("سلمت الامارات الحكومة اليمنية شحنة من المساعدات": handed over)
)
# the words of giving a sum of money (normalized) right before it, past its number and measure: "تقديم 50 مليون
# دولار"، "منحت المانيا الحكومة 100 مليون يورو" (its sides between), "خصصت مبلغ 10 ملايين دولار" — a sum with no
# giving before it is a cost, a loss or a fortune ("خسائر بقيمة 10 ملايين دولار"، "ثروة تقدر بـ30 مليار دولار")
_MONEY_GIVING = frozenset(
    "تقديم بتقديم قدم قدمت يقدم تقدم ستقدم سيقدم منح منحت يمنح تمنح بمنح خصص خصصت يخصص تخصص بتخصيص تخصيص"
    " تبرع تبرعت بالتبرع".split()
)
# the verbal nouns of giving among them, which tell no act of their own (an act needs its verb: "اعلنت تقديم …"،
# "تعهدت بتقديم …"; "ساهم تخصيص مبلغ مليار دولار للمركز في …" recalls a grant)
_MONEY_GIVING_NOUNS = frozenset("تقديم بتقديم منح بمنح تخصيص بتخصيص تبرع بالتبرع".split())
# the verbs of giving and sending whose subject a bare state name is (see PoliticalAssembler._gives)
_GIVING_VERBS = _AID_SENDING | (_MONEY_GIVING - _MONEY_GIVING_NOUNS)
# sums that are no aid though given (normalized): "رصدت الخارجية مكافاة قدرها 7 ملايين دولار"، "دفعت فدية"
_NOT_AID_SUMS = frozenset("مكافاه مكافاة جائزه فديه رشوه غرامه كفاله".split())
_MONEY_MEASURE = frozenset("مبلغ مبلغا بمبلغ نحو حوالي قرابه اكثر من".split())
_MONEY_REACH = (
    7  # words from the verb of giving to the sum (its sides between: "منحت المانيا الحكومة الافغانية")
)
_MONEY = re.compile(r"(?:مليون|ملايين|مليار|مليارات) ")
# aid brought by a carrier that arrives (normalized): "وصلت امس سفينة اماراتية محملة بالفي طن من المساعدات الى
# ميناء عدن"، "رست في الميناء سفينة تحمل الف طن من المساعدات"، "دخلت قافلة مساعدات اممية الى البلدة" — the verbs of
# arriving (the perfect; what will arrive, "ينتظر ان تصل باخرة", is aid planned: see _TO_ARRIVE) and the carriers
# (without ال)
_ARRIVING = frozenset("وصل وصلت وصلوا وصلتا رست رسوا حطت هبطت دخل دخلت دخلوا".split())
_CARRIERS = frozenset(
    "سفينه سفن باخره بواخر طائره طائرات قافله قوافل شاحنه شاحنات سفينتان سفينتين باخرتان باخرتين طائرتان طائرتين"
    " قافلتان قافلتين".split()
)
# the verbs of carrying whose subject is the carrier (normalized): "نقلت ثلاث طائرات سعودية مساعدات الى اليمن"
_CARRYING = frozenset("نقل نقلت نقلوا".split())
# the imperfect of arriving (normalized), the aid planned when it is to come: after ان ("ينتظر ان تصل باخرة"،
# "من المقرر ان تصل") or with the future's س ("ستصل قافلة مساعدات")
_TO_ARRIVE = frozenset("تصل يصل ترسو يرسو تحط تهبط تدخل يدخل".split())
# a carrier loaded with aid ("سفينة محملة بالفي طن من المساعدات"، "تحمل الف طن من")
_LOADING = frozenset("محمله محملا محملين محملتين تحمل يحمل حامله تنقل".split())
# the words of an amount loaded (normalized), past the bi- of the first: "محملة بنحو 2315 طنا من"، "الاف الاطنان من"
_AMOUNTS = frozenset("نحو حوالي قرابه من طن طنا اطنان الاطنان الاف الف الفي مئات عشرات كميات كميه".split())
# words from the verb of arriving to its carrier, past a date and a place ("رست في ميناء عدن سفينة")
_ARRIVED_REACH = 6
# words from the carrier to the aid it carries ("سفينة تابعة لبرنامج الاغذية العالمي تحمل الف طن من المساعدات")
_CARRIED_REACH = 10
_OF_THE_UN = frozenset(("امميه", "اممي", "الامميه", "الاممي"))  # the UN's ("قافلة مساعدات اممية")
# the words right before the side a carrier of aid belongs to or is sent by ("تابعة لـ"، "المقدمة من")
_GIVEN_BY = frozenset(("تابعه", "التابعه", "من", "المقدمه", "مقدمه", "المرسله", "مرسله"))

# the verbs that put an initiative forward (normalized), past its subject: "تقدمت الجزائر بمبادرة"، "طرح الحزب مبادرة"
_PUTTING_FORWARD = frozenset("طرح طرحت طرحوا يطرح تطرح اطلق اطلقت تقدم تقدمت يتقدم تتقدم عرض عرضت".split())

# the verbs of what a plan or an initiative holds (normalized): "وتتضمن مبادرة الحزب التي اعلن عنها، وقف اطلاق
# النار …" — the acts after them are proposed, not done
_CONTAINING = frozenset("تتضمن يتضمن تضمنت تضمن تنص ينص نصت تقضي يقضي".split())  # (not تشمل: "جولة تشمل …")

# codes shared by many groups (rebels, militias, parties): two groups of one code are still two sides
_GROUP_CODES = ("REB", "UAF", "OPP")
# envoys a state recalls (normalized): "سحبت الامارات سفيرها من طهران"
_RECALLED = frozenset(
    ("سفيرها", "سفيره", "سفيرنا", "سفراءها", "سفرائها", "سفراءه", "بعثتها", "بعثته", "دبلوماسييها")
)
# the envoy a state summons or expels that is no ambassador (normalized): "استدعت الخارجية القائم بالاعمال"
_CHARGE_DAFFAIRES = "القائم بالاعمال"
_ENVOY_OBJECT = frozenset(("sever_ties", "seize"))
_EXPELLED = frozenset(("طرد", "طردت", "طردوا"))  # the seize entry's verbs that expel an envoy too
# things that arrive (aid, arms, reinforcements): their arrival is no visit
_GOODS = frozenset(
    "المساعدات مساعدات تجهيزات التجهيزات شحنه الشحنه شحنات قافله القافله قوافل تعزيزات التعزيزات دبابات الدبابات "
    "اسلحه الاسلحه معدات المعدات ذخائر الذخائر باخره سفينه"
    # and the dead and wounded brought in ("شهادات وفاة لجثث وصلت الى المستشفى")
    " جثث الجثث جثه الجثه جثامين الجثامين جرحي الجرحي المصابين مصابين".split()
)
_LIGHT_REACH = 8  # words between a light verb and the noun it carries
_CHARGE_REACH = 16  # words from a verb of holding (اعتبر، تعد، وصف) to the charge
# what one side holds the other's act to be: accusative (انتهاكا) or with bi- (بالارهابي، بالجريمه)
_CHARGES = frozenset(
    ("تهديدا", "انتهاكا", "انتهاكات", "خرقا", "جريمه", "جرائم", "ارهابا", "ارهابيا", "ارهابيه", "الارهابي",
     "الارهابيه", "عدوانا", "العدوان", "اعتداء", "الاعتداء", "انقلابا", "الانقلاب", "استفزازا", "تصعيدا",
     "مجزره", "المجزره", "الجريمه", "الاجرامي", "اجراميا", "الجرائم", "الانتهاكات", "خروقات", "الخروقات",
     "خروقا", "مجازر", "المجازر")
)  # fmt: skip
# a subject of no one in particular right after the verb (normalized): "دانت دول ومنظمات"، "طالبت جهات"
# verbs of coming to an end (normalized): "الهدنة التي انتهت امس" is no truce declared that day
_TRUCE_DAYS = 2  # days between the declaration and the start of one truce, told apart (see _one_truce)
# the ranks and offices of a body, named with the body named back ("رؤساء مكاتب الحزب"، "قيادات الحركة")
_OWN_RANKS = frozenset(
    ("رؤساء", "مسؤولي", "قيادات", "قياديي", "كوادر", "اعضاء", "مكاتب", "فروع", "نواب", "ممثلي", "امناء")
)
_OWN_BODIES = frozenset(("الحزب", "الحركه", "التنظيم", "الجماعه", "التيار", "الوزاره"))
_ENDED = frozenset(("انتهت", "انتهي", "انقضت", "انقضي", "انهارت", "انهار", "سقطت", "سقط"))
# what a side deploys (normalized): its forces or arms, the object of a bare نشر; and what is published instead
_DEPLOY_REACH = 6
_DEPLOYED = frozenset(
    "قوات جنود جنودا عسكريين مقاتلات طائرات طائره مروحيات صواريخ منظومه منظومات بطاريات بوارج سفنا سفن مدمرات "
    "مدمره حاملات دبابات مدرعات وحدات كتيبه كتائب لواء الوف".split()
)
# verbs of responding or hastening whose manner is a noun with bi- (normalized): "رد بمطالبة …"، "سارعت بادانة …"
_RESPONDING = frozenset(
    ("رد", "ردت", "ردوا", "يرد", "ترد", "الرد", "سارع", "سارعت", "سارعوا", "بادر", "بادرت", "بادروا")
)
# verbs of meeting with a response (normalized): "لقي النداء تجاوبا من رئيس الحكومة"، "لاقت المبادرة ترحيبا من …"
_MET_WITH = frozenset(("لقي", "لقيت", "لاقي", "لاقت", "يلقي", "تلقي", "يلاقي", "تلاقي"))
# words before which نشر is the noun "deployment", not the verb: a preposition, تم
_BEFORE_A_MASDAR = frozenset(
    ("من", "عن", "بعد", "قبل", "عبر", "الي", "علي", "في", "تم", "خلال", "اثر", "منذ", "حول")
)
_PUBLISHED = frozenset(
    "صورا صور صوره فيديو شريطا شريط تسجيلا تسجيل بيانا بيان تقريرا تقرير خبرا مقالا اسماء اسم لقطات تغريده على "
    "في عن".split()
)
_QUOTED_SOURCES = frozenset(("مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين"))


def _source_in(gap: list[str]) -> bool:
    """The words between a verb and a side are a source inside it: "مصادر دبلوماسية في"، "مسؤول كبير في"
    (a few words, a source first, في or من last)."""
    return 2 <= len(gap) <= 4 and gap[0].lstrip("و") in _QUOTED_SOURCES and gap[-1] in ("في", "من")


_GENERIC_SUBJECTS = frozenset(
    "احد احدي دول منظمات جهات اطراف هيئات عواصم شخصيات ناشطون ناشطين مواطنون اوساط مصادر حكومات"
    # the sources a report quotes, named again: "وطالبت المصادر بان يكون المبعوث حازما"
    " المصادر مصدر المصدر"
    # units of troops joining up: "حيث التقت الفرقتان في منطقة صبر"
    " الفرقتان الفرقتين القوتان القوتين الوحدتان الوحدتين"
    # a few, many, some, one of, unnamed figures: "وأشادت شخصيتان قياديتان يمنيتان"، "لكن كثيرين حثوا انقرة"
    " شخصيتان شخصيتين كثيرون كثيرين كثير بعض عدد"
    # the press and voices: "واتهمت وسائل اعلام مؤيدة للحكومة حزب …"، "شككت اصوات بسياسة انقرة"
    " وسائل اصوات صحف".split()
)
# what protesters carry and chant (normalized): "لافتة كبيرة تندد بجرائم …"، "رفعوا شعارات تطالب بـ…" — their words
# are the protesters', no side's
_SIGNS = frozenset(
    "لافته لافتات اللافتات يافطه يافطات شعار شعارات الشعارات هتاف هتافات الهتافات ملصقات منشورات".split()
)
# a body named again by a head noun no actor's name is read from (normalized), the subject of the act it follows
# when the verb agrees with it: "وطالبت الفرقة جبهة النصرة بـ…" — the side after is the object, not the doer
_UNNAMED_BODIES_F = frozenset(
    "الفرقه الكتيبه الهيئه اللجنه المنظمه الرابطه الجمعيه الكتله المجموعه الفصائل".split()
)
_UNNAMED_BODIES_M = frozenset("الفصيل اللواء".split())
# the same bodies in the construct, heading a name of their own (normalized): "رابطة علماء فلسطين"، "نقابة الاطباء"
_BODIES_IN_CONSTRUCT = frozenset(
    [w.removeprefix("ال") for w in _UNNAMED_BODIES_F | _UNNAMED_BODIES_M]
    + "نقابه اتحاد جمعيات تنسيقيه".split()
)
# words in -ون that are no plurals of people (see PoliticalAssembler._unnamed_subject)
_NOT_PLURALS = frozenset(("القانون", "المضمون", "الكون"))
# a dual of sides as a subject (normalized, nominative): "واتفق الرئيسان"، "وبحث الجانبان"
_DUAL_SIDES = frozenset(
    "الجانبان الطرفان الرئيسان الوزيران الزعيمان البلدان المسؤولان العاهلان الوفدان".split()
)
# words of a subject fronted between the speaker's ان and لابد (see _must_after_subject)
_MUST_SUBJECT_REACH = 9
# the duals of heads of state and ministers (normalized), two governments: "واتفق الرئيسان في اتصال هاتفي …"
_DUAL_HEADS = frozenset("الرئيسان الوزيران الزعيمان العاهلان".split())


def _governments(*actors: Actor) -> bool:
    return all((a.code or "").endswith("GOV") for a in actors)


# the same after ان, in the accusative (normalized; not المسؤولين: also a plural)
_DUAL_SIDES_ACCUSATIVE = frozenset(
    "الجانبين الطرفين الرئيسين الوزيرين الزعيمين البلدين العاهلين الوفدين".split()
)
# dual verbs of acts done together (normalized): "ان الجانبين اتفقا"، "ان ميركل وداود اوغلو اتفقا"
_DUALS = frozenset(("اتفقا", "وافقا", "تباحثا", "بحثا"))
_DELEGATIONS = frozenset(("وفد", "وفدا", "الوفد", "وفود", "الوفود"))
_RELATIVES = frozenset(("التي", "الذي", "الذين", "اللتين", "اللذين", "اللذان", "اللتان", "اللواتي"))
# the object pronouns a verb carries (normalized): "تدعمهم"، "تتهمها"
_OBJECT_SUFFIXES = frozenset(("ه", "ها", "هم", "هما", "هن"))
# what a place after these is (with, about, towards): never where the act is
_NOT_VENUE = frozenset(("مع", "حول", "بشان", "بخصوص", "تجاه", "ازاء", "حيال"))
# verbs of what talks took up (normalized): a place after them is in the topic, not the venue ("محادثة هاتفية …
# تناولت الازمة في ليبيا"، "اتصالا هاتفيا … بحثا خلاله الاوضاع في ليبيا")
_TALKED_OF = frozenset(
    "تناول تناولت تناولا تناولوا بحث بحثت بحثا بحثوا ناقش ناقشت ناقشا ناقشوا تطرق تطرقت تطرقا تباحثا".split()
)
_STATE_HEADS = frozenset(("حكومه", "دوله", "سلطات", "السلطات", "نظام", "قوات", "دول", "حكومات", "قياده"))
# verbs of opinion and the people whose words are opinion, normalized: what follows their ان is no act
_OPINION_VERBS = frozenset(
    "يري تري يرون رأي راي يعتقد تعتقد يعتقدون يرجح ترجح يرجحون يتوقع تتوقع يتوقعون يظن يظنون".split()
)
_ANALYSTS = frozenset(
    "محلل المحلل محللون المحللون محللين المحللين خبير الخبير خبراء الخبراء مراقب مراقبون المراقبون مراقبين"
    " المراقبين".split()
)
_PREPOSITIONS = frozenset(("عن", "الي", "في", "من", "علي", "مع", "حول", "بشان"))
# particles that may open a clause before its verb ("فيما رفض الحوثيون …"، "كما ندد الوزير …")
_OPENERS = frozenset(
    ("فيما", "بينما", "في حين", "كما", "وكما", "ثم", "لكن", "ولكن", "حيث", "وقد", "قد", "اذ")
)
# words that open what is agreed on (normalized): "اتفقا على …"، "وافقت على …"، "اتفاق بشان …"
_AGREED_ON = frozenset(("علي", "بشان", "حول", "بخصوص"))
# perfect verbs of the third person masculine that the lexicon files with their nouns (normalized): the verb
# opening its clause or right after its subject ("ان تركيا وافقت"، "ووافق البرلمان على …")
_PERFECTS = frozenset(("اتفق", "اتفقا", "وافق", "وافقا", "استقال", "تنحي", "اعتذر", "صادق", "اقر", "افرج"))
# the masculine perfects of statements filed with the nouns (normalized): one coordinated after a comma ("قال
# الوزير ان …، وتوعد المتمردين بالرد") is the speaker's verb going on, never the verbal noun (تهديد، اتهام)
_STATED_PERFECTS = frozenset(
    "هدد توعد اتهم رحب حذر ندد ادان استنكر انتقد شجب اشاد ثمن طالب دعا حث ناشد".split()
)
# those of them whose object is the thing, not a side (normalized): "…، وندد الوزير بالهجوم" names the subject
_STATED_SIDE_FIRST = frozenset("رحب ندد ادان استنكر انتقد شجب اشاد ثمن".split())
# adverbs that may stand before a clause's verb ("كذلك اتهم حزب الشعب الجمهوري …"، "بدوره رحب …")
_FRONTED_ADVERBS = frozenset(("كذلك", "ايضا", "بدوره", "بدورها", "بالمقابل", "بالتزامن", "دوليا", "سياسيا"))
# prepositions that open a fronted phrase of place or frame before the verb ("وفي باكستان اتفقت الحكومة …"،
# "من ناحية اخرى اشاد رئيس الحكومة …"، "على صعيد آخر رحب …"), normalized
_FRONTING = frozenset(("في", "من", "علي", "الي"))
# words that make the words before a verb something other than a fronted phrase: a condition, a purpose, a
# relative clause, a complement ("في حال رفضت …"، "من اجل …"، "في الوقت الذي رفضت فيه …")
_NOT_FRONTED = frozenset(
    ("حال", "حاله", "اجل", "الذي", "التي", "الذين", "ان", "انه", "انها", "لو", "اذا", "ما", "لا", "لم", "لن")
)
# what names the counterpart of the subject (normalized): "نظيره المصري"، "نظيرته الالمانيه"، "نظرائه العرب"
_COUNTERPARTS = ("نظير", "نظراء")
# the words of a condition (normalized): "اذا"، "لو"، "في حال"، "في حالة"
_IF = frozenset(("اذا", "لو", "لولا"))
# the particles that open the answer of a condition (normalized): "اذا … فان"، "… فسوف"، "… فلن"
_CONDITION_ANSWERS = frozenset(("فان", "فانه", "فانها", "فانهم", "فسوف", "فلن", "فانني", "فاننا"))
# the words of a time to come (normalized): "عندما سيلتقي"، "حينما يزور" (not "في حين": whereas)
_WHEN = frozenset(("عندما", "حينما", "متي"))
# bodies named by an act ("مركز تنسيق"، "لجنة الحوار"، "هيئة التفاوض"): heads of the name, normalized
_BODIES = frozenset(("مركز", "غرفه", "لجنه", "خليه", "هيئه", "مكتب", "اليه", "وحده", "مجلس", "فريق"))
# receptions and hostings: of guests, not of the wounded, the sick, the displaced or the dead
_RECEIVING = frozenset(("meet_verb", "reception", "host", "host_noun"))
_RECEIVED = frozenset(
    "جرحي الجرحي مصابين المصابين مرضي المرضي حالات الحالات حاله لاجئين اللاجئين نازحين النازحين "
    "جثث الجثث جثامين الجثامين مهاجرين المهاجرين".split()
)
# what is admitted (اقر ب…): that, a death, a loss, a failure, a mistake, a responsibility
_ADMITTED = re.compile(
    r"(?<!\w)ب(?:ان|انه|انها|انهم|مقتل|وجود|مسؤوليه|مسؤوليته|مسؤوليتها|المسؤوليه|خساره|الخساره|فشل|الفشل"
    r"|هزيمه|الهزيمه|خطا|الخطا)(?!\w)"
)
# armed forces a participle of support may qualify ("فصائل مقاتلة مساندة لها"), normalized
_FORCES = frozenset(
    "فصائل قوات ميليشيات مليشيات مجموعات كتائب جماعات وحدات عناصر مقاتله مسلحه فصيل قوه جماعه".split()
)
# verbs of pledging (normalized): what they take with bi- is promised — "تعهدت بدعم"، "وعد بمساندة"
# what a side may pledge (PLOVER types): support, aid, a mobilization of its forces
_PLEDGED = frozenset(("SUPPORT", "AID", "MOBILIZE"))
_PLEDGES = frozenset(
    "تعهد تعهدت تعهدوا يتعهد تتعهد وعد وعدت وعدوا يعد التزمت التزم التزام التزامه التزامها".split()
)
# the words that refer to a document as the terms of something else (normalized): "بموجب الاتفاق"، "وفق
# القرار"؛ and a framework ("في اطار الاتفاق"، "وفقا لاطار الاتفاق"), for agreements only ("في اطار زيارة …")
_UNDER = frozenset(("بموجب", "وفق", "وفقا", "طبقا", "تطبيقا", "استنادا", "بمقتضي"))
_FRAMEWORK = frozenset(("اطار", "لاطار", "باطار"))
# the people a visit of comfort goes to (normalized, without ال)
_VISITED_PEOPLE = frozenset(
    "والدي والد والده عائله عائلات اسره اسر اهالي ذوي جرحي مصابين مرضي مستشفي مستشفيات ضحايا".split()
)
# prepositions whose object is no subject (normalized) and the nouns of a statement whose owner takes لـ
_GOVERNING = frozenset(
    ("الي", "علي", "مع", "ضد", "لدي", "بين", "وبين", "تجاه", "حيال")
    # the leader of a side named in its description: "التحالف العربي بقيادة المملكة"، "الذي تقوده واشنطن"
    + ("بقياده", "تقوده", "تقودها", "يقوده", "يقودها")
)
_SOURCE_NOUNS = frozenset(
    "بيان بيانا تصريح تصريحات تصريحا كلمه رساله وفقا طبقا تبعا نسبه بالنسبه مصدر مصادر متحدث ناطق"
    # and what belongs to a side: "سيارات تابعة للحوثيين … تدعو"
    " تابعه التابعه تابع التابع تابعين التابعين".split()
)


# what a side must do, in a speaker's words: "إن على الحكومة …"، "انه يجب على …"، "انه لابد من …"
_MUST = frozenset(("necessity", "obligation"))


def _must_side(m: Mention) -> bool:
    """The trigger names, after its على, the side that must do what is said: "إن على"، "يجب على"، "يتعين على"."""
    return m.data["entry"].id in _MUST and m.norm.endswith("علي")


# acts told as who is behind an attack or who is its suspect: the accuser is whoever says so (see
# PoliticalAssembler._attribution)
_ATTRIBUTIONS = frozenset(("attribute", "suspect_identified", "commit_charge", "named_cause"))


# the words of cause that join a second act to a clause's first (normalized): "ترفض الحوار نظير ما يرتكبه …"
def _while(text: str, m: Mention) -> bool:
    """The act told after "في الوقت الذي" ("while": "في الوقت الذي نفى فيه المتحدث …"), a main act of its own."""
    return _words_before(text, m, 2, chars=14) == ["الوقت", "الذي"]


# the words that open a comment on what the clause told ("وهو ما نفاه …"، "وهي اتهامات نفتها …"، "الامر الذي …")
_COMMENT_HEADS = frozenset(("هو", "هي", "الامر"))
_JOINING = frozenset(("نظير", "بسبب", "جراء", "لما", "بسبب ما", "نتيجه"))
# the nouns of a side's deeds a speaker names as the cause of an ill ("السبب وراء … تصرفات الاسد"; normalized)
_CAUSE_DEEDS = frozenset(
    "تصرفات سياسات سياسه ممارسات جرائم انتهاكات اعمال دعم تدخل ارهاب عدوان تعنت رفض خروقات".split()
)
_SAID_OF = frozenset(
    ("attribute", "commit_charge", "named_cause")
)  # said of a side named at the verb, in someone's words
# the verbs and verbal nouns of identifying (normalized, without و): "تعرفت الشرطة على هوية مشتبه به"
_IDENTIFYING = frozenset(
    "تعرف تعرفت تعرفوا التعرف حدد حددت حددوا تحديد كشف كشفت الكشف عرفت معرفه بتحديد".split()
)


def _any_of_them(text: str, m: Mention) -> bool:
    """ "ولم تصدر الجبهة أي بيان تنفي فيه العملية": an act of any statement (أي + a noun before it) is none told."""
    return "اي" in _words_before(text, m, 2, chars=16)


# the words before the noun هاتف that the verb of a call (هاتف الرئيس نظيره) never has: "عبر هاتف"، "رقم هاتف"
_PHONE_NOUN_BEFORE = frozenset("عبر رقم علي في خط جهاز".split())


def _phone_noun(text: str, m: Mention) -> bool:
    """ "تحدث الى نظيره عبر هاتف": the noun هاتف after a preposition or a noun of it is no call made."""
    return m.data["entry"].id == "phone_verb" and any(
        w in _PHONE_NOUN_BEFORE for w in _words_before(text, m, 1, chars=8)
    )


# nouns whose owner a capital after them is, as the state: "موقف الرياض"، "سياسة موسكو" (no place of the act)
_STANCE_NOUNS = frozenset(
    "موقف مواقف سياسه سياسات حكومه رؤيه قرار قرارات رغبه اصرار تمسك خطه خطط مبادره مقترح اقتراح تصريحات".split()
)
_AFFIRM_VERBS = frozenset(("اكد", "اكدت", "اكدوا", "جدد", "جددت", "جددوا", "ابدي", "ابدت", "ابدوا"))
# the stances a government holds, told as its own after the speaker's verb of affirming (normalized): "جدد الرئيس
# رفض الحكومة …"، "اكد الوزير موقف الحكومة …"
_STANCES_HELD = frozenset("رفض موقف حرص التزام استعداد ترحيب تمسك اصرار ادانه".split())


_SPOKESMAN = frozenset(("المتحدث", "المتحدثه", "الناطق", "الناطقه", "باسم", "الرسمي", "الرسميه"))
# the heads of an envoy's title ("المبعوث الخاص الى …"، "سفير … لدى …")
_ENVOYS = (
    "مبعوث",
    "المبعوث",
    "الخاص",
    "سفير",
    "السفير",
    "ممثل",
    "الممثل",
    "مندوب",
    "المندوب",
    "موفد",
    "الموفد",
)
# a person named by a bare title alone (normalized), the subject of a verb before it: "وطالب الوزير مجلس الامن …"
_BARE_TITLES = frozenset(
    "الوزير الرئيس المتحدث الناطق السفير المبعوث الملك الامير العاهل الزعيم القائد المسؤول المندوب".split()
)
# the heads of a side named as a body (normalized, without ال), which no title stands before as a person's name
_BODY_HEADS = frozenset("امم مجتمع جامعه اتحاد دول قوات معارضه حركه جماعه منظمه ائتلاف".split())
# the titles of a side's head (normalized), as written before the side: "الامين العام لـ…"، "زعيم …"
_TITLES = frozenset(
    "ل الامين العام امين رئيس نائب زعيم قائد مدير المدير مسؤول كبير المفوض مفوض الممثل ممثل".split()
)
# an office named with no nation (normalized), head and complement: "رئيس الوزراء"، "وزير الخارجيه"
_OFFICE_HEADS = frozenset(("رئيس", "وزير", "وزيره", "نائب", "الامين"))
# the verbs of announcing (normalized, without و) that a meeting announced with عن follows (see status)
_ANNOUNCING = frozenset(("اعلن", "اعلنت", "اعلنوا", "يعلن", "تعلن"))
# the head nouns a quoted name leaves outside its quotes ('تنظيم "داعش"')
_GROUP_HEAD_WORDS = frozenset(("تنظيم", "حركه", "جماعه", "حزب", "جبهه"))
_OFFICE_OF = frozenset(
    (
        "الوزراء",
        "الحكومه",
        "الجمهوريه",
        "الخارجيه",
        "الداخليه",
        "الدفاع",
        "العام",
        "الاركان",
        "البرلمان",
        "الرئيس",
    )
)
_PRONOUN_PARTICLES = frozenset(("انه", "انها", "لانه", "لانها", "بانه", "بانها", "انهم", "انهما", "بانهم"))


# verbs of saying that open a sentence, their subject right after them (normalized): "واعلن رئيس الوزراء التركي
# … ان …"، "قال المتحدث باسم الحكومة …"
_SAYING_VERBS = frozenset(
    "قال قالت اعلن اعلنت اكد اكدت اوضح اوضحت صرح صرحت ذكر ذكرت كشف كشفت شدد شددت اضاف اضافت افاد افادت"
    " اشار اشارت".split()
)
_SAYING = frozenset(("التعليق", "تاكيد", "الكشف", "الافصاح", "الرد", "الاجابه", "الادلاء", "ذكر", "تحديد"))
# declining to name or describe a thing as something ("رفض تسميتها بالمبادرة"، "يرفض وصفه بالهزيمة"): no rejection
_NAMING = frozenset(
    (
        "تسميه",
        "تسميتها",
        "تسميته",
        "تسميتهم",
        "وصف",
        "وصفها",
        "وصفه",
        "وصفهم",
        "نعت",
        "نعتها",
        "نعته",
        "اعتبارها",
        "اعتباره",
    )
)


_WAS = frozenset(("كان", "كانت", "كانوا"))
# the roles of a side whose statements an article may run on with bare verbs (وقال، كما طالب): states, their forces,
# and the unarmed opposition's bodies (الائتلاف الوطني، الحكومة السورية المؤقتة) — not armed groups or civilians
_RUNNING_ROLES = ("GOV", "MIL", "OPP")
# the first words of the aliases of a civil body (a journalists' syndicate or union, a league, a committee), whose
# statements are codable acts of speech — unlike those of "the civilians" or "the people" (normalized)
_BODY_NOUNS = frozenset(("نقابه", "اتحاد", "الاتحاد", "رابطه", "منظمه", "لجنه", "هيئه", "جمعيه"))


@cache
def _resolution_entry() -> Any:
    """The trigger entry of a resolution a council adopts (council_resolution)."""
    return next((e for e in load_lexicon("triggers") if e.id == "council_resolution"), None)


@cache
def _civil_body_keys() -> frozenset[str]:
    """The keys of the actor lexicon's civilian entries that are bodies: all the aliases (its head's name too:
    "نقيب الصحفيين العراقيين") of an entry whose first alias opens with a body noun."""
    return frozenset(
        key
        for e in load_lexicon("actors")
        if (e.get("code") or "").endswith("CVL") and e.keys and e.keys[0].split()[0] in _BODY_NOUNS
        for key in e.keys
    )


def _speaking_body(actor: Actor) -> bool:
    """A non-governmental organisation (NGOHRI, NGOMED …) or a named civil body (نقابة الصحفيين): a side whose
    demands, accusations and condemnations are coded, but nothing else it is said to do."""
    code = actor.code or ""
    if code.startswith("NGO"):
        return True
    return code.endswith("CVL") and normalize_key(actor.name_ar or "") in _civil_body_keys()


# (not ظل: "في ظل" is amid)
_KEPT_ON = _WAS | frozenset(("ظلت", "ظلوا", "زال", "زالت", "يزال", "تزال", "يزالون"))
# a stance or state held for months or years, or since a year: no act of the day
# a day to come told after an act in the present tense (normalized): "يلتقي الوزير نظيره الروسي غدا"، "يزور الوزير
# موسكو يوم الاحد المقبل" — the act planned, not one of the day
_COMING_DAY = re.compile(
    r"(?<!\w)(?:غدا|بعد غد|(?:يوم|الاسبوع|الشهر|العام|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد)"
    r" (?:المقبل|القادم|المقبله|القادمه))(?!\w)"
)
# a year named for an act (normalized): "في عام 2013"، "خلال العام 2012"، "في سنة 2010"
_IN_YEAR = re.compile(r"(?<!\w)(?:في|خلال) (?:عام|العام|سنه) ((?:19|20)\d\d)(?!\d)")
# words after the second side of talks within which the verb that holds them comes (see _talks_held_after)
_TALKS_HELD_REACH = 8


def _held(word: str) -> bool:
    """A light verb of holding talks, done or to come (normalized): جرت، عقدت، ستجري، ستعقد، تنطلق."""
    w = word.removeprefix("و")
    return w in ("جرت", "جري", "عقدت", "عقد", "انطلقت") or w.removeprefix("س") in _LIGHT_FUTURE


# the nouns of talks (normalized), with or without the article: "جولة من المفاوضات"
_TALKS = re.compile(r"(?:ال)?(?:محادثات|مباحثات|مفاوضات|مشاورات|حوار)$")
_SINCE_LONG = re.compile(
    r"منذ (?:(?:عده |بضعه )?(?:اشهر|شهور|سنوات|سنين|اعوام|عقود)|(?:\S+ )?\d{4})(?!\w)"
    # and a stance held always or so far: "وينفي الاردن على الدوام …"، "رفضت تركيا حتى الان التدخل"
    r"|(?<!\w)(?:علي الدوام|دائما|باستمرار|حتي الان|حتي اليوم|الي الان|لحد الان)(?!\w)"
)
# the documents whose verb (right after them, imperfect) tells what their issuer says (normalized): "قرارا يطالب …"
_DOCUMENTS = frozenset(("قرارا", "بيانا", "قرار", "بيان", "القرار", "البيان"))
# the verbs with which a council adopts or issues a resolution (normalized; see _resolution_adopted)
_ADOPTING = frozenset("تبني تبنت اعتمد اعتمدت اصدر اصدرت اقر اقرت".split())
_RESOLUTION_WORD = "قرار"  # (in a mention of the council by a resolution's number: "القرار 2216")
_COUNCIL = "un-security-council"  # (the actor entry a resolution named by its number stands for)
_ADOPTED_REACH = 3  # words between the council and its resolution ("بالاجماع امس")
_AID_TO_REACH = (
    50  # characters between the aid and the country it is sent to ("مساعدات طبية عاجلة الى سوريا")
)
_AID_TO_WORDS = 4  # words after the aid that may name whom it is sent to (الى، لـ)
_SO_FAR = frozenset(("حتي الان", "حتي اليوم", "الي الان", "لحد الان"))  # (of _SINCE_LONG)
# a word: a run of characters other than spaces (precompiled: these are asked for in every clause)
_NONSPACE = re.compile(r"\S+")
# the commas and quotation marks between a side and what follows it
_QUOTE_OR_COMMA = re.compile(r'[،,"«»]')
# light verbs denied before the act they carry: "لم تقم بارسال اية طائرة اغاثية"
_PERIOD_FOR = frozenset(("لشهر", "لعام", "لسنه", "لاشهر"))  # "رواتب لشهر يوليو": what it is for
_SINCE_REACH = 30  # characters after the act to the منذ that makes it a lasting state
_DENIED_LIGHT = re.compile(r"(?<!\w)(?:لم|لن) (?:ت|ي)(?:قم|قوم|قدم)(?!\w)")
_DENIED_REACH = 40
# what may stand between a denial and the rejection it denies (normalized), but for sides: "ان يكون قد"، "صحة
# الانباء عن"، a time word
_DENIED_WORDS = frozenset(
    "ان انه انها بان يكون تكون يكونوا قد وجود اي صحه ما تردد اشيع عن حول بشان تقارير التقارير انباء الانباء"
    " نبا امس اليوم مجددا قطعيا قاطعا باسم المتحدث الناطق".split()
)
_DENIED_GAP = 12
# what tells a report (normalized): "ما نقل عن"، "ما نسب الى"، "الانباء عن"
_REPORTED = frozenset("نقل نسب تردد اشيع انباء الانباء تقارير التقارير".split())


def _declined_to_say(text: str, m: Mention) -> bool:
    """ "رفضت متحدثة باسم الجيش التعليق"، "رفض الناطق تأكيد او نفي المعلومات": declining to comment is no
    rejection of anyone."""
    if m.data["entry"].get("plover_type") != "REJECT":
        return False
    if text[max(0, m.nspan.start - 12) : m.nspan.start].split()[-2:] == ["تاكيد", "او"]:
        return True  # the نفي of "تأكيد أو نفي": what was declined
    after = text[m.nspan.end : m.nspan.end + 80].split()[:8]
    if any(w in _NAMING for w in after[:4]):
        return True  # "يرفض المبعوث تسميتها بالمبادرة": a label declined, not a side
    return any(w.lstrip("و") in _SAYING for w in after)


def _in(word: str, words: frozenset[str]) -> bool:
    """The word, or the word after its و (a word that begins with و itself, وفقا or وحدة, stays whole)."""
    return word in words or (word[:1] == "و" and word[1:] in words)


# feminine active participles of acts (normalized) that no verbal noun shares: "متوعدة بتكثيف الحملة"،
# "نافية رواية الوحدات" (not مطالبة or مساندة: nouns as well)
_FEMININE_PARTICIPLES = frozenset(
    ("متوعده", "مشيده", "مرحبه", "مندده", "مستنكره", "رافضه", "نافيه", "محذره", "متهمه")
)


def participle(word: str) -> bool:
    """Accusative active participles: فاعلا (داعيا) and مُفعِلا / مُفعِّلا (مطالبا، محذرا، مشيدا), and the
    feminine ones of acts (متوعدة، نافية)."""
    if word in _FEMININE_PARTICIPLES:
        return True
    if not word.endswith("ا") or " " in word:
        return False
    stem = word[:-1]
    return (len(stem) == 4 and stem[1] == "ا") or (len(stem) >= 4 and stem.startswith("م"))


# a meeting referred back to with the article: "خلال اللقاء"، "خلال الاجتماع"
# a call or a meeting named again (normalized): "خلال الاتصال الذي جرى …"
_CALLS_AND_MEETINGS = frozenset(("الاتصال", "المكالمه", "اللقاء", "الاجتماع", "المباحثات", "المحادثات"))
_MEETING_NOUNS = frozenset(("اللقاء", "الاجتماع", "المباحثات", "المحادثات", "الزياره", "القمه", "الجلسه"))


def _same_date(a: Draft, b: Draft) -> bool:
    return (
        a.date is not None and b.date is not None and a.date.date is not None and a.date.date == b.date.date
    )


_DISCUSS = frozenset(("discuss_verb", "discuss_noun"))
# acts two sides named together do with each other
_MUTUAL = frozenset(("CONSULT", "AGREE", "COOPERATE"))
_VISITS = frozenset(("visit", "visit_noun", "arrive", "arrival_noun", "tour"))


def _after_with(text: str, m: Mention) -> bool:
    """The side comes after مع ("مع نظيره الروسي"، "مع وزير الخارجية الامريكي"), a word or two before it."""
    return any(w in ("مع", "ومع") for w in _words_before(text, m, 3, chars=30))


def _possessed(trig: Mention) -> bool:
    """A verbal noun with a possessive pronoun (دعمها، رفضه، ادانتهم): the act of the side the pronoun stands
    for."""
    if trig.data.get("suffix"):
        return True
    keys = trig.data["entry"].keys
    # ("مطالبتها"، "ادانته": the ة of the noun is written ت before the pronoun)
    return any(
        trig.norm.endswith(p)
        and (stem := trig.norm[: -len(p)])
        and (stem in keys or stem[-1] == "ت" and stem[:-1] + "ه" in keys)
        for p in ("هما", "هم", "ها", "ه")
    )


# words of bi- that open no verbal noun of what is asked (normalized): prepositions, "that", a statement
_NOT_ASKED = frozenset(
    "بين بعد بشان بشكل بسبب بعض بكل بما بهذا بهذه بذلك بيان بيانا بان بانه بانها بانهم بدوره بدورها بلاده"
    " بلادها بنفسه بصفته بصوره بناء بشده بقوه باسم باسمه باسمها باسمهم".split()  # (المتحدث باسمه: a title)
)
# the light verbs that are verbal nouns of declaring or starting (normalized): "اعلان الهدنة"، "بدء الهدنة"
_DECLARING_NOUNS = frozenset(("اعلان", "بدء", "انطلاق"))
# what a later act told with a noun of the act points back with (normalized): "هذه الدعوة"، "تلك المطالب"
_THIS = frozenset(("هذه", "هذا", "تلك", "ذلك", "وهذه", "وهذا"))
# what may stand between a verb of saying and whom it addresses (normalized): a time, "again", its subject
# named again by a bare title ("وطالب الوزير في بيانه بـ…") or a title before a name
_BEFORE_ADDRESSEE = frozenset(
    "امس اليوم مجددا ايضا كذلك الدكتور الشيخ السيد المهندس اللواء العميد الوزير الرئيس الامين العام المبعوث"
    " المتحدث الناطق السفير الملك الامير العاهل".split()
)

# where something was said (normalized), after في: "في بيان"، "في تصريحات"، "في كلمته"
_STATEMENTS = frozenset(
    "بيان بيانه بيانها تصريح تصريحات تصريحه تصريحاته كلمه كلمته رساله رسالته مؤتمر حديث حديثه".split()
)


def _addresses_someone(doc: Doc, d: Draft) -> bool:
    """The act names whom it is addressed to: a side coded as its counterpart, or words after the verb (and a
    subject right after it) that are not yet what it says or asks ("وطالب الهيئات الدولية بـ…", not "وطالب
    بوقف …"، "ودعا الى …"، "واتهم الوزير امس بان …")."""
    if d.actor2 is not None:
        return True
    text, trig = doc.text, d.trigger
    at = trig.nspan.end
    subject = next(
        (
            m
            for m in d.clause.of("actors")
            if m.nspan.start >= at and not text[at : m.nspan.start - len(m.data.get("prefix", ""))].split()
        ),
        None,
    )
    if subject is not None:
        at = subject.nspan.end  # (the verb's subject: were it whom it asks, it would be the counterpart)
    words = text[at : d.clause.end].split()[:8]
    k = 0
    while k < len(words):
        if words[k] in _BEFORE_ADDRESSEE:
            k += 1
        elif words[k] == "في" and words[k + 1 : k + 2] and words[k + 1] in _STATEMENTS:
            k += 2  # "وطالب في بيانه …": where it was said
        else:
            break
    if k == len(words):
        return False
    first = words[k]
    return not (
        first in _CONTENT
        or first in _THAT
        or first in _PREPOSITIONS
        or (first[:1] == "ب" and len(first) > 3)  # a verbal noun with bi-: "بوقف"، "بالافراج"
        or (first[:1] == "ل" and len(first) > 3)  # with li-: "للتحرك"
    )


def _without_mutual_retellings(drafts: list[Draft]) -> list[Draft]:
    """Talks (an agreement, a cooperation) told again the same day with their two sides the other way round
    are the same act: "اجرت فرنسا ومصر محادثات اليوم" then "وقال الوزير المصري ونظيره الفرنسي انهما ناقشا …".
    The pair of a mutual act has no order, so the retelling is dropped (told in the same order, the later
    merge of one type, day and doer folds it)."""
    told: dict[tuple, str] = {}
    out: list[Draft] = []
    for d in drafts:
        a1 = d.actor1.code if d.actor1 is not None else None
        a2 = d.actor2.code if d.actor2 is not None else None
        day = d.date.date if d.date is not None else None
        if d.plover_type not in _MUTUAL or not a1 or not a2 or a1 == a2 or day is None:
            out.append(d)
            continue
        key = (d.plover_type, d.status, day, frozenset((a1, a2)))
        if told.get(key, a1) != a1:
            continue  # told before with the other side first
        told.setdefault(key, a1)
        out.append(d)
    return out


def told_apart(doc: Doc, o: Draft, d: Draft) -> bool:
    """Two acts of saying of one type and one side, told in sentences of their own by verbs of another word,
    the later one naming whom it addresses, are two acts: "دعا الامين العام جميع الهيئات الى …" and then
    "وطالب الهيئات الدولية بـ…" are two requests, whichever of them has a codable counterpart. One act told
    twice stays one: by the same word ("دعا …" then "ويدعو …"), by a noun pointing back to it ("وجاءت هذه
    الدعوة"، "مطالبته")، without an addressee of its own ("وطالب بوقف …"), or, after an appeal told by its noun,
    addressing the side the appeal was made to: its words ("وجه نداء الى حزب العمال …" then, quoted, "على حزب
    العمال اعلان …"; but "دعا الحزب الحكومة الى الحوار" then "على الحكومة وقف عملياتها" are two)."""
    if (
        o.plover_type == d.plover_type == "CONSULT"
        and o.clause.sentence == d.clause.sentence
        and o.trigger.data["entry"].id in _TRAVEL_OR_VISIT
        and d.trigger.data["entry"].id == "meet_verb"
        and o.actor2 is not None
        and d.actor2 is not None
        and o.actor2.code != d.actor2.code
    ):
        return True  # "وصل المبعوث الى الرياض امس، والتقى الرئيس اليمني": the visit, and the talks with another side
    if o.plover_type not in _SPEECH_ACTS or o.clause.sentence == d.clause.sentence:
        return False
    if (
        _entry(o.trigger).get("pos") == "noun"
        and o.actor2 is not None
        and d.actor2 is not None
        and o.actor2.code == d.actor2.code
    ):
        return False
    if o.trigger.data["entry"].id.split("_")[0] == d.trigger.data["entry"].id.split("_")[0]:
        return False  # (request_call and request_noun are one word, demand and demand_noun another)
    trig = d.trigger
    if "ال" in trig.data.get("prefix", "") or (_entry(trig).get("pos") == "noun" and _possessed(trig)):
        return False  # "المطالبة"، "دعوته": the act named again
    if not _THIS.isdisjoint(_words_before(doc.text, trig, 1, chars=10)):
        return False
    return _addresses_someone(doc, d)


# the bare names of the states whose wars the press reports, and of a capital that speaks for its state
# (normalized): their governments' entries (see PoliticalAssembler._bare_states)
@cache
def _government_entries() -> dict[str, str]:
    """The government entry of each state the actors lexicon names by its government but not by its bare name
    (الحكومة اليابانية, not اليابان): ISO3 -> entry id (see :meth:`PoliticalAssembler._bare_states`)."""
    out: dict[str, str] = {}
    for e in load_lexicon("actors"):
        code, country = e.get("code") or "", e.get("country")
        if country and code == f"{country}GOV" and e.id.endswith("-government"):
            out.setdefault(country, e.id)
    return out


_BARE_STATES = {
    "سوريا": "syria-government",
    "سوريه": "syria-government",
    "العراق": "iraq-government",
    "بغداد": "iraq-government",
    "اليمن": "yemen-government",
    "ليبيا": "libya-government",
}


# the first words of an aside between a verb's subject and its object, set off by commas (normalized)
_ASIDE_OPENERS = frozenset(("في", "خلال", "اثناء", "عبر", "علي"))
# the words of a border (normalized): "الحدود مع سوريا" is no side
_BORDERS = frozenset(("الحدود", "حدود", "حدودها", "حدوده", "حدودنا", "حدودهم"))
# a time word between an act or a side and a bare state name (normalized): "اتهمت روسيا امس اليمن"
_STATE_SIDE_SKIPPED = frozenset(
    "امس اليوم غدا مجددا ايضا رسميا الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت".split()
)


# stances taken on something a state did or holds ("انتقد التدخل الايراني"): that state is their counterpart
_STANCES = frozenset(("ACCUSE", "REJECT", "SUPPORT"))
_REFUSED_REACH = 3  # words from a refusal in the speaker's words to the side it is about
# verbal nouns of a victory (normalized, without و / بـ / لـ / ال): the side named in a victory welcomed or praised
# ("رحب بتحرير المدينة من داعش"، "اشاد بدحر الحوثيين") is the one defeated, not the counterpart supported
_VICTORY_NOUNS = frozenset(
    ("تحرير", "دحر", "طرد", "هزيمه", "تطهير", "استعاده", "انتصار", "انتصارات", "اندحار", "هزائم")
)
# words between a stance and what it is taken on (normalized)
_STANCE_REACH = 7  # words after the act (and its subject) to the noun with the adjective
# an aggression of any one of a state (normalized): "اي عدوان امريكي"، "لاي تدخل عسكري تركي"، "اي اعتداء اسرائيلي"
_ANY_AGGRESSION = re.compile(
    r"(?<![\u0621-\u064a])[ول]?اي (?:عدوان|اعتداء|هجوم|تدخل|ضربه|حرب|مغامره|تحرك|خطوه)(?: عسكري| عسكريه)?"
    r" ([\u0621-\u064a]{3,}ي)(?:ه)?(?![\u0621-\u064a])"
)
_AGGRESSION_REACH = 8  # words from the threat to the aggression it answers

# words after which what follows is no longer what the stance is taken on (normalized): "that", against
_STANCE_STOPS = _THAT | frozenset(("ضد", "لان", "بعد", "قبل"))
_PUNCTUATION = '.,،؛:;"»«)('


# forms the lexicon lists with their future prefix, the bare verb being left out (يصل: also "amounts to")
_FUTURE_FORMS = frozenset(("سيصل", "ستصل"))


class PoliticalAssembler:
    def __init__(self, doc: Doc, *, date_splitter=None, historical: bool = False) -> None:
        """``historical``: keep the acts told as background (status ``historical``) instead of leaving them out
        (see :class:`rasad.pipeline.Pipeline`)."""
        self.doc = doc
        self.historical = historical
        self.text = doc.text
        self.drafts: list[Draft] = []
        self._running_actor: Actor | None = None
        self._beside: set[int] = set()  # talks drafted beside another act (_in_a_call), by id
        self._spoken_truces: set[int] = set()  # truces a speaker spoke of, by id (_truces_called)
        self._date_splitter = date_splitter
        self._latest: list[DateValue | None] | None = None  # (_latest_dated, computed once)

    def _actor(self, m: Mention) -> Actor:
        named = self._group_pointed_back(m)
        if named is not None:
            m = named  # "… حزب الاتحاد الديمقراطي …، محذرا قادة هذا التنظيم": the group named before
        country = self.doc.country
        if m.data["entry"].get("code") == "MIL":
            country = army_named_before(self.doc, m) or country  # "… الجيش الاسرائيلي …، وان الجيش قرر"
        elif m.data["entry"].get("code") == "CVL":
            country = self._country_after(m) or country  # "مساعدات للنازحين في العراق": Iraq's civilians
        elif m.data["entry"].get("code") == "GOV":
            country = self._own_government(m) or country
        return actor_from_mention(m, raw=self.doc.norm.raw, country=country, event_country=None)

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding offset ``at`` begins."""
        starts = self.doc.memo.get("sentence_starts")
        if starts is None:
            starts = self.doc.memo["sentence_starts"] = [a for a, _ in self.doc.sentences]
        return starts[max(0, bisect_right(starts, at) - 1)] if starts else 0

    def _group_pointed_back(self, m: Mention) -> Mention | None:
        """A group named by a bare noun after a demonstrative ("هذا التنظيم"، "هذه الجماعة") is the one named last
        before it in the sentence, by its own name (not the Islamic State the bare التنظيم otherwise is)."""
        if " " in m.norm or not m.norm.startswith("ال"):
            return None
        if _words_before(self.text, m, 1, chars=8) not in (["هذا"], ["هذه"]):
            return None
        s = self._sentence_start(m.nspan.start)
        return next(
            (
                x
                for x in reversed(self.doc.mentions)
                if x.kind == "actors"
                and s <= x.nspan.start
                and x.nspan.end <= m.nspan.start
                and not is_generic(x)
                and (" " in x.norm or not x.norm.startswith("ال"))  # (by its name, not another bare noun)
                and (x.data["entry"].get("code") or "").endswith(("REB", "OPP", "UAF"))
            ),
            None,
        )

    def _own_government(self, m: Mention) -> str | None:
        """ "وجدد الرئيس اليمني … في الرياض رفض الحكومة لاي حوار": the bare government whose stance (the noun right
        before it) an official affirms or renews is his own — the state of the first side of a state named in the
        sentence before it, the one who speaks — not the state of the city he speaks in."""
        before = self.text[max(0, m.nspan.start - 14) : m.nspan.start].split()[-1:]
        if not before or before[0].lstrip("و") not in _STANCES_HELD:
            return None
        s = self._sentence_start(m.nspan.start)
        if _AFFIRM_VERBS.isdisjoint(w.lstrip("و") for w in self.text[s : m.nspan.start].split()):
            return None
        return next(
            (
                x.data["entry"].get("country")
                for x in self.doc.mentions
                if x.kind == "actors"
                and s <= x.nspan.start < m.nspan.start
                and (x.data["entry"].get("code") or "").endswith("GOV")
                and x.data["entry"].get("country")
            ),
            None,
        )

    @staticmethod
    def _self_as_other(
        agent: Mention | None, target: Mention | None, actor1: Actor | None, actor2: Actor | None
    ) -> bool:
        """The doer is a bare role ("الحكومة", coded to the article's country) and the side it acts on a state
        named by itself with the same code: one state does not act on itself, the role's country is unknown."""
        if agent is None or target is None or actor1 is None or actor2 is None or agent is target:
            return False
        if actor1.code is None or actor1.code != actor2.code:
            return False
        a_code = agent.data["entry"].get("code") or ""
        t_code = target.data["entry"].get("code") or ""
        # (a state's role only: two armed groups or two parties of one country are two sides of one code)
        return a_code in ("GOV", "MIL") and len(t_code) > 3

    def _country_after(self, m: Mention) -> str | None:
        """The country of the place named right after civilians with في ("للنازحين في العراق"، "للاجئين في
        الاردن"): theirs, not the country of the article or of the side that speaks."""
        at = m.nspan.end + 4
        if self.text[m.nspan.end : at] != " في ":
            return None
        for i, t in enumerate(self.doc.toponyms):
            if t.start == at:
                place = self.doc.places[i]
                return place.country if place is not None and place.country else None
        return None

    def _habitual(self, c: Clause, trig: Mention, *, since: bool) -> bool:
        """What a side has always done or kept doing, no act of a day: "ولطالما نفت انقرة هذه الاتهامات"، "مركز
        كان يستضيف تجمعات"، "الفكرة التي ظلت واشنطن ترفضها"، "لا تزال الحكومة ترفض"; with ``since``, also what it
        has done since a time ("ويتهم حلفاء تركيا منذ اشهر انقرة"، "صمد وقف اطلاق النار منذ مارس 2013")."""
        if any(
            w.lstrip("و") in ("لطالما", "طالما")
            for w in self.text[max(c.start, trig.nspan.start - 12) : trig.nspan.start].split()
        ):
            return True
        # (what a side is charged with having kept doing, "ما كان يرتكبه الحوثيون منذ …", is in the words of an
        # accusation made that day)
        if trig.data["entry"].id in _SAID_OF:
            return False
        before = self.text[max(c.start, trig.nspan.start - 30) : trig.nspan.start].split()[-3:]
        if trig.norm.startswith(("ي", "ت")) and not _KEPT_ON.isdisjoint(w.lstrip("و") for w in before):
            return True
        if not since:
            return False
        found = _SINCE_LONG.search(self.text, trig.nspan.end, min(c.end, trig.nspan.end + _SINCE_REACH))
        # (aid sent so far was sent: "ارسلت اربع طائرات اغاثية حتى الان" — a stance held so far is no act of the day)
        return found is not None and not (found.group() in _SO_FAR and trig.data["entry"].id == "aid")

    def status(self, c: Clause, trig: Mention) -> str:
        if (
            trig.data.get("prefix", "").endswith("س")
            or _entry(trig).get("status") == "planned"
            or trig.norm in _FUTURE_FORMS
            or self._prepared(c, trig)
            or self._heading_to(c, trig)
        ):
            return "planned"
        past = [m for m in c.of("cues") if m.data["entry"].get("kind") == "historical"]
        if (past or is_quoted_past(self.text, c.start, c.end)) and not (
            all(m.norm in _PLUPERFECT for m in past) and self._recent_pluperfect(c, trig)
        ):
            return "historical"
        if self._after_a_recalled_act(c, trig):
            return "historical"  # "وكان الوزير قد زار دمشق الشهر الماضي، والتقى الرئيس": the recall goes on
        if self._recalled_as_held(c, trig):
            return "historical"  # "بعد المكالمة الهاتفية التي جرت بين الرئيسين الأربعاء الماضي"
        if self._habitual(c, trig, since=False):
            return "historical"
        s, _ = self.doc.sentences[c.sentence]
        opening = self.text[s : trig.nspan.start].split()
        if (
            opening
            and len(opening) <= 5
            and opening[0].lstrip("و") in _WAS
            and "في وقت سابق" in self.text[trig.nspan.end : c.end]
        ):
            return "historical"  # "وكانت واشنطن، نفت في وقت سابق التنسيق …": what it had done before, undated
        if self._within_older(c, trig) or self._dated_older(c, trig):
            return "historical"  # "تقدمت الخارجية السورية مايو الماضي بشكوى …، اتهمت فيها الاردن …"
        if self._habitual(c, trig, since=True):
            return "historical"  # "ويتهم حلفاء تركيا منذ اشهر انقرة"، "صمد وقف اطلاق النار منذ مارس 2013"
        if self._year_before(c, trig):
            return "historical"  # "واعلن التحالف هدنة في عام 2013": a year before the news'
        if self._pledged(c, trig):
            return "planned"  # "تعهدت … بدعم الحكومة": the support to come
        # a future cue after an act of saying is the future of what is said ("دعا الى تجمع غدا"، "حذر من هجوم
        # مرتقب"): only one before it plans the act itself
        reach = trig.nspan.start if _entry(trig).get("plover_type") in _SPEECH_ACTS else trig.nspan.end + 30
        kinds = {m.data["entry"].get("kind") for m in c.of("cues") if m.nspan.start < reach}
        if "planned" in kinds:
            return "planned"
        if (
            _entry(trig).get("plover_type") not in _SPEECH_ACTS
            and _entry(trig).get("pos") == "verb"
            and trig.norm.startswith(("ي", "ت"))
            and not trig.data.get("prefix", "").lstrip("و")
        ):
            told = self.text[trig.nspan.end : c.end]
            if ("غد" in told or "المقبل" in told or "القادم" in told) and _COMING_DAY.search(told):
                return "planned"
            if self._future_dated(c):
                return "planned"  # "… الخميس المقبل، وفي اليوم نفسه يلتقي …": a day to come dates the clause
        if _entry(trig).get("pos") == "noun" and is_future(self.text, c.start, trig.nspan.start):
            return "planned"  # "سيقوم الوزير يوم غد بزيارة …": the light verb carries the future
        if self._talks_held_after(c, trig) and any(
            w.removeprefix("و")[:1] == "س" and _held(w) for w in self.text[trig.nspan.end : c.end].split()
        ):
            return "planned"  # "المفاوضات بين وفدي الحزبين … ستجري اليوم"
        if _entry(trig).get("plover_type") == "CONSULT" and _entry(trig).get("pos") == "noun":
            told = _words_before(
                self.text, trig, 7, chars=60
            )  # (past the subject: "اعلن رئيس الوزراء امس عن")
            if told[-1:] == ["عن"] and any(w.lstrip("و") in _ANNOUNCING for w in told[:-1]):
                return "planned"  # "واعلن امس عن جلسة استثنائية للحكومة": a meeting announced is one to come
            if (
                told[-1:] in (["انعقاد"], ["عقد"]) and any(w.lstrip("و") in _ANNOUNCING for w in told[:-1])
            ) or (
                told[-1:] in (["امس"], ["اليوم"]) and any(w.lstrip("و") in _ANNOUNCING for w in told[-4:-1])
            ):
                return "planned"  # "كما اعلن انعقاد جلسة استثنائية"، "واعلن اوغلو امس جلسة استثنائية"
        if "denied" in kinds and trig.data["entry"].get("status") != "denied":
            return "denied"  # "نفى … اي اتفاق": the agreement denied
        own = _entry(trig).get("status")
        # the denial itself (نفى، كذب) is a REJECT that happened; "denied" is the status of what it denies
        return "occurred" if own in (None, "denied") else own

    def _prepared(self, c: Clause, trig: Mention) -> bool:
        """The noun with لـ is the complement of a verb of getting ready opening the clause before it, past its
        subject ("ويستعد المبعوث الاممي لزيارة صنعاء"، "تتاهب الحكومة لارسال مساعدات"): an act to come."""
        if _entry(trig).get("pos") != "noun" or not trig.data.get("prefix", "").lstrip("وف").startswith("ل"):
            return False
        words = self.text[c.start : trig.nspan.start - len(trig.data["prefix"])].split()
        return bool(words) and len(words) <= _PREPARING_REACH and words[0].lstrip("وف") in _PREPARING

    def _heading_to(self, c: Clause, trig: Mention) -> bool:
        """An official's travel told in the plain imperfect, of no past day ("ويتوجه وزير الخارجية الى بيروت
        لاجراء محادثات"): a journey under way, the talks it goes to are to come."""
        if trig.data["entry"].id != "arrive" or trig.data.get("prefix", "").lstrip("و"):
            return False
        if not trig.norm.startswith(("ي", "ت")) or trig.norm.startswith("توجه"):
            return False
        dv, published = c.date, self.doc.article.published
        return not (
            dv is not None
            and dv.basis in ("explicit", "relative")
            and dv.date is not None
            and published is not None
            and dv.date < published
        )

    def _pluperfect(self, c: Clause, trig: Mention) -> bool:
        """The act is the verb of a pluperfect opening its clause: كان, its subject, قد, the verb ("وكانت
        الخارجية الامريكية قد هددت …"), or كان, its named subject and the perfect."""
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        words = self.text[c.start : word_start].translate(QUOTES_TO_SPACES).split()
        if not (2 <= len(words) <= 9 and words[0].lstrip("وف") in _WAS_FORMS) or trig.data.get("prefix"):
            return False
        if words[-1] == "قد":
            return len(words) >= 3
        # ("وكان تنسيقي المقاومة الشعبية اتهم …": without قد, the subject named right before the perfect)
        subject = next((m for m in self._named(c) if m.nspan.end <= word_start), None)
        return (
            subject is not None
            and trig.norm[:1] not in ("ي", "ت", "ن")
            and self.text[c.start : subject.nspan.start - len(subject.data.get("prefix", ""))].split()
            == words[:1]
            and not self.text[subject.nspan.end : word_start].strip()
        )

    def _after_a_recalled_act(self, c: Clause, trig: Mention) -> bool:
        """A perfect with و opening its clause right after a clause of the sentence that recalls an act of the
        past with a pluperfect ("وكان وزير الخارجية قد زار دمشق الشهر الماضي والتقى الرئيس السوري"): the
        second verb goes on in the same tense, background as the first."""
        prefix = trig.data.get("prefix", "")
        word_start = trig.nspan.start - len(prefix)
        if (
            prefix != "و"
            or _entry(trig).get("pos") != "verb"
            or trig.norm[:1] in ("ي", "ت", "ن", "س")
            or self.text[c.start : word_start].strip(" ،,")
            or c.index == 0
        ):
            return False
        prev = self.doc.clauses[c.index - 1]
        if prev.sentence != c.sentence:
            return False
        recalled = next((t for t in prev.of("triggers") if self._pluperfect(prev, t)), None)
        return recalled is not None and self.status(prev, recalled) == "historical"

    def _recent_pluperfect(self, c: Clause, trig: Mention) -> bool:
        """ "وكان البيت الابيض قد هدد …"، "وكانت الحكومة قد اتهمت امس …": the pluperfect the press recalls a
        side's recent act with — told, not background, when the clause dates it within the news' days, or, a
        statement (a threat, a charge, a demand), when it names no date of its own. It has to open the clause
        (كان، its subject, قد, the act)."""
        if not (self._pluperfect(c, trig) or self._said_in_a_pluperfect(c, trig)):
            return False
        if c.date is not None and c.date.basis in ("explicit", "relative"):
            return self._of_the_news_days(c.date)
        return _entry(trig).get("plover_type") in _SPEECH_ACTS

    def _said_in_a_pluperfect(self, c: Clause, trig: Mention) -> bool:
        """The act is in what a pluperfect verb of saying opening the clause says ("وكان المتحدث باسم البيت الابيض
        قال الاثنين ان على النظام السوري …"، "وكانت الخارجية قد اعلنت امس ان الحكومة تطالب …"): told as the
        act of the statement, recalled as the verb is."""
        words = self.text[c.start : trig.nspan.start].translate(QUOTES_TO_SPACES).split()
        if not (3 <= len(words) <= _SAID_PLUPERFECT_WORDS and words[0].lstrip("وف") in _WAS_FORMS):
            return False
        said = next((k for k, w in enumerate(words[1:], 1) if w in _SAYING_VERBS), None)
        # (the act may open with the ان itself: "ان على النظام …")
        return said is not None and any(
            w in ("ان", "بان") for w in [*words[said + 1 :], trig.norm.split()[0]]
        )

    def _of_the_news_days(self, dv: DateValue) -> bool:
        """A date of the last days before publication (أمس، أول أمس، a day of them), the news' own: not a week's
        or a month's, nor a day further back ("الأسبوع الماضي"، "الأربعاء الماضي" in a Monday's article)."""
        published = self.doc.article.published
        return (
            dv.date is not None
            and published is not None
            and dv.precision <= TIME_DAY
            and (published - dv.date).days <= _RECALL_DAYS
        )

    def _recalled_as_held(self, c: Clause, trig: Mention) -> bool:
        """Talks named by their noun and told as held in a relative clause the clause dates days back ("بعد
        المكالمة الهاتفية التي جرت بين الرئيسين الأربعاء الماضي"): an act recalled as known, background."""
        if (
            _entry(trig).get("pos") != "noun"
            or c.date is None
            or c.date.basis not in ("explicit", "relative")
        ):
            return False
        words = self.text[trig.nspan.end : c.end].translate(QUOTES_TO_SPACES).split()[:4]
        while (
            words
            and words[0] not in _RELATIVES
            and words[0].startswith("ال")
            and words[0].endswith(("ي", "ية"))
        ):
            words = words[1:]  # (past the talks' adjectives: "المكالمة الهاتفية التي …")
        return (
            len(words) >= 2
            and words[0] in _RELATIVES
            and _held(normalize_key(words[1]))
            and not self._of_the_news_days(c.date)
        )

    def _demands_met(self, c: Clause, trig: Mention) -> bool:
        """A response to demands ("استجابت الحكومة لمطالب المتظاهرين"، "تجاوبت مع مطالب الشارع"): PLOVER's
        CONCEDE (CAMEO's "accede to demands"); a response to a call, a request or an invitation ("استجاب الحوثيون
        لدعوة الامم المتحدة"، "تجاوبت تركيا مع طلب واشنطن") stays AGREE, a promise to cooperate."""
        words = [w.lstrip("و") for w in self.text[trig.nspan.end : c.end].split()[:4]]
        return any(w in ("لمطالب", "المطالب", "مطالب", "للمطالب") for w in words)

    def _dated_older(self, c: Clause, trig: Mention | None = None) -> bool:
        """An act the clause dates itself weeks before publication ("اتهمت الحكومة، خلال شهر ابريل الماضي،
        الاردن …" in an August article; "زار الوزير طهران في مارس"): background, not the news. Only a date the
        clause writes (explicit, relative) counts, and a month's or a week's by its last day; not one told in a
        relative clause after the act ("دعا الى الالتزام بالهدنة التي تم التوصل اليها قبل ثلاث سنوات")."""
        dv, published = c.date, self.doc.article.published
        if dv is None or dv.date is None or published is None or dv.basis not in ("explicit", "relative"):
            return False
        if trig is not None and all(
            e.start > trig.nspan.end
            and relative_pronoun_before(self.text, trig.nspan.end, e.start) is not None
            for e in find_time_expressions(self.text, c.start, c.end)
        ):
            return False
        return self._older(dv)

    def _year_before(self, c: Clause, trig: Mention) -> bool:
        """The clause names a year before publication's with في / خلال for the act ("في عام 2013"، "خلال العام
        2012"), not inside a relative clause told after it ("بالهدنة التي اعلنت في عام 2013")."""
        published = self.doc.article.published
        if published is None:
            return False
        for m in _IN_YEAR.finditer(self.text, c.start, c.end):
            if int(m.group(1)) >= published.year:
                continue
            if m.start() > trig.nspan.end and relative_pronoun_before(self.text, trig.nspan.end, m.start()):
                continue
            return True
        return False

    def _older(self, dv: DateValue) -> bool:
        """The date lies weeks before publication (a month's or a week's by its last day): background."""
        published = self.doc.article.published
        if dv.date is None or published is None:
            return False
        last = dv.date
        if dv.precision >= TIME_MONTH:
            last = (last.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        elif dv.precision > TIME_DAY:
            last += dt.timedelta(days=3)
        return (published - last).days > _OLDER_DAYS

    def _within_older(self, c: Clause, trig: Mention) -> bool:
        """An act told as made in something the clause before dated weeks back ("فيما تقدمت وزارة الخارجية
        السورية مايو الماضي بشكوى رسمية الى مجلس الامن، اتهمت فيها الاردن …"): in which (فيها، فيه), with no
        date of its own — as old as that."""
        if (self.text[trig.nspan.end : trig.nspan.end + 8].split() or [""])[0] not in ("فيها", "فيه"):
            return False
        if c.index == 0 or (c.date is not None and c.date.basis not in ("inherited", "publication")):
            return False
        before = self.doc.clauses[c.index - 1]
        published = self.doc.article.published
        return (
            before.sentence == c.sentence
            and before.date is not None
            and before.date.date is not None
            and before.date.basis in ("explicit", "relative")
            and published is not None
            and (published - before.date.date).days > _OLDER_DAYS
        )

    def run(self) -> list[Draft]:
        # per sentence, the clauses read so far that may name its speaker: the side named first in them (before
        # the act, in a clause with one), looked up only when an act of the sentence has no doer of its own
        speakers: dict[int, list[tuple[Clause, int | None]]] = {}
        settings: list[
            tuple[Clause, Mention]
        ] = []  # talks told as the setting of a statement (_talks_set_with)
        for c in self.doc.clauses:
            if c.index == 0 or self.doc.clauses[c.index - 1].sentence != c.sentence:
                self._speaker_opens(c)
            issued = self._resolution_issued(
                c
            )  # (inside the council's mention "القرار 2216": no name's word)
            extra = self._quoted_obligation(c) + issued
            if not c.of("triggers") and not extra:
                speakers.setdefault(c.sentence, []).append((c, None))
                continue  # (most clauses: none of the checks below is asked)
            settings.extend(
                (c, m)
                for m in c.of("triggers")
                if _entry(m).get("category") == "political"
                and self._backdrop(m)
                and self._talks_set_with(c, m)
            )
            trigs = [
                m
                for m in (c.of("triggers") + extra)
                # a conflict act that is also a political one (a landing of troops: MOBILIZE) is both
                if (_entry(m).get("category") == "political" or m.data["entry"].id in ALSO_POLITICAL)
                and self._object_follows(c, m)
                and not _negated(self.text, m)
                and not _any_of_them(self.text, m)
                and not _phone_noun(self.text, m)
                and (not _inside_name(self.doc, m) or any(m is t for t in issued))  # التعاون in مجلس التعاون
                and not self._backdrop(m)
                and not self._obliged(c, m)
                and not _declined_to_say(self.text, m)
                and not self._denies_a_rejection(c, m)
                and not self._hypothetical(c, m)
                and not self._opinion(c, m)
                and not self._described(c, m)
                and not self._not_an_act(m)
                and not self._name_not_verb(c, m)
                and not _DENIED_LIGHT.search(
                    self.text,
                    m.nspan.start - _DENIED_REACH if m.nspan.start - _DENIED_REACH > c.start else c.start,
                    m.nspan.start,
                )
            ]
            told = [t for t in trigs if self._relative_act(c, t) is not None]
            for t in told:
                self._relative_draft(c, t)
            trigs = [t for t in trigs if not any(t is u for u in told)]
            trigs = [t for t in trigs if _entry(t).get("needs") != "charge" or self._charged(c, t)]
            trigs = [t for t in trigs if t.data["entry"].id != "deploy" or self._deployed(c, t)]
            heard = trigs  # (before the checks of a noun's event and of a speaker's words)
            trigs = [t for t in trigs if _entry(t).get("pos") == "verb" or self._noun_is_event(c, t)]
            trigs = [t for t in trigs if self._said_behind(c, t)]
            trigs = self._without_aid_carriers(c, trigs)
            trigs = [t for t in trigs if not self._standing_position(c, t)]
            if not trigs:
                speakers.setdefault(c.sentence, []).append((c, None))
                continue
            actors = self._named(c)
            speakers.setdefault(c.sentence, []).append((c, trigs[0].nspan.start))
            # a second act of another kind with sides of its own ("رفضت الحكومة الحوار واتهمت المتمردين بخرق
            # الهدنة"، "ترفض الحوار نظير ما يرتكبه المتمردون من خروقات"): an event of its own
            second = self._second_act(c, trigs[0], heard, actors)
            for trig in (trigs[0],) if second is None else (trigs[0], second[0]):
                if second is not None and trig is second[0]:
                    if second[1] is None and (not self.drafts or self.drafts[-1].clause is not c):
                        break  # (the clause's first act gave no event: no doer to go on)
                    agent, target = second[1], second[2]
                    goes_on = self.drafts[-1].actor1 if agent is None else None
                else:
                    agent, target = self._agent_target(c, trig, actors)
                    goes_on = None
                    if agent is not None and self._unnamed_body_first(c, trig, agent):
                        # "وكانت رابطة علماء فلسطين المقاومة الفلسطينية قد طالبت بـ…": the body the clause
                        # opens with, no side the lexicon names, asks — the side named after it is asked, and
                        # the act has no doer to code
                        continue
                    if target is not None and _entry(trig).get("plover_type") == "SUPPORT":
                        target = self._not_defeated(trig, target)
                    if target is None and trig.data["entry"].id == "refuse_spoken":
                        target = self._refused(trig, actors)
                responder = self._met_with(c, trig)
                if responder is not None:
                    agent, target = responder
                elif agent is not None and agent.nspan.start > trig.nspan.start and self._responded_by(trig):
                    target, agent = (
                        agent,
                        None,
                    )  # "على الرد بمطالبة حزب العمال …": the side demanded of, not the doer
                attribution = trig.data["entry"].id in _ATTRIBUTIONS
                if attribution:
                    agent, target = None, self._attributed(c, trig)
                    if target is None and trig.data["entry"].id == "named_cause":
                        continue  # (a cause named with no side blamed accuses nobody)
                elif trig.data["entry"].id == "halt_operations":
                    target = None  # (whom it spares, "لافساح المجال امام العائلات", is no counterpart)
                among = self._among(c, trig)
                if among is not None:
                    agent, target = among
                delegate: Actor | None = None
                travel = self._delegation_travels(c, trig)
                if travel is not None:
                    # "في النقاش مع الوفد الذي وصل امس الى مسقط": the delegation travels, not the side that talks
                    # with it; it is the side it was named with ("وفد الحوثيين"، "وفدا من الحوثيين")
                    delegate = self._delegation_side(c, trig)
                    if delegate is None:
                        continue
                    # ("المبعوث الاممي … في النقاش مع الوفد الذي وصل الى مسقط": the side it talks with, not the
                    # government of the city it came to)
                    agent, target = None, self._met_by_delegation(c, trig)
                aside = None
                if agent is not None and agent.nspan.start > trig.nspan.start:
                    if target is None:
                        target = self._object_past_comma(c, trig, agent)
                    if not self.text[agent.nspan.end : c.end].strip():
                        aside = self._date_aside(c)  # (the act's date, set off by commas after its subject)
                actor1 = self._actor(agent) if agent is not None else delegate or goes_on
                going_on = self._goes_on_after_said(c, trig, agent) if agent is not None else None
                if going_on is not None:
                    # "وقال رئيس الوزراء ان الشرطة اعتقلت …، وتعهد بمحاربة …": the speaker vows, not a side in
                    # what he said; "…، وتوعد المتمردين بالرد": the side after is whom he threatens
                    if going_on[0] is not None and target is None:
                        target = going_on[0]
                    agent = None
                    actor1 = self._doer_going_on(c, speakers[c.sentence])
                running = self._running_actor  # (before this act's own doer runs on)
                # "واتفق الرئيسان …"، "وبحث الجانبان …": the two sides of the talks told just before (a side named
                # after them is in what they discussed: "بحث الجانبان … والاتفاق النووي مع ايران")
                pair = self._two_sides(c, trig) if agent is None else None
                if pair is not None:
                    actor1, target = pair[0], None
                if (
                    (agent is None or agent.nspan.start > trig.nspan.start)
                    and not participle(trig.norm)
                    and among is None  # ("دانت دول بينها السعودية …": the states among them named)
                    and self._unnamed_subject(c, trig)
                ):
                    continue  # "ودانت دول ومنظمات التفجير": unnamed states and bodies, nobody codable
                # a truce spoken of (قال الوزير ان احترام الهدنة التي بدا سريانها امس …) is called by the side
                # the article tells called it, not by the speaker (see _truces_called)
                spoken_truce = trig.data["entry"].id == "truce" and (
                    agent is None or agent.nspan.end <= trig.nspan.start
                )
                if spoken_truce:
                    said_from = self.doc.sentences[c.sentence][0] if agent is None else agent.nspan.end
                    spoken_truce = "ان" in self.text[said_from : trig.nspan.start].split()
                spoken: Actor | None = None  # (the sentence's speaker, when he is this act's doer)
                if actor1 is None or actor1.code is None:
                    # the doer of the sentence's last act goes on ("سيقوم الوزير الايراني بزيارة العراق …، حيث
                    # سيزور النجف"), else the side the sentence opened with, else the article's
                    last = self.drafts[-1] if self.drafts else None
                    fronted = (
                        self._doer_after_fronted(c, trig)
                        if _entry(trig).get("plover_type") == "CONSULT" and target is not None
                        else None
                    )
                    if fronted is not None:
                        agent, actor1 = fronted, self._actor(fronted)
                    elif (
                        last is not None
                        and last.clause.sentence == c.sentence
                        and last.clause.index < c.index  # (not an act told in this clause's relative clause)
                        and last.actor1 is not None
                    ):
                        actor1 = last.actor1
                    elif not self._sources_go_on(c, trig):
                        # (who is behind an attack: in the speaker's words, before what he said)
                        spoken = self._speaker(
                            speakers[c.sentence],
                            # (force promised: the side it is promised against is in what is said)
                            said=attribution or trig.data["entry"].id == "promised_force",
                            plural=_plural_verb(trig),
                            asked=target.data["entry"].get("code") if target is not None else None,
                            bodies=_entry(trig).get("plover_type") in _SPEECH_ACTS,
                        )
                        actor1 = spoken or self._running_actor
                    else:
                        actor1 = None
                    if spoken is not None and not (
                        (spoken.code or "").endswith(_RUNNING_ROLES)
                        or (spoken.code or "").startswith("IGO")
                        or _speaking_body(spoken)  # (only for acts of speech, see _speaker)
                    ):
                        spoken = None
                elif (
                    actor1.code.endswith(_RUNNING_ROLES) or actor1.code.startswith("IGO")
                ) and not self._in_bare_saying(c):
                    self._running_actor = (
                        actor1  # who the article's diplomacy is about, for the next sentences
                    )
                actor2 = self._actor(target) if target is not None else pair[1] if pair is not None else None
                if target is None and self._addressee_only(c, trig, agent):
                    # "ادانت السعودية الهجوم ودعت الامم المتحدة الى التحرك": the one side between a coordinated verb
                    # of asking and what it asks for is whom it asks; the sentence's doer goes on asking — and so of
                    # accusing and the charge ("ادانت السعودية الهجوم، واتهمت ايران بدعم الارهاب")
                    target, agent, actor1 = agent, None, self._doer_going_on(c, speakers[c.sentence])
                    actor2 = self._actor(target)
                elif target is None and self._told_to_bear(c, trig, agent):
                    # "كما طالب مجلس الامن الدولي بتحمل كامل مسؤولياته": the side told to bear its own
                    # responsibilities is whom it is asked of; the doer is the one who spoke before
                    doer = self._speaker(speakers[c.sentence], said=True) or running
                    if doer is not None and doer.code is not None:
                        target, agent, actor1 = agent, None, doer
                        actor2 = self._actor(target)
                        self._running_actor = running
                host = self._host_met(c, trig, agent, actor1)
                if host is not None:
                    # "زار وزير الخارجية الامريكي الرياض والتقى العاهل السعودي": the side after the second verb is
                    # the host the visitor met, not a new subject
                    actor1, actor2, target, agent = host, actor1, agent, None
                earlier = self._earlier_visit(c, trig)
                if earlier is not None and agent is not None and agent.nspan.start > trig.nspan.start:
                    # "بعد يوم من زيارة لبغداد التقى خلالها رئيس الوزراء العراقي": the visitor meets, the side
                    # after the verb is whom he met
                    visitor = self._visitor(c, running)
                    if visitor is not None and actor1 is not None and visitor.code != actor1.code:
                        actor1, actor2, target, agent = visitor, actor1, agent, None
                if actor2 is None and _entry(trig).get("plover_type") == "CONSULT":
                    target, actor2 = self._counterpart_after(c)
                if actor2 is None and _entry(trig).get("plover_type") == "CONSULT":
                    target = self._counterpart_fronted(c)
                    actor2 = self._actor(target) if target is not None else None
                if (
                    actor2 is None
                    and actor1 is not None
                    and _entry(trig).get("plover_type") in _STANCES
                    and not _possessed(trig)  # (not a stance restated by its noun: "جددت رفضها …")
                ):
                    actor2 = self._state_of_object(c, trig, agent, actor1)
                if actor2 is None and target is None and actor1 is not None:
                    actor2 = self._regime_object(c, trig, agent, actor1)
                if actor2 is None and target is None and actor1 is not None:
                    actor2 = self._threatened_state(c, trig, actor1)
                if (
                    actor2 is None
                    and target is None
                    and actor1 is not None
                    and _entry(trig).get("plover_type") == "THREATEN"
                ):
                    actor2 = self._threatened_next(c, actor1)
                carrier = self._aid_carrier(c, trig)
                if carrier is not None:
                    # the aid a carrier brings is given by the side the carrier is of, to the people of the place
                    # it arrives at (see the drafts below), not by the side the sentence names elsewhere
                    actor1, actor2, agent, target = self._aid_donor(c, trig, carrier), None, None, None
                elif self._must_after_subject(trig):
                    # "قال الوزير ان الحكومة لابد ان تتحمل …": the speaker before ان asks the side fronted after it
                    agent, target = self._speaker_and_fronted(c, trig)
                    actor1 = self._actor(agent) if agent is not None else None
                    actor2 = self._actor(target) if target is not None else None
                status = self.status(c, trig if travel is None else travel)  # (the travel's own: "وصل امس")
                if carrier is not None and carrier[2]:
                    status = "planned"  # "ينتظر ان تصل باخرة اماراتية تحمل … من المساعدات"
                if earlier is not None and earlier[0] is None and status == "occurred":
                    status = "historical"  # "عقب زيارته الى القاهرة حيث التقى …": a visit before, undated
                # "قال الرئيس ان واشنطن ستفرض عقوبات على روسيا": sanctions announced for the future are a threat
                # made that day (CAMEO's threat to sanction), not sanctions imposed
                threat = _entry(trig).get("plover_type") == "SANCTION" and (
                    status == "planned"
                    or any(
                        w.lstrip("و")[:1] == "س" and w.lstrip("و")[1:] in _IMPOSING
                        for w in _words_before(self.text, trig, 4, chars=50)
                    )
                )
                if threat:
                    status = "occurred"
                if aside is not None and status == "occurred" and self._dated_older(aside):
                    status = (
                        "historical"  # "اتهمت الحكومة، خلال شهر ابريل الماضي، الاردن": dated by its aside
                    )
                if (
                    trig.data["entry"].id == "attack_verb"
                    and actor1 is not None
                    and not (
                        (actor1.code or "").endswith(("GOV", "OPP")) or (actor1.code or "").startswith("IGO")
                    )
                ):
                    continue  # (an attack said is an official's or a party's, not a fighting force's)
                if (
                    status == "denied"  # (what a side denies doing it did not do)
                    or status == "historical"
                    and not self.historical
                    or actor1 is None
                    or (actor1.code or "").endswith("CVL")
                    and not (_speaking_body(actor1) and _entry(trig).get("plover_type") in _SPEECH_ACTS)
                ):
                    continue  # background, denied, or done by nobody known: not a codable interaction
                if (actor1.code or "").startswith("NGO") and (
                    _entry(trig).get("plover_type") or ALSO_POLITICAL.get(trig.data["entry"].id)
                ) not in _SPEECH_ACTS:
                    continue  # an NGO's demands and charges are coded, not its visits or aid
                if self._passive(trig):
                    continue  # "التسوية جرى عرقلتها": done to something by no one the text names
                if trig.data["entry"].id in ("permit", "open_bases") and not (
                    actor2 is not None
                    and (
                        (actor2.code or "").endswith(("GOV", "MIL")) or (actor2.code or "").startswith("IGO")
                    )
                ):
                    continue  # "سمحت السلطات للاهالي بالعودة": no state let, no consent between states
                if trig.data["entry"].id == "inform" and not all(
                    a is not None and ((a.code or "").endswith("GOV") or (a.code or "").startswith("IGO"))
                    for a in (actor1, actor2)
                ):
                    # "ابلغ مسؤول وكالة رويترز"، "ابلغ وزير الامن جهاز الشاباك": no communication between states, nor
                    # the side the article's diplomacy is about
                    self._running_actor = running
                    continue
                if trig.data["entry"].id in _TRAVEL and not self._official_travel(trig, actor1):
                    continue  # "وصل الثوار الى المنطقة"، "وصلت الحصيلة الى 120 قتيلا": no diplomacy
                pledged = status == "planned" and self._pledged(c, trig)
                pairs = self._place_dates(c, trig, "occurred" if pledged else status, agent)
                if aside is not None:
                    pairs = [(pi, aside.date if dv is c.date else dv) for pi, dv in pairs]
                if status == "planned" and not pledged:  # (a pledge is dated by the day it was made)
                    pairs = [(pi, self._planned_date(dv, actor1)) for pi, dv in pairs]
                else:
                    pairs = [(pi, self._after_latest(c, self._done_date(c, dv))) for pi, dv in pairs]
                pairs = [(pi, self._day_before(c, trig, dv)) for pi, dv in pairs]
                if status == "historical":
                    # (kept with --historical: an act of before dated by its own words — "وكان الجبير قد التقى
                    # لافروف في الدوحة الاسبوع الماضي" —, not a stance held so far nor one told with no date: "ولطالما
                    # نفت انقرة"، "ويتهم حلفاء تركيا منذ اشهر انقرة")
                    pairs = [(pi, dv) for pi, dv in pairs if self._dated_before(c, trig, dv)]
                    if not pairs:
                        continue
                if earlier is not None and earlier[0]:
                    back = dt.timedelta(days=earlier[0])
                    pairs = [
                        (
                            pi,
                            dv
                            if dv is None or dv.date is None
                            else DateValue(dv.date - back, TIME_DAY, "relative"),
                        )
                        for pi, dv in pairs
                    ]
                d_type = _entry(trig).get("plover_type") or ALSO_POLITICAL.get(trig.data["entry"].id)
                if threat:
                    d_type = "THREATEN"
                if trig.data["entry"].id == "respond" and self._demands_met(c, trig):
                    d_type = (
                        "CONCEDE"  # "استجابت الحكومة لمطالب المتظاهرين": acceding to demands, a concession
                    )
                several = len({p for p, _ in pairs if p is not None}) >= 2
                if self._self_as_other(agent, target, actor1, actor2):
                    # "اعلنت الحكومة مقاطعة ايران" in a report naming only Iran: the unnamed government that
                    # acts on Iran is not Iran's own — its state is unknown, the side acted on stays
                    actor1 = actor_from_mention(agent, raw=self.doc.norm.raw, country=None)  # type: ignore[arg-type]
                for place_index, date in pairs:
                    a2 = actor2
                    if several and target is not None and self._is_country_alias(target):
                        a2 = None  # "سيزور موسكو … وواشنطن …": each visit's counterpart is its own place
                    if (
                        a2 is None
                        and place_index is not None
                        and d_type == "CONSULT"
                        # ("بحث الوزير امس في مسقط مع نظيره …": his bare counterpart is the host's)
                        and (trig.data["entry"].id not in _DISCUSS or self._bare_counterpart(trig))
                    ):
                        # talks about a country held elsewhere ("محادثات سلام ليبيا … في جنيف") are with that country
                        topic = next(
                            (
                                i for i in c.toponyms
                                if self._country_named(i)
                                and 0 <= self.doc.toponyms[i].start - trig.nspan.end < 30
                                and not self._in_a_title(i)  # ("وصل المبعوث الى اليمن … الى مسقط")
                            ),
                            None,
                        )  # fmt: skip
                        venue_is_city = not self._country_named(place_index)
                        a2 = self._government_of_place(
                            topic if topic is not None and venue_is_city else place_index
                        )
                    if a2 is None and carrier is not None and place_index is not None:
                        place = self.doc.places[place_index]
                        a2 = civilians(place.country) if place is not None and place.country else None
                    if a2 is None and d_type == "AID" and target is None:
                        a2 = self._aid_to_country(c, trig, actor1)
                    if (
                        a2 is not None
                        and actor1 is not None
                        and a2.code == actor1.code
                        and not (
                            target is not None
                            and agent is not None
                            # (not the side its spokesman speaks for: "محمد عبد السلام، الناطق باسم المتمردين")
                            and _SPOKESMAN.isdisjoint(self.text[agent.nspan.end : target.nspan.start].split())
                            and (a2.code or "").endswith(_GROUP_CODES)
                            and a2.name != actor1.name
                        )
                        and not (target is not None and self._other_of_one_code(trig, agent, target))
                    ):
                        a2 = None  # (but two groups of one code are two sides: "اتهم الجيش الحر تنظيم داعش")
                    if a2 is None and trig.data["entry"].id in _DISCUSS:
                        continue  # "بحثا"، "تناول": talks need two sides (بحث is also a search)
                    d = self._draft(
                        c,
                        trig,
                        d_type,
                        status,
                        date,
                        actor1,
                        a2,
                        agent=agent,
                        target=target,
                        place_index=place_index,
                    )
                    if agent is not None and actor1 is not None:
                        d.assoc = self._acting_with(actors, agent, actor1, a2)
                    self.drafts.append(d)
                    if spoken is not None and actor1 is spoken:
                        # "قال الوزير الاردني ان …، وانتقد …": the side whose act this sentence told speaks on in
                        # the next ("وفي سياق آخر، دعا …"), not one that spoke before it
                        self._running_actor = spoken
                    if spoken_truce:
                        self._spoken_truces.add(id(d))
                    call = self._in_a_call(trigs, d)
                    if call is not None:
                        self.drafts.append(call)
                        self._beside.add(id(call))
        for c, m in settings:
            self._setting_draft(c, m)
        if self._spoken_truces:
            self._truces_called()
        drafts = [d for d in self.drafts if not self._told_elsewhere(d)]
        drafts = self._one_truce(drafts)
        drafts = self._at_the_meeting(self._without_restated_headlines(drafts))
        self._said_at_the_meeting(drafts)
        self._venue_told_next(drafts)
        self._visited_venue(drafts)
        return _without_mutual_retellings(drafts)

    def _venue_told_next(self, drafts: list[Draft]) -> None:
        """ "اتهم رئيس الوزراء التنظيم بتنفيذ الهجوم. وكان يتحدث في مؤتمر صحفي في غازي عنتاب"، "… ان داود اوغلو
        تحدث لصحافيين في شانلي اورفا …، داعيا الى …": the statements a speaker's sentence places nowhere were made
        where that sentence, or the next one going on with the same speaker, says he spoke to the press."""
        venues: dict[tuple[int, str | None], tuple[int, int] | None] = {}
        for d in drafts:
            if d.place_index is not None or d.status != "occurred" or d.plover_type not in _SPEECH_ACTS:
                continue
            code = d.actor1.code if d.actor1 is not None else None
            for k in (d.clause.sentence, d.clause.sentence + 1):
                if k >= len(self.doc.sentences):
                    break
                if (k, code) not in venues:
                    venues[k, code] = self._press_venue(k, code)
                venue = venues[k, code]
                if venue is None or (k == d.clause.sentence and venue[1] > d.trigger.nspan.start):
                    continue
                d.place_index = venue[0]
                t = self.doc.toponyms[d.place_index]
                d.spans.append(("place", t.start, t.end))
                break

    def _visited_venue(self, drafts: list[Draft]) -> None:
        """ "وقال الرئيس التركي خلال زيارة الى الشطر الشمالي من قبرص ان …": what a speaker says during a visit,
        told before what he says, was said where he visits — not at a place he speaks of (الهجوم على سروج)."""
        for d in drafts:
            if d.status != "occurred" or d.plover_type not in _SPEECH_ACTS:
                continue
            place = self._visit_place(d.clause.sentence, d.trigger.nspan.start)
            if place is None and d.place_index is None:
                place = self._visit_told_next(d)
            if place is None or place == d.place_index:
                continue
            d.spans = [sp for sp in d.spans if sp[0] != "place"]
            d.place_index = place
            t = self.doc.toponyms[place]
            d.spans.append(("place", t.start, t.end))

    def _visit_place(self, k: int, before: int) -> int | None:
        """The place sentence ``k`` says, before what is said (ان، a colon, a quotation) and before the act at
        ``before`` or a few words after it (not in a relative clause), its speaker was visiting: خلال / اثناء / في a visit (زيارة، زيارته) to it, a few words on ("خلال زيارة
        الى الشطر الشمالي من قبرص"، "في زيارته لانقرة")."""
        s, _ = self.doc.sentences[k]
        for i in (i for c in self.doc.clauses if c.sentence == k for i in c.toponyms):
            t = self.doc.toponyms[i]
            if t.start > before and (
                self._words(before, t.start) > _VISIT_AFTER_ACT
                or not _RELATIVES.isdisjoint(self.text[before : t.start].split())
            ):
                break  # ("ندد الرئيس خلال زيارة الى قبرص بالهجوم": the visit told right after the act's verb)
            lead = self.text[s : t.start]
            if any(q in lead for q in ':"«“'):
                return None  # (a place in what is said, not where it was said)
            words = lead.split()
            if not _THAT.isdisjoint(words):
                return None
            j = next(
                (j for j in range(len(words) - 1, max(-1, len(words) - _VISIT_REACH - 2), -1)
                 if words[j] in _VISIT_NOUNS),
                None,
            )  # fmt: skip
            if j is None or not j or words[j - 1].lstrip("و") not in _DURING_VISIT:
                continue
            to = words[j + 1 :]
            word = self.text[t.start - len(self._prefix_at(t.start)) : t.start]
            if "الي" in to or (not to and word.endswith("ل")):
                return i
        return None

    def _visit_told_next(self, d: Draft) -> int | None:
        """ "ندد الرئيس التركي بالهجوم. وقال اردوغان خلال زيارة الى الشطر الشمالي من قبرص …": a statement the
        speaker's sentence places nowhere, told on in the next one opening with a verb of saying by the same side
        (or by no side named) during a visit, was made where he visits."""
        k = d.clause.sentence + 1
        if k >= len(self.doc.sentences) or d.actor1 is None:
            return None
        s, e = self.doc.sentences[k]
        word = _NONSPACE.search(self.text, s, e)
        if word is None or word.group().removeprefix("و") not in _SPEAKING_ON:
            return None
        place = self._visit_place(k, e)
        if place is None:
            return None
        before = self.doc.toponyms[place].start
        sides = [
            m for c in self.doc.clauses if c.sentence == k for m in c.of("actors") if m.nspan.end <= before
        ]
        if any(self._actor(m).code != d.actor1.code for m in sides):
            return None  # (another side's visit)
        return place

    def _earlier_visit(self, c: Clause, trig: Mention) -> tuple[int | None] | None:
        """An act told within a visit that came before the one the sentence tells ("جاءت زيارته لاربيل بعد يوم من
        زيارة لبغداد التقى خلالها …"، "عقب زيارته الى القاهرة حيث التقى …"): how many days before (بعد يوم من: 1,
        بعد يومين من: 2), or (None,) when the text does not say — None when the act is no such visit's."""
        s, _ = self.doc.sentences[c.sentence]
        words = self.text[s : trig.nspan.start].translate(QUOTES_TO_SPACES).split()[-_EARLIER_REACH:]
        at = next((j for j in range(len(words) - 1, -1, -1) if words[j] in _VISIT_NOUNS), None)
        if at is None or not _THAT.isdisjoint(words[at:]):
            return None
        # the act is the visit itself or in what is told of it: "حيث التقى"، "التقى خلالها"، "التي التقى فيها"
        within = words[at + 1 :] + self.text[trig.nspan.end : trig.nspan.end + 12].split()[:1]
        if len(within) > 1 and _WITHIN_VISIT.isdisjoint(within):
            return None
        lead = [w.lstrip("و") for w in words[max(0, at - 4) : at]]
        if lead[-1:] == ["من"]:
            lead = lead[:-1]
        k = next((j for j in range(len(lead) - 1, -1, -1) if lead[j] in _OTHER_OCCASION - {"قبل"}), None)
        if k is None:
            return None
        count = lead[k + 1 :]
        if not count:
            return (None,)
        return (_DAYS_BACK.get(count[0]),) if len(count) == 1 and count[0] in _DAYS_BACK else None

    def _visitor(self, c: Clause, running: Actor | None) -> Actor | None:
        """Who made the visit the sentence tells of: the doer of the act told last in it or the one before, else
        the side the article's diplomacy is about."""
        last = self.drafts[-1] if self.drafts else None
        if last is not None and last.clause.sentence >= c.sentence - 1 and last.actor1 is not None:
            return last.actor1
        return running

    def _threatened_next(self, c: Clause, actor1: Actor) -> Actor | None:
        """ "وهدد الحوثيون برد قاس على الغارات، وقالوا ان السعودية ستدفع الثمن"، "هدد … بالرد على الاغتيال، متهما
        اسرائيل بتنفيذه": a threat that names no side is against the one its maker names in the next clause of the
        sentence, going on speaking (a verb or participle of saying or charging first)."""
        k = c.index + 1
        if k >= len(self.doc.clauses) or self.doc.clauses[k].sentence != c.sentence:
            return None
        nxt = self.doc.clauses[k]
        word = _NONSPACE.search(self.text, nxt.start, nxt.end)
        if word is None:
            return None
        w = word.group().removeprefix("و")
        if not (w in _SAYING_VERBS or w.removesuffix("وا") in _SAYING_VERBS or w in _SAYING_ON_PARTICIPLES):
            return None
        for m in self._named(nxt):
            if self._where(m):
                continue
            side = self._actor(m)
            if side.code is not None and side.code != actor1.code:
                return side
        return None

    def _bare_counterpart(self, trig: Mention) -> bool:
        """Talks held with a counterpart named by no nation (بحث … مع نظيره، بنظيره), a few words after the verb."""
        words = self.text[trig.nspan.end : trig.nspan.end + 120].split()[:_COUNTERPART_REACH]
        return any(w.removeprefix("مع").removeprefix("ب") in _BARE_COUNTERPARTS for w in words)

    def _prefix_at(self, at: int) -> str:
        """The clitics glued before the word that starts at ``at`` in a longer word (لانقرة: ل)."""
        k = at
        while k > 0 and not self.text[k - 1].isspace():
            k -= 1
        return self.text[k:at]

    def _press_venue(self, k: int, code: str | None) -> tuple[int, int] | None:
        """The place sentence ``k`` says a speaker spoke to the press at, and where its verb of speaking is: the
        verb opens the sentence (after كان) or follows a side of ``code``, no other side is named before the
        place, and a word of the press stands between the verb and the place after في."""
        s, e = self.doc.sentences[k]
        words = list(islice(_NONSPACE.finditer(self.text, s, e), _SPEAKING_ON_REACH + 4))
        ws = [w.group().lstrip("و") for w in words]
        at = next((j for j, w in enumerate(ws) if w in _SPEAKING_ON), None)
        if at is None:
            return None
        clauses = [c for c in self.doc.clauses if c.sentence == k]
        actors = [m for c in clauses for m in c.of("actors")]
        verb = words[at]
        subject = [m for m in actors if m.nspan.end <= verb.start()]
        if subject:
            last = subject[-1]
            if self.text[last.nspan.end : verb.start()].split() or self._actor(last).code != code:
                return None  # (the verb's subject must be the speaker, right before it)
        elif at > (_TITLE_WORDS + 1 if ws[0] in _WAS_FORMS else 0):
            return None  # (an unnamed speaker goes on with the sentence's first word, or his title after كان)
        for c in clauses:
            for i in c.toponyms:
                t = self.doc.toponyms[i]
                if t.start < verb.end():
                    continue
                told = self.text[verb.end() : t.start].translate(QUOTES_TO_SPACES).split()
                if (
                    len(told) > _SPEAKING_ON_REACH
                    or not _THAT.isdisjoint(told)  # ("وقال في مؤتمر صحفي ان الهجوم في …": what he said)
                    or any(q in self.text[verb.end() : t.start] for q in ':"«')
                    or "في" not in told[-2:]
                    or _PRESS.isdisjoint(told)
                    # (no other speaker; the counterpart of a joint conference, after مع, is none)
                    or any(
                        verb.end() <= m.nspan.start < t.start
                        and _words_before(self.text, m, 1, chars=8) != ["مع"]
                        for m in actors
                    )
                    or any(self._actor(m).code != code for m in subject)
                ):
                    return None
                return i, verb.start()
        return None

    @staticmethod
    def _one_truce(drafts: list[Draft]) -> list[Draft]:
        """The truce told again with the article by the same side a day or two apart ("الهدنة التي بدا سريانها
        امس" and "الهدنة التي اعلنتها القيادة امس الاول") is one truce: one event, on the earliest day told (its
        declaration, before it began)."""
        kept: list[tuple[str, dt.date, Draft]] = []  # one truce a draft: its side, its day, the draft
        dropped: set[int] = set()
        for d in drafts:
            if d.plover_type != "RETREAT" or d.trigger.data["entry"].id != "truce" or d.actor1 is None:
                continue
            day = d.date.date if d.date is not None else None
            if day is None or not d.actor1.code:
                continue
            k = next(
                (
                    k
                    for k, (code, other, _) in enumerate(kept)
                    if code == d.actor1.code and abs((other - day).days) <= _TRUCE_DAYS
                ),
                None,
            )
            if k is None:
                kept.append((d.actor1.code, day, d))
            elif day < kept[k][1]:
                dropped.add(id(kept[k][2]))
                kept[k] = (d.actor1.code, day, d)
            else:
                dropped.add(id(d))
        return [d for d in drafts if id(d) not in dropped] if dropped else drafts

    def _truces_called(self) -> None:
        """A truce a speaker spoke of ("قال الوزير ان احترام الهدنة التي بدا سريانها امس …") is the one the
        article tells a side called: its doer is that side (the nearest told before, else the first after), not
        the speaker; with no such telling the speaker stays."""
        called = [
            (k, d)
            for k, d in enumerate(self.drafts)
            if d.plover_type == "RETREAT" and id(d) not in self._spoken_truces
        ]
        for k, d in enumerate(self.drafts):
            if id(d) not in self._spoken_truces or not called:
                continue
            before = [o for j, o in called if j < k]
            other = before[-1] if before else called[0][1]
            if other.actor1 is not None and other.actor1.code:
                d.actor1 = other.actor1

    def _second_act(
        self, c: Clause, first: Mention, heard: list[Mention], actors: list[Mention]
    ) -> tuple[Mention, Mention | None, Mention | None] | None:
        """A second act of another kind after the clause's first, joined to it and with a side of its own: a
        coordinated verb or a speaker's participle with the side it is done to right after ("رفضت الحكومة الحوار
        واتهمت المتمردين بخرق الهدنة"، "… متهما المتمردين بـ…": the first act's doer goes on), or an act after a
        word of cause ("ترفض الحوار نظير ما يرتكبه المتمردون من خروقات") — the trigger, its doer (None: the
        first act's goes on) and its counterpart. Not what the first governs ("دعا الى وقف …": one request)."""
        kind = _entry(first).get("plover_type") or ALSO_POLITICAL.get(first.data["entry"].id)
        for t in heard:
            if t.nspan.start >= first.nspan.end and self._verb_led(t):
                # "اشاد الوزير بالكويت التي قدمت مساعدات": the side before the relative pronoun does it
                side = next((m for m in reversed(actors) if m.nspan.end <= t.nspan.start), None)
                if (
                    side is not None
                    and side.nspan.start > first.nspan.end
                    and self._relative_subject(side, t)
                ):
                    return t, side, self._agent_target(c, t, actors)[1]
                continue
            if t.nspan.start < first.nspan.end or " " in t.norm or t.norm.startswith("ال"):
                continue
            if (_entry(t).get("plover_type") or ALSO_POLITICAL.get(t.data["entry"].id)) in (kind, None):
                continue
            prefix = t.data.get("prefix", "")
            gap = self.text[first.nspan.end : t.nspan.start - len(prefix)].split()
            if not gap:
                continue  # "رفض اتهام …": what the first act is about
            if self._answered(t, gap):
                # "اتهم الوزير الحزب بـ…، وهو الاتهام الذي نفاه زعيم الحزب": the act answering the first, its
                # doer named after it, done to the first act's doer
                if self._subject_after(c, t):
                    named = next(m for m in actors if m.nspan.start >= t.nspan.end)
                    return t, named, self._agent_target(c, first, actors)[0]
                continue
            if not _JOINING.isdisjoint(gap[-2:]):
                agent, target = (
                    (None, self._attributed(c, t))
                    if t.data["entry"].id in _ATTRIBUTIONS
                    else self._agent_target(c, t, actors)
                )
                if target is not None and target.nspan.start > first.nspan.end:
                    return t, agent, target
                continue
            if (
                prefix == "و"
                # (its pronoun an ending, or in the form: "حثه"، "ناشدته")
                and (
                    t.data.get("suffix") in _OBJECT_SUFFIXES
                    or _entry(t).get("pos") == "verb"
                    and t.norm[-1:] == "ه"
                )
                # (a verb, not a noun with its possessive: "واتهمه" is he accused him, "واتهامه" his charge)
                and (
                    _entry(t).get("pos") == "verb"
                    or not t.norm.startswith(("ال", "م"))
                    and t.norm[-2:] not in ("ام", "ات")
                )
            ):
                # "التقى الوزير نظيره …، وطالبه بـ…"، "التقوا رئيس الحكومة وطالبوه بـ…": the side the verb's pronoun
                # takes back is the first act's counterpart, its doer goes on
                target = self._agent_target(c, first, actors)[1]
                if target is not None:
                    return t, None, target
                continue
            coordinated = prefix == "و" and (
                _entry(t).get("pos") == "verb"
                or t.norm.endswith("وا")
                or (t.norm[-1:] == "ت" and t.norm[-2:] != "ات")
            )
            if not coordinated and not (
                participle(t.norm) and _entry(t).get("plover_type") in _SPEECH_ACTS and not prefix
            ):
                continue
            named = [m for m in actors if m.nspan.start >= t.nspan.end][:2]
            if not named or len(self.text[t.nspan.end : named[0].nspan.start].split()) > 1:
                continue
            if len(named) == 2 and not self.text[named[0].nspan.end : named[1].nspan.start].strip():
                continue  # "واتهمت المعارضة الحكومة": a new subject and its object, not the doer going on
            return t, None, named[0]
        return None

    def _feminine_after_masculine(self, trig: Mention, after: list[Mention]) -> bool:
        """A verb of the masculine singular (دعا، طالب، يدعو: no ending, not a feminine ت) right before a side
        whose name is feminine: a state, or a definite noun or its adjective of ة ("الحكومة"، "الامم المتحدة")."""
        verb = trig.norm
        if (
            not after
            or after[0].data.get("prefix")
            or _entry(trig).get("pos") != "verb"
            or trig.data.get("suffix")
            or verb[:1] in "تن"
            or verb.endswith(("ت", "وا"))
        ):
            return False
        side = after[0]
        if "person_of_role" in side.data or "family_name_of" in side.data:
            return False
        words = side.norm.split()[:2]
        if not words[0].startswith("ال"):
            return self._is_country_alias(side)
        return any(w.startswith("ال") and w.endswith("ه") for w in words)

    def _unnamed_body_first(self, c: Clause, trig: Mention, agent: Mention) -> bool:
        """A pluperfect opening with كان and a body no side is named for, in the construct ("وكانت رابطة علماء
        فلسطين", "وكانت نقابة الاطباء"), then ``agent`` before the verb: the body is the subject, not the side."""
        if not (c.start <= agent.nspan.start < trig.nspan.start):
            return False
        words = self.text[c.start : agent.nspan.start - len(agent.data.get("prefix", ""))].split()
        # (a name of its own after the body: not "وكانت لجنة الامم المتحدة قد …", the committee of a side)
        return (
            len(words) >= 3
            and words[0].lstrip("وف") in _WAS_FORMS
            and words[1] in _BODIES_IN_CONSTRUCT
            and "قد" in self.text[agent.nspan.end : trig.nspan.start].split()
        )

    def _subject_after(self, c: Clause, t: Mention) -> bool:
        """A side named right after the verb (a word between at most: "نفاه زعيم الحزب"), its subject."""
        named = [m for m in self._named(c) if m.nspan.start >= t.nspan.end][:1]
        return bool(named) and len(self.text[t.nspan.end : named[0].nspan.start].split()) <= 1

    @staticmethod
    def _answered(t: Mention, gap: list[str]) -> bool:
        """A verb taking back, by its object pronoun, what the clause told before it, in a comment on it ("…، وهو
        ما نفاه الحزب"، "وهو الاتهام الذي نفته الحكومة"، "الامر الذي رفضه …"): an act of its own."""
        # (its pronoun attached, or written in the form: نفته)
        pronoun = t.data.get("suffix") or ("ه" if t.norm[-2:] == "ته" else "")
        if _entry(t).get("pos") != "verb" or not pronoun.startswith("ه"):
            return False
        if not gap or gap[-1] not in ("ما", "الذي", "التي"):
            return False
        return any(w.removeprefix("و") in _COMMENT_HEADS for w in gap[-3:-1])

    def _in_a_call(self, trigs: list[Mention], d: Draft) -> Draft | None:
        """An act told as done in a phone call ("واتفق الرئيسان في اتصال هاتفي امس على العمل سويا"): the call is
        talks between the same sides, the same day — a CONSULT beside the act (one event per type)."""
        if d.plover_type == "CONSULT" or d.actor2 is None or d.actor1 is None or d.status != "occurred":
            return None
        call = next(
            (
                t
                for t in trigs
                if t.data["entry"].id == "phone_call"
                and _words_before(self.text, t, 1, chars=10) in (["في"], ["خلال"])
                and t.nspan.start > d.trigger.nspan.start
            ),
            None,
        )
        if call is None:
            return None
        out = Draft(
            clause=d.clause,
            trigger=call,
            event_type=None,  # type: ignore[arg-type]
            sub_event_type=None,
            actor1=d.actor1,
            actor2=d.actor2,
            place_index=None,
            date=d.date,
            category="political",
            plover_type="CONSULT",
            status=d.status,
        )
        out.spans.append(("trigger", call.nspan.start, call.nspan.end))
        out.spans.extend(span for span in d.spans if span[0] in ("actor1", "actor2"))
        return out

    def _setting_draft(self, c: Clause, m: Mention) -> None:
        """The talks a statement was made after ("وادان ليون عقب لقائه بوزير الخارجية الايطالي في روما الليلة
        الماضية …"): held by the side that spoke with the side named after مع or بـ, where and when the clause
        says — an event of their own, beside the statement's."""
        agent, target = self._agent_target(c, m, self._named(c))
        if target is None and agent is not None and agent.nspan.start > m.nspan.start:
            agent, target = (
                None,
                agent,
            )  # "خلال لقائه الرئيس اليمني": the side after his meeting is the one met
        if target is None:
            return
        if agent is None and (fronted := self._doer_after_fronted(c, m)) is not None:
            agent = fronted  # "وفي لقاء مع وزير الخارجية الايراني، اكد الوزير العماني …": the subject after the setting
        actor1 = self._actor(agent) if agent is not None else self._doer_before(c, m) or self._running_actor
        if actor1 is None or actor1.code is None or actor1.code.endswith("CVL"):
            return
        actor2 = self._actor(target)
        if actor2.code is None or actor2.code == actor1.code:
            return
        status = self.status(c, m)
        if status != "occurred":
            return
        for place_index, date in self._place_dates(c, m, status, agent)[:1]:
            d = self._draft(
                c,
                m,
                "CONSULT",
                status,
                self._done_date(c, date),
                actor1,
                actor2,
                agent=agent,
                target=target,
                place_index=place_index,
            )
            self.drafts.append(d)

    def _doer_before(self, c: Clause, m: Mention) -> Actor | None:
        """The first side the sentence names before ``m`` that is no place and no civilian: "اكدت السلطات
        السورية امس …، بعد محادثات … مع المبعوث الاممي" — who held the talks."""
        for o in self.doc.clauses[: c.index + 1]:
            if o.sentence != c.sentence:
                continue
            for a in self._named(o):
                if a.nspan.end > m.nspan.start or self._where(a) or self._governed(a):
                    continue
                actor = self._actor(a)
                if actor.code and not actor.code.endswith("CVL"):
                    return actor
        return None

    def _setting_sides(self, c: Clause) -> list[Mention]:
        """The sides that talks told as a clause's setting were held with ("عقب لقائه بوزير الخارجية الايطالي"):
        no counterpart of the clause's other acts."""
        out = []
        for m in c.of("triggers"):
            if _entry(m).get("plover_type") == "CONSULT" and self._backdrop(m) and self._talks_set_with(c, m):
                _, side = self._agent_target(c, m, self._named(c))
                if side is not None:
                    out.append(side)
        return out

    def _talks_set_with(self, c: Clause, m: Mention) -> bool:
        """Talks after which a statement came, with the side they were held with after مع ("اكدت السلطات
        السورية امس … بعد محادثات مشتركة للمسؤولين في دمشق مع المبعوث الاممي"، "بعد محادثاته مع دي مستورا"):
        talks held, told only as the setting of what was said — reported unless told on their own (see
        _told_elsewhere)."""
        word = self._setting_word(m)
        # (not a meeting that sets what a relative clause tells: "للضمانات التي قدمها المبعوث خلال لقائه الرئيس")
        during = word.removeprefix("و") in _DURING and _RELATIVES.isdisjoint(
            self.text[c.start : m.nspan.start].split()
        )
        if m.data["entry"].id not in ("talks_noun", "meeting_noun", "reception") or not (
            word in _AFTER or during
        ):
            return False
        if _possessed(m) or m.norm.endswith(("ائه", "ائها", "ائهما", "ائهم")):
            # "عقب لقائه بوزير الخارجية الايطالي": the side met with bi-, right after; "خلال لقائه نظيره
            # الفرنسي"، "خلال استقباله السفير": during its meeting, the side met as the noun's object
            side = next((a for a in self._named(c) if a.nspan.start >= m.nspan.end), None)
            if (
                side is not None
                and (
                    side.data.get("prefix", "").lstrip("و") == "ب"
                    or (during and not side.data.get("prefix") and not self._place_like(side))
                )
                and not self.text[
                    m.nspan.end + len(m.data.get("suffix", "")) : side.nspan.start
                    - len(side.data.get("prefix", ""))
                ].split()
            ):
                return True
        words = list(islice(_NONSPACE.finditer(self.text[m.nspan.end : c.end]), 6))
        k = next((k for k, w in enumerate(words) if w.group() == "مع"), None)
        if k is None or any(w.group() in _THAT for w in words[:k]):
            return False
        at = m.nspan.end + words[k].end()
        side = next((a for a in self._named(c) if a.nspan.start >= at), None)
        return (
            side is not None
            and not self.text[at : side.nspan.start - len(side.data.get("prefix", ""))].split()
        )

    def _setting_word(self, m: Mention) -> str:
        before = _words_before(self.text, m, 1, chars=12)
        return before[0] if before else ""

    def _told_elsewhere(self, d: Draft) -> bool:
        """Talks told as a statement's setting (_talks_set_with) or as where another act was done (_in_a_call)
        that another act of the article reports between the same sides on the same day, or that name no
        counterpart: the setting adds no event."""
        if not self._backdrop(d.trigger) and id(d) not in self._beside:
            return False
        if d.actor2 is None or d.actor1 is None:
            return True
        sides = {d.actor1.code, d.actor2.code}
        return any(
            o is not d
            and o.plover_type == "CONSULT"
            and o.status == d.status
            and _same_date(o, d)
            and {o.actor1.code, o.actor2.code if o.actor2 else None} == sides
            for o in self.drafts
            if o.actor1 is not None
        )

    def _speaker_opens(self, c: Clause) -> None:
        """A sentence opening with a verb of saying and its subject ("واعلن رئيس الوزراء التركي احمد داود اوغلو
        الثلاثاء ان …"، "اكد المتحدث باسم الحكومة اليمنية …") names who speaks on: a state or an organization of
        states is the article's running political actor, for a bare "وقال" or "واضاف" after it."""
        word = _NONSPACE.search(self.text, c.start, c.end)  # (the first word, without a copy of the clause)
        if word is None or word.group().removeprefix("و").removeprefix("ف") not in _SAYING_VERBS:
            return
        at = word.end()
        first = next((m for m in self._named(c) if m.nspan.start >= at), None)
        if first is None or self._where(first) or self._governed(first):
            return
        gap = self.text[at : first.nspan.start - len(first.data.get("prefix", ""))].split()
        if any(w not in _SPOKESMAN and w not in _TITLES and not w.startswith(_ENVOYS) for w in gap):
            return  # (the subject right after the verb, or its title: "قال المتحدث باسم الخارجية الروسية")
        actor = self._actor(first)
        code = actor.code or ""
        if code.endswith(_RUNNING_ROLES) or code.startswith("IGO"):
            self._running_actor = actor

    def _in_bare_saying(self, c: Clause) -> bool:
        """``c`` is in a sentence opened by a verb of saying with no subject named ("واضاف ان اطلاق مركز الملك
        سلمان …"): what the speaker told before goes on saying it, and a side acting in what he says does not
        take his place as the one who speaks on."""
        s, _ = self.doc.sentences[c.sentence]
        words = self.text[s : c.end].split()[:2]
        return (
            len(words) == 2
            and words[0].removeprefix("و").removeprefix("ف") in _SAYING_VERBS
            and words[1] in ("ان", "انه", "انها")
        )

    def _delegation_travels(self, c: Clause, trig: Mention) -> Mention | None:
        """A delegation whose relative clause tells its travel ("الوفد الذي وصل امس الى مسقط"): that verb."""
        if trig.data["entry"].id != "delegation":
            return None
        words = list(islice(_NONSPACE.finditer(self.text[trig.nspan.end : c.end]), 2))
        if len(words) < 2 or words[0].group() not in _RELATIVES:
            return None
        at = trig.nspan.end + words[1].start()
        return next(
            (
                m
                for m in c.of("triggers")
                if m.data["entry"].id in _TRAVEL and m.nspan.start - len(m.data.get("prefix", "")) == at
            ),
            None,
        )

    def _met_by_delegation(self, c: Clause, trig: Mention) -> Mention | None:
        """The side a travelling delegation talks with, named before "مع الوفد" in its clause ("ان المبعوث الاممي لن
        يكون متساهلا في النقاش مع الوفد الذي وصل امس الى مسقط"): the last side named before مع."""
        at = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = self.text[max(c.start, at - 8) : at].split()
        if before[-1:] != ["مع"]:
            return None
        sides = [
            m
            for m in self._named(c)
            if m.nspan.end <= at and not self._where(m) and self._actor(m).code is not None
        ]
        return sides[-1] if sides else None

    def _delegation_side(self, c: Clause, trig: Mention) -> Actor | None:
        """The side of a delegation: named right after it ("وفد الحوثيين"، "وفدا من الحوثيين"), here or, for
        "الوفد" named again, where a delegation was last named with its side."""
        for x in reversed(self.doc.clauses[: c.index + 1]):
            for w in _NONSPACE.finditer(self.text[x.start : min(x.end, trig.nspan.end)]):
                if not _in(w.group(), _DELEGATIONS):
                    continue
                at = x.start + w.end()
                side = next((m for m in self._named(x) if m.nspan.start >= at), None)
                if side is None:
                    continue
                gap = self.text[at : side.nspan.start - len(side.data.get("prefix", ""))].split()
                if gap in ([], ["من"]):
                    actor = self._actor(side)
                    return actor if actor.code else None
        return None

    def _attributed(self, c: Clause, trig: Mention) -> Mention | None:
        """Whom an attribution accuses: the side right before "يقف وراء" or "يرتكب" (its subject: "بان تنظيم داعش
        يقف وراء الاعتداء"), or right after "يرتكب" ("ما يرتكبه المتمردون من خروقات"); none for a suspect
        identified."""
        if trig.data["entry"].id not in _SAID_OF:
            return None
        if trig.data["entry"].id == "named_cause":
            return self._cause_named(c, trig)
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        # (in the sentence: "بان تنظيم داعش، يقف وراء …"، "بان «داعش» يقف وراء …")
        before = [
            m
            for x in self.doc.clauses[: c.index + 1]
            if x.sentence == c.sentence
            for m in self._named(x)
            if m.nspan.end <= word_start
        ]
        if before and not _QUOTE_OR_COMMA.sub(" ", self.text[before[-1].nspan.end : word_start]).split():
            return before[-1]
        if trig.data["entry"].id == "commit_charge":
            # "ما يرتكبه المتمردون من خروقات": the side right after the verb commits it
            after = next((m for m in self._named(c) if m.nspan.start >= trig.nspan.end), None)
            if (
                after is not None
                and not self.text[
                    trig.nspan.end : after.nspan.start - len(after.data.get("prefix", ""))
                ].split()
            ):
                return after
        return None

    def _cause_named(self, c: Clause, trig: Mention) -> Mention | None:
        """Whom "السبب وراء …" blames: the first side after the trigger past the noun of what was caused ("وراء
        ظهور داعش تصرفات الاسد": not داعش, right after ظهور, but الاسد), a few words on, right after a noun of its
        deeds (تصرفات، سياسات، دعم) — not a cause that blames nobody ("السبب وراء الخطف مشاركة عناصر الفرقة …")."""
        for m in self._named(c):
            if m.nspan.start < trig.nspan.end:
                continue
            words = self.text[trig.nspan.end : m.nspan.start - len(m.data.get("prefix", ""))].split()
            if len(words) > _OBJECT_REACH:
                return None
            if len(words) >= 2:
                return m if words[-1].lstrip("و") in _CAUSE_DEEDS else None
        return None

    def _said_behind(self, c: Clause, trig: Mention) -> bool:
        """Who is behind an attack is an accusation in someone's words, after ان ("اعلن الوزير ان التنظيم يقف
        وراء الهجوم"), not a description ("وهي مجموعة ماركسية تقف وراء عدة هجمات")."""
        if trig.data["entry"].id not in _SAID_OF:
            return True
        s, _ = self.doc.sentences[c.sentence]
        if not _THAT.isdisjoint(self.text[s : trig.nspan.start].split()):
            return True
        colon = self.text.find(":", s, trig.nspan.start)
        if colon == -1:
            return False
        # a headline or lead that opens with its speaker and a colon ("وزير الداخلية: داعش يقف وراء التفجير"):
        # a side named right before the colon, in the sentence's first words
        return len(self.text[s:colon].split()) <= _COLON_SPEAKER_WORDS and any(
            m.nspan.end <= colon and not self.text[m.nspan.end : colon].strip()
            for x in self.doc.clauses[: c.index + 1]
            if x.sentence == c.sentence
            for m in self._named(x)
        )

    def _relative_act(self, c: Clause, trig: Mention) -> int | None:
        """ "الهدنه الانسانيه التي اعلنتها قياده التحالف العربي امس الاول": a political noun whose relative
        clause tells the act with its own side and date — the offset of that act's verb, else None."""
        if _entry(trig).get("pos") != "noun":
            return None
        tail = list(islice(_NONSPACE.finditer(self.text[trig.nspan.end : c.end]), 2))  # (the first two words)
        if len(tail) < 2 or tail[0].group() not in ("التي", "الذي"):
            return None
        verb = tail[1].group()
        stem = next((verb[: -len(x)] for x in ("ها", "هما", "هم", "ه") if verb.endswith(x)), None)
        if stem is None or stem not in _LIGHT_VERBS:
            return None  # "التي اعلنتها", "الذي وقعه": the verb takes the noun back as its object
        return trig.nspan.end + tail[1].start()

    def _relative_draft(self, c: Clause, trig: Mention) -> None:
        """The act a relative clause tells (see :meth:`_relative_act`), when it names its side and its date."""
        at = self._relative_act(c, trig)
        assert at is not None
        side = next((m for m in c.of("actors") if m.nspan.start > at and not is_generic(m)), None)
        dates = self._date_splitter(c, future=False) if self._date_splitter else []
        date = next((dv for s_, dv in dates if s_ > at), None)
        if side is None or date is None:
            return
        words = self.text[at : side.nspan.start].split()
        if len(words) > 2:
            return  # the side must be the verb's subject, right after it
        plover = _entry(trig).get("plover_type") or ALSO_POLITICAL.get(trig.data["entry"].id)
        # ("الهدنة التي اعلنتها الحكومة قبل عامين": dated years back, background)
        status = "historical" if self._older(date) else "occurred"
        self.drafts.append(self._draft(c, trig, plover, status, date, self._actor(side), None, agent=side))

    def _draft(
        self,
        c: Clause,
        trig: Mention,
        plover: str | None,
        status: str,
        date: DateValue | None,
        actor1: Actor | None,
        actor2: Actor | None,
        *,
        agent: Mention | None = None,
        target: Mention | None = None,
        place_index: int | None = None,
    ) -> Draft:
        """A political draft with the evidence of its trigger, of the mentions its sides come from and of its place."""
        d = Draft(
            clause=c,
            trigger=trig,
            event_type=None,  # type: ignore[arg-type]
            sub_event_type=None,
            actor1=actor1,
            actor2=actor2,
            place_index=place_index,
            date=date,
            category="political",
            plover_type=plover,
            status=status,
        )
        d.note_evidence(self.doc, agent, target, place_index)
        return d

    def _at_the_meeting(self, drafts: list[Draft]) -> list[Draft]:
        """What a side said or did, placeless and on the day of a meeting told before it with its place, was
        said there: "وأكد الزياني خلال اجتماعه أمس … في الرياض …"، then "وأعرب … عن أمله …"، "أشاد الوزير …".
        The first telling of the meeting gives its place; later ones may name a topic (بحث الاوضاع في اليمن)."""
        meetings: list[Draft] = []
        out: list[Draft] = []
        for d in drafts:
            if (
                d.plover_type == "CONSULT"
                and any(_same_date(m, d) or self._same_sides_near(m, d) for m in meetings)
                and self._during_the_meeting(d)
            ):
                # "وجرى خلال اللقاء بحث الاوضاع في اليمن": the meeting told again, with its topic (and "ان
                # الجانبين بحثا خلال الاجتماع …" right after it, whatever day the sentence inherits)
                continue
            out.append(d)
            if d.place_index is None and d.status == "occurred" and d.actor1 is not None:
                sides = {d.actor1.code, d.actor2.code if d.actor2 is not None else None}
                held = next(
                    (
                        m for m in meetings
                        if _same_date(m, d) and {m.actor1.code, m.actor2.code if m.actor2 else None} & sides - {None}
                    ),
                    None,
                )  # fmt: skip
                if held is not None:
                    d.place_index, d.inherited_place = held.place_index, True
            if d.plover_type == "CONSULT" and d.status == "occurred" and d.place_index is not None:
                if d.actor1 is not None and not d.inherited_place:
                    meetings.append(d)
        return out

    def _said_at_the_meeting(self, drafts: list[Draft]) -> None:
        """ "اتفقت الحكومتان على …. جاء ذلك خلال لقاء رئيس الوزراء بالرئيس …": the acts of the sentence before
        were made at the meeting the next one tells — they take its day, unless they write one of their own.
        And "بحث في اتصال هاتفي مع …، مضيفا ان بان اكد خلال الاتصال الذي جرى مساء اول من امس …": the call an
        act dated in its sentence was made during took place that day."""
        for e in drafts:
            if e.date is None or e.date.basis not in ("explicit", "relative") or e.status != "occurred":
                continue
            told = self.text[e.clause.start : e.clause.end].split()
            if not any(
                a.lstrip("و") in ("خلال", "اثناء") and b in _CALLS_AND_MEETINGS
                for a, b in zip(told, told[1:], strict=False)
            ):
                continue
            for d in drafts:
                if (
                    d.plover_type == "CONSULT"
                    and d.status == "occurred"
                    and d.clause.sentence == e.clause.sentence
                    and d.trigger.nspan.start < e.trigger.nspan.start
                    and d.date is not None
                    and d.date.basis not in ("explicit", "relative")
                ):
                    d.date = e.date
        for d in drafts:
            if d.plover_type != "CONSULT" or d.status != "occurred" or d.date is None or d.actor1 is None:
                continue
            s, _ = self.doc.sentences[d.clause.sentence]
            opening = [w.lstrip("و") for w in self.text[s : d.trigger.nspan.start].split()]
            if opening[:2] not in (["جاء", "ذلك"], ["جاءت", "تصريحاته"], ["جاءت", "تصريحاتها"]):
                continue
            if opening[2:3] not in (["خلال"], ["في"], ["اثناء"]):
                continue
            sides = {d.actor1.code, d.actor2.code if d.actor2 is not None else None} - {None}
            for e in drafts:
                if (
                    e.clause.sentence == d.clause.sentence - 1
                    and e.status == "occurred"
                    and e.actor1 is not None
                    and e.actor1.code in sides
                    and (e.date is None or e.date.basis not in ("explicit", "relative"))
                ):
                    e.date = d.date

    @staticmethod
    def _same_sides_near(m: Draft, d: Draft) -> bool:
        """Two acts between the same two sides, told within two sentences."""
        if m.actor1 is None or d.actor1 is None or m.actor2 is None or d.actor2 is None:
            return False
        return {m.actor1.code, m.actor2.code} == {d.actor1.code, d.actor2.code} and (
            0 <= d.clause.sentence - m.clause.sentence <= 2
        )

    def _during_the_meeting(self, d: Draft) -> bool:
        """The trigger's clause says "during the meeting" (خلال اللقاء، خلال الاجتماع) before it or right after it
        ("ان الجانبين بحثا خلال الاجتماع …"): a meeting told before."""
        end = d.trigger.nspan.end
        # (the trigger may be the noun itself; the words right after a verb of talks say where they were held)
        after = self.text[end : d.clause.end].split()[:2] if _entry(d.trigger).get("pos") == "verb" else []
        words = self.text[d.clause.start : end].split() + after
        return any(
            a in ("خلال", "وخلال") and b in _MEETING_NOUNS for a, b in zip(words, words[1:], strict=False)
        )

    def _without_restated_headlines(self, drafts: list[Draft]) -> list[Draft]:
        """A headline ("الجبير يناقش في الكرملين …") announces what the body then reports with its date,
        status and place: the body's event stands for it. A headline the body does not restate stays."""
        doc = self.doc

        def headline(d: Draft) -> bool:
            return d.clause.start < doc.body_start or d.clause.sentence in doc.headings

        body = [d for d in drafts if not headline(d)]
        return [
            d
            for d in drafts
            if not headline(d)
            or not any(
                b.plover_type == d.plover_type
                and b.actor1 is not None
                and d.actor1 is not None
                and b.actor1.code == d.actor1.code
                and (d.actor2 is None or b.actor2 is None or b.actor2.code == d.actor2.code)
                for b in body
            )
        ]

    def _right_after_subject(self, c: Clause, trig: Mention) -> bool:
        if trig.data.get("prefix", "") not in ("", "س"):
            return False  # و، ب، ال …: not a bare verb form (the future سـ is: "ان الوزير سيلتقي نظيره")
        sides = c.of("actors")
        if c.toponyms:
            sides = sorted((*sides, *self._bare_states(c)), key=lambda m: m.nspan.start)  # ("العراق يرفض …")
        before = [m for m in sides if m.nspan.end <= trig.nspan.start]
        # ("اكدت لداود اوغلو دعم بلادها": the side told, right before the act, is not its subject; "وكانت
        # الخارجية قد هددت ايران": قد between them is the verb's own)
        return (
            bool(before)
            and self.text[before[-1].nspan.end : trig.nspan.start - len(trig.data.get("prefix", ""))].strip()
            in ("", "قد")
            and not self._governed(before[-1])
            and not self._where(before[-1])  # ("خلال لقائه نظيره امس في باريس دعم …": where, not who)
        )

    def _obliged(self, c: Clause, m: Mention) -> bool:
        """ "على حزب العمال الكردستاني إعلان التزامه بوقف إطلاق النار"، "ان على الحكومة وقف …": what a side must
        do, in another's words, is no act of that side."""
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        before = [a for a in c.of("actors") if a.nspan.end <= word_start]
        if not before:
            return False
        a = before[-1]
        # the side, then at most what it must do ("اعلان التزامه ب…") before the act
        if len(self.text[a.nspan.end : word_start].split()) > _OBLIGED_REACH:
            return False
        head = self.text[max(0, a.nspan.start - len(a.data.get("prefix", "")) - 20) : a.nspan.start].split()[
            -2:
        ]
        # ("انه على حكومة اسرائيل دعم الاستيطان": the side after the head of its state)
        return head[-1:] == ["علي"] or (head[:1] == ["علي"] and head[-1] in _STATE_HEADS)

    def _backdrop(self, m: Mention) -> bool:
        """ "اكد بعد محادثات في موسكو ان …", "خلال مؤتمر صحفي": talks named as the setting of a statement are its
        backdrop (reported on their own where they happen), and a press conference is no meeting."""
        if _entry(m).get("pos") != "noun":
            return False
        at = m.nspan.start
        before = self.text[at - 12 if at > 12 else 0 : at].split()[-1:]
        after = self.text[m.nspan.end : m.nspan.end + 8].split()[:1]
        if any(w in ("صحفي", "صحافي") for w in after):
            return True
        if not any(w in _SETTING for w in before):
            return False
        follows = (self.text[m.nspan.end : m.nspan.end + 8].split() or [""])[0]
        if m.data["entry"].id == "phone_call" and (
            follows in ("مع", "بين", "جري", "جرت")
            or (
                follows in _RELATIVES
                and self.text[m.nspan.end : m.nspan.end + 30].split()[1:2] in (["جري"], ["جرت"])
            )
        ):
            # "قولها خلال مكالمة هاتفية مع رئيس الوزراء"، "بعد اتصال هاتفي جرى بين الرئيسين": a call is told only
            # where it sets a statement or another act
            return False
        # "اكد خلال اجتماعه امس في الرياض مع …": a meeting the sentence dates itself is reported here
        exprs = find_time_expressions(self.text, m.nspan.end, min(len(self.text), m.nspan.end + 30))
        return not (exprs and len(self.text[m.nspan.end : exprs[0].start].split()) <= 1)

    def _not_defeated(self, trig: Mention, target: Mention) -> Mention | None:
        """The counterpart of a welcome or a praise, unless it is the side defeated in the victory welcomed
        ("رحب بتحرير المدينة من داعش"، "اشاد بدحر الحوثيين"): a verbal noun of victory between them."""
        if target.nspan.start <= trig.nspan.end:
            return target
        for w in self.text[trig.nspan.end : target.nspan.start].split():
            w = w.removeprefix("و")
            if w[:1] in ("ب", "ل"):
                w = w[1:]
            if w.removeprefix("ال") in _VICTORY_NOUNS or w in _VICTORY_NOUNS:
                return None
        return target

    def _named(self, c: Clause) -> list[Mention]:
        named = [m for m in c.of("actors") if not is_generic(m) and not self._outlet(m)]
        states = self._bare_states(c) if c.toponyms else ()
        return sorted(named + states, key=lambda m: m.nspan.start) if states else named

    def _outlet(self, m: Mention) -> bool:
        """A quoted name right after a statement told to it (في تصريح لـ"الرياض"، في حديث لـ«عكاظ»، في مقابلة مع
        "الحياة") is the newspaper or channel that carried it, not a side: "الرياض" there is no Saudi government."""
        start = m.nspan.start - len(m.data.get("prefix", ""))
        lo = start - 24
        window = self.text[lo if lo > 0 else 0 : start]
        if window.rstrip()[-1:] not in ('"', "«", "“"):
            return False  # (an outlet's name is quoted: "في تصريح لوزير الخارجية" is the minister's own)
        before = window.translate(QUOTES_TO_SPACES).replace("ـ", "").split()
        return len(before) >= 2 and (
            (before[-1] == "ل" and before[-2] in _STATEMENTS)
            or (before[-1] == "مع" and before[-2] in ("مقابله", "مقابلته"))
        )

    def _state_as_side(self, c: Clause, start: int) -> bool:
        """The word before a bare state name (at ``start``, with its prefix) makes it a side: an act or a side
        right before it, but for a time word ("اتهم العراق"، "اتهمت روسيا امس اليمن"، "روسيا وسوريا"), or مع
        not after a border ("محادثات مع سوريا", not "الحدود مع سوريا"); after a noun it governs ("خارج حدود
        سوريا"، "مستقبل اليمن") or a preposition (في العراق) it is a place."""
        mentions = c.of("triggers") + c.of("actors")
        end, skipped = start, False
        while True:
            before = self.text[max(c.start, end - 30) : end].rstrip()
            word = before.split()[-1:] if before else []
            if not word:
                return False
            w = word[0]
            ws = max(c.start, end - 30) + len(before) - len(w)
            we = ws + len(w)
            if w in ("مع", "ومع"):
                # (and "حدودها البالغة 900 كلم مع سوريا")
                return _BORDERS.isdisjoint(self.text[max(c.start, ws - 40) : ws].split()[-4:])
            if any(m.nspan.start < we and ws < m.nspan.end for m in mentions):
                return True
            if skipped or w.lstrip("و") not in _STATE_SIDE_SKIPPED:
                return False
            end, skipped = ws, True

    def _threatened_state(self, c: Clause, trig: Mention, actor1: Actor) -> Actor | None:
        """The state a threat or warning is made against, named only by the adjective of the aggression it
        answers: "توعد بالرد على اي عدوان امريكي"، "حذر من اي تدخل عسكري تركي" — that state's government."""
        if _entry(trig).get("plover_type") != "THREATEN":
            return None
        m = _ANY_AGGRESSION.search(self.text, trig.nspan.end, c.end)
        if m is None or self._words(trig.nspan.end, m.start()) > _AGGRESSION_REACH:
            return None
        state = state_of_nationality("ال" + m.group(1))
        if state is None or state == actor1.country:
            return None
        return Actor(
            code=f"{state}GOV",
            name=f"Government of {COUNTRY_NAMES.get(state, state)}",
            inter=INTER_STATE,
            country=state,
        )

    def _state_of_object(
        self, c: Clause, trig: Mention, agent: Mention | None, actor1: Actor
    ) -> Actor | None:
        """What a stance is taken on, right after the act (and its subject), a noun with a state's nationality
        adjective: that state's government ("انتقد الوزير التدخل الايراني"، "رحبت بالمبادرة الروسية"، "ايد
        حلفاء غربيون الاجراءات التركية") — not an act of war ("ادان الغارات التركية": its forces')."""
        at = trig.nspan.end
        if agent is not None and agent.nspan.start >= at:
            at = agent.nspan.end
        words = list(islice(_NONSPACE.finditer(self.text[at : c.end]), _STANCE_REACH))
        # (the first noun with an adjective after the act, past a name and a time word; not past a preposition,
        # "that" or a comma: "رفضت الدعوة الى الحوار الوطني السوري")
        k = next(
            (
                j
                for j in range(len(words) - 1)
                if words[j].group().startswith(("ال", "بال", "لل"))
                and words[j + 1].group().startswith("ال")
                and state_of_nationality(words[j + 1].group().rstrip(_PUNCTUATION)) is not None
            ),
            None,
        )
        if k is None or any(
            w.group() in _PREPOSITIONS or w.group() in _STANCE_STOPS or w.group()[-1] in _PUNCTUATION
            for w in words[:k]
        ):
            return None
        state = state_of_nationality(words[k + 1].group().rstrip(_PUNCTUATION))
        if state is None or state == actor1.country or words[k].group()[-1] in _PUNCTUATION:
            return None
        ns, ne = at + words[k].start(), at + words[k].end()
        if any(
            m.nspan.start < ne and ns < m.nspan.end and _entry(m).get("category") != "political"
            for m in c.of("triggers")
        ):
            return None  # (an act of war: its forces')
        return Actor(
            code=f"{state}GOV",
            name=f"Government of {COUNTRY_NAMES.get(state, state)}",
            inter=INTER_STATE,
            country=state,
        )

    def _gives(self, c: Clause, start: int) -> bool:
        """A verb of giving or sending right before ``start`` ("وقدمت اليابان 20 مليون دولار"، "وارسلت كندا
        مساعدات"): the state named after it is its subject, the giver of the aid (a bare verb, no trigger)."""
        before = self.text[max(c.start, start - 12) : start].split()
        if not before:
            return False
        verb = before[-1]
        return verb in _GIVING_VERBS or (verb[:1] in "وف" and verb[1:] in _GIVING_VERBS)

    def _state_acts(self, c: Clause, start: int, end: int) -> bool:
        """A bare state name opening the clause or what is said (after ان), right before an act: its subject,
        as headlines and quotations write ("العراق يرفض …"، "قال الوزير ان سوريا تدعم المبادرة")."""
        after = self.text[end : min(c.end, end + 4)]
        if not after[:1].isspace() or not any(
            m.nspan.start - len(m.data.get("prefix", "")) == end + 1 for m in c.of("triggers")
        ):
            return False
        before = self.text[max(c.start, start - 12) : start].replace('"', " ").split()
        return not before or before[-1] in _THAT

    def _bare_states(self, c: Clause) -> list[Mention]:
        """The bare names of the states the press reports the wars of (سوريا، العراق، اليمن، ليبيا، بغداد), not
        in the actors lexicon (there they would be the side of every act told in them: "قصف في سوريا"), are
        their governments as sides of a political act, as other states' names are: "اتهم العراق امس تركيا …"،
        "وقعت روسيا وسوريا اتفاقا". Where such a name is the place of the act (في سوريا) or part of another
        side's name (مندوب سوريا لدى الامم المتحدة), the rules for a state's name hold as for روسيا."""
        out: list[Mention] = []
        for i in c.toponyms:
            t = self.doc.toponyms[i]
            entry_id = _BARE_STATES.get(t.name)
            giver = False
            if entry_id is None and self._country_named(i):
                # ("ادانت اليابان الهجوم"، "قدمت هولندا مساعدات"): a state the lexicon names by its government only
                entry_id = _government_entries().get(self.doc.places[i].country)  # type: ignore[union-attr]
                giver = True
            if entry_id is None or t.type_word or t.start < c.start or t.end > c.end:
                continue
            if any(m.nspan.start < t.end and t.start < m.nspan.end for m in c.of("actors")):
                continue  # (within another side's name)
            surface = t.surface
            prefix = surface[: len(surface) - len(t.name)] if surface.endswith(t.name) else ""
            if not (
                self._state_as_side(c, t.start - len(prefix))
                or self._state_acts(c, t.start - len(prefix), t.end)
                or giver
                and self._gives(c, t.start - len(prefix))
            ):
                continue
            entry = _actor_entries().get(entry_id)
            if entry is None:
                continue
            starts = self.doc.norm.starts
            out.append(
                Mention(
                    "actors",
                    Span(starts[t.start], starts[t.end - 1] + 1),
                    t.name,
                    Span(t.start, t.end),
                    {"entry": entry, "prefix": prefix, "suffix": ""},
                )
            )
        return out

    def _a_body(self, m: Mention) -> bool:
        """A side named as a body, never a person's name a title stands before: an international body, a state
        or a body with a singular head (_singular_body), a body's head noun, a group named in the plural
        ("الحوثيين")."""
        if (m.data["entry"].get("code") or "").startswith("IGO") or self._singular_body(m):
            return True
        head = (self.text[m.nspan.start : m.nspan.end].split() or [""])[0]
        bare = head[2:] if head.startswith("ال") else head
        return (
            bare in _BODY_HEADS or bare in _BODIES or (len(head) > 6 and head.endswith(("يين", "ين", "ون")))
        )

    def _singular_body(self, m: Mention) -> bool:
        """A side a verb with the plural ending cannot have as its subject: a state named by its country or
        capital, or a body named by a singular head ("الطيران الروسي"، "تنظيم داعش"، "الجيش"، "النظام")."""
        head = (self.text[m.nspan.start : m.nspan.end].split() or [""])[0]
        return (head[2:] if head.startswith("ال") else head) in _SINGULAR_BODIES or self._is_country_alias(m)

    def _speaker(
        self,
        clauses: list[tuple[Clause, int | None]],
        said: bool = False,
        plural: bool = False,
        asked: str | None = None,
        bodies: bool = False,
    ) -> Actor | None:
        """The sentence's speaker: the first side named in its clauses so far (in a clause with an act, before
        the act) that is no place ("قبل بكين"، "في الرياض": where, not who), has a code and is no civilian;
        ``said``: before what is said (ان …) in the sentence ("واعتبر ادريس ان …، … تقودها ايران": not Iran);
        ``plural``: for a verb with the plural ending, no state or singular body, nor the side of code ``asked``
        it acts on ("يتخوف الاهالي في الاحياء الخاضعة لسيطرة قوات الاسد …، ويطالبون قوات الاسد بـ…");
        ``bodies``: a named civil body is a speaker too ("وقال نقيب الصحفيين: ان النقابة تطالب …")."""
        for c, before in clauses:
            that = None
            if said:
                that = next(
                    (w for w in _NONSPACE.finditer(self.text[c.start : c.end]) if w.group() in _THAT), None
                )
                if that is not None:
                    before = min(before or c.end, c.start + that.start())
            actors = [
                m
                for m in self._named(c)
                if (before is None or m.nspan.end <= before)
                and not self._where(m)
                and not self._governed(m)
                and not (
                    plural and (self._singular_body(m) or (asked and m.data["entry"].get("code") == asked))
                )
            ]
            if actors:
                first = self._actor(actors[0])
                if first.code and (not first.code.endswith("CVL") or bodies and _speaking_body(first)):
                    return first
            if that is not None:
                return None  # (the sides after it are in what is said)
        return None

    def _noun_is_event(self, c: Clause, trig: Mention) -> bool:
        if self._prepared(c, trig):
            return True  # "يستعد وزير الخارجية لزيارة القاهرة": the act got ready for (planned)
        if trig.data.get("prefix", "").lstrip("وف").startswith("ل"):
            return False  # "للمطالبة برحيل" (to demand): a purpose, not an act
        if trig.data["entry"].id in _MUST and trig.norm != "ضروره":
            return self._said_must(c, trig)
        if (
            trig.data["entry"].id == "aid"
            and _MONEY.match(trig.norm)
            and self._money_given(trig, _MONEY_GIVING - _MONEY_GIVING_NOUNS)
        ):
            return (
                True  # "وخصصت الحكومة مبلغ 10 ملايين دولار لاغاثة النازحين": the verb of giving tells the act
            )
        if (
            _entry(trig).get("plover_type") in _SPEECH_ACTS
            and not trig.data.get("prefix")
            and _possessed(trig)
            and _words_before(self.text, trig, 1, chars=8) == ["في"]
        ):
            return (
                False  # "ضم صوته الى صوت النقابة في مطالبتها …": in its demand, a stance named, no act told
            )
        if trig.data["entry"].id == "phone_call" and self._call_with(c, trig):
            return (
                True  # "قولها خلال مكالمة هاتفية مع رئيس الوزراء التركي": a call with a side named is talks
            )
        if (
            trig.data["entry"].id in ("talks_noun", "meeting_noun")
            and self._call_with(c, trig)
            and self._doer_after_fronted(c, trig) is not None
        ):
            return True  # "وفي لقاء مع وزير الخارجية الايراني، اكد الوزير العماني …": talks fronted, held by the subject
        if self._proposed(trig) is not None:
            # "وتقدمت الجزائر امس بمبادرة لحل الازمة": an initiative put forward (by the side named after من قبل
            # when passive, "تم طرح مبادرة من قبل …", not by the one who tells it)
            return not self._proposed(trig)
        if self._contained(c, trig):
            return False  # "وتتضمن المبادرة التي اعلن عنها، وقف اطلاق النار": what a proposal holds
        if self._aid_carrier(c, trig) is not None:
            return True  # "وصلت سفينة اماراتية محملة بالمساعدات الى ميناء عدن": aid delivered
        if trig.data["entry"].id == "suspect_identified":
            # "تعرفت الشرطة على هوية مشتبه به"، "تم تحديد هوية منفذ الهجوم" (not "ما زالت هوية المهاجم مجهولة")
            words = _words_before(self.text, trig, 4, chars=50)
            return any(w.lstrip("و") in _IDENTIFYING for w in words)
        accusative = trig.norm.endswith("ا") and not trig.norm.endswith("وا") and " " not in trig.norm
        if self._responded_by(trig):
            return True  # "حمل الامر بارزاني على الرد بمطالبة حزب العمال …": the response is the demand
        if accusative and self._met_with(c, trig) is not None:
            return True  # "ولقي نداء الزعيم تجاوبا من رئيس الحكومة": the response is the act of the side after من
        if (
            _entry(trig).get("plover_type") in _SPEECH_ACTS
            and not accusative  # "تعد … القوات المواليه تهديدا": a noun in the accusative is no verb
            # ("الحكومة لابد ان تتحمل …"، "ميثاق الامم المتحدة لابد من …": a side before لابد، يجب على is the one
            # that must act, or names the rule — never the speaker who asks; ضرورة is the noun a verb before
            # states: "اكد الوزير … بعد محادثات في موسكو ضرورة …")
            and (trig.data["entry"].id != "necessity" or trig.norm == "ضروره")
            and self._right_after_subject(c, trig)
        ):
            return (
                True  # "الجبير استبعد …": a form the lexicon files as a noun, used as the verb of its subject
            )
        if (
            not accusative
            and " " not in trig.norm
            and not trig.data.get("prefix")
            and self._pluperfect(c, trig)
        ):
            return True  # "وكان البيت الابيض قد هدد …": قد stands before a verb only
        if (
            not accusative
            and " " not in trig.norm
            and trig.data.get("prefix", "") in ("", "س")
            # (or the perfect that shows its person: "ان بلاده طلبت من الامم المتحدة …")
            and (trig.norm.startswith(("ي", "ت")) or trig.norm.endswith("ت") and not trig.norm.endswith("ات"))
            and _words_before(self.text, trig, 1, chars=12) in ([w] for w in _OWN_STATE)
        ):
            return True  # "قال الوزير ان بلاده ترفض التدخل": the speaker's state, subject of the present verb
        if (
            # "وبحث الوزير مع نظيره": بحث, filed as a noun, is the perfect verb opening its clause
            (
                _entry(trig).get("plover_type") in _SPEECH_ACTS
                or trig.data["entry"].id == "discuss_noun"
                # a perfect that shows its person (حشدت، تنازلت، وافقوا), filed with the nouns
                or trig.norm.endswith("وا")
                or (trig.norm.endswith("ت") and not trig.norm.endswith("ات"))
                or trig.norm in _PERFECTS
            )
            and not accusative
            and " " not in trig.norm  # "بناء علي طلب": a prepositional phrase, not a verb
            and not trig.norm.startswith("ال")
            and (self._opens_clause(c, trig) or self._right_after_subject(c, trig))
        ):
            # "اشاد الوزير عز الدين الاصبحي بالدعم": verb-first, its subject right after; "قال المسؤول ان تركيا
            # وافقت على …": the subject right before
            return True
        if (
            _entry(trig).get("plover_type") in _SPEECH_ACTS
            and (trig.norm.endswith("وا") or (trig.norm.endswith("ت") and not trig.norm.endswith("ات")))
            and (self.text[trig.nspan.end : trig.nspan.end + 8].split() or [""])[0] in ("فيها", "فيه")
        ):
            return (
                True  # "تقدمت الحكومة بشكوى الى مجلس الامن اتهمت فيها ايران …": the perfect of an act in it
            )
        last = self.drafts[-1] if self.drafts else None
        if (
            (trig.norm.endswith("وا") or (trig.norm.endswith("ت") and not trig.norm.endswith("ات")))
            and " " not in trig.norm
            and trig.data.get("prefix", "").startswith("و")
            and not self.text[c.start : trig.nspan.start - len(trig.data["prefix"])].split()
            and last is not None
            and last.clause.sentence == c.sentence
            and last.clause.index < c.index
        ):
            return True  # "ورفضت المعارضة المبادرة، واتهمت النظام …": a perfect going on with the act told before
        if not trig.norm.startswith("ال") and _in(
            (self.text[trig.nspan.end : trig.nspan.end + 16].split() or [""])[0], _DUAL_SIDES
        ):
            return True  # "واتفق الرئيسان": a dual subject in the nominative follows a verb, never a noun
        if trig.norm in _DUALS and self._dual_before(trig):
            return True  # "ان الجانبين اتفقا على …": a dual verb after its dual subject
        if trig.norm in _STATED_PERFECTS and trig.data.get("prefix") == "و":
            word_start = trig.nspan.start - 1
            if self.text[max(c.start, word_start - 3) : word_start].rstrip().endswith(("،", ",")):
                return True  # "قال الوزير ان الحكومة استعادت المدينة، وتوعد المتمردين بالرد"
        if _entry(trig).get("plover_type") in _SPEECH_ACTS and participle(trig.norm):
            # "داعيا منظمات الاغاثه الي …", "مطالبا بـ…": an active participle reports the speaker's act
            # itself; a verbal noun ("دعما"، "تهديدا") only names one
            return True
        if self._pledged(c, trig):
            return True  # "تعهدت الولايات المتحدة بدعم الحكومة": support pledged
        if trig.norm.startswith("عن ") and self._expressed(c, trig):
            return True  # "واعرب … خلال اللقاء، عن امله في ان …": the verb is in the clause before
        if _entry(trig).get("plover_type") in _SPEECH_ACTS and self._affirmed(c, trig):
            return True  # "واكد الامين العام امس دعم مسار …"، "جددت المملكه رفضها …": the stance stated
        if c.date is not None and c.date.basis in ("explicit", "relative"):
            # the date must be the noun's own: right after it ("مفاوضات يوم الاثنين") or the clause's head
            exprs = find_time_expressions(self.text, trig.nspan.end, min(c.end, trig.nspan.end + 40))
            gap = self.text[trig.nspan.end : exprs[0].start].split() if exprs else []
            # (not the day it ended: "الهدنة الانسانية التي انتهت بنهاية امس")
            if exprs and len(gap) <= 3 and _ENDED.isdisjoint(w.lstrip("و") for w in gap):
                return True
        if self._talks_held_after(c, trig):
            return True  # "الجولة الاخيرة من المفاوضات بين وفدي الحزبين … ستجري اليوم"
        # the light verb may stand before its subject and a date: "واعلنت قياده التحالف العربي امس الاول هدنه"
        at = trig.nspan.start
        lo = at - 70
        before = self.text[lo if lo > c.start else c.start : at].split()[-_LIGHT_REACH:]
        for k, w in enumerate(before):
            if w in _DECLARING_NOUNS and k and self._takes_object(c, before[k - 1], at):
                continue  # "حاولوا استغلال اعلان الهدنة"، "رفض اعلان الهدنة": what is done with a declaration
            if w in _LIGHT_VERBS:
                return True  # (a verb that begins with و itself: "وقعت السعودية وفرنسا اتفاقية")
            if w.lstrip("وف") in _AID_SENDING and trig.data["entry"].id == "aid":
                return True  # "ارسلت السعودية اربع طائرات اغاثية الى عدن": aid sent is aid given
            if w.lstrip("و") in ("تلقي", "تلقت") and trig.data["entry"].id == "phone_call":
                return True  # "تلقى ولي العهد امس اتصالا هاتفيا من الرئيس": a call is talks, whoever made it
            w = w[1:] if w[:1] in ("و", "ف") else w
            if w in _LIGHT_VERBS:
                return True
            if w in _INTENDING and len(before) - k - 1 <= 4:
                return True  # "وتعتزم روسيا استضافة محادثات …": the act intended, past its subject (planned)
            if w in _LIGHT_FUTURE and self._future_dated(c):
                return (
                    True  # "ويبدا وزير الخارجية الايراني غدا جولة خليجية": the plain imperfect, dated ahead
                )
            if w[:1] == "س" and w[1:] in _LIGHT_FUTURE:
                # the future light verb's own object: "سيقوم … بزيارة" (bi-), "ستجري محادثات" (right after);
                # not a noun its clause only names ("سيقوم كل وفد بعرض تقرير"، "ستقوم عند الضرورة بطلعات")
                if w[1:] in ("يقوم", "تقوم", "يقومون"):
                    if trig.data.get("prefix", "").lstrip("وف").startswith("ب"):
                        return True
                elif len(before) - k - 1 <= 3:
                    return True
        return False

    def _talks_held_after(self, c: Clause, trig: Mention) -> bool:
        """A noun of talks between two sides named with بين, then the light verb it is the subject of ("المفاوضات
        بين وفدي الحزبين بخصوص تشكيل الحكومة ستجري اليوم"، "… جرت امس"): the talks are told as held."""
        if _entry(trig).get("plover_type") != "CONSULT" or _entry(trig).get("pos") != "noun":
            return False
        after = [m for m in self._named(c) if m.nspan.start >= trig.nspan.end]
        if not after:
            return False
        gap = self.text[trig.nspan.end : after[0].nspan.start].translate(QUOTES_TO_SPACES).split()
        pair = self._talks_between(trig, after, gap)
        if pair is None:
            return False
        if gap[:1] and gap[0] in _RELATIVES:
            return True  # "المكالمة الهاتفية التي جرت بين الرئيسين": held (_talks_between took its verb)
        rest = self.text[pair[1].nspan.end : c.end].split()[:_TALKS_HELD_REACH]
        return any(_held(w) for w in rest)

    def _among(self, c: Clause, trig: Mention) -> tuple[Mention, Mention | None] | None:
        """A subject of many right after the act, with the sides among them named ("وايد حلفاء غربيون بينهم حلف
        شمال الاطلسي والولايات المتحدة الاجراءات التركية"): the first of them acts (with the others named with it);
        the counterpart is a side after them."""
        words = list(islice(_NONSPACE.finditer(self.text[trig.nspan.end : c.end]), 4))
        k = next((k for k, w in enumerate(words) if w.group() in ("بينهم", "بينها", "منهم", "ومنهم")), None)
        if k is None or k == 0:
            return None
        at = trig.nspan.end + words[k].end()
        named = [m for m in self._named(c) if m.nspan.start >= at]
        if (
            not named
            or self.text[at : named[0].nspan.start - len(named[0].data.get("prefix", ""))].split()
            or any(m.nspan.start < at for m in self._named(c) if m.nspan.start >= trig.nspan.end)
        ):
            return None
        prev, rest = named[0], named[1:]
        while rest and self._joined(prev, rest[0]):
            prev, rest = rest[0], rest[1:]
        return named[0], (rest[0] if rest else None)

    def _call_with(self, c: Clause, trig: Mention) -> bool:
        """A phone call with a side named right after مع: "مكالمة هاتفية مع رئيس الوزراء التركي"; or between two
        sides: "محادثة هاتفية بين الرئيس الاميركي … ونظيره التركي"، "اتصال هاتفي جرى بين الرئيسين …"."""
        words = list(islice(_NONSPACE.finditer(self.text[trig.nspan.end : c.end]), 2))
        if words and words[0].group() in ("جري", "جرت") and len(words) == 2:
            words = words[1:]  # ("اتصال هاتفي جرى بين …")
        if not words or words[0].group() not in ("مع", "بين"):
            return False
        at = trig.nspan.end + words[0].end()
        side = next((m for m in self._named(c) if m.nspan.start >= at), None)
        return (
            side is not None
            and not self.text[at : side.nspan.start - len(side.data.get("prefix", ""))].split()
        )

    def _said_must(self, c: Clause, trig: Mention) -> bool:
        """What a speaker says must be done, after his ان: "قال الوزير إن على الحكومة وقف القصف"، "اكد انه لابد
        من وقف القصف"، "انه يجب على الاطراف …" — with the side that must act named right after على (not "انه
        على استعداد"، "ان على رأس"); a side before the necessity ("الحكومة لابد ان تتحمل …") is no speaker's."""
        prefix = trig.data.get("prefix", "").lstrip("وف")
        if trig.data["entry"].id == "obligation":
            if prefix not in ("", "ب"):
                return False  # "كان على الحكومة": what it had to do; "لان على": because
        elif prefix or (
            _THAT.isdisjoint(_words_before(self.text, trig, 1, chars=12))
            and not self._must_after_subject(trig)
        ):
            return False
        if not _must_side(trig):
            return (self.text[trig.nspan.end : trig.nspan.end + 8].split()[:1] or [""])[
                0
            ] == "من" or self._must_after_subject(trig)
        side = next((m for m in self._named(c) if m.nspan.start >= trig.nspan.end), None)
        return (
            side is not None
            and not side.data.get("prefix", "")
            and not self.text[trig.nspan.end : side.nspan.start].split()
        )

    def _must_after_subject(self, trig: Mention) -> bool:
        """A necessity with its subject fronted after the speaker's ان, what it must do after ان or من ("وقال
        الوزير ان القوات المقاتلة على الارض لابد وان تحظى بدعم دولي"): the speaker asks for it."""
        if trig.data["entry"].id != "necessity" or trig.norm == "ضروره":
            return False
        after = self.text[trig.nspan.end : trig.nspan.end + 8].split()[:1]
        if not after or after[0] not in ("ان", "وان", "من"):
            return False
        words = _words_before(self.text, trig, _MUST_SUBJECT_REACH + 1, chars=90)
        k = next((k for k in range(len(words) - 1, -1, -1) if words[k] in _THAT), None)
        # (the subject between, no verb of its own told: no comma, no relative clause)
        return (
            k is not None
            and k < len(words) - 1
            and not any(w[-1] in _PUNCTUATION or w in _RELATIVES for w in words[k + 1 :])
        )

    def _speaker_and_fronted(self, c: Clause, trig: Mention) -> tuple[Mention | None, Mention | None]:
        """The sides of a necessity fronted by its subject (see _must_after_subject): the speaker, the last side
        named before ان in the clause, and the side the subject opens with right after ان."""
        words = list(_NONSPACE.finditer(self.text, c.start, trig.nspan.start))
        k = next((k for k in range(len(words) - 1, -1, -1) if words[k].group() in _THAT), None)
        if k is None:
            return None, None
        that = words[k].start()
        actors = self._named(c)
        speaker = next((m for m in reversed(actors) if m.nspan.end <= that), None)
        # (the subject's own head, right after ان: not a side named within it, "ان القوات المناهضة لتنظيم داعش")
        after = words[k].end() + 1
        fronted = next((m for m in actors if m.nspan.start - len(m.data.get("prefix", "")) == after), None)
        return speaker, fronted

    def _pledged(self, c: Clause, trig: Mention) -> bool:
        """Support, aid or a mobilization a side pledges (تعهد، وعد، التزم) with bi-: "تعهدت الولايات المتحدة
        امس بدعم الحكومة"، "وعدت السعودية بتقديم حزمة مساعدات"، "ووعد بمواصلة تعزيز الامن" — the act pledged,
        planned, told that day by the side that pledged it."""
        if _entry(trig).get("plover_type") not in _PLEDGED:
            return False
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        # (in the sentence: "ووعد داود اوغلو الذي يبدا الثلاثاء جولة في المنطقة، امام الصحافيين بمواصلة …")
        s, _ = self.doc.sentences[c.sentence]
        lo = word_start - 200
        words = self.text[lo if lo > s else s : word_start].replace('"', " ").split()[-24:]
        k = next((k for k in range(len(words) - 1, -1, -1) if _in(words[k], _PLEDGES)), None)
        if k is None or not _THAT.isdisjoint(words[k + 1 :]):
            return False  # ("تعهد بان …": what follows ان is said, not pledged)
        # the act pledged with bi- ("بدعم") or the verbal noun that brings it ("بتقديم حزمة مساعدات")
        return trig.data.get("prefix", "").lstrip("وف").startswith("ب") or any(
            w[:1] == "ب" and len(w) > 3 for w in words[k + 1 :]
        )

    def _proposed(self, trig: Mention) -> bool | None:
        """An initiative a verb puts forward, past its subject ("طرحت الحكومة مبادرة"، "وتقدمت الجزائر بمبادرة"):
        whether that verb is a passive's ("تم طرح مبادرة من قبل …"); None when no such verb puts it forward."""
        if trig.data["entry"].id != "initiative":
            return None
        words = _words_before(self.text, trig, _LIGHT_REACH, chars=70)
        k = next((k for k in range(len(words) - 1, -1, -1) if _in(words[k], _PUTTING_FORWARD)), None)
        if k is None or (k > 0 and words[k - 1] in _PREPOSITIONS) or not _THIS.isdisjoint(words[k + 1 :]):
            return None  # ("استغرب من طرح مثل هذه المبادرات": the verbal noun, of initiatives told before)
        return k > 0 and _in(words[k - 1], _PASSIVE_AUXILIARIES)

    def _contained(self, c: Clause, trig: Mention) -> bool:
        """The act is what a plan, an initiative or an agreement holds, listed after a verb of holding earlier in
        the sentence ("وتتضمن مبادرة الحزب التي اعلن عنها، وقف اطلاق النار …، والتزام المقاومة … بالتزامن مع اعلان
        وقف اطلاق النار"): proposed, not done."""
        s, _ = self.doc.sentences[c.sentence]
        return not _CONTAINING.isdisjoint(
            w[1:] if w[:1] == "و" else w for w in self.text[s : trig.nspan.start].split()
        )

    def _standing_position(self, c: Clause, trig: Mention) -> bool:
        """A verb of speech in the present going on the report with و at the head of its sentence, its side right
        after it, with no speaker and no date of its own ("وتحث روسيا على تشكيل تحالف يضم الاسد"، "وتطالب السعودية
        برحيل الاسد"): the side's standing position, told as the news's background, not an act of the day."""
        prefix = trig.data.get("prefix", "")
        if (
            _entry(trig).get("plover_type") not in _SPEECH_ACTS
            or _entry(trig).get("pos") != "verb"
            or prefix != "و"  # (a lead in the present, "تدين المملكة بشدة …", is the day's statement)
            # the imperfect: يـ, or تـ with its masculine يـ among the entry's forms (not the perfect تعهد، توعد)
            or not (
                trig.norm[:1] == "ي"
                or (trig.norm[:1] == "ت" and "ي" + trig.norm[1:] in trig.data["entry"].keys)
            )
            or (c.date is not None and c.date.basis in ("explicit", "relative"))
        ):
            return False
        s, _ = self.doc.sentences[c.sentence]
        if self.text[s : trig.nspan.start - len(prefix)].strip():
            return False  # (not opening its sentence: "قال الوزير ان بلاده تدعو …" is said that day)
        side = next((m for m in c.of("actors") if m.nspan.start >= trig.nspan.end), None)
        return (
            side is not None
            and not self.text[trig.nspan.end : side.nspan.start - len(side.data.get("prefix", ""))].split()
        )

    def _aid_carrier(self, c: Clause, trig: Mention) -> tuple[int, int, bool] | None:
        """Aid a carrier brings that arrives ("ووصلت امس سفينة اماراتية محملة بنحو الفي طن من المساعدات الى ميناء
        عدن"، "رست في ميناء عدن سفينة تحمل الف طن من المساعدات"، "وصلت اول طائرة اغاثية سعودية الى المطار"، "نقلت
        طائرات سعودية مساعدات"): the aid is delivered — or is to be ("ينتظر ان تصل باخرة"). The carrier's span
        (normalized; the first of carriers coordinated, "ثلاث طائرات سعودية وطائرة اماراتية"), its verb before it in
        the clause, and whether it is still to come."""
        if trig.data["entry"].id != "aid":
            return None
        # (the carrier may open the form itself: "قافلة مساعدات")
        end = trig.nspan.start + len(trig.norm.split()[0]) if " " in trig.norm else trig.nspan.start
        words = list(_NONSPACE.finditer(self.text, c.start, end - len(trig.data.get("prefix", ""))))

        def carrier(w: str) -> bool:
            return _in(w, _CARRIERS) or _in(w.replace("ال", "", 1), _CARRIERS)

        for k in range(len(words) - 1, max(-1, len(words) - 1 - _CARRIED_REACH), -1):
            if not carrier(words[k].group()):
                continue
            # what it carries: the aid named with it ("قافلة مساعدات"، "طائرة اغاثية") or loaded on it
            if not self._carries(words[k + 1 :]):
                return None
            while (
                k >= 2
                and words[k].group()[:1] == "و"
                and carrier(words[k - 2].group())
                and self._carries(words[k - 1 : k])
            ):
                k -= 2  # "طائرات سعودية وطائرة اماراتية": the first carrier heads the subject
            brought = [b for x in words[max(0, k - _ARRIVED_REACH) : k] if (b := self._brings(x)) is not None]
            return (words[k].start(), words[k].end(), brought[-1]) if brought else None
        return None

    def _brings(self, verb: re.Match[str]) -> bool | None:
        """The verb tells a carrier brings what it carries: it arrives ("وصلت"، "رست") or carries ("نقلت"): False;
        it is to arrive ("ينتظر ان تصل"، "ستصل"): True (still to come); else None."""
        w = verb.group()
        if _in(w, _ARRIVING) or _in(w, _CARRYING):
            return False
        w = w[1:] if w[:1] in ("و", "ف") and len(w) > 4 else w
        if (w[:1] == "س" and w[1:] in _TO_ARRIVE) or (
            w in _TO_ARRIVE and self.text[max(0, verb.start() - 6) : verb.start()].split()[-1:] == ["ان"]
        ):
            return True
        return None

    @staticmethod
    def _carries(gap: list[re.Match[str]]) -> bool:
        """The words between a carrier and the aid tell it carries that aid: its nationality only ("قافلة
        مساعدات"، "طائرة سعودية اغاثية"), or a word of loading and the amount loaded ("محملة بنحو 2315 طنا من"،
        "تحمل 4700 طن من") — not a passenger (طائرة تحمل وزير الاغاثة) nor a trip's aim (لبحث المساعدات)."""
        words = [x.group() for x in gap]
        load = next((j for j in range(len(words) - 1, -1, -1) if words[j] in _LOADING), None)
        if load is None:
            return all(w in _OF_THE_UN or state_of_nationality_word(w) is not None for w in words)
        return all(
            w[:1].isdigit() or w in _AMOUNTS or (j == 0 and w[:1] == "ب")
            for j, w in enumerate(words[load + 1 :])
        )

    def _aid_donor(self, c: Clause, trig: Mention, carrier: tuple[int, int, bool]) -> Actor | None:
        """Who gives the aid a carrier brings (see _aid_carrier): the side it belongs to or is sent by, named
        after it ("سفينة تابعة لبرنامج الاغذية العالمي"، "المساعدات المقدمة من الهلال الاحمر"), else the
        government of its nationality ("سفينة اماراتية"، "طائرة اغاثية سعودية")."""
        for m in c.of("actors"):
            if carrier[1] < m.nspan.start and m.nspan.start - trig.nspan.end < 30:
                before = self.text[carrier[1] : m.nspan.start - len(m.data.get("prefix", ""))].split()[-1:]
                if before and before[0] in _GIVEN_BY:
                    return self._actor(m)  # (not "للنازحين": those it is for)
        for end in (carrier[1], trig.nspan.end):
            after = self.text[end : end + 30].split()[:1]
            if after and after[0].rstrip(_PUNCTUATION) in _OF_THE_UN:
                return Actor(code="IGOUNO", name="United Nations", inter=INTER_EXTERNAL)  # "قافلة اممية"
            state = state_of_nationality_word(after[0].rstrip(_PUNCTUATION)) if after else None
            if state is not None:
                return Actor(
                    code=f"{state}GOV",
                    name=f"Government of {COUNTRY_NAMES.get(state, state)}",
                    inter=INTER_STATE,
                    country=state,
                )
        return None

    def _without_aid_carriers(self, c: Clause, trigs: list[Mention]) -> list[Mention]:
        """The clause's acts, but the arrival of a carrier of aid delivered (see _aid_carrier): the aid is the
        act ("وصلت سفينة محملة بالمساعدات" tells no visit)."""
        carriers = [k for t in trigs if (k := self._aid_carrier(c, t)) is not None]
        if not carriers:
            return trigs
        first = min(k[0] for k in carriers)
        return [t for t in trigs if not (t.data["entry"].id in _TRAVEL and t.nspan.end <= first)]

    def _takes_object(self, c: Clause, word: str, before: int) -> bool:
        """``word``, right before a verbal noun of declaring, takes it as its object: a verb (حاولوا، ينتظر،
        سبقت), a verbal noun of a derived form (استغلال، انتظار، تاجيل) or an act of the lexicon (رفض، دعم)."""
        if not word or word[-1] in '،,:؛."»' or word.startswith("ال"):
            return False
        if any(
            m.norm == word and m.nspan.end <= before for m in c.of("triggers")
        ):  # (the word itself an act: "رفض اعلان")
            return True
        w = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
        verb = (
            w.endswith(("وا", "ون"))
            or (len(w) >= 4 and w.endswith("ت") and not w.endswith("ات"))
            or (len(w) >= 4 and w[0] == "ي")  # ينتظر، يرفض
        )
        verbal_noun = (
            (w.startswith("است") and len(w) >= 6 and w[-2] == "ا")  # استفعال: استغلال، استمرار
            or (len(w) == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")  # افتعال: انتظار، احترام
            or (len(w) == 5 and w[0] == "ت" and w[3] == "ي")  # تفعيل: تاجيل، تعطيل
        )
        return verb or verbal_noun

    def _future_dated(self, c: Clause) -> bool:
        published = self.doc.article.published
        d = c.date
        return (
            published is not None
            and d is not None
            and d.date is not None
            and d.basis in ("explicit", "relative")
            and d.date > published
        )

    def _opens_clause(self, c: Clause, trig: Mention) -> bool:
        """The verb opens its clause, its subject right after it: "اشاد الوزير …"، "فيما رفض الحوثيون …" (after
        a particle that opens a clause, the subject must follow at once, not after what the verb governs)."""
        words = self.text[c.start : trig.nspan.start - len(trig.data.get("prefix", ""))].split()
        # "كما بحث الوزير مع السفير …"، "واشاد الوزير بالدعم …": the subject told before, by its bare title right
        # after the verb
        titled = self.text[trig.nspan.end : trig.nspan.end + 12].split()[:1] in ([w] for w in _BARE_TITLES)
        if not words:
            return titled or self._actor_follows(c, trig)
        if " ".join(words) not in _OPENERS and not self._fronted(words):
            return False
        if titled:
            return True
        after = [m for m in c.of("actors") if m.nspan.start >= trig.nspan.end and not is_generic(m)]
        if not after:
            return False
        gap = self.text[trig.nspan.end : after[0].nspan.start - len(after[0].data.get("prefix", ""))].split()
        return (
            len(gap) <= 1
            and _OBJECT_WORDS.isdisjoint(gap)
            and not after[0].data.get("prefix", "").lstrip("و")
        )

    @staticmethod
    def _fronted(words: list[str]) -> bool:
        """The words before a verb are a fronted adverb or phrase of place or frame, not a clause of their own:
        "كذلك"، "وفي باكستان"، "من ناحية اخرى"، "وعلى الصعيد السياسي" (at most four words, the first a preposition)."""
        words = [w.strip("،,:") for w in words]
        if len(words) == 1 and _in(words[0], _FRONTED_ADVERBS):
            return True
        first = words[0][1:] if words[0][:1] in ("و", "ف") and words[0][1:] in _FRONTING else words[0]
        return (
            first in _FRONTING
            and 2 <= len(words) <= 4
            and _NOT_FRONTED.isdisjoint(w.lstrip("و") for w in words)
            and _WAS.isdisjoint(w.lstrip("و") for w in words)
        )

    def _passive(self, trig: Mention) -> bool:
        """جرى / تم + a verbal noun with the pronoun of what underwent it ("جرى عرقلتها"، "تم رفضه"): the
        passive, whose agent is not the sentence's speaker."""
        if trig.data["entry"].id == "consider_as" and self.text[trig.nspan.end : trig.nspan.end + 6].split()[
            :1
        ] in (["فيه"], ["فيها"]):
            return True  # "في بلد يعتبر فيه العمل الصحفي تهديدا": is held to be, by no one named
        before = self.text[max(0, trig.nspan.start - 8) : trig.nspan.start].split()[-1:]
        return (
            bool(before)
            and before[0].lstrip("و") in _PASSIVE_AUXILIARIES
            and not trig.data.get("prefix")
            and bool(trig.data.get("suffix") or trig.norm.endswith(("ه", "ها", "هم", "هما")))
        )

    def _object_follows(self, c: Clause, trig: Mention) -> bool:
        """A bare verb of diplomacy with its object a few words after it, past its subject ("حملت الحكومة
        اليمنية الحوثيين مسؤولية …"، "قطعت السعودية علاقاتها مع ايران"، "طردت الحكومة السفير"); any other
        trigger needs nothing."""
        heads = _OBJECT_NEEDED.get(trig.data["entry"].id)
        if trig.data["entry"].id == "attack_verb":
            end = self.doc.sentences[c.sentence][1]  # (past the commas of its subject: "هاجم الوزير، امس، …")
            words = islice(_NONSPACE.finditer(self.text, trig.nspan.end, end), _VERBAL_ATTACK_REACH)
            return any(w.group().lstrip("و").rstrip(":،,") in _VERBAL_ATTACK for w in words)
        if trig.data["entry"].id == "council_resolution":
            return self._resolution_adopted(c, trig)
        if trig.data["entry"].id == "permit":
            # "سمحت تركيا للولايات المتحدة باستخدام …": the side let (لـ), then what it may do (بـ)
            words = self.text[trig.nspan.end : c.end].split()[:_OBJECT_REACH]
            k = next((k for k, w in enumerate(words) if w[:1] == "ل" and len(w) > 3), None)
            return k is not None and any(w[:1] == "ب" and len(w) > 3 for w in words[k + 1 : k + 6])
        if heads is None:
            return True
        if trig.data["entry"].id == "seize" and trig.norm not in _EXPELLED:
            return False
        # (past a long subject: "حمل وزير الخارجية السوري الحكومة التركية المسؤولية"، "وعد الرئيس التركي رجب
        # طيب اردوغان باتخاذ …")
        reach = _BLAME_REACH if trig.data["entry"].id in ("hold_responsible", "vow_fight") else _OBJECT_REACH
        words = self.text[trig.nspan.end : c.end].split()[:reach]
        if trig.data["entry"].id == "vow_fight":
            k = next((k for k, w in enumerate(words) if w in _VOWED_MEASURES), None)
            if k is not None:
                return "ضد" in self.text[trig.nspan.end : c.end].split()[k + 1 : k + 6]
            k = next((k for k, w in enumerate(words) if w.lstrip("و").startswith(heads)), None)
            after = self.text[trig.nspan.end : c.end].split()[k + 1 : k + 3] if k is not None else []
            return k is not None and _VOWED_ILLS.isdisjoint(w.lstrip("و") for w in after)
        if trig.norm in _LOADED and words[:1] and words[0].startswith("ب"):
            return False  # "شاحنة محملة بالمتفجرات": loaded with, not holding anyone responsible
        if any(w.lstrip("و").startswith(heads) for w in words):
            return True
        # a chargé d'affaires summoned or expelled: "استدعت الخارجية القائم بالاعمال التركي"
        return trig.data["entry"].id in _ENVOY_OBJECT and _CHARGE_DAFFAIRES in " ".join(words)

    def _resolution_adopted(self, c: Clause, trig: Mention) -> bool:
        """ "تبنى مجلس الامن قرارا"، "اعتمد مجلس الامن بالاجماع قرارا"، "اصدر مجلس الامن امس القرار 2216": an
        international body right after a verb of adopting, the resolution a few words on — and no verb after it
        that tells what the resolution says (that verb is the act: "قرارا يطالب …")."""
        body = next(
            (
                m
                for m in reversed(c.of("actors"))
                if m.nspan.end <= trig.nspan.start and (m.data["entry"].get("code") or "").startswith("IGO")
            ),
            None,
        )
        if body is None or len(self.text[body.nspan.end : trig.nspan.start].split()) > _ADOPTED_REACH:
            return False
        before = self.text[max(c.start, body.nspan.start - 12) : body.nspan.start].split()[-1:]
        if not before or before[0].lstrip("و") not in _ADOPTING:
            return False
        nxt = self.text[trig.nspan.end : trig.nspan.end + 20].split()[:1]
        return not (
            nxt
            and nxt[0][:1] in ("ي", "ت")
            and any(m.nspan.start == trig.nspan.end + 1 for m in c.of("triggers"))
        )

    def _charged(self, c: Clause, trig: Mention) -> bool:
        """A charge after the verb's object: "تعد … التمرد المسلح … تهديدا خطيرا"، "وصفت الهجوم بالارهابي"."""
        words = self.text[trig.nspan.end : c.end].split()[:_CHARGE_REACH]
        return any(w in _CHARGES or (w[:1] == "ب" and w[1:] in _CHARGES) for w in words)

    def _quoted_obligation(self, c: Clause) -> tuple[Mention, ...]:
        """A quoted clause that opens with على and a side (" «أوجه نداء الى الطرفين، على حزب العمال اعلان
        التزامه …»"، "«على الحكومة وقف القصف»"): what the speaker says that side must do, as after إن على —
        the على, as a mention of the obligation."""
        first = self.text[c.start : c.start + 1]
        if c.start >= c.end or (first not in ('"', "ع") and not first.isspace()):
            return ()  # (most clauses: the first word opens with neither, asked of every clause without a search)
        word = _NONSPACE.search(self.text, c.start, c.end)  # (the first word, without a copy of the clause)
        if word is None or word.group().lstrip('"') != "علي":
            return ()
        at = word.end() - 3
        s, _ = self.doc.sentences[c.sentence]
        if word.group()[0] != '"' and self.text[s : c.start].count('"') % 2 == 0:
            return ()  # (not inside a quotation: "سيطرت الفصائل، امس، على …")
        entry = next((e for e in load_lexicon("triggers") if e.id == "obligation"), None)
        if entry is None:
            return ()
        starts = self.doc.norm.starts
        raw_end = starts[at + 2] + 1
        return (
            Mention(
                "triggers",
                Span(starts[at], raw_end),
                "علي",
                Span(at, at + 3),
                {"entry": entry, "prefix": "", "suffix": ""},
            ),
        )

    def _resolution_issued(self, c: Clause) -> tuple[Mention, ...]:
        """A resolution named by its number, and so a mention of the council, after a verb of adopting with an
        international body as its subject ("اصدر مجلس الامن امس القرار 2216"، "تبنى مجلس الامن القرار 2216"): its
        first word, as a mention of the resolution adopted (council_resolution; _resolution_adopted checks the
        verb and the body)."""
        found = next(
            (
                m
                for m in c.of("actors")
                if _RESOLUTION_WORD in m.norm and m.data["entry"].id == _COUNCIL and m.nspan.start > c.start
            ),
            None,
        )
        if found is None:
            return ()
        entry = _resolution_entry()
        if entry is None:
            return ()
        at = found.nspan.start
        end = self.text.find(" ", at, found.nspan.end)
        end = found.nspan.end if end < 0 else end
        starts = self.doc.norm.starts
        trig = Mention(
            "triggers",
            Span(starts[at], starts[end - 1] + 1),
            self.text[at:end],
            Span(at, end),
            {"entry": entry, "prefix": found.data.get("prefix", ""), "suffix": ""},
        )
        return (trig,) if self._resolution_adopted(c, trig) else ()

    def _responded_by(self, trig: Mention) -> bool:
        """A noun with bi- right after a verb or noun of responding: "رد بمطالبة …"، "سارعت بادانة …"."""
        return trig.data.get("prefix", "").lstrip("و") == "ب" and any(
            w.lstrip("و") in _RESPONDING for w in _words_before(self.text, trig, 1, chars=12)
        )

    def _met_with(self, c: Clause, trig: Mention) -> tuple[Mention, Mention | None] | None:
        """A noun in the accusative that a call or a plan met with, from a side named right after من (قبل)
        ("لقي نداء الزعيم تجاوبا من قبل رئيس الحكومة"، "لاقت المبادرة ترحيبا من الامم المتحدة"): that side
        responds — to the side named between the verb and the noun, if any."""
        if not trig.norm.endswith("ا") or " " in trig.norm:
            return None
        before = self.text[max(c.start, trig.nspan.start - 80) : trig.nspan.start].split()[-_LIGHT_REACH:]
        at = next((k for k in range(len(before) - 1, -1, -1) if before[k].lstrip("و") in _MET_WITH), None)
        if at is None:
            return None
        after = self.text[trig.nspan.end : c.end].split()[:3]
        lead = 2 if after[:2] == ["من", "قبل"] else 1 if after[:1] == ["من"] else 0
        if not lead:
            return None
        words = list(islice(_NONSPACE.finditer(self.text[trig.nspan.end : c.end]), lead + 1))
        if len(words) <= lead:
            return None
        at_side = trig.nspan.end + words[lead].start()
        actors = self._named(c)
        side = next((m for m in actors if m.nspan.start - len(m.data.get("prefix", "")) == at_side), None)
        if side is None:
            return None
        # (the caller: a side between the verb and the noun)
        lo = max(c.start, trig.nspan.start - 80)
        verb_at = lo + self.text[lo : trig.nspan.start].rfind(before[at])
        caller = next(
            (m for m in actors if verb_at <= m.nspan.start and m.nspan.end <= trig.nspan.start), None
        )
        return side, caller

    def _deployed(self, c: Clause, trig: Mention) -> bool:
        """The bare نشر deploys when forces or arms are its object, past its subject and a date ("نشرت الولايات
        المتحدة الاحد مقاتلات"), not what is published ("نشر المرصد صورا لطائرات"), nor the noun after a
        preposition ("بعد اسابيع من نشر تركيا قوات": what it had done)."""
        before = _words_before(self.text, trig, 1, chars=12)
        if before and before[-1].lstrip("و") in _BEFORE_A_MASDAR:
            return False
        for w in self.text[trig.nspan.end : c.end].split()[:_DEPLOY_REACH]:
            if w in _DEPLOYED:
                return True
            if w in _PUBLISHED or w[:1] in ("ب", "ل", "ف") and w[1:] in _DEPLOYED:
                return False  # (what is published, or the forces in a phrase: "نشر على صفحته … لقوات")
        return False

    def _official_travel(self, trig: Mention, actor1: Actor) -> bool:
        """Travel is diplomacy when a state or an organization of states travels (وصل الوزير الى الرياض), not
        fighters reaching a place or a toll reaching a number (وصلت الى 120 قتيلا)."""
        code = actor1.code or ""
        after = self.text[trig.nspan.end : trig.nspan.end + 60].split()[:8]
        if any(a in ("الي", "لي") and b[:1].isdigit() for a, b in zip(after, after[1:], strict=False)):
            return False  # (past its subject too: "وصلت درجة الحرارة في بعض الحالات الى 41.3 درجة")
        before = _words_before(self.text, trig, 4, chars=50)
        if any(w.lstrip("و") in _GOODS or (w[:1] in ("ل", "ب") and w[1:] in _GOODS) for w in before):
            return (
                False  # "المساعدات التي وصلت"، "تجهيزات عسكرية … وصلت الى عدن": things arrive, no one visits
            )
        # ("وصل وفد من الحوثيين الى مسقط": any side's delegation travels to talk)
        return code.endswith("GOV") or code.startswith("IGO") or (bool(after) and _in(after[0], _DELEGATIONS))

    def _affirmed(self, c: Clause, trig: Mention, end: int | None = None) -> bool:
        """A verb of stating (اكد، جدد، ابدى) has the noun as its object, across its subject and a date but not
        across ان (what follows ان is the content of the statement, not its object) — but for a stance stated
        ("اكد … ان موقف الرياض هو ضرورة تنحي الاسد": the speaker's own)."""
        own = end is None
        end = trig.nspan.start if end is None else end
        # (from ان the verb may stand further back, past its subject and a setting: "اكد وزير الخارجية السعودي
        # امس بعد محادثات في موسكو ان …")
        # (past a setting the verb may stand further back too: "اكد وزير الخارجية خلال لقائه نظيره الفرنسي امس في
        # باريس دعم …")
        before = self.text[max(c.start, end - 120) : end].split()[-12:]
        for k in range(len(before) - 1, -1, -1):
            w = before[k]
            if own and len(before) - k > _LIGHT_REACH and _SETTING.isdisjoint(before[k + 1 :]):
                return False
            if w in ("ان", "انه", "انها", "بان"):
                if own and "موقف" in before[k + 1 : k + 3]:
                    at = self.text.rfind(" " + w + " ", c.start, end)
                    return at != -1 and self._affirmed(c, trig, at)
                return False
            if w in _AFFIRM_VERBS or (w[:1] == "و" and w[1:] in _AFFIRM_VERBS):
                return True
            if own and before[-1:] == ["عن"] and (_in(w, _EXPRESS_VERBS) or w in ("معربا", "معربه")):
                return True  # "اعرب الوزير عن دعم بلاده …"، "معربا عن ادانته …": the stance expressed
        return False

    def _held_responsible(self, trig: Mention, after: list[Mention]) -> bool:
        """A verb of holding responsible with one side named after it, right before the responsibility (and no
        other side before that word): the side is the object, its subject told before or no side."""
        if trig.data["entry"].id != "hold_responsible" or not after:
            return False
        word = _NONSPACE.search(self.text, after[0].nspan.end)
        return (
            word is not None
            and word.group().startswith(_OBJECT_NEEDED["hold_responsible"])
            and (len(after) == 1 or after[1].nspan.start >= word.end())
        )

    def _agent_target(
        self, c: Clause, trig: Mention, actors: list[Mention]
    ) -> tuple[Mention | None, Mention | None]:
        before = [m for m in actors if m.nspan.end <= trig.nspan.start]
        after = [m for m in actors if m.nspan.start >= trig.nspan.end]
        if trig.data["entry"].id == "promised_force":
            return self._force_promised(c, trig, before, after)
        agent = target = None
        # (past quotation marks around the name: 'اتهمت منظمة "هيومن رايتس ووتش" المتمردين')
        gap = (
            self.text[trig.nspan.end : after[0].nspan.start].translate(QUOTES_TO_SPACES).split()
            if after
            else []
        )
        # "نفى المتحدث باسم الخارجية الروسية": the spokesman speaks for the side named after him
        titled_gap = gap
        gap = [w for w in gap if w not in _SPOKESMAN]
        if gap and all(w in _TITLES or w.startswith(_ENVOYS) or _in(w, _TITLES) for w in gap):
            # "دعا الامين العام لحلف شمال الاطلسي"، "ندد رئيس حزب …"، "دعا المبعوث الخاص ورئيس بعثة الامم
            # المتحدة": the head or envoy of the side named after
            gap = []
        elif _source_in(gap):
            gap = []  # "وانتقدت مصادر دبلوماسية في الحكومة اليمنية الامم المتحدة": the side the sources are in
        elif len(gap) == 2 and gap[0] != "وفدا" and _in(gap[0], _DELEGATIONS) and gap[1] == "من":
            gap = gap[
                :1
            ]  # "زار وفد من الائتلاف السوري موسكو": a delegation of the side after من, its subject
        elif (
            1 < len(gap) <= 3
            and gap[0] in _OFFICE_HEADS
            and all(w in _OFFICE_OF for w in gap[1:])
            and len(after) >= 2
            and all(
                w in _GROUP_HEAD_WORDS
                for w in self.text[after[0].nspan.end : after[1].nspan.start]
                .translate(QUOTES_TO_SPACES)
                .split()
            )
        ):
            # "اتهم رئيس الوزراء احمد داود اوغلو تنظيم داعش": an office with no nation is the title of the name
            # after it, when the side it acts on follows that name at once (past quotation marks and the head
            # noun left out of a quoted name: 'تنظيم "داعش"')
            gap = []

        person = after and ("person_of_role" in after[0].data or "family_name_of" in after[0].data)
        # "وطالب الوزير مجلس الامن بـ…": a bare title right after the verb is its subject (the side told before);
        # a body after it is the object, not the one the title heads ("الرئيس الاسد" is one person)
        titled = (
            len(titled_gap) == 1
            and titled_gap[0] in _BARE_TITLES
            and not after[0].data.get("prefix")
            and (
                self._a_body(after[0])
                # "وسيلتقي المبعوث الرئيس هادي": a side named with its own title is no name the bare one heads
                or (self.text[after[0].nspan.start : after[0].nspan.end].split() or [""])[0] in _BARE_TITLES
            )
        )
        # "نطالب الحكومه العراقيه …" (we demand): a first person verb has its subject in itself, the side after
        # it is the object
        first_person = trig.norm.startswith("ن") and "ي" + trig.norm[1:] in trig.data["entry"].keys
        # "فانها دعت حزب العمال …", "واكد انه طالب الحكومة …": the pronoun before the verb is its subject
        # (before the verb's prefixes: "انه سيلتقي نظيره")
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        pronoun = self.text[max(0, word_start - 8) : word_start].split()[-1:]
        pair = self._talks_between(trig, after, gap)
        if pair is not None:
            return pair  # "اتصال هاتفي بين الرئيسين التركي … والامريكي …": the two sides of talks held between them
        described = self._object_described(trig, before, after)
        if described is not None:
            return described
        # a verb with the plural ending has its subject in it ("ويطالبون قوات الاسد بوقف تقدمه": they demand): a
        # verb before its named subject stays singular (طالب المتظاهرون)
        if (
            first_person
            or titled
            or _plural_verb(trig)
            or (pronoun and pronoun[0].lstrip("وف") in _PRONOUN_PARTICLES)
            # "قالت الوزيرة ان حكومتها تطالب روسيا …": the speaker's state, named by its pronoun, is the subject
            or (pronoun and pronoun[0] in _OWN_STATE)
            # "ودعا المبعوث الاممي …، مطالبا نظام الاسد بوقف القصف": the participle's subject is the speaker
            # told before; the side right after it is whom it addresses
            or participle(trig.norm)
            # "تقدمت الخارجية السورية بشكوى … اتهمت فيها الاردن": in which (فيها) — the doer told before, the
            # side after is the object
            # (but "في الوقت الذي نفى فيه المتحدث …": while — the subject after فيه)
            or (gap[:1] in (["فيها"], ["فيه"]) and not _while(self.text, trig))
            # "ودعا الامم المتحدة الى …"، "وطالب الحكومة بـ…": a masculine verb does not agree with a feminine
            # side right after it — the side is its object, the subject the speaker told before
            or (not titled_gap and self._feminine_after_masculine(trig, after))
            # "قال الوزير إن على الحكومة وقف …": the side that must act is whom the speaker asks
            or trig.data["entry"].id in _MUST
            # "اصدر مجلس الامن قرارا يطالب الحوثيين بالانسحاب": what a document issued says is its issuer's act
            or pronoun[:1]
            and pronoun[0] in _DOCUMENTS
        ):
            agent, rest = None, after
        elif self._held_responsible(trig, after):
            # "ادانت الحكومة القصف وحملت الميليشيات مسؤوليته"، "حمل الوزير الحكومة التركية المسؤولية": the one
            # side named right before the responsibility is the side held, the doer told before or left unnamed
            agent, rest = None, after
        elif before and self._pledged(c, trig):
            # "تعهدت الولايات المتحدة بدعم الحكومة": the side supported after it; "تعهدت ميركل للحكومة التركية
            # بتقديم مساندة": the side it is pledged to (لـ) before it
            agent = None
            rest = [m for m in before if m.data.get("prefix", "").lstrip("وف").startswith("ل")] + after
        elif (
            len(before) >= 2
            and trig.data["entry"].id == "aid"
            and (given := self._aid_given_to(trig, before)) is not None
        ):
            agent, rest = (
                given[0],
                [given[1], *after],
            )  # "قدمت الامارات الحكومة اليمنية مساعدات": giver, receiver
        elif before and self._right_after_subject(c, trig):
            agent, rest = before[-1], after  # subject first, as headlines write: "لافروف يلتقي كيري"
        elif _entry(trig).get("pos") == "noun" and _possessed(trig) and not trig.norm.startswith("ال"):
            # "اكدت السلطات السورية دعمها مبادرة الرئيس الروسي": its (-ها) act is the side named before it's (or
            # the sentence's speaker: "مضيفا ان بان اكد … دعمه لكفاح تركيا"); the one after is the object
            agent, rest = None, after
        elif (
            trig.data["entry"].id in _TRAVEL
            and _entry(trig).get("pos") == "verb"
            and gap == ["الي"]
            and len(after) >= 2
            and not after[1].data.get("prefix")
            and len(between := self.text[after[0].nspan.end : after[1].nspan.start].split()) <= 3
            and _OBJECT_WORDS.isdisjoint(between)
        ):
            # "ووصل الى الرياض امس وزير الخارجية البريطاني": the destination fronted, the traveller after it
            agent, rest = after[1], [after[0], *after[2:]]
        elif (
            after
            and (len(gap) <= 1 or (person and len(gap) <= 4))  # "اشاد الوزير عز الدين الاصبحي"
            and not any(w in _OBJECT_WORDS for w in gap)
            # "وفي اليوم نفسه يلتقي نظيره المصري": his counterpart is whom the subject told before meets
            and not self.text.startswith(_COUNTERPARTS, after[0].nspan.start)
            # "وقعت تركيا والولايات المتحدة اتفاقا لتدريب المعارضة السورية": a side after the purpose (لـ with
            # a verbal noun) is whom the act is for; the subject is the side named before
            and not (before and len(gap) == 1 and len(gap[0]) > 3 and gap[0].startswith("ل"))
            # "اعلنت الامارات تقديم مساعدات للشعب اليمني": a side with لـ right after the act is whom it is
            # for, never its subject (past a title it is the body headed: "الامين العام لحلف …")
            and not (
                after[0].data.get("prefix", "").lstrip("وف").startswith("ل")
                and not self.text[
                    trig.nspan.end : after[0].nspan.start - len(after[0].data["prefix"])
                ].strip()
            )
            and not (
                self._place_like(after[0])
                and _entry(trig).get("plover_type") == "CONSULT"
                # ("تستضيف الرياض مؤتمرا": the capital that hosts is its government; "ابلغت تركيا الامم المتحدة":
                # the state that informs)
                and trig.data["entry"].id not in ("host", "host_noun", "inform")
            )
        ):
            agent, rest = after[0], after[1:]  # verb-first: "بحث الوزير … مع نظيره"
            if _entry(trig).get("plover_type") not in _MUTUAL:
                # "ادانت السعودية والامارات الهجوم": the sides named with the subject act with it
                prev = agent
                while rest and self._joined(prev, rest[0]):
                    prev, rest = rest[0], rest[1:]
        else:
            rest = after
        if agent is None and before and self._relative_subject(before[-1], trig):
            agent = before[-1]  # "… بقيادة السعودية التي ارسلت وحدها اربع طائرات اغاثية": the antecedent acts
        if agent is None and before:
            here = [m for m in before if not self._where(m) and not self._governed(m)]
            if not self._backdrop(trig):
                # "اكد الوزير خلال لقائه نظيره الفرنسي دعم …": the side met in the setting talks is not the doer
                setting = self._setting_sides(c)
                here = [m for m in here if not any(m is s for s in setting)]
            if _plural_verb(trig):
                # "ويطالبون قوات الاسد …" (they demand): never a state or a body named in the singular nearer
                # ("قال قادة المعارضة ان الطيران الروسي قصف مواقعهم، ويطالبون …")
                asked = after[0].data["entry"].get("code") if after else None
                here = [
                    m
                    for m in here
                    if not self._singular_body(m) and not (asked and m.data["entry"].get("code") == asked)
                ]
            # ("قال مسؤول في الخارجية التركية ان الجيش لم يقصف مواقع الوحدات …، نافيا رواية …": the participle
            # tells what the clause's subject did, named first; the sides after it are in what he said)
            agent = (
                (here[0] if participle(trig.norm) or trig.data["entry"].id in _MUST else here[-1])
                if here
                else None
            )
        if (
            agent is not None
            and len(before) >= 2
            and agent is before[-1]
            and agent.data.get("prefix", "").startswith("و")
            and not self.text[before[-2].nspan.end : agent.nspan.start - len(agent.data["prefix"])].strip()
            and before[-2].data["entry"].get("code") != agent.data["entry"].get("code")
        ):
            # "اخفقت روسيا والسعودية في محادثات جرت بينهما … بشان مصير الرئيس السوري": the two named together
            # talked with each other; a side named in what they talked about is no counterpart ("وقعت
            # السعودية وفرنسا اتفاقية": agreed with each other)
            if _entry(trig).get("plover_type") in _MUTUAL:
                return before[-2], agent
            # "استخدمت روسيا والصين حق النقض": the first of the sides named together
            agent = before[-2]
        code = agent.data["entry"].get("code") if agent is not None else None
        # the counterpart is the first actor that is someone else: "التقى الوزير السعودي عادل الجبير نظيره
        # الامريكي جون كيري" names the Saudi side twice before the American one
        others = [
            m
            for m in rest
            if (
                m.data["entry"].get("code") != code
                # "اتهمت حركة احرار الشام جبهة النصرة": two armed groups of one code are two sides
                or (
                    agent is not None
                    and (code or "").endswith(_GROUP_CODES)
                    and m.data["entry"].id != agent.data["entry"].id
                    # (not the side its spokesman speaks for: "محمد عبد السلام، الناطق باسم المتمردين")
                    and _SPOKESMAN.isdisjoint(self.text[agent.nspan.end : m.nspan.start].split())
                )
                or self._other_of_one_code(trig, agent, m)
            )
            and not self._where(m)
            and not self._against(m)
        ]
        if not self._backdrop(trig):
            # "وادان ليون … عقب لقائه بوزير الخارجية الايطالي … اختطاف الموظفين": the side of talks that set the
            # act is none of its counterparts
            setting = self._setting_sides(c)
            others = [m for m in others if not any(m is s for s in setting)]
        # "سيلتقي بعد زيارته دمشق قيادات المعارضة": the side a visit or a meeting told as the act's setting takes
        # (right after its noun, past bi-) is no counterpart of the act
        settings = [
            t
            for t in c.of("triggers")
            if t is not trig
            and t.nspan.start >= trig.nspan.end
            and _entry(t).get("category") == "political"
            and _possessed(t)
            and self._setting_word(t) in _SETTING_NOUNS
        ]
        others = [
            m
            for m in others
            if not any(
                0
                <= m.nspan.start - t.nspan.end - len(t.data.get("suffix", ""))
                <= 1 + len(m.data.get("prefix", ""))
                for t in settings
            )
        ]
        if agent is not None and agent.nspan.start > trig.nspan.start:
            # "طالبت وزارة الدفاع في الحكومة السورية المؤقتة الامين العام …": a side right after في in the
            # subject's description is the one the subject is part of, never its counterpart
            prev, described = agent, []
            for m in after[after.index(agent) + 1 :]:
                gap = self.text[prev.nspan.end : m.nspan.start - len(m.data.get("prefix", ""))].split()
                if gap == ["في"] or (
                    # "طالبت الفرقة 13 التابعة للجيش الحر جبهة النصرة …": the side it belongs to, too
                    len(gap) == 1 and gap[0] in _BELONGING and m.data.get("prefix", "").startswith("ل")
                ):
                    described.append(m)
                elif not self._joined(prev, m):
                    break
                prev = m
            others = [m for m in others if not any(m is d for d in described)]
        # where what the act says, asks or names begins: after its subject when that follows the trigger
        start = (
            agent.nspan.end if agent is not None and agent.nspan.start > trig.nspan.start else trig.nspan.end
        )
        if trig.data["entry"].id in _DISCUSS:
            # "سيبحث مع العواصم الثلاث التطورات … والهجمات الارهابية لداعش": the side discussed with comes after
            # مع; a side named in what is discussed is no counterpart
            # ("وبحث الرئيس التركي ونظيره الامريكي الازمة": the side named with the subject by و talked with it)
            others = [
                m
                for m in others
                if _after_with(self.text, m)
                or (
                    agent is not None
                    and agent.nspan.start > trig.nspan.start
                    and rest[:1] == [m]
                    and self._joined(agent, m)
                )
            ]
        if trig.data["entry"].id in _VISITS:
            # "قام وزير الدفاع الامريكي بزيارة مفاجئة لبغداد امس ليتعرف على تفاصيل الحملة على تنظيم داعش": the
            # side visited is named right after the visit (or met, after مع); one further on is its topic
            others = [
                m for m in others if _after_with(self.text, m) or self._words(start, m.nspan.start) <= 5
            ]
        if _entry(trig).get("plover_type") == "REQUEST":
            # "تحث روسيا على تشكيل تحالف … لمحاربة تنظيم الدولة": a side named in what is asked for is no
            # addressee; the addressee comes before it ("دعا الوزير الحكومة الى …"); so a side named after
            # what is asked with bi- ("طالب المجتمع الدولي بتحمل مسؤولياته تجاه الشعب الليبي")
            asked = self._asked_with_bi(c, start)
            others = [
                m
                for m in others
                if (asked is None or m.nspan.start < asked)
                # ("دعا رئيس الوزراء خالد بن علي مجلس الامن الى …": علي in a name opens nothing asked)
                and (
                    not _asks_content(
                        self.text[start : m.nspan.start - len(m.data.get("prefix", ""))].split()
                    )
                    # "وجه الزعيم نداء الى الحكومة": right after a noun of asking, الى names whom it is made to
                    # (past its adjective or its day: "نداء جديدا السبت الى حزب العمال")
                    or (
                        _entry(trig).get("pos") == "noun"
                        and (
                            words := self.text[
                                trig.nspan.end : m.nspan.start - len(m.data.get("prefix", ""))
                            ].split()
                        )[-1:]
                        == ["الي"]
                        and len(words) <= 3
                        and not _asks_content(words[:-1])
                    )
                )
            ]
        if _entry(trig).get("plover_type") == "AGREE" and trig.data["entry"].id != "respond":
            # "اتفقت الحكومة الباكستانية والتركية على تعزيز التعاون … للقضاء على التهديد الذي يشكله تنظيم داعش":
            # what is agreed on begins with على، بشان، حول; an armed group or civilians named in it are no party
            # to the agreement (one after مع is), a state may be ("وافقت تركيا على ان تستخدم طائرات الولايات
            # المتحدة قواعدها")
            topic = next(
                (
                    start + w.start()
                    for w in _NONSPACE.finditer(self.text[start : c.end])
                    if w.group() in _AGREED_ON
                ),
                None,
            )
            others = [
                m
                for m in others
                if topic is None
                or m.nspan.start < topic
                or _after_with(self.text, m)
                or not (m.data["entry"].get("code") or "").endswith(("REB", "UAF", "CVL"))
            ]
        if _entry(trig).get("plover_type") == "REJECT":
            # "نفى رئيس الحكومة الاتهامات الموجهة لبلاده بدعم التنظيم"، "رفض اتهامات لبلاده بتقديم دعم لعناصر
            # التنظيم": a side after a verbal noun of bi- is in the charge denied or rejected, not whom it answers
            denied = self._asked_with_bi(c, start)
            others = [m for m in others if denied is None or m.nspan.start < denied]
        if _entry(trig).get("plover_type") == "REJECT" and trig.data["entry"].id in _DENIALS:
            # "نفت وزارة الدفاع الاميركية ان يكون قد خطف اي من عناصر …": what is denied is no side denied to
            others = [m for m in others if _THAT.isdisjoint(self.text[start : m.nspan.start].split())]
            # "نفت الوزارة التقارير عن سقوط ضحايا مدنيين": the civilians are in what is denied, not whom it answers
            others = [m for m in others if not (m.data["entry"].get("code") or "").endswith("CVL")]
        if _entry(trig).get("plover_type") == "ACCUSE":
            # "اتهمت المعارضة النظام بقصف المدنيين"، "ادانت استهداف المدنيين": civilians named further on are the
            # victims of what is charged, not whom the charge is against
            others = [
                m
                for m in others
                if not (m.data["entry"].get("code") or "").endswith("CVL")
                or not self.text[start : m.nspan.start - len(m.data.get("prefix", ""))].split()
            ]
            if trig.data["entry"].id in ("condemn", "condemn_noun"):
                # "ادانت الامارات الهجوم على السفارة السعودية": the side an attack condemned was on is its
                # victim, not whom the condemnation is aimed at
                others = [
                    m
                    for m in others
                    # (or on what is its: "على السفارة السعودية")
                    if "علي"
                    not in self.text[start : m.nspan.start - len(m.data.get("prefix", ""))].split()[-2:]
                ]
        if not others and (self.text[trig.nspan.end : trig.nspan.end + 8].split() or [""])[0] in (
            "فيها",
            "فيه",
        ):
            # "بعث الرئيس رسالة الى الامين العام للامم المتحدة طالب فيها بـ…": what is asked in a letter is asked
            # of the side it was sent to (after الى, before the act)
            others = [
                m
                for m in before
                if m.data["entry"].get("code") != code
                and self.text[: m.nspan.start - len(m.data.get("prefix", ""))].rsplit(None, 1)[-1:] == ["الي"]
            ]
        target = others[0] if others else None
        return agent, target

    def _force_promised(
        self, c: Clause, trig: Mention, before: list[Mention], after: list[Mention]
    ) -> tuple[Mention | None, Mention | None]:
        """Force promised (سيتم التصدي، سنرد): the side a condition before it names ("في حال قيام المتمردين بأي
        تحرك سيتم التصدي لهم") or, without one, the side after it ("ستتصدى القوات لأي محاولة من المسلحين") is
        whom it threatens; the doer is the side named before the condition (the speaker's) or left to the speaker
        of the sentence."""
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        cond = None
        for w in _NONSPACE.finditer(self.text, c.start, word_start):
            word = w.group().removeprefix("و")
            if word in _IF or (word == "في" and self.text[w.end() : w.end() + 5].strip() in ("حال", "حاله")):
                cond = w.start()
                break
        if cond is None:
            return (before[-1] if before else None), (after[0] if after else None)
        doer = [m for m in before if m.nspan.end <= cond]
        threatened = [m for m in before if m.nspan.start >= cond] + after
        return (doer[-1] if doer else None), (threatened[0] if threatened else None)

    def _aid_given_to(self, trig: Mention, before: list[Mention]) -> tuple[Mention, Mention] | None:
        """ "قدمت الامارات الحكومة اليمنية مساعدات طبية"، "سلمت الكويت السلطات الليبية شحنة من المساعدات": the verb
        of giving or sending before the aid, its subject right after it and the side given to right after that —
        the giver and the receiver."""
        first, second = before[-2], before[-1]
        if first.data.get("prefix") or second.data.get("prefix") or self._joined(first, second):
            return None
        if self.text[first.nspan.end : second.nspan.start].strip():
            return None
        verb = self.text[max(0, first.nspan.start - 14) : first.nspan.start].split()[-1:]
        if not verb:
            return None
        w = verb[0][1:] if verb[0][:1] in ("و", "ف") else verb[0]
        if w not in _AID_SENDING and w not in ("قدم", "قدمت", "قدموا"):
            return None
        return first, second

    def _object_described(
        self, trig: Mention, before: list[Mention], after: list[Mention]
    ) -> tuple[Mention, Mention] | None:
        """A verb whose object is its pronoun, right after the side it stands for and right before a side
        ("مقاتلين محليين تدعمهم قوات التحالف"، "فصائل تتهمها الحكومة"): a clause describing that side, whose
        subject is the side after the verb, and whose object is the side before."""
        suffix = trig.data.get("suffix", "")
        # (a verb, or a noun entry's present tense: "تدعمهم", not "دعمها" — her support)
        verb = _entry(trig).get("pos") == "verb" or (len(trig.norm) == 4 and trig.norm[0] in "يت")
        if not (before and after and suffix in _OBJECT_SUFFIXES and verb):
            return None
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        if trig.data.get("prefix", "").lstrip("س") or self.text[before[-1].nspan.end : word_start].strip():
            return None
        subject_at = after[0].nspan.start - len(after[0].data.get("prefix", ""))
        if self.text[trig.nspan.end + len(suffix) : subject_at].strip():
            return None
        return after[0], before[-1]

    def _other_of_one_code(self, trig: Mention, agent: Mention | None, m: Mention) -> bool:
        """A side a condemnation, a charge, a demand or a threat is aimed at, coded as its doer is, yet another
        body of that state ("ادانت الحكومة الليبية المعترف بها حكومة طرابلس"، "طالب مجلس محافظة الانبار الحكومة
        العراقية"، "ندد رئيس الوزراء بتصريحات رئيس البرلمان"): not the doer named again by its name ("ادان وزير
        الخارجية السعودي عادل الجبير"), its spokesman, or a side named with it."""
        if agent is None or _entry(trig).get("plover_type") not in _DIRECTED or m.norm == agent.norm:
            return False
        # (the object right after the act and its subject, not a side named further on in what is said:
        # "ادانت الخارجية السعودية الهجوم، مؤكدة وقوف المملكة …")
        start = max(trig.nspan.end, agent.nspan.end)
        if m.nspan.start < start or self._words(start, m.nspan.start - len(m.data.get("prefix", ""))) > 1:
            return False
        lo, hi = (
            (agent.nspan.end, m.nspan.start)
            if agent.nspan.end <= m.nspan.start
            else (m.nspan.end, agent.nspan.start)
        )
        words = [w for w in self.text[lo:hi].translate(QUOTES_TO_SPACES).split() if w.strip("،,:-()")]
        if not _SPOKESMAN.isdisjoint(words) or self._joined(agent, m) or self._joined(m, agent):
            return False
        if words or m.data["entry"].id != agent.data["entry"].id:
            return True
        # (right after the doer, a state's body; an international body's person is its head or envoy named:
        # "الامين العام للامم المتحدة بان كي مون")
        return self._a_body(m) and not (m.data["entry"].get("code") or "").startswith("IGO")

    def _relative_subject(self, m: Mention, trig: Mention) -> bool:
        """A side whose relative clause carries the act ("لقوات التحالف بقيادة السعودية التي ارسلت وحدها اربع
        طائرات اغاثية"، "الدولة التي قدمت مساعدات"): the relative pronoun right after it, then the verb that does
        the act (a light verb or one of sending aid) at once, the noun a few words on."""
        words = self.text[m.nspan.end : trig.nspan.start - len(trig.data.get("prefix", ""))].split()
        if words == ["التي"] or words == ["الذي"]:
            return self._verb_led(trig)  # "بالكويت التي قدمت مساعدات": the trigger's own verb
        if not 2 <= len(words) <= _LIGHT_REACH or words[0] not in ("التي", "الذي"):
            return False
        verb = words[1]
        return verb in _LIGHT_VERBS or (verb in _AID_SENDING and trig.data["entry"].id == "aid")

    @staticmethod
    def _verb_led(trig: Mention) -> bool:
        """A noun trigger whose form opens with the light verb that does it ("قدمت مساعدات"، "فرضت عقوبات")."""
        if trig.data.get("prefix") or _entry(trig).get("pos") != "noun":
            return False
        verb = trig.norm.split(" ", 1)[0]
        return " " in trig.norm and (
            verb in _LIGHT_VERBS or (verb in _AID_SENDING and trig.data["entry"].id == "aid")
        )

    def _asked_with_bi(self, c: Clause, start: int) -> int | None:
        """Where what a verb of asking asks for begins with a verbal noun with bi- ("طالب مجلس الامن بتحمل
        مسؤولياته"، "بوقف القصف"، "بالافراج عن …"), after ``start``: a word of bi- that is no name of a side
        or a place ("بوتين"، "بغداد") and no preposition of its own (بين، بعد، بشان)."""
        for w in _NONSPACE.finditer(self.text[start : c.end]):
            word = w.group().rstrip(",،")  # (a comma written onto it: "المتحدث باسمه، …")
            if word[:1] != "ب" or len(word) <= 3 or word in _NOT_ASKED:
                continue
            at = start + w.start()
            if self.text[max(c.start, at - 12) : at].split()[-1:] in (["في"], ["خلال"], ["عبر"]):
                continue  # "طالب الجيش الحر في بيانه الحوثيين بـ…": a noun after في is where it was asked
            if self.doc.in_toponym(at, at + len(word)) or any(
                m.nspan.start - len(m.data.get("prefix", "")) <= at < m.nspan.end for m in c.of("actors")
            ):
                continue
            if self._in_a_name(c, at, word):
                continue
            return at
        return None

    def _in_a_name(self, c: Clause, at: int, word: str) -> bool:
        """A word of bi- at ``at`` that ends a person's name the lexicon does not know: after a bare word that is no
        side's ("المتحدث باسم الحكومة اليمنية راجح بادي")، with a side right after it and what is asked after
        that ("… بادي الامم المتحدة بالتحرك"، "… الى التحرك")."""
        prev = self.text[max(c.start, at - 20) : at].split()[-1:]
        if (
            not prev
            or prev[0].startswith(("ال", "و"))
            or prev[0] in _BEFORE_ADDRESSEE
            or prev[0] in _PREPOSITIONS
        ):
            return False
        if any(m.nspan.start - len(m.data.get("prefix", "")) <= at - 2 < m.nspan.end for m in c.of("actors")):
            return False  # (the word before is a side's name: "طالب هادي بدعم الحكومة")
        end = at + len(word)
        side = next((m for m in self._named(c) if m.nspan.start >= end), None)
        if side is None or side.data.get("prefix") or self.text[end : side.nspan.start].split():
            return False
        nxt = self.text[side.nspan.end : c.end].split()[:1]
        # (not على: "بمحاسبة الحوثيين على جرائمهم" is what is asked, with its own على)
        return bool(nxt) and (nxt[0] == "الي" or (nxt[0][:1] == "ب" and len(nxt[0]) > 3))

    def _dual_before(self, trig: Mention) -> bool:
        """The word right before the act is a dual of sides in the accusative, after ان: "ان الجانبين اتفقا"."""
        before = _words_before(self.text, trig, 1, chars=16)
        return bool(before) and before[0] in _DUAL_SIDES_ACCUSATIVE and not trig.data.get("prefix")

    def _two_sides(self, c: Clause, trig: Mention) -> tuple[Actor, Actor] | None:
        """The subject right after the act is a dual of sides (الجانبان، الطرفان، الرئيسان، الوزيران), or right
        before it after ان ("ان الجانبين اتفقا"): the two sides of the last act told with both, in this sentence
        or the two before it."""
        first = self.text[trig.nspan.end : trig.nspan.end + 16].split()[:1]
        if not (first and _in(first[0], _DUAL_SIDES)) and not (
            trig.norm in _DUALS and self._dual_before(trig)
        ):
            return None
        for d in reversed(self.drafts):
            if d.clause.sentence < c.sentence - 2:
                break
            if d.actor1 is not None and d.actor2 is not None and d.actor1.code != d.actor2.code:
                if first and _in(first[0], _DUAL_HEADS) and not _governments(d.actor1, d.actor2):
                    continue  # "واتفق الرئيسان": two heads of state, not a state and the forces it let in
                return d.actor1, d.actor2
        # else the last two states named together there ("بعد اتصال هاتفي جرى بين الرئيسين التركي …
        # والامريكي …")
        named = [
            m
            for x in self.doc.clauses[: c.index + 1]
            if c.sentence - 2 <= x.sentence
            for m in self._named(x)
            if m.nspan.end <= trig.nspan.start
        ]
        for a, b in reversed(list(zip(named, named[1:], strict=False))):
            if self._linked(a, b):
                one, two = self._actor(a), self._actor(b)
                if (
                    (one.code or "").endswith("GOV")
                    and (two.code or "").endswith("GOV")
                    and one.code != two.code
                ):
                    return one, two
        return None

    def _linked(self, a: Mention, b: Mention) -> bool:
        """``b`` follows ``a`` after و, at once or with a word of its own ("… والامريكي باراك اوباما"), quotation
        marks around them no words ('«العدالة والتنمية» و«الشعب الجمهوري»')."""
        link = (
            self.text[a.nspan.end : b.nspan.start - len(b.data.get("prefix", ""))]
            .translate(QUOTES_TO_SPACES)
            .split()
        )
        if b.data.get("prefix", "").startswith("و") and not link:
            return True
        return bool(link) and link[0][:1] == "و" and len(link) <= 2

    def _talks_between(
        self, trig: Mention, after: list[Mention], gap: list[str]
    ) -> tuple[Mention, Mention] | None:
        """A noun of talks or agreement, then بين and two sides joined by و ("محادثات بين الحكومة والحوثيين"،
        "اتصال هاتفي بين الرئيسين التركي … والامريكي …"): the first side and the second."""
        # (past the talks' adjectives: "المفاوضات التمهيدية بين وفدي …")
        while (
            gap
            and gap[0] not in _RELATIVES
            and gap[0] != "بين"
            and gap[0].startswith("ال")
            and gap[0].endswith(("ي", "يه"))
        ):
            gap = gap[1:]
        if len(gap) >= 3 and gap[0] in _RELATIVES and _held(gap[1]):
            gap = gap[2:]  # "المكالمة الهاتفية التي جرت بين الرئيسين …": held between them
        if (
            _entry(trig).get("pos") != "noun"
            or _entry(trig).get("plover_type") not in _MUTUAL
            or len(after) < 2
            or not gap
            or gap[0] != "بين"
            or len(gap) > 3
            or not _PREPOSITIONS.isdisjoint(gap[1:])
        ):
            return None
        a, b = after[0], after[1]
        if (
            a.data["entry"].get("code") == b.data["entry"].get("code")
            and a.data["entry"].id == b.data["entry"].id
        ):
            return None
        return (a, b) if self._linked(a, b) else None

    def _unnamed_subject(self, c: Clause, trig: Mention) -> bool:
        """The word right after the act is a subject of no one in particular ("دانت دول ومنظمات"، "اشادت
        شخصيتان") or a plural in the nominative (-ون) no actor's name begins: "ينفي المقاتلون ان يكونوا …"
        names its doers, uncodable — not the side an earlier sentence was about."""
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = self.text[max(c.start, word_start - 16) : word_start].split()[-1:]
        if before and _in(before[0], _GENERIC_SUBJECTS):
            return True  # "لكن كثيرين حثوا انقرة على …": the subject first, the side after is the object
        first = self.text[trig.nspan.end : trig.nspan.end + 16].split()[:1]
        if not first:
            return False
        if _in(first[0], _GENERIC_SUBJECTS):
            # (not sources inside a side: "انتقدت مصادر دبلوماسية في الحكومة اليمنية")
            after = [m for m in c.of("actors") if m.nspan.start >= trig.nspan.end]
            return not (after and _source_in(self.text[trig.nspan.end : after[0].nspan.start].split()))
        w = first[0][1:] if first[0][:3] == "وال" else first[0]
        if w in _UNNAMED_BODIES_F or w in _UNNAMED_BODIES_M:
            # (the verb agrees with it: feminine ودعت، تطالب; a masculine verb's object is the noun: "دعا اللجنة")
            feminine = trig.norm[-1:] == "ت" or trig.norm[:1] == "ت"
            if feminine != (w in _UNNAMED_BODIES_F):
                return False
            at = self.text.find(first[0], trig.nspan.end)
            return not any(
                m.nspan.start - len(m.data.get("prefix", "")) <= at < m.nspan.end for m in c.of("actors")
            )
        if not (w.startswith("ال") and w.endswith("ون") and len(w) >= 6) or w in _NOT_PLURALS:
            return False
        at = self.text.find(first[0], trig.nspan.end)
        return not any(
            m.nspan.start - len(m.data.get("prefix", "")) <= at < m.nspan.end for m in c.of("actors")
        )

    def _object_past_comma(self, c: Clause, trig: Mention, agent: Mention) -> Mention | None:
        """ "اشاد وزير الخارجية اليمني، بالدعم الذي تلقته حكومته من دول الخليج"، "دعا الوزير، الامم المتحدة الى
        …": a comma right after the subject of a verb that opens its clause cuts off what the verb takes — the
        counterpart is sought on in the next clause of the sentence, read with the verb's own rules (not when
        that clause opens with و: a new act or a side named with the subject)."""
        # (past the sides named with the subject, "اتهمت الحكومة اليمنية وقوات التحالف، الحوثيين بـ…", and its
        # adjective after quotation marks: 'اتهمت "وحدات حماية الشعب" الكردية، …، تركيا بـ…')
        last = agent
        for m in self._named(c):
            if (
                m.nspan.start >= last.nspan.end
                and (
                    self._joined(last, m)
                    # (and past the name after the title: "طالب رئيس الوزراء العراقي حيدر العبادي، …")
                    or (
                        m.data["entry"].get("code") == last.data["entry"].get("code")
                        and not self.text[last.nspan.end : m.nspan.start].strip()
                    )
                )
            ):
                last = m
        rest = self.text[last.nspan.end : c.end].translate(QUOTES_TO_SPACES).split()
        if not all(w.startswith("ال") and w.endswith(("ي", "يه")) for w in rest):
            return None  # (but a nisba adjective: "الكردية"، "اليمني")
        # (past a relative clause describing the subject: "طالب اعضاء الحلف، الذي تشارك فيه تركيا، انقرة بـ…")
        following = [x for x in self.doc.clauses[c.index + 1 : c.index + 3] if x.sentence == c.sentence]
        if following and following[0] is self._date_aside(c):
            following = following[1:]  # ("اتهمت الحكومة، خلال شهر ابريل الماضي، الاردن بـ…": past the date)
        first = self.text[following[0].start : following[0].end].split()[:1] if following else []
        if first and first[0] in _RELATIVES:
            following = following[1:]
        elif len(following) > 1 and first and first[0] in _ASIDE_OPENERS:
            # ("طالب رئيس الوزراء، في كلمة القاها امس امام البرلمان، الولايات المتحدة بـ…": past the setting told
            # aside, or the mouth it spoke by: "على لسان المتحدث باسمها")
            following = following[1:]
        nxt = following[0] if following else None
        if nxt is None or self.text[nxt.start : nxt.start + 1] == "و":
            return None
        merged = Clause(
            index=c.index,
            sentence=c.sentence,
            start=c.start,
            end=nxt.end,
            mentions=[*c.mentions, *nxt.mentions],
            toponyms=[*c.toponyms, *nxt.toponyms],
            date=c.date,
            prior_date=c.prior_date,
        )
        again, target = self._agent_target(merged, trig, self._named(merged))
        return target if again is agent else None

    def _date_aside(self, c: Clause) -> Clause | None:
        """ "كما اتهمت الحكومة السورية، خلال شهر ابريل الماضي، الاردن بـ…": the next clause of the sentence when it
        is only a date set off by commas (a few words, no side and no act of its own), else None."""
        if c.index + 1 >= len(self.doc.clauses):
            return None
        nxt = self.doc.clauses[c.index + 1]
        if (
            nxt.sentence != c.sentence
            or nxt.date is None
            or nxt.date.basis not in ("explicit", "relative")
            or nxt.of("actors")
            or nxt.of("triggers")
            or len(self.text[nxt.start : nxt.end].split()) > 5
        ):
            return None
        return nxt

    def _counterpart_after(self, c: Clause) -> tuple[Mention | None, Actor | None]:
        """ "خلال اجتماعه امس في الرياض، مع عز الدين الاصبحي وزير حقوق الانسان في اليمن": the counterpart in
        the next clause of the sentence, opened by مع — a named actor, or a minister of a country."""
        nxt = next((x for x in self.doc.clauses[c.index + 1 : c.index + 2] if x.sentence == c.sentence), None)
        if nxt is None or not self.text[nxt.start : nxt.start + 4].startswith(("مع ", "ومع ")):
            return None, None
        named = [m for m in nxt.of("actors") if not is_generic(m)]
        if named:
            return named[0], self._actor(named[0])
        words = self.text[nxt.start : nxt.end].split()
        if not any({w, w.removeprefix("ال"), w[1:]} & STATE_ROLES for w in words):
            return None, None
        for i in nxt.toponyms:
            place = self.doc.places[i]
            if place is not None and place.country and place.admin1 is None:
                return None, self._government_of_place(i)  # "وزير حقوق الانسان في اليمن"
        return None, None

    def _doer_after_fronted(self, c: Clause, trig: Mention) -> Mention | None:
        """ "وفي اتصال هاتفي مع نظيره التركي، اكد الرئيس الروسي …": talks fronted as the setting of the sentence
        (opened by في، خلال، اثناء and their noun) are held by the subject of the verb the next clause opens with —
        the side right after that verb."""
        words = self.text[c.start : trig.nspan.start].split()
        if len(words) != 1 or words[0].removeprefix("و") not in _DURING_VISIT:
            return None
        if self.doc.sentences[c.sentence][0] != c.start:
            return None
        nxt = next((x for x in self.doc.clauses[c.index + 1 : c.index + 2] if x.sentence == c.sentence), None)
        if nxt is None:
            return None
        named = [m for m in nxt.of("actors") if not is_generic(m)]
        if not named or named[0].data.get("prefix"):
            return None
        return named[0] if len(self.text[nxt.start : named[0].nspan.start].split()) == 1 else None

    def _counterpart_fronted(self, c: Clause) -> Mention | None:
        """ "وفي اتصال هاتفي مع نظيره التركي، بحث الرئيس الروسي …": the one side of the talks fronted, in the
        clause before of the sentence (opened by في، خلال، اثناء and the noun of the talks, no doer of its own),
        is the counterpart of the talks its verb tells."""
        prev = self.doc.clauses[c.index - 1] if c.index else None
        if prev is None or prev.sentence != c.sentence:
            return None
        words = self.text[prev.start : prev.end].split()
        if not words or words[0].removeprefix("و") not in _DURING_VISIT:
            return None
        talks = [t for t in prev.of("triggers") if _entry(t).get("plover_type") == "CONSULT"]
        named = [m for m in prev.of("actors") if not is_generic(m)]
        if not talks or len({m.data["entry"].get("code") for m in named}) != 1:
            return None
        return named[0] if named[0].nspan.start > talks[0].nspan.end else None

    def _is_country_alias(self, m: Mention) -> bool:
        """روسيا، موسكو: the government's alias is the name of its country or capital."""
        return any(t.known for t in self.doc.toponyms_at(m.nspan.start, m.nspan.end)) and (
            (m.data["entry"].get("code") or "").endswith("GOV")
        )

    def _where(self, m: Mention) -> bool:
        """ "في الرياض", "بموسكو": a capital written as the place of the act is where, not who."""
        if not self._place_like(m):
            return False
        if m.data.get("prefix", "").lstrip("وف") == "ل" and not _REQUEST_NOUNS.isdisjoint(
            self.text[max(0, m.nspan.start - 20) : m.nspan.start].split()[-3:-1]
        ):
            return False  # "طلب ملح لواشنطن": the side whose request it is
        if m.data.get("prefix", "").lstrip("وف") in ("ب", "ل"):
            return True
        before = self.text[max(0, m.nspan.start - 20) : m.nspan.start].split()[-2:]
        if before[-1:] == ["من"] and before[0].lstrip("و") in _RECALLED:
            return False  # "سحبت الامارات سفيرها من طهران": the state an envoy is recalled from is the other side
        before = before[-1:]
        if before and before[0][:1] == "و" and before[0][1:] in ("في", "الي", "من"):
            return True  # "وفي الرياض اتهم الوزير …": a fronted place of the act, after its و
        # "في الرياض"، "الى القاهرة"، "من موسكو": where, whence, whither; "مدينة فان شرق تركيا": a part of it
        return bool(before) and before[0] in (
            "في", "الي", "من", "نحو", "قرب", "قبل", "بعد", "شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي",
            "شمالي", "جنوبي",
        )  # fmt: skip

    def _told_before(self, c: Clause) -> Draft | None:
        """The last act told in an earlier clause of ``c``'s sentence, by a side known."""
        last = self.drafts[-1] if self.drafts else None
        if (
            last is None
            or last.actor1 is None
            or last.clause.sentence != c.sentence
            or last.clause.index >= c.index
        ):
            return None
        return last

    def _goes_on_after_said(self, c: Clause, trig: Mention, agent: Mention) -> tuple[Mention | None] | None:
        """A vow or a statement (تعهد، توعد، اتهم، رحب …) coordinated after a comma ("، وتوعد …") in a sentence
        whose speaker said something (ان …) goes on with the speaker, not with the side before it, which is in
        what was said ("قال رئيس الوزراء ان الشرطة اعتقلت …، وتعهد بمحاربة …"), nor with an armed group right
        after a verb of threatening or accusing, followed by what it is threatened with or charged with ("…،
        وتوعد المتمردين بالرد"): whom it threatens. None, or (the side it threatens or accuses, or None,)."""
        if trig.data["entry"].id != "vow_fight" and trig.norm not in _STATED_PERFECTS:
            return None
        if trig.data.get("prefix") != "و":
            return None
        word_start = trig.nspan.start - 1
        if not self.text[max(c.start, word_start - 3) : word_start].rstrip().endswith(("،", ",")):
            return None
        s, _ = self.doc.sentences[c.sentence]
        if _THAT.isdisjoint(self.text[s:word_start].split()):
            return None
        after = next((m for m in self._named(c) if m.nspan.start >= trig.nspan.end), None)
        obj = after if after is not None and self._threatened_after(trig, after) else None
        if agent.nspan.start < trig.nspan.start:
            lo = agent.nspan.start - len(agent.data.get("prefix", ""))
            return (obj,) if not _THAT.isdisjoint(self.text[s:lo].split()) else None
        return (obj,) if obj is agent else None

    def _threatened_after(self, trig: Mention, m: Mention) -> bool:
        """``m``, right after a verb of threatening or accusing, is an armed group followed by what it is
        threatened with or charged with ("وتوعد المتمردين بالرد"، "واتهم الحوثيين بخرق …")."""
        if _entry(trig).get("plover_type") not in ("THREATEN", "ACCUSE") or trig.norm in _STATED_SIDE_FIRST:
            return False
        if self.text[trig.nspan.end : m.nspan.start - len(m.data.get("prefix", ""))].split():
            return False
        if not (m.data["entry"].get("code") or "").endswith(("REB", "UAF")):
            return False
        nxt = self.text[m.nspan.end : m.nspan.end + 16].split()[:1]
        return bool(nxt) and (
            nxt[0] in ("من", "الي", "علي") or (nxt[0][:1] == "ب" and len(nxt[0]) > 2 and nxt[0][:2] != "به")
        )  # ("برد حازم"، "بخرق"; not a pronoun: "بها")

    def _doer_going_on(self, c: Clause, clauses: list[tuple[Clause, int | None]]) -> Actor | None:
        """Who goes on acting in a coordinated verb: the doer of the sentence's last act; else the speaker it
        opened with, before what he said ("وقالت الحكومة ان …، ودعت الامم المتحدة الى …"), or nobody codable
        ("وقالت الوحدات ان الجيش قصف …، وحثت انقرة على …": not the side asked)."""
        last = self._told_before(c)
        if last is not None:
            return last.actor1
        if self._unnamed_opener(c):
            return None  # "شككت اصوات بسياسة انقرة …، واتهمت الحكومة بـ…": voices accuse, not Ankara
        return self._speaker(clauses, said=True)

    def _unnamed_opener(self, c: Clause) -> bool:
        """The sentence of ``c`` opens with a subject of no one in particular before any side it names ("في
        المقابل شككت اصوات بسياسة انقرة"، "وقالت مصادر ان …"): the side named after it is in what they did or
        said (but "مصادر في الحكومة اليمنية": sources inside a side speak for it)."""
        s, _ = self.doc.sentences[c.sentence]
        head = next(x for x in self.doc.clauses if x.sentence == c.sentence)
        named = self._named(head)
        upto = named[0].nspan.start - len(named[0].data.get("prefix", "")) if named else head.end
        words = self.text[s:upto].split()[:5]
        k = next((k for k, w in enumerate(words) if _in(w, _GENERIC_SUBJECTS)), None)
        return k is not None and not (named and _source_in(words[k:]))

    def _addressee_only(self, c: Clause, trig: Mention, agent: Mention | None) -> bool:
        if (
            agent is None
            or agent.nspan.start < trig.nspan.end
            or _entry(trig).get("plover_type") not in ("REQUEST", "ACCUSE")
            # (an act told before in the sentence, or at least a clause of its own: the verb goes on with it)
            or (
                self._told_before(c) is None
                and (c.index == 0 or self.doc.clauses[c.index - 1].sentence != c.sentence)
            )
        ):
            return False
        word_start = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = self.text[max(c.start, word_start - 8) : word_start].split()[-1:]
        if not (trig.data.get("prefix", "").startswith("و") or before in (["كما"], ["وكما"])):
            return False
        nxt = self.text[agent.nspan.end : agent.nspan.end + 16].split()[:1]
        return bool(nxt) and (nxt[0] in ("الي", "علي") or (nxt[0][:1] == "ب" and len(nxt[0]) > 3))

    def _told_to_bear(self, c: Clause, trig: Mention, agent: Mention | None) -> bool:
        """The side right after a verb of asking is told to bear its own responsibilities ("طالب مجلس الامن
        بتحمل كامل مسؤولياته"): it is whom the verb asks, not its subject."""
        if (
            agent is None
            or agent.nspan.start < trig.nspan.end
            or _entry(trig).get("plover_type") != "REQUEST"
        ):
            return False
        nxt = self.text[agent.nspan.end : c.end].split()[:3]
        return bool(nxt) and nxt[0] == "بتحمل" and any(w.startswith("مسؤولي") for w in nxt[1:])

    def _host_met(
        self, c: Clause, trig: Mention, agent: Mention | None, actor1: Actor | None
    ) -> Actor | None:
        """The visitor of the sentence's last visit, when a coordinated verb of meeting (والتقى، واجتمع) names
        after it the side of the place visited: that side is whom the visitor met. So of the sentence right
        after, opened by the verb ("وصل الوزير الاردني الى القاهرة امس. ويلتقي الرئيس المصري اليوم"): the
        visitor goes on, the side after the verb is whom he meets."""
        last = self.drafts[-1] if self.drafts else None
        if (
            agent is None
            or actor1 is None
            or last is None
            or agent.nspan.start < trig.nspan.end
            # ("زار الوزير عمان حيث التقى الملك": where he met — the visit's place)
            or not (trig.data.get("prefix", "").startswith("و") or self._where_met(trig))
            or _entry(trig).get("plover_type") != "CONSULT"
            or last.plover_type != "CONSULT"
            or not (
                last.clause.sentence == c.sentence
                or (
                    last.clause.sentence == c.sentence - 1
                    and self._opens_sentence(c, trig)
                    # (in the present or the future, as a visit's programme is told: "والتقى الرئيس المصري
                    # وفدا" in a sentence of its own is his own act)
                    and (trig.norm.startswith(("ي", "ت")) or trig.data.get("prefix", "").endswith("س"))
                )
            )
            or last.actor1 is None
            or last.actor2 is None
        ):
            return None
        if actor1.code is None or actor1.code == last.actor1.code:
            return None
        if actor1.code != last.actor2.code and not (
            # "وصل المبعوث الى الرياض امس، والتقى الرئيس اليمني": in the sentence of his journey, the one side
            # after the verb of meeting is whom the traveller met there, whosever the place
            last.clause.sentence == c.sentence
            and last.trigger.data["entry"].id in _TRAVEL_OR_VISIT
            and not any(
                m.nspan.start >= agent.nspan.end
                and m.data["entry"].get("code") != agent.data["entry"].get("code")
                for m in c.of("actors")
            )
        ):
            return None
        return last.actor1

    def _where_met(self, trig: Mention) -> bool:
        """The verb is told as done at the place just named: right after حيث or هناك ("… عمان، حيث التقى …")."""
        start = trig.nspan.start - len(trig.data.get("prefix", ""))
        before = self.text[max(0, start - 10) : start].split()[-1:]
        return bool(before) and before[0].lstrip("و") in ("حيث", "هناك")

    def _opens_sentence(self, c: Clause, trig: Mention) -> bool:
        """``trig`` is the first word of its sentence."""
        s, _ = self.doc.sentences[c.sentence]
        return not self.text[s : trig.nspan.start - len(trig.data.get("prefix", ""))].strip()

    def _sources_go_on(self, c: Clause, trig: Mention) -> bool:
        """ "وبينت المصادر ان ولد الشيخ …، وطالبت بان …": a coordinated verb in the feminine, in a sentence that
        unnamed sources open, goes on with what the sources did — not with a side named in what they said."""
        if (
            not trig.data.get("prefix", "").startswith("و")
            or not trig.norm.endswith("ت")
            or trig.norm.endswith("ات")
        ):
            return False
        s, _ = self.doc.sentences[c.sentence]
        words = self.text[s : s + 60].split()[:2]
        if len(words) < 2 or words[1] not in ("مصادر", "المصادر"):
            return False
        # (not sources inside a side: "وقالت مصادر في الحكومة اليمنية")
        head = next(x for x in self.doc.clauses if x.sentence == c.sentence)
        named = self._named(head)
        return not (named and _source_in(self.text[s : named[0].nspan.start].split()[1:]))

    def _opinion(self, c: Clause, m: Mention) -> bool:
        """ "ويرى مراقبون ان الحكومة ترفض …"، "وقال المحلل السياسي ان روسيا تدعم …": what an observer thinks
        or an analyst says of a side is opinion, no act of that side."""
        s, _ = self.doc.sentences[c.sentence]
        words = self.text[s : m.nspan.start].split()
        for k, w in enumerate(words):
            w = w.lstrip("وف")
            if (w in _OPINION_VERBS or w in _ANALYSTS) and not _THAT.isdisjoint(words[k + 1 :]):
                return True
        return False

    def _denies_a_rejection(self, c: Clause, m: Mention) -> bool:
        """ "نفى المتحدث ان يكون قد رفض الطلب"، "نفت الحكومة رفضها المبادرة": a side denying it rejected
        something rejects nothing — the denial's object is a rejection, told right after it (past its subject
        and "that it had")."""
        if m.data["entry"].id not in _DENIALS:
            return False
        s, e = self.doc.sentences[c.sentence]
        sides = [a for k in self.doc.clauses if k.sentence == c.sentence for a in k.of("actors")]
        for k in self.doc.clauses[c.index :]:
            if k.sentence != c.sentence:
                break
            for t in k.of("triggers"):
                if t.nspan.start <= m.nspan.end or _entry(t).get("plover_type") != "REJECT":
                    continue
                if t.data["entry"].id in _DENIALS or t.data.get("prefix", "").startswith(("و", "ف")):
                    return False  # (a second act: "نفى … الانباء عن مقتل قائدهم ورفض الهدنة")
                gap = self.text[m.nspan.end : t.nspan.start - len(t.data.get("prefix", ""))]
                for a in sorted(sides, key=lambda a: -a.nspan.start):
                    if m.nspan.end <= a.nspan.start and a.nspan.end <= t.nspan.start:
                        lo = a.nspan.start - len(a.data.get("prefix", "")) - m.nspan.end
                        gap = gap[: max(lo, 0)] + " " + gap[a.nspan.end - m.nspan.end :]
                words = [w.lstrip("و") for w in gap.translate(QUOTES_TO_SPACES).split()]
                # "نفى المتحدث … على صفحته ما نقل عن زعيمهم بشان رفضه …": a report of the rejection denied
                k = max((j for j, w in enumerate(words) if w in _REPORTED), default=-1)
                if k >= 0 and len(words) - k <= _DENIED_GAP // 2:
                    return True
                return len(words) <= _DENIED_GAP and all(w in _DENIED_WORDS or w in _TITLES for w in words)
        return False

    def _hypothetical(self, c: Clause, m: Mention) -> bool:
        """ "اذا توجهت البلاد الى انتخابات"، "في حال رفضت الحكومة": an act under a condition is none told."""
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        before = [
            w[1:] if w[:1] == "و" and len(w) > 2 else w
            for w in self.text[max(c.start, word_start - 30) : word_start].split()[-4:]
        ]
        if not _WHEN.isdisjoint(before) and (
            m.data.get("prefix", "").endswith("س") or m.norm.startswith(("ي", "ن"))
        ):
            return True  # "عندما سيلتقي … وجها لوجه معهم": what a side will do when something happens
        if "هل" in before or "فهل" in before:
            return True  # "هل ستدين الامم المتحدة القصف؟": an act asked about is none told
        return (
            not _IF.isdisjoint(before)
            or any(a == "في" and b in ("حال", "حاله") for a, b in zip(before, before[1:], strict=False))
            or self._answer_of_condition(c, m, word_start)
        )

    def _answer_of_condition(self, c: Clause, m: Mention, word_start: int) -> bool:
        """ "واذا وافقت المعارضة على الحوار فان موسكو ستدعم المفاوضات": the act a condition opening the sentence
        is answered with (after its فـ) is as hypothetical as the condition — but for sanctions and threats, which a
        condition makes a threat ("اذا استمر القصف فان بلاده ستفرض عقوبات")."""
        if _entry(m).get("plover_type") in ("SANCTION", "THREATEN"):
            return False
        s, _ = self.doc.sentences[c.sentence]
        words = [w[1:] if w[:1] == "و" and len(w) > 2 else w for w in self.text[s:word_start].split()]
        at = next(
            (
                k
                for k, w in enumerate(words)
                if w in _IF or (w == "في" and words[k + 1 : k + 2] in (["حال"], ["حاله"]))
            ),
            None,
        )
        if at is None:
            return False
        return m.data.get("prefix", "").startswith("ف") or any(
            w in _CONDITION_ANSWERS for w in words[at + 1 :]
        )

    def _described(self, c: Clause, m: Mention) -> bool:
        """ "الهدنة التي طالب بها الرئيس"، "الدول التي ايدت القرار": an act told in a relative clause describes
        what it is about — background, unless the relative clause dates it ("التي اعلنتها القيادة امس")."""
        if m.data.get("prefix", "").lstrip("وف"):
            return False
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        before = self.text[max(c.start, word_start - 10) : word_start].split()[-1:]
        if not before or before[0] not in _RELATIVES:
            return False
        told = self.text[max(c.start, word_start - 30) : word_start].split()
        if self._answered(m, told) and self._subject_after(c, m):
            return False  # "وهو الاتهام الذي نفاه وزير الاعلام": an answer to what the clause told, its doer named
        if _while(self.text, m):
            return False  # "في الوقت الذي نفى فيه المتحدث …": while — an act of its own
        if self._verb_led(m) and any(
            not self.text[s.nspan.end : word_start].replace(before[0], "", 1).strip() for s in self._named(c)
        ):
            return False  # "بالكويت التي قدمت مساعدات": the side named right before does the act (_relative_subject)
        return not find_time_expressions(self.text, m.nspan.end, c.end)

    def _not_an_act(self, m: Mention) -> bool:
        """The political word names no act here: "مركز تنسيق"، "غرفة التنسيق" (a body named by it); "بدعم من
        طائرات التحالف" (with the support of: how another act was done); "في مقاطعة كيبيك" (a province);
        "استقبلت المستشفيات عشرات الجرحى" (patients, not guests)."""
        prefix = m.data.get("prefix", "")
        word_start = m.nspan.start - len(prefix)
        before = self.text[max(0, word_start - 12) : word_start].split()[-1:]
        after = self.text[m.nspan.end : m.nspan.end + 40].split()[:4]
        plover = _entry(m).get("plover_type")
        if before and _in(before[0], _BODIES) and prefix.lstrip("وف") in ("", "ال", "لل"):
            return True
        if plover == "CONSULT" and "مع" in (far := self.text[m.nspan.end : m.nspan.end + 80].split()[:8]):
            # "اجرى اتصالات مع رؤساء مكاتب الحزب"، "اجتمع بقيادات الحركة": talks inside the doer's own body (its
            # offices and ranks, the body named back with the article alone), no act between distinct sides
            with_ = far[far.index("مع") + 1 :][:4]
            if (
                len(with_) >= 2
                and with_[0].lstrip("و") in _OWN_RANKS
                and any(w in _OWN_BODIES for w in with_[1:3])
            ):
                return True
        if (
            _entry(m).get("pos") == "noun"
            and not prefix.lstrip("وف").startswith("ب")
            and self._topic(word_start)
        ):
            return True  # "موقف الحوثيين من الهدنة"، "خلافات حول المفاوضات": what a stance or a talk is about
        if (
            plover == "SUPPORT"
            and prefix.lstrip("وف") == "ب"
            and not any(
                _in(w, _PLEDGES) for w in self.text[max(0, word_start - 60) : word_start].split()[-5:]
            )
        ):
            # "بدعم من طائرات التحالف"، "بمساندة اهالي المدينة"، "تحظى بدعم دولي": with the support of — how
            # another act is done or what a side enjoys (but "تعهدت بدعم الحكومة": a pledge of support)
            return True
        if _entry(m).get("pos") == "noun" and prefix.lstrip("وف") in ("", "ال"):
            # "ستجري بموجب الاتفاق"، "وفق الاتفاق"، "وفقا لاطار الاتفاق النووي": the act a document records,
            # referred to as the terms of something else, is no act of the day (but "في اطار زيارة …": a visit)
            words = [w.lstrip("و") for w in self.text[max(0, word_start - 30) : word_start].split()[-2:]]
            if words and (words[-1] in _UNDER or (plover == "AGREE" and words[-1] in _FRAMEWORK)):
                return True
        if m.data["entry"].id == "tour" and any(
            w == "من" and _TALKS.match(nxt) for w, nxt in zip(after, after[1:], strict=False)
        ):
            return True  # "الجولة الاخيرة من المفاوضات بين وفدي …": a round of the talks named after it
        if m.norm == "مقاطعه" and (
            (before and before[0].lstrip("و") in ("في", "من")) or self._place_named_at(m.nspan.end + 1)
        ):
            return True  # "مقاطعة كوباني"، "مقاطعة الجزيرة": the canton named (a boycott of a state is one)
        if any(_in(w, _SIGNS) for w in self.text[max(0, word_start - 30) : word_start].split()[-2:]):
            return True  # "ولافتة كبيرة تندد بجرائم داعش": a sign (and its adjective) says it, for the protesters
        if m.norm == "حظر" and after[:1] and after[0].removeprefix("ال") in ("طيران", "جوي"):
            return True  # "منطقة حظر الطيران": a no-fly zone, no sanction of anyone
        if (
            plover == "SUPPORT"
            and m.norm == "مسانده"
            and not prefix
            and before
            and _in(before[0], _FORCES)
            and after[:1]
            and after[0][:1] == "ل"
        ):
            return True  # "وحدات حماية الشعب وفصائل مقاتلة مساندة لها": a force that supports it, no act
        if m.data["entry"].id == "arrive" and (
            prefix.lstrip("وفس") or (before and before[0].lstrip("و") in _PREPOSITIONS)
        ):
            return True  # "كشف عن توجه حكومته لمحاسبة …": توجه the noun (a leaning), no travel
        if m.norm in ("اقر", "اقرت") and _ADMITTED.search(
            self.text, m.nspan.end, min(len(self.text), m.nspan.end + 60)
        ):
            return True  # "واقر التنظيم في منتصف يونيو بمقتل زعيمه": he admitted it, agreed to nothing
        if m.data["entry"].id in ("visit", "visit_noun") and not _VISITED_PEOPLE.isdisjoint(
            w.removeprefix("ال") for w in self.text[m.nspan.end : m.nspan.end + 60].split()[:6]
        ):
            return True  # "زار والدي الطفل في المستشفى"، "زار الجرحى": a visit of comfort, no diplomacy
        # (after the whole word: "وطالبها بدعم …" is read طالبه and its ا)
        nxt = self.text[m.nspan.end + len(m.data.get("suffix", "")) : m.nspan.end + 40].split()[:1]
        if m.norm == "طالبه" and (
            not prefix
            or not nxt
            or not nxt[0].startswith("ب")
            or nxt[0].startswith(("بجروح", "بجامعه", "بكليه", "بمدرسه", "بالجامعه", "بالكليه", "بالمدرسه"))
        ):
            return (
                True  # "وطالبة بجامعة صنعاء"، "طالبة جامعية": a student (ة), not "وطالبه بوقف …" (asked him)
            )
        if m.data["entry"].id == "aid" and _MONEY.match(m.norm) and not self._money_given(m):
            return True  # "خسائر بقيمة 10 ملايين دولار": a sum no one gives
        if m.data["entry"].id in _RECEIVING and any(
            w in _RECEIVED or w[:1].isdigit() or w in ("عشرات", "مئات", "الاف", "الوف", "الاف") for w in after
        ):
            return True
        return False

    def _money_given(self, m: Mention, giving: frozenset[str] = _MONEY_GIVING) -> bool:
        """A sum of money given: a verb of giving before it in its sentence ("تقديم 50 مليون دولار"، "منحت المانيا
        الحكومة الافغانية 100 مليون يورو"، "تعهدت بتقديم مبلغ 20 مليون جنيه"); the sum of aid named with it ("بتقديم
        مساعدات بقيمة 200 مليون دولار") is given by the same verb."""
        lo = max(self._sentence_start(m.nspan.start), m.nspan.start - 90)
        words = self.text[lo : m.nspan.start].split()
        while words and (words[-1][:1].isdigit() or words[-1].lstrip("وب") in _MONEY_MEASURE):
            words.pop()  # the number and its measure: "مبلغ 10"، "بنحو 5"
        words = words[-_MONEY_REACH:]
        return any(w.lstrip("و") in giving for w in words) and not any(
            w.lstrip("وب").removeprefix("ال") in _NOT_AID_SUMS for w in words
        )

    def _name_not_verb(self, c: Clause, m: Mention) -> bool:
        """The bare دان is a verb of condemning only opening its clause with its subject right after it ("ودان
        وزير الخارجية الهجوم"، "دان رئيس البرلمان …"); elsewhere it is a name ("وقال دان سميث") or, with و, the
        town of Waddan ("في ودان")."""
        if m.norm != "دان" or m.data["entry"].id != "condemn":
            return False
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        if self.text[c.start : word_start].strip(" \n،,:-"):
            return True
        nxt = _NONSPACE.search(self.text, m.nspan.end + len(m.data.get("suffix", "")), c.end)
        if nxt is None:
            return True
        word = nxt.group()
        return not (
            word in _TITLES
            or word in _BARE_TITLES
            or word in _OFFICE_HEADS
            or any(a.nspan.start - len(a.data.get("prefix", "")) == nxt.start() for a in c.of("actors"))
        )

    def _place_named_at(self, at: int) -> bool:
        """A place other than a country is named from ``at`` on (the toponyms: a few an article)."""
        for i, t in enumerate(self.doc.toponyms):
            if t.start == at:
                return not self._country_named(i)
        return False

    def _topic(self, at: int) -> bool:
        """The words before ``at`` make what follows a topic: after حول، بشان، ازاء …, or after من with a stance
        (موقف، مواقف) a few words before it."""
        before = self.text[max(0, at - 40) : at].split()[-4:]
        if not before:
            return False
        last = before[-1][1:] if before[-1][:1] == "و" and len(before[-1]) > 3 else before[-1]
        if last in _NOT_VENUE - {"مع"}:
            return True
        return last == "من" and any(
            w.lstrip("و") in ("موقف", "مواقف", "موقفها", "موقفه") for w in before[:-1]
        )

    def _acting_with(
        self, actors: list[Mention], agent: Mention, actor1: Actor, actor2: Actor | None
    ) -> list[Actor]:
        """The sides named with the doer by و ("ارسلت السعودية والامارات طائرات …"، "ادانت الكويت وقطر الهجوم"):
        they act with it, its associates (not the counterpart, nor the doer's own side named twice)."""
        out: list[Actor] = []
        seen = {actor1.code, actor2.code if actor2 is not None else None}
        prev = agent
        for m in (m for m in actors if m.nspan.start > agent.nspan.start):
            if not self._joined(prev, m):
                break
            prev = m
            a = self._actor(m)
            if a.code is not None and a.code not in seen:
                seen.add(a.code)
                out.append(a)
        return out

    def _joined(self, a: Mention, b: Mention) -> bool:
        """``b`` is named with ``a`` by و right after it ("السعودية والامارات")."""
        prefix = b.data.get("prefix", "")
        # (past an adjective of the first: "الحكومة اليمنية المقيمة وقوات التحالف")
        gap = self.text[a.nspan.end : b.nspan.start - len(prefix)].replace("،", " ").split()
        return prefix.startswith("و") and (not gap or (len(gap) == 1 and gap[0].startswith("ال")))

    def _against(self, m: Mention) -> bool:
        """ "ايد الاجراءات التركية ضد تنظيم داعش"، "دعا الى تحالف ضد الارهاب": the side after ضد is whom what
        the act is about is aimed at, not the act's counterpart."""
        word_start = m.nspan.start - len(m.data.get("prefix", ""))
        words = self.text[max(0, word_start - 10) : word_start].replace("(", " ").replace("«", " ").split()
        return words[-1:] == ["ضد"]

    def _governed(self, m: Mention) -> bool:
        """ "نداء الى الامم المتحدة"، "اكدت لرئيس الوزراء"، "مع الحكومة": a side after a preposition is whom
        something goes to or is done with, never the subject of the act told after it."""
        prefix = m.data.get("prefix", "").lstrip("وف")
        before = self.text[max(0, m.nspan.start - len(prefix) - 12) : m.nspan.start - len(prefix)].split()[
            -1:
        ]
        if prefix.startswith("ل"):
            # (but "بيان لوزارة الخارجية"، "وفقا للجيش": the side's own statement, its source; "الامين العام
            # لحلف شمال الاطلسي"، "المدير العام للوكالة": the side whose head speaks)
            return not before or not (_in(before[0], _SOURCE_NOUNS) or before[0] in ("العام", "التنفيذي"))
        return bool(before) and _in(before[0], _GOVERNING)

    def _place_like(self, m: Mention) -> bool:
        """A country or capital right after a visit verb is where the visit goes: "سيزور الرياض"."""
        return self.doc.in_toponym(m.nspan.start, m.nspan.end)

    def _regime_object(self, c: Clause, trig: Mention, agent: Mention | None, actor1: Actor) -> Actor | None:
        """Bare النظام as the object of an act of speech in a report on Syria, right after the verb or its subject
        ("حملت المعارضة السورية النظام مسؤولية المجزرة"، "طالب الائتلاف النظام بالافراج عن المعتقلين"): the
        Syrian government, as the press calls it."""
        if (
            self.doc.country != "SYR"
            or actor1.country == "SYR"
            and (actor1.code or "").endswith(("GOV", "MIL"))
        ):
            return None
        if (_entry(trig).get("plover_type") or ALSO_POLITICAL.get(trig.data["entry"].id)) not in _SPEECH_ACTS:
            return None
        at = agent.nspan.end if agent is not None and agent.nspan.start >= trig.nspan.end else trig.nspan.end
        word = _NONSPACE.search(self.text, at, c.end)
        if word is None or word.group().rstrip("،,.") != "النظام":
            return None
        follows = _NONSPACE.search(self.text, word.end(), c.end)
        if follows is not None and follows.group() in _REGIME_NOT_SYRIAN:
            return None  # "النظام الايراني"، "النظام الدولي": another
        return Actor(
            code="SYRGOV", name="Government of Syria", name_ar=word.group(), inter=INTER_STATE, country="SYR"
        )

    def _government_of_place(self, i: int) -> Actor | None:
        place = self.doc.places[i]
        if place is None or not place.country:
            return None
        c = place.country
        return Actor(
            code=f"{c}GOV", name=f"Government of {COUNTRY_NAMES.get(c, c)}", inter=INTER_STATE, country=c
        )

    def _place_dates(
        self, c: Clause, trig: Mention, status: str, agent: Mention | None = None
    ) -> list[tuple[int | None, DateValue | None]]:
        tops = self.doc.toponyms
        # a toponym that is also a person's name in the lexicon (كيري) is the person
        people = [m for m in c.of("actors") if not self._is_country_alias(m)]
        if c.toponyms and trig.data["entry"].id not in _VISITS:
            # a state named as another side than the doer, right after the act or a side, is not where the doer
            # acts ("حذرت ايران السعودية"، "استخدمت روسيا والصين الفيتو"); a visit's object is where it goes
            # ("زار الوزير طهران"، "جولة تشمل فرنسا")
            named = self._named(c)
            people += [
                m
                for m in named
                if (agent is None or m.nspan != agent.nspan)
                and self._is_country_alias(m)
                and not self._where(m)
                and self._after_side(c, m, [trig, *named])
            ]
        if (
            agent is not None
            and _entry(trig).get("plover_type") in _STATEMENT_TYPES
            and self._is_country_alias(agent)
            and not self._where(agent)
        ):
            # a statement is made from nowhere the text names: the state that speaks is its side ("انتقدت روسيا
            # خطط …"، "ودولة البحرين تدين الجريمة"), not where it was said
            people.append(agent)
        usable = [
            i
            for i in c.toponyms
            if (
                getattr(tops[i], "type_word", None)
                or not any(m.nspan.start < tops[i].end and tops[i].start < m.nspan.end for m in people)
            )
            and not self._in_a_title(i)
            and _STANCE_NOUNS.isdisjoint(self.text[max(0, tops[i].start - 12) : tops[i].start].split()[-1:])
            # ("اجتمعت حكومة انقرة لتعزيز امنها على الحدود مع سوريا": with, never where)
            and _NOT_VENUE.isdisjoint(self.text[max(0, tops[i].start - 8) : tops[i].start].split()[-1:])
            and not self._against_state(c, i)
        ]
        # the places of this act: after its verb and close to it ("سيسافر الى روسيا والولايات المتحده"), not a
        # place the rest of the sentence mentions ("… وقف اطلاق النار في سوريا")
        near = [
            i
            for i in usable
            if 0 <= tops[i].start - trig.nspan.end
            and self._words(trig.nspan.end, tops[i].start) <= _NEAR_WORDS
        ]
        # "سيلتقي بعد زيارته دمشق قيادات المعارضة": the place of a visit or meeting told as what comes before or
        # after the act is that occasion's, not the act's (not so "خلال زيارته": the same occasion, the same place)
        occasions = [
            t.nspan.end + len(t.data.get("suffix", ""))
            for t in c.of("triggers")
            if t is not trig
            and t.nspan.start >= trig.nspan.end
            and _entry(t).get("category") == "political"
            and _possessed(t)
            and self._setting_word(t).lstrip("و") in _OTHER_OCCASION
        ]
        near = [
            i
            for i in near
            if not any(0 <= tops[i].start - e and self._words(e, tops[i].start) <= 1 for e in occasions)
        ]
        # further on, a place the clause introduces with في ("… مع وزير الخارجيه الايطالي باولو جينتيلوني في
        # العاصمه الايطاليه روما")
        located = [
            i
            for i in usable
            if tops[i].start > trig.nspan.end
            and "في" in self.text[max(trig.nspan.end, tops[i].start - 30) : tops[i].start].split()[-3:]
        ][:1]
        # a visit's object is where it went, its subject (and his title) between: "زار مبعوث الامم المتحدة
        # الخاص الى سوريا ستيفان دي ميستورا بكين"
        visited = (
            [i for i in usable if tops[i].start > trig.nspan.end][:1]
            if trig.data["entry"].id == "visit"
            else []
        )
        if trig.data["entry"].id == "arrive":
            # where an official travels to, past his title: "وصل المبعوث الخاص الى اليمن … الى مسقط"
            visited = [
                i
                for i in usable
                if tops[i].start > trig.nspan.end
                and self.text[max(0, tops[i].start - 8) : tops[i].start].split()[-1:] in (["الي"], ["والي"])
            ][:1]
            near = near or visited
        if near or located:
            talked = [
                i
                for i in dict.fromkeys(near + located)
                if not _TALKED_OF.isdisjoint(
                    w[1:] if w[:1] in "وف" else w for w in self.text[trig.nspan.end : tops[i].start].split()
                )
            ]
            if talked:
                near = [i for i in near if i not in talked]
                located = [i for i in located if i not in talked]
        topical: list[int] = []
        if (near or located) and _entry(trig).get("plover_type") in _SPEECH_ACTS:
            # "ادان الهجمات التي وقعت في ديالى"، "طالب الامم المتحدة بتكثيف جهودها في اليمن": a place in the
            # object of a statement (past a relative clause or a verbal noun of it) is no venue; a country so
            # named stands, at the country's level, only for a statement the text places nowhere else
            # "نافيا اتهامات ايران"، "انتقد تدخل ايران": a state named after it as a side (not في ايران) is so too
            states = [
                m for m in c.of("actors") if m.nspan.start > trig.nspan.end and self._is_country_alias(m)
            ]
            inside = [
                i
                for i in dict.fromkeys(near + located)
                if self._in_object(trig, tops[i].start)
                or self._country_named(i)
                and any(
                    m.nspan.start < tops[i].end and tops[i].start < m.nspan.end and not self._where(m)
                    for m in states
                )
            ]
            if inside:
                near = [i for i in near if i not in inside]
                located = [i for i in located if i not in inside]
                topical = [i for i in inside if self._country_named(i)][:1]
        if located and not self._country_named(located[0]):
            # "محادثات سلام ليبيا يوم الاثنين في جنيف": the country is the talks' topic, the city where
            near = [i for i in near if not self._country_named(i)]
        if trig.data["entry"].id in _SAID_OF:
            # "يقف وراء التفجير الذي استهدف الاثنين بلدة …": where the attack was, not where it was laid to
            near = [i for i in near if not self._referred(c, trig, tops[i].start)]
            located = [i for i in located if not self._referred(c, trig, tops[i].start)]
        places = near or located or visited or [i for i in usable if tops[i].start < trig.nspan.start][-1:]
        if places and not (near or located or visited) and participle(trig.norm):
            # "قال مسؤول ان الجيش لم يقصف قرية بشمال سوريا، نافيا رواية …": the place is in what was said before
            # the participle (after its ان), not where the denial was made
            s_start, _ = self.doc.sentences[c.sentence]
            if any(w in _THAT for w in self.text[s_start : tops[places[0]].start].split()):
                places = []
        places = places or topical
        dates = self._date_splitter(c, future=status == "planned") if self._date_splitter else []
        # "رفضوا استلام رواتبهم لشهر يوليو": the month the wages are for, not the day of the act
        periods = [dv for s_, dv in dates if self._period_of(s_)]
        if periods:
            dates = [(s_, dv) for s_, dv in dates if not self._period_of(s_)]
            if not dates and c.date is not None and any(c.date.date == dv.date for dv in periods):
                prior = c.prior_date
                if prior is None or prior.date is None or prior.date == c.date.date:
                    prior = DateValue(self.doc.article.published, TIME_DAY, "publication")
                return [(places[0] if places else None, prior)]
        dates = [(s_, dv) for s_, dv in dates if s_ >= trig.nspan.start] or dates
        asked = self._asked_from(c, trig)
        if asked is None and trig.data["entry"].id in _DENIALS:
            # "نفت الوزارة ان يكون اي من المقاتلين قد خطف في سوريا": what is denied, not where it was denied
            asked = next(
                (
                    w.start()
                    for k, w in enumerate(_NONSPACE.finditer(self.text, trig.nspan.end, c.end))
                    if k <= _DENIED_THAT_REACH and w.group() in _THAT
                ),
                None,
            )
        if asked is not None:
            # "دعا الحزب الى تجمع ضخم الاحد في اسطنبول": the day and the city are the rally's, what is asked
            # for, not the call's (made where and when the report tells, not on the past Sunday)
            places = [i for i in places if tops[i].start < asked or self._set_at(tops[i].start)]
            kept = [
                (s_, dv) for s_, dv in dates if s_ < asked or self.text[s_ : s_ + 8].split()[:1] in _PAST_DAYS
            ]
            if dates and not kept:
                prior = c.prior_date
                if prior is None or prior.date is None or (c.date is not None and prior.date == c.date.date):
                    prior = DateValue(self.doc.article.published, TIME_DAY, "publication")
                elif status == "planned" and prior.date < self.doc.article.published:
                    # "وسيدعو الامين العام الى جلسة في ال29": a call to come, of no day of its own — the month it
                    # was announced in (not a day past, nor the day of the session it calls)
                    prior = DateValue(self.doc.article.published, TIME_MONTH, "publication")
                return [(places[0] if places else None, prior)]
            dates = kept
        own = [(s_, dv) for s_, dv in dates if not self._referred(c, trig, s_)]
        if dates and not own:
            # "اعرب عن امله في ان تحترم … الهدنه التي اعلنتها القياده امس الاول": the date is the truce's
            return [(places[0] if places else None, c.prior_date or c.date)]
        dates = own
        if len(dates) >= 2 and len(places) >= 2:
            starts = [tops[p].start for p in places]
            if max(starts) < dates[0][0] and len(dates) >= len(places):
                # "الى روسيا والولايات المتحده يومي اليوم وغدا": the places and the dates in parallel
                return [(p, dates[k][1]) for k, p in enumerate(places)]
            # "سيزور موسكو يوم الخميس … وواشنطن يوم الجمعة …": each place takes the date written after it
            out = []
            for p in places:
                after = [dv for (s_, dv) in dates if s_ >= tops[p].start]
                out.append((p, after[0] if after else dates[-1][1]))
            return out
        date = dates[0][1] if dates else self._week_told_before(c)
        if not places:
            return [(None, date)]
        if trig.data["entry"].id in _VISITS:
            # "جولة تشمل بريطانيا وبلجيكا وفرنسا": a visit to each of the states listed, one event a place
            listed = [places[0]]
            for p in places[1:]:
                if self.text[tops[listed[-1]].end : tops[p].start].strip(_LIST_GLUE):
                    break
                listed.append(p)
            return [(p, date) for p in listed]
        return [(places[0], date)]

    def _week_told_before(self, c: Clause) -> DateValue | None:
        """The date of a clause with none of its own: the week an earlier clause of its sentence told ("وغيرت
        تركيا موقفها هذا الاسبوع واقدمت على فتح قواعدها …": the acts coordinated after it are of that week, not of
        the day the article's context carries, which a week does not change), else the one it inherits."""
        if c.date is None or c.date.basis != "inherited":
            return c.date
        for before in reversed(self.doc.clauses[: c.index]):
            if before.sentence != c.sentence or before.date is None:
                break
            if before.date.basis != "inherited":
                return before.date if before.date.precision == TIME_WEEK else c.date
        return c.date

    def _asked_from(self, c: Clause, trig: Mention) -> int | None:
        """Where what a call asks for begins ("دعا الحزب الى تجمع …"، "حث الاطراف على …"): the offset of the
        first الى / على / بضرورة after a verb of asking, within reach — not الى in an envoy's title ("المبعوث
        الى اليمن") nor علي in a name; None for other acts."""
        if _entry(trig).get("plover_type") != "REQUEST" or trig.data["entry"].id in _VISITS:
            return None
        text, pos = self.text, trig.nspan.end
        for k, w in enumerate(_NONSPACE.finditer(text, pos, c.end)):
            if k > _ASK_REACH:
                return None
            word = w.group()
            if word not in _CONTENT or (
                word == "علي"
                and text[max(0, w.start() - 6) : w.start()].split()[-1:]
                and text[max(0, w.start() - 6) : w.start()].split()[-1] in _LINEAGE
            ):
                continue
            if word == "الي" and self.doc.in_toponym(w.end() + 1, w.end() + 2):
                continue  # ("المبعوث الخاص الى اليمن"): a title, not what is asked
            return w.start()
        return None

    def _in_object(self, trig: Mention, start: int) -> bool:
        """The place at ``start``, after a statement's trigger, is within its object: a relative clause or a
        verbal noun stands between them ("الهجمات التي وقعت في"، "بارسال قوات الي"), and no occasion of the
        statement ("في مؤتمر صحفي في") or word of the setting (خلال زيارته الى) after it."""
        words = self.text[trig.nspan.end : start].split()
        opens = [k for k, w in enumerate(words) if w.lstrip("و") in _RELATIVES or _OBJECT_MASDAR.match(w)]
        if not opens:
            # "ندد الامين العام بالهجوم على منزل عائلة في قرية دوما": the act of violence condemned (or warned
            # of) stands between — the place is its scene, not where the statement was made
            act = next(
                (
                    m.nspan.start
                    for m in self.doc.mentions
                    if trig.nspan.end <= m.nspan.start < start
                    and m.kind == "triggers"
                    and _entry(m).get("category") == "conflict"
                ),
                None,
            )
            if act is None:
                return False
            words = self.text[act:start].split()
            opens = [0]
        return _OCCASIONS.isdisjoint(words[opens[0] :]) and not self._set_at(start)

    def _period_of(self, start: int) -> bool:
        """The date at ``start`` is a period something is for ("رواتب لشهر يوليو"، "ميزانية لعام 2015"), not a
        day an act was done on."""
        words = self.text[max(0, start - 12) : start + 8].split()  # (its ل may be glued to it: لشهر)
        return not _PERIOD_FOR.isdisjoint(words[-3:])

    def _set_at(self, start: int) -> bool:
        """A place introduced by a word of the setting ("خلال زيارته الى موسكو"، "اثناء لقائه في جنيف"): where
        the call was made, even past what it asks for."""
        return not _SETTING.isdisjoint(self.text[max(0, start - 40) : start].split()[-3:])

    def _after_side(self, c: Clause, m: Mention, sides: list[Mention]) -> bool:
        """The word right before ``m`` (and its prefix) is the act or a side: "حذرت ايران السعودية"، "روسيا
        والصين"."""
        end = m.nspan.start - len(m.data.get("prefix", ""))
        before = self.text[max(c.start, end - 30) : end].rstrip()
        if not before or before[-1] in _PUNCTUATION:
            return False
        return any(s.nspan.start < len(before) + max(c.start, end - 30) <= s.nspan.end for s in sides)

    def _against_state(self, c: Clause, i: int) -> bool:
        """ "فرضت الولايات المتحدة عقوبات على ايران"، "قرار ضد روسيا": a state the act is on or against (its name
        or its capital standing for its government) is its counterpart, not where it took place."""
        t = self.doc.toponyms[i]
        if self.text[max(0, t.start - 8) : t.start].split()[-1:] not in (["علي"], ["ضد"], ["وضد"]):
            return False
        return self._country_named(i) or any(
            m.nspan.start < t.end and t.start < m.nspan.end and self._is_country_alias(m)
            for m in c.of("actors")
        )

    def _aid_to_country(self, c: Clause, trig: Mention, giver: Actor | None) -> Actor | None:
        """The people of the country aid is sent to when no side names them: that of the place named first after
        the aid with الى or ل, a few words on ("ارسلت الامارات مساعدات انسانية الى اليمن"، "قدمت قطر مساعدة
        بقيمة خمسة ملايين دولار لليبيا"، "ارسلت ثلاث طائرات اغاثية الى عدن") — its state, for military aid; with
        none sent to, from abroad, the people of the country reported on ("وينتظر ان تصل باخرة اماراتية تحمل
        … من المساعدات" in a report on Yemen)."""
        for i in c.toponyms:
            t = self.doc.toponyms[i]
            if t.start < trig.nspan.end:
                continue
            if t.start - trig.nspan.end > _AID_TO_REACH:
                break
            before = self.text[trig.nspan.end : t.start]
            place = self.doc.places[i]
            if (
                not before.endswith((" الي ", " ل", " ول", " لل", " ولل"))
                or place is None
                or not place.country
            ):
                break  # (the first place after the aid is where it is given, not whom to)
            if "عسكري" in self.text[trig.nspan.start : t.start]:
                return self._government_of_place(i)  # ("مساعدات عسكرية الى العراق": for its state's forces)
            return civilians(place.country)
        after = self.text[trig.nspan.end : c.end].split()[:_AID_TO_WORDS]
        story = self.doc.country
        if any(w == "الي" or w[:1] == "ل" for w in after) or not story:
            return None  # (sent to someone the text names and rasad does not know: "مساعدات للمتضررين")
        return civilians(story) if giver is not None and giver.country not in (None, story) else None

    def _country_named(self, i: int) -> bool:
        place = self.doc.places[i]
        return place is not None and (place.gazetteer_id or "").startswith("country:")

    def _in_a_title(self, i: int) -> bool:
        """ "مبعوث الامم المتحدة الخاص الى سوريا"، "سفير المملكة لدى لبنان": the country an envoy is sent to is
        part of his title, not where he is."""
        t = self.doc.toponyms[i]
        before = self.text[max(0, t.start - 40) : t.start].split()[-4:]
        if len(before) < 2 or before[-1] not in ("الي", "لدي"):
            return False
        # the title right before: "المبعوث الخاص الى"، "المبعوث الاممي الى"، "السفير السعودي لدى"
        head = before[-2]
        return head.startswith(_ENVOYS) or (
            len(before) >= 3
            and head.startswith("ال")
            and head.endswith("ي")
            and before[-3].startswith(_ENVOYS)
        )

    def _planned_date(self, dv: DateValue | None, actor1: Actor) -> DateValue | None:
        """A plan is not dated in the past: "سيجتمع خلال الزياره … في ضوء زياره … في رمضان الماضي" is the
        visit's meeting, dated like the visit this actor plans; the past month dates the earlier visit."""
        published = self.doc.article.published
        if dv is None or dv.date is None or published is None or dv.date >= published:
            return dv
        for d in reversed(self.drafts):
            if d.status == "planned" and d.actor1 is not None and d.actor1.code == actor1.code and d.date:
                return d.date
        # no day of its own: the month it was announced in, and no more ("وستقدم تركيا الدعم …")
        return DateValue(published, TIME_MONTH, "publication")

    def _day_before(self, c: Clause, trig: Mention, dv: DateValue | None) -> DateValue | None:
        """ "ياتي الاعلان … غداة محادثة هاتفية بين …": what the day after is told of happened the day before the
        act the clause tells (the one its date holds, from before the clause), unless a date of its own follows."""
        if _words_before(self.text, trig, 1, chars=12) not in (["غداه"], ["وغداه"]):
            return dv
        if dv is not None and dv.basis in ("explicit", "relative") and dv is not c.date:
            return dv  # ("غداة اتصال هاتفي بينهما يوم الاربعاء")
        ref = c.prior_date or c.date
        if ref is None or ref.date is None:
            return dv
        return DateValue(ref.date - dt.timedelta(days=1), TIME_DAY, "relative")

    def _after_latest(self, c: Clause, dv: DateValue | None) -> DateValue | None:
        """A statement that inherits the date of a background act told before it ("اختطف التنظيم الصحفي يوم 4
        يونيو الماضي، واعدمه يوم 15 يوليو … وقال رئيس الاتحاد: …") is not dated by it: it comes after the latest
        day the article told before — weeks after the inherited one — in that day's month (no day is given)."""
        if dv is None or dv.date is None or dv.basis != "inherited":
            return dv
        if self._latest is None:
            latest: DateValue | None = None
            self._latest = []
            for x in self.doc.clauses:
                self._latest.append(latest)  # (the clauses before x)
                d = x.date
                if (
                    d is not None
                    and d.date is not None
                    and d.basis not in ("inherited", "publication")
                    and (latest is None or d.date > latest.date)  # type: ignore[operator]
                    and (self.doc.article.published is None or d.date <= self.doc.article.published)
                ):
                    latest = d
        latest = self._latest[c.index]
        if latest is None or latest.date is None or (latest.date - dv.date).days <= _BACKGROUND_GAP:
            return dv  # (a day or two back is the news of the day: "قال الوزير اليوم …، وكان قال امس …")
        return DateValue(latest.date, TIME_MONTH, "inherited")

    def _dated_before(self, c: Clause, trig: Mention, dv: DateValue | None) -> bool:
        """An act of before kept with --historical (see :meth:`run`): dated by words of its own before the
        publication date, and no stance held (see :meth:`_habitual`)."""
        published = self.doc.article.published
        return (
            dv is not None
            and dv.date is not None
            and dv.basis in ("explicit", "relative")
            and (published is None or dv.date < published)
            and not self._habitual(c, trig, since=True)
        )

    @staticmethod
    def _from_today(e: TimeExpr) -> bool:
        """A day ahead counted from the day of writing: غدا، بعد غد، غدا الاحد (not a weekday named ahead alone)."""
        if e.offset is None or e.offset <= 0:
            return False
        return e.unit == DAY if e.kind == RELATIVE else e.kind in (WEEKDAY, DATE) and e.unit is None

    def _done_date(self, c: Clause, dv: DateValue | None) -> DateValue | None:
        """An act done is not dated after the day it was reported: "دعا الحزب الى تجمع غدا"، "حذر من هجوم قد
        يقع غدا" — the future date is what the act is about; the act has the date its clause inherits."""
        published = self.doc.article.published
        if (
            dv is not None
            and dv.basis == "inherited"
            and published is not None
            and any(self._from_today(e) for e in find_time_expressions(self.text, c.start, c.end))
        ):
            # "ودعا الحزب الى تجمع غدا الاحد" after a sentence of Tuesday: tomorrow counts from the day of
            # writing, so the call is of that day, not of the day the story told before
            return DateValue(published, TIME_DAY, "publication")
        if dv is None or dv.date is None or published is None or dv.date <= published:
            return dv
        prior = c.prior_date
        if prior is not None and prior.date is not None and prior.date <= published:
            return prior
        return DateValue(published, TIME_DAY, "publication")

    def _actor_follows(self, c: Clause, trig: Mention) -> bool:
        after = [m for m in c.of("actors") if m.nspan.start >= trig.nspan.end and not is_generic(m)]
        return bool(after) and self._words(trig.nspan.end, after[0].nspan.start) <= 4

    def _expressed(self, c: Clause, trig: Mention) -> bool:
        """ "عن امله / عن قلقه" complements اعرب / عبر earlier in the sentence."""
        s, _ = self.doc.sentences[c.sentence]
        words = self.text[max(s, trig.nspan.start - 120) : trig.nspan.start].split()
        return any((w[1:] if w[:1] in "وف" else w) in _EXPRESS_VERBS for w in words)

    def _referred(self, c: Clause, trig: Mention, pos: int) -> bool:
        """The date at ``pos`` is inside a relative clause about something named after the act, not the act's:
        the pronoun comes a few words past the trigger (the trigger itself as antecedent keeps it: "الهدنه
        التي اعلنتها القياده امس"); past an attribution, any word: "يقف وراء التفجير الذي استهدف الاثنين
        المدينة" tells of the attack, not of when or where it was laid to the group."""
        rel = relative_pronoun_before(self.text, c.start, pos)
        reach = 0 if trig.data["entry"].id in _SAID_OF else 2
        return rel is not None and rel > trig.nspan.end and self._words(trig.nspan.end, rel) > reach

    def _refused(self, trig: Mention, actors: list[Mention]) -> Mention | None:
        """The side a refusal in the speaker's words is about, a few words after it ("لا يمكن القبول ببقاء بشار
        الاسد"، "من المستحيل ان يكون الاسد جزءا من الحل"، "لن نسمح للمتمردين بـ…")."""
        return next(
            (
                m
                for m in actors
                if m.nspan.start >= trig.nspan.end
                and self._words(trig.nspan.end, m.nspan.start) <= _REFUSED_REACH
            ),
            None,
        )

    def _words(self, a: int, b: int) -> int:
        return len(self.text[a:b].split())
