"""The Teams admin panel: the engine's departments overview as an Adaptive Card.

A department picker (``Input.ChoiceSet``) with a button to show another department, and one
``Input.Toggle`` per skill of the shown department; "Save" is an ``Action.Execute`` (verb
``lotse.admin.apply``) carrying the department and the version it was drawn from, so the
engine can tell a stale card (see ``bot.admin_chat.panel``). Only drawing happens here: the
data comes from the engine's ``reply.data["admin"]``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from adapters.teams.cards import CARD_CONTENT_TYPE, CARD_SCHEMA, CARD_VERSION, adaptive_card
from adapters.teams.render import markdown
from bot.reply import Reply
from bot.texts import Texts, engine_texts

APPLY_VERB = "lotse.admin.apply"
SHOW_VERB = "lotse.admin.show"
PICK_INPUT = "lotsePickDepartment"
TOGGLE_PREFIX = "lotseSkill."
_NOTE_COLOURS = {"applied": "Good", "stale": "Attention", "unchanged": "Default"}

Element = dict[str, Any]


def panel_data(reply: Reply) -> Mapping[str, Any] | None:
    """The overview data when ``reply`` is a departments overview with something to show."""
    data = reply.data.get("admin")
    if not isinstance(data, Mapping) or data.get("view") != "departments":
        return None
    if not data.get("departments") or not data.get("skills"):
        return None
    return data


def _text(text: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _picked(data: Mapping[str, Any], selected: str | None) -> Mapping[str, Any]:
    departments = data["departments"]
    panel = data.get("panel") or {}
    wanted = (selected or panel.get("department") or "").casefold()
    for department in departments:
        if department["name"].casefold() == wanted:
            return department  # type: ignore[no-any-return]
    return departments[0]  # type: ignore[no-any-return]


def panel_card(reply: Reply, texts: Texts, selected: str | None = None) -> Element:
    """The panel for ``reply`` (a departments overview), showing ``selected`` (or the
    department a submitted panel was about, or the first)."""
    data = panel_data(reply)
    if data is None:
        raise ValueError("not a departments overview")
    language = reply.language

    def t(key: str, **values: object) -> str:
        return texts.get(language, f"admin_card.{key}", **values)

    shown = _picked(data, selected)
    body: list[Element] = [_text(t("title"), size="Large", weight="Bolder", style="heading")]
    panel = data.get("panel") or {}
    if panel.get("note"):
        colour = _NOTE_COLOURS.get(str(panel.get("status")), "Default")
        body.append(_text(str(panel["note"]), color=colour, weight="Bolder"))
    choices = [{"title": d["name"], "value": d["name"]} for d in data["departments"]]
    body.append(
        {
            "type": "Input.ChoiceSet",
            "id": PICK_INPUT,
            "label": t("department"),
            "style": "compact",
            "value": shown["name"],
            "choices": choices,
        }
    )
    body.append(
        {
            "type": "ActionSet",
            "actions": [_execute(t("show"), SHOW_VERB, {})],
        }
    )
    body.append(_text(t("skills_for", department=shown["name"]), weight="Bolder"))
    body.append(
        _text(
            t("people", members=shown.get("members", 0), scopes=len(shown.get("scopes") or ())),
            size="Small",
            isSubtle=True,
            spacing="None",
        )
    )
    switches = shown.get("skills") or {}
    for skill in data["skills"]:
        body.append(
            {
                "type": "Input.Toggle",
                "id": TOGGLE_PREFIX + skill["id"],
                "title": f"{skill['name']} ({skill['command']})",
                "value": "true" if switches.get(skill["id"]) else "false",
                "valueOn": "true",
                "valueOff": "false",
            }
        )
    body.append(_text(t("hint"), size="Small", isSubtle=True))
    carried = {"department": shown["name"], "version": shown.get("version", "")}
    return {
        "type": "AdaptiveCard",
        "$schema": CARD_SCHEMA,
        "version": CARD_VERSION,
        "body": body,
        "actions": [_execute(t("save"), APPLY_VERB, carried, style="positive")],
        "fallbackText": markdown(reply, engine_texts(), with_ai_line=False),
        "msteams": {"width": "Full"},
    }


def _execute(title: str, verb: str, data: dict[str, Any], **extra: Any) -> Element:
    return {"type": "Action.Execute", "title": title, "verb": verb, "data": data, **extra}


def reply_card(reply: Reply, texts: Texts, selected: str | None = None) -> Element:
    """The panel when ``reply`` is an overview; any other reply (a refusal, an error) as a
    plain card, so an invoke always gets a card back."""
    if panel_data(reply) is not None:
        return panel_card(reply, texts, selected)
    fallback = markdown(reply, engine_texts(), with_ai_line=False)
    return adaptive_card(reply, engine_texts(), "", fallback)


def panel_activity(reply: Reply, direct: bool, texts: Texts) -> dict[str, Any] | None:
    """The panel message for an overview in a personal chat; None for everything else."""
    if not direct or panel_data(reply) is None:
        return None
    card = panel_card(reply, texts)
    return {
        "type": "message",
        "locale": reply.language,
        "attachments": [{"contentType": CARD_CONTENT_TYPE, "content": card}],
        "summary": texts.get(reply.language, "admin_card.title"),
    }
