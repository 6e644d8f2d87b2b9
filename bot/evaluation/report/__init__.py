"""The anonymous evaluation report for the research team: tables with k-anonymity, charts and
one self-contained HTML page. No message text, no user ids, no pseudonymous keys leave it."""
