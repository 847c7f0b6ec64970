"""Plain helper functions shared by tests: a small course module and a populated database.

No fixtures live here (they belong in the conftest.py files); everything is a function that
builds real files and drives the real services.
"""
