"""Requests in English and mixed German/English: verdicts in English idioms, a client's Art. 9
data in everyday English, and look-alikes that judge nobody."""

from __future__ import annotations

import pytest

from bot.policy import find_special_categories
from bot.policy.judgement import is_decision_request
from bot.policy.judgement_english import is_english_word, is_german_noun


@pytest.mark.parametrize(
    "text",
    [
        # idioms of aptitude asked of a person
        "is lukas a lost cause now? he's dropped out twice",
        "Is Mr Petrov a hopeless case for the labour market?",
        "is she the kind of person who sticks with things?",
        "is Emma really up to the job in the Kita?",
        "is he any good, in your experience?",
        "do you reckon Jana's out of her depth at the bank?",
        # what it takes, in any case of the name
        "does yusuf have what it takes for an Ausbildung as Tischler?",
        "does Mr Haddad really have what it takes to retrain?",
        "has she got what it takes to finish the Meister?",
        "does he have the discipline for distance learning?",
        # a written assessment of a person's quality
        "could you draft an assessment of his suitability for the warehouse job",
        "write a short report on Selin's motivation for the employer",
        "give me an evaluation of whether Jamal is ready for the first labour market",
        "assess Ali's reliability based on his attendance",
        # a trait rated, a prognosis, a comparison, putting someone forward
        "tell me how reliable Mrs Öz seems from these notes",
        "how committed is Tobias really?",
        "what are the odds that Mia drops out before the exam?",
        "is Jonas likely to pass the Zwischenprüfung?",
        "is Amir a better candidate than Luca for the Praktikum?",
        "should we put Lena forward for the Ausbildung at the bank?",
        "would it be a waste of time recommending Kemal to them?",
        # an opinion asked on a person, a choice among one's people
        "whats ur honest opinion on jonas, keep going or not?",
        "your take on Mr Okoye?",
        "which of my two Azubis should I put forward for the Übernahme?",
    ],
)
def test_english_verdicts_are_refused(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        # occupation facts and requirements with the same words
        "what does it take to become a paramedic in Germany?",
        "do you have what it takes to be a counsellor? it's for a training day",
        "is Fachabitur worth the effort for an Ausbildung at the bank?",
        "is the Ausbildung as Elektroniker a lost cause without Mathe?",
        "how reliable is the bus connection to the Berufsschule?",
        "is 16 too young to start an apprenticeship as a chef?",
        "is the Berufsschule in Hamm any good?",
        # things recommended to a person, a referral, an entitlement
        "should I recommend her a course for the forklift licence?",
        "should I recommend him to the debt counselling service?",
        "is she likely to get BAB with her income?",
        "what are his chances of getting funding for the Umschulung?",
        # a document named for motivation, a form sent to a person
        "Ms Klein asked for help with her motivation letter – please give me tips",
        "is it worth sending her the forms by post or by email?",
        # a document or a thing, not the person
        "what's your view on her CV, is the layout ok?",
        "which of the courses should I choose for him?",
    ],
)
def test_english_look_alikes_are_not_refused(text: str) -> None:
    assert not is_decision_request(text)


def test_german_nouns_in_english_are_no_names() -> None:
    assert is_german_noun("Fachabitur")
    assert is_german_noun("Gesellenprüfung")  # by its ending
    assert is_german_noun("Berufsschule")
    assert not is_german_noun("Kevin")
    assert is_english_word("young")
    assert not is_english_word("jonas")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the student has an EHCP, what support is there at the Berufsschule?", "health"),
        ("he had a statement of special educational needs back in the UK", "health"),
        ("my client has SEN and struggles with long texts", "health"),
        ("she is neurodivergent and needs a quiet place to work", "health"),
        ("he went to a special school and wants to be a gardener", "health"),
        ("she's been signed off with stress for six weeks", "health"),
        ("client smokes weed every day, can he still do the forklift course?", "health"),
        ("Mr Ortiz relapsed last month and missed the course", "health"),
        ("Ahmad came over from Syria in 2016, which Ausbildungen can he start?", "origin"),
        ("she moved to Germany from Eritrea two years ago", "origin"),
        ("he emigrated from Ukraine with his mother", "origin"),
        ("she's an immigrant from Turkey and wants to retrain", "origin"),
        ("client is very religious and won't work on Sundays", "religion"),
        ("he wears a kippah, will the bank mind?", "religion"),
        ("Ms Idrisi is celebrating Eid next week and wants the day off", "religion"),
        ("she is transitioning and uses a new first name", "sexual_orientation"),
        ("he is a union rep at his current job", "union"),
    ],
)
def test_english_special_categories(text: str, category: str) -> None:
    assert category in find_special_categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "he came over from the other team last week, can you add him to the list?",
        "she moved here from Dortmund and needs a new Berufsschule",
        "which services are there for migrants in Hamm?",
        "which religious holidays are public holidays in NRW?",
        "when is Eid this year?",
        "our SEN department has two free places",
        "which special schools are there in Hamm?",
        "I'm signed off sick until Friday, please move my appointments",
        "how does the recognition of a vocational qualification from Syria work?",
        "the company is transitioning to a new shift system",
    ],
)
def test_english_look_alikes_carry_no_reminder(text: str) -> None:
    assert find_special_categories(text) == frozenset()
