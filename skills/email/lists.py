"""Lists in a request: agreed steps, requested documents, bullet lines; names scrubbed out."""

from __future__ import annotations

import re

from skills.email.model import Listed

_F = re.IGNORECASE
BULLET = re.compile(r"^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+(?P<item>.+?)[ \t]*$", re.MULTILINE)
_STEPS_LABEL = re.compile(
    r"\b(?:nächste[n]?\s+schritte|schritte|vereinbart|vereinbarungen|next\s+steps|steps|agreed"
    r"|action\s+items)\b[^:\n]{0,30}:[ \t]*(?P<rest>[^\n]*)",
    _F,
)
_DOCUMENTS_LABEL = re.compile(
    r"\b(?:unterlagen|dokumente|documents|nachweise)\b[^:\n]{0,30}:[ \t]*(?P<rest>[^\n]*)", _F
)
# A sentence after the list ends it ("... Zeugnisse. Bitte bis Freitag."), abbreviations aside.
_SENTENCE_END = re.compile(r"(?<!\b\w)\.\s+(?=[A-ZÄÖÜ])")
_NAME = re.compile(
    r"\b(?P<title>Herrn?|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?|Miss)\s+(?:Dr\.\s+)?"
    r"[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)?"
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


def scrub_names(text: str) -> str:
    """Replace "Frau Müller" and the like by "Frau [Name]": client names stay out of drafts."""
    return _NAME.sub(lambda m: f"{m['title']} [Name]", text)


def _until_sentence_end(rest: str) -> str:
    return _SENTENCE_END.split(rest, maxsplit=1)[0]


def _items(rest: str, splitter: str) -> list[str]:
    rest = _until_sentence_end(rest)
    parts = re.split(splitter, rest)
    return [scrub_names(part.strip(" .;,")) for part in parts if part.strip(" .;,")]


def labelled_steps(text: str) -> list[str]:
    """Steps after "Schritte:"/"vereinbart:" on the same line."""
    found: list[str] = []
    for match in _STEPS_LABEL.finditer(text):
        rest = match["rest"]
        found += _items(rest, r"\s*;\s*" if ";" in rest else r"\s*,\s*")
    return found


def bullets(text: str) -> list[str]:
    return [scrub_names(match["item"]) for match in BULLET.finditer(text)]


def _known(item: str) -> str | None:
    for key, pattern in _DOCUMENTS:
        if re.fullmatch(pattern, item.strip(), _F):
            return key
    return None


def as_documents(items: list[str]) -> list[Listed]:
    return [Listed(item, _known(item)) for item in items]


def labelled_documents(text: str) -> list[Listed]:
    """Documents after "Unterlagen:" on the same line."""
    found: list[str] = []
    for match in _DOCUMENTS_LABEL.finditer(text):
        found += _items(match["rest"], r"\s*(?:,|;|\bund\b|\bsowie\b|\band\b)\s*")
    return as_documents(found)


def mentioned_documents(text: str) -> list[Listed]:
    """Known documents named anywhere in ``text``, in order, each once."""
    hits: list[tuple[int, str, str]] = []
    for key, pattern in _DOCUMENTS:
        for match in re.finditer(pattern, text, _F):
            if all(match.start() >= end or match.end() <= start for start, end in _spans(hits)):
                hits.append((match.start(), key, match.group(0)))
    hits.sort()
    seen: set[str] = set()
    result: list[Listed] = []
    for _, key, written in hits:
        if key not in seen:
            seen.add(key)
            result.append(Listed(written, key))
    return result


def _spans(hits: list[tuple[int, str, str]]) -> list[tuple[int, int]]:
    return [(start, start + len(written)) for start, _, written in hits]


def strip_lists(text: str) -> str:
    """The request without bullet lines and steps sections: what is left speaks about the email."""
    text = BULLET.sub("", text)
    # only the list itself: "Vereinbart: A; B. Nächster Termin am 10.2." keeps the last sentence
    return _STEPS_LABEL.sub(lambda m: m["rest"][len(_until_sentence_end(m["rest"])) :], text)
