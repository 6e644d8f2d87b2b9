"""A field typed where an occupation was expected ("beruf Handwerk") gets the field's list,
not the entry spelt most like it."""

from __future__ import annotations

import pytest
from skill_contexts import skill_context

from bot.reply import Outcome, Text
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.field_word import field_named


@pytest.mark.parametrize(
    ("typed", "field"),
    [("Handwerk", "Handwerk"), ("Handwerker", "Handwerk"), ("Büro", "Büro"), ("Medien", "Medien")],
)
async def test_a_field_gets_its_list(skill: OccupationSkill, typed: str, field: str) -> None:
    result = await skill.handle(skill_context(typed, "beruf", "de", text=f"beruf {typed}"))
    assert result.outcome is Outcome.OK
    assert isinstance(result.blocks[0], Text)
    assert result.blocks[0].markdown.startswith(f"„{typed}“ steht für einen ganzen Berufsbereich")
    exploration = result.data["exploration"]
    assert field in exploration["filters"]
    assert len(exploration["results"]) >= 3


@pytest.mark.parametrize(
    "typed",
    [
        "Koch",  # an occupation's own name
        "Tischler",
        "Hotelfachman",  # typos of titles that start like a field
        "Verwaltungsfachangstellte",
        "Bürokaufrau",
        "Pflege",  # an everyday word of the synonym table
        "Bank",  # a field's word that is not its label ("Zahlen")
        "Techniker",  # a head word of many titles ("Techniker" in the field "Technik")
    ],
)
def test_an_occupation_or_a_word_of_the_synonym_table_is_no_field(
    catalogue: InMemoryCatalogue, typed: str
) -> None:
    assert not field_named(typed, catalogue.search(typed, 6), catalogue)
