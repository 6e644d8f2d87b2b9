"""A course that is cancelled is the event of the cancellation, not our counselling talk."""

from __future__ import annotations

import pytest
from test_email_skill import run


@pytest.mark.parametrize(
    "request_text",
    [
        "schreib Herrn Baran, dass der Kurs morgen ausfällt",
        "mail an Frau Lindner: der Kurs am Donnerstag entfällt leider",
    ],
)
async def test_the_cancelled_course_is_named_and_no_talk_is_cancelled(request_text: str) -> None:
    result = await run(request_text)
    body = str(result.data["body"])
    assert "Kurs" in body.split("\n\n", 2)[1]  # named where the cancellation is said
    assert "Beratungsgespräch" not in body
