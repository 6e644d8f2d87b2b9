"""A second request typed after a first one in the same message.

"Infos zu Tischler und dann bitte eine Mail an Tom, dass er die Unterlagen bis Freitag
schickt" asks for two things. Read as one, either the occupation's card comes alone and the
mail is lost, or the mail's draft carries "Tischler und dann" as a line of the letter. The
message is split where a joining word ("und dann", "und", "…? Und") is followed by an
order for a mail, or where a mail's order is followed by a sentence that opens a question
of its own ("Schreib Lea …. Und was verdient man als Tischler?") (``second_request.yaml``);
the route step answers the first part and hands the second on as a turn of its own
(``TurnLog.resubmit``), so the counsellor gets both answers, one after the other. The mail
always comes second: a question its draft asks back ("Worum soll es gehen?") stays the
conversation's open question, which an answer after it would close. Whether the two parts
really are two requests is decided by routing them (bot.pipeline.route): each must go to a
skill, and not to the same one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from bot.yaml_data import load_yaml

_DATA = Path(__file__).with_name("second_request.yaml")
_MIN_FIRST_CHARS = 4  # "beruf Koch" and more: a first request of its own
_GUARD = re.compile(r"mail|nachricht|schreib|write|message", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TwoRequests:
    first: str
    second: str


class _Patterns(NamedTuple):
    split_at: re.Pattern[str]  # a joint, fillers, then a mail's order
    mail_first: re.Pattern[str]  # a message opening with a mail's order ("Schreib Lea …")
    question_after: re.Pattern[str]  # "…. Und", "…! Außerdem:" after the mail's order
    question_start: re.Pattern[str]  # how a question opens when it ends in no "?"


@cache
def _patterns() -> _Patterns:
    data = load_yaml(_DATA.read_text(encoding="utf-8"))
    fillers, orders = data["fillers"], data["orders"]
    split_at = rf"(?:{data['joints']})(?P<fillers>{fillers})(?=(?P<order>{orders}))"
    mail_first = rf"\s*(?:{fillers})(?:{orders}|\s*\w*(?:e-?mail|mail|nachricht)\b)"
    return _Patterns(
        *(
            re.compile(pattern, re.IGNORECASE)
            for pattern in (split_at, mail_first, data["questions_after"], data["question_words"])
        )
    )


def two_requests(text: str) -> TwoRequests | None:
    """``text`` as a first request and a second that orders a mail, else None (one request).
    The second keeps its "bitte" ("bitte eine Mail an Tom, …")."""
    if "\n" in text.strip() or _GUARD.search(text) is None:
        return None  # pasted material, or no mail asked for at all (most messages)
    if _patterns().mail_first.match(text):
        return _question_after_mail(text)
    for found in _patterns().split_at.finditer(text):
        # (a question's mark before "Und schreib …" stays the first request's)
        mark = found.group()[:1] if found.group()[:1] in ".?!" else ""
        first = text[: found.start()].strip() + mark
        if len(first) < _MIN_FIRST_CHARS or _GUARD.search(first):
            continue  # a mail's own content ("Mail an Tom, dass …, und dann …")
        polite = "bitte " if re.search(r"\bbitte\b", found["fillers"], re.IGNORECASE) else ""
        second = polite + text[found.end() :].strip()
        return TwoRequests(first, second)
    return None


def _question_after_mail(text: str) -> TwoRequests | None:
    """A question asked after the mail's order, as the first request, and the mail as the
    second: the question is the message's last sentence(s), opened by a word that starts
    something new ("Und", "Außerdem:")."""
    for found in _patterns().question_after.finditer(text):
        question = text[found.end() :].strip()
        if not question.endswith("?") and not _patterns().question_start.match(question):
            continue  # "… Und bring bitte die Mappe mit." stays the mail's
        if _GUARD.search(question):
            continue  # a second mail's order: one request's content goes on
        return TwoRequests(question, text[: found.start() + 1].strip())
    return None
