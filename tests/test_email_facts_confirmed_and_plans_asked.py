"""What the mail is about: a fact confirmed by the noun ("Bestätigung an …, dass …") is no
appointment confirmed; a place confirmed in English is said as the addressee's place; an
English clause about a first-named addressee is told to them ("she has" → "you have"); a
client's own plan asked in a mail is asked of them and refused as no verdict."""

from __future__ import annotations

import pytest
from test_email_skill import run

from bot.policy.judgement import is_decision_request
from skills.email.routing import evidence

# --- a fact confirmed by the noun ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Bestätigung an Frau Ahrens, dass sie die Zwischenprüfung bestanden hat",
            "Hiermit bestätige ich Ihnen, dass Sie die Zwischenprüfung bestanden haben.",
        ),
        (
            "bestätigung an malte (du), dass der antrag auf BAB eingegangen ist",
            "Hiermit bestätige ich dir, dass der antrag auf BAB eingegangen ist.",
        ),
        (
            "Schreib Herrn Wolff eine kurze Bestätigung, dass er in den Kurs aufgenommen wurde",
            "Hiermit bestätige ich Ihnen, dass Sie in den Kurs aufgenommen wurden.",
        ),
    ],
)
async def test_a_fact_confirmed_by_the_noun_is_told_not_an_appointment(
    text: str, said: str
) -> None:
    result = await run(text)
    body = str(result.data["body"])
    assert result.data["purpose"] == "message"
    assert "Termin" not in body
    assert "Uhrzeit" not in body
    assert said.lower() in body.lower()


async def test_the_noun_with_an_appointment_still_confirms_the_appointment() -> None:
    result = await run("Bestätigung an Frau Ahrens für unseren Termin am 21.1. um 10 Uhr")
    assert result.data["purpose"] == "confirmation"


async def test_an_english_fact_confirmed_to_a_named_person_is_told() -> None:
    result = await run(
        "please confirm to Ms. Baker that we have received her payslips", language="en"
    )
    body = str(result.data["body"])
    assert result.data["purpose"] == "message"
    assert "I can confirm that we have received your payslips." in body
    assert "appointment" not in body


# --- a place confirmed in English ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("confirm Jana's place on the forklift course", "your place on the forklift course"),
        ("confirm the place for Mr. Dede in the IT course", "your place in the IT course"),
    ],
)
async def test_a_place_confirmed_in_english_says_the_place(text: str, said: str) -> None:
    body = str((await run(text, language="en")).data["body"])
    assert f"I am pleased to confirm {said}." in body
    assert "\nconfirm\n" not in body


# --- an English clause told to a first-named addressee ------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "let Chiara know that she has to renew her bus pass",
            "you have to renew your bus pass",
        ),
        (
            "tell Ben that his trial day is on Friday and he should bring his safety shoes",
            "your trial day is on Friday",
        ),
        ("confirm to Mr. Ode that he passed the theory test", "you passed the theory test"),
    ],
)
async def test_an_english_clause_is_told_to_the_addressee(text: str, said: str) -> None:
    body = str((await run(text, language="en")).data["body"])
    assert said in body
    assert [word for word in (" she ", " his ", " he ") if word in body] == []


def test_a_lower_case_first_name_before_that_is_an_addressee() -> None:
    assert evidence("tell finn that he needs to bring his id tomorrow") > 0


# --- a client's own plan asked in a mail -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Schreib Ole, ob er die Lehre nach der Probezeit abbrechen will",
        "Mail an Frau Kurz, ob sie die Umschulung wirklich beenden möchte",
        "schreib nils ob er noch vorhat, das Fachabi nachzuholen",
    ],
)
def test_a_plan_of_the_client_asked_of_them_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Schreib Ole, ob er die Lehre nach der Probezeit abbrechen sollte",
        "sag Frau Kurz ehrlich, ob sie die Umschulung schafft",
    ],
)
def test_a_verdict_asked_in_a_mail_stays_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mail an Herrn Arslan, ob er nach dem Abschluss eine Weiterbildung plant",
            "ob Sie nach dem Abschluss eine Weiterbildung planen",
        ),
        (
            "Schreib Tarek, ob er den Kurs wechseln möchte, dann trage ich ihn um",
            "ob Sie den Kurs wechseln möchten, dann trage ich Sie um",
        ),
    ],
)
async def test_a_plan_asked_in_the_third_person_is_asked_of_the_addressee(
    text: str, said: str
) -> None:
    assert said in str((await run(text)).data["body"])
