"""Storage interfaces of the pilot evaluation; ``storage/`` implements them.

People appear only as pseudonymous keys; the report reads facts without text and never hands
a key on (see ``bot.evaluation.report``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

UP = "up"
DOWN = "down"
RATINGS = (UP, DOWN)
# The fixed reasons for a thumbs down (texts in bot/evaluation/texts).
REASONS = ("wrong", "incomplete", "not_helpful", "too_long", "privacy", "other")
TIME_SAVED = ("none", "lt30", "30to60", "gt60")
OPEN, ACCEPTED, REJECTED, DONE = "open", "accepted", "rejected", "done"
STATUSES = (OPEN, ACCEPTED, REJECTED, DONE)


def week_of(day: date) -> date:
    """The Monday of ``day``'s week: answers are kept by week, never by the minute."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One handled request: what kind of answer, never what was written."""

    answer_key: str
    week: date
    platform: str
    user_key: str
    department: str
    skill: str
    outcome: str
    producer: str  # "model" | "template" | "rules"
    offline: bool
    duration_ms: int


@dataclass(frozen=True, slots=True)
class AnswerFact:
    """An answer as the report sees it (``user_key`` only to count distinct people)."""

    week: date
    user_key: str
    department: str
    skill: str
    outcome: str
    producer: str
    offline: bool
    duration_ms: int
    rating: str | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class SurveyFact:
    period: date
    user_key: str
    department: str
    usefulness: int | None
    time_saved: str | None


@dataclass(frozen=True, slots=True)
class Suggestion:
    id: int
    at: datetime
    department: str | None
    text: str
    status: str
    status_reason: str | None
    up: int = 0
    down: int = 0


@dataclass(frozen=True, slots=True)
class SuggestionFact:
    at: datetime
    decided_at: datetime | None
    author_key: str
    department: str | None
    status: str


@dataclass(frozen=True, slots=True)
class MyEvaluationData:
    """What the evaluation holds about one person (``meine daten``)."""

    opted_out: bool
    answers: int
    ratings: int
    surveys: int
    suggestions: int
    votes: int


@dataclass(frozen=True, slots=True)
class Standing:
    """What every turn needs to know, read at once: the person's opt-out, whether decisions
    on their suggestions wait to be told, and the survey switch (``None``: never set)."""

    opted_out: bool
    decisions_waiting: bool
    survey: dict[str, Any] | None


class AnswerRepository(Protocol):
    async def record(self, answer: AnswerRecord) -> None: ...
    async def link_message(self, answer_key: str, message_ref: str) -> bool:
        """Note the platform's id of the sent answer (feedback points to it)."""
        ...

    async def rate_message(
        self,
        platform: str,
        message_ref: str,
        user_key: str,
        rating: str | None,
        reason: str | None,
        at: datetime,
        rating_ref: str | None = None,
    ) -> bool:
        """Rate (or with ``rating=None`` un-rate) the answer sent as ``message_ref`` to the
        person ``user_key``; False when there is no such answer."""
        ...

    async def rate_latest(
        self, platform: str, user_key: str, rating: str, reason: str | None, at: datetime
    ) -> str | None:
        """Rate the person's latest answer on ``platform``; its skill, or None."""
        ...

    async def withdraw(self, platform: str, user_key: str, rating_ref: str) -> bool:
        """Take back the rating given by the reaction ``rating_ref``."""
        ...

    async def facts(self, first_week: date, last_week: date) -> list[AnswerFact]: ...


class ChoiceRepository(Protocol):
    async def opted_out(self, user_key: str) -> bool: ...
    async def set_opted_out(self, user_key: str, opted_out: bool, at: datetime) -> None: ...
    async def opted_out_keys(self) -> set[str]: ...
    async def setting(self, name: str) -> dict[str, Any] | None: ...
    async def set_setting(self, name: str, value: dict[str, Any], at: datetime) -> None: ...


class SurveyRepository(Protocol):
    async def ask(self, user_key: str, period: date, department: str, at: datetime) -> bool:
        """Note the question as asked in ``period``; False when it was asked already."""
        ...

    async def answer(
        self, user_key: str, period: date, usefulness: int, time_saved: str, at: datetime
    ) -> bool: ...
    async def facts(self, first: date, last: date) -> list[SurveyFact]: ...


class SuggestionRepository(Protocol):
    async def add(
        self, author_key: str, department: str | None, text: str, at: datetime
    ) -> int: ...
    async def get(self, suggestion_id: int) -> Suggestion | None: ...
    async def open_for(self, department: str) -> list[Suggestion]:
        """Open suggestions for everyone and for ``department``, with their votes."""
        ...

    async def vote(self, suggestion_id: int, user_key: str, vote: int, at: datetime) -> bool: ...
    async def decide(
        self, suggestion_id: int, status: str, reason: str | None, at: datetime
    ) -> bool: ...
    async def take_decisions_for(self, author_key: str) -> list[Suggestion]:
        """Decisions on the author's suggestions not yet told to them; marked as told."""
        ...

    async def facts(self, since: datetime, until: datetime) -> list[SuggestionFact]: ...


class EvaluationRepository(Protocol):
    """The evaluation's repositories, reached through ``Store.evaluation``."""

    @property
    def answers(self) -> AnswerRepository: ...
    @property
    def choices(self) -> ChoiceRepository: ...
    @property
    def surveys(self) -> SurveyRepository: ...
    @property
    def suggestions(self) -> SuggestionRepository: ...

    async def mine(self, user_key: str) -> MyEvaluationData: ...
    async def standing(self, user_key: str, survey_setting: str) -> Standing:
        """One statement instead of three; the engine reads it through the per-process
        cache (``bot.store_cache.CachedEvaluation``), not on every turn."""
        ...
