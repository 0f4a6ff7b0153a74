"""Developer tools of the UI (not imported by the app)."""
