"""Shared by the CLI commands: settings with readable errors, and running with an open app."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click
from pydantic import ValidationError

from bot.cluster import StartRefused
from bot.config import Settings
from lotse.app import App, open_app

T = TypeVar("T")


def load_settings() -> Settings:
    """Settings from the environment, or a clear error naming each bad variable."""
    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"LOTSE_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in error.errors()
        )
        raise click.ClickException(f"invalid configuration – {problems}") from None
    except ValueError as error:
        raise click.ClickException(f"invalid configuration – {error}") from None


def run_with_app(settings: Settings, work: Callable[[App], Awaitable[T]]) -> T:
    async def main() -> T:
        async with open_app(settings) as app:
            return await work(app)

    try:
        return asyncio.run(main())
    except StartRefused as refusal:
        raise click.ClickException(str(refusal)) from None
