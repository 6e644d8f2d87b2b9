"""Special-category words found by their form: the word families of ``special_families.yaml``
("-itis", "-pathie", "-phobie", "dys-", medicines by the ending of their generic names).

New words of a known family keep coming that no list holds ("Polyneuropathie", "Skoliose",
"Dyspraxie", "Ramipril"); one ending covers them all. The exceptions are ordinary words of the
same form ("Sympathie", "Prognose"). A word found here is a cue like a listed one and is read
in its clause by the same rules in ``special.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("special_families.yaml")
# plural, case and female endings after a family's ending ("Skoliosen", "Neuropathien",
# "phobias", "Paraplegikerin"), none first
_TAILS = ("", "innen", "in", "es", "en", "e", "n", "s")
_STEM = 3  # letters at least before an ending
_PREFIX_REST = 4  # letters at least after a prefix
# a word long enough for the shortest ending after its stem ("Ramipril")
_WORD = re.compile(r"[^\W\d_]{6,}")


@dataclass(frozen=True, slots=True)
class _Family:
    """One category's endings or prefixes of one weakness, with the category's exceptions."""

    category: str
    weak: bool
    prefix: bool
    words: tuple[str, ...]
    exceptions: tuple[str, ...]

    def holds(self, word: str) -> bool:
        """Whether ``word`` (in lower case) is of this family and no exception."""
        if self.prefix:
            head = next((prefix for prefix in self.words if word.startswith(prefix)), None)
            return (
                head is not None
                and len(word) - len(head) >= _PREFIX_REST
                and not word.startswith(self.exceptions)
            )
        for tail in _TAILS:
            core = word[: len(word) - len(tail)]
            if not word.endswith(tail) or not core.endswith(self.words):
                continue
            ending = max((end for end in self.words if core.endswith(end)), key=len)
            if len(core) - len(ending) >= _STEM:
                return not core.endswith(self.exceptions)
        return False


@cache
def _families() -> tuple[_Family, ...]:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    families = []
    for category, entry in data.items():
        exceptions = tuple(str(word).lower() for word in entry.get("exceptions", ()))
        for kind in ("endings", "prefixes"):
            listed = [str(word) for word in entry.get(kind, ())]
            for weak in (False, True):
                chosen = tuple(
                    item.removeprefix("~").lower()
                    for item in listed
                    if item.startswith("~") == weak
                )
                if chosen:
                    families.append(
                        _Family(category, weak, kind == "prefixes", chosen, exceptions)
                    )
    return tuple(families)


def find_family_words(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(category, start, end, weak) of each word in ``text`` of a family, no exception."""
    families = _families()
    for found in _WORD.finditer(text):
        word = found.group().lower()
        for family in families:
            if family.holds(word):
                yield family.category, found.start(), found.end(), family.weak
                break
