"""Notes as counsellors paste them, second round: shorthand, cut-short and combined headings,
arrow steps, wider negations, and special-category or criminal-record text marked for review.
Every phrasing here is written for the test, not taken from the benchmark."""

from __future__ import annotations

import pytest

from skills.summary import Item, OfflineSummariser, Section
from skills.summary.review import is_special
from skills.summary.split import split_lines, split_notes, split_sentences

S = Section


def placed(notes: str) -> dict[str, tuple[Section, Item]]:
    return {
        item.text: (section, item)
        for section, found in OfflineSummariser().sort(notes).sections()
        for item in found
    }


def section_of(notes: str) -> dict[str, Section]:
    return {text: section for text, (section, _) in placed(notes).items()}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Kl. pendelt zw. Hamm und Soest. Fährt täglich Bus.",
         ["Kl. pendelt zw. Hamm und Soest.", "Fährt täglich Bus."]),
        ("Abneigung gg. Lärm. Sucht ruhigen Betrieb.",
         ["Abneigung gg. Lärm.", "Sucht ruhigen Betrieb."]),
    ],
)  # fmt: skip
def test_zw_and_gg_are_shorthand_not_sentence_ends(line: str, expected: list[str]) -> None:
    assert split_sentences(line) == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Int.: Skaten, Musik machen", {"Skaten, Musik machen": S.STRENGTHS}),
        ("bespr.\n- Anerkennung\n- Sprachkurs C1", {"Anerkennung": S.DISCUSSED,
                                                     "Sprachkurs C1": S.DISCUSSED}),
        ("Vereinb.: Kl. meldet sich Montag", {"Kl. meldet sich Montag": S.AGREEMENTS}),
        ("Hintergr.: wohnt im Wohnheim", {"wohnt im Wohnheim": S.SITUATION}),
    ],
)  # fmt: skip
def test_a_heading_word_cut_short_with_a_dot_is_a_heading(
    notes: str, expected: dict[str, Section]
) -> None:
    assert section_of(notes) == expected


def test_a_cut_short_word_shared_by_no_section_heading_is_no_heading() -> None:
    # "Bew." is Bewerbung here; an assessment heading ("Bewertung") must not be read into it.
    [(text, (_, item))] = placed("Bew.: 4 verschickt, 1 Absage").items()
    assert text == "Bew.: 4 verschickt, 1 Absage"
    assert not item.assessment


@pytest.mark.parametrize(
    ("notes", "line", "section"),
    [
        ("Hintergrund / Situation\nlebt bei der Tante", "lebt bei der Tante", S.SITUATION),
        ("Ziele & Wünsche\nirgendwas mit Menschen", "irgendwas mit Menschen", S.CONCERN),
        ("Kontext\nAzubi im 2. LJ, Betrieb insolvent", "Azubi im 2. LJ, Betrieb insolvent",
         S.SITUATION),
    ],
)  # fmt: skip
def test_a_heading_joined_to_a_second_word_on_its_own_line(
    notes: str, line: str, section: Section
) -> None:
    assert section_of(notes) == {line: section}


def test_unklar_as_a_label_is_an_open_point_even_inside_a_to_do_list() -> None:
    notes = "To-do\n- Kl. besorgt Zeugnis\nUnklar: wer die Fahrtkosten trägt"
    assert section_of(notes)["wer die Fahrtkosten trägt"] is S.OPEN


@pytest.mark.parametrize(
    "line",
    [
        "Sie mag weder Büro noch Verkauf.",
        "Zeichnet nicht mehr gern, seit der Kunst-AG.",
        "He is no longer keen on cooking.",
        "She doesn't play football anymore.",
    ],
)
def test_weder_noch_nicht_mehr_and_no_longer_are_no_interests(line: str) -> None:
    assert section_of(line)[line] is not S.STRENGTHS


def test_wants_to_do_is_a_wish_not_a_to_do() -> None:
    line = "Client wants to do an apprenticeship as a baker."
    assert section_of(line) == {line: S.CONCERN}


@pytest.mark.parametrize("marker", ["->", "=>", "→"])
def test_a_line_led_by_an_arrow_is_a_next_step(marker: str) -> None:
    notes = f"Hobbys: Gaming\n{marker} Schnuppertag Firma Berg Di. 8h"
    assert section_of(notes)["Schnuppertag Firma Berg Di. 8h"] is S.NEXT_STEPS
    assert [line.arrow for line in split_notes(notes)] == [False, True]


def test_an_arrow_does_not_outrank_a_cue_word() -> None:
    assert section_of("-> offen, ob der Betrieb zahlt")["offen, ob der Betrieb zahlt"] is S.OPEN


def test_a_lone_was_says_nothing_about_the_person() -> None:
    assert section_of("Drucker war kaputt, Kopien nachgereicht.") == {
        "Drucker war kaputt, Kopien nachgereicht.": S.OTHER
    }


def test_a_commitment_with_stellt_and_a_deadline_is_agreed() -> None:
    notes = "besprochen: Reha, BAB\n- TN stellt BAB-Antrag bis 1.6."
    assert section_of(notes)["TN stellt BAB-Antrag bis 1.6."] in {S.AGREEMENTS, S.NEXT_STEPS}


@pytest.mark.parametrize(
    "text",
    [
        "lebt seit 2019 in Deutschland",
        "in Deutschland seit drei Jahren",
        "kam mit 12 aus dem Kosovo",
        "moved to Germany with her parents",
        "hat eine Duldung",
        "ist Christin, singt im Kirchenchor der Kirchengemeinde",
        "strenggläubig, betet fünfmal am Tag",
        "Prüfungsangst, bricht Tests ab",
        "ist seit Mai in Psychotherapie",
        "has been in therapy since spring",
        "war 2022 in Haft",
        "hat Sozialstunden abgeleistet",
        "Bewährungshelferin ist informiert",
        "has a criminal record for fraud",
        "ist in Polen aufgewachsen",
        "nimmt Tabletten gegen Stimmungsschwankungen",
        "war wegen Burnout drei Monate raus",
        "hat einen Behindertenausweis",
        "hat eine Jugendstrafe auf Bewährung",
    ],
)
def test_origin_religion_mental_health_and_criminal_records_are_marked(text: str) -> None:
    assert is_special(text)


@pytest.mark.parametrize(
    "text",
    [
        "Praktikum in der JVA als Justizvollzugsbeamter angefragt",
        "Ausbildung zur Ergotherapeutin in Soest",
        "Haftpflichtversicherung für den Roller fehlt",
        "Zeugnis aus der Realschule Hamm liegt vor",
        "probation period of six months at the bakery",
        "Bewerbung an die Stadt Münster geschickt",
        "Ausbildung zur Heilerziehungspflegerin für Menschen mit Behinderung",
        "Praktikum in Polen über Erasmus+",
    ],
)
def test_workplaces_subjects_and_everyday_words_are_not_marked(text: str) -> None:
    assert not is_special(text)


def test_lines_typed_in_lower_case_are_not_joined_as_a_wrap() -> None:
    notes = (
        "came in without appointment, about half an hour\n"
        "has been out of work since march, before that a cleaner\n"
        "no interest in night shifts at all\n"
        "we rewrote the cover letter"
    )
    assert [line.text for line in split_lines(notes)] == notes.splitlines()


def test_a_line_ending_in_mid_clause_is_joined_even_in_lower_case_notes() -> None:
    notes = "kl. fragt nach einer ausbildung zum\nbäcker oder konditor\nwohnt in hamm"
    assert [line.text for line in split_lines(notes)] == [
        "kl. fragt nach einer ausbildung zum bäcker oder konditor",
        "wohnt in hamm",
    ]


def test_a_full_stop_inside_brackets_ends_no_sentence() -> None:
    line = "Termin mit TN (Vormund: Hr. Graf, Jugendamt Whs. Nord) am Montag. Danach Praktikum."
    assert split_sentences(line) == [
        "Termin mit TN (Vormund: Hr. Graf, Jugendamt Whs. Nord) am Montag.",
        "Danach Praktikum.",
    ]


def test_a_short_label_before_a_spaced_dash_files_its_line() -> None:
    line = "Aufgabe für TN – Stellenbörse der IHK durchsehen"
    assert section_of(line) == {line: S.NEXT_STEPS}


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Fr. Berg, 52, Weiterbildung gewünscht.", S.CONCERN),
        ("out of work since May, previously a bus driver", S.SITUATION),
        ("we revised her CV line by line", S.DISCUSSED),
    ],
)
def test_everyday_wording_of_a_wish_a_situation_and_shared_work(
    line: str, section: Section
) -> None:
    assert section_of(line) == {line: section}


def test_a_client_called_christian_is_not_marked_for_review() -> None:
    assert not is_special("Christian kam heute wegen einer Ausbildung als Koch")
    assert is_special("Christian ist Muslim und fastet im Ramadan")
