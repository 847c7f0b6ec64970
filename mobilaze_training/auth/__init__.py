"""Accounts, roles and the permission table."""
