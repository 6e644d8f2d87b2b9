"""The model path inherits the offline rules: its number check reads notes as they are
written (skills/summary/llm_summariser.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.llm.port import LLMRequest, LLMResponse, LLMUnavailable
from skills.summary import Item, Section
from skills.summary.llm_summariser import LLMSummariser, parse_sections, ungrounded


class Answering:
    """A stand-in model that answers every request with the same outline."""

    name = "answering"
    available = True

    def __init__(self, outline: str) -> None:
        self.outline = outline
        self.unusable: list[str] = []

    async def complete(self, request: LLMRequest) -> LLMResponse:
        del request
        return LLMResponse(self.outline)

    def stream(self, request: LLMRequest) -> AsyncIterator[str]:
        raise NotImplementedError

    def report_unusable(self, reason: str) -> None:
        self.unusable.append(reason)


@pytest.mark.parametrize(
    ("written", "notes"),
    [
        ("Kosten ca. 1.500 € im Monat", "Kosten ca. 1500 Euro mtl."),
        ("Kosten ca. 1500 €", "Kosten ca. 1.500 Euro"),
        ("Rückruf unter 02381 123456", "Tel. 02381/123456"),
        ("Handy 0176 5550123", "mobil 0176/555 01 23"),
        ("Termin am 03.04. bei Fr. Dr. Weber", "Termin 3.4. bei Fr. Dr. Weber"),
        ("Klientin (geb. 2009) in der 10. Klasse", "Kl. geb. 14.2.2009, 10. Kl."),
    ],
)
def test_numbers_written_another_way_are_grounded(written: str, notes: str) -> None:
    assert not ungrounded(written, notes)


@pytest.mark.parametrize(
    ("written", "notes"),
    [
        ("Termin am 03.04.2027", "Termin 3.4."),
        ("Bewerbung bei 5 Betrieben", "Bewerbung bei 3 Betrieben"),
        ("Kosten 2.500 €", "Kosten 1500 Euro"),
        ("Geboren 2010", "geb. 14.2.2009, Tel. 02381 201055"),
        ("Handy 0176 5550124", "mobil 0176/555 01 23"),
    ],
)
def test_invented_numbers_are_caught(written: str, notes: str) -> None:
    assert ungrounded(written, notes)


def test_further_notes_heading_is_understood() -> None:
    outline = "# Anliegen\n- Ausbildung\n# Weitere Notizen\n- Hund heißt Bello"
    assert parse_sections(outline)[Section.OTHER] == [Item("Hund heißt Bello")]


async def test_a_summary_with_regrouped_numbers_is_accepted() -> None:
    notes = "Kl. möchte Ausbildung.\nBAB ca. 1500 Euro beantragt, Tel. 02381/4711."
    outline = (
        "# Anliegen\n- Ausbildung\n# Ausgangssituation\n- BAB ca. 1.500 € beantragt, 02381 4711"
    )
    summary = await LLMSummariser(Answering(outline)).summarise(notes, "de")
    assert summary.situation == (Item("BAB ca. 1.500 € beantragt, 02381 4711"),)


async def test_a_summary_with_an_invented_number_falls_back() -> None:
    outline = "# Anliegen\n- Ausbildung ab 2028"
    with pytest.raises(LLMUnavailable):
        await LLMSummariser(Answering(outline)).summarise("Kl. möchte Ausbildung.", "de")


NOTES = (
    "Anliegen: TN möchte sich beruflich neu orientieren, bisher Einzelhandel.\n"
    "Ausgangslage: 34 J., Ausbildung Verkäuferin abgeschl., derzeit arbeitssuchend.\n"
    "Vereinbarungen: TN klärt mit dem JC die Förderung; ich schicke Infos zu Trägern.\n"
    "WV in 4 Wochen.\n"
    "Hund heißt Bello.\n"
    "kein Interesse an Lagerarbeit"
)
PARAPHRASED = (
    "## Anliegen\n- Teilnehmerin möchte sich beruflich neu orientieren (bisher Einzelhandel)\n"
    "## Ausgangssituation\n- 34 Jahre, abgeschlossene Ausbildung als Verkäuferin, "
    "derzeit arbeitssuchend\n"
    "## Interessen und Stärken\n- kein Interesse an Lagerarbeit\n"
    "## Vereinbarungen\n- TN klärt die Förderung mit dem Jobcenter\n"
    "- Beraterin schickt Infos zu Bildungsträgern\n"
    "## Nächste Schritte\n- Wiedervorlage in 4 Wochen"
)


async def test_a_line_the_model_left_out_is_kept_under_further_notes() -> None:
    summary = await LLMSummariser(Answering(PARAPHRASED)).summarise(NOTES, "de")
    assert summary.other == (Item("Hund heißt Bello."),)  # paraphrased lines count as kept
    assert summary.next_steps == (Item("Wiedervorlage in 4 Wochen"),)


async def test_a_negated_interest_filed_by_the_model_as_an_interest_is_marked() -> None:
    summary = await LLMSummariser(Answering(PARAPHRASED)).summarise(NOTES, "de")
    assert summary.strengths == (Item("kein Interesse an Lagerarbeit", negated=True),)
