"""The summary skill end to end: context in, neutral reply blocks and data out."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Copyable, Heading, Outcome, Text
from bot.skill import SkillContext, SkillResult
from skills.summary import Item, Summary, SummarySkill

NOTES = "\n".join(
    [
        "Kl. kommt wegen Berufsorientierung.",
        "- möchte Ausbildung im Handwerk",
        "- derzeit 10. Klasse Realschule",
        "- Kl. wirkt eher unsicher",
        "- Überblick über Ausbildungsberufe gegeben",
        "Vereinbart: Kl. schickt Lebenslauf bis 15.04.",
        "- Nächster Termin am 22.04.",
    ]
)
LABELS_DE = [
    "Anliegen",
    "Ausgangssituation",
    "Interessen und Stärken",
    "Besprochene Inhalte",
    "Vereinbarungen",
    "Nächste Schritte",
    "Offene Punkte",
]
LABELS_EN = [
    "Concern",
    "Starting situation",
    "Interests and strengths",
    "Topics discussed",
    "Agreements",
    "Next steps",
    "Open questions",
]


def context(
    args: str,
    *,
    language: str = "de",
    command: str | None = "zusammenfassen",
    state: Mapping[str, Any] | None = None,
    settings: Settings | None = None,
) -> SkillContext:
    message = Message(
        conversation=ConversationRef(Platform.CONSOLE, "conversation-1"),
        sender_id="user-1",
        sender_name="Test",
        text=f"{command} {args}" if command else args,
    )
    return SkillContext(
        message=message,
        args=args,
        command=command,
        language=language,
        user_key="key-1",
        department="Allgemein",
        llm=OfflineLLM(),
        settings=settings or Settings(),
        now=datetime(2025, 3, 1, tzinfo=UTC),
        texts=lambda key, **values: key,
        state=state,
    )


async def run(args: str, **kwargs: Any) -> SkillResult:
    return await SummarySkill().handle(context(args, **kwargs))


async def test_notes_become_the_structured_record() -> None:
    result = await run(NOTES)
    assert result.outcome is Outcome.OK
    assert result.ai_generated is False  # rules sorted it: a template draft, not AI text
    assert result.template_draft is True
    assert result.triggers == frozenset({"summary"})
    heading, *sections, unfilled, copyable = result.blocks
    assert heading == Heading("Zusammenfassung der Gesprächsnotiz")
    assert [b.markdown.split("\n")[0] for b in sections if isinstance(b, Text)] == [
        f"**{label}**" for label in LABELS_DE
    ]
    assert isinstance(unfilled, Text)
    assert "Nicht aus den Notizen ableitbar: Interessen und Stärken, Offene Punkte" in (
        unfilled.markdown
    )
    assert isinstance(copyable, Copyable)
    assert result.data["unfilled"] == ["Interessen und Stärken", "Offene Punkte"]
    assert result.data["sections"]["Vereinbarungen"] == ["Kl. schickt Lebenslauf bis 15.04."]
    assert result.data["sections"]["Nächste Schritte"] == ["Nächster Termin am 22.04."]
    assert result.data["sections"]["Offene Punkte"] == []


async def test_empty_sections_show_a_dash_and_assessments_are_marked() -> None:
    result = await run(NOTES)
    by_label = {
        b.markdown.split("\n")[0]: b.markdown for b in result.blocks if isinstance(b, Text)
    }
    assert by_label["**Offene Punkte**"] == "**Offene Punkte**\n–"
    assert "- Kl. wirkt eher unsicher (Einschätzung)" in by_label["**Ausgangssituation**"]
    assert "- derzeit 10. Klasse Realschule\n" in by_label["**Ausgangssituation**"] + "\n"
    assert result.data["sections"]["Ausgangssituation"] == [
        "derzeit 10. Klasse Realschule",
        "Kl. wirkt eher unsicher (Einschätzung)",
    ]


async def test_copyable_holds_the_whole_record_as_plain_text() -> None:
    result = await run(NOTES)
    [copyable] = [b for b in result.blocks if isinstance(b, Copyable)]
    assert copyable.text.split("\n\n")[0] == (
        "Anliegen\n- Kl. kommt wegen Berufsorientierung.\n- möchte Ausbildung im Handwerk"
    )
    assert copyable.text.endswith("Offene Punkte\n–")
    assert [part.split("\n")[0] for part in copyable.text.split("\n\n")] == LABELS_DE
    assert "**" not in copyable.text


async def test_english_labels_and_marker() -> None:
    result = await run(NOTES, language="en")
    assert result.blocks[0] == Heading("Summary of the session notes")
    assert list(result.data["sections"]) == LABELS_EN
    assert "Kl. wirkt eher unsicher (assessment)" in result.data["sections"]["Starting situation"]
    assert any(
        isinstance(b, Text)
        and "Not derivable from the notes: Interests and strengths" in b.markdown
        for b in result.blocks
    )


async def test_all_filled_says_so() -> None:
    notes = NOTES + "\n- interessiert sich für Holz\n- Finanzierung noch unklar"
    result = await run(notes)
    assert result.data["unfilled"] == []
    assert any(
        isinstance(b, Text) and "Alle Abschnitte konnten" in b.markdown for b in result.blocks
    )


async def test_markdown_in_notes_is_escaped_but_not_in_the_copy() -> None:
    result = await run("Kl. möchte Infos für Klient*innen mit _Fragen_.")
    [concern] = [b for b in result.blocks if isinstance(b, Text) and "**Anliegen**" in b.markdown]
    assert r"Klient\*innen mit \_Fragen\_" in concern.markdown
    [copyable] = [b for b in result.blocks if isinstance(b, Copyable)]
    assert "Klient*innen mit _Fragen_" in copyable.text


async def test_exactly_the_limit_is_accepted() -> None:
    notes = ("Kl. möchte eine Ausbildung beginnen.\n" * 600)[:20_000]
    assert len(notes) == 20_000
    result = await run(notes)
    assert result.outcome is Outcome.OK


async def test_one_character_over_the_limit_is_rejected_without_echoing_content() -> None:
    notes = "Kl. Muster möchte x" + "x" * (20_001 - 19)
    assert len(notes) == 20_001
    result = await run(notes)
    assert result.outcome is Outcome.INVALID
    [block] = result.blocks
    assert isinstance(block, Text)
    assert "20.000" in block.markdown
    assert "20.001" in block.markdown
    assert "Muster" not in block.markdown
    assert result.data == {}
    assert not result.ai_generated


async def test_limit_follows_settings_and_language() -> None:
    result = await run("x" * 1_501, language="en", settings=Settings(max_message_chars=1_500))
    assert result.outcome is Outcome.INVALID
    assert isinstance(result.blocks[0], Text)
    assert re.search(r"1,501 characters.*at most 1,500", result.blocks[0].markdown)


@pytest.mark.parametrize(
    ("args", "command"),
    [
        ("", "zusammenfassen"),
        ("   \n ", "summary"),
        ("bitte", "zusammenfassen"),
        ("Fass bitte meine Gesprächsnotiz zusammen", None),
    ],
)
async def test_without_notes_the_skill_asks_for_them(args: str, command: str | None) -> None:
    result = await run(args, command=command)
    assert result.outcome is Outcome.PROMPT
    assert result.follow_up is not None
    assert dict(result.follow_up.state) == {"step": "notes"}
    assert isinstance(result.blocks[0], Text)
    assert "Notizen" in result.blocks[0].markdown
    assert not result.ai_generated


async def test_the_answer_to_the_question_is_summarised() -> None:
    asked = await run("")
    assert asked.follow_up is not None
    result = await run(NOTES, command=None, state=asked.follow_up.state)
    assert result.outcome is Outcome.OK
    assert result.data["sections"]["Anliegen"][0] == "Kl. kommt wegen Berufsorientierung."


async def test_a_request_line_before_pasted_notes_is_not_part_of_the_record() -> None:
    result = await run("Bitte fass meine Notizen zusammen:\n" + NOTES, command=None)
    items = [item for items in result.data["sections"].values() for item in items]
    assert not any("zusammen:" in item for item in items)
    assert len(items) == 7


async def test_a_request_prefix_on_the_same_line_is_dropped_and_the_rest_kept() -> None:
    result = await run("Fass bitte zusammen: Kl. möchte eine Ausbildung.", command=None)
    assert result.data["sections"]["Anliegen"] == ["Kl. möchte eine Ausbildung."]


async def test_a_title_line_of_the_notes_is_kept() -> None:
    result = await run("Beratungsnotiz Erstgespräch\nKl. möchte eine Ausbildung.", command=None)
    items = [item for items in result.data["sections"].values() for item in items]
    assert "Beratungsnotiz Erstgespräch" in items


async def test_an_injected_summariser_is_used_and_no_offline_hint_shown() -> None:
    class Fixed:
        def __init__(self) -> None:
            self.calls: list[tuple[str, str]] = []

        async def summarise(self, notes: str, language: str) -> Summary:
            self.calls.append((notes, language))
            return Summary(open=(Item("Wer zahlt die Fahrtkosten?"),))

    fixed = Fixed()
    skill = SummarySkill(summariser=fixed)
    result = await skill.handle(context("Kl. fragt nach Fahrtkosten.", command="summary"))
    assert fixed.calls == [("Kl. fragt nach Fahrtkosten.", "de")]
    assert result.data["sections"]["Offene Punkte"] == ["Wer zahlt die Fahrtkosten?"]
    assert not any(isinstance(b, Text) and "Stichworten" in b.markdown for b in result.blocks)


def test_pasted_notes_give_routing_evidence_and_other_text_does_not() -> None:
    skill = SummarySkill()
    assert skill.match_score(NOTES) > 0.5
    paragraph = (
        "Kl. kommt mit der Frage nach einem Studium. Sie besucht derzeit die Q2. Wir haben "
        "Zulassungsvoraussetzungen besprochen. Nächster Termin am 20.05. Offen ist noch, ob "
        "ein FSJ infrage kommt."
    )
    assert skill.match_score(paragraph) > 0.5
    assert skill.match_score("Was verdient eine Tischlerin in NRW?") == 0.0
    assert skill.match_score("Kl. möchte Ausbildung.\nDanke!\nBis bald") == 0.0


def test_meta_declares_commands_examples_and_intents() -> None:
    meta = SummarySkill.meta
    assert meta.id == "summary"
    assert meta.name("de") == "Gesprächsnotiz zusammenfassen"
    assert meta.name("en") == "Summarise session notes"
    assert {"zusammenfassen", "zusammenfassung", "summary", "notizen"} <= set(meta.commands)
    assert all("\n" in examples[0] for examples in (meta.examples_de, meta.examples_en))
    requests = [
        "Kannst du meine Notizen zusammenfassen?",
        "fasse das Gespräch bitte zusammen",
        "Zusammenfassung meiner Notizen bitte",
        "please summarize my session notes",
        "Beratungsnotiz von heute",
    ]
    for request in requests:
        assert any(re.search(cue.pattern, request, re.IGNORECASE) for cue in meta.intents)
    assert not any(
        re.search(cue.pattern, "Was macht eine Fachkraft für Lagerlogistik?", re.IGNORECASE)
        for cue in meta.intents
    )
