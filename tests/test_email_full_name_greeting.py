"""A client named by first name and surname without "Frau"/"Herr" is greeted by both names
("Guten Tag Malte Krüger,", no gender guessed) and, in a "du" mail, by the first name alone
("Hallo Malte,"): never by the surname ("Hallo Krüger,"), and the full name is not carried as
a stray line under the draft."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from skills.email.parties import find_addressee


@pytest.mark.parametrize(
    ("request_text", "greeting"),
    [
        ("Mail an Malte Krüger per du: Termin am 22.03.2027 um 9 Uhr bestätigen", "Hallo Malte,"),
        ("Sag Selin Aydın per Du ab, das Treffen am 22.03. um 14 Uhr fällt aus", "Hallo Selin,"),
        ("schreib Paula Brandt per du, dass der Workshop am 22.03.2027 ausfällt", "Hallo Paula,"),
        (
            "Erinnere Timo Vogel an den Termin am 22.03.2027 um 10 Uhr, per du bitte",
            "Hallo Timo,",
        ),
    ],
)
async def test_a_du_mail_greets_the_first_name_of_a_full_name(
    request_text: str, greeting: str
) -> None:
    draft = await body_of(request_text)
    assert greeting in draft
    surname = request_text.split(greeting[6:-1])[1].split()[0]
    assert surname not in draft  # neither greeted nor carried as a line "Malte Krüger"


async def test_a_full_name_without_honorific_is_greeted_by_both_names() -> None:
    draft = await body_of("Bestätige Malte Krüger den Termin am 22.03.2027 um 9 Uhr")
    assert "Guten Tag Malte Krüger," in draft
    assert "[Vorname Nachname]" not in draft


def test_the_first_name_and_surname_are_read_apart() -> None:
    addressee, _ = find_addressee("Lade Nora Schulz per du zum Infotag am 3.3. ein")
    assert addressee.first_name == "Nora"
    assert [person.surname for person in addressee.people] == ["Schulz"]


def test_a_noun_after_a_first_name_is_no_surname() -> None:
    addressee, _ = find_addressee("Erinnere Nora per du an den Termin, Unterlagen mitbringen")
    assert addressee.first_name == "Nora"
    assert addressee.people == ()
