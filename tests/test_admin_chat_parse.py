"""Parsing ``admin …`` and resolving people: German and English, quotes, mentions, pills."""

from __future__ import annotations

import pytest

from bot.admin_chat.parse import AdminCommand, UsageError, Verb, parse
from bot.admin_chat.people import Person, UnknownPerson, resolve
from bot.message import ConversationRef, Message, Platform


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", AdminCommand(Verb.HELP)),
        ("hilfe", AdminCommand(Verb.HELP)),
        ("Departments", AdminCommand(Verb.DEPARTMENTS)),
        (
            'aus mail "Jugendberufshilfe"',
            AdminCommand(Verb.DISABLE, ("mail", "Jugendberufshilfe")),
        ),
        ("disable email Reha Beratung", AdminCommand(Verb.DISABLE, ("email", "Reha Beratung"))),
        ("an beruf „Reha Beratung“", AdminCommand(Verb.ENABLE, ("beruf", "Reha Beratung"))),
        ('abteilung neu "Reha Nord"', AdminCommand(Verb.DEPARTMENT_ADD, ("Reha Nord",))),
        (
            'department rename "Reha Nord" Reha-Süd',
            AdminCommand(Verb.DEPARTMENT_RENAME, ("Reha Nord", "Reha-Süd")),
        ),
        ("zuordnen anna Allgemein", AdminCommand(Verb.ASSIGN_USER, ("Allgemein",), "anna")),
        ("assign here Kinder's Welt", AdminCommand(Verb.ASSIGN_HERE, ("Kinder's Welt",))),
        ("rechte dora global", AdminCommand(Verb.GRANT, ("global",), "dora")),
        ("rights revoke dora X", AdminCommand(Verb.REVOKE, ("X",), "dora")),
        ("protokoll", AdminCommand(Verb.LOG, number=10)),
        ("log 500", AdminCommand(Verb.LOG, number=100)),
        ("nutzung 7", AdminCommand(Verb.USAGE, number=7)),
    ],
)
def test_commands_in_both_languages(text: str, expected: AdminCommand) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("aus mail", Verb.DISABLE),
        ("abteilung umbenennen Reha Nord Süd", Verb.DEPARTMENT_RENAME),
        ("zuordnen anna", Verb.ASSIGN_USER),
        ("nutzung viele", Verb.USAGE),
        ("protokoll 0", Verb.LOG),
        ("machwas", None),
    ],
)
def test_incomplete_commands_name_their_usage_line(text: str, verb: Verb | None) -> None:
    with pytest.raises(UsageError) as caught:
        parse(text)
    assert caught.value.verb is verb


def test_an_unclosed_quote_is_reported_as_such() -> None:
    with pytest.raises(UsageError) as caught:
        parse('aus mail "Jugend')
    assert caught.value.unclosed_quote


def test_teams_mentions_and_matrix_pills_become_user_references() -> None:
    mentions = (("0f1e2d3c-0000-4000-8000-00000000abcd", "<at>Max Muster</at>"),)
    command = parse('zuordnen <at>Max Muster</at> "Reha Beratung"', mentions)
    assert command == AdminCommand(Verb.ASSIGN_USER, ("Reha Beratung",), "@@mention0")
    pill = parse("zuordnen [Max](https://matrix.to/#/%40max%3Ahs.example) Reha")
    assert pill.user == "@max:hs.example"
    bare = parse("rechte https://matrix.to/#/@max:hs.example Reha")
    assert bare.user == "@max:hs.example"


def _message(platform: Platform, mentions: tuple[tuple[str, str], ...] = ()) -> Message:
    return Message(ConversationRef(platform, "c"), "sender", "S", "admin", mentions=mentions)


def test_people_are_resolved_to_the_ids_platforms_give_as_sender() -> None:
    teams = _message(Platform.TEAMS, (("aad-1", "<at>Max</at>"),))
    assert resolve("@@mention0", teams) == Person("teams", "aad-1")
    guid = "0F1E2D3C-0000-4000-8000-00000000ABCD"
    assert resolve(guid, teams) == Person("teams", guid.lower())
    assert resolve("@max:hs.example", _message(Platform.MATRIX)) == Person(
        "matrix", "@max:hs.example"
    )
    assert resolve("berta", _message(Platform.CONSOLE)) == Person("console", "berta")


@pytest.mark.parametrize(
    ("platform", "reference", "reason"),
    [
        (Platform.TEAMS, "max.muster@example.org", "people.teams_email"),
        (Platform.TEAMS, "Max", "people.teams"),
        (Platform.MATRIX, "max", "people.matrix"),
    ],
)
def test_unresolvable_people_say_what_to_give_instead(
    platform: Platform, reference: str, reason: str
) -> None:
    with pytest.raises(UnknownPerson) as caught:
        resolve(reference, _message(platform))
    assert caught.value.reason == reason
