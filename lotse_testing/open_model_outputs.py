"""How open models answer when asked for a fixed form: a scripted "model" that writes a good
answer from what it was sent, and the deviations seen from small open models (code fences,
a sentence before the answer, bold or numbered headings, no blank line, reasoning tags, JSON
instead of text) next to answers that cannot be used (no form at all, a refusal, a cut-off
answer, an invented date, dropped placeholders).

``usable`` says what Lotse must do with each: use the model's answer (after repair) or fall
back to the offline result with a note. Used by ``tests/test_llm_openai_skills.py`` and
``bench/structured_fallback.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A sentence only the model writes: its presence shows the model's draft was used.
MODEL_SENTENCE = "Ich freue mich darauf, Sie kennenzulernen."
_TEMPLATE = re.compile(r'Platzhaltern:\n"""(.*)"""', re.DOTALL)
_PLACEHOLDER = re.compile(r"\[[^\]]+\]")


@dataclass(frozen=True, slots=True)
class Deviation:
    name: str
    change: Callable[[str], str]
    usable: bool


def user_text(body: dict[str, Any]) -> str:
    """The last user message of a Chat Completions request body."""
    return str([m for m in body["messages"] if m["role"] == "user"][-1]["content"])


def good_draft(message: str) -> str:
    """A well-formed rewrite of the template the drafter sent: every fact and placeholder
    kept, one sentence added."""
    match = _TEMPLATE.search(message)
    template = match.group(1).strip() if match else "Betreff: Termin\n\nGuten Tag,\n\nbis bald."
    subject_line, _, body = template.partition("\n")
    greeting, _, rest = body.strip().partition("\n")
    return f"{subject_line}\n\n{greeting}\n\n{MODEL_SENTENCE} {rest.strip()}"


def good_outline(notes: str) -> str:
    """A well-formed outline of the notes the summariser sent: the first line is the concern,
    every other line a topic discussed."""
    lines = [line.strip(" -•*\t") for line in notes.splitlines() if line.strip(" -•*\t")]
    head, *rest = lines or ["-"]
    topics = "\n".join(f"- {line}" for line in rest)
    return f"## Anliegen\n- {head}\n## Besprochene Inhalte\n{topics}"


def _json_draft(text: str) -> str:
    subject, _, body = text.partition("\n")
    return json.dumps({"betreff": subject.partition(":")[2].strip(), "text": body.strip()})


def _headings(text: str, form: str) -> str:
    return re.sub(r"^## (.+)$", lambda m: form.format(m.group(1)), text, flags=re.MULTILINE)


EMAIL_DEVIATIONS: tuple[Deviation, ...] = (
    Deviation("as asked", lambda t: t, True),
    Deviation("code fence", lambda t: f"```\n{t}\n```", True),
    Deviation("fence with language and chatter", lambda t: f"Gern!\n```text\n{t}\n```\nOk?", True),
    Deviation("sentence before", lambda t: f"Hier ist der überarbeitete Entwurf:\n\n{t}", True),
    Deviation("bold label", lambda t: "**Betreff:**" + t.removeprefix("Betreff:"), True),
    Deviation("heading label", lambda t: "## " + t, True),
    Deviation("no blank line", lambda t: t.replace("\n\n", "\n", 1), True),
    Deviation("reasoning first", lambda t: f"<think>Sie will eine Einladung.</think>\n{t}", True),
    Deviation("JSON instead of text", _json_draft, True),
    Deviation("no subject line", lambda t: t.partition("\n\n")[2], False),
    Deviation("refusal", lambda _: "Entschuldigung, dabei kann ich nicht helfen.", False),
    Deviation("cut off after the subject", lambda t: t.partition("\n")[0], False),
    Deviation("invented date", lambda t: t + "\nBitte antworten Sie bis 30.09.2031.", False),
    Deviation("placeholders dropped", lambda t: _PLACEHOLDER.sub("", t), False),
)

_PLAIN = re.compile(r"^## .*$|^- ", re.MULTILINE)
SUMMARY_DEVIATIONS: tuple[Deviation, ...] = (
    Deviation("as asked", lambda t: t, True),
    Deviation("code fence", lambda t: f"```markdown\n{t}\n```", True),
    Deviation("sentence before", lambda t: f"Hier ist die Gesprächsnotiz:\n\n{t}", True),
    Deviation("bold headings", lambda t: _headings(t, "**{}**"), True),
    Deviation("headings with a colon", lambda t: _headings(t, "{}:"), True),
    Deviation("numbered headings", lambda t: _headings(t, "1. {}"), True),
    Deviation(
        "mixed heading styles",
        lambda t: re.sub(r"^## Besprochene", "**Besprochene", t, flags=re.MULTILINE).replace(
            "Inhalte\n", "Inhalte**\n", 1
        ),
        True,
    ),
    Deviation("level-3 headings", lambda t: t.replace("## ", "### "), True),
    Deviation("reasoning first", lambda t: f"<think>Notizen sortieren.</think>\n{t}", True),
    Deviation("prose, no headings", lambda t: _PLAIN.sub("", t).replace("\n", " "), False),
    Deviation("refusal", lambda _: "Dazu kann ich leider nichts sagen.", False),
    Deviation("invented date", lambda t: t + "\n- Nächster Termin am 17.05.2031", False),
)
