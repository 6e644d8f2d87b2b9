"""Lists in a request: agreed steps, requested documents, bullet lines, kept as typed."""

from __future__ import annotations

import re

from skills.email.model import Listed
from skills.email.words import words

_F = re.IGNORECASE
BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?P<item>.+?)[ \t]*$", re.MULTILINE)
_STEPS_LABEL = re.compile(
    r"\b(?:nächste[n]?\s+schritte|schritte|vereinbart|vereinbarungen|next\s+steps|steps|agreed"
    r"|action\s+items)\b(?:[^:\n]{0,30}:|[ \t]+[-–—](?=[ \t]))[ \t]*(?P<rest>[^\n]*)",
    _F,
)
_DOCUMENTS_LABEL = re.compile(
    r"\b(?:unterlagen|dokumente|documents|nachweise|mitbringen|mitzubringen|to\s+bring)\b"
    # a clock time's colon ("um 15:30 mit") is no label's colon
    r"(?:[^:\n]|(?<=\d):(?=\d\d)){0,60}:(?!\d\d)[ \t]*(?P<rest>[^\n]*)",
    _F,
)
# A sentence after the list ends it ("... Zeugnisse. Bitte bis Freitag."), abbreviations aside.
# "Müller & Söhne GmbH & Co. KG", "Nr. 5": the dot of an abbreviation ends no sentence either.
_SENTENCE_END = re.compile(
    r"(?<!\b\w)(?<!\bCo)(?<!\bNr)(?<!\bStr)(?<!\bInc)(?<!\bLtd)(?<!\bca)(?<!\bjun)"
    r"\.\s+(?=[A-ZÄÖÜ])"
)
# Known documents: (key, pattern); more specific before more general.
_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("application", r"bewerbungsunterlagen|bewerbungsmappe|application\s+(?:documents|pack)"),
    ("job_references", r"arbeitszeugnis(?:se)?|employment\s+references?"),
    (
        "internship",
        r"praktikums(?:bescheinigung|nachweis|zeugnis)(?:se|en)?|internship\s+certificates?",
    ),
    ("cv", r"lebenslauf|lebensläufe|\bcv\b|résumé|\bresume\b|curriculum\s+vitae"),
    ("cover_letter", r"anschreiben|cover\s+letter"),
    ("school_certificates", r"(?:schul|abschluss)?zeugnis(?:se)?|school\s+reports?|certificates?"),
    ("residence_permit", r"aufenthaltstitel|aufenthaltserlaubnis|residence\s+permit"),
    ("id", r"personalausweis|ausweis(?:dokument)?|reisepass|passport|\bid\s+card|identity\s+card"),
    ("proofs", r"nachweise|bescheinigungen|zertifikate|proof\s+of\s+\w+"),
)


def _until_sentence_end(rest: str) -> str:
    return _SENTENCE_END.split(rest, maxsplit=1)[0]


# "Stahl & Co.", "Müller GmbH & Co. KG": the dot of an abbreviation stays with the item, and
# so does the closing dot of a date ("bis 22.01."): without it the date is no date.
_ABBREVIATED = re.compile(
    r"\b(?:Co|Nr|Str|Inc|Ltd|e\.V|gGmbH|Corp)\.$|(?<![\d.])\d{1,2}\.\d{1,2}\.$"
)


def _item(part: str) -> str:
    item = part.strip(" \t;,")
    if _ABBREVIATED.search(item):
        return item
    return item.strip(" .;,")


# A suspended compound ("Vorder- und Rückseite", "Kranken- und Pflegekasse") is one item.
_SUSPENDED = re.compile(r"\w-\s*$")


def _split_outside_brackets(rest: str, splitter: str) -> list[str]:
    """``rest`` split at ``splitter``, but never inside brackets ("Personalausweis (Vorder-
    und Rückseite)") nor after a suspended compound's hyphen."""
    parts: list[str] = []
    depth = start = 0
    position = 0
    pattern = re.compile(splitter)
    while position < len(rest):
        char = rest[position]
        depth += {"(": 1, ")": -1}.get(char, 0)
        match = pattern.match(rest, position) if depth <= 0 else None
        if match and match.end() > position and not _SUSPENDED.search(rest[start:position]):
            parts.append(rest[start:position])
            start = position = match.end()
            continue
        position += 1
    parts.append(rest[start:])
    return parts


def _items(rest: str, splitter: str) -> list[str]:
    rest = _until_sentence_end(rest)
    parts = _split_outside_brackets(rest, splitter)
    return [_item(part) for part in parts if part.strip(" .;,")]


def labelled_steps(text: str) -> list[str]:
    """Steps after "Schritte:"/"vereinbart:" on the same line."""
    found: list[str] = []
    for match in _STEPS_LABEL.finditer(text):
        rest = match["rest"]
        numbered = inline_steps(rest)  # "vereinbart: 1) Lebenslauf bis 5.3. 2) Anschreiben …"
        if numbered:
            found += [item for item, _ in numbered]
        else:
            items = _items(rest, r"\s*;\s*" if ";" in rest else r"\s*,\s*")
            # the sentences after the first on the label's line are agreed too, one step each;
            # the next meeting among them stays an appointment
            later = [_item(part) for part in _SENTENCE_END.split(rest)[1:]]
            found += _with_details(items)
            found += [part for part in later if part and not _NEXT_MEETING.search(part)]
    return found


# A comma part that only says when or where ("Start 26.01.", "10–12 Uhr", "Raum 104 (Altbau)")
# belongs to the step before it, not a step of its own.
_DETAIL = re.compile(
    r"^(?:(?:start|beginn|ende|ab|am|um|von|bis|jeweils|immer|raum|zimmer|zi\.|uhr|h|"
    r"\d{1,2}(?:[.:]\d{1,2})*\.?(?:[-–]\d{1,2}(?:[.:]\d{2})?)?|\([^)]*\))\s*)+$",
    _F,
)


def _with_details(items: list[str]) -> list[str]:
    joined: list[str] = []
    for item in items:
        if joined and _DETAIL.match(item + " "):
            joined[-1] = f"{joined[-1]}, {item}"
        else:
            joined.append(item)
    return joined


_INLINE_MARK = re.compile(r"(?:^|(?<=[\s,;:]))(?P<n>[1-9])[.)][ \t]+(?=\D)")
# The next meeting among the steps stays an appointment: "nächster Termin …", "wir uns am 03.02.
# wieder treffen", "we meet again on …".
_NEXT_MEETING = re.compile(
    r"nächste[rn]?\s+termin|folgetermin|next\s+(?:appointment|meeting)"
    r"|\b(?:sehen|treffen)\s+uns\b|\buns\b.*\bwieder\s+(?:sehen|treffen)|\bmeet\s+again\b",
    _F,
)
# "… bewirbst und": the word that joins a step to the next is no part of it
_JOINING = re.compile(r"[\s,;]+(?:und|and|sowie)$", _F)


def _numbered(text: str) -> list[re.Match[str]]:
    """The marks of a list numbered within a line from 1 on ("1. …, 2. …"); a lone "6." ("nach
    der 6. Stunde") or "2)" ("(hamet 2)") is no list mark."""
    marks = [m for m in _INLINE_MARK.finditer(text) if "\n" not in text[: m.start()][-1:]]
    numbered = [m for i, m in enumerate(marks) if int(m["n"]) == i + 1]
    return numbered if len(numbered) >= 2 else []


def inline_steps(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Steps numbered within a line ("1. Bewerbung schreiben, 2. Praktikum suchen"), each
    with its span; the next appointment among them stays a date, not a step."""
    numbered = _numbered(text)
    if not numbered:
        return []
    found = []
    for index, mark in enumerate(numbered):
        end = numbered[index + 1].start() if index + 1 < len(numbered) else len(text)
        line_end = text.find("\n", mark.end())
        if index + 1 == len(numbered) and line_end != -1:
            end = line_end
        if index + 1 == len(numbered):  # the last step ends with its sentence
            end = mark.end() + len(_until_sentence_end(text[mark.end() : end]))
        item = _JOINING.sub("", _item(text[mark.end() : end]))
        if item and not _NEXT_MEETING.search(item):
            found.append((item, (mark.start(), end)))
    return found


# The first colon that ends a label ("… after our meeting on 8 January:"), not one of a time.
_LABEL_END = re.compile(r":[ \t]+(?=\S)")  # "11:30" has no blank after its colon
# "Gespräch vom 08.01.": the meeting the follow-up is about, not a step
_MEETING_REF = re.compile(r"\b(?:gespräch|treffen|termin|meeting|session)\b.*\d", _F)
_CLAUSE = re.compile(r"[^,;\n]+")
_MIN_STEP_WORDS = 2


def clause_steps(text: str) -> list[tuple[str, tuple[int, int]]]:
    """A follow-up's steps written as clauses after its first colon ("…: she applies to three
    bakeries by 22 January, I check her CV, next appointment …"), each with its span; the next
    appointment stays a date, not a step."""
    colon = _LABEL_END.search(text)
    if colon is None:
        return []
    line_end = text.find("\n", colon.end())
    rest_end = len(text) if line_end == -1 else line_end
    found = []
    for clause in _CLAUSE.finditer(text, colon.end(), rest_end):
        item = _item(clause.group(0))
        if len(item.split()) < _MIN_STEP_WORDS or _NEXT_MEETING.search(item):
            continue
        if _MEETING_REF.search(item):
            continue
        start = clause.start() + clause.group(0).index(item)
        found.append((item, (start, start + len(item))))
    return found


def markers(text: str) -> list[tuple[int, int]]:
    """Where list markers ("- ", "2. ") stand: formatting, never a fact."""
    found = [(m.start(), m.start("item")) for m in BULLET.finditer(text)]
    return found + [m.span() for m in _numbered(text)]


def bullets(text: str) -> list[str]:
    return [match["item"] for match in BULLET.finditer(text)]


def _known(item: str) -> str | None:
    for key, pattern in _DOCUMENTS:
        if re.fullmatch(pattern, item.strip(), _F):
            return key
    return None


def as_documents(items: list[str]) -> list[Listed]:
    return [Listed(item, _known(item)) for item in items]


def labelled_documents(text: str) -> list[Listed]:
    """Documents after "Unterlagen:" on the same line; a label followed by a sentence that
    names no document ("Unterlagen anfordern: Herr Kuhn soll …") lists none."""
    found: list[str] = []
    for match in _DOCUMENTS_LABEL.finditer(text):
        # "…, Zeugnis bis 12.02.": the deadline is the draft's own line, not part of a name
        rest = _DUE_TAIL.sub("", match["rest"])
        items = _items(rest, r"\s*(?:,|;|\bund\b|\bsowie\b|\band\b)\s*")
        named = any(_known(item) or words().document_word.search(item) for item in items)
        if not named and any(len(item.split()) > 2 for item in items):
            continue  # a sentence, not a list of things to bring
        found += items
    return as_documents(found)


_DUE_TAIL = re.compile(
    r"\s*,?\s*(?:\b(?:bis|spätestens|by|until|no\s+later\s+than)\b|\bfrist\b).*$", _F
)


def _word_at(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return start, end


def _names_an_event(word: str) -> bool:
    """ "Berufswahlpass-Workshop", "Lebenslauf-Training": an event named after a document."""
    *head, last = word.split("-")
    return bool(head) and words().event_noun.fullmatch(last) is not None


# A link or an email address names no document: "www.bz-hamm.de/formulare",
# "zeugnisse@schule.de"
_LINK_OR_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _F)


# The name of a place after its kind: "Kita Regenbogen", "Praxis am Markt"
_BUSINESS_BEFORE = re.compile(
    r"\b(?:kita|kindergarten|kindertagesstätte|firma|praxis|salon|hotel|restaurant|café|cafe"
    r"|autohaus|bäckerei|apotheke|schule|zentrum|verein|haus|heim|klinik|studio|laden)"
    r"[ \t]+$",
    re.IGNORECASE,
)


def mentioned_documents(text: str) -> list[Listed]:
    """Documents named anywhere in ``text``, each as typed (the whole word: a
    "Schwerbehindertenausweis" is not a "Personalausweis"), in order, each once."""
    text = _LINK_OR_ADDRESS.sub(lambda found: " " * len(found.group(0)), text)
    hits: dict[tuple[int, int], str | None] = {}
    for key, pattern in _DOCUMENTS:
        for match in re.finditer(pattern, text, _F):
            span = _word_at(text, *match.span())
            if span not in hits and not _names_an_event(text[span[0] : span[1]]):
                whole = text[span[0] : span[1]]
                hits[span] = key if re.fullmatch(pattern, whole, _F) else None
    for match in words().document_word.finditer(text):
        whole = text[slice(*_word_at(text, *match.span()))]
        if match.group(0).lower() in words().filler or _names_an_event(whole):
            continue
        if _BUSINESS_BEFORE.search(text, 0, match.start()):
            continue  # "Kita Regenbogen": a name that ends like "Anmeldebogen"
        hits.setdefault(match.span(), None)
    seen: set[str] = set()
    result: list[Listed] = []
    for (word_start, word_end), known in sorted(hits.items()):
        start = _with_adjectives(text, word_start, bool(_ENGLISH_DOCUMENT.search(text[:word_end])))
        after = _OF_WHAT.match(text, word_end)  # "Zeugnis vom Halbjahr", "Bescheid vom Jobcenter"
        end = after.end() if after else word_end
        written = text[start:end]
        if _negated(text, start, end):
            continue  # "Lebenslauf muss nicht mitgebracht werden": not asked for
        if written.lower() not in seen and not _inside(start, end, hits):
            seen.add(written.lower())
            result.append(Listed(written, known))
    return result


# What a document is of or from belongs to it: "Zeugnis vom Halbjahr", "Zeugnis der 10. Klasse".
_OF_WHAT = re.compile(
    r"[ \t]+(?:vom|von\s+der|von\s+dem|der|des|aus\s+der|aus\s+dem)[ \t]+(?:\d{1,2}\.[ \t]*)?"
    r"(?!(?:Frau|Herrn?|Hr|Fr)\b)(?-i:[A-ZÄÖÜ])[\wäöüß-]+"
)
# Adjectives before a document belong to it: "letztes Zeugnis", "(ärztliches Attest", and so
# do a language level ("B1 certificate") and, in English, the nouns of a compound ("school
# leaving certificate", "health insurance card").
_ADJECTIVE_BEFORE = re.compile(r"(?:^|[\s(„\"])([a-zäöüß]{3,}(?:e|es|en|er|em))\s+$")
_LEVEL_BEFORE = re.compile(r"(?:^|[\s(„\"])([A-C][12])\s+$")
# "Kopie Aufenthaltstitel", "Kopie vom Zeugnis", "copy of your passport": the copy is what is
# asked for
_COPY_BEFORE = re.compile(
    r"(?:^|[\s(„\"+])((?:kopien?|abschrift|copy|copies)(?:[ \t]+(?:vom|von[ \t]+der|von[ \t]+dem"
    r"|des|der|deines|deiner|ihres|ihrer|of(?:[ \t]+(?:the|your|her|his))?))?)\s+$",
    re.IGNORECASE,
)
_ENGLISH_WORD_BEFORE = re.compile(r"(?:^|[\s(\"])([a-z]{3,})\s+$")
_ENGLISH_DOCUMENT = re.compile(
    r"(?:certificates?|permit|card|letters?|reports?|contract|statement|licen[cs]e|references?)$",
    _F,
)
_MAX_ADJECTIVES = 2


def _with_adjectives(text: str, start: int, english: bool = False) -> int:
    """Where a document's name starts once the words typed before it that belong to it are
    included."""
    for _ in range(_MAX_ADJECTIVES):
        window = max(0, start - 40)
        found = (
            _ADJECTIVE_BEFORE.search(text, window, start)
            or _LEVEL_BEFORE.search(text, window, start)
            or _COPY_BEFORE.search(text, window, start)
        )
        if found is None and english:
            found = _ENGLISH_WORD_BEFORE.search(text, window, start)
        if found is None or found.group(1) in words().filler or found.group(1) in _NOT_ADJECTIVES:
            break
        start = found.start(1)
    return start


_NOT_ADJECTIVES = frozenset(
    (
        "eine",
        "einen",
        "einer",
        "keine",
        "keinen",
        "seine",
        "ihre",
        "ihren",
        "deine",
        "deinen",
        "meine",
        "meinen",
        "unsere",
        "unseren",
        "bitte",
        "sowie",
        "oder",
        "aber",
        "über",
        "unter",
        "the",
        "their",
        "your",
    )
)


_NEGATION = re.compile(r"\b(?:nicht|kein\w*|ohne|nicht\s+mehr|no|not|without|don't)\b", _F)
_CLAUSE_END = re.compile(r"[.;,!?\n]")


def _negated(text: str, start: int, end: int) -> bool:
    """Whether the clause around a mention negates it."""
    before = _CLAUSE_END.split(text[:start])[-1]
    after = _CLAUSE_END.split(text[end:])[0]
    return bool(_NEGATION.search(before) or _NEGATION.search(after))


def _inside(start: int, end: int, hits: dict[tuple[int, int], str | None]) -> bool:
    """A span within a longer one ("Zeugnis" in "Zeugnis der 10. Klasse") is not its own item."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in hits)


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def next_meeting(item: str) -> bool:
    """A list item that names the next meeting ("- nächster Termin 03.02. um 11:15"): the
    appointment the email gives, not a step."""
    return _NEXT_MEETING.search(item) is not None


def _blank_bullet(match: re.Match[str]) -> str:
    # the next meeting stays readable (its date is the appointment); other items are material
    if next_meeting(match["item"]):
        return (
            _blank(match.group(0)[: match.start("item") - match.start()])
            + match.group(0)[match.start("item") - match.start() :]
        )
    return _blank(match.group(0))


def strip_lists(text: str) -> str:
    """The request with bullet lines and steps sections blanked out (positions stay): what is
    left speaks about the email."""
    text = BULLET.sub(_blank_bullet, text)

    def steps(match: re.Match[str]) -> str:
        # only the list itself: "Vereinbart: A; B. Nächster Termin am 10.2." keeps the last
        # sentence
        rest = match["rest"]
        label = len(match.group(0)) - len(rest)
        numbered = inline_steps(rest)
        if numbered:  # the steps only: "3) nächster Termin 12.3." stays the next appointment
            kept = list(match.group(0))
            for start, end in [(0, label)] + [(label + a, label + b) for _, (a, b) in numbered]:
                kept[start:end] = _blank(match.group(0)[start:end])
            return "".join(kept)
        listed = label + len(_until_sentence_end(rest))
        return _blank(match.group(0)[:listed]) + match.group(0)[listed:]

    return _STEPS_LABEL.sub(steps, text)
