"""Notes copied from other tools: a mail with its header and signature, a meeting note, a
table typed with pipes or copied with tabs, an agenda, a check list; and stays abroad that are
visits, not origin."""

from __future__ import annotations

import pytest
from summary_support import placed
from test_summary_weighed_and_reported import section_of

from bench.answer_quality.scoring import needlessly_marked
from skills.summary import Section
from skills.summary.review import is_special
from skills.summary.split import split_notes
from skills.summary.tables import Row, flatten_tables


@pytest.mark.parametrize(
    "sentence",
    [
        "war letzten Sommer im Urlaub in Griechenland",
        "was in Morocco on holiday with his family",
        "fährt in den Ferien in die Türkei zu den Großeltern, hat dort im Café gejobbt",
        "war mit der Klassenfahrt in Polen",
    ],
)
def test_a_visit_abroad_is_no_origin(sentence: str) -> None:
    assert not is_special(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "ist 2019 aus Eritrea gekommen, war seitdem nicht mehr im Urlaub",
        "hat den Schulabschluss im Irak gemacht",
        "has a degree in Syria, recognition pending",
        "hat 6 Jahre im Kosovo als Schneiderin gearbeitet",
    ],
)
def test_origin_and_schooling_abroad_are_still_marked(sentence: str) -> None:
    assert is_special(sentence)


def test_a_pipe_table_reads_as_records_under_its_column_names() -> None:
    notes = (
        "| Woche | Betrieb | Rückmeldung |\n"
        "|---|:---:|---|\n"
        "| KW 3 | Autohaus Peters | Mappe eingereicht |\n"
        "| KW 4 | Reifen Kuhn | Gespräch Mo |\n"
    )
    rows = flatten_tables(notes.splitlines())
    assert rows == [
        ("Woche – Betrieb – Rückmeldung", Row.HEADER),
        ("KW 3 – Autohaus Peters – Mappe eingereicht", Row.RECORD),
        ("KW 4 – Reifen Kuhn – Gespräch Mo", Row.RECORD),
    ]
    assert section_of(notes, "Woche – Betrieb") is Section.OTHER
    assert section_of(notes, "Autohaus Peters") is Section.SITUATION


def test_tab_separated_rows_are_a_table_but_one_divider_is_no_table() -> None:
    pasted = ["Kurs\tPlätze\tBeginn", "Pflegehelfer\t12\t1.4.", "Lagerhelfer\t8\t15.4."]
    assert [role for _, role in flatten_tables(pasted)] == [Row.HEADER, Row.RECORD, Row.RECORD]
    signature = ["Jugendberufsagentur | Standort Mitte", "Tel. 0231 55 66"]
    assert [role for _, role in flatten_tables(signature)] == [None, None]


def test_a_ticked_item_is_done_and_an_empty_box_is_still_open() -> None:
    notes = (
        "- [x] Praktikumsplatz anfragen\n"
        "- [ ] Bewerbungsfoto vom Fotografen\n"
        "☐ Zeugnis gemacht, Kopie fehlt noch\n"
    )
    assert section_of(notes, "Praktikumsplatz anfragen") is Section.SITUATION
    assert section_of(notes, "Zeugnis gemacht") is Section.OPEN
    assert all(not text.startswith("☐") for _, text in placed(notes))


def test_an_agenda_item_heads_what_was_said_under_it() -> None:
    notes = "TOP 1 Rückblick Sommerferien\nAnmeldezahlen leicht gestiegen\nTOP 2 Verschiedenes\n"
    assert placed(notes) == [
        (Section.DISCUSSED, "TOP 1 Rückblick Sommerferien"),
        (Section.DISCUSSED, "Anmeldezahlen leicht gestiegen"),
        (Section.DISCUSSED, "TOP 2 Verschiedenes"),
    ]


def test_a_mail_header_and_the_signature_after_the_closing_are_kept_aside() -> None:
    notes = (
        "Betreff: Praktikum Luca\n"
        "Luca hat das Praktikum im Baumarkt abgebrochen.\n"
        "Beste Grüße\n"
        "Jobcenter Unna, Team Reha\n"
        "\n"
        "Luca möchte jetzt in die Gastronomie.\n"
    )
    assert section_of(notes, "Betreff: Praktikum Luca") is Section.OTHER
    assert section_of(notes, "Jobcenter Unna") is Section.OTHER
    assert section_of(notes, "Luca möchte jetzt") is Section.CONCERN


def test_a_letters_greeting_stays_a_line_and_its_intro_is_cut_at_the_colon() -> None:
    notes = (
        "Hallo Herr Tan,\n"
        "anbei kurz das Wichtigste aus unserem Telefonat: Er möchte im Herbst eine Umschulung"
        " zum Elektroniker beginnen.\n"
    )
    lines = split_notes(notes)
    assert lines[0].sentences == ("Hallo Herr Tan",)
    assert section_of(notes, "Er möchte im Herbst") is Section.CONCERN


@pytest.mark.parametrize(
    ("notes", "text", "section"),
    [
        ("kontaktfreudig und sehr offen gegenüber Neuem", "sehr offen", Section.STRENGTHS),
        ("spricht Arabisch und Deutsch gut", "Arabisch", Section.STRENGTHS),
        ("Dreisatz und Prozentrechnung üben", "Dreisatz", Section.NEXT_STEPS),
        ("Sprachkurs B2 bestanden", "Sprachkurs", Section.SITUATION),
        ("the garage would take her in May", "garage", Section.SITUATION),
        ("Jana needs a bus ticket for the internship", "bus ticket", Section.OPEN),
        ("Fr. Kurz bietet Nachhilfe in Mathe an", "Nachhilfe", Section.DISCUSSED),
    ],
)
def test_cue_words_of_pasted_notes(notes: str, text: str, section: Section) -> None:
    assert section_of(notes, text) is section


def test_ordinary_text_on_a_marked_line_is_counted() -> None:
    summary = (
        "**Ausgangssituation**\n- war im Urlaub in Spanien (Art. 9 DSGVO: bitte prüfen)\n"
        "- kommt aus Eritrea (Art. 9 DSGVO)\n- spricht gut Englisch"
    )
    assert needlessly_marked(["im Urlaub in Spanien", "spricht gut Englisch"], summary) == [
        "im Urlaub in Spanien"
    ]
