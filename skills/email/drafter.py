"""Drafting behind a small seam: the offline template drafter, or a model-based one."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from skills.email.carried_parts import (
    before_orders,
    carried_sentences,
    message_body,
    named_in_full,
    recipient_line,
    translated_names,
    unshown_spans,
    unwidened_spans,
)
from skills.email.carry import leftover
from skills.email.child_named import parents_child
from skills.email.clauses import DASS, SENTENCE_END
from skills.email.closings import look_forward, new_date, without_new_date
from skills.email.events import is_placement
from skills.email.model import (
    EmailDraft,
    EmailRequest,
    PlaceKind,
    Purpose,
    Role,
    Slot,
)
from skills.email.reasons import is_clause
from skills.email.render import Renderer
from skills.email.safety import still_lacking
from skills.email.subject import typed_subject
from skills.email.told_steps import told_steps
from skills.email.words import words

_PLACEHOLDER = re.compile(r"\[[^\[\]\n]+\]")
_LABELLED = re.compile(r"^[^:\n]{2,30}:\s")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_BRING = (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.REMINDER)
# Templates that name the deadline themselves ("bis …", the documents' delivery date).
_SAYS_DEADLINE = (Purpose.INVITATION, Purpose.RESCHEDULING, Purpose.DOCUMENTS)
# An appointment held elsewhere is passed on: confirmed as such, else recalled.
_ELSEWHERE = {
    Purpose.CONFIRMATION: "confirmation_elsewhere",
    Purpose.INVITATION: "reminder_elsewhere",
    Purpose.REMINDER: "reminder_elsewhere",
}
_WITH_BLOCK = (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.RESCHEDULING, Purpose.REMINDER)


class Drafter(Protocol):
    """Writes one email from the facts of a request; must not add facts of its own."""

    async def draft(
        self, request: EmailRequest, language: str, translate: bool = False
    ) -> EmailDraft: ...


def placeholders(*texts: str) -> tuple[str, ...]:
    """The ``[...]`` gaps in ``texts``, each once, in reading order."""
    return tuple(dict.fromkeys(m.group(0) for text in texts for m in _PLACEHOLDER.finditer(text)))


def _template(request: EmailRequest) -> str:
    if request.appointments:
        return "appointments"  # "am 15.02. … und am 17.02. …": each listed with its words
    due = request.deadline or request.deadline_words
    if request.purpose is Purpose.REMINDER and request.appointment is None and due:
        return "reminder_deadline"  # a deadline is not an appointment
    if request.purpose is Purpose.CANCELLATION and request.previous is not None:
        return "cancellation_replaced"  # "fällt aus, Ersatztermin 19.02."
    if request.elsewhere and request.purpose in _ELSEWHERE:
        return _ELSEWHERE[request.purpose]  # "Termin beim Ärztlichen Dienst" is not ours
    return request.purpose.value


def _where(request: EmailRequest, renderer: Renderer) -> str:
    """Where the documents are brought ("… um 9:00 Uhr (Ort: Raum 1.07) mit"): the place the
    request gave, which the documents template shows nowhere else; nothing for a call or a
    video meeting, or when no place was given."""
    place = request.place
    if place is None or place.kind in (PlaceKind.VIDEO, PlaceKind.PHONE):
        return ""
    shown = renderer.place(place).removesuffix(renderer.text("common.place.address_gap"))
    return renderer.text("common.delivery.where", place=shown)


class TemplateDrafter:
    """Fills the per-purpose templates in ``templates/<language>.yaml``; works without a model.

    What no template slot takes (a sentence, a "Weitere Hinweise" line) is carried into the
    draft as typed. ``translate``: the request is in another language than the draft, so
    known documents are named in the draft's language.
    """

    async def draft(
        self, request: EmailRequest, language: str, translate: bool = False
    ) -> EmailDraft:
        draft = self._render(request, language, translate)
        said = draft.subject + "\n" + draft.body + translated_names(request, translate)
        said += named_in_full(request)
        # an agreed step the draft tells to the addressee ("Sie bewerben sich …") says its
        # words as typed
        steps_told = zip(request.steps, told_steps(request, language), strict=True)
        typed_steps = "".join(
            f"\n{typed}" for typed, said_as in steps_told if said_as in draft.body
        )
        said += typed_steps
        if request.elsewhere and request.event and is_placement(request.event):
            # "Herr Mahmoud beginnt sein Praktikum …" is still told whole beside "Was: Praktikum"
            said = said.replace(request.event, " ")
        consumed = list(request.consumed)
        subject = typed_subject(request)
        if subject is not None:  # "Zusage an …": the subject says it
            consumed.append(subject[1])
        framed = message_body(request)
        body = framed[0] if framed is not None else None
        if framed is not None:  # a message's own words after its colon are its body, as typed
            (start, end), framing = framed
            consumed += [(start, end), *framing]  # its greeting and sign-off are the draft's
            said += "\n" + request.wording[start:end]
        unshown = unshown_spans(request, draft.subject + "\n" + draft.body)
        consumed = [span for span in consumed if span not in unshown]
        heads = unwidened_spans(request)
        organisation = request.addressee.organisation
        apart = organisation[0] if organisation and organisation[1] else None
        carried = leftover(
            request.wording,
            consumed,
            said,
            [*request.unplaced, *unshown],
            heads,
            apart,
            before_orders(request),
        )
        carried = without_new_date(request, carried)  # the cancellation's line says it
        if body is not None:
            carried = [request.wording[body[0] : body[1]].strip(), *carried]
        elif not carried:
            carried = _unsaid_clause(request, said)
        recipient = recipient_line(request, carried)
        # the line may say the name capitalised ("Autohaus Kemper" for "autohaus kemper")
        carried = [piece for piece in carried if piece.casefold() != recipient.casefold()]
        if carried:
            shown = carried_sentences(request, carried, language)
            draft = self._render(replace(request, carried=shown), language, translate)
        # the last check: what the finished draft still lacks is carried as well
        finished = "\n".join((recipient, draft.subject, draft.body)) + translated_names(
            request, translate
        )
        # a carried piece told to the addressee ("sie hatte" → "Sie hatten") says its words
        told = "\n".join(carried)
        lacking = still_lacking(
            request,
            finished + "\n" + told + typed_steps + named_in_full(request),
            consumed,
            carried,
        )
        if lacking:
            carried = [*carried, *lacking]
            shown = carried_sentences(request, carried, language)
            draft = self._render(replace(request, carried=shown), language, translate)
        return replace(
            draft, carried=carried_sentences(request, carried, language), recipient=recipient
        )

    def _render(self, request: EmailRequest, language: str, translate: bool) -> EmailDraft:
        renderer = Renderer(language)
        form = request.address_form.value
        values = self._values(request, renderer, translate)
        key = f"{_template(request)}.{form}"
        subject = renderer.text(f"{key}.subject", **values).strip()
        body = renderer.text(f"{key}.body", **values)
        body = _BLANK_LINES.sub("\n\n", body).strip() + "\n"
        if language == "de":
            body = _lower_after_salutation(body)
        return EmailDraft(subject=subject, body=body, placeholders=placeholders(subject, body))

    def _event(self, request: EmailRequest, renderer: Renderer) -> dict[str, str]:
        form = request.address_form.value
        event = request.event
        # an event of its own (a job interview, a fair) is not a counselling appointment
        topic = {
            "event": event or "",
            "topic": event or renderer.text("common.event.topic"),
            "your_topic": event or renderer.text(f"common.event.your_topic_{form}"),
            "our_appointment": renderer.text(
                "common.event.named_appointment" if event else "common.event.our_appointment"
            ),
            "about": "" if event else renderer.text(f"common.event.about_{form}"),
        }
        return topic | self._event_phrases(request, renderer)

    def _event_phrases(self, request: EmailRequest, renderer: Renderer) -> dict[str, str]:
        event = request.event
        if not event:
            ours = renderer.text("common.event.default_ours")
            return {
                "to_event": renderer.text("common.event.default_to"),
                "to_event_subject": renderer.text("common.event.default_subject"),
                "our_event": ours,
                "our_event_cap": ours[:1].upper() + ours[1:],
                "cancel_subject": renderer.text("common.event.cancel_subject_default"),
            }
        typed = f"{request.event_prep} {event}" if request.event_prep else ""
        ours = renderer.text("common.event.ours", event=event)
        # the subject of a sentence: "Unser Termin (Jobcafé) … muss verschoben werden"
        subject = renderer.text("common.event.ours_subject", event=event)
        return {
            "to_event": typed or renderer.text("common.event.named_to"),
            "to_event_subject": typed or renderer.text("common.event.named_subject", event=event),
            "our_event": ours,
            "our_event_cap": subject[:1].upper() + subject[1:],
            # "Absage: Workshop am 12.01.2027", not a counselling appointment's
            "cancel_subject": renderer.text("common.event.cancel_subject_named", event=event),
        }

    def _reason(self, request: EmailRequest, renderer: Renderer) -> dict[str, str]:
        """Why the documents are asked for: the request's reason replaces the template's,
        which is said only when the request is about a counselling meeting of ours."""
        form = request.address_form.value
        reason = request.reason or ""
        if reason:
            variant = f"{form}_reason"
        elif _about_counselling(request):
            variant = form
        else:
            variant = f"{form}_plain"
        opening = reason[:1].upper() + reason[1:] if renderer.language == "en" else reason
        clause = is_clause(reason)
        if clause and renderer.language == "de":
            opening += ","  # "damit wir … können, bitte ich Sie um …"
        subject = f"{form}_plain" if clause else variant
        return {
            "documents_intro": renderer.text(f"common.documents_intro.{variant}", reason=opening),
            "documents_subject": renderer.text(
                f"common.documents_subject.{subject}", reason=reason
            ),
        }

    def _details(self, request: EmailRequest, renderer: Renderer) -> str:
        lines: list[str] = []
        if request.addressee.role is Role.PARENTS and request.addressee.child:
            lines.append(renderer.text("common.details.child", child=request.addressee.child))
        said = request.purpose in _SAYS_DEADLINE or _template(request) == "reminder_deadline"
        deadline = (request.deadline is not None or request.deadline_words) and not said
        message = request.purpose is Purpose.MESSAGE and not request.appointments
        if deadline and not message:
            lines.append(self._deadline_line(request, renderer))
        # (a referral gives them under the service it names: _service_contact)
        if request.contacts and request.purpose not in (Purpose.MESSAGE, Purpose.REFERRAL):
            values = ", ".join(request.contacts)
            lines.append(renderer.text("common.details.contacts", values=values))
        if message:
            lines += request.carried  # the request's content is the message itself
            if deadline:  # the date the message names, read back after it
                lines.append(self._deadline_line(request, renderer))
        elif all(_LABELLED.match(line) for line in request.carried):
            lines += request.carried  # "Weitere Hinweise: …" says what it is itself
        elif request.carried:
            lines.append(renderer.text("common.details.carried"))
            lines += [renderer.text("common.list_item", item=line) for line in request.carried]
        return "\n".join(lines)

    def _service_contact(self, request: EmailRequest, renderer: Renderer) -> str:
        """How to reach the service a referral names: the phone numbers and addresses the
        request gave, else a gap to fill in."""
        if not request.contacts:
            return renderer.text("common.placeholder.service_contact")
        return renderer.text("common.details.contacts", values=", ".join(request.contacts))

    def _nothing_said(self, request: EmailRequest, renderer: Renderer) -> str:
        """A message the request gave no words for ("Absage an einen Klienten") has a gap for
        them, not an empty letter."""
        if _template(request) != Purpose.MESSAGE.value:
            return ""
        return renderer.text("common.placeholder.message")

    def _deadline_text(self, request: EmailRequest, renderer: Renderer) -> str:
        """The deadline written out, with its hour when the request gave one."""
        if request.deadline is not None and request.deadline_at is not None:
            return renderer.when(Slot(day=request.deadline, start=request.deadline_at))
        if request.deadline is None and request.deadline_words:
            return request.deadline_words  # as typed: the request gave no day
        return renderer.long_date(request.deadline)

    def _deadline_line(self, request: EmailRequest, renderer: Renderer) -> str:
        day = self._deadline_text(request, renderer)
        if request.deadline_label:
            label = request.deadline_label
            return renderer.text("common.details.labelled_deadline", label=label, date=day)
        return renderer.text("common.details.deadline", date=day)

    def _values(
        self, request: EmailRequest, renderer: Renderer, translate: bool
    ) -> dict[str, str]:
        form = request.address_form.value
        appointment, previous = request.appointment, request.previous
        documents = renderer.items(
            [renderer.document(d, translate) for d in request.documents], "documents"
        )
        video = request.place is not None and request.place.kind is PlaceKind.VIDEO
        bring = ""
        if request.documents and _template(request) == "reminder_deadline":
            bring = renderer.text(f"common.deadline_documents.{form}", documents=documents)
        elif request.documents and (request.purpose in _BRING or request.appointments):
            variant = f"{form}_video" if video else form
            bring = renderer.text(f"common.bring.{variant}", documents=documents)
        if request.deadline is None and appointment is not None and appointment.day is not None:
            # an event of its own (a job interview) is not "our" appointment
            delivery = renderer.text(
                f"common.delivery.{form}_{'event' if request.event else 'appointment'}",
                when=renderer.when(appointment),
                event=request.event or "",
                where=_where(request, renderer),
            )
        else:
            delivery = renderer.text(
                f"common.delivery.{form}", deadline=self._deadline_text(request, renderer)
            )
        next_line = ""
        if request.purpose is Purpose.FOLLOW_UP and appointment is not None:
            next_line = renderer.text(
                f"common.next_appointment.{form}", when=renderer.when(appointment)
            )
        reply_by = ""
        if request.deadline is not None or request.deadline_words:
            reply_by = renderer.text(
                "common.reply_by", date=self._deadline_text(request, renderer)
            )
        reply_request = renderer.text(f"common.reply_request.{form}", reply_by=reply_by)
        if request.referred is not None and request.referred.exact:
            reply_request = renderer.text(
                f"common.reply_request.{form}_{request.referred.kind.value}",
                reply_by=reply_by,
                person=request.referred.person,
            )
        event = request.event if request.purpose in _WITH_BLOCK else None
        typed = typed_subject(request)
        listed = [
            renderer.text(
                "common.several.item" if item.what else "common.several.item_bare",
                when=renderer.day_text(item.slot) + ", " + renderer.time_text(item.slot),
                what=item.what,
            )
            for item in request.appointments
        ]
        return {
            "several": "\n".join(listed),
            "several_intro": renderer.text(
                f"common.several.intro.{_several_intro(request)}.{form}"
            ),
            "several_dates": renderer.text("common.several.and").join(
                dict.fromkeys(renderer.short_date(item.slot.day) for item in request.appointments)
            ),
            "salutation": renderer.salutation(request),
            "closing": renderer.text(f"common.closing.{form}"),
            "look_forward": look_forward(request, renderer),
            "new_date": new_date(request, renderer),
            "date": renderer.short_date(appointment.day if appointment else None)
            if not (appointment and appointment.written)
            else appointment.written,
            "previous_date": renderer.short_date(previous.day if previous else None),
            "block": renderer.block(appointment, request.place, event, request.elsewhere),
            "when": renderer.when(appointment),
            "old_when": renderer.when(previous, "old_date"),
            "meeting": renderer.when(previous),
            "next": next_line,
            "bring": bring,
            "reply_by": reply_by,
            "reply_request": reply_request,
            "documents": documents,
            "delivery": delivery,
            "message_subject": typed[0] if typed else renderer.text("common.placeholder.subject"),
            "steps": renderer.items(told_steps(request, renderer.language), "steps"),
            **self._reason(request, renderer),
            "service": request.service or renderer.text("common.placeholder.service"),
            "service_contact": self._service_contact(request, renderer),
            "details": self._details(request, renderer) or self._nothing_said(request, renderer),
            "deadline_line": self._deadline_line(request, renderer),
            "deadline_name": request.deadline_label or renderer.text("common.deadline_name"),
            "deadline_date": request.deadline_words
            if request.deadline is None and request.deadline_words
            else renderer.short_date(request.deadline),
            **self._event(request, renderer),
        }


def _several_intro(request: EmailRequest) -> str:
    """The sentence before a list of appointments says what the email does with them."""
    if request.purpose in (Purpose.INVITATION, Purpose.CONFIRMATION, Purpose.REMINDER):
        return request.purpose.value
    return "overview"


_AFTER_SALUTATION = re.compile(r"\A(?P<greeting>[^\n]*,\n\n)(?P<word>[A-ZÄÖÜ][a-zäöüß]*)\b")


def _lower_after_salutation(body: str) -> str:
    """A German letter goes on in lower case after the salutation's comma: a function word
    that starts the first line is lowered ("Es geht um Lea." -> "es geht um Lea.")."""
    found = _AFTER_SALUTATION.match(body)
    if found is None or found["word"].lower() not in words().lower_after_salutation:
        return body
    start = found.start("word")
    return body[:start] + body[start].lower() + body[start + 1 :]


def _about_counselling(request: EmailRequest) -> bool:
    """Whether a documents request is about a counselling meeting: it names one, or an
    appointment of ours with no event of its own ("zum Termin am 8.2." but not "zum
    Vorstellungsgespräch am 5.2.")."""
    if words().counselling.search(request.wording):
        return True
    return request.appointment is not None and not request.event


# "Mail an Tom, dass er die Unterlagen bis Freitag schicken soll": a clause of words the
# templates often say ("Unterlagen", "schicken"), so none of them counted as lacking


def _unsaid_clause(request: EmailRequest, said: str) -> list[str]:
    """A message's "dass" clause when nothing of the request was carried and the draft does
    not say it: the message itself, which the draft would otherwise drop."""
    if request.purpose is not Purpose.MESSAGE:
        return []
    found = DASS.search(request.wording)
    if found is None:
        return []
    end = SENTENCE_END.search(request.wording, found.end())  # not a date's dot
    # without its "dass", the clause is told as a sentence of the letter; to parents it stays
    # as typed: whether "sie" is the child or the parents is not for the draft to guess
    start = found.start() if parents_child(request) else found.end()
    clause = request.wording[start : end.start() if end else None].strip(" ,")
    return [clause] if clause and clause not in said else []
