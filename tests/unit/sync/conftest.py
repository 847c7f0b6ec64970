"""Fixtures of the bundle and signing tests (helpers in sites.py)."""

from tests.unit.sync.sites import module_path, sites

__all__ = ["module_path", "sites"]
