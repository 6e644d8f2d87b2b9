"""Selecting reminders, the acknowledgement state and acceptance replies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.policy import (
    DEFAULT_POLICY_PATH,
    PiiKind,
    Policy,
    Trigger,
    acknowledgement_status,
    describe_kinds,
    in_language,
    is_acceptance,
    load_policy,
    select_reminders,
)
from bot.ports import Acknowledgement
from bot.reply import Reminder

NOW = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy()


def _ids(reminders: tuple[Reminder, ...]) -> list[str]:
    return [reminder.id for reminder in reminders]


def _select(policy: Policy, *triggers: str, **kwargs: Any) -> tuple[Reminder, ...]:
    last_shown = kwargs.pop("last_shown", {})
    language = kwargs.pop("language", "de")
    return select_reminders(policy, frozenset(triggers), language, last_shown, NOW, **kwargs)


def test_only_reminders_whose_trigger_fires(policy: Policy) -> None:
    assert _ids(_select(policy, Trigger.EMAIL_DRAFT)) == ["email_sender"]
    assert _ids(_select(policy, Trigger.SUMMARY)) == ["summary_record"]
    assert _select(policy) == ()


def test_ai_output_carries_review_transparency_and_yearly_training(policy: Policy) -> None:
    assert _ids(_select(policy, Trigger.AI_OUTPUT)) == [
        "review_output",
        "transparency",
        "ai_training",
    ]


def test_acknowledgement_shows_the_training_reminder(policy: Policy) -> None:
    assert _ids(_select(policy, Trigger.ACKNOWLEDGEMENT)) == ["ai_training"]


def test_reminders_are_ordered_by_priority(policy: Policy) -> None:
    selected = _select(
        policy,
        Trigger.AI_OUTPUT,
        Trigger.EMAIL_DRAFT,
        Trigger.PERSONAL_DATA,
        Trigger.DECISION_REQUEST,
        kinds={PiiKind.EMAIL},
    )
    priorities = {rule.id: rule.priority for rule in policy.reminders}
    ids = _ids(selected)
    assert ids[0] == "no_automated_decisions"
    assert [priorities[i] for i in ids] == sorted(priorities[i] for i in ids)


def test_priority_not_file_order_decides(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    for rule in data["reminders"]:
        if rule["id"] == "transparency":
            rule["priority"] = 1
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ids = _ids(_select(load_policy(path), Trigger.AI_OUTPUT))
    assert ids[0] == "transparency"


def test_repeat_after_hours_suppresses_recent_reminders(policy: Policy) -> None:
    recent = {"transparency": NOW - timedelta(hours=23), "review_output": NOW}
    ids = _ids(_select(policy, Trigger.AI_OUTPUT, last_shown=recent))
    # review_output repeats every time; transparency waits 24 hours.
    assert "review_output" in ids
    assert "transparency" not in ids


def test_repeat_after_hours_allows_after_the_interval(policy: Policy) -> None:
    old = {"transparency": NOW - timedelta(hours=24), "ai_training": NOW - timedelta(days=366)}
    ids = _ids(_select(policy, Trigger.AI_OUTPUT, last_shown=old))
    assert "transparency" in ids
    assert "ai_training" in ids


def test_yearly_training_reminder_not_repeated_within_a_year(policy: Policy) -> None:
    shown = {"ai_training": NOW - timedelta(days=200)}
    assert "ai_training" not in _ids(_select(policy, Trigger.AI_OUTPUT, last_shown=shown))


def test_kinds_placeholder_names_kinds_never_values(policy: Policy) -> None:
    (reminder,) = _select(
        policy, Trigger.PERSONAL_DATA, kinds={PiiKind.PHONE, PiiKind.PERSON_NAME}
    )
    assert reminder.id == "no_personal_data"
    assert reminder.text.startswith("Erkannt: Name, Telefonnummer –")
    assert "{" not in reminder.text


def test_kinds_placeholder_in_english(policy: Policy) -> None:
    (reminder,) = _select(policy, Trigger.PERSONAL_DATA, kinds={PiiKind.IBAN}, language="en")
    assert reminder.text.startswith("Detected: IBAN –")
    assert "GDPR" in reminder.text


def test_kinds_placeholder_without_kinds_is_generic(policy: Policy) -> None:
    (reminder,) = _select(policy, Trigger.PERSONAL_DATA)
    assert reminder.text.startswith("Erkannt: personenbezogene Daten –")


def test_unknown_language_falls_back_to_german(policy: Policy) -> None:
    (reminder,) = _select(policy, Trigger.SUMMARY, language="fr")
    assert reminder.text == next(r for r in policy.reminders if r.id == "summary_record").text.de


def test_unknown_trigger_name_is_a_caller_error(policy: Policy) -> None:
    with pytest.raises(ValueError, match="ai_outptu"):
        _select(policy, "ai_outptu")


def test_describe_kinds_orders_and_deduplicates() -> None:
    kinds = [PiiKind.EMAIL, PiiKind.PERSON_NAME, PiiKind.EMAIL]
    assert describe_kinds(kinds, "de") == "Name, E-Mail-Adresse"
    assert describe_kinds(kinds, "en") == "name, e-mail address"


def test_every_kind_has_a_name_in_both_languages() -> None:
    for language in ("de", "en"):
        names = {describe_kinds([kind], language) for kind in PiiKind}
        assert len(names) == len(PiiKind)


@pytest.mark.parametrize(
    ("ack", "expected"),
    [
        (None, "missing"),
        (Acknowledgement("2026-11", NOW - timedelta(days=10)), "valid"),
        (Acknowledgement("2026-11", NOW - timedelta(days=364, hours=23)), "valid"),
        (Acknowledgement("2026-11", NOW - timedelta(days=365)), "expired"),
        (Acknowledgement("2025-11", NOW - timedelta(days=10)), "outdated"),
        (Acknowledgement("2025-11", NOW - timedelta(days=400)), "outdated"),
    ],
)
def test_acknowledgement_status(
    policy: Policy, ack: Acknowledgement | None, expected: str
) -> None:
    assert acknowledgement_status(policy, ack, NOW) == expected


def test_acknowledgement_validity_follows_the_policy(tmp_path: Path) -> None:
    data = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    data["acknowledgement"]["valid_days"] = 30
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ack = Acknowledgement("2026-11", NOW - timedelta(days=31))
    assert acknowledgement_status(load_policy(path), ack, NOW) == "expired"


@pytest.mark.parametrize(
    "text",
    ["ja", "Ja.", "OK!", " okay ", "Akzeptieren", "accept", "YES", "einverstanden!", "„ok“"],
)
def test_acceptance_words(policy: Policy, text: str) -> None:
    assert is_acceptance(policy, text)


@pytest.mark.parametrize(
    "text",
    ["ja aber", "nein", "ok, später", "", "...", "jaja", "Ich akzeptiere nicht", "j a"],
)
def test_not_acceptance(policy: Policy, text: str) -> None:
    assert not is_acceptance(policy, text)


def test_reminders_shown_in_german_can_be_put_into_english(policy: Policy) -> None:
    german = _select(policy, "acknowledgement", "personal_data", kinds={PiiKind.PERSON_NAME})
    english = in_language(policy, german, "en")
    assert _ids(english) == _ids(german)
    training = next(r for r in english if r.id == "ai_training")
    assert training.text == policy_text(policy, "ai_training", "en")
    # a text filled with the kinds found keeps its wording: the kinds are not known any more
    detected = next(r for r in english if r.id == "no_personal_data")
    assert detected == next(r for r in german if r.id == "no_personal_data")


def policy_text(policy: Policy, reminder_id: str, language: str) -> str:
    return next(r.text.get(language) for r in policy.reminders if r.id == reminder_id)
