"""List questions with a condition no catalogue field holds (fear of heights, shifts, nights,
weekends, lifting, standing): the reply says it back in the counsellor's words as not taken
into account, never drops it silently; an area no topic knows is quoted as typed too."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat

from bot.reply import Outcome
from bot.yaml_data import load_yaml
from skills.occupation.as_typed import as_typed
from skills.occupation.explore import parse

_PROBES = load_yaml((Path(__file__).parent / "data" / "x12_conditions.yaml").read_text("utf-8"))
_OPEN = {"x12-schichtarbeit-geht-nicht", "x12-fruehschicht"}  # not read as a list question yet


def test_a_condition_without_a_field_is_kept_not_filtered() -> None:
    query = parse("Welche Lehrstellen gibt es im Garten- und Landschaftsbau? Er hat Höhenangst.")
    assert query is not None
    assert query.unheeded == ("hoehenangst",)
    query = parse("Ausbildungen mit Metall, aber keine Wechselschicht")
    assert query is not None
    assert query.unheeded == ("keine wechselschicht",)
    # the longest phrase is quoted whole, not its last word
    query = parse("apprenticeships with cars for someone with a fear of heights?")
    assert query is not None
    assert query.unheeded == ("fear of heights",)


def test_the_quoted_words_are_the_ones_typed() -> None:
    assert as_typed("Jobs draußen, aber OHNE Höhe bitte", "ohne hoehe") == "OHNE Höhe"
    assert as_typed("Straße ohne Größe", "ohne groesse") == "ohne Größe"
    # respelt on the way: the last word alone, as typed
    assert as_typed("kann nich lange stehn", "nicht lange stehn") == "stehn"
    assert as_typed("nichts davon", "etwas anderes") == "etwas anderes"


async def test_a_fear_of_heights_is_said_back_beside_the_list(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Welche Ausbildungen gibt es draußen? Sie hat Höhenangst.")
    assert reply.outcome is Outcome.OK
    assert "„Höhenangst“ habe ich bei der Liste nicht berücksichtigt" in text
    assert "Dachdecker/in" in text or "Gerüstbauer/in" in text  # the list stays, with the word


async def test_an_unknown_area_is_quoted_unfolded(acked_chat: Chat) -> None:
    _, text = await acked_chat.say("Welche Ausbildungen gibt es im Bereich Weltraumfähren?")
    assert "„Weltraumfähren“" in text


async def test_a_condition_alone_lists_nothing_and_says_so(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("Welche Ausbildungen gibt es ohne Wochenendarbeit?")
    assert reply.outcome is Outcome.UNKNOWN
    assert "„ohne Wochenendarbeit“ habe ich bei der Liste nicht berücksichtigt" in text
    assert "Kaufmann" not in text


@pytest.mark.parametrize(
    "case",
    [case for case in _PROBES["conditions"] if case["id"] not in _OPEN],
    ids=lambda case: str(case["id"]),
)
async def test_probe_condition_is_said_back(acked_chat: Chat, case: dict[str, object]) -> None:
    _, text = await acked_chat.say(str(case["msg"]))
    assert str(case["typed"]) in text
