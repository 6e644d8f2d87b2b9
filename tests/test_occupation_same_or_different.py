"""Whether two names are the same occupation, asked the way counsellors ask it: "Tischler oder
Schreiner – gibt es einen Unterschied?", "ist Schreiner dasselbe wie Tischler?". Both were
answered "nicht genau so gefunden – Meinten Sie …?"."""

from __future__ import annotations

import pytest
from conftest import Chat

from skills.occupation.compare import parse


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tischler oder Schreiner – gibt es einen Unterschied?", ("Tischler", "Schreiner")),
        ("Maurer oder Zimmerer, gibts da einen Unterschied", ("Maurer", "Zimmerer")),
        ("ist Schreiner dasselbe wie Tischler?", ("Schreiner", "Tischler")),
        ("Ist Altenpfleger das gleiche wie Pflegefachmann?", ("Altenpfleger", "Pflegefachmann")),
        ("is a joiner the same as a carpenter?", ("joiner", "carpenter")),
        ("Bäcker or Konditor, is there a difference?", ("Bäcker", "Konditor")),
    ],
)
def test_same_or_different_is_a_comparison(text: str, names: tuple[str, str]) -> None:
    found = parse(text)
    assert found is not None
    assert (found.left, found.right) == names


async def test_two_names_of_one_occupation_are_said_to_be_one(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("ist Schreiner dasselbe wie Tischler?")
    assert reply.skill_id == "occupation"
    assert "denselben Ausbildungsberuf: Tischler/in" in text
