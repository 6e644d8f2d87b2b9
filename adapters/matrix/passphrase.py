"""The store passphrase when none is configured: generated once into a 0600 file, never empty.

nio pickles the bot's encryption keys with it, and the cross-signing keys are sealed with it.
A store that was created without one (before this file existed) cannot be re-encrypted in
place: it keeps working unencrypted, with a warning at every start, until a passphrase is set
and the store is created anew.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

log = logging.getLogger("lotse.matrix")
PASSPHRASE_FILE = "store.passphrase"


def _has_unencrypted_store(store: Path) -> bool:
    return store.is_dir() and any(store.glob("*.db"))


def store_passphrase(store: Path) -> str:
    """The generated passphrase of ``store``; "" only for a legacy store made without one."""
    path = store / PASSPHRASE_FILE
    if path.is_file():
        return path.read_text(encoding="utf-8").strip()
    if _has_unencrypted_store(store):
        log.warning(
            "the Matrix store was created without LOTSE_MATRIX_STORE_PASSPHRASE: its keys are "
            "not encrypted at rest; set the variable and log in anew to encrypt them"
        )
        return ""
    store.mkdir(parents=True, exist_ok=True, mode=0o700)
    passphrase = secrets.token_urlsafe(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process was first: use its passphrase
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(passphrase + "\n")
    log.info("generated a Matrix store passphrase", extra={"file": PASSPHRASE_FILE})
    return passphrase
