"""Administrator screens: users, modules, backup and restore, settings."""
