"""Occupation and field words ("Mechatroniker", "Einzelhandel", "Umschulung", "Gehalt"):
after a role word or a kind of business they name what someone trains in or asks about, not
a person or an employer ("Azubi Mechatroniker", "Teilnehmer Umschulung Lager", "Klinik
Schichtdienst").

``pii_domain_words.txt`` is generated from the occupation catalogue by
``bench/pii/build_domain_words.py`` (``bot`` does not import ``skills``); it leaves out every
listed name ("Koch", "Weber"), which stays a name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.policy.pii_gazetteer import is_name_after_title

_DOMAIN_WORDS = Path(__file__).with_name("pii_domain_words.txt")
# Another number of a listed word: "Versicherung" for the listed "Versicherungen".
_INFLECTIONS = ("en", "n", "e", "s")


@cache
def _domain_words() -> frozenset[str]:
    lines = _DOMAIN_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.casefold() for line in lines if line and not line.startswith("#"))


def is_domain_word(word: str) -> bool:
    """An occupation or field word, also in another number, unless it is then a listed name
    ("Koch" is no form of "Kochen")."""
    key = word.casefold()
    words = _domain_words()
    if key in words:
        return True
    if is_name_after_title(word):
        return False
    longer = any(key + ending in words for ending in _INFLECTIONS)
    return longer or any(key.endswith(e) and key[: -len(e)] in words for e in _INFLECTIONS)
