"""The ``lotse`` command line, run as a user runs it: a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LOTSE = str(Path(sys.executable).with_name("lotse"))


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    foreign = ("LOTSE_", "ANTHROPIC_", "AWS_", "GOOGLE_", "CLOUD_ML_")
    clean = {k: v for k, v in os.environ.items() if not k.startswith(foreign)}
    return {**clean, "LOTSE_DATA_DIR": str(tmp_path / "data"), "LOTSE_SECRET_KEY": "cli-test"}


def lotse(env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [LOTSE, *args],
        input=stdin,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_stdin_chat_answers_each_line_and_exits_zero(env: dict[str, str]) -> None:
    result = lotse(env, "chat", "--user", "anna", stdin="beruf Tischler\nja\nberuf schreiner\n")
    assert result.returncode == 0, result.stderr
    assert "KI-Leitlinie" in result.stdout
    assert result.stdout.count("Tischler/in") >= 2
    assert result.stdout.index("KI-Leitlinie") < result.stdout.index("Tischler/in")


def test_chat_in_a_department_applies_its_toggles(env: dict[str, str]) -> None:
    assert lotse(env, "admin", "department-add", "Jugendberufshilfe").returncode == 0
    disabled = lotse(env, "admin", "disable", "mail", "Jugendberufshilfe")
    assert disabled.returncode == 0, disabled.stderr
    result = lotse(
        env,
        "chat",
        "--user",
        "ben",
        "--department",
        "Jugendberufshilfe",
        stdin="hilfe\nmail Terminbestätigung\n",
    )
    assert result.returncode == 0, result.stderr
    assert "nicht freigeschaltet" in result.stdout
    overview = lotse(env, "admin", "departments")
    assert "Jugendberufshilfe: 1 members" in overview.stdout
    assert "email aus" in overview.stdout
    log = lotse(env, "admin", "log")
    assert "skill.disable" in log.stdout


def test_admin_errors_are_clear(env: dict[str, str]) -> None:
    result = lotse(env, "admin", "disable", "mail", "Gibtsnicht")
    assert result.returncode != 0
    assert "unknown department 'Gibtsnicht'" in result.stderr
    result = lotse(env, "admin", "disable", "zaubern", "Allgemein")
    assert "unknown skill 'zaubern'" in result.stderr


def test_help_documents_every_command(env: dict[str, str]) -> None:
    result = lotse(env, "--help")
    for command in ("chat", "config", "db", "admin", "skills"):
        assert command in result.stdout
    admin_help = lotse(env, "admin", "--help").stdout
    for command in ("departments", "enable", "disable", "assign-user", "assign-scope", "grant"):
        assert command in admin_help


def test_config_show_masks_secrets(env: dict[str, str]) -> None:
    env["LOTSE_DATABASE_URL"] = "postgresql://lotse:topsecret@db.example/lotse"
    result = lotse(env, "config", "show")
    assert result.returncode == 0
    assert "topsecret" not in result.stdout
    assert "cli-test" not in result.stdout
    assert "LOTSE_DATABASE_URL=postgresql+asyncpg://lotse:***@db.example/lotse" in result.stdout


def test_invalid_configuration_fails_fast_with_the_variable_named(env: dict[str, str]) -> None:
    env["LOTSE_STATE_TTL_MINUTES"] = "0"
    result = lotse(env, "chat")
    assert result.returncode != 0
    assert "LOTSE_STATE_TTL_MINUTES" in result.stderr
    assert "Traceback" not in result.stderr


def test_db_upgrade_is_idempotent(env: dict[str, str]) -> None:
    for _ in range(2):
        result = lotse(env, "db", "upgrade")
        assert result.returncode == 0, result.stderr


def test_config_show_covers_the_adapters_and_the_model(env: dict[str, str]) -> None:
    env["LOTSE_TEAMS_APP_PASSWORD"] = "teams-secret"
    env["LOTSE_LLM_PROVIDER"] = "offline"
    result = lotse(env, "config", "show")
    assert result.returncode == 0, result.stderr
    assert "LOTSE_LLM_PROVIDER=offline" in result.stdout
    assert "LOTSE_TEAMS_APP_PASSWORD=********" in result.stdout
    assert "teams-secret" not in result.stdout
    assert "LOTSE_OCCUPATIONS_PROVIDERS=" in result.stdout


def test_files_lotse_creates_are_private_whatever_the_umask(
    env: dict[str, str], tmp_path: Path
) -> None:
    # A login umask of 022 would make the database (which holds pending requests) world-readable.
    result = subprocess.run(
        ["sh", "-c", f"umask 022 && exec {LOTSE} db upgrade"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    assert data.stat().st_mode & 0o777 == 0o700
    created = list(data.rglob("*"))
    assert (data / "lotse.sqlite3") in created
    for path in created:
        expected = 0o700 if path.is_dir() else 0o600
        assert path.stat().st_mode & 0o777 == expected, path.name
