"""SQLAlchemy Core implementations of the storage Protocols in :mod:`bot.ports`.

Each call is one short transaction on its own pooled connection: these run on every message.
"""

from __future__ import annotations

from storage.repositories.acknowledgements import SqlAcknowledgementRepository
from storage.repositories.audit import SqlAuditRepository
from storage.repositories.directory import SqlDirectoryRepository
from storage.repositories.events import SqlEventLedger
from storage.repositories.feedback import SqlFeedbackRepository
from storage.repositories.occupations import SqlOccupationRepository
from storage.repositories.preferences import SqlPreferenceRepository
from storage.repositories.reminders import SqlReminderLogRepository
from storage.repositories.states import SqlStateRepository
from storage.repositories.usage import SqlUsageRepository

__all__ = [
    "SqlAcknowledgementRepository",
    "SqlAuditRepository",
    "SqlDirectoryRepository",
    "SqlEventLedger",
    "SqlFeedbackRepository",
    "SqlOccupationRepository",
    "SqlPreferenceRepository",
    "SqlReminderLogRepository",
    "SqlStateRepository",
    "SqlUsageRepository",
]
