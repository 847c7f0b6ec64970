"""Instructor screens: cohorts, the progress grid, attempt details, essay grading."""
