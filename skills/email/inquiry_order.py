"""An order to inquire with someone, read as the request for the inquiry it asks for.

"Frag bei der Firma Müller GmbH nach, ob …", "Kannst du beim Jobcenter nachfragen, ob …",
"erkundige dich bei Herrn Sommer, ob …", "klär mit der Kita ab, wie …", "check with the
Jobcenter if …" ask Lotse to write to someone and ask them something: the mail goes to whom
the order names and asks its question ("Anfrage an die Firma Müller GmbH: ob …"). The order's
own words ("frag nach", "kannst du") and the addressee never stand in the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_F = re.IGNORECASE
# What may stand before the order: a greeting, "kannst du", "bitte", "mal"
_LEAD = re.compile(
    r"^\s*(?:(?:hey|hallo|hi|moin)\W+)?"
    r"(?:(?:(?:kannst|könntest|würdest|magst|kannste)\s+du|(?:können|könnten|würden)\s+sie"
    r"|(?:can|could|would|will)\s+you|bitte|bitt|pls|plz|please|kindly|mal|doch|kurz|eben"
    r"|noch|dann|und|also|ok|okay)\b[\s,]*)*",
    _F,
)
_FILLER = r"(?:(?:mal|bitte|doch|kurz|eben|noch|nochmal|einmal|schnell|please|pls)\b[\s,]*)*"
# What the question opens with: "ob", a question word, or its English counterparts
_QUESTION_DE = (
    r"(?:ob|wann|wie|welche[rsmn]?|was|wer|wen|wem|wo|wohin|woher|warum|wieso|weshalb"
    r"|inwieweit|(?:bis|ab|seit)\s+wann)\b"
)
_QUESTION_EN = r"(?:whether|if|when|which|what|how|who|where|why)\b"
# Whom the order names: a short phrase on one line, no clause of its own
_WHO = r"(?P<who>[^\n:;?!]{2,80}?)"
_END_DE = rf"\s*(?:\b(?:nach|ab)\b)?\s*{_FILLER},?\s*(?=(?P<q>{_QUESTION_DE}))"
_END_EN = rf"\s*{_FILLER},?\s*(?=(?P<q>{_QUESTION_EN}))"
_AT = r"(?:bei|beim|mit)\s+"
# "Frag bei X nach, ob", "frag X, ob", "erkundige dich bei X", "klär mit X ab", "hör mal bei
# X nach", "Frag nach bei X ob": the imperative first, whom after it
_IMPERATIVE = re.compile(
    r"(?:frag(?:e|t)?|fragen\s+sie|hak(?:e)?|haken\s+sie|hör(?:e)?|hören\s+sie|check(?:e)?"
    r"|erkundig(?:e)?\s+dich|erkundigen\s+sie\s+sich|informier(?:e)?\s+dich"
    r"|informieren\s+sie\s+sich|klär(?:e)?|klären\s+sie)\s+"
    rf"{_FILLER}(?:nach\s+)?{_FILLER}(?:(?P<at>{_AT})|(?!(?:für|fuer|zu|über)\s)){_WHO}{_END_DE}",
    _F,
)
# "beim Jobcenter nachfragen, ob", "Frau Lindner fragen, wann", "mit der Schule abklären, ob",
# "in Erfahrung bringen, ob": whom first, the infinitive after it
_INFINITIVE = re.compile(
    rf"(?P<at>{_AT}|von\s+){_WHO}\s+{_FILLER}"
    r"(?:nachfragen|anfragen|erfragen|fragen|nachhaken|nachhören|abklären|klären|erkundigen"
    rf"|checken|abchecken|herausfinden|rausfinden|in\s+erfahrung\s+bringen){_END_DE}",
    _F,
)
# Only "fragen" takes whom it asks without a preposition ("Frau Lindner fragen, wann"); "für X
# herausfinden" names whom it is for, not whom to ask; "ich wollte mal fragen, was …" is the
# speaker's own question
_ASK_WHOM = re.compile(
    rf"(?!(?:für|fuer|zu|über|ich|wir|man|du|ihr)\s){_WHO}\s+{_FILLER}fragen{_END_DE}", _F
)
# "nachfragen bei X, ob": the infinitive first, as a note to oneself
_NOTE = re.compile(
    rf"(?:nachfragen|anfragen|nachhaken)\s+{_FILLER}(?P<at>{_AT}){_WHO}{_END_DE}",
    _F,
)
# "schreib dem Autohaus Becker und frag nach, ob": writing and asking in one order
_WRITE_AND_ASK = re.compile(
    rf"schreib(?:e)?\s+{_FILLER}(?:an\s+)?{_WHO}\s+und\s+frag(?:e)?\b\s*{_FILLER}{_END_DE}",
    _F,
)
# "mail an die Firma Müller GmbH, ob …": an organisation's name ends at the comma, the question
# follows (a person's "mail an Herrn X, ob er …" is asked as it stands)
_MAIL_TO_ORGANISATION = re.compile(
    r"(?:e-?mail|mail|anfrage|nachfrage|nachricht)\s+an\s+"
    rf"(?P<who>(?:die|das|den|der|dem)\s+[^\n:;,?!]{{2,80}}?)\s*,\s*(?=(?P<q>{_QUESTION_DE}))",
    _F,
)
# "ask the school whether", "check with the Jobcenter if", "inquire with X if", "find out from
# X which", "email X asking if"
_ENGLISH = re.compile(
    r"(?:ask(?:\s+at)?|check\s+(?:in\s+)?with|(?:inquire|enquire)\s+(?:with|at)"
    r"|find\s+out\s+(?:from|with|at)|(?:e-?mail|mail|write\s+to|contact)(?=.*\basking\b))\s+"
    rf"{_WHO}(?:\s+(?:asking|and\s+ask)\b)?{_END_EN}",
    _F,
)
# Someone named by title (or a name alone) is a person; anything else an organisation
_PERSON = re.compile(r"^(?:Frau|Herrn?|Fr\.|Hr\.|Dr\.|Prof\.|Mrs?\.?|Ms\.?|Miss)\s", _F)
# No one named: a pronoun (whose?), or only the order's particles ("frag mal nach, ob …")
_NOBODY = re.compile(
    r"^(?:ihn|sie|ihm|ihr|ihnen|him|her|them|es|das|dort|da|dich|mich|sich|nach|ab|mal|bitte"
    r"|doch|kurz|eben|noch|around|about)$",
    _F,
)
# A dative article after "bei"/"mit" said as the accusative "an" asks for
_DATIVE = {"der": "die", "den": "die", "dem": "", "einer": "eine", "einem": ""}
# The organisation's own pronoun as the question's subject: "ob die noch Azubis suchen" asks
# them ("ob Sie noch …"); "die" only before an adverb, where it can be no article
_THEY_DE = re.compile(
    r"^(?P<word>ob|wann|wie|wo)\s+(?:sie|die(?=\s+(?:noch|schon|auch|bereits|jetzt|gerade"
    r"|eventuell|vielleicht|überhaupt|wirklich|dieses|nächste\w*|im|in|für|zum|zur|am)\b))"
    r"(?=\s(?:[^,.;?!\n]|(?<=\d)\.)*?\b(?:\w+en|sind)\s*(?:[,.;?!\n]|$|(?:und|oder)\s))",
    _F,
)
# A question about something only the conversation knows ("ob das stimmt", "ob es klappt"):
# a letter cannot ask it, so the order is no inquiry to draft
_VAGUE = re.compile(
    r"^(?:ob|wann|wie|whether|if|when|how)\s+(?:das|es|dies|dem\s+so|that|it|this)"
    r"(?:\s+\w+){0,2}[\s?.!]*$",
    _F,
)
_THEY_EN = re.compile(r"^(?P<word>whether|if|when|how|where)\s+they\b", _F)


@dataclass(frozen=True, slots=True)
class _Order:
    who: str
    question: str
    english: bool


def inquiry_request(text: str) -> str | None:
    """The request an order to inquire with someone asks for ("Anfrage an X: ob …", "Email to
    X: whether …"), or None when ``text`` opens with no such order."""
    order = _order(text)
    if order is None:
        return None
    who = order.who.strip(" ,")
    question = order.question.strip()
    # the order's question mark ends an indirect question: the letter asks it in a sentence
    question = re.sub(r"\?+$", "", question) if question.endswith("?") else question
    question = re.sub(r"\?+(?=\s)", ".", question, count=1)
    question = question[:1].lower() + question[1:]
    if _VAGUE.match(question):
        return None
    person = _PERSON.match(who) is not None
    if order.english:
        question = re.sub(r"^if\b", "whether", question)
        if not person:
            question = _THEY_EN.sub(r"\g<word> you", question)
        return f"Email to {who}: {question}"
    if not person:
        question = _THEY_DE.sub(r"\g<word> Sie", question)
    return f"Anfrage an {who}: {question}"


def _order(text: str) -> _Order | None:
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    for pattern, english in (
        (_IMPERATIVE, False),
        (_NOTE, False),
        (_WRITE_AND_ASK, False),
        (_MAIL_TO_ORGANISATION, False),
        (_ENGLISH, True),
        (_INFINITIVE, False),
        (_ASK_WHOM, False),
    ):
        found = pattern.match(text, start)
        if found is None:
            continue
        who = _addressee(found["who"] or "", found.groupdict().get("at"))
        if who is None:
            return None
        return _Order(who, text[found.start("q") :], english)
    return None


def _addressee(who: str, at: str | None) -> str | None:
    """Whom to write to, as "an" names them; None for a bare pronoun (whose?) or nobody."""
    who = re.sub(rf"\s+{_FILLER}$", "", who.strip()).strip(" ,")
    if not who or _NOBODY.match(who):
        return None
    article, _, rest = who.partition(" ")
    dative = at is not None and at.strip().lower() in ("bei", "mit")
    # "dem"/"einem" is dative wherever it stands ("schreib dem Autohaus Becker und frag …")
    if rest and (article.lower() in ("dem", "einem") or (dative and article.lower() in _DATIVE)):
        accusative = _DATIVE[article.lower()]
        who = f"{accusative} {rest}" if accusative else rest
    return who
