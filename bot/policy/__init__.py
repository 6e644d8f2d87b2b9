"""The institution's AI policy as data, and the checks that apply it.

- ``load_policy`` reads and validates the policy file (the shipped default or an admin's own);
- ``acknowledgement_status`` / ``is_acceptance`` serve the engine's "gate" step;
- ``scan_message`` (``find_personal_data``, ``find_special_categories``,
  ``is_decision_request``) serves the "protect" step and decides the message-side triggers;
- ``select_reminders`` serves the "remind" step.

``Finding.value`` holds personal data for a pseudonymiser only: never log or store it.
"""

from __future__ import annotations

from bot.policy.judgement import is_decision_request
from bot.policy.model import (
    DEFAULT_POLICY_PATH,
    AcknowledgementRules,
    LocalizedText,
    Policy,
    PolicyError,
    ReminderRule,
    Trigger,
    load_policy,
)
from bot.policy.pii import find_personal_data, resolve_overlaps
from bot.policy.pii_types import Finding, PiiKind
from bot.policy.reminders import (
    AckStatus,
    acknowledgement_status,
    describe_kinds,
    in_language,
    is_acceptance,
    select_reminders,
)
from bot.policy.scan import MessageScan, scan_message
from bot.policy.special import CATEGORIES, find_special_categories

__all__ = [
    "CATEGORIES",
    "DEFAULT_POLICY_PATH",
    "AckStatus",
    "AcknowledgementRules",
    "Finding",
    "LocalizedText",
    "MessageScan",
    "PiiKind",
    "Policy",
    "PolicyError",
    "ReminderRule",
    "Trigger",
    "acknowledgement_status",
    "describe_kinds",
    "find_personal_data",
    "find_special_categories",
    "in_language",
    "is_acceptance",
    "is_decision_request",
    "load_policy",
    "resolve_overlaps",
    "scan_message",
    "select_reminders",
]
