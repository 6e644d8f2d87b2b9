"""Neutral reply blocks to an Adaptive Card (schema 1.5, the newest Teams renders; its
``Table`` shows in channels, group and personal chats alike) with a text fallback."""

from __future__ import annotations

from typing import Any

from adapters.teams.forms import action_data, execute, note_element, panel_body
from adapters.teams.images import card_image
from bot.render import block_markdown, provenance_label
from bot.reply import (
    Actions,
    Block,
    Copyable,
    Facts,
    Heading,
    Image,
    Note,
    Panel,
    Reply,
    Table,
    Text,
)
from bot.texts import Texts

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
CARD_VERSION = "1.5"

Element = dict[str, Any]


def wants_card(reply: Reply) -> bool:
    """A self-contained result (with a title) reads best as a card, and a table needs one
    (Teams Markdown has no tables in channels); everything else goes as text."""
    return reply.title is not None or any(isinstance(block, Table) for block in reply.blocks)


def table_element(table: Table) -> Element:
    def row(cells: tuple[str, ...], **style: Any) -> Element:
        items = [{"type": "TableCell", "items": [_text(cell, **style)]} for cell in cells]
        return {"type": "TableRow", "cells": items}

    return {
        "type": "Table",
        "columns": [{"width": 1} for _ in table.header],
        "rows": [row(table.header, weight="Bolder"), *(row(r) for r in table.rows)],
        "firstRowAsHeader": True,
        "showGridLines": True,
    }


def _text(text: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def _block(block: Block) -> list[Element]:
    match block:
        case Text(markdown=markdown):
            return [_text(markdown)]
        case Heading(text=text):
            return [_text(text, size="Large", weight="Bolder", style="heading")]
        case Facts(items=items):
            facts = [{"title": fact.label, "value": fact.value} for fact in items]
            return [{"type": "FactSet", "facts": facts}]
        case Copyable(title=title, text=text):
            return [
                {
                    "type": "Container",
                    "style": "emphasis",
                    "items": [
                        _text(title, weight="Bolder"),
                        # Verbatim: Markdown in a draft must not be interpreted.
                        {"type": "RichTextBlock", "inlines": [{"type": "TextRun", "text": text}]},
                    ],
                }
            ]
        case Actions():
            return []  # rendered as card actions
        case Image():
            element = card_image(block)
            return [element] if element else [_text(f"_{block.alt}_")]
        case Table():
            return [table_element(block)]
        case Note():
            return [note_element(block)]
        case Panel():
            return []  # a form is a card of its own (panel_card); its content is in the text
    # A block type newer than this renderer: its Markdown, else its text, never an error.
    try:
        return [_text(block_markdown(block))]
    except TypeError:
        for name in ("markdown", "text", "alt"):
            if isinstance(value := getattr(block, name, None), str):
                return [_text(value)]
        return []


def _actions(reply: Reply) -> list[Element]:
    actions: list[Element] = []
    for block in reply.blocks:
        if isinstance(block, Actions):
            for action in block.items:
                if action.payload is not None:  # the typed action, as the click's value
                    data = action_data(action.payload)
                else:  # imBack: the click posts the command as if the user had typed it.
                    data = {"msteams": {"type": "imBack", "value": action.command}}
                actions.append({"type": "Action.Submit", "title": action.label, "data": data})
    return actions


def _footer(reply: Reply, texts: Texts, sources: str) -> list[Element]:
    """Sources and policy reminders: visible, but small and subtle."""
    items: list[Element] = []
    if sources:
        items.append(_text(sources, size="Small", isSubtle=True))
    if reply.reminders:
        label = texts.get(reply.language, "render.reminders")
        lines = "\n".join(f"- {reminder.text}" for reminder in reply.reminders)
        items.append(_text(f"**{label}**\n\n{lines}", size="Small", isSubtle=True))
    if not items:
        return []
    return [{"type": "Container", "separator": True, "spacing": "Medium", "items": items}]


def adaptive_card(reply: Reply, texts: Texts, sources: str, fallback: str) -> Element:
    """The reply as one Adaptive Card; ``fallback`` is shown by clients without card support."""
    body: list[Element] = []
    # Teams labels model output with its own AI entity; template drafts get a visible line.
    if label := provenance_label(reply, texts, with_ai_line=False):
        body.append(_text(label, size="Small", isSubtle=True, weight="Bolder"))
    for block in reply.blocks:
        body.extend(_block(block))
    body.extend(_footer(reply, texts, sources))
    card: Element = {
        "type": "AdaptiveCard",
        "$schema": CARD_SCHEMA,
        "version": CARD_VERSION,
        "body": body,
        "fallbackText": fallback,
        "msteams": {"width": "Full"},
    }
    actions = _actions(reply)
    if actions:
        card["actions"] = actions
    return card


def panel_card(panel: Panel, fallback: str) -> Element:
    """A panel as a form card: its inputs, and its submit buttons as the card's actions."""
    card: Element = {
        "type": "AdaptiveCard",
        "$schema": CARD_SCHEMA,
        "version": CARD_VERSION,
        "body": panel_body(panel),
        "fallbackText": fallback,
        "msteams": {"width": "Full"},
    }
    if panel.submit:
        card["actions"] = [execute(button) for button in panel.submit]
    return card
