"""Detectors for numbers with a structure we can verify: IBAN, tax ID, pension number, phone.

Checksums come from python-stdnum where it has them; the German pension insurance number
(Rentenversicherungsnummer) is not in stdnum 2.2, so its check digit is computed here.
"""

from __future__ import annotations

import re

from phonenumbers import Leniency, PhoneNumberMatcher
from stdnum import iban
from stdnum.de import idnr

from bot.policy.pii_types import Finding, PiiKind, finding

# Country code, check digits, then 11-30 alphanumerics, optionally in groups separated by spaces
# (one character per step, so the pattern cannot backtrack badly).
_IBAN = re.compile(r"(?<![\w])[A-Za-z]{2}[ ]?\d{2}(?:[ ]?[A-Za-z0-9]){11,30}(?!\w)")
# After an "IBAN" label a German IBAN counts even with a typo in it: the checksum is evidence,
# not a gate, and a mistyped IBAN is still someone's account.
_LABELLED_IBAN = re.compile(
    r"(?i:iban)[ \t]*:?[ \t]*(?P<iban>[Dd][Ee][ ]?\d{2}(?:[ ]?\d){18})(?!\w)"
)
# Steuer-IdNr.: 11 digits, written plain or as "12 345 678 901" (one separator kind).
_TAX_ID = re.compile(
    r"(?=\d)(?<![\w./-])\d{2}(?P<sep>[ ./-]?)\d{3}(?P=sep)\d{3}(?P=sep)\d{3}(?![\w])"
)
# Rentenversicherungsnummer: area (2 digits), birth date DDMMYY, initial of the birth name,
# serial (2 digits), check digit; written plain or as "65 170839 J 003".
_PENSION = re.compile(
    r"(?=\d)(?<![\w])(?P<area>\d{2})[ ]?(?P<birth>\d{6})[ ]?(?P<letter>[A-Za-z])[ ]?"
    r"(?P<serial>\d{2})[ ]?(?P<check>\d)(?![\w])"
)
_PENSION_WEIGHTS = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
_PHONE_REGION = "DE"
# The phone matcher is the slowest detector (about 0.2 ms per number found): run it only when a
# digit run could be a number, and cap the candidates it examines so that a pathological message
# ("1 1 1 ...", 20,000 characters) costs about 10 ms instead of 80 ms. A dense 20,000-character
# text with 100 phone numbers and 500 other digit groups stays well under the cap.
_PHONE_HINT = re.compile(r"\d[\d \t()/.-]{4,}\d")
_PHONE_MAX_TRIES = 1500
# libphonenumber accepts some dates as numbers ("05.02.2027" is a valid 0502 number).
_DATE_LIKE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})")


def find_ibans(text: str) -> list[Finding]:
    """IBANs whose ISO 7064 checksum (and, where stdnum knows it, national format) is valid."""
    found = []
    for match in _IBAN.finditer(text):
        start, candidate = match.start(), match.group()
        # The pattern may run into a following group ("... 00 BIC"): drop groups until valid.
        while len(candidate.replace(" ", "")) >= 15:
            if iban.is_valid(candidate):
                found.append(finding(PiiKind.IBAN, text, start, start + len(candidate)))
                break
            if " " not in candidate:
                break
            candidate = candidate.rsplit(" ", 1)[0]
    found.extend(
        finding(PiiKind.IBAN, text, match.start("iban"), match.end("iban"))
        for match in _LABELLED_IBAN.finditer(text)
    )
    return found


def find_tax_ids(text: str) -> list[Finding]:
    """German tax identification numbers with a valid check digit."""
    return [
        finding(PiiKind.TAX_ID, text, match.start(), match.end())
        for match in _TAX_ID.finditer(text)
        if idnr.is_valid(match.group())
    ]


def pension_check_digit(digits: str, letter: str) -> int:
    """Check digit of a Rentenversicherungsnummer (first 8 digits, letter, 2-digit serial).

    The letter becomes its two-digit position in the alphabet; the 12 digits are weighted
    2,1,2,5,7,1,2,1,2,1,2,1, the digit sums of the products added, the total taken mod 10.
    """
    position = ord(letter.upper()) - ord("A") + 1
    sequence = digits[:8] + f"{position:02d}" + digits[8:]
    total = 0
    for digit, weight in zip(sequence, _PENSION_WEIGHTS, strict=True):
        product = int(digit) * weight
        total += product // 10 + product % 10
    return total % 10


def find_pension_numbers(text: str) -> list[Finding]:
    """Social insurance (pension) numbers with a valid check digit."""
    found = []
    for match in _PENSION.finditer(text):
        digits = match["area"] + match["birth"] + match["serial"]
        if pension_check_digit(digits, match["letter"]) == int(match["check"]):
            found.append(finding(PiiKind.SOCIAL_INSURANCE, text, match.start(), match.end()))
    return found


def find_phone_numbers(text: str) -> list[Finding]:
    """Phone numbers that libphonenumber considers valid (German numbering by default)."""
    if not _PHONE_HINT.search(text):
        return []
    matches = PhoneNumberMatcher(
        text, _PHONE_REGION, leniency=Leniency.VALID, max_tries=_PHONE_MAX_TRIES
    )
    return [
        finding(PiiKind.PHONE, text, match.start, match.end)
        for match in matches
        if not _DATE_LIKE.match(match.raw_string)
    ]
