"""Personal-data detection in (mostly German) text.

``find_personal_data`` feeds the ``personal_data`` reminder today and a pseudonymiser later.
The findings carry the matched text as ``value`` for that pseudonymiser only: never log, store
or send a value. Detection runs on the normalised text (NFKC, look-alike letters, dashes; see
``pii_normalise``); findings are mapped back, so offsets and values are those of ``text``.
A name found once is then looked for everywhere else in the text (``pii_spread``). Detectors
favour recall where a checksum or a cue confirms the data and stay quiet on everyday phrases
(appointment dates, occupation titles, the bot's own placeholders).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import date

from bot.policy.pii_addresses import find_postcode_towns, find_street_addresses
from bot.policy.pii_dates import find_birthdates
from bot.policy.pii_gazetteer import find_listed_names
from bot.policy.pii_identifiers import find_customer_numbers, find_emails
from bot.policy.pii_names import find_person_names
from bot.policy.pii_normalise import Normalised, normalise
from bot.policy.pii_numbers import (
    find_ibans,
    find_pension_numbers,
    find_phone_numbers,
    find_tax_ids,
)
from bot.policy.pii_organisations import find_organisations
from bot.policy.pii_phones import find_disguised_phone_numbers
from bot.policy.pii_spread import spread_names
from bot.policy.pii_types import Finding, PiiKind, forget_texts

__all__ = ["Finding", "PiiKind", "find_personal_data", "resolve_overlaps"]

_DETECTORS: tuple[Callable[[str], list[Finding]], ...] = (
    find_ibans,
    find_tax_ids,
    find_pension_numbers,
    find_emails,
    find_customer_numbers,
    find_phone_numbers,
    find_disguised_phone_numbers,
    find_street_addresses,
    find_postcode_towns,
    find_organisations,
    find_person_names,
    find_listed_names,
)

# When two findings of equal length overlap, the more specific kind wins: a verified checksum
# beats a label cue, which beats a phone-number guess, which beats a heuristic name.
_SPECIFICITY = {
    kind: rank
    for rank, kind in enumerate(
        (
            PiiKind.IBAN,
            PiiKind.TAX_ID,
            PiiKind.SOCIAL_INSURANCE,
            PiiKind.EMAIL,
            PiiKind.BIRTHDATE,
            PiiKind.CUSTOMER_NUMBER,
            PiiKind.PHONE,
            PiiKind.STREET_ADDRESS,
            PiiKind.POSTCODE_TOWN,
            PiiKind.ORGANISATION,
            PiiKind.PERSON_NAME,
        )
    )
}


def resolve_overlaps(findings: Iterable[Finding]) -> tuple[Finding, ...]:
    """Non-overlapping findings sorted by start: the longest wins, then the most specific."""
    kept: list[Finding] = []  # sorted by start; bisect keeps this fast for long texts
    starts: list[int] = []
    for candidate in sorted(findings, key=lambda f: (-f.length, _SPECIFICITY[f.kind], f.start)):
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        kept.insert(index, candidate)
        starts.insert(index, candidate.start)
    return tuple(kept)


def find_personal_data(text: str, *, today: date | None = None) -> tuple[Finding, ...]:
    """Every piece of personal data found in ``text``, sorted by start and non-overlapping.

    ``today`` decides which dates lie in the past (a date of birth cannot lie in the future);
    it defaults to the current date.
    """
    try:
        return _search(text, today or date.today())
    finally:
        forget_texts()


def _search(text: str, today: date) -> tuple[Finding, ...]:
    normalised = normalise(text)
    seen = normalised.text
    candidates: list[Finding] = find_birthdates(seen, today)
    for detect in _DETECTORS:
        candidates.extend(detect(seen))
    found = resolve_overlaps(_merge_names(candidates))
    found = resolve_overlaps((*found, *spread_names(seen, found)))
    return tuple(_original(text, normalised, f) for f in found)


_MERGED = frozenset({PiiKind.PERSON_NAME, PiiKind.ORGANISATION})


def _merge_names(candidates: list[Finding]) -> list[Finding]:
    """Overlapping name findings become one: "Schüler Jonas" and "Jonas\nKrüger" from two
    detectors are one person, "Jonas\nKrüger"; a name inside an employer's name makes the
    whole an organisation. Other findings are kept as they are."""
    names = sorted((f for f in candidates if f.kind in _MERGED), key=lambda f: f.start)
    merged: list[Finding] = []
    for name in names:
        if merged and name.start < merged[-1].end:
            last = merged[-1]
            kind = (
                PiiKind.ORGANISATION
                if PiiKind.ORGANISATION in (last.kind, name.kind)
                else last.kind
            )
            end = max(last.end, name.end)
            value = (
                last.value + name.value[last.end - name.start :]
                if name.end > last.end
                else last.value
            )
            merged[-1] = Finding(kind, last.start, end, value)
            continue
        merged.append(name)
    return [f for f in candidates if f.kind not in _MERGED] + merged


def _original(text: str, normalised: Normalised, found: Finding) -> Finding:
    if normalised.starts is None:
        return found
    start, end = normalised.original_span(found.start, found.end)
    return Finding(found.kind, start, end, text[start:end])
