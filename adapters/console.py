"""The console adapter: ``lotse chat`` — interactive with line editing, or one message per
stdin line for scripts."""

from __future__ import annotations

import hashlib
import re
import select
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

from bot.host import Host
from bot.message import ConversationRef, Message, Platform
from bot.render import provenance_label, sources_line
from bot.reply import (
    Actions,
    Block,
    Copyable,
    Facts,
    Heading,
    Image,
    Note,
    Outcome,
    Panel,
    Reply,
    Table,
    Text,
    Tone,
)
from bot.texts import engine_texts

_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![\w*])_(.+?)_(?![\w*])")
_PASTE_WAIT_SECONDS = 0.05
# The terminal's bracketed-paste markers, seen when nothing (like readline) consumed them.
_PASTE_START = "\x1b[200~"
_PASTE_END = "\x1b[201~"
OPENING = "start"  # the engine's first-contact phrase (see bot.routing.router)


def columns(table: Table) -> str:
    """A table as aligned columns under an underlined header; numbers align right."""
    header, rows = table.header, table.rows
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    numeric = [bool(rows) and all(row[i].isdigit() for row in rows) for i in range(len(header))]

    def line(cells: tuple[str, ...]) -> str:
        padded = (
            cell.rjust(width) if right else cell.ljust(width)
            for cell, width, right in zip(cells, widths, numeric, strict=True)
        )
        return "  " + "  ".join(padded).rstrip()

    rule = "  " + "  ".join("─" * width for width in widths)
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


class PlainRenderer:
    """Replies as terminal text; bold as ANSI when the terminal shows it, else plain."""

    def __init__(self, ansi: bool, image_dir: Path | None = None) -> None:
        self._ansi = ansi
        self._image_dir = image_dir

    def _image(self, image: Image) -> str:
        """A terminal shows no pictures: save the file and print where it is."""
        if self._image_dir is None:
            return f"[{image.alt}]"
        self._image_dir.mkdir(parents=True, exist_ok=True)
        stem, dot, suffix = image.name.rpartition(".")
        digest = hashlib.sha256(image.data).hexdigest()[:10]
        path = self._image_dir / (f"{stem}-{digest}.{suffix}" if dot else f"{suffix}-{digest}")
        path.write_bytes(image.data)
        return f"[{image.alt}]\n  → {path}"

    def _inline(self, markdown: str) -> str:
        # Most lines have neither mark: a substring test is far cheaper than a substitution.
        if "**" in markdown:
            markdown = _BOLD.sub("\033[1m\\1\033[0m" if self._ansi else "\\1", markdown)
        return _ITALIC.sub("\\1", markdown) if "_" in markdown else markdown

    def _block(self, block: Block) -> str:
        match block:
            case Text(markdown=markdown):
                return self._inline(markdown)
            case Heading(text=text):
                return f"{self._inline(f'**{text}**')}\n{'─' * min(len(text), 60)}"
            case Facts(items=items):
                width = max(len(fact.label) for fact in items)
                return "\n".join(f"  {f.label + ':':<{width + 1}} {f.value}" for f in items)
            case Copyable(title=title, text=text):
                body = "\n".join(f"│ {line}" for line in text.splitlines())
                return f"┌─ {title} ─\n{body}\n└─"
            case Actions(items=items):
                return "→ " + " · ".join(f"`{action.command}`" for action in items)
            case Image():
                return self._image(block)
            case Table():
                return columns(block)
            case Note(text=text, tone=tone):
                return text if tone in (Tone.PLAIN, Tone.QUIET) else self._inline(f"**{text}**")
            case Panel():
                return ""  # a terminal has no forms; the other blocks show the same
        raise TypeError(f"unknown block {type(block).__name__}")

    def render(self, reply: Reply) -> str:
        texts = engine_texts()
        parts = []
        if label := provenance_label(reply, texts):
            parts.append(f"[{label}]")
        parts.extend(part for block in reply.blocks if (part := self._block(block)))
        if reply.sources:
            parts.append(sources_line(reply, texts))
        if reply.reminders:
            label = texts.get(reply.language, "render.reminders")
            parts.append(f"ℹ {label}:\n" + "\n".join(f"  • {r.text}" for r in reply.reminders))
        return "\n\n".join(parts)


class ConsoleChat:
    """One console user talking to the engine."""

    def __init__(self, host: Host, user: str, out: TextIO, *, ansi: bool = False) -> None:
        self._host = host
        self._user = user
        self._out = out
        # Pictures (e.g. the usage chart) are saved beside Lotse's other data.
        self._renderer = PlainRenderer(ansi, host.data_dir / "images")
        self._conversation = ConversationRef(Platform.CONSOLE, f"console:{user}")

    def _message(self, text: str) -> Message:
        return Message(
            conversation=self._conversation,
            sender_id=self._user,
            sender_name=self._user,
            text=text,
            is_direct=True,
            addressed=True,
        )

    async def open(self) -> Reply:
        """First contact when the console starts: if the AI guideline is due, it is shown now,
        so that a first "ja" (typed or piped) acknowledges a guideline that was on screen."""
        reply = await self._host.handle(self._message(OPENING))
        if reply.outcome is Outcome.GATE:
            self._out.write(self._renderer.render(reply) + "\n\n")
            self._out.flush()
        return reply

    async def send(self, text: str) -> Reply:
        message = self._message(text)
        shown = ""

        async def progress(text: str) -> None:
            # The text so far (cumulative): print what is new, as it arrives.
            nonlocal shown
            if not text.startswith(shown):  # a new part began (e.g. the next chunk)
                self._out.write("\n")
                shown = ""
            self._out.write(text[len(shown) :])
            self._out.flush()
            shown = text

        reply = await self._host.handle(message, progress=progress)
        if shown:
            self._out.write("\n\n")  # the final reply follows and is what counts
        self._out.write(self._renderer.render(reply) + "\n\n")
        self._out.flush()
        return reply

    async def run_lines(self, lines: Iterable[str]) -> int:
        """Non-interactive mode: every non-empty line is one message, replies in order."""
        for line in lines:
            if line.strip():
                await self.send(line.rstrip("\n"))
        return 0


def enable_line_editing() -> None:
    """Line editing and up-arrow history for ``input()``, for this session only (never written
    to disk: counsellors paste notes about clients). Bracketed paste on, so that a pasted block
    arrives as one line of input, blank lines included."""
    import readline

    readline.parse_and_bind("set enable-bracketed-paste on")


def _input_pending(stream: TextIO) -> bool:
    """True when more input is already waiting: the user pasted several lines at once."""
    try:
        ready, _, _ = select.select([stream], [], [], _PASTE_WAIT_SECONDS)
    except (OSError, ValueError):
        return False
    return bool(ready)


def _read_paste(first: str, read_line: Callable[[str], str]) -> str:
    """The rest of a bracketed paste whose start marker ``first`` holds: every line up to the
    end marker, blank ones included, without the markers."""
    lines = [first]
    while _PASTE_END not in lines[-1]:
        try:
            lines.append(read_line(""))
        except EOFError:
            break
    return "\n".join(lines).replace(_PASTE_START, "").replace(_PASTE_END, "")


def read_message(
    prompt: str,
    stream: TextIO = sys.stdin,
    *,
    read_line: Callable[[str], str] = input,
    pending: Callable[[TextIO], bool] = _input_pending,
) -> str | None:
    """One message from the terminal; a pasted block and a ``…:`` block become one message.

    A paste arrives as one line with line breaks (readline's bracketed paste), between the
    terminal's paste markers, or, on terminals without bracketed paste, as lines that are
    already waiting. Blank lines inside a paste never end the message; in a block typed by
    hand (first line ending in ':') a blank line typed by the user does. Returns None at end
    of input (Ctrl-D)."""
    try:
        first = read_line(prompt)
    except EOFError:
        return None
    # A paste marked by the terminal ends where its markers say: what follows was typed.
    whole = _PASTE_START in first or "\n" in first
    if _PASTE_START in first:
        first = _read_paste(first, read_line)
    lines = [first]
    block = not whole and first.rstrip().endswith(":")
    while True:
        waiting = pending(stream)
        if not block and (whole or not waiting):
            break
        try:
            line = read_line("… " if block else "")
        except EOFError:
            break
        if _PASTE_START in line:
            line = _read_paste(line, read_line)
        elif block and not line.strip() and not waiting:
            break  # typed, not pasted: the end of the block
        lines.append(line)
    return "\n".join(lines).strip()
