"""The words of a message as the user typed them, for a phrase read from its folded form.

The exploration filters are read from folded text ("ohne hoehe"); a reply that quotes what it
did not take into account quotes the user's own words ("ohne Höhe"), not the folded ones.
"""

from __future__ import annotations

import re

from skills.occupation.normalise import fold

_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


def as_typed(text: str, folded: str) -> str:
    """The stretch of ``text`` whose words fold to the words of ``folded``; the last of them
    alone when the whole phrase was respelt on the way ("nich lange stehn"); else ``folded``."""
    wanted = folded.split()
    if not wanted:
        return folded
    tokens = [(hit.start(), hit.end(), fold(hit.group(0))) for hit in _TOKEN.finditer(text)]
    for size in (len(wanted), 1):
        tail = wanted[-size:]
        for index in range(len(tokens) - size + 1):
            run = tokens[index : index + size]
            if [word for _, _, word in run] == tail:
                return text[run[0][0] : run[-1][1]]
    return folded
