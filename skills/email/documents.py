"""Documents a request asks for: listed after "Unterlagen:" or named anywhere in the text,
each as typed (with what belongs to it: "letztes Zeugnis", "Kopie vom Aufenthaltstitel") and
with its kind when it is a known one."""

from __future__ import annotations

import re

from skills.email.items import items_of
from skills.email.model import Listed
from skills.email.words import words

_F = re.IGNORECASE
_DOCUMENTS_LABEL = re.compile(
    r"\b(?:unterlagen|dokumente|documents|nachweise|mitbringen|mitzubringen|to\s+bring)\b"
    # a clock time's colon ("um 15:30 mit") is no label's colon
    r"(?:[^:\n]|(?<=\d):(?=\d\d)){0,60}:(?!\d\d)[ \t]*(?P<rest>[^\n]*)",
    _F,
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
        items = items_of(rest, r"\s*(?:,|;|\bund\b|\bsowie\b|\band\b)\s*")
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


_NEXT_WORD = re.compile(r"[ \t]+([\wäöüß]+)")


def _event_follows(text: str, end: int) -> bool:
    """ "CV workshop", "Lebenslauf Check-Training": the document names the event after it."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and words().event_noun.fullmatch(after[1]) is not None


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
            named = _names_an_event(text[span[0] : span[1]]) or _event_follows(text, span[1])
            if span not in hits and not named:
                whole = text[span[0] : span[1]]
                hits[span] = key if re.fullmatch(pattern, whole, _F) else None
    for match in words().document_word.finditer(text):
        whole = text[slice(*_word_at(text, *match.span()))]
        if match.group(0).lower() in words().filler or _names_an_event(whole):
            continue
        if _event_follows(text, _word_at(text, *match.span())[1]):
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
        written = _declined(text, start, text[start:end])
        if _negated(text, start, end):
            continue  # "Lebenslauf muss nicht mitgebracht werden": not asked for
        if written.lower() not in seen and not _inside(start, end, hits):
            seen.add(written.lower())
            result.append(Listed(written, known))
    return result


# What a document is of or from belongs to it: "Zeugnis vom Halbjahr", "Zeugnis der 10. Klasse".
_OF_WHAT = re.compile(
    r"[ \t]+(?:vom|von\s+der|von\s+dem|der|des|aus\s+der|aus\s+dem)[ \t]+(?:\d{1,2}\.[ \t]*)?"
    r"(?:(?!(?:Frau|Herrn?|Hr|Fr)\b)(?-i:[A-ZÄÖÜ])[\wäöüß-]+"
    # "Kontoauszüge der letzten 3 Monate", "Nachweise der vergangenen zwei Jahre"
    r"|(?:letzten|vergangenen|beiden|drei|zwei)[ \t]+(?:\d{1,2}[ \t]+|drei[ \t]+|sechs[ \t]+"
    r"|zwölf[ \t]+)?(?-i:[A-ZÄÖÜ])[\wäöüß-]+)"
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


# The article before an adjective the document's name starts with: the list item drops it, so
# the adjective takes the ending it has without one ("das letzte Zeugnis" → "letztes Zeugnis",
# "die letzten Zeugnisse" → "letzte Zeugnisse").
_ARTICLE_BEFORE = re.compile(r"\b(das|der|die|den)\s+$", re.IGNORECASE)
_WEAK_ENDING = re.compile(r"^([a-zäöüß]{3,}e)(n?)(?=\s)")


def _declined(text: str, start: int, written: str) -> str:
    article = _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    adjective = _WEAK_ENDING.match(written)
    if article is None or adjective is None or adjective.group(1) in words().filler:
        return written
    stem, plural, said = adjective.group(1), adjective.group(2), article.group(1).lower()
    if plural:
        # "die letzten Zeugnisse" → "letzte Zeugnisse", "den aktuellen Lebenslauf" →
        # "aktueller Lebenslauf"
        ending = {"die": "", "den": "r"}.get(said)
    else:
        ending = {"das": "s", "der": "r", "die": ""}.get(said)
    if ending is None:
        return written
    return stem + ending + written[adjective.end() :]


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
