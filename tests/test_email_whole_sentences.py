"""What no template slot places is carried as a sentence, not as the one or two words the
draft happens to lack ("holen", "bin krank", "spätestens"); the request's head ("Absage an
Frau …:") and a "dass" clause are never carried this way."""

from __future__ import annotations

from test_email_skill import run

from skills.email.carry import leftover


async def hints_of(text: str) -> list[str]:
    result = await run(text)
    body = str(result.data["body"])
    hints = body.split("Weitere Hinweise:\n", 1)[1].split("\n\n", 1)[0]
    return [line.removeprefix("- ") for line in hints.splitlines()]


async def test_a_sentence_the_draft_lacks_a_verb_of_is_carried_whole() -> None:
    hints = await hints_of(
        "Absage an Herrn Kraus: ich bin übermorgen auf Fortbildung, unser Termin fällt aus. "
        "Wir holen das am Montag, 01.02., um 11 Uhr nach."
    )
    assert "Wir holen das am Montag, 01.02., um 11 Uhr nach" in hints
    assert "holen" not in hints


async def test_fragments_of_one_sentence_become_that_sentence_once() -> None:
    hints = await hints_of(
        "Erinnerung an Nele (du): Anmeldung beim Berufskolleg bis 29.01. erledigen, am "
        "27.01. um 15 Uhr gehen wir das vorher gemeinsam durch"
    )
    assert hints == [
        "Anmeldung beim Berufskolleg bis 29.01. erledigen, am 27.01. um 15 Uhr gehen wir das "
        "vorher gemeinsam durch"
    ]


async def test_the_head_of_the_request_is_not_carried_with_a_fragment() -> None:
    result = await run(
        "mail an die eltern von lina brandt: lina hat den platz beim Friseur Haarwerk, "
        "start 01.03. um 8 uhr"
    )
    body = str(result.data["body"])
    assert "brandt" in body  # the surname the greeting does not say, alone
    assert "mail an die eltern" not in body


def test_without_heads_the_pieces_are_as_lacking() -> None:
    text = "Wir holen das am Montag, 01.02., um 11 Uhr nach."
    draft = "Termin: Montag, 1. Februar 2027, 11:00 Uhr, nach Absprache, das"
    start = text.index("01.02.")
    consumed = [(start, start + 6), (text.index("11 Uhr"), text.index("11 Uhr") + 6)]
    assert leftover(text, consumed, draft) == ["Wir holen"]  # the clause keeps its subject
    assert leftover(text, consumed, draft, heads=[]) == [text.rstrip(".")]


async def test_a_told_clause_about_the_addressee_s_own_thing_says_it_is_theirs() -> None:
    result = await run(
        "Kannst du eine Mail an Herrn Petrović schreiben, dass sein Termin am 14.01.2027 um "
        "9:30 ausfällt und wir einen neuen ausmachen"
    )
    body = str(result.data["body"])
    assert "dass Ihr Termin am 14.01.2027 um 9:30 ausfällt" in body
    assert "sein Termin" not in body
    # to Frau Yilmaz, "ihre Bewerbung" is hers
    result = await run(
        "Mail an Frau Yilmaz, dass ihre Bewerbung bei der Stadt Hamm eingegangen ist"
    )
    assert "dass Ihre Bewerbung bei der Stadt Hamm eingegangen ist" in str(result.data["body"])


async def test_a_possessive_of_someone_else_stays_as_typed() -> None:
    # a mail to Frau Kaya: "sein Vertrag" is another person's (Jonas's)
    result = await run("Mail an Frau Kaya, dass sein Vertrag für Jonas bei der Post liegt")
    assert "sein Vertrag" in str(result.data["body"])


async def test_a_noun_a_carried_name_is_attached_to_is_carried_with_it() -> None:
    # "Betrieb Müller mitbringen" asked to bring the company
    hints = await hints_of(
        "Erinnerung an Frau Berg: Unterlagen für den Betrieb Müller mitbringen, "
        "Termin am 20.01. um 10 Uhr"
    )
    assert hints == ["Unterlagen für den Betrieb Müller mitbringen"]
