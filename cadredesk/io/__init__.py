"""Excel in and out, PDF reports (no Qt)."""
