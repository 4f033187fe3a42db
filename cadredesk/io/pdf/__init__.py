"""PDF reports (reportlab): fonts with Chinese glyph fallback, the GB/T 9704 page base, the documents."""
