"""Data about one person across every table (GDPR Art. 15 and 17), and retention purges.

This is the one place that knows which table holds what about a user, so that `meine daten`
and `daten löschen` cannot miss a table: a new table that holds user keys or user ids is added
to ``_BY_KEY`` / ``_BY_USER_ID`` here (a contract test checks every table).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, Table, cast, delete, func, select, update
from sqlalchemy.engine import Connection

from bot.ports import ERASED_USER, Retention
from storage.models import (
    acknowledgements,
    admin_grants,
    answers,
    audit_events,
    conversation_states,
    evaluation_choices,
    feedback,
    occupation_lookup_cache,
    processed_events,
    reminder_log,
    suggestion_votes,
    suggestions,
    survey_answers,
    token_usage,
    user_assignments,
    user_preferences,
)
from storage.repositories._base import SqlRepository

# Tables whose rows belong to one person by pseudonymous key: (name shown, table, column).
_BY_KEY: tuple[tuple[str, Table, str], ...] = (
    ("acknowledgements", acknowledgements, "user_key"),
    ("states", conversation_states, "user_key"),
    ("reminders", reminder_log, "user_key"),
    ("preferences", user_preferences, "user_key"),
    ("feedback", feedback, "user_key"),
    ("usage", token_usage, "user_key"),
    # The pilot evaluation (ratings, opt-out, survey, suggestions and votes). Votes before
    # suggestions: erasing a suggestion takes everyone's votes on it along.
    ("answers", answers, "user_key"),
    ("evaluation_choice", evaluation_choices, "user_key"),
    ("surveys", survey_answers, "user_key"),
    ("votes", suggestion_votes, "user_key"),
    ("suggestions", suggestions, "author_key"),
)
# Tables an admin fills with a person's platform id (department, admin rights).
_BY_USER_ID: tuple[tuple[str, Table], ...] = (
    ("assignment", user_assignments),
    ("admin_rights", admin_grants),
)


def _count_rows(conn: Connection, user_key: str, platform: str, user_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, table, column in _BY_KEY:
        query = select(func.count()).select_from(table).where(table.c[column] == user_key)
        counts[name] = int(conn.execute(query).scalar_one())
    for name, table in _BY_USER_ID:
        query = (
            select(func.count())
            .select_from(table)
            .where(table.c.platform == platform, table.c.user_id == user_id)
        )
        counts[name] = int(conn.execute(query).scalar_one())
    counts["audit"] = int(
        conn.execute(
            select(func.count())
            .select_from(audit_events)
            .where(audit_events.c.actor_key == user_key)
        ).scalar_one()
    )
    return counts


def _scrub(value: Any, user_key: str) -> Any:
    """``value`` (an audit detail) with every occurrence of the key replaced by the marker."""
    if isinstance(value, dict):
        return {name: _scrub(item, user_key) for name, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, user_key) for item in value]
    return ERASED_USER if value == user_key else value


def _erase(conn: Connection, user_key: str, platform: str, user_id: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, table, column in _BY_KEY:
        if table is suggestions:  # other people's votes on them go too (no orphans)
            theirs = select(suggestions.c.id).where(suggestions.c.author_key == user_key)
            conn.execute(
                delete(suggestion_votes).where(suggestion_votes.c.suggestion_id.in_(theirs))
            )
        counts[name] = conn.execute(delete(table).where(table.c[column] == user_key)).rowcount
    for name, table in _BY_USER_ID:
        statement = delete(table).where(table.c.platform == platform, table.c.user_id == user_id)
        counts[name] = conn.execute(statement).rowcount
    # Audit rows stay (what happened must remain provable) but no longer point at the person.
    counts["audit"] = conn.execute(
        update(audit_events)
        .where(audit_events.c.actor_key == user_key)
        .values(actor_key=ERASED_USER)
    ).rowcount
    mentioning = conn.execute(
        select(audit_events.c.id, audit_events.c.detail).where(
            cast(audit_events.c.detail, String).like(f"%{user_key}%")
        )
    ).all()
    for row_id, detail in mentioning:
        conn.execute(
            update(audit_events)
            .where(audit_events.c.id == row_id)
            .values(detail=_scrub(detail, user_key))
        )
    return counts


def _purge(conn: Connection, now: datetime, retention: Retention) -> dict[str, int]:
    def before(days: int) -> datetime:
        return now - timedelta(days=days)

    statements = {
        "audit": delete(audit_events).where(audit_events.c.at < before(retention.audit_days)),
        "feedback": delete(feedback).where(feedback.c.at < before(retention.feedback_days)),
        # The evaluation is kept as long as feedback: one period for the whole pilot record.
        "answers": delete(answers).where(answers.c.week < before(retention.feedback_days).date()),
        "surveys": delete(survey_answers).where(
            survey_answers.c.period < before(retention.feedback_days).date()
        ),
        # Votes first: they go with their suggestion.
        "votes": delete(suggestion_votes).where(
            suggestion_votes.c.suggestion_id.in_(
                select(suggestions.c.id).where(suggestions.c.at < before(retention.feedback_days))
            )
        ),
        "suggestions": delete(suggestions).where(
            suggestions.c.at < before(retention.feedback_days)
        ),
        "usage": delete(token_usage).where(
            token_usage.c.day < before(retention.usage_days).date()
        ),
        "events": delete(processed_events).where(
            processed_events.c.processed_at < before(retention.events_days)
        ),
        "reminders": delete(reminder_log).where(
            reminder_log.c.last_shown_at < before(retention.reminders_days)
        ),
        "states": delete(conversation_states).where(conversation_states.c.expires_at < now),
        # Cached provider answers: gone once expired, and never older than the cache period.
        "cache": delete(occupation_lookup_cache).where(
            occupation_lookup_cache.c.expires_at < max(now, before(retention.cache_days))
        ),
    }
    return {name: conn.execute(statement).rowcount for name, statement in statements.items()}


class SqlHousekeeping(SqlRepository):
    """Implements :class:`bot.ports.Housekeeping`; erase and purge are one transaction each."""

    async def rows_for_user(self, user_key: str, platform: str, user_id: str) -> dict[str, int]:
        return await self._runner.run(_count_rows, user_key, platform, user_id)

    async def erase_user(self, user_key: str, platform: str, user_id: str) -> dict[str, int]:
        return await self._runner.transaction(_erase, user_key, platform, user_id)

    async def purge(self, now: datetime, retention: Retention) -> dict[str, int]:
        return await self._runner.transaction(_purge, now, retention)
