"""Days a message names in words ("morgen", "am Freitag", "tomorrow") get their date beside them.

A message is drafted from the request's own words, so "wir treffen uns morgen um 10 Uhr" would
reach the client with no date and mean another day when read later. The word stays as typed and
the date the request was read as follows in brackets ("morgen (12.01.2027)"), the way a template
names the day; the counsellor is told how the word was read. A day read with doubt ("nächsten
Dienstag" said on a Monday) gets no date: it stays as typed.
"""

from __future__ import annotations

import re
from datetime import date

from skills.email.dates import find_dates
from skills.email.model import EmailDraft, EmailRequest, Notice, Purpose
from skills.email.render import Renderer

_RELATIVE = "relative"
# a date in brackets already follows the word: "morgen (12.01.)"
_DATED_AFTER = re.compile(r"\s*\(\s*\d")


def in_words(purpose: Purpose, notices: list[Notice]) -> tuple[Notice, ...]:
    """The days a message or referral read from words: its dates stay in its own words, so
    these readings are all it can be told about."""
    if purpose not in (Purpose.MESSAGE, Purpose.REFERRAL):
        return ()
    return tuple(n for n in notices if n.kind == _RELATIVE and n.day is not None)


def dated(line: str, request: EmailRequest, renderer: Renderer) -> str:
    """``line`` with the date after each day it names in words as the request was read."""
    read = {(n.written.lower(), n.day) for n in request.notices if n.kind == _RELATIVE}
    if not read:
        return line
    mentions, _ = find_dates(line, request.today or date.today())
    pieces: list[str] = []
    last = 0
    for index, mention in enumerate(mentions):
        if mention.day is None or (mention.written.strip().lower(), mention.day) not in read:
            continue  # a date typed as a date, or read otherwise in the whole request
        if _DATED_AFTER.match(line, mention.end):
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is not None and not line[mention.end : following.start].strip(" ,"):
            continue  # "Thursday Feb 4": the date typed after the day says which one
        pieces += [line[last : mention.end], f" ({renderer.short_date(mention.day)})"]
        last = mention.end
    return "".join(pieces) + line[last:]


def shown(request: EmailRequest, draft: EmailDraft, language: str) -> tuple[Notice, ...]:
    """The request's notices without a message's readings whose date the draft does not
    show: a note to check a date that is not there would only confuse."""
    if request.purpose not in (Purpose.MESSAGE, Purpose.REFERRAL):
        return request.notices
    renderer = Renderer(language)
    return tuple(
        n
        for n in request.notices
        if n.kind != _RELATIVE or (n.day is not None and renderer.short_date(n.day) in draft.body)
    )
