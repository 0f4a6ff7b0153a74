"""The community worker's area (issue 19): the social cohesion project, its plan, activity
log, committee, yearly report, and the partner directory."""
