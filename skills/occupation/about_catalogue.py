"""Questions about the catalogue itself: "Wie viele Berufe kennst du?", "Woher hast du deine
Infos?", "how many occupations do you know?".

They name no occupation and ask for no list, so nothing else answers them ("not understood"
before). The reply is counted from the catalogue in use (entries by kind of training), with
its sources and their dates, and says where the complete, binding information is. The
questions' patterns are data (``data/about_catalogue.yaml``)."""

from __future__ import annotations

import logging
import re
from collections import Counter
from functools import cache
from pathlib import Path

from bot.reply import Outcome, Text
from bot.skill import SkillResult
from bot.yaml_data import load_yaml
from skills.occupation.catalogue import Catalogue
from skills.occupation.facts import Say
from skills.occupation.model import TrainingType
from skills.occupation.normalise import fold

log = logging.getLogger(__name__)

DATA_PATH = Path(__file__).with_name("data") / "about_catalogue.yaml"
BERUFENET = "https://web.arbeitsagentur.de/berufenet/"
_MAX_CHARS = 200  # a question about the catalogue is short; pasted notes are no such question
# The kinds of training counted, in the order the reply names them
_KINDS = (TrainingType.DUAL, TrainingType.SCHOOL, TrainingType.STUDY, TrainingType.UNSPECIFIED)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    raw = load_yaml(DATA_PATH.read_text(encoding="utf-8"))
    return tuple(re.compile(str(pattern)) for pattern in raw["patterns"])


def asks_about_catalogue(text: str) -> bool:
    """Whether ``text`` asks how many occupations Lotse knows or where its facts come from."""
    if len(text) > _MAX_CHARS:
        return False
    folded = " ".join(fold(text).split())
    return any(pattern.search(folded) for pattern in _patterns())


def answer_about_catalogue(catalogue: Catalogue, say: Say) -> SkillResult:
    """How many entries of which kind the catalogue holds, its sources and where to look."""
    counts = Counter(occupation.training_type for occupation in catalogue.occupations)
    kinds = ", ".join(
        say(f"about_catalogue.kind_{kind.value}", count=counts[kind])
        for kind in _KINDS
        if counts[kind]
    )
    sources = "; ".join(
        say("about_catalogue.source", title=source.title, as_of=source.as_of)
        for source in catalogue.sources
    )
    text = say(
        "about_catalogue.text",
        total=len(catalogue.occupations),
        kinds=kinds,
        sources=sources,
        url=BERUFENET,
    )
    log.debug("occupation catalogue question")
    data = {"about_catalogue": {"total": len(catalogue.occupations), "url": BERUFENET}}
    return SkillResult((Text(text),), outcome=Outcome.OK, data=data)
