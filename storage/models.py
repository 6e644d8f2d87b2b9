"""Declarative models: the schema in one place. Repositories query their tables with Core.

Users appear only as pseudonymous ``user_key`` values, except in department assignments and
admin grants, where an admin names people by their platform id.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import BigInteger, ForeignKey, Index, MetaData, String, Table, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import BigIntegerPK, JSONDocument, UTCDateTime

# Deterministic constraint names, so Alembic can address (and batch-alter) every constraint.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

_DEPARTMENT_FK = "departments.id"
# Department names are typed by admins; other strings are ids of unbounded length (no
# PostgreSQL-only "value too long" surprises).
NAME_MAX = 200


class Base(DeclarativeBase):
    """Declarative base carrying the shared metadata and naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSONDocument,
    }


class Department(Base):
    """A department; ``name_key`` (case-folded name) makes names unique ignoring case."""

    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(NAME_MAX))
    name_key: Mapped[str] = mapped_column(String(NAME_MAX), unique=True)
    created_at: Mapped[datetime]


class SkillToggle(Base):
    """An explicit per-department on/off for a skill; absent means the skill's default."""

    __tablename__ = "skill_toggles"

    department_id: Mapped[int] = mapped_column(
        ForeignKey(_DEPARTMENT_FK, ondelete="CASCADE"), primary_key=True
    )
    skill_id: Mapped[str] = mapped_column(primary_key=True)
    enabled: Mapped[bool]
    updated_at: Mapped[datetime]


class UserAssignment(Base):
    """A person (by platform id) assigned to a department."""

    __tablename__ = "user_assignments"

    platform: Mapped[str] = mapped_column(primary_key=True)
    user_id: Mapped[str] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey(_DEPARTMENT_FK, ondelete="CASCADE"), index=True
    )


class ScopeAssignment(Base):
    """A room, team or channel assigned to a department."""

    __tablename__ = "scope_assignments"

    platform: Mapped[str] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey(_DEPARTMENT_FK, ondelete="CASCADE"), index=True
    )


class AdminGrant(Base):
    """An admin role; ``department_id`` NULL means global.

    NULLs are distinct in a unique constraint, so uniqueness is two partial unique indexes:
    one for department grants and one allowing a single global grant per person.
    """

    __tablename__ = "admin_grants"
    __table_args__ = (
        Index(
            "uq_admin_grants_department",
            "platform",
            "user_id",
            "department_id",
            unique=True,
            sqlite_where=text("department_id IS NOT NULL"),
            postgresql_where=text("department_id IS NOT NULL"),
        ),
        Index(
            "uq_admin_grants_global",
            "platform",
            "user_id",
            unique=True,
            sqlite_where=text("department_id IS NULL"),
            postgresql_where=text("department_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str]
    user_id: Mapped[str]
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey(_DEPARTMENT_FK, ondelete="CASCADE")
    )
    granted_at: Mapped[datetime]


class Acknowledgement(Base):
    """The AI-policy version a user last acknowledged."""

    __tablename__ = "acknowledgements"

    user_key: Mapped[str] = mapped_column(primary_key=True)
    policy_version: Mapped[str]
    acknowledged_at: Mapped[datetime]


class ConversationState(Base):
    """A pending multi-turn exchange; ``id`` is ``StateKey.storage_id()`` (a SHA-256 hex)."""

    __tablename__ = "conversation_states"

    id: Mapped[str] = mapped_column(primary_key=True)
    user_key: Mapped[str] = mapped_column(index=True)
    owner: Mapped[str]
    data: Mapped[dict[str, Any]]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]


class ReminderLog(Base):
    """When a user last saw a policy reminder (reminders have a frequency)."""

    __tablename__ = "reminder_log"

    user_key: Mapped[str] = mapped_column(primary_key=True)
    reminder_id: Mapped[str] = mapped_column(primary_key=True)
    last_shown_at: Mapped[datetime]


class UserPreference(Base):
    """A user's chosen reply language."""

    __tablename__ = "user_preferences"

    user_key: Mapped[str] = mapped_column(primary_key=True)
    language: Mapped[str]


class AuditEvent(Base):
    """What happened, never what was written."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigIntegerPK, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str]
    actor_key: Mapped[str] = mapped_column(index=True)
    action: Mapped[str]
    outcome: Mapped[str]
    platform: Mapped[str | None]
    department: Mapped[str | None]
    correlation_id: Mapped[str | None]
    tokens_in: Mapped[int] = mapped_column(default=0)
    tokens_out: Mapped[int] = mapped_column(default=0)
    detail: Mapped[dict[str, Any]]


class ProcessedEvent(Base):
    """An incoming platform event already claimed for handling (redelivery guard).

    ``owner`` is the instance answering it and ``done_at`` is set once its reply was
    delivered: an undone claim of an instance that stopped beating is taken over."""

    __tablename__ = "processed_events"

    platform: Mapped[str] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(index=True)
    owner: Mapped[str | None]
    done_at: Mapped[datetime | None]


class InstanceRow(Base):
    """A running ``lotse serve`` process; ``heartbeat_at`` is renewed every few seconds.
    ``role`` names what only one instance may do at a time (``matrix``: the syncing one)."""

    __tablename__ = "instances"

    id: Mapped[str] = mapped_column(primary_key=True)
    host: Mapped[str]
    started_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]
    role: Mapped[str | None]


class SharedValue(Base):
    """Values every instance must agree on: the generated identity key (when none is
    configured) and the fingerprint of the key the database was started with."""

    __tablename__ = "shared_values"

    name: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str]


class FeedbackRow(Base):
    """Thumbs up/down on a reply; whether a comment was given, never its text."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(BigIntegerPK, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    platform: Mapped[str]
    reply_id: Mapped[str]
    user_key: Mapped[str] = mapped_column(index=True)
    rating: Mapped[str]
    has_comment: Mapped[bool]


class TokenUsage(Base):
    """Model tokens per day, user and department (budgets); no content."""

    __tablename__ = "token_usage"

    day: Mapped[date] = mapped_column(primary_key=True)
    user_key: Mapped[str] = mapped_column(primary_key=True)
    department: Mapped[str] = mapped_column(String(NAME_MAX), primary_key=True)
    tokens_in: Mapped[int] = mapped_column(BigInteger, default=0)
    tokens_out: Mapped[int] = mapped_column(BigInteger, default=0)


class EscoOccupationRow(Base):
    """An imported ESCO occupation in one language; ``data`` holds the record's fields."""

    __tablename__ = "esco_occupations"

    uri: Mapped[str] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    preferred_label: Mapped[str]
    content_hash: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]]
    imported_at: Mapped[datetime]


class OccupationImport(Base):
    """One run of an occupation import (counts only), for ``lotse occupations stats``."""

    __tablename__ = "occupation_imports"

    id: Mapped[int] = mapped_column(BigIntegerPK, primary_key=True)
    source: Mapped[str]
    language: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(index=True)
    total: Mapped[int]
    inserted: Mapped[int]
    updated: Mapped[int]
    unchanged: Mapped[int]
    skipped: Mapped[int]


class OccupationLookupCache(Base):
    """A live provider's answer (search or detail), kept for a short time."""

    __tablename__ = "occupation_lookup_cache"

    provider: Mapped[str] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(primary_key=True)
    payload: Mapped[dict[str, Any]]
    expires_at: Mapped[datetime] = mapped_column(index=True)


class AnswerRow(Base):
    """One answered request for the pilot evaluation: what kind of answer and how it was rated.

    Never the text. ``week`` (its Monday) instead of a time stamp; ``message_ref`` is the
    platform's id of the sent answer (where feedback points); ``rating_ref`` the reaction that
    rated it (withdrawn when that reaction is removed)."""

    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_message", "platform", "message_ref"),)

    id: Mapped[int] = mapped_column(BigIntegerPK, primary_key=True)
    answer_key: Mapped[str] = mapped_column(String(64), unique=True)
    week: Mapped[date] = mapped_column(index=True)
    platform: Mapped[str]
    user_key: Mapped[str] = mapped_column(index=True)
    department: Mapped[str] = mapped_column(String(NAME_MAX))
    skill: Mapped[str]
    outcome: Mapped[str]
    producer: Mapped[str]  # "model" | "template" | "rules"
    offline: Mapped[bool]  # a model was meant to answer but could not (fallback)
    duration_ms: Mapped[int]
    message_ref: Mapped[str | None]
    rating: Mapped[str | None]  # "up" | "down"
    reason: Mapped[str | None]  # one of the fixed reasons for "down"
    rated_at: Mapped[datetime | None]
    rating_ref: Mapped[str | None]


class EvaluationChoice(Base):
    """A person's opt-out of the evaluation (feedback prompts, surveys, the report)."""

    __tablename__ = "evaluation_choices"

    user_key: Mapped[str] = mapped_column(primary_key=True)
    opted_out: Mapped[bool]
    changed_at: Mapped[datetime]


class EvaluationSetting(Base):
    """Evaluation switches set by admins and shared by every instance (the pulse survey)."""

    __tablename__ = "evaluation_settings"

    name: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[datetime]


class SurveyAnswer(Base):
    """One pulse-survey question to one person in one period; answers stay NULL if ignored."""

    __tablename__ = "survey_answers"

    user_key: Mapped[str] = mapped_column(primary_key=True)
    period: Mapped[date] = mapped_column(primary_key=True)  # the period's first Monday
    department: Mapped[str] = mapped_column(String(NAME_MAX))
    asked_at: Mapped[datetime]
    usefulness: Mapped[int | None]  # 1-5
    time_saved: Mapped[str | None]  # "none" | "lt30" | "30to60" | "gt60"
    answered_at: Mapped[datetime | None]


class SuggestionRow(Base):
    """An idea about Lotse or the guideline; the text pseudonymised before it is stored."""

    __tablename__ = "suggestions"

    id: Mapped[int] = mapped_column(BigIntegerPK, primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)
    author_key: Mapped[str] = mapped_column(index=True)
    department: Mapped[str | None] = mapped_column(String(NAME_MAX))  # None: for everyone
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str]  # "open" | "accepted" | "rejected" | "done"
    status_reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[datetime | None]
    author_notified: Mapped[bool]


class SuggestionVote(Base):
    """One person's vote (+1 or -1) on a suggestion; changeable, one per person."""

    __tablename__ = "suggestion_votes"

    suggestion_id: Mapped[int] = mapped_column(
        BigIntegerPK, ForeignKey("suggestions.id", ondelete="CASCADE"), primary_key=True
    )
    user_key: Mapped[str] = mapped_column(primary_key=True, index=True)
    vote: Mapped[int]
    at: Mapped[datetime]


def table(model: type[Base]) -> Table:
    """The Core table of a model (repositories use Core statements on hot paths)."""
    result = model.__table__
    assert isinstance(result, Table)
    return result


departments = table(Department)
skill_toggles = table(SkillToggle)
user_assignments = table(UserAssignment)
scope_assignments = table(ScopeAssignment)
admin_grants = table(AdminGrant)
acknowledgements = table(Acknowledgement)
conversation_states = table(ConversationState)
reminder_log = table(ReminderLog)
user_preferences = table(UserPreference)
audit_events = table(AuditEvent)
processed_events = table(ProcessedEvent)
instances = table(InstanceRow)
shared_values = table(SharedValue)
feedback = table(FeedbackRow)
token_usage = table(TokenUsage)
esco_occupations = table(EscoOccupationRow)
occupation_imports = table(OccupationImport)
occupation_lookup_cache = table(OccupationLookupCache)
answers = table(AnswerRow)
evaluation_choices = table(EvaluationChoice)
evaluation_settings = table(EvaluationSetting)
survey_answers = table(SurveyAnswer)
suggestions = table(SuggestionRow)
suggestion_votes = table(SuggestionVote)
