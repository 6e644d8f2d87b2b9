"""Requests typed fast between two sessions: a first name and surname with no Frau/Herr, in
any case ("mail an marie hoffmann: …"), a bracket after the addressee with no comma before the
request ("Frau X (Sekretariat) bitte um …"), and places typed in lower case or English ("im
berufskolleg", "in raum c 7", "at the careers centre Dortmund")."""

from __future__ import annotations

import pytest
from test_email_skill import body_of

from skills.email.bracket_head import bracket_closed
from skills.email.clauses import clause_spans
from skills.email.full_name import addressed_full_name
from skills.email.parties import could_be_surname
from skills.email.places import find_place
from skills.email.routing import evidence
from skills.email.slips import slip_fixed


async def test_a_lower_case_full_name_is_greeted_whole() -> None:
    body = await body_of("mail an marie hoffmann: der infotag am 4.3. beginnt erst um 10 uhr")
    assert "Guten Tag Marie Hoffmann," in body
    assert "[Vorname Nachname]" not in body
    assert not any(line.strip().lower() == "marie hoffmann" for line in body.splitlines())


async def test_per_du_the_first_name_is_said_and_the_surname_is_no_line() -> None:
    body = await body_of("schreib an paul wagner du form: der bewerbungstag ist am 9.2.")
    assert "Hallo Paul," in body
    assert not any(line.strip() in ("Wagner", "paul wagner du form") for line in body.splitlines())


async def test_a_capitalised_full_name_per_du_keeps_the_first_name() -> None:
    body = await body_of("Schreib Tobias Krüger per du, dass das Praktikum am 1.3. beginnt")
    assert "Hallo Tobias," in body
    assert "Hallo Krüger" not in body
    assert not any(line.strip() == "Tobias" for line in body.splitlines())


async def test_an_english_informal_full_name() -> None:
    body = await body_of(
        "write to maria santos (informal) the careers fair is on 5 March", language="en"
    )
    assert "Hi Maria," in body
    assert "maria santos" not in body


def test_an_order_to_write_to_a_full_name_is_an_email() -> None:
    assert evidence("schreib tobias krüger per du er soll bis montag das zeugnis schicken") >= 2.0


@pytest.mark.parametrize(
    "text",
    [
        "schreib lena kurz, dass der termin ausfällt",  # "kurz" is no surname
        "mail an tim morgen: der termin fällt aus",
        "mail an Elif Schule: x",
        "Einladung an Lena Bescheid geben, dass …",
        "mail an herrn peters termin am 3.2.",  # a titled name is read elsewhere
    ],
)
def test_no_full_name_where_the_second_word_is_a_word(text: str) -> None:
    assert addressed_full_name(text, could_be_surname) is None


async def test_a_lower_case_double_surname_is_written_with_capitals() -> None:
    body = await body_of("mail an herrn meier-brandt: danke für die schnelle antwort")
    assert "Sehr geehrter Herr Meier-Brandt," in body


@pytest.mark.parametrize(
    ("typed", "closed"),
    [
        (
            "Frau Kühn (Sekretariat Realschule) bitte um Rückruf",
            "Frau Kühn (Sekretariat Realschule), bitte um Rückruf",
        ),
        (
            "an hr. brückner (tischlerei) können Sie Ali nehmen",
            "an hr. brückner (tischlerei), können Sie Ali nehmen",
        ),
        ("Mr. Hale (Hale Metalwork) could you", "Mr. Hale (Hale Metalwork), could you"),
    ],
)
def test_a_bracket_that_ends_the_addressing_gets_its_comma(typed: str, closed: str) -> None:
    assert bracket_closed(typed) == closed


@pytest.mark.parametrize(
    "typed",
    [
        "Einladung an Herrn Kaya (Autohaus Kaya) zum Probetag am 3.3.",
        "Herrn Vogt (Schreinerei Vogt), bitte um Rückruf",  # the comma is there
        "Termin (Raum 2) bitte bestätigen",  # no person before the bracket
    ],
)
def test_other_brackets_stay_as_typed(typed: str) -> None:
    assert bracket_closed(typed) == typed


async def test_the_request_after_a_bracket_is_kept_whole() -> None:
    body = await body_of(
        "mail an Herrn Brückner (Tischlerei Brückner) können Sie Ali am 9.2. kennenlernen?"
    )
    assert "können Sie Ali" in body


async def test_an_english_request_after_a_bracket_is_kept_whole() -> None:
    body = await body_of(
        "Mr. Hale (Hale Metalwork) could you confirm the start date of 1 March", language="en"
    )
    assert "could you confirm the start date" in body


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Termin am 20.01. um 9 Uhr im berufskolleg", "Berufskolleg"),
        ("treffen im ausbildungszentrum der handwerkskammer", "Ausbildungszentrum"),
        ("appointment at 10 am at the careers centre Dortmund", "careers centre Dortmund"),
        ("meeting at the Careers Center Unna on Monday", "Careers Center Unna"),
    ],
)
def test_a_venue_typed_in_lower_case_or_english_is_the_place(text: str, venue: str) -> None:
    place, _ = find_place(text)
    assert place is not None
    assert place.venue == venue


@pytest.mark.parametrize(
    "text", ["Ausbildung im handwerk am 3.2.", "wir treffen uns im zentrum", "in der schule"]
)
def test_a_field_of_work_or_a_bare_ending_is_no_venue(text: str) -> None:
    place, _ = find_place(text)
    assert place is None or place.venue is None


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("termin 3.2. 10 uhr in raum c 7", "C 7"),
        ("treffen im forum", "Forum"),
        ("the workshop is in the library", "Library"),
    ],
)
def test_a_room_typed_in_lower_case(text: str, room: str) -> None:
    place, _ = find_place(text)
    assert place is not None
    assert place.room == room


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("shcreib herrn lang, dass es klappt", "schreib herrn lang, dass es klappt"),
        ("schrieb frau ott: danke", "schrieb frau ott: danke"),  # a form of the verb
        ("schreibt frau ott mir, dass …", "schreibt frau ott mir, dass …"),
    ],
)
def test_the_order_to_write_typed_with_a_slip(typed: str, fixed: str) -> None:
    assert slip_fixed(typed) == fixed


async def test_a_slipped_order_to_write_is_no_line_of_the_letter() -> None:
    body = await body_of("shcreib herrn lang, die messe am 4.2. beginnt um 9 uhr")
    assert "Sehr geehrter Herr Lang," in body
    assert "shcreib" not in body


async def test_a_noun_after_a_titled_name_is_no_surname() -> None:
    body = await body_of("Erinnerung Herr Udeh Anmeldeschluss Sprachkurs am 12.02.")
    assert "Sehr geehrter Herr Udeh," in body


async def test_an_english_title_typed_in_lower_case() -> None:
    body = await body_of("email to mrs nowak: the info session starts at 9", language="en")
    assert "Dear Mrs Nowak," in body


async def test_a_time_typed_together_with_am_before_a_room() -> None:
    body = await body_of(
        "confirm the appointment for Ms. Ito on 22 Jan 9am room 1.10", language="en"
    )
    assert "Time: 09:00" in body


def test_a_person_with_a_bracket_then_a_request_is_an_email() -> None:
    text = "herr lindqvist (praxisanleiter) bitte den dienstplan für ella schicken"
    assert evidence(text) >= 2.0


@pytest.mark.parametrize(
    "text",
    [
        "Frau Sommer schreibt mir, dass sie am 25.01. verhindert ist. Bitte Absage an sie",
        "Herr Diallo hat mir heute gesagt, dass er am 25.01. nicht kann. Absage an ihn bitte",
    ],
)
async def test_what_someone_wrote_or_said_is_not_told_back_to_them(text: str) -> None:
    body = await body_of(text)
    assert "mitteilen, dass" not in body
    assert "am 25.01." in body or "25. Januar 2027" in body


def test_a_reported_clause_is_no_clause_to_tell() -> None:
    assert clause_spans("Er schreibt mir, dass er krank ist") == []
    assert clause_spans("schreib ihm, dass er krank ist") != []
