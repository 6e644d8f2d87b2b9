"""An inquiry typed in the third person, asked of the addressee.

"Mail an Herrn Becker (Autohaus Becker), ob er für Tim einen Praktikumsplatz … hat" is a
question to Herrn Becker: "Ich möchte Sie fragen, ob Sie für Tim einen Praktikumsplatz …
haben." A carried piece that opens with "ob"/"whether" has its first clause asked; what
follows it stays as typed. A clause whose subject is the addressee's pronoun is asked only
when its verb is known (see ``told_clause``); otherwise the piece is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from skills.email.addressed import ENGLISH_PRONOUNS, GERMAN_POSSESSIVE
from skills.email.told import told_clause

Say = Callable[..., str]

_OPENS = re.compile(r"(?:asking\s+)?(?P<word>ob|whether|if)\s+(?P<rest>\S)", re.IGNORECASE)
# An indirect question opened by a question word, typed in lower case ("wann die Blockwochen
# sind", "which documents he needs"): asked like "ob …". "wie besprochen" opens no question,
# and a capitalised "Wann kommst du?" is a question of its own, asked as typed.
_WH_OPENS = re.compile(
    r"(?P<word>wann|wie|welche[rsmn]?|was|wer|wen|wem|wo|wohin|woher|warum|wieso|weshalb"
    r"|when|which|what|how|who|where|why)\s+"
    r"(?!(?i:besprochen|vereinbart|abgesprochen|gesagt|gewünscht|angekündigt|erwähnt|immer"
    r"|schon|telefonisch|discussed|agreed|promised|mentioned|always|are|is|was|were|do|does"
    r"|did|can|could|will|would|ist|sind|war|waren|hat|haben|kann|können|soll|sollen|muss"
    r"|müssen|wird|werden|gibt|geht|läuft|steht|sieht)\b)(?P<rest>\S)"
)
# The question ends at a clause mark, a sentence's stop (not a date's: "vom 03.03. bis") or
# a second question joined to it ("… bekommen hat und wann sie …"), whose subject may be
# someone else
_END = re.compile(
    r"[,;?!\n]|(?<!\d)(?<!\b\w)(?<!\b\w\w)\.(?=\s|$)"
    r"|\s(?=(?:und|and)\s+(?:wann|wie|wo|was|welche\w*|warum|ob|when|how|where|what|which)\b)",
    re.IGNORECASE,
)
# what ends the question's sentence, so what follows it starts one of its own
_STOP = re.compile(r"[.?!\n]")
# the polite "Sie" already addresses the reader: asked as it stands
_PRONOUN_SUBJECT = re.compile(
    r"^(?i:ob|whether|if|wann|wie|wo|was|when|how|where|what)\s+(?P<pronoun>(?i:er|he|she)|sie)\b"
)


def as_inquiry(piece: str, du: bool, say: Say, pronouns: frozenset[str]) -> str | None:
    """``piece`` with its opening "ob …"/"whether …" clause (or an indirect question, "wann
    …") asked of the addressee, or None when it opens with none or its subject's verb cannot
    be said to them."""
    opens = _OPENS.match(piece) or _WH_OPENS.match(piece)
    if opens is None:
        return None
    start = opens.start("word")
    end_mark = _END.search(piece, opens.end())
    if opens.re is _WH_OPENS and end_mark is not None and end_mark.group() == "?":
        return None  # "wie ist der Stand …?": a question of its own, asked as typed
    end = end_mark.start() if end_mark else len(piece.rstrip())
    clause = piece[start:end].strip()
    subject = _PRONOUN_SUBJECT.match(clause)
    if subject is not None:
        pronoun = subject["pronoun"].lower()
        known = GERMAN_POSSESSIVE.keys() | ENGLISH_PRONOUNS
        if pronoun not in pronouns or pronoun not in known:
            return None  # whose "er" is it? left as typed, never guessed
        opener, _, rest_of = clause.partition(" ")
        told = told_clause(rest_of, du, pronouns)
        if told is None:
            return None
        clause = f"{opener} {told}"
    asked = say("common.clause.asked_du" if du else "common.clause.asked_sie", clause=clause)
    rest = piece[end:].lstrip(" \t.?!")
    if not rest:
        return asked
    if end_mark is not None and _STOP.match(end_mark.group() or " "):
        return f"{asked} {rest}"
    # "…, hab einen Kandidaten", "und wann …": the rest of the same sentence, as typed, the
    # addressee's pronouns theirs where the counsellor is its subject ("dann melde ich ihn an")
    if subject is not None and rest[:1] == ",":
        rest = ", " + (told_clause(rest[1:].strip(), du, pronouns) or rest[1:].strip())
    rest = rest if rest[:1] in ",;" else " " + rest
    return asked.rstrip(".") + rest + ("" if rest.rstrip()[-1:] in ".?!" else ".")


# "Frag Herrn Hansen vom Kreis Unna, ob …", "ask Ms. Khan whether …": the order to ask is
# carried out by the letter's question, never written in it
_ASK_ORDER = re.compile(
    r"^\s*(?:(?:bitte|kannst\s+du|please|pls|can\s+you)\s+)?(?P<verb>frag(?:e|en)?|ask)\b"
    r"(?=[^\n]*?\b(?:ob|whether|if)\b)",
    re.IGNORECASE,
)


def asking_order(text: str) -> list[tuple[int, int]]:
    """Where the request opens with an order to ask someone whether …: the verb's span."""
    found = _ASK_ORDER.match(text)
    return [found.span("verb")] if found else []
