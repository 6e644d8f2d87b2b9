"""``lotse occupations``: import the ESCO download, show what is loaded, try a search."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from lotse.runtime import load_settings
from skills.occupation.catalogue import CatalogueError, InMemoryCatalogue
from skills.occupation.esco_csv import EscoFormatError, read_download
from skills.occupation.esco_import import ImportSummary, import_download, unique_count
from skills.occupation.notices import shows_esco
from skills.occupation.ports import OccupationRepository
from skills.occupation.providers.registry import SourcePlan
from skills.occupation.providers.settings import OccupationSettings
from skills.occupation.skill import shared_catalogue, skill_texts
from storage.database import SqlStore, open_store


def occupation_repository(store: SqlStore) -> OccupationRepository:
    """The occupation skill's repository in ``store``, as the skill receives it at start."""
    interface: type[Any] = OccupationRepository  # a Protocol: mypy wants no type[...] of it
    found: OccupationRepository = store.repository(interface)
    return found


@click.group()
def occupations() -> None:
    """Occupation data: the ESCO import, statistics and a search for admins."""


def _occupation_settings() -> OccupationSettings:
    return load_settings().occupations


@occupations.command("import-esco")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--language", default="de", show_default=True, help="ESCO language code.")
def import_esco_command(path: Path, language: str) -> None:
    """Import PATH (the ESCO CSV download: zip or folder) into the database.

    Re-running updates changed rows; nothing is added twice. Restart Lotse afterwards.
    """
    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    try:
        download = read_download(path, language)
    except EscoFormatError as error:
        raise click.ClickException(str(error)) from None

    async def work(update: Callable[[int], None]) -> ImportSummary:
        store = await open_store(settings.effective_database_url, migrate=True)
        try:
            now = datetime.now(UTC)
            return await import_download(
                download, occupation_repository(store), now, language, update
            )
        finally:
            await store.close()

    with click.progressbar(length=unique_count(download), label="ESCO occupations") as bar:
        summary = asyncio.run(work(bar.update))
    click.echo(
        f"{summary.total} occupations: {summary.inserted} new, {summary.updated} updated, "
        f"{summary.unchanged} unchanged; {summary.skipped} rows skipped"
    )
    for problem in summary.problems:
        click.echo(f"  skipped {problem.file} line {problem.line}: {problem.reason}")
    click.echo(skill_texts().get(settings.language, "answer.esco_credit"))


@occupations.command("stats")
def stats_command() -> None:
    """Entries per source, the last import and the live providers in use."""
    settings = load_settings()
    config = _occupation_settings()

    async def work() -> None:
        store = await open_store(settings.effective_database_url, migrate=True)
        try:
            stats = await occupation_repository(store).stats(datetime.now(UTC))
        finally:
            await store.close()
        try:
            click.echo(f"built-in: {len(shared_catalogue())} entries")
        except CatalogueError as error:
            click.echo(f"built-in: not loaded ({error})")
        for language, count in sorted(stats.esco_by_language.items()):
            click.echo(f"esco-import ({language}): {count} entries")
        if not stats.esco_by_language:
            click.echo("esco-import: nothing imported")
        last = stats.last_import
        if last is not None:
            click.echo(
                f"last import: {last.source} ({last.language}) at {last.at:%Y-%m-%d %H:%M} UTC,"
                f" {last.total} occupations, {last.skipped} rows skipped"
            )
        click.echo(f"providers: {','.join(config.occupations_providers)}")
        click.echo(f"cached live lookups: {stats.cached_lookups}")

    asyncio.run(work())


@occupations.command("search")
@click.argument("query")
def search_command(query: str) -> None:
    """The top five local matches for QUERY with their scores (as the skill searches)."""
    settings = load_settings()
    config = _occupation_settings()
    try:
        plan = SourcePlan(shared_catalogue(), config)
    except CatalogueError as error:
        raise click.ClickException(str(error)) from None

    async def load() -> InMemoryCatalogue:
        store = await open_store(settings.effective_database_url, migrate=True)
        try:
            return (await plan.load(occupation_repository(store))).catalogue
        finally:
            await store.close()

    catalogue = asyncio.run(load())
    matches = catalogue.search(query, limit=5) or catalogue.suggest(query, limit=5)
    if not matches:
        click.echo("no match")
        return
    say = skill_texts()
    for match in matches:
        occupation = match.occupation
        source = occupation.provider or "builtin"
        click.echo(
            f"{match.score:6.1f}  {occupation.title}  [{occupation.id}, {source}, "
            f"matched {match.kind.name.lower()}: {match.matched_name}]"
        )
    if shows_esco(match.occupation for match in matches):
        click.echo(say.get(settings.language, "answer.esco_credit"))
