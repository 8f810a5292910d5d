"""Words around place names, in normalized spelling (ة→ه, ى→ي, أ/إ/آ→ا): place-type words, relative-location
words, direction adjectives, and the common words that happen to be village names.

Kept here rather than in ``rasad/lexicons/ar/`` while the lexicon loader is being written; each entry has a
test row in ``tests/geo/test_recognize.py``.
"""

from __future__ import annotations

# surface form → (canonical type word, introduces a list: plural or dual)
TYPE_WORDS: dict[str, tuple[str, bool]] = {}


def _types(canonical: str, singular: tuple[str, ...], plural: tuple[str, ...]) -> None:
    for s in singular:
        TYPE_WORDS[s] = (canonical, False)
    for p in plural:
        TYPE_WORDS[p] = (canonical, True)


_types("حي", ("حي",), ("حيي", "حيين", "احياء"))
_types("بلده", ("بلده",), ("بلدتي", "بلدتين", "بلدتا", "بلدات"))
_types("قريه", ("قريه",), ("قريتي", "قريتين", "قريتا", "قري"))
_types("مدينه", ("مدينه",), ("مدينتي", "مدينتين", "مدينتا", "مدن"))
_types("منطقه", ("منطقه",), ("منطقتي", "منطقتين", "منطقتا", "مناطق"))
_types("ناحيه", ("ناحيه",), ("ناحيتي", "نواحي"))
_types("مخيم", ("مخيم",), ("مخيمي", "مخيمات"))
_types("محافظه", ("محافظه",), ("محافظتي", "محافظتين", "محافظتا", "محافظات"))
_types("مديريه", ("مديريه",), ("مديريتي", "مديريات"))
_types("قضاء", ("قضاء",), ())
_types("ضاحيه", ("ضاحيه",), ())
_types("محله", ("محله",), ("محلتي",))  # a locality (Lebanon): "في محلة باب التبانة"
_types("واحه", ("واحه",), ("واحتي", "واحات"))  # an oasis of the desert: "في واحة الجغبوب"، "واحات الكفرة"
# facilities: the gold keeps the place name without them (مطار كويرس → كويرس)
_types("مطار", ("مطار",), ())
_types("معسكر", ("معسكر",), ("معسكري", "معسكرين", "معسكرات"))
_types("قاعده", ("قاعده",), ())
_types("فوج", ("فوج",), ())
_types("معمل", ("معمل",), ())
# a power, pumping or railway station, named after its place (محطة زيزون الحرارية)
_types("محطه", ("محطه",), ("محطتي", "محطات"))
_types("ميناء", ("ميناء", "مرفا"), ())
# an oil or gas field, named after its place (حقل جزل: not the village حقل far off, nor the field's word alone)
# (and two fields: "حقلي شاعر وجزل")
_types("حقل", ("حقل",), ("حقلي", "حقلين"))
_types("مبني", ("مبني",), ())
_types("ثكنه", ("ثكنه",), ())
_types("حاجز", ("حاجز",), ("حواجز",))
# the duals among them: they promise two names, whatever the names look like (قريتي معرستي وماير); the
# nominative construct too, as a subject or a topic: "اما بلدتا خراب الشحم وغرز، فاستهدفهما الطيران"
DUAL_TYPE_WORDS = frozenset(
    "حيي حيين بلدتي بلدتين بلدتا قريتي قريتين قريتا مدينتي مدينتين مدينتا منطقتي منطقتين منطقتا ناحيتي مخيمي "
    "محافظتي محافظتين محافظتا مديريتي معسكري معسكرين حقلي حقلين".split()
)

# the heads of the names of armed groups (normalized): "كتيبة شهداء القلمون"، "سرايا الشهداء"، "لواء الشهيد …" — a
# name after one is a group's, no place's or toll's
UNIT_HEADS = frozenset("كتيبه كتائب لواء الويه سرايا سريه تجمع جبهه فيلق مجموعه حركه جيش".split())

# landform and street words stay inside the name (جبل التركمان, وادي الضباب, سد كوكب, شارع الاربعين); so do the
# ordinary nouns of a road's places (مفرق حبيش: a junction, not Mafraq; بوابة الموصل: a gate, تقاطع، مدخل)
NAME_HEADS = frozenset(
    "جبل جبال وادي سد تله تبه سهل جرود مرتفعات جوله مثلث نقيل شارع دوار ميدان جسر حوض ساحه دار "
    "مفرق تقاطع مدخل بوابه".split()
)

# words that begin a two-word proper name, so the next word belongs to it (عرب سلوم, الشيخ فارس, كفر حمره; the
# Iraqi tribal villages: البو عيثة, never البو alone, which the index holds as Bo in Sierra Leone; the Yemeni
# ones of ذي, ذو: "قرية ذي عنقب")
NAME_PREFIXES = frozenset(
    "عرب الشيخ شيخ ابو ام بني بيت تل عين دير كفر خان بير بئر باب راس سوق مزرعه خربه سيدي حوش قصر بئر "
    "عبد مار نبي النبي ظهر مزارع خراب قره جزيره البو ذي ذو ساقيه".split()
)

# relative-location words before a name → relation
RELATIONS: dict[str, str] = {
    "محيط": "near",
    "اطراف": "near",
    "قرب": "near",
    "مشارف": "near",
    "ضواحي": "near",
    "تخوم": "near",
    "مداخل": "near",
    "ريف": "countryside",
    "ريفي": "countryside",  # the dual in construct: "ريفي حلب وإدلب"
    "ارياف": "countryside",  # the plural: "أرياف حلب"
    "طريق": "road",
    "اوتوستراد": "road",
    "اتوستراد": "road",
}
DIRECTIONS: dict[str, str] = {
    "شمال": "north",
    "شمالي": "north",
    "جنوب": "south",
    "جنوبي": "south",
    "شرق": "east",
    "شرقي": "east",
    "غرب": "west",
    "غربي": "west",
}
# after ريف X: الغربي, الشمالي الشرقي …
DIRECTION_ADJECTIVES: dict[str, str] = {
    "الشمالي": "north",
    "الجنوبي": "south",
    "الشرقي": "east",
    "الغربي": "west",
    "الشماليه": "north",
    "الجنوبيه": "south",
    "الشرقيه": "east",
    "الغربيه": "west",
}

# function words, never a name and never part of one
FUNCTION_WORDS = frozenset(
    "في من الي علي عن مع بين حيث التي الذي الذين اللذين ما ان او ثم قد لقد كما بعد قبل عند منذ حتي خلال "
    "ضد نحو لدي وسط داخل خارج فوق تحت امام خلف عبر باتجاه تجاه اثناء ازاء هذا هذه ذلك تلك هناك هنا كل بعض "
    "عده عدد جميع اي كان كانت يكون ليس لا لم لن الا اذا اذ لكن بل يا "
    # throughout, and a side: "في ربوع البلاد"، "في أرجاء المدينة"، "من جهة محطة القطار"
    "ربوع ارجاء انحاء جهه".split()
)

# time words and other frequent words that end a name introduced by a type word (بلدة باتبو ظهر أمس)
STOP_WORDS = frozenset(
    "امس البارحه اليوم غدا صباح مساء ظهر فجر ليل الليل ليله الليله الماضي الماضيه صباحا مساء ظهرا فجرا يوم الاحد الاثنين "
    "الثلاثاء الاربعاء الخميس الجمعه السبت حاليا ايضا مجددا مؤخرا بشكل جراء اثر بسبب وفق حسب مما ما "
    "الريف المدينه البلده القريه المنطقه الحي المحافظه المخيم العاصمه البلاد الحدود "
    # "ثماني مدن إضافة إلى …" (in addition to)
    "اضافه بالاضافه "
    # "مدن مثل حلب وحمص" (like): what follows is an example of the place word, no name of it
    "مثل "
    "تسيطر يسيطر تخضع خاضعه عده متفرقه مختلفه واسعه اخري عديده كثيره سكنيه محرره سيطره سيطرتها "
    "الاشتباك الاشتباكات المعارك المعركه المواجهات الحرب القتال الصراع النزاع التماس بينها بينهم تقع تمكن اضاف افاد اكد اشار قال "
    "اعلن نقاط مواقع مراكز مقرات واحد اثنين ثلاث اربع خمس ست سبع ثماني تسع عشر ثلاثه اربعه خمسه سته سبعه "
    "ثمانيه تسعه عشره مرحله خارطه الاطلسي طيران المدنيين الاكراد المسلمين اماكن قريب صغيره معروف نفوذ "
    "متعدده مستقله عازله يوجد اغلب تواجد المكان تحولت الاسبوع الشهر العام السنه الاسابيع الاشهر الايام "
    # what areas are places of: "مناطق نزاع"، "مناطق صراع"، "مناطق اشتباك"، "مناطق توتر"
    "نزاع صراع حرب قتال اشتباك اشتباكات معارك مواجهات توتر "
    # what areas are, after مناطق/احياء: populated, crowded, inhabited, wide, remote (مناطق ماهوله)
    "ماهوله مكتظه اهله مزدحمه نائيه بعيده متاخمه مماثله مشابهه "
    # a negation noun names nothing ("على قاعدة عدم السماح": on the principle of not allowing); the strip or the
    # sector a text named before ("في محيط القطاع") is no place of that name
    "عدم القطاع".split()
)

# second words of a name that are adjectives of the place rather than part of its name
ADJECTIVES = frozenset(
    "المحاصره المجاوره المحاذيه القريبه الواقعه الخاضعه المحرره الاستراتيجيه الحدوديه الساحليه الجبليه "
    "الكبري الصغري المذكوره نفسها ذاتها المحتله المحيطه المحيط المجاور المجاورين الخاضعين المحاصرين "
    "العسكري العسكريه الدولي الجوي الجويه الرئيسي الحربي الحربيه المحاصر التابعه التابع الواقع "
    "المقابله المقابل المطل المطله المطلين المشرف المشرفه المواليه المواليتين الموالي الموالين المواليين المحاصرتين المحاصرتان "
    # what a port, a field or a crossing is: "ميناء الحديدة البحري"، "حقل جزل النفطي"، "معبر نصيب الحدودي"
    # (not الحكومي، المركزي، التجاري: "المجمع الحكومي"، "البنك المركزي" are landmarks named so)
    "البحري البحريه النفطي النفطيه الحدودي "
    # and what a quarter is: "حي المغاير الشعبي" (a working-class quarter)
    "الشعبي الشعبيه "
    # new: "جولة جديدة" is a new round (of talks), no roundabout
    "جديده جديد "
    # near, and leading to: "قضاء بلدروز القريب من الحدود"، "النفق المؤدي إلى الساحل"
    "القريب المؤدي المؤديه "
    # kinds of zone: "منطقة آمنة" (a safe zone), "منطقة عازلة" (a buffer zone)
    "الامنه العازله".split()
)

# words whose everyday reading is an adjective, a common noun or a verb (من يعبد الله، جنان الخلد، حنا: "we" in
# Gulf speech), and which also name a town (written bare, as here; the gazetteer keys drop the article, so
# "قصير" is also the key of القصير): "ذخائر حديثة" (modern), "دعم مالي" (financial), "حركة سلمية" (peaceful),
# "عمارة ضخمة" (a building), "بحركة احتجاجية" (by a protest movement; Baharka by Erbil). Bare, they name the
# town only after a preposition of place or a place-type word ("في حديثة"، "قضاء حديثة") or with a clitic
# ("والفلوجة وحديثة"); the definite name (القصير، العمارة) is unaffected.
ADJECTIVE_NAMES = frozenset(
    """
    حديثه عاليه ماليه مالي قصير دورا بركان خفر مدنين سلميه حراك كرامه فحص صفا شجاع شجره كلمه دخان نير طيبه
    عماره جوهر قنوات مطله سعوديه كريمه غراس
    يعبد جنان حنا
    بحركه
    """.split()
)
# words with a pronoun that spell a town's key: "من حوله" (around him; الحولة), "ما قاله" (what he said; القالة),
# "احدا منا" (of us): bare, never the town, whatever the word before
PRONOUN_NAMES = frozenset("حوله قاله منا".split())

# ordinary vocabulary that is also the name of some village in the gazetteer: such a match counts only when a
# type word or a preposition introduces it, or when it names a large place (the measure: false positives on
# the unannotated corpus, see tests/geo/test_recognize.py)
COMMON_WORDS = frozenset(
    """
    الامن الجيش الحرب السلام النصر الثوره الدوله الحكومه الشعب الوطن الحريه العداله الوحده الاستقلال التحرير
    الشهداء الشهيد الجهاد الاسلام الحق الخير الامل النور الفجر الصباح المساء الربيع السلم القوه
    الاحرار الجمهوريه الرئيس المجلس القصر البيت الدار المدينه القريه الجزيره العين الحصن القلعه السوق
    الجامع المسجد الكنيسه المدرسه المستشفي الميناء المطار الجسر الطريق الساحه البلد البحر النهر الجبل الوادي
    الغرب الشرق الشمال الجنوب الوسط الاسد البعث العرب الكرد الترك الروس قوات جيش الطيران الغارات
    المعارضه الثوار النظام الخليج الشام الهلال الصليب الفرات النيل دوله حزب الله حماس فتح
    الشيخ الامير الملك السلطان الامام الحاج السيد محمد احمد علي حسن حسين عمر عثمان خالد سعد سعيد
    الزهراء فاطمه مريم عيسي موسي ابراهيم يوسف العباس الحسين الحسن عماد جمال نور الهدي الرحمن
    المنار الاخبار الاعلام العربيه الحدث الغد المستقبل الحياه الوطنيه الشرقيه الغربيه
    الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الليل النهار العام الشهر الاسبوع
    مصدر مصادر لسان عسكري عسكريه مقاتل مقاتلين مدني مدنيين طفل اطفال امراه نساء رجل قتيل قتلي جريح جرحي
    الضحايا الاهالي السكان المواطنين الناس الاسري المعتقلين الكتائب الالويه الفصائل التنظيم الجبهه
    قائد القائد الحرس الشرطه الامنيه الاستخبارات المخابرات الدفاع الخارجيه الداخليه الوزاره الوزير
    اللواء العقيد العميد الرائد النقيب
    انه ادي بيان العمال واشار داود وان كبيره وكاله جروح دون وزاره فان الخبر اشهر بشار جديده حول وجود بشريه
    اطار الحربيه حربيه بانه عليه الكردي كردي صعيد زعيم طرف سلسله رامي وجه زياره كبيرا شان منه جديد اوباما
    مايو ربه وقف بدون سيما غرفه شباب بلاد باراك اشاره اشار عنه باي ديفيس خمس كشفت كشف الكشف تحالف التحالف
    نفس سلمان حالات حرجه بدوره دور مرات شبه مقر صور صلاح لجنه صيف طول قيام طويله كمينا بصوره ضخم طراز
    لانه الطرف تبني فانه جامعه السجن ناصر عز لاي الاتحاد قوله نايف بادي حمام الاشهر يوما ابو جزيره حصار مون
    راس ديار كبار عبور كبري صراع سلطات ليون سبيل خليل حمزه الابيض جناح علم العلم سوف سالم يهود فورا اتحاد انا
    حضر كانا عتاد ورد اسفل بلا الخبراء يشير الزياره جان سوري الولايات عين دير فرانس مقتل قتل قتلي معارك
    اليوم امس ايام يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر يناير فبراير مارس ابريل تموز اب ايلول
    نيسان ايار حزيران كانون تشرين شباط اذار البيره
    شقيق شقيقه شفت تلا طرق المواقع مواقع حوزه المناطق مناطق الجهات جهات الاطراف اطراف صوره صور محلات
    مساكن المساكن عقبه قابل قابله صواريخ تجمع تجمعات حظر اماكن الاماكن سلامه السلامه طور
    منزل منزله المنزل منازل المنازل متن مكن فرقه
    خرج فعلا
    قاسم ابي رشيد مبارك الخضر نعمه منشاه حزم الحزم
    محصنه
    حارس
    """.split()
)
