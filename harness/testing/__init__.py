"""Tools for testing the harness: fact-preserving and fact-breaking edits, synthetic stories, the benchmarks.

May import anything in the product except the front doors; the product never imports it (`harness.strategies` is its façade).
"""
