"""What every turn asks the store about the person writing, read in one unit of work.

A turn reads the sender's language, department (a room's, the person's or the default) and
its skill toggles, the acknowledgement and the evaluation standing. The per-process cache
(:mod:`bot.store_cache`) keeps them for a few seconds, but a counsellor writes less often
than that, so in real use most turns find it cold: then each read was a unit of work of its
own (a hop to the SQLite thread, a pooled PostgreSQL connection), six of them before the
conversation state. :meth:`bot.ports.Store.caller_facts` answers them all at once and the
cache keeps each fact under the key its own read uses, so nothing else changes: the steps
still ask the repositories, and every write still invalidates exactly what it did before.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.evaluation.ports import Standing
from bot.ports import Acknowledgement, Department


@dataclass(frozen=True, slots=True)
class CallerQuery:
    """Who is writing, as the turn's reads name them."""

    platform: str
    user_id: str  # the platform's id (department assignments are kept by it)
    user_key: str  # the pseudonymous key (everything else)
    scopes: tuple[str, ...]  # the room's scopes, most specific first; empty in a direct chat
    default_department: str
    survey_setting: str


@dataclass(frozen=True, slots=True)
class CallerFacts:
    """The answers, each as the repository read of its own gives it."""

    language: str | None  # PreferenceRepository.language
    scope_department: Department | None  # DirectoryRepository.department_for_scopes
    user_department: Department | None  # DirectoryRepository.department_for_user
    default_department: Department | None  # None: not created yet (ensure_department does)
    toggles: Mapping[int, Mapping[str, bool]]  # skill_toggles of each department above
    acknowledgement: Acknowledgement | None
    standing: Standing
