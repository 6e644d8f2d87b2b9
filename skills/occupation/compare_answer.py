"""The reply to a comparison question: both entries' facts side by side, or "Meinten Sie …?"."""

from __future__ import annotations

import logging
from typing import Any

from bot.reply import Action, Actions, Block, Heading, Outcome, Text
from bot.skill import SkillResult
from skills.occupation import compare
from skills.occupation.catalogue import Catalogue
from skills.occupation.facts import Say, duration_text, occupation_data, own_text
from skills.occupation.links import berufenet_url
from skills.occupation.listing import lookup_actions
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.normalise import fold

log = logging.getLogger(__name__)


def value(occupation: Occupation, row: str, say: Say) -> str:
    unknown = say("compare.unknown")
    if row == "training_type":
        if occupation.training_type is TrainingType.UNSPECIFIED:
            return unknown
        return say(f"training_type.{occupation.training_type.value}")
    if row == "duration":
        months = occupation.duration_months
        return duration_text(months, say) if months else unknown
    if row == "field":
        return occupation.field or unknown
    if row == "regulation":
        regulation = occupation.regulation
        if regulation is None and occupation.training_type is TrainingType.DUAL:
            # the catalogue lists recognised dual occupations only (BBiG/HwO), though not
            # always which of the two acts; "keine Angabe" would say it knows nothing
            return say("regulation.dual_unrecorded")
        # The text keys are the enum names in lower case (regulation.bbig_hwo, ...).
        return say(f"regulation.{regulation.name.lower()}") if regulation else unknown
    return occupation.school or unknown


ROWS = (
    ("training_type", "facts.training_type"),
    ("duration", "facts.duration"),
    ("field", "facts.field"),
    ("regulation", "facts.regulation"),
    ("school", "compare.school_label"),
)


def entry_data(occupation: Occupation) -> dict[str, Any]:
    """The card data of an entry plus its profile (school certificate, interest words)."""
    data = occupation_data(occupation)
    data.setdefault("school", occupation.school)
    data.setdefault("interests", list(occupation.interests))
    return data


def answer_comparison(
    query: compare.CompareQuery, catalogue: Catalogue, say: Say, language: str = "de"
) -> SkillResult:
    """Side by side when both names resolve clearly; otherwise ask which was meant."""
    left, right = compare.resolve(catalogue, query.left), compare.resolve(catalogue, query.right)
    if left.occupation is None or right.occupation is None:
        return _unclear(left, right, say)
    a, b = left.occupation, right.occupation
    if a.id == b.id:  # "Altenpfleger und Krankenpfleger": one training today, not two
        return _same_entry(left.name, right.name, a, say, language)
    rows: list[str] = []
    for row, label_key in ROWS:
        label, first, second = say(label_key), value(a, row, say), value(b, row, say)
        if first == second:
            rows.append(say("compare.same", label=label, value=first))
        else:
            rows.append(
                say("compare.row", label=label, left=a.title, a=first, right=b.title, b=second)
            )
    described = [
        f"**{item.title}:** {own_text(item, item.description, language, say)}"
        for item in (a, b)
        if item.description
    ]
    blocks: list[Block] = [Heading(say("compare.heading", left=a.title, right=b.title))]
    blocks.extend(
        Text(say("compare.understood", name=item.name, title=item.occupation.title))
        for item in (left, right)
        if item.occupation is not None and not item.exact
    )
    blocks += [
        Text("\n".join(f"- {row}" for row in rows)),
        Text(f"**{say('compare.description_label')}**\n" + "\n".join(described)),
        lookup_actions((a.title, b.title), say),
    ]
    log.debug("occupation comparison", extra={"ids": [a.id, b.id]})
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.OK,
        data={"comparison": [entry_data(a), entry_data(b)]},
        sources=tuple(dict.fromkeys((a.source, b.source))),
    )


def _same_entry(
    left: str, right: str, occupation: Occupation, say: Say, language: str
) -> SkillResult:
    """Both names stand for one entry: said so, with that entry's description, rather than a
    side-by-side of the entry with itself."""
    # "Anwendungsentwicklung vs Systemintegration": two fields of one training, which the
    # catalogue does not describe apart; the official description does
    fields = _specialisations(occupation, (left, right))
    key = "compare.same_entry_fields" if fields else "compare.same_entry"
    said = say(key, left=left, right=right, title=occupation.title)
    blocks: list[Block] = [Heading(occupation.title), Text(said)]
    if occupation.description:
        blocks.append(Text(own_text(occupation, occupation.description, language, say)))
    if fields:
        blocks.append(Text(say("answer.berufenet", url=berufenet_url(occupation))))
    blocks.append(lookup_actions((occupation.title,), say))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.OK,
        data={"comparison": [entry_data(occupation)]},
        sources=(occupation.source,),
    )


def _specialisations(occupation: Occupation, names: tuple[str, ...]) -> bool:
    """Whether every name is one of the entry's specialisations (folded, as typed)."""
    fields = {fold(field) for field in occupation.specialisations}
    return all(fold(name) in fields for name in names)


def _unclear(left: compare.Resolved, right: compare.Resolved, say: Say) -> SkillResult:
    blocks: list[Block] = []
    actions: list[Action] = []
    for this, other in ((left, right), (right, left)):
        if this.occupation is not None:
            continue
        key = "compare.unclear" if this.candidates else "compare.not_found"
        blocks.append(Text(say(key, name=this.name)))
        for candidate in this.candidates:
            if other.occupation is None:
                # Pairing a guess with a name that is itself unclear would offer a comparison
                # nobody asked for: offer the candidate's own card instead.
                command = say("not_found.action_command", title=candidate.title)
            else:
                titles = (candidate.title, other.occupation.title)
                pair = titles if this is left else titles[::-1]
                command = say("compare.action", left=pair[0], right=pair[1])
            actions.append(Action(candidate.title, command))
    return unclear_result(blocks, actions)


def unclear_result(blocks: list[Block], actions: list[Action]) -> SkillResult:
    """A comparison with a name not clearly found: what was said about each, and the
    candidates to pick from."""
    if actions:
        blocks.append(Actions(tuple(actions)))
    return SkillResult(
        tuple(blocks),
        outcome=Outcome.UNKNOWN,
        data={"suggestions": [action.label for action in actions]},
    )
