"""Composition root: the app factory and the ``lotse`` command line."""
