"""``vorschlag TEXT`` files an idea, ``vorschlag N +1|-1`` votes, ``vorschläge`` lists the open
ones. The text is pseudonymised before it is stored; the author is kept as a key only."""

from __future__ import annotations

import re

from bot.evaluation.ports import Suggestion
from bot.evaluation.rating import t
from bot.llm.pseudonymise import Pseudonyms
from bot.policy import find_personal_data
from bot.reply import Heading, Outcome, Reply, Text
from bot.turn import Turn, reply

_VOTE = re.compile(r"^(?:nr\.?\s*|no\.?\s*|#)?(\d{1,9})\s*([+-])\s*1?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
MAX_CHARS = 1_000


def pseudonymised(text: str, turn: Turn) -> str:
    """``text`` with personal data replaced by placeholders, as for the model."""
    findings = find_personal_data(text, today=turn.now.date())
    return Pseudonyms().mask(text, findings)


def about_department(text: str, turn: Turn) -> bool:
    """A suggestion naming one of the skills (its command or name) concerns the department's
    skills; anything else (Lotse in general, the guideline) concerns everyone."""
    words = {word.casefold() for word in _WORD.findall(text)}
    for skill in turn.services.registry:
        meta = skill.meta
        names = {*meta.commands, meta.name_de.casefold(), meta.name_en.casefold()}
        if words & names or any(word.startswith(tuple(meta.commands)) for word in words):
            return True
    return False


def scope_text(turn: Turn, department: str | None) -> str:
    if department is None:
        return t(turn, "suggest.scope_all")
    return t(turn, "suggest.scope_department", department=department)


async def suggest(turn: Turn) -> Reply:
    args = turn.route.args.strip()
    vote = _VOTE.match(args)
    if vote:
        return await _vote(turn, int(vote.group(1)), 1 if vote.group(2) == "+" else -1)
    if not args:
        return reply(turn, Text(t(turn, "suggest.usage")), outcome=Outcome.INVALID)
    text = pseudonymised(args[:MAX_CHARS], turn)
    department = turn.department_name if about_department(text, turn) else None
    suggestions = turn.services.store.evaluation.suggestions
    number = await suggestions.add(turn.user_key, department, text, turn.now)
    blocks = [Text(t(turn, "suggest.saved", id=number, scope=scope_text(turn, department)))]
    if text != args[:MAX_CHARS]:
        blocks.append(Text(t(turn, "suggest.pseudonymised")))
    return reply(turn, *blocks)


async def _vote(turn: Turn, number: int, vote: int) -> Reply:
    suggestions = turn.services.store.evaluation.suggestions
    found = await suggestions.get(number)
    if found is None or not _visible(found, turn):
        return reply(turn, Text(t(turn, "suggest.not_found", id=number)))
    await suggestions.vote(number, turn.user_key, vote, turn.now)
    counted = await suggestions.get(number)
    assert counted is not None
    shown = "+1" if vote > 0 else "-1"
    text = t(turn, "suggest.voted", vote=shown, id=number, up=counted.up, down=counted.down)
    return reply(turn, Text(text))


def _visible(suggestion: Suggestion, turn: Turn) -> bool:
    open_ = suggestion.status == "open"
    return open_ and suggestion.department in (None, turn.department_name)


async def list_suggestions(turn: Turn) -> Reply:
    found = await turn.services.store.evaluation.suggestions.open_for(turn.department_name)
    if not found:
        return reply(turn, Text(t(turn, "suggest.empty")))
    lines = [
        t(
            turn,
            "suggest.list_line",
            id=item.id,
            scope=scope_text(turn, item.department),
            up=item.up,
            down=item.down,
            text=item.text,
        )
        for item in found
    ]
    return reply(
        turn,
        Heading(t(turn, "suggest.list_title")),
        Text("\n".join(f"- {line}" for line in lines)),
        Text(t(turn, "suggest.list_hint")),
    )
