"""Data exchange between machines: key files, signed bundles of results and of course
content, and the deterministic merge of bundles into a database. No Qt, no services."""
