"""The mobile mental-health team (DMBSH): consultations under a pseudonym (issue 19)."""
