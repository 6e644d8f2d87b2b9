"""Types shared by the personal-data detectors."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PiiKind(StrEnum):
    """Kinds of personal data we look for; declaration order is the display order."""

    PERSON_NAME = "person_name"
    EMAIL = "email"
    PHONE = "phone"
    STREET_ADDRESS = "street_address"
    POSTCODE_TOWN = "postcode_town"
    BIRTHDATE = "birthdate"
    IBAN = "iban"
    TAX_ID = "tax_id"
    SOCIAL_INSURANCE = "social_insurance"
    CUSTOMER_NUMBER = "customer_number"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data at ``text[start:end]``.

    ``value`` is the matched text itself, kept only for the pseudonymiser. It must never be
    logged, stored or sent anywhere; it is left out of ``repr`` so that a finding printed in a
    log line or a test failure does not reveal it.
    """

    kind: PiiKind
    start: int
    end: int
    value: str = field(repr=False)

    @property
    def length(self) -> int:
        return self.end - self.start


def finding(kind: PiiKind, text: str, start: int, end: int) -> Finding:
    """A finding for ``text[start:end]`` (the slice becomes its value)."""
    return Finding(kind, start, end, text[start:end])
