"""Notes as they are really pasted: dictated into a phone without punctuation, ticked off with
check marks, led by clock times or arrows used as bullets, a person's pluses and minuses,
group sessions, calls with parents and employers, a to-do list without its label, Art. 9
and Art. 10 data inside (skills/summary/run_on.py, marks.py, clauses.py, cues.yaml,
request.py, review.yaml)."""

from __future__ import annotations

import pytest
from test_summary_weighed_and_reported import section_of

from skills.summary.clauses import split_clauses
from skills.summary.cues import default_cues
from skills.summary.marks import Check, arrows_are_bullets, read_check, without_clock
from skills.summary.model import Section
from skills.summary.request import read_request
from skills.summary.review import is_special
from skills.summary.run_on import is_run_on

S = Section
STEPS = {S.AGREEMENTS, S.NEXT_STEPS}


@pytest.mark.parametrize(
    "sentence",
    [
        # German words that only begin like the English verbs after "will" ("do", "be", "sit")
        "will dort anfangen",
        "will bei der Feuerwehr anfangen",
        "will sich als Erzieher umschulen",
        "wollen beide zur Polizei",
    ],
)
def test_a_german_will_is_a_wish_whatever_word_follows(sentence: str) -> None:
    assert default_cues().best(sentence) is S.CONCERN


DICTATED = (
    "gespräch mit herrn okoye 45 jahre arbeitet seit zehn jahren als reinigungskraft im "
    "krankenhaus er möchte gern eine ausbildung zum elektriker machen er repariert in der "
    "freizeit fahrräder und elektrogeräte wir haben über die teilqualifizierung gesprochen "
    "unklar ist wer die kosten trägt er schickt mir bis freitag seine zeugnisse"
)


@pytest.mark.parametrize(
    ("text", "sections"),
    [
        ("arbeitet seit zehn jahren als reinigungskraft", {S.SITUATION}),
        ("er möchte gern eine ausbildung zum elektriker machen", {S.CONCERN}),
        ("er repariert in der freizeit fahrräder", {S.STRENGTHS}),
        ("über die teilqualifizierung gesprochen", {S.DISCUSSED}),
        ("unklar ist wer die kosten trägt", {S.OPEN}),
        ("er schickt mir bis freitag seine zeugnisse", STEPS),
    ],
)
def test_a_dictated_run_is_cut_where_its_section_changes(text: str, sections: set[S]) -> None:
    assert section_of(DICTATED, text) in sections


def test_only_a_long_run_without_any_mark_is_read_as_dictated() -> None:
    assert is_run_on(DICTATED)
    assert not is_run_on("tn 17 will kfz mechatroniker werden bisher keine stelle")
    assert not is_run_on(DICTATED.replace(" er möchte", ". Er möchte"))
    parts = split_clauses(DICTATED, default_cues())
    assert " ".join(parts) == DICTATED  # every word stays, in order


@pytest.mark.parametrize(
    ("message", "notes"),
    [
        (
            "fass mir das kurz zusammen termin mit lea 16 will zur polizei",
            "termin mit lea 16 will zur polizei",
        ),
        (
            "kannst du das bitte zusammenfassen tn kam mit der mutter will koch werden",
            "tn kam mit der mutter will koch werden",
        ),
    ],
)
def test_a_dictated_request_ends_with_its_particle_or_infinitive(message: str, notes: str) -> None:
    asked = read_request(message)
    assert asked is not None
    assert asked.notes == notes


@pytest.mark.parametrize(
    "message",
    ["fass zusammen wie lange die Ausbildung zur Köchin dauert", "fass den Beruf Koch zusammen"],
)
def test_a_question_after_the_particle_is_no_dictated_request(message: str) -> None:
    assert read_request(message) is None


@pytest.mark.parametrize(
    ("line", "rest", "check"),
    [
        ("✔ Foto beim Fotografen", "Foto beim Fotografen", Check.DONE),
        ("- ☑ Bescheinigung der Schule", "Bescheinigung der Schule", Check.DONE),
        ("✘ Anschreiben an die Bäckerei", "Anschreiben an die Bäckerei", Check.MISSING),
        ("[x] Vertrag unterschrieben", "Vertrag unterschrieben", Check.DONE),
        ("- Vertrag unterschrieben", "- Vertrag unterschrieben", None),
    ],
)
def test_check_marks_are_read(line: str, rest: str, check: Check | None) -> None:
    assert read_check(line) == (rest, check)


def test_what_is_ticked_off_is_done_and_what_is_crossed_out_missing() -> None:
    notes = "Stand Bewerbung Hr. Aksoy\n✔ Foto beim Fotografen\n✘ Anschreiben an die Bäckerei"
    assert section_of(notes, "Foto beim Fotografen") is S.SITUATION
    assert section_of(notes, "Anschreiben an die Bäckerei") is S.OPEN


def test_pluses_and_minuses_below_the_person_describe_that_person() -> None:
    notes = "Kurzprofil – Kl. Tom, 19\n+ Gabelstaplerschein\n+ packt gern an\n- lange Anfahrt"
    assert section_of(notes, "Gabelstaplerschein") is S.STRENGTHS
    assert section_of(notes, "lange Anfahrt") is S.SITUATION


def test_an_arrow_before_every_line_is_only_a_bullet() -> None:
    lines = ["=> Kl. 25, Quereinsteiger", "=> Lagerjob", "=> Hallenboden", "=> Kurs besprochen"]
    assert arrows_are_bullets(lines)
    assert not arrows_are_bullets(["Kl. 25", "Kurs besprochen", "-> Kurs buchen", "Ende"])
    assert section_of("\n".join(lines), "Hallenboden") is not S.NEXT_STEPS


def test_a_clock_time_before_a_parent_keeps_the_parent_s_wish_apart() -> None:
    assert without_clock("10:15 Mutter möchte ein Studium") == "Mutter möchte ein Studium"
    assert without_clock("10 Bewerbungen") == "10 Bewerbungen"
    notes = "10:05 Beginn mit Tim und Mutter\n10:15 Mutter möchte, dass er aufs Gymnasium geht"
    assert section_of(notes, "aufs Gymnasium") is not S.CONCERN


@pytest.mark.parametrize(
    ("sentence", "text", "sections"),
    [
        # someone else after a comma, verb or not: their own view
        ("Tim möchte zur Bundeswehr, Eltern strikt dagegen", "Eltern strikt", {S.SITUATION}),
        # a noun and a degree word after a comma
        ("kann gut zeichnen, Sport eher nicht so", "Sport eher nicht", {S.SITUATION}),
        # "nur" after a comma sets a weakness against a strength
        ("praktisch total fit, nur Mathe schwach", "praktisch total fit", {S.STRENGTHS}),
        # "und hat keine …": what someone lacks beside a wish
        ("sie will unbedingt in die Pflege und hat keinen Führerschein", "keinen Führerschein",
         {S.SITUATION}),
        # a test done, then what it showed
        ("Berufswahltest gemacht: stark im sprachlichen Bereich", "Berufswahltest gemacht",
         {S.SITUATION}),
        # facts in a bracket after a name, then what the person does
        ("Mia (14, 8. Kl. Gesamtschule) zeichnet Mangas", "8. Kl. Gesamtschule", {S.SITUATION}),
    ],
)  # fmt: skip
def test_clauses_of_other_people_and_weaknesses_stand_apart(
    sentence: str, text: str, sections: set[S]
) -> None:
    assert section_of(sentence, text) in sections


@pytest.mark.parametrize(
    ("notes", "text", "sections"),
    [
        ("Anmeldebogen ausdrucken", "Anmeldebogen", STEPS),
        ("Fahrtkostenantrag beim JC abgeben", "Fahrtkostenantrag", STEPS),
        ("Zeugniskopien an die Kammer schicken", "Zeugniskopien", STEPS),
        ("Kontakt Bildungsträger → ich", "Kontakt Bildungsträger", {S.AGREEMENTS}),
        ("Praktikumsplatz suchen → TN bis Ende Mai", "Praktikumsplatz", {S.AGREEMENTS}),
        ("Vorstellungstermin bei Kamps 12.5. ok", "Vorstellungstermin", {S.AGREEMENTS}),
        ("er ruft die Werkstatt morgen an", "ruft die Werkstatt", STEPS),
        # a wish or a question to be cleared stays what it is
        ("Kl. möchte lieber studieren", "studieren", {S.CONCERN}),
        ("BAB noch klären", "BAB", {S.OPEN}),
    ],
)
def test_an_unlabelled_to_do_or_a_task_after_an_arrow_is_a_step(
    notes: str, text: str, sections: set[S]
) -> None:
    assert section_of(notes, text) in sections


@pytest.mark.parametrize(
    ("sentence", "section"),
    [
        ("ist ständig am Basteln", S.STRENGTHS),
        ("macht den Nachbarn die Haare", S.STRENGTHS),
        ("hat einen YouTube-Kanal über Motorräder", S.STRENGTHS),
        ("spricht fließend Polnisch", S.STRENGTHS),
        ("kennt sich mit Autos richtig gut aus", S.STRENGTHS),
        ("Bewerbungen alle raus", S.SITUATION),
        ("zwei Einladungen bekommen", S.SITUATION),
        ("Berufsfelderkundung im Januar gemacht", S.SITUATION),
        ("was a nurse back home", S.SITUATION),
        ("she is bullied by her trainer", S.SITUATION),
        ("über den Realschulabschluss an der Abendschule gesprochen", S.DISCUSSED),
        ("Kostenübernahme noch nicht bestätigt", S.OPEN),
        ("she asks about evening classes", S.OPEN),
    ],
)
def test_cue_words_of_pasted_notes(sentence: str, section: S) -> None:
    assert default_cues().best(sentence) is section


@pytest.mark.parametrize(
    "header",
    ["Gruppenangebot 3.3., 8 TN", "WV 2.4. – Kl. Nowak", "Workshop Bewerbung, 12 Teilnehmende"],
)
def test_a_group_or_follow_up_header_is_where_things_stand(header: str) -> None:
    assert section_of(f"{header}\nmöchte eine Ausbildung im Handwerk", header) is S.SITUATION


def test_the_course_of_a_session_is_what_was_discussed() -> None:
    notes = "Ablauf: Kennenlernspiel, dann Stärkenkarten"
    assert section_of(notes, "Kennenlernspiel") is S.DISCUSSED


@pytest.mark.parametrize(
    ("text", "special"),
    [
        ("worked as an engineer in Syria", True),
        ("lebte bis 2020 in Afghanistan", True),
        ("sucht Arbeit nach der Jugendhaft", True),
        ("arbeitslos seit der Haft", True),
        ("fragt nach der Haftpflicht fürs Praktikum", False),
        ("arbeitet in einer Firma in Dortmund", False),
    ],
)
def test_origin_in_a_past_abroad_and_prison_are_marked(text: str, special: bool) -> None:
    assert is_special(text) is special
