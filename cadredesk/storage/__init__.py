"""Engine, sessions, schema migrations, locking, backup and exchange."""
