"""Services: every rule lives here once; the GUI and the CLI call these."""
