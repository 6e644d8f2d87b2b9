"""A counsellor asking what to put forward ("Was könnte ich ihm vorschlagen?") after naming a
client's interests gets the list, not "nicht verstanden"; a field the client does not want to
go into ("will nicht ins Büro", "nicht zur Bundeswehr") is ruled out, not listed."""

from __future__ import annotations

import pytest

from skills.occupation.explore import parse


@pytest.mark.parametrize(
    "question",
    [
        "Er bastelt gern an Fahrrädern. Was könnte ich ihm vorschlagen?",
        "Sie zeichnet viel und mag Mode – welche Richtung würdest du empfehlen?",
        "He loves being outdoors. What could I suggest to him?",
    ],
)
def test_asking_what_to_suggest_with_an_interest_is_a_list_question(question: str) -> None:
    query = parse(question)
    assert query is not None
    assert query.topics


@pytest.mark.parametrize(
    ("question", "ruled_out"),
    [
        ("Klientin backt gern, will aber nicht ins Büro. Ideen?", "Büro und Verwaltung"),
        ("Was mit Menschen, aber nicht zur Pflege – was gibt es da?", "Pflege"),
    ],
)
def test_a_field_not_wanted_is_ruled_out(question: str, ruled_out: str) -> None:
    query = parse(question)
    assert query is not None
    assert ruled_out in [topic.label for topic in query.excluded]
    assert ruled_out not in [topic.label for topic in query.topics]
