"""People and sides named by a short name: the family name alone (bare الأسد is the Syrian president), and where
it names someone or something else."""

from __future__ import annotations

import pytest

from rasad.model import Article
from rasad.pipeline import Pipeline

# (the publication day is the golden tests'; the pipeline fixture is in conftest.py)
from tests.test_extraction import WED


def _actors(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """(the words as written, the code of the entry) of every actor mention of the report."""
    doc = pipeline.make_doc(Article(id="t", text=text, published=WED))
    return [(m.span.text(text), m.data["entry"].get("code")) for m in doc.mentions if m.kind == "actors"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the president named alone, after a preposition, a verbal noun, a particle or with a clitic
        (
            "وقال الرئيس السوري في مقابلة إن بلاده لن تتخلى عن حلفائها، ولكن الجبير استبعد أي تحالف مع الأسد.",
            "الأسد",
        ),
        ("وأكد وزير الخارجية السعودي أن موقف الرياض هو ضرورة تنحي الأسد عن حكم النظام السوري.", "الأسد"),
        ("ونفت الحكومة السورية أمس أن يكون الأسد قد غادر دمشق.", "الأسد"),
        ("وهتف المتظاهرون ضد النظام السوري وضد الأسد في مدينة درعا.", "الأسد"),
    ],
)
def test_the_family_name_alone_is_the_president(pipeline: Pipeline, text: str, name: str) -> None:
    assert (name, "SYRGOV") in _actors(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        # another of the family, named by his first name (here and later), his father, the family itself
        "اعتصم المئات في اللاذقية احتجاجا على قتل سليمان الأسد عقيدا في القوات الجوية، وقال النظام السوري إنه سيحاكم.",
        "وقالت الحكومة السورية إن ماهر الأسد يقود الفرقة الرابعة.",
        "وتحكم عائلة الأسد سوريا منذ عهد حافظ الأسد، كما قالت الحكومة السورية.",
        "وقال النظام السوري إن الأسد الأب حكم البلاد ثلاثين عاما.",
        # places and idioms named after him or the lion
        "ووصل مئات الجنود الأمريكيين إلى قاعدة عين الأسد في الأنبار، وقال الرئيس السوري إن الحرب طويلة.",
        "وسيطر الحوثيون على جبل الأسد قرب قاعدة العند، وقالت الحكومة السورية إنها تتابع الوضع.",
        "واستحوذت الشركات الروسية على حصة الأسد من العقود، وقالت الحكومة السورية إنها راضية.",
        # an article that names the Syrian state no other way: the lion, a name, a person of another country
        "وقال المدرب إن الأسد لا يخاف في مباراة الأمس.",
    ],
)
def test_the_family_name_alone_is_not_the_president(pipeline: Pipeline, text: str) -> None:
    assert not [name for name, code in _actors(pipeline, text) if name.endswith("الأسد") and code == "SYRGOV"]


def test_the_name_alone_goes_on_about_the_relative_named_before(pipeline: Pipeline) -> None:
    # the president is named between, as whose relative the killer is: the name alone is still the killer's
    text = (
        "أطلق سليمان الأسد، أحد أقرباء الرئيس السوري بشار الأسد، النار على عقيد في اللاذقية أمس. "
        "وكان الأسد قد أقدم على قتله أمام أطفاله."
    )
    assert ("الأسد", "SYRGOV") not in _actors(pipeline, text)


def test_the_name_alone_after_the_president_named_in_full_is_his(pipeline: Pipeline) -> None:
    # (another of the family named earlier gives way to the president named last)
    text = "وبعد أن اعتقل سليمان الأسد، قال الرئيس السوري بشار الأسد إن الحرب طويلة. واستقبل الأسد أمس المبعوث الأممي."
    assert _actors(pipeline, text)[-2:] == [("الأسد", "SYRGOV"), ("المبعوث الأممي", "IGOUNO")]


def test_a_demand_that_the_president_step_down_is_addressed_to_his_government(pipeline: Pipeline) -> None:
    text = (
        "أخفقت روسيا والسعودية في محادثات بشأن مصير الرئيس السوري بشار الأسد. "
        "وقال وزير الخارجية السعودي عادل الجبير أمس إن الرياض ترفض أي تحالف مع الأسد."
    )
    events = [e for e in pipeline(Article(id="t", text=text, published=WED)) if e.category == "political"]
    assert [(e.plover_type, e.actor1.code, e.actor2 and e.actor2.code) for e in events] == [
        ("REJECT", "SAUGOV", "SYRGOV")
    ]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a person introduced by office and nationality, then called by the family name alone
        (
            "وقال رئيس الوزراء العراقي حيدر العبادي إن القوات تتقدم. وأضاف العبادي أن المعركة طويلة.",
            "العبادي",
            "IRQGOV",
        ),
        (
            "أكد وزير الخارجية اليمني رياض ياسين أن الحكومة ستعود. وكشف ياسين عن خطة لإعادة الإعمار.",
            "ياسين",
            "YEMGOV",
        ),
    ],
)
def test_a_person_introduced_by_office_is_named_again_by_the_family_name(
    pipeline: Pipeline, text: str, name: str, code: str
) -> None:
    assert _actors(pipeline, text)[-1] == (name, code)


def test_a_family_name_after_another_given_name_is_another_person(pipeline: Pipeline) -> None:
    # the premier named in office, then a photographer of the same family name
    text = "وقال رئيس الوزراء العراقي حيدر العبادي إن الصحافة حرة. ونعت النقابة المصور جلاء العبادي."
    assert [name for name, _ in _actors(pipeline, text)] == ["رئيس الوزراء العراقي", "حيدر العبادي"]


@pytest.mark.parametrize(
    "text",
    [
        "وقال قائد شرطة الأنبار اللواء هادي رزيج إن القوات تتقدم في الرمادي.",
        "وقتل القيادي أبو هادي العبود في اشتباكات مع قوات النظام.",
        "وقال الإعلامي هادي الشيباني في تغريدته إن الهجوم جبان.",
    ],
)
def test_a_leader_s_name_after_another_s_title_is_another_person(pipeline: Pipeline, text: str) -> None:
    # هادي is President Hadi (YEMGOV) only as himself, not as another's given name
    assert "YEMGOV" not in [code for _, code in _actors(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the group named again by its head noun and an epithet, a comma written onto the epithet
        (
            "وقتل 23 شخصا في تفجيرين في بغداد أمس تبناهما تنظيم داعش. وتبنى التنظيم المتطرف، في بيان، الهجوم.",
            "التنظيم",
        ),
        ("وأعدم تنظيم داعش عشرة رجال في الموصل، كما قام التنظيم المجرم بإعدام شخصين.", "التنظيم"),
    ],
)
def test_a_group_named_again_with_an_epithet(pipeline: Pipeline, text: str, name: str) -> None:
    assert _actors(pipeline, text)[-1] == (name, "REB")


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a name the lexicon gives with its title, then the family name alone
        (
            "وأعلن العميد أحمد عسيري المتحدث باسم قوات التحالف أن الغارات مستمرة. وأضاف عسيري أن الهدنة انتهت.",
            "عسيري",
            "SAUMIL",
        ),
        (
            "وقال الشيخ حمود المخلافي إن المقاومة تتقدم في تعز. وأضاف المخلافي أن الحصار مستمر.",
            "المخلافي",
            "YEMUAF",
        ),
        # Yemen's former president named in short
        ("وأعلن الرئيس السابق علي صالح أن قواته لن تنسحب من تعز.", "الرئيس السابق علي صالح", "YEMMIL"),
    ],
)
def test_officials_and_leaders_named_again(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    assert _actors(pipeline, text)[-1] == (name, code)


def test_an_office_named_with_its_title_is_no_person(pipeline: Pipeline) -> None:
    # "المبعوث الأممي إلى سوريا" ends with a country, no family name: سوريا later is no envoy
    text = "وقال المبعوث الأممي إلى سوريا إن الحل سياسي، وأضاف أن إيران مهمة في سوريا."
    assert [code for name, code in _actors(pipeline, text) if name == "سوريا"] == []


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a state's delegation, parliament and monarch, named by their nationality
        ("ووصل الوفد الروسي إلى الرياض أمس.", "الوفد الروسي", "RUSGOV"),
        ("وقال رئيس البرلمان الإيراني إن بلاده تدعم الحوار.", "البرلمان الإيراني", "IRNGOV"),
        ("واستقبل الملك الأردني أمس وزير الخارجية.", "الملك الأردني", "JORGOV"),
    ],
)
def test_state_bodies_named_by_nationality(pipeline: Pipeline, text: str, name: str, code: str) -> None:
    assert (name, code) in _actors(pipeline, text)
