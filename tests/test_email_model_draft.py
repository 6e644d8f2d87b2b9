"""The model drafter against the fake model API: a draft may fill a placeholder with a value
from the request, but never adds a number or a name, and never drops a fact."""

from __future__ import annotations

from datetime import date

import pytest
from llm_fixtures import (
    FakeAnthropic,
    Scripted,
    fast_settings,
    standalone,
)

from skills.email.extract import extract
from skills.email.llm_drafter import LLMDrafter
from skills.email.model import Purpose

TODAY = date(2027, 1, 20)
REQUEST = "Erinnerung an Frau Dr. Weber: Termin am 4.2. um 16 Uhr, Raum B 104, Tel. 02381 123456"
GOOD = (
    "Betreff: Erinnerung an unseren Termin am 04.02.2027\n\n"
    "Sehr geehrte Frau Dr. Weber,\n\n"
    "ich erinnere Sie gern an unseren Termin am Donnerstag, 4. Februar 2027, um 16:00 Uhr "
    "in Raum B 104 ({address}). Rückfragen gern unter 02381 123456.\n\n"
    "Mit freundlichen Grüßen\n\n[Name der Beraterin / des Beraters]"
)


async def draft_with(fake: FakeAnthropic, answer: str, text: str = REQUEST) -> tuple[str, bool]:
    fake.then(Scripted(text=answer))
    request = extract(text, Purpose.REMINDER, TODAY)
    draft = await LLMDrafter(standalone(fast_settings())).draft(request, "de")
    return draft.body, draft.by_model


async def test_a_faithful_model_draft_is_used_and_labelled_as_model_text(
    fake_anthropic: FakeAnthropic,
) -> None:
    body, by_model = await draft_with(fake_anthropic, GOOD.format(address="[Adresse]"))
    assert by_model is True
    assert "ich erinnere Sie gern" in body


async def test_a_placeholder_filled_with_a_value_from_the_request_is_accepted(
    fake_anthropic: FakeAnthropic,
) -> None:
    text = "Erinnerung an Frau Dr. Weber: Termin am 4.2. um 16 Uhr. Treffpunkt: Haupteingang C"
    # the template cannot place the meeting point: "Ort: [Ort/Link]", the line carried over;
    # the model puts it where the gap was
    answer = (
        "Betreff: Erinnerung an unseren Termin am 04.02.2027\n\n"
        "Sehr geehrte Frau Dr. Weber,\n\nich erinnere Sie an unseren Termin am Donnerstag, "
        "4. Februar 2027, um 16:00 Uhr. Treffpunkt ist der Haupteingang C.\n\n"
        "Mit freundlichen Grüßen\n\n[Name der Beraterin / des Beraters]"
    )
    body, by_model = await draft_with(fake_anthropic, answer, text)
    assert by_model is True
    assert "Haupteingang C" in body
    assert "[Ort/Link]" not in body


async def test_a_gap_dropped_without_a_value_is_not_accepted(
    fake_anthropic: FakeAnthropic,
) -> None:
    text = "Erinnerung an Frau Dr. Weber: Termin am 4.2. um 16 Uhr im Bildungszentrum Hamm"
    answer = (
        "Betreff: Erinnerung an unseren Termin am 04.02.2027\n\n"
        "Sehr geehrte Frau Dr. Weber,\n\nich erinnere Sie an unseren Termin am Donnerstag, "
        "4. Februar 2027, um 16:00 Uhr im Bildungszentrum Hamm.\n\n"
        "Mit freundlichen Grüßen\n\n[Name der Beraterin / des Beraters]"
    )
    # the template wrote "Ort: Bildungszentrum Hamm ([Adresse])": the address is unknown,
    # and the model silently dropped the gap
    body, by_model = await draft_with(fake_anthropic, answer, text)
    assert by_model is False
    assert "[Adresse]" in body


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (("16:00 Uhr", "17:00 Uhr"), "a time the request does not give"),
        (("Raum B 104", "Raum B 105"), "a room number the request does not give"),
        (("Frau Dr. Weber", "Frau Dr. Wegner"), "a name the request does not give"),
        (("Frau Dr. Weber", "Frau Weber"), "a title dropped"),
        (("Rückfragen gern unter 02381 123456.", ""), "a phone number dropped"),
        (("[Adresse]", "Marktplatz 1"), "an address the request does not give"),
    ],
)
async def test_an_unfaithful_model_draft_is_replaced_by_the_template(
    fake_anthropic: FakeAnthropic, change: tuple[str, str], why: str
) -> None:
    answer = GOOD.format(address="[Adresse]").replace(*change)
    body, by_model = await draft_with(fake_anthropic, answer)
    assert by_model is False, why
    assert body.startswith("Sehr geehrte Frau Dr. Weber,")
    assert "Datum: Donnerstag, 4. Februar 2027" in body  # the template draft


OZDEMIR = (
    "Einladung an Herrn Özdemir zum Gespräch am 15.03.2027 um 14 Uhr, Treffpunkt Foyer Haus C"
)
OZDEMIR_DRAFT = (
    "Betreff: Einladung zum Beratungsgespräch am 15.03.2027\n\n"
    "Sehr geehrter Herr Özdemir,\n\ngerne lade ich Sie zu einem Beratungsgespräch am Montag, "
    "15. März 2027, um 14:00 Uhr ein. Treffpunkt ist das Foyer in {place}.\n\n"
    "Mit freundlichen Grüßen\n\n[Name der Beraterin / des Beraters]"
)


async def invitation_with(fake: FakeAnthropic, answer: str) -> tuple[str, bool]:
    fake.then(Scripted(text=answer))
    request = extract(OZDEMIR, Purpose.INVITATION, TODAY)
    draft = await LLMDrafter(standalone(fast_settings())).draft(request, "de")
    return draft.body, draft.by_model


async def test_the_address_gap_filled_with_the_building_from_the_request_is_accepted(
    fake_anthropic: FakeAnthropic,
) -> None:
    body, by_model = await invitation_with(fake_anthropic, OZDEMIR_DRAFT.format(place="Haus C"))
    assert by_model is True
    assert "[Adresse]" not in body


@pytest.mark.parametrize(
    ("place", "why"),
    [
        ("Haus C, Raum 12", "a room number found in neither"),
        ("Haus C bei Frau Schneider", "a name found in neither"),
        ("Haus D", "a building the request does not give, and the gap dropped"),
    ],
)
async def test_a_filled_gap_still_may_not_invent(
    fake_anthropic: FakeAnthropic, place: str, why: str
) -> None:
    body, by_model = await invitation_with(fake_anthropic, OZDEMIR_DRAFT.format(place=place))
    assert by_model is False, why
    assert "Ort: Foyer Haus C\n" in body  # the template draft
