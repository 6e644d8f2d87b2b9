"""The offline summariser: rules and cue words instead of a model.

Every sentence of the notes lands in exactly one section, in the counsellor's own wording:
1. a heading on a line of its own ("Vereinbart:") files the lines under it; its scope ends at
   the next heading, or at a blank line once something has been filed under it. A heading
   followed by text ("Vereinbart: Kl. schickt ...") files that text;
2. otherwise the weighted cue words of ``cues.yaml`` decide (ties by priority), for each
   clause of a sentence that joins facts of two sections (clauses.py);
   A negated interest ("kein Interesse an Büro") is never filed as an interest, an answered
   question ("Praktikum gemacht? ja") never as an open point;
3. the first line naming the session and the person ("Termin 14.1. – Hr. B.", "Session 3
   with client (19, f)") is where things stand, whatever its heading words;
4. a sentence without any cue follows the sentence before it on its line, the introducing
   line ending in ':' ("Kl. möchte:"), or, for bullets, a heading with text above them; a
   line led by an arrow ("-> Praktikum anfragen") is a next step, a pro led by "+" (and a con
   led by a dash right after one) a topic weighed in the talk; else it goes to
   "Weitere Notizen" verbatim. No line is dropped: only known headings and
   blank lines carry no item of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from skills.summary.clauses import split_clauses
from skills.summary.cues import CueBook, default_cues
from skills.summary.marks import Check, agenda_title
from skills.summary.model import Item, Section, Summary
from skills.summary.split import NoteLine, opens_with_label, split_notes
from skills.summary.tables import Row

_UNKNOWN_HEADING_WORDS = 5  # a short line ending in ':' ("Gespräch am 12.03.:") is a heading
# A ticked item is done whatever its words ("[x] Termin bei der Berufsberatung"), an unticked
# one not yet ("[ ] Zeugniskopie beglaubigen lassen"): cue words of the other kind yield.
_AHEAD = frozenset({Section.NEXT_STEPS, Section.OPEN})
_DONE_OR_WISHED = frozenset({Section.SITUATION, Section.STRENGTHS, Section.CONCERN})


@dataclass(slots=True)
class _Scope:
    """What the latest heading or introducing line says about the lines under it."""

    section: Section | None = None  # from a heading: wins over cue words
    assessment: bool = False  # under "Einschätzung:" and the like
    lead: Section | None = None  # only for sentences without cue words
    lead_bullets_only: bool = False
    filled: bool = False


class OfflineSummariser:
    """Sorts note sentences into sections by headings and weighted cue words."""

    def __init__(self, cues: CueBook | None = None) -> None:
        self._given_cues = cues

    @property
    def _cues(self) -> CueBook:
        # Read on first use (~30 ms of YAML and patterns), not at every start of the app.
        return self._given_cues if self._given_cues is not None else default_cues()

    async def summarise(self, notes: str, language: str) -> Summary:
        del language  # the notes' wording is kept; labels are the caller's business
        return self.sort(notes)

    def sort(self, notes: str) -> Summary:
        sections: dict[Section, list[Item]] = {section: [] for section in Section}
        scope = _Scope()
        first = True
        profile = False  # "+"/"–" lines below the line naming the person describe that person
        signature = False  # the lines after a letter's closing, up to a blank line
        for line in split_notes(notes):
            if not line.sentences:
                signature = False
                if scope.filled:
                    scope = _Scope()
                continue
            closing = self._cues.is_closing(" ".join(line.sentences))
            if (
                signature
                or closing
                or line.row is Row.HEADER
                or self._cues.is_message_header(line.sentences[0])
            ):
                # a letter's closing and the signature under it, a mail's or meeting's header,
                # a table's column names: kept as they are, no fact of any section
                sections[Section.OTHER].extend(Item(text) for text in line.sentences)
                signature = signature or closing
            elif (title := agenda_title(line.sentences[0])) is not None:
                # "TOP 2 Stand Praktikumsbörse": a topic of the meeting; what follows it
                # without cue words was said under it
                sections[Section.DISCUSSED].extend(Item(text) for text in line.sentences)
                heading = self._cues.heading(title)
                own = heading.section if heading and not heading.rest.strip(" :") else None
                scope = _Scope(lead=own or Section.DISCUSSED)
            elif first and self._cues.is_session_header(" ".join(line.sentences)):
                # "Termin 14.1. – Hr. B. (Umschulung)": when and with whom, not a step ahead
                sections[Section.SITUATION].extend(Item(text) for text in line.sentences)
                profile = True
            else:
                scope = self._file_line(line, scope, sections, profile=profile)
                profile = profile and (line.weighed or line.check is not None)
            first = False
        return Summary.from_sections(sections)

    def _file_line(
        self,
        line: NoteLine,
        scope: _Scope,
        sections: dict[Section, list[Item]],
        *,
        profile: bool = False,
    ) -> _Scope:
        """File one line's sentences; returns the scope for the lines that follow."""
        first = line.sentences[0]
        words = len(first.split())
        label = len(line.sentences) == 1 and first.endswith(":")
        unknown_label = not self._cues.heading(first)
        if label and words <= _UNKNOWN_HEADING_WORDS and unknown_label:
            scope = _Scope()  # an unknown heading ends the previous one's scope
        elif scope.lead_bullets_only and unknown_label and opens_with_label(first):
            # "- Idee: …" after "- Interessen: …": a label of its own ends the heading's lead
            scope = _Scope()
        lead = scope.lead if line.bullet or not scope.lead_bullets_only else None
        if line.arrow:  # "-> AG-Besuch Do. 9h": without cue words, a step that follows
            lead = Section.NEXT_STEPS
        elif line.weighed and profile:  # "+ Englisch fließend" below "Kl. Jana, 23": her
            lead = Section.STRENGTHS if line.plus else Section.SITUATION  # pluses and minuses
        elif line.weighed:  # "+ sicherer Job, Verbeamtung": a pro or con weighed in the talk
            lead = Section.DISCUSSED
        elif line.check is not None:  # "✓ Lebenslauf fertig" is done, "✗ Foto" still missing
            lead = Section.SITUATION if line.check is Check.DONE else Section.OPEN
        elif line.row is Row.RECORD:  # a row of a pasted table records where things stand
            lead = Section.SITUATION
        previous: Section | None = None
        after_line: _Scope | None = None  # the scope below a heading that opens its line
        for index, raw in enumerate(line.sentences):
            if after_line is not None and self._cues.opens_with_field(raw):
                scope = after_line  # "Vereinbart: …. Nächster Termin am 10.4.": its own label
                after_line = None
            sentence, scope, inline = self._heading(raw, scope)
            if not sentence:
                continue
            # A heading files its text whole; otherwise each clause finds its own section.
            parts = [sentence] if scope.section else split_clauses(sentence, self._cues)
            for part in parts:
                item, previous = self._classify(part, scope, previous or lead)
                previous = _as_checked(previous, line.check)
                sections[previous].append(item)
            scope.filled = True
            if inline:
                below = _Scope(lead=scope.section, lead_bullets_only=True, filled=True)
                if index == 0:
                    # "Absprache: Leon kommt am Mo. Vater ist nicht dabei (Wunsch von Leon).":
                    # a heading that opens its line files every sentence of it
                    after_line = below
                else:  # "… besprochen. Vereinbart: Kl. recherchiert …. Nächster Termin …"
                    scope = below
        if after_line is not None:
            scope = after_line
        if label and scope.section is None and previous is not None:
            scope = _Scope(lead=previous)  # "Kl. möchte:" introduces the lines below
        return scope

    def _heading(self, sentence: str, scope: _Scope) -> tuple[str, _Scope, bool]:
        """Strip a leading heading word: (remaining text, new scope, heading had text)."""
        heading = self._cues.heading(sentence)
        if heading is None:
            return sentence, scope, False
        opened = _Scope(heading.section, assessment=heading.section is None)
        if not heading.rest.strip():
            return "", opened, False  # a heading on its own: files everything under it
        if not heading.rest.strip(" -–—*_:.,;/"):
            return "", _Scope(), False  # "Vereinbart: -": nothing, and nothing below it
        return heading.rest, opened, True

    def _classify(
        self, sentence: str, scope: _Scope, inherited: Section | None
    ) -> tuple[Item, Section]:
        """File one sentence; ``inherited`` applies only when no cue word matches."""
        assessment = scope.assessment or self._cues.is_assessment(sentence)
        # The counsellor's impression without cue words ("Ich habe den Eindruck, dass …") says
        # nothing of the section of the fact before it: it goes to the assessments' fallback.
        own = self._cues.best(sentence)
        section = scope.section or own or (None if assessment and not scope.lead else inherited)
        if section is Section.OPEN and self._cues.is_answered(sentence):
            # "Offen: Rückzahlung? -> nein, muss er nicht": answered below the label, not open
            section = own if own not in (None, Section.OPEN) else self._cues.fallback_answered
        if section is None:
            fallback = self._cues.fallback_assessment if assessment else self._cues.fallback_fact
            section = fallback
        # Under an "Interessen:" heading a negated line stays, visibly marked as negated.
        negated = section is Section.STRENGTHS and self._cues.is_negated(sentence)
        return Item(sentence, assessment, negated=negated), section


def _as_checked(section: Section, check: Check | None) -> Section:
    """The section of a check-list item: done is where things stand, not done is open."""
    if check is Check.DONE and section in _AHEAD:
        return Section.SITUATION
    if check is Check.MISSING and section in _DONE_OR_WISHED:
        return Section.OPEN
    return section
