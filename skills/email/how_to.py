"""Questions of how to write something, and requests for help with a text, read as the request
they ask about: "Wie schreibe ich Herrn Celik am besten, dass …?" → "schreib Herrn Celik, dass
…"; "wie erinnere ich Kevin höflich an …" → "erinnere Kevin an …"; "how do I tell Ms Rossi
that …" → "tell Ms Rossi that …"; "Wie schreibe ich eine gute Absage?" → "Absage".

How the counsellor wants it said ("am besten", "höflich") is no fact of the email: it goes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE
# How it should be said: not a fact, never carried into the draft
_MANNER = re.compile(
    r"\s*\b(?:am\s+(?:besten|geschicktesten|elegantesten|sinnvollsten)|(?:möglichst|besonders"
    r"|ganz)\s+(?:höflich|freundlich|nett|diplomatisch|neutral|sachlich)|höflich|freundlich"
    r"|nett|diplomatisch|professionell|sensibel|vorsichtig|schonend|sachlich|richtig|gut"
    r"|best|politely|nicely|kindly|gently|properly|professionally)\b(?=[\s,?]|$)",
    _F,
)
# A German verb of writing or telling after "wie … ich", with the imperative it asks for.
_VERBS = {
    "schreib": "schreib",
    "sag": "sag",
    "erklär": "sag",
    "vermittl": "sag",
    "erinner": "erinnere",
    "frag": "frag",
    "teil": "teile",
    "informier": "informiere",
    "benachrichtig": "benachrichtige",
    "lad": "lade",
    "bitt": "bitte",
}
_ASKED_AS = "|".join(sorted(_VERBS, key=len, reverse=True))
# "wie sag ich Frau X, dass", "wie erinnere ich Kevin an", "wie schreib ich Herrn Celik, dass";
# "wie schreibe ich eine Absage" (an article next) is a text named, read by the caller.
_HOW_I = re.compile(
    rf"^\W*(?:und\s+)?wie\s+(?P<verb>{_ASKED_AS})(?:e|st|t)?\s+ich\s+"
    r"(?!(?:eine?[nmr]?|ne|nen|so|das|sowas|so\s+was|es)\b)(?=\S)",
    _F,
)
# "wie kann ich Frau X am besten sagen, dass …": the verb at the end, whom before it
_HOW_CAN_I = re.compile(
    r"^\W*(?:und\s+)?wie\s+(?:kann|soll|sollte|könnte|würde|mache)\s+ich\s+"
    r"(?P<who>[^,?.\n]{1,60}?)\s+(?P<verb>schreiben|sagen|mitteilen|erklären|beibringen"
    r"|vermitteln|klarmachen)\s*(?=,|\s+dass\b|\s+ob\b)",
    _F,
)
# "how do I tell Mr X that …", "how should I remind Kevin about …", "how can I write to …"
_HOW_EN = re.compile(
    r"^\W*(?:and\s+)?how\s+(?:do|should|can|could|would|shall)\s+i\s+(?:(?:best|politely|nicely|kindly|gently)\s+)?"
    r"(?P<verb>tell|remind|ask|inform|invite|let|write\s+to|reply\s+to|answer)\s+(?=\S)",
    _F,
)
_QUESTION_END = re.compile(r"\?+")
# Where what to say starts: the manner words stand before it ("Kevin höflich an seine …")
_SAID_FROM = re.compile(r",|\b(?:dass|ob|an|that|whether|about|to)\b", _F)


@dataclass(frozen=True, slots=True)
class Asked:
    """The request a question asks about; ``how`` when the message asked how to write it."""

    text: str
    how: bool


def how_to(text: str) -> str | None:
    """The request a question of how to write to or tell someone asks for, or None."""
    told = _HOW_I.match(text)
    if told is not None:
        stem = next(s for s in sorted(_VERBS, key=len, reverse=True) if told["verb"].lower() == s)
        return _plain(f"{_VERBS[stem]} {text[told.end() :]}")
    told = _HOW_CAN_I.match(text)
    if told is not None:
        verb = "schreib" if told["verb"].lower() == "schreiben" else "sag"
        return _plain(f"{verb} {told['who']}{text[told.end() :]}")
    told = _HOW_EN.match(text)
    if told is not None:
        return _plain(f"{told['verb']} {text[told.end() :]}")
    return None


def _plain(request: str) -> str:
    """The question as an order: the manner words and the question mark of its first sentence
    gone ("sag Frau X am besten, dass …?" → "sag Frau X, dass …")."""
    end = _QUESTION_END.search(request)
    first, rest = (request[: end.start()], request[end.end() :]) if end else (request, "")
    said = _SAID_FROM.search(first, first.find(" ") + 1)
    cut = said.start() if said else len(first)
    first = (_MANNER.sub("", first[:cut]) + first[cut:]).strip()
    rest = rest.strip()
    return f"{first}. {rest}" if rest else first


# "Wie schreibe ich eine gute Absage an einen Klienten?": asking how is asking for the template
_HOW_TO = re.compile(
    r"^\s*(?:wie\s+(?:schreibe|formuliere|verfasse|mache)\s+ich\s+(?:am\s+besten\s+)?"
    r"|how\s+(?:do|should|can)\s+i\s+(?:write|word|phrase)\s+)"
    r"(?:(?:eine|einen|ein|a|an)\s+)?"
    r"(?:(?:gute|guten|gutes|höfliche|höflichen|kurze|kurzen|good|polite|short)\s+)?"
    r"(?=\S)",
    re.IGNORECASE,
)


_TO_WHOM = re.compile(r"(einer|einem|der|dem)\s+(?=\w[^,\n]{0,60},?\s*dass\b)", re.IGNORECASE)
_DEFINITE = {"einer": "der", "einem": "dem", "der": "der", "dem": "dem"}
# "kannst du mir helfen, eine Absage an den Betrieb zu formulieren? …", "hilf mir bei einer
# Absage an …": asking for help with the mail is asking for the mail
_KIND_OF = (
    r"(?:(?:eine|einen|einer|einem|ein|ne|nen|der|die|dem)\s+)?"
    r"(?:(?:gute|nette|höfliche|kurze|freundliche)[nrs]?\s+)?"
)
_HELP_WITH = re.compile(
    r"^\s*(?:(?:hey|hallo|hi|moin)\W+)?"
    r"(?:(?:kannst|könntest|kannste|würdest|magst)\s+du\s+mir\s+(?:(?:bitte|mal|kurz|eben)\s+)*"
    rf"(?:dabei\s+)?helfen\s*,?\s+{_KIND_OF}(?P<what>[^?!\n]{{2,100}}?)\s+zu\s+"
    r"(?:formulieren|schreiben|verfassen|entwerfen|erstellen)"
    rf"|hilf\s+mir\s+(?:(?:bitte|mal|kurz)\s+)*(?:bei|mit)\s+{_KIND_OF}(?P<with>[^?!\n:]{{2,100}}?))"
    r"\s*(?:[?.!:]+|$)\s*",
    re.IGNORECASE,
)
# "formulier mir mal ne nette Absage an …": the kind of letter, without the asking words
_WRITE_ME = re.compile(
    r"^\s*(?:bitte\s+)?(?:formulier|schreib|entwirf|entwerf|verfass)\w*\s+(?:mir|uns)\s+"
    rf"(?:(?:bitte|mal|kurz|eben|schnell)\s+)*(?=(?:eine|einen|ne|nen)\s){_KIND_OF}",
    re.IGNORECASE,
)


def asked_how(text: str) -> Asked:
    """The request a question of how to write it, or a request for help with it, asks for:
    its question mark and the asking words gone ("Wie schreibe ich eine gute Absage?" →
    "Absage"; "kannst du mir helfen, eine Absage an X zu formulieren? …" → "Absage an X: …")."""
    told = how_to(text)
    if told is not None:
        return Asked(told, how=True)
    asked = _HOW_TO.match(text)
    if asked:
        rest = text[asked.end() :].rstrip(" ?")
        to = _TO_WHOM.match(rest)  # "wie schreibe ich einer Schule, dass …": whom to write to
        return Asked(
            f"schreib {_DEFINITE[to[1].lower()]} {rest[to.end() :]}" if to else rest, how=True
        )
    helped = _HELP_WITH.match(text)
    if helped:
        what, rest = helped["what"] or helped["with"], text[helped.end() :].strip()
        return Asked(f"{what}: {rest}" if rest else what, how=True)
    written = _WRITE_ME.match(text)
    return Asked(text[written.end() :] if written else text, how=False)
