"""Summaries keep the meaning of the notes: answered questions, negations, every line,
special-category data marked, and an honest label on who wrote the record."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.llm.offline import OfflineLLM
from bot.message import ConversationRef, Message, Platform
from bot.reply import Copyable, Text
from bot.skill import SkillContext, SkillResult
from skills.summary import Item, OfflineSummariser, Section, Summary, SummarySkill
from skills.summary.cues import default_cues
from skills.summary.split import split_lines

S = Section


def items(notes: str) -> list[tuple[Section, Item]]:
    return [
        (section, item)
        for section, found in OfflineSummariser().sort(notes).sections()
        for item in found
    ]


def section_of(notes: str) -> dict[str, Section]:
    return {item.text: section for section, item in items(notes)}


@pytest.mark.parametrize(
    "line",
    [
        "Praktikum absolviert? ja, 3 Wochen beim Bäcker",
        "Schon mal beworben? Ja. Bei zwei Autohäusern",
        "Führerschein vorhanden? nein",
        "Zeugnis dabei? -> ja",
        "Bewerbungsmappe fertig? teilweise, Foto fehlt",
        "Deutschkurs abgeschlossen? bereits im März",
        "Did she finish school? yes, in June",
        "Bewerbung abgeschickt? noch nicht, Foto fehlt",
        # a note's field as a short question, its answer a number or a capitalised word
        "Bewerbungen bisher? 3 Stück, alle Absagen",
        "Schulabschluss? Realschule 2024",
        "Eltern einverstanden? Mutter ja, Vater skeptisch",
        "Sprachniveau? B1",
        "Führerschein? B vorhanden",
    ],
)
def test_an_answered_question_is_a_fact_not_an_open_point(line: str) -> None:
    placed = items(line)
    assert [section for section, _ in placed] == [S.SITUATION]
    assert " ".join(item.text for _, item in placed) == line


@pytest.mark.parametrize(
    "line",
    [
        "Studium oder Ausbildung? noch unklar",
        "Wer zahlt die Fahrtkosten?",
        "BAföG möglich? muss noch geklärt werden",
        "Umzug nach Köln? weiß sie noch nicht",
        "Will he move out? not sure yet",
        "Ob Kl. BAföG bekommt? noch nicht beantragt",
        "Wer zahlt den Kurs? steht noch aus",
    ],
)
def test_an_open_or_uncertainly_answered_question_stays_open(line: str) -> None:
    assert section_of(line) == {line: S.OPEN}


@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Fahrtkosten? Unklar", ["Fahrtkosten? Unklar"]),
        ("Wohnort? Noch offen", ["Wohnort? Noch offen"]),
        # asked in words: the next sentence is a sentence of its own
        ("Wie geht es weiter? Kl. überlegt noch.", ["Wie geht es weiter?", "Kl. überlegt noch."]),
    ],
)
def test_a_field_left_open_and_a_question_asked_in_words_stay_open(
    line: str, fields: list[str]
) -> None:
    assert section_of(line) == dict.fromkeys(fields, S.OPEN)


def test_a_number_on_the_next_line_answers_the_question() -> None:
    notes = "Bewerbungen bisher?\n3, alle abgelehnt\nProbezeit bekannt?"
    assert section_of(notes) == {
        "Bewerbungen bisher? 3, alle abgelehnt": S.SITUATION,
        "Probezeit bekannt?": S.OPEN,
    }


def test_an_answer_on_the_next_line_belongs_to_its_question() -> None:
    notes = "Ausbildungsvertrag unterschrieben?\nja, letzte Woche\nProbezeit bekannt?"
    assert section_of(notes) == {
        "Ausbildungsvertrag unterschrieben? ja, letzte Woche": S.SITUATION,
        "Probezeit bekannt?": S.OPEN,
    }


@pytest.mark.parametrize(
    "line",
    [
        "Kein Interesse an Büroarbeit.",
        "Kl. hat keine Lust auf Verkauf.",
        "mag keine Schichtarbeit",
        "Handwerk liegt ihr gar nicht.",
        "TN ist nicht so gut in Mathe.",
        "Sie arbeitet ungern mit Zahlen.",
        "Kl. interessiert sich nicht für Technik.",
        "not interested in sales jobs",
        "He dislikes working outdoors.",
    ],
)
def test_a_negated_interest_is_never_filed_as_an_interest(line: str) -> None:
    assert section_of(line) == {line: S.SITUATION}


def test_a_negated_line_under_an_interests_heading_stays_marked() -> None:
    placed = items("Interessen:\n- Fußball, Kochen\n- kein Interesse an Büro")
    assert placed == [
        (S.STRENGTHS, Item("Fußball, Kochen")),
        (S.STRENGTHS, Item("kein Interesse an Büro", negated=True)),
    ]


def test_positive_interests_are_still_interests() -> None:
    notes = "Kl. mag Tiere.\nSie ist nicht nur kreativ, sondern auch zuverlässig."
    assert set(section_of(notes).values()) == {S.STRENGTHS}


@pytest.mark.parametrize(
    ("notes", "lack"),
    [
        ("Good with Python. No driving licence.", "No driving licence."),
        ("Loves cooking. No work experience yet.", "No work experience yet."),
        ("Kl. ist gut in Mathe. Kein Führerschein.", "Kein Führerschein."),
        ("Spielt gern Gitarre. Ohne Laptop schwierig.", "Ohne Laptop schwierig."),
    ],
)
def test_a_lack_after_a_strength_is_no_strength(notes: str, lack: str) -> None:
    # Without a cue of its own the second sentence would follow the first one's section.
    assert section_of(notes)[lack] is S.SITUATION


@pytest.mark.parametrize(
    "line", ["Kein Problem mit Frühschicht.", "Keine Angst vor Technik.", "No problem with it."]
)
def test_readiness_phrased_with_kein_is_not_a_lack(line: str) -> None:
    assert not default_cues().is_negated(line)


NOTES_WITH_EVERYTHING = """Beratung 12.03., Kl. kam pünktlich
Kl. möchte nach der 10. Kl. eine Ausbildung.

Sonstiges:
Schwester macht eine Ausbildung bei der Sparkasse
Hund heißt Bello
---
* Kl. hat ADHS, nimmt Medikamente
* Familie ist 2016 aus Syrien geflüchtet
Vereinbart: Kl. sendet CV bis Fr. 15.3.
?
"""


def test_no_line_is_dropped_and_unsortable_lines_are_kept_verbatim() -> None:
    placed = items(NOTES_WITH_EVERYTHING)
    texts = " ".join(item.text for _, item in placed)
    for line in split_lines(NOTES_WITH_EVERYTHING):
        content = line.text.removeprefix("Vereinbart:").strip()
        assert content in texts
    other = [item.text for section, item in placed if section is S.OTHER]
    assert "Hund heißt Bello" in other
    assert "Sonstiges:" in other


def test_a_compound_ending_in_a_heading_word_is_a_fact_without_a_colon() -> None:
    assert section_of("Hauptschulabschluss\nWohnsituation: bei der Tante") == {
        "Hauptschulabschluss": S.SITUATION,
        "Wohnsituation: bei der Tante": S.SITUATION,
    }


def test_a_label_with_only_a_question_mark_or_a_dash() -> None:
    assert section_of("Offen: ?\nVereinbart: -\nKl. möchte Ausbildung.") == {
        "?": S.OPEN,
        "Kl. möchte Ausbildung.": S.CONCERN,  # "Vereinbart: -" agreed nothing, opens nothing
    }


def test_unsortable_lines_get_their_own_section_only_when_there_are_any() -> None:
    summary = OfflineSummariser().sort("Kl. möchte Ausbildung.\nHund heißt Bello")
    assert summary.other == (Item("Hund heißt Bello"),)
    assert S.OTHER not in summary.unfilled
    assert S.OTHER not in [section for section, _ in OfflineSummariser().sort("x").sections()][:7]
    filled = OfflineSummariser().sort("Kl. möchte Ausbildung.")
    assert S.OTHER not in [section for section, _ in filled.sections()]


def context(args: str, llm: OfflineLLM | None = None, language: str = "de") -> SkillContext:
    message = Message(
        conversation=ConversationRef(Platform.CONSOLE, "conversation-1"),
        sender_id="user-1",
        sender_name="Test",
        text=args,
    )
    return SkillContext(
        message=message,
        args=args,
        command="zusammenfassen",
        language=language,
        user_key="key-1",
        department="Allgemein",
        llm=llm or OfflineLLM(),
        settings=Settings(),
        now=datetime(2025, 3, 1, tzinfo=UTC),
        texts=lambda key, **values: key,
    )


async def summarise(notes: str, language: str = "de") -> SkillResult:
    return await SummarySkill().handle(context(notes, language=language))


async def test_special_category_sentences_are_marked_for_review() -> None:
    result = await summarise(NOTES_WITH_EVERYTHING)
    marker = "(Art. 9/10 DSGVO: nur aufnehmen, wenn für die Beratung erforderlich)"
    flat = [text for texts in result.data["sections"].values() for text in texts]
    marked = [text for text in flat if text.endswith(marker)]
    assert marked == [
        f"Kl. hat ADHS, nimmt Medikamente {marker}",
        f"Familie ist 2016 aus Syrien geflüchtet {marker}",
    ]
    notices = [b.markdown for b in result.blocks if isinstance(b, Text)]
    assert any("Art. 9/10 DSGVO" in n and "erforderlich" in n for n in notices[-1:])
    [copy] = [b for b in result.blocks if isinstance(b, Copyable)]
    assert f"- Kl. hat ADHS, nimmt Medikamente {marker}" in copy.text


async def test_health_care_occupations_are_not_marked() -> None:
    result = await summarise("Kl. möchte Ausbildung zur Pflegefachfrau im Krankenhaus.")
    assert result.data["sections"]["Anliegen"] == [
        "Kl. möchte Ausbildung zur Pflegefachfrau im Krankenhaus."
    ]


async def test_unsortable_lines_are_shown_under_further_notes() -> None:
    result = await summarise("Kl. möchte Ausbildung.\nHund heißt Bello")
    assert result.data["sections"]["Weitere Notizen"] == ["Hund heißt Bello"]
    assert "Weitere Notizen" not in result.data["unfilled"]
    english = await summarise("Kl. möchte Ausbildung.\nHund heißt Bello", language="en")
    assert english.data["sections"]["Further notes"] == ["Hund heißt Bello"]
    [copy] = [b for b in english.blocks if isinstance(b, Copyable)]
    assert copy.text.endswith("Further notes\n- Hund heißt Bello")


async def test_a_negated_interest_is_marked_in_the_record() -> None:
    result = await summarise("Interessen:\n- kein Interesse an Büro")
    assert result.data["sections"]["Interessen und Stärken"] == [
        "kein Interesse an Büro (verneint: kein Interesse bzw. keine Stärke)"
    ]


async def test_offline_records_are_template_drafts_not_ai_text() -> None:
    result = await summarise("Kl. möchte Ausbildung.")
    assert (result.ai_generated, result.template_draft) == (False, True)


async def test_a_model_written_record_carries_the_ai_label() -> None:
    class Model:
        async def summarise(self, notes: str, language: str) -> Summary:
            return Summary(concern=(Item(notes),))

    class Available(OfflineLLM):
        @property
        def available(self) -> bool:
            return True

    skill = SummarySkill(llm_summariser=lambda llm: Model())
    result = await skill.handle(context("Kl. möchte Ausbildung.", llm=Available()))
    assert (result.ai_generated, result.template_draft) == (True, False)
    hints = [b.markdown for b in result.blocks if isinstance(b, Text)]
    assert not any(re.search("Stichworten", hint) for hint in hints)  # no offline hint


async def test_the_counsellors_own_absence_in_the_notes_is_not_marked() -> None:
    result = await summarise(
        "Beraterin war letzte Woche krank, daher Termin nachgeholt.\n"
        "Kl. sucht Ausbildung als Maler.\nKl. hat Rückenprobleme."
    )
    record = "\n".join(b.text for b in result.blocks if isinstance(b, Copyable))
    assert "nachgeholt. (Art." not in record
    assert "Rückenprobleme. (Art." in record


@pytest.mark.parametrize(
    ("liking", "grades"),
    [
        ("Mag Computer, zockt viel.", "Mathe 4, Physik 3."),
        ("Spielt gern Fußball.", "Deutsch: 2-, Englisch 4"),
        ("Loves drawing.", "Maths 5, English 3."),
    ],
)
def test_grades_by_subject_are_the_school_situation(liking: str, grades: str) -> None:
    # The liking before them must not pass on to a list of grades.
    assert section_of(f"{liking} {grades}") == {liking: S.STRENGTHS, grades: S.SITUATION}


@pytest.mark.parametrize(
    "heading", ["Nächstes Mal:", "Beim nächsten Mal:", "Next time:", "Nächste Sitzung:"]
)
def test_what_is_planned_for_next_time_is_a_next_step(heading: str) -> None:
    notes = f"Kl. mag Tiere.\n{heading} Berufe-Check gemeinsam machen, Eltern einladen?"
    assert section_of(notes) == {
        "Kl. mag Tiere.": S.STRENGTHS,
        "Berufe-Check gemeinsam machen, Eltern einladen?": S.NEXT_STEPS,
    }


@pytest.mark.parametrize(
    ("line", "section"),
    [
        # a to-do written as an infinitive at its end
        ("ggf. Wechsel in andere Maßnahme prüfen", S.NEXT_STEPS),
        ("Lebenslauf aktualisieren", S.NEXT_STEPS),
        ("Schulbescheinigung beim Sekretariat einreichen", S.NEXT_STEPS),
        # a start ahead with its date
        ("Maßnahme startet 01.03. bei TÜV Nord, Dauer 24 Mon.", S.NEXT_STEPS),
        ("The course starts on 3 May.", S.NEXT_STEPS),
        # what did not happen
        ("Bewerbungstraining am Di. verpasst", S.SITUATION),
        ("Missed the last two sessions.", S.SITUATION),
    ],
)
def test_tasks_starts_and_missed_dates_find_their_section(line: str, section: Section) -> None:
    assert section_of(line) == {line: section}
