"""Structured log lines: message plus ``key=value`` pairs (ids and outcomes, never content),
or one JSON object per line (``LOTSE_LOG_FORMAT=json``) for log collectors.

Every line carries this process's instance id once it is known and, while a turn runs, the
turn's correlation id (the one the user sees in an apology and the audit row carries)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}

# The turn being handled: set around each turn, seen by every log call made inside it (tasks
# the turn starts inherit it).
_CORRELATION: ContextVar[str | None] = ContextVar("lotse_correlation_id", default=None)


class _Process:
    instance: str | None = None  # one per process: set once the app has started


def set_instance(instance_id: str | None) -> None:
    _Process.instance = instance_id


@contextmanager
def turn(correlation_id: str) -> Iterator[None]:
    """Log lines written while the turn runs carry its correlation id."""
    token = _CORRELATION.set(correlation_id)
    try:
        yield
    finally:
        _CORRELATION.reset(token)


class ContextFilter(logging.Filter):
    """Adds ``instance`` and ``correlation_id`` to a record unless the call gave them."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _Process.instance is not None and not hasattr(record, "instance"):
            record.instance = _Process.instance
        correlation_id = _CORRELATION.get()
        if correlation_id is not None and not hasattr(record, "correlation_id"):
            record.correlation_id = correlation_id
        return True


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
        if extras:
            line += " " + " ".join(f"{key}={value}" for key, value in sorted(extras.items()))
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, then the record's fields
    (instance, correlation_id, outcome and the other ids and counts a call passed)."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and key not in line:
                line[key] = value
        return json.dumps(line, ensure_ascii=False, default=str)


# Libraries that log request or response payloads (prompts, message bodies, URLs with query
# strings) below WARNING. They stay at WARNING whatever LOTSE_LOG_LEVEL says: content must never
# reach a log. A filter, not only a logger level, because an SDK may raise its own logger's
# level later (the anthropic SDK does so from ANTHROPIC_LOG when it is imported).
PAYLOAD_LOGGERS = (
    "anthropic",
    "openai",
    "httpx",
    "httpcore",
    "botbuilder",
    "botframework",
    "msrest",
    "msal",
    "nio",
    "aiohttp.access",
    "aiohttp.client",
    "aiohttp.server",
    "urllib3",
    "botocore",
    "google",
)


class PayloadLoggerFilter(logging.Filter):
    """Drops records below WARNING from the libraries in ``PAYLOAD_LOGGERS``."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno >= logging.WARNING:
            return True
        name = record.name
        return not any(name == quiet or name.startswith(quiet + ".") for quiet in PAYLOAD_LOGGERS)


def configure(level: str, log_format: str = "text") -> None:
    handler = logging.StreamHandler(sys.stderr)
    if log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(PayloadLoggerFilter())
    handler.addFilter(ContextFilter())
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
