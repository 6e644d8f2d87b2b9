"""The ``lotse`` command line: chat, configuration, database and admin commands."""

from __future__ import annotations

import asyncio
import getpass
import os
import sys

import click

from lotse import logs
from lotse.admin_cli import admin
from lotse.app import App
from lotse.llm_cli import llm
from lotse.manifest_cli import manifest
from lotse.matrix_cli import matrix
from lotse.occupations_cli import occupations
from lotse.report_cli import report
from lotse.runtime import load_settings, run_with_app


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Lotse – an AI assistant for career counsellors (Teams, Matrix, console).

    Every setting is an environment variable with the prefix LOTSE_, or a key in the TOML file
    named by LOTSE_CONFIG_FILE (see `lotse config show`).
    """


@cli.command()
@click.option("--user", default=None, help="Who you are in this chat (default: your login).")
@click.option("--department", default=None, help="Try Lotse as a member of this department.")
def chat(user: str | None, department: str | None) -> None:
    """Chat with Lotse in the terminal (one message per line when stdin is not a terminal)."""
    from lotse.chat import run_chat

    settings = load_settings()
    logs.configure("WARNING" if settings.log_level == "INFO" else settings.log_level)
    user = user or _login_name()
    sys.exit(run_chat(settings, user, department))


@cli.command()
@click.option("--user", default=None, help="Who you are (default: your login, as in lotse chat).")
@click.option("--department", default=None, help="Ask as a member of this department.")
@click.option(
    "--ja",
    "--yes",
    "accept",
    is_flag=True,
    help="Acknowledge the AI guideline if it is due (it is printed first).",
)
@click.argument("text", required=False)
def ask(user: str | None, department: str | None, accept: bool, text: str | None) -> None:
    """Send one message and print the reply: TEXT, or all of standard input when TEXT is
    omitted or "-" (several lines stay one message). Exit status 3: the AI guideline has to
    be acknowledged first (printed; repeat with --ja)."""
    from lotse.ask import run_ask

    if text is None or text == "-":
        text = sys.stdin.read()
    settings = load_settings()
    logs.configure("WARNING" if settings.log_level == "INFO" else settings.log_level)
    sys.exit(run_ask(settings, user or _login_name(), department, text, accept))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "counsellor"


@cli.command()
def serve() -> None:
    """Run the server: the Teams endpoint and every configured adapter, with /healthz and
    /readyz, on LOTSE_HOST:LOTSE_PORT."""
    from lotse.serve import run_server

    settings = load_settings()
    logs.configure(settings.log_level, settings.log_format)
    run_server(settings)


@cli.group()
def config() -> None:
    """Inspect the configuration."""


@config.command("show")
def config_show() -> None:
    """Print the whole settings tree: core, model, skills and adapters (secrets masked)."""
    from lotse.settings import masked

    for key, value in masked(load_settings()).items():
        click.echo(f"{key}={value}")


@cli.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
def db_upgrade() -> None:
    """Apply all database migrations (the app also does this on start)."""
    from storage.migrate import upgrade

    settings = load_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(upgrade(settings.effective_database_url))
    click.echo("database is up to date")


@db.command("purge")
def db_purge() -> None:
    """Delete what is older than its retention period (LOTSE_RETENTION_*_DAYS)."""
    count = run_with_app(load_settings(), lambda app: app.engine.purge_expired())
    click.echo(f"purged {count} rows past their retention period")


@cli.command()
def skills() -> None:
    """List the installed skills with their commands."""

    async def work(app: App) -> None:
        for skill in app.engine.services.registry:
            meta = skill.meta
            flags = ("needs LLM" if meta.needs_llm else "offline") + (
                ", on by default" if meta.enabled_by_default else ", off by default"
            )
            click.echo(f"{meta.id:<12} {meta.name_de} / {meta.name_en} ({flags})")
            click.echo(f"{'':<12} commands: {', '.join(meta.commands)}")

    run_with_app(load_settings(), work)


cli.add_command(admin)
cli.add_command(occupations)
cli.add_command(matrix)
cli.add_command(manifest)
cli.add_command(llm)
cli.add_command(report)


# Files Lotse creates (the SQLite database with pending requests, the Matrix crypto store, key
# files) are its own: 0600 files in 0700 folders, whatever the login's umask says.
PRIVATE_UMASK = 0o077


def main() -> None:
    os.umask(PRIVATE_UMASK)
    cli(prog_name="lotse")
