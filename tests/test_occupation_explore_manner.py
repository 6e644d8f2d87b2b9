"""A way of working ("praktisch veranlagt", "handwerklich", "draußen") named beside a subject
("Tiere", "Musik") qualifies the subject's list instead of adding its own entries: an animal
lover who likes practical work gets no Industriemechaniker/in. Named alone, it keeps its list."""

from __future__ import annotations

from test_occupation_explore_crafts import fits

from skills.occupation.catalogue import InMemoryCatalogue

_INDUSTRY = {"industriemechaniker", "zerspanungsmechaniker", "werkzeugmechaniker"}


def test_hands_on_beside_animals_lists_animal_work_only(catalogue: InMemoryCatalogue) -> None:
    found = {
        fit.occupation.id
        for fit in fits("Er ist handwerklich begabt und liebt Pferde, Ideen?", catalogue)
    }
    assert "pferdewirt" in found
    assert not found & _INDUSTRY


def test_outdoors_beside_animals_lists_no_building_site(catalogue: InMemoryCatalogue) -> None:
    found = fits("Welche Ausbildungen draußen mit Tieren?", catalogue)
    assert found
    assert all("Tiere" in " ".join(fit.reasons) or fit.met > 1 for fit in found)
    assert not {fit.occupation.id for fit in found} & {"maurer", "strassenbauer"}


def test_a_way_of_working_alone_keeps_its_own_list(catalogue: InMemoryCatalogue) -> None:
    found = {fit.occupation.id for fit in fits("Was gibt es Handwerkliches für sie?", catalogue)}
    assert found & _INDUSTRY
