"""Rules of the training system asked about an occupation: the minimum age and part-time
training, beside the card, as a follow-up, and on their own."""

from __future__ import annotations

import pytest
from conftest import Chat
from occupation_skill_fixtures import text_of
from skill_contexts import skill_context

from bot.reply import Heading, Outcome
from skills.occupation import OccupationSkill
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion, read_follow_up
from skills.occupation.query import extract_query
from skills.occupation.training_system import focus_asked, focus_topic, topic_of


def _no_names(words: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("text", "occupation", "focus"),
    [
        ("Kann man mit 16 schon eine Ausbildung zur Floristin beginnen?", "Floristin", Focus.AGE),
        ("Gibt es ein Mindestalter für die Lehre als Maurer?", "Maurer", Focus.AGE),
        ("is 15 too young for an apprenticeship as a florist?", "florist", Focus.AGE),
        ("Geht die Ausbildung zur Floristin auch in Teilzeit?", "Floristin", Focus.PART_TIME),
    ],
)
def test_a_rule_asked_about_an_occupation_is_its_focus(
    text: str, occupation: str, focus: Focus
) -> None:
    found = extract_query(text)
    assert occupation in found.text
    assert found.focus is focus


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("kann man das auch in Teilzeit machen?", Focus.PART_TIME),
        ("und geht die Ausbildung in Teilzeit?", Focus.PART_TIME),
        ("can it be done part-time?", Focus.PART_TIME),
        ("gibt es da ein Mindestalter?", Focus.AGE),
        ("wie alt muss man da sein?", Focus.AGE),
        ("and the minimum age?", Focus.AGE),
    ],
)
def test_a_rule_asked_after_a_card_is_a_follow_up(text: str, focus: Focus) -> None:
    assert read_follow_up(text, _no_names) == FollowUpQuestion(focus)


@pytest.mark.parametrize(
    "text",
    [
        "Wie alt muss man für den Führerschein sein?",
        "Mail an Frau Berg: Ihr Sohn ist 16, ab wann darf er die Ausbildung anfangen?",
    ],
)
def test_other_questions_about_age_or_time_are_no_minimum_age_question(text: str) -> None:
    assert focus_asked(text) is None
    assert topic_of(text) is None


@pytest.mark.parametrize(
    ("text", "topic", "focus"),
    [
        # applying, not starting: when to apply has a topic of its own
        ("Ab wann kann man sich für eine Ausbildung bewerben?", "training_start", "timing"),
        # years of experience for the Meister: further training, not an age
        (
            "Ab wie vielen Jahren Berufserfahrung kann man den Meister machen?",
            "further_training",
            "further_training",
        ),
    ],
)
def test_other_questions_about_time_get_their_own_topic(text: str, topic: str, focus: str) -> None:
    found = topic_of(text)
    assert found is not None
    assert found.id == topic
    assert focus_asked(text) == focus


async def test_the_minimum_age_stands_beside_the_card(skill: OccupationSkill) -> None:
    result = await skill.handle(
        skill_context("Kann man mit 16 schon eine Ausbildung zur Floristin beginnen?")
    )
    assert result.blocks[0] == Heading("Florist/in")
    assert "general" not in result.data
    topic = focus_topic("age")
    assert topic is not None
    text = text_of(result)
    assert topic.answer("de").text in text
    assert topic.url in text
    assert text.index("Jugendarbeitsschutzgesetz") < text.index("Gestalten Sträuße")  # it leads
    english = await skill.handle(
        skill_context("is 15 too young for an apprenticeship as a florist?", language="en")
    )
    assert english.blocks[0] == Heading("Florist/in")
    assert topic.answer("en").text in text_of(english)


async def test_rules_asked_after_a_card_are_answered_for_its_occupation(
    acked_chat: Chat,
) -> None:
    await acked_chat.say("beruf Maurer")
    reply, text = await acked_chat.say("kann man das auch in Teilzeit machen?")
    assert reply.outcome is Outcome.OK
    assert text.startswith("Zu Maurer/in: Eine Ausbildung nach BBiG oder HwO")
    assert "§ 7a BBiG" in text
    _, text = await acked_chat.say("gibt es da ein Mindestalter?")
    assert text.startswith("Zu Maurer/in: Ein Mindestalter")
    # a training under its own federal act: not the BBiG's rule, the catalogue's own note
    await acked_chat.say("beruf Pflegefachfrau")
    _, text = await acked_chat.say("geht das auch in Teilzeit?")
    assert text.startswith("Zu Pflegefachmann/-frau: Der Katalog vermerkt zur Dauer")
    assert "§ 7a" not in text
    await acked_chat.say("beruf Physiotherapeutin")
    _, text = await acked_chat.say("geht das auch in Teilzeit?")
    assert text.startswith("Zu Physiotherapeut/in: Ob diese Ausbildung in Teilzeit")


async def test_a_judgement_of_maturity_is_still_refused(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Ist er reif genug für eine Ausbildung zum Maurer?")
    assert reply.outcome is Outcome.REFUSED
