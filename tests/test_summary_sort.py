"""Sorting notes into record sections offline (skills/summary/offline.py, cues.py)."""

from __future__ import annotations

from typing import Any

import pytest

from skills.summary import Item, OfflineSummariser, Section, Summariser, Summary
from skills.summary.cues import default_cues, parse_cues
from skills.summary.model import RECORD_SECTIONS

S = Section

# A fictional first session; each line with the section a counsellor would file it under.
SAMPLE: list[tuple[str, Section]] = [
    ("Kl. kommt wegen Berufsorientierung nach der Schule.", S.CONCERN),
    ("- Sie möchte eine Ausbildung beginnen, ggf. auch im Handwerk.", S.CONCERN),
    ("- Derzeit 10. Klasse Gesamtschule, FOR wird voraussichtl. erreicht.", S.SITUATION),
    ("- Praktikum in einer Tischlerei gemacht (2 Wochen), hat ihr gefallen.", S.SITUATION),
    ("- Kl. wohnt bei den Eltern in Musterstadt.", S.SITUATION),
    ("- Erste Ausbildung zur Bäckerin 2024 abgebrochen.", S.SITUATION),
    ("- Interessiert sich für Holz und Gestaltung.", S.STRENGTHS),
    ("- Zeichnet in der Freizeit gern, Hobby Modellbau.", S.STRENGTHS),
    ("- Kann gut mit Werkzeug umgehen.", S.STRENGTHS),
    ("- Überblick über Ausbildungsberufe im Holzbereich gegeben.", S.DISCUSSED),
    ("- Bewerbungsfristen besprochen, z.B. bis 12.03. bei größeren Betrieben.", S.DISCUSSED),
    ("- Über Angebote der AA (BIZ, Berufsberatung) informiert.", S.DISCUSSED),
    ("- Dualen Ausbildungsweg erklärt.", S.DISCUSSED),
    ("- Kl. schickt Lebenslauf bis zum 15.04. per Mail.", S.AGREEMENTS),
    ("- Kl. wird Anschreiben für zwei Betriebe erstellen.", S.AGREEMENTS),
    ("- Mit Kl. abgesprochen, dass die Mutter beim nächsten Mal dabei ist.", S.AGREEMENTS),
    ("- Nächster Termin am 22.04. um 14 Uhr.", S.NEXT_STEPS),
    ("- Als nächstes bei drei Tischlereien bewerben.", S.NEXT_STEPS),
    ("- Anmeldung am Berufskolleg als Alternative.", S.NEXT_STEPS),
    ("- Unklar, ob Kl. einen Führerschein braucht?", S.OPEN),
    ("- Finanzierung während der Ausbildung (BAB) noch klären.", S.OPEN),
    ("- Ob später ein Studium infrage kommt, noch nicht entschieden.", S.OPEN),
]


def sort(notes: str) -> Summary:
    return OfflineSummariser().sort(notes)


def where(summary: Summary) -> dict[str, Section]:
    return {item.text: section for section, items in summary.sections() for item in items}


def test_realistic_notes_land_in_the_right_sections() -> None:
    summary = sort("\n".join(line for line, _ in SAMPLE))
    expected = {line.removeprefix("- "): section for line, section in SAMPLE}
    assert where(summary) == expected
    assert summary.unfilled == ()


def test_every_sentence_lands_in_exactly_one_section() -> None:
    notes = "Kl. möchte Ausbildung. Derzeit Klasse 10. Interessiert an Technik. Termin offen?"
    summary = sort(notes)
    texts = [item.text for _, items in summary.sections() for item in items]
    assert sorted(texts) == sorted(
        [
            "Kl. möchte Ausbildung.",
            "Derzeit Klasse 10.",
            "Interessiert an Technik.",
            "Termin offen?",
        ]
    )


def test_one_long_paragraph_is_sorted_sentence_by_sentence() -> None:
    notes = (
        "Kl. kommt mit der Frage nach einem Studium im sozialen Bereich. Sie besucht derzeit "
        "die Q2 am Gymnasium. Wir haben Zulassungsvoraussetzungen besprochen. Vereinbart: Kl. "
        "recherchiert drei Hochschulen bis zum 12.05. Nächster Termin am 20.05. Offen ist "
        "noch, ob ein FSJ vorgeschaltet wird."
    )
    assert where(sort(notes)) == {
        "Kl. kommt mit der Frage nach einem Studium im sozialen Bereich.": S.CONCERN,
        "Sie besucht derzeit die Q2 am Gymnasium.": S.SITUATION,
        "Wir haben Zulassungsvoraussetzungen besprochen.": S.DISCUSSED,
        "Kl. recherchiert drei Hochschulen bis zum 12.05.": S.AGREEMENTS,
        "Nächster Termin am 20.05.": S.NEXT_STEPS,
        "Offen ist noch, ob ein FSJ vorgeschaltet wird.": S.OPEN,
    }


def test_heading_on_its_own_line_wins_over_cue_words() -> None:
    notes = (
        "**Vereinbart:**\n"
        "- Nächster Termin am 3. Juni\n"
        "- Kl. möchte bis dahin Praktikumsplätze suchen\n"
        "\n"
        "## Offene Punkte\n"
        "\n"
        "- Kl. wohnt noch bei den Eltern\n"
    )
    assert where(sort(notes)) == {
        "Nächster Termin am 3. Juni": S.AGREEMENTS,
        "Kl. möchte bis dahin Praktikumsplätze suchen": S.AGREEMENTS,
        "Kl. wohnt noch bei den Eltern": S.OPEN,  # blank line before any content keeps scope
    }


def test_english_next_label_and_a_voluntary_year_find_their_sections() -> None:
    notes = (
        "client 20, did BFD at a care home, wants to become a nurse\n"
        "Next: info day at the nursing school on 4 May\n"
        "Kl. hat ein FSJ in der Kita gemacht\n"
        "will repeat year 10"
    )
    found = where(sort(notes))
    assert found["info day at the nursing school on 4 May"] == S.NEXT_STEPS
    assert found["will repeat year 10"] == S.SITUATION  # English "will": a future fact
    assert found["Kl. hat ein FSJ in der Kita gemacht"] == S.SITUATION


def test_a_heading_with_text_files_every_sentence_of_its_line() -> None:
    # "Vater ist nicht dabei (Wunsch von Leon)." went to the concern for its word "Wunsch"
    notes = (
        "Absprache: Leon kommt am Mo zum Gespräch, bringt Zeugnisse mit. "
        "Vater ist nicht dabei (Wunsch von Leon).\n"
        "Hat sich bei zwei Betrieben beworben."
    )
    found = where(sort(notes))
    assert found["Vater ist nicht dabei (Wunsch von Leon)."] == S.AGREEMENTS
    assert found["Hat sich bei zwei Betrieben beworben."] != S.AGREEMENTS  # the line after


def test_an_answered_question_under_an_open_label_is_no_open_point() -> None:
    notes = "Offen:\n- Rückzahlung der Vergütung? -> nein, muss er nicht\n- Fahrtkosten?"
    found = where(sort(notes))
    assert found["Rückzahlung der Vergütung? -> nein, muss er nicht"] != S.OPEN
    assert found["Fahrtkosten?"] == S.OPEN


def test_the_counsellors_own_labelled_part_is_a_next_step() -> None:
    found = where(
        sort("Vereinb.: Kl. informiert sich über das Berufskolleg\nich: Infos zu BAföG raussuchen")
    )
    assert found["ich: Infos zu BAföG raussuchen"] == S.NEXT_STEPS


def test_heading_scope_ends_at_blank_line_and_at_unknown_heading() -> None:
    notes = (
        "ToDo:\n- Lebenslauf aktualisieren\n\nKl. wohnt in Musterstadt.\n"
        "Anliegen:\n- Kl. sucht Praktikum\nSonstiges:\n- Nächster Termin im Mai\n"
    )
    assert where(sort(notes)) == {
        "Lebenslauf aktualisieren": S.NEXT_STEPS,
        "Kl. wohnt in Musterstadt.": S.SITUATION,
        "Kl. sucht Praktikum": S.CONCERN,
        "Sonstiges:": S.OTHER,  # an unknown label is kept, not dropped
        "Nächster Termin im Mai": S.NEXT_STEPS,
    }


def test_heading_with_text_files_that_text_and_bullets_without_cues() -> None:
    notes = (
        "Nächste Schritte: Zeugnisse kopieren; Lebenslauf aktualisieren\n"
        "- Kopien an die Beraterin\n"
        "Kl. wohnt bei der Tante.\n"
        "Mathe fällt ihr kaum auf.\n"
    )
    assert where(sort(notes)) == {
        "Zeugnisse kopieren; Lebenslauf aktualisieren": S.NEXT_STEPS,
        "Kopien an die Beraterin": S.NEXT_STEPS,
        "Kl. wohnt bei der Tante.": S.SITUATION,
        "Mathe fällt ihr kaum auf.": S.OTHER,  # no cue, no bullet: fallback, not the heading
    }


def test_introducing_line_passes_its_section_to_lines_without_cues() -> None:
    notes = "Kl. möchte:\n- Ausbildung im Handwerk\n- Nähe zum Wohnort"
    summary = sort(notes)
    assert [item.text for item in summary.concern] == [
        "Kl. möchte:",
        "Ausbildung im Handwerk",
        "Nähe zum Wohnort",
    ]


def test_bare_label_and_its_lines_are_kept() -> None:
    summary = sort("Sonstiges:\nKl. interessiert sich für Pflege.")
    assert where(summary) == {
        "Sonstiges:": S.OTHER,
        "Kl. interessiert sich für Pflege.": S.STRENGTHS,
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Kl. wirkt eher unsicher bei der Berufswahl.",
        "Sie scheint sehr motiviert.",
        "Vermutlich fehlt der Mut zur Bewerbung.",
        "Mein Eindruck ist, dass Kl. Druck von zuhause hat.",
        "Studium ist m.E. realistisch.",
        "Meines Erachtens passt ein Handwerksberuf.",
        "Kl. ist eher unsicher.",
        "Kl. motiviert wirkend.",
    ],
)
def test_assessments_are_flagged(sentence: str) -> None:
    [item] = [item for _, items in sort(sentence).sections() for item in items]
    assert item == Item(sentence, assessment=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kl. hat die 10. Klasse abgeschlossen.",
        "Kl. möchte im Praktikum einen Eindruck vom Beruf bekommen.",
        "Kl. ist offen für Alternativen.",
    ],
)
def test_observations_are_not_flagged(sentence: str) -> None:
    [item] = [item for _, items in sort(sentence).sections() for item in items]
    assert not item.assessment


def test_assessment_heading_flags_its_lines_and_still_sorts_them() -> None:
    summary = sort("Einschätzung:\n- gut in Kundenkommunikation\n- sehr reflektiert")
    assert summary.strengths == (Item("gut in Kundenkommunikation", assessment=True),)
    assert summary.situation == (Item("sehr reflektiert", assessment=True),)


def test_sentences_without_cues_go_to_the_fallbacks() -> None:
    facts = sort("Mathe mündlich 2-3.")
    judged = sort("Kl. wirkt müde.")
    assert facts.other == (Item("Mathe mündlich 2-3."),)
    assert judged.situation == (Item("Kl. wirkt müde.", assessment=True),)


def test_special_category_sentences_are_kept_verbatim() -> None:
    sentence = "Kl. berichtet von einer Diagnose, die die Berufswahl einschränkt."
    texts = [item.text for _, items in sort(sentence).sections() for item in items]
    assert texts == [sentence]


def test_unfilled_sections_are_reported_in_record_order() -> None:
    summary = sort("Kl. möchte Ausbildung.\nVereinbart: Kl. schickt Lebenslauf.")
    assert summary.unfilled == (
        S.SITUATION,
        S.STRENGTHS,
        S.DISCUSSED,
        S.NEXT_STEPS,
        S.OPEN,
    )


def _raw_cues(**cues: Any) -> dict[str, Any]:
    return {
        "priority": [
            "open",
            "concern",
            "situation",
            "strengths",
            "discussed",
            "agreements",
            "next_steps",
        ],
        "fallback": {"fact": "discussed", "assessment": "situation"},
        "headings": {"concern": ["Anliegen"]},
        "cues": cues,
    }


def test_ties_go_to_the_section_listed_first_in_priority() -> None:
    book = parse_cues(_raw_cues(concern={"ausbildung": 2}, open={"ausbildung": 2}))
    assert book.best("Ausbildung") is S.OPEN
    heavier = parse_cues(_raw_cues(concern={"ausbildung": 2.5}, open={"ausbildung": 2}))
    assert heavier.best("Ausbildung") is S.CONCERN


def test_weights_add_up_per_section() -> None:
    book = parse_cues(_raw_cues(concern={"a": 1, "b": 1}, open={"a": 1.5}))
    assert book.scores("a b") == {S.CONCERN: 2.0, S.OPEN: 1.5}
    assert book.best("a b") is S.CONCERN


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"cues": {"nonsense": {"x": 1}}}, "unknown section"),
        ({"cues": {"open": {"(": 1}}}, "bad pattern"),
        ({"priority": ["open"]}, "priority"),
    ],
)
def test_broken_cue_files_fail_with_a_clear_message(change: dict[str, Any], message: str) -> None:
    raw = _raw_cues() | change
    with pytest.raises(ValueError, match=message):
        parse_cues(raw)


def test_shipped_cue_file_covers_every_record_section() -> None:
    book = default_cues()
    assert set(book.cues) == set(RECORD_SECTIONS)  # "Weitere Notizen" is the fallback only
    assert all(book.cues[section] for section in RECORD_SECTIONS)


async def test_offline_summariser_fulfils_the_summariser_seam() -> None:
    summariser: Summariser = OfflineSummariser()
    summary = await summariser.summarise("Kl. möchte eine Ausbildung.", "en")
    assert summary.concern == (Item("Kl. möchte eine Ausbildung."),)


@pytest.mark.parametrize(
    "line",
    [
        "Fr. M. (geb. 12.03.2007), Tel. 0176 1234567, kommt bzgl. Ausbildungsplatz.",
        "Kl. kam wg. Praktikumssuche",
        "Hr. T. kommt zwecks Bewerbungshilfe",
        "Kommt bezüglich Umschulung",
    ],
)
def test_what_the_client_came_about_is_the_concern(line: str) -> None:
    assert where(sort(line)) == {line: Section.CONCERN}
