"""The ESCO import: download → database rows → catalogue entries.

``import_esco`` is idempotent: rows are keyed by concept URI and language, unchanged rows are
not written again, changed ones are updated. ``esco_occupation`` turns a stored record into an
``Occupation``; ESCO states no training type or duration, so those stay unknown. The rows are
written and read through the skill's ``OccupationRepository`` (``skills/occupation/ports.py``,
implemented in ``storage/``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.reply import Source
from skills.occupation.esco_csv import EscoDownload, EscoRecord, RowProblem, read_download
from skills.occupation.model import Occupation, TrainingType
from skills.occupation.normalise import title_key
from skills.occupation.ports import EscoDocument, ImportRun, OccupationRepository

PROVIDER = "esco"
SOURCE_TITLE = "ESCO – Europäische Klassifikation für Fähigkeiten, Kompetenzen und Berufe"
HOME_URL = "https://esco.ec.europa.eu"
_CHUNK = 250  # records per progress step and write batch


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import did; ``problems`` are the skipped rows."""

    total: int
    inserted: int
    updated: int
    unchanged: int
    problems: tuple[RowProblem, ...] = field(default_factory=tuple)

    @property
    def skipped(self) -> int:
        return len(self.problems)


def record_data(record: EscoRecord) -> dict[str, Any]:
    """The record as a JSON document (tuples as lists)."""
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in asdict(record).items()
    }


def record_from_data(data: Mapping[str, Any]) -> EscoRecord:
    known = set(EscoRecord.__slots__)
    values: dict[str, Any] = {
        key: tuple(value) if isinstance(value, list) else value
        for key, value in data.items()
        if key in known
    }
    return EscoRecord(**values)


def _document(record: EscoRecord) -> EscoDocument:
    data = record_data(record)
    digest = hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()
    return EscoDocument(record.uri, record.preferred_label, digest, data)


def _gendered(label: str) -> tuple[str | None, str | None]:
    """ESCO's German labels read "Masculine/Feminine"; split only when both name one stem."""
    parts = [part.strip() for part in label.split("/")]
    if len(parts) == 2 and all(parts) and title_key(parts[0]) == title_key(parts[1]):
        return parts[0], parts[1]
    return None, None


def esco_occupation(record: EscoRecord, language: str = "de") -> Occupation:
    """A catalogue entry for one ESCO occupation (its texts in ``language``), linked to its
    concept page."""
    male, female = _gendered(record.preferred_label)
    names = {title_key(record.preferred_label)}
    aliases = []
    for alias in record.alt_labels:
        if title_key(alias) not in names:
            names.add(title_key(alias))
            aliases.append(alias)
    modified = record.modified[:10] if record.modified else None
    return Occupation(
        id="esco-" + record.uri.rstrip("/").rsplit("/", 1)[-1],
        title=record.preferred_label,
        training_type=TrainingType.UNSPECIFIED,
        field=record.isco_label or "",
        description=record.description or record.definition or "",
        source=Source(SOURCE_TITLE, modified, record.uri),
        male=male,
        female=female,
        aliases=tuple(aliases),
        isco=record.isco_group if record.isco_group and len(record.isco_group) == 4 else None,
        provider=PROVIDER,
        language=language,
    )


def catalogue_source(as_of: str | None = None) -> Source:
    return Source(SOURCE_TITLE, as_of, HOME_URL)


async def import_download(
    download: EscoDownload,
    repository: OccupationRepository,
    now: datetime,
    language: str = "de",
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Write the download's occupations (changed ones only) and log the run."""
    records = list({record.uri: record for record in download.records}.values())
    known = await repository.esco_hashes(language)
    inserted = updated = unchanged = 0
    for start in range(0, len(records), _CHUNK):
        changed: list[EscoDocument] = []
        for record in records[start : start + _CHUNK]:
            document = _document(record)
            previous = known.get(record.uri)
            if previous == document.content_hash:
                unchanged += 1
                continue
            inserted += previous is None
            updated += previous is not None
            changed.append(document)
        if changed:
            await repository.save_esco(changed, language, now)
        if progress:
            progress(min(_CHUNK, len(records) - start))
    summary = ImportSummary(len(records), inserted, updated, unchanged, tuple(download.problems))
    run = ImportRun(
        PROVIDER, language, now, len(records), inserted, updated, unchanged, summary.skipped
    )
    await repository.record_import(run)
    return summary


async def import_esco(
    path: Path,
    repository: OccupationRepository,
    now: datetime,
    language: str = "de",
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Read the download at ``path`` (zip or folder) and import it; bad rows are skipped."""
    return await import_download(
        read_download(path, language), repository, now, language, progress
    )


def unique_count(download: EscoDownload) -> int:
    """How many occupations an import of ``download`` will process (the progress length)."""
    return len({record.uri for record in download.records})


def esco_entries(documents: Iterable[Mapping[str, Any]], language: str = "de") -> list[Occupation]:
    """Stored ESCO documents (of ``language``) as catalogue entries."""
    return [esco_occupation(record_from_data(data), language) for data in documents]


async def load_esco(repository: OccupationRepository, language: str = "de") -> list[Occupation]:
    """Every imported ESCO occupation of ``language`` as catalogue entries."""
    return esco_entries(await repository.esco_documents(language), language)
