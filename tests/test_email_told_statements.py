"""What the email says, typed about the addressee in the third person, is said to them in every
sentence ("Wir können ihm leider keinen Platz anbieten. Er steht auf der Warteliste." in a
mail to Herrn Brandt); a group named in what the email says is not whom it is for; "du" after
the name's comma is the form of address; asking Lotse for help is not part of the letter."""

from __future__ import annotations

from test_email_skill import body_of, run, shown

from skills.email.model import Role
from skills.email.parties import find_addressee


async def test_each_sentence_about_the_addressee_is_told_to_them() -> None:
    draft = await body_of(
        "Absage an Herrn Brandt: Wir können ihm leider keinen Platz in der Maßnahme anbieten, "
        "da die Gruppe voll ist. Er steht auf der Warteliste (Platz 3)."
    )
    assert "wir können Ihnen leider keinen Platz in der Maßnahme anbieten" in draft
    assert "Sie stehen auf der Warteliste (Platz 3)." in draft


async def test_a_sentence_naming_someone_else_keeps_its_pronouns() -> None:
    draft = await body_of(
        "Mail an Herrn Krause: Wir können ihm leider erst ab März einen Platz anbieten, Emre "
        "war einverstanden."
    )
    assert "können ihm leider erst ab März einen Platz anbieten" in draft


def test_a_group_in_what_the_email_says_is_not_the_addressee() -> None:
    addressee, _ = find_addressee(
        "Absage an Herrn Brandt: leider kein Platz, da die Gruppe voll ist"
    )
    assert addressee.role is Role.CLIENT
    grouped, _ = find_addressee("Mail an die Gruppe BO-3: Workshop am 3.2. fällt aus")
    assert grouped.role is Role.GROUP


async def test_du_after_the_name_s_comma_is_the_form_of_address() -> None:
    result = await run(
        "mail an emre, du: treffen morgen 10:30 im BIZ, bring bitte deinen ausweis mit"
    )
    assert "Hallo Emre," in shown(result)
    assert "[Nachname]" not in shown(result)


async def test_asking_for_help_is_not_part_of_the_letter() -> None:
    draft = await body_of(
        "Kannst du mir helfen, eine Mail an einen Betrieb zu schreiben? Es geht um ein "
        "Praktikum für eine Schülerin ab dem 8.3. für zwei Wochen."
    )
    assert "helfen" not in draft
    assert "Praktikum für eine Schülerin ab dem 8.3. für zwei Wochen" in draft


async def test_a_document_s_adjective_takes_the_ending_it_has_without_its_article() -> None:
    draft = await body_of(
        "Erinnerung an Frau Klein: Termin am 22.03.2027, sie soll ihren "
        "Schwerbehindertenausweis und das letzte Zeugnis mitbringen"
    )
    assert "- Letztes Zeugnis" in draft
    assert "Letzte Zeugnis" not in draft
    plural = await body_of(
        "Mail an Jonas: bitte die letzten Zeugnisse und den aktuellen Lebenslauf bis "
        "Freitag schicken"
    )
    assert "- Letzte Zeugnisse" in plural
    assert "- Aktueller Lebenslauf" in plural
    # the request's own words are said by the list: nothing carried twice
    assert "den aktuellen Lebenslauf" not in plural
