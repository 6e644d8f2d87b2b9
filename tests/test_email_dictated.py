"""A message dictated after its colon, as counsellors type it: its own greeting and sign-off
are the draft's salutation and closing (not a second pair inside the body), a body in "du"
is answered in "du", and a request that opens with "Antwort an …" or "antworte …" leaves
no stray command word in the letter."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.email.skill import EmailSkill


@pytest.mark.parametrize(
    ("text", "said", "not_said"),
    [
        (
            "Mail an Frau Kaya: Hallo Frau Kaya, anbei die Liste der Betriebe. Viele Grüße",
            "anbei die Liste der Betriebe.",
            ["Hallo Frau Kaya", "Viele Grüße"],
        ),
        (
            "Nachricht an Herrn Öz: Sehr geehrter Herr Öz, vielen Dank für Ihre Unterlagen. LG",
            "vielen Dank für Ihre Unterlagen.",
            ["Sehr geehrter Herr Öz,\nSehr geehrter", "LG"],
        ),
        (
            "mail an Jonas: Hi Jonas! Die Anmeldung ist durch.\nBeste Grüße",
            "Anmeldung ist durch.",
            ["Hi Jonas", "Beste Grüße"],
        ),
    ],
)
async def test_a_dictated_greeting_and_sign_off_are_not_said_twice(
    text: str, said: str, not_said: list[str]
) -> None:
    draft = await body_of(text)
    assert said in draft
    for words in not_said:
        assert words not in draft


async def test_a_greeting_naming_someone_not_typed_before_stays() -> None:
    # the names in it are facts the head did not give
    draft = await body_of(
        "Mail an die Eltern von Finn: Liebe Frau und Herr Schmidt, bitte denken Sie an die "
        "Unterschrift."
    )
    assert "Schmidt" in draft
    assert "bitte denken Sie an die Unterschrift" in draft


async def test_a_signed_name_stays() -> None:
    draft = await body_of("Mail an Herrn Becker: Die Unterlagen sind da. Viele Grüße, Sandra")
    assert "Sandra" in draft


@pytest.mark.parametrize(
    ("text", "salutation"),
    [
        ("mail an Tim: hey Tim, denk an morgen 14 Uhr, bring deinen Ausweis mit", "Hallo Tim,"),
        ("Mail an Lea: kannst du mir dein Zeugnis schicken?", "Hallo Lea,"),
    ],
)
async def test_a_body_in_du_is_answered_in_du(text: str, salutation: str) -> None:
    draft = await body_of(text)
    assert salutation in draft
    assert "[Nachname]" not in draft


async def test_a_body_in_sie_stays_in_sie() -> None:
    draft = await body_of("Mail an Frau Kaya: können Sie mir Ihr Zeugnis schicken?")
    assert "Sehr geehrte Frau Kaya" in draft


@pytest.mark.parametrize(
    "text",
    [
        "Antwort an Frau Berger: vielen Dank für Ihre Nachricht, der 5.2. um 13 Uhr passt",
        "antworte Herrn Klein, dass die Unterlagen vollständig sind",
        "reply to Ms Brown: the documents arrived, thank you",
    ],
)
async def test_an_answer_leaves_no_stray_command_word(text: str) -> None:
    draft = await body_of(text, "en" if text.startswith("reply") else "de")
    lines = [line.strip("- ").casefold() for line in draft.splitlines()]
    assert not any(line.startswith(("antwort", "reply")) for line in lines)


def test_a_lower_case_name_before_a_colon_is_an_email_request() -> None:
    # "schreib lea: …" was "nicht verstanden"
    text = "schreib lea: Hi Lea! Wie war das Praktikum? Meld dich mal"
    assert OfflineIntentClassifier().score(text, EmailSkill()) >= THRESHOLD


@pytest.mark.parametrize(
    "text",
    ["Was für eine Note braucht man für die Polizei?", "Welche Note braucht man für die Polizei?"],
)
def test_the_german_grade_is_no_english_note(text: str) -> None:
    # "Note" (a grade) was read as the English "note" (a message): the purpose menu came
    assert OfflineIntentClassifier().score(text, EmailSkill()) < THRESHOLD


def test_an_english_note_to_someone_is_still_a_mail() -> None:
    text = "write a note to Mr Brown about the appointment"
    assert OfflineIntentClassifier().score(text, EmailSkill()) >= THRESHOLD
