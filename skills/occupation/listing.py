"""One line per occupation in a list reply, and the lookup buttons under it."""

from __future__ import annotations

from collections.abc import Sequence

from bot.reply import Action, Actions, Block, Heading, Text
from skills.occupation.facts import Say, duration_text
from skills.occupation.model import Occupation
from skills.occupation.ranking import Fit
from skills.occupation.school_names import school_name

SHOWN = 8  # lines in a list reply
ACTIONS = 5  # lookup buttons under it


def kind(occupation: Occupation, say: Say) -> str:
    """Training type and duration ("Duale Ausbildung …, 3 Jahre")."""
    label = say(f"training_type.{occupation.training_type.value}")
    if occupation.duration_months is None:
        return f"{label}, {say('explore.duration_open')}"
    return f"{label}, {duration_text(occupation.duration_months, say)}"


def line(fit: Fit, say: Say, why: str = "explore.why") -> str:
    """Title, type and duration, why it fits (``why``: the text key) and the certificate."""
    occupation = fit.occupation
    details = [kind(occupation, say)]
    if fit.reasons:
        details.append(say(why, reasons=", ".join(fit.reasons)))
    if occupation.school:
        key = "explore.above_school" if fit.above_school else "explore.school"
        details.append(say(key, school=school_name(occupation.school, say, short=True)))
    return say("explore.line", title=occupation.title, details=" – ".join(details))


def lookup_actions(titles: Sequence[str], say: Say) -> Actions:
    """A "beruf <title>" button per title."""
    return Actions(tuple(Action(t, say("not_found.action_command", title=t)) for t in titles))


def listing_blocks(
    heading: str, entries: Sequence[Occupation], count: str, say: Say
) -> tuple[Block, ...]:
    """A list reply: heading, one line per entry, the count, the note and lookup buttons."""
    lines = "\n".join(line(Fit(occupation, (), 0.0), say) for occupation in entries)
    titles = [occupation.title for occupation in entries[:ACTIONS]]
    return (
        Heading(heading),
        Text(lines),
        Text(count),
        Text(say("explore.note")),
        lookup_actions(titles, say),
    )
