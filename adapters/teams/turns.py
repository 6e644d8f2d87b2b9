"""What Lotse does with each Teams activity: messages, being added, feedback, the rest."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
from contextlib import suppress
from pathlib import Path
from typing import Any

from adapters.teams.admin_actions import panel_request
from adapters.teams.card_actions import CARD_ACTION, on_card_action
from adapters.teams.feedback import RATING_OF, language_of, reason_form, reason_of, thanks
from adapters.teams.parse import bot_added, event_key, message_from, sender_id, to_message
from adapters.teams.ports import ActivityJson, InvokeAnswer, ProactivePort, TurnPort
from adapters.teams.render import markdown, render, text_activity
from adapters.teams.replying import TYPING, Outbox, Stream
from bot.evaluation.actions import RateAnswer
from bot.evaluation.ports import UP
from bot.failures import log_failure
from bot.host import FeedbackReport, Host
from bot.message import Message, Platform, new_correlation_id
from bot.texts import Texts

log = logging.getLogger("lotse.teams")

TYPING_EVERY_SECONDS = 3.0  # Teams hides the typing indicator after a few seconds
# A reply ready within this time needs no typing indicator (saves a Bot Connector round trip).
TYPING_AFTER_SECONDS = 0.25
FEEDBACK_RATINGS = frozenset(("like", "dislike"))
IGNORED = frozenset(
    ("messageReaction", "messageUpdate", "messageDelete", "typing", "installationUpdate", "event")
)


def adapter_texts() -> Texts:
    return Texts.load(Path(__file__).with_name("texts"))


class TeamsBot:
    """Turns activities into engine calls and replies; no SDK types, plain activity JSON."""

    def __init__(self, host: Host, proactive: ProactivePort, inline_seconds: float) -> None:
        self._host = host
        self._proactive = proactive
        self._inline_seconds = inline_seconds
        self._texts = adapter_texts()
        self._tasks: set[asyncio.Task[None]] = set()

    async def on_turn(self, turn: TurnPort) -> InvokeAnswer | None:
        kind = str(turn.activity.get("type") or "")
        try:
            if kind == "message":
                await self._message(turn)
            elif kind == "conversationUpdate":
                await self._conversation_update(turn)
            elif kind == "invoke":
                return await self._invoke(turn)
            elif kind not in IGNORED:
                log.debug("activity type ignored", extra={"activity_type": kind})
        except Exception as error:  # never a 500: Teams would redeliver again and again
            correlation_id = new_correlation_id()
            log_failure(
                log, "teams turn failed", error, correlation_id=correlation_id, activity_type=kind
            )
            if kind == "message":
                with suppress(Exception):
                    await turn.send(text_activity(self._t("failed", id=correlation_id)))
        return InvokeAnswer(200, {}) if kind == "invoke" else None

    async def close(self) -> None:
        """Let replies still being worked on finish (briefly), then stop them."""
        if self._tasks:
            _, pending = await asyncio.wait(set(self._tasks), timeout=10)
            for task in pending:
                task.cancel()

    def _t(self, key: str, /, **values: object) -> str:
        return self._texts.get(self._host.language, key, **values)

    async def _claim(self, activity: ActivityJson) -> bool:
        """Ours to answer? A first delivery is; so is a redelivery whose reply was never
        delivered because the instance that claimed it is gone. The claim stays open until
        :meth:`_done`."""
        key = event_key(activity)
        if key is None:
            return True
        claimed = await self._host.claim(Platform.TEAMS, key)
        if not claimed:
            log.info("redelivered activity ignored", extra={"activity_id": activity.get("id")})
        return claimed

    async def _done(self, activity: ActivityJson) -> None:
        """The reply was delivered: a later redelivery is never answered again."""
        key = event_key(activity)
        if key is not None:
            await self._host.done(Platform.TEAMS, key)

    async def _message(self, turn: TurnPort) -> None:
        message = to_message(turn.activity)
        if message is None or not await self._claim(turn.activity):
            return
        message = panel_request(message)  # `admin` alone in a personal chat: the panel
        outbox = Outbox(turn, self._proactive)
        working = self._t("working")
        correlation_id = message.correlation_id
        stream = (
            Stream(outbox, working, correlation_id=correlation_id) if message.is_direct else None
        )
        task = asyncio.create_task(self._answer(message, outbox, stream, turn.activity))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        await self._wait_typing(task, outbox, correlation_id)
        if not task.done():
            # Answer the request now; the reply follows as a proactive message.
            if not (stream and stream.started):
                await outbox.send(text_activity(working))
            outbox.close()

    async def _wait_typing(
        self, task: asyncio.Task[None], outbox: Outbox, correlation_id: str
    ) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self._inline_seconds
        await asyncio.wait({task}, timeout=min(TYPING_AFTER_SECONDS, self._inline_seconds))
        while not task.done() and loop.time() < deadline:
            try:
                await outbox.send(TYPING)
            except Exception as error:  # typing is a courtesy; the reply still goes out
                log_failure(
                    log,
                    "typing indicator failed",
                    error,
                    correlation_id=correlation_id,
                    level=logging.WARNING,
                )
            remaining = deadline - loop.time()
            await asyncio.wait({task}, timeout=min(TYPING_EVERY_SECONDS, max(remaining, 0)))

    async def _answer(
        self, message: Message, outbox: Outbox, stream: Stream | None, incoming: ActivityJson
    ) -> None:
        try:
            reply = await self._host.handle(message, progress=stream.update if stream else None)
            # Forms (a reply's panel) in personal chats only; channels get the text and tables.
            activity: dict[str, Any] = render(reply, forms=message.is_direct)
            if stream:
                activity = stream.finish(activity)
            sent_id = await outbox.send(activity)
            if reply.answer_id and sent_id:  # feedback on that message finds the answer
                await self._host.feedback.answer_sent(reply.answer_id, sent_id)
        except Exception as error:
            correlation_id = message.correlation_id
            log_failure(log, "teams reply failed", error, correlation_id=correlation_id)
            try:
                await outbox.send(text_activity(self._t("failed", id=correlation_id)))
            except Exception:
                return  # nothing delivered: the claim stays open for a takeover
        await self._done(incoming)

    async def _conversation_update(self, turn: TurnPort) -> None:
        activity = turn.activity
        if not bot_added(activity) or not await self._claim(activity):
            return
        parts = [self._t("welcome.hello")]
        # "What it can do" and, for a newcomer, the guideline to acknowledge come from the
        # engine: the skills this team's department may use.
        help_message = message_from(activity, "hilfe")
        if help_message is not None:
            help_reply = await self._host.handle(help_message)
            parts.append(markdown(help_reply, self._host.texts, with_ai_line=False))
        await turn.send(text_activity("\n\n".join(parts), self._host.language))
        await self._done(activity)

    async def _invoke(self, turn: TurnPort) -> InvokeAnswer:
        activity = turn.activity
        if activity.get("name") == CARD_ACTION:
            return await on_card_action(self._host, activity, self._texts)
        value = activity.get("value")
        if not isinstance(value, dict) or value.get("actionName") != "feedback":
            return InvokeAnswer(200, {})
        if activity.get("name") == "message/fetchTask":
            return await self._feedback_form(activity, value)
        if activity.get("name") == "message/submitAction":
            await self._feedback(activity, value)
        return InvokeAnswer(200, {})

    async def _feedback_form(self, activity: ActivityJson, value: dict[str, Any]) -> InvokeAnswer:
        """A thumb was clicked: a thumbs up counts now; a thumbs down asks for the reason."""
        action = value.get("actionValue")
        rating = action.get("reaction") if isinstance(action, dict) else None
        language = language_of(activity)
        if rating == "dislike":
            return reason_form(language)
        if rating == "like":
            await self._rate(activity, RateAnswer(UP, message_ref=_reply_to(activity)))
        return thanks(language)

    async def _feedback(self, activity: ActivityJson, value: dict[str, Any]) -> None:
        action = value.get("actionValue")
        action = action if isinstance(action, dict) else {}
        rating = action.get("reaction")
        user = sender_id(activity)
        if rating not in FEEDBACK_RATINGS or not user or not await self._claim(activity):
            return
        feedback = FeedbackReport(
            platform=Platform.TEAMS,
            user_id=user,
            reply_id=_reply_to(activity),
            rating=rating,
            has_comment=_has_comment(action.get("feedback")),
        )
        await self._host.record_feedback(feedback)
        reason = reason_of(action.get("feedback"))
        await self._rate(
            activity, RateAnswer(RATING_OF[rating], message_ref=feedback.reply_id, reason=reason)
        )
        await self._done(activity)

    async def _rate(self, activity: ActivityJson, action: RateAnswer) -> None:
        """The rating goes to the engine as a typed action; its (empty) reply is not sent,
        the invoke's answer thanks the person."""
        message = message_from(activity, "")
        if message is not None:
            await self._host.handle(dataclasses.replace(message, action=action))


def _reply_to(activity: ActivityJson) -> str:
    return str(activity.get("replyToId") or "")


def _has_comment(raw: object) -> bool:
    """Teams sends the comment as a JSON string ``{"feedbackText": "…"}``; we keep only
    whether there was one."""
    if isinstance(raw, str):
        text = raw
        try:
            raw = json.loads(text)
        except ValueError:
            return bool(text.strip())
    return isinstance(raw, dict) and bool(str(raw.get("feedbackText") or "").strip())
