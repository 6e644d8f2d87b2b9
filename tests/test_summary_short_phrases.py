"""Short note phrases as counsellors type them inline ("Praktikum im Heim war gut", "Mappe
noch unvollständig") land in their section instead of under "Weitere Notizen"."""

from __future__ import annotations

import pytest

from skills.summary import OfflineSummariser, Section
from skills.summary.cues import default_cues

S = Section


@pytest.mark.parametrize(
    ("phrase", "section"),
    [
        # how an internship went is where things stand
        ("Praktikum in der Bäckerei war super", S.SITUATION),
        ("Praktikum beim Friseur lief gut", S.SITUATION),
        ("Deutsch eher schwach", S.SITUATION),
        # a strength in a subject, readiness
        ("Noten in Mathe sehr gut", S.STRENGTHS),
        ("Schichtdienst kein Problem", S.STRENGTHS),
        # what is ahead: a dated internship, a test or trial day, a deadline, a to-do
        ("Praktikum im Autohaus ab April", S.NEXT_STEPS),
        ("Probetag in der Kita am Dienstag", S.NEXT_STEPS),
        ("Einstellungstest bei der Polizei im Mai", S.NEXT_STEPS),
        ("Bewerbungsfrist bei der Stadt Ende Februar", S.NEXT_STEPS),
        ("Hospitation in der Werkstatt organisieren", S.NEXT_STEPS),
        ("trial shift at the hotel next Friday", S.NEXT_STEPS),
        # what is still missing or awaited
        ("Lebenslauf fehlt noch", S.OPEN),
        ("Unterlagen noch unvollständig", S.OPEN),
        ("wartet auf Zusage vom Betrieb", S.OPEN),
        ("visa still pending", S.OPEN),
        # ideas talked about
        ("Idee: Kaufmann im Einzelhandel", S.DISCUSSED),
    ],
)
async def test_a_short_phrase_lands_in_its_section(phrase: str, section: Section) -> None:
    summary = await OfflineSummariser(default_cues()).summarise(phrase, "de")
    placed = {item.text: where for where, items in summary.sections() for item in items}
    assert placed == {phrase: section}
