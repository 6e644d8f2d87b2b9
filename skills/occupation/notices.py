"""What an answer adds about its sources: the ESCO credit, source pages, unreachable providers.

ESCO's reuse terms ask for the credit line wherever ESCO data is shown; it is added whenever a
shown entry (hit, alternative, related or suggestion) comes from ESCO (import or live API).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.reply import Source, Text
from skills.occupation.esco_import import PROVIDER as ESCO
from skills.occupation.facts import Say
from skills.occupation.model import Occupation


def shows_esco(occupations: Iterable[Occupation]) -> bool:
    return any(occupation.provider == ESCO for occupation in occupations)


def source_notes(
    shown: Sequence[Occupation],
    links: Sequence[Source],
    failed: Sequence[str],
    say: Say,
    *,
    page: bool = True,
) -> tuple[Text, ...]:
    """Blocks to append to an answer, in a fixed order: links, failures, credit.

    With ``page`` the first shown entry's source page is linked when it is not built-in.
    """
    blocks: list[Text] = []
    best = shown[0] if shown and page else None
    pages = [best.source] if best and best.provider and best.source.url else []
    for source in [*pages, *links]:
        if source.url:
            blocks.append(Text(say("answer.source_link", title=source.title, url=source.url)))
    if failed:
        blocks.append(Text(say("answer.live_failed", providers=", ".join(failed))))
    if shows_esco(shown):
        blocks.append(Text(say("answer.esco_credit")))
    return tuple(blocks)
