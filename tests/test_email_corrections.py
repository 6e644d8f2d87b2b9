"""A request corrected while it is typed: the draft gives the corrected value, not the slip."""

from __future__ import annotations

import pytest
from test_email_skill import run

from skills.email.corrections import corrected


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "Einladung an Frau Roth am Mittwoch 3.3. um 9 Uhr, Raum 1 – ach nein, nicht Mittwoch "
            "sondern Donnerstag, also 4.3., gleiche Uhrzeit",
            "Einladung an Frau Roth am Donnerstag 4.3. um 9 Uhr, Raum 1",
        ),
        (
            "Erinnerung an Tim: Mo 8.2. 14 Uhr, Korrektur: nicht 14 sondern 15 Uhr, Raum 1.07",
            "Erinnerung an Tim: Mo 8.2. 15 Uhr, Raum 1.07",
        ),
        (
            "invite Ms Haas on Monday 8 Feb – sorry, Tuesday 9 Feb – at 10 am",
            "invite Ms Haas on Tuesday 9 Feb – at 10 am",
        ),
        ("Absage an Frau Kaya für Do 4.3., nein, Fr 5.3.", "Absage an Frau Kaya für Fr 5.3."),
    ],
)
def test_the_corrected_value_takes_the_place_of_the_slip(typed: str, meant: str) -> None:
    assert corrected(typed) == meant


@pytest.mark.parametrize(
    "typed",
    [
        # a change of room restates no earlier value
        "Info an Herrn Ott: Termin morgen findet nicht in Raum 1.12, sondern in Raum 3.01 statt",
        "Einladung für Frau Lutz am 3.3., nicht online sondern bei uns im Haus",
        # a remark after "sorry" is no correction
        "Termin am 3.3. um 10 Uhr – sorry, ich hab den Raum vergessen: 2.14",
    ],
)
def test_what_corrects_no_earlier_value_stays_as_typed(typed: str) -> None:
    assert corrected(typed) == typed


async def test_the_draft_gives_the_corrected_day_and_time_only() -> None:
    result = await run(
        "mail an Frau Roth: Einladung zum Beratungsgespräch am Mittwoch 03.03.2027 um 9 Uhr in "
        "Raum 1 – ach nein, nicht Mittwoch sondern Donnerstag, also 04.03.2027. Korrektur: "
        "nicht 9 sondern 9:30"
    )
    body = str(result.data["subject"]) + "\n" + str(result.data["body"])
    assert "Donnerstag, 4. März 2027" in body
    assert "9:30" in body
    assert "Mittwoch" not in body
    assert "03.03." not in body
    assert "3. März" not in body
