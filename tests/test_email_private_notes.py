"""What the counsellor notes for themselves in a request ("– das ist nur für mich, nicht in die
Mail", "(intern: …)", "just for me") stays out of the letter and is shown beside it: never sent,
never lost, and never part of what a model is given."""

from __future__ import annotations

import pytest
from test_email_skill import copyable, run, shown

from skills.email.private import set_aside


@pytest.mark.parametrize(
    ("request_text", "note", "kept"),
    [
        (
            "Einladung Erstgespräch für Herrn Al-Hassan, 19.1. 11:30, bitte Dolmetscher "
            "(Arabisch) einplanen – das ist nur für mich, nicht in die Mail",
            "bitte Dolmetscher (Arabisch) einplanen",
            "Einladung Erstgespräch für Herrn Al-Hassan, 19.1. 11:30",
        ),
        (
            "mail an lea: termin morgen 9 uhr, sie kommt mit mutter "
            "(intern: jugendamt informiert)",
            "jugendamt informiert",
            "mail an lea: termin morgen 9 uhr, sie kommt mit mutter",
        ),
        (
            "Erinnerung an Frau Kaya: Termin 20.1. 10 Uhr. Nur für mich: sie war zweimal nicht da",
            "sie war zweimal nicht da",
            "Erinnerung an Frau Kaya: Termin 20.1. 10 Uhr.",
        ),
        (
            "remind Mr Osei of his appointment on 3 Feb at 10, check his residence permit - "
            "just for me, not in the email",
            "check his residence permit",
            "remind Mr Osei of his appointment on 3 Feb at 10",
        ),
    ],
)
def test_a_note_for_oneself_is_set_aside(request_text: str, note: str, kept: str) -> None:
    aside = set_aside(request_text)
    assert aside.notes == (note,)
    assert aside.text == kept


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Frau Becker: Der Termin ist intern im Raum 2.14",
        "Einladung an Tom: Workshop am 3.2., nur für Mitglieder der Gruppe B",
    ],
)
def test_words_that_only_look_like_a_marker_stay(request_text: str) -> None:
    assert set_aside(request_text).notes == ()


async def test_the_note_is_shown_beside_the_draft_not_in_it() -> None:
    result = await run(
        "Einladung Erstgespräch für Herrn Al-Hassan, 19.1. 11:30, bitte Dolmetscher "
        "(Arabisch) einplanen – das ist nur für mich, nicht in die Mail"
    )
    assert "Dolmetscher" not in copyable(result)
    assert (
        "Nur für Sie, nicht in den Entwurf übernommen: bitte Dolmetscher (Arabisch) einplanen"
        in (shown(result))
    )
