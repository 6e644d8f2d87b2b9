"""A statement about the addressee typed in the third person ("Zusage an Frau Yilmaz: sie hat
den Platz …") is told to them ("Sie haben den Platz …"), never about someone else; a pronoun
of another gender or an unknown verb leaves the words as typed."""

from __future__ import annotations

import pytest
from test_email_skill import body_of, copyable, run, shown

from skills.email.addressed import addressed_statement


async def test_a_statement_after_the_colon_is_told_to_the_addressee() -> None:
    draft = await body_of(
        "Zusage an Frau Yilmaz: sie hat den Platz im Bewerbungstraining ab 01.03.2027, "
        "immer montags 9-12 Uhr, Raum 2.08"
    )
    assert "Sie haben den Platz im Bewerbungstraining ab 01.03.2027" in draft
    assert "sie hat" not in draft


async def test_an_english_that_clause_is_told_to_the_addressee() -> None:
    draft = await body_of(
        "write to Mrs. Lee that she got the place in the coaching group, we will contact "
        "her when the dates are fixed",
        language="en",
    )
    assert "you got the place in the coaching group, we will contact you when" in draft
    assert "she got" not in draft


@pytest.mark.parametrize(
    ("clause", "du", "pronouns", "told"),
    [
        ("er hat am 03.02. einen Termin", False, {"er"}, "Sie haben am 03.02. einen Termin"),
        (
            "sie ist angemeldet, ihre Unterlagen liegen vor",
            False,
            {"sie"},
            "Sie sind angemeldet, Ihre Unterlagen liegen vor",
        ),
        ("er hat seinen Vertrag", True, {"er"}, "du hast deinen Vertrag"),
        (
            "he has an interview, he should bring his CV",
            False,
            {"he"},
            "you have an interview, you should bring your CV",
        ),
    ],
)
def test_the_addressee_s_statement(clause: str, du: bool, pronouns: set[str], told: str) -> None:
    assert addressed_statement(clause, du, frozenset(pronouns)) == told


@pytest.mark.parametrize(
    ("clause", "pronouns"),
    [
        ("sie hat den Platz", {"er"}),  # another person
        ("sie hat den Platz", {"er", "sie"}),  # whose, unknown
        ("er fährt morgen hin", {"er"}),  # a verb whose form is not certain here
        ("er hat den Platz, er fährt morgen hin", {"er"}),  # never half told
        ("die Maßnahme hat begonnen", {"sie"}),
        # a note to the writer, not a sentence of the letter
        ("er ist hörgeschädigt, bitte erwähnen, dass eine Dolmetscherin da ist", {"er"}),
    ],
)
def test_what_is_not_the_addressee_s_stays(clause: str, pronouns: set[str]) -> None:
    assert addressed_statement(clause, False, frozenset(pronouns)) is None


def test_another_s_possessive_stays() -> None:
    assert addressed_statement("er hat ihre Unterlagen", False, frozenset({"er"})) == (
        "Sie haben ihre Unterlagen"
    )


async def test_a_told_statement_leaves_no_piece_of_its_typed_words_behind() -> None:
    draft = await body_of(
        "Könnten Sie mir eine Mail an Frau Hülsmann formulieren? Sie hatte nach dem Termin beim "
        "Berufspsychologischen Service gefragt: der ist am 10.02.2027 um 8:15 Uhr in der Agentur "
        "für Arbeit Hamm, Zimmer 314, Brille und Stifte mitbringen"
    )
    assert "Sie hatten nach dem Termin" in draft
    assert "Sie hatte\n" not in draft


async def test_a_mail_to_an_organisation_reports_no_salutation_by_gender() -> None:
    result = await run(
        "Mail an Agentur für Arbeit Hamm, Team Berufsberatung: bitte Beratungsvermerk für "
        "Frau Aydin (Kundennummer 123D456789) an mich schicken"
    )
    assert "Sehr geehrte Damen und Herren," in copyable(result)
    assert "Anrede „Frau“" not in shown(result)
