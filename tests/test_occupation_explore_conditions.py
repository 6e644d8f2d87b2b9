"""List questions with conditions, workplaces and several names: what is ruled out ("auf
keinen Fall studieren", "nicht auf dem Bau", "ohne Kundenkontakt"), workplaces the catalogue
has no field for (hospital, pharmacy, car dealership), driving for a living, part-time training
in a field, misspelt frame words and comparisons of three occupations."""

from __future__ import annotations

import pytest
from occupation_skill_fixtures import commands, text_of
from skill_contexts import skill_context

from bot.reply import Heading, Outcome
from bot.routing.intent import OfflineIntentClassifier
from bot.skill import Skill
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.compare import parse as parse_comparison
from skills.occupation.explore import parse, vocabulary
from skills.occupation.profiles import read_profiles
from skills.occupation.ranking import rank, rank_suggested
from skills.occupation.training_system import names_no_occupation


def ids(question: str, catalogue: InMemoryCatalogue) -> list[str]:
    query = parse(question)
    assert query is not None, question
    schools = read_profiles().schools
    fits = (rank_suggested if query.suggested else rank)(query, catalogue.occupations, schools)
    return [fit.occupation.id for fit in fits]


def test_a_degree_ruled_out_emphatically_is_no_filter_for_degrees() -> None:
    query = parse("Sie mag Biologie, will aber auf keinen Fall studieren. Welche Berufe?")
    assert query is not None
    assert query.training_type is None
    assert query.no_study


def test_an_area_ruled_out_after_a_preposition_is_excluded() -> None:
    query = parse("lieber im Freien, aber bloß nicht auf der Baustelle – welche Ausbildungen?")
    assert query is not None
    assert [t.label for t in query.excluded] == ["Bau"]
    assert [t.label for t in query.topics] == ["draußen arbeiten"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Welche Ausbildungen kann man in einer Klinik machen?",
            "operationstechnischer-assistent",
        ),
        (
            "Was kann man in Apotheken für Ausbildungen machen?",
            "pharmazeutisch-technischer-assistent",
        ),
        ("Ausbildungsberufe in Autohäusern?", "automobilkaufmann"),
    ],
)
def test_a_workplace_lists_the_occupations_working_there(
    question: str, expected: str, catalogue: InMemoryCatalogue
) -> None:
    assert expected in ids(question, catalogue)[:8]


def test_care_ruled_out_leaves_the_other_hospital_occupations(
    catalogue: InMemoryCatalogue,
) -> None:
    found = ids("Berufe in der Klinik, nur nicht Pflege?", catalogue)
    assert "pflegefachmann" not in found
    assert "operationstechnischer-assistent" in found
    assert "mt-radiologie" in found


def test_care_named_positively_stays_the_health_list() -> None:
    query = parse("Welche Ausbildungen gibt es in der Pflege?")
    assert query is not None
    assert [t.label for t in query.topics] == ["Gesundheit"]
    assert not query.excluded


def test_driving_a_lorry_lists_the_driving_occupations(catalogue: InMemoryCatalogue) -> None:
    found = ids("Ausbildung, bei der man Lastwagen fährt?", catalogue)
    assert found[0] == "berufskraftfahrer"
    assert "kraftfahrzeugmechatroniker" not in found[:5]


def test_a_year_nine_certificate_is_the_first_certificate() -> None:
    query = parse("hat nen 9er abschluss, was kann er im lager lernen?")
    assert query is not None
    assert query.max_school == 1


@pytest.mark.parametrize(
    "question", ["ausbilungen im holzbereich mit hsa", "welche ausbldungen gibt es im verkauf"]
)
def test_a_misspelt_frame_word_still_asks_for_a_list(question: str) -> None:
    assert parse(question) is not None


def test_a_compound_of_the_frame_word_is_not_respelt() -> None:
    folded = vocabulary().standardise("ist das ein anerkannter ausbildungsberuf")
    assert folded.endswith("ausbildungsberuf")


def test_a_direction_compound_names_its_area() -> None:
    query = parse("Er will in die Holzrichtung, was geht?")
    assert query is not None
    assert [t.label for t in query.topics] == ["Holz"]


def test_tinkering_with_a_device_is_technology_not_design() -> None:
    query = parse("bastelt gern an Handys rum – welche Berufe wären was?")
    assert query is not None
    labels = [t.label for t in query.topics]
    assert "gestalten" not in labels
    assert {"Technik", "Elektro"} <= set(labels)


def test_precise_work_in_everyday_words() -> None:
    query = parse("Welche Ausbildung für jemanden, der sehr sorgfältig ist und kleine Teile mag?")
    assert query is not None
    assert "genaues Arbeiten" in [t.label for t in query.topics]


def test_only_customer_contact_ruled_out_suggests_other_work(
    catalogue: InMemoryCatalogue,
) -> None:
    query = parse("Ausbildungen ohne Kundenkontakt?")
    assert query is not None
    assert not query.topics
    assert query.suggested
    found = ids("Ausbildungen ohne Kundenkontakt?", catalogue)
    # not the catalogue's order, which starts with the office
    assert "kaufmann-bueromanagement" not in found[:8]
    assert "chemielaborant" in found[:8]


def test_little_arithmetic_suggests_work_without_numbers(catalogue: InMemoryCatalogue) -> None:
    found = ids("Ausbildungen ohne viel Mathe?", catalogue)
    assert {"koch", "friseur", "florist"} <= set(found[:8])


def test_every_workplace_and_suggestion_names_what_exists(catalogue: InMemoryCatalogue) -> None:
    known = {occupation.id for occupation in catalogue.occupations}
    labels = {topic.label for topic, _ in vocabulary().topics}
    for topic, _ in vocabulary().topics:
        assert set(topic.ids) <= known, topic.label
        assert set(topic.instead) <= labels, topic.label


async def test_part_time_in_a_field_lists_the_field_with_the_rule(
    catalogue: InMemoryCatalogue, skills: list[Skill], skill: OccupationSkill
) -> None:
    question = "Gibt es Teilzeitausbildungen im Handwerk?"
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(skill_context(question))
    assert result.blocks[0] == Heading("Ausbildung in Teilzeit")
    assert "§ 7a BBiG" in text_of(result)
    listed = [item["id"] for item in result.data["exploration"]["results"]]
    assert len(listed) >= 3
    by_id = {occupation.id: occupation for occupation in catalogue.occupations}
    assert all(by_id[entry].training_type.value == "dual" for entry in listed)


async def test_part_time_without_a_field_keeps_the_general_answer(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(skill_context("Gibt es Ausbildungen in Teilzeit?"))
    assert "exploration" not in result.data
    assert "nicht als eigenes Merkmal" in text_of(result)


def test_a_list_of_names_is_compared_as_a_whole() -> None:
    query = parse_comparison("Tischler, Zimmerer oder Dachdecker – worin unterscheiden die sich?")
    assert query is not None
    assert query.names == ("Tischler", "Zimmerer", "Dachdecker")
    one = parse_comparison(
        "Unterschied zwischen Fachkraft für Kurier-, Express- und Postdienstleistungen und Koch"
    )
    assert one is not None
    assert not one.middle  # "Kurier-, Express-" is one name's parts


async def test_three_occupations_side_by_side(skill: OccupationSkill) -> None:
    result = await skill.handle(
        skill_context("Was ist der Unterschied zwischen Maurer, Zimmerer und Dachdecker?")
    )
    assert result.outcome is Outcome.OK
    titles = [item["title"] for item in result.data["comparison"]]
    assert titles == ["Maurer/in", "Zimmerer/Zimmerin", "Dachdecker/in"]
    assert "**Ausbildungsart:** bei allen" in text_of(result)
    assert commands(result) == [f"beruf {title}" for title in titles]


async def test_an_unclear_name_among_three_is_asked_about(skill: OccupationSkill) -> None:
    result = await skill.handle(
        skill_context("Unterschied zwischen Maurer, Xylofonqrz und Dachdecker?")
    )
    assert result.outcome is Outcome.UNKNOWN
    assert "Xylofonqrz" in text_of(result)


def test_an_occupation_starting_like_a_word_for_training_is_an_occupation() -> None:
    assert not names_no_occupation("Berufskraftfahrer")
    assert names_no_occupation("einer Berufsausbildung")
