"""The PySide6 face of CadreDesk (the only package that imports Qt)."""
