"""The renovation-site assistant's workspace (issue 5)."""
