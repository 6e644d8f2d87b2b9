"""``lotse report``: the anonymous evaluation of a period for the research team."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from pathlib import Path

import click

from bot.evaluation.report.anonymity import DEFAULT_K
from bot.evaluation.report.build import build_report, write_report
from bot.evaluation.report.data import load_report_data
from bot.registry import SkillRegistry
from lotse.runtime import load_settings
from storage.database import open_store


@click.command()
@click.option("--from", "first", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--to", "last", required=True, type=click.DateTime(["%Y-%m-%d"]))
@click.option("--out", "directory", required=True, type=click.Path(path_type=Path))
@click.option(
    "--k",
    default=DEFAULT_K,
    show_default=True,
    type=click.IntRange(min=2),
    help="Figures describing fewer people are suppressed; smaller departments merge.",
)
@click.option("--language", type=click.Choice(["de", "en"]), default=None)
def report(first: datetime, last: datetime, directory: Path, k: int, language: str | None) -> None:
    """Write the anonymous evaluation of the weeks from --from to --to into --out: a CSV per
    view and summary.csv, PNG charts and a self-contained report.html. No message text, no
    user ids and no pseudonymous keys appear in it."""
    if last < first:
        raise click.BadParameter("--to lies before --from")
    settings = load_settings()
    names = {
        skill.meta.id: skill.meta.name(language or settings.language)
        for skill in SkillRegistry.discover(settings)
    }
    written = asyncio.run(
        _write(settings.effective_database_url, first.date(), last.date(), k, names, directory,
               language or settings.language)
    )  # fmt: skip
    for path in written:
        click.echo(str(path))


async def _write(
    url: str,
    first: date,
    last: date,
    k: int,
    names: dict[str, str],
    directory: Path,
    language: str,
) -> list[Path]:
    store = await open_store(url, migrate=True)
    try:
        data = await load_report_data(store.evaluation, first, last)
    finally:
        await store.close()
    built = await asyncio.to_thread(build_report, data, k, names, language)
    return await asyncio.to_thread(write_report, built, directory)
