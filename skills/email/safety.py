"""The last check of a template draft: whatever the request gave that the finished draft still
lacks is carried over as typed, so no fact is dropped, whatever the phrasing.

Two readings, each a net for what the other may miss: the request's words with meaning (the
same reading as ``carry``, but trusting only the spans whose facts the draft states in other
words — dates written out, the purpose word — and checking the addressee and steps word for
word), and its typed facts (dates and times as values, names, links, contacts, places,
events, documents: ``facts``), each looked for in the finished text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from skills.email.carry import leftover, meaningful_words
from skills.email.facts import missing_facts
from skills.email.model import EmailRequest

Span = tuple[int, int]


def still_lacking(
    request: EmailRequest, said: str, consumed: Sequence[Span], carried: Sequence[str]
) -> list[str]:
    """Pieces of the request, as typed, that ``said`` (the finished subject, body and
    anything else the draft names) lacks and ``carried`` does not already hold."""
    named = set(request.named)
    trusted = [span for span in consumed if span not in named]
    pieces = [piece for piece in leftover(request.wording, trusted, said) if piece not in carried]
    today = request.today or date.today()
    for fact in missing_facts(request.wording, said, today):
        typed = fact.typed or fact.value
        if typed not in request.wording and _words_said(typed, said):
            continue  # a value put together from several places ("0.10, 1. OG"), all said
        if not any(typed in piece for piece in (*pieces, *carried)):
            pieces.append(typed)
    return pieces


def _words_said(value: str, said: str) -> bool:
    lowered = said.lower()
    return all(word.lower() in lowered for word in meaningful_words(value))
