"""👍 / 👎 reactions on Lotse's answers are ratings; removing the reaction withdraws it.

A reaction is an ``m.reaction`` event annotating the answer (``m.annotation`` with the emoji as
its ``key``); removing it redacts that event (``m.room.redaction``, the id in ``redacts`` at the
top level or, from room version 11, in the content)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.actions import UserAction
from bot.evaluation.actions import RateAnswer, WithdrawRating
from bot.evaluation.ports import DOWN, UP

REACTION = "m.reaction"
REDACTION = "m.room.redaction"
# Skin tones and the emoji variation selector may follow the thumb.
_THUMBS = {"👍": UP, "👎": DOWN}


@dataclass(frozen=True, slots=True)
class Rating:
    answer_event_id: str
    rating: str


def rating_of(source: Mapping[str, Any]) -> Rating | None:
    """The rating an ``m.reaction`` event gives, or None for any other reaction."""
    if source.get("type") != REACTION:
        return None
    relates = (source.get("content") or {}).get("m.relates_to") or {}
    target, key = relates.get("event_id"), str(relates.get("key") or "")
    if relates.get("rel_type") != "m.annotation" or not isinstance(target, str) or not key:
        return None
    rating = _THUMBS.get(key[0])
    return Rating(target, rating) if rating else None


def redacted_id(source: Mapping[str, Any]) -> str | None:
    """The event a redaction removes, or None when ``source`` is no redaction."""
    if source.get("type") != REDACTION:
        return None
    redacts = source.get("redacts") or (source.get("content") or {}).get("redacts")
    return redacts if isinstance(redacts, str) else None


def rating_action(source: Mapping[str, Any]) -> UserAction | None:
    """The typed action a reaction (a rating) or a redaction (perhaps of a rating) stands for;
    None for any other event. A redaction of something else withdraws nothing."""
    rating = rating_of(source)
    if rating is not None:
        event_id = source.get("event_id")
        ref = event_id if isinstance(event_id, str) else None
        return RateAnswer(rating.rating, message_ref=rating.answer_event_id, rating_ref=ref)
    withdrawn = redacted_id(source)
    return WithdrawRating(withdrawn) if withdrawn is not None else None
