"""What a template cannot place is carried into the draft verbatim, never dropped.

The request is cut into parts (lines, sentences, comma clauses). A part is carried when it
holds a word with meaning (not a filler word from ``data/words.yaml``) that the draft does not
already contain and that no fact the draft took in another form (a date written out, the
purpose word) accounts for.
"""

from __future__ import annotations

import re

from bot.message_memo import per_message
from skills.email.clauses import DASS
from skills.email.run_start import SUBJECTS, attached, clause_opening, lean, named_on
from skills.email.words import words

Span = tuple[int, int]
# Lines, sentences (not after "Dr." or "z.B."), clauses, and what follows a label's colon.
# An ordinal ("2. OG", "3. Etage") ends no sentence either, and a decimal comma ("34,60 €")
# no clause.
_PART = re.compile(
    r"(?:[^\n,;]|(?<=\d),(?=\d))+?"
    r"(?:(?<!\b[^\W\d])(?<!\b[^\W\d]{2})(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[A-ZÄÖÜ])"
    r"|(?=\n|;|,(?!(?<=\d,)\d)|:\s)|$)"
)
# A word, a link, a clock time ("11:30"), an amount with a decimal comma ("34,60"), a range
# ("9–12") or a gendered plural ("Schüler:innen") is one token.
_TOKEN = re.compile(r"https?://\S+|\b\d{1,2}:\d{2}\b|\b\d+,\d+\b|[\w@.+/–-]*\w(?:[:*]innen\b)?")
_CLOSING = ")]“”\"»«'’"
_OPENING = "([„“\"»«'‚"
_PAIRS = {"(": ")", "[": "]", "„": "“", "“": "”", "»": "«", "‚": "‘"}
_MAX_KNOWN_INSIDE = 2
_UNIT = re.compile(r"[ \t]?[€%$£]")
_SHORT_DATE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}$")
_BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s+")


def _meaningful(token: str) -> bool:
    if any(ch.isdigit() for ch in token):
        return True
    if len(token) == 2 and (token.isupper() or token.lower() == "ok"):
        return True  # "OG", "EG": a floor, not a filler; "dass das ok ist": consent
    return len(token) >= 3 and token.lower() not in words().filler


def meaningful_words(text: str) -> list[str]:
    """The words of ``text`` that carry meaning, in order."""
    words_ = (token.group(0).strip(".") for token in _TOKEN.finditer(text))
    return [word for word in words_ if _meaningful(word)]


_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+", re.IGNORECASE)


@per_message  # shared within a turn; no draft text stays behind in a cache
def _without_addresses(draft: str) -> str:
    return _ADDRESS.sub(" ", draft)


_DECLINABLE = re.compile(r"(?<=[a-zäöüß]{3})(?:e|en|er|es)$")


def _in_draft(token: str, draft: str) -> bool:
    """Whether the draft has ``token`` as a word; a number only standing alone, not as part
    of a date or time ("10" of "Jahrgangsstufe 10" is not in "10:00 Uhr" or "3.10."), a word
    not inside an email address or link ("Europaschule" is not said by
    "info@europaschule-hamm.de")."""
    if not _ADDRESS.search(token):
        draft = _without_addresses(draft)
    if any(ch.isdigit() for ch in token):
        pattern = rf"(?<![\w.:]){re.escape(token)}(?![\w:]|[.,]\d)"
    elif _DECLINABLE.search(token):
        # an adjective a list item declines ("das letzte Zeugnis" → "letztes Zeugnis")
        stem = _DECLINABLE.sub("", token)
        pattern = rf"(?<!\w){re.escape(stem)}e[nrs]?(?!\w)"
    else:
        pattern = rf"(?<!\w){re.escape(token)}(?!\w)"
    return re.search(pattern, draft, re.IGNORECASE) is not None


def _covered(start: int, end: int, consumed: list[Span]) -> bool:
    return any(a < end and start < b for a, b in consumed)


def _lacking_spans(
    text: str, part: re.Match[str], consumed: list[Span], draft: str, forced: list[Span]
) -> list[Span]:
    """Runs of words in ``part`` the draft lacks (filler words may sit inside a run), each
    widened to the left over the words with meaning it leans on ("Sprachzertifikat B1") and
    to the right over the filler that ends the part ("Laptop mitbringen")."""
    tokens = [
        (token.span(), token.group(0).strip("."))
        for token in _TOKEN.finditer(text, part.start(), part.end())
    ]
    usable = [_meaningful(word) and not _covered(*span, consumed) for span, word in tokens]
    lacking = [
        usable[i] and (not _in_draft(word, draft) or _covered(*span, forced))
        for i, (span, word) in enumerate(tokens)
    ]
    runs: list[tuple[int, int]] = []
    for index, missing in enumerate(lacking):
        if not missing:
            continue
        between = range(runs[-1][1] + 1, index) if runs else range(0)
        # a run goes on over filler and over up to two words the draft has ("B1 und
        # Zeugnisse aus Syrien"), never over a fact used in other words (a date)
        joins = bool(runs) and not any(_covered(*tokens[j][0], consumed) for j in between)
        if joins and sum(1 for j in between if usable[j]) > _MAX_KNOWN_INSIDE:
            joins = False
        if joins:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    filler = [not _meaningful(word) and not _covered(*span, consumed) for span, word in tokens]
    spans = []
    for first, last in runs:
        first = lean(tokens, usable, lacking, filler, first)
        first = clause_opening(tokens, filler, first)
        first = attached(tokens, filler, first)
        last = named_on(tokens, usable, last)
        if all(filler[last + 1 :]):  # "Laptop mitbringen": the filler that ends the part
            last = len(tokens) - 1
        start, end = tokens[first][0][0], tokens[last][0][1]
        if _SHORT_DATE.search(text, start, end) and text[end : end + 1] == ".":
            end += 1  # "ab 1.3.": without its closing dot the date is no date
        while end < part.end() and text[end] in _CLOSING:
            end += 1
        start = _opened(text, start, end)
        unit = _UNIT.match(text, end, part.end())  # "380 €", "50 %"
        end = unit.end() if unit else end
        if start > part.start() and text[start - 1] in _OPENING:
            start -= 1
            # "(Praxis Lang)": the bracket is closed, never left open
            closing = text.find(_PAIRS.get(text[start], text[start]), end, part.end())
            end = closing + 1 if closing != -1 else end
        spans.append((start, end))
    return spans


_BRACKETS = {")": "(", "]": "["}
_ENUMERATOR = re.compile(r"(?<!\S)\d{1,2}\)")


def _opened(text: str, start: int, end: int) -> int:
    """Where a piece must start so that a bracket it closes is opened in it too ("(Jugend-
    migrationsdienst Caritas Hamm)", not "Caritas Hamm)"): the opening bracket on the same
    line, else ``start``."""
    piece = _ENUMERATOR.sub("", text[start:end])  # "Zu 1) bitte …" closes no bracket
    for closer, opener in _BRACKETS.items():
        if piece.count(closer) > piece.count(opener):
            line_start = text.rfind("\n", 0, start) + 1
            found = text.rfind(opener, line_start, start)
            if found != -1:
                start = found
    return start


def _only_filler(text: str) -> bool:
    return not any(_meaningful(t.group(0).strip(".")) for t in _TOKEN.finditer(text))


def _add(text: str, spans: list[Span], span: Span, ends: frozenset[int]) -> None:
    """Add ``span``, joined to the one before when only filler stands between them, unless
    that one ends at one of ``ends`` ("Firma Müller GmbH, dass Jonas …": the organisation
    written to is a piece of its own, the "dass" clause a sentence of the letter)."""
    between = text[spans[-1][1] : span[0]] if spans else ""
    before_clause = spans and spans[-1][1] in ends and DASS.search(between) is not None
    if spans and "\n" not in between and _only_filler(between) and not before_clause:
        spans[-1] = (spans[-1][0], span[1])
    else:
        spans.append(span)


# "Zu 2) bitte Arbeitskleidung mitbringen", "re 1: …": what a piece says refers to an item of
# a numbered list, and is carried with that reference, never as "2)" apart from it.
_REFERENCE = r"\b(?:zu|re|to|ad)[ \t]+(?:punkt[ \t]+|item[ \t]+)?"
_REFERRED = re.compile(_REFERENCE + r"\d{1,2}[.):]?[ \t]*$", re.IGNORECASE)
_REFERRING = re.compile(_REFERENCE + r"$", re.IGNORECASE)  # the piece starts with the number
_ITEM_NUMBER = re.compile(r"\d{1,2}[.):]")


def _referred(text: str, span: Span) -> Span:
    """``span`` widened to the left over a reference to a list item typed right before it."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    pattern = _REFERRING if _ITEM_NUMBER.match(text, span[0]) else _REFERRED
    found = pattern.search(text, line_start, span[0])
    return (found.start(), span[1]) if found else span


def leftover(
    text: str,
    consumed: list[Span],
    draft: str,
    forced: list[Span] | None = None,
    heads: list[Span] | None = None,
    apart: Span | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[str]:
    """The words of ``text`` the draft lacks, as typed, in reading order; pieces with only
    filler between them stay one ("Bitte den Hintereingang nutzen, die Tür ist defekt").
    Words inside ``forced`` spans count as lacking even when the draft holds them. With
    ``heads`` (the request's addressee and purpose words), a fragment of a sentence is carried
    as its whole sentence (see :func:`_whole`). ``apart``: the organisation the request
    writes to by name, carried as a piece of its own. ``breaks``: ends of what stands before
    an order to write ("…, schreib ihm bitte, dass …"), never joined to the clause after it."""
    spans: list[Span] = []
    ends = frozenset([apart[1]] if apart else []) | breaks
    for part in _PART.finditer(text):
        for span in _lacking_spans(text, part, consumed, draft, forced or []):
            _add(text, spans, span, ends)
    if heads is not None:
        spans = _whole(text, spans, heads)
    spans = [_referred(text, span) for span in spans]
    carried: list[str] = []
    for start, end in spans:
        line = _BULLET.sub("", text[start:end].strip()).strip(" \t,;:")
        if line and line not in carried:
            carried.append(line)
    return carried


# A sentence ends at a line break, a label's colon, or a full stop before a capital letter
# that no short word or number owns (as in _PART).
_SENTENCE_END = re.compile(
    r"\n|:\s|(?<!\b[^\W\d])(?<!\b[^\W\d]{2})(?<!\b\d)(?<!\b\d\d)[.!?](?=\s+[A-ZÄÖÜ]|\s*$)"
)
_FRAGMENT_TOKENS = 5  # "holen", "bin krank", "schauen wir sie vorher nochmal"
_SENTENCE_TOKENS = 20  # a longer sentence is widened to the clause only
_CLAUSE_END = re.compile(r"[,;]")


def _bounds(text: str, span: Span, ends: re.Pattern[str]) -> Span:
    """The stretch of ``text`` around ``span`` between two matches of ``ends``."""
    start = 0
    for match in ends.finditer(text, 0, span[0]):
        start = match.end()
    after = ends.search(text, span[1])
    return start, after.start() if after else len(text)


def _fragment(text: str, span: Span) -> bool:
    """A piece of a sentence that reads as no phrase of its own: a few words, the first in
    lower case (a verb, an adverb: "holen", "bin krank", "spätestens"), no number."""
    tokens = [t.group(0) for t in _TOKEN.finditer(text, *span)]
    return (
        0 < len(tokens) <= _FRAGMENT_TOKENS
        # "Wir holen": a clause's subject, taken along by clause_opening, opens it
        and (tokens[0][:1].islower() or tokens[0].lower() in SUBJECTS)
        and not any(ch.isdigit() for token in tokens for ch in token)
    )


def _whole(text: str, spans: list[Span], heads: list[Span]) -> list[Span]:
    """Each fragment widened to its sentence ("Wir holen es am Donnerstag, 14.01., um 10 Uhr
    nach"), or to its clause when the sentence is long or holds the request's head ("Mail an
    Frau X", "fällt aus"), which is never carried; overlapping pieces become one."""
    widened: list[Span] = []
    for span in spans:
        if _fragment(text, span):
            for ends in (_SENTENCE_END, _CLAUSE_END):
                start, end = _bounds(text, span, ends)
                if ends is _CLAUSE_END:
                    start, end = (
                        max(start, _bounds(text, span, _SENTENCE_END)[0]),
                        min(end, _bounds(text, span, _SENTENCE_END)[1]),
                    )
                long = len(_TOKEN.findall(text, start, end)) > _SENTENCE_TOKENS
                if not long and not _covered(start, end, heads):
                    span = (start, end)
                    break
        if widened and span[0] < widened[-1][1]:
            widened[-1] = (min(widened[-1][0], span[0]), max(widened[-1][1], span[1]))
        else:
            widened.append(span)
    return widened
