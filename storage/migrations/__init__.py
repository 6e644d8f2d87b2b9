"""Alembic environment for Lotse's schema; run it through :mod:`storage.migrate`."""
