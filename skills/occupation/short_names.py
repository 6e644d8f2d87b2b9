"""Abbreviations that name one occupation on their own: "und bei Kfz?", "und als Lkw?".

Some names begin with a short abbreviation and a hyphen ("Kfz-Mechatroniker/in",
"Kfz-Mechaniker/in", "Lkw-Fahrer/in"). When every name beginning with it belongs to one entry,
counsellors use the abbreviation alone for that entry, so a follow-up reads it as the
occupation named, not as a town ("und bei Kfz?" after a card). Longer first parts are often
words of their own ("Industrie-", "chemisch-") and are left out.
"""

from __future__ import annotations

import re

from skills.occupation.catalogue import Catalogue
from skills.occupation.normalise import fold

_HEAD = re.compile(r"^([^\W\d_]{2,})-(?=[^\W\d_])")
_MAX_LETTERS = 4  # "Kfz", "Lkw", "ReNo": abbreviations, not words


class ShortNames:
    """The abbreviations of one catalogue, read once on first use."""

    def __init__(self, catalogue: Catalogue) -> None:
        self._catalogue = catalogue
        self._heads: dict[str, str] | None = None

    def names_one(self, words: str) -> bool:
        """Whether ``words`` is such an abbreviation ("kfz")."""
        return self.title(words) is not None

    def title(self, words: str) -> str | None:
        """The title of the entry the abbreviation names ("Kraftfahrzeugmechatroniker/in"):
        looked up by its title, since the abbreviation alone is a loose search."""
        if self._heads is None:
            self._heads = _heads(self._catalogue)
        return self._heads.get(fold(words.strip()))


def _heads(catalogue: Catalogue) -> dict[str, str]:
    owners: dict[str, dict[str, str]] = {}  # head -> id -> title
    for occupation in catalogue.occupations:
        for name, _ in occupation.names():
            found = _HEAD.match(name)
            if found and len(found.group(1)) <= _MAX_LETTERS:
                owners.setdefault(fold(found.group(1)), {})[occupation.id] = occupation.title
    return {head: next(iter(ids.values())) for head, ids in owners.items() if len(ids) == 1}
