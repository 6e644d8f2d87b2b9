"""A minimum age asked with the age given is a rule, and a colleague named by role is no
client: neither is a verdict on a person (GDPR Art. 22), while the same words about a client's
maturity or a candidate still are."""

from __future__ import annotations

import pytest

from bot.policy import is_decision_request
from bot.policy.judgement_aside import set_aside_rules_and_counterparts

# A legal minimum age (youth employment law, school duty, a licence), with the age given.
AGE_RULES = [
    "Ist Mia mit 16 alt genug für eine Ausbildung zur Pflegefachfrau?",
    "Ist Jonas mit 15 schon alt genug für ein Praktikum im Krankenhaus?",
    "Ist Tim (15) zu jung für eine Ausbildung als Koch?",
    "Is Ben old enough at 16 to work night shifts in a bakery?",
    "Ist Aylin mit 17 Jahren alt genug für die Ausbildung zur Rettungssanitäterin?",
]


@pytest.mark.parametrize("text", AGE_RULES)
def test_a_minimum_age_with_the_age_given_is_a_rule(text: str) -> None:
    assert not is_decision_request(text)


# A colleague, a contact person or a caseworker named by role: working with them, no client.
COUNTERPARTS = [
    "Was hältst du von Frau Weber als Ansprechpartnerin beim Jobcenter?",
    "Was hältst du von meiner Kollegin Frau Brandt?",
    "Was hältst du von Herrn Kraus, unserem Fallmanager bei der Agentur?",
    "Wie schätzt du Herrn Yilmaz als Sachbearbeiter ein, ist der zuverlässig?",
]


@pytest.mark.parametrize("text", COUNTERPARTS)
def test_a_colleague_named_by_role_is_no_client(text: str) -> None:
    assert not is_decision_request(text)


# The same words as a verdict: an upper age, maturity, age without a number, a candidate's
# role, a client named next to a colleague.
STILL_VERDICTS = [
    "Ist sie mit 56 nicht zu alt für ne Umschulung zur Bürokauffrau?",
    "Ist Mia mit 16 alt genug und reif genug für die Pflege?",
    "Ist Tim alt genug für die Ausbildung, so unreif wie er ist?",
    "Was hältst du von Frau Weber als Azubi?",
    "Meine Kollegin Frau Weber fragt, ob Tim für die Ausbildung geeignet ist",
    "Was hältst du von Herrn Polat als möglichen Hausmeister bei der Stadt?",
    # a role a client may be a candidate for is no counterpart
    "Was hältst du von Frau Kaya als Teamleiterin, ist sie dafür geeignet?",
]


@pytest.mark.parametrize("text", STILL_VERDICTS)
def test_the_same_words_as_a_verdict_are_still_refused(text: str) -> None:
    assert is_decision_request(text)


def test_only_the_words_of_the_rule_and_the_name_are_taken_out() -> None:
    assert set_aside_rules_and_counterparts("Ist Mia mit 16 schon alt genug für die Lehre?") == (
        "Ist Mia mit 16 schon  für die Lehre?"
    )
    assert set_aside_rules_and_counterparts("Kollegin Frau Weber ruft an") == "Kollegin  ruft an"
