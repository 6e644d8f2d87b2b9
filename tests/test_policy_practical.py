"""Whether a thing or the counsellor's own step is worthwhile, and whether someone gets
somewhere in time, are practical questions; the same words measured against the person, or
said of the person's course, stay verdicts (GDPR Art. 22)."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement import person_pattern
from bot.policy.judgement_practical import set_aside_practical

# A course, a licence, a document or a talk worthwhile for someone; the counsellor's own step.
STEPS = [
    "Lohnt sich für Herrn Kowalczyk ein Gabelstaplerschein?",
    "Lohnt sich für Mia vor dem Praktikum ein Hygienekurs?",
    "wär's sinnvoll, mit der Lea vor dem Probetag noch n kurzes Telefonat zu machen?",
    "Ist ein Erste-Hilfe-Kurs für Frau Berg sinnvoll, bevor sie ins FSJ geht?",
    "is a CV workshop worth it for Jonas?",
    "Wäre es besser, wenn ich Frau Schmitt die Formulare per Post schicke?",
    "Ist es gut, wenn ich Herrn Ali zum Gespräch beim Betrieb begleite?",
    "would it be a good idea to call Ms Lee before the interview?",
]


@pytest.mark.parametrize("text", STEPS)
def test_a_worthwhile_step_is_no_verdict(text: str) -> None:
    assert not is_decision_request(text)


# Measured against the person (doubt, age, "bei <person>"), the person's course (a path into
# an occupation or a measure, the person as the subject, only "das"), a step deciding about
# the person: verdicts.
VERDICTS = [
    "Lohnt sich die Ausbildung für ihn noch, mit 45?",
    "Lohnt sich für ihn ein Staplerschein überhaupt?",
    "Lohnt sich der Kurs bei Herrn Becker?",
    "Ist eine Umschulung zur Kauffrau für Frau Braun sinnvoll?",
    "Wäre es sinnvoll, wenn Tim erst die Schule fertig macht?",
    "Lohnt sich das für ihn?",
    "Würde es sich lohnen, Herrn Demir nochmal eine Weiterbildung zu finanzieren?",
    "is it even worth it for him at 50?",
    "Mehmet als Mechatroniker – gute Idee?",
    "would it be a good idea to hire him?",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_worth_measured_against_the_person_stays_a_verdict(text: str) -> None:
    assert is_decision_request(text)


def test_what_else_the_sentence_asks_is_still_read() -> None:
    assert is_decision_request("Lohnt sich ein Bewerbungstraining für Kevin, oder ist er zu faul?")
    kept = set_aside_practical("Lohnt sich für Lea ein Kurs? Ist sie geeignet?", person_pattern())
    assert "Lohnt" not in kept
    assert "geeignet" in kept


def test_getting_somewhere_in_time_is_a_way_and_a_time() -> None:
    assert not is_decision_request("Schafft Frau Roth es mit dem Zug rechtzeitig zum Betrieb?")
    assert is_decision_request("Schafft Frau Roth es, die Prüfung rechtzeitig zu bestehen?")


def test_a_clause_saying_of_whom_continues_the_question() -> None:
    """A complement after the judgement word is part of the question even when another
    clause closes it."""
    assert is_decision_request("Wär's nicht besser, wenn Jana erst jobbt, statt zu studieren?")
    assert not is_decision_request(
        "Wär's nicht besser, wenn ich Jana die Liste schicke, statt sie anzurufen?"
    )


def test_a_tag_confirming_whether_an_occupation_is_possible_asks_a_rule() -> None:
    assert not is_decision_request("Frau Kaya hat Rheuma, Friseurin geht dann wohl nicht, oder?")
    assert is_decision_request("Frau Kaya ist total unzuverlässig, oder?")
