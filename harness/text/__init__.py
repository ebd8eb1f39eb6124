"""The text: versions and their metadata, normalisation mapped back to line and column, tokens, people and quotes.

May import `harness.registry` and `harness.findings`: it knows nothing of checks, outputs or pytest.
"""
