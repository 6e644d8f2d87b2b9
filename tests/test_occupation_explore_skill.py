"""Exploration and comparison questions end to end: routing, the skill's reply, the hook order."""

from __future__ import annotations

import pytest
from occupation_skill_fixtures import commands, text_of
from skill_contexts import skill_context

from bot.policy import is_decision_request
from bot.reply import Heading, Outcome
from bot.routing.intent import OfflineIntentClassifier
from bot.skill import Skill, SkillContext
from skills.occupation import OccupationSkill


def context(
    args: str, command: str | None = None, language: str = "de", text: str | None = None
) -> SkillContext:
    return skill_context(args, command, language, text=text)


EXPLORATION = [
    "Welche Ausbildungen passen zu jemandem, der gern zeichnet und gestaltet?",
    "Ausbildungen im Bereich Medien",
    "Was kann man mit Hauptschulabschluss im Einzelhandel lernen?",
    "welche ausbildung ohne abi im IT-bereich??",
    "jobs for someone who likes working outdoors",
    "Welche schulischen Ausbildungen gibt es im Sozialbereich?",
    "kurze Ausbildungen (2 Jahre) im Handwerk",
    "Haben Sie Vorschläge für Ausbildungen mit Menschen, gern im Gesundheitsbereich?",
    "mein Klient will was mit Autos machen, hat den MSA – welche Berufe gibts da",
    "which apprenticeships are there in IT without A-levels?",
]


@pytest.mark.parametrize("question", EXPLORATION)
async def test_exploration_questions_reach_the_skill_and_list_occupations(
    question: str, skills: list[Skill], skill: OccupationSkill
) -> None:
    assert not is_decision_request(question)  # information about occupations, not a person
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(question))
    assert result.outcome is Outcome.OK
    results = result.data["exploration"]["results"]
    assert len(results) >= 3
    offered = commands(result)
    assert offered[:3] == [f"beruf {item['title']}" for item in results[:3]]
    assert "Gefiltert nach:" in text_of(result)
    assert "keine Einschätzung einer Person" in text_of(result)


async def test_reply_lines_give_type_duration_reason_and_certificate(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Berufe mit Tieren"))
    lines = [line for line in text_of(result).splitlines() if line.startswith("- **")]
    tierpfleger = next(line for line in lines if "Tierpfleger/in" in line)
    assert "Duale Ausbildung" in tierpfleger
    assert "3 Jahre" in tierpfleger
    assert "passt zu: Tiere" in tierpfleger
    assert "mittlerer Schulabschluss (MSA)" in tierpfleger


async def test_the_applied_filters_are_named(skill: OccupationSkill) -> None:
    result = await skill.handle(context("schulische Ausbildungen im Sozialbereich, max 2 Jahre"))
    filters = text_of(result).splitlines()[0]
    assert "Schulische Ausbildung" in filters
    assert "höchstens 2 Jahre" in filters
    titles = {item["title"] for item in result.data["exploration"]["results"]}
    assert {"Kinderpfleger/in", "Sozialassistent/in"} <= titles
    assert "Erzieher/in" not in titles  # three years


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("berufe", "mit Tieren"),
        ("berufe", "Tiere"),
        ("beruf", "mit Tieren"),
        ("job", "with animals"),
    ],
)
async def test_listing_command_needs_no_question_frame(
    command: str, args: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(context(args, command=command))
    assert "Tierpfleger/in" in {item["title"] for item in result.data["exploration"]["results"]}


async def test_a_lookup_command_stays_a_lookup(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Tierpfleger", command="beruf"))
    assert result.blocks[0] == Heading("Tierpfleger/in")


async def test_nothing_fitting_says_so(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Welche Studiengänge gibt es im Bereich Konditorei?"))
    assert result.data["exploration"]["results"] == []
    assert "nichts gefunden" in text_of(result)
    assert "Studium" in text_of(result)  # the filter that left nothing


async def test_an_area_it_does_not_know_is_said_not_dropped(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Welche Ausbildungen gibt es im Bereich Raumfahrt?"))
    assert result.outcome is Outcome.UNKNOWN
    assert result.data["exploration"]["results"] == []  # not every training instead
    assert "„Raumfahrt“" in text_of(result)  # as typed


async def test_an_unknown_area_beside_a_known_interest_is_named(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Jobs im Bereich Raumfahrt, er mag Technik"))
    assert len(result.data["exploration"]["results"]) >= 3
    assert "„Raumfahrt“ habe ich keinem Bereich" in text_of(result)


@pytest.mark.parametrize(
    ("question", "liked"),
    [
        ("Welche Ausbildungen passen zu jemandem, der gern jongliert?", "„jongliert“"),
        ("Which apprenticeships suit someone who likes juggling?", "“juggling”"),
    ],
)
async def test_what_someone_likes_that_no_area_knows_is_said_not_dropped(
    skill: OccupationSkill, question: str, liked: str
) -> None:
    result = await skill.handle(context(question, language="en" if "Which" in question else "de"))
    assert result.outcome is Outcome.UNKNOWN
    assert result.data["exploration"]["results"] == []  # not every dual training instead
    assert liked in text_of(result)


@pytest.mark.parametrize(
    ("question", "area"),
    [
        ("Which apprenticeships suit someone who likes working with their hands?", "hands-on"),
        ("Was passt zu jemandem, der gern mit seinen Händen arbeitet?", "Handwerk"),
        ("which apprenticeships are good for people who like fixing things?", "technology"),
        ("Welche Ausbildung passt zu jemandem, der gerne redet?", "Kundenkontakt"),
    ],
)
async def test_everyday_words_for_an_interest_filter_the_list(
    skill: OccupationSkill, question: str, area: str
) -> None:
    language = "de" if question.startswith(("Was", "Welche")) else "en"
    result = await skill.handle(context(question, language=language))
    assert len(result.data["exploration"]["results"]) >= 3
    assert area in text_of(result)


async def test_exploration_in_english(skill: OccupationSkill) -> None:
    result = await skill.handle(context("jobs with animals", language="en"))
    assert "Filtered by: interest/area animals." in text_of(result)
    assert "not an assessment of a person" in text_of(result)
    assert commands(result)[0].startswith("occupation ")


@pytest.mark.parametrize(
    ("question", "left", "right"),
    [
        ("Unterschied zwischen Tischler und Holzmechaniker?", "Tischler/in", "Holzmechaniker/in"),
        (
            "Tischler oder Holzmechaniker – was ist der Unterschied",
            "Tischler/in",
            "Holzmechaniker/in",
        ),
        ("compare Koch and Fachkraft Küche", "Koch/Köchin", "Fachkraft Küche"),
        (
            "was unterscheidet eine Erzieherin von einer Kinderpflegerin",
            "Erzieher/in",
            "Kinderpfleger/in",
        ),
        ("Bäcker vs. Konditor", "Bäcker/in", "Konditor/in"),
        # "which is better" can only be answered with the facts side by side
        (
            "Was ist besser: Industriekaufmann oder Bürokaufmann?",
            "Industriekaufmann/-frau",
            "Kaufmann/-frau für Büromanagement",
        ),
        ("Erzieher oder Sozialassistent – was ist besser?", "Erzieher/in", "Sozialassistent/in"),
        (
            "difference between a nurse and a paramedic",
            "Pflegefachmann/-frau",
            "Notfallsanitäter/in",
        ),
    ],
)
async def test_comparison_shows_both_entries_side_by_side(
    question: str, left: str, right: str, skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(question))
    assert result.outcome is Outcome.OK
    assert [item["title"] for item in result.data["comparison"]] == [left, right]
    assert result.blocks[0] == Heading(f"{left} und {right} im Vergleich")
    body = text_of(result)
    for label in (
        "Ausbildungsart",
        "Dauer",
        "Berufsfeld",
        "Rechtsgrundlage",
        "Typischer Schulabschluss",
    ):
        assert f"**{label}:**" in body
    assert commands(result) == [f"beruf {left}", f"beruf {right}"]
    assert all(item["school"] and item["interests"] for item in result.data["comparison"])


async def test_comparison_names_the_difference_it_knows(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Unterschied zwischen Tischler und Holzmechaniker?"))
    body = text_of(result)
    assert "**Berufsfeld:** bei beiden Holz" in body
    assert "Tischler/in: BBiG/HwO" in body
    # the catalogue records no act for it, only that it is a recognised dual occupation
    assert "Holzmechaniker/in: BBiG oder HwO" in body


async def test_an_unclear_name_is_asked_about_not_compared(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Unterschied zwischen Fachpraktiker Küche und Koch"))
    assert result.outcome is Outcome.UNKNOWN
    assert "comparison" not in result.data
    assert "Meinten Sie" in text_of(result)
    assert "Fachpraktiker Küche" in text_of(result)
    assert "Unterschied zwischen Fachkraft Küche und Koch/Köchin" in commands(result)


async def test_an_unknown_name_is_reported(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Unterschied zwischen Tischler und Xylofonqrz"))
    assert result.outcome is Outcome.UNKNOWN
    assert "Xylofonqrz" in text_of(result)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Was macht ein Tischler?", "Tischler/in"),
        (
            "Wie lange dauert die Ausbildung zum Kfz-Mechatroniker?",
            "Kraftfahrzeugmechatroniker/in",
        ),
        ("Welche Ausbildung braucht man als Koch?", "Koch/Köchin"),
        (
            "Infos zur Ausbildung als Mediengestalter Digital und Print",
            "Mediengestalter/in Digital und Print",
        ),
        # A liking and a training in one message, but about one named occupation.
        ("Sie mag Tiere, wie lange dauert die Ausbildung zur Tierpflegerin?", "Tierpfleger/in"),
    ],
)
async def test_single_occupation_questions_stay_lookups(
    text: str, title: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(context(text))
    assert "exploration" not in result.data
    assert result.blocks[0] == Heading(title)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("how long is the apprenticeship for a carpenter?", "Zimmerer/Zimmerin"),
        ("how long does training take for a chef?", "Koch/Köchin"),
        ("How long does an apprenticeship take as a hairdresser", "Friseur/in"),
    ],
)
async def test_english_questions_about_one_occupation_are_routed_as_lookups(
    text: str, title: str, skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(text, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(text))
    assert "exploration" not in result.data
    assert result.blocks[0] == Heading(title)


@pytest.mark.parametrize(
    "question", ["Büro mit Hauptschulabschluss", "Verwaltung mit MSA", "Handwerk ohne Abschluss"]
)
async def test_an_area_with_a_certificate_is_a_list_without_a_question_frame(
    question: str, skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(question))
    assert len(result.data["exploration"]["results"]) >= 3


async def test_an_occupation_with_a_certificate_stays_a_lookup(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Koch mit Hauptschulabschluss"))
    assert "exploration" not in result.data
    assert result.blocks[0] == Heading("Koch/Köchin")


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [
        ("Schreib eine Mail an Frau Klein mit Infos zu Ausbildungen im Bereich Medien", "email"),
        ("mail Einladung zur Gruppeninfo Berufe mit Tieren am 12.03. um 10 Uhr", "email"),
        ("Fass bitte meine Notizen zusammen: Kl. möchte Ausbildung im Bereich Medien", "summary"),
    ],
)
async def test_requests_for_other_skills_are_not_captured(
    text: str, skill_id: str, skills: list[Skill]
) -> None:
    intent = await OfflineIntentClassifier().classify(text, skills)
    assert intent is not None
    assert intent.skill_id == skill_id


@pytest.mark.parametrize(
    ("question", "to", "expected"),
    [
        (
            "Welche Berufe sind ähnlich wie Tischler?",
            "Tischler/in",
            {"Holzmechaniker/in", "Zimmerer/Zimmerin", "Raumausstatter/in"},
        ),
        (
            "Alternativen zur Erzieherin?",
            "Erzieher/in",
            {"Kinderpfleger/in", "Sozialassistent/in", "Heilerziehungspfleger/in"},
        ),
        (
            "what jobs are similar to a cook",
            "Koch/Köchin",
            {"Fachkraft Küche", "Fachkraft für Gastronomie", "Bäcker/in"},
        ),
    ],
)
async def test_alternatives_to_an_occupation_come_from_the_catalogue(
    question: str, to: str, expected: set[str], skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(question))
    assert result.data["similar"]["to"]["title"] == to
    titles = {item["title"] for item in result.data["similar"]["results"]}
    assert expected <= titles
    assert to not in titles


async def test_alternatives_to_an_unclear_name_are_asked_about(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Berufe ähnlich wie Fachpraktiker Küche"))
    assert result.outcome is Outcome.UNKNOWN
    assert result.data["similar"] is None
    assert "Meinten Sie" in text_of(result)


async def test_a_generic_word_is_no_occupation_to_find_alternatives_to(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Alternativen zum Studium"))
    assert "similar" not in result.data  # not "similar to Betriebswirt/in (Studium)"


async def test_a_near_spelling_in_a_comparison_is_named(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Unterschied zwischen Tishler und Holzmechaniker"))
    assert [item["title"] for item in result.data["comparison"]] == [
        "Tischler/in",
        "Holzmechaniker/in",
    ]
    assert "„Tishler“ habe ich als Tischler/in verstanden." in text_of(result)


async def test_a_name_with_several_close_entries_is_asked_about(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Unterschied zwischen Mediengestalter und Fotograf"))
    assert "comparison" not in result.data
    offered = commands(result)
    assert len(offered) >= 2
    assert all(command.endswith("und Fotograf/in") for command in offered)


async def test_a_question_routed_with_only_one_word_of_it_is_still_explored(
    skill: OccupationSkill,
) -> None:
    # With a model, the router extracts an occupation argument; for an exploration question
    # it may be just a word of it.
    question = "Welche Ausbildungen passen zu jemandem, der gern zeichnet und gestaltet?"
    result = await skill.handle(context("zeichnen", text=question))
    assert len(result.data["exploration"]["results"]) >= 3


async def test_similar_to_something_that_is_no_occupation_is_explored(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Welche Berufe sind ähnlich wie draußen arbeiten?"))
    assert "similar" not in result.data
    assert len(result.data["exploration"]["results"]) >= 3


def test_a_note_naming_one_occupation_is_no_exploration(skill: OccupationSkill) -> None:
    text = "Herr Meier mag keine langen Mails. Ausbildung als Tischler läuft gut."
    assert skill.match_score(text) < 1.0


# Everyday filler ("gibts", "jmd", "wat"), questions phrased around the person ("für jemanden,
# der …", "ein Beruf, wo man …"), several interests at once; each with ids that must be among
# the first five listed.
EVERYDAY = [
    ("gibts was im Handwerk für jmd ohne Abschluss?", {"metallbauer", "klempner", "tischler"}),
    ("Was wäre gut für jemanden, der gern mit Holz arbeitet?", {"tischler", "holzmechaniker"}),
    ("ein Beruf, wo man viel draußen ist und mit Pflanzen arbeitet?", {"gaertner", "forstwirt"}),
    ("sie liebt Pferde – gibt es da was für sie?", {"pferdewirt", "tierpfleger", "tierwirt"}),
    ("Something for a young woman who loves fashion?", {"produktgestalter-textil", "modist"}),
    ("Wo könnte er seine Liebe zu Autos in der Ausbildung einbringen?", {"zweiradmechatroniker"}),
    ("wat gibt's für Leute, die gern backen?", {"baecker", "konditor"}),
    ("Gibt es eine Ausbildung, bei der man mit Metall arbeitet, mit HSA?", {"metallbauer"}),
]


@pytest.mark.parametrize(("question", "expected"), EVERYDAY)
async def test_everyday_phrasings_of_a_list_question_are_explored(
    question: str, expected: set[str], skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(context(question))
    listed = [item["id"] for item in result.data["exploration"]["results"][:5]]
    assert expected & set(listed), listed


@pytest.mark.parametrize(
    "text",
    [
        # "was gibt es" or "für jemanden, der" without an interest asks for something else
        "Was gibt es für Fördermöglichkeiten für Hauptschüler?",
        "Was gibt es Neues?",
        "Gibt es eine Ausbildung zur Tierpflegerin auch in Köln?",
    ],
)
async def test_a_loose_frame_without_an_interest_lists_nothing(
    text: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(context(text))
    assert "exploration" not in result.data


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Sohn will Kfz-Mechaniker werden, wie lange geht die Ausbildung?",
            "Kraftfahrzeugmechatroniker/in",
        ),
        ("Sie will Tierpflegerin werden – gibt es da was in der Nähe?", "Tierpfleger/in"),
    ],
)
async def test_a_loosely_framed_question_naming_an_occupation_stays_a_lookup(
    text: str, title: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(context(text))
    assert "exploration" not in result.data
    assert result.blocks[0] == Heading(title)


async def test_two_interests_each_get_entries_near_the_top(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Was gäbe es für jemanden, der Musik liebt und Technik?"))
    why = [item["why"] for item in result.data["exploration"]["results"][:5]]
    assert any(reasons == ["Musik"] for reasons in why), why
    assert any(reasons == ["Technik"] for reasons in why), why


async def test_a_named_field_above_the_certificate_is_listed_before_shared_interests(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Bürojobs mit HSA?"))
    fields = [item["why"] for item in result.data["exploration"]["results"][:4]]
    assert all(reasons == ["Büro und Verwaltung"] for reasons in fields), fields


@pytest.mark.parametrize(
    "question",
    [
        "Ausbildungen, bei denen man nicht so viel rechnen muss",
        "welche Berufe für jemanden, der nicht so gern mit Zahlen arbeitet?",
    ],
)
async def test_a_negated_interest_with_degree_words_is_excluded_not_asked_for(
    question: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(context(question))
    why = [reason for item in result.data["exploration"]["results"] for reason in item["why"]]
    assert "Zahlen" not in why
    assert "ohne Zahlen" in text_of(result)


async def test_something_with_an_adjective_asks_for_a_list(skill: OccupationSkill) -> None:
    result = await skill.handle(context("Something creative with computers?", language="en"))
    assert len(result.data["exploration"]["results"]) >= 3


@pytest.mark.parametrize(
    ("question", "language", "said"),
    [
        ("Ausbildungen ohne Schulabschluss", "de", "Gefiltert nach: ohne Schulabschluss"),
        ("training without a school certificate", "en", "without a school certificate"),
    ],
)
async def test_without_a_certificate_is_said_as_such(
    question: str, language: str, said: str, skill: OccupationSkill
) -> None:
    text = text_of(await skill.handle(context(question, language=language)))
    assert said in text
    # the typed words are no certificate's name
    assert "Schulabschluss ohne" not in text
    assert "certificate without" not in text
