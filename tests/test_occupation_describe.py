"""Occupations asked for by their work, not by a name ("Als was arbeitet man, wenn …")."""

from __future__ import annotations

import pytest
from conftest import Chat
from skill_contexts import skill_context

from bot.reply import Heading, Outcome
from skills.occupation import OccupationSkill
from skills.occupation.describe import described_work, work_stems
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def skill() -> OccupationSkill:
    return OccupationSkill(shared_catalogue())


@pytest.mark.parametrize(
    ("typed", "work"),
    [
        ("Als was arbeitet man, wenn man Haare schneidet?", "Haare schneidet"),
        ("Wie nennt man den Beruf, bei dem man Brillen anpasst?", "Brillen anpasst"),
        ("Wie heißt der Beruf, wenn man Autos repariert?", "Autos repariert"),
        ("Wie nennt man jemanden, der Dächer deckt?", "Dächer deckt"),
        ("welcher beruf stellt zahnersatz her", "stellt zahnersatz her"),
        ("what is the job called where you cut hair?", "cut hair"),
        ("jemand der Dächer deckt", "Dächer deckt"),
        ("die Leute, die beim Hausarzt Blut abnehmen", "beim Hausarzt Blut abnehmen"),
        ("someone who repairs bikes", "repairs bikes"),
        ("die Leute im Callcenter, die telefonieren", "im Callcenter, die telefonieren"),
    ],
)
def test_the_description_is_taken_as_typed(typed: str, work: str) -> None:
    assert described_work(typed) == work


@pytest.mark.parametrize(
    "typed",
    [
        "Welcher Beruf passt zu Tim?",  # exploration
        "Welcher Beruf verdient am meisten?",
        "Was macht ein Friseur?",
        "beruf Tischler",
        "jemand, der gern zeichnet",  # a liking: a list of fitting occupations is asked for
        "someone who likes animals",
    ],
)
def test_other_questions_describe_no_work(typed: str) -> None:
    assert described_work(typed) is None


def test_separable_verbs_are_also_read_without_their_prefix() -> None:
    assert any("pass" in forms for forms in work_stems("Brillen anpasst"))


def test_an_umlaut_plural_is_also_read_without_its_umlaut() -> None:
    assert any("haus" in forms for forms in work_stems("Häuser"))
    assert any("zahn" in forms for forms in work_stems("Zähne"))


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        # The catalogue says "reinigen Feuerungsanlagen", "Führen Blutentnahmen … durch": the
        # everyday words for the work (describe.yaml's tasks) carry these.
        ("Wie nennt man die Leute, die Schornsteine kehren?", "Schornsteinfeger/in"),
        ("die Leute, die beim Hausarzt Blut abnehmen", "Medizinische/r Fachangestellte/r"),
        (
            "Wie heißt der Job, bei dem man Pakete ausliefert?",
            "Fachkraft für Kurier-, Express- und Postdienstleistungen",
        ),
        # Weighed like a name: ahead of an entry that has "Holz" in its name
        ("welcher Beruf baut Möbel aus Holz", "Tischler/in"),
        ("what do you call someone who makes false teeth", "Zahntechniker/in"),
        # the everyday words are read like the question ("Autos" as "Kraftfahrzeug")
        ("jemand der Autos lackiert", "Fahrzeuglackierer/in"),
        # "herstellen" says nothing about which work: the object decides
        ("jemand der Schmuck herstellt", "Goldschmied/in"),
        ("die Leute im Callcenter, die telefonieren", "Servicefachkraft für Dialogmarketing"),
    ],
)
async def test_everyday_words_for_the_work_find_the_entry(
    skill: OccupationSkill, typed: str, title: str
) -> None:
    result = await skill.handle(skill_context(typed, None, "de", text=typed))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading(title)


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Als was arbeitet man, wenn man Haare schneidet?", "Friseur/in"),
        ("Wie nennt man den Beruf, bei dem man Brillen anpasst?", "Augenoptiker/in"),
        ("Wie heißt der Beruf, wenn man Autos repariert?", "Kraftfahrzeugmechatroniker/in"),
        ("Als was arbeitet man, wenn man Brot backt?", "Bäcker/in"),
        ("welcher beruf stellt zahnersatz her", "Zahntechniker/in"),
        ("what is the job called where you cut hair?", "Friseur/in"),
    ],
)
async def test_the_entry_that_carries_the_whole_description_is_the_answer(
    skill: OccupationSkill, typed: str, title: str
) -> None:
    result = await skill.handle(skill_context(typed, None, "de", text=typed))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading(title)
    assert "Gesucht war der Beruf für" in result.blocks[1].markdown  # type: ignore[union-attr]


async def test_a_description_several_entries_carry_offers_them(skill: OccupationSkill) -> None:
    typed = "Als was arbeitet man, wenn man gern mit Kindern arbeitet?"
    result = await skill.handle(skill_context(typed, None, "de", text=typed))
    assert result.outcome is Outcome.PROMPT
    assert not any(isinstance(block, Heading) for block in result.blocks)


async def test_the_engine_routes_a_description_to_the_lookup(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Als was arbeitet man, wenn man Brot backt?")
    assert reply.skill_id == "occupation"
    assert "Bäcker/in" in text


async def test_the_engine_routes_a_bare_description_to_the_lookup(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("jemand der Dächer deckt")
    assert reply.skill_id == "occupation"
    assert "Dachdecker/in" in text


async def test_the_engine_routes_a_workplace_to_the_lookup(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Azubi in der Tischlerei")
    assert reply.skill_id == "occupation"
    assert "Tischler/in" in text
