"""Structured log lines: message plus ``key=value`` pairs (ids and outcomes, never content)."""

from __future__ import annotations

import logging
import sys

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class KeyValueFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
        if extras:
            line += " " + " ".join(f"{key}={value}" for key, value in sorted(extras.items()))
        return line


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


def configure(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(KeyValueFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(PayloadLoggerFilter())
    for name in PAYLOAD_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
