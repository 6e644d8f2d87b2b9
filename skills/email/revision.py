"""A change to the draft just shown, typed as the next message: "bitte per du", "und Raum
2.14", "Termin ist am Freitag um 14 Uhr", "make it informal".

Lotse keeps no message content once a reply is given, the request of a finished draft
included, so such a message cannot be worked into that draft. Rather than "not understood" or
a new draft from the change alone ("Einladung … Raum 2.14" without the rest), the counsellor is
told why and how: send the request once more with the change in it. The skill remembers only
that it drafted an email (no words of it)."""

from __future__ import annotations

import re

from skills.email.classify import classify, scores
from skills.email.parties import people
from skills.email.routing import is_new_request

REMEMBERED = "drafted"  # the key of SkillResult.remember: the purpose of the draft shown, no words
_MAX_WORDS = 14
_SHORT = 8  # "Termin ist am Freitag um 14 Uhr": short enough to be only a change
_NAMED = 3  # a purpose named in so many words ("Absage", "Erinnerung"), not "Lebenslauf" alone
_F = re.IGNORECASE
# What a change to a draft names: the address form, a date or time, a place or room, a
# document to bring, the addressee's name, the tone or length.
_CHANGE = re.compile(
    r"\bper\s+(?:du|sie)\b|\b(?:du|sie)-?form\b|\bduzen\b|\bsiezen\b|\bförmlich\w*|\blocker\w*"
    r"|\binformell\w*|\bkürzer\b|\bfreundlicher\b|\bpersönlicher\b|\bnetter\b|\bhöflicher\b"
    r"|\b(?:leichte[rn]?|einfache[rn]?)\s+sprache\b|\beinfacher\b"
    r"|\b(?:informal|formal|shorter|friendlier|first\s+name|plain\s+language)\b"
    r"|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\.\d{1,2}\.|\b\d{1,2}\s*(?:uhr|h|am|pm)\b|\bum\s+\d{1,2}\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen"
    r"|monday|tuesday|wednesday|thursday|friday|tomorrow)\b"
    r"|\b(?:raum|zimmer|room|ort|online|video|teams|zoom|telefonisch|adresse|address)\b"
    r"|\bmitbring\w*|\bmitnehm\w*|\bbring\b"
    # a sentence left out: "ohne den letzten Satz", "nimm den Satz raus"
    r"|\bohne\s+(?:den|die|das)\b|\bweglass\w*|\blass\s+\w+\s+weg\b|\bstreich\w*"
    r"|\brausnehm\w*|\bnimm\s[^.?!]{0,40}\braus\b|\b(?:remove|leave\s+out|drop)\b"
    r"|\b(?:nachname|vorname|heißt|surname|last\s+name)\b",
    _F,
)
# A sentence to add to the draft: what it says may name another purpose ("schreib noch rein,
# dass sie sich für einen neuen Termin melden soll") without asking for another email
_ADDS = re.compile(
    r"\b(?:noch\s+)?rein(?:schreiben|schreib|nehmen|setzen)\b|\bnoch\s+rein\b|\bergänz\w*"
    r"|\bhinzufüg\w*|\bfüg\w*\s[^.?!]{0,40}\bhinzu\b|\bdazu\s*schreib\w*"
    r"|\bschreib\w*\s+(?:\w+\s+){0,3}(?:rein|hinein|dazu)\b|\b(?:also\s+)?(?:add|mention)\b",
    _F,
)
# Asking for the draft before ("zurück", "rückgängig", "undo"): no earlier draft is kept either
_BACK = re.compile(
    r"^\s*(?:(?:bitte|please)\s+)?(?:zurück|rückgängig(?:\s+machen)?|undo|go\s+back"
    r"|(?:die\s+|den\s+)?vorherige[n]?(?:\s+(?:version|fassung|entwurf))?"
    r"|(?:the\s+)?previous\s+(?:version|draft)|wie\s+vorher|as\s+before)"
    r"(?:\s+(?:bitte|please))?\s*[.!]?\s*$",
    _F,
)
# Length and tone: a template's wording is fixed, so sending the request again changes neither
_TONE = re.compile(
    r"\b(?:kürzer|länger|freundlicher|netter|höflicher|persönlicher|wärmer|knapper|einfacher"
    r"|förmlicher|lockerer|(?:leichte[rn]?|einfache[rn]?)\s+sprache|shorter|longer|friendlier"
    r"|nicer|more\s+(?:polite|friendly|personal|formal)|warmer|plain\s+language)\b",
    _F,
)
_ADDRESS_FORM = re.compile(r"\bper\s+(?:du|sie)\b|\b(?:du|sie)-?form\b|\bduzen\b|\bsiezen\b", _F)
_CLAUSES = re.compile(r"[,;]\s|(?<=\w{2})\.\s|\b\w{1,3}\.\s")  # "…, …", "Kl. kam …"
# Words that say the message changes what was drafted: "statt", "doch", "noch", "und"
_AMENDING = re.compile(
    r"^\s*(?:und|noch|bitte|doch|aber|lieber|besser|also|and|but|please|make\s+it|change"
    r"|nochmal|noch\s+(?:ein)?mal|(?:same\s+)?again|(?:the\s+)?same)\b"
    r"|\b(?:statt|stattdessen|anstatt|instead|nicht\s+\S+\s+sondern|ändern|änder|change)\b"
    r"|^\s*(?:per\s+(?:du|sie)|(?:du|sie)-?form)\b",
    _F,
)


def is_revision(text: str, drafted_purpose: str | None) -> bool:
    """``text`` changes the draft just shown rather than asking for a new one: short, one
    line, naming something a draft holds, no request of its own (a purpose other than the
    draft's, or whom to write to)."""
    flat = text.strip()
    if not flat or "\n" in flat or len(flat.split()) > _MAX_WORDS:
        return False
    if _BACK.match(flat):
        return True
    again = without_again(flat)
    if again != flat and (is_new_request(again) or classify(again) is not None):
        return False  # "nochmal per du: Einladung an Lena …": the request sent again, whole
    adds = _ADDS.search(flat) is not None
    if _CHANGE.search(flat) is None and not adds:
        return False
    if (is_new_request(flat) and not adds) or people(flat)[0]:
        return False  # "Frau Berger am Freitag um 10 in Raum 2.14": whom to write to, anew
    if flat.endswith("?") and _ADDRESS_FORM.search(flat) is None and _TONE.search(flat) is None:
        return False  # "Welche Ausbildungen gibt es am Montag im BIZ?" asks something else
    if _CLAUSES.search(flat) and _AMENDING.match(flat) is None and not adds:
        return False  # "Kl. kam pünktlich, Termin morgen vereinbart": notes, not a change
    if not adds and any(
        purpose.value != drafted_purpose and score >= _NAMED
        for purpose, score in scores(flat).items()
    ):
        return False  # "Absage Termin morgen 9 Uhr": another email
    return adds or _AMENDING.search(flat) is not None or len(flat.split()) <= _SHORT


def revision_text(text: str, *, by_model: bool) -> str:
    """The key of the answer to a change asked of the last draft: an earlier draft asked back
    (none is kept), length or tone (a template cannot change them; a model may, when the
    request asks), or any other change (send the request again with it)."""
    if _BACK.match(text.strip()):
        return "revision_back"
    if _TONE.search(text) and _ADDRESS_FORM.search(text) is None:
        return "revision_tone.model" if by_model else "revision_tone.template"
    return "revision"


# "nochmal per du: Mail an …", "same again but informal: write to …": the request sent again
# after a draft, as the answer to a change advises; "nochmal" is said to Lotse, not the letter
_AGAIN = re.compile(
    r"^\s*(?:nochmal|noch\s+(?:ein)?mal|(?:the\s+)?same\s+again|again)\b[\s,]*(?:(?:aber|but)\b\s*)?",
    _F,
)


def without_again(text: str) -> str:
    """``text`` without the word that sends a request again ("nochmal, aber …"), when a
    request follows it."""
    found = _AGAIN.match(text)
    if found is None or len(text[found.end() :].split()) < _SHORT:
        return text
    return text[found.end() :]
