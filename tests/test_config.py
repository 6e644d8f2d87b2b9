from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from bot.config import Settings


def test_defaults_use_sqlite_in_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path))
    settings = Settings()
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'lotse.sqlite3'}"
    assert settings.language == "de"


def test_plain_postgres_urls_get_the_async_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_DATABASE_URL", "postgresql://lotse:geheim@db/lotse")
    assert Settings().effective_database_url == "postgresql+asyncpg://lotse:geheim@db/lotse"


def test_admins_are_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_ADMINS", "anna, @bob:example.org ,")
    assert Settings().admins == ["anna", "@bob:example.org"]


def test_masked_settings_hide_passwords_and_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_DATABASE_URL", "postgresql://lotse:geheim@db/lotse")
    monkeypatch.setenv("LOTSE_SECRET_KEY", "sehr-geheim")
    shown = Settings().masked()
    assert "geheim" not in "".join(shown.values())
    assert shown["LOTSE_SECRET_KEY"] == "********"
    assert shown["LOTSE_DATABASE_URL"] == "postgresql+asyncpg://lotse:***@db/lotse"


def test_invalid_values_fail_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_LANGUAGE", "fr")
    with pytest.raises(ValidationError, match="language"):
        Settings()


def test_toml_config_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "lotse.toml"
    config.write_text('default_department = "Jugendberufshilfe"\nstate_ttl_minutes = 15\n')
    monkeypatch.setenv("LOTSE_CONFIG_FILE", str(config))
    settings = Settings()
    assert settings.default_department == "Jugendberufshilfe"
    assert settings.state_ttl_minutes == 15


def test_missing_config_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_CONFIG_FILE", str(tmp_path / "missing.toml"))
    with pytest.raises(ValueError, match="missing file"):
        Settings()
