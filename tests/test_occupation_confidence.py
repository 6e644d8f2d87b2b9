"""Honest lookups on the shipped catalogue, asked the way counsellors type.

An exact name, a synonym, a former title, a gendered form or a small typo answers; a word
that names several occupations lists them; an uncertain spelling asks "Meinten Sie …?" with
genuinely close entries only; anything else is "not found", never a spelling neighbour.
"""

from __future__ import annotations

import pytest
from skill_contexts import skill_context

from bot.reply import Actions, Heading, Outcome, Text
from bot.skill import SkillContext, SkillResult
from skills.occupation import OccupationSkill
from skills.occupation.catalogue import InMemoryCatalogue
from skills.occupation.confidence import Verdict, is_typo, relates, resolve
from skills.occupation.skill import shared_catalogue


@pytest.fixture(scope="module")
def catalogue() -> InMemoryCatalogue:
    return shared_catalogue()


@pytest.fixture(scope="module")
def skill(catalogue: InMemoryCatalogue) -> OccupationSkill:
    return OccupationSkill(catalogue)


def context(args: str, command: str | None = None, language: str = "de") -> SkillContext:
    return skill_context(args, command, language, text=args)


def title_of(catalogue: InMemoryCatalogue, occupation_id: str) -> str:
    found = catalogue.get(occupation_id)
    assert found is not None
    return found.title


def title_id(catalogue: InMemoryCatalogue, title: str) -> str:
    return next(entry.id for entry in catalogue.occupations if entry.title == title)


def choices(result: SkillResult) -> list[str]:
    found = [b for b in result.blocks if isinstance(b, Actions)]
    return [action.label for action in found[0].items] if found else []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # everyday words, du and Sie, messy spelling
        ("beruf Fensterputzer", "gebaeudereiniger"),
        ("was macht eigentlich ne Putzfrau", "gebaeudereiniger"),
        ("Türsteherin", "fachkraft-schutz-sicherheit"),
        ("was macht man als Paketbote?", "fachkraft-kurier-express-postdienstleistungen"),
        ("Staplerfahrer", "fachkraft-lagerlogistik"),
        ("Kellnerin", "fachmann-restaurants-veranstaltungsgastronomie"),
        ("Kassiererin", "verkaeufer"),
        ("Wie wird man Kassierer?", "verkaeufer"),
        ("Programmierer", "fachinformatiker"),
        ("IT-ler", "fachinformatiker"),
        ("Sekretärin", "kaufmann-bueromanagement"),
        ("Bankkaufmann", "bankkaufmann"),
        ("was macht man als Kfz-ler", "kraftfahrzeugmechatroniker"),
        ("Autoschrauber", "kraftfahrzeugmechatroniker"),
        ("Friseuse", "friseur"),
        ("Krankenschwester", "pflegefachmann"),
        ("Kindergärtnerin", "erzieher"),
        ("Installateur", "anlagenmechaniker-shk"),
        ("Lokführer", "eisenbahner-betriebsdienst"),
        ("LKW Fahrer", "berufskraftfahrer"),
        ("Zahnarzthelferin", "zahnmedizinischer-fachangestellter"),
        ("Arzthelferin", "medizinischer-fachangestellter"),
        ("Polizistin", "polizeivollzugsbeamter-gehobener-dienst"),
        ("Meine Tochter möchte gern Tierpflegerin werden", "tierpfleger"),
        ("Mein Sohn will unbedingt Koch werden", "koch"),
        ("Ausbildung zur Hotelfachfrau", "hotelfachmann"),
        ("Müllmann", "umwelttechnologe-kreislauf-abfallwirtschaft"),
        # English
        ("waiter", "fachmann-restaurants-veranstaltungsgastronomie"),
        ("cashier", "verkaeufer"),
        ("forklift driver", "fachkraft-lagerlogistik"),
        ("what does a plumber do?", "anlagenmechaniker-shk"),
        ("programmer", "fachinformatiker"),
        ("secretary", "kaufmann-bueromanagement"),
        ("cleaner", "gebaeudereiniger"),
        ("how much does a nurse earn?", "pflegefachmann"),
        ("security guard", "fachkraft-schutz-sicherheit"),
        # "nursing" is the training; the degree course is asked for as a degree
        ("tell me about the nursing apprenticeship", "pflegefachmann"),
        ("nursing degree", "pflegefachmann-studium"),
        # typos
        ("Mechatronikerinn", "mechatroniker"),
        ("Tischlr", "tischler"),
        ("Erziherin", "erzieher"),
        ("Fensterputzr", "gebaeudereiniger"),
        ("Programierer", "fachinformatiker"),
        ("Dachdekcer", "dachdecker"),
        ("Zahntechnikerrin", "zahntechniker"),  # one slip from the feminine form
        ("Pflegefachfau", "pflegefachmann"),  # one slip from a whole long name
        # a close runner-up that leaves words unexplained is no toss-up
        ("Anlagenmechaniker Sanitär Heizung Klima", "anlagenmechaniker-shk"),
        # parts of the name, specialisations
        ("SHK", "anlagenmechaniker-shk"),
        ("Metallbauer Konstruktionstechnik", "metallbauer"),
    ],
)
async def test_everyday_english_and_misspelt_names_answer_directly(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, expected: str
) -> None:
    command, _, rest = typed.partition(" ")
    result = (
        await skill.handle(context(rest, command=command))
        if command == "beruf"
        else await skill.handle(context(typed))
    )
    assert result.outcome is Outcome.OK, typed
    assert result.blocks[0] == Heading(title_of(catalogue, expected))


@pytest.mark.parametrize(
    ("typed", "must_offer"),
    [
        ("Pfleger", {"pflegefachmann", "pflegefachassistent-nrw", "heilerziehungspfleger"}),
        ("Elektriker", {"elektroniker-energie-gebaeudetechnik", "industrieelektriker"}),
        ("mechanic", {"kraftfahrzeugmechatroniker", "industriemechaniker"}),
        ("Fahrer", {"berufskraftfahrer", "fachkraft-fahrbetrieb"}),
        ("Busfahrerin", {"berufskraftfahrer", "fachkraft-fahrbetrieb"}),
        ("Mediengestalter", {"mediengestalter-digital-print", "mediengestalter-bild-ton"}),
    ],
)
async def test_a_word_for_several_occupations_answers_the_likeliest_and_offers_the_others(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, must_offer: set[str]
) -> None:
    result = await skill.handle(context(typed))
    assert result.outcome is Outcome.OK
    headings = [block for block in result.blocks if isinstance(block, Heading)]
    answered = result.data["occupation"]["id"]
    assert headings == [Heading(title_of(catalogue, answered))]
    assert "mehrere Ausbildungsberufe" in result.blocks[1].markdown  # type: ignore[union-attr]
    offered = {answered} | {title_id(catalogue, title) for title in choices(result)}
    assert must_offer <= offered


@pytest.mark.parametrize(
    ("typed", "named", "expected"),
    [
        ("Tischler Hamburg", "Tischler", "tischler"),
        ("Was macht ein Mechatroniker so den ganzen Tag?", "Mechatroniker", "mechatroniker"),
        ("Bauer (Landwirtschaft)", "Bauer", "landwirt"),
        ("Kellner bei uns im Ort", "Kellner", "fachmann-restaurants-veranstaltungsgastronomie"),
        ("Verkäuferin im Supermarkt", "Verkäuferin", "verkaeufer"),  # a place, not a synonym
        ("Schreinerlehre", "Schreiner", "tischler"),  # the occupation and a word for training
        ("Tischlerausbildung", "Tischler", "tischler"),
        ("Azubi in der Tischlerei", "Tischler", "tischler"),  # a workplace, nothing else named
        ("Verkäuferin in der Bäckerei", "Verkäuferin", "verkaeufer"),  # the workplace stays one
        ("Maurergeselle", "Maurer", "maurer"),  # a completed training names the occupation
        ("Bäckerlehrling", "Bäcker", "baecker"),
        # an everyday word with several entries inside a compound: its likeliest entry
        ("Elektrikerlehre", "Elektriker", "elektroniker-energie-gebaeudetechnik"),
    ],
)
async def test_an_occupation_named_inside_other_words_is_answered_and_says_what_was_looked_up(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, named: str, expected: str
) -> None:
    result = await skill.handle(context(typed))
    assert result.outcome is Outcome.OK
    assert result.blocks[0] == Heading(title_of(catalogue, expected))
    notes = " ".join(b.markdown for b in result.blocks if isinstance(b, Text))
    assert f"nachgeschlagen habe ich „{named}“" in notes


@pytest.mark.parametrize("typed", ["Erzieher Helfer Hamburg", "Elektroniker Meister"])
async def test_words_that_qualify_an_occupation_are_never_dropped(
    skill: OccupationSkill, typed: str
) -> None:
    result = await skill.handle(context(typed))
    notes = " ".join(b.markdown for b in result.blocks if isinstance(b, Text))
    assert "nachgeschlagen habe ich" not in notes


async def test_a_qualified_name_inside_other_words_keeps_its_qualifier(
    skill: OccupationSkill, catalogue: InMemoryCatalogue
) -> None:
    result = await skill.handle(context("Mechatroniker Kältetechnik Bremen"))
    assert result.blocks[0] == Heading(title_of(catalogue, "mechatroniker-kaeltetechnik"))


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Fachpraktiker Küche", ["fachkraft-kueche"]),  # not silently the Fachkraft Küche
        ("Fachpraktiker Hauswirtschaft", ["hauswirtschafter"]),
        ("Tischlerhelfer", ["tischler"]),
        ("Bäckerhelfer", ["baecker"]),
        ("Erzieher Helfer", ["erzieher"]),
        ("Sekräterin", ["kaufmann-bueromanagement"]),  # two slips: asked, not answered
    ],
)
async def test_an_uncertain_match_asks_instead_of_answering(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, offered: list[str]
) -> None:
    result = await skill.handle(context(typed))
    assert result.outcome is Outcome.PROMPT
    assert not any(isinstance(block, Heading) for block in result.blocks)
    first = result.blocks[0]
    assert isinstance(first, Text)
    assert first.markdown.startswith(f"„{typed}“ habe ich im Katalog nicht genau so gefunden")
    assert choices(result) == [title_of(catalogue, i) for i in offered]
    word, _, args = result.blocks[1].items[0].command.partition(" ")  # type: ignore[union-attr]
    chosen = await skill.handle(context(args, command=word))
    assert chosen.blocks[0] == Heading(title_of(catalogue, offered[0]))


@pytest.mark.parametrize(
    "typed",
    [
        "Platzmeister",  # spelt like Bademeister
        "Schauspieler",  # like Schuster
        "Sänger",  # like Spengler
        "Youtuber",  # like Layouter
        "Politiker",  # like Polsterin
        "Journalist",  # like Jurist
        "Dolmetscher",  # like Böttcher
        "Bürgermeister",  # like Bademeister
        "Kassenwart",  # like Kassenkraft
        "Malerhelfer",  # like Lagerhelfer
        "Astronaut",
        "dog trainer",  # shares only the generic "trainer" with Sportfachmann/-frau
    ],
)
async def test_a_mere_spelling_neighbour_is_not_found_and_not_suggested(
    skill: OccupationSkill, typed: str
) -> None:
    result = await skill.handle(context(typed, command="beruf"))
    assert result.outcome is Outcome.UNKNOWN
    assert choices(result) == []
    assert result.data["suggestions"] == []
    shown = [block.markdown for block in result.blocks if isinstance(block, Text)]
    assert any("offizielle Berufsbezeichnung" in text for text in shown)


async def test_an_exact_official_name_answers_and_offers_the_everyday_meaning_too(
    skill: OccupationSkill, catalogue: InMemoryCatalogue
) -> None:
    result = await skill.handle(context("Klempner", command="beruf"))
    assert result.blocks[0] == Heading("Klempner/in")
    assert title_of(catalogue, "anlagenmechaniker-shk") in result.data["alternatives"]


async def test_answers_offer_no_alternatives_that_are_only_spelt_alike(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Gärtnerin", command="beruf"))
    assert result.blocks[0] == Heading("Gärtner/in")
    assert "Erzieher/in" not in result.data["alternatives"]  # "Kindergärtnerin"


def test_typos_keep_the_first_letter_and_stay_small() -> None:
    assert is_typo("tischlr", "tischler")
    assert is_typo("mechatroniekr", "mechatroniker")  # a swap counts once
    assert not is_typo("malerhelfer", "lagerhelfer")  # first letter differs
    assert not is_typo("saenger", "spengler")  # two slips in a short word
    assert not is_typo("streetworker", "steelworker")  # two slips: another word
    assert relates("tischler", "tischlerhelfer")
    assert not relates("kaufmann", "sozialversicherungskaufmann")  # a generic head only


def test_resolve_with_nothing_found_is_not_found() -> None:
    assert resolve("Astronaut", []).verdict is Verdict.NOT_FOUND


async def test_an_everyday_word_says_which_occupation_it_stands_for(
    skill: OccupationSkill,
) -> None:
    result = await skill.handle(context("Kellnerin", command="beruf"))
    title = "Fachmann/-frau für Restaurants und Veranstaltungsgastronomie"
    assert result.blocks[1] == Text(
        f"Für „Kellner/in“ ist im Katalog dieser Ausbildungsberuf eingetragen: {title}."
    )
    assert result.data["matched"] == {"name": "Kellner/in", "kind": "synonym"}


async def test_choices_in_english(skill: OccupationSkill) -> None:
    several = await skill.handle(context("mechanic", command="occupation", language="en"))
    assert "“mechanic” can mean several occupations" in several.blocks[1].markdown  # type: ignore[union-attr]
    offered = [b for b in several.blocks if isinstance(b, Actions)]
    assert all(a.command.startswith("occupation ") for a in offered[0].items)
    one = await skill.handle(context("Fachpraktiker Küche", command="occupation", language="en"))
    assert one.blocks[0] == Text(
        "I did not find “Fachpraktiker Küche” exactly in the catalogue. Did you mean this one?"
    )


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Flugbegleiterin", ["servicekaufmann-luftverkehr"]),
        ("Stewardess", ["servicekaufmann-luftverkehr"]),
        ("Detektiv", ["fachkraft-schutz-sicherheit"]),
        ("Steuerberater", ["steuerfachangestellter"]),
        (
            "Hausmeister",
            ["elektroniker-energie-gebaeudetechnik", "anlagenmechaniker-shk", "tischler"],
        ),
    ],
)
async def test_work_that_is_no_training_occupation_offers_the_related_ones_without_answering(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, offered: list[str]
) -> None:
    result = await skill.handle(context(typed))
    assert result.outcome is Outcome.PROMPT
    assert not any(isinstance(block, Heading) for block in result.blocks)
    first = result.blocks[0]
    assert isinstance(first, Text)
    assert first.markdown.startswith(f"„{typed}“ ist kein eigener Ausbildungsberuf")
    assert choices(result) == [title_of(catalogue, i) for i in offered]
    # BERUFENET describes the work itself: searched by the word as typed
    texts = [block.markdown for block in result.blocks if isinstance(block, Text)]
    assert any(f"suchwoerter={typed})" in text for text in texts)


@pytest.mark.parametrize(
    ("typed", "must_offer"),
    [
        ("Assistent", {"operationstechnischer-assistent", "kaufmaennischer-assistent"}),
        ("Techniker", {"it-system-elektroniker", "fachinformatiker"}),
    ],
)
async def test_a_head_word_many_entries_share_is_asked_back_not_answered(
    skill: OccupationSkill, catalogue: InMemoryCatalogue, typed: str, must_offer: set[str]
) -> None:
    # "OP-Assistent/in" is spelt closest to "Assistent", but the word names none of them.
    result = await skill.handle(context(typed))
    assert result.outcome is Outcome.PROMPT
    offered = {title_id(catalogue, title) for title in choices(result)}
    assert must_offer <= offered


async def test_entries_that_hold_the_word_are_offered_before_spelling_neighbours(
    skill: OccupationSkill, catalogue: InMemoryCatalogue
) -> None:
    # "Kundenberater" holds "Berater"; "panel beater" is only a slip away from it
    result = await skill.handle(context("Berater"))
    offered = {title_id(catalogue, title) for title in choices(result)}
    assert "verkaeufer" in offered
    assert "karosserie-fahrzeugbaumechaniker" not in offered
