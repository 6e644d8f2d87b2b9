"""Upkeep of the Matrix adapter: the event ledger is purged, and rooms inherit the department
of their parent space (``m.space.parent``) — against the real Synapse."""

from __future__ import annotations

from types import SimpleNamespace

from matrix_fixtures import (
    Counsellor,
    Synapse,
    User,
)
from nio import RoomCreateResponse

from adapters.matrix.adapter import MatrixAdapter
from adapters.matrix.spaces import SpaceParents
from lotse.app import App


async def test_room_in_a_space_gets_the_space_department(
    lotse: MatrixAdapter, lotse_app: App, counsellor: Counsellor, bot_user: User, synapse: Synapse
) -> None:
    colleague = await synapse.register()  # a group room: there the room's scopes count
    space = await counsellor.client.room_create(
        name="Beratung Nord", space=True, invite=[bot_user.user_id]
    )
    assert isinstance(space, RoomCreateResponse)
    directory = lotse_app.store.directory
    department = await directory.ensure_department("Beratung Nord")
    await directory.set_skill_enabled(department.id, "occupation", False)
    await directory.assign_scope("matrix", f"space:{space.room_id}", department.id)

    parent = {
        "type": "m.space.parent",
        "state_key": space.room_id,
        "content": {"via": ["lotse.test"], "canonical": True},
    }
    created = await counsellor.client.room_create(
        invite=[bot_user.user_id, colleague.user_id], initial_state=[parent]
    )
    assert isinstance(created, RoomCreateResponse)
    await counsellor.wait_member(created.room_id, bot_user.user_id)
    in_space = await counsellor.ask(created.room_id, "!beruf Tischler")
    # The space's department has the occupation skill switched off.
    assert "Tischler/in" not in in_space["body"]
    assert "Beratung Nord" in in_space["body"]
    outside = await counsellor.create_room(
        [bot_user.user_id, colleague.user_id], direct=False, encrypted=False
    )
    await counsellor.wait_member(outside, bot_user.user_id)
    elsewhere = await counsellor.ask(outside, "!beruf Tischler")
    assert elsewhere["de.lotse.skill"] == "occupation"  # the gate of the enabled skill


def test_space_parents_canonical_first_and_removal() -> None:
    def event(parent: str, content: dict[str, object]) -> SimpleNamespace:
        return SimpleNamespace(
            source={"type": "m.space.parent", "state_key": parent, "content": content}
        )

    spaces = SpaceParents()
    spaces.update(
        "!r",
        [
            event("!a", {"via": ["x"]}),
            event("!b", {"via": ["x"], "canonical": True}),
            event("!c", {"via": ["x"]}),
            SimpleNamespace(source={"type": "m.room.name", "content": {"name": "n"}}),
        ],
    )
    assert spaces.scopes("!r") == ("space:!b", "space:!a", "space:!c")
    spaces.update("!r", [event("!a", {})])  # a link without via is removed
    assert spaces.scopes("!r") == ("space:!b", "space:!c")
    assert spaces.scopes("!other") == ()
