"""``lotse matrix login``: the bot account's first login; later starts reuse the device."""

from __future__ import annotations

import asyncio

import click
from pydantic import SecretStr

from adapters.matrix.settings import MatrixSettings
from lotse.runtime import load_settings


@click.group()
def matrix() -> None:
    """The Matrix bot account (settings: LOTSE_MATRIX_*)."""


def _matrix_settings() -> MatrixSettings:
    settings = load_settings()
    if settings.matrix is None:
        raise click.ClickException(
            "Matrix is not configured – set LOTSE_MATRIX_HOMESERVER and LOTSE_MATRIX_USER_ID"
        )
    return settings.matrix.with_data_dir(settings.data_dir).with_store_passphrase()


async def _login(settings: MatrixSettings) -> tuple[str, str, str | None]:
    """User id, device id, and the recovery key when cross-signing keys were just created."""
    from adapters.matrix.cross_signing import CrossSigningError, bootstrap
    from adapters.matrix.retry import RequestFailed, retrying
    from adapters.matrix.session import new_client, password_login
    from bot.transient import Transient

    client = new_client(settings)
    try:
        credentials = await password_login(client, settings)
        if client.should_upload_keys:  # the device's encryption keys, so rooms can be shared
            await retrying(client.keys_upload)
        try:
            done = await bootstrap(client, settings)
        except (CrossSigningError, RequestFailed, Transient) as error:
            # The next `lotse serve` start tries again; the login itself succeeded.
            click.echo(f"cross-signing not set up yet: {error}", err=True)
            return credentials.user_id, credentials.device_id, None
        recovery = done.keys.recovery_key if done.created else None
        return credentials.user_id, credentials.device_id, recovery
    finally:
        await client.close()


@matrix.command("login")
@click.option("--force", is_flag=True, help="Log in again with a new device.")
def login(force: bool) -> None:
    """Log in with the password (LOTSE_MATRIX_PASSWORD or a prompt) and keep the device
    (id + access token) in the store directory for every later start."""
    from adapters.matrix.session import LoginFailed, load_credentials

    settings = _matrix_settings()
    saved = load_credentials(settings.store)
    if saved is not None and not force:
        click.echo(f"already logged in as {saved.user_id}, device {saved.device_id}")
        click.echo("(use --force for a new device; its old encryption keys are then unused)")
        return
    if settings.password is None:
        password = click.prompt(f"password for {settings.user_id}", hide_input=True)
        settings = settings.model_copy(update={"password": SecretStr(password)})
    try:
        user_id, device_id, recovery = asyncio.run(_login(settings))
    except LoginFailed as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"logged in as {user_id}, device {device_id}")
    click.echo(f"device saved in {settings.store}")
    if recovery is not None:
        click.echo("cross-signing set up; the device is verified by its owner.")
        click.echo("Recovery key (shown only now; keep it in a password safe):")
        click.echo(f"  {recovery}")
        click.echo("A lost store directory is restored with `lotse matrix recover`.")


@matrix.command("recover")
@click.option("--recovery-key", prompt=True, hide_input=True, help="As printed by login.")
def recover(recovery_key: str) -> None:
    """Restore the cross-signing keys from the recovery key into the store directory; the next
    start signs the (new) device with them."""
    from adapters.matrix.keyfile import CrossSigningKeys, KeyFileError, save_keys

    settings = _matrix_settings()
    try:
        keys = CrossSigningKeys.from_recovery_key(recovery_key)
    except KeyFileError as error:
        raise click.ClickException(str(error)) from None
    save_keys(settings.store, keys, settings.pickle_key)
    click.echo(f"cross-signing keys restored (master key {keys.master.public})")
