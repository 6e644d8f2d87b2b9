"""Storage interfaces the engine needs; ``storage/`` implements them (SQLite, PostgreSQL).

Users are known to the store by a pseudonymous ``user_key`` everywhere except where an admin
assigns people by their platform id (department assignments and admin roles).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from bot.caller_facts import CallerFacts, CallerQuery
    from bot.evaluation.ports import AnswerRecord, EvaluationRepository

from bot.cluster import Cluster

R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Department:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class StateKey:
    """One conversation state per user, conversation and thread (aiogram's user-in-chat)."""

    platform: str
    conversation_id: str
    thread_id: str | None
    user_key: str

    def storage_id(self) -> str:
        return self._hashed(self.platform, self.conversation_id, self.thread_id or "")

    def recent_id(self) -> str:
        """The row of the topic remembered for follow-up questions (beside the open question)."""
        return self._hashed(self.platform, self.conversation_id, self.thread_id or "", "recent")

    def _hashed(self, *parts: str) -> str:
        return _digest("\x1f".join((*parts, self.user_key)))


@lru_cache(maxsize=4096)
def _digest(raw: str) -> str:
    """Row ids of conversation states; each turn asks for its two ids four times."""
    return hashlib.sha256(raw.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class ConversationState:
    """Who owns the pending turn (a skill id or a built-in like ``privacy.delete``)."""

    owner: str
    data: Mapping[str, Any]
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class StoredStates:
    """What one read of a conversation's state finds: the open question a skill or built-in
    asked (``pending``) and the topic a skill remembers for follow-up questions (``recent``,
    e.g. the occupation of the last card); each None when absent or expired."""

    pending: ConversationState | None = None
    recent: ConversationState | None = None


@dataclass(frozen=True, slots=True)
class RecentChange:
    """The topic a turn leaves for follow-up questions, or ``state`` None to forget it. It is
    written with the turn's audit row, so remembering costs no round trip of its own."""

    key: StateKey
    state: ConversationState | None


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    policy_version: str
    acknowledged_at: datetime


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """What happened, never what was written. ``detail`` holds ids and before/after values."""

    kind: str  # "message" | "admin" | "privacy"
    actor_key: str
    action: str  # skill id, built-in name or admin action
    outcome: str
    at: datetime
    platform: str | None = None
    department: str | None = None
    correlation_id: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AdminGrant:
    platform: str
    user_id: str
    department_id: int | None  # None: global admin


class DirectoryRepository(Protocol):
    """Departments, who and where belongs to which, skill toggles, admin roles.

    A change given an ``audit`` event commits together with its audit row (one transaction):
    an admin change is never kept without its record, nor recorded without being made."""

    async def ensure_department(
        self, name: str, *, audit: AuditEvent | None = None
    ) -> Department: ...
    async def get_department(self, name: str) -> Department | None: ...
    async def list_departments(self) -> list[Department]: ...
    async def rename_department(
        self, old: str, new: str, *, audit: AuditEvent | None = None
    ) -> Department: ...
    async def department_for_user(self, platform: str, user_id: str) -> Department | None: ...
    async def department_for_scopes(
        self, platform: str, scopes: Sequence[str]
    ) -> Department | None: ...
    async def assign_user(
        self, platform: str, user_id: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None: ...
    async def unassign_user(
        self, platform: str, user_id: str, *, audit: AuditEvent | None = None
    ) -> bool: ...
    async def assign_scope(
        self, platform: str, scope: str, department_id: int, *, audit: AuditEvent | None = None
    ) -> None: ...
    async def user_assignments(self, department_id: int) -> list[tuple[str, str]]: ...
    async def scope_assignments(self, department_id: int) -> list[tuple[str, str]]: ...
    async def skill_toggles(self, department_id: int) -> dict[str, bool]: ...
    async def set_skill_enabled(
        self, department_id: int, skill_id: str, enabled: bool, *, audit: AuditEvent | None = None
    ) -> bool | None: ...
    async def admin_grants(self, platform: str, user_id: str) -> list[AdminGrant]: ...
    async def grant_admin(self, grant: AdminGrant, *, audit: AuditEvent | None = None) -> bool: ...
    async def revoke_admin(
        self, grant: AdminGrant, *, audit: AuditEvent | None = None
    ) -> bool: ...


class AcknowledgementRepository(Protocol):
    async def get(self, user_key: str) -> Acknowledgement | None: ...
    async def save(self, user_key: str, ack: Acknowledgement) -> None: ...
    async def delete(self, user_key: str) -> int: ...


class StateRepository(Protocol):
    async def get(self, key: StateKey, now: datetime) -> ConversationState | None: ...
    async def read(self, key: StateKey, now: datetime) -> StoredStates:
        """The open question and the remembered topic, in one statement."""
        ...

    async def put(self, key: StateKey, state: ConversationState) -> None: ...
    async def delete(self, key: StateKey) -> None: ...
    async def purge_expired(self, now: datetime) -> int: ...
    async def count_for_user(self, user_key: str) -> int: ...
    async def delete_for_user(self, user_key: str) -> int: ...


class ReminderLogRepository(Protocol):
    async def last_shown(
        self, user_key: str, reminder_ids: Sequence[str]
    ) -> dict[str, datetime]: ...
    async def mark_shown(
        self, user_key: str, reminder_ids: Sequence[str], at: datetime
    ) -> None: ...
    async def delete_for_user(self, user_key: str) -> int: ...


class PreferenceRepository(Protocol):
    async def language(self, user_key: str) -> str | None: ...
    async def set_language(self, user_key: str, language: str) -> None: ...
    async def delete_for_user(self, user_key: str) -> int: ...


@dataclass(frozen=True, slots=True)
class AuditCount:
    """How many events of one department, action and outcome (usage reports: counts only)."""

    department: str | None
    action: str
    outcome: str
    count: int


class AuditRepository(Protocol):
    async def record(
        self,
        event: AuditEvent,
        *,
        answer: AnswerRecord | None = None,
        recent: RecentChange | None = None,
    ) -> None:
        """Store the audit row; with ``answer`` also the evaluation's row for the same turn,
        with ``recent`` the topic remembered for follow-ups (or its removal), all in the same
        commit (one round trip per turn)."""
        ...

    async def count_for_actor(self, actor_key: str) -> int: ...
    async def recent(self, kind: str, limit: int) -> list[AuditEvent]: ...
    async def counts(self, kind: str, since: datetime) -> list[AuditCount]: ...


@dataclass(frozen=True, slots=True)
class Feedback:
    """A thumbs up/down on a reply: which reply and how, never a comment's text."""

    platform: str
    reply_id: str
    user_key: str
    rating: str  # "like" | "dislike"
    has_comment: bool
    at: datetime


@dataclass(frozen=True, slots=True)
class Usage:
    tokens_in: int = 0
    tokens_out: int = 0

    @property
    def total(self) -> int:
        return self.tokens_in + self.tokens_out


# What an erased person's audit rows point to instead of their key.
ERASED_USER = "erased-user"


@dataclass(frozen=True, slots=True)
class Retention:
    """How long each kind of record is kept, in days (documented in the README)."""

    audit_days: int = 365
    usage_days: int = 365
    feedback_days: int = 365
    events_days: int = 7  # redelivery claims: platforms redeliver within minutes
    reminders_days: int = 365
    cache_days: int = 30


class Housekeeping(Protocol):
    """Everything stored about one person across all tables, and retention purges."""

    async def rows_for_user(self, user_key: str, platform: str, user_id: str) -> dict[str, int]:
        """Row counts per kind of data held about the person (audit rows included)."""
        ...

    async def erase_user(self, user_key: str, platform: str, user_id: str) -> dict[str, int]:
        """Deletes every row about the person in one transaction; audit rows stay with their
        key replaced by ``ERASED_USER``. Returns counts per kind."""
        ...

    async def purge(self, now: datetime, retention: Retention) -> dict[str, int]:
        """Deletes what is older than its retention period; returns counts per kind."""
        ...


class EventLedger(Protocol):
    """Idempotency across redeliveries, restarts and instances: an incoming event (Teams
    activity id, Matrix event id) is handled by whoever claims it first."""

    async def claim(
        self,
        platform: str,
        event_id: str,
        at: datetime,
        *,
        owner: str | None = None,
        stale_before: datetime | None = None,
        again: bool = False,
    ) -> bool:
        """True if this call claimed the event; False if it was claimed before.

        Without ``owner`` the event counts as done at once. With it, the claim belongs to
        that instance until :meth:`done`; an undone claim whose owner's heartbeat is older
        than ``stale_before`` (or gone) is taken over by this call. The owner's own undone
        claim is claimed again only with ``again`` (a retry, never a concurrent copy)."""
        ...

    async def done(self, platform: str, event_id: str, at: datetime) -> None:
        """The owned event's reply was delivered: a redelivery is never answered again."""
        ...

    async def purge_before(self, before: datetime) -> int: ...

    async def outstanding(self) -> int:
        """Claims whose reply is not delivered yet (in flight or awaiting a takeover)."""
        ...


class FeedbackRepository(Protocol):
    async def record(self, feedback: Feedback) -> None: ...
    async def counts(self, since: datetime) -> dict[str, int]: ...
    async def count_for_user(self, user_key: str) -> int: ...
    async def delete_for_user(self, user_key: str) -> int: ...


class UsageRepository(Protocol):
    """Model tokens per day, user and department; no content."""

    async def add(
        self, day: date, user_key: str, department: str, tokens_in: int, tokens_out: int
    ) -> None: ...
    async def for_user(self, day: date, user_key: str) -> Usage: ...
    async def for_department(self, day: date, department: str) -> Usage: ...


class Store(Protocol):
    """The engine's view of persistence; one instance per process."""

    @property
    def directory(self) -> DirectoryRepository: ...
    @property
    def acknowledgements(self) -> AcknowledgementRepository: ...
    @property
    def states(self) -> StateRepository: ...
    @property
    def reminders(self) -> ReminderLogRepository: ...
    @property
    def preferences(self) -> PreferenceRepository: ...
    @property
    def audit(self) -> AuditRepository: ...
    @property
    def events(self) -> EventLedger: ...
    @property
    def feedback(self) -> FeedbackRepository: ...
    @property
    def usage(self) -> UsageRepository: ...
    @property
    def housekeeping(self) -> Housekeeping: ...
    @property
    def evaluation(self) -> EvaluationRepository: ...
    @property
    def cluster(self) -> Cluster: ...

    def repository(self, interface: type[R]) -> R:
        """The store's implementation of a repository interface that a skill declares in its
        own package (``Skill.repository``); ``LookupError`` when this store has none."""
        ...

    async def caller_facts(self, query: CallerQuery) -> CallerFacts:
        """What a turn reads about the person writing, in one unit of work."""
        ...

    async def read_ahead(self, query: CallerQuery) -> None:
        """A turn is about to read what ``caller_facts`` answers: a store with a cache fills
        what it misses in one read; a store without one does nothing."""
        ...

    async def ping(self) -> bool: ...

    def connections_in_use(self) -> int:
        """Database connections this process has checked out right now (metrics)."""
        ...

    async def schema_current(self) -> bool:
        """Reachable and migrated to this release's newest revision or a later one a newer
        release applied while this one still runs (readiness probes)."""
        ...

    async def close(self) -> None: ...
