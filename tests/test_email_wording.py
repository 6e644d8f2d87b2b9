"""Drafts read as letters: the request's framing words and function words are never carried
as facts, and a group's name stays with the group it names."""

from __future__ import annotations

from dataclasses import replace

from test_email_skill import context, run

from bot.reply import Actions
from bot.skill import SkillResult
from skills.email import EmailSkill
from skills.email.clauses import as_request, whole_clauses
from skills.email.parties import find_addressee
from skills.email.render import Renderer


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


# --- a "dass" clause becomes a sentence, never a fragment ----------------------------------


async def test_a_should_clause_becomes_a_request_by_du() -> None:
    body = await body_of("Schreib Timo per du, dass er am 08.03.2027 um 9 Uhr vorbeikommen soll")
    assert "bitte komm am 08.03.2027 um 9 Uhr vorbei." in body  # after the salutation
    assert "vorbeikommen soll" not in body


async def test_a_must_clause_becomes_a_request_by_sie() -> None:
    body = await body_of(
        "Mail an Herrn Yilmaz, dass er seinen Antrag bis 12.03.2027 ausfüllen muss"
    )
    assert "bitte füllen Sie Ihren Antrag bis 12.03.2027 aus." in body  # after the salutation
    assert "ausfüllen muss" not in body


async def test_a_reminder_carries_its_clause_as_one_sentence() -> None:
    body = await body_of(
        "Erinnere Sara per du daran, dass sie ihr Zeugnis bis Freitag abholen muss"
    )
    assert "Bitte hol dein Zeugnis bis Freitag ab." in body
    assert "\n- abholen muss" not in body


async def test_any_other_clause_is_carried_whole_in_a_sentence() -> None:
    body = await body_of(
        "Schreib Frau Brandt, dass wir uns am 10.03.2027 im Raum 2.14 treffen können"
    )
    assert "dass wir uns am 10.03.2027 im Raum 2.14 treffen können." in body


def test_a_reflexive_clause_is_asked_of_the_addressee() -> None:
    say = Renderer("de").text
    asked = as_request("sie sich bis 5.3. bei der Firma Rewe anmelden soll", True, say)
    assert asked == "Bitte melde dich bis 5.3. bei der Firma Rewe an."
    asked = as_request("er sich bis 5.3. anmelden soll", False, say)
    assert asked == "Bitte melden Sie sich bis 5.3. an."
    assert as_request("wir uns am Montag treffen", True, say) is None


def test_a_piece_the_clause_does_not_hold_whole_is_carried_as_typed() -> None:
    say = Renderer("de").text
    text = "Schreib Frau Roth, dass sie mich unter Tel. 0251 123 erreicht, Mo-Fr 8-12 Uhr"
    piece = "mich unter Tel. 0251 123 erreicht, Mo-Fr 8-12 Uhr"
    assert whole_clauses(text, [piece], False, say) == [piece]
    # a clause ending in a number would read as a date with the sentence's closing dot
    text = "Mail an Tim, dass der Kurs jetzt in Raum 1.07"
    assert whole_clauses(text, ["Kurs jetzt in Raum 1.07"], True, say) == [
        "Kurs jetzt in Raum 1.07"
    ]


# --- another request while the purpose question is open ------------------------------------

WAITING = {"step": "purpose", "request": "Mail an Herrn Okafor"}
OTHERS = frozenset({"beruf", "zusammenfassung"})


async def _answer(text: str) -> SkillResult:
    ctx = replace(context(text, state=WAITING), other_commands=OTHERS)
    return await EmailSkill().handle(ctx)


async def test_another_skills_command_runs_as_its_own_request() -> None:
    result = await _answer("beruf Fachkraft für Lagerlogistik")
    assert result.resubmit == "beruf Fachkraft für Lagerlogistik"
    assert result.follow_up is None  # the email question is dropped …
    actions = [block for block in result.blocks if isinstance(block, Actions)]
    assert actions[0].items[0].command == "mail Mail an Herrn Okafor"  # … and offered again


async def test_a_question_runs_as_its_own_request() -> None:
    result = await _answer("wie lange dauert die Ausbildung zur Floristin")
    assert result.resubmit == "wie lange dauert die Ausbildung zur Floristin"
    assert (await _answer("Floristin Gehalt?")).resubmit == "Floristin Gehalt?"


async def test_an_unclear_answer_still_asks_again() -> None:
    result = await _answer("hm, keine Ahnung")
    assert result.resubmit is None
    assert result.follow_up is not None


async def test_a_german_letter_goes_on_in_lower_case_after_the_salutation() -> None:
    body = await body_of("Nachricht an die Eltern von Jana: Jana hat den Praktikumsplatz bekommen")
    assert "Sehr geehrte Eltern,\n\nes geht um Jana." in body
    moved = await body_of("Mail an Frau Brandt: Termin am 10.03. wird auf den 12.03. verschoben")
    assert "Frau Brandt,\n\nunser " in moved


async def test_a_noun_or_a_name_after_the_salutation_keeps_its_capital() -> None:
    body = await body_of("Nachricht an Herrn Okoye: Lebenslauf ist angekommen, danke")
    assert "Herr Okoye,\n\nLebenslauf" in body
