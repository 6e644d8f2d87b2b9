"""``bot.Reply`` to an outgoing Bot Framework activity (plain JSON): Markdown text, or an
Adaptive Card with a text fallback; Teams' AI label and feedback buttons on AI output."""

from __future__ import annotations

from typing import Any

from adapters.teams.cards import CARD_CONTENT_TYPE, adaptive_card, panel_card, wants_card
from adapters.teams.feedback import FEEDBACK_LOOP
from adapters.teams.forms import panel_of
from adapters.teams.images import image_attachments
from bot.render import sources_line, to_markdown
from bot.reply import Reply
from bot.texts import Texts, engine_texts

# Teams shows "AI generated" above a message carrying this entity.
AI_LABEL_ENTITY: dict[str, Any] = {
    "type": "https://schema.org/Message",
    "@type": "Message",
    "@context": "https://schema.org",
    "additionalType": ["AIGeneratedContent"],
}

OutgoingActivity = dict[str, Any]


def markdown(reply: Reply, texts: Texts, *, with_ai_line: bool) -> str:
    """Blocks as Markdown; sources and reminders compact in final italic lines."""
    return to_markdown(reply, texts, with_ai_line=with_ai_line)


def render(reply: Reply, texts: Texts | None = None, *, forms: bool = False) -> OutgoingActivity:
    """The message activity for ``reply`` (conversation and reply-to are set by the sender).

    ``forms``: where forms are offered (personal chats), a reply's panel is shown in place of
    its other blocks."""
    texts = texts or engine_texts()
    activity: OutgoingActivity = {"type": "message", "locale": reply.language}
    panel = panel_of(reply) if forms else None
    if panel is not None:
        card = panel_card(panel, markdown(reply, texts, with_ai_line=False))
        activity["attachments"] = [{"contentType": CARD_CONTENT_TYPE, "content": card}]
        activity["summary"] = panel.title
    elif wants_card(reply):
        sources = sources_line(reply, texts) if reply.sources else ""
        # The card's own fallback keeps the written AI hint: clients without cards may also
        # lack the AI label.
        fallback = markdown(reply, texts, with_ai_line=True)
        card = adaptive_card(reply, texts, sources, fallback)
        activity["attachments"] = [{"contentType": CARD_CONTENT_TYPE, "content": card}]
        activity["summary"] = _summary(reply)
    else:
        activity["text"] = markdown(reply, texts, with_ai_line=False)
        activity["textFormat"] = "markdown"
        if images := image_attachments(reply):  # e.g. the usage chart; alt text in the text
            activity["attachments"] = images
    if reply.ai_generated:
        activity["entities"] = [dict(AI_LABEL_ENTITY)]
        # Lotse's own form on a thumbs down (the fixed reasons); see adapters.teams.feedback.
        activity["channelData"] = dict(FEEDBACK_LOOP)
    return activity


def _summary(reply: Reply) -> str:
    """A one-line summary for notifications and the chat list."""
    return reply.title or "Lotse"


def card_answer(reply: Reply, texts: Texts | None = None) -> dict[str, Any]:
    """The card that answers a card's button (an ``Action.Execute``): the reply's panel,
    refreshed, or else the reply as a card (a refusal, an error)."""
    texts = texts or engine_texts()
    fallback = markdown(reply, texts, with_ai_line=False)
    panel = panel_of(reply)
    if panel is not None:
        return panel_card(panel, fallback)
    return adaptive_card(reply, texts, "", fallback)


def text_activity(text: str, language: str = "de") -> OutgoingActivity:
    """A plain Markdown message (welcome, acknowledgements, adapter-level errors)."""
    return {"type": "message", "text": text, "textFormat": "markdown", "locale": language}
