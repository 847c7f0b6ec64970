"""The administrator's data exchange (results and distribution bundles) and keys screens."""
