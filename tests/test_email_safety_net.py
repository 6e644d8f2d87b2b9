"""The last check of a template draft: whatever a template turns into other words or leaves
out, a fact of the request ends up in the draft as typed, and nothing else is added."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from skills.email.classify import classify
from skills.email.drafter import TemplateDrafter
from skills.email.extract import extract
from skills.email.model import EmailDraft, EmailRequest, Purpose
from skills.email.safety import still_lacking

TODAY = date(2027, 1, 11)


def _request(text: str) -> EmailRequest:
    purpose = classify(text)
    assert purpose is not None
    return extract(text, purpose, TODAY)


def test_a_fact_written_out_is_not_lacking_but_a_dropped_one_is() -> None:
    request = _request("Einladung an Frau Dr. Brandt am 3.3.2027 um 10 Uhr in Raum 2.14")
    finished = (
        "Sehr geehrte Frau Brandt,\nDatum: Mittwoch, 3. März 2027\nUhrzeit: 10:00 Uhr\n"
        "Ort: Raum 2.14"
    )
    # the date and time are said in other words; the title is gone: carried as typed
    assert still_lacking(request, finished, request.consumed, []) == ["Dr. Brandt"]


def test_the_addressee_and_steps_are_checked_word_for_word() -> None:
    request = _request(
        "Nachbereitung an Herrn Polat: 1) Praktikum bei Autohaus Berger anfragen "
        "2) Lebenslauf bis 20.01. schicken"
    )
    finished = "Guten Tag Herr Polat,\n- Lebenslauf bis 20.01. schicken\n"
    lacking = still_lacking(request, finished, request.consumed, [])
    assert lacking == ["Praktikum bei Autohaus Berger anfragen"]


def test_what_is_carried_already_is_not_carried_twice() -> None:
    request = _request("Erinnerung an Frau Dr. Brandt, Termin am 3.3.2027 um 10 Uhr")
    finished = "Sehr geehrte Frau Brandt,\nam Mittwoch, 3. März 2027, um 10:00 Uhr\n"
    assert still_lacking(request, finished, request.consumed, ["Dr. Brandt"]) == []


class _LossyDrafter(TemplateDrafter):
    """A template that greets without the title and leaves the first step out, as a rewrite
    might."""

    def _render(self, request: EmailRequest, language: str, translate: bool) -> EmailDraft:
        people = tuple(replace(person, title="") for person in request.addressee.people)
        request = replace(
            request,
            addressee=replace(request.addressee, people=people),
            steps=request.steps[1:],
        )
        return super()._render(request, language, translate)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Einladung an Frau Dr. Brandt am 3.3.2027 um 10 Uhr", "Dr. Brandt"),
        (
            "Nachbereitung an Herrn Polat: 1) Praktikum bei Autohaus Berger anfragen "
            "2) Lebenslauf bis 20.01. schicken",
            "Praktikum bei Autohaus Berger anfragen",
        ),
    ],
)
async def test_a_fact_a_template_drops_is_carried_into_the_draft(text: str, kept: str) -> None:
    draft = await _LossyDrafter().draft(_request(text), "de")
    assert kept in draft.body
    assert kept in draft.carried


@pytest.mark.parametrize(
    "text",
    [
        "Einladung an Frau Dr. Brandt am 3.3.2027 um 10 Uhr",
        "Nachbereitung an Herrn Polat: 1) Praktikum bei Autohaus Berger anfragen "
        "2) Lebenslauf bis 20.01. schicken",
        "Absage an Herrn Kurz, Termin 4.2. 9:30 entfällt, Ersatz am 11.2. gleiche Zeit",
    ],
)
async def test_the_net_carries_only_what_the_request_typed(text: str) -> None:
    draft = await _LossyDrafter().draft(_request(text), "de")
    assert all(piece in text for piece in draft.carried)


def test_a_purpose_word_stays_the_templates_own() -> None:
    request = _request("Terminbestätigung für Frau Amin, 3.3.2027 um 10 Uhr")
    finished = (
        "Sehr geehrte Frau Amin,\nhiermit bestätige ich Ihren Termin am 3. März 2027 um 10:00 Uhr."
    )
    assert request.purpose is Purpose.CONFIRMATION
    assert still_lacking(request, finished, request.consumed, []) == []


async def test_a_name_taken_for_the_addressee_but_not_greeted_is_carried() -> None:
    # the email goes to a company ("Damen und Herren"); the trainee's first name was read as
    # the addressee's and no template slot said it
    text = "Kurzes Anschreiben an den Betrieb Dachbau Ernst wegen Praktikum für Malte"
    draft = await TemplateDrafter().draft(extract(text, Purpose.MESSAGE, TODAY), "de")
    assert "Malte" in draft.body
