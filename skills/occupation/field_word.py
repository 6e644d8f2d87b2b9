"""A field typed where an occupation was expected: "beruf Handwerk", "beruf Büro".

When the words name a field of the exploration's vocabulary (the field's own label holds
them) and no catalogue entry exactly, the field's occupations answer what was asked; the entry
spelt most like it ("Textilgestalter/in im Handwerk") would answer another question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from bot.reply import Text
from bot.skill import SkillResult
from bot.texts import Texts
from skills.occupation import explore
from skills.occupation.catalogue import Catalogue
from skills.occupation.explore_answer import answer_question
from skills.occupation.model import Match
from skills.occupation.normalise import fold, generic_words

_MAX_WORDS = 2  # "Handwerk", "Soziale Arbeit"; longer words are a title or a question
_LISTING = "Ausbildungen im Bereich {field}"
_ENDING = 3  # letters after a field's stem that still name the field ("Handwerk-er")
_LABEL_WORD = 5  # a topic's word may extend a label word this long ("handwerker": Handwerk)


def field_named(text: str, found: Sequence[Match], catalogue: Catalogue) -> bool:
    """Whether ``text`` names a field rather than an occupation."""
    words = text.split()
    if not words or len(words) > _MAX_WORDS or (found and found[0].score >= 100.0):
        return False
    if catalogue.exact(text.strip()) or set(fold(text).split()) & generic_words():
        return False  # "Techniker", "Helfer": a head word of many titles, asked back instead
    query = explore.parse(_LISTING.format(field=text), listing=True)
    if query is None or len(query.topics) != 1 or query.unknown_area or query.excluded:
        return False
    topic = query.topics[0]
    labels = " ".join(fold(topic.name(language)) for language in ("de", "en"))
    label_words = tuple(word for word in labels.split() if len(word) >= _LABEL_WORD)
    typed = fold(text).split()
    # Each word typed is a stem with at most an ending ("Handwerker"): a longer word is a title
    # ("Verwaltungsfachangestellte"), however close its start is to a field's label.
    return all(stem in labels or stem.startswith(label_words) for stem in query.stems) and all(
        any(word.startswith(stem) and len(word) - len(stem) <= _ENDING for stem in query.stems)
        for word in typed
    )


def field_listing(
    text: str, found: Sequence[Match], catalogue: Catalogue, texts: Texts, language: str
) -> SkillResult | None:
    """The field's list with a line saying it is a field, or None when ``text`` is none."""
    if not field_named(text, found, catalogue):
        return None
    listed = answer_question(_LISTING.format(field=text.strip()), catalogue, texts, language)
    if listed is None:
        return None
    say = partial(texts.get, language)
    lead = Text(say("answer.field_word", word=text.strip()))
    return replace(listed, blocks=(lead, *listed.blocks))
