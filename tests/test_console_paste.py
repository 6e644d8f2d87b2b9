"""Pasted notes stay one message in the interactive console (adapters/console.py).

The unit tests drive ``read_message`` with scripted input; the terminal tests run it behind a
real pseudo-terminal with GNU readline, pasting the way terminals do: with bracketed-paste
markers, and as plain lines from a terminal without bracketed paste.
"""

from __future__ import annotations

import json
import os
import select
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest

from adapters.console import read_message

NOTES = [
    "Anliegen:",
    "- Kl. möchte Ausbildung im Handwerk",
    "",
    "Vereinbart:",
    "- Kl. schickt Lebenslauf bis Fr. 15.3.",
    "",
    "offen: Fahrtkosten?",
]


class Keyboard:
    """Lines as ``input()`` returns them; ``pasted`` says how many are waiting at once."""

    def __init__(self, lines: list[str], pasted: int = 0) -> None:
        self._lines = list(lines)
        self._pasted = pasted
        self.prompts: list[str] = []

    def read_line(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self._lines:
            raise EOFError
        self._pasted = max(0, self._pasted - 1)
        return self._lines.pop(0)

    def pending(self, stream: TextIO) -> bool:
        del stream
        return self._pasted > 0


def read(keyboard: Keyboard) -> str | None:
    return read_message("> ", read_line=keyboard.read_line, pending=keyboard.pending)


def test_a_paste_without_markers_keeps_its_blank_lines_in_a_block() -> None:
    keyboard = Keyboard(["zusammenfassen:", *NOTES, "", "hilfe"], pasted=len(NOTES))
    assert read(keyboard) == "\n".join(["zusammenfassen:", *NOTES])
    assert read(keyboard) == "hilfe"


def test_a_typed_blank_line_ends_a_typed_block() -> None:
    keyboard = Keyboard(["zusammenfassen:", "Kl. möchte Ausbildung", "", "hilfe"])
    assert read(keyboard) == "zusammenfassen:\nKl. möchte Ausbildung"
    assert keyboard.prompts == ["> ", "… ", "… "]
    assert read(keyboard) == "hilfe"


def test_a_paste_between_bracketed_paste_markers_is_one_message() -> None:
    marked = ["\x1b[200~zusammenfassen", *NOTES[:-1], NOTES[-1] + "\x1b[201~", "hilfe"]
    keyboard = Keyboard(marked)
    assert read(keyboard) == "\n".join(["zusammenfassen", *NOTES])
    assert read(keyboard) == "hilfe"


def test_a_paste_that_readline_delivers_as_one_line_is_not_a_typed_block() -> None:
    pasted = "\n".join(["zusammenfassen", *NOTES[:3], "Vereinbart:"])
    keyboard = Keyboard([pasted, "hilfe"])
    assert read(keyboard) == pasted  # ends in ':' but was pasted whole: no "… " prompt
    assert keyboard.prompts == ["> "]


def test_end_of_input_returns_none() -> None:
    assert read(Keyboard([])) is None


# --- behind a real terminal ----------------------------------------------------------------

_READER = """
import json
from adapters.console import enable_line_editing, read_message
enable_line_editing()
while (message := read_message("> ")) is not None:
    print("MESSAGE " + json.dumps(message), flush=True)
"""


_HUMAN_PAUSE = 0.3  # far longer than the console's wait for pasted lines


class Terminal:
    """A child process reading messages from a pseudo-terminal, as ``lotse chat`` does."""

    def __init__(self) -> None:
        import pty

        self._pid, self._fd = pty.fork()
        if self._pid == 0:  # the child: the console's reader
            os.environ.update(TERM="xterm", PYTHONPATH=str(Path(__file__).parents[1]))
            os.execv(sys.executable, [sys.executable, "-c", _READER])
        self._output = b""
        self._read_until(b"> ")

    def _read_until(self, marker: bytes, timeout: float = 10.0) -> bytes:
        deadline = time.monotonic() + timeout
        while marker not in self._output and time.monotonic() < deadline:
            ready, _, _ = select.select([self._fd], [], [], 0.05)
            if ready:
                self._output += os.read(self._fd, 4096)
        found, _, self._output = self._output.partition(marker)
        return found

    def type(self, text: str) -> None:
        """Keys as a person presses them: after a pause, all at once (a paste) or a line."""
        time.sleep(_HUMAN_PAUSE)
        os.write(self._fd, text.replace("\n", "\r").encode())

    def message(self) -> str:
        self._read_until(b"MESSAGE ")
        line = self._read_until(b"\r\n")
        message: str = json.loads(line.decode())
        return message

    def close(self) -> None:
        os.write(self._fd, b"\x04")
        os.close(self._fd)
        os.waitpid(self._pid, 0)


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("needs a pseudo-terminal")
    term = Terminal()
    yield term
    term.close()


def test_terminal_bracketed_paste_after_a_typed_command_is_one_message(
    terminal: Terminal,
) -> None:
    terminal.type("zusammenfassen:\n")
    terminal.type("\x1b[200~" + "\n".join(NOTES) + "\x1b[201~\n")
    terminal.type("\n")  # the empty line that ends the typed block
    terminal.type("hilfe\n")
    assert terminal.message() == "\n".join(["zusammenfassen:", *NOTES])
    assert terminal.message() == "hilfe"


def test_terminal_without_bracketed_paste_keeps_pasted_paragraphs_together(
    terminal: Terminal,
) -> None:
    terminal.type("zusammenfassen:\n" + "\n".join(NOTES) + "\n")  # one paste, no markers
    terminal.type("\n")
    terminal.type("hilfe\n")
    assert terminal.message() == "\n".join(["zusammenfassen:", *NOTES])
    assert terminal.message() == "hilfe"


def test_terminal_paste_of_command_and_notes_in_one_go(terminal: Terminal) -> None:
    terminal.type("\x1b[200~zusammenfassen\n" + "\n".join(NOTES) + "\x1b[201~\n")
    terminal.type("hilfe\n")
    assert terminal.message() == "\n".join(["zusammenfassen", *NOTES])
    assert terminal.message() == "hilfe"
