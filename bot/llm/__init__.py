"""The LLM port: one interface, several backends."""
