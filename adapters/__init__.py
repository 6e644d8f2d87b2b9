"""Adapters: each turns its platform's events into ``bot.Message`` and renders ``bot.Reply``."""
