"""Stand-ins for the services Lotse talks to, shared by the tests and the benchmarks: a fake
Anthropic Messages API, a fake OpenAI-compatible server and a throw-away Synapse homeserver.
Development only: not part of the installed package."""
