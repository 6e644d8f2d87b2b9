"""Words as clients name occupations: feminine plurals in -innen and plurals in -männer, training
compounds of a workplace or of a title that everyday usage gives another entry too, a master
craftsman's title (answered with the training occupation it builds on, and said so), English
possessives and "becoming", and the trade nouns and workplaces in the synonym table."""

from __future__ import annotations

import pytest
from occupation_answers import heading_and_notes

from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.evidence import occupation_evidence
from skills.occupation.named_inside import NamedInside
from skills.occupation.normalise import normalise
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return shared_catalogue()


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("Diätassistentinnen", "Diätassistentin"),
        ("Biologielaborantinnen", "Biologielaborantin"),
        ("Pharmazeutinnen", "Pharmazeutin"),
        ("Tierwirtinnen", "Tierwirtin"),
        ("Feinwerkmechanikerinnen", "Feinwerkmechanikerin"),
        ("Kaufmänner", "Kaufmann"),
        ("Werkfeuerwehrmänner", "Werkfeuerwehrmann"),
    ],
)
def test_a_plural_is_its_singular(plural: str, singular: str) -> None:
    assert normalise(plural) == normalise(singular)


@pytest.mark.parametrize("word", ["beginnen", "gewinnen", "Dachrinnen", "Kundinnen"])
def test_a_word_in_innen_that_is_no_feminine_plural_stays(word: str) -> None:
    assert normalise(word).tokens == (word.casefold(),)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Fleischerei-Lehrling", "Fleischer"),
        ("Konditoreiazubi", "Konditor"),
        ("Klempnerazubi", "Klempner"),
    ],
)
def test_a_training_compound_of_a_workplace_or_a_shared_title_is_that_word(
    catalogue: InMemoryCatalogue, typed: str, expected: str
) -> None:
    assert NamedInside(catalogue).find(typed) == expected


async def test_a_training_compound_of_a_shared_title_answers_the_title(
    catalogue: InMemoryCatalogue,
) -> None:
    heading, _ = await heading_and_notes(catalogue, "Klempnerazubi")
    assert heading == "Klempner/in"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Fleischermeisterin", "Fleischer/in"),
        ("Konditor-Meister", "Konditor/in"),
        ("Metzgermeisterin", "Fleischer/in"),
        ("KFZ-Meisterin", "Kraftfahrzeugmechatroniker/in"),
    ],
)
async def test_a_master_title_answers_the_training_occupation_and_says_so(
    catalogue: InMemoryCatalogue, typed: str, expected: str
) -> None:
    heading, notes = await heading_and_notes(catalogue, typed)
    assert heading == expected
    assert f"„{typed}“ ist eine Fortbildung nach der Ausbildung" in notes


@pytest.mark.parametrize("typed", ["Baumeister", "Bürgermeister", "Meister", "Wachtmeisterin"])
def test_a_master_word_of_no_entry_is_no_master_title(
    catalogue: InMemoryCatalogue, typed: str
) -> None:
    assert NamedInside(catalogue).master_of(typed) is None


async def test_a_master_title_with_a_question_about_pay_or_duration_still_asks(
    catalogue: InMemoryCatalogue,
) -> None:
    # the trainee's pay would answer a different question
    heading, _ = await heading_and_notes(catalogue, "was verdient eine Konditormeisterin")
    assert heading is None


def test_a_master_title_alone_reaches_the_skill(catalogue: InMemoryCatalogue) -> None:
    inside = NamedInside(catalogue)
    assert occupation_evidence("Glasermeister", catalogue, inside) > 0
    assert occupation_evidence("Bürgermeister", catalogue, inside) == 0.0


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("a baker's apprenticeship", "baker apprenticeship"),
        ("what's a roofer's job", "roofer job"),
        ("becoming a glazier", "glazier"),
    ],
)
def test_english_possessives_and_becoming_are_no_words_of_the_name(typed: str, plain: str) -> None:
    assert normalise(typed) == normalise(plain)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("bricklaying", "maurer"),
        ("plumbing", "anlagenmechaniker-shk"),
        ("hair salon", "friseur"),
        ("Hilfsköchin", "fachkraft-kueche"),
    ],
)
def test_trade_nouns_and_workplaces_are_in_the_table(
    catalogue: InMemoryCatalogue, word: str, expected: str
) -> None:
    assert [match.occupation.id for match in catalogue.exact(word)] == [expected]
