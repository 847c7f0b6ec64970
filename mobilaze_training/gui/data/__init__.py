"""Data screens for instructors and administrators: importing question banks, exporting
results, and the item analysis of an assessment."""
