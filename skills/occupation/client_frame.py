"""A question asked on a client's behalf, read without the client and the asking around it.

Counsellors wrap a question they would otherwise type plainly: "Kannst du für Herrn Schulz
herausfinden, welche Betriebe in Hamm Mechatroniker ausbilden?", "Wie finde ich für Herrn Demir
einen Praktikumsplatz als Koch?", "Welchen Abschluss braucht Herr Kaya für …?", "Frau Yilmaz
möchte wissen, wie lange …", "can you check for my client how long …". The client and the
asking say nothing about occupations, so the occupation skill reads the question without them
("Welchen Abschluss braucht man für …?"). The words are data (``client_frame`` in
``data/words.yaml``).

Only this skill reads messages this way: a mail keeps its names, and the judgement check runs
on the whole message before any skill (bot.routing), so "für Herrn Schulz herausfinden, ob er
das schafft" is refused as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.message_memo import per_message
from bot.policy.pii_gazetteer import given_name_keys, is_name_after_title, lookup_key
from skills.occupation.normalise import word_section

_QUESTION_WORD = (
    r"(?:ob|wie|was|wo|wann|welche\w*|wer|wieviel\w*|warum|weshalb|whether|if|how|what|which"
    r"|where|when|who)\b"
)
_TITLE = r"(?:herrn?|frau|hr\.|fr\.|hr|fr|mr\.?|mrs\.?|ms\.?|miss)"
_WORD = r"[^\W\d_][\w'-]*"
_FOR = r"(?:für|fuer|for)"
_FILLER = r"(?:(?:mal|bitte|kurz|eben|doch|mir|uns|please|quickly)\s+)*"
_MODAL = (
    r"(?:(?:kannst|könntest|koenntest|kann|können|koennen|könnten|koennten|würdest|wuerdest"
    r"|würden|wuerden|can|could|would)\s+(?:du|sie|ihr|you)\s+)?"
)
# whom a question is for, when a word alone: a pronoun ("für mich", "for him")
_PRONOUNS = frozenset(
    {"mich", "uns", "ihn", "sie", "ihm", "ihr", "me", "us", "him", "her", "them"}
)


@dataclass(frozen=True, slots=True)
class _Patterns:
    frame: re.Pattern[str]  # the asking in front of the question
    asks: re.Pattern[str]  # "Frau Yilmaz möchte wissen, …"
    client: re.Pattern[str]  # "für Herrn Demir", "für meine Klientin", "für Tim"
    titled: re.Pattern[str]  # "Herr Kaya" anywhere


@cache
def _patterns() -> _Patterns:
    raw = word_section("client_frame")
    roles, verbs = (
        "|".join(re.escape(str(word)) for word in sorted(raw[key], key=len, reverse=True))
        for key in ("roles", "find_out")
    )
    who = rf"(?:{_TITLE}\s+{_WORD}|(?:{roles})\b|{_WORD})"
    client_for = rf"(?:{_FOR}\s+(?P<who>{who})\s+)"
    after_verb = rf"(?:{_FOR}\s+(?P<who2>{who})\s+)"
    frame = re.compile(
        rf"^\W*{_MODAL}{_FILLER}{client_for}?{_FILLER}(?:{verbs})\b\s*{_FILLER}{after_verb}?"
        rf"{_FILLER}(?:nach\b)?\s*,?\s*(?={_QUESTION_WORD})",
        re.IGNORECASE,
    )
    asks = re.compile(
        rf"^\W*(?:{_TITLE}\s+{_WORD}|(?:{roles})\b)\s+(?:möchte|moechte|will|würde|wuerde"
        rf"|hätte|haette|fragt|wants|would\s+like)\s+(?:gern\w*\s+|to\s+)?(?:wissen|erfahren"
        rf"|know)?\s*,?\s*(?={_QUESTION_WORD})",
        re.IGNORECASE,
    )
    # a relative clause after the client describes them ("für Jonas, der gern …"): kept
    client = re.compile(
        rf"\s*\b{_FOR}\s+(?P<who>{who})(?=\W|$)(?!\s*,?\s*(?:der|die|dem|den|who|that)\b)",
        re.IGNORECASE,
    )
    titled = re.compile(rf"\b{_TITLE}\s+(?P<name>{_WORD})", re.IGNORECASE)
    return _Patterns(frame, asks, client, titled)


def _is_client(who: str | None) -> bool:
    """Whether the words after "für" name a person: a title and a name, a role, a pronoun or
    a listed first name ("für Tim"), never another word ("für Büromanagement")."""
    if not who:
        return True  # nothing named
    words = who.split()
    if len(words) > 1:
        first = words[0].casefold().rstrip(".")
        titled = first in {"herr", "herrn", "frau", "hr", "fr", "mr", "mrs", "ms", "miss"}
        return is_name_after_title(words[-1]) if titled else True  # a role
    word = words[0]
    return word.casefold() in _PRONOUNS or lookup_key(word) in given_name_keys()


@per_message
def without_client(text: str) -> str:
    """``text`` without a client named for whom it is asked and without the asking around the
    question; ``text`` itself when it holds neither."""
    patterns = _patterns()
    rest = text
    framed = patterns.frame.match(rest)
    if framed is not None and _is_client(framed["who"]) and _is_client(framed["who2"]):
        rest = rest[framed.end() :]
    rest = patterns.asks.sub("", rest, count=1)
    rest = patterns.client.sub(lambda m: "" if _is_client(m["who"]) else m.group(), rest)
    # "braucht Herr Kaya", "Kann Frau Öztürk": whoever asks, as "man"
    rest = patterns.titled.sub(
        lambda m: "man" if is_name_after_title(m["name"]) else m.group(), rest
    )
    rest = " ".join(rest.split()).lstrip(",;: ")  # "Für Frau Schmidt: welche …"
    if rest == " ".join(text.split()):
        return text
    return rest[:1].upper() + rest[1:] if text[:1].isupper() else rest
