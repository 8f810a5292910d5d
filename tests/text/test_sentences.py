"""Sentences and clauses of normalized text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text import sentences
from rasad.text.normalize import normalize_key
from rasad.text.sentences import opens_verbal_clause, split_clauses, split_sentences


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "قصفت المدفعية بلدة كفرنبل. وأصيب ثلاثة مدنيين!",
            ["قصفت المدفعيه بلده كفرنبل.", "واصيب ثلاثه مدنيين!"],
        ),
        ("نزح 3.5 مليون شخص. انتهى", ["نزح 3.5 مليون شخص.", "انتهي"]),
        ("صرّح د. أحمد الخطيب بأن الوضع خطير.", ["صرح د. احمد الخطيب بان الوضع خطير."]),
        ("هل توقف القصف؟ لا", ["هل توقف القصف?", "لا"]),
        ("قال: «انسحبنا.» ثم صمت", ['قال: "انسحبنا."', "ثم صمت"]),
        ("عنوان الخبر\n\nنص الخبر", ["عنوان الخبر", "نص الخبر"]),
        ("وقع الهجوم عام 2019م. وتكرر لاحقاً", ["وقع الهجوم عام 2019م.", "وتكرر لاحقا"]),
        ("اشتباكات عنيفة؛ ومقتل عنصرين", ["اشتباكات عنيفه;", "ومقتل عنصرين"]),
        ("انتظروا...  ثم تقدموا", ["انتظروا...", "ثم تقدموا"]),
        ("   ", []),
    ],
)
def test_split_sentences(raw: str, expected: list[str]) -> None:
    text = normalize_key(raw)
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # noun coordination stays in one clause
        (
            "قصفت قوات الأسد وميليشيات إيران قرى ببابكة وخان العسل وشاميكو",
            ["قصفت قوات الاسد وميليشيات ايران قري ببابكه وخان العسل وشاميكو"],
        ),
        ("استهدفت الغارات مدارس ومشافي ومخابز", ["استهدفت الغارات مدارس ومشافي ومخابز"]),
        # a comma list of nouns joined by و stays one clause; a comma before و + verb still cuts
        (
            "دارت معارك في أحياء الحصب، والمسبح، وعصيفرة",
            ["دارت معارك في احياء الحصب, والمسبح, وعصيفره"],
        ),
        (
            "سقطت قذائف على حي الميدان، وقالت مصادر إن طفلا أصيب",
            ["سقطت قذائف علي حي الميدان", "وقالت مصادر ان طفلا اصيب"],
        ),
        ("قتل وجرح 5 مدنيين في الغارة", ["قتل وجرح 5 مدنيين في الغاره"]),  # one-word clause: shared object
        ("سقط قتلى وجرحى بين المدنيين", ["سقط قتلي وجرحي بين المدنيين"]),
        ("قصفت طائرات النظام بيت جن ووقت الغارة كان السوق مزدحماً", None),
        # punctuation
        (
            "شنت الطائرات غارات على معرة النعمان، ما أدى إلى مقتل طفلين",
            ["شنت الطائرات غارات علي معره النعمان", "ما ادي الي مقتل طفلين"],
        ),
        ("قتل 1,200 شخص؛ وفق المرصد", ["قتل 1,200 شخص", "وفق المرصد"]),
        ("المصدر: وكالة سانا", ["المصدر", "وكاله سانا"]),
        # openers
        (
            "قصفت المدفعية حي الوعر فيما استهدف الطيران ريف حمص",
            ["قصفت المدفعيه حي الوعر", "فيما استهدف الطيران ريف حمص"],
        ),
        (
            "تقدمت القوات نحو البلدة بينما انسحب المسلحون جنوباً",
            ["تقدمت القوات نحو البلده", "بينما انسحب المسلحون جنوبا"],
        ),
        (
            "انفجرت عبوة ناسفة في السوق مما أسفر عن مقتل 4 أشخاص",
            ["انفجرت عبوه ناسفه في السوق", "مما اسفر عن مقتل 4 اشخاص"],
        ),
        (
            # وسط without a comma stays in the clause: the clashes are part of the takeover, and
            # "وسط مدينة X" (in the centre of X) is where it happened
            "سيطر التنظيم على القرية وسط اشتباكات عنيفة",
            ["سيطر التنظيم علي القريه وسط اشتباكات عنيفه"],
        ),
        (
            "قصفت طائرات النظام حيا سكنيا وسط مدينة دوما",
            ["قصفت طائرات النظام حيا سكنيا وسط مدينه دوما"],
        ),
        # after a comma, وسط + a circumstance is a phrase of its own; وسط + a place (the centre of it) is not
        (
            "تواصلت الاشتباكات في قرية بيت عوان، وسط قصف عنيف من قبل المروحيات",
            ["تواصلت الاشتباكات في قريه بيت عوان", "وسط قصف عنيف من قبل المروحيات"],
        ),
        (
            "قتل 18 مسلحا في محافظة البيضاء، وسط اليمن",
            ["قتل 18 مسلحا في محافظه البيضاء, وسط اليمن"],
        ),
        (
            "سقطت قذيفة على السوق، وسط مدينة دوما",
            ["سقطت قذيفه علي السوق, وسط مدينه دوما"],
        ),
        # a sub-heading run into the sentence after it: a bare noun phrase, then وفي / وعلى
        (
            "معارك اللاذقية وفي ريف اللاذقية تواصلت الاشتباكات",
            ["معارك اللاذقيه", "وفي ريف اللاذقيه تواصلت الاشتباكات"],
        ),
        ("من جهة أخرى وفي حلب قصفت الطائرات", ["من جهه اخري وفي حلب قصفت الطائرات"]),
        ("وقالت مصادر محلية وفي المقاومة إن", ["وقالت مصادر محليه وفي المقاومه ان"]),
        (
            "اعتقلت الشرطة عشرة متظاهرين في حين فرّ آخرون",
            ["اعتقلت الشرطه عشره متظاهرين", "في حين فر اخرون"],
        ),
        (
            "دمرت الغارة منزلين فضلا عن إصابة ثلاثة مدنيين",
            ["دمرت الغاره منزلين", "فضلا عن اصابه ثلاثه مدنيين"],
        ),
        (
            "قصفت الطائرات البلدة كما استهدفت مدينة أريحا",
            ["قصفت الطائرات البلده", "كما استهدفت مدينه اريحا"],
        ),
        # a comma and و + preposition start a phrase of their own, no item of a list of nouns
        (
            "تقدم الثوار في منطقة عقاقة، وفي شارع الأربعين شمال المدينة",
            ["تقدم الثوار في منطقه عقاقه", "وفي شارع الاربعين شمال المدينه"],
        ),
        # و opening a verbal clause
        (
            "شنت الطائرات الروسية غارات على جسر الشغور وقالت مصادر محلية إن ثلاثة قتلوا",
            ["شنت الطائرات الروسيه غارات علي جسر الشغور", "وقالت مصادر محليه ان ثلاثه قتلوا"],
        ),
        (
            "استهدفت المدفعية بلدة التمانعة وأغارت الطائرات على خان شيخون",
            ["استهدفت المدفعيه بلده التمانعه", "واغارت الطائرات علي خان شيخون"],
        ),
        (
            "قتل مدني برصاص قناص ووثق المرصد مقتل طفلين",
            ["قتل مدني برصاص قناص", "ووثق المرصد مقتل طفلين"],
        ),
        (
            "اندلعت اشتباكات في محيط البلدة وتمكنت الفصائل من صد الهجوم",
            ["اندلعت اشتباكات في محيط البلده", "وتمكنت الفصائل من صد الهجوم"],
        ),
        (
            "هاجم مسلحون حاجزاً للجيش وقتلوا جنديين",
            ["هاجم مسلحون حاجزا للجيش", "وقتلوا جنديين"],
        ),
        (
            "تحاصر القوات المدينة وتستهدف أحياءها يومياً",
            ["تحاصر القوات المدينه", "وتستهدف احياءها يوميا"],
        ),
        # a day or a week set off by commas inside a clause does not cut it; the date of a telling before أن does
        (
            "وشنت مقاتلات التحالف، أمس، غارات على مواقع الحوثيين",
            ["وشنت مقاتلات التحالف, امس, غارات علي مواقع الحوثيين"],
        ),
        (
            "فقد دارت، الأسبوع الماضي، اشتباكات بين الطرفين",
            ["فقد دارت, الاسبوع الماضي, اشتباكات بين الطرفين"],
        ),
        (
            "وذكرت مصادر محلية في عدن، أمس، أن القوات نفذت إنزالا",
            ["وذكرت مصادر محليه في عدن", "امس", "ان القوات نفذت انزالا"],
        ),
        # an apposition after a name is no clause of its own
        (
            "أعلن مصدر مقتل صالح الطائي، أحد قادة التنظيم العسكريين، في غارة",
            ["اعلن مصدر مقتل صالح الطائي, احد قاده التنظيم العسكريين", "في غاره"],
        ),
        # ذات / ذو / ذي after a comma describe the noun before them (or tell a time: ذات يوم): no clause of
        # their own; closed by a second comma, the clause goes on after it
        (
            "قصفت الفصائل قريتي نبل والزهراء، ذات الغالبية الشيعية بالصواريخ، بينما نفذ الطيران غارات",
            ["قصفت الفصائل قريتي نبل والزهراء, ذات الغالبيه الشيعيه بالصواريخ", "بينما نفذ الطيران غارات"],
        ),
        (
            "استهدفت القوات بلدة الشيخ مقصود، ذات الغالبية الكردية، بقذائف الهاون",
            ["استهدفت القوات بلده الشيخ مقصود, ذات الغالبيه الكرديه, بقذائف الهاون"],
        ),
        (
            "اقتحم مسلحون مقر الحزب، ذو التوجه اليساري، وأحرقوا محتوياته",
            ["اقتحم مسلحون مقر الحزب, ذو التوجه اليساري", "واحرقوا محتوياته"],
        ),
        (
            "هاجم مسلحون القرية، ذات ليلة من الشهر الماضي، وقتلوا ثلاثة رجال",
            ["هاجم مسلحون القريه, ذات ليله من الشهر الماضي", "وقتلوا ثلاثه رجال"],
        ),
        # a definite participle of location after a comma (الواقعة في، التابعة لـ، القريبة من) describes the
        # place before it; closed by a second comma, the clause goes on after it with a preposition, a noun or a
        # verb; a و-verb, an opener or a circumstantial participle (مشيرا) still cut
        (
            "وفي محافظة الجوف، الواقعة إلى الشمال من العاصمة، سيطرت القبائل على موقعين",
            ["وفي محافظه الجوف, الواقعه الي الشمال من العاصمه, سيطرت القبائل علي موقعين"],
        ),
        (
            "شهدت مديرية الزاهر، التابعة لمحافظة البيضاء، مقتل ثلاثة مسلحين",
            ["شهدت مديريه الزاهر, التابعه لمحافظه البيضاء, مقتل ثلاثه مسلحين"],
        ),
        (
            "قصف الطيران بلدة تل رفعت، القريبة من الحدود التركية، بالبراميل المتفجرة",
            ["قصف الطيران بلده تل رفعت, القريبه من الحدود التركيه, بالبراميل المتفجره"],
        ),
        (
            "اقتحم مسلحون قرية الرحبة، المجاورة للطريق الدولي، وأحرقوا منازلها",
            ["اقتحم مسلحون قريه الرحبه, المجاوره للطريق الدولي", "واحرقوا منازلها"],
        ),
        (
            "قتل جنديان في بلدة المزيريب، الواقعة غرب درعا، ما أدى إلى تجدد الاشتباكات",
            ["قتل جنديان في بلده المزيريب, الواقعه غرب درعا", "ما ادي الي تجدد الاشتباكات"],
        ),
        (
            "قال مصدر إن الطيران قصف بلدة حيان، الواقعة شمال حلب، مشيرا إلى سقوط قتلى",
            ["قال مصدر ان الطيران قصف بلده حيان, الواقعه شمال حلب", "مشيرا الي سقوط قتلي"],
        ),
        # "، وذلك" opens a statement about what was told (often an earlier act); "، وهي" goes on with its noun
        (
            "قتل جندي في اشتباكات عبر الحدود، وذلك بعد تفجير انتحاري قتل 32 شخصا",
            ["قتل جندي في اشتباكات عبر الحدود", "وذلك بعد تفجير انتحاري قتل 32 شخصا"],
        ),
        # "، ويأتي ذلك" / "وتأتي هذه" sets what was told against its background: a statement of its own
        (
            "قصفت المدفعية قرية في ريف حلب، ويأتي ذلك بعد هجوم على حاجز للجيش",
            ["قصفت المدفعيه قريه في ريف حلب", "وياتي ذلك بعد هجوم علي حاجز للجيش"],
        ),
        (
            "انفجرت عبوة في سوق المدينة وتأتي هذه التطورات عقب غارات على الميناء",
            ["انفجرت عبوه في سوق المدينه", "وتاتي هذه التطورات عقب غارات علي الميناء"],
        ),
        # "في الوقت الذي" and "في وقت" + a verb (while, at a time when) open what went on meanwhile; "في وقت
        # سابق / متأخر / لاحق" is the time of the act itself
        (
            "داهمت الشرطة منزلا في البلدة في الوقت الذي قصفت فيه الطائرات الجسر",
            ["داهمت الشرطه منزلا في البلده", "في الوقت الذي قصفت فيه الطائرات الجسر"],
        ),
        (
            "اختطف مسلحون صحفيا في المدينة في وقت تشهد فيه المنطقة اشتباكات",
            ["اختطف مسلحون صحفيا في المدينه", "في وقت تشهد فيه المنطقه اشتباكات"],
        ),
        (
            "اختطف مسلحون صحفيا في المدينة في وقت متأخر من الليل",
            ["اختطف مسلحون صحفيا في المدينه في وقت متاخر من الليل"],
        ),
        (
            "أفرج المسلحون عن صحفي اختطفوه في وقت سابق من الشهر",
            ["افرج المسلحون عن صحفي اختطفوه في وقت سابق من الشهر"],
        ),
        (
            "جابت سيارات للمسلحين شوارع المدينة، وهي تدعو السكان إلى القتال",
            ["جابت سيارات للمسلحين شوارع المدينه, وهي تدعو السكان الي القتال"],
        ),
        # after a comma, و + a verb that mostly comes with a subject of its own opens a clause; without the
        # comma it may go on with the same subject
        (
            "قصفت الطائرات معسكرا في مدينة يريم، وأحرق مسلحون منشأة نفطية في تعز",
            ["قصفت الطائرات معسكرا في مدينه يريم", "واحرق مسلحون منشاه نفطيه في تعز"],
        ),
        (
            "قال شهود إن مهاجما فتح النار وأصاب شخصين خلال احتجاج",
            ["قال شهود ان مهاجما فتح النار واصاب شخصين خلال احتجاج"],
        ),
    ],
)
def test_split_clauses(raw: str, expected: list[str] | None) -> None:
    text = normalize_key(raw)
    got = [text[s:e] for s, e in split_clauses(text)]
    if expected is None:  # ووقت (wa-waqt, "and at the time") is a noun, not a verb in -at
        assert not any(c.startswith("ووقت") for c in got)
    else:
        assert got == expected


def test_split_clauses_inside_a_range() -> None:
    text = "مقدمة. قصفت الطائرات البلدة، ما أدى الى دمار. خاتمة"
    norm = normalize_key(text)
    s, e = split_sentences(norm)[1]
    clauses = split_clauses(norm, s, e)
    assert [norm[a:b] for a, b in clauses] == ["قصفت الطائرات البلده", "ما ادي الي دمار."]
    assert all(s <= a < b <= e for a, b in clauses)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وقالت", True),
        ("واغارت", True),
        ("ووثق", True),
        ("وشنت", True),
        ("واكدوا", True),
        ("ويتعرض", True),
        ("وميليشيات", False),
        ("وخان", False),
        ("وشاميكو", False),
        ("وقوات", False),
        ("والجيش", False),
        ("وبيت", False),
        ("وتدمر", False),  # Palmyra
        ("واصابه", False),
        ("و", False),
        # و is the verb's first root letter: "المواجهات التي وقعت في جبل صبر" is one clause
        ("وقعت", False),
        ("وصلت", False),
        ("ووقعت", True),
        # … and so is a noun's: وادي (valley) is no و + ادى (led to)
        ("وادي", False),
        ("ووادي", False),
    ],
)
def test_opens_verbal_clause(word: str, expected: bool) -> None:
    assert opens_verbal_clause(word) is expected


# The clause patterns start with the character they look for (so the regex engine jumps to it) and check the
# character before it afterwards; they must find what the plain lookbehind patterns find, also in a range whose
# start has a letter or digit before it.
_PLAIN_PUNCT = re.compile(r"(?<![0-9])[,;:]|[,;:](?![0-9])")
_PLAIN_WAW_WORD = re.compile(r"(?<![^\W\d_])و[^\W\d_]+")
_CLAUSE_ALPHABET = st.sampled_from(list("وفكمابينحلثغرت5,;:. ") + ["في حين", "مما ادي", "كما", "ثم"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLAUSE_ALPHABET, max_size=40).map("".join), st.integers(0, 8), st.integers(0, 8))
def test_clause_patterns_find_what_the_plain_patterns_find(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for fast, plain in ((sentences._CLAUSE_PUNCT, _PLAIN_PUNCT), (sentences._WAW_WORD, _PLAIN_WAW_WORD)):
        assert [m.span() for m in fast.finditer(text, start, end)] == [
            m.span() for m in plain.finditer(text, start, end)
        ]
    assert sentences._openers(text, start, end) == [
        m.start() for m in sentences._OPENER.finditer(text, start, end)
    ]
    two_words = len(re.findall(r"[^\W\d_]+", text[start:end])) >= 2
    assert (sentences._TWO_WORDS.search(text, start, end) is not None) == two_words


_PLAIN_SENTENCE_END = re.compile(r"\n|[.!?;]+[\"')\]]*")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="قل5 \n.!?;\"')]", max_size=40), st.integers(0, 8), st.integers(0, 8))
def test_sentence_end_finds_what_the_plain_pattern_finds(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert [m.span() for m in sentences._SENTENCE_END.finditer(text, start, end)] == [
        m.span() for m in _PLAIN_SENTENCE_END.finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("قصفت الطائرات المدينة فيما قتل 3", 0, None, [22]),
        ("قصفت الطائرات المدينة وفيما قتل 3", 0, None, [22]),
        # an opener inside a word (حكما، مثمر) or cut off by the range opens nothing
        ("حكما مثمرا", 0, None, []),
        ("قصفت الطائرات المدينة فيما قتل 3", 0, 25, []),
        ("قصفت ثم قتل", 5, None, [5]),
        ("", 0, None, []),
    ],
)
def test_openers(text: str, start: int, end: int | None, expected: list[int]) -> None:
    assert sentences._openers(text, start, len(text) if end is None else end) == expected
