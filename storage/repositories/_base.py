"""Common base of the repositories."""

from __future__ import annotations

from storage.runner import Runner


class SqlRepository:
    """Holds the runner; each public method is one ``read`` or ``write`` unit of work.

    The units of work are module-level functions over a sync ``Connection``, using statements
    built once (SQLAlchemy then reuses their cached compiled form on every call).
    """

    def __init__(self, runner: Runner) -> None:
        self._runner = runner
        self._dialect = runner.dialect
