"""The Matrix adapter: Lotse as a Matrix bot account, end-to-end encrypted rooms included.

``adapters.matrix.adapter.MatrixAdapter`` is the ``lotse serve`` adapter; the package itself
imports nothing heavy, so the CLI stays fast."""
