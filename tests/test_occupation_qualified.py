"""Qualified titles: a name and the field it is qualified by ("Technischer Zeichner Maschinenbau").

The field decides between the entries a title names (the former Technische/r Zeichner/in was
split in two); a field no entry knows is asked about, never answered by spelling.
"""

from __future__ import annotations

import pytest
from skill_contexts import skill_context

from bot.reply import Heading, Outcome, Text
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.confidence import Verdict
from skills.occupation.qualified import qualified
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return shared_catalogue()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Technischer Zeichner Maschinenbau", "technischer-produktdesigner"),
        ("Technische Zeichnerin Elektrotechnik", "technischer-systemplaner"),
        ("Technische Zeichnerin Fachrichtung Stahlbau", "technischer-systemplaner"),
        ("Bauer (Landwirtschaft)", "landwirt"),
    ],
)
def test_the_field_picks_the_entry_among_the_titles_entries(
    catalogue: InMemoryCatalogue, typed: str, expected: str
) -> None:
    found = qualified(catalogue, typed)
    assert found is not None
    assert found.resolution.verdict is Verdict.ANSWER
    assert found.resolution.matches[0].occupation.id == expected


def test_a_field_no_entry_knows_offers_the_titles_entries(catalogue: InMemoryCatalogue) -> None:
    found = qualified(catalogue, "Technischer Zeichner Schiffbau")
    assert found is not None
    assert found.resolution.verdict is Verdict.CHOOSE
    offered = [match.occupation.id for match in found.resolution.matches]
    assert offered[:2] == ["technischer-produktdesigner", "technischer-systemplaner"]


@pytest.mark.parametrize("typed", ["Technischer Zeichner", "Schiffbau Technik", "Fachrichtung"])
def test_no_title_followed_by_a_field_is_no_qualified_title(
    catalogue: InMemoryCatalogue, typed: str
) -> None:
    assert qualified(catalogue, typed) is None


async def test_the_skill_answers_a_qualified_former_title_and_says_so(
    catalogue: InMemoryCatalogue,
) -> None:
    typed = "Technische Zeichnerin Elektrotechnik"
    result = await OccupationSkill(catalogue).handle(skill_context(typed, None, "de", text=typed))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading("Technische/r Systemplaner/in")
    notes = " ".join(block.markdown for block in result.blocks if isinstance(block, Text))
    assert "in der Fachrichtung „Elektrotechnik“" in notes


async def test_a_workplace_after_im_stands_for_its_occupation_when_nothing_else_is_named(
    catalogue: InMemoryCatalogue,
) -> None:
    typed = "Mitarbeiterin im Bürgerbüro"
    result = await OccupationSkill(catalogue).handle(skill_context(typed, None, "de", text=typed))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading("Verwaltungsfachangestellte/r")


@pytest.mark.parametrize("typed", ["Pflegefachfrau gut", "Koch schwer", "Tischler anstrengend"])
def test_a_judging_word_after_a_title_is_no_field(
    catalogue: InMemoryCatalogue, typed: str
) -> None:
    # "Ist das Gehalt als Pflegefachfrau gut?": not "in der Fachrichtung „gut“"
    assert qualified(catalogue, typed) is None


@pytest.mark.parametrize(
    "typed",
    ["Koch in Dortmund", "Maler bei der Stadt", "Pflegefachfrau auch in Teilzeit",
     "ist Erzieherin auch in Teilzeit möglich"],
)  # fmt: skip
def test_a_place_or_a_way_of_training_is_no_field(
    catalogue: InMemoryCatalogue, typed: str
) -> None:
    # "Koch in" was taken for a title and "Dortmund" for its field
    assert qualified(catalogue, typed) is None


@pytest.mark.parametrize(
    ("args", "heading"),
    [
        ("Bäcker Köln Voraussetzungen", "Bäcker/in"),
        ("Friseurin Münster wie lange dauert das", "Friseur/in"),
        ("Erzieher Nordrhein-Westfalen Voraussetzungen", "Erzieher/in"),
    ],
)
async def test_a_word_no_entry_knows_as_its_field_is_not_claimed_as_one(
    catalogue: InMemoryCatalogue, args: str, heading: str
) -> None:
    # With a fact asked for, the card for the title said "in der Fachrichtung „Köln“"
    result = await OccupationSkill(catalogue).handle(skill_context(args, "beruf", "de"))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading(heading)
    notes = " ".join(block.markdown for block in result.blocks if isinstance(block, Text))
    assert "Fachrichtung" not in notes
