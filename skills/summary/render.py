"""Turn a :class:`Summary` into reply blocks, structured data and a plain-text record."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.reply import Block, Copyable, Heading, Text
from skills.summary.model import Item, Section, Summary

# texts(key, **values) already bound to the user's language
Lookup = Callable[..., str]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")  # "Klient*innen" must not turn italic


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def label(section: Section, texts: Lookup) -> str:
    return texts(f"sections.{section.value}")


def item_text(item: Item, texts: Lookup) -> str:
    """The counsellor's wording, with judgements, negations and Art. 9 data visibly marked."""
    marks = [
        texts(key)
        for key, flagged in (
            ("assessment", item.assessment),
            ("negated", item.negated),
            ("special", item.special),
        )
        if flagged
    ]
    return " ".join([item.text, *marks])


def _section_markdown(section: Section, items: tuple[Item, ...], texts: Lookup) -> str:
    title = f"**{label(section, texts)}**"
    if not items:
        return f"{title}\n{texts('empty_section')}"
    bullets = "\n".join(f"- {_escape(item_text(item, texts))}" for item in items)
    return f"{title}\n{bullets}"


def plain_record(summary: Summary, texts: Lookup) -> str:
    """The whole record as plain text, for pasting into the official file."""
    parts = []
    for section, items in summary.sections():
        lines = [f"- {item_text(item, texts)}" for item in items] or [texts("empty_section")]
        parts.append("\n".join([label(section, texts), *lines]))
    return "\n\n".join(parts)


def unfilled_text(summary: Summary, texts: Lookup) -> str:
    if not summary.unfilled:
        return texts("all_filled")
    names = ", ".join(label(section, texts) for section in summary.unfilled)
    return texts("unfilled", sections=names)


def render_blocks(summary: Summary, texts: Lookup, *, offline: bool) -> tuple[Block, ...]:
    """Heading, one block per section, the unfilled sections, and the copyable record."""
    notice = unfilled_text(summary, texts)
    if any(item.special for _, items in summary.sections() for item in items):
        notice = f"{notice}\n\n{texts('special_note')}"
    if offline:
        notice = f"{notice}\n\n{texts('offline_hint')}"
    return (
        Heading(texts("heading")),
        *(Text(_section_markdown(s, items, texts)) for s, items in summary.sections()),
        Text(notice),
        Copyable(texts("copy_title"), plain_record(summary, texts)),
    )


def to_data(summary: Summary, texts: Lookup) -> dict[str, Any]:
    """``{"sections": {label: [items]}, "unfilled": [labels]}`` in the user's language."""
    return {
        "sections": {
            label(section, texts): [item_text(item, texts) for item in items]
            for section, items in summary.sections()
        },
        "unfilled": [label(section, texts) for section in summary.unfilled],
    }
