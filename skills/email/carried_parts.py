"""What of a request the letter carries beside the template's slots: the spans a carried
fragment is never widened over, the organisation's "An:" line, the carried clauses as
sentences of the letter, and where a message's own body stands (skills.email.drafter)."""

from __future__ import annotations

import re
from datetime import date

from skills.email.addressed import addressee_pronouns
from skills.email.affiliation import named_with_role
from skills.email.carry import meaningful_words
from skills.email.child_named import child_named, parents_child
from skills.email.classify import WRITTEN_OUT, cue_spans
from skills.email.clauses import Say, clause_spans, whole_clauses
from skills.email.confirmed import confirm_orders
from skills.email.dates import find_dates, mask
from skills.email.inquiry import as_inquiry
from skills.email.model import AddressForm, EmailRequest, Purpose, Role
from skills.email.named_told import told_by_name
from skills.email.own_framing import own_framing
from skills.email.parties import parent_nouns
from skills.email.place_confirmed import place_confirmed
from skills.email.relay import order_spans
from skills.email.render import Renderer
from skills.email.said_days import dated
from skills.email.subject import decision
from skills.email.times import find_times
from skills.email.words import words

_BODY_COLON_WITHIN = 120  # "Mail an …:" – a colon further on belongs to the content


def before_orders(request: EmailRequest) -> frozenset[int]:
    """Where what the request tells before an order to write ends ("Frau X hat angerufen, |
    schreib ihr bitte, dass …"): the "dass" clause after it is a sentence of its own."""
    if request.purpose is not Purpose.MESSAGE:
        return frozenset()
    text = request.wording
    before = [text[:start].rstrip(" \t,;") for start, _ in order_spans(text)]
    # a full stop may end the telling or stand outside it ("hat zurückgerufen. Schreib ihr …")
    return frozenset(len(b) for b in before) | frozenset(len(b.rstrip(".!?")) for b in before)


def unwidened_spans(request: EmailRequest) -> list[tuple[int, int]]:
    """What a carried fragment is never widened over: whom the request is for, the purpose
    words before the colon that starts its content ("Absage an Frau Öztürk:"), and a "dass"
    clause."""
    found = _LABEL_COLON.search(request.wording, 0, _BODY_COLON_WITHIN)
    head_end = found.start() if found else 0
    cues = [span for span in cue_spans(request.wording, request.purpose) if span[1] <= head_end]
    # a "dass" clause becomes a sentence of the letter instead (skills.email.clauses)
    heads = [*request.named, *cues, *clause_spans(request.wording)]
    if request.purpose is Purpose.MESSAGE:  # "kurz bestätigen, dass": the letter tells it
        heads += confirm_orders(request.wording)
    return [*heads, (0, head_end)] if head_end else heads


def recipient_line(request: EmailRequest, carried: list[str]) -> str:
    """The organisation the mail is for, when its name would stand in the letter as a line of
    its own ("Gesamtschule Hamm" after "Sehr geehrte Damen und Herren,")."""
    works_at = ""
    if request.affiliation is not None:  # "Frau Dr. Schneider vom Jobcenter Hamm"
        start, end = request.affiliation
        works_at = request.wording[start:end].strip()
    if request.person_at is not None and request.role_at is not None:
        named = named_with_role(request.wording, request.person_at, request.role_at)
        return f"{named}, {works_at}" if works_at else named
    if works_at:
        return works_at
    organisation = request.addressee.organisation
    if organisation is None or not organisation[1] or request.addressee.people:
        return ""
    (start, end), _ = organisation
    name = request.wording[start:end].strip()
    if name not in carried:
        return ""
    # "autohaus kemper" typed in lower case: a name of its own is capitalised on the line
    if not name.islower():
        return name
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def carried_sentences(request: EmailRequest, carried: list[str], language: str) -> tuple[str, ...]:
    """What is carried, a "dass" clause's pieces turned into one sentence of the letter."""
    du = request.address_form is AddressForm.DU
    say = Renderer(language).text
    pronouns = addressee_pronouns(request, language)
    lines = whole_clauses(request.wording, carried, du, say, pronouns)
    if request.purpose is Purpose.MESSAGE and confirm_orders(request.wording):
        lines = [_as_confirmed(line, du, say) for line in lines]
    if request.purpose is Purpose.MESSAGE and language == "en":  # "confirm Anna's place in …"
        lines = place_confirmed(request.wording, lines, du, say)
    kind = decision(request)
    if kind is not None and lines:  # "Absage an …: der Kurs ist voll" says the decision
        lines = [_as_decided(lines[0], kind, du, say), *lines[1:]]
    child = parents_child(request)
    if child and language == "de":  # "…, sie soll sich melden" to the mother: the child
        lines = [child_named(line, child) for line in lines]
    if request.purpose is Purpose.MESSAGE:  # "ob er … hat" asked of him: "ob Sie … haben"
        lines = [as_inquiry(line, du, say, pronouns) or line for line in lines]
        # "Herr Brandt möchte seinen Termin … absagen": "Sie möchten Ihren Termin …"
        lines = [told_by_name(line, request, du, pronouns) for line in lines]
    if request.purpose in (Purpose.MESSAGE, Purpose.REFERRAL):  # its days in its own words
        return tuple(dated(line, request, Renderer(language)) for line in lines)
    return tuple(lines)


def _as_confirmed(line: str, du: bool, say: Say) -> str:
    """A clause told ("Ich möchte Ihnen kurz mitteilen, dass …") as the fact confirmed
    ("Hiermit bestätige ich Ihnen, dass …"), as the request asked."""
    form = "du" if du else "sie"
    told = say(f"common.clause.told_{form}", clause="\x00").split("\x00")[0]
    if not line.casefold().startswith(told.casefold()):
        return line
    confirmed = say(f"common.clause.confirmed_{form}", clause="\x00").split("\x00")[0]
    return confirmed + line[len(told) :]


# A line that is a label and its value ("Frist: …") or already a question is no clause
_NOT_A_CLAUSE = re.compile(r"^[\w -]{1,30}:\s|\?\s*$")


def _as_decided(line: str, kind: str, du: bool, say: Say) -> str:
    """The message's first line said as the decision it is named for: a clause told
    ("Ich möchte Ihnen kurz mitteilen, dass …") as "Leider muss ich Ihnen mitteilen, dass …",
    a bare clause ("die Maßnahme ist voll") after "Leider muss ich Ihnen eine Absage geben:"."""
    form = "du" if du else "sie"
    told = say(f"common.clause.told_{form}", clause="\x00").split("\x00")[0]
    if line.casefold().startswith(told.casefold()):
        decided = say(f"common.clause.{kind}_told_{form}", clause="\x00").split("\x00")[0]
        return decided + line[len(told) :]
    opening = line.split(" ", 1)[0].strip(",").lower()
    if _NOT_A_CLAUSE.search(line) or opening in words().own_voice:
        return line  # a label's line, or the writer speaking already ("Wir können …")
    clause = line.strip().rstrip(",;. ")  # the template ends the sentence ("3.2" + ".")
    said = say(f"common.clause.{kind}_{form}", clause=clause[:1].upper() + clause[1:])
    if clause[-1:].isdigit() and not line.rstrip(",; ").endswith("."):
        return said[:-1]  # "Raum 1.12" + "." would read as a date
    return said


def translated_names(request: EmailRequest, translate: bool) -> str:
    """The request's names of documents an English draft writes in its own words ("Lebenslauf"
    is in it as "CV"): they count as said."""
    if not translate:
        return ""
    return "\n" + "\n".join(item.text for item in request.documents if item.key)


def named_in_full(request: EmailRequest) -> str:
    """Words naming the addressee that the greeting says in its own way, so they count as said
    rather than being carried as a line under the draft: the full names of people a "du"
    draft greets by first name ("Hallo Lea," for "Lea Schmidt per du"), and a child's
    genitive and the parent's noun in a mail to parents ("Leas Vater", "Tom's mum": the
    greeting and "Es geht um Lea." say them)."""
    to = request.addressee
    said: list[str] = []
    if request.address_form is AddressForm.DU:
        said += [f"{p.title} {p.first_name} {p.surname}" for p in to.people if p.first_name]
    if to.role is Role.PARENTS and to.child:
        first = to.child.split()[0]
        said += [f"{first}s", f"{first}'s", f"{first}’s", *parent_nouns(to.parent)]
    return "".join(f"\n{words}" for words in said)


def unshown_spans(request: EmailRequest, text: str) -> list[tuple[int, int]]:
    """Spans of the slots the template was given but does not show (a documents request with
    a deadline names no appointment): what no slot placed is carried, never dropped."""
    today = request.today or date.today()
    mentions = find_dates(text, today)[0]
    days = {mention.day for mention in mentions}
    clock = mask(text, [(m.start, m.end) for m in mentions])
    times = {t.begin for t in find_times(clock)} | {t.finish for t in find_times(clock)}
    spans: list[tuple[int, int]] = []
    for slot, parts in request.placed:
        if (slot.day and slot.day not in days) or (slot.start and slot.start not in times):
            spans += parts
    return spans


# A colon that ends a label, not one inside a time ("11:30") or a link.
# "Kurs BO-3:" and "Gruppe B1:" end a label too (a digit right after letters is part of a name).
_LABEL_COLON = re.compile(r"(?:(?<![\d/])|(?<=[^\W\d_]\d)|(?<=[^\W\d_]-\d)):(?=\s|$)")


def message_body(request: EmailRequest) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """Where a message's body stands in the request: everything after a colon that follows
    the addressee ("Mail an Herrn Becker: bitte rufen Sie mich … zurück"), without its own
    greeting and sign-off; and the spans of those, which the draft's own salutation and
    closing say (skills.email.own_framing)."""
    if request.purpose is not Purpose.MESSAGE or request.appointments:
        return None
    wording = request.wording
    greeting = WRITTEN_OUT.match(wording)
    if greeting is not None:  # the request's own greeting is the salutation's to write
        body, left_out = own_framing(wording, greeting.end(), len(wording))
        return body, [(0, greeting.end()), *left_out]
    found = _LABEL_COLON.search(wording)
    colon = found.start() if found else -1
    if colon < 0 or colon > _BODY_COLON_WITHIN:
        colon = _addressing_comma(request)  # "Mail an Herrn Becker, bitte Rückruf unter …"
    if colon < 0 or not wording[colon + 1 :].strip():
        return None
    if any(not wording[colon + 1 : start].strip() for start, _ in confirm_orders(wording)):
        return None  # "…: kurz bestätigen, dass …": the clause is told as a confirmation
    return own_framing(wording, colon + 1, len(wording))


# What after the comma is still told as a clause of its own (skills.email.clauses), or still
# names whom the mail is for ("… schreiben, Frau Peters, dass …")
_CLAUSE_AFTER = re.compile(
    r"\s*(?:dass|daß|ob|that|whether|frau|herrn?|hr\.|fr\.|mrs?\.?|ms\.?|dr\.)(?!\w)",
    re.IGNORECASE,
)


def _addressing_comma(request: EmailRequest) -> int:
    """Where a comma ends a head that only addresses the mail ("mail an frau schneider, bitte
    um Rückruf …", "email Ms. Owusu, please call me back …"): what follows is the body, as
    after a colon, and its words of asking ("bitte um Rückruf unter") stay with their facts.
    -1 when the head says more, or a "dass" clause follows (told as a sentence instead)."""
    text = request.wording
    comma = text.find(",")
    if comma < 0 or comma > _BODY_COLON_WITHIN or _CLAUSE_AFTER.match(text, comma + 1):
        return -1
    head = list(text[:comma])
    for start, end in request.named:
        if end <= comma:
            head[start:end] = " " * (end - start)
    return comma if not meaningful_words("".join(head)) else -1
