"""Drafts read as letters: the request's framing words and function words are never carried
as facts, and a group's name stays with the group it names."""

from __future__ import annotations

from test_email_skill import run

from skills.email.parties import find_addressee


async def body_of(text: str) -> str:
    result = await run(text)
    return str(result.data["body"])


async def test_the_requests_framing_word_is_not_carried() -> None:
    body = await body_of("kurze Info an Herrn Demir: Bewerbertag fällt aus")
    assert "Info" not in body
    assert "Herr Demir" in body


async def test_a_mitteilung_framing_is_not_carried_either() -> None:
    body = await body_of("Mitteilung an Frau Arslan: Sprechstunde am 04.03.2027 entfällt")
    assert "Mitteilung" not in body
    assert "4. März 2027" in body or "04.03.2027" in body


async def test_a_pronominal_adverb_alone_is_never_carried() -> None:
    body = await body_of("Erinnere Mia darauf hin, dass die Anmeldung bis 12.02.2027 läuft")
    lines = [line.strip("- ").strip() for line in body.splitlines()]
    assert "darauf" not in lines
    assert "darauf hin" not in lines


def test_the_genitive_names_the_group() -> None:
    addressee, spans = find_addressee(
        "Rundmail an die Teilnehmer des Bewerbungstrainings: Start verschoben"
    )
    assert addressee.group == "des Bewerbungstrainings"
    assert any(
        "Rundmail an die Teilnehmer des Bewerbungstrainings"[a:b] == "des Bewerbungstrainings"
        for a, b in spans
    )


async def test_the_groups_name_stands_in_the_salutation_not_alone() -> None:
    body = await body_of("Nachricht an alle Teilnehmenden der Jobwerkstatt: heute Raum 1.12")
    assert "Liebe Teilnehmende der Jobwerkstatt," in body
    assert "\nJobwerkstatt\n" not in body
    assert "Raum 1.12" in body


async def test_a_group_named_by_its_genitive_is_greeted_by_du_too() -> None:
    body = await body_of("per du an die Teilnehmenden des Medienkurses: morgen fällt aus")
    assert "Teilnehmenden des Medienkurses" in body
