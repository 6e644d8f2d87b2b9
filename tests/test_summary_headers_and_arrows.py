"""Summaries file the notes' header line, a point with what was agreed after an arrow, a
refused or someone else's wish, a lack after a comma and short English notes where a
counsellor would."""

from __future__ import annotations

import pytest
from summary_support import placed

from skills.summary import Section

S = Section


@pytest.mark.parametrize(
    "header",
    [
        "Termin 3.2. – Fr. K. (Neuorientierung)",
        "Beratung 05.11. – Jonas, 17",
        "Meeting with client (22, m)",
        "Gespräch mit TN, Hr. Brandt",
    ],
)
def test_the_first_line_naming_session_and_person_is_where_things_stand(header: str) -> None:
    notes = f"{header}\nmöchte eine Ausbildung im Handwerk"
    assert placed(notes) == [
        (S.CONCERN, "möchte eine Ausbildung im Handwerk"),
        (S.SITUATION, header),
    ]


def test_a_header_keeps_a_wish_written_into_it_and_only_the_first_line_is_one() -> None:
    assert placed("Gespräch mit Kl. – möchte Ausbildung als Koch") == [
        (S.CONCERN, "Gespräch mit Kl. – möchte Ausbildung als Koch")
    ]
    assert placed("Termin beim JC am 3.3.") == [(S.NEXT_STEPS, "Termin beim JC am 3.3.")]


@pytest.mark.parametrize(
    ("note", "section"),
    [
        ("Kinderbetreuung geklärt (Oma)", S.SITUATION),
        ("Wohnung gesichert", S.SITUATION),
        ("Fragen zur BAB geklärt", S.DISCUSSED),
        ("Betreuung noch nicht geklärt", S.OPEN),
    ],
)
def test_a_circumstance_settled_is_told_without_its_verb(note: str, section: Section) -> None:
    assert placed(note) == [(section, note)]


def test_what_follows_an_arrow_is_agreed_apart_from_the_open_point() -> None:
    assert placed("Praktikumsbetrieb fehlt noch -> Kl. sucht selbst, ich gebe Liste") == [
        (S.AGREEMENTS, "Kl. sucht selbst, ich gebe Liste"),
        (S.OPEN, "Praktikumsbetrieb fehlt noch"),
    ]


def test_an_arrow_before_an_answer_keeps_question_and_answer_together() -> None:
    note = "Vater fragt, ob sie später noch studieren kann -> ja, über das Fachabi"
    assert len(placed(note)) == 1


@pytest.mark.parametrize(
    "note",
    [
        "Mutter ruft öfter an, Kl. möchte das nicht",
        "Oma hätte lieber eine Ausbildung bei der Sparkasse, TN will das aber nicht",
        "dad wants him to take over the farm, he doesn't agree",
    ],
)
def test_a_wish_of_someone_else_or_one_turned_down_is_no_concern(note: str) -> None:
    assert placed(note) == [(S.SITUATION, note)]


def test_the_clients_own_wish_beside_a_parents_stays_a_concern() -> None:
    assert placed("Vater möchte, dass sie Abi macht, Kl. will lieber eine Ausbildung") == [
        (S.CONCERN, "Kl. will lieber eine Ausbildung"),
        (S.SITUATION, "Vater möchte, dass sie Abi macht"),
    ]


@pytest.mark.parametrize(
    ("note", "strength", "lack"),
    [
        (
            "TN kann gut mit Tieren umgehen, ohne Abschluss aber schwierig",
            "TN kann gut mit Tieren umgehen",
            "ohne Abschluss aber schwierig",
        ),
        (
            "reliable and punctual, no driving licence yet",
            "reliable and punctual",
            "no driving licence yet",
        ),
        ("kann gut rechnen, nicht so gern Deutsch", "kann gut rechnen", "nicht so gern Deutsch"),
    ],
)
def test_a_lack_after_a_comma_leaves_the_strength(note: str, strength: str, lack: str) -> None:
    assert placed(note) == [(S.SITUATION, lack), (S.STRENGTHS, strength)]


@pytest.mark.parametrize(
    ("note", "wish", "fact"),
    [
        ("will Medizin studieren, NC aber zu hoch", "will Medizin studieren", "NC aber zu hoch"),
        ("wants to work as a nurse, Deutsch aber erst A2", "wants to work as a nurse",
         "Deutsch aber erst A2"),
    ],
)  # fmt: skip
def test_a_noun_set_against_a_wish_with_aber_is_a_fact_of_its_own(
    note: str, wish: str, fact: str
) -> None:
    assert placed(note) == [(S.CONCERN, wish), (S.SITUATION, fact)]


def test_a_participle_ends_a_clause_typed_without_commas() -> None:
    assert placed("lebenslauf zusammen durchgegangen zeugnis fehlt noch") == [
        (S.DISCUSSED, "lebenslauf zusammen durchgegangen"),
        (S.OPEN, "zeugnis fehlt noch"),
    ]


@pytest.mark.parametrize(
    ("note", "section"),
    [
        ("really patient, gets on well with older people", S.STRENGTHS),
        ("curious and hard-working", S.STRENGTHS),
        ("showed her care jobs on planet beruf", S.DISCUSSED),
        ("teen 15 f came with her aunt", S.SITUATION),
        ("über die Aufnahmebedingungen der BFS informiert (Schnitt 2,5)", S.DISCUSSED),
        ("Berufsmesse in der Westfalenhalle am 14.3., Kl. geht hin", S.NEXT_STEPS),
        ("TN macht ab März einen Deutschkurs", S.NEXT_STEPS),
        ("ggf. Kompetenzfeststellung beim Bildungsträger", S.OPEN),
        ("Diplom aus dem Ausland, Anerkennung läuft", S.SITUATION),
    ],
)
def test_everyday_cues_find_their_sections(note: str, section: Section) -> None:
    assert placed(note) == [(section, note)]
