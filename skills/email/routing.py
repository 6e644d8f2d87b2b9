"""How sure we are that a message asks for an email, from its wording alone (no model).

Counsellors rarely type "Mail": they name the purpose and whom it is for ("Einladung an …",
"Absage an die Gruppe"), give an order ("Lade Herrn Wolff … ein", "remind Daniel that …",
"schreib der Klassenlehrerin von Ben …"), or just name a person, a purpose and a date
("Hr. Kowalski Termin 20.01. muss ich absagen"). Names are often typed in lower case and
abbreviations ("Dr.", "Hr.") put dots into a sentence; neither may hide the request.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA

from skills.email.asked_for import (
    ASKED_LINE,
    DRAFT_VERB,
    TITLED,
    WHEN,
    addressed_form,
    someone,
    text_for_someone,
)
from skills.email.bracket_head import addressed_with_bracket
from skills.email.classify import WRITTEN_OUT, classify
from skills.email.full_name import addressed_full_name
from skills.email.how_to import how_to
from skills.email.inquiry_order import inquiry_request
from skills.email.parties import could_be_first_name, could_be_surname, people
from skills.email.recipients import is_recipient, named_then_told, written_to_role
from skills.email.relay import relayed
from skills.email.reply import pasted_reply
from skills.email.school_class import written_to_class
from skills.email.shape import Certainty, addressed_group, certainty
from skills.email.slips import PURPOSE_NOUN, slip_fixed
from skills.email.words import words

_F = re.IGNORECASE
# "Mail", "E-Mail", compounds ("Erinnerungsmail", "Dankesmail"), "Nachricht an", "Info an",
# and their compounds ("Kurznachricht an", "Kurzinfo an").
_MAIL_WORD = re.compile(
    r"\b(?:\w*(?:e-?)?mail\w*|(?:\w*nachricht|\w*info|schreiben)\s+an|draft)\b", re.IGNORECASE
)
# A command word typed with a slip of the finger: "mial", "emial", "e-mal".
_MAIL_COMMANDS = ("mail", "email", "e-mail")
_NOT_A_SLIP = frozenset({"mal", "mai", "main", "mali", "maik", "maul", "email", "mail", "e-mail"})
_FIRST_WORD = re.compile(r"^\s*[/!]?(?P<word>[\w-]+)")
_TEXT_NOUN = re.compile(
    r"\b(?:absage|erinnerung|bestätigung|terminbestätigung|einladung|terminerinnerung"
    r"|terminabsage|zusage|nachfrage|rückmeldung|antwort|anschreiben|reminder|invitation"
    r"|cancellation|confirmation|follow[- ]?up|reply|ablehnung|rejection|elternbrief"
    r"|(?<!eine\s)(?<!die\s)(?<!der\s)(?<!welche\s)(?<!gute\s)note(?!\s+(?:braucht|hat|von|\d)))\b",
    _F,
)
# A compound that ends in a purpose noun names that purpose: "Vorstellungsgespräch-Erinnerung",
# "Praktikumsabsage" (joined without a hyphen only for nouns no other word ends in).
_COMPOUND = (
    r"(?:[\wäöüß]+-|[\wäöüß]{3,}(?=(?:absage|erinnerung|einladung|bestätigung|verschiebung)\b))?"
)
# A purpose first, then whom it is for: "Einladung an …", "Nachbereitung an Frau Sommer",
# "Unterlagen anfordern bei Frau Petrović", "Einladung Frau Marx, …".
ADDRESSED = re.compile(
    r"^\s*(?:bitte\s+|please\s+)?(?:(?:send|write|draft|prepare|compose|schick\w*|sende?"
    r"|schreib\w*|entwirf|formulier\w*|verfass\w*)\s+(?:me\s+|mir\s+)?)?"
    rf"(?:eine?n?\s+|an?\s+)?(?:kurze\s+|short\s+)?{_COMPOUND}{PURPOSE_NOUN}\s+"
    r"(?:an|für|bei|zum|zur|to|for|(?-i:Frau|Herrn?|Familie|Fam\.|Eltern|Dr\.)\b)",
    _F,
)
# A purpose first and a date or time in the request: "einladung infotag polizei am 11.05.2027".
# A model text asked for by its purpose: "ein Beispiel für eine Absage", "Vorlage
# Einladung", "a template for a reminder".
_TEMPLATE_FOR = re.compile(
    r"\b(?:beispiel|vorlage|muster|textvorschlag|textbaustein|formulierungs(?:hilfe|vorschlag)"
    r"|template|example|sample)\w*\s+(?:(?:für|fuer|zu|zur|zum|for|of)\s+)?(?:eine?[nm]?\s+|die\s+"
    r"|den\s+|das\s+|an?\s+|the\s+)?(?=\w)",
    _F,
)
_PURPOSE_FIRST = re.compile(rf"^\s*(?:bitte\s+)?(?:eine?\s+)?{_COMPOUND}{PURPOSE_NOUN}\b", _F)
# "Mail an ihn:", "Nachricht an Frau Öztürk": a mail addressed to someone, wherever it stands
# (after pasted background that names an occupation, too).
_MAIL_TO = re.compile(
    r"\b(?:e-?mail|mail|\w*nachricht)\s+an\s+(?:ihn|sie|ihm|ihr|(?-i:Frau|Herrn?|Hr\.|Fr\.|Dr\."
    r"|Familie|Eltern)(?=\s)|(?-i:[A-ZÄÖÜ][a-zäöüß]+)\b(?!\s+(?:der|des|für)\b))",
    _F,
)
# A first name typed in lower case counts only when what follows says it is the addressee:
# "schreib tim per du", "erinner jonas dran, dass", "sag finn ab", "tell noah that …".
_LOWER_NAME = (
    r"(?P<lower>(?-i:[a-zäöüß]{2,12}))"
    r"(?=\s*(?:,|:|\(|per\s+(?:du|sie)\b|dass\b|that\b|(?:da|d)?ran\b|ab\b))"
)
# "Schreib Jonas per du, dass …": an imperative, then a name (checked by could_be_first_name)
_WRITE_TO = re.compile(
    r"\bschreibe?\s+(?:mal\s+)?(?:bitte\s+)?(?:(?P<name>(?-i:[A-ZÄÖÜ][a-zäöüß]+))\b.*"
    r"(?:\bper\s+(?:du|sie)\b|\bdass\b|,|:)|" + _LOWER_NAME + r")"
    r"|\bwrite\s+(?:to|back\s+to)\s+\w+",
    _F,
)
# "schreib Herrn Lorenz, dass …": a title names the addressee
_WRITE_TO_TITLED = re.compile(
    r"\bschreibe?\s+(?:mal\s+)?(?:bitte\s+)?(?-i:Frau|Herrn|Hr\s|Fr\s|Familie)\s*[A-ZÄÖÜ]", _F
)
# "schreib an die Malerei Wolff, Herrn Wolff, dass …": writing to a named organisation or
# person, what to write following ("dass …" or a colon)
_WRITE_TO_NAMED = re.compile(
    r"\bschreibe?\s+(?:mal\s+)?(?:bitte\s+)?an\s+(?:die|den|das|dem|der)\s+(?-i:[A-ZÄÖÜ])"
    r"[^.!?\n:]{0,80}?(?:,\s*dass\b|:)",
    _F,
)
# "schreib der Klassenlehrerin von Ben …", "schreib dem Betrieb …", "schick der Gruppe vom
# Mittwoch ne Info …": writing or sending to someone.
_WRITE_TO_ROLE = re.compile(
    r"\b(?:schreib\w*|schick\w*|sende?)\s+(?:ich\s+)?(?:mal\s+)?(?:bitte\s+)?"
    r"(?:der|dem|den|einer|einem)\s+(?P<noun>[\wäöüß-]+)",
    _F,
)
# "Lade Frau Nowak … ein", "Sag Herrn Krüger den Termin ab", "Erinnere Kevin an …",
# "cancel my appointment with Ms. Kaya", "Confirm to Mr. Schneider …": a purpose verb, then
# (after the appointment it is about) the person it is for ("sag mal, was …" and "gib mir
# Infos …" name nobody).
_PURPOSE_VERB = re.compile(
    r"^\s*(?:bitte\s+|kannst\s+du\s+|könntest\s+du\s+|please\s+|pls\s+|plz\s+"
    r"|(?:can|could|would)\s+you\s+)?"
    # "sag" tells someone something only with what follows: "ab", "dass …", "Bescheid"
    r"(?:lade|sage?(?=[^.!?\n]{0,60}\b(?:ab|dass|bescheid)\b)|richte?|frage?|erinner[en]?"
    r"|bestätige?|verschieb\w*|gib"
    r"|informiere?|benachrichtige?|invite|remind|cancel|confirm|reschedule|postpone|move|tell"
    r"|inform|ask|thank|reply|answer|antworte?|refer|verweise?"
    # "let Tom know …", "let Ms. Kaya know …" ("let me know" asks Lotse)
    r"|let(?=\s+(?!me\b|us\b)(?:mr\.?\s+|ms\.?\s+|mrs\.?\s+)?[\w'-]+\s+know\b))\s+"
    r"(?:(?:bitte|mal|doch|kurz|please)\s+)?"  # "erinner bitte aylin dran, dass …"
    r"(?:(?:my|our|the|den|unseren?|meinen?)\s+(?:\w+\s+){0,2}?(?:with|mit)\s+|to\s+)?"
    r"(?:(?:der|dem|den)\s+)?(?:(?P<marked>(?-i:Frau|Herrn?|Familie|Eltern|Mrs?\.?|Ms\.?|Dr\.?"
    # after a purpose verb a title typed in lower case is one too ("sag frau kühn … ab")
    r"|Prof\.?|frau|herrn?)(?=\s|$)"
    # "the Tuesday group", "die ganze Gruppe": a word or two may describe the group
    r"|(?:den|die|the|all|alle|allen)\s+(?:[\w'-]+\s+){0,2}?(?:eltern|klient\w*|teilnehm\w*"
    r"|schüler\w*|gruppe|kurs\w*|klasse"
    r"|parents|client|participants|group|course|class|tn)\b"
    # "everyone in the Monday German course", "alle aus dem Kurs vom Dienstag"
    r"|(?:everyone|everybody|alle)\s+(?:in|from|of|on|aus|im|in\s+der|vom|von)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:kurs\w*|klasse|gruppe|maßnahme|course|class|group)\b)"
    r"|(?P<name>(?-i:[A-ZÄÖÜ][a-zäöüß]+))\b(?!\s*[,.]?\s*(?:was|wie|wo|wann|ob)\b)"
    r"|" + _LOWER_NAME + ")",
    _F,
)
# "confirm to the Jobcenter (Mr. Brandt) that …", "schreib dem Betrieb, dass …": an order, then
# whom it is for by their role.
_VERB_TO_ROLE = re.compile(
    r"^\s*(?:bitte\s+|please\s+)?(?:confirm|write|reply|send|explain|report|tell|inform|invite"
    r"|remind|email|mail|bestätige?|antworte?|berichte?|informiere?|gib|sage?|teile?|richte?"
    r"|frage?)\s+(?:to\s+|an\s+)?"
    r"(?:the|den|die|das|dem|der)\s+(?P<noun>[\wäöüß-]+)",
    _F,
)
# "Kannst du Frau Yilmaz einladen?", "Bitte Herrn Kühn erinnern", "bitte an Frau Dr. Albers
# … schreiben", "Hr. Osmani Bescheid geben: …" (its dot blanked): the verb comes last.
_ASKED_TO = re.compile(
    r"^[^.!?\n]{0,60}?\b(?:(?-i:Frau|Herrn?|Familie|Eltern)\b|(?-i:Hr|Fr)\s+(?=[A-ZÄÖÜ]))"
    r"[^.!?\n]{0,80}?"
    r"\b(?:einladen|erinnern|absagen|bestätigen|verschieben|anschreiben|benachrichtigen"
    r"|informieren|schreiben|mailen|mitteilen|ausrichten|bescheid\s+(?:geben|sagen)"
    r"|weiterleiten|weitergeben|zurückschreiben|verweisen|weitervermitteln"
    # "Herrn … eine kurze Rückmeldung geben, dass …"
    r"|(?:rückmeldung|nachricht|info|antwort|zusage|absage)\s+(?:geben|schicken|senden)"
    # asking them about themselves ("Frau Mensah fragen, ob sie Zeit hat"), not checking a
    # fact ("Frau Koch fragen, ob das stimmt")
    r"|fragen\s*,?\s*ob\s+(?:er|sie|ihr\w*|sein\w*))\b",
    _F,
)
# "Send the German B2 course class a reminder", "schick Herrn Roth eine Einladung": an order
# to send, whom to, then the text named by its purpose.
_SEND_A = re.compile(
    r"^\s*(?:bitte\s+|please\s+)?(?:send|schick\w*|sende?)\s+(?:[\w.:-]+\s+){1,6}?"
    rf"(?:a|an|eine?n?|'?ne|nen|die|the)\s+(?:kurze\s+|short\s+)?{PURPOSE_NOUN}\b",
    _F,
)
# "Bitte Herrn Wagner um folgende Unterlagen …": asking someone for something.
_ASK_FOR = re.compile(
    r"^\s*(?:bitte|bitt\s+mal)\s+(?-i:Frau|Herrn?|Familie|Fam\.|Eltern)\s+(?:\S+\s+){1,3}?um\s",
    _F,
)
# Dots that end no sentence: "Frau Dr. Albers", "Hr. Demir", "ca. 3 Std.", "z. B.".
_ABBREVIATION_DOT = re.compile(
    r"\b(?:Dr|Prof|Hr|Hrn|Fr|Nr|ca|ggf|bzgl|evtl|inkl|Std|Tel|Str|z|B|u|a|v|s|Mr|Mrs|Ms)\.",
    _F,
)
# A letter's own opening ("Sehr geehrte Frau Lenz, hiermit …", "Dear Ms Kaya, …"): the message
# is the email itself. "Hallo …" and "Hi …" greet Lotse as often as a client and need more.
_LETTER_OPENING = re.compile(r"^\s*(?:sehr\s+geehrte[rs]?|liebe[rs]?|dear)\s", _F)
# An email's own subject line opening the request: "Betreff: Praktikum Herr … – …".
_SUBJECT_LINE = re.compile(r"^\s*(?:betreff|betr\.|subject|re)\s*:\s*\S", _F)
# The score of a request shaped like an email without a cue (skills.email.shape): just the
# classifier's threshold, so any other skill's own evidence keeps its message.
SHAPED = 0.5
_SHORT_REQUEST = 300  # characters: a request, not pasted notes that mention a cancellation
# A purpose asked for (a noun, an infinitive), not one reported ("hat den Termin abgesagt").
_ASKED_PURPOSE = re.compile(
    r"\b(?:\w*(?:absage|einladung|erinnerung|bestätigung|verschiebung|terminänderung)"
    r"|absagen|einladen|erinnern|bestätigen|verschieben|verlegen)\b",
    _F,
)


_DATE_DOT = re.compile(r"(?<=\d)\.")


def without_abbreviation_dots(text: str) -> str:
    """``text`` with the dots of abbreviations blanked (positions stay)."""
    return _ABBREVIATION_DOT.sub(lambda m: m.group(0)[:-1] + " ", text)


def _slipped_command(text: str) -> re.Match[str] | None:
    """The first word when it is a mail command with one slip ("mial", "emial")."""
    match = _FIRST_WORD.match(text)
    if match is None:
        return None
    word = match["word"]
    if not word.islower() or word in _NOT_A_SLIP or len(word) < 4:
        return None  # a command is typed in lower case; "Maik" is a name
    if not any(OSA.distance(word, command) == 1 for command in _MAIL_COMMANDS):
        return None
    return match


def mistyped_command(text: str) -> bool:
    """The first word is a mail command with one slip ("mial", "emial")."""
    return _slipped_command(text) is not None and classify(text) is not None


def without_mistyped_command(text: str) -> str:
    """``text`` without a mistyped mail command in front: the word asked for the mail and is no
    part of it ("mial an Frau Kaya: …" drafted a line "mial")."""
    match = _slipped_command(text)
    return text[match.end() :].lstrip() if match is not None else text


def _name_ok(match: re.Match[str]) -> bool:
    name = match.groupdict().get("name")
    if name is not None:
        return could_be_first_name(name)
    lower = match.groupdict().get("lower")
    if lower is not None:
        return lower not in words().filler and could_be_first_name(lower.capitalize())
    return True


def writes_to(text: str) -> bool:
    """An order to write to, invite, remind … someone it names."""
    flat = _DATE_DOT.sub(" ", without_abbreviation_dots(text))  # "am 3.3." ends no sentence
    match = _WRITE_TO.search(flat)
    if (match is not None and _name_ok(match)) or _WRITE_TO_TITLED.search(flat):
        return True
    if _WRITE_TO_NAMED.search(flat):
        return True
    for role in (_WRITE_TO_ROLE.search(flat), _VERB_TO_ROLE.match(flat)):
        if role is not None and is_recipient(role["noun"]):
            return True
    if written_to_role(flat) or named_then_told(flat):
        return True
    if addressed_full_name(flat, could_be_surname, by_verb=True) is not None:
        return True  # "schreib kevin schulz per du …"
    if addressed_with_bracket(text):
        return True  # "Frau Kühn (Sekretariat) bitte um …"
    verb = _PURPOSE_VERB.match(flat)
    if verb is not None and _name_ok(verb):
        return True
    if _SEND_A.match(flat) or _ASK_FOR.match(flat):
        return True
    return _ASKED_TO.search(flat) is not None


def _person_purpose_when(text: str) -> bool:
    """A short request naming a person, a purpose and a date: "Hr. Kowalski Termin 20.01.
    9:30 muss ich absagen", "Terminbestätigung Telefonberatung Frau Ibrahim 03.02. 10:45"."""
    if len(text) > _SHORT_REQUEST or "\n" in text.strip():
        return False
    return bool(WHEN.search(text) and people(text)[0] and _ASKED_PURPOSE.search(text))


# "Infos zum Bürgergeld", "Info zum Beruf Tischler": information asked for about a topic, not a
# text for someone, unless a person it is for is named ("Infos zum Termin an Frau Kaya").
_INFO_ABOUT = re.compile(
    r"^\s*(?:bitte\s+)?(?:kurze\s+)?infos?\s+(?:zum|zur|zu|über|ueber|bzgl)\b", _F
)
_INFO_FOR = re.compile(
    r"\b(?:an|für|fuer|to|for)\s+(?:(?-i:Frau|Herrn?|Familie|Fam\.|Eltern|Dr\.)|die\s+(?:eltern"
    r"|gruppe|teilnehm\w*|klient\w*)|alle)\b",
    _F,
)


# Pasted notes that end in the order to write ("… soll Sicherheitsschuhe mitbringen. schreib
# ihm ne kurze mail dazu", "Bitte mail an Frau Ilić dazu"): the last sentence asks
# for the email, the notes before it are its material. An order needs a verb or a "bitte"; a
# to-do line in the notes ("- Mail an Frau Berg wegen Praktikum") is none.
_ORDER_LEAD = r"(?:bitte|pls|please|kannst\s+du|könntest\s+du|can\s+you|could\s+you)"
_ORDER_VERB = r"(?:schreib\w*|formulier\w*|entwirf|mach\w*|verfass\w*|write|draft|send|schick\w*)"
_CLOSING_ORDER = re.compile(
    rf"^\s*(?:(?:und|also|dann|jetzt|so)\s+)?(?:{_ORDER_LEAD}\s+(?:mir\s+)?(?:{_ORDER_VERB}\s+)?"
    rf"|{_ORDER_VERB}\s+)(?:[\wäöüß']+\s+){{0,4}}?(?:e-?mail|mail|nachricht|message)\b",
    _F,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n")
_CLOSING_CHARS = 160  # the last sentence of a long paste, read for the order
_RELAY_CHARS = 2_000  # pasted notes or a client's message before the order to answer


def _closing_order(text: str) -> bool:
    """The message's last sentence orders the email (see _CLOSING_ORDER)."""
    tail = without_abbreviation_dots(text.strip()[-_CLOSING_CHARS:])
    last = _SENTENCE_BREAK.split(_DATE_DOT.sub(" ", tail))[-1]
    return _CLOSING_ORDER.match(last) is not None


def _purpose_for_someone(head: str) -> bool:
    """A purpose first and whom it is for in the same line, with words between them
    ("Einladung Infonachmittag 'Digitale Berufe' für die Teilnehmenden am …")."""
    line = head.strip().split("\n", 1)[0][:ASKED_LINE]
    if not _PURPOSE_FIRST.search(line):
        return False
    return bool(TITLED.search(line)) or someone(line, titled=True)


# A question about what one may or must do ("Kann man …?", "Muss man …?"), asked of nobody in
# particular: no email to draft, whatever it mentions sending
_RULE_QUESTION = re.compile(
    r"^\W*(?:kann|darf|muss|soll|sollte|könnte|koennte)\s+man\b"
    r"|^\W*(?:can|may|must|should)\s+one\b",
    re.IGNORECASE,
)


# "Elternbrief Klasse 8a: …": a letter to the parents, named first
_PARENTS_LETTER = re.compile(r"^\s*elternbrief\w*\b", _F)


def evidence(text: str) -> float:
    """How strongly ``text`` asks for an email (the skill's ``match_score``)."""
    head = slip_fixed(text[:400])
    told = how_to(head)
    if told is not None:  # "wie sag ich Frau X am besten, dass …?" asks for that message
        return evidence(told + text[400:])
    if inquiry_request(head) is not None:
        # "frag bei der Firma X nach, ob …": an order to write, whom to and what to ask; an
        # occupation in the question ("wie lange die Probezeit als …") is what is asked about
        return 3.0
    if _INFO_ABOUT.match(head) and not _INFO_FOR.search(head) and not _MAIL_WORD.search(head):
        return 0.0
    if _RULE_QUESTION.match(head) and text.rstrip().endswith("?"):
        return 0.0  # "Kann man der Agentur die Unterlagen per Mail schicken?": asks a rule
    if ADDRESSED.search(head) or writes_to(head) or _MAIL_TO.search(head):
        return 2.0  # says what to write and to whom: no occupation named in it competes
    if _closing_order(text) or _purpose_for_someone(head) or addressed_group(head):
        return 2.0
    if written_to_class(head):  # "invite class 8b to the open day …"
        return 2.0
    if relayed(text[:_RELAY_CHARS]):
        return 2.0  # "… -> antworte ihr, dass …", "… kannst du ihm das so mitteilen?"
    if pasted_reply(text) is not None:
        return 2.0  # "Antworte auf folgende Nachricht: …": a reply to the message pasted
    if _LETTER_OPENING.match(head) and WRITTEN_OUT.match(head):
        return 2.0  # the email itself, typed out
    if _SUBJECT_LINE.match(head) or _PARENTS_LETTER.match(head):
        return 2.0
    if _MAIL_WORD.search(head) or mistyped_command(head):
        return 1.0 if classify(text) else 0.5
    if _PURPOSE_FIRST.search(head) and WHEN.search(head):
        return 1.0
    if _person_purpose_when(head) or text_for_someone(head) or addressed_form(head):
        return 1.0
    if DRAFT_VERB.search(head) and _TEXT_NOUN.search(head):
        return 0.75
    if (template := _TEMPLATE_FOR.search(head)) and _TEXT_NOUN.match(head, template.end()):
        return 0.75
    if certainty(text) is Certainty.SURE:
        return SHAPED  # no cue, but the facts of an email: loses to any skill with a cue
    return 0.0


def is_new_request(answer: str) -> bool:
    """An answer to "which purpose?" that is a request of its own: it asks for a text and names
    its purpose, or names a purpose and whom it is for."""
    if classify(answer) is None:
        return False
    asks = _MAIL_WORD.search(answer) or DRAFT_VERB.search(answer)
    return bool(asks or ADDRESSED.search(answer) or writes_to(answer))
