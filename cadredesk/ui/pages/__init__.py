"""One module per page of the main window; each page is a QWidget built from the services it needs."""
