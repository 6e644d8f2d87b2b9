"""E-mail addresses, and customer or case numbers recognised by the label written before them."""

from __future__ import annotations

import re

from bot.policy.pii_types import Finding, PiiKind, finding

_EMAIL = re.compile(
    r"(?<![\w.%+-])[\w.%+-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)*\.[^\W\d_]{2,}"
    r"(?![\w-])"
)

# Words that become "...nummer", "...-Nr.": "Fallnummer", "Akten-Nr.".
_NUMBER_STEMS = (
    "fall", "vorgangs", "akten", "mitglieds", "versicherten", "matrikel", "teilnehmer",
    "personal", "referenz", "kundinnen", "klienten",
)  # fmt: skip
# Labels of customer, case and file numbers (Jobcenter, Agentur für Arbeit, schools, insurers),
# as regex alternatives that each start with a plain lower-case letter.
_NUMBER_LABELS = (
    r"kunden-?(?:nummer|nr\.?)",
    r"kd\.?[ -]?nr\.?",
    r"kd\.?-nr\.?",
    r"bg[ -]?(?:nummer|nr\.?)",
    r"knr\.?",
    r"kdnr\.?",
    r"bedarfsgemeinschafts-?(?:nummer|nr\.?)",
    r"aktenzeichen",
    r"az\.",
    r"gesch(?:äfts|\.)-?zeichen",
    *(rf"{stem}-?(?:nummer|nr\.?)" for stem in _NUMBER_STEMS),
)
_LABEL_INITIALS = "".join(sorted({label[0] for label in _NUMBER_LABELS}))
# After the label: separators or a verb ("Kundennummer: ...", "Az. lautet ...").
# The leading lookahead lets the regex engine skip quickly to possible label starts.
_LABEL = re.compile(
    rf"(?=[{_LABEL_INITIALS}])(?<![^\W\d_])(?:{'|'.join(_NUMBER_LABELS)})"
    r"(?:[ \t]*(?::|#|=|-|lautet|ist))*[ \t]*",
    re.IGNORECASE,
)
# The number: alphanumerics with ./- inside; further space-separated parts only while they
# contain a digit, allowing a short letter code between ("4 K 123/24").
_VALUE = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9./-]|[ ](?=(?:[A-Z]{1,3}[ ])?[A-Za-z./-]*\d))*[A-Za-z0-9]"
)
_MIN_VALUE_LENGTH = 3


# Written-out addresses: "anna (at) web (punkt) de", "anna at web dot de", "anna[ät]gmx.net".
_AT = r"(?:[ \t]*[(\[{<][ \t]*(?:at|ät|@)[ \t]*[)\]}>][ \t]*|[ \t]+(?:at|ät)[ \t]+|[ \t]*@[ \t]*)"
_DOT = (
    r"(?:[ \t]*[(\[{<][ \t]*(?:dot|punkt|pkt|\.)[ \t]*[)\]}>][ \t]*"
    r"|[ \t]+(?:dot|punkt)[ \t]+|[ \t]?\.[ \t]?)"
)
# Written-out addresses end in a common top-level domain, so "at home. That" is no address.
_TLD = r"(?:de|com|net|org|eu|info|at|ch|nl|be|fr|it|es|pl|tr|uk|io|co|biz|online|email|nrw)"
_OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.%+-])[\w%+-]+(?:\.[\w%+-]+)*{_AT}[^\W_][\w-]*(?:{_DOT}[^\W_][\w-]*)*?"
    rf"{_DOT}{_TLD}(?![\w-])",
    re.IGNORECASE,
)
# Only a text with one of these is searched for a written-out address.
_OBFUSCATION_HINTS = (
    "(at",
    "[at",
    "{at",
    "<at",
    "(ät",
    "[ät",
    " at ",
    " ät ",
    " @",
    "@ ",
    "( ",
    "[ ",
)
_FINAL_DOT = re.compile(r"[ \t]*[(\[{<]?[ \t]*(?:dot|punkt|pkt)[ \t]*[)\]}>]?[ \t]*$", re.I)


def find_emails(text: str) -> list[Finding]:
    """E-mail addresses, also written out to fool a filter ("anna (at) web (punkt) de")."""
    found = []
    if "@" in text:
        found = [finding(PiiKind.EMAIL, text, m.start(), m.end()) for m in _EMAIL.finditer(text)]
    lowered = text.lower()
    if any(hint in lowered for hint in _OBFUSCATION_HINTS):
        for match in _OBFUSCATED_EMAIL.finditer(text):
            if "@" in match.group() and _EMAIL.fullmatch(match.group()):
                continue  # a plain address, found above
            found.append(finding(PiiKind.EMAIL, text, match.start(), match.end()))
    return found


# Numbers recognisable without a label: the Bundesagentur's customer number ("123D456789")
# and the Jobcenter's BG number ("12345BG0012345").
# The first digit comes before the look-behind so that the regex engine can skip to digits.
_STRUCTURED = re.compile(
    r"\d(?<!\w\d)(?:\d{2}[A-Za-z]\d{6}|\d{4}[ ]?BG[ ]?\d{7})(?![\w])", re.IGNORECASE
)


def find_customer_numbers(text: str) -> list[Finding]:
    """Values written after a label such as "Kundennummer", "BG-Nummer" or "Az.".

    The finding covers the value only, so a pseudonymiser keeps the label readable.
    """
    found = []
    for label in _LABEL.finditer(text):
        value = _VALUE.match(text, label.end())
        if value is None:
            continue
        raw = value.group()
        if len(raw) >= _MIN_VALUE_LENGTH and any(char.isdigit() for char in raw):
            found.append(finding(PiiKind.CUSTOMER_NUMBER, text, value.start(), value.end()))
    found.extend(
        finding(PiiKind.CUSTOMER_NUMBER, text, match.start(), match.end())
        for match in _STRUCTURED.finditer(text)
    )
    return found
