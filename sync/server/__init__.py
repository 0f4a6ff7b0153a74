"""The sync server: FastAPI app, its SQLAlchemy models, Alembic migrations and admin CLI.

It stores ciphertext only (DESIGN.md §5): records, wrapped keys, sealed private keys and
blobs are opaque bytes here; the server checks shapes, ids and Ed25519 signatures.
"""
