"""The shortcuts in occupation-name normalisation give what the full path gives."""

from __future__ import annotations

import unicodedata

from skills.occupation import explore
from skills.occupation.catalogue import load_builtin_catalogue
from skills.occupation.normalise import (
    _BINNEN_I,
    _DECLINED,
    _FEMININE,
    _UMLAUTS,
    Normalised,
    fold,
    stem,
)
from skills.occupation.search import SearchIndex

_MESSAGES = (
    "beruf Tischler",
    "Was macht eine MechatronikerIn?",
    "Kauffrau für Büromanagement",
    "Café-Fachkraft à la carte",
    "Straßenbauer / Straßenbauerin",
    "Medizinische Fachangestellte",
    "ﬁsch",  # a ligature NFKC splits
    "Ærztin",
)


def _full_fold(text: str) -> str:
    text = _BINNEN_I.sub("", unicodedata.normalize("NFKC", text))
    text = text.casefold().translate(_UMLAUTS)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _full_stem(token: str) -> str:
    for ending, replacement in _FEMININE:
        if token.endswith(ending) and (len(token) > len(ending) or len(ending) > 5):
            token = token[: -len(ending)] + replacement
            break
    declined = _DECLINED.match(token)
    return declined.group(1) if declined else token


def _names() -> list[str]:
    catalogue = load_builtin_catalogue()
    names = [name for entry in catalogue.occupations for name, _ in entry.names()]
    return names + [synonym.word for synonym in catalogue.synonyms] + list(_MESSAGES)


def test_fold_takes_a_shortcut_for_plain_text_with_the_same_result() -> None:
    for name in _names():
        assert fold(name) == _full_fold(name), name


def test_stem_skips_words_without_a_known_ending_with_the_same_result() -> None:
    words = {word for name in _names() for word in _full_fold(name).split()}
    words |= {"", "e", "frau", "erinnen", "medizinischer", "angestellten", "leute"}
    for word in words:
        assert stem(word) == _full_stem(word), word


def test_the_lookup_key_is_joined_once_and_does_not_count_for_equality() -> None:
    normalised = Normalised(("kfz", "mechatroniker"))
    assert normalised.compact == "kfzmechatroniker"
    assert normalised == Normalised(("kfz", "mechatroniker"))
    assert "compact" not in repr(normalised)


def test_generic_names_are_collected_once() -> None:
    vocabulary = explore.vocabulary()
    assert vocabulary.generic_names is vocabulary.generic_names
    assert {"ausbildung", "lehre", "schule", "beruf", "job"} <= vocabulary.generic_names


def test_each_indexed_name_counts_its_different_tokens_at_load() -> None:
    index = SearchIndex(load_builtin_catalogue().occupations)
    assert all(name.distinct == len(set(name.tokens)) for name in index._names)
