"""What a turn reads about the person writing, in one unit of work (see bot.caller_facts).

Two statements (three in a room with scopes): one row of scalar subqueries (language,
acknowledgement, the person's and the default department, the evaluation standing; a missing
row reads as NULL) and the skill toggles of every department the turn may resolve to. Each
answer is what the repository read of its own returns for it.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import BindParameter

from bot.caller_facts import CallerFacts, CallerQuery
from bot.ports import Acknowledgement, Department
from storage import models as m
from storage.repositories.departments import for_scopes, normalise_name
from storage.repositories.evaluation import STANDING_COLUMNS, standing_of

_a, _p, _d, _u, _t = (
    m.acknowledgements,
    m.user_preferences,
    m.departments,
    m.user_assignments,
    m.skill_toggles,
)
_USER: BindParameter[str] = bindparam("user_key")
_ASSIGNED = _u.c.department_id == _d.c.id
_THE_PERSON = (_u.c.platform == bindparam("platform"), _u.c.user_id == bindparam("user_id"))
_DEFAULT = _d.c.name_key == bindparam("default_key")

_ABOUT = select(
    select(_p.c.language).where(_p.c.user_key == _USER).scalar_subquery(),
    select(_a.c.policy_version).where(_a.c.user_key == _USER).scalar_subquery(),
    select(_a.c.acknowledged_at).where(_a.c.user_key == _USER).scalar_subquery(),
    select(_d.c.id).join_from(_u, _d, _ASSIGNED).where(*_THE_PERSON).scalar_subquery(),
    select(_d.c.name).join_from(_u, _d, _ASSIGNED).where(*_THE_PERSON).scalar_subquery(),
    select(_d.c.id).where(_DEFAULT).scalar_subquery(),
    select(_d.c.name).where(_DEFAULT).scalar_subquery(),
    *STANDING_COLUMNS,
)
# Three fixed parameters (a NULL matches nothing), not an expanding list rendered anew.
_TOGGLES = select(_t.c.department_id, _t.c.skill_id, _t.c.enabled).where(
    _t.c.department_id.in_([bindparam("first"), bindparam("second"), bindparam("third")])
)


def read_caller(conn: Connection, query: CallerQuery) -> CallerFacts:
    params = {
        "user_key": query.user_key,
        "platform": query.platform,
        "user_id": query.user_id,
        "default_key": normalise_name(query.default_department)[1],
        "setting": query.survey_setting,
    }
    row = conn.execute(_ABOUT, params).one()
    language, version, acknowledged_at, user_id, user_name, default_id, default_name = row[:7]
    scope = for_scopes(conn, query.platform, list(query.scopes)) if query.scopes else None
    user = None if user_id is None else Department(user_id, user_name)
    default = None if default_id is None else Department(default_id, default_name)
    found = [d.id for d in (scope, user, default) if d is not None]
    return CallerFacts(
        language=None if language is None else str(language),
        scope_department=scope,
        user_department=user,
        default_department=default,
        toggles=_toggles(conn, found) if found else {},
        acknowledgement=None if version is None else Acknowledgement(version, acknowledged_at),
        standing=standing_of(*row[7:]),
    )


def _toggles(conn: Connection, department_ids: list[int]) -> Mapping[int, Mapping[str, bool]]:
    first, second, third = [*department_ids, None, None][:3]
    rows = conn.execute(_TOGGLES, {"first": first, "second": second, "third": third})
    toggles: dict[int, dict[str, bool]] = {department_id: {} for department_id in department_ids}
    for department_id, skill_id, enabled in rows:
        toggles[department_id][skill_id] = bool(enabled)
    return toggles
