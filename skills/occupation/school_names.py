"""School certificates as a reply names them: the German name as the catalogue writes it, and
in an English reply with what the certificate is ("Hauptschulabschluss (ESA, first
school-leaving certificate, after year 9 or 10)"). German certificates have no English names
of their own, so the German one is kept and explained rather than replaced."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from skills.occupation.profiles import read_profiles

Say = Callable[..., str]

# The text keys of the certificates in the order of profiles.yaml's ``schools`` (lowest first).
SCHOOL_KEYS = ("none", "esa", "msa", "fhr", "abitur")


@cache
def schools() -> tuple[str, ...]:
    """The certificates of profiles.yaml, lowest first (read once for the skill)."""
    return read_profiles().schools


@cache
def _keys() -> dict[str, str]:
    if len(schools()) != len(SCHOOL_KEYS):
        raise ValueError("profiles.yaml: the school certificates and their text keys differ")
    return dict(zip(schools(), SCHOOL_KEYS, strict=True))


def school_name(school: str, say: Say, *, short: bool = False) -> str:
    """``school`` in the reply's language (``short``: the form for a list's lines); a
    certificate the texts do not know stays as written."""
    key = _keys().get(school)
    if key is None:
        return school
    return say(f"school_short.{key}" if short else f"school_name.{key}")
