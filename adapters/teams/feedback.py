"""Teams' feedback loop on AI-labelled replies, with Lotse's own form for a thumbs down.

With ``channelData.feedbackLoop.type = "custom"`` Teams asks the bot for the form when a
thumb is clicked (``message/fetchTask``): a thumbs up is thanked at once, a thumbs down gets a
card with the fixed reasons. Submitting it arrives as ``message/submitAction`` whose
``feedback`` is the form's values as a JSON string; only the reason code is kept."""

from __future__ import annotations

import json
from typing import Any

from adapters.teams.cards import CARD_CONTENT_TYPE, CARD_SCHEMA, CARD_VERSION
from adapters.teams.ports import InvokeAnswer
from bot.evaluation.ports import DOWN, REASONS, UP
from bot.evaluation.texts import evaluation_texts

FEEDBACK_LOOP: dict[str, Any] = {"feedbackLoop": {"type": "custom"}}
RATING_OF = {"like": UP, "dislike": DOWN}
REASON_FIELD = "reason"


def language_of(activity: Any) -> str:
    locale = str(activity.get("locale") or "") if isinstance(activity, dict) else ""
    return "en" if locale.casefold().startswith("en") else "de"


def reason_form(language: str) -> InvokeAnswer:
    """The task module answering a thumbs down: the fixed reasons, one to choose."""
    texts = evaluation_texts()
    choices = [
        {"title": texts.get(language, f"reasons.{reason}"), "value": reason} for reason in REASONS
    ]
    card = {
        "type": "AdaptiveCard",
        "$schema": CARD_SCHEMA,
        "version": CARD_VERSION,
        "body": [
            {
                "type": "Input.ChoiceSet",
                "id": REASON_FIELD,
                "label": texts.get(language, "feedback.form_reason"),
                "style": "expanded",
                "isRequired": True,
                "choices": choices,
                "value": "other",
            }
        ],
        "actions": [
            {"type": "Action.Submit", "title": texts.get(language, "feedback.form_submit")}
        ],
    }
    title = texts.get(language, "feedback.form_title")
    task = {
        "type": "continue",
        "value": {
            "title": title,
            "card": {"contentType": CARD_CONTENT_TYPE, "content": card},
        },
    }
    return InvokeAnswer(200, {"task": task})


def thanks(language: str) -> InvokeAnswer:
    text = evaluation_texts().get(language, "feedback.form_thanks")
    return InvokeAnswer(200, {"task": {"type": "message", "value": text}})


def reason_of(raw: object) -> str | None:
    """The reason code from the submitted form (a JSON string or an object), if it is one of
    the fixed reasons; anything typed is ignored."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return None
    if not isinstance(raw, dict):
        return None
    reason = raw.get(REASON_FIELD)
    return reason if reason in REASONS else None
