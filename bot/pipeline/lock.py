"""One turn at a time per conversation state, so two quick messages never interleave
around a slow skill (aiogram's per-chat lock) — across every instance sharing the database.

The in-process lock comes first: turns of one conversation queue here, so at most one
database connection per process waits on (or holds) a conversation's database lock."""

from __future__ import annotations

import asyncio
from weakref import WeakValueDictionary

from bot.pipeline.base import Handler
from bot.ports import StateKey
from bot.reply import Reply
from bot.turn import Caller


class ConversationLock:
    def __init__(self) -> None:
        # Weak values: a lock lives only while some turn holds or waits for it.
        self._locks: WeakValueDictionary[StateKey, asyncio.Lock] = WeakValueDictionary()

    def _lock_for(self, key: StateKey) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            lock = asyncio.Lock()
            self._locks[key] = lock
        return lock

    async def __call__(self, turn: Caller, next_: Handler[Caller]) -> Reply:
        action = turn.message.action
        if action is not None and not action.locks_conversation:
            return await next_(turn)
        lock = self._lock_for(turn.state_key)
        async with (
            lock,
            turn.services.store.cluster.conversation_lock(turn.state_key.storage_id()),
        ):
            return await next_(turn)
