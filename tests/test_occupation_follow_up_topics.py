"""Follow-ups and questions about facts a card holds in part or not at all: where the training
takes place, studying afterwards, gender, the vocational school's lessons, being kept on, a
town, and topics the catalogue lacks (said so, with BERUFENET, never another section)."""

from __future__ import annotations

from functools import partial

import pytest
from conftest import Chat

from bot.reply import Heading
from bot.texts import Texts
from skills.occupation.answer import focus_lines
from skills.occupation.catalogue import Catalogue
from skills.occupation.focus import Focus
from skills.occupation.follow_up import FollowUpQuestion, read_follow_up
from skills.occupation.model import Occupation
from skills.occupation.part_time import part_time_lines
from skills.occupation.query import extract_query
from skills.occupation.skill import shared_catalogue, skill_texts

_NAMES = {"koch", "holzmechaniker", "baeckern", "bäckern"}


def names(words: str) -> bool:
    return words.casefold() in _NAMES


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("wo kann man das lernen?", Focus.PLACE),
        ("Wo macht man die Ausbildung denn?", Focus.PLACE),
        ("lernt man das in der schule oder im betrieb?", Focus.PLACE),
        ("where can you learn it?", Focus.PLACE),
        ("an welcher schule lernt man das?", Focus.PLACE),
        ("und die Berufsschule?", Focus.SCHOOL_CONTENT),
        ("and what about vocational school?", Focus.SCHOOL_CONTENT),
        ("kann man danach studieren?", Focus.STUDY),
        ("und kann man nach der ausbildung noch studieren ohne abi?", Focus.STUDY),
        ("can you go to university after that?", Focus.STUDY),
        ("und als Frau?", Focus.GENDER),
        ("geht das auch für frauen?", Focus.GENDER),
        ("gibt es da auch männer?", Focus.GENDER),
        ("can women do that too?", Focus.GENDER),
        ("was lernt man in der Berufsschule?", Focus.SCHOOL_CONTENT),
        ("was macht man so in der berufschule?", Focus.SCHOOL_CONTENT),  # a typo
        ("what do they learn at vocational school?", Focus.SCHOOL_CONTENT),
        ("wie sind die Übernahmechancen?", Focus.TAKEOVER),
        ("wird man danach übernommen?", Focus.TAKEOVER),
        ("do they usually keep you on after the apprenticeship?", Focus.TAKEOVER),
        ("und in Hamm?", Focus.LOCAL),
        ("gibt es das in Münster?", Focus.LOCAL),
        ("gibt es in Dortmund Betriebe dafür?", Focus.LOCAL),
        ("wo gibts das hier in der nähe?", Focus.LOCAL),
        ("and near me?", Focus.LOCAL),
        # a rule may come with a few words of the case
        ("geht das in teilzeit? sie ist alleinerziehend", Focus.PART_TIME),
        # a topic the catalogue does not hold, asked of the occupation shown
        ("ist das körperlich anstrengend?", Focus.UNLISTED),
        ("is it dangerous?", Focus.UNLISTED),
        ("muss man da arbeitskleidung selber kaufen?", Focus.UNLISTED),
    ],
)
def test_facts_the_card_lacks_are_follow_ups(text: str, focus: Focus) -> None:
    question = read_follow_up(text, names)
    assert question is not None
    assert question.focus is focus
    assert question.other is None


@pytest.mark.parametrize(
    "text",
    [
        "und in der Pflege?",  # a field, not a town
        "und in Englisch?",  # a language
        "und in Holzmechaniker?",  # an occupation
        "ist das was für Holzmechaniker?",  # an occupation, not a topic
        "kannst du mir das als mail schicken?",  # another skill's request
        "und?",
        "ist das so?",  # nothing asked of the occupation
    ],
)
def test_no_topic_or_town_where_there_is_none(text: str) -> None:
    question = read_follow_up(text, names)
    assert question is None or question.focus not in (Focus.LOCAL, Focus.UNLISTED)


def test_a_fact_of_the_card_with_words_of_a_field_is_no_follow_up() -> None:
    # the skill asks which occupation of the field is meant, as before
    assert read_follow_up("was verdient man im Bereich Metall?", names) is None
    assert read_follow_up("und bei Bäckern?", names) == FollowUpQuestion(None, "Bäckern", True)


@pytest.mark.parametrize(
    ("text", "name", "focus"),
    [
        ("what are the working hours of a chef?", "chef", Focus.CONDITIONS),
        ("Kann man nach der Ausbildung zum Tischler studieren?", "Tischler", Focus.STUDY),
        ("Wo kann man Erzieherin lernen?", "Erzieherin", Focus.PLACE),
        ("Wie gut sind die Übernahmechancen als Bankkaufmann?", None, Focus.TAKEOVER),
        ("Was lernt man als Friseurin in der Berufsschule?", None, Focus.SCHOOL_CONTENT),
    ],
)
def test_the_fact_is_read_from_a_direct_question(
    text: str, name: str | None, focus: Focus
) -> None:
    query = extract_query(text)
    assert query.focus is focus
    if name is not None:
        assert query.text.endswith(name)


@pytest.fixture
def catalogue() -> Catalogue:
    return shared_catalogue()


def entry(catalogue: Catalogue, occupation_id: str) -> Occupation:
    occupation = catalogue.get(occupation_id)
    assert occupation is not None
    return occupation


def test_where_the_training_takes_place_follows_the_type_of_training(
    catalogue: Catalogue,
) -> None:
    texts: Texts = skill_texts()
    say = partial(texts.get, "de")
    dual = focus_lines(entry(catalogue, "koch"), Focus.PLACE, say)
    assert dual == [say("answer.place_dual", url="https://www.arbeitsagentur.de/jobsuche/")]
    school = focus_lines(entry(catalogue, "erzieher"), Focus.PLACE, say)
    assert school == [say("answer.place_school")]
    assert "Berufsfachschule" in school[0]
    assert "Ausbildungsbetrieb" in dual[0]


def test_a_dual_training_without_a_named_law_gets_the_part_time_rule_of_the_bbig(
    catalogue: Catalogue,
) -> None:
    say = partial(skill_texts().get, "de")
    friseur = entry(catalogue, "friseur")
    assert friseur.regulation is None  # the entry names no law, but is dual
    assert say("part_time.dual_law") in part_time_lines(friseur, say)


async def test_a_town_gets_where_to_look_not_another_section(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Koch")
    _, text = await acked_chat.say("und in Hamm?")
    assert text.startswith("Zu Koch/Köchin: Der Katalog enthält keine örtlichen Angaben")
    assert "https://www.arbeitsagentur.de/jobsuche/" in text
    assert "Bereiten Speisen zu" not in text  # not the tasks instead


async def test_a_topic_the_catalogue_lacks_is_said_so_with_berufenet(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Dachdecker")
    _, text = await acked_chat.say("ist das körperlich anstrengend?")
    assert text.startswith("Zu Dachdecker/in: Dazu enthält der Katalog keine Angaben")
    assert "berufenet" in text
    _, text = await acked_chat.say("wo kann man das lernen?")
    assert "Ausbildungsbetrieb und in der Berufsschule" in text


async def test_rules_asked_after_a_card_lead_the_answer(acked_chat: Chat) -> None:
    await acked_chat.say("beruf Tischler")
    _, text = await acked_chat.say("und als Frau?")
    assert text.startswith("Zu Tischler/in: Alle Ausbildungsberufe stehen allen Geschlechtern")
    _, text = await acked_chat.say("kann man danach studieren?")
    assert "beruflich Qualifizierte" in text
    _, text = await acked_chat.say("was lernt man in der Berufsschule?")
    assert "Rahmenlehrplan" in text
    _, text = await acked_chat.say("wie sind die Übernahmechancen?")
    assert "§ 24 Berufsbildungsgesetz" in text
    reply, _ = await acked_chat.say("what are the working hours of a chef?")
    assert reply.blocks[0] == Heading("Koch/Köchin")


async def test_a_list_request_with_words_of_a_topic_stays_a_list(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Ausbildungen im Handwerk in der Nähe")
    assert reply.blocks[0] != Heading("Den Beruf vor Ort finden")
    assert "exploration" in reply.data
    reply, _ = await acked_chat.say("Gibt es Ausbildungsplätze in der Nähe?")
    assert reply.blocks[0] == Heading("Den Beruf vor Ort finden")
