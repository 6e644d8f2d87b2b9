"""Pseudonymiser, summary chunking and parsing, router tools: the parts without a server."""

from __future__ import annotations

from bot.llm.port import LLMRequest, LLMResponse, ToolCall
from bot.llm.prompts import load_prompt
from bot.llm.pseudonymise import Pseudonyms, StreamRestorer
from bot.policy import PiiKind, find_personal_data
from bot.routing.llm_intent import NONE_TOOL, LLMIntentClassifier
from skills.email.llm_drafter import parse_draft
from skills.summary.llm_summariser import chunks, merge, parse_sections
from skills.summary.model import Item, Section
from skills.summary.skill import SummarySkill

TEXT = "Frau Müller (0221 1234567) und Herr Jonas Becker; nochmals Frau Müller: 0221/1234567."


def test_the_same_value_gets_the_same_placeholder() -> None:
    pseudonyms = Pseudonyms()
    masked = pseudonyms.mask(TEXT, find_personal_data(TEXT))
    assert "Müller" not in masked
    assert masked.count("[PERSON_1]") == 2
    assert masked.count("[TELEFON_1]") == 2  # "0221/1234567" is the same number
    assert "[PERSON_2]" in masked
    assert pseudonyms.kinds == {PiiKind.PERSON_NAME, PiiKind.PHONE}
    assert pseudonyms.restore("[PERSON_2] an [PERSON_1], [PERSON_9]") == (
        "Jonas Becker an Müller, [PERSON_9]"
    )


def test_known_values_are_masked_wherever_they_appear() -> None:
    pseudonyms = Pseudonyms()
    pseudonyms.mask(TEXT, find_personal_data(TEXT))
    assert pseudonyms.mask_known("Betreff: Termin mit Jonas Becker") == (
        "Betreff: Termin mit [PERSON_2]"
    )


def test_stream_restoring_waits_for_a_split_placeholder() -> None:
    pseudonyms = Pseudonyms()
    pseudonyms.mask(TEXT, find_personal_data(TEXT))
    restorer = StreamRestorer(pseudonyms)
    pieces = [restorer.feed(p) for p in ("Hallo [PER", "SON_1] und [", "x]")]
    assert "".join(pieces) + restorer.flush() == "Hallo Müller und [x]"
    assert pieces[0] == "Hallo "


def test_long_notes_are_cut_at_line_ends_and_merged_without_repeats() -> None:
    notes = "".join(f"Zeile {n}\n" for n in range(100))
    pieces = chunks(notes, 100)
    assert "".join(pieces) == notes
    assert all(len(piece) <= 100 for piece in pieces)
    merged = merge(
        [
            {Section.CONCERN: [Item("Ausbildung")]},
            {Section.CONCERN: [Item("ausbildung"), Item("Praktikum")]},
        ]
    )
    assert [item.text for item in merged.concern] == ["Ausbildung", "Praktikum"]


def test_the_outline_is_parsed_into_sections() -> None:
    sections = parse_sections("## Anliegen:\n- A\n- –\n### Next steps\n* (Assessment) B\n")
    assert sections[Section.CONCERN] == [Item("A")]
    assert sections[Section.NEXT_STEPS] == [Item("B", assessment=True)]


def test_a_draft_needs_a_subject_line() -> None:
    assert parse_draft("Betreff: X\n\nText") == ("X", "Text\n")
    assert parse_draft("Hier ist Ihr Entwurf:\nText") is None


def test_every_prompt_is_versioned() -> None:
    for name in ("email", "summary", "occupation", "router"):
        assert load_prompt(name).version


class ScriptedLLM:
    name = "scripted"
    available = True

    def __init__(self, *calls: ToolCall) -> None:
        self.calls = calls
        self.requests: list[LLMRequest] = []

    async def complete(self, request: LLMRequest) -> LLMResponse:
        self.requests.append(request)
        return LLMResponse("", tool_calls=self.calls)

    def stream(self, request: LLMRequest) -> object:
        raise NotImplementedError

    def report_unusable(self, reason: str) -> None:
        raise NotImplementedError


async def test_the_none_tool_means_no_skill() -> None:
    llm = ScriptedLLM(ToolCall(NONE_TOOL, {}))
    intent = await LLMIntentClassifier().classify("fass zusammen", [SummarySkill()], llm)  # type: ignore[arg-type]
    assert intent is None
    assert llm.requests[0].tier == "fast"
    assert llm.requests[0].tool_choice == "any"
