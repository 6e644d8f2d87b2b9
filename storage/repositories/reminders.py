"""When each user last saw each policy reminder."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Connection

from storage.models import reminder_log as t
from storage.repositories._base import SqlRepository
from storage.repositories._sql import execute, insert_for

_LAST_SHOWN = select(t.c.reminder_id, t.c.last_shown_at).where(
    t.c.user_key == bindparam("user_key"),
    t.c.reminder_id.in_(bindparam("reminder_ids", expanding=True)),
)
_DELETE = delete(t).where(t.c.user_key == bindparam("user_key"))


class SqlReminderLogRepository(SqlRepository):
    """Implements :class:`bot.ports.ReminderLogRepository`."""

    async def last_shown(self, user_key: str, reminder_ids: Sequence[str]) -> dict[str, datetime]:
        if not reminder_ids:
            return {}
        return await self._runner.run(_last_shown, user_key, list(reminder_ids))

    async def mark_shown(self, user_key: str, reminder_ids: Sequence[str], at: datetime) -> None:
        # Repeated ids would make PostgreSQL update one row twice in a statement: drop them.
        rows = [
            {"user_key": user_key, "reminder_id": reminder_id, "last_shown_at": at}
            for reminder_id in dict.fromkeys(reminder_ids)
        ]
        if not rows:
            return
        # One multi-row statement: atomic without a transaction, one round trip. A relaxed
        # commit: losing the last fraction of a second in a database crash only shows a
        # reminder once more.
        statement = insert_for(self._dialect, t).values(rows)
        statement = statement.on_conflict_do_update(
            index_elements=[t.c.user_key, t.c.reminder_id],
            set_={"last_shown_at": statement.excluded.last_shown_at},
        )
        await self._runner.run_relaxed(execute, statement, {})

    async def delete_for_user(self, user_key: str) -> int:
        return await self._runner.run(execute, _DELETE, {"user_key": user_key})


def _last_shown(conn: Connection, user_key: str, reminder_ids: list[str]) -> dict[str, datetime]:
    params = {"user_key": user_key, "reminder_ids": reminder_ids}
    return {row[0]: row[1] for row in conn.execute(_LAST_SHOWN, params)}
