"""Running the server in production: settings from the environment, health and readiness,
Prometheus metrics, structured logs without personal data."""
