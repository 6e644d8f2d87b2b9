"""An English answer shows the catalogue's German texts as they are, saying so, and every text
of its own in English (source note, duration notes, descriptions, comparisons)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest
from occupation_skill_fixtures import catalogue, skill  # noqa: F401
from skill_contexts import skill_context

from bot.reply import Block, Facts, Text
from skills.occupation import OccupationSkill
from skills.occupation.answer import AnswerRequest, OfflineAnswerer
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.model import Match
from skills.occupation.profiles import read_profiles
from skills.occupation.school_names import school_name
from skills.occupation.skill import skill_texts

GERMAN_NOTE = "Eigene Kurzbeschreibungen; verbindliche Auskunft: BERUFENET"


def _text(blocks: tuple[Block, ...]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Text):
            lines.append(block.markdown)
        elif isinstance(block, Facts):
            lines += [f"{item.label}: {item.value}" for item in block.items]
    return "\n".join(lines)


async def _card(entries: InMemoryCatalogue, entry_id: str, language: str) -> str:
    entry = entries.get(entry_id)
    assert entry is not None
    request = AnswerRequest(Match(entry, 100.0, entry.title), language=language)
    return _text((await OfflineAnswerer(skill_texts()).answer(request)).blocks)


async def test_an_english_card_marks_the_german_description_and_has_an_english_note(
    catalogue: InMemoryCatalogue,  # noqa: F811
) -> None:
    text = await _card(catalogue, "koch", "en")
    entry = catalogue.get("koch")
    assert entry is not None
    assert f"Description (from the German catalogue): {entry.description}" in text
    assert GERMAN_NOTE not in text
    assert "binding information: BERUFENET of the Federal Employment Agency" in text


async def test_a_german_card_shows_description_and_note_as_written(
    catalogue: InMemoryCatalogue,  # noqa: F811
) -> None:
    text = await _card(catalogue, "koch", "de")
    entry = catalogue.get("koch")
    assert entry is not None
    assert f"\n{entry.description}\n" in f"\n{text}\n"
    assert GERMAN_NOTE in text
    assert "Beschreibung aus dem" not in text


async def test_an_english_duration_quotes_the_german_catalogue_note(
    catalogue: InMemoryCatalogue,  # noqa: F811
) -> None:
    entry = next(item for item in catalogue.occupations if item.duration_note)
    text = await _card(catalogue, entry.id, "en")
    assert f"(German catalogue note: “{entry.duration_note}”)" in text
    german = await _card(catalogue, entry.id, "de")
    assert f"({entry.duration_note})" in german


async def test_english_data_needs_no_mark_in_an_english_answer(
    catalogue: InMemoryCatalogue,  # noqa: F811
) -> None:
    entry = catalogue.get("koch")
    assert entry is not None
    english = replace(entry, description="Prepares meals.", language="en", source_note=None)
    request = AnswerRequest(Match(english, 100.0, english.title), language="en")
    text = _text((await OfflineAnswerer(skill_texts()).answer(request)).blocks)
    assert "\nPrepares meals.\n" in f"\n{text}\n"
    asked_in_german = replace(request, language="de")
    german = _text((await OfflineAnswerer(skill_texts()).answer(asked_in_german)).blocks)
    assert "Beschreibung aus dem englischen Katalog: Prepares meals." in german


@pytest.mark.parametrize(
    ("args", "marked"),
    [
        ("difference between Koch and Bäcker", "Description (from the German catalogue): "),
        ("part-time apprenticeships", "(German catalogue note): “"),
    ],
)
async def test_english_comparisons_and_part_time_say_where_german_texts_come_from(
    skill: OccupationSkill,  # noqa: F811
    args: str,
    marked: str,
) -> None:
    result = await skill.handle(skill_context(args, language="en"))
    assert marked in _text(result.blocks)


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_certificate_of_the_profiles_has_its_names_in_each_language(language: str) -> None:
    say = partial(skill_texts().get, language)
    for school in read_profiles().schools:
        named, short = school_name(school, say), school_name(school, say, short=True)
        assert named
        assert short
        if language == "de":  # a German reply names the certificate as the data writes it
            assert named == short == school
    assert school_name("Realschulabschluss Klasse 10", say) == "Realschulabschluss Klasse 10"


async def test_an_english_card_explains_the_german_certificate_it_names(
    catalogue: InMemoryCatalogue,  # noqa: F811
) -> None:
    entry = next(e for e in catalogue.occupations if e.school == "Hauptschulabschluss (ESA)")
    english = await _card(catalogue, entry.id, "en")
    assert "Usual school certificate: Hauptschulabschluss (ESA, first school-leaving" in english
    german = await _card(catalogue, entry.id, "de")
    assert "Üblicher Schulabschluss: Hauptschulabschluss (ESA)\n" in f"{german}\n"
