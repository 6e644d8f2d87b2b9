"""Shared by the CLI commands: the settings tree with readable errors, and running with an open
app."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import click

from bot.cluster import StartRefused
from lotse.app import App, open_app
from lotse.settings import ConfigError, LotseSettings, read_settings

T = TypeVar("T")


def load_settings() -> LotseSettings:
    """The settings tree, or one line naming each bad variable (exit status 1)."""
    try:
        return read_settings()
    except ConfigError as error:
        raise click.ClickException(f"invalid configuration – {error}") from None


def run_with_app(settings: LotseSettings, work: Callable[[App], Awaitable[T]]) -> T:
    async def main() -> T:
        async with open_app(settings) as app:
            return await work(app)

    try:
        return asyncio.run(main())
    except StartRefused as refusal:
        raise click.ClickException(str(refusal)) from None
