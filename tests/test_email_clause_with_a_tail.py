"""A "dass" clause followed by details after its verb ("…, dass das Praktikum am Montag
beginnt, 8 Uhr") is told whole: no word of it is lost and it is framed as a sentence."""

from __future__ import annotations

import pytest
from test_email_skill import run


@pytest.mark.parametrize(
    ("request_text", "language", "told"),
    [
        (
            "schreib Frau Yilmaz, dass das Bewerbungstraining am Dienstag beginnt, Raum 12",
            "de",
            "mitteilen, dass das Bewerbungstraining am Dienstag (26.01.2027) beginnt, Raum 12.",
        ),
        (
            "schreib den Eltern von Mira, dass die Schnupperwoche bei Rossmann anfängt, 9 Uhr",
            "de",
            "mitteilen, dass die Schnupperwoche bei Rossmann anfängt, 9 Uhr.",
        ),
        (
            "write to Mr Okafor that the open day takes place at the Berufskolleg, hall 3",
            "en",
            "let you know: the open day takes place at the Berufskolleg, hall 3.",
        ),
    ],
)
async def test_a_clause_with_details_after_its_verb_is_told_whole(
    request_text: str, language: str, told: str
) -> None:
    result = await run(request_text, language=language)
    assert told in str(result.data["body"])
