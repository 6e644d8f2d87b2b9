"""Occupation lookup: a searchable catalogue of German training occupations as a skill."""

from __future__ import annotations

from skills.occupation.skill import OccupationSkill

__all__ = ["OccupationSkill"]
