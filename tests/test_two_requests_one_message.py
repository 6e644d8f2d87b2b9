"""Two requests typed in one message ("… und dann bitte eine Mail an …", "Schreib … . Und
was …?") get both answers, the mail's last, neither carrying the other's words."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import Chat

from bot.engine import _below
from bot.policy.model import load_policy
from bot.reply import Outcome, Reply, Source, Text
from bot.routing.second_request import two_requests


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Infos zur Ausbildung als Koch und dann bitte eine Mail an Ayla, dass sie ihr "
            "Zeugnis mitbringt",
            "Infos zur Ausbildung als Koch",
            "bitte eine Mail an Ayla, dass sie ihr Zeugnis mitbringt",
        ),
        (
            "Wie lange dauert die Ausbildung zur Zahnmedizinischen Fachangestellten? Und "
            "schreib eine Nachricht an Herrn Obi wegen Dienstag",
            "Wie lange dauert die Ausbildung zur Zahnmedizinischen Fachangestellten?",
            "schreib eine Nachricht an Herrn Obi wegen Dienstag",
        ),
        # a plain "und" joins them too
        (
            "Ausbildungsdauer Fachlagerist und eine Nachricht an Frau Kern wegen der Mappe",
            "Ausbildungsdauer Fachlagerist",
            "eine Nachricht an Frau Kern wegen der Mappe",
        ),
        # the mail typed first, then a question of its own: the question is answered first
        (
            "Schreib Mert, dass die Infoveranstaltung am 9.3. ausfällt. Und wo arbeitet "
            "eigentlich ein Bauzeichner?",
            "wo arbeitet eigentlich ein Bauzeichner?",
            "Schreib Mert, dass die Infoveranstaltung am 9.3. ausfällt.",
        ),
        (
            "mail an Herrn Rau: Unterlagen sind angekommen! Außerdem: welche Ausbildungen "
            "gibt es bei der Polizei",
            "welche Ausbildungen gibt es bei der Polizei",
            "mail an Herrn Rau: Unterlagen sind angekommen!",
        ),
        (
            "Absagemail an Frau Ilić für Mittwoch. Ach und wie viel verdient ein Azubi im "
            "Hotelfach?",
            "wie viel verdient ein Azubi im Hotelfach?",
            "Absagemail an Frau Ilić für Mittwoch.",
        ),
    ],
)
def test_the_message_is_split_before_the_mail(text: str, first: str, second: str) -> None:
    parts = two_requests(text)
    assert parts is not None
    assert (parts.first, parts.second) == (first, second)


@pytest.mark.parametrize(
    "text",
    [
        # the mail's own content goes on after "und dann"
        "Mail an Frau Brück, dass sie erst zum Amt geht und dann eine Mail an die Schule schreibt",
        "beruf Mechatroniker",
        # pasted material keeps its lines
        "Notiz Gespräch Luka\nwill Koch werden\nund dann bitte eine Mail an ihn",
        # after the mail's order: its own content, not a question of the counsellor's
        "Schreib Nele, dass wir uns am 4.5. treffen. Und bring bitte den Lebenslauf mit.",
        "Schreib Nele, dass wir uns am 4.5. treffen. Und schreib auch ihrer Mutter?",
        "Schreib Nele, wann sie Zeit hat? Wie wäre Dienstag?",
    ],
)
def test_one_request_stays_whole(text: str) -> None:
    assert two_requests(text) is None


async def test_both_requests_are_answered(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "beruf Dachdecker und dann bitte eine Mail an Ilse, dass sie die Unterlagen bis "
        "Donnerstag schickt"
    )
    assert reply.outcome is Outcome.OK
    assert "Dachdecker/in" in shown
    assert reply.skill_id == "email"
    body = str(reply.data["body"])
    assert "Unterlagen" in body
    assert "Dachdecker" not in body
    assert "und dann" not in body


async def test_a_context_sentence_before_the_mail_stays_with_it(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "Frau Pohl war heute da. Und schreib bitte eine Mail an die Firma Lenz, dass sie am "
        "1.8. anfängt"
    )
    assert reply.skill_id == "email"
    assert "nicht verstanden" not in shown


async def test_the_whole_message_waits_for_the_acknowledgement(chat: Chat) -> None:
    first, _ = await chat.say(
        "beruf Maurer und dann bitte eine Mail an Jale, dass sie die Unterlagen bis Freitag "
        "schickt"
    )
    assert first.outcome is Outcome.GATE
    reply, shown = await chat.say("ja")
    assert "Maurer/in" in shown
    assert reply.skill_id == "email"


async def test_a_question_after_the_mail_is_answered_above_the_draft(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "Schreib Hanna eine Erinnerung an den Termin am 19.1. um 11 Uhr. Und wie lange "
        "dauert die Ausbildung zum Bäcker?"
    )
    assert reply.skill_id == "email"
    assert "Bäcker/in" in shown
    assert shown.index("Bäcker/in") < shown.index("E-Mail-Entwurf")
    body = str(reply.data["body"])
    assert "19. Januar" in body
    assert "Bäcker" not in body  # the question is no line of the mail
    assert reply.template_draft
    assert not reply.ai_generated


async def test_a_question_the_mail_asks_back_stays_open(acked_chat: Chat) -> None:
    first, shown = await acked_chat.say(
        "Mail an Herrn Fuchs wegen 2.2. 10 Uhr. Und noch was: was macht ein Bauzeichner?"
    )
    assert "Bauzeichner/in" in shown
    assert first.outcome is Outcome.PROMPT  # which kind of mail, asked last
    reply, _ = await acked_chat.say("Terminerinnerung")
    assert reply.skill_id == "email"
    assert "Fuchs" in str(reply.data["body"])


async def test_the_cards_source_stays_when_a_mail_follows(acked_chat: Chat) -> None:
    reply, shown = await acked_chat.say(
        "beruf Gärtner und eine Mail an Jan, dass er die Bescheinigung bis Montag schickt"
    )
    assert reply.skill_id == "email"
    assert "Gärtner/in" in shown
    assert reply.sources  # the catalogue the card came from is still named
    assert "Gärtner" not in str(reply.data["body"])


def test_the_labels_hold_for_the_whole_message() -> None:
    """Two answers shown as one message carry the label of what either part is."""
    services = SimpleNamespace(policy=load_policy())
    card = Reply(blocks=(Text("Karte"),), sources=(Source("Katalog"),))
    draft = Reply(blocks=(Text("Entwurf"),), template_draft=True, sources=(Source("Katalog"),))
    by_model = Reply(blocks=(Text("Modelltext"),), ai_generated=True)
    template_then_card = _below(services, draft, card)  # type: ignore[arg-type]
    assert template_then_card.template_draft
    assert template_then_card.sources == (Source("Katalog"),)
    model_then_draft = _below(services, by_model, draft)  # type: ignore[arg-type]
    assert model_then_draft.ai_generated
    assert not model_then_draft.template_draft  # never both labels on one message
