"""What a platform user id looks like, shared by the admin chat and the assignment import.

Teams identifies people by their AAD object id, a GUID; ids are compared in lower case, as
admins paste them in either case. Matrix ids look like ``@name:server``."""

from __future__ import annotations

import re

MATRIX_USER_ID = re.compile(r"^@[^\s:]+:\S+$")
AAD_OBJECT_ID = re.compile(r"^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$", re.IGNORECASE)


def is_matrix_user_id(text: str) -> bool:
    return MATRIX_USER_ID.match(text) is not None


def is_teams_user_id(text: str) -> bool:
    return AAD_OBJECT_ID.match(text) is not None


def normalise(platform: str, user_id: str) -> str:
    """The id as the store keeps it: Teams GUIDs in lower case, other ids unchanged."""
    return user_id.lower() if platform.casefold() == "teams" else user_id
