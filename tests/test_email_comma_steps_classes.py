"""What a request asks after a comma ("mail an Frau X, bitte um Rückruf …"), the client's own
step told in the third person ("Herr X möchte seinen Termin … absagen"), a school class as the
addressee ("an die Klasse 8a", "message to year 9"), and a purpose word typed with a slip
("erinnrung", "absge", "bestaetigun", "remnder")."""

from __future__ import annotations

from datetime import date

import pytest
from test_email_skill import body_of, run

from skills.email.classify import classify
from skills.email.dates import find_dates
from skills.email.model import Purpose, Role
from skills.email.parties import find_addressee
from skills.email.routing import evidence
from skills.email.slips import slip_fixed
from skills.email.their_step import others_step

# --- after a comma ---------------------------------------------------------------------------


async def test_what_is_asked_after_a_comma_keeps_its_words() -> None:
    draft = await body_of("Mail an Frau Ebert, bitte um Rückruf unter 02381 667788")
    assert "bitte um Rückruf unter 02381 667788" in draft
    english = await body_of("email Ms. Mensah, please ring me back on 02381 334455", "en")
    assert "please ring me back on 02381 334455" in english


@pytest.mark.parametrize(
    "request_text",
    [
        "Mail an Herrn Albers, bitte um Rückmeldung zum Praktikumsvertrag",
        "mail hr. kowalczyk, bitte kurz zurückmelden",
    ],
)
async def test_a_short_ask_after_the_addressee_is_drafted_not_asked_about(
    request_text: str,
) -> None:
    result = await run(request_text)
    assert result.data.get("purpose") == "message"
    assert request_text.split(", ", 1)[1] in str(result.data["body"])


async def test_a_dass_clause_after_the_comma_is_still_told_as_a_sentence() -> None:
    draft = await body_of("Mail an Frau Ebert, dass die Bescheinigung fertig ist")
    assert "dass die Bescheinigung fertig ist" in draft
    assert "\nSehr geehrte Frau Ebert,\n\ndass" not in draft


# --- the client's own step --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "purpose"),
    [
        (
            "write to Ms. Eze, she wants to move her appointment on 9 March to the week after",
            Purpose.RESCHEDULING,
        ),
        ("reply to Mr. Ali: he'd like to reschedule his session on 4 March", Purpose.RESCHEDULING),
        ("herr lorenz möchte den termin am 3.3. absagen, schreib ihm", Purpose.CANCELLATION),
    ],
)
def test_the_clients_own_step_is_theirs(request_text: str, purpose: Purpose) -> None:
    assert classify(request_text) is purpose
    assert others_step(request_text, purpose)


async def test_the_clients_own_step_is_told_to_them_not_drafted_as_ours() -> None:
    draft = await body_of(
        "Frau Lindner möchte ihren Termin am 24.02. absagen, schreib ihr, dass das ok ist"
    )
    assert "Sie möchten Ihren Termin am 24.02. absagen" in draft
    assert "dass das ok ist" in draft
    assert "muss ich" not in draft
    english = await body_of(
        "write to Mr. Osei, he wants to move his appointment on 9 March to the week after", "en"
    )
    assert "you want to move your appointment on 9 March to the week after" in english
    assert "has to be rescheduled" not in english


async def test_an_order_to_the_writer_is_not_told_half_in_the_second_person() -> None:
    draft = await body_of(
        "mail Ms. Park, she cancelled her session on 3 March, say no problem and ask her to "
        "call me",
        "en",
    )
    assert "ask you" not in draft


def test_a_weekday_followed_by_its_date_is_one_day() -> None:
    mentions, _ = find_dates("tell her Tuesday, Mar 9 works", date(2027, 3, 1))
    assert date(2027, 3, 9) in [m.day for m in mentions]


async def test_a_weekday_with_its_date_gets_no_other_date_beside_it() -> None:
    draft = await body_of("message to Ms. Park: the workshop is Tuesday Feb 9 at 10", "en")
    assert "Tuesday Feb 9" in draft


# --- a school class ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("request_text", "group"),
    [
        ("Mail an die Klasse 8a: Bewerbungstraining am 12.02. um 10 Uhr", "der Klasse 8a"),
        ("nachricht an die 10b (du): morgen fällt die AG aus", "der Klasse 10b"),
        ("message to year 9: the talk moves to room 204", "des Jahrgangs 9"),
    ],
)
def test_a_school_class_is_addressed_as_its_pupils(request_text: str, group: str) -> None:
    addressee, _ = find_addressee(request_text)
    assert addressee.role is Role.GROUP
    assert addressee.pupils
    assert addressee.group == group


async def test_a_class_is_greeted_as_pupils_and_not_carried_as_a_line() -> None:
    draft = await body_of("Mail an die Klasse 8a: Bewerbungstraining am 12.02. um 10 Uhr")
    assert "\nLiebe Schülerinnen und Schüler der Klasse 8a,\n" in draft
    english = await body_of("message to class 7d: the library trip is on 3 March", "en")
    assert "\nDear students (class 7d),\n" in english
    assert "\nclass 7d\n" not in english


@pytest.mark.parametrize(
    "request_text",
    [
        "invite class 9a to the careers fair on 10 March at 9am",
        "message to the evening course group C1: bring your certificates on 2 March",
    ],
)
def test_a_class_or_group_written_to_is_an_email(request_text: str) -> None:
    assert evidence(request_text) >= 1.0


async def test_a_described_group_is_greeted_by_its_name() -> None:
    english = await body_of(
        "message to the evening course group C1: bring your certificates on 2 March", "en"
    )
    assert "Dear participants (evening course group C1)," in english


# --- a slip in the purpose word -------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("erinnrung an herrn kaya: termin am 3.3.", "erinnerung an herrn kaya: termin am 3.3."),
        ("absge an frau berg für morgen", "absage an frau berg für morgen"),
        ("bestaetigun für frau berg: 3.3. passt", "bestätigung für frau berg: 3.3. passt"),
        ("Remnder to Mr. Cole: 3 March at 2pm", "Reminder to Mr. Cole: 3 March at 2pm"),
        ("mail einladnug an frau berg", "mail einladung an frau berg"),
    ],
)
def test_a_purpose_word_with_one_slip_is_read_as_meant(typed: str, meant: str) -> None:
    assert slip_fixed(typed) == meant


@pytest.mark.parametrize(
    "typed", ["absagen an frau berg", "abgabe bis freitag", "anlage zum vertrag", "Absage an X"]
)
def test_a_word_written_right_or_another_word_is_left_alone(typed: str) -> None:
    assert slip_fixed(typed) == typed


async def test_a_slip_in_the_purpose_word_gives_its_template() -> None:
    result = await run("erinnrung an herrn kaya: termin am 27.01. um 9 uhr")
    assert result.data["purpose"] == "reminder"
    assert "erinnrung" not in str(result.data["body"])
    assert evidence("absge an frau berg für freitag, bin krank") >= 1.0


async def test_fr_after_fuer_is_her_title_not_friday() -> None:
    result = await run("bestätigung für fr. yüksel, donnerstag 15:30 passt")
    body = str(result.data["body"])
    assert body.startswith("Sehr geehrte Frau Yüksel,")
    assert "Donnerstag, 21. Januar 2027" in body


async def test_a_course_named_in_the_genitive_is_greeted_by_its_name() -> None:
    draft = await body_of(
        "an alle Teilnehmenden des Kurses Neu im Beruf: das Treffen am 04.03. fällt aus"
    )
    assert "\nLiebe Teilnehmende des Kurses Neu im Beruf,\n" in draft


async def test_a_group_named_by_the_workshop_it_attends_is_greeted_by_it() -> None:
    english = await body_of(
        "email to all participants of the interview workshop: the session on 4 March starts "
        "at 9:30",
        "en",
    )
    assert "\nDear participants (interview workshop),\n" in english
    assert "\ninterview workshop\n" not in english
