"""The agenda (issue 16 item 4): what a worker has planned, read across the areas (home
visits, office appointments, welcome sessions, renovation access appointments and
follow-ups due), by day and week, with overlaps flagged, and its day sheet PDF.

A composition package like `fieldapp.catalogue`: it may read several areas; no area
imports it. Writing goes through the areas' own use cases (`fieldapp.agenda.changes`).
"""
