"""Tell from the request which kind of email is wanted (German and English cue words)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from skills.email.confirmed import without_confirmed_facts
from skills.email.decision import about_a_place
from skills.email.model import Purpose
from skills.email.places import ROOM, STREET
from skills.email.services import SERVICE_PATTERN
from skills.email.words import words

_F = re.IGNORECASE
# A character of the same sentence: dots of dates and abbreviations ("16.02.2027", "Hr. Wolff")
# end no sentence.
_SAME = r"(?:[^.!?\n]|\.(?=\S)|(?<=\d)\.|(?<=\b[DHF]r)\.|(?<=\bProf)\.|(?<=\bHrn)\.)"
# (weight, pattern) per purpose. Verbs and compounds that name the purpose weigh most; words
# that often only accompany another purpose ("Unterlagen mitbringen" in an invitation) less.
_DOCUMENT_CUE = re.compile(
    r"lebenslauf|zeugnis|nachweis|bescheinigung|\bcv\b|résumé|resume|certificate", _F
)
# Verbs that ask for documents ("anfordern", "nachreichen", "send me")
_ASKING_FOR_DOCUMENTS = re.compile(
    r"anforder|nachreich|zusend|zuschick|einreich|\brequest|send\s+(?:me|us|in)", _F
)
_SERVICE = re.compile(SERVICE_PATTERN, _F)
_SERVICE_WEIGHT = 0.25
# "Mail an die Berufsberatung der Agentur für Arbeit", "an Jobcenter, Frau Aksoy", "was ans
# Jobcenter schreiben": the email goes to the service, before the colon that starts what it is
# to say.
_WRITTEN_TO = re.compile(r"\b(?:an|ans|to)\s+[^:;,\n]{0,40}$", _F)
# "der Termin ist in der Agentur für Arbeit Hamm": a service named as the place where something
# happens is no referral either ("sich beim Jobcenter melden" still sends the client there).
_PLACE_BEFORE = re.compile(
    # "9:00 Uhr Agentur für Arbeit": a service right after a clock time is where it happens
    r"\b(?:in|im|at)(?:\s+(?:der|dem|the))?\s+$|\b\d{1,2}(?::\d{2})?\s*uhr\s+$|\b\d{1,2}:\d{2}\s+$",
    _F,
)
# "… Agentur für Arbeit Hamm, Bismarckstr. 2, Zi. 118": a service followed by its address or a
# room is where the appointment is, with or without a preposition before it.
_ADDRESS_AFTER = re.compile(
    rf"(?:\s+(?:für\s+|for\s+)?[A-ZÄÖÜ][\wäöüß-]*){{0,3}}\s*,\s*(?:{STREET.pattern}|(?i:{ROOM.pattern}))"
)
_CUES: dict[Purpose, tuple[tuple[float, re.Pattern[str]], ...]] = {
    Purpose.RESCHEDULING: (
        (
            3,
            re.compile(
                r"verschieb|verschob|verleg|umleg|umgeleg|terminänderung|reschedul|postpon"
                r"|\b(?:ge)?schoben\b|\bschieben\b",
                _F,
            ),
        ),
        (
            3,
            re.compile(
                r"\bneue[nr]?\s+(?:termin|vorschlag)|\bnew\s+(?:date|time|appointment)"
                r"|\bmoved\s+(?:to|from)\b"
                # "can we move our appointment …", "move the meeting to Friday"
                r"|\bmove\s+(?:the|our|my|your|his|her|their)\s+(?:appointment|meeting|session)"
                # "… klappt bei mir nicht, können wir stattdessen am 21.01. …"
                r"|\b(?:stattdessen|instead)\b(?=[^.!?\n]{0,30}\d)",
                _F,
            ),
        ),
    ),
    Purpose.CANCELLATION: (
        # "hat eine Absage von Deichmann bekommen": a rejection the client received is no
        # appointment called off
        (
            3,
            re.compile(
                r"absag(?!e\s+(?:[\w.&-]+\s+){0,4}?(?:bekommen|erhalten|gekriegt|bekam|erhielt)\b)"
                r"|abgesagt|storn|\bcancel|entfällt|entfallen|\bcall\s+off",
                _F,
            ),
        ),
        # "fält aus", "fallt aus", "faellt aus": typed fast or without umlauts
        (
            3,
            re.compile(
                r"\bf(?:ä|ae|a)ll?t\s+(?:\w+\s+){0,3}?aus\b|\bausf(?:ällt|allen|iel)\b", _F
            ),
        ),
        (3, re.compile(rf"^\s*(?:bitte\s+)?sag\w*\b{_SAME}{{0,60}}?\bab\b", _F)),  # "Sag … ab"
    ),
    # "erinerung", "erinere": typed fast, one "n" short
    Purpose.REMINDER: ((3, re.compile(r"erinn?er|remind", _F)),),
    Purpose.CONFIRMATION: (
        (3, re.compile(r"bestätig|\bconfirm", _F)),
        # "Bitte Mail an sie mit dem nächsten Termin": the email gives the appointment agreed
        (
            3,
            re.compile(
                r"\b(?:mail|nachricht|email|schreib\w*)\b[^.!?\n]{0,40}\bmit\s+(?:dem\s+)?"
                r"(?:nächsten\s+|neuen\s+|vereinbarten\s+)?termin\b",
                _F,
            ),
        ),
    ),
    Purpose.INVITATION: (
        (3, re.compile(r"einlad|einlädt|erstgespräch|erstberatung|\binvit", _F)),
        (3, re.compile(rf"^\s*(?:bitte\s+)?lade\b{_SAME}{{0,80}}?\bein\b", _F)),  # "Lade … ein"
        # "Wir laden Sie und Ihren Sohn … ein", "ich lade dich … ein"
        (
            3,
            re.compile(
                rf"\b(?:wir|ich)\s+lade[n]?\s+(?:sie|dich|euch|ihn){_SAME}{{0,80}}?\bein\b", _F
            ),
        ),
        (1, re.compile(r"termin\s+anbieten|\boffer\s+an?\s+appointment", _F)),
    ),
    Purpose.DOCUMENTS: (
        (2, re.compile(r"unterlagen|dokumente|documents|paperwork", _F)),
        (2, _ASKING_FOR_DOCUMENTS),
        (1, _DOCUMENT_CUE),
    ),
    Purpose.FOLLOW_UP: (
        (3, re.compile(r"nachbereit|follow[- ]?up|zusammenfass|vereinbarungen|\bsummar", _F)),
        (3, re.compile(r"nächste[nr]?\s+schritte?\b|next\s+steps?\b", _F)),
        (2, re.compile(r"vereinbart|\b(?:aus|ab)gemacht\b|\bagreed", _F)),
        (1, re.compile(r"besprochen|\bdiscussed", _F)),
        # "nach unserem Gespräch", "after our session": what follows is its outcome
        (
            2,
            re.compile(
                r"\bnach\s+(?:unserem|dem)\s+(?:heutigen\s+)?(?:gespräch|termin|treffen)\b"
                r"|\bafter\s+(?:our|today's|the)\s+(?:session|meeting|appointment|talk)\b",
                _F,
            ),
        ),
    ),
    Purpose.REFERRAL: (
        (4, re.compile(r"weiterleit|weitervermitt|verweis|\brefer(?:ral|red|ring)?\b", _F)),
        (
            3,
            re.compile(
                r"kontakt\s+(?:zu|zur|zum|mit)\b|\bput\s+(?:\w+\s+)?in\s+touch|\bcontact\s+the\b",
                _F,
            ),
        ),
        (1.5, re.compile(r"\bempfehl|\brecommend", _F)),
        # A service named alone is no referral: "an Frau Becker vom Jobcenter" writes to it,
        # and so does "Mail an den Integrationsfachdienst" (see _referred_to).
        (_SERVICE_WEIGHT, _SERVICE),
    ),
    # Weak on purpose: any other purpose named in the request wins.
    Purpose.MESSAGE: (
        # an answer to a question the addressee asked ("reply to Mrs. Osei, who asked whether
        # she needs a B1 certificate: yes, …") tells, it asks for nothing the question names
        (
            1.5,
            re.compile(
                r"\b(?:who|which)\s+(?:had\s+)?asked\b|\basked\s+(?:me\s+)?(?:whether|if)\b"
                r"|\bhatte?\s+(?:\w+\s+){0,2}?gefragt\b|\bauf\s+(?:seine|ihre|die)\s+frage\b",
                _F,
            ),
        ),
        # a document the counsellor sends along is no request for documents
        (
            2,
            re.compile(
                r"\banbei\b|\bim\s+anhang\b|\bhängt\s+an\b|\bangehängt|\battached\b"
                r"|\benclosed\b",
                _F,
            ),
        ),
        (
            0.5,
            re.compile(
                r"\bdank|\bbedank|\bnachricht\b|\banfrage\b|\bnachfrage\b|\binfo\b|\brückmeldung\b"
                r"|\binformation\b|\brückruf|\bzurückrufen\b|\bthank|\bmessage\b|\benquir"
                r"|\binquir|\bcall\s+back\b",
                _F,
            ),
        ),
    ),
}
# Lines that are list items or come after a list label carry content, not the purpose.
_LIST_LINE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+.*$", re.MULTILINE)
_AFTER_LABEL = re.compile(
    r"\b(?:schritte|vereinbart|vereinbarungen|unterlagen|dokumente|steps|agreed|documents)\s*:.*",
    _F | re.DOTALL,
)
_NUMBER = re.compile(r"^\s*(?:nr\.?|no\.?|nummer|number|#)?\s*(\d{1,2})\s*[.)]?\s*$", _F)


def _head(text: str) -> str:
    text = _LIST_LINE.sub(" ", text)
    match = _AFTER_LABEL.search(text)
    # keep the label word itself: "Vereinbarungen:" names the purpose
    return text[: match.start() + len(match.group(0).split(":", 1)[0])] if match else text


# The text asked for, named first: "Entwirf eine Absage …", "mail Erinnerung: …". It weighs
# more than cue words later in the request ("… Neuer Termin folgt per Post").
_ASKED = re.compile(
    r"^\s*(?:(?:e-?mail|mail|entwurf|draft)\b[\s:]*)?(?:(?:bitte\s+)?(?:entwirf|formulier\w*"
    r"|schreib\w*|verfass\w*|erstell\w*|draft|write|compose)\s+(?:mir\s+)?(?:bitte\s+)?"
    r"(?:(?:eine?n?|ne|a|an)\s+)?(?:kurze\s+|short\s+)?)?(?P<noun>[\w-]+)",
    _F,
)
_ASKED_WEIGHT = 0.5  # breaks ties; never outweighs a cue
# A decision on a place outweighs a document named in it ("Zusage …, bitte Lebenslauf
# mitbringen") but not a request for documents in so many words.
_PLACE_WEIGHT = 2.5


def _referred_to(head: str) -> bool:
    """A service is named as somewhere to go, not as the one the email is written to."""
    return any(
        not _WRITTEN_TO.search(head[: m.start()])
        and not _PLACE_BEFORE.search(head[: m.start()])
        and not _ADDRESS_AFTER.match(head, m.end())
        for m in _SERVICE.finditer(head)
    )


# "anbei die Bewerbungsunterlagen von Herrn Bakr (Anschreiben, Lebenslauf)": documents in
# the clause that sends them along are no request for documents ("Lebenslauf anbei, bitte
# noch Zeugnisse nachreichen" still asks for the certificates).
_SENT_ALONG = re.compile(
    r"[^,;.!?\n]*\b(?:anbei|im\s+anhang|angehängt|attached|enclosed"
    # announced to come from us: "Bescheinigung folgt", "die Liste schicke ich Ihnen", "the
    # certificate will follow"
    r"|folg(?:t|en)|(?:kommt|kommen)\s+(?:noch\s+)?(?:nach|per\s+post|separat)"
    r"|(?:reiche|schicke|sende|leite)\s+ich|(?:bekommen|erhalten)\s+sie"
    r"|(?:will|to)\s+follow|i(?:'ll|\s+will)\s+send)\b[^,;.!?\n]*",
    _F,
)


# "Bei Absage sehen wir uns am 05.02.", "falls der Kurs ausfällt, …", "if the trip is
# cancelled, …": a cancellation that may happen calls nothing off.
_CONDITIONAL_CANCELLATION = re.compile(
    r"\b(?:bei|im\s+fall(?:e)?\s+(?:einer|der))\s+(?:\w+\s+)?absage\b"
    r"|\b(?:falls|wenn|sollte|if|in\s+case|should)\b[^,.;:!?\n]{0,60}?"
    r"(?:absag\w*|abgesagt|ausf(?:ällt|allen)|f(?:ä|ae|a)ll?t\s+(?:\w+\s+){0,3}?aus\b"
    r"|entf(?:ällt|allen)|cancel\w*|called\s+off)",
    _F,
)


# "bitte um kurze Bestätigung bis 20.01.", "Bestätigen Sie bitte Ihre Teilnahme", "please
# confirm by Friday": a confirmation asked of the addressee; the email confirms nothing.
_CONFIRMATION_ASKED = re.compile(
    r"\bum\s+(?:eine\s+|ihre\s+|deine\s+)?(?:kurze\s+|schriftliche\s+)?(?:rück)?bestätigung\b"
    r"|\b(?:rück)?bestätigung\s+(?:wird\s+)?erbeten\b"
    r"|\bbestätigen\s+sie\b"
    r"|\b(?:gib|geben\s+sie)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:eine\s+)?(?:kurze\s+)?bestätigung\b"
    r"|\b(?:please|kindly)\s+confirm\b(?=[^.!?\n]{0,40}?\b(?:by|until|before|whether|if)\b)"
    r"|\b(?:ask(?:ing)?\s+(?:\w+\s+){0,3}?for|request(?:ing)?)\s+(?:a\s+)?(?:short\s+)?confirmation\b",
    _F,
)
# What may stand before the request's own words ("Bitte um Bestätigung für Frau Meier …" asks
# Lotse for a confirmation).
_OPENING = re.compile(r"\s*(?:(?:e-?mail|mail|entwurf|draft|bitte|pls|please)\b[\s:,]*)*", _F)


def _confirmation_not_asked(head: str) -> str:
    """``head`` without the confirmations it asks of the addressee."""

    def drop(match: re.Match[str]) -> str:
        opening = _OPENING.fullmatch(head, 0, match.start()) is not None
        return match.group(0) if opening else " "

    return _CONFIRMATION_ASKED.sub(drop, head)


def _cue_text(purpose: Purpose, head: str, requested: str) -> str:
    """The part of the request whose cue words count for ``purpose``."""
    if purpose is Purpose.DOCUMENTS:  # "bestätigen, dass die Unterlagen da sind" asks for none
        return without_confirmed_facts(requested)
    if purpose is Purpose.CANCELLATION:
        return _CONDITIONAL_CANCELLATION.sub(" ", head)
    if purpose is Purpose.CONFIRMATION:
        return without_confirmed_facts(_confirmation_not_asked(head))
    return head


def asks_for_documents(text: str) -> bool:
    """Whether the request asks for documents in so many words ("Unterlagen anfordern",
    "bitte nachreichen"), not only names some ("Unterlagen in den Briefkasten werfen")."""
    return _ASKING_FOR_DOCUMENTS.search(_head(text)) is not None


def scores(text: str) -> dict[Purpose, float]:
    head = _head(text)
    asked = _ASKED.match(head)
    noun = asked["noun"] if asked else ""
    # "Bestätigung an Frau X, dass sie den Test bestanden hat": the noun names a fact confirmed
    fact = asked is not None and not without_confirmed_facts(head)[
        asked.start("noun") :
    ].startswith(noun)
    requested = _SENT_ALONG.sub(" ", head)
    found = {
        purpose: sum(
            weight
            for weight, pattern in cues
            if pattern.search(_cue_text(purpose, head, requested))
        )
        + (
            _ASKED_WEIGHT
            if noun
            and any(p.search(noun) for _, p in cues)
            and not (fact and purpose is Purpose.CONFIRMATION)
            else 0
        )
        for purpose, cues in _CUES.items()
    }
    if _SERVICE.search(head) and not _referred_to(head):
        found[Purpose.REFERRAL] -= _SERVICE_WEIGHT
    decided = found[Purpose.CANCELLATION] > 0 or found[Purpose.CONFIRMATION] > 0
    if about_a_place(head, decided):
        # "Absage …, der Platz ist vergeben": no appointment is called off or confirmed
        found[Purpose.CANCELLATION] = found[Purpose.CONFIRMATION] = 0
        found[Purpose.MESSAGE] += _PLACE_WEIGHT
    return found


# A request that is already the email, greeting someone first ("Sehr geehrte Frau Lenz,
# hiermit bestätige ich …"): its own words are the message, not cues for a template. A
# greeting to Lotse ("Hi, bitte Mail an …", "Hallo Lotse, …") is no such email.
WRITTEN_OUT = re.compile(
    r"^\s*(?:(?:e-?mail|mail|entwurf|draft)\b\s*:?\s*)?(?:sehr\s+geehrte[rs]?|liebe[rs]?|hallo"
    r"|guten\s+tag|dear|hi)\s+(?!lotse\b)[^,\n:]{1,60}[,\n]"
    r"(?!\s*(?:bitte\s+)?(?:e-?mail|mail|schreib\w*|entwirf|formulier\w*|draft|write)\b)",
    _F,
)


# Words that send the client to a service named alone: "sich beim Jobcenter melden", "melde
# dich bei der Agentur", "zur Berufsberatung gehen", "contact the job centre"
_SENDING = re.compile(
    r"\b(?:sich|dich)\b[^.!?\n]{0,60}?\b(?:meld|wend|vorstell|anmeld)\w*"
    r"|\b(?:meld|wend)\w*\s+(?:sie|du)\s+(?:sich|dich)\b|\b(?:hin|vorbei)?gehen\b|\bgeh\b"
    r"|\bgo\s+to\b|\bcontact\b|\bget\s+in\s+touch\b|\breport\s+to\b|\bturn\s+to\b",
    _F,
)


def classify(text: str) -> Purpose | None:
    """The purpose with the most cue weight; ``None`` when nothing points anywhere."""
    if WRITTEN_OUT.match(text):
        return Purpose.MESSAGE
    ranked = scores(text)
    best = max(ranked.values())
    if best <= 0:
        # "was sie für den Antrag noch braucht:\n• Lebenslauf\n• Nachweis …": a list of
        # documents and nothing else named says what to send
        return Purpose.DOCUMENTS if _lists_documents(text) else None
    tied = [purpose for purpose, score in ranked.items() if score == best]
    if tied == [Purpose.REFERRAL] and best <= _SERVICE_WEIGHT and not _SENDING.search(text):
        # a service named alone ("sonst muss ich das dem Jobcenter mitteilen", "Vertrag liegt
        # bei der IHK"): nobody is sent there, the request is a message of its own
        return Purpose.MESSAGE
    # Ties go to the purpose named first in the request ("entfällt, neuer Termin folgt" is a
    # cancellation), then to the one listed first in _CUES (the more specific ones come first).
    return min(tied, key=lambda purpose: (_first_cue(_head(text), purpose), tied.index(purpose)))


def _lists_documents(text: str) -> bool:
    items = [line.group(0) for line in _LIST_LINE.finditer(text)]
    named = [
        item for item in items if words().document_word.search(item) or _DOCUMENT_CUE.search(item)
    ]
    return len(named) >= 2 and 2 * len(named) > len(items)


def _first_cue(text: str, purpose: Purpose) -> int:
    found = [m.start() for _, pattern in _CUES[purpose] for m in pattern.finditer(text)]
    return min(found, default=len(text))


def is_number(answer: str) -> bool:
    return bool(_NUMBER.match(answer))


def parse_answer(answer: str, labels: dict[str, Purpose]) -> Purpose | None:
    """An answer to "which purpose?": a menu number, cue words, or a menu label (typos allowed)."""
    order = list(Purpose)
    number = _NUMBER.match(answer)
    if number:
        index = int(number.group(1)) - 1
        return order[index] if 0 <= index < len(order) else None
    by_cue = classify(answer)
    if by_cue is not None:
        return by_cue
    cleaned = answer.strip().lower()
    if not cleaned:
        return None
    found = process.extract(cleaned, list(labels), scorer=fuzz.WRatio, score_cutoff=80, limit=None)
    purposes = (
        {labels[label] for label, score, _ in found if score >= found[0][1] - 5}
        if found
        else set()
    )
    # "Termin" fits several labels equally well: better to ask again than to guess.
    return purposes.pop() if len(purposes) == 1 else None


# Words for documents in general, which the documents template says itself; a named document
# ("Meldebescheinigung") is a fact of the request, never the template's own word.
_GENERAL_DOCUMENTS = frozenset({"unterlagen", "dokumente", "documents", "paperwork", "nachweise"})


def _names_a_document(word: str) -> bool:
    if word.lower() in _GENERAL_DOCUMENTS:
        return False
    return words().document_word.fullmatch(word) is not None or bool(_DOCUMENT_CUE.search(word))


_LINK = re.compile(r"(?:s|-)$")


def _qualified(prefix: str) -> bool:
    """A compound whose cue comes after a word of its own ("Praktikumsabsage",
    "Teilnahmebestätigung") says more than the purpose: the template's word does not stand
    for it, so it is carried ("Terminbestätigung" is the template's own)."""
    word = _LINK.sub("", prefix).lower()
    return len(word) >= 3 and word not in words().filler and prefix.lower() not in words().filler


def cue_spans(text: str, purpose: Purpose) -> list[tuple[int, int]]:
    """Where ``text`` names ``purpose`` (whole words): the template says these itself."""
    spans = []
    for _, pattern in _CUES[purpose]:
        for match in pattern.finditer(text):
            start, end = match.span()
            while start > 0 and text[start - 1].isalnum():
                start -= 1
            while end < len(text) and text[end].isalnum():
                end += 1
            if _names_a_document(text[start:end]) or _qualified(text[start : match.start()]):
                continue
            words = list(re.finditer(r"\S+", text[start:end]))
            if len(words) > 2:  # "fällt wegen Krankheit aus": the words between are facts
                spans += [(start + w.start(), start + w.end()) for w in (words[0], words[-1])]
            else:
                spans.append((start, end))
    return spans
