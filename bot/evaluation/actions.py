"""The evaluation's typed actions: a rating given with a platform's own control (a Teams thumb
and its reason form, a Matrix reaction) or the ``feedback`` command, and a rating taken back.
Every platform hands them to the engine, which records them in one place
(``bot.evaluation.rating``)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.actions import UserAction


@dataclass(frozen=True, slots=True)
class RateAnswer(UserAction):
    """The sender rates an answer: ``rating`` is "up" or "down", ``reason`` one of the fixed
    reasons for a thumbs down (anything else is dropped). ``message_ref`` is the platform's id
    of the sent answer; None rates the sender's latest answer on this platform (the command).
    ``rating_ref`` names the platform event that rated it (a reaction), so removing that event
    withdraws the rating."""

    verb = "evaluation.rate"
    locks_conversation = False
    rating: str
    message_ref: str | None = None
    reason: str | None = None
    rating_ref: str | None = None


@dataclass(frozen=True, slots=True)
class WithdrawRating(UserAction):
    """The platform event ``rating_ref`` that rated an answer was taken back (a removed
    reaction): the rating it gave is withdrawn."""

    verb = "evaluation.withdraw"
    locks_conversation = False
    rating_ref: str
