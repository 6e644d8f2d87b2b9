"""An order to pass something on to someone, in any sentence of the request.

Counsellors often give the material first and the order after it: what a client wrote
('Frau Haidari hat geschrieben: "…" -> antworte ihr bitte, dass …'), their notes ("… kannst
du ihm das so mitteilen?") or a question someone asked ("Die Mutter hat gefragt, ob …
Antworte ihr: …"). The order then names the addressee by a pronoun, the person having been
named before. Such a sentence asks for a text to that person, wherever it stands; a note's
own bullet ("- schreib ihm wegen Termin") is a to-do in the notes, not an order.
"""

from __future__ import annotations

import re

_F = re.IGNORECASE
# Whom the text is for, named back: dative for telling someone ("antworte ihr"), accusative
# for informing or reminding someone ("informiere ihn"), English object pronouns.
_DATIVE = r"(?:ihr|ihm|ihnen|den\s+eltern|der\s+mutter|dem\s+vater|der\s+familie)"
_ACCUSATIVE = r"(?:ihn|sie|die\s+eltern|die\s+mutter|den\s+vater|die\s+familie)"
_ENGLISH = r"(?:her|him|them|the\s+parents|the\s+mother|the\s+father|the\s+family)"
# Words that may stand between the verb and whom it is for ("schreib ihr bitte kurz …").
_SOFTENERS = r"(?:(?:bitte|mal|kurz|doch|noch|gleich|so|please|pls)\s+)*"
# The sentence's opening: a joining word, an arrow, a "bitte" in front of the verb.
_OPENING = r"^\s*(?:(?:->|=>|→|>)\s*)?(?:(?:und|dann|also|jetzt|so|and|then)\s+)?" + _SOFTENERS
# Imperatives (du) of telling someone, each with the case of whom it is told to.
_TELL_DATIVE = (
    r"(?:antworte?|schreibe?|sage?|teile?|richte?|gib|schicke?|sende?|bestätige?"
    r"|melde\s+dich\s+bei)"
)
_TELL_ACCUSATIVE = r"(?:informiere?|benachrichtige?|erinnere?|lass|lade|frag)"
_TELL_ENGLISH = (
    r"(?:reply\s+to|answer|write\s+(?:back\s+)?to|tell|let|inform|notify|remind|email|mail"
    r"|send)"
)
_IMPERATIVE = re.compile(
    _OPENING
    + rf"(?:{_TELL_DATIVE}\s+{_SOFTENERS}{_DATIVE}"
    + rf"|{_TELL_ACCUSATIVE}\s+{_SOFTENERS}{_ACCUSATIVE}"
    + rf"|{_TELL_ENGLISH}\s+{_SOFTENERS}{_ENGLISH})\b",
    _F,
)
# Asked as a question or an infinitive, the telling verb comes last: "kannst du ihm das so
# mitteilen?", "ihr das bitte kurz schreiben".
_TELL_LAST = (
    r"(?:mitteilen|schreiben|zurückschreiben|sagen|ausrichten|schicken|senden|weitergeben"
    r"|weiterleiten|bestätigen|beantworten|bescheid\s+(?:geben|sagen))"
)
_ASKED = re.compile(
    r"^\s*(?:(?:->|=>|→|>)\s*)?(?:(?:und|dann|also|jetzt|so)\s+)?"
    rf"(?:(?:bitte\s+)?(?:kannst|könntest|würdest)\s+du\s+{_SOFTENERS}(?:{_DATIVE}|an\s+{_ACCUSATIVE})"
    rf"|bitte\s+{_SOFTENERS}(?:{_DATIVE}|an\s+{_ACCUSATIVE})"
    # without a question or a "bitte" first, the pronoun must be an object ("Ihr Sohn soll …")
    rf"|{_SOFTENERS}(?:{_DATIVE}\s+(?:das|dies|es|bitte)|an\s+{_ACCUSATIVE}))"
    rf"\s+(?:[\wäöüß]+\s+){{0,4}}?{_TELL_LAST}\b",
    _F,
)
# A reply asked for after the message it answers, with no one named back: the pasted message
# says whom it is for ('"…" – bitte antworten: …', "Kurz zurückschreiben, dass …", "-> reply
# that …", "answer yes, …", "Rückmeldung an sie: …").
_REPLY = re.compile(
    _OPENING + r"(?:(?:antworten|antworte|beantworten|beantworte|zurückschreiben|schreib\s+zurück"
    r"|reply|answer|respond|write\s+back)\s*(?::|[.!]?\s*$|,?\s*(?:dass|that|ja|nein|yes|no)\b)"
    + rf"|(?:rückmeldung|antwort|reply|answer)\s+(?:an|to)\s+(?:{_ACCUSATIVE}|{_ENGLISH})\b)",
    _F,
)
# Sentence and clause ends: a full stop, "!" or "?" before a space, a comma ("Kevin soll …,
# schreib ihm das"), a line break, an arrow or a dash between words. Abbreviations and dates
# may split a sentence too: a piece that starts with no order is skipped, so an extra split
# costs nothing.
_BREAK = re.compile(r"[ \t]+[–—-][ \t]+|\n+|(?<=[.!?])[ \t]+|,[ \t]*|(?=->|=>|→)")
# A note's own bullet or number: a to-do in the notes, not an order.
_BULLET = re.compile(r"^\s*(?:[-*•–—]|\d+[.)])\s")


def relayed(text: str) -> bool:
    """A sentence of ``text`` orders a text to someone named back by a pronoun ("antworte ihr,
    dass …", "kannst du ihm das so mitteilen?", "let her know …") or a reply to the message
    before it ("bitte antworten: …")."""
    for sentence in _BREAK.split(text):
        if not sentence.strip() or _BULLET.match(sentence):
            continue
        if _IMPERATIVE.match(sentence) or _ASKED.match(sentence) or _REPLY.match(sentence):
            return True
    return False


# The order's own words end with the softeners after whom it is for, and a comma ("schreib
# ihr bitte, dass …", "tell him that …" keeps its "that")
_ORDER_END = re.compile(r"\s*(?:(?:bitte|mal|kurz|noch|please|pls)\b\s*)*,?\s*")
_ORDER = re.compile(_IMPERATIVE.pattern.removeprefix("^"), _F)
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?,;:\n])|(?<=\s[–—-]))[ \t]*")


def order_spans(text: str) -> list[tuple[int, int]]:
    """Where the request orders a text to someone named back by a pronoun ("…, schreib ihm
    bitte, dass …", "Schreib ihr, dass …"): the order is the assistant's to carry out, the
    words after it are what the letter says."""
    spans = []
    for start in _SENTENCE_START.finditer(text):
        order = _ORDER.match(text, start.start())
        if order is None or not order.group(0).strip():
            continue
        end = _ORDER_END.match(text, order.end())
        lead = len(order.group(0)) - len(order.group(0).lstrip())
        spans.append((order.start() + lead, end.end() if end else order.end()))
    return spans
