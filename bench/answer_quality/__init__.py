"""Scoring and case loading for the answer-quality benchmark (``bench/quality.py``)."""
