"""Table-driven tests: a phrase in news style → the date of its most specific time expression.

Each row: (phrase as printed, with hamzas and diacritics where papers use them; publication date; future
clause?; expected ISO date or None; expected ACLED precision).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.model import TIME_DAY, TIME_MONTH, TIME_WEEK
from rasad.text.normalize import normalize
from rasad.time import find_time_expressions, finder, resolve
from rasad.time.expr import SAME
from rasad.time.finder import _find_uncached

THU = dt.date(2016, 10, 6)  # Thursday, the seed article's date
SAT = dt.date(2015, 8, 1)  # Saturday
SUN = dt.date(2015, 8, 9)  # Sunday
SAT8 = dt.date(2015, 8, 8)  # Saturday
TUE = dt.date(2015, 7, 21)  # Tuesday
FRI = dt.date(2016, 10, 7)  # Friday
JAN = dt.date(2016, 1, 10)  # early January: the months of late last year are of last year
DEC = dt.date(2015, 12, 20)

D, W, M = TIME_DAY, TIME_WEEK, TIME_MONTH

RELATIVE_ROWS = [
    ("قُتل ثلاثة مدنيين أمس في قصف على حي الشعار", THU, False, "2016-10-05", D),
    ("وأعلنت الوزارة بالأمس عن إغلاق المعبر", THU, False, "2016-10-05", D),
    ("وأمسِ، شنت الطائرات الحربية غارات على البلدة", THU, False, "2016-10-05", D),
    ("قال مصدر عسكري يوم أمس إن القوات تقدمت", THU, False, "2016-10-05", D),
    ("وسقطت قذائف هاون البارحة على وسط المدينة", THU, False, "2016-10-05", D),
    ("اندلعت اشتباكات عنيفة أول أمس على أطراف البلدة", THU, False, "2016-10-04", D),
    # «نفسه» after أمس is the verb's object (blew himself up), not «the same day»
    ("وفجّر انتحاري أمس نفسه قرب حاجز للشرطة", THU, False, "2016-10-05", D),
    ("وفجر مسلح البارحة نفسه في سوق المدينة", THU, False, "2016-10-05", D),
    ("وكانت اشتباكات مماثلة دارت أول من أمس في المنطقة", THU, False, "2016-10-04", D),
    ("شهدت المدينة أمس الأول تظاهرة حاشدة", THU, False, "2016-10-04", D),
    ("وسقطت قذائف هاون البارحة الأولى على وسط المدينة", THU, False, "2016-10-04", D),
    # after midnight of a night: already the next day
    ("ودمرت الغارات جسرا على النهر بعد منتصف البارحة الأولى", THU, False, "2016-10-05", D),
    ("ودمرت الغارات جسرا على النهر بعد منتصف البارحة", THU, False, "2016-10-06", D),
    ("وفي يوم أول أمس سقط صاروخ على السوق", THU, False, "2016-10-04", D),
    ("تعقد اللجنة اجتماعها غداً في جنيف", THU, True, "2016-10-07", D),
    ("ويصل المبعوث الدولي إلى دمشق يوم غد", THU, True, "2016-10-07", D),
    ("ومن المقرر أن يصل الوفد بعد غدٍ", THU, True, "2016-10-08", D),
    ("قتل جندي برصاص قناص منذ ثلاثة أيام", THU, False, "2016-10-03", D),
    ("وقبل يومين استهدفت غارة سوقا شعبيا", THU, False, "2016-10-04", D),
    ("وانسحب المسلحون من الحي قبل يوم واحد فقط", THU, False, "2016-10-05", D),
    ("وقصفت المدفعية القرية قبل يوم", THU, False, "2016-10-05", D),
    ("اختطف الصحفي منذ عشرة أيام", THU, False, "2016-09-26", D),
    ("سيطر التنظيم على القرية قبل 5 أيام", THU, False, "2016-10-01", D),
    ("وفر الأهالي من البلدة منذ أربعة أيام", THU, False, "2016-10-02", D),
    ("دمرت الجسر قبل ستة أيام", THU, False, "2016-09-30", D),
    ("أغلقت الطريق منذ يومين", THU, False, "2016-10-04", D),
    ("انسحبت القوات منذ أسبوع", THU, False, "2016-09-29", W),
    ("وقعت المجزرة قبل أسبوعين", THU, False, "2016-09-22", W),
    ("بدأ الحصار منذ ثلاثة أسابيع", THU, False, "2016-09-15", W),
    ("فرض الحصار على الحي منذ شهرين", THU, False, "2016-08-06", M),
    ("اعتقل الناشط قبل شهر", THU, False, "2016-09-06", M),
    # a year or two ago: dated to the month (ACLED has no coarser precision)
    ("وتولت الحكومة السلطة قبل عام بعد طرد رئيس الوزراء", THU, False, "2015-10-06", M),
    ("تحاصر القوات البلدة منذ عامين", THU, False, "2014-10-06", M),
    ("هجر الأهالي القرية قبل سنتين", THU, False, "2014-10-06", M),
    ("قصفت المروحيات البلدة الليلة الماضية", THU, False, "2016-10-05", D),
    ("وشهدت العاصمة الليلة قبل الماضية انفجارين", THU, False, "2016-10-04", D),
    ("تعرض الحي لقصف عنيف الليلة ما قبل الماضية", THU, False, "2016-10-04", D),
    # (the masculine night)
    ("دارت اشتباكات عنيفة في الحي الليل الماضي", THU, False, "2016-10-05", D),
    ("سقطت قذائف على السوق الليل قبل الماضي", THU, False, "2016-10-04", D),
    # (the other words for "past")
    ("اقتحمت القوات البلدة الليلة الفائتة", THU, False, "2016-10-05", D),
    ("دارت اشتباكات في الحي الليلة قبل الفائتة", THU, False, "2016-10-04", D),
    ("قصفت المدفعية القرية الليلة المنصرمة", THU, False, "2016-10-05", D),
    ("هاجم مسلحون حاجزا للشرطة فجر أمس", THU, False, "2016-10-05", D),
    ("وفجر أمس أغارت الطائرات على المدينة", THU, False, "2016-10-05", D),
    ("انفجرت سيارة مفخخة صباح أمس قرب السوق", THU, False, "2016-10-05", D),
    ("استشهد طفلان ظهر أمس في غارة جوية", THU, False, "2016-10-05", D),
    ("سقطت قذيفة عصر أمس على مدرسة", THU, False, "2016-10-05", D),
    ("اغتيل قيادي في الحركة مساء أمس", THU, False, "2016-10-05", D),
    ("دارت اشتباكات ليل أمس في محيط المطار", THU, False, "2016-10-05", D),
    ("وليلة أمس انفجرت عبوة ناسفة", THU, False, "2016-10-05", D),
    ("في ساعة متأخرة من ليل أمس هاجم التنظيم", THU, False, "2016-10-05", D),
    ("وقع الانفجار منتصف ليل أمس", THU, False, "2016-10-05", D),
    ("نفذت المقاومة كمينا صباح يوم أمس", THU, False, "2016-10-05", D),
    ("قتل شرطي ظهيرة أمس في الحي", THU, False, "2016-10-05", D),
    ("أصيب ثلاثة مدنيين ليلة البارحة", THU, False, "2016-10-05", D),
    ("نفذت المقاومة في الساعات الأولى من فجر اليوم كمائن", THU, False, "2016-10-06", D),
    ("تجددت الاشتباكات صباح اليوم", THU, False, "2016-10-06", D),
    ("ويتوقع أن تصل القافلة مساء اليوم", THU, True, "2016-10-06", D),
    ("أعلنت الحكومة اليوم حالة الطوارئ", THU, False, "2016-10-06", D),
    ("قالت الشرطة اليومَ إن التحقيق مستمر", THU, False, "2016-10-06", D),
    ("هدأت الجبهات هذا الصباح", THU, False, "2016-10-06", D),
    ("يصوت المجلس على القرار صباح الغد", THU, True, "2016-10-07", D),
    # the hours before publication: dated on the last full day before it, as coders do
    ("شهدت الجبهة خلال الساعات الـ48 الماضية مواجهات عنيفة", THU, False, "2016-10-05", D),
    ("قتل 12 مسلحا خلال الـ24 ساعة الماضية", THU, False, "2016-10-05", D),
    # … the last hours, or the hours with the article and no word after them
    ("شهدت الجبهة خلال الساعات الـ48 الأخيرة مواجهات عنيفة", THU, False, "2016-10-05", D),
    ("قتل 30 مسلحا خلال الـ 48 ساعة في غارات على مواقعهم", THU, False, "2016-10-05", D),
    # … and the last hours without their number
    ("تعرضت القرى لقصف عنيف في الساعات الأخيرة", THU, False, "2016-10-05", D),
    ("اعتقلت الشرطة عشرات الشبان خلال الساعات القليلة الماضية", THU, False, "2016-10-05", D),
    ("تعرض الحي لقصف الليلة الماضية", SAT, False, "2015-07-31", D),
    # after midnight of last night is already the publication day
    ("تهدم جزء من الجسر بعد منتصف الليلة الماضية", SAT, False, "2015-08-01", D),
    ("قصفت الطائرات الجسر بضربات عدة بعد منتصف ليل أمس", SAT, False, "2015-08-01", D),
    # … but what ran until after midnight is of the day the night began
    ("استمرت الاشتباكات العنيفة إلى ما بعد منتصف ليل أمس في الحي", SAT, False, "2015-07-31", D),
    ("تواصل القصف حتى بعد منتصف الليلة الماضية", SAT, False, "2015-07-31", D),
    ("استمرت المعارك إلى ما بعد منتصف البارحة", THU, False, "2016-10-05", D),
    ("قتل قيادي حوثي أول من أمس", SAT, False, "2015-07-30", D),
    ("سيطر الثوار على التبة أمس", SAT, False, "2015-07-31", D),
]

WEEKDAY_ROWS = [
    ("بدأ مجلس الأمن مفاوضات يوم الإثنين بشأن القرار", THU, False, "2016-10-03", D),
    ("وصل الوفد إلى عمان الاثنين", THU, False, "2016-10-03", D),
    ("أعلن الجيش يوم الأحد سيطرته على التلة", THU, False, "2016-10-02", D),
    ("قصفت الطائرات السوق السبت", THU, False, "2016-10-01", D),
    ("خرج المتظاهرون بعد صلاة الجمعة", THU, False, "2016-09-30", D),
    ("قتل ثلاثة جنود يوم الخميس في كمين", THU, False, "2016-10-06", D),
    ("انفجرت عبوة ناسفة الأربعاء في السوق", THU, False, "2016-10-05", D),
    ("وفي يوم الثلاثاء سقطت قذائف على الحي", THU, False, "2016-10-04", D),
    ("ويوم الإثنين استهدف قناص سيارة إسعاف", THU, False, "2016-10-03", D),
    ("التقى الوزير نظيره الإثنين الماضي", THU, False, "2016-10-03", D),
    ("وقعت المجزرة الخميس الماضي", THU, False, "2016-09-29", D),
    ("نظمت تظاهرة الجمعة الماضية", THU, False, "2016-09-30", D),
    ("وقع الهجوم الأحد المنصرم", THU, False, "2016-10-02", D),
    ("تبدأ المحادثات الخميس المقبل في جنيف", THU, False, "2016-10-13", D),
    ("يعقد المؤتمر السبت المقبل", THU, False, "2016-10-08", D),
    ("ستجري الانتخابات الأحد القادم", THU, False, "2016-10-09", D),
    ("يزور الرئيس موسكو يوم الجمعة", THU, True, "2016-10-07", D),
    ("يلتقي الوزير نظيره يوم الخميس", THU, True, "2016-10-06", D),
    ("يجتمع الطرفان الإثنين", THU, True, "2016-10-10", D),
    ("أخفقت المحادثات اليوم الخميس في التوصل إلى اتفاق", THU, False, "2016-10-06", D),
    ("قتل قائدان في غارة اليوم الاثنين", TUE, False, "2015-07-20", D),
    ("قال المتحدث أمس الأربعاء إن المعارك مستمرة", THU, False, "2016-10-05", D),
    ("قتل مدنيان في قصف مساء الثلاثاء", THU, False, "2016-10-04", D),
    ("شن التحالف غارات فجر يوم الأحد", THU, False, "2016-10-02", D),
    ("اقتحمت القوات البلدة ليل الأحد الإثنين", THU, False, "2016-10-02", D),
    # after midnight of the Sunday-to-Monday night it is already Monday
    ("تعرضت البلدة بعد منتصف ليل الأحد - الإثنين لقصف عنيف", THU, False, "2016-10-03", D),
    ("استمرت الاشتباكات حتى ما بعد منتصف ليل الأحد - الإثنين", THU, False, "2016-10-02", D),
    ("دارت المعارك إلى ما بعد منتصف ليل الأحد", THU, False, "2016-10-02", D),
    ("دارت معارك ليلة السبت - الأحد", THU, False, "2016-10-01", D),
    ("قصف الطيران الحي ليل الجمعة/السبت", THU, False, "2016-09-30", D),
    ("سيطرت الفصائل على القرية ليل الثلاثاء الأربعاء", THU, False, "2016-10-04", D),
    ("وشهد نهار السبت هدوءا حذرا", THU, False, "2016-10-01", D),
    ("أعلن الجيش اليوم الخميس استعادة المدينة", FRI, False, "2016-10-06", D),
    ("تحاصر القوات البلدة منذ الإثنين", THU, False, "2016-10-03", D),
    ("وقالت الوزارة يوم السبت إن", SUN, False, "2015-08-08", D),
    ("عقد اجتماع الدوحة الاثنين الماضي", SUN, False, "2015-08-03", D),
    # the weekday before last: a week before the last one
    ("قصفت الطائرات البلدة يوم الأحد قبل الماضي", THU, False, "2016-09-25", D),
    ("وقعت المجزرة الخميس ما قبل الماضي", THU, False, "2016-09-22", D),
    ("انعقدت الجلسة الجمعة قبل الماضية", THU, False, "2016-09-23", D),
    # the eve of a day is the evening before it: عشية الأحد is Saturday evening
    ("اجتمع قادة الفصائل عشية الأحد في مقر القيادة", THU, False, "2016-10-01", D),
    ("وصل الوفد عشية يوم الجمعة إلى العاصمة", THU, False, "2016-09-29", D),
    # «غدا الأحد» (tomorrow, Sunday): the day to come, in a clause of no future verb too
    ("لن يسمح المحافظ بالمسيرة المقررة غدا الأحد", SAT8, False, "2015-08-09", D),
    ("قال المنظمون إن الوفد يصل يوم غد الجمعة", THU, False, "2016-10-07", D),
    # … the report's own day when it was written the day before its publication
    ("وقالت المصادر إن الوزير يبدأ يوم غد الأحد جولة إقليمية", SUN, False, "2015-08-09", D),
]

DATE_ROWS = [
    ("صدر البيان في 6 أكتوبر 2016", THU, False, "2016-10-06", D),
    ("يزور الوزير موسكو يوم الخميس السادس من أكتوبر", THU, True, "2016-10-06", D),
    ("وواشنطن يوم الجمعة السابع من أكتوبر", THU, True, "2016-10-07", D),
    ("نشر التقرير بتاريخ 6/10/2016", THU, False, "2016-10-06", D),
    ("وثيقة مؤرخة 2016-10-06 تكشف", THU, False, "2016-10-06", D),
    ("في 06.10.2016 أعلن الجيش", THU, False, "2016-10-06", D),
    ("وحتى فجر الـ20 من يوليو", THU, False, "2016-07-20", D),
    ("منذ الـ 20 من يوليو من عام 2015", THU, False, "2015-07-20", D),
    ("بدأت العملية في 20 يوليو/تموز", THU, False, "2016-07-20", D),
    ("قتل في 15 تموز (يوليو) 2015", THU, False, "2015-07-15", D),
    ("قصفت الطائرات المدينة السبت 1 أكتوبر", THU, False, "2016-10-01", D),
    ("ووقع التفجير في الحادي والعشرين من سبتمبر", THU, False, "2016-09-21", D),
    ("أطلق سراحه في الثالث عشر من أغسطس", THU, False, "2016-08-13", D),
    ("سقطت البلدة في العاشر من تموز", THU, False, "2016-07-10", D),
    ("بدأت الهدنة في الأول من أكتوبر", THU, False, "2016-10-01", D),
    ("حتى الثلاثين من أيلول", THU, False, "2016-09-30", D),
    ("منذ 20 نوفمبر", THU, False, "2015-11-20", D),
    ("تنتهي المهلة في 20 نوفمبر", THU, True, "2016-11-20", D),
    ("تنطلق الجولة في 4 نوفمبر المقبل", THU, False, "2016-11-04", D),
    ("اعتقل في 7 أكتوبر", THU, False, "2015-10-07", D),
    ("تعقد الجلسة في 7 أكتوبر", THU, True, "2016-10-07", D),
    # (the days of the month just gone: the day a thing that will act was agreed)
    ("سيسمح الاتفاق الذي وقع في 28 يوليو بدخول القوافل", SUN, True, "2015-07-28", D),
    ("تنتهي المهلة في 12 يونيو", SUN, True, "2016-06-12", D),
    ("أفرج عنه في 20 يوليو الماضي", THU, False, "2016-07-20", D),
    ("منذ 20 أكتوبر من العام 2014", THU, False, "2014-10-20", D),
    ("في 10 يوليو 2015م", THU, False, "2015-07-10", D),
    ("في 1 كانون الثاني 2016", THU, False, "2016-01-01", D),
    ("في 3 كانون الأول", THU, False, "2015-12-03", D),
    ("في 5 تشرين الأول", THU, False, "2016-10-05", D),
    ("في 12 تشرين الثاني 2015", THU, False, "2015-11-12", D),
    ("في 18 شباط", THU, False, "2016-02-18", D),
    ("في 2 آذار", THU, False, "2016-03-02", D),
    ("في 9 نيسان", THU, False, "2016-04-09", D),
    ("في 14 أيار", THU, False, "2016-05-14", D),
    ("في 5 حزيران", THU, False, "2016-06-05", D),
    ("في 23 أيلول", THU, False, "2016-09-23", D),
    ("في 15 آب", THU, False, "2016-08-15", D),
    ("في 14 جانفي 2016", THU, False, "2016-01-14", D),
    ("في 3 فيفري", THU, False, "2016-02-03", D),
    ("في 21 أفريل", THU, False, "2016-04-21", D),
    ("في 8 ماي", THU, False, "2016-05-08", D),
    ("في 17 جوان", THU, False, "2016-06-17", D),
    ("في 5 جويلية", THU, False, "2016-07-05", D),
    ("في 20 أوت", THU, False, "2016-08-20", D),
    ("في 25 يناير", THU, False, "2016-01-25", D),
    ("في 11 فبراير", THU, False, "2016-02-11", D),
    ("في 30 مارس", THU, False, "2016-03-30", D),
    ("في 6 أبريل", THU, False, "2016-04-06", D),
    ("في 6 إبريل", THU, False, "2016-04-06", D),
    ("في 15 مايو", THU, False, "2016-05-15", D),
    ("في 30 يونيو", THU, False, "2016-06-30", D),
    ("في 30 يونيه", THU, False, "2016-06-30", D),
    ("في 23 يوليه", THU, False, "2016-07-23", D),
    ("في 14 أغسطس", THU, False, "2016-08-14", D),
    ("في 11 سبتمبر", THU, False, "2016-09-11", D),
    ("في 31 ديسمبر", THU, False, "2015-12-31", D),
    ("في 31 فبراير 2016", THU, False, None, D),
    ("قتل في 15 رمضان 1436 هـ", THU, False, "2015-07-02", D),
    ("في 1 شوال 1436هـ", THU, False, "2015-07-17", D),
    # Umm al-Qura calendar (hijridate); a sighted Eid al-Adha fell a day later that year
    ("يوم 10 ذو الحجة 1436", THU, False, "2015-09-23", D),
    ("في 26 شوال", dt.date(2015, 8, 12), False, "2015-08-11", D),
]

DATE_ROWS += [
    # a day of the two feasts, by the Hijri calendar (1 Shawwal 1436 = 17 July 2015)
    ("شهدت البلدة مجزرة في أول أيام عيد الفطر", TUE, False, "2015-07-17", D),
    ("قصفت الطائرات السوق صباح ثالث أيام عيد الفطر المبارك", TUE, False, "2015-07-19", D),
    ("وفي يوم عيد الأضحى سقطت قذائف على الحي", TUE, False, "2014-10-04", D),
]

MONTH_ROWS = [
    ("انهارت الهدنة في أكتوبر الماضي", THU, False, "2015-10-15", M),
    ("منذ سبتمبر الماضي", THU, False, "2016-09-15", M),
    ("في يوليو الماضي", THU, False, "2016-07-15", M),
    ("في تموز الماضي", THU, False, "2016-07-15", M),
    ("في كانون الثاني الماضي", THU, False, "2016-01-15", M),
    ("في أيلول المنصرم", THU, False, "2016-09-15", M),
    ("تعقد القمة في نوفمبر المقبل", THU, False, "2016-11-15", M),
    ("منذ مطلع أكتوبر الجاري", THU, False, "2016-10-05", W),
    ("خلال أكتوبر الجاري", THU, False, "2016-10-06", M),
    ("في منتصف يوليو", THU, False, "2016-07-15", W),
    ("في أواخر تموز", THU, False, "2016-07-25", W),
    # a week of a month as its part; the month's two names joined by a dash
    ("في الأسبوع الأخير من حزيران - يونيو", THU, False, "2016-06-25", W),
    ("خلال الأسبوع الأول من تموز", THU, False, "2016-07-05", W),
    ("في الأسبوع الثاني من أغسطس", THU, False, "2016-08-15", W),
    ("في 5 حزيران - يونيو", THU, False, "2016-06-05", D),
    ("مطلع أغسطس", THU, False, "2016-08-05", W),
    ("في أوائل أيلول", THU, False, "2016-09-05", W),
    ("منذ نهاية مارس الماضي", THU, False, "2016-03-25", W),
    ("خلال شهر يوليو", THU, False, "2016-07-15", M),
    ("في يونيو", THU, False, "2016-06-15", M),
    ("في ديسمبر 2015", THU, False, "2015-12-15", M),
    ("منذ مارس الماضي", THU, False, "2016-03-15", M),
    ("في آب الماضي", THU, False, "2016-08-15", M),
    ("حتى منتصف أكتوبر", THU, False, "2016-10-06", W),
    ("في رمضان الماضي", SAT8, False, "2015-07-02", M),
    ("خلال شهر رمضان المبارك", SAT8, False, "2015-07-02", M),
    ("في أواخر رمضان", SAT8, False, "2015-07-12", W),
    # in a clause about the future, the month just gone is still the month just gone (what was agreed in it),
    # not one eleven months ahead; a month further back is ahead
    ("ستتيح الاتفاقية التي وقعت نهاية يوليو نشر الطائرات", SUN, True, "2015-07-25", W),
    ("ستنطلق الحملة في يونيو", SUN, True, "2016-06-15", M),
    # the Levantine names around the turn of the year: a month after the report's is of the year before
    ("قصفت الطائرات المدينة في كانون الأول", JAN, False, "2015-12-15", M),
    ("وقعت الاشتباكات في 28 كانون الأول", JAN, False, "2015-12-28", D),
    ("اندلعت المعارك أواخر كانون الأول الماضي", JAN, False, "2015-12-25", W),
    ("سيطرت القوات على التلة في تشرين ثاني", JAN, False, "2015-11-15", M),
    ("يعقد المؤتمر في شباط المقبل", JAN, False, "2016-02-15", M),
    ("تبدأ الحملة في 3 شباط", JAN, True, "2016-02-03", D),
    ("وقع الاتفاق في 3 كانون الثاني", DEC, False, "2015-01-03", D),
    ("ستبدأ المفاوضات في 3 كانون الثاني", DEC, True, "2016-01-03", D),
    ("تنتهي المهلة في منتصف كانون الثاني المقبل", DEC, False, "2016-01-15", W),
    # … and the Hijri months: the last such month on or before the report, or the next one named so
    ("قتل العشرات في 15 رمضان", SAT8, False, "2015-07-02", D),
    ("وقعت المجزرة في ذي الحجة", SAT8, False, "2014-10-09", M),
    ("يبدأ موسم الحج في ذي الحجة المقبل", SAT8, False, "2015-09-28", M),
]

PERIOD_ROWS = [
    ("دارت اشتباكات الأسبوع الماضي", THU, False, "2016-09-27", W),
    ("تصاعد القصف الأسبوع الجاري", THU, False, "2016-10-04", W),
    ("قتل العشرات هذا الأسبوع", THU, False, "2016-10-04", W),
    ("تستأنف المفاوضات الأسبوع المقبل", THU, False, "2016-10-11", W),
    ("وقعت المعركة الأسبوع قبل الماضي", THU, False, "2016-09-20", W),
    ("منذ مطلع الأسبوع", THU, False, "2016-10-02", W),
    ("في نهاية الأسبوع الماضي", THU, False, "2016-09-29", W),
    ("يزور موسكو منتصف الأسبوع المقبل", THU, False, "2016-10-11", W),
    ("انهارت الهدنة الشهر الماضي", THU, False, "2016-09-15", M),
    ("قتل 300 مدني الشهر الجاري", THU, False, "2016-10-06", M),
    ("منذ مطلع الشهر الجاري", THU, False, "2016-10-05", W),
    ("حتى منتصف الشهر الحالي", THU, False, "2016-10-06", W),
    ("في أواخر الشهر الماضي", THU, False, "2016-09-25", W),
    ("تبدأ الحملة الشهر المقبل", THU, False, "2016-11-15", M),
    ("في بداية الشهر المقبل", THU, False, "2016-11-05", W),
    ("الشهر قبل الماضي", THU, False, "2016-08-15", M),
    ("أواخر الشهر", THU, False, "2016-10-06", W),
    ("تنتهي المهلة أواخر الشهر الجاري", THU, True, "2016-10-25", W),
    ("فقد دارت، الأسبوع الماضي، اشتباكات", SUN, False, "2015-08-04", W),
    ("يزور الوزير موسكو منتصف الأسبوع الحالي", SAT8, True, "2015-08-11", W),
    # a day of the previous or current month: the day, not the month
    ("اقتحم المسلحون البلدة في 25 الشهر الماضي", THU, False, "2016-09-25", D),
    ("وفي الثاني عشر من الشهر الماضي انفجرت عبوة ناسفة", THU, False, "2016-09-12", D),
    ("سقطت القذائف على الحي يوم 3 من الشهر الجاري", THU, False, "2016-10-03", D),
    ("بدأ الهجوم في الأول من هذا الشهر", THU, False, "2016-10-01", D),
    # … a day the month has not: the month
    ("وفي 31 من الشهر الماضي دارت اشتباكات", THU, False, "2016-09-15", M),
    # … not a week's ordinal (no day 1: the week is the month's early part, as with a month named), nor a count
    # before the month
    ("تصاعد القصف في الأسبوع الأول من الشهر الجاري", THU, False, "2016-10-05", W),
    ("قتل 25 الشهر الماضي في المعارك", THU, False, "2016-09-15", M),
    # a part of a year: its first, middle or last month
    ("وفي مطلع العام الماضي قتل العشرات في اشتباكات قبلية", THU, False, "2015-01-15", M),
    ("شنت الطائرات غارات على المدينة منذ مطلع العام الجاري", THU, False, "2016-01-15", M),
    ("تراجعت القوات في نهاية السنة الماضية", THU, False, "2015-12-15", M),
]

ALL_ROWS = RELATIVE_ROWS + WEEKDAY_ROWS + DATE_ROWS + MONTH_ROWS + PERIOD_ROWS


def _date_of(phrase: str, published: dt.date | None, future: bool):
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert exprs, f"no time expression found in {phrase!r}"
    best = min(exprs, key=lambda e: e.specificity)
    return resolve(best, published, future=future)


def test_enough_rows() -> None:
    assert len(ALL_ROWS) >= 150


@pytest.mark.parametrize(("phrase", "published", "future", "expected", "precision"), ALL_ROWS)
def test_resolves(
    phrase: str, published: dt.date, future: bool, expected: str | None, precision: int
) -> None:
    dv = _date_of(phrase, published, future)
    if expected is None:
        assert dv is None
        return
    assert dv is not None
    assert (dv.iso(), dv.precision) == (expected, precision)


NEGATIVE_ROWS = [
    "وفي اليوم التالي انسحبت القوات",
    "بمناسبة اليوم العالمي للاجئين",
    "نقلت صحيفة اليوم السابع عن مصدر",
    "قتل أحد القادة الميدانيين",
    "اندلع خلاف بين الاثنين حول القيادة",
    "قال رئيس حزب الغد",
    "مارس الجيش ضغوطا على الأهالي",
    "التقى الرئيس رجب طيب أردوغان",
    "قال رمضان شلح",
    "قبل يومين من الانتخابات",
    "قبل عام 2011",  # before the year 2011, not a year ago
    "قبل يوم الانتخابات بقليل",  # before election day, not a day ago
    # the same day as a thing named after it, and «في الوقت نفسه» (meanwhile): no date
    "وجاءت الغارات في اليوم نفسه لإعلان الهدنة",
    "وقال في الوقت نفسه إن الحكومة ماضية في الحوار",
    # a street, a square, a revolution named after a date
    "وتدور اشتباكات عنيفة في شارع 26 سبتمبر وسط المدينة",
    "تظاهر المئات في ميدان 14 أكتوبر",
    "وتقدمت القوات باتجاه بوابة 7 يوليو",
    "احتفل الأهالي بذكرى ثورة 26 سبتمبر",
    "منذ يوم الاستقلال",
    "نزح الأهالي منذ أيام",
    "انفجرت سيارة مفخخة في السوق",
    "خلال الشهر الفضيل",
    "قتل 20 شخصا في 3 قرى",
    "بلغت النسبة 12.5.3 في المئة",
    "أصيب شاب في العشرين من العمر",
    "هنأ الرئيس المواطنين بمناسبة عيد الفطر المبارك",  # the feast, no day of it
    "التقى الوفد بوجهاء أهل السنة في المدينة",
    "يتوقع أن تنتهي العملية خلال الـ48 ساعة المقبلة",
    "تعهد بالرد خلال 24 ساعة",
    "اشتدت المعارك في الساعات الأخيرة من ليلة القتال",  # the last hours of a night told, not before the report
    "ليلى الماضي",  # a name, no night
]


# the unit of the date told before, taken again (kind SAME, dated by DateContext), not today: (phrase, unit, day)
SAME_ROWS = [
    ("وقتل في ذات اليوم ثلاثة من المواطنين", "day", None),
    ("وفي نفس الليلة قصفت الطائرات البلدة", "day", None),
    ("وقتل في اليوم نفسه ثلاثة", "day", None),
    ("وفي اليوم ذاته لقي شخصان حتفهما", "day", None),
    ("واعتقل خلال الشهر ذاته عشرة", "month", None),
    ("وفي نفس الشهر شنت الطائرات غارات", "month", None),
    ("وفقد الاتصال بهم في الـ 14 من الشهر نفسه", "month", 14),
    ("وفي العام نفسه سيطر التنظيم على المدينة", "year", None),
    ("وفي السنة نفسها سيطر التنظيم على المدينة", "year", None),
    ("وفي الأسبوع نفسه قتل جنديان", "week", None),
    ("وفي التاريخ نفسه انفجرت عبوة", None, None),
]


@pytest.mark.parametrize(("phrase", "unit", "day"), SAME_ROWS)
def test_the_unit_of_the_date_before(phrase: str, unit: str | None, day: int | None) -> None:
    (e,) = find_time_expressions(normalize(phrase).text)
    assert (e.kind, e.unit, e.day) == (SAME, unit, day)


@pytest.mark.parametrize("phrase", NEGATIVE_ROWS)
def test_no_expression(phrase: str) -> None:
    assert find_time_expressions(normalize(phrase).text) == []


SPAN_ROWS = [
    ("وبالأمس قصفت الطائرات", "الامس"),
    ("وأمس قصفت الطائرات", "امس"),
    ("ويوم الإثنين انسحبت القوات", "يوم الاثنين"),
    ("سيزور موسكو يوم الخميس السادس من أكتوبر", "يوم الخميس السادس من اكتوبر"),
    ("وفجر أمس أغارت الطائرات", "فجر امس"),
    ("قتل مدنيان في 15 تموز (يوليو) 2015 في الحي", "15 تموز (يوليو) 2015"),
    ("للخميس الثالث على التوالي", "للخميس"),
]


@pytest.mark.parametrize(("phrase", "span"), SPAN_ROWS)
def test_span_excludes_clitics_and_spans_whole_expression(phrase: str, span: str) -> None:
    text = normalize(phrase).text
    exprs = find_time_expressions(text)
    assert span in [e.text for e in exprs]
    for e in exprs:
        assert text[e.start : e.end] == e.text


def test_two_dates_in_one_clause() -> None:
    text = normalize("يومي اليوم وغداً").text
    exprs = find_time_expressions(text)
    assert [(e.text, e.offset) for e in exprs] == [("اليوم", 0), ("غدا", 1)]


def test_window() -> None:
    text = normalize("قتل جندي أمس وأصيب آخر يوم الإثنين").text
    cut = text.index("واصيب")
    assert [e.text for e in find_time_expressions(text, cut)] == ["يوم الاثنين"]
    assert [e.text for e in find_time_expressions(text, 0, cut)] == ["امس"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("أمس", None),
        ("يوم الإثنين", None),
        ("السادس من أكتوبر", None),
        ("الأسبوع الماضي", None),
        ("6 أكتوبر 2016", "2016-10-06"),
        ("15 رمضان 1436 هـ", "2015-07-02"),
        ("2016-10-06", "2016-10-06"),
    ],
)
def test_without_publication_date_only_full_dates_resolve(phrase: str, expected: str | None) -> None:
    dv = _date_of(phrase, None, False)
    if expected is None:
        assert dv is None
    else:
        assert dv is not None and dv.iso() == expected and dv.basis == "explicit"


def test_basis() -> None:
    assert _date_of("6 أكتوبر 2016", THU, False).basis == "explicit"
    assert _date_of("السادس من أكتوبر", THU, False).basis == "relative"
    assert _date_of("أمس", THU, False).basis == "relative"


def test_hijri_outside_calendar_range_is_unresolved() -> None:
    assert _date_of("في رمضان الماضي", dt.date(1900, 1, 1), False) is None


# find_time_expressions skips a stretch with no anchor word of its own and nothing a numeric date starts with
# (rasad.time.finder._may_hold); whatever it skips, reading every rule there must find nothing either.
_PIECES = st.sampled_from(
    [
        "امس",
        "غدا",
        "بغداد",
        "تحليل",
        "ليله",
        "اليوم",
        "الخميس",
        "يوم",
        "شهر",
        "اكتوبر",
        "ساعات",
        "منذ",
        "ايام",
    ]
    + ["قتل", "5", "6/10/2016", "2016-10-6", "6.10", "الماضيه", "من", " ", " ", ",", "و", "ب"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join), st.integers(0, 6), st.integers(0, 6))
def test_skipped_stretches_hold_no_expression(text: str, cut_start: int, cut_end: int) -> None:
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    assert find_time_expressions(text, start, stop) == _find_uncached(text, start, stop)


def test_numeric_hint_from_the_whole_text() -> None:
    # every text of up to six digits, separators and letters (overlapping hints: 1/1/1), every stretch of it
    for n in range(7):
        for chars in itertools.product("1/ق", repeat=n):
            text = "".join(chars)
            for start in range(n + 1):
                for stop in range(start, n + 1):
                    expected = finder._NUMERIC_HINT.search(text, start, stop) is not None
                    assert finder._numeric_hint_in(text, start, stop) == expected, (text, start, stop)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 5 اشخاص في بغداد", []),  # a count and غد inside بغداد: nothing to read
        ("قتل 5 اشخاص في 6/10/2016", ["6/10/2016"]),
        ("وصل الي بغداد غدا", ["غدا"]),
    ],
)
def test_prechecked_stretches(text: str, expected: list[str]) -> None:
    assert [e.text for e in find_time_expressions(text)] == expected


_PLAIN_NUMERIC = r"((?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{1,2}))"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="1234567890/.-ق ", max_size=24), st.integers(0, 6), st.integers(0, 6))
def test_numeric_date_pattern_is_the_plain_one(text: str, cut_start: int, cut_end: int) -> None:
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    fast = [m.groupdict() | {"span": m.span()} for m in finder._RE_NUMERIC.finditer(text, start, stop)]
    plain = [
        m.groupdict() | {"span": m.span()} for m in re.compile(_PLAIN_NUMERIC).finditer(text, start, stop)
    ]
    assert fast == plain
