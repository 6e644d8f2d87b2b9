"""Exploration questions on the shipped catalogue: parsing, ranking and the profile data."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from skills.occupation.catalogue import InMemoryCatalogue, load_builtin_catalogue
from skills.occupation.explore import parse, vocabulary
from skills.occupation.model import TrainingType
from skills.occupation.normalise import fold
from skills.occupation.profiles import PROFILES_PATH, parse_profiles, read_profiles
from skills.occupation.ranking import rank
from skills.occupation.schema import CatalogueError

FIXTURE = Path(__file__).with_name("fixtures") / "occupations_small.yaml"


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return load_builtin_catalogue()


def titles(question: str, catalogue: InMemoryCatalogue, limit: int = 8) -> list[str]:
    query = parse(question)
    assert query is not None, question
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    return [fit.occupation.title for fit in fits[:limit]]


# (question as counsellors type it, titles of which at least three must be in the first eight)
FITTING = [
    (
        "Welche Ausbildungen passen zu jemandem, der gern zeichnet und gestaltet?",
        {
            "Mediengestalter/in Digital und Print",
            "Gestaltungstechnische/r Assistent/in",
            "Bühnenmaler/in und -plastiker/in",
            "Schilder- und Lichtreklamehersteller/in",
            "Textilgestalter/in im Handwerk",
        },
    ),
    (
        "meine klientin malt und zeichent voll gern, was gibts da für ausbildungen?",
        {
            "Mediengestalter/in Digital und Print",
            "Gestaltungstechnische/r Assistent/in",
            "Bühnenmaler/in und -plastiker/in",
            "Technische/r Produktdesigner/in",
            "Glas- und Porzellanmaler/in",
        },
    ),
    (
        "ausbildungen im bereich medien?",
        {
            "Mediengestalter/in Digital und Print",
            "Mediengestalter/in Bild und Ton",
            "Medienkaufmann/-frau Digital und Print",
            "Medientechnologe/-technologin Druck",
            "Gestalter/in für immersive Medien",
        },
    ),
    (
        "Berufe mit Tieren",
        {"Tierpfleger/in", "Tierwirt/in", "Tiermedizinische/r Fachangestellte/r", "Pferdewirt/in"},
    ),
    (
        "Hast du Ideen für Jobs mit Tieren ohne Studium?",
        {"Tierpfleger/in", "Tierwirt/in", "Tiermedizinische/r Fachangestellte/r", "Pferdewirt/in"},
    ),
    (
        "welche Ausbildung ohne Abitur im IT-Bereich",
        {
            "Fachinformatiker/in",
            "IT-System-Elektroniker/in",
            "Kaufmann/-frau für IT-System-Management",
            "Informationstechnische/r Assistent/in",
        },
    ),
    (
        "jobs for someone who likes working outdoors",
        {
            "Gärtner/in",
            "Forstwirt/in",
            "Landwirt/in",
            "Winzer/in",
            "Straßenbauer/in",
            "Zimmerer/Zimmerin",
            "Maurer/in",
            "Dachdecker/in",
        },
    ),
    (
        "Welche schulischen Ausbildungen gibt es im Sozialbereich?",
        {"Erzieher/in", "Kinderpfleger/in", "Sozialassistent/in", "Heilerziehungspfleger/in"},
    ),
    (
        "Was kann man mit Realschulabschluss im Gesundheitsbereich machen?",
        {
            "Medizinische/r Fachangestellte/r",
            "Zahnmedizinische/r Fachangestellte/r",
            "Pflegefachmann/-frau",
            "Physiotherapeut/in",
            "Notfallsanitäter/in",
            "Ergotherapeut/in",
            "Anästhesietechnische/r Assistent/in",
            "Augenoptiker/in",
            "Hörakustiker/in",
            "Diätassistent/in",
        },
    ),
    (
        "Er schraubt gern an Autos, welche Ausbildungen gibt es da?",
        {
            "Kraftfahrzeugmechatroniker/in",
            "Karosserie- und Fahrzeugbaumechaniker/in",
            "Zweiradmechatroniker/in",
            "Fahrzeuglackierer/in",
        },
    ),
    (
        "Ausbildungsberufe für Leute, die gerne kochen oder backen",
        {"Koch/Köchin", "Bäcker/in", "Konditor/in", "Fachkraft Küche"},
    ),
    (
        "what apprenticeships are there with animals?",
        {"Tierpfleger/in", "Tierwirt/in", "Tiermedizinische/r Fachangestellte/r", "Pferdewirt/in"},
    ),
    (
        "Sie arbeitet gerne mit Kindern – welche Berufe kommen in Frage?",
        {"Erzieher/in", "Kinderpfleger/in", "Sozialassistent/in", "Kindheitspädagoge/-pädagogin"},
    ),
    (
        "Welche Ausbildungen gibt es rund um Autos?",
        {
            "Kraftfahrzeugmechatroniker/in",
            "Karosserie- und Fahrzeugbaumechaniker/in",
            "Fahrzeuglackierer/in",
            "Automobilkaufmann/-frau",
        },
    ),
    (
        "what training is there for people who like music",
        {"Musikfachhändler/in", "Geigenbauer/in", "Orgelbauer/in", "Zupfinstrumentenmacher/in"},
    ),
    (
        "Berufe am Flughafen",
        {
            "Luftverkehrskaufmann/-frau",
            "Servicekaufmann/-frau im Luftverkehr",
            "Fluggerätmechaniker/in",
            "Fluggerätelektroniker/in",
        },
    ),
    (
        "Jobs bei der Bahn?",
        {
            "Eisenbahner/in im Betriebsdienst",
            "Eisenbahner/in in der Zugverkehrssteuerung",
            "Gleisbauer/in",
        },
    ),
    (
        "What can my client do if she likes helping people?",
        {"Erzieher/in", "Heilerziehungspfleger/in", "Kinderpfleger/in", "Sozialassistent/in"},
    ),
    (
        "Ausbildung auf dem Bau ohne Schulabschluss",
        {"Maurer/in", "Zimmerer/Zimmerin", "Dachdecker/in", "Beton- und Stahlbetonbauer/in"},
    ),
    (
        "Was kann ich mit Abi im Bereich Wirtschaft machen?",
        {
            "Industriekaufmann/-frau",
            "Bankkaufmann/-frau",
            "Kaufmann/-frau für Büromanagement",
            "Betriebswirt/in (Studium)",
        },
    ),
    # the topic first, then a question that only points back at it
    (
        "Sie ist am liebsten im Garten, was würde da passen?",
        {"Gärtner/in", "Florist/in", "Landwirt/in", "Forstwirt/in", "Winzer/in"},
    ),
    (
        "Er arbeitet gern mit Holz, was gibt es da?",
        {
            "Tischler/in",
            "Holzmechaniker/in",
            "Zimmerer/Zimmerin",
            "Drechsler/in (Elfenbeinschnitzer/in)",
        },
    ),
    (
        "Berufe im Bereich Holz",
        {
            "Tischler/in",
            "Holzmechaniker/in",
            "Drechsler/in (Elfenbeinschnitzer/in)",
            "Zimmerer/Zimmerin",
        },
    ),
]


@pytest.mark.parametrize(("question", "expected"), FITTING)
def test_exploration_names_at_least_three_fitting_occupations(
    question: str, expected: set[str], catalogue: InMemoryCatalogue
) -> None:
    found = titles(question, catalogue)
    assert len(found) >= 3
    assert len(expected & set(found)) >= 3, found


def test_common_occupations_of_a_field_come_first(catalogue: InMemoryCatalogue) -> None:
    assert titles("Ausbildungen rund ums Auto", catalogue)[0] == "Kraftfahrzeugmechatroniker/in"
    assert titles("Jobs für Leute, die gern Auto fahren", catalogue)[0] == "Berufskraftfahrer/in"


def test_school_certificate_filters_and_marks_higher_expectations(
    catalogue: InMemoryCatalogue,
) -> None:
    query = parse("Was kann man mit Hauptschulabschluss im Einzelhandel lernen?")
    assert query is not None
    assert query.max_school == 1
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    fitting = [fit.occupation.title for fit in fits if not fit.above_school]
    assert "Verkäufer/in" in fitting
    assert "Fachverkäufer/in im Lebensmittelhandwerk" in fitting
    assert all(
        fit.occupation.school == "Hauptschulabschluss (ESA)"
        for fit in fits
        if not fit.above_school
    )
    above = {fit.occupation.title for fit in fits if fit.above_school}
    assert "Kaufmann/-frau im Einzelhandel" in above  # typical MSA, marked as such


@pytest.mark.parametrize(
    "question",
    [
        "Büro mit Hauptschulabschluss",
        "berufe im Bereich Verwaltung mit Hauptschulabschluss",
        "welche Ausbildungen im IT-Bereich mit Hauptschulabschluss",
        "Ausbildungen im Labor mit Hauptschulabschluss?",
    ],
)
def test_the_named_field_weighs_more_than_the_certificate(
    question: str, catalogue: InMemoryCatalogue
) -> None:
    query = parse(question, listing=True)
    assert query is not None
    fields = {field for topic in query.topics for field in topic.fields}
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    in_field = [fit.occupation.field in fields for fit in fits]
    # every entry of the named field shown comes before any entry that only shares an interest
    assert in_field[0]
    assert in_field == sorted(in_field, reverse=True)


def test_without_a_certificate_lists_only_dual_training(catalogue: InMemoryCatalogue) -> None:
    query = parse("Gibt es Ausbildungen ohne Schulabschluss?")
    assert query is not None
    assert query.max_school == 0
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    assert len(fits) >= 3
    assert all(fit.occupation.training_type is TrainingType.DUAL for fit in fits)


def test_short_training_in_a_trade_keeps_to_the_duration(catalogue: InMemoryCatalogue) -> None:
    query = parse("kurze Ausbildungen (2 Jahre) im Handwerk")
    assert query is not None
    assert query.max_months == 24
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    assert len(fits) >= 3
    assert all((fit.occupation.duration_months or 99) <= 24 for fit in fits)
    assert all("Handwerk" in fit.occupation.interests for fit in fits)


def test_school_based_filter_drops_dual_training(catalogue: InMemoryCatalogue) -> None:
    found = titles("schulische Ausbildung im Gesundheitsbereich, 3 Jahre", catalogue, limit=50)
    entries = {o.title: o for o in catalogue.occupations}
    assert found
    assert all(entries[t].training_type is TrainingType.SCHOOL for t in found)


def test_a_negated_topic_is_excluded(catalogue: InMemoryCatalogue) -> None:
    query = parse("Welche Ausbildungen mit Tieren, aber nicht in der Landwirtschaft?")
    assert query is not None
    assert [t.label for t in query.excluded] == ["Landwirtschaft"]
    fits = rank(query, catalogue.occupations, read_profiles().schools)
    assert fits
    assert all(fit.occupation.field != "Landwirtschaft, Garten und Tiere" for fit in fits)


@pytest.mark.parametrize(
    "text",
    [
        "Was macht ein Tischler?",
        "beruf Koch",
        "Wie lange dauert die Ausbildung zur Medizinischen Fachangestellten?",
        "was verdient man als Kfz-Mechatroniker in der Ausbildung",
        "hallo",
        "Schreib eine Mail an Frau Klein: Infos zu Ausbildungen im Bereich Medien",
        "Formulier eine Einladung für die Gruppeninfo Ausbildungen in der Pflege",
        "Fass bitte meine Notizen zusammen: Kl. möchte was mit Tieren machen",
        "Unterschied zwischen Tischler und Holzmechaniker?",
    ],
)
def test_lookups_and_other_requests_are_not_exploration(text: str) -> None:
    assert parse(text) is None


def test_every_catalogue_entry_has_a_profile(catalogue: InMemoryCatalogue) -> None:
    missing = [o.id for o in catalogue.occupations if o.school is None or not o.interests]
    assert missing == []
    assert catalogue.get("tischler") is not None
    assert "Holz" in catalogue.get("tischler").interests  # type: ignore[union-attr]


def test_studies_expect_a_higher_education_entrance_qualification(
    catalogue: InMemoryCatalogue,
) -> None:
    schools = read_profiles().schools
    for occupation in catalogue.occupations:
        if occupation.training_type is TrainingType.STUDY:
            assert schools.index(occupation.school or "") >= 3, occupation.id


def test_profiles_for_unknown_ids_are_refused() -> None:
    raw = yaml.safe_load(PROFILES_PATH.read_text(encoding="utf-8"))
    raw["profiles"]["no-such-occupation"] = {"school": raw["schools"][1], "interests": ["Holz"]}
    profiles = parse_profiles(raw, "profiles.yaml")
    occupations = load_builtin_catalogue(FIXTURE).occupations
    with pytest.raises(CatalogueError, match="unknown ids"):
        profiles.apply(occupations, "profiles.yaml")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"school": "Abi"}, "unknown school"),
        ({"interests": ["Holz", "Raketen"]}, "unknown interests"),
        ({"interests": []}, "interests"),
    ],
)
def test_profiles_with_unknown_words_are_refused(change: dict[str, object], message: str) -> None:
    raw = yaml.safe_load(PROFILES_PATH.read_text(encoding="utf-8"))
    raw["profiles"]["tischler"].update(change)
    with pytest.raises(CatalogueError, match=message):
        parse_profiles(raw, "profiles.yaml")


def test_another_catalogue_gets_profiles_only_when_named(tmp_path: Path) -> None:
    plain = load_builtin_catalogue(FIXTURE)
    assert all(o.school is None for o in plain.occupations)
    profile = tmp_path / "profiles.yaml"
    profile.write_text(
        "schools: [ESA, MSA]\ninterests: [Holz]\n"
        "profiles:\n  tischler: {school: MSA, interests: [Holz]}\n",
        encoding="utf-8",
    )
    loaded = load_builtin_catalogue(FIXTURE, profiles=profile)
    tischler = loaded.get("tischler")
    assert tischler is not None
    assert tischler.school == "MSA"
    assert tischler.interests == ("Holz",)


@pytest.mark.parametrize(
    ("question", "labels", "school"),
    [
        ("was gibt es für jobs in der logistik für hauptschüler", ["Logistik und Verkehr"], 1),
        # "Klasse" is not a typo of "Kasse": no topic from a short word's near miss.
        (
            "Welche Ausbildungen kann man mit einem Hauptschulabschluss nach Klasse 9 machen?",
            [],
            1,
        ),
        (
            "Ausbildungen für Realschüler mit Interesse an Chemie",
            ["Labor und Naturwissenschaften"],
            2,
        ),
        ("vorschläge für leute die gern organisieren", ["Organisieren"], None),
        ("Berufe im Bereich Messe und Events", ["Veranstaltungen"], None),
        # "train" is not a misspelt "trains": short words get no typo matching.
        ("what can you train as if you like cooking", ["Kochen"], None),
        ("which training can you do without a school certificate?", [], 0),
        # "FOR" in capitals is the Fachoberschulreife, "for" is English.
        (
            "Kl. (16) sucht Ausbildung, mag Technik + Computer, hat FOR",
            ["IT und Computer", "Technik"],
            2,
        ),
        ("er will unbedingt was Handwerkliches, hat HSA nach Kl. 10", ["Handwerkliches"], 1),
        ("berufe wo man nicht am schreibtisch sitzt", ["draußen arbeiten"], None),
        ("Was gibt es in Richtung Pflege?", ["Gesundheit"], None),
        ("welche Berufe kann man mit einem Abschluss der Förderschule lernen?", [], 0),
        ("trades for someone with a lower school-leaving certificate?", ["Handwerk"], 1),
        ("jobs in retail with an intermediate school certificate", ["Verkauf und Handel"], 2),
    ],
)
def test_topics_and_certificates_as_counsellors_write_them(
    question: str, labels: list[str], school: int | None
) -> None:
    query = parse(question)
    assert query is not None
    assert [topic.label for topic in query.topics] == labels
    assert query.max_school == school


def test_explore_words_name_only_known_fields_and_interests(
    catalogue: InMemoryCatalogue,
) -> None:
    fields = {occupation.field for occupation in catalogue.occupations}
    interests = set(read_profiles().interests)
    for topic, words in vocabulary().topics:
        assert words, topic.label
        assert topic.fields <= fields, topic.label
        assert set(topic.interests) <= interests, topic.label
        assert topic.fields or topic.interests or topic.titles or topic.ids, topic.label
        assert topic.label_en, topic.label
        for part in topic.titles:  # each title part names at least one entry
            assert any(part in fold(o.title) for o in catalogue.occupations), part


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Ausbildungen, bei denen man viel reist", "Tourismus"),
        ("Welche Berufe kann man im Sitzen machen?", "Büro und Verwaltung"),
        ("Schreibtischjobs mit Realschulabschluss", "Büro und Verwaltung"),
        ("Welche Ausbildungen gibt es am Schreibtisch?", "Büro und Verwaltung"),
    ],
)
def test_everyday_words_for_a_field(question: str, topic: str) -> None:
    query = parse(question)
    assert query is not None
    assert topic in [t.name("de") for t in query.topics]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Ausbildungen im Gesundheitswesen ohne Spritzen", "ohne spritzen"),  # "Blut" is known
        ("Berufe mit Tieren, aber ohne Nachtschichten", "ohne nachtschichten"),
    ],
)
def test_something_ruled_out_that_no_field_knows_is_said_not_dropped(
    question: str, said: str
) -> None:
    query = parse(question)
    assert query is not None
    # a condition the catalogue has no field for (shifts) is said back as such, not as an area
    assert said in (query.unknown_area, *query.unheeded)


@pytest.mark.parametrize(
    "question",
    [
        "Ausbildungen im Büro ohne Abi",  # a certificate
        "Berufe mit Tieren ohne Studium",  # a kind of training
        "Ausbildungen mit Kindern, aber ohne dass man Abi braucht",
        "Berufe im Handwerk ohne Kundenkontakt",  # a field ruled out
    ],
)
def test_a_certificate_a_kind_of_training_or_a_known_field_ruled_out_is_no_unknown(
    question: str,
) -> None:
    query = parse(question)
    assert query is not None
    assert query.unknown_area is None
