"""The engine's pipeline: small steps with one contract, ``await step(turn, next_)``."""
