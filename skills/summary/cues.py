"""The cue book: weighted patterns and heading words from ``cues.yaml``, compiled once."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Levenshtein

from bot.yaml_data import load_yaml
from skills.summary.marks import without_clock
from skills.summary.model import RECORD_SECTIONS, Section

CUES_FILE = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True, slots=True)
class Cue:
    pattern: re.Pattern[str]
    weight: float


@dataclass(frozen=True, slots=True)
class HeadingMatch:
    """A heading at the start of a sentence; ``section`` is None for an assessment heading."""

    section: Section | None
    rest: str  # the text after the heading on the same line, possibly empty


@dataclass(frozen=True, slots=True)
class CueBook:
    """Everything the offline summariser knows about German session notes."""

    cues: Mapping[Section, tuple[Cue, ...]]
    assessment: tuple[re.Pattern[str], ...]
    headings: re.Pattern[str]
    heading_sections: Mapping[str, Section | None]  # lower-cased heading word -> section
    priority: tuple[Section, ...]
    fallback_fact: Section
    fallback_assessment: Section
    filler: frozenset[str] = frozenset()  # words of a bare request line ("Bitte folgende:")
    # "kein Interesse an Büro": never an interest or strength, whatever its cue words.
    negations: tuple[re.Pattern[str], ...] = ()
    fallback_negated: Section = Section.SITUATION
    # An answer that leaves a question open ("? noch unklar").
    uncertain: tuple[re.Pattern[str], ...] = ()
    fallback_answered: Section = Section.SITUATION
    labels: re.Pattern[str] | None = None  # a heading word inside a short label
    standalone: frozenset[str] = frozenset()  # heading words only on a line of their own
    fields: frozenset[str] = frozenset()  # heading words that stay in the item after them
    # "Ob Kl. BAföG bekommt? noch nicht beantragt": a question word and a pending answer.
    question_words: re.Pattern[str] | None = None
    pending: re.Pattern[str] | None = None
    # "Mutter fragt, ob … -> ja, über BOS": a question asked in words, answered after an arrow.
    answer_arrow: re.Pattern[str] | None = None
    # "Praktikum im Mai war gut": told in the past tense, a month, a holiday or "bis" in it is
    # no plan; only next-step cues of at least ``past_keeps`` ("nächster Termin") still count.
    past: tuple[re.Pattern[str], ...] = ()
    past_keeps: float = 3.0
    fallback_past: Section = Section.SITUATION
    # "Mutter hätte lieber eine Bank-Ausbildung", "tn will das nicht": a wish voiced by someone
    # else, or one turned down, is no concern of the client's: where things stand.
    not_concern: tuple[re.Pattern[str], ...] = ()
    # "Termin 14.1. – Hr. B. (Umschulung)": the notes' first line naming the session and whom.
    session_header: re.Pattern[str] | None = None
    session_person: re.Pattern[str] | None = None
    session_header_max: float = 2.0
    # A pasted mail's or meeting's header line ("Betreff: …", "Teilnehmende: …") and a
    # letter's closing ("Viele Grüße"), after which the sender's signature follows.
    message_header: re.Pattern[str] | None = None
    closing: re.Pattern[str] | None = None

    def is_message_header(self, sentence: str) -> bool:
        return self.message_header is not None and bool(self.message_header.match(fold(sentence)))

    def is_closing(self, line: str) -> bool:
        return self.closing is not None and bool(self.closing.match(fold(line)))

    def scores(self, sentence: str) -> dict[Section, float]:
        """Total cue weight per section (sections without a hit are left out)."""
        return self._scores(sentence, self.is_past(sentence))

    def _scores(self, sentence: str, past: bool) -> dict[Section, float]:
        folded = fold(without_clock(sentence))
        totals: dict[Section, float] = {}
        for section, cues in self.cues.items():
            if past and section is Section.NEXT_STEPS:
                cues = tuple(cue for cue in cues if cue.weight >= self.past_keeps)
            total = sum(cue.weight for cue in cues if cue.pattern.search(folded))
            if total:
                totals[section] = total
        return totals

    def best(self, sentence: str) -> Section | None:
        """The section with the highest score; ties go by priority; None without any cue.

        A negated interest is no interest, an answered question is no open point, and what is
        told in the past tense is no plan: their cue words for those sections do not count."""
        sentence = without_clock(sentence)  # "09:40 Vater will …" is said by the father
        totals = self.scores(sentence)
        fallback = None
        if self.is_negated(sentence):
            totals.pop(Section.STRENGTHS, None)
            fallback = self.fallback_negated
        if Section.CONCERN in totals and any(p.search(fold(sentence)) for p in self.not_concern):
            del totals[Section.CONCERN]
            fallback = fallback or Section.SITUATION
        if Section.OPEN in totals and self.is_answered(sentence):
            del totals[Section.OPEN]
            fallback = fallback or self.fallback_answered
        if not totals and self.is_past(sentence) and self._scores(sentence, past=False):
            # "im Mai bei Meier, lief gut": only a month looked like a plan; it is a fact told
            fallback = fallback or self.fallback_past
        if not totals:
            return fallback
        return max(totals, key=lambda s: (totals[s], -self.priority.index(s)))

    def is_negated(self, sentence: str) -> bool:
        folded = fold(sentence)
        return any(pattern.search(folded) for pattern in self.negations)

    def is_session_header(self, line: str) -> bool:
        """Whether ``line`` names the session and the person ("Termin 14.1. – Hr. B.",
        "Session 3 with client (19, f)") and says nothing that weighs as a fact of its own."""
        if self.session_header is None or self.session_person is None or line.endswith(":"):
            return False
        folded = fold(line)
        session = self.session_header.search(folded)
        if session is None or not self.session_person.search(folded):
            return False
        # a session word that weighs as a step ahead ("WV 14.3. – TN Sara") names this talk
        own = set(self.scores(session.group(0)))
        said = folded[session.end() :] if own == {Section.NEXT_STEPS} else line
        return all(score < self.session_header_max for score in self.scores(said).values())

    def opens_with_field(self, sentence: str) -> bool:
        """Whether ``sentence`` opens with a field's label, colon or not ("Nächster Termin am
        10.4."): a sentence of its own even on a line a heading opens."""
        words = re.findall(r"[^\W\d_][\w-]*", sentence)[:3]
        return any(
            _key(" ".join(words[:size])) in self.fields for size in range(1, len(words) + 1)
        )

    def is_past(self, sentence: str) -> bool:
        folded = fold(sentence)
        return any(pattern.search(folded) for pattern in self.past)

    def is_answered(self, sentence: str) -> bool:
        """A question followed by its answer ("Praktikum gemacht? ja, im Sommer", "fragt, ob …
        -> ja, über BOS")."""
        question, mark, answer = sentence.partition("?")
        if not mark:
            return self.answer_arrow is not None and bool(self.answer_arrow.search(sentence))
        if not any(c.isalnum() for c in answer):
            return False
        if any(pattern.search(fold(answer)) for pattern in self.uncertain):
            return False
        asked = self.question_words is not None and self.question_words.search(question)
        if asked and self.pending is not None and self.pending.search(answer):
            return False  # "Wer zahlt? steht noch aus"
        return "?" not in answer and Section.OPEN not in self.scores(answer)

    def is_assessment(self, sentence: str) -> bool:
        folded = fold(sentence)
        return any(pattern.search(folded) for pattern in self.assessment)

    def heading(self, sentence: str) -> HeadingMatch | None:
        match = self.headings.match(sentence)
        if match is not None:
            rest = (match.group("rest") or match.group("dash") or "").strip()
            key = _key(match.group("word"))
            if not (rest and key in self.standalone):  # "Stand: 12.03." is a fact, not a heading
                if rest and key in self.fields:  # "Nächster Termin: 12.02." keeps its label
                    rest = sentence.strip()
                return HeadingMatch(self.heading_sections[key], rest)
        return self._label(sentence) or self._misspelt(sentence) or self._abbreviated(sentence)

    def _abbreviated(self, sentence: str) -> HeadingMatch | None:
        """A heading word cut short with a dot ("Int.: Garten", "bespr." above a list,
        "Vereinb.:"): taken when every heading word it begins names the same section."""
        match = _ABBREVIATED.match(sentence)
        if match is None:
            return None
        key = _key(match.group("word"))
        headings = self.heading_sections.items()
        sections = {section for heading, section in headings if heading.startswith(key)}
        section = sections.pop() if len(sections) == 1 else None
        if section is None or key in self.heading_sections:  # "Bew." is no "Bewertung"
            return None
        return HeadingMatch(section, (match.group("rest") or "").strip())

    def _misspelt(self, sentence: str) -> HeadingMatch | None:
        """A heading word with a typo ("anligen:", "Vereinbahrt:"), alone or before ':', or at
        the end of a compound before ':' ("Zielvereinbarung:", "Wohnsituation:")."""
        label = _LABEL.match(sentence)
        word, rest = (label.group("label"), label.group("rest")) if label else (sentence, "")
        key = _key(word)
        if len(word.split()) > 2:
            return None
        limit = 1 if len(key) < _FUZZY_LONG else 2
        for heading, section in self.heading_sections.items():
            if len(heading) < _COMPOUND_MIN:
                continue
            # Only before a colon: "Hauptschulabschluss" alone is a fact, not a heading.
            if label and len(word.split()) == 1 and key.endswith(heading):  # "Wohnsituation:"
                return HeadingMatch(section, sentence.strip() if rest.strip() else "")
            if len(heading) < _FUZZY_MIN or abs(len(heading) - len(key)) > limit:
                continue
            if Levenshtein.distance(key, heading, score_cutoff=limit) <= limit:
                return HeadingMatch(section, rest)
        return None

    def _label(self, sentence: str) -> HeadingMatch | None:
        """A short label that contains a heading word ("Wir haben vereinbart: ...")."""
        label = _LABEL.match(sentence) or _DASH_LABEL.match(sentence)
        if label is None or self.labels is None:
            return None
        text = label.group("label")
        if len(text.split()) > _LABEL_WORDS or "," in text or _LABEL_NEGATION.search(text):
            return None
        found = self.labels.search(text)
        if found is None:
            return None
        # The label's own words ("Aufgaben BB:", "Wir haben vereinbart:") stay in the item.
        rest = sentence.strip() if label.group("rest").strip() else ""
        return HeadingMatch(self.heading_sections[_key(found.group(0))], rest)


def _section(name: Any, where: str) -> Section:
    try:
        return Section(name)
    except ValueError:
        raise ValueError(f"cues: unknown section {name!r} in {where}") from None


def _compile(pattern: Any, where: str) -> re.Pattern[str]:
    try:
        return re.compile(fold(str(pattern)), re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"cues: bad pattern in {where}: {error}") from None


_SEPARATOR = r"[\s\-/&+]*"  # "To Do", "To-Do", "ToDo", "Interessen/Stärken"
_LABEL = re.compile(
    r"^[#*_\s]*(?P<label>[^:\n]{1,60}?)[*_\s]*:(?!\d)[*_\s]*(?P<rest>.*)$", re.DOTALL
)
_LABEL_WORDS = 5
# "Hausaufgabe für Kl. - Infos lesen": a short label before a spaced dash, as before a colon.
_DASH_LABEL = re.compile(r"^[#*_\s]*(?P<label>[^:\n]{1,60}?)\s+[-–—]\s+(?P<rest>.+)$", re.DOTALL)
# One word cut short ("Int.", "bespr.") alone or before ':'; three letters at least.
_ABBREVIATED = re.compile(
    r"^[#*_\s]*(?P<word>[^\W\d_]{3,12})\.[*_\s]*(?::(?!\d)[*_\s]*(?P<rest>.*)|$)", re.DOTALL
)
_LABEL_NEGATION = re.compile(r"\b(kein\w*|nicht|ohne|no|not)\b", re.IGNORECASE)


_FUZZY_MIN = 8  # shorter heading words must be spelt right ("Offen", "Verlauf")
_FUZZY_LONG = 10  # from this length two typos are forgiven
_COMPOUND_MIN = 7  # "Wohnsituation", "Beratungsverlauf"; not "...stand" or "...schule"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe",
                          "Ü": "Ue"})  # fmt: skip


def fold(text: str) -> str:
    """Umlauts spelt out ("naechster" = "nächster"): cues match notes typed without them."""
    return text.translate(_UMLAUTS)


def _key(word: str) -> str:
    """Heading words are compared without case, separators and umlauts ("To-Do" = "todo")."""
    return re.sub(r"[\W_]+", "", fold(word).lower())


def _alternatives(words: list[str]) -> str:
    # Longest first so "Offene Punkte" wins over "Offen".
    return "|".join(
        _SEPARATOR.join(
            _umlauts(re.escape(part)) for part in re.split(r"[\s\-/&+]+", word) if part
        )
        for word in sorted(words, key=len, reverse=True)
    )


def _umlauts(pattern: str) -> str:
    """Let a heading's umlauts match their spelt-out form as well ("Naechste Schritte")."""
    for umlaut in "äöüÄÖÜ":
        pattern = pattern.replace(umlaut, f"(?:{umlaut}|{fold(umlaut)})")
    return pattern.replace("ß", "(?:ß|ss)")


def _heading_pattern(words: list[str]) -> re.Pattern[str]:
    """A heading at the start: alone, before ':' (a short addition such as "/Ziele" allowed)
    or before a dash or an arrow ("Anliegen – Ausbildung", "Offen -> Fahrtkosten"); Markdown
    emphasis and '#' tolerated."""
    return re.compile(
        rf"^[#*_\s]*(?P<word>{_alternatives(words)})(?:['’]?s)?(?!\w)[*_\s]*"
        r"(?:(?:\s*[/&+,(]\s*[^\s:,]+(?:\s+[^\s:,]+)?)?[*_\s]*:(?!\d)[*_\s]*(?P<rest>.*)"
        r"|(?:\s+[-–—]\s+|\s*(?:->|→|=>?)\s*)(?P<dash>.+)|(?P<end>$)"
        # "Kontext / Situation", "Ziele & Wünsche" alone on a line: the first word names it
        r"|\s*[/&+]\s*[^\W\d_][\w-]*[*_\s]*$)",
        re.IGNORECASE | re.DOTALL,
    )


def _label_pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})(?!\w)", re.IGNORECASE)


def parse_cues(raw: Mapping[str, Any]) -> CueBook:
    """Validate and compile the YAML structure; errors name the offending entry."""
    cues = {
        _section(name, "cues"): tuple(
            Cue(_compile(pattern, f"cues.{name}"), float(weight))
            for pattern, weight in (entries or {}).items()
        )
        for name, entries in raw["cues"].items()
    }
    heading_sections: dict[str, Section | None] = {}
    label_words: list[str] = []
    for name, words in raw["headings"].items():
        for word in words:
            heading_sections[_key(str(word))] = _section(name, "headings")
            label_words.append(str(word))
    standalone: set[str] = set()
    fields: set[str] = set()
    for kind, keys in (("standalone_headings", standalone), ("field_headings", fields)):
        for name, words in raw.get(kind, {}).items():
            for word in words:
                heading_sections[_key(str(word))] = _section(name, kind)
                keys.add(_key(str(word)))
                label_words.append(str(word))
    assessment_words = [str(word) for word in raw.get("assessment_headings", ())]
    inside = [word for word in label_words if _key(word) not in standalone]
    for word in assessment_words:
        heading_sections[_key(word)] = None
    priority = tuple(_section(name, "priority") for name in raw["priority"])
    if set(priority) != set(RECORD_SECTIONS) or len(priority) != len(RECORD_SECTIONS):
        raise ValueError("cues: priority must list every section exactly once")
    fallback = raw["fallback"]
    return CueBook(
        cues=cues,
        assessment=tuple(_compile(p, "assessment") for p in raw.get("assessment", ())),
        headings=_heading_pattern(label_words + assessment_words),
        heading_sections=heading_sections,
        priority=priority,
        fallback_fact=_section(fallback["fact"], "fallback"),
        fallback_assessment=_section(fallback["assessment"], "fallback"),
        filler=frozenset(str(word).lower() for word in raw.get("request_filler", ())),
        negations=tuple(_compile(p, "negations") for p in raw.get("negations", ())),
        fallback_negated=_section(fallback.get("negated", "situation"), "fallback"),
        uncertain=tuple(
            _compile(p, "uncertain_answers") for p in raw.get("uncertain_answers", ())
        ),
        fallback_answered=_section(fallback.get("answered", "situation"), "fallback"),
        labels=_label_pattern(inside) if inside else None,
        standalone=frozenset(standalone),
        fields=frozenset(fields),
        question_words=_compile(raw["question_words"], "question_words")
        if "question_words" in raw
        else None,
        pending=_compile(raw["pending_answers"], "pending_answers")
        if "pending_answers" in raw
        else None,
        answer_arrow=_compile(raw["answer_arrows"], "answer_arrows")
        if "answer_arrows" in raw
        else None,
        past=tuple(_compile(p, "past_tense") for p in raw.get("past_tense", ())),
        past_keeps=float(raw.get("past_tense_keeps", 3.0)),
        fallback_past=_section(fallback.get("past", "situation"), "fallback"),
        not_concern=tuple(_compile(p, "not_concern") for p in raw.get("not_concern", ())),
        session_header=_optional(raw, "session_header"),
        session_person=_optional(raw, "session_person"),
        session_header_max=float(raw.get("session_header_max", 2.0)),
        message_header=_optional(raw, "message_header"),
        closing=_optional(raw, "closing"),
    )


def _optional(raw: Mapping[str, Any], key: str) -> re.Pattern[str] | None:
    return _compile(raw[key], key) if key in raw else None


def load_cues(path: Path) -> CueBook:
    with path.open(encoding="utf-8") as handle:
        return parse_cues(load_yaml(handle))


@cache
def default_cues() -> CueBook:
    return load_cues(CUES_FILE)
