"""Readings shared within one turn are computed once there, and forgotten when it ends."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from conftest import Chat

from bot import engine
from bot.message_memo import message_scope, per_message

CALLS: list[str] = []


@per_message
def _read(text: str, *, upper: bool = False) -> str:
    CALLS.append(text)
    return text.upper() if upper else text.lower()


@per_message
def _count(words: list[str]) -> int:
    CALLS.append("list")
    return len(words)


def test_a_reading_is_computed_once_per_scope_and_arguments() -> None:
    CALLS.clear()
    with message_scope():
        assert _read("Koch") == "koch"
        assert _read("Koch") == "koch"
        assert _read("Koch", upper=True) == "KOCH"
        assert _read("Bäcker") == "bäcker"
    assert CALLS == ["Koch", "Koch", "Bäcker"]


def test_nothing_is_kept_after_the_scope_nor_shared_outside_one() -> None:
    CALLS.clear()
    with message_scope():
        _read("Koch")
    with message_scope():
        _read("Koch")  # the same message in the next turn is read afresh
    _read("Koch")
    _read("Koch")
    assert CALLS == ["Koch"] * 4


def test_unhashable_arguments_are_computed_every_time() -> None:
    CALLS.clear()
    with message_scope():
        assert _count(["a", "b"]) == 2
        assert _count(["a", "b"]) == 2
    assert CALLS == ["list", "list"]


def test_concurrent_turns_keep_their_readings_apart() -> None:
    async def turn(text: str) -> list[str]:
        with message_scope():
            seen = [_read(text)]
            await asyncio.sleep(0)
            seen.append(_read(text))
            return seen

    async def both() -> list[list[str]]:
        return list(await asyncio.gather(turn("A"), turn("B")))

    CALLS.clear()
    assert asyncio.run(both()) == [["a", "a"], ["b", "b"]]
    assert sorted(CALLS) == ["A", "B"]


async def test_the_engine_reads_each_turn_in_a_scope_of_its_own(
    acked_chat: Chat, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered: list[int] = []

    @contextmanager
    def counted() -> Iterator[None]:
        with message_scope():
            entered.append(1)
            yield

    monkeypatch.setattr(engine, "message_scope", counted)
    CALLS.clear()
    await acked_chat.say("beruf Koch")
    await acked_chat.say("beruf Koch")
    assert len(entered) == 2
    assert _read("Koch") == _read("Koch") == "koch"  # no scope left open after a turn
    assert CALLS == ["Koch", "Koch"]


def test_readings_of_message_text_are_shared_per_turn_not_cached_for_good() -> None:
    # A process-wide cache would keep the last messages' text in memory after their turns.
    from skills.email.carry import _without_addresses
    from skills.occupation.explore_answer import _parse

    for reading in (_parse, _without_addresses):
        assert not hasattr(reading, "cache_info"), reading.__name__
