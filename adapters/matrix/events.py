"""One sync response in, answers out: invitations by the allowlist, every timeline event
isolated (one failing event never stops the others), each answered at most once."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

from nio import AsyncClient, MatrixRoom, MegolmEvent, SyncResponse
from nio.responses import Timeline

from adapters.matrix.crypto import TEXTS, Undecryptable
from adapters.matrix.gaps import missed_events
from adapters.matrix.inbound import RoomFacts, thread_root, to_message
from adapters.matrix.invites import Invitations
from adapters.matrix.media import send_images
from adapters.matrix.outbound import Sender, txn_id
from adapters.matrix.ratelimit import SenderRateLimit, Verdict
from adapters.matrix.reactions import rating_action
from adapters.matrix.render import ReplyTarget, notice, reply_content
from adapters.matrix.retry import RETRYABLE
from adapters.matrix.settings import MatrixSettings
from adapters.matrix.spaces import SpaceParents
from adapters.matrix.stream import StreamedReply
from bot.failures import log_failure
from bot.host import Host
from bot.message import ConversationRef, Message, Platform

log = logging.getLogger("lotse.matrix")

PLATFORM = Platform.MATRIX
TYPING_AFTER_SECONDS = 0.3  # fast answers need no typing notice
ROOM_CONCURRENCY = 16
# The sender's language is known only inside the engine; edge notices carry both languages.
NOTICE_LANGUAGE = "de"


class SyncRetry(Exception):
    """Some event could not be answered because the homeserver was unreachable: the sync
    token must not advance (answered events are skipped through the ledger next time)."""


class SyncHandler:
    """Handles the rooms of one sync response."""

    def __init__(
        self,
        client: AsyncClient,
        settings: MatrixSettings,
        host: Host,
    ) -> None:
        self._client = client
        self._settings = settings
        self._host = host
        self.sender = Sender(client, settings.trust)
        self.invitations = Invitations(client, settings)
        self.undecryptable = Undecryptable(client, self.sender, host.language)
        self._rooms = asyncio.Semaphore(ROOM_CONCURRENCY)
        self.spaces = SpaceParents()
        self._rate_limit = SenderRateLimit(settings.rate_limit_per_minute, host.now)

    async def handle(
        self, response: SyncResponse, *, answer_timeline: bool = True, since: str | None = None
    ) -> None:
        """``since``: the token this sync started from (to fill gaps of limited timelines)."""
        await self.invitations.handle(response.rooms.invite)
        self._rate_limit.forget_idle()
        for room_id, info in response.rooms.join.items():
            self.spaces.update(room_id, [*info.state, *info.timeline.events])
        jobs = []
        if answer_timeline:
            for room_id, info in response.rooms.join.items():
                room = self._client.rooms.get(room_id)
                if room is not None and info.timeline.events:
                    jobs.append(self._room(room, info.timeline, since))
            jobs.append(self._late_decrypted())
        results = await asyncio.gather(*jobs, return_exceptions=True)
        if any(isinstance(result, RETRYABLE) for result in results):
            raise SyncRetry
        for result in results:
            if isinstance(result, BaseException):
                log_failure(log, "room handling failed", result)

    async def _late_decrypted(self) -> None:
        for room, event in self.undecryptable.decrypted_since():
            await self._event(room, event)

    async def _room(self, room: MatrixRoom, timeline: Timeline, since: str | None) -> None:
        """Events of one room in order; a failing event is logged and skipped."""
        async with self._rooms:
            events = list(timeline.events)
            if timeline.limited and timeline.prev_batch and since:
                gap = await missed_events(self._client, room.room_id, timeline.prev_batch, since)
                events = [*gap, *events]
            retry: BaseException | None = None
            for event in events:
                try:
                    await self._event(room, event)
                except RETRYABLE as error:
                    retry = error
                except Exception as error:  # before a message existed (answers log their own)
                    log_failure(log, "event handling failed", error, room_id=room.room_id)
            if retry is not None:
                raise retry

    async def _event(self, room: MatrixRoom, event: Any) -> None:
        if isinstance(event, MegolmEvent):
            await self.undecryptable.handle(room, event)
            return
        source = event.source
        sender = source.get("sender", "")
        if await self._rating(room, source, sender):
            return
        facts = RoomFacts(
            room_id=room.room_id,
            bot_user_id=self._client.user_id,
            bot_display_name=room.user_name(self._client.user_id),
            is_direct=self.invitations.is_direct(room),
            sender_display_name=room.user_name(sender) if sender else None,
            spaces=self.spaces.scopes(room.room_id),
        )
        message = to_message(
            source, facts, prefix=self._settings.command_prefix, commands=self._host.command_words
        )
        if message is None or message.message_id is None:
            return
        if not self._settings.sender_allowed(sender):
            log.info("sender not allowed", extra={"event_id": message.message_id})
            return
        now = self._host.now()
        limit = self._settings.ignore_older_than_minutes
        if limit and now - message.received_at > timedelta(minutes=limit):
            log.info("old message ignored", extra={"event_id": message.message_id})
            return
        event_id = message.message_id
        if not await self._within_rate_limit(room.room_id, sender, event_id):
            return
        # The claim stays open until the answer was sent: an event claimed by an instance
        # that died before answering is answered now, and so is one this leader claimed in
        # a sync it repeats (the homeserver drops a duplicate by its txn id); one answered,
        # or being answered by another live instance, is skipped.
        if not await self._host.claim(PLATFORM, event_id, again=True):
            return
        try:
            await self._answer(room, message, event_id, source)
        except RETRYABLE:
            raise  # the sync is repeated; the claims above make the retry answer once
        except Exception as error:
            log_failure(
                log,
                "event handling failed",
                error,
                correlation_id=message.correlation_id,
                room_id=room.room_id,
            )

    async def _answer(
        self,
        room: MatrixRoom,
        message: Message,
        event_id: str,
        source: dict[str, Any],
    ) -> None:
        target = ReplyTarget(event_id, thread_root(source.get("content", {})))
        stream = StreamedReply(
            self.sender,
            room.room_id,
            target,
            interval=self._settings.stream_edit_interval_ms / 1000,
            correlation_id=message.correlation_id,
        )
        reply = await self._with_typing(
            room.room_id, self._host.handle(message, progress=stream.progress)
        )
        sent = await stream.finish(reply_content(reply, target))
        if sent and reply.answer_id:  # reactions to that event rate the answer
            await self._host.feedback.answer_sent(reply.answer_id, sent)
        if sent:  # pictures (the usage chart) follow the text as m.image events
            await send_images(self._client, self.sender, room.room_id, reply, target)
        # Done also when the homeserver refused the answer for good (retryable failures
        # raise before this line and leave the claim open).
        await self._host.done(PLATFORM, event_id)
        log.info(
            "message answered" if sent else "answer refused by homeserver",
            extra={"event_id": event_id, "outcome": reply.outcome.value},
        )

    async def _rating(self, room: MatrixRoom, source: dict[str, Any], sender: str) -> bool:
        """A 👍/👎 reaction (or its removal) is a rating, not a message; True when it was one.
        It goes to the engine as a typed action and nothing is posted. Each counts once (the
        ledger), and only from allowed people other than the bot."""
        action = rating_action(source)
        if action is None:
            return False
        event_id = source.get("event_id")
        own = sender == self._client.user_id
        if own or not isinstance(event_id, str) or not self._settings.sender_allowed(sender):
            return True
        if not await self._host.claim(PLATFORM, event_id):
            return True
        message = Message(
            conversation=ConversationRef(
                PLATFORM,
                room.room_id,
                None,
                (f"room:{room.room_id}", *self.spaces.scopes(room.room_id)),
            ),
            sender_id=sender,
            sender_name=room.user_name(sender) or "",
            text="",
            is_direct=self.invitations.is_direct(room),
            message_id=event_id,
            action=action,
        )
        await self._host.handle(message)  # the reply is empty: the reaction shows the rating
        await self._host.done(PLATFORM, event_id)
        return True

    async def _within_rate_limit(self, room_id: str, sender: str, event_id: str) -> bool:
        verdict = self._rate_limit.check(sender)
        if verdict is Verdict.ANSWER:
            return True
        log.warning("sender over rate limit", extra={"event_id": event_id, "action": verdict})
        if verdict is Verdict.WARN:
            text = TEXTS.get(NOTICE_LANGUAGE, "rate_limited")
            await self.sender.send(room_id, notice(text, None), txn_id("rate", room_id, event_id))
        return False

    async def _with_typing(self, room_id: str, work: Any) -> Any:
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=TYPING_AFTER_SECONDS)
        if done:
            return task.result()
        await self.sender.typing(room_id, True)
        try:
            return await task
        finally:
            await self.sender.typing(room_id, False)
