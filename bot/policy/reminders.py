"""Applying the policy: which reminders a reply carries, acknowledgement state, acceptance."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

from bot.policy.model import KINDS_PLACEHOLDER, Policy, ReminderRule, Trigger
from bot.policy.pii_types import PiiKind
from bot.ports import Acknowledgement
from bot.reply import Reminder
from bot.texts import Texts

AckStatus = Literal["valid", "missing", "expired", "outdated"]

_KNOWN_TRIGGERS = frozenset(trigger.value for trigger in Trigger)
# Anything that is not a letter or digit at either end: "ja.", "OK!", "„ok“", "ja 👍".
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_BLANKS = re.compile(r"\s+")


@cache
def policy_texts() -> Texts:
    """The texts of the policy package (names of personal-data kinds)."""
    return Texts.load(Path(__file__).with_name("texts"))


def describe_kinds(kinds: Collection[PiiKind], language: str) -> str:
    """The kinds of personal data found, in the user's language, e.g. "Name, E-Mail-Adresse".

    Never includes values. Kinds appear once each, in the declaration order of ``PiiKind``.
    """
    texts = policy_texts()
    if not kinds:
        return texts.get(language, "pii.unspecified")
    ordered = [kind for kind in PiiKind if kind in kinds]
    names = [texts.get(language, f"pii.kinds.{kind.value}") for kind in ordered]
    return texts.get(language, "pii.separator").join(names)


def _due(rule: ReminderRule, last: datetime | None, now: datetime) -> bool:
    if rule.repeat_after_hours == 0 or last is None:
        return True
    return now - last >= timedelta(hours=rule.repeat_after_hours)


def select_reminders(
    policy: Policy,
    triggers: frozenset[str],
    language: str,
    last_shown: Mapping[str, datetime],
    now: datetime,
    *,
    kinds: Collection[PiiKind] = (),
) -> tuple[Reminder, ...]:
    """The reminders this reply carries, in priority order (lower first, then file order).

    A reminder applies when one of its triggers fires and, if it has ``repeat_after_hours``,
    when ``last_shown`` (reminder id -> time, from the reminder log) is at least that long ago.
    The engine records the returned ids as shown. ``kinds`` fills a ``{kinds}`` placeholder.
    Raises ``ValueError`` for a trigger name the policy does not know (a typo in the caller).
    """
    unknown = set(triggers) - _KNOWN_TRIGGERS
    if unknown:
        raise ValueError(f"unknown reminder triggers: {sorted(unknown)}")
    applicable = [
        (rule.priority, position, rule)
        for position, rule in enumerate(policy.reminders)
        if rule.triggers & triggers and _due(rule, last_shown.get(rule.id), now)
    ]
    reminders = []
    for _, _, rule in sorted(applicable, key=lambda item: item[:2]):
        text = rule.text.get(language)
        if "{" in text:  # validated at load: only {kinds} can appear
            text = text.format(**{KINDS_PLACEHOLDER: describe_kinds(kinds, language)})
        reminders.append(Reminder(id=rule.id, text=text))
    return tuple(reminders)


def in_language(
    policy: Policy, reminders: Sequence[Reminder], language: str
) -> tuple[Reminder, ...]:
    """``reminders`` with their texts in ``language``, for a reply whose parts were answered
    in two languages (the acknowledgement "ja" and the English request that waited for it).
    A text filled with the kinds of data found keeps its wording: the kinds are not known here.
    """
    rules = {rule.id: rule for rule in policy.reminders}
    translated = []
    for reminder in reminders:
        rule = rules.get(reminder.id)
        text = rule.text.get(language) if rule is not None else ""
        usable = rule is not None and "{" not in text
        translated.append(Reminder(id=reminder.id, text=text) if usable else reminder)
    return tuple(translated)


def acknowledgement_status(
    policy: Policy, ack: Acknowledgement | None, now: datetime
) -> AckStatus:
    """Whether the user's acknowledgement covers this policy now.

    "outdated" (another policy version) takes precedence over "expired" (older than
    ``acknowledgement.valid_days``): the user has to read the new text either way.
    """
    if ack is None:
        return "missing"
    if ack.policy_version != policy.version:
        return "outdated"
    if now - ack.acknowledged_at >= timedelta(days=policy.acknowledgement.valid_days):
        return "expired"
    return "valid"


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _BLANKS.sub(" ", _EDGES.sub("", text))


def is_acceptance(policy: Policy, text: str) -> bool:
    """Whether ``text`` is one of the policy's accept words, ignoring case and punctuation.

    "ja.", "OK!" and " Akzeptieren " count; "ja aber" or "ok, später" do not.
    """
    words = {_normalise(word) for word in policy.acknowledgement.accept_words}
    return _normalise(text) in words
