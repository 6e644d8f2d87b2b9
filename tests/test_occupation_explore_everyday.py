"""Exploration questions in everyday words: commercial work, the public employer, games,
practical work, dislikes, person clauses and areas after "mit" that no topic knows."""

from __future__ import annotations

import pytest

from skills.occupation.catalogue import InMemoryCatalogue, load_builtin_catalogue
from skills.occupation.compare import parse as parse_comparison
from skills.occupation.employer import employer_asked, employer_before_lists
from skills.occupation.explore import parse, vocabulary
from skills.occupation.model import TrainingType
from skills.occupation.profiles import read_profiles
from skills.occupation.ranking import rank


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return load_builtin_catalogue()


def labels(question: str) -> list[str]:
    query = parse(question)
    assert query is not None, question
    return [topic.label for topic in query.topics]


def titles(question: str, catalogue: InMemoryCatalogue) -> list[str]:
    query = parse(question)
    assert query is not None, question
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    return [fit.occupation.title for fit in fits]


def test_commercial_work_spans_trade_and_office(catalogue: InMemoryCatalogue) -> None:
    found = titles("Gibt es was Kaufmännisches mit ESA, höchstens 2 Jahre?", catalogue)
    assert "Verkäufer/in" in found
    assert "Servicefachkraft für Dialogmarketing" in found


@pytest.mark.parametrize(
    "question",
    [
        "Welche Ausbildungen gibt es bei der Gemeinde?",
        "was könnte sie beim Amt lernen?",
        "Ausbildungen im öffentlicher Dienst mit Realschule",
    ],
)
def test_public_employer_in_everyday_words(question: str) -> None:
    assert "Büro und Verwaltung" in labels(question)


def test_games_are_computers() -> None:
    assert labels("Er ist ein großer Gamer – welche Berufe gäbe es?") == ["IT und Computer"]


def test_practical_work_is_hands_on() -> None:
    assert "Handwerkliches" in labels("Welche Ausbildungen gibt es? Sie mag was Praktisches.")


def test_scooters_are_vehicles_and_what_the_person_could_learn() -> None:
    assert "Fahrzeuge" in labels("Sie bastelt an Rollern und Mofas, was könnte die lernen?")


def test_on_the_road_is_transport() -> None:
    assert "Logistik und Verkehr" in labels("welche jobs für jemanden, der gern unterwegs ist?")


def test_hating_a_thing_rules_it_out() -> None:
    query = parse("which apprenticeships for someone who hates offices?")
    assert query is not None
    assert [topic.label for topic in query.excluded] == ["Büro und Verwaltung"]
    assert not query.topics


def test_a_long_negation_still_rules_out() -> None:
    query = parse("Ausbildungen für jemanden, der nicht den ganzen Tag im Büro sitzen will?")
    assert query is not None
    assert [topic.label for topic in query.excluded] == ["Büro und Verwaltung"]


def test_a_misspelt_negated_word_is_ruled_out_too() -> None:
    # "sitzen" is read as a near spelling of "sitzend"
    query = parse("Welche Ausbildungen gibt es für jemanden, der nicht so gern sitzen will?")
    assert query is not None
    assert [topic.label for topic in query.excluded] == ["Büro und Verwaltung"]


def test_what_someone_prefers_is_said_when_no_topic_knows_it() -> None:
    query = parse("Welche Berufe passen zu jemandem, der lieber nachts arbeitet?")
    assert query is not None
    # (said back as a condition the catalogue holds no field for)
    assert query.unknown_area is None
    assert query.unheeded == ("nachts",)


@pytest.mark.parametrize(
    ("question", "area"),
    [("berufe mit kinden ohne abitur?", "kinden"), ("Ausbildungen mit Raketen?", "raketen")],
)
def test_an_area_after_mit_that_no_topic_knows_is_said(question: str, area: str) -> None:
    query = parse(question)
    assert query is not None
    assert query.unknown_area == area


def test_a_certificate_after_mit_is_no_unknown_area() -> None:
    query = parse("Welche Berufe mit dem Hauptschulabschluss?")
    assert query is not None
    assert query.unknown_area is None


def test_a_comparison_asking_what_sets_the_two_apart() -> None:
    query = parse_comparison(
        "Zimmerer oder Dachdecker – was unterscheidet die beiden für jemanden ohne Höhenangst?"
    )
    assert query is not None
    assert (query.left, query.right) == ("Zimmerer", "Dachdecker")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("schulsiche ausbildungen im gesundheitsbereich", TrainingType.SCHOOL),
        ("Welche betriblichen Ausbildungen gibt es im Handwerk?", TrainingType.DUAL),
    ],
)
def test_a_misspelt_training_type_is_read(question: str, kind: TrainingType) -> None:
    query = parse(question)
    assert query is not None
    assert query.training_type is kind


@pytest.mark.parametrize("word", ["schulabschluss", "schulzeit", "betriebsrat", "schueler"])
def test_words_near_a_training_type_are_none(word: str) -> None:
    assert vocabulary().typo_kind(word) is None


def test_training_asked_of_an_employer_in_a_whole_question() -> None:
    asked = employer_asked("Welche Ausbildungen kann man bei der Bundeswehr machen?")
    assert asked == "Bundeswehr"
    assert employer_asked("Was für eine Lehre könnte er bei Siemens anfangen?") == "Siemens"


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("Welche Ausbildungen kann man bei der Bundeswehr machen?", "Bundeswehr"),
        ("Ausbildung bei der Stadt Hamm", "Stadt Hamm"),
        # a railway topic lists the railway occupations instead
        ("Welche Ausbildungen gibt es bei der Bahn?", None),
    ],
)
def test_an_employer_is_answered_before_lists_unless_its_name_is_a_topic(
    question: str, who: str | None, catalogue: InMemoryCatalogue
) -> None:
    assert employer_before_lists(question, catalogue) == who
