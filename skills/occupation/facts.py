"""Catalogue facts as the reply shows them: labelled values, and the reply's machine data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bot.reply import Fact, Facts
from skills.occupation.links import berufenet_url
from skills.occupation.model import Match, Occupation, Regulation, TrainingType
from skills.occupation.school_names import school_name

Say = Callable[..., str]  # texts.get bound to the user's language: say(key, **values)

_REGULATION_KEYS = {
    Regulation.BBIG: "bbig",
    Regulation.HWO: "hwo",
    Regulation.BBIG_HWO: "bbig_hwo",
    Regulation.FEDERAL: "federal",
    Regulation.STATE_NRW: "state_nrw",
}


def own_text(occupation: Occupation, text: str, language: str, say: Say) -> str:
    """A text of the entry as its catalogue wrote it (its description); in a reply of another
    language it says which language it is in, and is never translated."""
    if occupation.language == language:
        return text
    return say("data.description", text=text, language=say(f"data.language_{occupation.language}"))


def source_note(occupation: Occupation, language: str, say: Say) -> str | None:
    """The catalogue's remark on its use: in English when the catalogue gives it so, else as
    written (marked in an English reply)."""
    note = occupation.source_note
    if note is None or language == occupation.language:
        return note
    if language == "en" and occupation.source_note_en:
        return occupation.source_note_en
    return say("data.note", text=note, language=say(f"data.language_{occupation.language}"))


def duration_text(months: int, say: Say) -> str:
    """Whole and half years as years ("3 Jahre", "3½ Jahre"), anything else in months."""
    years, rest = divmod(months, 12)
    if rest == 0 and years == 1:
        return say("duration.one_year")
    if rest == 0:
        return say("duration.years", years=years)
    if rest == 6 and years >= 1:
        return say("duration.years", years=f"{years}½")
    return say("duration.months", months=months)


def full_duration(occupation: Occupation, say: Say) -> str | None:
    """The duration with the catalogue's note, or None when the catalogue states none."""
    if occupation.duration_months is None:
        return None
    text = duration_text(occupation.duration_months, say)
    if occupation.duration_note:
        return say("duration.with_note", duration=text, note=occupation.duration_note)
    return text


def regulation_text(occupation: Occupation, say: Say) -> str | None:
    """The legal basis of the training ("BBiG/HwO (…)"), or None when the catalogue has none."""
    if occupation.regulation is None:
        return None
    return say(f"regulation.{_REGULATION_KEYS[occupation.regulation]}")


def fact_block(occupation: Occupation, say: Say) -> Facts:
    """The facts of one entry in a fixed order; unknown facts are left out."""
    items: list[tuple[str, str | None]] = [
        ("facts.male", occupation.male),
        ("facts.female", occupation.female),
        (
            "facts.training_type",
            None
            if occupation.training_type is TrainingType.UNSPECIFIED
            else say(f"training_type.{occupation.training_type.value}"),
        ),
        ("facts.regulation", regulation_text(occupation, say)),
        ("facts.duration", full_duration(occupation, say)),
        ("facts.school", school_name(occupation.school, say) if occupation.school else None),
        ("facts.field", occupation.field),
        ("facts.specialisations", ", ".join(occupation.specialisations) or None),
        ("facts.kldb", occupation.kldb),
        ("facts.isco", occupation.isco),
    ]
    return Facts(tuple(Fact(say(label), value) for label, value in items if value))


def occupation_data(occupation: Occupation) -> dict[str, Any]:
    """Every field of an entry, JSON-ready (enums as their values, tuples as lists)."""
    return {
        "id": occupation.id,
        "title": occupation.title,
        "male": occupation.male,
        "female": occupation.female,
        "aliases": list(occupation.aliases),
        "former_titles": list(occupation.former_titles),
        "training_type": occupation.training_type.value,
        "regulation": occupation.regulation.value if occupation.regulation else None,
        "duration_months": occupation.duration_months,
        "duration_note": occupation.duration_note,
        "field": occupation.field,
        "description": occupation.description,
        "specialisations": list(occupation.specialisations),
        "related": list(occupation.related),
        "kldb": occupation.kldb,
        "isco": occupation.isco,
        "school": occupation.school,
        "provider": occupation.provider or "builtin",
    }


def card_data(
    match: Match, alternatives: Sequence[Occupation], related: Sequence[Occupation]
) -> dict[str, Any]:
    """The machine-readable reply data (documented keys, see OccupationSkill); never rendered."""
    occupation = match.occupation
    source = occupation.source
    return {
        "occupation": occupation_data(occupation),
        "related": [{"id": item.id, "title": item.title} for item in related],
        "alternatives": [item.title for item in alternatives],
        "matched": {"name": match.matched_name, "kind": match.kind.name.lower()},
        "berufenet_url": berufenet_url(occupation),
        "source": {
            "title": source.title,
            "as_of": source.as_of,
            "url": source.url,
            "note": occupation.source_note,
        },
    }
