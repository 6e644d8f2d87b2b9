"""In a mail to a parent, the child a pronoun stands for is named.

"Mail an Frau Kaya (Mutter von Elif): Elif war nicht im Kurs, sie soll sich melden": in the
letter to the mother "sie" reads as the mother herself, or as nobody. The request named the
child just before, so the letter names the child again ("…, Elif soll sich melden"). A
pronoun with no child named before it in the same line stays as typed.
"""

from __future__ import annotations

import re

from skills.email.model import EmailRequest, Gender, Role

_PARENT_OF = re.compile(
    r"\b(?:mutter|mama|vater|papa|eltern|mother|mum|mom|father|dad|parents)\s+(?:von|of)\s+"
    r"(?P<child>[^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)
_HEAD_WITHIN = 120  # characters: whom the mail is for is said at its start
# "er"/"sie" opening a clause, with a verb in the singular after it ("sie soll", "er hat",
# "sie sich … meldet"); "sie sollen" is the parents themselves
_PRONOUN = re.compile(
    r"(?:^|(?<=[,;.:]\s))(?P<pronoun>er|sie)\s+"
    r"(?=(?:soll|sollte|muss|kann|darf|will|möchte|war|ist|hat|sich|[\wäöüß]+t)\b)"
)


def parents_child(request: EmailRequest) -> str:
    """The child of the parent(s) the mail is for, as typed; "" when it is for no parent."""
    to = request.addressee
    if to.child and (to.role is Role.PARENTS or to.parent is not Gender.UNKNOWN):
        return to.child
    found = _PARENT_OF.search(request.wording, 0, _HEAD_WITHIN)
    return found["child"] if found and to.people else ""


def child_named(line: str, child: str) -> str:
    """``line`` with each clause-opening "er"/"sie" after the child's name said by the name."""
    seen = line.casefold().find(child.casefold())
    if not child or seen < 0:
        return line
    name = child[:1].upper() + child[1:]

    def named(match: re.Match[str]) -> str:
        return name if match.start() > seen else match.group(0)

    return _PRONOUN.sub(lambda m: named(m) + m.group(0)[len(m["pronoun"]) :], line)
