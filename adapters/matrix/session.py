"""The bot's Matrix session: a nio client with its encrypted store, and the saved login
(device id + access token) that ``lotse matrix login`` writes and every later start reuses."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from nio import AsyncClient, AsyncClientConfig, LoginResponse
from nio.store import SqliteStore

from adapters.matrix.settings import MatrixSettings

log = logging.getLogger("lotse.matrix")

CREDENTIALS_FILE = "credentials.json"


class LoginFailed(Exception):
    """The homeserver refused the login (wrong password, unknown user)."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """A device of the bot account."""

    homeserver: str
    user_id: str
    device_id: str
    access_token: str


def load_credentials(store_path: Path) -> Credentials | None:
    path = store_path / CREDENTIALS_FILE
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Credentials(**data)


def save_credentials(store_path: Path, credentials: Credentials) -> None:
    """Written with mode 0600 and replaced atomically: the token is a password."""
    store_path.mkdir(parents=True, exist_ok=True)
    path = store_path / CREDENTIALS_FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(asdict(credentials), handle)
    os.replace(tmp, path)


def new_client(settings: MatrixSettings) -> AsyncClient:
    """A client whose keys live in an SQLite store in the store directory, pickled with the
    passphrase. The sync token is kept by the adapter (after handling), not by nio."""
    settings.store.mkdir(parents=True, exist_ok=True)
    config = AsyncClientConfig(
        store=SqliteStore,
        encryption_enabled=True,
        store_sync_tokens=False,
        pickle_key=settings.pickle_key,
        # Retries are ours (tenacity): nio must hand errors back instead of looping forever.
        max_limit_exceeded=0,
        max_timeouts=0,
        request_timeout=max(60.0, settings.sync_timeout_ms / 1000 + 20),
    )
    return AsyncClient(
        settings.homeserver, settings.user_id, store_path=str(settings.store), config=config
    )


async def password_login(client: AsyncClient, settings: MatrixSettings) -> Credentials:
    """Log in with the password and keep the new device for later starts."""
    if settings.password is None:
        raise LoginFailed("no LOTSE_MATRIX_PASSWORD and no saved login")
    response = await client.login(
        settings.password.get_secret_value(), device_name=settings.device_name
    )
    if not isinstance(response, LoginResponse):
        raise LoginFailed(f"login refused: {getattr(response, 'status_code', 'error')}")
    credentials = Credentials(
        settings.homeserver, response.user_id, response.device_id, response.access_token
    )
    save_credentials(settings.store, credentials)
    log.info("matrix login", extra={"device_id": credentials.device_id})
    return credentials


async def open_session(client: AsyncClient, settings: MatrixSettings) -> Credentials:
    """Restore a configured token, else a saved login, else log in with the password."""
    if settings.access_token is not None and settings.device_id:
        credentials = Credentials(
            settings.homeserver,
            settings.user_id,
            settings.device_id,
            settings.access_token.get_secret_value(),
        )
    else:
        saved = load_credentials(settings.store)
        if saved is not None and saved.user_id == settings.user_id:
            credentials = saved
        else:
            return await password_login(client, settings)
    client.restore_login(credentials.user_id, credentials.device_id, credentials.access_token)
    return credentials
