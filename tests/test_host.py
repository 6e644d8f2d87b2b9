"""The host the app gives its adapters: claims once, feedback under a pseudonymous key."""

from __future__ import annotations

from datetime import timedelta

from conftest import FakeClock

from bot.host import FeedbackReport
from bot.identity import pseudonymiser_for
from bot.message import Platform
from lotse.app import App


async def test_an_event_is_claimed_once_per_platform(app: App) -> None:
    host = app.host
    assert await host.claim(Platform.TEAMS, "conv|act-1")
    assert not await host.claim(Platform.TEAMS, "conv|act-1")  # a redelivery
    assert await host.claim(Platform.MATRIX, "conv|act-1")  # another platform's namespace


async def test_feedback_is_stored_under_the_pseudonymous_key_at_the_app_clock(
    app: App, clock: FakeClock
) -> None:
    since = clock() - timedelta(minutes=1)
    report = FeedbackReport(Platform.TEAMS, "aad-anna", "reply-1", "dislike", has_comment=True)
    await app.host.record_feedback(report)
    key = pseudonymiser_for(app.settings).user_key("teams", "aad-anna")
    assert key != "aad-anna"
    assert await app.store.feedback.count_for_user(key) == 1
    assert await app.store.feedback.count_for_user("aad-anna") == 0
    assert (await app.store.feedback.counts(since)).get("dislike") == 1


def test_the_host_offers_what_adapters_need(app: App) -> None:
    host = app.host
    assert {"beruf", "mail"} <= host.command_words
    assert host.language == app.settings.language
    assert host.data_dir == app.settings.data_dir
    assert host.bind_address == app.settings.host
    assert host.now() == app.engine.services.clock()
    assert host.feedback is app.feedback
