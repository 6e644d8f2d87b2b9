"""Text normalisation before detection, and the way back to the original offsets."""

from __future__ import annotations

from bot.policy import find_personal_data
from bot.policy.pii_normalise import fold, fold_text, normalise


def test_plain_text_is_not_copied() -> None:
    text = "Frau Müller, Hauptstraße 12 – ganz normal."
    assert normalise("plain ascii").starts is None
    assert normalise(text).text == text.replace("–", "-")


def test_look_alikes_invisibles_and_full_width_letters_are_normalised() -> None:
    text = "Меіer\u200b Ｓｃｈｕｌｔｅ 2–4 \u00a0x"
    normalised = normalise(text)
    assert normalised.text == "Meier Schulte 2-4  x"


def test_offsets_lead_back_to_what_the_user_wrote() -> None:
    text = "Hallo Frau Ｍü\u00adller, Tel. ０１７６ ２３４５６７８９."
    findings = find_personal_data(text)
    assert [f.value for f in findings] == ["Ｍü\u00adller", "０１７６ ２３４５６７８９"]
    for found in findings:
        assert text[found.start : found.end] == found.value


def test_a_letter_with_combining_marks_stays_one_character() -> None:
    text = "Frau Yi\u0307lmaz kommt"  # "i" with a combining dot above
    (found,) = find_personal_data(text)
    assert found.value == "Yi\u0307lmaz"


def test_folding_ignores_case_and_diacritics_and_keeps_length() -> None:
    assert fold("Yılmaz") == fold("YILMAZ") == fold("Yilmaz") == "yilmaz"
    assert fold("Öztürk") == "ozturk"
    text = "Straße İstanbul Yılmaz"
    assert len(fold_text(text)) == len(text)


def test_no_word_of_a_message_stays_in_a_cache_after_the_search() -> None:
    from bot.policy import pii_gazetteer, pii_organisations, pii_types

    find_personal_data("Aylin Kocabıyık macht ein Praktikum bei Bäckerei Schmitz.")
    caches = (
        fold,
        pii_gazetteer._classify,
        pii_gazetteer._is_listed,
        pii_organisations._is_kind,
        pii_types._distinct_words,
    )
    sizes = [cache.cache_info().currsize for cache in caches]  # type: ignore[union-attr]
    assert sizes == [0] * len(caches)
