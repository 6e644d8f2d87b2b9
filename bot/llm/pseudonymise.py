"""Pseudonymisation for model calls: personal data becomes ``[PERSON_1]``, ``[TELEFON_1]``, …

The mapping lives in one :class:`Pseudonyms` object, in memory, for one request only; it is
never logged or stored. The same value always gets the same placeholder, so the model can
still tell two people apart, and the reply gets the original values back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from bot.policy import Finding, PiiKind

LABELS: Mapping[PiiKind, str] = {
    PiiKind.PERSON_NAME: "PERSON",
    PiiKind.EMAIL: "EMAIL",
    PiiKind.PHONE: "TELEFON",
    PiiKind.STREET_ADDRESS: "ADRESSE",
    PiiKind.POSTCODE_TOWN: "ORT",
    PiiKind.BIRTHDATE: "GEBURTSDATUM",
    PiiKind.IBAN: "IBAN",
    PiiKind.TAX_ID: "STEUER_ID",
    PiiKind.SOCIAL_INSURANCE: "SV_NUMMER",
    PiiKind.CUSTOMER_NUMBER: "KUNDENNUMMER",
    PiiKind.ORGANISATION: "EINRICHTUNG",
}
_KIND_BY_LABEL = {label: kind for kind, label in LABELS.items()}
_PLACEHOLDER = re.compile(r"\[(" + "|".join(LABELS.values()) + r")_(\d{1,4})\]")
# Numbers are compared by their letters and digits only: "0221 123" is "0221/123".
_CODED = frozenset(
    {
        PiiKind.PHONE,
        PiiKind.IBAN,
        PiiKind.TAX_ID,
        PiiKind.SOCIAL_INSURANCE,
        PiiKind.CUSTOMER_NUMBER,
    }
)
_NOT_CODE = re.compile(r"[^0-9A-Za-z]")
# The longest text that can still turn out to be a placeholder while streaming.
_LONGEST = max(len(label) for label in LABELS.values()) + 7


def _key(kind: PiiKind, value: str) -> tuple[PiiKind, str]:
    if kind in _CODED:
        return kind, _NOT_CODE.sub("", value).upper()
    return kind, " ".join(value.split()).casefold()


class Pseudonyms:
    """One request's mapping between personal data and placeholders."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[PiiKind, str], str] = {}
        self._values: dict[str, str] = {}
        self._counts: dict[PiiKind, int] = {}
        self.kinds: set[PiiKind] = set()

    def placeholder(self, kind: PiiKind, value: str) -> str:
        key = _key(kind, value)
        found = self._by_key.get(key)
        if found is None:
            number = self._counts.get(kind, 0) + 1
            self._counts[kind] = number
            found = f"[{LABELS[kind]}_{number}]"
            self._by_key[key] = found
            self._values[found] = value
        self.kinds.add(kind)
        return found

    def mask(self, text: str, findings: Iterable[Finding]) -> str:
        """``text`` with every finding (sorted, non-overlapping, as detected) replaced."""
        parts: list[str] = []
        position = 0
        for finding in findings:
            if finding.start < position:
                continue  # overlapping findings: the first one wins
            parts.append(text[position : finding.start])
            parts.append(self.placeholder(finding.kind, text[finding.start : finding.end]))
            position = finding.end
        parts.append(text[position:])
        return "".join(parts)

    def mask_known(self, text: str) -> str:
        """Replace values this mapping already holds wherever they occur (a safety net for
        text a skill built from the user's words, e.g. extracted facts)."""
        if not self._values:
            return text
        values = sorted(self._values.items(), key=lambda item: -len(item[1]))
        alternatives = "|".join(re.escape(value) for _, value in values if value)
        # Whole words only: the name "Anna" is no reason to touch "Annahme".
        pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
        by_value = {value: placeholder for placeholder, value in values}
        return pattern.sub(lambda match: by_value[match.group(0)], text)

    def restore(self, text: str) -> str:
        """The model's text with our placeholders turned back into the original values."""
        if not self._values:
            return text
        return _PLACEHOLDER.sub(lambda m: self._values.get(m.group(0), m.group(0)), text)

    def restore_data(self, value: Any) -> Any:
        """Restore every string inside a tool call's arguments."""
        if isinstance(value, str):
            return self.restore(value)
        if isinstance(value, list):
            return [self.restore_data(item) for item in value]
        if isinstance(value, dict):
            return {key: self.restore_data(item) for key, item in value.items()}
        return value


def placeholder_kind(placeholder: str) -> PiiKind | None:
    match = _PLACEHOLDER.fullmatch(placeholder)
    return _KIND_BY_LABEL[match.group(1)] if match else None


class StreamRestorer:
    """Restores placeholders in streamed text even when one is split across two chunks."""

    def __init__(self, pseudonyms: Pseudonyms) -> None:
        self._pseudonyms = pseudonyms
        self._pending = ""

    def feed(self, chunk: str) -> str:
        text = self._pending + chunk
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut <= _LONGEST:
            self._pending = text[cut:]  # may be the start of a placeholder: wait for more
            text = text[:cut]
        else:
            self._pending = ""
        return self._pseudonyms.restore(text)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self._pseudonyms.restore(text)
