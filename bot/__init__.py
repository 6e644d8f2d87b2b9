"""Lotse conversation engine: platform-neutral messages in, replies out."""
