"""A "dass" clause about the addressee is told to them, every part of it: "dass wir ihm keinen
Platz anbieten können und er auf der Warteliste steht" reads "… Ihnen … und Sie auf der
Warteliste stehen" in a mail to Herrn Brandt. Whose pronoun it is stays unguessed where
another person could be meant ("dass Emre sein Praktikum beginnt")."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from skills.email.told import told_clause


@pytest.mark.parametrize(
    ("request_text", "told"),
    [
        (
            "Schreib Herrn Brandt, dass wir ihm leider keinen Platz anbieten können und er "
            "auf der Warteliste steht.",
            "dass wir Ihnen leider keinen Platz anbieten können und Sie auf der Warteliste "
            "stehen.",
        ),
        (
            "Schreib Tom (du), dass sein Termin beim Fotografen am Mittwoch um 15 Uhr ist und "
            "er ein Hemd anziehen soll.",
            "dass dein Termin beim Fotografen am Mittwoch (27.01.2027) um 15 Uhr ist und du "
            "ein Hemd anziehen sollst.",
        ),
        (
            "Schreib Lea per du, dass sie ihren Vertrag bis Freitag unterschreiben muss und "
            "wir ihr gern helfen.",
            "dass du deinen Vertrag bis Freitag (22.01.2027) unterschreiben musst und wir dir "
            "gern helfen.",
        ),
        (
            # a woman named beside a first name says nothing of the addressee's gender
            "Schreib Jonas, dass er die Zusage bekommen hat und sich bei Frau Berg melden soll.",
            "dass Sie die Zusage bekommen haben und sich bei Frau Berg melden sollen.",
        ),
        (
            # "Mail an …, dass": a message; the clause that depends on it is told with it
            "Mail an Herrn Öz, dass Frau Lenz ihn morgen anruft, wenn er Zeit hat.",
            "dass Frau Lenz Sie morgen (21.01.2027) anruft, wenn Sie Zeit haben.",
        ),
    ],
)
async def test_every_part_of_the_clause_is_told_to_the_addressee(
    request_text: str, told: str
) -> None:
    draft = await body_of(request_text)
    assert told in draft
    assert "Weitere Hinweise" not in draft  # nothing of the clause left over


async def test_a_pronoun_another_person_may_own_is_left_as_typed() -> None:
    draft = await body_of(
        "Schreib Herrn Krause, dass Emre sein Praktikum am 1.2. beginnt und ihn vorher anruft."
    )
    assert "dass Emre sein Praktikum am 1.2. beginnt und ihn vorher anruft." in draft


@pytest.mark.parametrize(
    ("clause", "told"),
    [
        (
            "ihr praktikum bei der kita am 1.2. startet",
            "dein praktikum bei der kita am 1.2. startet",
        ),
        ("er pünktlich sein soll", "du pünktlich sein sollst"),
        (
            "er morgen kommt und sein Zeugnis mitbringt",
            "du morgen kommst und dein Zeugnis mitbringst",
        ),
    ],
)
def test_possessives_and_the_verb_sein_are_told_apart(clause: str, told: str) -> None:
    assert (
        told_clause(clause, True, frozenset({"er"} if " er " in f" {clause} " else {"sie"}))
        == told
    )


def test_an_unknown_verb_leaves_the_clause_as_typed() -> None:
    assert told_clause("er die Firma anschreibt", False, frozenset({"er"})) is None


def test_an_english_clause_is_told_in_english() -> None:
    told = told_clause("he can do the trial day on 18 January", False, frozenset({"he"}))
    assert told == "you can do the trial day on 18 January"


async def test_an_english_that_clause_about_a_third_person_is_drafted() -> None:
    draft = await body_of(
        "write to the HR team at Lidl Logistik (Ms Schröder) that our client Mr Koffi can do "
        "the trial day on 18 January instead of the 15th because of his language course",
        "en",
    )
    assert "Mr Koffi" in draft or "Mr. Koffi" in draft
