"""Reply blocks to Markdown: the text every adapter can fall back to."""

from __future__ import annotations

from collections.abc import Sequence

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
    Tone,
)
from bot.texts import Texts, engine_texts


def cell(value: str) -> str:
    """A Markdown table cell: pipes and line breaks would break the table."""
    return " ".join(value.replace("|", "\\|").split())


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(cell(h) for h in header) + " |"]
    lines.append("|" + "|".join("---" for _ in header) + "|")
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def block_markdown(block: Block) -> str:
    """A block as Markdown; "" for a panel (the other blocks show what it holds)."""
    match block:
        case Text(markdown=markdown):
            return markdown
        case Heading(text=text):
            return f"**{text}**"
        case Facts(items=items):
            return "\n".join(f"- **{fact.label}:** {fact.value}" for fact in items)
        case Copyable(title=title, text=text):
            return f"**{title}**\n\n```\n{text}\n```"
        case Actions(items=items):
            return " · ".join(f"`{action.command}`" for action in items)
        case Image(alt=alt):
            return f"_{alt}_"  # text-only channels get the description; adapters may attach
        case Table(header=header, rows=rows):
            return markdown_table(header, rows)
        case Note(text=text, tone=tone):
            if tone is Tone.QUIET:
                return f"_{text}_"
            return text if tone is Tone.PLAIN else f"**{text}**"
        case Panel():
            return ""
    raise TypeError(f"unknown block {type(block).__name__}")


def sources_line(reply: Reply, texts: Texts | None = None) -> str:
    texts = texts or engine_texts()
    parts = [s.title + (f" ({s.as_of})" if s.as_of else "") for s in reply.sources]
    return f"{texts.get(reply.language, 'render.sources')}: " + "; ".join(parts) if parts else ""


def provenance_label(
    reply: Reply, texts: Texts | None = None, *, with_ai_line: bool = True
) -> str:
    """ "KI-generiert …" for model text, "Entwurf aus Vorlage …" for template drafts, else "".

    ``with_ai_line=False`` leaves out only the AI label (platforms with their own AI marker)."""
    texts = texts or engine_texts()
    if reply.ai_generated:
        return texts.get(reply.language, "render.ai_label") if with_ai_line else ""
    if reply.template_draft:
        return texts.get(reply.language, "render.template_label")
    return ""


def to_markdown(reply: Reply, texts: Texts | None = None, *, with_ai_line: bool = True) -> str:
    """The whole reply as Markdown: label, blocks, source, reminders in a compact last line.

    ``with_ai_line=False`` for platforms that label AI output their own way (Teams entity)."""
    texts = texts or engine_texts()
    parts: list[str] = []
    if label := provenance_label(reply, texts, with_ai_line=with_ai_line):
        parts.append(f"_{label}_")
    parts.extend(block_markdown(block) for block in reply.blocks)
    if reply.sources:
        parts.append(f"_{sources_line(reply, texts)}_")
    if reply.reminders:
        label = texts.get(reply.language, "render.reminders")
        parts.append(f"_{label}: " + " · ".join(r.text for r in reply.reminders) + "_")
    return "\n\n".join(part for part in parts if part)
