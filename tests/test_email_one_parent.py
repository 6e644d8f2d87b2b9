"""A mail to one parent ("der Mutter von Finn", "an Leas Vater", "to Tom's mum") greets that
parent ("Sehr geehrte Frau [Nachname],", "Dear Mr [Last name],") instead of the child or both
parents, says whom it is about, and does not carry the parent's phrase as a stray line."""

from __future__ import annotations

from test_email_skill import body_of

from skills.email.model import Gender, Role
from skills.email.parties import find_addressee


async def test_a_mother_written_to_is_greeted_as_herself() -> None:
    draft = await body_of(
        "Schreib der Mutter von Jannik, dass Jannik am Montag beim Betrieb gefehlt hat"
    )
    assert "Sehr geehrte Frau [Nachname]," in draft
    assert "dass Jannik am Montag" in draft
    assert "beim Betrieb gefehlt hat" in draft
    assert "Jannik, dass" not in draft  # the addressee's phrase is no part of the message


async def test_a_father_named_by_the_child_s_genitive() -> None:
    draft = await body_of("Mail an Mias Vater: Einladung zum Gespräch am 22.03.2027 um 15 Uhr")
    assert "Sehr geehrter Herr [Nachname]," in draft
    assert "Mia" in draft
    assert "Mias Vater" not in draft  # said by the greeting and whom it is about


async def test_an_english_mail_to_a_mum() -> None:
    draft = await body_of(
        "email to Noah's mum: please come to a meeting with me on 22 March 2027 at 3 pm", "en"
    )
    assert "Dear Ms [Last name]," in draft
    assert "Noah's mum" not in draft


def test_the_parent_is_read_with_the_child() -> None:
    addressee, _ = find_addressee("Nachricht an den Papa von Ilyas: Termin verschoben")
    assert (addressee.role, addressee.parent, addressee.child) == (
        Role.PARENTS,
        Gender.MALE,
        "Ilyas",
    )


def test_a_parent_mentioned_in_the_body_is_not_greeted() -> None:
    addressee, _ = find_addressee("Mail an Herrn Roth: er kommt mit der Mutter von Ilyas")
    assert addressee.role is Role.CLIENT
    assert addressee.parent is Gender.UNKNOWN


async def test_both_parents_named_by_the_child_s_genitive_leave_no_stray_line() -> None:
    draft = await body_of("Mail an Emils Eltern: Einladung zum Elternabend am 22.03.2027, 18 Uhr")
    assert "Sehr geehrte Eltern," in draft
    assert "Emils Eltern" not in draft
