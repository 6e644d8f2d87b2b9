"""General questions about the training system: a reviewed answer with an official link, never
a comparison of two made-up occupations."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from conftest import Chat
from occupation_skill_fixtures import commands, text_of
from skill_contexts import skill_context

from bot.reply import Heading, Outcome
from bot.routing.intent import OfflineIntentClassifier
from bot.skill import Skill
from skills.occupation import OccupationSkill
from skills.occupation.training_system import load, names_no_occupation, topic_of

OFFICIAL_HOSTS = (
    "arbeitsagentur.de",
    "studienwahl.de",
    "gesetze-im-internet.de",
    "bibb.de",
    "kmk.org",  # the conference of education ministers: the framework curricula
    "planet-beruf.de",
    "schueleranmeldung.de",  # Schüler Online, the registration portal of NRW's schools
    "schulministerium.nrw",  # the Ministry of Schools of North Rhine-Westphalia
    "anerkennung-in-deutschland.de",  # the federal portal on recognising foreign qualifications
    "berufsbildung.nrw.de",  # the NRW school ministry's portal on vocational education
    "bmas.de",  # the Federal Ministry of Labour: youth employment agencies
    "bpb.de",  # the Federal Agency for Civic Education: the transition system
)


GENERAL = [
    ("Was ist der Unterschied zwischen dualer und schulischer Ausbildung?", "dual_school", "de"),
    ("duale vs. vollzeitschulische Ausbildung – wo ist der Unterschied", "dual_school", "de"),
    (
        "Erklär mir kurz, was eine schulische Ausbildung von einer dualen unterscheidet",
        "dual_school",
        "de",
    ),
    (
        "What is the difference between a school-based and a dual apprenticeship?",
        "dual_school",
        "en",
    ),
    ("Was ist der Unterschied zwischen Studium und Ausbildung?", "training_study", "de"),
    ("Lehre oder Studium, was unterscheidet die beiden?", "training_study", "de"),
    ("apprenticeship vs university degree - what's the difference?", "training_study", "en"),
    ("Was sind Fachpraktiker-Berufe?", "fachpraktiker", "de"),
    ("was bedeutet ausbildung zum fachpraktiker?", "fachpraktiker", "de"),
    ("Wie funktioniert eine Umschulung?", "umschulung", "de"),
    ("Wer bezahlt eine Umschulung?", "umschulung", "de"),
    ("what is an Umschulung?", "umschulung", "en"),
    # one kind on its own is asked about, not looked up as an occupation
    ("What is a dual apprenticeship?", "dual_school", "en"),
    ("Erkläre mir das Duale System", "dual_school", "de"),
    # pay in training asked in general, the Berufskolleg, the chambers
    ("Wie viel Geld bekommt man in der Ausbildung?", "training_pay", "de"),
    ("Was verdient ein Azubi im ersten Lehrjahr im Durchschnitt?", "training_pay", "de"),
    ("Gibt es eine Mindestvergütung für Azubis?", "training_pay", "de"),
    ("how much do apprentices earn?", "training_pay", "en"),
    ("Was ist ein Berufskolleg?", "berufskolleg", "de"),
    ("Was ist der Unterschied zwischen IHK und HWK?", "chambers", "de"),
    ("Was macht die Handwerkskammer?", "chambers", "de"),
    # more ways to ask known topics
    ("Welche Berufe sind gerade gefragt?", "prospects", "de"),
    ("Darf mein Azubi kündigen?", "dropping_out", "de"),
    ("Was kostet eine schulische Ausbildung?", "vocational_school_costs", "de"),
    ("Erklär mir bitte, wie die duale Ausbildung funktioniert", "dual_school", "de"),
    ("Kannst du mir erklären, was eine schulische Ausbildung ist?", "dual_school", "de"),
    ("wie funktioniert das duale system?", "dual_school", "de"),
    ("explain the dual system", "dual_school", "en"),
    ("Was ist eigentlich ein duales Studium?", "dual_study", "de"),
    ("was bedeutet EQ?", "einstiegsqualifizierung", "de"),
    ("Wie läuft eine Einstiegsqualifizierung ab?", "einstiegsqualifizierung", "de"),
    ("Was ist BvB?", "bvb", "de"),
    ("was versteht man unter einer berufsvorbereitenden Bildungsmaßnahme", "bvb", "de"),
    ("what is a BvB?", "bvb", "en"),
    # a rule asked on its own, with no occupation named
    ("Ab wann kann man mit einer Lehre anfangen?", "minimum_age", "de"),
    ("Gibt's ein Mindestalter für Azubis?", "minimum_age", "de"),
    ("how old do you have to be to start an apprenticeship?", "minimum_age", "en"),
    # questions of any shape about what no occupation's card answers
    ("Bekommt man als Azubi BAB, wenn man noch zu Hause wohnt?", "bab", "de"),
    ("wer zahlt die Berufsausbildungsbeihilfe?", "bab", "de"),
    ("Does a trainee living away from home get BAB?", "bab", "en"),
    ("Wie viel Taschengeld gibt es im Bundesfreiwilligendienst?", "volunteer_service", "de"),
    ("kann man ein freiwilliges soziales jahr auch mit 25 machen?", "volunteer_service", "de"),
    ("how long is a voluntary social year?", "volunteer_service", "en"),
    ("Wo suche ich am besten nach einer Lehrstelle?", "finding_training_place", "de"),
    # (an occupation named: what is asked is still no fact of its card)
    (
        "Gibt es noch offene Lehrstellen als Kfz-Mechatroniker in Dortmund?",
        "finding_training_place",
        "de",
    ),
    ("where can my client find an apprenticeship position?", "finding_training_place", "en"),
    ("Wie meldet man sich am Berufskolleg an?", "berufskolleg_registration", "de"),
    ("Bis wann muss die Anmeldung fürs Berufskolleg raus?", "berufskolleg_registration", "de"),
    ("how do you register at a Berufskolleg?", "berufskolleg_registration", "en"),
    ("Was ist besser: Ausbildung oder Studium?", "training_study", "de"),
    ("which is better, an apprenticeship or university?", "training_study", "en"),
    ("Welche Ausbildung kann man mit 25 noch anfangen?", "late_start", "de"),
    ("bin ich mit 30 zu alt für eine Lehre?", "late_start", "de"),
    ("Gibt es ein Höchstalter für eine Ausbildung?", "late_start", "de"),
    ("am I too old for an apprenticeship?", "late_start", "en"),
    ("was sind gut bezahlte Ausbildungen", "pay_ranking", "de"),
    ("Welche Ausbildung verdient am meisten?", "pay_ranking", "de"),
    ("which apprenticeships pay the most?", "pay_ranking", "en"),
    ("Welche Ausbildungen haben gute Chancen?", "prospects", "de"),
    ("Mangelberufe in NRW", "prospects", "de"),
    ("jobs with a future", "prospects", "en"),
    ("Welche Unterlagen braucht man für eine Bewerbung?", "application_documents", "de"),
    ("Tipps fürs Vorstellungsgespräch", "application_documents", "de"),
    ("what documents do I need for an application?", "application_documents", "en"),
    # applying as a verb was "nicht verstanden"
    ("Welche Unterlagen braucht eine Klientin, die sich bewirbt?", "application_documents", "de"),
    ("was für papiere braucht man wenn man sich bewirbt", "application_documents", "de"),
    ("Der Betrieb ist top. Wie bewerbe ich mich da am besten?", "application_documents", "de"),
    ("how do I apply for an apprenticeship?", "application_documents", "en"),
    # "nicht verstanden" before
    ("Welche Berufe haben Zukunft?", "prospects", "de"),
    ("Darf ein 15-Jähriger schon eine Ausbildung anfangen?", "minimum_age", "de"),
    ("Kann man nach einer Kündigung eine Umschulung machen?", "late_start", "de"),
    ("kann man die Prüfung extern machen, wenn man 10 Jahre gearbeitet hat?", "late_start", "de"),
    ("Ich habe meine Ausbildung abgebrochen, wie geht es jetzt weiter?", "dropping_out", "de"),
    # a question relayed without its mark ("fragt, ob …")
    ("Mia (17) fragt, ob sie als Azubi nachts arbeiten darf.", "working_time", "de"),
    ("Was passiert wenn man die Abschlussprüfung nicht besteht?", "exam_failed", "de"),
    ("Wie oft kann man die Gesellenprüfung wiederholen?", "exam_failed", "de"),
    ("what if my client fails the final exam?", "exam_failed", "en"),
    ("Wie lange ist die Probezeit in der Ausbildung?", "probation", "de"),
    ("Kann man die Ausbildung verkürzen?", "shortening", "de"),
    ("can you shorten an apprenticeship?", "shortening", "en"),
    ("Probezeit?", "probation", "de"),
    ("how long is the probation period in an apprenticeship?", "probation", "en"),
    ("Was mache ich, wenn Jonas die Ausbildung abbricht?", "dropping_out", "de"),
    ("Ausbildung abbrechen was muss man beachten", "dropping_out", "de"),
    ("Kann man eine Ausbildung nach der Probezeit kündigen?", "dropping_out", "de"),
    ("how can a trainee quit an apprenticeship?", "dropping_out", "en"),
    ("Was ist ein Bildungsgutschein?", "education_voucher", "de"),
    ("Wie kann man den Realschulabschluss nachholen?", "school_certificate_later", "de"),
    # everyday rules of a training, asked on their own
    ("Wann sollte man sich für eine Ausbildung bewerben?", "training_start", "de"),
    ("wann fängt die Ausbildung normalerweise an?", "training_start", "de"),
    ("Gibt es eine Bewerbungsfrist für Ausbildungsplätze?", "training_start", "de"),
    ("when do apprenticeships start?", "training_start", "en"),
    ("Ist die Berufsschule Pflicht?", "vocational_school_duty", "de"),
    ("Muss man mit 23 noch zur Berufsschule?", "vocational_school_duty", "de"),
    ("is vocational school compulsory?", "vocational_school_duty", "en"),
    ("Welche Weiterbildungen gibt es nach der Ausbildung?", "further_training", "de"),
    ("Wer bezahlt die Meisterschule?", "further_training", "de"),
    ("what can you do after an apprenticeship?", "further_training", "en"),
    ("Lohnt sich ein Praktikum vor der Ausbildung?", "internship", "de"),
    ("Muss ein Praktikum bezahlt werden?", "internship", "de"),
    ("do you get paid for an internship?", "internship", "en"),
    ("Kann man einen Teil der Ausbildung im Ausland machen?", "training_abroad", "de"),
    ("Can apprentices spend part of their training abroad?", "training_abroad", "en"),
    ("Wie viel Urlaub hat man in der Ausbildung?", "working_time", "de"),
    ("Wie viele Stunden darf ein Azubi unter 18 arbeiten?", "working_time", "de"),
    ("how many days of holiday do apprentices get?", "working_time", "en"),
    # holiday pay is no holiday: "Urlaubsgeld" got the answer on days off
    ("Stimmt es, dass man als Azubi Urlaubsgeld bekommt?", "bonus_payments", "de"),
    ("gibts in der ausbildung weihnachtsgeld?", "bonus_payments", "de"),
    ("Hat man als Lehrling Anspruch auf ein 13. Monatsgehalt?", "bonus_payments", "de"),
    ("do apprentices get a christmas bonus?", "bonus_payments", "en"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Tim hat BAB beantragt, der Bescheid fehlt noch.",  # a note, no question
        "Kl. macht gerade ein FSJ in der Kita",
        "Hat Tim die Umschulung schon angefangen?",  # any question reaches only new topics
        "Ist die EQ bei Rewe schon unterschrieben?",
        "Kl. ist 25 und macht eine Ausbildung zur Köchin",  # a note with an age, no question
        "Hat Tim die Prüfung nicht bestanden?",  # one person's status, not the rule
        "Kl. will Ausbildung abbrechen, hat Stress mit Chef.",  # a note
        # how to prepare someone, or a special protection: not the probation rule
        "Wie bereite ich Jannik auf das Gespräch zum Ende der Probezeit vor?",
        "Gilt der besondere Kündigungsschutz für Gleichgestellte auch in der Probezeit?",
    ],
)
def test_a_statement_or_a_status_question_is_no_general_question(text: str) -> None:
    assert topic_of(text) is None


@pytest.mark.parametrize(("question", "topic", "language"), GENERAL)
async def test_a_question_about_the_training_system_gets_the_reviewed_answer(
    question: str, topic: str, language: str, skills: list[Skill], skill: OccupationSkill
) -> None:
    intent = await OfflineIntentClassifier().classify(question, skills)
    assert intent is not None
    assert intent.skill_id == "occupation"
    result = await skill.handle(skill_context(question, None, language))
    assert result.outcome is Outcome.OK
    assert result.data["general"]["topic"] == topic
    assert "comparison" not in result.data
    answer = next(t for t in load().topics if t.id == topic).answer(language)
    assert result.blocks[0] == Heading(answer.heading)
    assert result.data["general"]["url"] in text_of(result)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Was ist eine Umschulung zum Tischler?", "card"),  # about one occupation
        ("Welche schulischen Ausbildungen gibt es im Sozialbereich?", "exploration"),
        ("Was ist ein Fachpraktiker Küche?", "lookup"),  # a title, looked up
        # pay asked of one occupation, by its name or a field's word, is the card's fact
        ("Was verdient ein Tischler in der Ausbildung?", "card"),
        ("Was verdient ein Azubi im Einzelhandel?", "lookup"),
        ("Was macht ein Kammerjäger?", "lookup"),  # a chamber's word inside a title
    ],
)
async def test_questions_about_occupations_are_no_general_questions(
    text: str, kind: str, skill: OccupationSkill
) -> None:
    result = await skill.handle(skill_context(text, None, "de"))
    assert "general" not in result.data
    if kind == "exploration":
        assert len(result.data["exploration"]["results"]) >= 3
    if kind == "card":
        assert result.blocks[0] == Heading("Tischler/in")


@pytest.mark.parametrize("command", ["berufe", "beruf"])
async def test_a_topic_typed_after_a_command_word_is_that_topic(
    command: str, skill: OccupationSkill
) -> None:
    # "Berufe mit Zukunft": the command word belongs to the question
    context = skill_context("mit Zukunft", command, "de")
    result = await skill.handle(context)
    assert result.data["general"]["topic"] == "prospects"


async def test_a_mail_request_about_retraining_is_for_the_email_skill(
    skills: list[Skill],
) -> None:
    text = "Schreib eine Mail an Herrn Kaya: Was ist eine Umschulung und wer zahlt sie?"
    intent = await OfflineIntentClassifier().classify(text, skills)
    assert intent is not None
    assert intent.skill_id == "email"


async def test_a_comparison_of_things_that_are_no_occupations_says_so(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(skill_context("Unterschied zwischen Abitur und Studium?"))
    assert result.outcome is Outcome.UNKNOWN
    assert "comparison" not in result.data
    assert commands(result) == []  # no occupation pair offered
    assert "nicht zwei Berufe" in text_of(result)
    # the topics its sides name: the certificate, then the headings that share a word
    for heading in ("Schulabschlüsse in NRW", "Ausbildung und Studium", "Duales Studium"):
        assert heading in text_of(result)


@pytest.mark.parametrize(
    "question", ["Was ist besser, Ausbildung oder Abi?", "Unterschied zwischen Uni und FH?"]
)
async def test_no_occupations_offer_a_few_topics_not_all_of_them(
    skill: OccupationSkill, question: str
) -> None:
    # sixty headings in one paragraph were offered for a side no topic names
    text = text_of(await skill.handle(skill_context(question)))
    offered = sum(topic.answer("de").heading in text for topic in load().topics)
    assert "nicht zwei Berufe" in text
    assert 0 < offered <= 4
    assert "weitere" in text  # and how many more there are


async def test_a_side_that_names_a_topic_offers_that_topic_alone(skill: OccupationSkill) -> None:
    # the whole list of forty topics was offered for "duales Studium"
    question = "Was ist besser: Ausbildung zum Bankkaufmann oder duales Studium?"
    result = await skill.handle(skill_context(question))
    assert "nicht zwei Berufe" in text_of(result)
    assert "Duales Studium" in text_of(result)
    assert "Mindestalter für eine Ausbildung" not in text_of(result)


async def test_two_unclear_names_are_not_paired_with_each_other(skill: OccupationSkill) -> None:
    result = await skill.handle(skill_context("Unterschied zwischen Elektroniker und Mechaniker"))
    assert "comparison" not in result.data
    offered = commands(result)
    assert offered
    # Each candidate is offered on its own: pairing it with the other, unclear name would be
    # a comparison nobody asked for.
    assert all(command.startswith("beruf ") for command in offered), offered


@pytest.mark.parametrize(
    ("side", "generic"),
    [
        ("einer schulischen Ausbildung", True),
        ("Studium", True),
        ("dem Abi", True),
        ("Tischler", False),
        ("Kauffrau im Einzelhandel", False),
    ],
)
def test_sides_that_name_no_occupation(side: str, generic: bool) -> None:
    assert names_no_occupation(side) is generic


def test_every_answer_is_in_both_languages_with_an_official_link() -> None:
    data = load()
    assert data.topics
    for topic in data.topics:
        assert set(topic.answers) == {"de", "en"}, topic.id
        url = urlparse(topic.url)
        assert url.scheme == "https", topic.id
        assert url.hostname, topic.id
        assert url.hostname.endswith(OFFICIAL_HOSTS), topic.id


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("wie lange ist die probezeit?", "höchstens vier Monaten (§ 20 BBiG)"),
        # "kann man das verkürzen?" said "not listed"
        ("kann man das verkürzen?", "(§ 8 Abs. 1 BBiG)"),
        # "Dazu enthält der Katalog keine Angaben", though adults' training is a reviewed topic
        ("kann man das auch mit 30 noch anfangen?", "Ein Höchstalter"),
        ("can you still start it at 35?", "no upper age limit"),
        # "zu alt" got the minimum age alone, which now says there is no upper limit either
        ("bin ich mit 45 zu alt dafür?", "Ein Höchstalter"),
    ],
)
async def test_a_rule_asked_after_a_card_gets_the_reviewed_answer(
    acked_chat: Chat, question: str, said: str
) -> None:
    await acked_chat.say("beruf Tischler")
    reply, shown = await acked_chat.say(question)
    assert reply.skill_id == "occupation"
    assert said in shown
    assert "Dazu enthält der Katalog keine Angaben" not in shown


@pytest.mark.parametrize(("asked", "language"), [("hilfe beruf", "de"), ("help occupation", "en")])
async def test_the_skill_help_says_general_questions_are_answered_and_shows_one(
    acked_chat: Chat, asked: str, language: str
) -> None:
    # sixty reviewed topics, and neither `hilfe` nor `hilfe beruf` said that they exist
    _, shown = await acked_chat.say(asked)
    assert "BAB, EQ" in shown
    meta = OccupationSkill.meta
    examples = meta.examples_de if language == "de" else meta.examples_en
    general = [example for example in examples if topic_of(example) is not None]
    assert general
    for example in general:
        assert example in shown
        reply, _ = await acked_chat.say(example)
        assert reply.outcome is Outcome.OK
        assert reply.blocks[0] == Heading(topic_of(example).answer(language).heading)  # type: ignore[union-attr]
