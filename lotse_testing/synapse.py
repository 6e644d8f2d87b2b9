"""A real Synapse for the Matrix tests: started once per session, stopped also on failure.

SQLite, one HTTP listener on 127.0.0.1 and a free port, no federation, no open registration;
accounts are created through the shared-secret admin API. ``restart()`` stops and starts the
same homeserver on the same port and database (the homeserver-restart test).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from signedjson.key import generate_signing_key, write_signing_keys

SERVER_NAME = "lotse.test"
STARTUP_TIMEOUT = 60.0

_CONFIG = """\
server_name: "{server_name}"
pid_file: "{dir}/homeserver.pid"
public_baseurl: "http://127.0.0.1:{port}/"
listeners:
  - port: {port}
    bind_addresses: ["127.0.0.1"]
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: "{dir}/homeserver.db"
log_config: "{dir}/log.config"
media_store_path: "{dir}/media_store"
signing_key_path: "{dir}/signing.key"
registration_shared_secret: "{secret}"
macaroon_secret_key: "{macaroon}"
form_secret: "{form}"
enable_registration: false
# Every test registers accounts and logs in: a password hash of 2^4 rounds, not 2^12 (~0.25 s).
bcrypt_rounds: 4
report_stats: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
send_federation: false
url_preview_enabled: false
presence:
  enabled: false
enable_metrics: false
{rate_limits}"""

_LOG_CONFIG = """\
version: 1
formatters:
  precise:
    format: '%(asctime)s - %(name)s - %(levelname)s - %(message)s'
handlers:
  file:
    class: logging.FileHandler
    formatter: precise
    filename: "{dir}/homeserver.log"
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""


# Relaxed for tests that log in and send in bursts.
_LIMITED = ("rc_message", "rc_registration", "rc_joins_per_room", "rc_key_requests")
_LIMITED_NESTED = {
    "rc_login": ("address", "account", "failed_attempts"),
    "rc_joins": ("local", "remote"),
    "rc_invites": ("per_room", "per_user", "per_issuer"),
}


def _rate_limits() -> str:
    relaxed = "{per_second: 1000, burst_count: 1000}"
    lines = [f"{name}: {relaxed}" for name in _LIMITED]
    for name, keys in _LIMITED_NESTED.items():
        lines.append(f"{name}:")
        lines.extend(f"  {key}: {relaxed}" for key in keys)
    return "\n".join(lines) + "\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class User:
    """A registered account and its password."""

    user_id: str
    password: str
    access_token: str
    device_id: str

    @property
    def localpart(self) -> str:
        return self.user_id[1:].split(":", 1)[0]


@dataclass
class Synapse:
    """A running homeserver process."""

    directory: Path
    port: int
    shared_secret: str
    process: subprocess.Popen[bytes] | None = None
    _counter: int = field(default=0)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def server_name(self) -> str:
        return SERVER_NAME

    def write_config(self) -> Path:
        values = {
            "server_name": SERVER_NAME,
            "dir": self.directory,
            "port": self.port,
            "secret": self.shared_secret,
            "macaroon": secrets.token_hex(16),
            "form": secrets.token_hex(16),
            "rate_limits": _rate_limits(),
        }
        config = self.directory / "homeserver.yaml"
        config.write_text(_CONFIG.format(**values))
        (self.directory / "log.config").write_text(_LOG_CONFIG.format(dir=self.directory))
        (self.directory / "media_store").mkdir(exist_ok=True)
        key_file = self.directory / "signing.key"
        if not key_file.exists():
            with key_file.open("w") as handle:
                write_signing_keys(handle, [generate_signing_key("a_test")])
        return config

    def start(self) -> None:
        config = self.directory / "homeserver.yaml"
        env = {**os.environ, "SYNAPSE_ASYNC_IO_REACTOR": "0"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", str(config)],
            cwd=self.directory,
            env=env,
            stdout=(self.directory / "stdout.log").open("ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_healthy()

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        import urllib.error
        import urllib.request

        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                log = (self.directory / "stdout.log").read_text(errors="replace")[-3000:]
                raise RuntimeError(f"synapse exited with {self.process.returncode}:\n{log}")
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=1) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise RuntimeError("synapse did not become healthy in time")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            self.process = None
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    async def register(
        self, localpart: str | None = None, *, admin: bool = False, password: str | None = None
    ) -> User:
        """A new account through the shared-secret admin API (HMAC over nonce and fields)."""
        if localpart is None:
            self._counter += 1
            localpart = f"user{self._counter}_{secrets.token_hex(3)}"
        password = password or secrets.token_urlsafe(12)
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        async with aiohttp.ClientSession() as session:
            async with session.get(endpoint) as response:
                nonce = (await response.json())["nonce"]
            body = {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": _mac(self.shared_secret, nonce, localpart, password, admin),
            }
            async with session.post(endpoint, json=body) as response:
                data = await response.json()
                if response.status != 200:
                    raise RuntimeError(f"registration failed: {data}")
        return User(data["user_id"], password, data["access_token"], data["device_id"])


def _mac(secret: str, nonce: str, user: str, password: str, admin: bool) -> str:
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
    mac.update(nonce.encode())
    mac.update(b"\x00")
    mac.update(user.encode())
    mac.update(b"\x00")
    mac.update(password.encode())
    mac.update(b"\x00")
    mac.update(b"admin" if admin else b"notadmin")
    return mac.hexdigest()
