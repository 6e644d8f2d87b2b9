"""A referral typed as "Weiterleitung von Herrn X an …" or "Frau X an … verweisen" is a mail
to that person, who is greeted; "von" before a name otherwise still names someone the mail is
about, not its addressee."""

from __future__ import annotations

from conftest import Chat
from test_email_skill import body_of

from skills.email.parties import find_addressee


async def test_a_referral_of_a_named_person_greets_them() -> None:
    draft = await body_of("Verweis von Frau Omerović an die Mieterberatung Hamm, Tel. 02381 55443")
    assert "Sehr geehrte Frau Omerović," in draft
    assert "Damen und Herren" not in draft


async def test_a_person_to_refer_with_the_verb_last_is_an_email(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "Frau Omerović an die Suchtberatung der Diakonie verweisen, Tel. 02381 77889"
    )
    assert reply.skill_id == "email"
    assert "Sehr geehrte Frau Omerović," in shown


def test_a_person_named_after_von_is_still_not_greeted() -> None:
    addressee, _ = find_addressee("Mail an die Schule: Grüße von Frau Kessler, Termin steht")
    assert addressee.people == ()
