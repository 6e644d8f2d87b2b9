"""Notes as counsellors type them after the talk: a wish and a pastime in one sentence, what
someone has done or has, a question reported ("fragt, ob …"), pros and cons, the client's
step in English, the counsellor's impression, one long paragraph, a name right after the
command word (skills/summary/clauses.py, cues.yaml, split.py, offline.py, request.py)."""

from __future__ import annotations

import pytest

from skills.summary import OfflineSummariser, Section
from skills.summary.clauses import split_clauses
from skills.summary.cues import default_cues
from skills.summary.request import read_request, telegraphic_lines
from skills.summary.review import is_special
from skills.summary.split import split_lines

S = Section


def section_of(notes: str, text: str) -> Section:
    """The section of the one item that holds ``text``."""
    summary = OfflineSummariser().sort(notes)
    found = [
        section for section, items in summary.sections() for item in items if text in item.text
    ]
    assert len(found) == 1, (text, summary)
    return found[0]


def clauses(sentence: str) -> list[tuple[Section | None, str]]:
    cues = default_cues()
    return [(cues.best(part), part) for part in split_clauses(sentence, cues)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a wish, then after a comma a verb of a pastime or of liking, its subject shared
        (
            "Leonie möchte Tischlerin werden, baut mit dem Opa Möbel",
            [
                (S.CONCERN, "Leonie möchte Tischlerin werden"),
                (S.STRENGTHS, "baut mit dem Opa Möbel"),
            ],
        ),
        (
            "wants an apprenticeship as a florist, likes plants and customer contact",
            [
                (S.CONCERN, "wants an apprenticeship as a florist"),
                (S.STRENGTHS, "likes plants and customer contact"),
            ],
        ),
        # an interest, then what was done, in the perfect tense
        (
            "interessiert sich für Pflege, hat seine Oma 3 Jahre mitgepflegt",
            [
                (S.STRENGTHS, "interessiert sich für Pflege"),
                (S.SITUATION, "hat seine Oma 3 Jahre mitgepflegt"),
            ],
        ),
        # a wish, then what someone has: a figure or an article after "hat"
        (
            "Klientin möchte eine Umschulung zur Erzieherin, hat 3 Kinder",
            [
                (S.CONCERN, "Klientin möchte eine Umschulung zur Erzieherin"),
                (S.SITUATION, "hat 3 Kinder"),
            ],
        ),
        # a short phrase about the person after the last comma
        (
            "Herr Uçar will wieder in den Beruf einsteigen, gelernter Maler.",
            [
                (S.CONCERN, "Herr Uçar will wieder in den Beruf einsteigen"),
                (S.SITUATION, "gelernter Maler."),
            ],
        ),
    ],
)
def test_a_second_fact_after_a_comma_is_a_clause_of_its_own(
    sentence: str, expected: list[tuple[Section, str]]
) -> None:
    assert clauses(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # only "hat" would name the second part's section: too little for a clause
        "Er kann gut mit Menschen und hat im Lager die Azubis eingearbeitet.",
        # an opinion of the same fact, not a second one
        "Praktikum beim Bäcker gemacht, hat ihr gefallen",
        # a clause with its own subject and verb after the last comma is no added phrase
        "Mutter fragt, ob er noch Abi machen kann -> ja, über BOS, habe ich erklärt.",
    ],
)
def test_no_second_fact_no_cut(sentence: str) -> None:
    assert split_clauses(sentence, default_cues()) == [sentence]


@pytest.mark.parametrize(
    ("notes", "text", "section"),
    [
        ("Sie mag Tiere und fragt, ob man TFA auch mit HSA werden kann.", "fragt, ob", S.OPEN),
        ("His father asked whether he gets BAB during the apprenticeship.", "asked", S.OPEN),
    ],
)
def test_a_question_reported_in_words_is_an_open_point(
    notes: str, text: str, section: Section
) -> None:
    assert section_of(notes, text) is section


def test_a_reported_question_answered_after_an_arrow_is_no_open_point() -> None:
    notes = "Vater fragt, ob sie danach noch studieren kann -> ja, mit Fachabi, erklärt."
    assert section_of(notes, "Vater fragt") is not S.OPEN


@pytest.mark.parametrize(
    ("notes", "text", "sections"),
    [
        ("she sends me the revised CV by Monday", "she sends", {S.AGREEMENTS, S.NEXT_STEPS}),
        ("He phones the garage on Thursday", "He phones", {S.AGREEMENTS, S.NEXT_STEPS}),
        # in English "will" is the future, no wish
        ("He is in Year 10 and will get his certificate in July.", "July", {S.SITUATION, S.OTHER}),
    ],
)
def test_english_steps_and_the_future(notes: str, text: str, sections: set[Section]) -> None:
    assert section_of(notes, text) in sections


def test_pros_and_cons_are_weighed_in_the_talk() -> None:
    notes = (
        "Hr. Brandt überlegt zwischen Bundeswehr und Ausbildung zum Elektroniker\n"
        "Bundeswehr:\n"
        "+ gutes Gehalt ab dem ersten Tag\n"
        "– lange weg von zu Hause\n"
        "Entscheidung noch nicht getroffen\n"
    )
    assert section_of(notes, "überlegt zwischen") is S.CONCERN
    assert section_of(notes, "gutes Gehalt") is S.DISCUSSED
    assert section_of(notes, "lange weg von zu Hause") is S.DISCUSSED
    assert section_of(notes, "Entscheidung noch nicht getroffen") is S.OPEN


def test_only_a_dash_after_a_pro_is_a_con() -> None:
    lines = split_lines("- Bewerbung bei Aldi\n+ Filiale in der Nähe\n- Frühschicht ab 6 Uhr")
    assert [line.weighed for line in lines] == [False, True, True]
    plain = split_lines("- Bewerbung bei Aldi\n- Lebenslauf fehlt")
    assert [line.weighed for line in plain] == [False, False]


@pytest.mark.parametrize(
    ("notes", "text", "section"),
    [
        # a person well organised is a strength; childcare organised is where things stand
        ("Sie ist gut organisiert.", "organisiert", S.STRENGTHS),
        ("Die Betreuung der Kinder ist über die Kita organisiert.", "Betreuung", S.SITUATION),
        ("Klientin ist alleinerziehend.", "alleinerziehend", S.SITUATION),
        ("Reha-Antrag bei der DRV ist gestellt", "Reha-Antrag", S.SITUATION),
        ("She does judo twice a week.", "judo", S.STRENGTHS),
        ("hat einen Youtube-Kanal mit eigenen Videos", "eigenen Videos", S.STRENGTHS),
        # a preference is a wish
        ("lieber etwas im Büro mit festen Zeiten", "lieber", S.CONCERN),
        # "alternativ" before a second occupation is no alternative discussed
        ("Interesse an Tischler, alternativ Zimmerer", "alternativ", S.STRENGTHS),
    ],
)
def test_cue_words_of_the_batch(notes: str, text: str, section: Section) -> None:
    assert section_of(notes, text) is section


def test_the_counsellors_impression_does_not_follow_the_fact_before_it() -> None:
    notes = "Sie malt gern und fotografiert viel. Ich habe den Eindruck, dass sie zögert."
    summary = OfflineSummariser().sort(notes)
    impression = [
        (section, item)
        for section, items in summary.sections()
        for item in items
        if "Eindruck" in item.text
    ]
    assert [(section, item.assessment) for section, item in impression] == [(S.SITUATION, True)]


def test_a_name_right_after_the_command_word_stays_in_the_notes() -> None:
    # "zusammenfassen" on its own line reaches the skill joined to the notes by a space
    typed = "zusammenfassen Fr. Hoffmann, 29, alleinerziehend\nwar Verkäuferin bei dm"
    assert read_request(typed) is None
    asked = read_request("Zusammenfassung für Frau Kaya: 34, will eine Ausbildung machen")
    assert asked is not None
    assert asked.notes == "34, will eine Ausbildung machen"


def test_one_paragraph_with_a_clause_word_after_its_commas_stays_prose() -> None:
    notes = (
        "Sie hat 2019 ihre Ausbildung abgeschlossen. Sie möchte wieder einsteigen, aber nicht "
        "mehr in die Praxis, lieber etwas im Büro. Wir haben über Umschulungen gesprochen."
    )
    assert telegraphic_lines(notes) == notes
    # three phrases on one line are still notes, one a line
    assert telegraphic_lines("Kl. 17, will Koch werden, Bewerbung fehlt noch").count("\n") == 2


def test_came_to_de_is_origin_data() -> None:
    assert is_special("came to DE 2023, B2 since October")
