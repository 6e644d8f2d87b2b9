"""Skills: each package declares its metadata and one async ``handle``; see bot.skill."""
