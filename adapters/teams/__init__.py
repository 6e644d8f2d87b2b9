"""Lotse in Microsoft Teams: Bot Framework activities in, Markdown and Adaptive Cards out.

Only ``sdk.py`` knows botbuilder; parsing, rendering and the turn logic work on plain
activity JSON. ``adapters.teams.endpoint.TeamsAdapter`` is the ``lotse serve`` adapter; the
package itself imports nothing heavy, so reading the settings (``adapters.teams.settings``)
does not load botbuilder."""
