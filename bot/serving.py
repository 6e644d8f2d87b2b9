"""The contract between ``lotse serve`` and the platform adapters that live inside it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from bot.host import Host

if TYPE_CHECKING:
    from aiohttp import web


class ServerHost(Host, Protocol):
    """The host as a server adapter sees it: also the address ``lotse serve`` listens on
    (an adapter may refuse to serve unauthenticated requests beyond loopback)."""

    @property
    def bind_address(self) -> str: ...


class ServerAdapter(Protocol):
    """A platform adapter that lives inside ``lotse serve``.

    An adapter may report its state in a ``status`` attribute (shown by ``/readyz``), and
    may offer ``async drain()``: take no new work from now on (called when the server begins
    to stop, before the turns in flight get their grace period)."""

    name: str

    async def start(self, host: ServerHost, web_app: web.Application) -> None:
        """Add routes to ``web_app`` (before it starts) and/or start background work."""

    async def stop(self) -> None:
        """Stop background work; called once on shutdown, also after a failed start."""
