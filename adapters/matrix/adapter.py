"""The Matrix adapter inside ``lotse serve``: one sync loop that never gives up, persisting
the sync token only after the events of that sync were handled.

A bot account may run one sync loop at a time. Of several instances sharing the database,
the one holding the ``matrix`` leadership syncs; the others stand by, trying every few
seconds, and take over when the leader stops or dies (the host hands the leadership over
only once the old leader is gone). The new leader resumes from the sync token in the shared
store directory, and the event ledger answers every event the old one claimed but did not
answer."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from nio import AsyncClient, SyncResponse
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type

from adapters.matrix.cross_signing import CrossSigningError, bootstrap
from adapters.matrix.events import SyncHandler, SyncRetry
from adapters.matrix.keyfile import KeyFileError
from adapters.matrix.retry import RETRYABLE, RequestFailed, check, retrying, wait_seconds
from adapters.matrix.session import LoginFailed, new_client, open_session
from adapters.matrix.settings import MatrixSettings
from adapters.matrix.tokens import SyncTokenFile
from bot import metrics
from bot.cluster import Leadership
from bot.failures import log_failure

if TYPE_CHECKING:
    from aiohttp import web

    from bot.serving import ServerHost

log = logging.getLogger("lotse.matrix")

_TRANSIENT: tuple[type[BaseException], ...] = (SyncRetry, *RETRYABLE)
_REFUSED = (LoginFailed, RequestFailed)
PERMANENT_FAILURE_PAUSE = 30.0  # a refused login or token: retry slowly, an admin must act
ROLE = "matrix"
LEAD_EVERY_SECONDS = 2.0  # a standby tries to take the leadership this often
HELD_EVERY_SECONDS = 2.0  # the leader checks this often that its leadership still holds


def _sync_wait(state: RetryCallState) -> float:
    error = state.outcome.exception() if state.outcome else None
    pause = wait_seconds(state)
    return max(PERMANENT_FAILURE_PAUSE, pause) if isinstance(error, _REFUSED) else pause


def _log_sync_failure(state: RetryCallState) -> None:
    error = state.outcome.exception() if state.outcome else None
    if error is None:
        return
    failures = state.attempt_number
    if isinstance(error, _TRANSIENT):
        log_failure(
            log, "matrix sync failed, retrying", error, level=logging.WARNING, failures=failures
        )
    elif isinstance(error, _REFUSED):
        log.error("matrix refused the bot", extra={"error": str(error)})
    else:
        log_failure(log, "matrix sync crashed", error, failures=failures)


class MatrixAdapter:
    """Lotse as a Matrix bot account (``ServerAdapter`` for ``lotse serve``)."""

    name = "matrix"

    def __init__(self, settings: MatrixSettings) -> None:
        self._configured = settings
        self._task: asyncio.Task[None] | None = None
        self._client: AsyncClient | None = None
        self._handler: SyncHandler | None = None
        self._tokens: SyncTokenFile | None = None
        self._logged_in = False
        self._full_state_done = False
        self.cross_signing: str | None = None  # "ok" or "failed" once settled
        self.syncs = 0  # completed syncs, for readiness checks and tests
        self.synced = asyncio.Event()  # set after every completed sync
        self.status = "standby"  # "leader" while this instance syncs (shown by /readyz)
        self._draining = False

    @property
    def client(self) -> AsyncClient:
        if self._client is None:
            raise RuntimeError("the Matrix adapter is not started")
        return self._client

    async def start(self, host: ServerHost, web_app: web.Application) -> None:
        """Builds the client and starts the sync loop; never waits for the homeserver."""
        del web_app
        settings = self._configured.with_data_dir(host.data_dir).with_store_passphrase()
        self._host = host
        self._settings = settings
        self._tokens = SyncTokenFile(settings.store)
        self._new_client()
        self._task = asyncio.create_task(self._lead(), name="lotse-matrix-lead")

    def _new_client(self) -> None:
        """A client that reads the store afresh (another leader may have changed it)."""
        self._client = new_client(self._settings)
        self._logged_in = False
        self._full_state_done = False
        self._handler = SyncHandler(self._client, self._settings, self._host)

    async def _lead(self) -> None:
        """Sync while this instance leads; stand by while another does."""
        terms = 0
        while True:
            if self._draining:  # a stopping instance takes up no leadership
                await asyncio.sleep(LEAD_EVERY_SECONDS)
                continue
            try:
                leadership = await self._host.lead(ROLE)
            except Exception as error:
                log_failure(log, "matrix leadership unknown", error, level=logging.WARNING)
                leadership = None
            if leadership is None:
                await asyncio.sleep(LEAD_EVERY_SECONDS)
                continue
            try:
                if terms:
                    await self.client.close()
                    self._new_client()
                terms += 1
                await self._lead_term(leadership)
            finally:
                self.status = "standby"
                metrics.matrix_leading(False)
                await leadership.release()

    async def _lead_term(self, leadership: Leadership) -> None:
        self.status = "leader"
        metrics.matrix_leading(True)
        log.info("matrix sync started on this instance")
        sync = asyncio.create_task(self._run(), name="lotse-matrix-sync")
        try:
            while True:
                await asyncio.sleep(HELD_EVERY_SECONDS)
                if not await leadership.held():
                    break
            log.warning("matrix leadership lost")
        finally:
            sync.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sync

    async def drain(self) -> None:
        """Take no new events: the sync under way is handled to its end, none follows. The
        leadership is kept until :meth:`stop`, so no other instance syncs meanwhile; the new
        leader resumes from the last handled sync's token."""
        self._draining = True

    async def stop(self) -> None:
        # The event ledger is purged by lotse serve's hourly housekeeping, for every platform.
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
        if self._client is not None:
            await self._client.close()

    async def _run(self) -> None:
        """Sync until drained. Failures in a row wait longer each time (jittered, capped); a
        successful sync starts the count again. Never let one bad response end the loop."""
        while not self._draining:
            retrying = AsyncRetrying(
                retry=retry_if_exception_type(Exception),
                wait=_sync_wait,
                before_sleep=_log_sync_failure,
                sleep=asyncio.sleep,
                reraise=True,
            )
            async for attempt in retrying:
                with attempt:
                    if not self._logged_in:
                        await open_session(self.client, self._settings)
                        self._logged_in = True
                    await self._sync_once()

    async def _sync_once(self) -> None:
        assert self._tokens is not None
        assert self._handler is not None
        client = self.client
        token = self._tokens.load()
        first = not self._full_state_done
        client.next_batch = None  # a repeated sync (after SyncRetry) must be processed again
        response: SyncResponse = check(
            await client.sync(
                timeout=0 if first else self._settings.sync_timeout_ms,
                since=token,
                full_state=True if first else None,
            )
        )
        self._full_state_done = True
        await self._maintain_keys()
        await self._cross_sign()
        # Without a token this is the account's first sync ever: history is not answered.
        await self._handler.handle(response, answer_timeline=token is not None, since=token)
        self._tokens.save(response.next_batch)
        self.syncs += 1
        metrics.matrix_synced()
        self.synced.set()
        self.synced.clear()

    async def _maintain_keys(self) -> None:
        """Upload our keys, learn the others' devices, claim one-time keys, flush to-device."""
        client = self.client
        if client.should_upload_keys:
            await retrying(client.keys_upload)
        if client.should_query_keys:
            await retrying(client.keys_query)
        if client.should_claim_keys:
            await retrying(lambda: client.keys_claim(client.get_users_for_key_claiming()))
        await client.send_to_device_messages()

    async def _cross_sign(self) -> None:
        """Bootstrap cross-signing once per start; a failure never stops the sync loop."""
        if self.cross_signing is not None:
            return
        try:
            await bootstrap(self.client, self._settings)
        except _TRANSIENT as error:  # tried again after the next sync
            log_failure(log, "cross-signing deferred", error, level=logging.WARNING)
            return
        except (CrossSigningError, KeyFileError, RequestFailed) as error:
            log.error("cross-signing not set up", extra={"error": str(error)})
            self.cross_signing = "failed"  # an admin must act; not retried every sync
            return
        self.cross_signing = "ok"
