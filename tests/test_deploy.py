"""The deployment guide in ``deploy/`` as far as it runs on one machine: the systemd unit
passes ``systemd-analyze verify``, the nginx site ``nginx -t``, the Caddyfile ``caddy
validate``, and a backup made and restored with the guide's commands brings the data back.
Each is skipped, with the reason, where the tool is not installed (Debian: ``apt-get install
systemd nginx caddy postgresql-client``)."""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool
from storage_fixtures import postgres_url

from storage.database import open_store

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
UNIT = DEPLOY / "lotse@.service"
INSTALLED = "/opt/lotse/venv/bin/lotse"  # where the guide installs Lotse


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")
    if found is None:
        pytest.skip(f"{name} is not installed here (Debian: apt-get install {name})")
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    analyze = tool("systemd-analyze")
    # The guide's install path does not exist on a test machine: the unit is verified with
    # this checkout's entry point in its place (verify checks that the command exists).
    lotse = Path(sys.executable).with_name("lotse")
    if not lotse.exists():
        pytest.skip("the lotse entry point is not installed beside this Python")
    text = UNIT.read_text()
    assert f"ExecStart={INSTALLED} serve" in text
    unit = tmp_path / UNIT.name
    unit.write_text(text.replace(INSTALLED, str(lotse)))
    result = run(analyze, "verify", str(tmp_path / "lotse@3978.service"))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "", result.stderr


def test_the_systemd_unit_runs_hardened_as_its_own_user() -> None:
    settings = dict(
        line.split("=", 1) for line in UNIT.read_text().splitlines() if "=" in line[:40]
    )
    assert settings["User"] == "lotse"
    assert settings["EnvironmentFile"] == "/etc/lotse/lotse.env"
    assert settings["NoNewPrivileges"] == "yes"
    assert settings["ProtectSystem"] == "strict"
    assert settings["KillSignal"] == "SIGTERM"
    # systemd must wait longer than the grace period before it kills.
    assert int(settings["TimeoutStopSec"]) > 10


def self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "lotse.example.org")])
    start = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "fullchain.pem", folder / "privkey.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def test_the_nginx_site_passes_nginx_t(tmp_path: Path) -> None:
    nginx = tool("nginx")
    cert, key = self_signed(tmp_path)
    site = (DEPLOY / "nginx" / "lotse.conf").read_text()
    site = site.replace("/etc/ssl/lotse/fullchain.pem", str(cert))
    site = site.replace("/etc/ssl/lotse/privkey.pem", str(key))
    (tmp_path / "lotse.conf").write_text(site)
    # The http block Debian's /etc/nginx/nginx.conf provides, around the site.
    main = tmp_path / "nginx.conf"
    main.write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
        f"http {{ include {tmp_path}/lotse.conf; }}\n"
    )
    result = run(nginx, "-t", "-c", str(main), "-e", "stderr")
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_the_caddyfile_validates() -> None:
    caddy = tool("caddy")
    result = run(
        caddy, "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"
    )
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr


def libpq(url: str) -> str:
    """The URL as pg_dump and pg_restore take it (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def test_backup_and_restore_as_the_guide_says(shared_database: str, tmp_path: Path) -> None:
    pg_dump, pg_restore = tool("pg_dump"), tool("pg_restore")
    store = await open_store(shared_database, migrate=True)
    try:
        await store.directory.ensure_department("Gesichert")
    finally:
        await store.close()
    dump = tmp_path / "lotse.dump"
    made = run(pg_dump, "--format=custom", f"--file={dump}", libpq(shared_database))
    assert made.returncode == 0, made.stderr
    restored = make_url(shared_database).set(database=f"{make_url(shared_database).database}_r")
    admin = create_async_engine(postgres_url(), poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{restored.database}"'))
        try:
            url = restored.render_as_string(hide_password=False)
            back = run(pg_restore, "--no-owner", f"--dbname={libpq(url)}", str(dump))
            assert back.returncode == 0, back.stderr
            again = await open_store(url, migrate=False)
            try:
                assert await again.schema_current()
                assert await again.directory.get_department("Gesichert") is not None
            finally:
                await again.close()
        finally:
            async with admin.connect() as conn:
                await conn.execute(
                    text(f'DROP DATABASE IF EXISTS "{restored.database}" WITH (FORCE)')
                )
    finally:
        await admin.dispose()
