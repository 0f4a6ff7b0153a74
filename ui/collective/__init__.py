"""The collective social assistant's area (issue 18)."""
