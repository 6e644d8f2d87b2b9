"""A reply language asked for in everyday words: "Antworte bitte auf Englisch", "English
please", "can you answer in English?", "wieder auf Deutsch".

Only short messages that speak to Lotse about its replies count: "Schreib eine Mail auf
Englisch" asks for an English draft, not for English replies.
"""

from __future__ import annotations

import re

MAX_WORDS = 9
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGES = {"englisch": "en", "english": "en", "englisches": "en", "deutsch": "de",
              "german": "de", "deutsches": "de"}  # fmt: skip
# Verbs that ask about Lotse's own replies (not "die Klientin spricht nur Englisch").
_REPLY_VERBS = re.compile(
    r"\b(?:antworte|antwortest|sprich|sprichst|rede|redest|wechsle|wechsel|switch"
    r"|(?:antworten|sprechen|reden|schreiben)\s+sie|schreib(?:e|st)?\s+(?:mir|uns)"
    r"|stell\w*\s+(?:\w+\s+){0,3}um"
    r"|(?:auf|in)\s+\w+\s+(?:antworten|answer|reply|respond|schreiben|sagen|write|say)"
    r"|(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:answer|reply|respond|speak|talk|write"
    r"|switch)|^\W*(?:please\s+)?(?:answer|reply|respond|speak|talk|write)"
    # "Kannst du auch Englisch?", "Können Sie Deutsch?", "do you speak German?"
    r"|(?:kannst\s+du|können\s+sie|koennen\s+sie)\s+(?:(?:auch|denn|eigentlich|noch)\s+)*"
    r"(?:englisch|deutsch)|do\s+you\s+(?:also\s+)?speak\s+(?:english|german)"
    # what was just said, again in the other language: "say that in English", "sag das auf
    # Englisch" (at the start, or asked of Lotse: not "she can explain it in German")
    r"|(?:^\W*(?:(?:pls|plz|please|ok|and|und)\W+)?|(?:can|could|would|will)\s+you\s+"
    r"(?:please\s+)?)(?:say|put|give|show|repeat|explain|write|tell\s+me)\s+"
    r"(?:(?:that|this|it|again|me|us|the\s+\w+)\s+){0,3}in\s+(?:english|german)"
    r"|^\W*(?:(?:ok|und|bitte)\W+)?(?:sag|zeig|erklär|erklaer|gib|schreib)\w*\s+"
    r"(?:(?:das|es|mir|uns|nochmal|bitte|mal)\s+){0,3}auf\s+(?:englisch|deutsch)"
    # the same with a verb that stands for any of these: "kannst du das auf Englisch machen?",
    # "can you do that in German?"
    r"|(?:(?:kannst|könntest|würdest)\s+du|(?:können|könnten|würden)\s+sie)\s+(?:\w+\s+){0,3}"
    r"(?:auf|in)\s+(?:englisch|deutsch)\s+machen"
    r"|(?:can|could|would|will)\s+you\s+(?:please\s+)?do\s+(?:that|this|it)\s+in)\b",
    re.IGNORECASE,
)
# Words that may stand around the language name alone: "English please", "auf Deutsch bitte",
# "nochmal auf Englisch" (what was shown, once more in that language).
_COURTESY = frozenset(
    ("auf", "in", "bitte", "please", "gern", "gerne", "lieber", "wieder", "nur", "ab", "jetzt",
     "now", "only", "from", "on", "danke", "thanks", "ok", "okay", "und", "and", "pls", "plz",
     "nochmal", "again")
)  # fmt: skip
# A request for a text in that language is a skill's business.
_SKILL_WORDS = re.compile(
    r"\b(?:\w*mail\w*|nachricht|brief|entwurf|draft|text|zusammenfass\w*|summar\w*|notiz\w*"
    r"|beruf\w*|occupation|übersetz\w*|translat\w*|einladung|invitation|kurs\w*|course)\b",
    re.IGNORECASE,
)


def requested_language(text: str) -> str | None:
    """ "en" or "de" when ``text`` asks Lotse to reply in that language, else None."""
    words = [word.casefold() for word in _WORD.findall(text)]
    if not words or len(words) > MAX_WORDS or "\n" in text.strip():
        return None
    named = {_LANGUAGES[word] for word in words if word in _LANGUAGES}
    if len(named) != 1 or _SKILL_WORDS.search(text):
        return None
    rest = [word for word in words if word not in _LANGUAGES and word not in _COURTESY]
    if rest and not _REPLY_VERBS.search(text):
        return None
    return named.pop()


# The reply language named beside a request, for that request: "auf Englisch bitte: was macht
# ein Koch?", "(in English) what does a cook do?", "was macht ein Koch? Bitte auf Englisch".
_NAME = r"(?:englisch|english|deutsch|german)"
_POLITE = r"(?:(?:bitte|please|pls|plz|gern|gerne|nur|ok|okay|und|and)\W+)"
_ANSWER = (
    r"(?:(?:antworte|antworten\s+sie|answer|reply|respond|sag|schreib|write|explain|erklär)\w*"
    r"\s+(?:(?:mir|me|uns|us|das|it|this|bitte|please)\s+){0,2})"
)
_NAMED = (
    rf"(?:(?:auf|in)\s+(?P<language>{_NAME})(?:\W+(?:bitte|please|pls|plz))?"
    rf"|(?P<named>{_NAME})\W+(?:bitte|please))"
)
_LEADING_MARKER = re.compile(
    rf"^\W*{_POLITE}*{_ANSWER}?{_NAMED}\s*(?:[:\-–—,;]|\n|\))\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_TRAILING_MARKER = re.compile(
    rf"^(?P<rest>.*?\S)\s*(?:[,;:(\-–—]|(?<=[.?!]))\s*{_POLITE}*{_ANSWER}?{_NAMED}\W*$",
    re.IGNORECASE | re.DOTALL,
)
_MARKED_AT_MOST = 600  # characters: a marker stands beside a short request, not in notes
# A text asked for in a language ("Mail auf Englisch an …") is the draft's language: the
# skill writes the text in it and keeps talking to the counsellor in theirs.
_TEXT_WORDS = re.compile(
    r"\b(?:\w*mail\w*|nachricht|brief|entwurf|draft|text|zusammenfass\w*|summar\w*|notiz\w*"
    r"|übersetz\w*|translat\w*|einladung|invitation|absage|erinnerung|reminder|letter)\b",
    re.IGNORECASE,
)


def language_marker(text: str) -> tuple[str, str] | None:
    """(language, request) when ``text`` names the reply language beside a request; the
    request is ``text`` without the marker. None for a request without one, a request for a
    text in a language (the skill's business) and a message that is only the marker (a
    switch of the reply language: :func:`requested_language`)."""
    if len(text) > _MARKED_AT_MOST:
        return None
    for pattern in (_LEADING_MARKER, _TRAILING_MARKER):
        found = pattern.match(text.strip())
        if found is None:
            continue
        rest = found["rest"].strip()
        if not _WORD.search(rest) or _TEXT_WORDS.search(rest):
            return None
        named = found["language"] or found["named"]
        return _LANGUAGES[named.casefold()], rest
    return None
