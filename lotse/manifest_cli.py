"""``lotse manifest build``: the Teams app package (manifest, English strings, two icons).

The template and icons live in ``manifest/``; the bot's commands come from the skill registry,
so a new skill shows up in Teams' command menu without editing the manifest."""

from __future__ import annotations

import copy
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import click

from bot.registry import SkillRegistry
from lotse.runtime import load_settings

MANIFEST_DIR = Path(__file__).resolve().parents[1] / "manifest"
MAX_COMMANDS = 12  # Teams shows at most 12 commands per list
# Built-in commands every counsellor may use (handled by the engine, not by a skill).
BUILTINS = (
    ("hilfe", "Zeigt, was Lotse für Sie tun kann.", "Shows what Lotse can do for you."),
    (
        "leitlinie",
        "Zeigt die KI-Leitlinie der Einrichtung.",
        "Shows the institution's AI guideline.",
    ),
    ("meine daten", "Zeigt, was Lotse über Sie speichert.", "Shows what Lotse stores about you."),
)


def commands(registry: SkillRegistry) -> list[tuple[str, str, str]]:
    """(command, German description, English description): skills first, then built-ins."""
    found = [
        (skill.meta.commands[0], skill.meta.description_de, skill.meta.description_en)
        for skill in registry
    ]
    return (found + list(BUILTINS))[:MAX_COMMANDS]


def build_manifest(
    registry: SkillRegistry,
    app_id: str,
    *,
    teams_app_id: str | None = None,
    version: str = "0.1.0",
    domains: tuple[str, ...] = (),
    source: Path = MANIFEST_DIR,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The manifest (German by default) and its English localisation file."""
    manifest: dict[str, Any] = json.loads((source / "template.json").read_text("utf-8"))
    english: dict[str, Any] = json.loads((source / "en.template.json").read_text("utf-8"))
    # A stable app id per bot: uploading a new build updates the installed app.
    manifest["id"] = teams_app_id or str(uuid.uuid5(uuid.NAMESPACE_URL, f"lotse-teams:{app_id}"))
    manifest["version"] = version
    manifest["validDomains"] = list(domains)
    bot = manifest["bots"][0]
    bot["botId"] = app_id
    listed = commands(registry)
    entries = [{"title": title, "description": de} for title, de, _ in listed]
    # One list per scope group: Teams shows the list of the scope the user is in.
    bot["commandLists"] = [
        {"scopes": ["personal"], "commands": copy.deepcopy(entries)},
        {"scopes": ["team", "groupChat"], "commands": copy.deepcopy(entries)},
    ]
    for index in range(len(bot["commandLists"])):
        for position, (title, _, en) in enumerate(listed):
            prefix = f"bots[0].commandLists[{index}].commands[{position}]"
            english[f"{prefix}.title"] = title
            english[f"{prefix}.description"] = en
    return manifest, english


def write_package(
    manifest: dict[str, Any], english: dict[str, Any], out: Path, source: Path
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        # Teams expects the files at the root of the zip, not in a folder.
        package.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        package.writestr("en.json", json.dumps(english, ensure_ascii=False, indent=2))
        for icon in ("color.png", "outline.png"):
            package.write(source / icon, icon)


@click.group()
def manifest() -> None:
    """The Microsoft Teams app package."""


@manifest.command("build")
@click.option("--app-id", required=True, help="The bot's Microsoft App ID (Azure Bot resource).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default="lotse-teams.zip",
    show_default=True,
    help="Where to write the app package.",
)
@click.option(
    "--teams-app-id", default=None, help="The Teams app id (default: derived from --app-id)."
)
@click.option(
    "--version",
    "app_version",
    default="0.1.0",
    show_default=True,
    help="The app version; raise it for every upload that changes the manifest.",
)
@click.option("--domain", "domains", multiple=True, help="A valid domain (repeatable).")
def build(
    app_id: str, out: Path, teams_app_id: str | None, app_version: str, domains: tuple[str, ...]
) -> None:
    """Write the uploadable Teams app package (manifest.json, en.json, icons)."""
    try:
        uuid.UUID(app_id)
    except ValueError:
        raise click.BadParameter("must be a GUID", param_hint="--app-id") from None
    registry = SkillRegistry.discover(load_settings())
    manifest_json, english = build_manifest(
        registry, app_id, teams_app_id=teams_app_id, version=app_version, domains=domains
    )
    write_package(manifest_json, english, out, MANIFEST_DIR)
    click.echo(f"wrote {out}")
