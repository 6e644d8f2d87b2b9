"""Where a training is learned or applied for, asked with the occupation: "Wo lernt man
Pflege?", "Wo kann man sich als Tischler bewerben?". An everyday word inside such a question
was "nicht verstanden", and a question about applying got the card without the answer."""

from __future__ import annotations

import pytest
from conftest import Chat

from skills.occupation.focus import Focus
from skills.occupation.query import extract_query

_DUAL = "Den Betrieb sucht man sich selbst"
_SCHOOL = "Die Ausbildung ist schulisch"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wo lernt man Altenpflege?", "Altenpflege"),
        ("wo kann man sich als Dachdecker bewerben", "Dachdecker"),
        ("Wo bewirbt man sich für eine Ausbildung zur Kinderpflegerin?", "Kinderpflegerin"),
        ("Wo muss sie sich denn für Krankenpflege bewerben?", "Krankenpflege"),
        ("Wo macht man die Lehre zum Gärtner?", "Gärtner"),
    ],
)
def test_the_occupation_is_cut_out_of_a_where_question(text: str, name: str) -> None:
    query = extract_query(text)
    assert (query.text, query.focus) == (name, Focus.PLACE)


def test_a_where_question_without_an_occupation_names_none() -> None:
    assert extract_query("Wo kann sie sich bewerben?").text != "sich"


@pytest.mark.parametrize(
    ("text", "heading", "answer"),
    [
        ("Wo lernt man Krankenpflege?", "Pflegefachmann/-frau", _SCHOOL),
        ("Wo kann man sich als Dachdecker bewerben?", "Dachdecker/in", _DUAL),
        ("wo bewirbt man sich für ne Ausbildung zur Kinderpflegerin", "Kinderpfleger/in", _SCHOOL),
    ],
)
async def test_where_to_learn_or_apply_is_answered_on_the_card(
    acked_chat: Chat, text: str, heading: str, answer: str
) -> None:
    reply, said = await acked_chat.say(text)
    assert reply.skill_id == "occupation"
    assert said.splitlines()[0] == heading
    assert answer in said


async def test_a_where_question_naming_another_occupation_is_no_follow_up(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Bäcker")
    # was "Zu Bäcker/in: Die Ausbildung ist dual …"
    _, said = await acked_chat.say("Wo kann man eigentlich Dachdecker lernen?")
    assert said.splitlines()[0] == "Dachdecker/in"
    _, said = await acked_chat.say("und wo kann man sich da bewerben?")
    assert said.startswith("Zu Dachdecker/in:")
    assert _DUAL in said
