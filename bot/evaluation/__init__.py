"""The pilot evaluation: ratings of answers, suggestions and votes, the pulse survey, the
opt-out, and the anonymous report for the research team. Never message text."""
