"""Occupation sources behind the catalogue interface: the built-in catalogue and the ESCO import
(in memory, one search index), and the live BERUFENET and ESCO APIs (asked per query)."""
