"""Whether a request's first line asks for a text for someone: a text named by what it is
("Absage", "reminder", "teile … mit") and someone it is for (a titled person, a first name or
a role after "an/für/to"), a draft verb with someone, or how to address them ("per du").
"""

from __future__ import annotations

import re

from skills.email.classify import classify
from skills.email.parties import could_be_first_name
from skills.email.recipients import is_recipient

_F = re.IGNORECASE
# Asking for a text without saying "Mail": "Entwirf eine Absage an …", "write to the client".
DRAFT_VERB = re.compile(
    r"\b(?:entwirf|entwerfen|formulier\w*|verfass\w*|schreib\w*|erstell\w*|setz\w*\s+auf"
    r"|write|draft|compose|prepare)\b",
    _F,
)
# A date or a clock time, in either language: "am 3.2.", "14 Uhr", "10:30", "2 pm", "March 12".
WHEN = re.compile(
    r"\b\d{1,2}\.\d{1,2}\.|\b\d{1,2}(?::\d{2})?\s*uhr\b|\b\d{1,2}:\d{2}\b"
    r"|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:januar|februar|märz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember|january|february|march|june|july|october|december)\b",
    _F,
)
# A text asked for by what it is (a noun, an infinitive or an imperative, never a report such
# as "hat abgesagt"), in either language.
_ASKED_TEXT = re.compile(
    r"\b(?:\w*(?:absage|einladung|erinnerung|bestätigung|verschiebung|terminänderung|nachfrage"
    r"|rückfrage|anschreiben|antwort)|absagen|einladen|erinnern|bestätigen|verschieben|nachfragen"
    r"|anschreiben|antworten|text|nachricht|\w*reminder|invitation|cancellation|confirmation"
    r"|neue[rn]?\s+termin"
    r"|message|remind|invite|cancel|confirm|reschedule|reply"
    # the English "note", not the German grade ("Welche Note braucht man …?", "eine Note")
    r"|(?<!eine\s)(?<!die\s)(?<!der\s)(?<!welche\s)(?<!gute\s)note(?!\s+(?:braucht|brauchst|hat|von|\d))"
    # telling someone something: "teile Frau X mit", "informieren", "let Mr Brandt know"
    r"|mitteilen|informier\w*|benachrichtig\w*|gratul\w*|glückw\w*|inform|notify"
    r"|teile?\s+(?:\S+\s+){1,4}?mit|let\s+(?:\S+\s+){1,3}?know|drop\s+(?:\S+\s+){1,3}?a\s+line)\b",
    _F,
)
# Someone the text is for: a person with a title, or after "an/für/to/for" a first name or a
# role ("an den Betrieb", "to the parents").
TITLED = re.compile(
    r"(?-i:\b(?:Frau|Herrn?|Hr\.|Fr\.|Familie|Mrs?\.?|Ms\.?|Dr\.|Prof\.)\s*[A-ZÄÖÜ])"
)
_SOMEONE = re.compile(
    # with an indefinite article too: "eine Absage an einen Betrieb", "a reminder for a client"
    r"\b(?:an|für|to|for|bei)\s+(?:(?:die|den|das|der|dem|the|eine[mnr]?|ein|a|an)\s+)?"
    r"(?P<who>[\wäöüß-]+)"
    r"|\b(?:die|den|dem|der|the)\s+(?P<role>[\wäöüß-]+)",
    _F,
)
# "Jonas per du sagen, …", "an Frau Kaya (Sie)": how to address someone is said of an email.
_ADDRESS_FORM = re.compile(
    r"\b(?:per|in\s+der)\s+(?:du|sie)(?:-form)?\b|\((?:du|sie)\)|\bdu-form\b|\bsie-form\b", _F
)
# "An Herrn Becker: bitte …", "To Ms Rossi: …": the request starts with whom it is for.
_HEADED = re.compile(
    r"^\s*(?P<to>(?:an|to|für|for)\s+)?(?-i:Frau|Herrn?|Hr\.|Fr\.|Familie|Mrs?\.?|Ms\.?|Dr\.|Prof\.)"
    # a role in brackets does not count ("an Herrn Dr. Baumann (Schulleitung …) wegen …:")
    r"\s*(?:\([^)\n]{0,80}\)|[^:\n(]){1,60}:\s",
    _F,
)
ASKED_LINE = 200  # characters of the request's first line read for a text asked for


def text_for_someone(head: str) -> bool:
    """A text asked for by what it is, and someone it is for, in the request's first line, in
    any order and with any verb ("Ich brauche eine Absage an Frau Klein", "Need a reminder for
    Jonas", "Sag der Familie Öztürk bitte ab" is read by _PURPOSE_VERB)."""
    line = head.strip().split("\n", 1)[0][:ASKED_LINE]
    headed = _HEADED.match(line)
    # "An Herrn Becker: …"; "Hr. Kaya: Termin morgen 10 Uhr …" with a date or a purpose
    if headed and (headed["to"] or WHEN.search(line) or classify(line)):
        return True
    if DRAFT_VERB.search(line) and someone(line, titled=False):
        return True  # "Kannst du was für die Gruppe schreiben"
    if not _ASKED_TEXT.search(line):
        return False
    return bool(TITLED.search(line)) or someone(line, titled=True)


def someone(line: str, *, titled: bool) -> bool:
    """Someone the text is for after an/für/to/for (a role, or a first name when ``titled``
    people count too; "Wie schreibt man Frau Müller an?" names no one to write to)."""
    for match in _SOMEONE.finditer(line):
        who, role = match["who"], match["role"]
        if role is not None and is_recipient(role):
            return True
        if who is not None and (
            is_recipient(who) or (titled and who[:1].isupper() and could_be_first_name(who))
        ):
            return True
    return False


def addressed_form(head: str) -> bool:
    """How to address someone named in the request ("Jonas per du sagen, …")."""
    line = head.strip().split("\n", 1)[0][:ASKED_LINE]
    if not _ADDRESS_FORM.search(line):
        return False
    if TITLED.search(line):
        return True
    return any(could_be_first_name(word) for word in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", line))
