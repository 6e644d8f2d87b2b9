"""``lotse manifest build``: an uploadable package whose manifest passes the official Teams
JSON schema shipped in ``@microsoft/app-manifest`` (installed by ``make test`` in tests/teams)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from PIL import Image

from bot.config import Settings
from bot.registry import SkillRegistry
from lotse.cli import cli

APP_ID = "5f0c6a8e-2b7d-4c1e-9a3f-0d8b7e6c5a41"
pytestmark = pytest.mark.node  # the manifest schema comes with the npm test tools

SCHEMAS = Path(__file__).parent / "teams" / "node_modules" / "@microsoft" / "app-manifest"
SCHEMAS = SCHEMAS / "build" / "json-schemas" / "teams"


def latest_schema_dir() -> Path:
    if not SCHEMAS.is_dir():
        pytest.fail("npm test tools missing: run `make test` (npm ci in tests/teams) first")
    versions = [p for p in SCHEMAS.iterdir() if re.fullmatch(r"v\d+\.\d+", p.name)]
    return max(versions, key=lambda p: tuple(int(n) for n in p.name[1:].split(".")))


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("manifest") / "lotse-teams.zip"
    result = CliRunner().invoke(
        cli,
        [
            "manifest",
            "build",
            "--app-id",
            APP_ID,
            "--out",
            str(out),
            "--domain",
            "lotse.example.org",
        ],
    )
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def load(package: dict[str, bytes], name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(package[name])
    return data


def test_package_has_exactly_the_files_at_its_root(package: dict[str, bytes]) -> None:
    assert sorted(package) == ["color.png", "en.json", "manifest.json", "outline.png"]


def test_manifest_uses_the_latest_schema_and_validates(package: dict[str, bytes]) -> None:
    schema_dir = latest_schema_dir()
    manifest = load(package, "manifest.json")
    assert manifest["manifestVersion"] == schema_dir.name[1:]
    assert manifest["$schema"].endswith(f"/{schema_dir.name}/MicrosoftTeams.schema.json")
    schema = json.loads((schema_dir / "MicrosoftTeams.schema.json").read_text("utf-8"))
    jsonschema.Draft4Validator(schema).validate(manifest)


def test_english_strings_validate_against_the_localization_schema(
    package: dict[str, bytes],
) -> None:
    schema_dir = latest_schema_dir()
    schema = json.loads(
        (schema_dir / "MicrosoftTeams.Localization.schema.json").read_text("utf-8")
    )
    english = load(package, "en.json")
    jsonschema.Draft4Validator(schema).validate(english)
    assert english["name.full"].startswith("Lotse")
    manifest = load(package, "manifest.json")
    assert manifest["localizationInfo"]["additionalLanguages"] == [
        {"languageTag": "en-us", "file": "en.json"}
    ]


def test_a_schema_violation_would_be_caught(package: dict[str, bytes]) -> None:
    schema = json.loads((latest_schema_dir() / "MicrosoftTeams.schema.json").read_text("utf-8"))
    manifest = load(package, "manifest.json")
    manifest["bots"][0]["scopes"] = ["everywhere"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(manifest)


def test_bot_scopes_id_domains_and_commands_from_the_registry(package: dict[str, bytes]) -> None:
    manifest = load(package, "manifest.json")
    (bot,) = manifest["bots"]
    assert bot["botId"] == APP_ID
    assert sorted(bot["scopes"]) == ["groupChat", "personal", "team"]
    assert manifest["validDomains"] == ["lotse.example.org"]
    registry = SkillRegistry.discover(Settings())
    for command_list in bot["commandLists"]:
        titles = [c["title"] for c in command_list["commands"]]
        assert len(titles) <= 12
        for skill in registry:
            assert skill.meta.commands[0] in titles
        assert "hilfe" in titles
    assert [c["scopes"] for c in bot["commandLists"]] == [["personal"], ["team", "groupChat"]]


def test_icons_have_the_sizes_and_transparency_teams_requires(package: dict[str, bytes]) -> None:
    color = Image.open(io.BytesIO(package["color.png"]))
    assert color.format == "PNG"
    assert color.size == (192, 192)
    outline = Image.open(io.BytesIO(package["outline.png"])).convert("RGBA")
    assert outline.size == (32, 32)
    pixels: list[tuple[int, int, int, int]] = list(outline.get_flattened_data())  # type: ignore[arg-type]
    assert any(alpha == 0 for *_, alpha in pixels)  # transparent background
    # Only white (at any opacity) is allowed in the outline icon.
    assert all((r, g, b) == (255, 255, 255) for r, g, b, alpha in pixels if alpha > 0)


def test_app_id_must_be_a_guid(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["manifest", "build", "--app-id", "not-a-guid", "--out", str(tmp_path / "x.zip")]
    )
    assert result.exit_code != 0
    assert "GUID" in result.output
    assert not (tmp_path / "x.zip").exists()
