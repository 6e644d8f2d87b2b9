"""The settings tree: read once by the CLI from the environment, ``.env`` and the TOML file;
one-line errors naming the variable; secrets masked; nothing below the CLI reads the
environment."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import Settings
from bot.llm.settings import LLMSettings
from lotse.settings import ConfigError, LotseSettings, env_names, masked, read_settings
from skills.occupation.providers.settings import OccupationSettings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def clean_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        foreign = name.startswith(("LOTSE_", "Microsoft", "ANTHROPIC_", "AWS_", "CLOUD_ML_"))
        if foreign and not name.startswith("LOTSE_TEST_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's checkout


def test_defaults_use_sqlite_in_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOTSE_DATA_DIR", str(tmp_path))
    settings = read_settings()
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'lotse.sqlite3'}"
    assert settings.language == "de"
    assert settings.llm.effective_provider == "offline"
    assert settings.matrix is None  # Matrix runs only with a homeserver


def test_data_dir_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert read_settings().data_dir == tmp_path / "lotse"


def test_plain_postgres_urls_get_the_async_driver(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_DATABASE_URL", "postgresql://lotse:geheim@db/lotse")
    url = read_settings().effective_database_url
    assert url == "postgresql+asyncpg://lotse:geheim@db/lotse"


def test_admins_are_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_ADMINS", "anna, @bob:example.org ,")
    assert read_settings().admins == ["anna", "@bob:example.org"]


def test_an_anthropic_key_makes_anthropic_the_default_provider(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    assert read_settings().llm.provider == "anthropic"
    monkeypatch.setenv("LOTSE_LLM_PROVIDER", "offline")  # a named provider wins
    assert read_settings().llm.provider == "offline"


def test_sections_read_their_own_prefixes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_LLM_MAX_TOKENS", "2048")
    monkeypatch.setenv("LOTSE_OPENAI_PURPOSE_MODELS", '{"email": "large"}')
    monkeypatch.setenv("LOTSE_OCCUPATIONS_PROVIDERS", "builtin")
    monkeypatch.setenv("MicrosoftAppId", "bot-app")
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", "https://matrix.example/")
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:matrix.example")
    settings = read_settings()
    assert settings.llm.max_tokens == 2048
    assert settings.openai.purpose_models == {"email": "large"}
    assert settings.occupations.occupations_providers == ("builtin",)
    assert settings.teams.app_id == "bot-app"
    assert settings.matrix is not None
    assert settings.matrix.homeserver == "https://matrix.example"


def test_the_dotenv_file_is_read_below_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text(
        "LOTSE_LLM_MAX_TOKENS=3000\nLOTSE_LLM_MODEL=from-file\nLOTSE_TEAMS_APP_ID=file-app\n"
        "ANTHROPIC_API_KEY=not-for-lotse\n"
    )
    monkeypatch.setenv("LOTSE_LLM_MODEL", "from-env")
    settings = read_settings()
    assert (settings.llm.max_tokens, settings.llm.model) == (3000, "from-env")
    assert settings.teams.app_id == "file-app"
    # The SDK never sees .env, so its key there must not switch the provider on.
    assert settings.llm.provider == "offline"


TOML = """
default_department = "Jugendberufshilfe"
state_ttl_minutes = 15

[llm]
provider = "openai"
max_tokens = 2000

[openai]
base_url = "http://gpu:8000/v1"
model = "qwen3"

[occupations]
occupations_providers = ["builtin"]

[teams]
app_id = "toml-app"
allowed_tenants = ["t-1", "t-2"]

[matrix]
homeserver = "https://matrix.example"
user_id = "@lotse:matrix.example"
rate_limit_per_minute = 5
"""


def test_toml_config_file_sets_every_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "lotse.toml"
    config.write_text(TOML)
    monkeypatch.setenv("LOTSE_CONFIG_FILE", str(config))
    settings = read_settings()
    assert settings.default_department == "Jugendberufshilfe"
    assert settings.state_ttl_minutes == 15
    assert (settings.llm.provider, settings.llm.max_tokens) == ("openai", 2000)
    assert (settings.openai.base_url, settings.openai.model) == ("http://gpu:8000/v1", "qwen3")
    assert settings.occupations.occupations_providers == ("builtin",)
    assert settings.teams.app_id == "toml-app"
    assert settings.teams.allowed_tenants == ["t-1", "t-2"]
    assert settings.matrix is not None
    assert settings.matrix.rate_limit_per_minute == 5
    # The environment wins over the file, value by value within a section.
    monkeypatch.setenv("LOTSE_LLM_MAX_TOKENS", "4000")
    monkeypatch.setenv("MicrosoftAppId", "env-app")
    settings = read_settings()
    assert (settings.llm.provider, settings.llm.max_tokens) == ("openai", 4000)
    assert settings.teams.app_id == "env-app"


def test_missing_config_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTSE_CONFIG_FILE", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="LOTSE_CONFIG_FILE points to a missing file"):
        read_settings()


def test_a_malformed_config_file_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "lotse.toml"
    config.write_text("[llm\nmax_tokens = 2000\n")
    monkeypatch.setenv("LOTSE_CONFIG_FILE", str(config))
    with pytest.raises(ConfigError, match=r"^LOTSE_CONFIG_FILE \(.*lotse.toml\) is no valid TOML"):
        read_settings()
    config.write_text("llm = 5\n")
    with pytest.raises(ConfigError, match=r"^LOTSE_LLM_\*: .*dictionary"):
        read_settings()


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LOTSE_LANGUAGE", "fr"),
        ("LOTSE_PORT", "achtzig"),
        ("LOTSE_LLM_MAX_TOKENS", "5"),
        ("LOTSE_LLM_PROVIDER", "openia"),
        ("LOTSE_OPENAI_JSON_MODE", "vielleicht"),
        ("LOTSE_TEAMS_AUTH", "false"),
        ("MicrosoftAppType", "Everyone"),
        ("LOTSE_OCCUPATIONS_LIVE_TIMEOUT", "-1"),
        ("LOTSE_MATRIX_HOMESERVER", "ftp://lotse.test"),
    ],
)
def test_an_invalid_value_is_one_line_naming_its_variable(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(name, value)
    if name.startswith("LOTSE_MATRIX_"):
        monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:matrix.example")
    with pytest.raises(ConfigError) as caught:
        read_settings()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{name}: ")
    assert value not in message  # values are never echoed (they may be secrets)


def test_a_bad_llm_value_on_the_command_line_is_one_line_not_a_traceback(
    tmp_path: Path,
) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "LOTSE_DATA_DIR": str(tmp_path / "data"),
        "LOTSE_LLM_MAX_TOKENS": "viele",
    }
    result = subprocess.run(
        [sys.executable, "-m", "lotse", "config", "show"],
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: invalid configuration – LOTSE_LLM_MAX_TOKENS: Input should be a valid "
        "integer, unable to parse string as an integer"
    ]


def test_config_show_prints_the_whole_tree_with_secrets_masked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    secrets = {
        "LOTSE_DATABASE_URL": "postgresql://lotse:geheim-db@db/lotse",
        "LOTSE_SECRET_KEY": "geheim-key",
        "LOTSE_OPENAI_API_KEY": "geheim-openai",
        "MicrosoftAppPassword": "geheim-teams",
        "LOTSE_MATRIX_PASSWORD": "geheim-matrix",
        "LOTSE_MATRIX_STORE_PASSPHRASE": "geheim-store",
        "LOTSE_BERUFENET_API_KEY": "geheim-berufenet",
        "ANTHROPIC_API_KEY": "geheim-anthropic",
    }
    for name, value in secrets.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("LOTSE_MATRIX_HOMESERVER", "https://matrix.example")
    monkeypatch.setenv("LOTSE_MATRIX_USER_ID", "@lotse:matrix.example")
    shown = masked(read_settings())
    assert "geheim" not in "".join(shown.values())
    assert shown["LOTSE_DATABASE_URL"] == "postgresql+asyncpg://lotse:***@db/lotse"
    for name in ("LOTSE_SECRET_KEY", "LOTSE_OPENAI_API_KEY", "LOTSE_BERUFENET_API_KEY"):
        assert shown[name] == "********"
    assert shown["LOTSE_TEAMS_APP_PASSWORD"] == "********"
    assert shown["LOTSE_MATRIX_PASSWORD"] == "********"
    # Every section is there: core, model, skill, adapters.
    for name in (
        "LOTSE_LANGUAGE",
        "LOTSE_LLM_PROVIDER",
        "LOTSE_OPENAI_BASE_URL",
        "LOTSE_OCCUPATIONS_PROVIDERS",
        "LOTSE_TEAMS_APP_ID",
        "LOTSE_MATRIX_HOMESERVER",
    ):
        assert name in shown


def test_every_variable_the_tree_reads_is_known_to_the_start_up_check() -> None:
    names = env_names()
    assert {"LOTSE_STATE_TTL_MINUTES", "LOTSE_LLM_MAX_TOKENS", "LOTSE_OPENAI_MODEL"} <= names
    assert {"MicrosoftAppId", "LOTSE_TEAMS_APP_ID", "LOTSE_MATRIX_HOMESERVER"} <= names
    assert {"LOTSE_OCCUPATIONS_PROVIDERS", "LOTSE_ESCO_API_URL", "LOTSE_BERUFENET_API_KEY"} <= (
        names
    )
    assert "LOTSE_LLM" not in names  # sections are no variables of their own


def test_skills_find_their_section_or_its_defaults() -> None:
    tree = LotseSettings(occupations=OccupationSettings(occupations_providers=("builtin",)))
    assert tree.section(OccupationSettings).occupations_providers == ("builtin",)
    assert Settings().section(OccupationSettings) == OccupationSettings()
    assert Settings().section(LLMSettings) == Settings().llm


def _reads_environment(path: Path) -> bool:
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            return True
        imported = node.names if isinstance(node, ast.ImportFrom) and node.module == "os" else []
        if any(alias.name in ("environ", "getenv") for alias in imported):
            return True
        if isinstance(node, ast.Name) and node.id == "BaseSettings":
            return True
    return False


def test_nothing_below_the_command_line_reads_the_environment() -> None:
    readers = [
        str(path.relative_to(ROOT))
        for package in ("bot", "skills", "adapters", "storage")
        for path in sorted((ROOT / package).rglob("*.py"))
        if _reads_environment(path)
    ]
    assert readers == []
