"""Single occupation questions in shapes that fell through: a school grade asked for as what
an occupation takes, gender stars on a stem with an umlaut and "KauffrauMann", a workplace
named by its people or business ("Lehre beim Tierarzt"), a workplace asked for as a list
whose word alone is a lookup, filler and thanks around the question, and plain English
verbs such as "explain"."""

from __future__ import annotations

from pathlib import Path

import pytest
from occupation_answers import heading_and_notes
from pydantic import SecretStr
from skill_contexts import skill_context

from bot.config import Settings
from bot.language import detect
from bot.llm.offline import OfflineLLM
from bot.policy.model import load_policy
from bot.registry import SkillRegistry
from bot.reply import Heading, Text
from bot.routing.intent import OfflineIntentClassifier
from bot.routing.router import RouteKind, Router
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.focus import Focus
from skills.occupation.normalise import normalise
from skills.occupation.practice import practice_named, training_at_practice
from skills.occupation.query import extract_query
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return shared_catalogue()


@pytest.fixture(scope="module")
def router(tmp_path_factory: pytest.TempPathFactory) -> Router:
    data: Path = tmp_path_factory.mktemp("data")
    settings = Settings(data_dir=data, secret_key=SecretStr("test"))
    return Router(SkillRegistry.discover(settings), OfflineIntentClassifier(), load_policy())


# --- a grade asked for ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Welchen Notenschnitt braucht man als Kosmetikerin?", "Kosmetikerin"),
        ("welche Deutschnote brauch ich für Kauffrau im Einzelhandel", "Kauffrau im Einzelhandel"),
        ("Welche Noten sollte man für Mediengestalter haben?", "Mediengestalter"),
    ],
)
def test_a_grade_asked_for_is_a_question_about_the_requirements(typed: str, named: str) -> None:
    query = extract_query(typed)
    assert (query.text, query.focus) == (named, Focus.REQUIREMENTS)


@pytest.mark.parametrize(
    "typed",
    [
        "Welcher Durchschnitt reicht für die Fachkraft für Lagerlogistik?",
        "Wie gut muss die Abschlussnote für Zahntechnikerin sein, reicht eine 3?",
    ],
)
def test_a_grade_in_a_sentence_routes_with_the_occupation_and_asks_the_certificate(
    typed: str,
) -> None:
    assert extract_query(typed).focus is Focus.REQUIREMENTS


async def test_a_grade_question_reaches_the_occupation_skill(router: Router) -> None:
    route = await router.route(
        "Welchen Schnitt braucht man eigentlich für Tischler?", None, OfflineLLM()
    )
    assert (route.kind, route.target) == (RouteKind.SKILL, "occupation")


@pytest.mark.parametrize(
    "typed",
    [
        "Welche Note braucht Lisa für die FOS?",
        "welche noten braucht man fürs abi",
        "Was verdient ein Koch im Schnitt?",
    ],
)
async def test_a_grade_of_a_school_or_a_hedge_is_no_requirement_question(
    router: Router, typed: str
) -> None:
    route = await router.route(typed, None, OfflineLLM())
    if "Koch" in typed:  # "im Schnitt" is a hedge: a pay question about the cook
        assert extract_query(typed).focus is not Focus.REQUIREMENTS
    else:
        assert route.kind is RouteKind.UNKNOWN


# --- gender forms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("Ärzt*innen", "Arzt"),
        ("Köch:in", "Koch"),
        ("Anwält_innen", "Anwalt"),
        ("KauffrauMann im Einzelhandel", "Kaufmann im Einzelhandel"),
        ("Kauffrau/Mann für Büromanagement", "Kaufmann für Büromanagement"),
        ("Bankkaufmann*frau", "Bankkaufmann"),
    ],
)
def test_gender_forms_fold_to_the_plain_name(typed: str, plain: str) -> None:
    assert normalise(typed) == normalise(plain)


@pytest.mark.parametrize("word", ["Steinmetz/in", "Architekt*in", "Gärtner:innen"])
def test_a_marker_after_a_word_without_a_feminine_stem_is_only_dropped(word: str) -> None:
    assert (
        normalise(word).tokens == normalise(word.split("/")[0].split("*")[0].split(":")[0]).tokens
    )


# --- workplaces named by their people -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Praktikum beim Kinderarzt", "Arztpraxis"),
        ("Lehrstelle bei einem Notar", "Notariat"),
        ("trainee at the vet's", "veterinary practice"),
    ],
)
def test_a_training_at_the_people_of_a_workplace_names_the_workplace(
    typed: str, place: str
) -> None:
    assert training_at_practice(typed) == place


@pytest.mark.parametrize("typed", ["Zahnarzt", "was macht ein Tierarzt", "Notar werden"])
def test_the_people_named_on_their_own_are_their_occupation(typed: str) -> None:
    assert practice_named(typed) is None


def test_an_appointment_at_the_dentist_is_no_training() -> None:
    assert practice_named("Termin beim Zahnarzt") == "Zahnarztpraxis"
    assert training_at_practice("Termin beim Zahnarzt") is None


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("Lehre beim Tierarzt", "Tiermedizinische/r Fachangestellte/r"),
        ("Azubi bei der Volksbank", "Bankkaufmann/-frau"),
        ("Azubi bei einer Kieferorthopädin", "Zahnmedizinische/r Fachangestellte/r"),
        ("Ausbildung bei einer Rechtsanwältin", "Rechtsanwaltsfachangestellte/r"),
        ("apprenticeship with a lawyer", "Rechtsanwaltsfachangestellte/r"),
    ],
)
async def test_the_training_at_a_workplace_is_answered(
    catalogue: InMemoryCatalogue, typed: str, heading: str
) -> None:
    assert (await heading_and_notes(catalogue, typed))[0] == heading


async def test_a_training_at_the_bank_routes_to_the_card_not_a_list(router: Router) -> None:
    route = await router.route("Azubi bei der Bank", None, OfflineLLM())
    assert (route.kind, route.target) == (RouteKind.SKILL, "occupation")


# --- a workplace asked for as a list ----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "listed"),
    [
        ("Ausbildung in der Apotheke", "Pharmazeutisch-kaufmännische/r Angestellte/r"),
        ("Ausbildungen im Pflegeheim", "Hauswirtschafter/in"),
        ("was kann man im zoo lernen", "Tierpfleger/in"),
        ("Ausbildungsberufe im Bürgeramt?", "Verwaltungsfachangestellte/r"),
    ],
)
async def test_a_workplace_asked_for_as_a_list_gets_its_list(
    catalogue: InMemoryCatalogue, typed: str, listed: str
) -> None:
    result = await OccupationSkill(catalogue).handle(skill_context(typed, None, "de", text=typed))
    text = "\n".join(block.markdown for block in result.blocks if isinstance(block, Text))
    heading = result.blocks[0]
    assert isinstance(heading, Heading)
    assert heading.text.startswith("Ausbildungen")
    assert listed in text


async def test_the_workplace_word_alone_is_still_a_lookup(catalogue: InMemoryCatalogue) -> None:
    assert (await heading_and_notes(catalogue, "Apotheke"))[0] is not None


# --- filler and thanks around the question; English verbs ------------------------------------


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("was so ein Gerüstbauer eigentlich den ganzen Tag macht", "Gerüstbauer"),
        ("was genau macht eine Floristin?", "Floristin"),
        ("was ne Hotelfachfrau so verdient, danke!", "Hotelfachfrau"),
        ("wie lange dauert die Ausbildung zum Maurer, vielen Dank", "Maurer"),
    ],
)
def test_filler_and_thanks_are_no_part_of_the_name(typed: str, named: str) -> None:
    assert extract_query(typed).text == named


@pytest.mark.parametrize(
    "typed", ["explain the transition system", "describe the potential analysis"]
)
def test_english_request_verbs_tell_the_language(typed: str) -> None:
    assert detect(typed) == "en"


async def test_a_topic_word_named_outside_a_place_keeps_the_lookup(
    catalogue: InMemoryCatalogue,
) -> None:
    # "Berufskraftfahrer" is a word of the driving jobs' list, but no workplace after "im"
    heading, _ = await heading_and_notes(
        catalogue, "Braucht man für Berufskraftfahrer einen Führerschein?"
    )
    assert heading == "Berufskraftfahrer/in"
