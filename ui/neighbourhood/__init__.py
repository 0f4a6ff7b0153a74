"""The neighbourhood agent's workspace: triage, today's round, interventions, passing on,
the agent's week. Calls only fieldapp.neighbourhood (no case data)."""
