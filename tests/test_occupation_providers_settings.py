"""LOTSE_OCCUPATIONS_PROVIDERS and the live provider settings (the ``occupations`` section)."""

from __future__ import annotations

import pytest

from lotse.settings import ConfigError, read_settings
from skills.occupation.providers.settings import OccupationSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "LOTSE_OCCUPATIONS_PROVIDERS",
        "LOTSE_ESCO_API_URL",
        "LOTSE_BERUFENET_API_URL",
        "LOTSE_BERUFENET_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_local_only() -> None:
    config = read_settings().occupations
    assert config == OccupationSettings()
    assert config.occupations_providers == ("builtin", "esco-import")
    assert config.live == ()
    assert config.esco_api_url == "https://ec.europa.eu/esco/api"
    assert config.berufenet_api_url == "https://rest.arbeitsagentur.de/infosysbub/bnet"


def test_providers_and_urls_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", " builtin, BERUFENET ,esco-api,builtin")
    monkeypatch.setenv("LOTSE_BERUFENET_API_KEY", "k")
    monkeypatch.setenv("LOTSE_BERUFENET_API_URL", "http://127.0.0.1:9/bnet/")
    config = read_settings().occupations
    assert config.occupations_providers == ("builtin", "berufenet", "esco-api")
    assert config.live == ("berufenet", "esco-api")
    assert config.berufenet_api_url == "http://127.0.0.1:9/bnet"


def test_unknown_provider_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", "builtin,wikipedia")
    with pytest.raises(ConfigError, match=r"LOTSE_OCCUPATIONS_PROVIDERS: unknown .*wikipedia"):
        read_settings()


def test_berufenet_needs_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", "builtin,berufenet")
    with pytest.raises(ConfigError, match="LOTSE_BERUFENET_API_KEY"):
        read_settings()
