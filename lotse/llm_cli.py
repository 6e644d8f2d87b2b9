"""``lotse llm check``: does the configured model server handle what Lotse sends?"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from urllib.parse import urlsplit

import click

from bot.llm.check import run_checks
from bot.llm.factory import LLMConfigError, build_llm, close_llm
from bot.llm.openai_settings import OpenAISettings
from bot.llm.port import Model
from bot.llm.settings import LLMSettings
from bot.llm.use import ModelUse
from lotse.runtime import load_settings

Echo = Callable[[str], None]


@click.group()
def llm() -> None:
    """The language model (LOTSE_LLM_PROVIDER, LOTSE_LLM_*, LOTSE_OPENAI_*)."""


@llm.command("check")
@click.option(
    "--deadline",
    type=float,
    default=None,
    help="Seconds per check, retries included (default: LOTSE_LLM_DEADLINE_SECONDS).",
)
def check(deadline: float | None) -> None:
    """Send one small request of each kind (plain text, tool call, streaming, JSON) and print
    what works. Exit code 1 when a required kind fails, 2 when no model is configured."""
    tree = load_settings()
    settings = tree.llm
    if deadline is not None:
        settings = settings.model_copy(update={"deadline_seconds": deadline})
    try:
        model = build_llm(settings, tree.openai, tree.sdk)
    except LLMConfigError as error:
        raise click.ClickException(str(error)) from None
    if not model.available:
        click.echo("no model configured (LOTSE_LLM_PROVIDER); Lotse runs offline")
        sys.exit(2)
    sys.exit(asyncio.run(check_and_report(model, settings, click.echo, tree.openai)))


async def check_and_report(
    model: Model, settings: LLMSettings, echo: Echo, server: OpenAISettings | None = None
) -> int:
    """Run the checks and print them; the exit code (1: a required kind failed)."""
    echo(_describe(settings, server or OpenAISettings()))
    try:
        # Outside any conversation: no user's budget applies, on purpose.
        llm = model.bind(ModelUse.standalone(), purpose="check")
        results = await run_checks(llm, settings.route_with_model)
    finally:
        await close_llm(model)
    for result in results:
        mark = "ok  " if result.ok else ("FAIL" if result.required else "warn")
        need = "required" if result.required else "optional"
        echo(f"  {mark}  {result.kind:<10} {result.seconds:6.2f} s  {need:<8}  {result.detail}")
    features = getattr(getattr(model, "backend", None), "features", None)
    if isinstance(features, dict):
        for name, supported in features.items():
            state = {True: "yes", False: "no", None: "not asked"}[supported]
            echo(f"  server supports {name}: {state}")
    failed = [r.kind for r in results if r.required and not r.ok]
    echo(f"required kinds failing: {', '.join(failed)}" if failed else "all required kinds work")
    return 1 if failed else 0


def _describe(settings: LLMSettings, server: OpenAISettings) -> str:
    provider = settings.effective_provider
    if provider != "openai":
        return f"provider {provider}, model {settings.model_for('default')}"
    url = urlsplit(server.base_url or "")
    where = f"{url.scheme}://{url.hostname}{f':{url.port}' if url.port else ''}{url.path}"
    route = server.model_for("fast", "route")
    return f"provider openai at {where}, model {server.model_for('default')} (routing: {route})"
