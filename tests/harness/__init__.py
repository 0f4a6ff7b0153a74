"""The one test harness: the rules every suite shares (tests/harness/ci.py), the throw-away
PostgreSQL database (postgres.py), the real server on 127.0.0.1 (server.py) and the pytest
fixtures over them (plugin.py, registered by tests/conftest.py)."""
