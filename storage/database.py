"""Opening the store: engine, optional migration, and the repositories behind one object."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from bot.caller_facts import CallerFacts, CallerQuery
from skills.occupation.ports import OccupationRepository
from storage.engine import create_runner
from storage.migrate import serves_schema_with, upgrade_with
from storage.repositories import (
    SqlAcknowledgementRepository,
    SqlAuditRepository,
    SqlDirectoryRepository,
    SqlEventLedger,
    SqlFeedbackRepository,
    SqlOccupationRepository,
    SqlPreferenceRepository,
    SqlReminderLogRepository,
    SqlStateRepository,
    SqlUsageRepository,
)
from storage.repositories.caller import read_caller
from storage.repositories.cluster import SqlCluster
from storage.repositories.evaluation import SqlEvaluation
from storage.repositories.housekeeping import SqlHousekeeping
from storage.runner import Runner

R = TypeVar("R")


class SqlStore:
    """Implements :class:`bot.ports.Store` on SQLite or PostgreSQL; one per process."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._directory = SqlDirectoryRepository(runner)
        self._acknowledgements = SqlAcknowledgementRepository(runner)
        self._states = SqlStateRepository(runner)
        self._reminders = SqlReminderLogRepository(runner)
        self._preferences = SqlPreferenceRepository(runner)
        self._audit = SqlAuditRepository(runner)
        self._events = SqlEventLedger(runner)
        self._feedback = SqlFeedbackRepository(runner)
        self._usage = SqlUsageRepository(runner)
        # The repositories skills declare in their own packages, by interface.
        self._skill_repositories: dict[type[Any], object] = {
            OccupationRepository: SqlOccupationRepository(runner),
        }
        self._housekeeping = SqlHousekeeping(runner)
        self._evaluation = SqlEvaluation(runner)
        self._cluster = SqlCluster(runner)

    @property
    def runner(self) -> Runner:
        """Runs units of work on a sync ``Connection`` (maintenance jobs, tests)."""
        return self._runner

    @property
    def cluster(self) -> SqlCluster:
        """Instances sharing this database: heartbeats, locks, leadership, announcements."""
        return self._cluster

    @property
    def housekeeping(self) -> SqlHousekeeping:
        return self._housekeeping

    @property
    def directory(self) -> SqlDirectoryRepository:
        return self._directory

    @property
    def acknowledgements(self) -> SqlAcknowledgementRepository:
        return self._acknowledgements

    @property
    def states(self) -> SqlStateRepository:
        return self._states

    @property
    def reminders(self) -> SqlReminderLogRepository:
        return self._reminders

    @property
    def preferences(self) -> SqlPreferenceRepository:
        return self._preferences

    @property
    def audit(self) -> SqlAuditRepository:
        return self._audit

    @property
    def events(self) -> SqlEventLedger:
        return self._events

    @property
    def feedback(self) -> SqlFeedbackRepository:
        return self._feedback

    @property
    def usage(self) -> SqlUsageRepository:
        return self._usage

    @property
    def evaluation(self) -> SqlEvaluation:
        """The pilot evaluation: answers and ratings, opt-outs, survey, suggestions."""
        return self._evaluation

    def repository(self, interface: type[R]) -> R:
        """The implementation of a repository interface a skill declares (``Skill.repository``)."""
        found = self._skill_repositories.get(interface)
        if found is None:
            raise LookupError(f"no repository implements {interface.__qualname__}")
        return cast(R, found)

    async def caller_facts(self, query: CallerQuery) -> CallerFacts:
        return await self._runner.run(read_caller, query)

    async def read_ahead(self, query: CallerQuery) -> None:
        """Nothing to fill: without a cache each read goes to the database anyway."""

    def connections_in_use(self) -> int:
        return self._runner.connections_in_use()

    async def ping(self) -> bool:
        """True when the database answers ``SELECT 1`` (health checks)."""
        try:
            return await self._runner.run(_select_one)
        except (SQLAlchemyError, OSError):
            return False

    async def schema_current(self) -> bool:
        """True when the database answers and carries this release's newest migration, or a
        later one a newer release applied during a rolling upgrade (readiness)."""
        try:
            return await serves_schema_with(self._runner)
        except (SQLAlchemyError, OSError):
            return False

    async def close(self) -> None:
        await self._cluster.settle()
        await self._runner.dispose()


async def open_store(
    url: str, *, migrate: bool = True, connect_args: Mapping[str, Any] | None = None
) -> SqlStore:
    """Open the database at ``url`` (``sqlite+aiosqlite://`` or ``postgresql+asyncpg://``).

    With ``migrate`` the schema is upgraded to the newest revision first. ``connect_args`` go
    to the driver (e.g. asyncpg ``server_settings`` to pick a ``search_path``).
    """
    runner = create_runner(url, connect_args=connect_args)
    try:
        if migrate:
            await upgrade_with(runner)
    except BaseException:
        await runner.dispose()
        raise
    return SqlStore(runner)


def _select_one(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT 1")).scalar_one() == 1)
