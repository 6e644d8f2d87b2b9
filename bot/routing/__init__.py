"""From message text to a route: commands first, the intent classifier last."""
