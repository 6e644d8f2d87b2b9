"""``bot.Reply`` to Matrix event content: an ``m.notice`` with Markdown ``body`` and sanitised
HTML ``formatted_body``, related to the message it answers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adapters.matrix.html import markdown_to_html
from bot.render import to_markdown
from bot.reply import Reply

# A machine-readable AI marker beside the visible label (as the Teams AI entity does).
AI_FIELD = "de.lotse.ai_generated"
TEMPLATE_FIELD = "de.lotse.template_draft"
SKILL_FIELD = "de.lotse.skill"


@dataclass(frozen=True, slots=True)
class ReplyTarget:
    """The event being answered and, if it was in a thread, the thread root."""

    event_id: str
    thread_root: str | None = None


def relation(target: ReplyTarget) -> dict[str, Any]:
    """``m.relates_to`` for a reply, threaded when the trigger was in a thread."""
    if target.thread_root:
        return {
            "rel_type": "m.thread",
            "event_id": target.thread_root,
            "is_falling_back": False,
            "m.in_reply_to": {"event_id": target.event_id},
        }
    return {"m.in_reply_to": {"event_id": target.event_id}}


def notice(markdown: str, target: ReplyTarget | None) -> dict[str, Any]:
    """An ``m.notice`` (bots answer with notices, so other bots do not answer back)."""
    content: dict[str, Any] = {
        "msgtype": "m.notice",
        "body": markdown,
        "format": "org.matrix.custom.html",
        "formatted_body": markdown_to_html(markdown),
        # Intentional mentions: an empty object says "this notice mentions nobody".
        "m.mentions": {},
    }
    if target is not None:
        content["m.relates_to"] = relation(target)
    return content


def reply_content(reply: Reply, target: ReplyTarget | None) -> dict[str, Any]:
    """The whole reply: AI label first, blocks, source, reminders compact in the last line."""
    content = notice(to_markdown(reply), target)
    content[AI_FIELD] = reply.ai_generated
    content[TEMPLATE_FIELD] = reply.template_draft
    if reply.skill_id:
        content[SKILL_FIELD] = reply.skill_id
    return content
