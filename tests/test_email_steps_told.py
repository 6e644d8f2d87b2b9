"""A follow-up's agreed steps are told to the person the email is for: "er bewirbt sich …"
in a letter to Herrn Wolf reads "Sie bewerben sich …"; a step framed by "wir haben
vereinbart, dass …" stays one step, told as a clause; a sentence after it is a step of its own."""

from __future__ import annotations

from test_email_skill import run


async def _body(text: str) -> str:
    return str((await run(text)).data["body"])


async def test_steps_about_the_addressee_and_the_writer_are_told_to_the_addressee() -> None:
    body = await _body(
        "Nachbereitung für Herrn Sander: vereinbart: er meldet sich bis 12.02. beim "
        "Autohaus Kühn, ich schicke ihm die Bewerbungstipps"
    )
    assert "- Sie melden sich bis 12.02. beim Autohaus Kühn\n" in body
    assert "- ich schicke Ihnen die Bewerbungstipps\n" in body
    assert "er meldet" not in body
    assert " ihm " not in body


async def test_a_step_framed_by_what_was_agreed_is_one_step_told_as_a_clause() -> None:
    body = await _body(
        "Nachbereitung an Frau Petrova: wir haben vereinbart, dass sie sich bis Ende Februar "
        "bei zwei Kitas bewirbt. Sie ruft mich nach dem Probetag an."
    )
    assert "- wir haben vereinbart, dass Sie sich bis Ende Februar bei zwei Kitas bewerben\n" in (
        body
    )
    assert "- Sie rufen mich nach dem Probetag an\n" in body
    assert "- wir haben vereinbart\n" not in body


async def test_in_du_the_steps_are_told_in_du() -> None:
    body = await _body(
        "Nachbereitung an Herrn Kaya per du: vereinbart: er überarbeitet seinen Lebenslauf, "
        "er besucht die Jobmesse"
    )
    assert "- du überarbeitest deinen Lebenslauf\n" in body
    assert "- du besuchst die Jobmesse\n" in body


async def test_a_step_with_a_verb_not_known_for_certain_stays_as_typed() -> None:
    body = await _body("Nachbereitung an Herrn Ebert: vereinbart: er hospitiert in der Kita")
    assert "- er hospitiert in der Kita\n" in body
