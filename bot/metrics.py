"""What an operator measures about a running Lotse (Prometheus, ``prometheus-client``).

The collectors live in one registry of their own, not the library's default one, so that
``/metrics`` shows Lotse's figures and nothing a dependency registers. Counters are per
process, as Prometheus expects (it sums the instances). Labels have bounded values only:
platforms, skill ids from the registry, outcomes, failure kinds — never a user, a room or
anything written.
"""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

REGISTRY = CollectorRegistry(auto_describe=True)

REQUESTS = Counter(
    "lotse_requests",
    "Messages answered, by platform, skill and outcome.",
    ("platform", "skill", "outcome"),
    registry=REGISTRY,
)
# From the message reaching the engine to its reply being ready (the model's time included).
ANSWER_SECONDS = Histogram(
    "lotse_answer_seconds",
    "Time to answer a message, by platform.",
    ("platform",),
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 40.0, 90.0),
    registry=REGISTRY,
)
TURNS_IN_FLIGHT = Gauge(
    "lotse_turns_in_flight", "Messages being answered right now.", registry=REGISTRY
)
MODEL_CALLS = Counter(
    "lotse_model_calls",
    "Model calls that answered, by kind (complete or stream).",
    ("kind",),
    registry=REGISTRY,
)
MODEL_ERRORS = Counter(
    "lotse_model_errors",
    "Model calls that failed after their retries, or were refused over budget.",
    ("reason",),
    registry=REGISTRY,
)
MODEL_RETRIES = Counter(
    "lotse_model_retries", "Model call attempts that failed and were retried.", registry=REGISTRY
)
MODEL_TOKENS = Counter(
    "lotse_model_tokens",
    "Tokens sent to (in) and received from (out) the model.",
    ("direction",),
    registry=REGISTRY,
)
OFFLINE_FALLBACKS = Counter(
    "lotse_offline_fallbacks",
    "Answers given by the offline path because the model failed, was over budget or "
    "answered unusably.",
    ("reason",),
    registry=REGISTRY,
)
MATRIX_LEADER = Gauge(
    "lotse_matrix_leader",
    "1 while this instance leads the Matrix sync, else 0.",
    registry=REGISTRY,
)
MATRIX_SYNC_LAG = Gauge(
    "lotse_matrix_sync_lag_seconds",
    "Seconds since the leader's last completed Matrix sync (0 on a standby instance).",
    registry=REGISTRY,
)
CLAIMS_OUTSTANDING = Gauge(
    "lotse_event_claims_outstanding",
    "Claimed platform events whose reply is not delivered yet (all instances).",
    registry=REGISTRY,
)
DB_CONNECTIONS_IN_USE = Gauge(
    "lotse_db_connections_in_use",
    "Database connections this instance has checked out of its pools.",
    registry=REGISTRY,
)
INSTANCE = Gauge(
    "lotse_instance_info",
    "This process's instance id (value always 1).",
    ("instance",),
    registry=REGISTRY,
)


class _SyncClock:
    """When the Matrix leader last completed a sync (monotonic; None when not leading)."""

    last: float | None = None


def _sync_lag() -> float:
    last = _SyncClock.last
    return 0.0 if last is None else max(time.monotonic() - last, 0.0)


MATRIX_SYNC_LAG.set_function(_sync_lag)


def matrix_leading(leading: bool) -> None:
    MATRIX_LEADER.set(1 if leading else 0)
    _SyncClock.last = time.monotonic() if leading else None


def matrix_synced() -> None:
    _SyncClock.last = time.monotonic()


def answered(platform: str, skill: str | None, outcome: str, seconds: float) -> None:
    REQUESTS.labels(platform, skill or "none", outcome).inc()
    ANSWER_SECONDS.labels(platform).observe(seconds)


def model_answered(kind: str, tokens_in: int, tokens_out: int) -> None:
    MODEL_CALLS.labels(kind).inc()
    MODEL_TOKENS.labels("in").inc(tokens_in)
    MODEL_TOKENS.labels("out").inc(tokens_out)


def model_failed(reason: str) -> None:
    """``reason``: "unavailable", "budget_user", "budget_department" (the model layer's own
    failure names); the answer then comes from the offline path."""
    MODEL_ERRORS.labels(reason).inc()
    OFFLINE_FALLBACKS.labels(reason).inc()
