"""The repairs of ``bot.llm.structured``: they fix the form and never change the content."""

from __future__ import annotations

import pytest

from bot.llm.structured import (
    ReasoningFilter,
    loads_object,
    parse_repaired,
    repair_headings,
    repair_subject_form,
    strip_reasoning,
)
from skills.email.llm_drafter import parse_draft
from skills.summary.llm_summariser import HEADINGS, parse_sections

LABELS = ("Betreff", "Subject")
BODY = "Hallo [Vorname],\n\ndein Termin ist am 14.01. um 9:30 Uhr.\n\nViele Grüße\n[Name]"


@pytest.mark.parametrize(
    "answer",
    [
        f"Betreff: Dein Termin\n\n{BODY}",
        f"```\nBetreff: Dein Termin\n\n{BODY}\n```",
        f"Klar, hier ist der Entwurf:\n\n**Betreff:** Dein Termin\n\n{BODY}",
        f"## Betreff: Dein Termin\n{BODY}",
        f"<think>kurz halten</think>\nBetreff: Dein Termin\n{BODY}",
        '{"Betreff": "Dein Termin", "text": "' + BODY.replace("\n", "\\n") + '"}',
    ],
    ids=["as asked", "fence", "chatter and bold", "heading, no blank line", "think", "json"],
)
def test_every_repaired_draft_keeps_subject_and_the_whole_body(answer: str) -> None:
    parsed = parse_repaired(answer, parse_draft, (lambda t: repair_subject_form(t, LABELS),))
    assert parsed == ("Dein Termin", BODY + "\n")


def test_a_closing_remark_after_the_draft_is_kept_not_silently_dropped() -> None:
    repaired = repair_subject_form(f"Gern:\nBetreff: X\n{BODY}\nIch hoffe, das hilft!", LABELS)
    assert repaired.endswith("Ich hoffe, das hilft!\n")  # the counsellor sees it and deletes it


def test_an_answer_without_a_subject_is_left_as_it_is() -> None:
    assert repair_subject_form(BODY, LABELS) == BODY
    assert parse_repaired(BODY, parse_draft, (lambda t: repair_subject_form(t, LABELS),)) is None


def test_headings_are_recognised_in_every_usual_style_but_bullets_stay_bullets() -> None:
    answer = (
        "**Anliegen**\n- Ausbildung als Anliegen\nBesprochene Inhalte:\n- Praktikum\n"
        "3. Vereinbarungen\n- Vereinbarungen: Lebenslauf bis 15.04.\n### Offene Punkte\n- keine"
    )
    sections = parse_sections(repair_headings(answer, HEADINGS))
    texts = {section.value: [item.text for item in items] for section, items in sections.items()}
    assert list(texts.values()) == [
        ["Ausbildung als Anliegen"],
        ["Praktikum"],
        ["Vereinbarungen: Lebenslauf bis 15.04."],
        [],
    ]


def test_a_well_formed_outline_is_unchanged_by_the_repair() -> None:
    outline = "## Anliegen\n- Ausbildung\n## Nächste Schritte\n- Bewerbung schreiben"
    assert repair_headings(outline, HEADINGS) == outline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"beruf": "Koch"}', {"beruf": "Koch"}),
        ('```json\n{"beruf": "Koch"}\n```', {"beruf": "Koch"}),
        ('Hier: {"beruf": "Koch"} – passt?', {"beruf": "Koch"}),
        ("{beruf: Koch", None),
        ('["Koch"]', None),
        ("", None),
    ],
)
def test_json_objects_are_found_where_models_put_them(
    text: str, expected: dict[str, str] | None
) -> None:
    assert loads_object(text) == expected


def test_reasoning_is_removed_from_whole_and_streamed_answers() -> None:
    assert strip_reasoning("<think>a\nb</think>\n\nAntwort") == "Antwort"
    assert strip_reasoning("Antwort <b>fett</b>") == "Antwort <b>fett</b>"
    assert strip_reasoning("<think>nie fertig") == ""
    pieces = ["<", "thi", "nk>über", "legen</th", "ink>\nHal", "lo <", "b> und <", "thin"]
    stream = ReasoningFilter()
    shown = "".join(stream.feed(piece) for piece in pieces) + stream.flush()
    assert shown == "Hallo <b> und <thin"
