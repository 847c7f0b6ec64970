"""Qt table models: each precomputes its cells in set_rows(), so data() is O(1) per cell."""
