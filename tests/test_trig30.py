"""Which sentences are conflict acts, and of which type: assault infiltrators with no belt nor blast fight (no
suicide bombing), sea mines dropped with air raids are the raid, a store of arms blown up (and the arms in it) is
no bombing, a clearing told as going on is a fight (no ground handed over yet), military targets destroyed
restate the strike their side was told to have made; an act named as what people fear, in an account
denied, or as what some places undergo in the present, is not done."""

from __future__ import annotations

import pytest

from rasad.pipeline import Pipeline
from tests.extracting import conflict_events as _conflict


def _types(pipeline: Pipeline, text: str) -> list[str | None]:
    return [e.sub_event_type for e in _conflict(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        "واقتحم انغماسيون من جبهة النصرة أمس حاجز الصوان في ريف إدلب.",
        "وهاجم انغماسيون من الفصائل أمس حاجزا لقوات النظام في بلدة مورك.",
    ],
)
def test_assault_infiltrators_fight(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == ["Armed clash"]


def test_infiltrators_with_belts_stay_a_suicide_bombing(pipeline: Pipeline) -> None:
    text = "وفجر انغماسيون من التنظيم أحزمتهم الناسفة أمس عند حاجز الصوان في ريف إدلب."
    assert _types(pipeline, text) == ["Suicide bomb"]


def test_sea_mines_with_air_raids_are_the_raid(pipeline: Pipeline) -> None:
    text = "وشن الطيران الحربي أمس 30 غارة على بلدة كفرنبل بالصواريخ والألغام البحرية."
    assert _types(pipeline, text) == ["Air/drone strike"]


def test_a_land_mine_stays_a_mine(pipeline: Pipeline) -> None:
    assert _types(pipeline, "وقتل جندي أمس بانفجار لغم أرضي في قرية البوعيثة.") == [
        "Remote explosive/landmine/IED"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ودمرت المدفعية أمس مواقع للتنظيم في قرية البوعيثة مع تفجير مخبأ كبير للأسلحة.",
        "قصف الجيش مقرا للمسلحين في حي الجولان بمدينة الفلوجة أمس، وتم تدمير عربتين مع تفجير مستودع للذخيرة والصواريخ.",
    ],
)
def test_a_store_of_arms_blown_up_is_no_bombing(pipeline: Pipeline, text: str) -> None:
    assert "Remote explosive/landmine/IED" not in _types(pipeline, text)


def test_the_shelling_stays_when_the_store_is_blown_up(pipeline: Pipeline) -> None:
    text = "قصف الجيش مقرا للمسلحين في حي الجولان بمدينة الفلوجة أمس، وتم تدمير عربتين مع تفجير مستودع للذخيرة والصواريخ."
    assert _types(pipeline, text) == ["Shelling/artillery/missile attack"]


def test_a_clearing_going_on_is_a_fight(pipeline: Pipeline) -> None:
    text = "وواصلت القوات العراقية أمس تطهير ناحية العامرية من عناصر التنظيم."
    assert _types(pipeline, text) == ["Armed clash"]


def test_a_clearing_announced_is_ground_regained(pipeline: Pipeline) -> None:
    text = "وأعلنت القوات العراقية أمس تطهير ناحية العامرية من عناصر التنظيم."
    assert _types(pipeline, text) == ["Government regains territory"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن الجيش التركي أن طائراته قصفت أمس مواقع التنظيم في قرية حور كلس، ودمر الجيش بالكامل أهدافا للتنظيم.",
        "قصفت الطائرات التركية أمس مواقع للتنظيم قرب بلدة جرابلس. وقال المتحدث إن الطائرات عادت إلى قواعدها بسلام."
        " وأضاف أن «الجيش التركي دمر بالكامل أهدافا للتنظيم كانت تهدد الحدود».",
    ],
)
def test_targets_destroyed_restate_the_strike(pipeline: Pipeline, text: str) -> None:
    types = _types(pipeline, text)
    assert len(types) == 1 and "Looting/property destruction" not in types


def test_an_advance_feared_is_not_done(pipeline: Pipeline) -> None:
    text = (
        "إلى ذلك، يتخوف سكان الأحياء الخاضعة لسيطرة قوات النظام، بشكل كبير، من تقدم مسلحي التنظيم من الجهة الغربية"
        " لمدينة حماة باتجاه أحيائهم، ويطالبون الجيش بوقف تقدمهم."
    )
    assert _types(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقال مسؤول في وزارة الدفاع التركية إن الجيش لم يقصف مواقع المقاتلين الأكراد في قرية زور مغار نافيا رواية"
        " المقاتلين عن تعرض مواقعهم للنيران.",
        "ونفت الحكومة رواية المعارضة عن قصف الطائرات لبلدة داريا أمس.",
    ],
)
def test_an_account_denied_is_not_done(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == []


def test_what_some_places_undergo_is_no_act_of_a_day(pipeline: Pipeline) -> None:
    text = "وقال النائب عن المحافظة إن بعض المناطق في محافظة ديالى تتعرض لقصف بالهاون من قبل مسلحين."
    assert _types(pipeline, text) == []


def test_a_town_shelled_this_morning_is_shelled(pipeline: Pipeline) -> None:
    text = "وتتعرض بلدة الحديد منذ صباح اليوم لقصف بقذائف الهاون."
    assert _types(pipeline, text) == ["Shelling/artillery/missile attack"]


def test_some_speakers_are_no_places_undergoing(pipeline: Pipeline) -> None:
    text = "وقال بعض الأهالي إن مدينة الرمادي تتعرض لقصف بالهاون من قبل مسلحي التنظيم منذ صباح أمس."
    assert _types(pipeline, text) == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال رئيس المجلس إن تدريب المتطوعين يبدأ الأسبوع المقبل، تمهيدا لتشكيل فوجين من الشرطة يشاركان في تحرير"
        " مدينة القائم.",
        "وأكد المصدر وجود تنسيق مع أبناء العشائر للمشاركة في عمليات تحرير مدينة الشرقاط.",
    ],
)
def test_an_act_to_take_part_in_is_not_done(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline, text) == []


def test_ground_regained_with_the_help_of_others_is_regained(pipeline: Pipeline) -> None:
    text = "وحررت القوات العراقية أمس مدينة الشرقاط بمشاركة أبناء العشائر."
    assert _types(pipeline, text) == ["Government regains territory"]


def test_an_act_of_late_is_background(pipeline: Pipeline) -> None:
    text = "وكشف الوزير عن خطط لإنشاء جدار على الحدود، وذلك بعد تفجير انتحاري وقع مؤخرا في مدينة الريحانية الحدودية."
    assert _types(pipeline, text) == []
