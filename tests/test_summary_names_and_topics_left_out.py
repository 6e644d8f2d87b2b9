"""Notes that open with a person's title and initial keep it, whether or not a colon follows
the command; a topic the talk left out is an open point, not one discussed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from summary_support import placed

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Copyable
from bot.skill import SkillContext
from skills.summary import Section, SummarySkill
from skills.summary.request import read_request


def _context(typed: str, args: str) -> SkillContext:
    message = Message(
        conversation=ConversationRef(Platform.CONSOLE, "conversation-1"),
        sender_id="user-1",
        sender_name="Test",
        text=typed,
    )
    return SkillContext(
        message=message,
        args=args,
        command="zusammenfassen",
        language="de",
        user_key="key-1",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=Settings(),
        now=datetime(2027, 1, 11, tzinfo=UTC),
        texts=lambda key, **values: key,
    )


async def _record(typed: str, args: str) -> str:
    result = await SummarySkill().handle(_context(typed, args))
    return "\n".join(block.text for block in result.blocks if isinstance(block, Copyable))


@pytest.mark.parametrize(
    ("notes", "kept"),
    [
        (
            "Hr. S. meldete sich telefonisch. Tochter sucht Ausbildung im Büro.",
            "Hr. S. meldete sich telefonisch.",
        ),
        ("Fr. B. (Großmutter) kam mit. Enkel will Koch werden.", "Fr. B. (Großmutter) kam mit."),
    ],
)
async def test_a_title_and_initial_opening_the_notes_stay_in_the_record(
    notes: str, kept: str
) -> None:
    assert kept in await _record(f"zusammenfassen {notes}", notes)


async def test_a_name_after_the_commands_colon_opens_the_notes() -> None:
    notes = "Frau Aydin. Kam wegen Umschulung, war vorher in der Gastro."
    record = await _record(f"zusammenfassen: {notes}", notes)
    assert "Frau Aydin" in record


def test_a_name_before_a_line_break_is_still_whom_the_request_is_for() -> None:
    asked = read_request("Zusammenfassung Fr. K.\nKl. kam pünktlich, will Ausbildung.")
    assert asked is not None
    assert asked.notes.startswith("Kl. kam")


@pytest.mark.parametrize(
    "line",
    [
        "Nicht besprochen: Fahrtkosten zur Berufsschule",
        "Thema Wohnen noch nicht angesprochen",
        "Praktikumsbericht nicht mehr geschafft",
        "not discussed yet: driving licence",
    ],
)
def test_a_topic_left_out_of_the_talk_is_an_open_point(line: str) -> None:
    assert placed(line) == [(Section.OPEN, line)]


def test_a_topic_discussed_stays_discussed() -> None:
    line = "Bewerbungsunterlagen besprochen"
    assert placed(line) == [(Section.DISCUSSED, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Haben das Anschreiben für die Bäckerei überarbeitet.",
        "Lebenslauf zusammen aktualisiert und ausgedruckt.",
        "Online-Bewerbung beim Baumarkt gemeinsam ausgefüllt.",
    ],
)
def test_work_done_on_papers_in_the_session_is_discussed(line: str) -> None:
    assert placed(line) == [(Section.DISCUSSED, line)]


def test_work_on_papers_still_to_do_is_a_step() -> None:
    line = "Kl. soll den Lebenslauf bis Freitag überarbeiten."
    assert placed(line) == [(Section.NEXT_STEPS, line)]
