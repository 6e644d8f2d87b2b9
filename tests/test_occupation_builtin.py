"""The shipped catalogue: it loads, and the names counsellors type find the right entry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Heading, Outcome, Text
from bot.skill import SkillContext
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import BUILTIN_PATH, InMemoryCatalogue
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def builtin() -> InMemoryCatalogue:
    return shared_catalogue(BUILTIN_PATH)


@pytest.fixture(scope="module")
def skill() -> OccupationSkill:
    return OccupationSkill.create(Settings())


def context(args: str, command: str | None = "beruf") -> SkillContext:
    message = Message(ConversationRef(Platform.CONSOLE, "console"), "u1", "Test", args)
    return SkillContext(
        message=message,
        args=args,
        command=command,
        language="de",
        user_key="user-key",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=datetime(2026, 11, 20, tzinfo=UTC),
        texts=lambda key, **values: key,
    )


def test_builtin_catalogue_loads_once_and_is_shared(builtin: InMemoryCatalogue) -> None:
    assert len(builtin) >= 100
    assert shared_catalogue(BUILTIN_PATH) is builtin
    assert builtin.sources[0].as_of
    for occupation in builtin.occupations:  # related ids resolve (checked at load, kept so)
        assert all(builtin.get(ref) for ref in occupation.related), occupation.id


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("schreiner", "Tischler/in"),
        ("Mechatronikerin", "Mechatroniker/in"),
        ("Mechatroniker*in", "Mechatroniker/in"),
        ("Arzthelfer", "Medizinische/r Fachangestellte/r"),
        ("Bürokauffrau", "Kaufmann/-frau für Büromanagement"),
        ("Altenpflegerin", "Pflegefachmann/-frau"),
        ("Erzieherin", "Erzieher/in"),
        ("KFZ-Mechatronikerin", "Kraftfahrzeugmechatroniker/in"),
        ("Tichler", "Tischler/in"),
    ],
)
def test_counsellor_queries_find_the_official_title(
    builtin: InMemoryCatalogue, query: str, title: str
) -> None:
    assert builtin.search(query)[0].occupation.title == title


def test_every_name_of_every_entry_finds_that_entry_first(builtin: InMemoryCatalogue) -> None:
    missed = [
        (occupation.id, name)
        for occupation in builtin.occupations
        for name, _ in occupation.names()
        if builtin.search(name)[0].occupation.id != occupation.id
    ]
    assert missed == []


def test_generic_kauffrau_lists_kaufmann_frau_occupations(builtin: InMemoryCatalogue) -> None:
    found = builtin.search("Kauffrau")
    assert len(found) == 5
    assert all("kaufmann/-frau" in m.occupation.title.casefold() for m in found)


async def test_beruf_schreiner_through_the_skill(skill: OccupationSkill) -> None:
    result = await skill.handle(context("schreiner"))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading("Tischler/in")
    assert result.sources[0].title == "Lotse-Basiskatalog Ausbildungsberufe"
    assert result.data["occupation"]["id"] == "tischler"


async def test_old_title_through_the_skill_names_the_current_one(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Was macht eine Arzthelferin?", command=None))
    assert result.blocks[0] == Heading("Medizinische/r Fachangestellte/r")
    note = result.blocks[1]
    assert isinstance(note, Text)
    assert "Arzthelfer" in note.markdown
    assert "Medizinische/r Fachangestellte/r" in note.markdown
