"""Email requests are recognised without the word "Mail"; other requests are not taken."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Chat
from pydantic import SecretStr
from test_email_skill import run

from bot.config import Settings
from bot.reply import Outcome
from bot.routing.intent import THRESHOLD, OfflineIntentClassifier
from skills.email import EmailSkill
from skills.email.classify import classify
from skills.occupation import OccupationSkill


@pytest.mark.parametrize(
    "text",
    [
        "Entwirf eine Absage an Frau Schmitz für Donnerstag",
        "Formulier bitte eine Erinnerung an Herrn Kaya, Termin morgen 9 Uhr",
        "Formuliere eine kurze Bestätigung für den Termin am 3.2.",
        "entwirf ne einladung an die eltern von lena",
        "Schreib Jonas per du, dass er seinen Lebenslauf bis Freitag schicken soll",
        "Einladung an Herrn und Frau Hoffmann zum Elterngespräch",
        "Erinnerung an Frau Klein: Schwerbehindertenausweis mitbringen",
        "Absage an die Gruppe für den Workshop am 8.2.",
        "Kannst du eine Terminbestätigung für Frau Yilmaz verfassen?",
        "write to the client that the appointment on Friday is cancelled",
        "draft a reminder for Mr Smith about tomorrow at 10",
        "Please write an invitation to the parents of Ali",
        # a first name in lower case, when what follows makes it the addressee
        "schreib tim per du dass er morgen um 14 uhr kommen soll",
        "erinner jonas dran dass die frist am 31.01. endet",
        "sag finn ab, heute 15 uhr klappt nicht",
        # a person, a purpose asked for and a date, in any order
        "Hr. Kowalski Termin 20.01.2027 9:30 muss ich absagen",
        # an order to send someone a text named by its purpose, a referral, asking for something
        "Send the German B2 course class a reminder: exam preparation on 6 March 2027",
        "schick Herrn Roth eine Einladung für den 3.2.",
        "Refer Mr Nasser to the migration advice service of the Diakonie",
        "Bitte Herrn Wagner um folgende Unterlagen bis Ende Januar: Kündigungsschreiben",
        "Terminbestätigung Telefonberatung Frau Ibrahim 03.02.2027 10:45",
        # English orders about an appointment with someone, or to someone
        "cancel my appointment with Ms. Kaya on Jan 19 2027 at 1 pm",
        "Confirm to Mr. Schneider that Pavel starts on Monday at 6 am",
        # writing to someone named by their role
        "schreib der Klassenlehrerin von Ben, ob wir uns am 28.01. treffen können",
        # abbreviations' dots do not end the request
        "Verschiebung: bitte an Frau Dr. Albers schreiben, dass Lina später kommt",
        # mail compounds and a mistyped command word
        "Erinnerungsmail an Herrn Yildiz: Termin am 02.03.2027 um 9:15",
        "Dankesmail an Herrn Lehmann für das Praktikum",
        "mial einladug zum erstgesprach am 4.3.2027 um 10.30 uhr",
        # more purpose nouns before whom it is for, and English orders to ask or thank someone
        "nachfrage an ben per du: du warst heute nicht beim training",
        "Rückfrage an die Agentur für Arbeit, Herr Lindemann: ist der Antrag bearbeitet?",
        "Weiterleitung an Frau Marx: Termin bei der Schuldnerberatung der Caritas",
        "Confirmation for Mr. Haidari: video appointment on 8 February 2027 at 3:15 pm",
        "ask Mr. Ibrahim to send me his translated certificates by 12 February 2027",
        "thank Ms. Fischer for the internship she offered Kevin",
        # a verb before the purpose noun, replies, all participants, a role after "to the"
        "Send an invitation to Ms. Rossi for an initial counselling session on 8 February",
        "Reply to Mrs. Lee: yes, the interpreter can join on 3 February 2027",
        'invite all participants of "Fit for Work" to the graduation on 30 April 2027',
        "confirm to the Jobcenter (Mr. Brandt) that Ms. Yilmaz attended all sessions",
        # the email itself, typed from its salutation on
        "Sehr geehrte Frau Lenz, hiermit bestätige ich Ihren Termin am 12.02.2027 um 10 Uhr.",
        "Liebe Frau Kaya,\nleider muss ich unseren Termin am Montag absagen.",
        "Dear Mr Brandt, thank you for sending the translated certificates.",
        # information on a topic for someone named
        "Infos zum Termin an Frau Kaya schicken",
        "Info zur Raumänderung an alle Teilnehmenden",
        # "follow up" written apart, a compound ending in the purpose noun, a slip in it
        "follow up an Frau Brandt: vereinbart ist ein Praktikum im Februar",
        "Praktikums-Absage an Herrn Kurz: die Stelle ist leider schon vergeben",
        "Bewerbungsgesprächserinnerung an Lina (du): Mittwoch 9 Uhr",
        "erinerung an herrn kaya am 3.2. um 9 uhr",
        "bestätigng für Frau Ruf, 04.02.2027 11 Uhr",
        # writing to someone named with a title; a purpose verb before "Dr."/"Prof."
        "schreib Herrn Lorenz, dass sein Kurs am 1.4. beginnt",
        "schreib mal Fr. Adler was zum Praktikum",
        "Invite Dr. Amara Mensah to our careers panel on 3 March 2027 at 2 pm",
        "lade Prof. Kern zum Fachtag am 3.3. ein",
        # a text asked for by what it is and someone it is for, with any verb or none
        "Ich brauche noch eine Absage an Frau Stein für Donnerstag",
        "Need a reminder for Tobias about his exam on 2 March",
        "Text für Herrn Arslan: das Bewerbungstraining am 5.3. fällt aus",
        "Mach mir bitte eine Einladung an die Gruppe für Dienstag 9 Uhr",
        "Kurzes Anschreiben an den Betrieb Metallbau Krüger wegen eines Praktikums für Emil",
        "Message to Mrs Duarte: the fair on 9 March is fully booked",
        # a request headed by whom it is for; a title after an article; "pls"
        "An Frau Kessler: bitte bis 8.3. den Antrag unterschreiben und zurückschicken",
        "Sag der Familie Berisha bitte ab, der 4.3. klappt nicht",
        "pls remind Mara abt her appointment tmrw 9am",
        # telling someone something; infos for someone; how to address someone
        "Teile Frau Brückner mit, dass der Kurs am 3.3. ausfällt",
        "Let Mr Osei know that the course starts on 1 March 2027",
        "Drop Ms Laine a line: her certificate is ready",
        "Gratulation an Frau Hahn zur bestandenen Prüfung",
        "Infos für Frau Vogt: Kurs startet 3.3. um 9 Uhr in Raum 2.01",
        "Sende Frau Keller die Infos zum Workshop am 3.3.",
        "Bitte die TN vom Deutschkurs informieren: Dienstag kein Kurs",
        "Eltern von Mats wegen Elterngespräch am 3.3. 16 Uhr anschreiben",
        "Finn per du sagen, dass der Termin morgen ausfällt",
        # a request that starts with whom it is for, then a date or a purpose
        "Hr. Lange: Termin morgen 10 Uhr nicht vergessen, Zeugnisse mitbringen",
        "Für Frau Aksoy: Bewerbungstraining am 3.3. um 9 Uhr, Raum 1.02",
        "Neuer Termin für Frau Weiß: 3.3. 10 Uhr statt 2.3.",
        # a verb of writing and a role it is for
        "Kannst du was für die Gruppe schreiben, Treffen am Montag fällt aus",
        # whom it is for with an indefinite article
        "Ich brauche eine Vorlage für eine Absage an einen Betrieb",
        "Brauch ne Einladung für eine Gruppe von Schülern, Mittwoch 10 Uhr",
        "need a reminder for a client about the documents",
        # a model text asked for by its purpose, for nobody in particular
        "Hast du ein Beispiel für eine Terminerinnerung?",
        "Textvorschlag Einladung zum Bewerbungstraining",
        "can you give me a template for a cancellation?",
    ],
)
def test_email_requests_without_the_word_mail_score_for_email(text: str) -> None:
    assert OfflineIntentClassifier().score(text, EmailSkill()) >= THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "Lade Herrn Wolff für den 16.02.2027 um 8:30 ins BIZ ein, Thema Umschulung zum "
        "Berufskraftfahrer",
        "remind Daniel (informal) that his application for the apprenticeship at Deutsche "
        "Bahn has to be submitted by 15 February 2027",
    ],
)
def test_an_order_naming_whom_it_is_for_outweighs_an_occupation_in_it(
    text: str, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path, secret_key=SecretStr("test"))
    classifier = OfflineIntentClassifier()
    email = classifier.score(text, EmailSkill())
    assert email > classifier.score(text, OccupationSkill.create(settings))


def test_a_mail_to_someone_after_background_outweighs_an_occupation_in_it(
    tmp_path: Path,
) -> None:
    text = (
        "Hintergrund: Frau Roth möchte eine Umschulung zur Mechatronikerin machen.\n"
        "Bitte eine Mail an sie: sie soll bis Freitag ihren Lebenslauf schicken."
    )
    settings = Settings(data_dir=tmp_path, secret_key=SecretStr("test"))
    classifier = OfflineIntentClassifier()
    email = classifier.score(text, EmailSkill())
    assert email > classifier.score(text, OccupationSkill.create(settings))


@pytest.mark.parametrize(
    "text",
    [
        # pasted notes whose last sentence orders the email; the notes name an occupation
        "Herr Brandt war da, möchte Ausbildung als Tischler, Praktikum bei Holzbau Kern ab "
        "3.3. ist zugesagt, er soll Sicherheitsschuhe mitbringen. schreib ihm ne kurze mail dazu",
        "Frau Ilić, 30, Umschulung zur Fachinformatikerin geplant, Termin bei der Agentur am "
        "4.3. um 9 Uhr.\n\nbitte ne mail dazu",
        # a purpose first, words between it and whom it is for
        "Einladung Infonachmittag 'Digitale Berufe' für die Teilnehmenden am 3.3. 10 Uhr",
    ],
)
def test_an_order_after_notes_or_a_purpose_before_its_addressee_outweighs_an_occupation(
    text: str, tmp_path: Path
) -> None:
    settings = Settings(data_dir=tmp_path, secret_key=SecretStr("test"))
    classifier = OfflineIntentClassifier()
    email = classifier.score(text, EmailSkill())
    assert email > classifier.score(text, OccupationSkill.create(settings))


def test_a_date_and_an_abbreviation_do_not_end_an_order() -> None:
    assert classify("Lade Herrn Wolff für den 16.02.2027 um 8:30 ins BIZ ein") == "invitation"
    assert classify("sag Hr. Kaya den Termin am 3.2. ab") == "cancellation"


@pytest.mark.parametrize(
    "text",
    [
        "Was macht ein Kaufmann für Büromanagement?",
        "wie lange dauert die Ausbildung zum Elektroniker",
        "Welche Voraussetzungen braucht man für Pflegefachmann?",
        "fasse zusammen: Anliegen: Ausbildungsplatz. vereinbart: Bewerbung schreiben",
        "Zusammenfassung: Klientin hat Praktikum im Sommer gemacht, Erinnerung an Frist offen",
        "hallo",
        "danke dir!",
        "Schreibt man Mechatroniker mit th?",
        "Wie schreibt man Mechatroniker, mit th oder t?",
        "Schreibe Bewerbungen, bis es klappt, sagt sie",
        "Ausbildungen im Bereich Medien",
        "Ich bin heute krank",
        # a cancellation reported, not asked for
        "Hr. Kowalski hat den Termin am 20.01.2027 abgesagt",
        # a name close to a command word is no mistyped command
        "Maik hat am 3.2. seinen Termin abgesagt",
        # a lower-case word after a verb is no name without a cue that it is the addressee
        "erinnere mich morgen um 9 uhr",
        "schreib mal was über Tischler",
        # an order about something, not to someone
        "confirm the salary of an apprentice carpenter",
        "send me the list of occupations in health care",
        "Send the results to my colleague as a note",
        "Bitte Frau Koch fragen, ob das stimmt",
        "Liebe Grüße",
        "Sehr geehrte Frau Lenz",
        # information asked for about a topic, not a text for someone
        "Infos zum Bürgergeld",
        "Info zum Beruf Tischler",
        "Infos zum Thema Praktikum",
        # a first word one slip from a purpose noun is only that with a date or an addressee
        "einladen kann man auch per Telefon",
        "Berufsinfo für Tischler",
        "Wie schreibt man Frau Müller richtig an?",
        # a text word without anyone it is for, someone without a text asked for
        "Frau Stein hat den Termin am Donnerstag abgesagt",
        "Welche Unterlagen braucht Herr Arslan für die Ausbildung?",
        "Wie informiere ich mich über die Ausbildung zur Pflegefachfrau?",
        "Info: Lena will Tischlerin werden, welche Ausbildung passt?",
        "Frau Weber: will Tischlerin werden, welche Ausbildung passt?",
        # an indefinite someone without a text asked for
        "Welche Ausbildung passt zu einem Schüler, der gern zeichnet?",
        "Ich brauche Infos für einen Schüler zur Ausbildung als Koch",
        "Was braucht man für eine Bewerbung bei einer Bank?",
        # an example of something else than a text
        "Beispiel für eine Ausbildung im Handwerk",
        "Gibt es ein Muster für den Lebenslauf?",
    ],
)
def test_other_requests_do_not_score_for_email(text: str) -> None:
    assert OfflineIntentClassifier().score(text, EmailSkill()) < THRESHOLD


async def test_a_new_request_after_an_unanswered_question_is_drafted_alone() -> None:
    first = await run("Schreib eine Mail an Herrn Becker, Termin am 5.2. um 10 Uhr")
    assert first.outcome is Outcome.PROMPT
    assert first.follow_up is not None
    second = await run(
        "mail Einladung an Frau Dr. Weber am 9.2. um 14 Uhr", state=first.follow_up.state
    )
    body = second.data["body"]
    assert body.startswith("Sehr geehrte Frau Dr. Weber,")
    assert "Becker" not in body
    assert "5. Februar" not in body
    assert "10:00" not in body


async def test_a_new_request_without_the_command_word_is_drafted_alone() -> None:
    first = await run("Mail an Herrn Becker")
    assert first.follow_up is not None
    second = await run(
        "Entwirf eine Absage an Frau Lange für den 4.2. um 9 Uhr", state=first.follow_up.state
    )
    assert second.data["purpose"] == "cancellation"
    assert second.data["body"].startswith("Sehr geehrte Frau Lange,")
    assert "Becker" not in second.data["body"]


async def test_an_answer_that_adds_facts_still_completes_the_earlier_request() -> None:
    first = await run("Mail an Herrn Becker, Termin am 5.2. um 10 Uhr")
    assert first.follow_up is not None
    answer = await run("Erinnerung", state=first.follow_up.state)
    assert answer.data["purpose"] == "reminder"
    assert answer.data["body"].startswith("Sehr geehrter Herr Becker,")
    assert "Freitag, 5. Februar 2027" in answer.data["body"]


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Mail an Herrn Becker: bitte rufen Sie mich unter 0176 55512345 zurück, "
            "am besten Di oder Do zwischen 9 und 12 Uhr",
            "bitte rufen Sie mich unter 0176 55512345 zurück, am besten Di oder Do",
        ),
        (
            "mail an die Gesamtschule Nord, Frau Albers: Wir würden gern im März eine "
            "Sprechstunde in der 9. Klasse anbieten, passt ein Dienstag?",
            "passt ein Dienstag?",
        ),
        (
            "Dankesmail an die Bäckerei Schmitz für den Probetag von Jonas am 14.01.2027",
            "Probetag von Jonas am 14.01.2027",
        ),
        (
            "write to Mr Brown: thank you for meeting us last week, we will send the "
            "forms by Friday",
            "thank you for meeting us last week",
        ),
    ],
)
async def test_a_request_that_names_no_purpose_but_says_enough_is_drafted_as_a_message(
    acked_chat: Chat, request_text: str, kept: str
) -> None:
    reply, text = await acked_chat.say(request_text)
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK
    assert kept in " ".join(text.split())


async def test_a_bare_mail_to_someone_still_asks_what_it_is_about(acked_chat: Chat) -> None:
    reply, text = await acked_chat.say("mail an Frau Kaya")
    assert reply.outcome is Outcome.PROMPT
    assert "Sonstige Nachricht" in text


@pytest.mark.parametrize(
    ("request_text", "purpose"),
    [
        ("Lade Frau Nowak für Dienstag, 2.3., 10 Uhr zum Erstgespräch ein", "invitation"),
        ("Sag Herrn Krüger den Termin am Freitag ab", "cancellation"),
        ("Erinnere Kevin an seinen Termin morgen um 9", "reminder"),
        ("invite Ms Brown to a meeting on 3 March at 2 pm", "invitation"),
        ("Gib den Eltern von Lea Bescheid, dass der Elternabend ausfällt", "cancellation"),
    ],
)
async def test_a_purpose_verb_for_someone_is_an_email_request(
    acked_chat: Chat, request_text: str, purpose: str
) -> None:
    reply, _ = await acked_chat.say(request_text)
    assert reply.skill_id == "email"
    assert reply.data["purpose"] == purpose


async def test_a_reminder_for_oneself_is_no_email(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Erinnere mich morgen an den Bericht")
    assert reply.skill_id != "email"


@pytest.mark.parametrize(
    "question", ["sag mal, was lernt man als Metzger", "Gib mir Infos zum Tischler"]
)
async def test_a_verb_that_names_nobody_is_no_email(acked_chat: Chat, question: str) -> None:
    reply, _ = await acked_chat.say(question)
    assert reply.skill_id == "occupation"


@pytest.mark.parametrize(
    "request_text",
    [
        "Brief an Herrn Schmitz wegen seiner Bewerbungsunterlagen: Lebenslauf und Zeugnis fehlen",
        "Antwort an Frau Kühn: Ja, der Termin am 12.3. um 10 Uhr passt, wir treffen uns im Foyer",
        "Terminvorschlag für Herrn Aydin: 15.3. 9 Uhr oder 16.3. 14 Uhr, per Telefon",
        "an Herrn Otto schreiben, dass der Bewerbungsschluss bei der Sparkasse am 31.3. ist",
        "Frau Lange Bescheid sagen, dass ihr Termin morgen ausfällt",
        "Entwurf: Glückwunsch an Timo zum bestandenen Führerschein",
    ],
)
async def test_letters_answers_proposals_and_telling_someone_are_email_requests(
    acked_chat: Chat, request_text: str
) -> None:
    reply, _ = await acked_chat.say(request_text)
    assert reply.skill_id == "email"
    assert reply.outcome is Outcome.OK


async def test_an_email_typed_out_is_drafted_as_typed(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say(
        "Sehr geehrte Frau Lenz, hiermit bestätige ich Ihren Termin am 12.02.2027 um 10 Uhr."
    )
    assert reply.skill_id == "email"
    assert reply.data["body"].startswith("Sehr geehrte Frau Lenz,")
    assert "hiermit bestätige ich Ihren Termin am 12.02.2027 um 10 Uhr." in reply.data["body"]


async def test_information_on_an_occupation_is_a_lookup_not_an_email(acked_chat: Chat) -> None:
    reply, _ = await acked_chat.say("Info zum Beruf Tischler")
    assert reply.skill_id == "occupation"


@pytest.mark.parametrize(
    "question",
    [
        "Kann man der Agentur die Unterlagen auch per Mail schicken?",
        "Muss man die Bewerbung per E-Mail oder per Post schicken?",
        "can one send the application by email?",
    ],
)
def test_a_question_about_a_rule_is_no_email_request(question: str) -> None:
    assert EmailSkill().match_score(question) == 0.0
