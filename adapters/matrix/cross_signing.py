"""Cross-signing for the bot account (matrix-nio has none): master, self-signing and
user-signing keys uploaded once, the bot's device signed by the self-signing key, so that other
people's clients see the device as verified by its owner. Idempotent: keys the account already
has and the store holds are reused; keys the store does not hold are never replaced."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import partial
from typing import Any

from nio import AsyncClient

from adapters.matrix.keyfile import CrossSigningKeys, load_keys, save_keys
from adapters.matrix.retry import RequestFailed, retrying
from adapters.matrix.settings import MatrixSettings
from adapters.matrix.signing import SigningKey
from bot.transient import Transient

log = logging.getLogger("lotse.matrix")

KEYS_QUERY = "/_matrix/client/v3/keys/query"
DEVICE_SIGNING_UPLOAD = "/_matrix/client/v3/keys/device_signing/upload"
SIGNATURES_UPLOAD = "/_matrix/client/v3/keys/signatures/upload"


class CrossSigningError(Exception):
    """Cross-signing cannot be set up without an admin (logged; the bot keeps working)."""


class NeedsPassword(CrossSigningError):
    """The homeserver wants the account password (user-interactive auth) for the upload."""


class ForeignKeys(CrossSigningError):
    """The account has cross-signing keys that the store does not hold."""


@dataclass(frozen=True)
class Bootstrap:
    """What ``bootstrap`` did: ``created`` is True only when new keys were generated (show the
    recovery key then), ``device_signed`` when the device got its signature now."""

    keys: CrossSigningKeys
    created: bool
    uploaded: bool
    device_signed: bool


async def _call(client: AsyncClient, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    response = await client.send(
        "POST",
        path,
        json.dumps(body),
        headers={
            "Authorization": f"Bearer {client.access_token}",
            "Content-Type": "application/json",
        },
    )
    async with response:
        status = response.status
        data = await response.json(content_type=None)
    if status == 429 or status >= 500:
        retry_after = data.get("retry_after_ms") if isinstance(data, dict) else None
        raise Transient(f"http {status}", retry_after / 1000 if retry_after else None)
    return status, data


def _post(client: AsyncClient, path: str, body: dict[str, Any]) -> Any:
    return retrying(partial(_call, client, path, body))


def key_object(key: SigningKey, user_id: str, usage: str) -> dict[str, Any]:
    return {"user_id": user_id, "usage": [usage], "keys": {key.key_id: key.public}}


def public_key(published: Any) -> str | None:
    """The single ed25519 public key of a cross-signing key object, if any."""
    if not isinstance(published, dict) or not isinstance(published.get("keys"), dict):
        return None
    values = [v for k, v in published["keys"].items() if k.startswith("ed25519:")]
    return str(values[0]) if len(values) == 1 else None


async def upload_keys(
    client: AsyncClient, settings: MatrixSettings, keys: CrossSigningKeys
) -> None:
    """Publish the keys; user-interactive auth with the password when the server asks."""
    user_id = client.user_id
    body: dict[str, Any] = {
        "master_key": key_object(keys.master, user_id, "master"),
        "self_signing_key": keys.master.sign(
            key_object(keys.self_signing, user_id, "self_signing"), user_id
        ),
        "user_signing_key": keys.master.sign(
            key_object(keys.user_signing, user_id, "user_signing"), user_id
        ),
    }
    status, data = await _post(client, DEVICE_SIGNING_UPLOAD, body)
    if status == 401 and isinstance(data, dict) and "flows" in data:
        # User-interactive auth: newer homeservers skip it for the very first upload only.
        if settings.password is None:
            raise NeedsPassword("the first cross-signing upload needs LOTSE_MATRIX_PASSWORD")
        body["auth"] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": settings.password.get_secret_value(),
            "session": data.get("session"),
        }
        status, data = await _post(client, DEVICE_SIGNING_UPLOAD, body)
    if status != 200:
        code = data.get("errcode") if isinstance(data, dict) else None
        raise CrossSigningError(f"cross-signing upload refused: {code or status}")


async def _sign_device(client: AsyncClient, keys: CrossSigningKeys, device: Any) -> None:
    user_id = client.user_id
    signed = keys.self_signing.sign(device, user_id)
    status, data = await _post(client, SIGNATURES_UPLOAD, {user_id: {client.device_id: signed}})
    if status != 200 or (isinstance(data, dict) and data.get("failures")):
        raise CrossSigningError(f"device signature refused: {status}")


async def bootstrap(client: AsyncClient, settings: MatrixSettings) -> Bootstrap:
    """Set up (or confirm) cross-signing; the device keys must be uploaded already."""
    user_id, device_id = client.user_id, client.device_id
    stored = load_keys(settings.store, settings.pickle_key)
    status, published = await _post(client, KEYS_QUERY, {"device_keys": {user_id: []}})
    if status != 200 or not isinstance(published, dict):
        raise RequestFailed(f"keys query: {status}")
    master = public_key(published.get("master_keys", {}).get(user_id))
    self_signing = public_key(published.get("self_signing_keys", {}).get(user_id))
    created = uploaded = False
    if master is not None:
        if stored is None or (stored.master.public, stored.self_signing.public) != (
            master,
            self_signing,
        ):
            raise ForeignKeys(
                "the account has cross-signing keys this store does not hold: restore them "
                "with `lotse matrix recover` or reset them in a client"
            )
        keys = stored
    else:
        keys = stored or CrossSigningKeys.generate()
        if stored is None:
            save_keys(settings.store, keys, settings.pickle_key)  # kept before they go out
            created = True
        await upload_keys(client, settings, keys)
        uploaded = True
        log.info("cross-signing keys uploaded", extra={"created": created})
    device = published.get("device_keys", {}).get(user_id, {}).get(device_id)
    if not isinstance(device, dict):
        raise Transient("device keys not on the homeserver yet")
    signatures = device.get("signatures", {}).get(user_id, {})
    device_signed = keys.self_signing.key_id not in signatures
    if device_signed:
        await _sign_device(client, keys, device)
        log.info("device cross-signed", extra={"device_id": device_id})
    return Bootstrap(keys, created, uploaded, device_signed)
