"""One pass over a user's message for everything the policy reacts to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.policy.judgement import is_decision_request
from bot.policy.model import Trigger
from bot.policy.pii import find_personal_data
from bot.policy.pii_types import Finding, PiiKind
from bot.policy.special import find_special_categories


@dataclass(frozen=True, slots=True)
class MessageScan:
    """What a message contains, for the "protect" and "remind" steps.

    ``findings`` carry values for the pseudonymiser: never log them. ``kinds``, ``categories``
    and ``triggers`` are safe to log and to audit.
    """

    findings: tuple[Finding, ...]
    categories: frozenset[str]
    decision_request: bool

    @property
    def kinds(self) -> frozenset[PiiKind]:
        return frozenset(finding.kind for finding in self.findings)

    @property
    def triggers(self) -> frozenset[Trigger]:
        """The message-side triggers; the engine adds reply-side ones (ai_output, ...)."""
        fired = set()
        if self.findings:
            fired.add(Trigger.PERSONAL_DATA)
        if self.categories:
            fired.add(Trigger.SPECIAL_CATEGORY)
        if self.decision_request:
            fired.add(Trigger.DECISION_REQUEST)
        return frozenset(fired)


def scan_message(text: str, *, today: date | None = None) -> MessageScan:
    """Personal data, special categories and decision requests in ``text``."""
    return MessageScan(
        findings=find_personal_data(text, today=today),
        categories=find_special_categories(text),
        decision_request=is_decision_request(text),
    )
