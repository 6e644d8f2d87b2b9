"""The policy file: the shipped default loads, broken files are rejected with clear messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.policy import DEFAULT_POLICY_PATH, PolicyError, Trigger, load_policy

SHIPPED_RULES = {
    "review_output": {Trigger.AI_OUTPUT},
    "no_personal_data": {Trigger.PERSONAL_DATA},
    "special_categories": {Trigger.SPECIAL_CATEGORY},
    "no_automated_decisions": {Trigger.DECISION_REQUEST},
    "email_sender": {Trigger.EMAIL_DRAFT},
    "summary_record": {Trigger.SUMMARY},
    "transparency": {Trigger.AI_OUTPUT},
}


def _shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DEFAULT_POLICY_PATH.read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_policy_loads_with_every_rule() -> None:
    policy = load_policy()
    assert policy.version == "2026-11"
    assert policy.url == ""
    assert policy.acknowledgement.valid_days == 365
    rules = {rule.id: rule for rule in policy.reminders}
    for rule_id, triggers in SHIPPED_RULES.items():
        assert triggers <= rules[rule_id].triggers
    assert Trigger.ACKNOWLEDGEMENT in rules["ai_training"].triggers
    assert rules["transparency"].repeat_after_hours == 24
    assert rules["review_output"].repeat_after_hours == 0


def test_shipped_texts_cite_the_law_and_name_the_accept_words() -> None:
    policy = load_policy()
    rules = {rule.id: rule for rule in policy.reminders}
    assert "Art. 22" in rules["no_automated_decisions"].text.de
    assert "Art. 9" in rules["special_categories"].text.de
    assert "Art. 4" in rules["ai_training"].text.de
    assert "{kinds}" in rules["no_personal_data"].text.de
    assert "{kinds}" in rules["no_personal_data"].text.en
    assert {"ja", "ok", "akzeptieren", "yes", "accept"} <= set(policy.acknowledgement.accept_words)
    assert "akzeptieren" in policy.acknowledgement.text.de
    assert "accept" in policy.acknowledgement.text.en


def test_texts_by_language_fall_back_to_german() -> None:
    policy = load_policy()
    assert policy.title_for("en") == "AI guideline of the education centre"
    assert policy.title_for("fr") == policy.title.de
    assert policy.acknowledgement_text("en").startswith("Before you use Lotse")
    assert policy.acknowledgement_text("de").startswith("Bevor Sie Lotse nutzen")


def test_explicit_path_replaces_the_default(tmp_path: Path) -> None:
    data = _shipped()
    data["version"] = "2027-01"
    data["url"] = "https://intranet.example.org/ki-leitlinie"
    policy = load_policy(_write(tmp_path, data))
    assert policy.version == "2027-01"
    assert policy.url.endswith("ki-leitlinie")


def test_unknown_trigger_is_rejected_naming_the_reminder(tmp_path: Path) -> None:
    data = _shipped()
    data["reminders"][0]["triggers"] = ["ai_output", "every_tuesday"]
    rule_id = data["reminders"][0]["id"]
    with pytest.raises(PolicyError) as caught:
        load_policy(_write(tmp_path, data))
    message = str(caught.value)
    assert rule_id in message
    assert "every_tuesday" in message
    assert "policy.yaml" in message


def test_duplicate_reminder_id_is_rejected(tmp_path: Path) -> None:
    data = _shipped()
    data["reminders"].append(dict(data["reminders"][0]))
    with pytest.raises(
        PolicyError, match=rf"duplicate reminder id '{data['reminders'][0]['id']}'"
    ):
        load_policy(_write(tmp_path, data))


def test_missing_language_is_rejected_with_its_location(tmp_path: Path) -> None:
    data = _shipped()
    del data["reminders"][1]["text"]["en"]
    with pytest.raises(PolicyError, match=r"reminders\.1\.text\.en: Field required"):
        load_policy(_write(tmp_path, data))


def test_missing_acknowledgement_language_is_rejected(tmp_path: Path) -> None:
    data = _shipped()
    data["acknowledgement"]["text"] = {"de": "Bitte bestätigen."}
    with pytest.raises(PolicyError, match=r"acknowledgement\.text\.en"):
        load_policy(_write(tmp_path, data))


def test_unknown_placeholder_is_rejected(tmp_path: Path) -> None:
    data = _shipped()
    data["reminders"][0]["text"]["de"] = "Hallo {name}"
    with pytest.raises(PolicyError, match=r"unknown placeholder.*name"):
        load_policy(_write(tmp_path, data))


def test_negative_repeat_interval_is_rejected(tmp_path: Path) -> None:
    data = _shipped()
    data["reminders"][0]["repeat_after_hours"] = -1
    with pytest.raises(PolicyError, match=r"repeat_after_hours"):
        load_policy(_write(tmp_path, data))


def test_unquoted_yes_gets_a_hint(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    path.write_text(text.replace('"yes"', "yes"), encoding="utf-8")
    with pytest.raises(PolicyError, match=r'quote words such as "yes"'):
        load_policy(path)


def test_unknown_top_level_key_is_rejected(tmp_path: Path) -> None:
    data = _shipped()
    data["reminder"] = []
    with pytest.raises(PolicyError, match=r"reminder: Extra inputs are not permitted"):
        load_policy(_write(tmp_path, data))


def test_missing_file_and_bad_yaml_are_reported(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read AI policy"):
        load_policy(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: [unclosed", encoding="utf-8")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(broken)
    listed = tmp_path / "list.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(PolicyError, match="mapping at the top level"):
        load_policy(listed)
