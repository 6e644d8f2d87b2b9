"""Everyday question phrasings: the occupation is cut out, the fact asked about is marked."""

from __future__ import annotations

import pytest
from occupation_skill_fixtures import text_of
from skill_contexts import skill_context

from bot.reply import Heading
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.occupation import OccupationSkill
from skills.occupation.focus import Focus
from skills.occupation.query import extract_query, only_refers_back
from skills.occupation.skill import shared_catalogue


@pytest.mark.parametrize(
    ("typed", "occupation", "focus"),
    [
        ("was macht man als Kfz-ler", "Kfz-ler", None),
        ("Was macht man eigentlich als Fensterputzer?", "Fensterputzer", None),
        ("was macht ne Erzieherin", "Erzieherin", None),
        ("Was ist eine PTA?", "PTA", None),
        ("wie lange dauert die Ausbildung zum Tischler?", "Tischler", Focus.DURATION),
        ("Wie lang dauert die Lehre als Maurer", "Maurer", Focus.DURATION),
        ("Wie viele Jahre dauert es, Erzieherin zu werden?", "Erzieherin", Focus.DURATION),
        ("how long does it take to become a hairdresser", "hairdresser", Focus.DURATION),
        ("welche Voraussetzungen braucht man für Erzieherin", "Erzieherin", Focus.REQUIREMENTS),
        (
            "Welche Voraussetzungen braucht man für die Ausbildung zur Pflegefachfrau?",
            "Pflegefachfrau",
            Focus.REQUIREMENTS,
        ),
        (
            "was braucht man für einen Abschluss um Polizist zu werden",
            "Polizist",
            Focus.REQUIREMENTS,
        ),
        ("Welchen Schulabschluss braucht man als MFA?", "MFA", Focus.REQUIREMENTS),
        ("Was muss man als Polizist mitbringen?", "Polizist", Focus.REQUIREMENTS),
        ("What qualifications do I need to become a paramedic?", "paramedic", Focus.REQUIREMENTS),
        ("was verdient man als Koch in der Ausbildung", "Koch", Focus.PAY),
        ("wieviel verdient ein Elektriker im ersten Lehrjahr?", "Elektriker", Focus.PAY),
        # the training year in figures or as another ordinal belongs to the question
        ("wie viel verdient ein Friseur im 1. Lehrjahr", "Friseur", Focus.PAY),
        ("was bekommt man als Koch im zweiten Ausbildungsjahr", "Koch", Focus.PAY),
        ("Gehalt Elektroniker im 3.Lehrjahr", "Elektroniker", Focus.PAY),
        ("what does a chef earn in the first year", "chef", Focus.PAY),
        ("Gehalt als Kellner", "Kellner", Focus.PAY_ANY),
        ("how much does a nurse earn?", "nurse", Focus.PAY_ANY),
        # pay once qualified, not training pay
        ("wie viel verdient ein Elektroniker nach der Ausbildung", "Elektroniker", Focus.EARNINGS),
        ("was verdient man als Friseurin ausgelernt?", "Friseurin", Focus.EARNINGS),
        ("Was bekommt ein Maurer als Geselle?", "Maurer", Focus.EARNINGS),
        ("how much does a welder earn after the apprenticeship", "welder", Focus.EARNINGS),
        ("Ausbildungsvergütung als Zahnarzthelferin", "Zahnarzthelferin", Focus.PAY),
        # keywords typed next to the occupation, search-engine style; the keyword is cut off
        ("Ausbildung Tischler Dauer", "Ausbildung Tischler", Focus.DURATION),
        ("erzieherin voraussetzungen", "erzieherin", Focus.REQUIREMENTS),
        ("Tierpfleger gehalt", "Tierpfleger", Focus.PAY_ANY),
        ("Lohn Maurer nach der Ausbildung", "Maurer", Focus.EARNINGS),
        ("Koch Ausbildungsvergütung", "Koch", Focus.PAY),
        ("Fachinformatiker entry requirements", "Fachinformatiker", Focus.REQUIREMENTS),
        ("Mein Sohn will Koch werden", "Koch", None),
        ("Meine Tochter möchte gern Tierpflegerin werden", "Tierpflegerin", None),
        ("wie wird man Lokführer?", "Lokführer", None),
        ("how do I become a welder", "welder", None),
        ("what does a plumber do", "plumber", None),
        # the verb last, in a clause
        ("Weißt du, wie lange die Ausbildung zum Tischler dauert?", "Tischler", Focus.DURATION),
        ("Kannst du mir sagen, was man als Erzieherin verdient?", "Erzieherin", Focus.PAY_ANY),
        ("was eine Kellnerin in der Ausbildung verdient", "Kellnerin", Focus.PAY),
        (
            "Können Sie mir sagen, welchen Schulabschluss man als Bankkaufmann braucht?",
            "Bankkaufmann",
            Focus.REQUIREMENTS,
        ),
        ("Weißt du was ein Mechatroniker so macht?", "Mechatroniker", None),
        # a workplace the client wants to join names the work
        ("Mein Sohn will zur Polizei, was braucht er dafür?", "Polizei", None),
        ("Tochter möchte unbedingt zur Feuerwehr", "Feuerwehr", None),
    ],
)
def test_question_phrasings(typed: str, occupation: str, focus: Focus | None) -> None:
    found = extract_query(typed)
    assert (found.text, found.focus) == (occupation, focus)


@pytest.mark.parametrize(
    "typed",
    [
        "was macht man als Kfz-ler",
        "Was macht man als Fensterputzer?",
        "was verdient man als Koch in der Ausbildung",
        "welche Voraussetzungen braucht man für Erzieherin",
        "was braucht man für einen Abschluss um Polizist zu werden",
        "wie lange dauert die Ausbildung zum Tischler",
        "how much does a nurse earn",
        "how do I become a welder",
        "Staplerfahrer",
        "Putzfrau",
        "Kannst du mir sagen, was man als Erzieherin verdient?",
        "Weißt du, wie lange die Ausbildung zum Tischler dauert?",
        "Mein Sohn will zur Polizei, was braucht er dafür?",
        "Mitarbeiterin im Bürgerbüro",
        "Bäckerlehrling",  # a training compound
        "Friseurgesellin",
    ],
)
def test_everyday_occupation_questions_route_to_the_skill(typed: str) -> None:
    skill = OccupationSkill(shared_catalogue())
    assert OfflineIntentClassifier().score(typed, skill) >= THRESHOLD


@pytest.mark.parametrize(
    ("typed", "occupation"),
    [
        ("Was brauch ich für nen Schulabschluss für Anlagenmechaniker?", "Anlagenmechaniker"),
        ("wat brauchste fürn abschluss als maurer", "maurer"),
        ("Was für nen Abschluss braucht man als Friseurin?", "Friseurin"),
        ("was für einen schulabschluss brauch ich zur Erzieherin", "Erzieherin"),
        ("Wat brauch ich für Voraussetzungen als Bankkaufmann?", "Bankkaufmann"),
        # whether a certificate is enough: the occupation named before "werden"
        ("Kann man mit Hauptschulabschluss Elektroniker werden?", "Elektroniker"),
        ("kann man auch mit hsa noch kfz-mechatroniker werden", "kfz-mechatroniker"),
        ("Kann Tim ohne Abi Bankkaufmann werden?", "Bankkaufmann"),
        (
            "Mein Klient fragt, ob er mit Hauptschulabschluss Elektroniker werden kann",
            "Elektroniker",
        ),
        ("ob man mit mittlerer Reife eine Erzieherin werden kann?", "Erzieherin"),
    ],
)
def test_colloquial_requirement_questions_reach_the_lookup(typed: str, occupation: str) -> None:
    found = extract_query(typed)
    assert (found.text, found.focus) == (occupation, Focus.REQUIREMENTS)
    skill = OccupationSkill(shared_catalogue())
    assert OfflineIntentClassifier().score(typed, skill) >= THRESHOLD


@pytest.mark.parametrize(
    "typed",
    [
        "Schreib eine E-Mail an die Schule wegen des Praktikums",
        "Fasse das Gespräch zusammen",
        "Welche Daten speicherst du?",
        # places and surnames are not occupations inside a sentence
        "Termin bei der Polizei",
        "Erinnerung an Frau Klein wegen Praktikum im Supermarkt",
        "Kevin hat ein Praktikum bei der Feuerwehr gemacht",
        "Einladung an Frau Koch zum Gespräch",
        "Erinnerung an Herrn Müller",
    ],
)
def test_other_requests_do_not_route_to_the_skill(typed: str) -> None:
    skill = OccupationSkill(shared_catalogue())
    assert OfflineIntentClassifier().score(typed, skill) < THRESHOLD


@pytest.mark.parametrize(
    ("left", "names_none"),
    [
        ("und dauert die Ausbildung", True),  # "Und wie lange dauert die Ausbildung?"
        ("da", True),  # "Was verdient man da?"
        ("does it", True),  # "How long does it take?"
        ("Und die", True),  # "Und die Voraussetzungen?"
        ("Tischler", False),
        ("dauert die Ausbildung zur Floristin", False),
        ("Kfz-ler", False),
    ],
)
def test_what_is_left_of_a_fact_question_may_only_refer_back(left: str, names_none: bool) -> None:
    assert only_refers_back(left) is names_none


@pytest.mark.parametrize(
    ("typed", "occupation", "focus"),
    [
        # English with words after the occupation that belong to the question
        ("what does a welder earn in Germany during training?", "welder", Focus.PAY),
        ("how much do plumbers get paid during their apprenticeship", "plumbers", Focus.PAY),
        ("what is the training allowance for a florist here", "florist", Focus.PAY),
        ("how much does a roofer make in germany", "roofer", Focus.PAY_ANY),
        # who asks, and filler, between the verb and the occupation
        ("was verdienst du so als Azubi bei der Bank?", "Azubi bei der Bank", Focus.PAY),
        ("wie viel kriegste eigentlich als Koch", "Koch", Focus.PAY_ANY),
        ("Was bekommt man als Lehrling im Autohaus pro Monat?", "Lehrling im Autohaus", Focus.PAY),
    ],
)
def test_fact_questions_with_trailing_and_filler_words(
    typed: str, occupation: str, focus: Focus
) -> None:
    found = extract_query(typed)
    assert (found.text, found.focus) == (occupation, focus)


@pytest.mark.parametrize(
    ("typed", "focus"),
    [
        ("nurse apprenticeship allowance", Focus.PAY),
        ("roofers, are they paid well", Focus.PAY_ANY),
        ("florist what qualifications", Focus.REQUIREMENTS),
        ("what do you need for a florist job", Focus.REQUIREMENTS),
        # the kind of training: dual, school-based
        ("is the florist apprenticeship school-based?", Focus.TRAINING_TYPE),
        ("Ist Kinderpflegerin eine schulische Ausbildung?", Focus.TRAINING_TYPE),
        ("koch dual oder schulisch", Focus.TRAINING_TYPE),
    ],
)
def test_english_keywords_mark_the_fact(typed: str, focus: Focus) -> None:
    assert extract_query(typed).focus is focus


@pytest.mark.parametrize(
    "typed",
    [
        "Wie lange ist man Lehrling in einer Konditorei?",
        "was verdient man als azubi in der Tischlerei so?",
    ],
)
def test_a_trainee_at_a_workplace_routes_to_the_skill(typed: str) -> None:
    skill = OccupationSkill(shared_catalogue())
    assert OfflineIntentClassifier().score(typed, skill) >= THRESHOLD


@pytest.mark.parametrize(
    ("typed", "occupation"),
    [
        ("Was verdient Lena als Azubi im Einzelhandel im ersten Jahr?", "Azubi im Einzelhandel"),
        ("Wie viel verdient Tim als Tischler in der Ausbildung?", "Tischler"),
        ("Was verdient Jonas in der Ausbildung zum Maurer?", "Maurer"),
        # no name: the capitalised word before the fact is the occupation
        ("Was verdient Mechatroniker im ersten Jahr?", "Mechatroniker"),
    ],
)
def test_pay_asked_for_a_client_named_by_first_name(typed: str, occupation: str) -> None:
    found = extract_query(typed)
    assert found.text == occupation
    assert found.focus in {Focus.PAY, Focus.PAY_ANY}
    skill = OccupationSkill(shared_catalogue())
    assert OfflineIntentClassifier().score(typed, skill) >= THRESHOLD


async def test_the_kind_of_training_asked_about_is_no_unexplained_rest() -> None:
    skill = OccupationSkill(shared_catalogue())
    result = await skill.handle(skill_context("Ist Kinderpflegerin eine schulische Ausbildung?"))
    assert result.blocks[0] == Heading("Kinderpfleger/in")
    assert "ändern daran nichts" not in text_of(result)
