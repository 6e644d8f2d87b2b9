"""k-anonymity: small departments merge into "Weitere"; a figure that describes fewer than
``k`` distinct people is suppressed (``None``; an empty cell in the CSV files)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

OTHER_DEPARTMENTS = "Weitere"
DEFAULT_K = 5


def merged_departments(pairs: Iterable[tuple[str, str]], k: int) -> dict[str, str]:
    """Department -> the name shown: itself with at least ``k`` people, else "Weitere".
    ``pairs`` are (department, user key) from every kind of fact."""
    people: dict[str, set[str]] = defaultdict(set)
    for department, user in pairs:
        people[department].add(user)
    return {
        department: department if len(users) >= k else OTHER_DEPARTMENTS
        for department, users in people.items()
    }


@dataclass(slots=True)
class Tally:
    """A count and the distinct people behind it."""

    count: int = 0
    people: set[str] = field(default_factory=set)

    def add(self, user: str, amount: int = 1) -> None:
        self.count += amount
        self.people.add(user)

    def shown(self, k: int) -> int | None:
        """The count, or None when it describes fewer than ``k`` people (zero describes
        nobody and is shown)."""
        return None if 0 < len(self.people) < k else self.count


def percentile(values: list[int], share: float) -> int | None:
    """Nearest-rank percentile of ``values`` (sorted here); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))  # ceil without float surprises
    return ordered[int(rank) - 1]
