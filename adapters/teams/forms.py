"""Typed actions on Teams cards: ``Panel`` blocks as Adaptive Card forms, buttons carrying a
typed action, and what a click sends back turned into that action again.

A button's data is ``{"lotse.verb": VERB, "lotse.action": FIELDS}``; a form's inputs are named
``input.FIELD`` (``input.FIELD.KEY`` for one entry of a mapping), and Teams merges their
values into the clicked button's data. Nothing here knows what an action means: the engine
does (see bot.actions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.actions import UserAction, decode, encode, fill
from bot.reply import Button, Choices, Heading, Note, Panel, Reply, Text, Toggle, Tone

Element = dict[str, Any]

VERB_KEY = "lotse.verb"
FIELDS_KEY = "lotse.action"
INPUT_PREFIX = "input."
_COLOURS = {Tone.GOOD: "Good", Tone.WARNING: "Attention"}


def action_data(action: UserAction) -> Element:
    """What a button carries for ``action``."""
    return {VERB_KEY: action.verb, FIELDS_KEY: encode(action)}


def input_id(field: str, key: str | None = None) -> str:
    return INPUT_PREFIX + field + (f".{key}" if key is not None else "")


def submitted(data: Mapping[str, Any]) -> UserAction | None:
    """The typed action a click sent, its empty fields filled from the form's inputs; None
    when ``data`` is not one of ours or does not make a well-formed action."""
    verb, fields = data.get(VERB_KEY), data.get(FIELDS_KEY)
    if not isinstance(verb, str) or not isinstance(fields, Mapping):
        return None
    inputs: dict[str, Any] = {}
    for name, value in data.items():
        if not isinstance(name, str) or not name.startswith(INPUT_PREFIX):
            continue
        field, dot, key = name.removeprefix(INPUT_PREFIX).partition(".")
        if dot:
            entry = inputs.setdefault(field, {})
            if isinstance(entry, dict):
                entry[key] = value
        else:
            inputs[field] = value
    return decode(verb, fill(fields, inputs))


def panel_of(reply: Reply) -> Panel | None:
    return next((block for block in reply.blocks if isinstance(block, Panel)), None)


def _text(text: str, **style: Any) -> Element:
    return {"type": "TextBlock", "text": text, "wrap": True, **style}


def note_element(note: Note) -> Element:
    if note.tone is Tone.QUIET:
        return _text(note.text, size="Small", isSubtle=True, spacing="None")
    colour = _COLOURS.get(note.tone, "Default")
    return _text(note.text, color=colour, weight="Bolder")


def execute(button: Button) -> Element:
    """``Action.Execute``: the click is answered with a refreshed card in place."""
    element: Element = {
        "type": "Action.Execute",
        "title": button.label,
        "verb": button.action.verb,
        "data": action_data(button.action),
    }
    if button.primary:
        element["style"] = "positive"
    return element


def _item(item: Text | Heading | Note | Choices | Toggle | Button) -> Element:
    match item:
        case Text(markdown=markdown):
            return _text(markdown)
        case Heading(text=text):
            return _text(text, weight="Bolder")
        case Note():
            return note_element(item)
        case Choices(field=field, label=label, options=options, value=value):
            element: Element = {
                "type": "Input.ChoiceSet",
                "id": input_id(field),
                "label": label,
                "style": "compact",
                "choices": [{"title": o.label, "value": o.value} for o in options],
            }
            if value is not None:
                element["value"] = value
            return element
        case Toggle(field=field, label=label, on=on, key=key):
            return {
                "type": "Input.Toggle",
                "id": input_id(field, key),
                "title": label,
                "value": "true" if on else "false",
                "valueOn": "true",
                "valueOff": "false",
            }
        case Button():
            return {"type": "ActionSet", "actions": [execute(item)]}


def panel_body(panel: Panel) -> list[Element]:
    """The panel's title and items; its submit buttons go to the card's actions."""
    body = [_text(panel.title, size="Large", weight="Bolder", style="heading")]
    body += [_item(item) for item in panel.items]
    return body
