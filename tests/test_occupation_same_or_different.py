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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("und Tischler vs Zimmerer?", ("Tischler", "Zimmerer")),
        ("and baker or pastry chef, is there a difference?", ("baker", "pastry chef")),
        # "und" after a hyphen joins the parts of one name
        ("Daten- und Prozessanalyse oder Systemintegration – was ist der Unterschied?",
         ("Daten- und Prozessanalyse", "Systemintegration")),
        ("Unterschied zwischen Kurier- und Expressfahrer und Berufskraftfahrer",
         ("Kurier- und Expressfahrer", "Berufskraftfahrer")),
    ],
)  # fmt: skip
def test_an_and_joins_no_names_it_belongs_to(text: str, names: tuple[str, str]) -> None:
    found = parse(text)
    assert found is not None
    assert (found.left, found.right) == names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Daten- und Prozessanalyse oder Systemintegration – was ist der Unterschied?",
         "Fachinformatiker/in"),
        ("Unterschied zwischen Zoo und Tierheim und Tierpension", "Tierpfleger/in"),
    ],
)  # fmt: skip
async def test_two_fields_of_one_training_are_said_to_be_its_fields(
    acked_chat: Chat, text: str, title: str
) -> None:
    # They were "stehen im Katalog für denselben Ausbildungsberuf", as if they were its names
    reply, answer = await acked_chat.say(text)
    assert reply.skill_id == "occupation"
    assert f"sind Fachrichtungen desselben Ausbildungsberufs: {title}" in answer
    assert "berufenet" in answer
