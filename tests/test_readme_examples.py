"""Every console example in README.md works exactly as written, on a fresh database."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import Chat
from test_cli import LOTSE, env  # noqa: F401  (the env fixture)

from bot.reply import Outcome

README = Path(__file__).parents[1] / "README.md"
GUIDELINE_END = "um die Leitlinie zu bestätigen"


def shell_examples() -> list[str]:
    """The `lotse chat` and `lotse ask` lines of the README's sh blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    lines = [line.split("  #", 1)[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if re.search(r"lotse (?:chat|ask)\b", line)]


def quickstart_examples() -> list[str]:
    """What the Quickstart tells a new user to type, in that order."""
    text = README.read_text(encoding="utf-8")
    paragraph = re.search(r"On its first start the console.*?\n\n", text, re.DOTALL)
    assert paragraph is not None
    return re.findall(r"`([^`]+)`", paragraph.group())


def test_the_readme_has_console_examples() -> None:
    examples = shell_examples()
    assert any("printf 'ja" in line for line in examples)
    assert any("lotse ask" in line for line in examples)


@pytest.mark.parametrize("line", shell_examples())
def test_each_shell_example_answers_on_a_fresh_database(
    line: str,
    env: dict[str, str],  # noqa: F811
) -> None:
    command = line.replace(".venv/bin/lotse", LOTSE)
    typed = None if "|" in line else "ja\nberuf Tischler\n"  # an interactive start: a user types
    result = subprocess.run(
        ["bash", "-c", command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        input=typed,
        stdin=None if typed is not None else subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "nicht verstanden" not in out
    if GUIDELINE_END in out:  # the guideline was shown: something was answered after it
        assert "Danke für Ihre Bestätigung" in out.split(GUIDELINE_END)[-1]
    if "beruf Tischler" in line or typed:
        assert "Tischler/in" in out


async def test_the_quickstart_works_in_order_on_a_fresh_database(chat: Chat) -> None:
    examples = quickstart_examples()
    assert examples[0] == "ja"
    opening = await chat.console.open()
    assert opening.outcome is Outcome.GATE
    for text in examples:
        if text.endswith(":"):  # "paste session notes after `zusammenfassen:`"
            text += "\nKlientin möchte eine Ausbildung im Handwerk beginnen."
        reply, rendered = await chat.say(text)
        assert reply.outcome is Outcome.OK, (text, rendered)
        assert "nicht verstanden" not in rendered
